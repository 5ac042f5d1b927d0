"""GradientsView: each dense layer's weights and gradients as histograms, epoch by epoch.

One row per layer, input side first. Left, the layer's weight values; right, log10 of the
size of the loss's gradient on a fixed batch of 512 training images, on one shared axis, so a
layer whose gradients vanish (a deep sigmoid net's first layers) sits visibly to the left.
The numbers come from `core` (LayerProbe after each epoch, in the training thread; the weight
histograms alone for a model opened from a file); this view only draws them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from core.evaluation.layer_statistics import LOG_RANGE, Histogram, LayerInsight
from core.report import charts
from gui.views.lazy_view import LazyView

ROW_HEIGHT = 92
EXPLANATION = (
    "Each row is one layer, input side first. <b>Left:</b> its weights. <b>Right:</b> how "
    "strongly the loss pulls on them now (the gradient, on a log scale, measured on the same "
    "512 training images after each epoch). A row far to the left barely learns: that is the "
    "<i>vanishing gradient</i> (compare the sigmoid-deep preset with assignment 2).")


class GradientsView(LazyView):
    """Histograms of a LayerInsight; `show_insight` replaces what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._insight: LayerInsight | None = None
        self._epoch = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = QLabel(EXPLANATION)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setAccessibleName("Weight and gradient histograms")
        self.plots.ci.layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(self.plots)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("Each layer's histograms")
        layout.addWidget(scroll, 1)
        self._rows: list[tuple[pg.PlotItem, pg.PlotDataItem, pg.PlotItem, pg.PlotDataItem]] = []
        self.refresh()

    def show_insight(self, insight: LayerInsight | None, epoch: str = "") -> None:
        """Show these histograms (`epoch` names when they were measured, e.g. "epoch 3")."""
        self._insight, self._epoch = insight, epoch
        self.refresh()

    def insight(self) -> LayerInsight | None:
        return self._insight

    def row_titles(self) -> list[str]:
        """The title of each layer's gradient plot, first layer first (names and norms)."""
        return [gradients.titleLabel.text for _, _, gradients, _ in self._rows]

    def _redraw(self) -> None:
        insight = self._insight
        if insight is None:
            self._build(0)
            self.status.setText("No model yet: train one or open a .keras file.")
            return
        self._build(len(insight.names))
        measured = bool(insight.gradients)
        self.status.setText(
            f"Measured after {self._epoch}." if measured and self._epoch else
            "Measured after the last epoch." if measured else
            "Gradients are measured while training: Train (or Train more) to see them. "
            "The weights are this model's.")
        for index, name in enumerate(insight.names):
            weights_plot, weights_curve, grads_plot, grads_curve = self._rows[index]
            _set_histogram(weights_curve, insight.weights[index])
            weights_plot.setTitle(f"{name}: weights", size="9pt")
            if measured:
                _set_histogram(grads_curve, insight.gradients[index])
                grads_plot.setTitle(f"gradient, norm {insight.gradient_norms[index]:.2g}",
                                    size="9pt")
            else:
                grads_curve.setData([], [])
                grads_plot.setTitle("gradient: not measured", size="9pt")

    def _build(self, count: int) -> None:
        if count == len(self._rows):
            return
        self.plots.clear()
        self._rows = []
        for row in range(count):
            weights = self.plots.addPlot(row=row, col=0)
            gradients = self.plots.addPlot(row=row, col=1)
            curves = []
            for plot, colour in ((weights, charts.TRAIN), (gradients, charts.VALIDATION)):
                plot.setMouseEnabled(x=False, y=False)
                plot.hideButtons()
                plot.getAxis("left").setStyle(showValues=False)
                plot.getAxis("left").setWidth(8)
                plot.getAxis("bottom").enableAutoSIPrefix(False)
                curves.append(plot.plot(stepMode="center", fillLevel=0,
                                        brush=pg.mkBrush(*pg.mkColor(colour).getRgb()[:3], 150),
                                        pen=pg.mkPen(colour, width=1)))
            gradients.setXRange(*LOG_RANGE, padding=0.02)
            if row == count - 1:
                gradients.setLabel("bottom", "log10 |gradient|")
                weights.setLabel("bottom", "weight value")
            self._rows.append((weights, curves[0], gradients, curves[1]))
        self.plots.setMinimumHeight(ROW_HEIGHT * count)


def _set_histogram(curve: pg.PlotDataItem, histogram: Histogram) -> None:
    counts = histogram.counts.astype(np.float64)
    curve.setData(histogram.edges, counts / max(1.0, float(counts.max())))
