"""Parts of the curves' plots: a growable series bound to a curve, a plot that says when it
is double-clicked, and run names short enough for a legend."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsItem


class Series:
    """A growable (x, y) buffer bound to one plot curve; `lone_marker`: a single point gets a
    marker (a line needs two). `flush` hands the curve its points only when they changed
    (a validation curve changes once an epoch, not at every redraw of the plots)."""

    def __init__(self, curve: pg.PlotDataItem, capacity: int = 1024,
                 lone_marker: bool = False) -> None:
        self.curve = curve
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.n = 0
        self.lone_marker = lone_marker
        self._changed = True

    def append(self, x: float, y: float) -> None:
        if self.n == len(self.x):
            self.x = np.concatenate([self.x, np.empty(len(self.x))])
            self.y = np.concatenate([self.y, np.empty(len(self.y))])
        self.x[self.n], self.y[self.n] = x, y
        self.n += 1
        self._changed = True

    def clear(self) -> None:
        self.n = 0
        self._changed = True

    def flush(self) -> None:
        if not self._changed:
            return
        self._changed = False
        if self.lone_marker:
            self.curve.setSymbol("o" if self.n == 1 else None)
        self.curve.setData(self.x[:self.n], self.y[:self.n])


class Plot(pg.PlotWidget):
    """A plot that says when it is double-clicked, wherever pyqtgraph's items are."""

    double_clicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseDoubleClickEvent(event)
        self.double_clicked.emit()


def short_run_name(name: str, limit: int = 20) -> str:
    """A run's name for a legend: long names lose their middle, so the legend stays small."""
    return name if len(name) <= limit else name[:limit // 2 - 1] + "…" + name[-(limit // 2):]


def curve_plot(title: str, ylabel: str, name: str, epoch: str, tooltip: str) -> Plot:
    """A loss or accuracy plot: epochs along x, whole-number axes, major grid lines only
    (the minor ones cost ~3 ms a repaint while training runs), the legend below the axes.

    Each axis draws its grid lines, so its area covers the plot's and every new curve point
    used to repaint its labels and lines too (a third of the window's painting while training
    runs). Cached as a pixmap, an axis is painted again only when its range or size changes."""
    plot = Plot(title=title)
    plot.setAccessibleName(name)
    plot.setLabel("bottom", epoch)
    plot.setLabel("left", ylabel)
    for side in ("left", "bottom"):  # "epoch", never "epoch (x0.001)"
        plot.getAxis(side).enableAutoSIPrefix(False)
        plot.getAxis(side).setStyle(maxTickLevel=0)
        plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # the last epoch's label
    plot.plotItem.layout.setContentsMargins(2, 2, 12, 2)  # room for it at the right edge
    plot.setToolTip(tooltip)
    legend = pg.LegendItem(colCount=2, labelTextSize="8pt")  # below the axes: never over
    plot.plotItem.layout.addItem(legend, 4, 1)  # the data
    plot.plotItem.legend = legend  # plot(name=…) adds to it
    plot.setMinimumSize(200, 190)
    return plot


def draw_overlays(plots: tuple[pg.PlotWidget, pg.PlotWidget], runs: list[tuple[str, Any]],
                  colours: list[Any], old: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Earlier runs' per-epoch curves on the (loss, accuracy) plots, in distinct colours, one
    legend entry per run (its training line; the dashed one is its validation); the
    previous overlays `old` are removed. Returns the new items by run name."""
    loss, accuracy = plots
    for items in old.values():
        for plot, item in zip((loss, accuracy, loss, accuracy), items, strict=False):
            plot.removeItem(item)
            if plot.plotItem.legend is not None:
                plot.plotItem.legend.removeItem(item)
    for plot in plots:  # one column: long names fit
        plot.plotItem.legend.setColumnCount(1 if runs else 2)
    drawn: dict[str, list[Any]] = {}
    for index, (name, history) in enumerate(runs):
        colour = colours[index % len(colours)]
        items = []
        for plot, key, dashed in ((loss, "loss", False), (accuracy, "accuracy", False),
                                  (loss, "val_loss", True), (accuracy, "val_accuracy", True)):
            xs, values = history.points(key)
            pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine if dashed
                           else Qt.PenStyle.SolidLine)
            lone = "o" if len(xs) == 1 else None  # one epoch: a point, else invisible
            items.append(plot.plot(xs, values, pen=pen, name=None if dashed
                                   else short_run_name(name), symbol=lone, symbolSize=7,
                                   symbolBrush=colour, symbolPen=None))
        drawn[name] = items
    return drawn
