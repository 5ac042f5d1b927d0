"""ProbabilityBars: ten bars, one per digit, the most probable one highlighted."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

BAR_COLOUR = (90, 140, 200)
TOP_COLOUR = (240, 140, 30)
TRUE_COLOUR = (60, 160, 80)


class ProbabilityBars(pg.PlotWidget):
    """A fixed 0–1 bar chart of ten class probabilities (no zoom or pan)."""

    def __init__(self, parent: QWidget | None = None, minimum_height: int = 120) -> None:
        super().__init__(parent)
        self.setMinimumHeight(minimum_height)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setYRange(0, 1, padding=0.02)
        self.setXRange(-0.6, 9.6, padding=0)
        self.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        self.setLabel("left", "probability")
        self._bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7,
                                     brushes=[pg.mkBrush(*BAR_COLOUR)] * 10)
        self.addItem(self._bars)
        self._heights = np.zeros(10)

    def set_probabilities(self, probabilities: np.ndarray | None, true_digit: int = -1) -> None:
        """Show ten probabilities (None: all zero). The top bar is orange; with `true_digit`
        given and different from the top, that bar is green."""
        heights = np.zeros(10) if probabilities is None else np.asarray(probabilities, float)
        top = int(np.argmax(heights)) if heights.any() else -1
        brushes = [pg.mkBrush(*(TOP_COLOUR if d == top else
                                TRUE_COLOUR if d == true_digit else BAR_COLOUR))
                   for d in range(10)]
        self._bars.setOpts(height=heights, brushes=brushes)
        self._heights = heights

    def heights(self) -> np.ndarray:
        return self._heights
