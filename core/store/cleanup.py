"""Start-up clean-up: temporary files left by saves that a crash or kill -9 interrupted.

Only DigitLab's own name patterns, only in DigitLab's own folders, and only files older
than a minute (a save of another DigitLab running right now is younger than that).
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Iterable
from pathlib import Path

from core.store import app_paths
from core.store.atomic import TEMP_PREFIX

# the one atomic write's names, and those of earlier versions' own temporary files
PATTERNS = (f"{TEMP_PREFIX}*", ".runs-*.json", ".drawings-*.npz", ".mnist-*.npz",
            ".report-*.html")
RUN_MODEL_PATTERN = ".????????????-*.keras"  # earlier versions' temporary run models
STALE_SECONDS = 60.0


def own_folders() -> list[Path]:
    """The folders DigitLab writes its own files to."""
    data = app_paths.data_dir()
    return [data, data / "runs", data / "datasets"]


def remove_stale_temp_files(folders: Iterable[Path] | None = None,
                            older_than: float = STALE_SECONDS) -> list[Path]:
    """Delete interrupted saves' temporary files; return what was removed."""
    removed = []
    now = time.time()
    for folder in own_folders() if folders is None else folders:
        if not folder.is_dir():
            continue
        patterns = PATTERNS + ((RUN_MODEL_PATTERN,) if folder.name == "runs" else ())
        for path in folder.iterdir():
            if not any(fnmatch.fnmatchcase(path.name, p) for p in patterns):
                continue
            try:
                if path.is_file() and now - path.stat().st_mtime > older_than:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # another process's file, or gone already
    return removed
