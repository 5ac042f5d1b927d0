"""ChangeWatch: has another connection changed the database since we last looked?

SQLite's `PRAGMA data_version` changes on one connection when any other connection commits,
another window's or another process's. One long-lived read-only connection asks it; the
window polls it off the GUI thread and reloads runs and drawings only when it moved.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path


class ChangeWatch:
    """`changed()` is True the first time and whenever another connection has committed."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None
        self._lock = threading.Lock()  # pool threads take turns with the one connection

    def changed(self) -> bool:
        with self._lock:
            try:
                if self._connection is None:
                    if not self.path.exists():
                        return False
                    self._connection = sqlite3.connect(
                        f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2,
                        check_same_thread=False)
                version = self._connection.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                self.close_unlocked()
                return False
            changed, self._version = version != self._version, version
            return changed

    def close(self) -> None:
        with self._lock:
            self.close_unlocked()

    def close_unlocked(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._connection, self._version = None, None
