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
from core.training.run import Run
from gui.drawing.answer_view import AnswerView
from gui.drawing.pixel_view import PixelView
from gui.drawing.probability_bars import ProbabilityBars
from gui.labels import plain_label, rich_label
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
        self.chooser = QComboBox()
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
    """Two models answering the same drawing (computed only while the tab is showing)."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: NumpyClassifier | None = None
        self._current_name = ""
        self._runs: list[Run] = []
        self._files: list[str] = []
        self._cache: dict[str, NumpyClassifier] = {}
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
        self.agreement.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.agreement)
        bundled = {path.stem: path for _, path in bundled_models()}
        self._refill(keep=[("file", str(bundled.get("assignment-1", ""))),
                           ("file", str(bundled.get("assignment-2", "")))])

    # --- sources ---------------------------------------------------------------------------------

    def _entries(self) -> list[tuple[str, tuple[str, str]]]:
        name = self._current_name or self.tr("none")
        entries = [(self.tr("current model ({0})").format(name), CURRENT)]
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
        """The classifier behind a chooser entry and a one-line caption."""
        kind, value = key
        if kind == "current":
            return self._current, (self.tr("The model answering on the right: {0}").format(
                self._current_name) if self._current else self.tr("No current model"))
        if value not in self._cache:
            try:
                self._cache[value] = load_classifier(value)
            except (OSError, ValueError) as exc:
                self.status_message.emit(str(exc))
                return None, self.tr("Cannot use this model: {0}").format(exc)
        classifier = self._cache[value]
        accuracy = model_files.read_metadata(value).test_accuracy
        layers = "-".join(map(str, classifier.hidden_sizes)) or self.tr("no hidden layer")
        return classifier, (self.tr("{0}, {1} parameters").format(
            layers, f"{classifier.param_count:,}") + (self.tr(", test accuracy {0} %").format(
                f"{100 * accuracy:.2f}") if accuracy is not None else ""))

    def set_current(self, classifier: NumpyClassifier | None, name: str) -> None:
        """The model the prediction panel uses now (changes each epoch while training)."""
        self._current, self._current_name = classifier, name
        label = self.tr("current model ({0})").format(name or self.tr("none"))
        for side in self.sides:
            side.chooser.setItemText(0, label)
            if side.key() == CURRENT:
                side.classifier = classifier
                side.caption.setText(self.tr("The model answering on the right: {0}").format(name))
        self.refresh()

    def set_runs(self, runs: list[Run]) -> None:
        """Runs whose model was kept (`model_file`)."""
        self._runs = [run for run in runs if run.model_file]
        self._cache = {k: v for k, v in self._cache.items() if Path(k).is_file()}
        self._refill()

    def add_file(self, path: str, side: _Side | None = None) -> bool:
        """Offer a model file on both sides (and pick it on `side`)."""
        classifier, caption = self.resolve(("file", path))
        if classifier is None:
            return False
        if path not in self._files:
            self._files.append(path)
        self._refill()
        if side is not None:
            side.choose(("file", path))
        return True

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
