"""GarbageCollector: Python's cyclic garbage collection on the GUI thread only, on a timer.

Python collects reference cycles in whichever thread happens to allocate when a threshold is
passed. A cycle that holds a Qt object (a closed window, a menu, a dialog) is then destroyed
in a task's worker thread: its QObject destructor takes Qt's locks, then waits for the GIL,
while the GUI thread holds the GIL and waits for those locks. Seen here: a worker reading a
model file collected an old window's widgets while the GUI thread deleted a menu, and the
window froze for good. So while worker threads exist, automatic collection is off and the GUI
thread collects on a timer, generation by generation as Python would (pyqtgraph's
GarbageCollector does the same, for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200  # a young generation's collection takes well under 1 ms at this rate


class GarbageCollector(QObject):
    """Turns automatic collection off and collects on `parent`'s (the GUI) thread instead."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)
        gc.disable()

    def collect(self) -> None:
        """Collect the generations whose counts passed Python's own thresholds."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        while generation < 2 and counts[generation + 1] > self._thresholds[generation + 1]:
            generation += 1
        gc.collect(generation)
