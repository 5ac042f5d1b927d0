import pytest
from helpers import weights_trained

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training.fused_sgd import MIN_WEIGHTS, FusedSGD
from core.training.train import train

# two hidden layers of one size: two biases of one shape, each updated by its own compiled call
BIG = ModelSpec(parse_layers("128-128"), optimizer="sgd", learning_rate=0.05, epochs=2,
                batch_size=32, validation_split=0.2, seed=5)


@pytest.fixture
def fused_here() -> None:
    if not FusedSGD.available():
        pytest.skip("the fused update differs from Keras's on this machine: Keras's is used")


@pytest.fixture
def small_nets_fused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' small net stands in for the large ones that are fused."""
    monkeypatch.setattr(FusedSGD, "min_weights", 100_000)


def weights_after_training(data: MnistData, fused: bool,
                           monkeypatch: pytest.MonkeyPatch) -> tuple[bool, list[bytes]]:
    return weights_trained(FusedSGD, BIG, data, fused, monkeypatch)


def test_training_with_the_fused_update_gives_keras_s_weights_bit_for_bit(
        small_data: MnistData, fused_here: None, small_nets_fused: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    installed, fused = weights_after_training(small_data, True, monkeypatch)
    not_installed, plain = weights_after_training(small_data, False, monkeypatch)
    assert installed and not not_installed
    assert fused == plain


def test_small_models_momentum_and_other_optimizers_keep_keras_s_update(
        fused_here: None) -> None:
    import keras

    assert not FusedSGD.install(keras.optimizers.SGD(), MIN_WEIGHTS - 1)
    assert not FusedSGD.install(keras.optimizers.SGD(momentum=0.9), MIN_WEIGHTS)
    assert not FusedSGD.install(keras.optimizers.Adam(), MIN_WEIGHTS)
    assert FusedSGD.install(keras.optimizers.SGD(), MIN_WEIGHTS)


def test_a_model_trained_fused_saves_and_loads_as_plain_sgd(
        small_data: MnistData, fused_here: None, small_nets_fused: None,
        tmp_path) -> None:  # noqa: ANN001
    import keras

    result = train(BIG.replace(epochs=1), small_data, evaluate_test=False, insights=False)
    assert FusedSGD.installed(result.model.optimizer)
    result.model.save(tmp_path / "m.keras")
    loaded = keras.models.load_model(tmp_path / "m.keras", safe_mode=True)
    assert type(loaded.optimizer) is keras.optimizers.SGD
    assert int(loaded.optimizer.iterations) == int(result.model.optimizer.iterations)
