"""SampleDialog: one evaluated image shown large, with its ten probability bars."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.drawing.pixel_view import PixelView
from gui.drawing.probability_bars import ProbabilityBars
from gui.labels import rich_label


class SampleDialog(QDialog):
    """The 28×28 image as the network saw it, the true digit and what the network answered."""

    def __init__(self, image: np.ndarray, true_digit: int, probabilities: np.ndarray,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        image = np.asarray(image)
        if image.dtype == np.uint8:
            image = image.astype(np.float32) / 255.0
        predicted = int(np.argmax(probabilities))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.view = PixelView(self.tr("what the network sees (28×28)"))
        self.view.setMinimumSize(280, 300)
        self.view.set_image(image)
        row.addWidget(self.view, 1)
        self.bars = ProbabilityBars(minimum_height=240)
        self.bars.set_probabilities(probabilities, true_digit)
        self.bars.setMinimumWidth(320)
        row.addWidget(self.bars, 1)
        layout.addLayout(row)
        verdict = self.tr("right") if predicted == true_digit else self.tr("wrong")
        self.text = rich_label(self.tr(
            "True digit <b>{0}</b> · predicted <b>{1}</b> ({2} %) · {3}. The network gave the "
            "true digit {4} %. <span style='color:#3ca050'>Green</span>: the true digit; "
            "<span style='color:#f08c1e'>orange</span>: the answer.").format(
            true_digit, predicted, f"{100 * probabilities[predicted]:.1f}", verdict,
            f"{100 * probabilities[true_digit]:.1f}"))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
