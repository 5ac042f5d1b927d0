"""RunStore: every training becomes a `Run`, kept in the data folder's database.

Each change is one transaction (`store.database`), so two windows, or the window and the
command line, adding runs at once keep them all, and a crash never loses a saved run. A
`runs.json` from an earlier version is imported once and kept, renamed; a damaged one is set
aside under a unique name. `notices` lists such events in one line each for the window.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.i18n import Context
from core.store.database import Database, DatabaseError
from core.training.run import Run

LEGACY_FILE = "runs.json"

Runs = Context("Runs")  # Runs.tr(…): what the window is told about the runs (see core.i18n)


class RunStoreError(DatabaseError):
    """Runs could not be saved; the earlier ones are intact."""


class RunStore:
    """The runs, oldest first; `runs` is re-read after every change."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 timeout: float = 30.0) -> None:
        self.database = Database(path, read_only=read_only, timeout=timeout)
        self.notices = self.database.notices
        self.runs: list[Run] = []
        try:
            self._import_legacy()
            self.reload()
        except DatabaseError as exc:
            self.notices.append(Runs.tr("runs could not be read: {0}").format(exc))

    @property
    def folder(self) -> Path:
        return self.database.path.parent

    def reload(self) -> list[Run]:
        """Read every run again (another process may have added some); a row that is not a
        run (its record not a JSON object) is left out, kept in the file, and counted in a
        notice."""
        with self.database.connect() as connection:
            rows = connection.execute("SELECT id, record FROM runs ORDER BY created, rowid"
                                      ).fetchall()
        runs = [run for run in (_run(*row) for row in rows) if run is not None]
        skipped = len(rows) - len(runs)
        self.database.keep_notice("runs left out", "" if not skipped else Runs.tr(
            "%n runs in {0} are not well-formed and are left out; the file keeps them", None,
            skipped).format(self.database.path.name))
        self.runs = runs
        return runs

    def _write(self, sql: str, *args: object) -> None:
        try:
            with self.database.connect() as connection:
                connection.execute(sql, args)
        except DatabaseError as exc:
            raise RunStoreError(Runs.tr("could not save runs ({0}); earlier runs are intact")
                                .format(exc)) from None
        self.reload()

    def add(self, run: Run) -> Run:
        """Keep a new run."""
        self._write("INSERT OR REPLACE INTO runs (id, created, record) VALUES (?, ?, ?)",
                    run.id, run.created, json.dumps(run.to_dict()))
        return run

    def get(self, run_id: str) -> Run | None:
        return next((run for run in self.runs if run.id == run_id), None)

    def rename(self, run_id: str, name: str) -> None:
        run = self.get(run_id)
        if run is not None and name.strip():
            run.name = name.strip()
            self._write("UPDATE runs SET record = ? WHERE id = ?", json.dumps(run.to_dict()),
                        run_id)

    def delete(self, run_id: str) -> None:
        """Forget a run; its model in the data folder's runs/ goes too (other files stay)."""
        run = self.get(run_id)
        self._write("DELETE FROM runs WHERE id = ?", run_id)
        model_file = Path(run.model_file) if run and run.model_file else None
        if model_file is not None and model_file.parent == self.runs_dir():
            model_file.unlink(missing_ok=True)

    def with_models(self) -> list[Run]:
        """The runs whose model file still exists, oldest first."""
        return [run for run in self.runs if run.model_file and Path(run.model_file).is_file()]

    def next_name(self, base: str) -> str:
        """"base #N", numbered after the runs kept so far."""
        return f"{base} #{len(self.runs) + 1}"

    def runs_dir(self) -> Path:
        """Where runs' models are kept."""
        return self.folder / "runs"

    def _import_legacy(self) -> None:
        """Import an earlier version's runs.json once (see Database.import_once)."""
        def rows(path: Path) -> list[tuple[object, ...]]:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError(Runs.tr("not a list of runs"))
            runs = [Run.from_dict(item) for item in data if isinstance(item, dict)]
            return [(run.id, run.created, json.dumps(run.to_dict())) for run in runs]

        def imported(count: int) -> str:
            return Runs.tr("%n runs", None, count)

        self.database.import_once(LEGACY_FILE, imported, "INSERT OR IGNORE INTO runs (id, "
                                  "created, record) VALUES (?, ?, ?)", rows)


def _run(run_id: object, record: object) -> Run | None:
    """A stored row as a Run (its id the row's), or None when the record is not a run."""
    if not isinstance(record, str):
        return None
    try:
        data = json.loads(record)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    if isinstance(run_id, str) and run_id:
        data["id"] = run_id
    try:
        return Run.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError):
        return None
