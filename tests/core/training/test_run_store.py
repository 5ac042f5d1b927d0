import os
import stat
from pathlib import Path

import pytest

from core.training.history import History
from core.training.run import Run
from core.training.run_store import RunStore, RunStoreError


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


def test_a_damaged_file_is_set_aside_not_deleted() -> None:
    store = RunStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json")
    reread = RunStore()
    assert reread.runs == [] and reread.set_aside is not None
    assert reread.set_aside.read_text() == "{not json"


def test_fields_of_the_wrong_type_are_read_empty() -> None:
    store = RunStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('[{"id": "a", "name": "x", "params": "many", "model_file": 123, '
                          '"test_accuracy": "high", "seconds": "5", "learning_rate": null}]')
    run = RunStore().runs[0]
    assert (run.params, run.model_file, run.test_accuracy, run.seconds,
            run.learning_rate) == (0, "", None, 0.0, None)


def test_failed_save_keeps_earlier_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    store = RunStore()
    store.add(_run("kept"))
    before = store.path.read_bytes()

    def full_disk(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    with pytest.raises(RunStoreError, match="earlier runs are intact"):
        store.add(_run("lost"))
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in Path(store.path.parent).iterdir()) == ["runs.json"]


def test_saved_files_follow_the_umask_not_0600() -> None:
    old = os.umask(0o022)
    try:
        store = RunStore()
        store.add(_run("shared"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o644
