"""DigitLab's database: one SQLite file in the data folder for runs and "my drawings".

SQLite in WAL mode with a transaction per change: two windows, or the window and the
command line, writing at once lose nothing (each waits for the other's short transaction,
up to `timeout` seconds: the window asks for a short one and never freezes); a kill -9 or a
power cut leaves every committed item; a full disk aborts only the change that did not fit.

The schema has a version (`PRAGMA user_version`): an older file is brought forward (missing
tables and columns added), a newer one is only read. A file that cannot be written (a
read-only data folder or file, a newer schema, `read_only=True`) is opened read-only:
everything reads as usual, and saving says why it cannot. Only a file that SQLite cannot read
at all is moved aside under a unique name (never overwritten or deleted) and a fresh one
started. `notices` says each of these in one line for the window and the command line.
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
from core.store.plain import Storage, one_line

FILE_NAME = "digitlab.sqlite3"
SCHEMA_VERSION = 1  # PRAGMA user_version of the schema below; raise it with each change
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
# Each table's columns as ALTER TABLE adds them to an older table (it cannot add constraints,
# so rows are checked where they are read); drawings are ordered by rowid, never by `id`.
COLUMNS = {
    "runs": {"id": "TEXT", "created": "REAL NOT NULL DEFAULT 0", "record": "TEXT"},
    "drawings": {"created": "REAL", "label": "INTEGER", "image": "BLOB",
                 "strokes": "TEXT NOT NULL DEFAULT '[]'", "answer": "INTEGER",
                 "confidence": "REAL", "model": "TEXT NOT NULL DEFAULT ''"},
    "facts": {"key": "TEXT", "value": "TEXT"},
}


class DatabaseError(OSError):
    """A change could not be saved (or the file read); everything committed before is intact.
    `busy`: another program holds the database now, so trying again later may work."""

    busy = False


class _Damaged(sqlite3.DatabaseError):
    pass


class _NewerSchemaError(Exception):
    pass


class Database:
    """The data folder's SQLite file; every method opens a short-lived connection.

    `timeout`: how long a change waits for another program's (the window passes a short one);
    `read_only=True` opens the file read-only whatever the folder allows."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 read_only: bool = False, timeout: float = 30.0) -> None:
        self.path = Path(path) if path else app_paths.data_dir() / FILE_NAME
        self.notices: list[str] = []
        self.pragmas: list[str] = []  # extra per-connection PRAGMAs (tests limit the size)
        self.timeout = timeout
        self.read_only = ""  # why the file is open read-only; "" while it can be written
        self._force_read_only = read_only
        self._target: str | None = None  # a read-only file's URI (None: nothing to read)
        self._shims: list[str] = []  # temp tables and views standing in for missing ones
        self._ready = False
        self._kept: dict[str, str] = {}

    def keep_notice(self, key: str, notice: str) -> None:
        """One notice per `key`, replaced when it changes ("" withdraws it): a count of rows
        left out says the latest count once, however often the rows are read."""
        old = self._kept.pop(key, "")
        if old in self.notices:
            self.notices.remove(old)
        if notice:
            self.notices.append(notice)
            self._kept[key] = notice

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in a transaction: committed on success, rolled back on error."""
        self._prepare()
        try:
            connection = self._open()
        except sqlite3.Error as exc:
            raise self._error(exc, Storage.tr("cannot open {0} ({1})")) from None
        try:
            connection.execute("PRAGMA synchronous=FULL")
            for pragma in self.pragmas:
                connection.execute(pragma)
            with connection:
                yield connection
        except sqlite3.Error as exc:
            raise self._error(exc, Storage.tr("could not save to {0} ({1}); everything saved "
                                              "before is intact")) from None
        finally:
            connection.close()

    def _open(self) -> sqlite3.Connection:
        if not self.read_only:
            return sqlite3.connect(self.path, timeout=self.timeout)
        connection = sqlite3.connect(self._target or ":memory:", timeout=self.timeout,
                                     uri=self._target is not None)
        for sql in self._shims:
            connection.execute(sql)
        connection.execute("PRAGMA query_only = ON")  # a change fails: SQLITE_READONLY
        return connection

    def _error(self, exc: sqlite3.Error, text: str) -> DatabaseError:
        """`exc` as one line naming its cause: busy, read-only, or `text` with SQLite's words."""
        if _busy(exc):
            error = DatabaseError(Storage.tr("{0} is busy: another program is using it; try "
                                             "again in a moment").format(self.path.name))
            error.busy = True
            return error
        if self.read_only and _code(exc).startswith("SQLITE_READONLY"):
            return DatabaseError(Storage.tr("nothing can be saved: {0}").format(self.read_only))
        return DatabaseError(text.format(self.path.name, one_line(exc)))

    # --- opening: bring the schema forward, or read only ----------------------------------

    def _prepare(self) -> None:
        if self._ready:
            return
        reason = self._unwritable()
        if not reason:
            try:
                self._create_when_free()
            except _NewerSchemaError as exc:
                reason = Storage.tr("it was made by a newer DigitLab (schema {0}; this version "
                                    "knows {1})").format(exc, SCHEMA_VERSION)
            except sqlite3.Error as exc:
                try:
                    reason = self._after_failed_open(exc)
                except sqlite3.Error as again:  # the new file failed too: say so, keep all
                    raise self._error(again, Storage.tr("cannot use {0} ({1})")) from None
        if reason:
            try:
                self._open_read_only(reason)
            except OSError as exc:
                raise DatabaseError(Storage.tr("cannot use {0} ({1})").format(
                    self.path.name, exc.strerror or exc)) from None
        self._ready = True

    def _unwritable(self) -> str:
        """Why the file cannot be written, before trying ("" when it may be)."""
        if self._force_read_only:
            return Storage.tr("it was opened read-only")
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return Storage.tr("the data folder {0} cannot be made ({1})").format(
                folder, exc.strerror or exc)
        if not os.access(folder, os.W_OK):
            return Storage.tr("the data folder {0} is read-only").format(folder)
        if _write_protected(self.path):
            return Storage.tr("the file is write-protected")
        for name in (f"{self.path.name}-wal", f"{self.path.name}-shm"):
            if _write_protected(folder / name):
                return Storage.tr("{0} is write-protected").format(name)
        return ""

    def _after_failed_open(self, exc: sqlite3.Error) -> str:
        """What a failure to open for writing means: busy (raised), not writable or damaged
        but readable (read-only, returns why), unreadable (moved aside), else raised."""
        if _busy(exc):
            raise self._error(exc, "")
        readable = self._readable()
        if readable is None or (_code(exc).startswith(_CANNOT_WRITE) and not _damaged(readable)):
            return Storage.tr("{0} cannot be changed ({1})").format(self.path.name,
                                                                  one_line(exc))
        if not _damaged(readable):
            raise DatabaseError(Storage.tr("cannot use {0} ({1})").format(
                self.path, one_line(exc))) from None
        moved = set_aside(self.path, "damaged")
        if moved is None:  # the folder keeps it where it is: nothing to read, nothing saved
            self.notices.append(Storage.tr("{0} could not be read ({1}) nor moved aside")
                                .format(self.path.name, one_line(readable)))
            return Storage.tr("{0} could not be read").format(self.path.name)
        for extra in ("-wal", "-shm"):
            Path(f"{self.path}{extra}").unlink(missing_ok=True)
        self.notices.append(Storage.tr("{0} could not be read ({1}); it was moved to {2} "
                                       "and a new one started")
                            .format(self.path.name, one_line(readable), moved.name))
        self._create_when_free()
        return ""

    def _readable(self) -> sqlite3.Error | None:
        """None when the file can be read as it is, else why not."""
        try:
            self._read_only_connection().close()
        except sqlite3.Error as exc:
            return exc
        return None

    def _read_only_connection(self) -> sqlite3.Connection:
        """A checked connection that cannot write; `_target` is set to its URI. mode=ro sees
        other programs' changes; immutable=1 only where mode=ro cannot open (a WAL file in a
        folder that cannot hold the -wal and -shm files mode=ro needs)."""
        uri = self.path.resolve().as_uri()
        for query in ("mode=ro", "immutable=1"):
            connection = sqlite3.connect(f"{uri}?{query}", timeout=self.timeout, uri=True)
            try:
                _check(connection)
            except sqlite3.Error as exc:
                connection.close()
                if query == "immutable=1" or _damaged(exc) or _busy(exc):
                    raise  # else: READONLY_DIRECTORY, CANTOPEN, READONLY_CANTINIT (no -shm)
                continue
            self._target = f"{uri}?{query}"
            return connection
        raise AssertionError("unreachable")

    def _open_read_only(self, reason: str) -> None:
        self.read_only = reason
        self._target = None
        connection = None
        if self.path.is_file() and self.path.stat().st_size:
            try:
                connection = self._read_only_connection()
            except sqlite3.Error as exc:
                if _busy(exc):
                    raise self._error(exc, "") from None
                self._target = None  # unreadable and unmovable: nothing to show
        try:
            self._shims = _shims(connection)
        finally:
            if connection is not None:
                connection.close()
        self.notices.append(Storage.tr("{0} is open read-only: {1}; drawing and predicting work, "
                                       "nothing is saved").format(self.path.name, reason))

    def _create_when_free(self) -> None:
        """Create or bring forward the schema; another process doing the same makes SQLite
        answer "locked" at once (switching to WAL needs the file alone), so wait and retry."""
        deadline = time.monotonic() + self.timeout
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
        connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _NewerSchemaError(version)
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            if version < SCHEMA_VERSION or _missing(connection):
                connection.execute("BEGIN IMMEDIATE")
                try:
                    for statement in filter(str.strip, SCHEMA.split(";")):
                        connection.execute(statement)
                    for table, column in _missing(connection):
                        connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} "
                                           f"{COLUMNS[table][column]}")
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    connection.execute("COMMIT")
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
            _check(connection)
        finally:
            connection.close()

    # --- earlier versions' files and facts ------------------------------------------------

    def import_once(self, file_name: str, noun: Callable[[int], str], sql: str,
                    read: Callable[[Path], list[tuple[object, ...]]]) -> None:
        """Import an earlier version's file beside the database once, then keep it renamed.

        `read` turns the file into rows for `sql` or raises ValueError or OSError saying what
        is wrong; a file it refuses is set aside under a unique name, never half imported.
        `noun(n)` says how many were imported, in words ("%n drawings", translated). Nothing
        happens while the database is read-only: the file waits for a writable one.
        """
        legacy = self.path.parent / file_name
        self._prepare()
        if self.read_only or not legacy.is_file():
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


def _write_protected(path: Path) -> bool:
    """A file there, before and after, that cannot be written (others' files come and go)."""
    return path.exists() and not os.access(path, os.W_OK) and path.exists()


def _check(connection: sqlite3.Connection) -> None:
    """Raise _Damaged when SQLite finds the file itself damaged. A row breaking a CHECK or
    NOT NULL constraint is no damage: readers check every row and leave such rows out."""
    for (problem,) in connection.execute("PRAGMA quick_check"):
        if problem != "ok" and not problem.startswith(("CHECK constraint failed",
                                                       "NULL value in")):
            raise _Damaged(Storage.tr("the integrity check failed"))


def _missing(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) of the known columns an existing table lacks."""
    missing = []
    for table, columns in COLUMNS.items():
        have = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        if have:
            missing += [(table, column) for column in columns if column not in have]
    return missing


def _shims(connection: sqlite3.Connection | None) -> list[str]:
    """SQL making a read-only file (or none) answer every query of this version: an empty
    temp table for each missing table, a temp view with NULL for each missing column."""
    shims = []
    for table, columns in COLUMNS.items():
        have = ({row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
                if connection else set())
        if not have:
            shims.append(f"CREATE TEMP TABLE {table} ({', '.join(columns)})")
        elif any(column not in have for column in columns):
            chosen = ", ".join(column if column in have else f"NULL AS {column}"
                               for column in columns)
            shims.append(f"CREATE TEMP VIEW {table} AS SELECT rowid AS rowid, {chosen} "
                         f"FROM main.{table}")
    return shims


_CANNOT_WRITE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")


def _moved_name(moved: Path | None) -> str:
    return moved.name if moved else Storage.tr("(could not be moved)")


def _damaged(exc: BaseException) -> bool:
    """SQLite cannot read the file as a database at all (the only case it is moved aside)."""
    return isinstance(exc, _Damaged) or _code(exc).startswith(("SQLITE_NOTADB",
                                                               "SQLITE_CORRUPT"))


def _code(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _busy(exc: sqlite3.Error) -> bool:
    code = _code(exc)
    return code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or (
        isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc)
                                                       or "busy" in str(exc)))
