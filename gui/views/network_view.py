"""NetworkView: inside the network — the first layer's weight templates (refreshed each epoch
while training) above what the current drawing does to the hidden layers. Clicking a weight
tile writes out that unit's arithmetic on the drawing below."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from core.model.classifier import NumpyClassifier
from gui.session import Session
from gui.views.activations_view import ActivationsView
from gui.views.weights_view import WeightsView


class NetworkView(QSplitter):
    """Weights on top, activations for the current drawing below."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.session = session or Session(parent=self)
        self.weights = WeightsView(self.session)
        self.activations = ActivationsView(self.session)
        for title, widget in ((self.tr("First-layer weights"), self.weights),
                              (self.tr("Your drawing inside the network"), self.activations)):
            box = QGroupBox(title)
            layout = QVBoxLayout(box)
            layout.addWidget(widget)
            self.addWidget(box)
        self.weights.unit_clicked.connect(self._unit_clicked)
        self.setStretchFactor(0, 2)  # the activations and one neuron's arithmetic need more
        self.setStretchFactor(1, 3)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """The first time shown, split 2:3 (the stretch factors act only on later resizes;
        at first the parts' size hints gave the weights a sixth of the height)."""
        super().showEvent(event)
        if not self._sized and self.height() > 0:
            self._sized = True
            self.setSizes([2 * self.height() // 5, 3 * self.height() // 5])

    def set_classifier(self, classifier: NumpyClassifier | None) -> None:
        """Show this model (the session chooses it; both parts follow)."""
        self.weights.set_classifier(classifier)

    def set_input(self, image: np.ndarray | None) -> None:
        self.activations.set_input(image)

    def _unit_clicked(self, unit: int) -> None:
        """A weight tile was clicked: that unit's arithmetic on the drawing."""
        self.activations.show_arithmetic(unit)
