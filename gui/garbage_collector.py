"""GarbageCollector: Python's cyclic garbage collection on the GUI thread only, on a timer.

Python collects reference cycles in whichever thread happens to allocate when a threshold is
passed. A cycle that holds a Qt object (a closed window, a menu, a dialog) is then destroyed
in a task's worker thread: its QObject destructor takes Qt's locks, then waits for the GIL,
while the GUI thread holds the GIL and waits for those locks. Seen here: a worker reading a
model file collected an old window's widgets while the GUI thread deleted a menu, and the
window froze for good. So once a task runner exists, automatic collection is off for the
rest of the process and one collector, owned by the application, collects on the GUI thread
(pyqtgraph's GarbageCollector does the same, for the same reason).

Every INTERVAL_MS it collects the oldest generation whose count passed Python's threshold, as
Python picks it (Python also puts off a full collection until enough objects wait for it; that
count is not exposed, so the objects alive when the collector starts, the modules and the
window, are frozen out of every collection: `gc.freeze()`, as the training child does).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 200  # a young generation's collection takes well under 1 ms at this rate


class GarbageCollector(QObject):
    """The process's one collector: `install()` it from the GUI thread."""

    _installed: GarbageCollector | None = None

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    @classmethod
    def install(cls) -> GarbageCollector | None:
        """Turn automatic collection off and collect on the GUI thread from now on (once per
        process; None without an application or off its thread, where nothing changes)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return None
        if cls._installed is None:
            cls._installed = cls(app)
            gc.freeze()
            gc.disable()
        return cls._installed

    def collect(self) -> None:
        """Collect the oldest generation whose count passed Python's own threshold."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        gc.collect(next(generation for generation in (2, 1, 0)
                        if counts[generation] > self._thresholds[generation]))
