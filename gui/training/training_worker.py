"""TrainingWorker: runs `core.training.train` in a QThread and reports through signals.

Only plain data crosses the thread boundary: ints, floats, dataclasses of numbers and numpy
arrays (BatchProgress, EpochRecord with a NumpyClassifier snapshot, RunSummary). The Keras
model stays with the worker; the GUI never touches it while training runs. Cancel sets a
threading.Event that the Keras callback turns into `model.stop_training` after the current
batch; the thread is never terminated.
"""

from __future__ import annotations

import ctypes
import dataclasses
import logging
import math
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec
from core.training.train import BatchProgress, EpochRecord, Reporter


@dataclass(frozen=True)
class RunSummary:
    """The end of a training run, as plain data for the GUI."""

    spec: ModelSpec
    history: dict[str, list[float]]
    epochs_run: int
    total_epochs: int
    seconds: float
    stop_reason: str
    test_loss: float | None
    test_accuracy: float | None
    data_source: str = ""
    data_fingerprint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    model_file: str = ""  # the run's model, saved in the data folder ("" if it could not be)


_pinned = threading.local()


def keep_python_thread_state() -> None:
    """Give the calling Qt thread one Python thread state for its whole life (idempotent).

    PySide6 creates a Python thread state for each slot call in a Qt thread and deletes it
    afterwards. pybind11 (TensorFlow's bindings), first used in this thread, remembers the
    first state; when a later slot's state lands at another address, TensorFlow waits for a
    GIL that its own thread holds and training, and the window with it, freezes for good
    (seen on a session's second training). One extra PyGILState_Ensure, never released,
    keeps the first state alive, so every slot call in this thread runs with it.
    """
    if not getattr(_pinned, "done", False):
        ctypes.pythonapi.PyGILState_Ensure()
        _pinned.done = True


class _SignalReporter(Reporter):
    def __init__(self, worker: TrainingWorker) -> None:
        self._worker = worker

    def training_started(self, epochs: int, batches: int) -> None:
        self._worker.training_started.emit(epochs, batches)

    def batch_ended(self, progress: BatchProgress) -> None:
        self._worker.batch_ended.emit(progress)

    def epoch_ended(self, record: EpochRecord) -> None:
        self._worker.epoch_ended.emit(record)


class TrainingWorker(QObject):
    """Lives in its own QThread; `start_training` is queued to it from the GUI."""

    training_started = Signal(int, int)  # epochs, batches per epoch
    batch_ended = Signal(object)  # BatchProgress
    epoch_ended = Signal(object)  # EpochRecord
    training_finished = Signal(object)  # RunSummary
    training_failed = Signal(str)  # one-line message
    status_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.stop_event = threading.Event()
        self.closing = False  # set on shutdown: skip the test-set evaluation
        self._model: Any = None
        self._data: Any = None
        self._data_path: str | None = None
        self._epochs_done = 0

    @Slot()
    def thread_started(self) -> None:
        """First call in the worker's thread (QThread.started): see keep_python_thread_state."""
        keep_python_thread_state()

    def has_model(self) -> bool:
        return self._model is not None

    def model(self) -> Any:
        """The Keras model (only touch it when no training runs)."""
        return self._model

    def set_model(self, model: Any, epochs_done: int = 0) -> None:
        self._model = model
        self._epochs_done = epochs_done

    @Slot(object, object, object, object)
    def start_training(self, spec: ModelSpec, data_path: object, continue_from: object,
                       extra: object = None) -> None:
        """Train `spec` afresh (continue_from None), or continue for spec.epochs more epochs
        from the current model ("current") or from a model file (a path). `extra` is an
        optional (images, labels) pair added to the training data ("my drawings")."""
        self.stop_event.clear()
        try:
            self.status_changed.emit("Loading TensorFlow and MNIST…")
            from core.data import datasets
            from core.training import train as training
            from core.training.backend import import_keras

            import_keras()
            path = str(data_path) if data_path else None
            if self._data is None or path != self._data_path:
                self._data = datasets.load_mnist(path)
                self._data_path = path
            if self.stop_event.is_set():
                self.training_failed.emit("training cancelled before it started")
                return
            if continue_from not in (None, "current"):
                from core.model import model_files

                self._model = model_files.load_model(str(continue_from)).model
                self._epochs_done = 0
            continuing = continue_from is not None
            model = self._model if continuing else None
            offset = self._epochs_done if continuing else 0
            data = self._data if extra is None else with_extra(self._data, *extra)
            self.status_changed.emit("Training…")
            result = training.train(spec, data, _SignalReporter(self), self.stop_event,
                                    model=model, epochs=spec.epochs, initial_epoch=offset,
                                    evaluate_test=False)
            self._model = result.model
            self._epochs_done = offset + result.epochs_run
            if not self.closing and result.stop_reason is not training.StopReason.NAN:
                self.status_changed.emit("Evaluating on the test set…")
                result.test_loss, result.test_accuracy = training.evaluate_test_set(
                    result.model, self._data)
            summary = RunSummary(
                spec=spec, history=result.history, epochs_run=result.epochs_run,
                total_epochs=self._epochs_done, seconds=result.seconds,
                stop_reason=result.stop_reason.value, test_loss=_finite(result.test_loss),
                test_accuracy=_finite(result.test_accuracy), data_source=self._data.source,
                data_fingerprint=self._data.fingerprint())
            if not self.closing and result.stop_reason is not training.StopReason.NAN:
                summary = dataclasses.replace(summary, model_file=self._save_run_model(summary))
            self.training_finished.emit(summary)
        except MemoryError:
            self.training_failed.emit("out of memory: try fewer or smaller layers, or a "
                                      "smaller batch size")
        except Exception as exc:  # any failure must reach the user as one line, not kill Qt
            message = " ".join(str(exc).split()) or type(exc).__name__
            self.training_failed.emit(message[:400])
            logging.getLogger("digitlab.training").exception("training failed")


    def _save_run_model(self, summary: RunSummary) -> str:
        """Keep the run's model in the data folder's runs/ (for comparing and reports)."""
        from core.model import model_files
        from core.store import app_paths

        path = app_paths.data_dir() / "runs" / f"{uuid.uuid4().hex[:12]}.keras"
        try:
            model_files.save_model(self._model, path, {
                "spec": summary.spec.to_dict(), "seed": summary.spec.seed,
                "history": summary.history, "epochs": summary.total_epochs,
                "seconds": round(summary.seconds, 2), "stop_reason": summary.stop_reason,
                "test_accuracy": summary.test_accuracy, "test_loss": summary.test_loss,
                "params": summary.spec.param_count()}, include_optimizer=False)
        except (OSError, ValueError) as exc:
            self.status_changed.emit(f"The run's model could not be kept: {exc}")
            return ""
        return str(path)


def with_extra(data: MnistData, images: np.ndarray, labels: np.ndarray,
               repeat: int = 20) -> MnistData:
    """MNIST plus extra drawings (repeated so a few dozen matter), put first so that Keras's
    validation split (the last rows) still holds out MNIST only."""
    if not len(images):
        return data
    x = np.concatenate([np.repeat(images, repeat, axis=0), data.x_train])
    y = np.concatenate([np.repeat(labels, repeat), data.y_train])
    return MnistData(x, y, data.x_test, data.y_test, data.source + " + my drawings")


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


class TrainingThread(QObject):
    """Owns the worker and its QThread; start, stop and shut down cleanly."""

    start_requested = Signal(object, object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("digitlab-training")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.thread_started)  # runs in the new thread
        self.start_requested.connect(self.worker.start_training)
        self._running = False  # the thread starts with the first training, not before
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.worker.training_finished.connect(self._done)
        self.worker.training_failed.connect(self._done)

    def is_running(self) -> bool:
        return self._running

    def start(self, spec: ModelSpec, data_path: str | None, continue_from: str | None,
              extra: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Queue a run to the worker thread (see TrainingWorker.start_training)."""
        if self._running:
            raise RuntimeError("training is already running")
        self._running = True
        self.worker.stop_event.clear()
        self.worker.closing = False
        if not self.thread.isRunning():
            self.thread.start()
        self.start_requested.emit(spec, data_path, continue_from, extra)

    def stop(self) -> None:
        """Ask training to end after the current batch (weights are kept)."""
        self.worker.stop_event.set()

    def _done(self, *_: object) -> None:
        self._running = False

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Stop training and join the thread; True when it ended within `timeout_ms`."""
        if not self.thread.isRunning():
            return True
        self.worker.closing = True
        self.worker.stop_event.set()
        self.thread.quit()
        finished = self.thread.wait(timeout_ms)
        return bool(finished)
