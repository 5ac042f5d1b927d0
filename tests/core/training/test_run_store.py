import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core.store.database import Database
from core.training.history import History
from core.training.run import Run
from core.training.run_store import RunStore, RunStoreError

ROOT = Path(__file__).resolve().parents[3]


def _run(name: str, losses: tuple[float, ...] = (1.0, 0.5)) -> Run:
    history = History.from_dict({"loss": list(losses)})
    return Run(name=name, layers="32-16", params=25818, history=history)


def test_runs_persist_across_instances() -> None:
    RunStore().add(_run("first"))
    runs = RunStore().runs
    assert [r.name for r in runs] == ["first"] and runs[0].history.loss == [1.0, 0.5]


def test_rename_and_delete() -> None:
    store = RunStore()
    run = store.add(_run("a"))
    store.rename(run.id, "  renamed ")
    assert RunStore().get(run.id).name == "renamed"
    store.delete(run.id)
    assert RunStore().runs == []


def test_a_damaged_database_is_set_aside_and_a_new_one_started() -> None:
    path = Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    store = RunStore()
    assert store.runs == [] and "moved to" in store.notices[0]
    aside = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    store.add(_run("fresh"))
    assert [r.name for r in RunStore().runs] == ["fresh"]


def test_an_earlier_runs_json_is_imported_once_and_kept() -> None:
    folder = Database().path.parent
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "runs.json").write_text(json.dumps([_run("old").to_dict()]))
    assert [r.name for r in RunStore().runs] == ["old"]
    assert [r.name for r in RunStore().runs] == ["old"]  # not imported twice
    assert any(p.name.startswith("runs.imported-") for p in folder.iterdir())


def test_runs_json_damaged_twice_in_one_second_keeps_both_copies() -> None:
    folder = Database().path.parent
    folder.mkdir(parents=True, exist_ok=True)
    for text in ("{first damage", "{second damage"):
        (folder / "runs.json").write_text(text)
        RunStore()
    kept = sorted(p.read_text() for p in folder.iterdir() if p.name.startswith("runs.damaged"))
    assert kept == ["{first damage", "{second damage"]


def test_fields_of_the_wrong_type_are_read_empty() -> None:
    folder = Database().path.parent
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "runs.json").write_text(
        '[{"id": "a", "name": "x", "params": "many", "model_file": 123, '
        '"test_accuracy": "high", "seconds": "5", "learning_rate": null}]')
    run = RunStore().runs[0]
    assert (run.params, run.model_file, run.test_accuracy, run.seconds,
            run.learning_rate) == (0, "", None, 0.0, None)


def test_a_full_disk_keeps_earlier_runs_and_says_so() -> None:
    store = RunStore()
    store.add(_run("kept"))
    store.database.pragmas.append("PRAGMA max_page_count = 1")  # SQLite's own "disk full"
    with pytest.raises(RunStoreError, match="earlier runs are intact"):
        store.add(_run("lost", losses=tuple(range(5000))))
    assert [r.name for r in RunStore().runs] == ["kept"]


ADD_RUNS = r"""
import sys
sys.path[:0] = [sys.argv[1]]
from core.training.run import Run
from core.training.run_store import RunStore
store = RunStore()
for i in range(int(sys.argv[2])):
    store.add(Run(name=f"{sys.argv[3]}-{i}", layers="8", params=1))
"""


def test_two_processes_adding_runs_keep_all_of_them() -> None:
    children = [subprocess.Popen([sys.executable, "-c", ADD_RUNS, str(ROOT), "100", tag])
                for tag in ("a", "b")]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    assert len(RunStore().runs) == 200


def test_saved_files_follow_the_umask_not_0600() -> None:
    old = os.umask(0o022)
    try:
        store = RunStore()
        store.add(_run("shared"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.database.path.stat().st_mode) == 0o644


def test_rows_that_are_not_runs_are_left_out_and_counted() -> None:
    import sqlite3

    RunStore().add(_run("kept"))
    with sqlite3.connect(Database().path) as connection:
        connection.executemany("INSERT INTO runs (id, created, record) VALUES (?, 1, ?)",
                               [("a", "[1, 2]"), ("b", "{not json"), ("c", "[" * 100_000)])
    store = RunStore()
    assert [r.name for r in store.runs] == ["kept"]
    assert store.notices == ["3 runs in digitlab.sqlite3 are not well-formed and are left out; "
                             "the file keeps them"]


def test_a_read_only_store_lists_runs_and_refuses_changes() -> None:
    RunStore().add(_run("kept"))
    store = RunStore(read_only=True)
    with pytest.raises(RunStoreError, match="read-only"):
        store.add(_run("new"))
    assert [r.name for r in store.runs] == ["kept"] and "read-only" in store.notices[0]
