"""DigitLab's database: one SQLite file in the data folder for runs and "my drawings".

SQLite in WAL mode with a transaction per change: two windows, or the window and the
command line, writing at once lose nothing (each waits for the other's short transaction);
a kill -9 or a power cut leaves every committed item; a full disk aborts only the change that
did not fit. Appending costs the same however many items there are.

A database that SQLite cannot read is moved aside under a unique name (never overwritten or
deleted) and a fresh one is started; `notices` says so in one line for the window.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from core.store import app_paths
from core.store.atomic import set_aside
from core.store.plain import Storage

FILE_NAME = "digitlab.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS drawings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 9),
    image BLOB NOT NULL CHECK (length(image) = 784),
    strokes TEXT NOT NULL DEFAULT '[]',
    answer INTEGER,
    confidence REAL,
    model TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class DatabaseError(OSError):
    """A change could not be saved; everything committed before is intact."""


class Database:
    """The data folder's SQLite file; every method opens a short-lived connection."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else app_paths.data_dir() / FILE_NAME
        self.notices: list[str] = []
        self.pragmas: list[str] = []  # extra per-connection PRAGMAs (tests limit the size)
        self._ready = False

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in a transaction: committed on success, rolled back on error."""
        self._prepare()
        try:
            connection = sqlite3.connect(self.path, timeout=30.0)
        except sqlite3.Error as exc:
            raise DatabaseError(Storage.tr("cannot open {0} ({1})")
                                .format(self.path, exc)) from None
        try:
            connection.execute("PRAGMA synchronous=FULL")
            for pragma in self.pragmas:
                connection.execute(pragma)
            with connection:
                yield connection
        except sqlite3.OperationalError as exc:
            raise DatabaseError(Storage.tr("could not save to {0} ({1}); everything saved "
                                           "before is intact")
                                .format(self.path.name, exc)) from None
        finally:
            connection.close()

    def _prepare(self) -> None:
        if self._ready:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._create_when_free()
        except sqlite3.DatabaseError as exc:
            if _busy(exc):
                raise DatabaseError(Storage.tr("{0} is busy ({1})")
                                    .format(self.path, exc)) from None
            moved = set_aside(self.path, "damaged")
            for extra in ("-wal", "-shm"):
                Path(f"{self.path}{extra}").unlink(missing_ok=True)
            self.notices.append(Storage.tr("{0} could not be read ({1}); it was moved to {2} "
                                           "and a new one started")
                                .format(self.path.name, exc, _moved_name(moved)))
            self._create()
        except OSError as exc:
            raise DatabaseError(Storage.tr("cannot use {0} ({1})")
                                .format(self.path, exc.strerror or exc)) from None
        self._ready = True

    def _create_when_free(self, seconds: float = 30.0) -> None:
        """Create or check the schema; another process doing the same makes SQLite answer
        "locked" at once (switching to WAL needs the file alone), so wait and try again."""
        deadline = time.monotonic() + seconds
        pause = 0.01
        while True:
            try:
                self._create()
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(0.2, pause * 2)

    def _create(self) -> None:
        connection = sqlite3.connect(self.path, timeout=30.0)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(SCHEMA)
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError(Storage.tr("the integrity check failed"))
        finally:
            connection.close()

    def import_once(self, file_name: str, noun: Callable[[int], str], sql: str,
                    read: Callable[[Path], list[tuple[object, ...]]]) -> None:
        """Import an earlier version's file beside the database once, then keep it renamed.

        `read` turns the file into rows for `sql` or raises ValueError or OSError saying what
        is wrong; a file it refuses is set aside under a unique name, never half imported.
        `noun(n)` says how many were imported, in words ("%n drawings", translated).
        """
        legacy = self.path.parent / file_name
        if not legacy.is_file():
            return
        try:
            rows = read(legacy)
        except (OSError, ValueError, RecursionError) as exc:
            moved = set_aside(legacy, "damaged")
            self.notices.append(Storage.tr("{0} could not be read ({1}); it was moved to {2}")
                                .format(file_name, exc, _moved_name(moved)))
            return
        with self.connect() as connection:
            connection.executemany(sql, rows)
        moved = set_aside(legacy, "imported")
        if moved is not None:
            self.notices.append(Storage.tr("{0} imported from {1} (kept as {2})")
                                .format(noun(len(rows)), file_name, moved.name))

    def fact(self, key: str) -> str | None:
        with self.connect() as connection:
            row = connection.execute("SELECT value FROM facts WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_fact(self, connection: sqlite3.Connection, key: str, value: str) -> None:
        connection.execute("INSERT OR REPLACE INTO facts (key, value) VALUES (?, ?)",
                           (key, value))


def _moved_name(moved: Path | None) -> str:
    return moved.name if moved else Storage.tr("(could not be moved)")


def _busy(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc)
                                                          or "busy" in str(exc))
