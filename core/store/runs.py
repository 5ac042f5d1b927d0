"""RunStore: every training becomes a run, kept in `runs.json` in the app's data folder.

A run is plain JSON: name, spec, history, results, timing, why it stopped. Writes go through a
temporary file and an atomic rename, so a crash or full disk never loses earlier runs; a
damaged file is set aside (renamed, never deleted) and an empty list used.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from core.store import app_paths


class RunStoreError(OSError):
    """Runs could not be saved; the earlier file is intact."""


class RunStore:
    """A small list of run records, loaded at start and saved on every change."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else app_paths.data_dir() / "runs.json"
        self.runs: list[dict[str, Any]] = self._read()

    def _read(self) -> list[dict[str, Any]]:
        if not self.path.is_file():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, list) and all(isinstance(r, dict) for r in data):
                return data
            raise ValueError("not a list of runs")
        except (OSError, ValueError):
            broken = self.path.with_name(f"runs.damaged-{int(time.time())}.json")
            try:
                self.path.rename(broken)
            except OSError:
                pass
            return []

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".runs-", suffix=".json", dir=self.path.parent)
        except OSError as exc:
            raise RunStoreError(f"cannot save runs in {self.path.parent} "
                                f"({exc.strerror or exc})") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.runs, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise RunStoreError(f"could not save runs ({exc.strerror or exc}); "
                                f"earlier runs are intact") from None

    def add(self, run: dict[str, Any]) -> dict[str, Any]:
        """Add a run (an id and a creation time are filled in) and save."""
        record = {"id": uuid.uuid4().hex[:12], "created": time.time(), **run}
        self.runs.append(record)
        self.save()
        return record

    def get(self, run_id: str) -> dict[str, Any] | None:
        return next((run for run in self.runs if run.get("id") == run_id), None)

    def rename(self, run_id: str, name: str) -> None:
        run = self.get(run_id)
        if run is not None and name.strip():
            run["name"] = name.strip()
            self.save()

    def delete(self, run_id: str) -> None:
        """Forget a run; its model in the data folder's runs/ goes too (other files stay)."""
        run = self.get(run_id)
        self.runs = [run for run in self.runs if run.get("id") != run_id]
        self.save()
        model_file = Path(str((run or {}).get("model_file") or ""))
        if model_file.name and model_file.parent == self.path.parent / "runs":
            model_file.unlink(missing_ok=True)

    def with_models(self) -> list[dict[str, Any]]:
        """The runs whose model file still exists, newest last."""
        return [run for run in self.runs
                if run.get("model_file") and Path(run["model_file"]).is_file()]
