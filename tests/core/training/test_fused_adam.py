import pytest

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training import fused_adam
from core.training.fused_adam import FusedAdam
from core.training.train import train

# two hidden layers of one size: two biases of one shape, each updated by its own compiled call
BIG = ModelSpec(parse_layers("128-128"), epochs=2, batch_size=32, validation_split=0.2, seed=5)


@pytest.fixture
def fused_here() -> None:
    if not FusedAdam.available():
        pytest.skip("the fused update differs from Keras's on this machine: Keras's is used")


def weights_after_training(data: MnistData, fused: bool,
                           monkeypatch: pytest.MonkeyPatch) -> tuple[bool, list[bytes]]:
    monkeypatch.setattr(FusedAdam, "_available", None if fused else False)
    result = train(BIG, data, evaluate_test=False, insights=False)
    return (FusedAdam.installed(result.model.optimizer),
            [w.tobytes() for w in result.model.get_weights()])


def test_training_with_the_fused_update_gives_keras_s_weights_bit_for_bit(
        small_data: MnistData, fused_here: None, monkeypatch: pytest.MonkeyPatch) -> None:
    installed, fused = weights_after_training(small_data, True, monkeypatch)
    not_installed, plain = weights_after_training(small_data, False, monkeypatch)
    assert installed and not not_installed
    assert fused == plain


def test_small_models_and_other_optimizers_keep_keras_s_update(fused_here: None) -> None:
    import keras

    assert not FusedAdam.install(keras.optimizers.Adam(), fused_adam.MIN_WEIGHTS - 1)
    assert not FusedAdam.install(keras.optimizers.SGD(momentum=0.9), fused_adam.MIN_WEIGHTS)
    assert not FusedAdam.install(keras.optimizers.Adam(amsgrad=True), fused_adam.MIN_WEIGHTS)
    assert FusedAdam.install(keras.optimizers.Adam(), fused_adam.MIN_WEIGHTS)


def test_a_model_trained_fused_saves_and_loads_as_plain_adam(
        small_data: MnistData, fused_here: None, tmp_path) -> None:  # noqa: ANN001
    import keras

    result = train(BIG.replace(epochs=1), small_data, evaluate_test=False, insights=False)
    assert FusedAdam.installed(result.model.optimizer)
    result.model.save(tmp_path / "m.keras")
    loaded = keras.models.load_model(tmp_path / "m.keras", safe_mode=True)
    assert type(loaded.optimizer) is keras.optimizers.Adam
    assert int(loaded.optimizer.iterations) == int(result.model.optimizer.iterations)


def test_the_vector_width_is_added_once_and_a_user_s_own_width_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XLA_FLAGS", "--xla_dump_to=/tmp/x")
    fused_adam.widen_xla_vectors()
    fused_adam.widen_xla_vectors()
    assert fused_adam.os.environ["XLA_FLAGS"] == \
        "--xla_dump_to=/tmp/x --xla_cpu_prefer_vector_width=512"
    monkeypatch.setenv("XLA_FLAGS", "--xla_cpu_prefer_vector_width=256")
    fused_adam.widen_xla_vectors()
    assert fused_adam.os.environ["XLA_FLAGS"] == "--xla_cpu_prefer_vector_width=256"


def test_a_rounded_sum_is_the_plain_sum_of_the_rounded_product() -> None:
    import numpy as np
    import tensorflow as tf

    rng = np.random.default_rng(3)
    a, b, c = (rng.standard_normal(4096).astype("float32") for _ in range(3))
    rounded = tf.function(lambda a, b, c: fused_adam._rounded_sum(c, a * b), jit_compile=True)
    assert rounded(a, b, c).numpy().tobytes() == (c + a * b).tobytes()  # numpy: no FMA
