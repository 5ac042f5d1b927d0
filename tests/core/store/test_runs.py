from pathlib import Path

import pytest

from core.store.runs import RunStore, RunStoreError


def test_runs_persist_across_instances() -> None:
    RunStore().add({"name": "first", "history": {"loss": [1.0, 0.5]}})
    runs = RunStore().runs
    assert [r["name"] for r in runs] == ["first"] and runs[0]["history"]["loss"] == [1.0, 0.5]


def test_rename_and_delete() -> None:
    store = RunStore()
    run = store.add({"name": "a"})
    store.rename(run["id"], "  renamed ")
    assert RunStore().get(run["id"])["name"] == "renamed"
    store.delete(run["id"])
    assert RunStore().runs == []


def test_a_damaged_file_is_set_aside_not_deleted() -> None:
    store = RunStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json")
    assert RunStore().runs == []
    assert any(p.name.startswith("runs.damaged-") for p in store.path.parent.iterdir())


def test_failed_save_keeps_earlier_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    store = RunStore()
    store.add({"name": "kept"})
    before = store.path.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("core.store.runs.json.dump", full_disk)
    with pytest.raises(RunStoreError, match="earlier runs are intact"):
        store.add({"name": "lost"})
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in Path(store.path.parent).iterdir()) == ["runs.json"]
