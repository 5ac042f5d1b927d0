"""Session: the one state the window's views follow.

It holds the model that answers drawings (a `ModelChoice`: the classifier, its name and where
it came from), the current drawing's answer, the MNIST path, and the runs and drawings
stores. Views subscribe to its signals and read the model from it when they draw; none keeps
a copy. The model chosen last is remembered in the settings and answers again at the next
start; another window's or process's new runs and drawings are seen within a second or two
(`ChangeWatch`, polled off the GUI thread).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from core.data.my_drawings import DrawingStore
from core.drawing.answer import NO_INK, Answer, Verdict
from core.model.classifier import NumpyClassifier
from core.model.model_files import load_classifier, read_model_file
from core.store.change_watch import ChangeWatch
from core.tasks import plain
from core.training.model_choice import BUNDLED, FILE, RUN, ModelChoice
from core.training.run_store import RunStore
from gui.task_runner import TaskRunner, said, shared_runner

LAST_MODEL = "model/last"  # the settings key: ModelChoice.key of the model that answered
WATCH_MS = 1000  # how often the database is asked whether another connection changed it


class Session(QObject):
    """The window's state; see the module's docstring. Made bare (no stores, no settings)
    for a view that stands alone, as in tests."""

    model_changed = Signal(object)  # ModelChoice
    answer_changed = Signal(object)  # core.drawing.answer.Answer of the current drawing
    data_path_changed = Signal(object)  # str, or None for "look in the usual places"
    runs_changed = Signal()
    drawings_changed = Signal()
    message = Signal(str, bool)  # one line, is it an error

    def __init__(self, runs: RunStore | None = None, drawings: DrawingStore | None = None,
                 settings: QSettings | None = None, tasks: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs, self.drawings, self._settings = runs, drawings, settings
        self.tasks = tasks or shared_runner()
        self.model = ModelChoice()
        self.answer = Answer(Verdict(NO_INK))
        self.data_path: str | None = None
        self._watch = ChangeWatch(runs.database.path) if runs is not None else None
        self._watching = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look_for_changes)

    # --- the model that answers drawings ----------------------------------------------------

    @property
    def classifier(self) -> NumpyClassifier | None:
        return self.model.classifier

    def choose(self, choice: ModelChoice) -> None:
        """This model answers drawings now; every view follows. A run, a file or the bundled
        model is remembered for the next start (an epoch of a training is not)."""
        self.model = choice
        if self._settings is not None and choice.source in (RUN, FILE, BUNDLED):
            self._settings.setValue(LAST_MODEL, choice.key)
        self.model_changed.emit(choice)

    def restore_model(self) -> None:
        """Answer with the model that answered when the window last closed, read off the GUI
        thread (the bundled one when there was none, or it is gone)."""
        key = self._settings.value(LAST_MODEL, "") if self._settings is not None else ""
        key = key if isinstance(key, str) else ""
        run = self.runs.get(key[4:]) if key.startswith("run:") and self.runs else None
        if run is not None and run.model_file and Path(run.model_file).is_file():
            self.tasks.start(plain(load_classifier), run.model_file, errored=self._no_last,
                             returned=lambda classifier: self.choose(ModelChoice(
                                 classifier, run.name, RUN, run=run, path=run.model_file)))
        elif key.startswith("file:") and Path(key[5:]).is_file():
            self.tasks.start(plain(read_model_file), key[5:], errored=self._no_last,
                             returned=lambda opened: self.choose(ModelChoice(
                                 opened[1], Path(opened[0]).name, FILE, path=opened[0],
                                 metadata=opened[2])))
        else:
            self.use_bundled()

    def use_bundled(self) -> None:
        """Answer with the bundled default model (read off the GUI thread)."""
        self.tasks.start(plain(load_classifier), None,
                         returned=lambda classifier: self.choose(ModelChoice(
                             classifier, self.tr("bundled default model"), BUNDLED)),
                         errored=said(self._no_bundled))

    def _no_last(self, error: BaseException) -> None:
        self.message.emit(self.tr("The model you used last could not be read ({0}); the "
                                  "bundled one answers").format(error), False)
        self.use_bundled()

    def _no_bundled(self, text: str) -> None:
        self.choose(ModelChoice(None, "", BUNDLED))
        self.message.emit(self.tr("No default model: {0}").format(text), True)

    # --- the drawing, the data ---------------------------------------------------------------

    def set_answer(self, answer: Answer) -> None:
        """The current drawing's answer (from the prediction panel); views showing the
        drawing follow it."""
        self.answer = answer
        self.answer_changed.emit(answer)

    def set_data_path(self, path: str | None) -> None:
        self.data_path = path or None
        self.data_path_changed.emit(self.data_path)

    # --- other windows and processes ---------------------------------------------------------

    def watch(self, interval_ms: int = WATCH_MS) -> None:
        """Look for other connections' changes to the database every `interval_ms`."""
        if self._watch is not None:
            self._timer.start(interval_ms)

    def _look_for_changes(self) -> None:
        if self._watching or self._watch is None:
            return
        self._watching = True
        self.tasks.start(plain(_changes), self._watch, self.runs, returned=self._changed,
                         errored=lambda _: self._changed(False))

    def _changed(self, changed: object) -> None:
        self._watching = False
        if changed:
            self.runs_changed.emit()
            self.drawings_changed.emit()

    def close(self) -> None:
        self._timer.stop()
        if self._watch is not None:
            self._watch.close()


def _changes(watch: ChangeWatch, runs: RunStore | None) -> bool:
    """(A task.) Whether the database changed; if so the runs are read again here."""
    if not watch.changed():
        return False
    if runs is not None:
        runs.reload()
    return True
