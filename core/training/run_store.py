"""RunStore: every training becomes a `Run`, kept in `runs.json` in the app's data folder.

Writes go through the one atomic write, so a crash or full disk never loses earlier runs. A
damaged file is set aside under a unique name (never deleted, never overwritten) and an
empty list is used; a single run with fields of the wrong type is read with those fields
empty. The window, the lab report and Compare read runs from here and keep no copy.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from core.store import app_paths, atomic
from core.training.run import Run


class RunStoreError(OSError):
    """Runs could not be saved; the earlier file is intact."""


class RunStore:
    """The list of runs, loaded at start and saved on every change."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else app_paths.data_dir() / "runs.json"
        self.set_aside: Path | None = None  # where a damaged file was moved, if one was
        self.runs: list[Run] = self._read()

    def _read(self) -> list[Run]:
        if not self.path.is_file():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError("not a list of runs")
            return [Run.from_dict(item) for item in data if isinstance(item, dict)]
        except (OSError, ValueError, RecursionError):
            self.set_aside = self._set_aside()
            return []

    def _set_aside(self) -> Path | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for attempt in range(1000):
            broken = self.path.with_name(f"runs.damaged-{stamp}" +
                                         (f"-{attempt}" if attempt else "") + ".json")
            if not broken.exists():
                try:
                    self.path.rename(broken)
                    return broken
                except OSError:
                    return None
        return None

    def save(self) -> None:
        text = json.dumps([run.to_dict() for run in self.runs], indent=1)
        try:
            atomic.write_text(self.path, text)
        except OSError as exc:
            raise RunStoreError(f"could not save runs ({exc.strerror or exc}); "
                                f"earlier runs are intact") from None

    def add(self, run: Run) -> Run:
        """Keep a new run and save."""
        self.runs.append(run)
        self.save()
        return run

    def get(self, run_id: str) -> Run | None:
        return next((run for run in self.runs if run.id == run_id), None)

    def rename(self, run_id: str, name: str) -> None:
        run = self.get(run_id)
        if run is not None and name.strip():
            run.name = name.strip()
            self.save()

    def delete(self, run_id: str) -> None:
        """Forget a run; its model in the data folder's runs/ goes too (other files stay)."""
        run = self.get(run_id)
        self.runs = [r for r in self.runs if r.id != run_id]
        self.save()
        model_file = Path(run.model_file) if run and run.model_file else None
        if model_file is not None and model_file.parent == self.path.parent / "runs":
            model_file.unlink(missing_ok=True)

    def with_models(self) -> list[Run]:
        """The runs whose model file still exists, oldest first."""
        return [run for run in self.runs if run.model_file and Path(run.model_file).is_file()]

    def next_name(self, base: str) -> str:
        """"base #N", numbered after the runs kept so far."""
        return f"{base} #{len(self.runs) + 1}"

    @staticmethod
    def runs_dir() -> Path:
        """Where runs' models are kept."""
        return app_paths.data_dir() / "runs"

    def as_dicts(self) -> list[dict[str, Any]]:
        return [run.to_dict() for run in self.runs]
