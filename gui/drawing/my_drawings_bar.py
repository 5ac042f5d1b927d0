"""MyDrawingsBar: the student's labelled drawings: per-digit counts, Evaluate, use in training.

The drawings live in core's DrawingStore (the file in the data folder); this row only shows
their counts and saves a corrected drawing there. The window never waits on that file: its
store has a short timeout (`WINDOW_TIMEOUT`), and a drawing that cannot be saved now because
another program holds the file waits in a queue, saved in order off the GUI thread.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from core.data.my_drawings import DrawingStore, DrawingStoreError
from core.tasks import plain
from gui.drawing.prediction_panel import PredictionPanel
from gui.labels import plain_label
from gui.task_runner import TaskHandle, said, shared_runner

WINDOW_TIMEOUT = 0.2  # seconds the GUI thread may wait for another program's change
RETRY_MS = 2000  # how often waiting drawings are tried again

Row = tuple[object, ...]  # DrawingStore.append's arguments


def save_waiting(store: DrawingStore, rows: list[Row]) -> tuple[int, int, str, bool]:
    """Save `rows` in order (a task, off the GUI thread): (how many saved, the new total, why
    the next was not ("" when all were), whether it was only busy)."""
    total = 0
    for saved, row in enumerate(rows):
        try:
            total = store.append(*row)  # type: ignore[arg-type]
        except DrawingStoreError as exc:
            return saved, total, str(exc), exc.busy
    return len(rows), total, "", False


class MyDrawingsBar(QWidget):
    """"My drawings (12): 0:1 1:3 …", an Evaluate button and a "use in training" box."""

    evaluate_requested = Signal()
    message = Signal(str, bool)  # one line, is it an error
    saved = Signal()  # drawings reached the file
    notices_found = Signal(list)  # the store's new notices (read in a task: a file set aside)

    def __init__(self, store: DrawingStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label()
        self.label.setWordWrap(True)  # the counts wrap in a narrow column
        layout.addWidget(self.label, 1)
        self.evaluate_button = QPushButton(self.tr("Evaluate"))
        self.evaluate_button.setToolTip(self.tr("Score the current model on “my drawings”"))
        self.evaluate_button.clicked.connect(self.evaluate_requested)
        self.include = QCheckBox(self.tr("use in training"))
        self.include.setToolTip(self.tr("Add “my drawings” to MNIST when training (Train more "
                                        "with this on fine-tunes the current model)"))
        layout.addWidget(self.evaluate_button)
        layout.addWidget(self.include)
        self.waiting: list[Row] = []  # drawings being saved, or kept back by another's lock
        self._retried = False  # the first waiting drawing has met a lock already
        self.counts = np.zeros(10, np.int64)
        self._told: list[str] = []  # notices already passed on
        self._task: TaskHandle | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_waiting)
        self.update_counts()

    def save(self, prediction: PredictionPanel, digit: int) -> bool:
        """Keep the drawing the network received with its right label, its strokes as drawn
        (points, brush width, eraser) and what the network answered then."""
        image, probabilities = prediction.current_input(), prediction.probabilities()
        if image is None:
            return False
        strokes = [{"points": s.points, "t": s.times, "width": s.width, "erase": s.erase}
                   for s in prediction.canvas().strokes()]
        answer = None if probabilities is None else int(np.argmax(probabilities))
        confidence = None if answer is None else float(probabilities[answer])
        row = (np.array(image), digit, strokes, answer, confidence, prediction.model_name())
        if self.store.database.read_only:  # known once the file was first read: say why now,
            self.message.emit(self.tr("Not saved: {0}").format(  # and the drawing stays
                self.store.database.read_only), True)
            return False
        self.waiting.append(row)  # saved in order, off the GUI thread (`_save_waiting`)
        if self._task is None and not self._retry.isActive():
            self._save_waiting()
        return True

    def _save_waiting(self) -> None:
        """Try the waiting drawings in a pool thread (each try may wait QUEUE_TIMEOUT)."""
        if self._task is not None or not self.waiting:
            return
        self._task = shared_runner().start(
            plain(save_waiting), self.store, list(self.waiting),
            returned=self._saved_waiting,
            errored=said(lambda text: self._saved_waiting((0, 0, text, False))), receiver=self)

    def _saved_waiting(self, result: tuple[int, int, str, bool]) -> None:
        self._task = None
        saved, total, error, busy = result
        if saved == 1 and not self._retried:
            self.message.emit(self.tr("Saved as a {0} in “my drawings” ({1} in all)").format(
                self.waiting[0][1], total), False)
        elif saved:
            self.message.emit(self.tr("Saved %n waiting drawings in “my drawings” ({0} in "
                                      "all)", None, saved).format(total), False)
        del self.waiting[:saved]
        self._retried = bool(self.waiting)
        if saved:
            self.saved.emit()
            self.update_counts()
        if busy and self.waiting:
            self.message.emit(self.tr("Another program is using the drawings file: the {0} "
                                      "waits and is saved when it is free ({1} waiting)").format(
                self.waiting[0][1], len(self.waiting)), False)
        if error and not busy:  # it will not work by waiting: say so, keep nothing queued
            self.message.emit(self.tr("%n waiting drawings could not be saved: {0}", None,
                                      len(self.waiting)).format(error), True)
            self.waiting.clear()
        elif self.waiting:
            self._retry.start()

    def for_training(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The drawings to add to MNIST, when "use in training" is ticked and there are any."""
        if not self.include.isChecked():
            return None
        try:
            images, labels = self.store.load()
        except (OSError, ValueError) as exc:
            self.message.emit(self.tr("My drawings could not be read: {0}").format(exc), True)
            return None
        return (images, labels) if len(labels) else None

    def update_counts(self) -> None:
        """Count the drawings again, off the GUI thread (another window may have added some)."""
        shared_runner().start(plain(self.store.counts), returned=self._show_counts,
                              errored=self._counts_failed, receiver=self)

    def _new_notices(self) -> None:
        new = [notice for notice in self.store.notices if notice not in self._told]
        if new:
            self._told += new
            self.notices_found.emit(new)

    def _counts_failed(self, error: BaseException) -> None:
        self._new_notices()
        if not getattr(error, "busy", False):  # busy: the counts shown stay until the next
            self.label.setText(self.tr("My drawings: the file could not be read"))

    def _show_counts(self, counts: np.ndarray) -> None:
        self._new_notices()
        self.counts = counts
        text = "  ".join(f"{d}:{c}" for d, c in enumerate(counts))
        self.label.setText(self.tr("My drawings ({0}): {1}").format(int(counts.sum()), text))
