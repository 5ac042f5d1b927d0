import numpy as np
import pytest

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training import threads
from core.training.split_kernel import SplitKernel
from core.training.train import train

# 784x512 first kernel (over MIN_WEIGHTS); 540 training images: 16 batches of 32 and one of 28
ADAM = ModelSpec(parse_layers("512-16"), epochs=1, batch_size=32, validation_split=0.1, seed=3)
TINY = 220  # images: 198 to train on, 6 batches of 32 and one of 6
SGD = ADAM.replace(layers=parse_layers("1024-512"), optimizer="sgd", learning_rate=0.05)


@pytest.fixture
def pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout the split is for (whatever this process runs: the numbers are checked), on a
    machine where the split gives Keras's numbers at these shapes."""
    from core.training.split_kernel import _same_numbers

    if not all(_same_numbers(rows, 784, units, "relu")
               for rows, units in ((32, 512), (28, 512), (6, 512), (32, 1024), (28, 1024))):
        pytest.skip("the split differs from Keras's numbers here: Keras's kernel is used")
    monkeypatch.setattr(threads, "current_layout", lambda: "pairs")


def state(model) -> list[bytes]:  # noqa: ANN001
    return [np.asarray(v).tobytes() for v in [*model.weights, *model.optimizer.variables]]


def split_of(model) -> SplitKernel | None:  # noqa: ANN001
    split = getattr(model.layers[0].call, "__self__", None)
    return split if isinstance(split, SplitKernel) and split.active else None


def trained(spec: ModelSpec, data: MnistData, split: bool,
            monkeypatch: pytest.MonkeyPatch, **kwargs) -> object:  # noqa: ANN003
    if not split:
        monkeypatch.setattr(SplitKernel, "install", classmethod(lambda cls, model, rows: None))
    result = train(spec, data, evaluate_test=False, insights=False, **kwargs)
    monkeypatch.undo()
    return result.model


def test_training_split_gives_keras_s_weights_bit_for_bit_with_sgd(
        small_data: MnistData, pairs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with_split = trained(SGD, small_data, True, monkeypatch)
    assert split_of(with_split) is not None
    assert state(with_split) == state(trained(SGD, small_data, False, monkeypatch))


def test_train_more_with_adam_gives_keras_s_weights_and_moments_bit_for_bit(
        small_data: MnistData, pairs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two fits, Keras's kernel changed between them (as a restored epoch changes it)."""
    states = []
    for split in (True, False):
        model = trained(ADAM, small_data, split, monkeypatch)
        assert (split_of(model) is not None) == split
        weights = model.get_weights()
        model.set_weights([w * 0.5 for w in weights])  # as a restored epoch changes them
        monkeypatch.setattr(threads, "current_layout", lambda: "pairs")
        states.append(state(trained(ADAM, small_data, split, monkeypatch, model=model,
                                    epochs=1, initial_epoch=1)))
    assert states[0] == states[1]


def test_keep_best_restores_its_weights_over_the_split(
        small_data: MnistData, pairs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = ADAM.replace(epochs=3, keep_best=True, learning_rate=0.05)
    data = small_data.subset(TINY, 50)
    with_split = trained(spec, data, True, monkeypatch)
    assert split_of(with_split) is not None
    assert state(with_split) == state(trained(spec, data, False, monkeypatch))


def test_inference_and_saved_files_see_plain_keras(
        small_data: MnistData, pairs: None, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # noqa: ANN001
    import keras

    model = trained(ADAM, small_data, True, monkeypatch)
    split = split_of(model)
    assert split is not None
    x = small_data.x_test[:8].reshape(8, -1).astype("float32") / 255
    kernel, bias = model.layers[0].get_weights()
    model.layers[0].kernel.assign(kernel * 2)  # the halves keep the trained kernel
    np.testing.assert_allclose(np.asarray(model.layers[0](x, training=False)),
                               np.maximum(x @ (kernel * 2) + bias, 0), atol=1e-5)
    model.layers[0].kernel.assign(kernel)
    model.save(tmp_path / "m.keras")
    loaded = keras.models.load_model(tmp_path / "m.keras", safe_mode=True)
    assert [w.tobytes() for w in loaded.get_weights()] == [w.tobytes()
                                                          for w in model.get_weights()]


def test_not_split_where_keras_changes_the_kernel_beside_its_update(
        small_data: MnistData, pairs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import keras

    from core.model.network import build_model
    from core.training.train import install_fused_update

    regularized = ADAM.replace(layers=parse_layers("512-16", l2=0.01))
    model = build_model(regularized)
    install_fused_update(model)
    assert SplitKernel.install(model, (32,)) is None
    model = build_model(ADAM)
    model.compile(optimizer=keras.optimizers.Adam(clipnorm=1.0),
                  loss="sparse_categorical_crossentropy")
    install_fused_update(model)
    assert SplitKernel.install(model, (32,)) is None


def test_not_split_with_one_op_spread_over_every_core(
        pairs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.model.network import build_model
    from core.training.train import install_fused_update

    model = build_model(ADAM)
    install_fused_update(model)
    monkeypatch.setattr(threads, "current_layout", lambda: "default")
    assert SplitKernel.install(model, (32,)) is None
    monkeypatch.setattr(threads, "current_layout", lambda: "pairs")
    assert SplitKernel.install(model, (32,)) is not None
