"""Parts of the curves' plots: a growable series bound to a curve, a plot that says when it
is double-clicked, and run names short enough for a legend."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent


class Series:
    """A growable (x, y) buffer bound to one plot curve; `lone_marker`: a single point gets a
    marker (a line needs two)."""

    def __init__(self, curve: pg.PlotDataItem, capacity: int = 1024,
                 lone_marker: bool = False) -> None:
        self.curve = curve
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.n = 0
        self.lone_marker = lone_marker

    def append(self, x: float, y: float) -> None:
        if self.n == len(self.x):
            self.x = np.concatenate([self.x, np.empty(len(self.x))])
            self.y = np.concatenate([self.y, np.empty(len(self.y))])
        self.x[self.n], self.y[self.n] = x, y
        self.n += 1

    def clear(self) -> None:
        self.n = 0

    def flush(self) -> None:
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
