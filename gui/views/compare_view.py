"""CompareView: two models side by side, both answering the current drawing at once.

Each side picks the current model, a bundled model, a run from the runs table (its kept
model) or a `.keras` file; each shows the 28×28 input, its answer and its probability bars.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.drawing.answer import NO_INK, Answer, Verdict, agreement, answer
from core.model import model_files
from core.model.classifier import NumpyClassifier, default_model_path
from core.model.model_files import load_classifier
from core.numbers import decimal, integer
from core.tasks import plain
from core.training.model_choice import ModelChoice
from core.training.run import Run
from gui.drawing.answer_view import AnswerView
from gui.drawing.pixel_view import PixelView
from gui.drawing.probability_bars import ProbabilityBars
from gui.elided_combo import ElidedComboBox
from gui.labels import plain_label, rich_label
from gui.session import Session
from gui.task_runner import said
from gui.views.lazy_view import LazyView

CURRENT = ("current", "")


def bundled_models() -> list[tuple[str, Path]]:
    """(label, path) of the models shipped in resources/models."""
    folder = default_model_path().parent
    bundled = QCoreApplication.translate("CompareView", "bundled: {0}")
    found = [(bundled.format(QCoreApplication.translate("CompareView", "default")),
              default_model_path())]
    found += [(bundled.format(p.stem), p) for p in sorted((folder / "presets").glob("*.keras"))]
    return [(label, path) for label, path in found if path.is_file()]


class _Side(QGroupBox):
    """One model: a chooser, a caption, the input, the answer and the bars."""

    choice_changed = Signal()

    def __init__(self, title: str, owner: CompareView) -> None:
        super().__init__(title)  # "A" or "B"
        self._owner = owner
        self.classifier: NumpyClassifier | None = None
        self.probabilities: np.ndarray | None = None
        self.result = Answer(Verdict(NO_INK))  # core's answer to the current drawing
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.chooser = ElidedComboBox()
        self.chooser.setAccessibleName(f"Model {title}")
        self.chooser.setMinimumContentsLength(12)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.currentIndexChanged.connect(self._chosen)
        row.addWidget(self.chooser, 1)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Compare with a .keras file"))
        self.open_button.clicked.connect(self._open_file)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.caption = plain_label()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        middle = QHBoxLayout()
        self.input_view = PixelView(self.tr("input 28×28"))
        self.input_view.setMinimumSize(100, 100)
        middle.addWidget(self.input_view, 1)
        self.answer = AnswerView(36)
        middle.addWidget(self.answer, 1)
        layout.addLayout(middle, 2)
        self.bars = ProbabilityBars()
        layout.addWidget(self.bars, 2)

    def fill(self, entries: list[tuple[str, tuple[str, str]]], keep: tuple[str, str]) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for label, key in entries:
            self.chooser.addItem(label, key)
        keys = [key for _, key in entries]
        self.chooser.setCurrentIndex(keys.index(keep) if keep in keys else 0)
        self.chooser.blockSignals(False)
        self._chosen()

    def key(self) -> tuple[str, str]:
        data = self.chooser.currentData()
        return tuple(data) if data else CURRENT  # type: ignore[return-value]

    def choose(self, key: tuple[str, str]) -> bool:
        for index in range(self.chooser.count()):
            if tuple(self.chooser.itemData(index)) == key:
                self.chooser.setCurrentIndex(index)
                return True
        return False

    def _chosen(self) -> None:
        self.resolved()

    def resolved(self) -> None:
        """Take the chosen entry's model (the owner reads it first if needed)."""
        self.classifier, caption = self._owner.resolve(self.key())
        self.caption.setText(caption)
        self.choice_changed.emit()

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Compare with a model"), "",
                                              self.tr("Keras models ({0})").format("*.keras *.h5"))
        if path:
            self._owner.add_file(path, side=self)

    def show_input(self, image: np.ndarray | None) -> None:
        self.input_view.set_image(image)
        self.probabilities, self.result = None, Answer(Verdict(NO_INK))
        if image is None or self.classifier is None:
            self.answer.show_message(*(("–", self.tr("Draw a digit")) if image is None
                                       else ("?", self.tr("No model chosen"))))
            self.bars.set_probabilities(None)
            return
        self.result = answer(self.classifier, image)  # with the digit check, as the panel
        self.probabilities = self.result.probabilities
        self.answer.show_answer(self.result)
        self.bars.set_probabilities(self.probabilities)


class CompareView(LazyView):
    """Two models answering the same drawing (computed only while the tab is showing).

    "The current model" is the session's; the others are read off the GUI thread the first
    time a side picks them, and kept."""

    status_message = Signal(str)

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session or Session(parent=self)
        self.session.model_changed.connect(lambda _: self._current_changed())
        self._runs: list[Run] = []
        self._files: list[str] = []
        self._cache: dict[str, NumpyClassifier] = {}
        self._loading: set[str] = set()
        self._input: np.ndarray | None = None
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Pick two models; both answer the drawing on the canvas at "
                                    "once. Runs appear here when their training ends."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.sides = (_Side("A", self), _Side("B", self))
        for side in self.sides:
            side.choice_changed.connect(lambda s=side: self._show(s))
            row.addWidget(side, 1)
        layout.addLayout(row, 1)
        self.agreement = rich_label("")
        self.agreement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.agreement)
        bundled = {path.stem: path for _, path in bundled_models()}
        self._refill(keep=[("file", str(bundled.get("assignment-1", ""))),
                           ("file", str(bundled.get("assignment-2", "")))])

    # --- sources ---------------------------------------------------------------------------------

    def _current_label(self) -> str:
        return self.tr("current model ({0})").format(self.session.model.name or self.tr("none"))

    def _entries(self) -> list[tuple[str, tuple[str, str]]]:
        entries = [(self._current_label(), CURRENT)]
        entries += [(self.tr("run: {0} ({1})").format(run.name, run.layers),
                     ("run", run.model_file)) for run in self._runs]
        entries += [(label, ("file", str(path))) for label, path in bundled_models()]
        entries += [(self.tr("file: {0}").format(Path(p).name), ("file", p)) for p in self._files]
        return entries

    def _refill(self, keep: list[tuple[str, str]] | None = None) -> None:
        keep = keep or [side.key() for side in self.sides]
        entries = self._entries()
        for side, key in zip(self.sides, keep, strict=True):
            side.fill(entries, key)

    def resolve(self, key: tuple[str, str]) -> tuple[NumpyClassifier | None, str]:
        """The classifier behind a chooser entry and a one-line caption; a model not read
        yet is read off the GUI thread (None and "Reading…" until it is)."""
        kind, value = key
        if kind == "current":
            model = self.session.model
            return model.classifier, (self.tr("The model answering on the right: {0}").format(
                model.name) if model.classifier else self.tr("No current model"))
        if value not in self._cache:
            self._read(value)
            return None, self.tr("Reading {0}…").format(Path(value).name)
        classifier = self._cache[value]
        accuracy = model_files.read_metadata(value).test_accuracy
        layers = "-".join(map(str, classifier.hidden_sizes)) or self.tr("no hidden layer")
        return classifier, (self.tr("{0}, {1} parameters").format(
            layers, integer(classifier.param_count)) + (self.tr(", test accuracy {0} %").format(
                decimal(100 * accuracy, 2)) if accuracy is not None else ""))

    def _read(self, path: str, side: _Side | None = None) -> None:
        if path in self._loading:
            return
        self._loading.add(path)
        self.session.tasks.start(plain(load_classifier), path, receiver=self,
                                 returned=lambda classifier: self._read_done(path, classifier,
                                                                             side),
                                 errored=said(lambda text: self._read_failed(path, text)))

    def _read_done(self, path: str, classifier: NumpyClassifier, side: _Side | None) -> None:
        self._loading.discard(path)
        self._cache[path] = classifier
        if path not in self._files and side is not None:
            self._files.append(path)
            self._refill()
            side.choose(("file", path))
        for each in self.sides:
            if each.key()[1] == path:
                each.resolved()

    def _read_failed(self, path: str, text: str) -> None:
        self._loading.discard(path)
        self.status_message.emit(text)
        for side in self.sides:
            if side.key()[1] == path:
                side.caption.setText(self.tr("Cannot use this model: {0}").format(text))

    def _current_changed(self) -> None:
        """The session's model changed (each epoch while training)."""
        for side in self.sides:
            side.chooser.setItemText(0, self._current_label())
            if side.key() == CURRENT:
                side.resolved()
        self.refresh()

    def set_current(self, classifier: NumpyClassifier | None, name: str) -> None:
        """Let this model answer (the session chooses it; "current model" follows)."""
        self.session.choose(ModelChoice(classifier, name))

    def set_runs(self, runs: list[Run]) -> None:
        """Runs whose model was kept (`model_file`)."""
        self._runs = [run for run in runs if run.model_file]
        self._cache = {k: v for k, v in self._cache.items() if Path(k).is_file()}
        self._refill()

    def add_file(self, path: str, side: _Side | None = None) -> None:
        """Offer a model file on both sides (and pick it on `side`) once it is read."""
        if path in self._cache:
            self._read_done(path, self._cache[path], side)
        else:
            self._read(path, side)

    def set_input(self, image: np.ndarray | None) -> None:
        self._input = image
        self.refresh()

    def _show(self, side: _Side) -> None:
        self.refresh()

    def _redraw(self) -> None:
        for side in self.sides:
            side.show_input(self._input)
        self._compare()

    def _compare(self) -> None:
        """One line: do the two models agree on the current drawing?"""
        answers = [side.probabilities for side in self.sides]
        if self._input is None or any(p is None for p in answers):
            self.agreement.setText("")
            return
        a, b = (side.result.verdict for side in self.sides)
        kind, digit = agreement(*(side.result for side in self.sides))
        if kind == "same":
            self.agreement.setText(self.tr("Both answer <b>{0}</b> (A: {1}; B: {2})").format(
                digit, a.detail, b.detail))
        elif kind == "not a digit":
            self.agreement.setText(self.tr("Neither sees a digit: {0}").format(a.text))
        else:
            self.agreement.setText(self.tr("<b>They disagree</b>: A says {0}, B says {1}").format(
                a.text, b.text))

    def answers(self) -> list[int | None]:
        """Each side's answer for the current drawing (None: no drawing or no model)."""
        return [None if side.probabilities is None else int(np.argmax(side.probabilities))
                for side in self.sides]
