"""Train a spec on MNIST: `train(spec, data, reporter, stop_event) -> TrainingResult`.

The shape follows Orange's `run(..., state)`: a plain function that reports through a reporter
and checks a stop event, so it is testable without Qt. The GUI runs it in a worker thread and
forwards the reporter's calls as signals; the CLI prints them. Only plain data (floats, ints,
numpy arrays) reaches the reporter.

Stopping: the stop event is checked before each batch; when set, the current batch finishes,
then Keras's `model.stop_training` ends the run with the weights kept. A NaN or infinite loss
stops with reason "nan".
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np

from core.data.datasets import MnistData, as_inputs
from core.model.architectures import ModelSpec
from core.model.classifier import NumpyClassifier


class StopReason(str, Enum):
    """Why a training run ended."""

    COMPLETED = "completed"
    USER = "stopped by user"
    EARLY_STOPPING = "early stopping"
    NAN = "loss became NaN"


@dataclass(frozen=True)
class BatchProgress:
    """Throttled progress inside an epoch; loss and accuracy are running means over it."""

    epoch: int  # 1-based, counting epochs of earlier runs when continuing
    batch: int  # 1-based
    batches: int
    loss: float
    accuracy: float
    elapsed: float


@dataclass(frozen=True)
class EpochRecord:
    """The end of one epoch: metrics, learning rate, timing and the weights, as plain data."""

    epoch: int  # 1-based
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    learning_rate: float
    seconds: float
    classifier: NumpyClassifier | None = None
    partial: bool = False  # stopped before the epoch's last batch


@dataclass
class TrainingResult:
    """What a run produced: the model, its history and its test score."""

    model: Any
    history: dict[str, list[float]]
    epochs_run: int
    seconds: float
    stop_reason: StopReason
    test_loss: float | None = None
    test_accuracy: float | None = None
    records: list[EpochRecord] = field(default_factory=list)


class Reporter:
    """Receives training progress. Subclass and override what you need; all are no-ops here.

    `batch_ended` may be called from a Keras worker thread; `training_started` and
    `epoch_ended` from the training thread.
    """

    def training_started(self, epochs: int, batches: int) -> None:
        """Called once before the first batch: epochs to run and batches per epoch."""

    def batch_ended(self, progress: BatchProgress) -> None:
        """Called at most every `batch_interval` seconds during an epoch."""

    def epoch_ended(self, record: EpochRecord) -> None:
        """Called after every epoch, with validation metrics and a weights snapshot."""


def _make_callback_class() -> type:
    import keras

    class ReportingCallback(keras.callbacks.Callback):
        """Forward progress to a Reporter; turn the stop event and NaN into stop_training.

        `async_safe` lets Keras dispatch `on_train_batch_end` from its thread pool, so the
        training loop never waits for reporting (throughput stays that of a bare `fit`).
        """

        async_safe = True

        def __init__(self, reporter: Reporter, stop_event: threading.Event,
                     epoch_offset: int, batches: int, batch_interval: float,
                     snapshot: bool) -> None:
            super().__init__()
            self.reporter = reporter
            self.stop_event = stop_event
            self.epoch_offset = epoch_offset
            self.batches = batches
            self.batch_interval = batch_interval
            self.snapshot = snapshot
            self.reason = StopReason.COMPLETED
            self.records: list[EpochRecord] = []
            self._lock = threading.Lock()
            self._last_report = 0.0
            self._last_batch = -1
            self._epoch = 0
            self._epoch_start = 0.0
            self._started = 0.0
            self._batches_done = 0

        def on_train_begin(self, logs: dict[str, Any] | None = None) -> None:
            self._started = time.perf_counter()

        def on_epoch_begin(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
            self._epoch = epoch
            self._epoch_start = time.perf_counter()
            with self._lock:
                self._last_batch = -1
                self._batches_done = 0

        def on_train_batch_begin(self, batch: int, logs: dict[str, Any] | None = None) -> None:
            if self.stop_event.is_set() and self.reason is StopReason.COMPLETED:
                self.reason = StopReason.USER
                self.model.stop_training = True

        def on_train_batch_end(self, batch: int, logs: dict[str, Any] | None = None) -> None:
            logs = logs or {}
            loss = float(logs.get("loss", math.nan))
            if not math.isfinite(loss):
                if self.reason is StopReason.COMPLETED:
                    self.reason = StopReason.NAN
                self.model.stop_training = True
            now = time.perf_counter()
            with self._lock:
                self._batches_done = max(self._batches_done, batch + 1)
                if batch <= self._last_batch or (now - self._last_report < self.batch_interval
                                                 and batch + 1 < self.batches):
                    return
                self._last_batch = batch
                self._last_report = now
            self.reporter.batch_ended(BatchProgress(
                self.epoch_offset + self._epoch + 1, batch + 1, self.batches, loss,
                float(logs.get("accuracy", math.nan)), now - self._started))

        def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
            logs = logs or {}
            import keras

            learning_rate = float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))
            record = EpochRecord(
                epoch=self.epoch_offset + epoch + 1,
                loss=float(logs.get("loss", math.nan)),
                accuracy=float(logs.get("accuracy", math.nan)),
                val_loss=_optional(logs.get("val_loss")),
                val_accuracy=_optional(logs.get("val_accuracy")),
                learning_rate=learning_rate,
                seconds=time.perf_counter() - self._epoch_start,
                classifier=NumpyClassifier.from_keras(self.model) if self.snapshot else None,
                partial=self._batches_done < self.batches,
            )
            self.records.append(record)
            self.reporter.epoch_ended(record)

    return ReportingCallback


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


class KeepBest:
    """Factory for a callback that keeps the best weights (by val_loss) and restores them."""

    @staticmethod
    def make(monitor: str) -> Any:
        import keras

        class KeepBestWeights(keras.callbacks.Callback):
            def __init__(self) -> None:
                super().__init__()
                self.best = math.inf
                self.best_weights: list[np.ndarray] | None = None

            def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
                value = float((logs or {}).get(monitor, math.inf))
                if value < self.best:
                    self.best = value
                    self.best_weights = self.model.get_weights()

            def on_train_end(self, logs: dict[str, Any] | None = None) -> None:
                if self.best_weights is not None:
                    self.model.set_weights(self.best_weights)

        return KeepBestWeights()


def train(spec: ModelSpec, data: MnistData, reporter: Reporter | None = None,
          stop_event: threading.Event | None = None, *, model: Any = None,
          epochs: int | None = None, initial_epoch: int = 0, batch_interval: float = 0.05,
          snapshot_weights: bool = True, evaluate_test: bool = True) -> TrainingResult:
    """Train `spec` on `data` with a real `model.fit(verbose=0)`; report and honour stop.

    `model=None` builds a fresh, seeded model; pass an existing compiled model to continue
    training it for `epochs` more epochs (its epoch numbers continue from `initial_epoch`).
    """
    import keras

    from core.model.network import build_model, seed_everything
    from core.training.backend import fresh_session

    spec.validate()
    reporter = reporter or Reporter()
    stop_event = stop_event or threading.Event()
    n_epochs = spec.epochs if epochs is None else epochs
    if model is None:
        fresh_session()
        seed_everything(spec.seed)
        model = build_model(spec)
    elif getattr(model, "optimizer", None) is None:  # loaded without optimizer state
        from core.model.network import make_optimizer

        model.compile(optimizer=make_optimizer(spec), loss=spec.loss, metrics=["accuracy"])
    x_train, y_train = as_inputs(data.x_train), data.y_train.astype(np.int32)
    n_fit = len(x_train) - int(len(x_train) * spec.validation_split)
    batches = max(1, math.ceil(n_fit / spec.batch_size))
    callback = _make_callback_class()(reporter, stop_event, initial_epoch, batches,
                                      batch_interval, snapshot_weights)
    callbacks: list[Any] = [callback]
    monitor = "val_loss" if spec.validation_split > 0 else "loss"
    early = None
    if spec.early_stopping_patience > 0:
        early = keras.callbacks.EarlyStopping(monitor=monitor,
                                              patience=spec.early_stopping_patience,
                                              restore_best_weights=spec.restore_best_weights)
        callbacks.append(early)
    if spec.reduce_lr_patience > 0:
        callbacks.append(keras.callbacks.ReduceLROnPlateau(
            monitor=monitor, factor=0.5, patience=spec.reduce_lr_patience, min_lr=1e-6))
    if spec.keep_best:
        callbacks.append(KeepBest.make(monitor))
    reporter.training_started(n_epochs, batches)
    started = time.perf_counter()
    history = model.fit(x_train, y_train, batch_size=spec.batch_size, epochs=n_epochs,
                        validation_split=spec.validation_split, callbacks=callbacks,
                        shuffle=True, verbose=0)
    seconds = time.perf_counter() - started
    reason = callback.reason
    if reason is StopReason.COMPLETED and early is not None and early.stopped_epoch > 0:
        reason = StopReason.EARLY_STOPPING
    result = TrainingResult(model=model, history={k: [float(v) for v in vals]
                                                  for k, vals in history.history.items()},
                            epochs_run=len(callback.records), seconds=seconds,
                            stop_reason=reason, records=callback.records)
    if evaluate_test and reason is not StopReason.NAN:
        result.test_loss, result.test_accuracy = evaluate_test_set(model, data)
    return result


def evaluate_test_set(model: Any, data: MnistData) -> tuple[float | None, float | None]:
    """(loss, accuracy) of a compiled Keras model on the data's test set."""
    if not len(data.x_test):
        return None, None
    loss, accuracy = model.evaluate(as_inputs(data.x_test), data.y_test.astype(np.int32),
                                    batch_size=1024, verbose=0)
    return float(loss), float(accuracy)
