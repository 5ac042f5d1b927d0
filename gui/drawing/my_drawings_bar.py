"""MyDrawingsBar: the student's labelled drawings: per-digit counts, Evaluate, use in training.

The drawings live in core's DrawingStore (the file in the data folder); this row only shows
their counts and saves a corrected drawing there.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from core.data.my_drawings import DrawingStore, DrawingStoreError
from gui.drawing.prediction_panel import PredictionPanel
from gui.labels import plain_label


class MyDrawingsBar(QWidget):
    """"My drawings (12): 0:1 1:3 …", an Evaluate button and a "use in training" box."""

    evaluate_requested = Signal()
    message = Signal(str, bool)  # one line, is it an error

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
        try:
            total = self.store.append(image, digit, strokes, answer, confidence,
                                      prediction.model_name())
        except (DrawingStoreError, ValueError) as exc:
            self.message.emit(str(exc), True)
            return False
        self.message.emit(self.tr("Saved as a {0} in “my drawings” ({1} in all)").format(
            digit, total), False)
        self.update_counts()
        return True

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
        try:
            counts = self.store.counts()
        except (OSError, ValueError):
            self.label.setText(self.tr("My drawings: the file could not be read"))
            return
        text = "  ".join(f"{d}:{c}" for d, c in enumerate(counts))
        self.label.setText(self.tr("My drawings ({0}): {1}").format(int(counts.sum()), text))
