"""LabReport: the window's one-click lab report, written in the background.

Picks the models (the ticked runs with a kept model, else the newest two, else the opened
file), then `core.report.report.build_report` evaluates them on the test set and writes the HTML.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.data import datasets
from core.model.model_files import load_classifier
from core.report import report
from core.tasks import plain
from core.training.run import Run
from core.training.run_store import RunStore
from gui.task_runner import TaskHandle, said, shared_runner


def _build(runs: list[Run], table: list[Run], opened: tuple[str, str] | None,
           data_path: str | None, out: str) -> str:
    models = [report.model_from_run(run, load_classifier(run.model_file)) for run in runs]
    if opened is not None:
        models.append(report.model_from_file(opened[0], name=opened[1]))
    try:
        data = datasets.load_mnist(data_path)
    except datasets.DatasetError:
        data = None  # the report says there is no confusion matrix without test data
    return str(report.build_report(models, out, data, runs=table or None))


class LabReport(QObject):
    """One report being written; `finished(path)` or `failed(message)` ends it."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, store: RunStore, ticked: list[Run], data_path: str | None,
                 opened: tuple[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        kept = store.with_models()
        chosen = [run for run in ticked if run in kept] or kept[-2:]
        self._runs = copy.deepcopy(chosen)
        self._table = copy.deepcopy(store.runs)
        self._opened = opened if opened and (len(chosen) < 2) else None
        self._data_path = data_path
        self._task: TaskHandle | None = None

    def models_chosen(self) -> int:
        return len(self._runs) + (1 if self._opened else 0)

    def describe(self) -> str:
        names = [run.name for run in self._runs]
        if self._opened:
            names.append(Path(self._opened[0]).name)
        return ", ".join(names)

    def start(self, out: str) -> None:
        self._task = shared_runner().start(plain(_build), self._runs, self._table,
                                           self._opened, self._data_path, out,
                                           returned=self.finished.emit,
                                           errored=said(self.failed.emit))
