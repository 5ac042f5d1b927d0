"""CurvesWidget: live loss and accuracy curves (pyqtgraph), plus overlays of earlier runs.

Training points (per batch, running mean within the epoch; x in fractional epochs) and
validation points (per epoch, with markers) go into preallocated arrays; a timer redraws at
most 30 times a second and only when something changed, never once per batch.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core.training import BatchProgress, EpochRecord

REFRESH_MS = 33
TRAIN_COLOUR = (31, 119, 180)
VAL_COLOUR = (230, 110, 20)
OVERLAY_COLOURS = [(44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
                   (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]


class _Series:
    """A growable (x, y) buffer bound to one plot curve."""

    def __init__(self, curve: pg.PlotDataItem, capacity: int = 1024) -> None:
        self.curve = curve
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.n = 0

    def append(self, x: float, y: float) -> None:
        if self.n == len(self.x):
            self.x = np.concatenate([self.x, np.empty(len(self.x))])
            self.y = np.concatenate([self.y, np.empty(len(self.y))])
        self.x[self.n], self.y[self.n] = x, y
        self.n += 1

    def clear(self) -> None:
        self.n = 0

    def flush(self) -> None:
        self.curve.setData(self.x[:self.n], self.y[:self.n])


class CurvesWidget(QWidget):
    """Two plots, loss and accuracy, each with train and validation curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = self._make_plot("Loss", "loss")
        self.accuracy_plot = self._make_plot("Accuracy", "accuracy", legend_at=(-10, -10))
        self.accuracy_plot.setYRange(0.8, 1.0)
        layout.addWidget(self.loss_plot)
        layout.addWidget(self.accuracy_plot)
        self._series: dict[str, _Series] = {}
        for plot, metric in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            self._series[metric] = _Series(plot.plot(
                pen=pg.mkPen(TRAIN_COLOUR, width=2), name="training (running mean)"))
            self._series["val_" + metric] = _Series(plot.plot(
                pen=pg.mkPen(VAL_COLOUR, width=2), symbol="o", symbolSize=7,
                symbolBrush=VAL_COLOUR, symbolPen=None, name="validation"))
        self._overlays: dict[str, list[pg.PlotDataItem]] = {}
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh)
        self._timer.start()

    def _make_plot(self, title: str, ylabel: str,
                   legend_at: tuple[int, int] = (-10, 10)) -> pg.PlotWidget:
        plot = pg.PlotWidget(title=title)
        plot.setLabel("bottom", "epoch")
        plot.setLabel("left", ylabel)
        plot.getAxis("left").enableAutoSIPrefix(False)  # "loss", never "loss (x0.001)"
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.addLegend(offset=legend_at)  # where the curves are not: loss falls, accuracy rises
        plot.setMinimumSize(260, 200)
        return plot

    # --- live data -------------------------------------------------------------------------------

    def clear(self) -> None:
        for series in self._series.values():
            series.clear()
        self._dirty = True

    def add_batch(self, progress: BatchProgress) -> None:
        x = progress.epoch - 1 + progress.batch / progress.batches
        if np.isfinite(progress.loss):
            self._series["loss"].append(x, progress.loss)
        if np.isfinite(progress.accuracy):
            self._series["accuracy"].append(x, progress.accuracy)
        self._dirty = True

    def add_epoch(self, record: EpochRecord) -> None:
        if record.val_loss is not None and np.isfinite(record.val_loss):
            self._series["val_loss"].append(record.epoch, record.val_loss)
        if record.val_accuracy is not None and np.isfinite(record.val_accuracy):
            self._series["val_accuracy"].append(record.epoch, record.val_accuracy)
        self._dirty = True

    def point_count(self, name: str) -> int:
        return self._series[name].n

    def _refresh(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        for series in self._series.values():
            series.flush()
        accuracies = [self._series[k].y[:self._series[k].n] for k in ("accuracy", "val_accuracy")]
        values = np.concatenate(accuracies)
        if values.size:
            self.accuracy_plot.setYRange(max(0.0, min(0.9, float(values.min()) - 0.02)), 1.0)

    # --- overlays of earlier runs ----------------------------------------------------------------

    def set_overlays(self, runs: list[tuple[str, dict[str, list[float]]]]) -> None:
        """Show these runs' per-epoch histories (name, history) in distinct colours."""
        for items in self._overlays.values():
            for plot, item in zip((self.loss_plot, self.accuracy_plot, self.loss_plot,
                                   self.accuracy_plot), items, strict=False):
                plot.removeItem(item)
                legend = plot.plotItem.legend
                if legend is not None:
                    legend.removeItem(item)
        self._overlays = {}
        for index, (name, history) in enumerate(runs):
            colour = OVERLAY_COLOURS[index % len(OVERLAY_COLOURS)]
            items = []
            for plot, key, style in ((self.loss_plot, "loss", None),
                                     (self.accuracy_plot, "accuracy", None),
                                     (self.loss_plot, "val_loss", "dash"),
                                     (self.accuracy_plot, "val_accuracy", "dash")):
                values = history.get(key) or []
                pen = pg.mkPen(colour, width=2,
                               style=pg.QtCore.Qt.PenStyle.DashLine if style else
                               pg.QtCore.Qt.PenStyle.SolidLine)
                label = f"{name} ({'val' if style else 'train'})"
                items.append(plot.plot(np.arange(1, len(values) + 1), values, pen=pen,
                                       name=label))
            self._overlays[name] = items
        self._dirty = True

    def export_png(self, path: str) -> None:
        """Save both plots side by side as a PNG (pyqtgraph's SVG export fails with Qt 6.12)."""
        self._refresh()
        pixmap = self.grab()
        if not pixmap.save(path, "PNG"):
            raise OSError(f"could not write {path}")
