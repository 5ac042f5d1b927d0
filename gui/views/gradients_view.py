"""GradientsView: each dense layer's weights and gradients as histograms, epoch by epoch.

Two ridgeline plots, one ridge per layer, input side on top. Left, the layer's weight values;
right, log10 of the size of the loss's gradient on a fixed batch of 512 training images, on
one shared axis, so a layer whose gradients vanish (a deep sigmoid net's first layers) sits
visibly to the left of the others. Two plots whatever the depth: a new architecture only adds
curves, so showing an epoch stays cheap on the GUI thread. The numbers come from `core`
(LayerProbe after each epoch, in the training thread; the weight histograms alone for a model
opened from a file); this view only draws them. A training's epochs are kept as a series:
the slider goes back to any of them, so students see the gradients change epoch by epoch.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSlider, QVBoxLayout, QWidget

from core.evaluation.layer_statistics import LOG_RANGE, Histogram, LayerInsight
from core.report import charts
from gui.labels import plain_label, rich_label
from gui.views.lazy_view import LazyView

RIDGE = 0.85  # a ridge's height; 1 apart, so neighbours never touch
EXPLANATION = QT_TRANSLATE_NOOP(
    "GradientsView",
    "One ridge per layer, input side on top. <b>Left:</b> its weights. <b>Right:</b> how "
    "strongly the loss pulls on them now (the gradient, on a log scale, measured on the same "
    "512 training images after each epoch). A ridge far to the left barely learns: that is the "
    "<i>vanishing gradient</i> (compare the sigmoid-deep preset with assignment 2).")


class GradientsView(LazyView):
    """Histograms of a LayerInsight; `show_insight` replaces what is shown, `add_epoch` adds
    a training's epoch to the series the slider walks through."""

    epoch_chosen = Signal(object, str)  # the LayerInsight shown now and its epoch's words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._insight: LayerInsight | None = None
        self._epoch = ""
        self._series: list[tuple[str, LayerInsight]] = []  # a training's epochs, in order
        self._kept = -1  # the epoch of the series whose weights the model kept, if known
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = rich_label(self.tr(EXPLANATION))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.status = plain_label()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        slider_row = QHBoxLayout()
        self.slider_label = plain_label(self.tr("Epoch:"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName("Epoch shown")
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(self.tr("Go back to any epoch of this training"))
        self.slider.valueChanged.connect(self.show_epoch)
        slider_row.addWidget(self.slider_label)
        slider_row.addWidget(self.slider, 1)
        layout.addLayout(slider_row)
        plots = QHBoxLayout()
        self.weights_plot = self._make_plot("weights", self.tr("weight value"), charts.TRAIN)
        self.gradients_plot = self._make_plot("gradients", self.tr("log10 |gradient|"),
                                              charts.VALIDATION)
        self.gradients_plot.setXRange(*LOG_RANGE, padding=0.02)
        self.gradients_plot.getAxis("left").setStyle(showValues=False)
        self.gradients_plot.getAxis("left").setWidth(4)
        for plot in (self.weights_plot, self.gradients_plot):
            plots.addWidget(plot)
        layout.addLayout(plots, 1)
        self._ridges: list[tuple[pg.PlotDataItem, pg.PlotDataItem, pg.TextItem]] = []
        self._update_slider()
        self.refresh()

    def _make_plot(self, name: str, xlabel: str, colour: str) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setAccessibleName(f"Histograms of each layer's {name}")
        plot.setLabel("bottom", xlabel)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMinimumHeight(150)
        plot.setProperty("colour", colour)
        return plot

    def show_insight(self, insight: LayerInsight | None, epoch: str = "") -> None:
        """Show these histograms alone (`epoch` names when they were measured, e.g. "epoch 3");
        the series starts again from them."""
        self._series = [(epoch, insight)] if insight is not None else []
        self._kept = -1
        self._show(insight, epoch)

    def add_epoch(self, insight: LayerInsight, epoch: str) -> None:
        """Add a training's newest epoch to the series and show it (unless the student went
        back to an earlier one with the slider)."""
        at_end = self.slider.value() >= len(self._series) - 1
        self._series.append((epoch, insight))
        self._kept = -1
        self._update_slider()
        if at_end or len(self._series) == 1:
            self.show_epoch(len(self._series) - 1)

    def epochs(self) -> list[str]:
        """The series' epochs, in words, oldest first."""
        return [epoch for epoch, _ in self._series]

    def show_epoch(self, index: int, kept: bool = False) -> None:
        """Show the series' epoch `index`; `kept`: the model answering now has its weights."""
        if not 0 <= index < len(self._series):
            return
        if kept:
            self._kept = index
        if self.slider.value() != index:
            self.slider.setValue(index)  # comes back here through valueChanged
            return
        epoch, insight = self._series[index]
        self._show(insight, epoch)
        self.epoch_chosen.emit(insight, epoch)

    def _show(self, insight: LayerInsight | None, epoch: str) -> None:
        self._insight, self._epoch = insight, epoch
        self._update_slider()
        self.refresh()

    def _update_slider(self) -> None:
        many = len(self._series) > 1
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(self._series) - 1))
        self.slider.blockSignals(False)
        self.slider.setVisible(many)
        self.slider_label.setVisible(many)

    def insight(self) -> LayerInsight | None:
        return self._insight

    def norm_labels(self) -> list[str]:
        """The text beside each layer's gradient ridge, first layer first."""
        return [label.textItem.toPlainText() for _, _, label in self._ridges]

    def _redraw(self) -> None:
        insight = self._insight
        count = 0 if insight is None else len(insight.names)
        self._build(count)
        if insight is None:
            self.status.setText(self.tr("No model yet: train one or open a .keras file."))
            return
        measured = bool(insight.gradients)
        kept = 0 <= self._kept < len(self._series) and self._series[self._kept][1] is insight
        self.status.setText(
            self.tr("Measured after {0}: the epoch whose weights the model kept.").format(
                self._epoch) if measured and self._epoch and kept else
            self.tr("Measured after {0}.").format(self._epoch) if measured and self._epoch else
            self.tr("Measured after the last epoch.") if measured else
            self.tr("Gradients are measured while training: Train (or Train more) to see them. "
                    "The weights are this model's."))
        ticks = []
        for index in range(count):
            base = float(count - 1 - index)  # the input side on top
            units = insight.units[index] if index < len(insight.units) else 0
            ticks.append((base + RIDGE / 3, self.tr("output ({0})").format(units)
                          if index == count - 1 else
                          self.tr("layer {0} ({1})").format(index + 1, units)))
            weights, gradients, label = self._ridges[index]
            _set_ridge(weights, insight.weights[index], base)
            if measured:
                histogram = insight.gradients[index]
                _set_ridge(gradients, histogram, base)
                share = histogram.zero_share
                zeros = (self.tr(", {0} % zero").format(f"{100 * share:.0f}")
                         if share >= 0.005 else "")
                label.setText(self.tr("norm {0}").format(f"{insight.gradient_norms[index]:.2g}")
                              + zeros)
            else:
                gradients.setData([], [])
                label.setText("")
            label.setPos(LOG_RANGE[0], base + RIDGE)
        self.weights_plot.getAxis("left").setTicks([ticks, []])
        self.weights_plot.setYRange(0, count, padding=0.02)
        self.gradients_plot.setYRange(0, count, padding=0.02)

    def _build(self, count: int) -> None:
        while len(self._ridges) > count:
            for item, plot in zip(self._ridges.pop(), (self.weights_plot, self.gradients_plot,
                                                       self.gradients_plot), strict=True):
                plot.removeItem(item)
        while len(self._ridges) < count:
            curves = []
            for plot in (self.weights_plot, self.gradients_plot):
                colour = pg.mkColor(plot.property("colour"))
                curve = pg.PlotDataItem(stepMode="center", pen=pg.mkPen(colour, width=1),
                                        brush=pg.mkBrush(*colour.getRgb()[:3], 140))
                plot.addItem(curve)
                curves.append(curve)
            label = pg.TextItem(anchor=(0, 0), color=(60, 60, 60))
            self.gradients_plot.addItem(label)
            self._ridges.append((curves[0], curves[1], label))


def _set_ridge(curve: pg.PlotDataItem, histogram: Histogram, base: float) -> None:
    counts = histogram.counts.astype(np.float64)
    curve.setFillLevel(base)
    curve.setData(histogram.edges, base + RIDGE * counts / max(1.0, float(counts.max())))
