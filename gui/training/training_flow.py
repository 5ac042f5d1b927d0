"""TrainingFlow: the training side of the window, from a click on Train to a new run.

It owns the training thread and wires the model panel, the controls, the curves and the runs
table to it. State lives in core: the run being trained grows a core `History` that the
curves read, the finished `Run` goes to the `RunStore`, and the flow only remembers what
answers drawings now (a run or a model file), because Train more continues exactly that.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from core.model.architectures import ModelSpec, SpecError
from core.model.classifier import NumpyClassifier
from core.model.metadata import ModelMetadata
from core.training.history import History
from core.training.progress import BatchProgress, EpochRecord, stop_reason_text
from core.training.run import Run
from core.training.session import TrainingJob
from gui.training.curves import CurvesWidget
from gui.training.model_panel import ModelPanel
from gui.training.runs_panel import RunsPanel
from gui.training.training_controls import TrainingControls
from gui.training.training_worker import TrainingThread


class TrainingFlow(QObject):
    """Train, Stop and Train more; reports the model that answers drawings as it changes."""

    model_changed = Signal(object, str, bool)  # NumpyClassifier, name, from a live epoch
    message = Signal(str, bool)  # one line, is it an error
    run_finished = Signal(object)  # the new Run
    insight_measured = Signal(object, str)  # an epoch's LayerInsight, "epoch 3"

    def __init__(self, panel: ModelPanel, controls: TrainingControls, curves: CurvesWidget,
                 runs: RunsPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel, self.controls, self.curves, self.runs = panel, controls, curves, runs
        self.thread = TrainingThread(self)
        self.data_path: str | None = None
        self.extra_source: Callable[[], tuple | None] = lambda: None  # "my drawings" to add
        self.ready: Callable[[], bool] = lambda: True  # e.g. MNIST can be found
        self.unavailable = ""
        self.current_run: Run | None = None  # the run whose model answers drawings, or
        self.current_file = ""  # the model file that does
        self._live: History | None = None
        self._file_history = History()
        self._job: TrainingJob | None = None
        self._first_epoch = 1
        worker = self.thread.worker
        worker.training_started.connect(self._started)
        worker.batch_ended.connect(self._batch)
        worker.epoch_ended.connect(self._epoch)
        worker.run_finished.connect(self._finished)
        worker.training_failed.connect(self._failed)
        worker.status_changed.connect(lambda text: self.message.emit(text, False))
        controls.train_requested.connect(self.start_training)
        controls.stop_requested.connect(self.thread.stop)
        controls.more_requested.connect(self.train_more)
        runs.overlays_changed.connect(curves.set_overlays)
        runs.status_message.connect(lambda text: self.message.emit(text, False))

    # --- what answers drawings ------------------------------------------------------------

    def use_file(self, path: str, metadata: ModelMetadata, classifier: NumpyClassifier) -> None:
        """An opened model file answers drawings now: show its own layers and history."""
        self.current_file, self.current_run = path, None
        self._file_history = History.from_dict(metadata.history)
        self.curves.clear()
        self.curves.show_history(self._file_history, with_training=True)
        spec = None
        if metadata.spec:
            try:
                spec = ModelSpec.from_dict(metadata.spec)
            except SpecError as exc:  # a damaged or hostile file: its weights still answer
                self.message.emit(self.tr("{0}: its training settings were not used ({1})")
                                  .format(Path(path).name, exc), True)
        if spec is not None and spec.param_count() == classifier.param_count:
            self.panel.set_spec(spec)
        else:
            self.panel.show_model_summary(classifier.summary_rows(), Path(path).name)
        self.controls.set_running(False, can_continue=True)

    def shown(self) -> tuple[str, History, str | None]:
        """(name, history, stop reason) of the run or file the curves show."""
        if self.current_run is not None and self.curves.history() is self.current_run.history:
            run = self.current_run
            return run.name, run.history, run.stop_reason
        if self.current_file and self.curves.history() is self._file_history:
            return Path(self.current_file).name, self._file_history, None
        name = self._job.name if self._job is not None else self.tr("training")
        return name, self.curves.history(), None

    def can_continue(self) -> bool:
        return self.current_run is not None or bool(self.current_file)

    def is_running(self) -> bool:
        return self.thread.is_running()

    # --- training -------------------------------------------------------------------------

    @Slot()
    def start_training(self) -> None:
        spec = self.panel.spec()
        self._start(TrainingJob(spec, self.data_path, name=self.runs.store().next_name(
            spec.name)), fresh=True)

    @Slot(int)
    def train_more(self, epochs: int,
                   extra: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Continue the model that answers drawings, as a new run; `extra` images and labels
        are added to MNIST (else those of `extra_source`, "my drawings" when ticked)."""
        spec = self.panel.spec().replace(epochs=epochs)
        parent = self.current_run
        if parent is None and not self.current_file:
            self.message.emit(self.tr("Train a model (or open one) first"), False)
            return
        if parent is not None:
            base, source = (parent.spec.name if parent.spec else parent.layers), parent.name
        else:
            base, source = Path(self.current_file).stem, Path(self.current_file).name
        name = self.tr("{0} (continued from {1})").format(self.runs.store().next_name(base),
                                                         source)
        self._start(TrainingJob(spec, self.data_path, parent_run=parent,
                                parent_file="" if parent else self.current_file, name=name),
                    fresh=False, extra=extra)

    def _start(self, job: TrainingJob, fresh: bool,
               extra: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        if self.thread.is_running() or self.unavailable or not self.ready():
            return
        try:
            job.spec.validate()  # e.g. over the parameter cap: one line, nothing started
        except SpecError as exc:
            self.message.emit(self.tr("Cannot train this network: {0}").format(exc), True)
            return
        job = dataclasses.replace(job, extra=extra if extra is not None else self.extra_source())
        self._job = job
        shown = self.curves.history()
        keep = not fresh and job.parent_run is not None and job.parent_run.history is shown
        if job.parent_run is not None:
            self._live = job.parent_run.history.copy()
        else:
            self._live = self._file_history.copy() if job.parent_file else History()
        if not keep:
            self.curves.clear()
        self.curves.show_history(self._live, with_training=not fresh and not keep)
        self._first_epoch = len(self._live) + 1  # where this run's own epochs begin
        self.controls.set_running(True)
        self.panel.set_locked(True)
        self.thread.start(job)

    def _started(self, epochs: int, batches: int) -> None:
        first = len(self._live) + 1 if self._live is not None else 1
        self.controls.started(epochs, batches, first)

    def _batch(self, progress: BatchProgress) -> None:
        self.curves.add_batch(progress)
        self.controls.show_batch(progress)

    def _epoch(self, record: EpochRecord) -> None:
        if self._live is not None:
            self._live.add(record)
            self.curves.show_history(self._live)
        self.controls.show_epoch(record)
        if record.classifier is not None and self._job is not None:
            self.model_changed.emit(record.classifier, self.tr("{0} (epoch {1})").format(
                self._job.name, f"{record.position:g}"), True)
        if record.insight is not None:
            self.insight_measured.emit(record.insight,
                                       self.tr("epoch {0}").format(f"{record.position:g}"))

    def _finished(self, run: Run) -> None:
        self.controls.set_running(False, can_continue=True)
        self.panel.set_locked(False)
        self.curves.show_history(run.history)
        self.curves.mark_stop(run.stop_reason, self._first_epoch)
        self.current_run, self.current_file = run, ""
        test = ("" if run.test_accuracy is None else self.tr(
            "test accuracy {0} % (loss {1}), ").format(f"{100 * run.test_accuracy:.2f}",
                                                      f"{run.test_loss:.4f}"))
        notes = "".join(self.tr(" Note: {0}.").format(note) for note in run.notes)
        reason = stop_reason_text(run.stop_reason)
        self.controls.finished(self.tr("Finished: {0}{1} epochs in {2} s — {3}.{4}").format(
            test, run.history.epochs_text, f"{run.seconds:.0f}", reason, notes))
        self.runs.add_run(run)
        self.message.emit(self.tr("Training {0}").format(reason), False)
        self.run_finished.emit(run)

    def _failed(self, message: str) -> None:
        self.controls.set_running(False, can_continue=self.can_continue())
        self.panel.set_locked(False)
        self.controls.failed(message)
        self.message.emit(self.tr("Training failed: {0}").format(message), True)

    def set_unavailable(self, reason: str) -> None:
        """Disable training with `reason` when TensorFlow cannot run here."""
        self.unavailable = reason
        self.controls.set_training_available(False, self.tr(
            "Training is unavailable on this machine: {0}. Drawing and predicting with the "
            "bundled models still work.").format(reason))

    def warm_up(self) -> None:
        """Get TensorFlow and MNIST ready in the worker thread while the student draws."""
        if not self.unavailable and not self.thread.is_running():
            self.thread.warm_up(self.data_path)

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        return self.thread.shutdown(timeout_ms)
