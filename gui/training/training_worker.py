"""TrainingWorker: runs `core.training.session.TrainingSession.run` from a QThread and reports
through signals.

The session itself runs in a child process (`core.training.training_process`), so training
never takes the window's turn with Python's GIL; the worker's thread waits for its records and
forwards them as signals. Only plain data crosses: a TrainingJob in, progress records
(BatchProgress, EpochRecord with a NumpyClassifier snapshot) and the finished Run out. The
Keras model stays with the session in the child; the GUI never touches it. Cancel sets a
threading.Event that the Keras callback, in the child, turns into `model.stop_training` after
the current batch; neither the thread nor the process is terminated.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from core.store.plain import one_line
from core.training.progress import BatchProgress, EpochRecord, Reporter
from core.training.session import TrainingJob
from core.training.training_process import TrainingError, TrainingProcess


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
    run_finished = Signal(object)  # core.training.run.Run
    training_failed = Signal(str)  # one-line message
    status_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.stop_event = threading.Event()
        self.closing = False  # set on shutdown: skip the test-set evaluation
        self.process = TrainingProcess()  # the child that runs the session's jobs

    @Slot(object)
    def warm_up(self, data_path: object) -> None:
        """Start the training process, import TensorFlow and load MNIST there before the first
        Train, so it starts at once. Queued after the TensorFlow check has passed, which says
        why when TensorFlow cannot run here (a CPU without AVX)."""
        try:
            self.process.warm_up(data_path if isinstance(data_path, str) else None)
            self.status_changed.emit(self.tr("TensorFlow is ready to train"))
        except Exception:  # noqa: BLE001 (a missing MNIST is reported when Train is clicked)
            logging.getLogger("digitlab.training").info("warm-up incomplete", exc_info=True)

    @Slot(object)
    def start_training(self, job: TrainingJob) -> None:
        """Run one job (fresh, or continuing a run or a file: see TrainingSession)."""
        try:
            run = self.process.run(job, _SignalReporter(self), self.stop_event,
                                   closing=lambda: self.closing, status=self.status_changed.emit)
            self.run_finished.emit(run)
        except (InterruptedError, TrainingError) as exc:
            self.training_failed.emit(str(exc))
        except MemoryError:
            self.training_failed.emit(self.tr("out of memory: try fewer or smaller layers, or a "
                                              "smaller batch size"))
        except Exception as exc:  # any failure must reach the user as one line, not kill Qt
            self.training_failed.emit(one_line(exc, 400))
            logging.getLogger("digitlab.training").exception("training failed")


class TrainingThread(QObject):
    """Owns the worker and its QThread; start, stop and shut down cleanly."""

    start_requested = Signal(object)  # TrainingJob
    warm_up_requested = Signal(object)  # MNIST path or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("digitlab-training")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self.start_requested.connect(self.worker.start_training)
        self.warm_up_requested.connect(self.worker.warm_up)
        self._running = False  # the thread starts with the first training, not before
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.worker.run_finished.connect(self._done)
        self.worker.training_failed.connect(self._done)

    def is_running(self) -> bool:
        return self._running

    def start(self, job: TrainingJob) -> None:
        """Queue a job to the worker thread (see TrainingWorker.start_training)."""
        if self._running:
            raise RuntimeError("training is already running")
        self._running = True
        self.worker.stop_event.clear()
        self.worker.closing = False
        if not self.thread.isRunning():
            self.thread.start()
        self.start_requested.emit(job)

    def warm_up(self, data_path: str | None) -> None:
        """Import TensorFlow and load MNIST in the worker thread now (see TrainingWorker)."""
        if not self.thread.isRunning():
            self.thread.start()
        self.warm_up_requested.emit(data_path)

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
        self.worker.process.close()  # the child process ends with the window
        return bool(finished)
