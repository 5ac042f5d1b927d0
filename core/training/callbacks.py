"""The Keras callbacks of a DigitLab training: reporting and stopping, and keep-best.

ReportingCallback forwards progress to a Reporter and turns the stop event (set from the GUI
thread) and a NaN loss into `model.stop_training`; the current batch always finishes.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Any

import numpy as np

from core.model.layer_map import classifier_from_keras
from core.training.progress import BatchProgress, EpochRecord, Reporter, StopReason


def make_callback_class() -> type:
    import keras

    class ReportingCallback(keras.callbacks.Callback):
        """Forward progress to a Reporter; turn the stop event and NaN into stop_training.

        `async_safe` allows Keras to dispatch batch callbacks from its thread pool, but it
        does so only when `backend.IS_THREAD_SAFE` is true; the TensorFlow backend sets it to
        False, so here every callback runs in the training thread. Reporting is throttled to
        `batch_interval` seconds to keep that cheap.
        """

        async_safe = True

        def __init__(self, reporter: Reporter, stop_event: threading.Event,
                     epoch_offset: int, batches: int, batch_interval: float,
                     snapshot: bool, start_position: float | None = None,
                     probe: Any = None, measure_test: Any = None) -> None:
            super().__init__()
            self.reporter = reporter
            self.stop_event = stop_event
            self.epoch_offset = epoch_offset
            self.start_position = float(epoch_offset if start_position is None
                                        else start_position)
            self.batches = batches
            self.batch_interval = batch_interval
            self.snapshot = snapshot
            self.probe = probe  # a LayerProbe: gradients, histograms and map each epoch
            # () -> (test loss, test accuracy): the second curve when there is no validation
            # split. It only reads the weights (inference mode), so training is unchanged.
            self.measure_test = measure_test
            self.reason = StopReason.COMPLETED
            self.records: list[EpochRecord] = []
            self.last_finite_weights: list[np.ndarray] | None = None
            self.last_finite_epoch = 0
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
            # With N batches per call Keras reports the call's last step, which overshoots the
            # epoch's end in its last call (batch 1716 of 1688 at N = 26): count real batches.
            batch = min(batch, self.batches - 1)
            with self._lock:
                self._batches_done = max(self._batches_done, batch + 1)
                if batch <= self._last_batch or (now - self._last_report < self.batch_interval
                                                 and batch + 1 < self.batches):
                    return
                self._last_batch = batch
                self._last_report = now
            self.reporter.batch_ended(BatchProgress(
                self.epoch_offset + self._epoch + 1, batch + 1, self.batches, loss,
                float(logs.get("accuracy", math.nan)), now - self._started,
                start=self.start_position + self._epoch))

        def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
            logs = logs or {}
            import keras

            learning_rate = float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))
            finite = self.reason is not StopReason.NAN and math.isfinite(
                float(logs.get("loss", math.nan)))
            if finite:  # what a diverged run falls back to
                self.last_finite_weights = self.model.get_weights()
                self.last_finite_epoch = self.epoch_offset + epoch + 1
            classifier = classifier_from_keras(self.model) if self.snapshot and finite else None
            insight = None
            if classifier is not None and self.probe is not None:
                insight = self.probe.measure(self.model, classifier)
            second = "validation"
            val_loss, val_accuracy = logs.get("val_loss"), logs.get("val_accuracy")
            if self.measure_test is not None and finite:
                second = "test"
                val_loss, val_accuracy = self.measure_test()
            record = EpochRecord(
                epoch=self.epoch_offset + epoch + 1,
                loss=float(logs.get("loss", math.nan)),
                accuracy=float(logs.get("accuracy", math.nan)),
                val_loss=_optional(val_loss),
                val_accuracy=_optional(val_accuracy),
                second=second,
                learning_rate=learning_rate,
                seconds=time.perf_counter() - self._epoch_start,
                classifier=classifier,
                insight=insight,
                partial=self._batches_done < self.batches,
                fraction=min(1.0, self._batches_done / self.batches),
                start=self.start_position + epoch,
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


