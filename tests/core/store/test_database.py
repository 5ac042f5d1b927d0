"""The database opens whatever the folder allows: forward migration, read-only, never a
readable file moved aside. Tests run as root, where chmod stops no write: read-only folders
and files are made by `os.access` answering "no", or by `read_only=True`."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from core.store import database
from core.store.database import SCHEMA_VERSION, Database, DatabaseError

ROOT = Path(__file__).resolve().parents[3]
OLD_DRAWINGS = ("CREATE TABLE drawings (id INTEGER PRIMARY KEY, created REAL, label INTEGER, "
                "image BLOB)")


def _file(*statements: str, journal: str = "wal") -> Path:
    """A database made as an earlier (or other) version made it."""
    path = Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA journal_mode={journal}")
        for statement in statements:
            connection.execute(statement)
    return path


def _no_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file and folder answers "not writable", as a chmod 555 does for a user."""
    real = os.access
    monkeypatch.setattr(database.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real(path, mode))


def _version(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def test_a_table_without_a_newer_column_gets_it_and_the_version() -> None:
    path = _file(OLD_DRAWINGS)
    with Database().connect() as connection:
        connection.execute("INSERT INTO drawings (created, label, image, strokes) "
                           "VALUES (1, 2, x'00', '[]')")
    assert _version(path) == SCHEMA_VERSION


def test_a_newer_schema_is_read_but_never_written() -> None:
    path = _file(OLD_DRAWINGS, "PRAGMA user_version = 99")
    db = Database()
    with db.connect() as connection:
        assert connection.execute("SELECT COUNT(*) FROM drawings").fetchone() == (0,)
    with pytest.raises(DatabaseError, match="newer DigitLab"), db.connect() as connection:
        connection.execute("INSERT INTO runs (id, created, record) VALUES ('a', 1, '{}')")
    assert _version(path) == 99 and "read-only" in db.notices[0]


def test_a_read_only_folder_opens_the_file_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(OLD_DRAWINGS, "INSERT INTO drawings VALUES (1, 1, 3, x'00')")
    _no_writes(monkeypatch)
    db = Database()
    with db.connect() as connection:  # the missing columns read as NULL
        assert connection.execute("SELECT label, strokes FROM drawings").fetchall() == [(3, None)]
    assert "is read-only" in db.notices[0] and _version(path) == 0


def test_saving_in_a_read_only_database_says_why_in_one_line() -> None:
    _file()
    with pytest.raises(DatabaseError, match="opened read-only") as error, \
            Database(read_only=True).connect() as connection:
        connection.execute("INSERT INTO facts VALUES ('a', 'b')")
    assert "\n" not in str(error.value)


def test_a_read_only_folder_without_a_file_reads_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_writes(monkeypatch)
    db = Database()
    with db.connect() as connection:
        assert connection.execute("SELECT COUNT(*) FROM drawings").fetchone() == (0,)
    assert not db.path.exists()


def test_a_read_only_file_in_delete_mode_is_not_moved_aside(
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(OLD_DRAWINGS, "INSERT INTO drawings VALUES (1, 1, 3, x'00')", journal="delete")
    monkeypatch.setattr(database.os, "access", lambda p, mode: Path(p) != path)
    with Database().connect() as connection:
        assert connection.execute("SELECT label FROM drawings").fetchall() == [(3,)]
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_readable_file_that_fails_to_open_for_writing_is_read_not_moved(
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(OLD_DRAWINGS, "INSERT INTO drawings VALUES (1, 1, 3, x'00')", journal="delete")

    def refuse(self: Database) -> None:  # what a read-only mount or a foreign lock answers
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Database, "_create", refuse)
    db = Database()
    with db.connect() as connection:
        assert connection.execute("SELECT label FROM drawings").fetchall() == [(3,)]
    assert "cannot be changed" in db.notices[0]
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_held_lock_answers_busy_within_the_timeout() -> None:
    with Database().connect():  # the file made before the lock is taken
        pass
    holder = sqlite3.connect(Database().path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="busy") as error, \
                Database(timeout=0.05).connect() as connection:
            connection.execute("INSERT INTO facts VALUES ('a', 'b')")
        assert error.value.busy
    finally:
        holder.close()


def test_a_row_breaking_a_check_constraint_is_no_damage() -> None:
    with Database().connect() as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("INSERT INTO drawings (created, label, image) VALUES (1, 42, x'00')")
    db = Database()
    with db.connect() as connection:
        assert connection.execute("SELECT label FROM drawings").fetchall() == [(42,)]
    assert db.notices == [] and not db.read_only


READ_AS_USER = r"""
import sys
sys.path[:0] = [sys.argv[1]]
from core.data.my_drawings import DrawingStore
store = DrawingStore(sys.argv[2])
print(int(store.counts().sum()), store.database.read_only != "", flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0
                    or not shutil.which("setpriv"), reason="needs root to act as nobody")
def test_a_wal_file_in_a_chmod_555_folder_is_read_by_a_user() -> None:
    """The real case, as user nobody: no -wal/-shm can be made beside the file."""
    import numpy as np

    from core.data.my_drawings import DrawingStore

    folder = Path(tempfile.mkdtemp())  # /tmp, which nobody can reach (pytest's is 0700)
    try:
        DrawingStore(folder / "d.sqlite3").append(np.zeros((28, 28)), 3)
        folder.chmod(0o555)
        result = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                 sys.executable, "-c", READ_AS_USER, str(ROOT),
                                 str(folder / "d.sqlite3")],
                                capture_output=True, text=True, timeout=120)
        assert result.stdout.split() == ["1", "True"], result.stderr[-2000:]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_wal_file_that_another_connection_removes_meanwhile_is_no_protection(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process closing its last connection deletes the -wal file between our look
    and our question: that is no reason to open read-only."""
    path = database.Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    wal = path.parent / f"{path.name}-wal"
    wal.write_bytes(b"")
    real = os.access

    def vanishing(target: object, mode: int) -> bool:
        if Path(target) == wal and wal.exists():
            wal.unlink()  # the other connection closed just now
            return False
        return real(target, mode)

    monkeypatch.setattr(database.os, "access", vanishing)
    assert database.Database()._unwritable() == ""


def test_a_file_another_process_creates_meanwhile_is_no_protection(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process renames a new database into place between our two looks."""
    path = database.Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    real = os.access

    def appearing(target: object, mode: int) -> bool:
        if Path(target) == path and not path.exists():
            path.write_bytes(b"")  # its rename lands just now
            return False
        return real(target, mode)

    monkeypatch.setattr(database.os, "access", appearing)
    assert database.Database()._unwritable() == ""
