"""TrainingFlow: the training side of the window, from a click on Train to a new run.

It owns the training child process (`core.training.training_process`), whose client runs as
a task on the window's task runner, and wires the model panel, the controls, the curves and
the runs table to it. State lives in core: the run being trained grows a core `History` that the
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
from core.model.model_files import load_classifier
from core.numbers import decimal
from core.store.plain import one_line
from core.tasks import plain
from core.training.history import History, epoch_text, epochs_words
from core.training.model_choice import FILE, LIVE, RUN, ModelChoice
from core.training.progress import (
    BatchProgress,
    Diagnostics,
    EpochRecord,
    Status,
    TrainingStarted,
    stop_reason_text,
)
from core.training.run import Run
from core.training.session import TrainingJob
from core.training.training_process import TrainingProcess
from gui.session import Session
from gui.task_runner import TaskHandle, said
from gui.training.curves import CurvesWidget
from gui.training.model_panel import ModelPanel
from gui.training.runs_panel import RunsPanel
from gui.training.training_controls import TrainingControls


class TrainingFlow(QObject):
    """Train, Stop and Train more; reports the model that answers drawings as it changes."""

    message = Signal(str, bool)  # one line, is it an error
    training_started = Signal(int, int)  # epochs, batches per epoch
    batch_ended = Signal(object)  # BatchProgress
    epoch_ended = Signal(object)  # EpochRecord
    run_finished = Signal(object)  # the new Run
    training_failed = Signal(str)  # one line
    status_changed = Signal(str)
    diagnosed = Signal(object)  # dict: how the training runs here (Diagnostics)
    insight_measured = Signal(object, str)  # an epoch's LayerInsight, "epoch 3"

    def __init__(self, panel: ModelPanel, controls: TrainingControls, curves: CurvesWidget,
                 runs: RunsPanel, session: Session, parent: QObject | None = None,
                 process: TrainingProcess | None = None) -> None:
        super().__init__(parent)
        self.panel, self.controls, self.curves, self.runs = panel, controls, curves, runs
        self.session = session
        self.tasks = session.tasks
        # the child that trains, started at the first job (tests may give one that fakes it)
        self.process = process or TrainingProcess()
        self._handle: TaskHandle | None = None
        self._warming: TaskHandle | None = None
        self._closing = False
        self.extra_source: Callable[[], tuple | None] = lambda: None  # "my drawings" to add
        self.ready: Callable[[], bool] = lambda: True  # e.g. MNIST can be found
        self.unavailable = ""
        self._live: History | None = None
        self._file_history = History()
        self._job: TrainingJob | None = None
        self._first_epoch = 1
        self._by_record = {TrainingStarted: self._started, BatchProgress: self._batch,
                           EpochRecord: self._epoch, Status: self._status,
                           Diagnostics: lambda record: self.diagnosed.emit(record.facts)}
        controls.train_requested.connect(self.start_training)
        controls.stop_requested.connect(self.stop)
        controls.more_requested.connect(self.train_more)
        runs.overlays_changed.connect(curves.set_overlays)
        runs.status_message.connect(lambda text: self.message.emit(text, False))

    # --- what answers drawings (the session's; Train more continues it) ---------------------

    @property
    def data_path(self) -> str | None:
        return self.session.data_path

    @property
    def current_run(self) -> Run | None:
        """The run whose kept model answers drawings, if one does."""
        model = self.session.model
        return model.run if model.source == RUN else None

    @property
    def current_file(self) -> str:
        """The opened model file that answers drawings, or ""."""
        model = self.session.model
        return model.path if model.source == FILE else ""

    def use_file(self, path: str, metadata: ModelMetadata, classifier: NumpyClassifier) -> None:
        """An opened model file answers drawings now: show its own layers and history."""
        self.session.choose(ModelChoice(classifier, Path(path).name, FILE, path=path,
                                        metadata=metadata))
        accuracy = metadata.test_accuracy
        self.controls.result_label.setText(
            self.tr("Opened {0}").format(Path(path).name) if accuracy is None else
            self.tr("Opened {0}: test accuracy {1} %").format(Path(path).name,
                                                              decimal(100 * accuracy, 2)))
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

    def more_epochs(self) -> int:
        """How many epochs Train more adds (the controls' box)."""
        return self.controls.more_epochs.value()

    def continued_run_id(self) -> str:
        """The id of the run the newest training continues ("" for a fresh one or a file)."""
        job = self._job
        return job.parent_run.id if job is not None and job.parent_run is not None else ""

    def can_continue(self) -> bool:
        return self.current_run is not None or bool(self.current_file)

    def is_running(self) -> bool:
        return self._handle is not None and not self._handle.done

    def stop(self) -> None:
        """Ask training to end after the current batch (weights are kept)."""
        if self._handle is not None:
            self._handle.stop()

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
        if self.is_running() or self.unavailable or not self.ready():
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
        self._handle = self.tasks.start(self.process.run, job, stop=self.process.stop_flag,
                                        progressed=self._progress, returned=self._finished,
                                        errored=self._failed)

    def _progress(self, record: object) -> None:
        """One record from the training (the task's progress), to its handler by type."""
        self._by_record[type(record)](record)  # type: ignore[operator]

    def _started(self, started: TrainingStarted) -> None:
        first = len(self._live) + 1 if self._live is not None else 1
        self.controls.started(started.epochs, started.batches, first)
        self.training_started.emit(started.epochs, started.batches)

    def _status(self, status: Status) -> None:
        self.status_changed.emit(status.text)
        self.message.emit(status.text, False)

    def _batch(self, progress: BatchProgress) -> None:
        self.curves.add_batch(progress)
        self.controls.show_batch(progress)
        self.batch_ended.emit(progress)

    def _epoch(self, record: EpochRecord) -> None:
        self.epoch_ended.emit(record)
        if self._live is not None:
            self._live.add(record)
            self.curves.show_history(self._live)
        self.controls.show_epoch(record)
        if record.classifier is not None and self._job is not None:
            self.session.choose(ModelChoice(record.classifier, self.tr("{0} (epoch {1})").format(
                self._job.name, epoch_text(record.position)), LIVE, run=self._job.parent_run))
        if record.insight is not None:
            self.insight_measured.emit(record.insight,
                                       self.tr("epoch {0}").format(epoch_text(record.position)))

    def _finished(self, run: Run) -> None:
        self.controls.set_running(False, can_continue=True)
        self.panel.set_locked(False)
        self.curves.show_history(run.history)
        self.curves.mark_stop(run.stop_reason, self._first_epoch)
        self._answer_with(run)
        test = ("" if run.test_accuracy is None else self.tr(
            "test accuracy {0} % (loss {1}), ").format(decimal(100 * run.test_accuracy, 2),
                                                      decimal(run.test_loss, 4)))
        notes = "".join(self.tr(" Note: {0}.").format(note) for note in run.notes)
        reason = stop_reason_text(run.stop_reason)
        self.controls.finished(self.tr("Finished: {0}{1} in {2} s — {3}.{4}").format(
            test, epochs_words(run.history.epochs), f"{run.seconds:.0f}", reason, notes))
        self.runs.add_run(run)
        self.message.emit(self.tr("Training {0}").format(reason), False)
        self.run_finished.emit(run)

    def _answer_with(self, run: Run) -> None:
        """The finished run answers drawings: at once with its last epoch's weights, then
        with its kept model (EarlyStopping or keep-best may have restored an earlier epoch's;
        Train more continues those), read off the GUI thread."""
        name = self.tr("{0}, {1}").format(run.name, epochs_words(run.history.epochs))
        self.session.choose(ModelChoice(self.session.classifier, name, RUN, run=run,
                                        path=run.model_file))
        if run.model_file:
            self.tasks.start(plain(load_classifier), run.model_file, receiver=self,
                             returned=lambda classifier: self._kept_model_read(run, name,
                                                                               classifier),
                             errored=said(lambda text: self.message.emit(self.tr(
                                 "The run's model could not be read back: {0}").format(text),
                                 True)))

    def _kept_model_read(self, run: Run, name: str, classifier: NumpyClassifier) -> None:
        if self.session.model.run is run:  # nothing else was chosen meanwhile
            self.session.choose(ModelChoice(classifier, name, RUN, run=run,
                                            path=run.model_file))

    def _failed(self, error: BaseException) -> None:
        if self._closing:
            return
        message = (self.tr("out of memory: try fewer or smaller layers, or a smaller batch "
                           "size") if isinstance(error, MemoryError) else one_line(error, 400))
        self.training_failed.emit(message)
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
        """Get TensorFlow and MNIST ready in the training process while the student draws."""
        if not self.unavailable and not self.is_running() and self._warming is None:
            self._warming = self.tasks.start(
                self.process.warm_up, self.data_path, self.panel.spec().batch_size,
                returned=lambda _: self.status_changed.emit(
                    self.tr("TensorFlow is ready to train")),
                errored=lambda _: None)  # a missing MNIST is said when Train is clicked

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Stop training and end the training process (at most `timeout_ms` for it to end);
        True when nothing was left running."""
        self._closing = True  # the reader then sees the child go: not a failure to show
        self.process.close(timeout_ms / 1000)
        return self.process.pid is None
