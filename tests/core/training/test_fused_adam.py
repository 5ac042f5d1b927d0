import pytest
from helpers import weights_trained

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training.fused_adam import FusedAdam
from core.training.fused_update import MIN_WEIGHTS
from core.training.train import train

# two hidden layers of one size: two biases of one shape, each updated by its own compiled call
BIG = ModelSpec(parse_layers("128-128"), epochs=2, batch_size=32, validation_split=0.2, seed=5)


@pytest.fixture
def fused_here() -> None:
    if not FusedAdam.available():
        pytest.skip("the fused update differs from Keras's on this machine: Keras's is used")


def weights_after_training(data: MnistData, fused: bool,
                           monkeypatch: pytest.MonkeyPatch) -> tuple[bool, list[bytes]]:
    return weights_trained(FusedAdam, BIG, data, fused, monkeypatch)


def test_training_with_the_fused_update_gives_keras_s_weights_bit_for_bit(
        small_data: MnistData, fused_here: None, monkeypatch: pytest.MonkeyPatch) -> None:
    installed, fused = weights_after_training(small_data, True, monkeypatch)
    not_installed, plain = weights_after_training(small_data, False, monkeypatch)
    assert installed and not not_installed
    assert fused == plain


def test_small_models_and_other_optimizers_keep_keras_s_update(fused_here: None) -> None:
    import keras

    assert not FusedAdam.install(keras.optimizers.Adam(), MIN_WEIGHTS - 1)
    assert not FusedAdam.install(keras.optimizers.SGD(momentum=0.9), MIN_WEIGHTS)
    assert not FusedAdam.install(keras.optimizers.Adam(amsgrad=True), MIN_WEIGHTS)
    assert FusedAdam.install(keras.optimizers.Adam(), MIN_WEIGHTS)


def test_a_model_trained_fused_saves_and_loads_as_plain_adam(
        small_data: MnistData, fused_here: None, tmp_path) -> None:  # noqa: ANN001
    import keras

    result = train(BIG.replace(epochs=1), small_data, evaluate_test=False, insights=False)
    assert FusedAdam.installed(result.model.optimizer)
    result.model.save(tmp_path / "m.keras")
    loaded = keras.models.load_model(tmp_path / "m.keras", safe_mode=True)
    assert type(loaded.optimizer) is keras.optimizers.Adam
    assert int(loaded.optimizer.iterations) == int(result.model.optimizer.iterations)


def test_xla_updates_the_moments_and_the_weight_in_one_loop(fused_here: None) -> None:
    import tensorflow as tf

    from core.training.fused_adam import _adam_step

    w, m, v = (tf.Variable(tf.ones((64, 32))) for _ in range(3))
    scalars = [tf.constant(x) for x in (1e-3, 0.1, 1e-3, 1e-7, 0.1, 1e-3, 1.0)]
    step = tf.function(_adam_step, jit_compile=True)
    hlo = step.experimental_get_compiler_ir([w], [m], [v], [tf.ones((64, 32))], *scalars)(
        stage="optimized_hlo")
    assert sum(" fusion(" in line for line in hlo.splitlines()) == 1
