import sqlite3
from pathlib import Path

from core.store.change_watch import ChangeWatch


def test_another_connections_commit_is_seen_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    watch = ChangeWatch(path)
    assert watch.changed() and not watch.changed()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO t VALUES (1)")
    assert watch.changed() and not watch.changed()


def test_a_missing_file_has_not_changed(tmp_path: Path) -> None:
    assert not ChangeWatch(tmp_path / "none.sqlite3").changed()
