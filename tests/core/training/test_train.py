import threading

import numpy as np
import pytest

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training.progress import EpochRecord, Reporter, StopReason
from core.training.train import train

SPEC = ModelSpec(parse_layers("32"), epochs=2, batch_size=32, validation_split=0.2, seed=3)


class Recorder(Reporter):
    def __init__(self, stop_after_batches: int = 0, event: threading.Event | None = None):
        self.started: tuple[int, int] | None = None
        self.batches = 0
        self.epochs: list[EpochRecord] = []
        self.stop_after_batches, self.event = stop_after_batches, event

    def training_started(self, epochs: int, batches: int) -> None:
        self.started = (epochs, batches)

    def batch_ended(self, progress) -> None:  # noqa: ANN001
        self.batches += 1
        if self.event and progress.batch >= self.stop_after_batches:
            self.event.set()

    def epoch_ended(self, record: EpochRecord) -> None:
        self.epochs.append(record)


def test_training_learns_and_reports_every_epoch(small_data: MnistData) -> None:
    recorder = Recorder()
    result = train(SPEC.replace(epochs=3), small_data, recorder)
    assert recorder.started == (3, 15)
    assert [r.epoch for r in recorder.epochs] == [1, 2, 3]
    assert result.stop_reason is StopReason.COMPLETED and result.epochs_run == 3
    assert result.test_accuracy is not None and result.test_accuracy > 0.9


def test_each_epoch_s_record_comes_after_its_batches_and_before_the_next_s(
        small_data: MnistData) -> None:
    seen: list[tuple[int, str]] = []

    class Order(Reporter):
        def batch_ended(self, progress) -> None:  # noqa: ANN001
            seen.append((progress.epoch, "batch"))

        def epoch_ended(self, record: EpochRecord) -> None:
            seen.append((record.epoch, "record"))

    train(SPEC.replace(epochs=3), small_data, Order(), batch_interval=0.0)
    assert seen == sorted(seen, key=lambda e: (e[0], e[1] == "record"))
    assert [e for e, kind in seen if kind == "record"] == [1, 2, 3]


def test_epoch_records_carry_validation_metrics_and_learning_rate(small_data: MnistData) -> None:
    record = train(SPEC, small_data, Recorder()).records[-1]
    assert record.val_accuracy is not None and 0 <= record.val_accuracy <= 1
    assert record.learning_rate == pytest.approx(0.001)


def test_weight_snapshots_predict_like_the_model(small_data: MnistData) -> None:
    result = train(SPEC, small_data)
    x = small_data.x_test[:50].reshape(50, -1).astype(np.float32) / 255
    expected = result.model.predict(x, verbose=0)
    assert np.allclose(result.records[-1].classifier.predict_proba(x), expected, atol=1e-5)


def test_stop_event_ends_after_the_current_batch_and_keeps_weights(small_data: MnistData) -> None:
    event = threading.Event()
    result = train(SPEC.replace(epochs=5), small_data,
                   Recorder(stop_after_batches=3, event=event), event, batch_interval=0)
    assert result.stop_reason is StopReason.USER
    assert result.epochs_run == 1 and result.records[0].partial
    assert result.model.get_weights()[0].any()


def test_nan_loss_stops_with_that_reason(small_data: MnistData) -> None:
    exploding = SPEC.replace(layers=parse_layers("32", l2=1.0), optimizer="sgd",
                             learning_rate=1e3, epochs=5)
    result = train(exploding, small_data)
    assert result.stop_reason is StopReason.NAN and result.epochs_run < 5


def test_same_seed_gives_the_same_trained_weights(small_data: MnistData) -> None:
    first = train(SPEC, small_data).model.get_weights()
    second = train(SPEC, small_data).model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(first, second, strict=True))


def test_training_continues_from_the_current_weights(small_data: MnistData) -> None:
    first = train(SPEC.replace(epochs=1), small_data)
    more = train(SPEC, small_data, model=first.model, epochs=2, initial_epoch=1)
    assert [r.epoch for r in more.records] == [2, 3]
    assert more.records[-1].loss < first.records[0].loss


def test_early_stopping_is_reported(small_data: MnistData) -> None:
    shuffled = np.random.default_rng(0).permutation(small_data.y_train)  # nothing to learn
    noise = MnistData(small_data.x_train, shuffled, small_data.x_test, small_data.y_test)
    spec = SPEC.replace(epochs=60, early_stopping_patience=1, learning_rate=0.01)
    result = train(spec, noise)
    assert result.stop_reason is StopReason.EARLY_STOPPING and result.epochs_run < 60


def test_a_model_loaded_without_optimizer_can_train_more(small_data: MnistData) -> None:
    import keras

    trained = train(SPEC.replace(epochs=1), small_data).model
    bare = keras.Sequential.from_config(trained.get_config())
    bare.set_weights(trained.get_weights())
    assert getattr(bare, "optimizer", None) is None
    more = train(SPEC.replace(epochs=1), small_data, model=bare, initial_epoch=1)
    assert more.records[0].epoch == 2 and more.test_accuracy is not None


class _DivergeAfterFirstEpoch(Reporter):
    def __init__(self, model) -> None:  # noqa: ANN001
        self.model = model

    def epoch_ended(self, record: EpochRecord) -> None:
        self.model.optimizer.learning_rate.assign(1e30)  # the next epoch's loss becomes NaN


def test_a_nan_run_keeps_the_last_finite_weights(small_data: MnistData) -> None:
    from core.model.network import build_model

    spec = SPEC.replace(epochs=4, optimizer="sgd")
    model = build_model(spec)
    result = train(spec, small_data, _DivergeAfterFirstEpoch(model), model=model)
    assert result.stop_reason is StopReason.NAN and result.usable
    assert all(np.isfinite(w).all() for w in result.model.get_weights())
    assert "epoch 1" in result.notes[-1] and result.test_accuracy is not None


def test_a_run_that_is_nan_from_the_start_keeps_nothing(small_data: MnistData) -> None:
    from core.model.network import build_model

    spec = SPEC.replace(epochs=2, optimizer="sgd", learning_rate=1e4)
    model = build_model(spec)
    model.optimizer.learning_rate.assign(1e30)
    result = train(spec, small_data, model=model)
    assert result.stop_reason is StopReason.NAN and not result.usable
    assert "no model was kept" in result.notes[-1] and result.test_accuracy is None


def test_the_same_images_with_other_labels_train_on_those_labels(small_data: MnistData) -> None:
    from core.training.train import training_tensors

    relabelled = MnistData(small_data.x_train, (small_data.y_train + 1) % 10,
                           small_data.x_test, small_data.y_test)
    model = train(SPEC.replace(epochs=1), small_data, evaluate_test=False).model
    _, labels = training_tensors(model, relabelled)
    assert np.array_equal(labels.numpy(), relabelled.y_train)


def test_training_and_test_tensors_hold_the_networks_inputs(small_data: MnistData) -> None:
    from core.data.datasets import as_inputs
    from core.model.network import build_model
    from core.training.train import test_tensors, training_tensors

    model = build_model(SPEC)
    assert np.array_equal(training_tensors(model, small_data)[0].numpy(),
                          as_inputs(small_data.x_train))
    assert np.array_equal(test_tensors(model, small_data)[0].numpy(),
                          as_inputs(small_data.x_test))


def test_the_test_score_is_what_keras_evaluate_gives(small_data: MnistData) -> None:
    from core.data.datasets import as_inputs
    from core.training.train import evaluate_test_set

    model = train(SPEC.replace(epochs=1), small_data, evaluate_test=False).model
    loss, accuracy = evaluate_test_set(model, small_data)
    keras_loss, keras_accuracy = model.evaluate(as_inputs(small_data.x_test),
                                                small_data.y_test.astype(np.int32), verbose=0)
    assert loss == pytest.approx(keras_loss, rel=1e-5)
    assert accuracy == pytest.approx(keras_accuracy, abs=1e-6)


def test_without_a_validation_split_the_second_curve_is_the_test_set(
        small_data: MnistData) -> None:
    result = train(SPEC.replace(validation_split=0.0, epochs=2), small_data)
    last = result.records[-1]
    assert last.second == "test" and result.history.second == "test"
    assert (last.val_loss, last.val_accuracy) == pytest.approx(
        (result.test_loss, result.test_accuracy), abs=1e-6)


def test_measuring_the_test_set_each_epoch_changes_no_weight(small_data: MnistData) -> None:
    spec = SPEC.replace(validation_split=0.0, epochs=2,
                        layers=parse_layers("32", dropout=0.3, batch_norm=True))
    measured = train(spec, small_data).model.get_weights()
    plain = train(spec, small_data, test_curve=False).model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(measured, plain, strict=True))


def test_a_history_keeps_what_its_second_curve_measured_through_a_file() -> None:
    from core.training.history import History

    history = History(second="test")
    assert History.from_dict(history.to_dict()).second == "test"
    assert History.from_dict({"loss": [1.0], "second": "evil"}).second == "validation"


@pytest.mark.parametrize("samples, split", [(997, 0.1), (1234, 0.25), (600, 0.33), (600, 0.0)])
def test_training_rows_are_the_ones_keras_s_fit_trains_on(samples: int, split: float) -> None:
    import numpy as np
    from keras.src.trainers.data_adapters.array_slicing import train_validation_split

    from core.training.train import training_rows

    x = np.zeros((samples, 2), np.float32)
    kept = train_validation_split((x,), split)[0][0] if split else x
    assert training_rows(samples, split) == len(kept)
