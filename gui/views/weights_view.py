"""WeightsView: each unit of the first dense layer as a 28×28 image of its weights.

Red pixels excite the unit when there is ink there, blue ones inhibit it; each tile is scaled
to its own largest weight so every template's shape shows. Refreshed after every epoch while
training, so students watch random noise turn into strokes and digit parts.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.evaluation.insides import first_layer_weights, tile_grid, weight_tiles
from core.model.classifier import NumpyClassifier
from core.training.model_choice import ModelChoice
from gui.labels import plain_label, rich_label
from gui.session import Session
from gui.views.lazy_view import LazyView

COUNTS = (16, 36, 64, 100, 144, 256)
GAP = 2


def rgb_qimage(rgb: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class _Grid(QWidget):
    """Paints the tile grid scaled to fit, pixels kept square; tooltips name the unit."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.columns = 1
        self.count = 0
        self.clicked: Callable[[int], None] | None = None
        self.setMinimumSize(200, 90)  # scales to fit: small, but never cut off
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def target(self) -> QRectF:
        if self.image is None:
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().window())
            if self.image is not None:
                painter.drawImage(self.target(), self.image)
        finally:
            painter.end()

    def unit_at(self, position: QPointF) -> int | None:
        """The unit whose tile is at `position` (widget pixels), if any."""
        target = self.target()
        if self.image is None or not target.contains(position):
            return None
        scale = target.width() / self.image.width()
        x = (position.x() - target.x()) / scale
        y = (position.y() - target.y()) / scale
        column, row = int(x // (28 + GAP)), int(y // (28 + GAP))
        unit = row * self.columns + column
        return unit if 0 <= column < self.columns and unit < self.count else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        unit = self.unit_at(event.position())
        if unit is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tr(
                "unit {0}: click to see its arithmetic on your drawing").format(unit), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        unit = self.unit_at(event.position())
        if unit is not None and self.clicked is not None:
            self.clicked(unit)


class WeightsView(LazyView):
    """The first hidden layer's weights as a grid of 28×28 tiles; a click on one emits its
    unit (the activations view then writes out that unit's arithmetic)."""

    unit_clicked = Signal(int)

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session or Session(parent=self)
        self.session.model_changed.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.caption = rich_label()  # its red and blue words are coloured
        self.caption.setWordWrap(True)
        top.addWidget(self.caption, 1)
        top.addWidget(plain_label(self.tr("show")))
        self.count = QComboBox()
        self.count.setAccessibleName("Units shown")
        self.count.addItems([str(c) for c in COUNTS])
        self.count.setCurrentText("64")
        self.count.setToolTip(self.tr("How many first-layer units to show (the first ones)"))
        self.count.currentTextChanged.connect(self.refresh)
        top.addWidget(self.count)
        layout.addLayout(top)
        self.grid = _Grid()
        self.grid.clicked = self.unit_clicked.emit
        self.grid.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.grid, 1)
        self.refresh()

    @property
    def _classifier(self) -> NumpyClassifier | None:
        return self.session.classifier

    def set_classifier(self, classifier: NumpyClassifier | None) -> None:
        """Show this model (the session chooses it)."""
        self.session.choose(ModelChoice(classifier))

    def tiles_shown(self) -> int:
        return self.grid.count

    def _redraw(self) -> None:
        if self._classifier is None:
            self.grid.image, self.grid.count = None, 0
            self.caption.setText(self.tr("No model"))
            self.grid.update()
            return
        weights = first_layer_weights(self._classifier)
        shown = weights[:int(self.count.currentText())]
        columns = int(np.ceil(np.sqrt(len(shown) * 1.6)))
        self.grid.image = rgb_qimage(tile_grid(weight_tiles(shown), columns, GAP))
        self.grid.columns, self.grid.count = min(columns, len(shown)), len(shown)
        which = (self.tr("all") if len(shown) == len(weights)
                 else self.tr("the first {0}").format(len(shown)))
        layer = (self.tr("First hidden layer: %n units, {0} shown", "", len(weights)).format(which)
                 if self._classifier.hidden_sizes else self.tr(
                     "No hidden layer: the 10 output units, one per digit (0 to 9), so each tile "
                     "is a template of its digit"))
        self.caption.setText(self.tr(
            "{0}. Each tile is one unit's 784 input weights: <span style='color:#b2182b'><b>red"
            "</b></span> — ink there excites the unit, <span style='color:#2166ac'><b>blue</b>"
            "</span> — ink there inhibits it (each tile scaled to its own range).").format(layer))
        self.grid.update()
