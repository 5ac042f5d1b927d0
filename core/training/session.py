"""The job a training worker runs: `TrainingSession.run(job, reporter, stop_event) -> Run`.

A session keeps what must outlive one training: the loaded MNIST and the Keras model of the
newest run (the one that answers drawings and that Train more continues). Everything else is
decided from the job, which is plain data:

- a fresh job builds the spec's network;
- a job with `parent_run` continues that run's model (the one in memory when it is the
  newest, else its kept file), and the new run starts from a copy of its parent's history;
- a job with `parent_file` continues a model file; its layers and parameter count are read
  from the model itself, its history from the file's metadata.

The run's model is kept in the data folder's runs/ (for Compare and the report), and the
returned `Run` is plain data for the run store and the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core.data.datasets import MnistData
from core.i18n import translate
from core.store.plain import number
from core.training.history import History
from core.training.progress import Reporter
from core.training.run import Run, new_run_id


@dataclass(frozen=True)
class TrainingJob:
    """What to train: plain data the GUI thread hands to the worker."""

    spec: Any  # ModelSpec: layers for a fresh run; training settings always
    data_path: str | None = None
    parent_run: Run | None = None
    parent_file: str = ""
    name: str = ""
    extra: tuple[np.ndarray, np.ndarray] | None = None  # "my drawings" added to training
    keep_dir: str = ""  # where the run's model is kept ("" = the data folder's runs/)


@dataclass
class _Start:
    model: Any = None
    history: History = field(default_factory=History)
    parent: str = ""
    seconds: float = 0.0
    name: str = ""  # a continued model's own name (not the editor's), for its run's spec


class TrainingSession:
    """Trains jobs one after another in one thread; keeps MNIST and the newest model."""

    def __init__(self) -> None:
        self.model: Any = None
        self.model_run_id = ""
        self._data: MnistData | None = None
        self._data_path: str | None = None

    def data(self, path: str | None) -> MnistData:
        """MNIST from `path` (see `datasets.find`), loaded once per path."""
        from core.data import datasets

        if self._data is None or path != self._data_path:
            self._data = datasets.load_mnist(path)
            self._data_path = path
        return self._data

    def warm_up(self, data_path: str | None) -> None:
        """Import TensorFlow, load MNIST and measure this machine's step speed, ahead of the
        first training (each is done once per process). Without MNIST there is nothing to
        load yet: that is no failure (Train says it when clicked), so nothing is raised."""
        from core.data.datasets import DatasetError
        from core.training import pacing
        from core.training.backend import import_keras
        from core.training.train import FUSED_UPDATES

        import_keras()
        for fused in FUSED_UPDATES:
            fused.available()  # each check compiles a small XLA step: not in the first training
        pacing.step_seconds([(784, 32)], 32)
        try:
            data = self.data(data_path)
        except DatasetError:
            return
        from core.model.architectures import PRESETS
        from core.model.network import build_model
        from core.training.train import test_tensors, training_tensors

        model = build_model(PRESETS["assignment-1"].spec, compile_model=False)
        training_tensors(model, data)
        test_tensors(model, data)

    def run(self, job: TrainingJob, reporter: Reporter | None = None,
            stop_event: threading.Event | None = None,
            closing: Callable[[], bool] = lambda: False,
            status: Callable[[str], None] = lambda _: None) -> Run:
        """Train the job; return its Run (with test metrics unless closing or NaN)."""
        from core.model import model_files
        from core.training import train as training
        from core.training.backend import import_keras

        stop_event = stop_event or threading.Event()
        status(translate("TrainingSession", "Loading TensorFlow and MNIST…"))
        import_keras()
        data = self.data(job.data_path)
        start = self._start(job)
        if stop_event.is_set():
            raise InterruptedError(translate("TrainingSession",
                                             "training cancelled before it started"))
        train_data = data if job.extra is None else with_extra(data, *job.extra)
        status(translate("TrainingSession", "Training…"))
        result = training.train(job.spec, train_data, reporter, stop_event, model=start.model,
                                epochs=job.spec.epochs, initial_epoch=len(start.history),
                                start_position=start.history.epochs, evaluate_test=False)
        finite = result.usable
        if not closing() and finite:
            status(translate("TrainingSession", "Evaluating on the test set…"))
            result.test_loss, result.test_accuracy = training.evaluate_test_set(
                result.model, data)
        spec = job.spec.replace(name=start.name) if start.name else job.spec
        run = make_run(result, spec, job.name or spec.name, start.history,
                       start.parent, start.seconds, train_data.fingerprint())
        self.model, self.model_run_id = (result.model, run.id) if finite else (None, "")
        if not closing() and finite:
            keep = Path(job.keep_dir) if job.keep_dir else runs_dir()
            try:
                run.model_file = str(model_files.save_model(
                    result.model, keep / f"{run.id}.keras", run.metadata(),
                    include_optimizer=False))
            except (OSError, ValueError) as exc:
                run.notes.append(translate("TrainingSession",
                                           "the run's model could not be kept: {0}").format(exc))
        return run

    def _start(self, job: TrainingJob) -> _Start:
        """The model to continue (None: build the spec's) and the history it brings."""
        from core.model import model_files

        parent = job.parent_run
        if parent is not None:
            if parent.id == self.model_run_id and self.model is not None:
                model = self.model
            elif parent.model_file:
                model = model_files.load_model(parent.model_file).model
            else:
                raise ValueError(translate("TrainingSession",
                                           "the run “{0}” kept no model to continue")
                                 .format(parent.name))
            return _Start(model, parent.history.copy(), parent.id, parent.seconds,
                          parent.spec.name if parent.spec else parent.layers)
        if job.parent_file:
            loaded = model_files.load_model(job.parent_file)
            return _Start(loaded.model, History.from_dict(loaded.metadata.history),
                          job.parent_file, loaded.metadata.seconds or 0.0,
                          Path(job.parent_file).stem)
        return _Start()


def make_run(result: Any, spec: Any, name: str, history_before: History | None = None,
             parent: str = "", seconds_before: float = 0.0, data: str = "") -> Run:
    """The Run that a `train()` result makes: layers and parameters read from the model
    itself, the history continuing `history_before` (the parent's, copied)."""
    from core.model.network import describe_model

    layers, params, layer_specs = describe_model(result.model)
    history = history_before.copy() if history_before is not None else History()
    history.extend(result.records)
    return Run(name=name, layers=layers, params=params,
               spec=spec.replace(layers=layer_specs) if layer_specs else None,
               optimizer=spec.optimizer, learning_rate=spec.learning_rate,
               batch_size=spec.batch_size, seed=spec.seed, history=history,
               stop_reason=result.stop_reason.value,
               test_accuracy=number(result.test_accuracy),
               test_loss=number(result.test_loss), seconds=seconds_before + result.seconds,
               parent=parent, data=data, notes=list(result.notes), id=new_run_id())


def runs_dir() -> Path:
    """Where a job without `keep_dir` keeps its run's model: the data folder's runs/."""
    from core.store import app_paths

    return app_paths.data_dir() / "runs"


def with_extra(data: MnistData, images: np.ndarray, labels: np.ndarray,
               repeat: int = 20) -> MnistData:
    """MNIST plus extra drawings (repeated so a few dozen matter), put first so that Keras's
    validation split (the last rows) still holds out MNIST only."""
    if not len(images):
        return data
    x = np.concatenate([np.repeat(images, repeat, axis=0), data.x_train])
    y = np.concatenate([np.repeat(labels, repeat), data.y_train])
    return MnistData(x, y, data.x_test, data.y_test, data.source + " + my drawings")
