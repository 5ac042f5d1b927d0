import numpy as np

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.model.network import build_model, seed_everything
from core.training import pacing
from core.training.train import train

SPEC = ModelSpec(parse_layers("16"), epochs=1, seed=5, batch_size=8)
A2 = [(784, 1024), (1024, 512), (512, 256), (256, 128), (128, 64), (64, 10)]


def test_a_call_stays_within_the_budget_and_an_epoch_keeps_its_points() -> None:
    steps = pacing.steps_per_execution(A2, 32, 1688)
    assert 1 <= steps <= 1688 // pacing.POINTS
    assert steps * pacing.step_seconds(A2, 32) <= pacing.BUDGET + pacing.step_seconds(A2, 32)


def test_a_tiny_epoch_runs_batch_by_batch() -> None:
    assert pacing.steps_per_execution([(784, 16), (16, 10)], 32, 40) == 1


def test_batches_per_call_do_not_change_the_result(small_data: MnistData) -> None:
    """Running N batches per Keras call makes the same updates as one at a time."""
    seed_everything(SPEC.seed)
    one_by_one = build_model(SPEC)
    initial = one_by_one.get_weights()
    pacing.set_steps_per_execution(one_by_one, 1)
    one_by_one.fit(*_xy(small_data), batch_size=8, epochs=1, shuffle=False, verbose=0)
    chunked = build_model(SPEC)
    chunked.set_weights(initial)
    pacing.set_steps_per_execution(chunked, 7)
    chunked.fit(*_xy(small_data), batch_size=8, epochs=1, shuffle=False, verbose=0)
    for a, b in zip(one_by_one.get_weights(), chunked.get_weights(), strict=True):
        assert np.allclose(a, b, atol=1e-6)


def test_train_reports_every_call_as_a_curve_point(small_data: MnistData) -> None:
    result = train(SPEC, small_data, evaluate_test=False)
    assert result.model.steps_per_execution >= 1 and len(result.records) == 1


def _xy(data: MnistData) -> tuple[np.ndarray, np.ndarray]:
    return data.x_train.reshape(len(data.x_train), -1).astype(np.float32) / 255, \
        data.y_train.astype(np.int32)


def test_plain_sgd_makes_fewer_passes_than_momentum_and_adam() -> None:
    import keras

    passes = [pacing.update_passes(keras.optimizers.SGD()),
              pacing.update_passes(keras.optimizers.SGD(momentum=0.9)),
              pacing.update_passes(keras.optimizers.Adam())]
    assert passes == sorted(passes) and passes[0] < passes[2]


def test_a_cheaper_step_runs_more_batches_per_call() -> None:
    adam = pacing.steps_per_execution(A2, 32, 1875)
    sgd = pacing.steps_per_execution(A2, 32, 1875, pacing.SGD_PASSES)
    pairs = pacing.steps_per_execution(A2, 32, 1875, pacing.SGD_PASSES, "pairs")
    assert adam <= sgd <= pairs and adam < pairs
