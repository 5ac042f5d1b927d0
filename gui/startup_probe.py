"""--startup-probe: how long until the window paints and the default model answers a drawing.

Times are measured from the process's start (read from /proc on Linux; elsewhere from the
moment main.py began), so interpreter start-up and imports count too.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# a "7" in canvas raster coordinates
PROBE_STROKES = [[(70, 60), (205, 58), (170, 140), (130, 235)], [(110, 148), (190, 148)]]


def process_start_time() -> float:
    """The process's start as a `time.time()` value (best effort)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return time.time() - (uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        main = sys.modules.get("__main__")
        return float(getattr(main, "STARTED_AT", time.time()))


class StartupProbe(QObject):
    """Watches the first paint, draws PROBE_STROKES, reports when the answer arrives."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._start = process_start_time()
        self._first_paint: float | None = None
        window.canvas.installEventFilter(self)
        window.prediction.prediction_made.connect(self._answered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._first_paint is None:
            self._first_paint = time.time()
            QTimer.singleShot(0, self._draw)
        return False

    def _draw(self) -> None:
        for stroke in PROBE_STROKES:
            self._window.canvas.add_stroke(stroke)

    def _answered(self, probabilities: object) -> None:
        if probabilities is None or self._first_paint is None:
            return
        now = time.time()
        print(json.dumps({
            "first_paint_ms": round(1000 * (self._first_paint - self._start)),
            "first_prediction_ms": round(1000 * (now - self._start)),
            "digit": int(probabilities.argmax()),  # type: ignore[attr-defined]
            "tensorflow_imported": "tensorflow" in sys.modules,
        }), flush=True)
        self._window.prediction.prediction_made.disconnect(self._answered)
        QTimer.singleShot(0, self._window.close)
        QTimer.singleShot(0, QApplication.instance().quit)
