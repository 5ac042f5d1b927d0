"""CurvesWidget: live loss and accuracy curves (pyqtgraph), plus overlays of earlier runs.

Training points (per batch, running mean within the epoch; x in fractional epochs) and
validation points (per epoch, with markers) go into preallocated arrays; a timer redraws at
most 20 times a second, only when something changed. The axes move in steps, so most redraws
repaint the curves but not the axes and grid. The axes show every point from epoch 0; a
one-point curve gets a marker; a double-click shows everything again. The plots (and
pyqtgraph) are made after the window's first answer (`build`), not before.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from core.numbers import general
from core.report import charts
from core.training.history import History, learning_rate_changes
from core.training.overfitting import OverfittingSignal, overfitting_signal
from core.training.progress import BatchProgress
from gui.labels import rich_label
from gui.training.second_curve import band_text, legend_name, name_curve

if TYPE_CHECKING:
    import pyqtgraph as pg

    from gui.training.plot_parts import Series
else:
    pg = None  # imported by CurvesWidget.build, once the first answer is shown

REFRESH_MS = 50
LOSS_TOPS = (0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0)
TRAIN_COLOUR = charts.TRAIN
VAL_COLOUR = charts.VALIDATION
GAP_ALPHA = 45
RISE_COLOUR = (200, 0, 0)
LR_COLOUR = (120, 120, 120)
OVERLAY_COLOURS = charts.COLOURS[2:]  # after training's and validation's


class CurvesWidget(QWidget):
    """Two plots, loss and accuracy, each with train and validation curves, and the
    overfitting signal: the train–validation gap shaded and as numbers, epochs where the
    validation loss rose circled, and an EarlyStopping stop marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.gap_label = rich_label("")
        self.gap_label.setWordWrap(True)
        self.gap_label.setToolTip(self.tr(
            "Training accuracy is the mean over each epoch's batches (with dropout on); "
            "validation is measured at the epoch's end on images the network never trains on. "
            "A growing gap and a rising validation loss are the signs of overfitting."))
        outer.addWidget(self.gap_label)
        self._layout = layout
        self._history = History()  # the shown run's history (owned by core, not copied)
        self._signal: OverfittingSignal | None = None
        self._requested: list[tuple[str, History]] = []  # the ticked runs
        self._dirty = False
        self._built = False

    @property
    def loss_plot(self) -> pg.PlotWidget:
        self.build()
        return self._loss_plot

    @property
    def accuracy_plot(self) -> pg.PlotWidget:
        self.build()
        return self._accuracy_plot

    def build(self) -> None:
        """Make the two plots and their items. The window calls it once the first answer is
        shown; any method that needs the plots calls it before."""
        if self._built:
            return
        self._built = True
        global pg
        import pyqtgraph as pg  # noqa: PLW0603 (a fifth of a second: after the first answer)

        from gui.plot_theme import apply_plot_theme
        from gui.training.plot_parts import Series

        apply_plot_theme()
        layout = self._layout
        self._loss_plot = self._make_plot(self.tr("Loss"), self.tr("loss"), "Loss curves")
        self._accuracy_plot = self._make_plot(self.tr("Accuracy"), self.tr("accuracy"),
                                             "Accuracy curves")
        layout.addWidget(self.loss_plot)
        layout.addWidget(self.accuracy_plot)
        self._gap_items = []
        for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            per_epoch = plot.plot(pen=pg.mkPen(0, 0, 0, 0))  # invisible edges of the band
            validation = plot.plot(pen=pg.mkPen(0, 0, 0, 0))
            gap = (*pg.mkColor(charts.GAP).getRgb()[:3], GAP_ALPHA)
            fill = pg.FillBetweenItem(per_epoch, validation, brush=pg.mkBrush(*gap))
            plot.addItem(fill)
            self._gap_items.append((metric, per_epoch, validation))
        self._rises = pg.ScatterPlotItem(symbol="o", size=16, brush=None,
                                         pen=pg.mkPen(RISE_COLOUR, width=2))
        self.loss_plot.addItem(self._rises)
        self._stop_lines = [pg.InfiniteLine(angle=90, movable=False,
                                            pen=pg.mkPen((90, 90, 90), width=2,
                                                         style=Qt.PenStyle.DashLine),
                                            label="", labelOpts={
                                                "position": 0.5, "color": (60, 60, 60),
                                                "rotateAxis": (1, 0),  # along the line
                                                "anchors": [(0.5, 1), (0.5, 1)]})
                            for _ in range(2)]
        for plot, line in zip((self.loss_plot, self.accuracy_plot), self._stop_lines,
                              strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        # where ReduceLROnPlateau cut the learning rate: (plot, line)
        self._lr_lines: list[tuple[pg.PlotWidget, pg.InfiniteLine]] = []
        self._series: dict[str, Series] = {}
        for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            self._series[metric] = Series(plot.plot(
                pen=pg.mkPen(TRAIN_COLOUR, width=2), name=self.tr("training"), symbolSize=7,
                symbolBrush=TRAIN_COLOUR, symbolPen=None), lone_marker=True)
            self._series["val_" + metric] = Series(plot.plot(
                pen=pg.mkPen(VAL_COLOUR, width=2, style=Qt.PenStyle.DashLine), symbol="o",
                symbolSize=7,
                symbolBrush=VAL_COLOUR, symbolPen=None, name=self.tr("validation")))
        self._overlays: dict[str, list[pg.PlotDataItem]] = {}
        self._overlay_histories: list[History] = []
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh)
        self._timer.start()
        self._show_first_epoch()

    def _make_plot(self, title: str, ylabel: str, name: str) -> pg.PlotWidget:
        from gui.training.plot_parts import curve_plot

        plot = curve_plot(title, ylabel, name, self.tr("epoch"), self.tr(
            "Training: the running mean over the epoch's batches so far; validation: measured "
            "at each epoch's end.\nDrag to pan, wheel to zoom, double-click to show everything "
            "again."))
        plot.double_clicked.connect(self.fit_all)
        return plot

    # --- live data -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.build()
        for series in self._series.values():
            series.clear()
        self._show_first_epoch()
        self._set_history(History())
        self._signal = None
        for line in self._stop_lines:
            line.hide()
        self._update_signal()
        self._dirty = True

    def _show_first_epoch(self) -> None:
        """Before any point: the x axis shows epoch 0 to 1 (not -400..400), until data comes."""
        self._ranges: dict[tuple[int, str], tuple[float, float]] = {}
        self._set_range(self.loss_plot, "y", 0.0, 2.5)  # a loss is never negative
        self._set_range(self.accuracy_plot, "y", 0.8, 1.0)
        self._fit_x()

    def _set_range(self, plot: pg.PlotWidget, axis: str, low: float, high: float) -> None:
        """Set one axis's range, and only when it changes (a change repaints the axis)."""
        key = (id(plot), axis)
        if self._ranges.get(key) == (low, high):
            return
        self._ranges[key] = (low, high)
        if axis == "x":
            plot.setXRange(low, high, padding=0.05)
        else:
            plot.setYRange(low, high, padding=0)

    def _fit_x(self) -> None:
        """x runs from epoch 0 to the next whole epoch past every point shown (and overlaid)."""
        ends = [float(series.x[series.n - 1]) for series in self._series.values() if series.n]
        ends += [history.epochs for history in self._overlay_histories if len(history)]
        end = max(1, math.ceil(max(ends, default=1.0) - 1e-9))
        for plot in (self.loss_plot, self.accuracy_plot):
            self._set_range(plot, "x", 0.0, float(end))

    def fit_all(self) -> None:
        """Show every epoch and value again (after the student zoomed or panned)."""
        self.build()
        self._ranges = {}
        if not any(series.n for series in self._series.values()) and not self._overlays:
            self._show_first_epoch()  # nothing drawn: the empty view's axes
        self.redraw_now()

    def add_batch(self, progress: BatchProgress) -> None:
        self.build()
        x = progress.position
        if np.isfinite(progress.loss):
            self._series["loss"].append(x, progress.loss)
        if np.isfinite(progress.accuracy):
            self._series["accuracy"].append(x, progress.accuracy)
        self._dirty = True

    def show_history(self, history: History, with_training: bool = False) -> None:
        """Draw this run's per-epoch history (validation markers at each epoch's position,
        so a stop mid-epoch sits where it stopped). `with_training` also draws the training
        values per epoch, for a run whose batches were not watched (a continued file)."""
        self.build()
        self._set_history(history)
        for key, plot in (("val_loss", self.loss_plot), ("val_accuracy", self.accuracy_plot)):
            name_curve(plot, self._series[key].curve, legend_name(history.second))
        for name in ("val_loss", "val_accuracy", *(("loss", "accuracy") if with_training
                                                    else ())):
            series = self._series[name]
            series.clear()
            for x, y in zip(*history.points(name), strict=True):
                series.append(x, y)
        self._update_signal()
        self._dirty = True

    def _set_history(self, history: History) -> None:
        previous, self._history = self._history, history
        if history is not previous and any(h is history or h is previous
                                           for _, h in self._requested):
            self._draw_overlays()  # a ticked run that is the current one is drawn once

    def history(self) -> History:
        return self._history

    def second_curve_name(self) -> str:
        """The dashed curve's legend name: "validation", or "test" (no validation split)."""
        return str(self._series["val_loss"].curve.opts.get("name"))

    def mark_stop(self, stop_reason: str, first_epoch: int = 1) -> None:
        """At the end of a run: mark where EarlyStopping stopped it and the epoch it kept (the
        same label as the report's; `first_epoch` is where a continued run began)."""
        self.build()
        self._update_signal(stop_reason)
        from core.report.curve_charts import early_stop_label

        mark = early_stop_label(self._history, stop_reason, first_epoch)
        if mark is None:
            return
        for line in self._stop_lines:
            line.show()  # first: a hidden line's label ignores new text
            line.setValue(mark[0])
            line.label.setFormat(mark[1])

    def overfitting(self) -> OverfittingSignal | None:
        """The signal read from the epochs shown (None before the first epoch)."""
        return self._signal

    def _update_signal(self, stop_reason: str | None = None) -> None:
        epochs = self._history.metrics()
        if not epochs.get("loss"):
            self._signal = None
            self.gap_label.setText("")
            self._rises.setData([], [])
            for _, per_epoch, validation in self._gap_items:
                per_epoch.setData([], [])
                validation.setData([], [])
            return
        history = self._history
        signal = overfitting_signal(epochs, stop_reason, history.second)
        self._signal = signal
        self._mark_learning_rates(history)
        self.gap_label.setText(band_text(history.second).format(history.epochs_text,
                                                                signal.text))
        val_x, val_loss = history.points("val_loss")
        rising = [e for e in signal.rising_epochs if e <= len(val_x)]
        self._rises.setData([val_x[e - 1] for e in rising], [val_loss[e - 1] for e in rising])
        for metric, training, validation in self._gap_items:
            x, low, high = self.gap_band(metric)
            training.setData(x, low)
            validation.setData(x, high)

    def gap_band(self, metric: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The gap band's edges: the training curve as drawn (per batch while watched) and
        the validation curve interpolated at the same x, between the first and last
        validation points."""
        self.build()
        val_x, val_y = (np.asarray(v, float) for v in self._history.points("val_" + metric))
        series = self._series[metric]
        x, y = series.x[:series.n], series.y[:series.n]
        if len(val_x) == 0 or len(x) == 0:
            return np.array([]), np.array([]), np.array([])
        inside = (x >= val_x[0] - 1e-9) & (x <= val_x[-1] + 1e-9) & np.isfinite(y)
        x, y = x[inside], y[inside]
        return x, y, np.interp(x, val_x, val_y)

    def _mark_learning_rates(self, history: History) -> None:
        """A dotted line where the learning rate changed (ReduceLROnPlateau), the new rate on
        it and in its tooltip."""
        for plot, line in self._lr_lines:
            plot.removeItem(line)
        self._lr_lines = []
        for x, old, new in learning_rate_changes(history):
            for plot in (self.loss_plot, self.accuracy_plot):
                line = pg.InfiniteLine(
                    x, angle=90, movable=False,
                    pen=pg.mkPen(LR_COLOUR, width=1.5, style=Qt.PenStyle.DotLine),
                    label=f"lr {general(new)}", labelOpts={"position": 0.92, "color": LR_COLOUR,
                                                    "anchors": [(0, 0.5), (0, 0.5)]})
                line.setToolTip(self.tr("Learning rate reduced from {0} to {1} after epoch {2} "
                                        "(ReduceLROnPlateau)").format(general(old), general(new),
                                                                      f"{x:g}"))
                plot.addItem(line, ignoreBounds=True)
                self._lr_lines.append((plot, line))

    def learning_rate_marks(self) -> list[tuple[float, str]]:
        """The learning-rate marks shown: (x, tooltip), one per change."""
        self.build()
        return [(float(line.value()), line.toolTip()) for _, line in self._lr_lines[::2]]

    def point_count(self, name: str) -> int:
        self.build()
        return self._series[name].n

    def points(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The (x, y) drawn for one series ("loss", "val_accuracy", …)."""
        self.build()
        series = self._series[name]
        return series.x[:series.n].copy(), series.y[:series.n].copy()

    def rising_markers(self) -> int:
        """How many epochs are circled for a rising validation loss."""
        self.build()
        return len(self._rises.data)

    def stop_marker(self) -> tuple[bool, float, str]:
        """The EarlyStopping line: (shown, x, label)."""
        self.build()
        line = self._stop_lines[0]
        return line.isVisible(), float(line.value()), str(line.label.format)

    def overlay_names(self) -> list[str]:
        self.build()
        return list(self._overlays)

    def overlays(self) -> list[tuple[str, History]]:
        """The earlier runs overlaid: (name, history), in the order of their colours."""
        return list(zip(self._overlays, self._overlay_histories, strict=True))

    def redraw_now(self) -> None:
        """Do the redraw timer's work now (for screenshots and exports)."""
        self.build()
        self._dirty = True
        self._refresh()

    def _refresh(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        for series in self._series.values():
            series.flush()
        self._fit_x()
        # every point shown, the first epoch's steep start and the overlaid runs' included
        accuracies = self._values("accuracy")
        if accuracies.size:  # down in steps of 0.05, to 0.9 at most
            low = math.floor((float(accuracies.min()) - 0.02) / 0.05) * 0.05
            self._set_range(self.accuracy_plot, "y", round(min(0.9, max(0.0, low)), 2), 1.0)
        losses = self._values("loss")
        if losses.size:  # up to the next round value above the highest loss
            high = 1.05 * float(losses.max())
            top = next((t for t in LOSS_TOPS if t >= high), math.ceil(high))
            self._set_range(self.loss_plot, "y", 0.0, float(top))

    def _values(self, metric: str) -> np.ndarray:
        """The finite values of `metric` drawn now: training and validation, overlays too."""
        parts = [self._series[k].y[:self._series[k].n] for k in (metric, "val_" + metric)]
        for history in self._overlay_histories:
            parts += [np.asarray(history.points(k)[1], float) for k in (metric, "val_" + metric)]
        values = np.concatenate(parts)
        return values[np.isfinite(values)]

    # --- overlays of earlier runs ----------------------------------------------------------------

    def set_overlays(self, runs: list[tuple[str, History]]) -> None:
        """Show these runs' per-epoch histories (name, history) in distinct colours; the run
        shown as the current one is not drawn a second time. One legend entry per run (its
        training line; the dashed one is its validation, as the current run's legend says)."""
        self.build()
        self._requested = list(runs)
        self._draw_overlays()

    def _draw_overlays(self) -> None:
        from gui.training.plot_parts import draw_overlays

        runs = [(name, history) for name, history in self._requested
                if history is not self._history]
        self._overlays = draw_overlays((self.loss_plot, self.accuracy_plot), runs,
                                       OVERLAY_COLOURS, self._overlays)
        self._overlay_histories = [history for _, history in runs]
        self._dirty = True

