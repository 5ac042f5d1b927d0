"""TrainingControls: Train / Stop / Train more, a progress bar with ETA, and the last result."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.model.architectures import MAX_EPOCHS_PER_RUN
from core.numbers import decimal
from core.training.progress import BatchProgress, EpochRecord
from gui.labels import plain_label

PROGRESS_MS = 100  # the bar shows the newest batch at most ten times a second


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class TrainingControls(QWidget):
    """Buttons that request training; shows progress from the worker's signals."""

    train_requested = Signal()
    stop_requested = Signal()
    more_requested = Signal(int)  # epochs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setToolTip(self.tr("Train a new network with these settings"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch; the weights are kept"))
        self.more_button = QPushButton(self.tr("Train more"))
        self.more_button.setToolTip(self.tr("Continue from the current weights"))
        self.more_epochs = QSpinBox()
        self.more_epochs.setAccessibleName("Epochs to train more")
        self.more_epochs.setRange(1, MAX_EPOCHS_PER_RUN)
        self.more_epochs.setValue(5)
        self.more_epochs.valueChanged.connect(self._more_suffix)
        self._more_suffix(self.more_epochs.value())
        for widget in (self.train_button, self.stop_button, self.more_button, self.more_epochs):
            row.addWidget(widget)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("idle"))
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.progress)  # its own row: "epoch 4 of 20 · batch … · ETA" fits
        self.result_label = plain_label(
            self.tr("Pick a network and press Train, or draw a digit →"))
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.train_button.clicked.connect(self.train_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.more_button.clicked.connect(lambda: self.more_requested.emit(self.more_epochs.value()))
        self._epochs = 1
        self._first_epoch = 1
        self._started = 0.0
        self._pending: BatchProgress | None = None
        self._progress_timer = QTimer(self)  # a repaint per batch cost the GUI thread ~3 ms
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_pending)
        self.set_running(False, can_continue=False)

    def _more_suffix(self, epochs: int) -> None:
        """" epoch" after 1, " epochs" after more (the language's plural forms)."""
        self.more_epochs.setSuffix(self.tr(" epochs", "after the number of epochs", epochs))

    def _epoch_text(self, epoch: int) -> str:
        """"epoch 4 of 20"; in a continued run "epoch 3 (1 more)", "epoch 4 (2 of 5 more)"."""
        if self._first_epoch == 1:
            return self.tr("epoch {0} of {1}").format(epoch, self._epochs)
        if self._epochs == 1:
            return self.tr("epoch {0} (%n more)", None, 1).format(epoch)
        return self.tr("epoch {0} ({1} of %n more)", None, self._epochs).format(
            epoch, epoch - self._first_epoch + 1)

    def set_running(self, running: bool, can_continue: bool = True) -> None:
        self.train_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.more_button.setEnabled(not running and can_continue)
        self.more_epochs.setEnabled(not running and can_continue)

    def set_training_available(self, available: bool, reason: str = "") -> None:
        if not available:
            for widget in (self.train_button, self.more_button, self.more_epochs):
                widget.setEnabled(False)
            self.result_label.setText(reason)

    def started(self, epochs: int, batches: int, first_epoch: int) -> None:
        self._epochs, self._first_epoch = epochs, first_epoch
        self._pending = None
        self._started = time.perf_counter()
        self.progress.setRange(0, epochs * batches)
        self.progress.setValue(0)
        self.progress.setFormat(self._epoch_text(first_epoch))
        self.result_label.setText(self.tr("Training… the canvas predicts with the newest epoch."))

    def show_batch(self, progress: BatchProgress) -> None:
        """Show this batch's progress within `PROGRESS_MS` (later batches replace it)."""
        self._pending = progress
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_pending(self) -> None:
        progress, self._pending = self._pending, None
        if progress is None:
            return
        done_epochs = progress.epoch - self._first_epoch
        batches = self.progress.maximum() // max(1, self._epochs)
        value = done_epochs * batches + progress.batch
        self.progress.setValue(value)
        elapsed = time.perf_counter() - self._started
        eta = elapsed / max(1, value) * (self.progress.maximum() - value)
        self.progress.setFormat(self.tr("{0} · batch {1}/{2} · {3} elapsed · ETA {4}")
                                .format(self._epoch_text(progress.epoch), progress.batch,
                                        progress.batches, _clock(elapsed), _clock(eta)))

    def show_epoch(self, record: EpochRecord) -> None:
        val = ("" if record.val_accuracy is None else self.tr(", validation {0} %").format(
            decimal(100 * record.val_accuracy, 2)))
        self.result_label.setText(self.tr("Epoch {0}: training accuracy {1} %{2}, loss {3}").format(
            record.epoch, decimal(100 * record.accuracy, 2), val, decimal(record.loss, 4)))

    def finished(self, text: str) -> None:
        self._pending = None
        self.progress.setValue(self.progress.maximum())
        self.progress.setFormat(self.tr("done"))
        self.result_label.setText(text)

    def failed(self, text: str) -> None:
        self._pending = None
        self.progress.setFormat(self.tr("failed"))
        self.result_label.setText(self.tr("Training failed: {0}").format(text))
