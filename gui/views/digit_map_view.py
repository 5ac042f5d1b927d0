"""DigitMapView: how the last hidden layer sorts the digits, as a 2-D map that moves.

Each dot is one of 2,000 fixed test images, placed by a PCA of the last hidden layer's
activations (`core.evaluation.hidden_map`) and coloured by its true digit. While training the
map comes with every epoch from the training thread, so students watch the clusters form. The
current drawing is a star on the same map; hovering a dot shows its image.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.evaluation.hidden_map import HiddenMap
from core.model.classifier import NumpyClassifier
from core.report.insight_charts import DIGIT_COLOURS
from gui.labels import plain_label
from gui.views.lazy_view import LazyView

HOVER_RADIUS = 8.0  # pixels from a dot that still count as on it
EXPLANATION = QT_TRANSLATE_NOOP(
    "DigitMapView",
    "Each dot is a test image, placed by what the last hidden layer makes of it (its "
    "activations squeezed to two numbers by PCA) and coloured by its true digit. As the "
    "network learns, the digits gather into clusters. The ★ is your drawing; hover a dot to "
    "see its image.")


class DigitMapView(LazyView):
    """`show_map` replaces the map; `set_drawing` moves the star."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map: HiddenMap | None = None
        self._classifier: NumpyClassifier | None = None
        self._drawing: np.ndarray | None = None
        self._status = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = plain_label(self.tr(EXPLANATION))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.plot = pg.PlotWidget()
        self.plot.setAccessibleName("Map of the last hidden layer")
        self.plot.setMinimumHeight(180)
        for side in ("left", "bottom"):  # PCA units mean nothing; and axes cost repaint time
            self.plot.hideAxis(side)
        legend = self.plot.addLegend(offset=(-4, 4), labelTextSize="8pt", colCount=5)
        legend.setBrush(pg.mkBrush(255, 255, 255, 200))
        self._dots = []
        for digit, colour in enumerate(DIGIT_COLOURS):
            dots = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(colour), name=str(digit))
            self.plot.addItem(dots)
            self._dots.append(dots)
        self._star = pg.ScatterPlotItem(size=22, symbol="star", brush=pg.mkBrush("#FFD700"),
                                        pen=pg.mkPen("#000000", width=1.5))
        self._star.setZValue(10)
        self.plot.addItem(self._star)
        layout.addWidget(self.plot, 1)
        self.status = plain_label()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.hover = plain_label(parent=self.plot)  # the hovered dot's image, beside the pointer
        self.hover.setStyleSheet("background: white; border: 1px solid #888; padding: 2px;")
        self.hover.hide()
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.refresh()

    def show_map(self, hidden: HiddenMap | None, classifier: NumpyClassifier | None,
                 status: str = "") -> None:
        """Show `hidden` (made from `classifier`, which also places the drawing)."""
        self._map, self._classifier, self._status = hidden, classifier, status
        self.refresh()

    def set_drawing(self, image: np.ndarray | None) -> None:
        self._drawing = None if image is None else np.asarray(image, np.float32)
        self.refresh()

    def hidden_map(self) -> HiddenMap | None:
        return self._map

    def star_position(self) -> tuple[float, float] | None:
        """Where the drawing's star is on the map (None when there is none)."""
        x, y = self._star.getData()
        return (float(x[0]), float(y[0])) if len(x) else None

    def hover_at(self, x: float, y: float) -> int | None:
        """Show the image of the dot nearest map point (x, y) if the pointer is on it; return
        its index (what moving the pointer there does)."""
        scene = self.plot.plotItem.vb.mapViewToScene(QPointF(x, y))
        return self._hovered(scene)

    def _redraw(self) -> None:
        hidden = self._map
        self.status.setText(self._status if hidden is None else (self._status + " " + self.tr(
            "Across: {0} % of how the images differ in that layer; up: {1} %.").format(
            f"{100 * hidden.explained[0]:.0f}", f"{100 * hidden.explained[1]:.0f}")).strip())
        if hidden is None:
            for dots in self._dots:
                dots.setData([], [])
            self._star.setData([], [])
            return
        for digit, dots in enumerate(self._dots):
            chosen = hidden.points[hidden.labels == digit]
            dots.setData(chosen[:, 0], chosen[:, 1])
        low, high = hidden.points.min(axis=0), hidden.points.max(axis=0)
        span = max(float(high[1] - low[1]), 1e-6)
        self.plot.setRange(xRange=(float(low[0]), float(high[0])),  # room above for the legend
                           yRange=(float(low[1]), float(high[1]) + 0.3 * span), padding=0.03)
        if self._drawing is not None and self._classifier is not None \
                and self._classifier.hidden_sizes:
            self._star.setData(*map(lambda v: [v], hidden.place(self._classifier,
                                                                   self._drawing)))
        else:
            self._star.setData([], [])

    def _hovered(self, scene_position: QPointF) -> int | None:
        hidden = self._map
        if hidden is None or hidden.images is None:
            self.hover.hide()
            return None
        view = self.plot.plotItem.vb
        point = view.mapSceneToView(scene_position)
        scale = view.viewPixelSize()  # data units per pixel, x and y: distances on screen
        dx = (hidden.points[:, 0] - point.x()) / max(scale[0], 1e-12)
        dy = (hidden.points[:, 1] - point.y()) / max(scale[1], 1e-12)
        distance = dx * dx + dy * dy
        index = int(np.argmin(distance))
        if distance[index] > HOVER_RADIUS ** 2:
            self.hover.hide()
            return None
        image = np.ascontiguousarray(255 - np.asarray(hidden.image(index), np.uint8))
        qimage = QImage(image.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
        self.hover.setPixmap(QPixmap.fromImage(qimage).scaled(
            56, 56, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        self.hover.setToolTip(self.tr("a {0}").format(int(hidden.labels[index])))
        self.hover.adjustSize()
        at = self.plot.mapFromScene(scene_position)
        self.hover.move(min(at.x() + 12, self.plot.width() - self.hover.width()),
                        max(0, at.y() - self.hover.height() - 6))
        self.hover.show()
        self.hover.raise_()
        return index
