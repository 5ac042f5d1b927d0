import os
import time
from pathlib import Path

from core.store import app_paths
from core.store.cleanup import remove_stale_temp_files


def _file(path: Path, age: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_stale_temporary_files_of_interrupted_saves_are_removed() -> None:
    data = app_paths.data_dir()
    stale = [_file(data / ".digitlab-runs-1a2b3c4d.json", 120),
             _file(data / ".drawings-abc.npz", 120), _file(data / ".runs-x.json", 120),
             _file(data / "runs" / ".0123456789ab-xyz.keras", 120)]
    assert sorted(remove_stale_temp_files()) == sorted(stale)
    assert not any(p.exists() for p in stale)


def test_young_files_and_other_peoples_files_stay() -> None:
    data = app_paths.data_dir()
    kept = [_file(data / ".digitlab-report-1a2b3c4d.html", 5),  # a save under way
            _file(data / "runs.json", 120), _file(data / ".hidden-note.txt", 120),
            _file(data / "runs" / "0123456789ab.keras", 120)]
    assert remove_stale_temp_files() == []
    assert all(p.exists() for p in kept)
