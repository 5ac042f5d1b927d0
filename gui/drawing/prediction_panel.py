"""PredictionPanel: what the network receives (stages, 28x28) and what it answers (bars).

It watches a DrawingCanvas and predicts at most 30 times a second while drawing and once at
each stroke's end, with the numpy classifier it was given (bundled, loaded or being trained).
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.drawing.answer import NO_INK, Answer, Verdict, answer
from core.drawing.preprocessing import Preprocessed, to_mnist_stages
from core.model.classifier import NumpyClassifier
from core.training.model_choice import ModelChoice
from gui.drawing.answer_view import AnswerView
from gui.drawing.canvas import DrawingCanvas
from gui.drawing.pixel_view import PixelView
from gui.drawing.probability_bars import ProbabilityBars
from gui.labels import plain_label
from gui.session import Session

MIN_INTERVAL = 1 / 30  # seconds between live predictions
# each stage: its key in Preprocessed.stages, its name (the label of the tick box that switches
# its step on and off, above its picture), the step's key for set_stage, and what the step does
STAGES = (
    ("raw", QT_TRANSLATE_NOOP("PredictionPanel", "redrawn"), "redraw",
     QT_TRANSLATE_NOOP("PredictionPanel", "Redraw the strokes at one size with the same pen, so "
                       "a digit drawn small reaches the network like one drawn large")),
    ("crop", QT_TRANSLATE_NOOP("PredictionPanel", "cropped"), "crop",
     QT_TRANSLATE_NOOP("PredictionPanel", "Crop to the ink's bounding box. The redrawn strokes "
                       "already fill a box of one size, so unticking this alone changes little: "
                       "untick “redrawn” too to see it")),
    ("thinned", QT_TRANSLATE_NOOP("PredictionPanel", "thinned"), "thin",
     QT_TRANSLATE_NOOP("PredictionPanel", "Thin strokes thicker than a tenth of the digit's "
                       "size, as thick as MNIST's")),
    ("scaled", "20×20", "scale",
     QT_TRANSLATE_NOOP("PredictionPanel", "Scale the longer side to 20 px, keeping the aspect")),
    ("centred", QT_TRANSLATE_NOOP("PredictionPanel", "centred"), "centre",
     QT_TRANSLATE_NOOP("PredictionPanel", "Put the centre of mass at the centre. A balanced "
                       "digit's centre of mass is already near its box's centre, so unticking "
                       "moves it a pixel or not at all; on a lopsided one (a 7 with a long top "
                       "bar, a 4 with a long stem) it moves the digit")))


class PredictionPanel(QWidget):
    """Stages, the 28x28 input, the answer and ten probability bars for the canvas."""

    prediction_made = Signal(object)  # np.ndarray of 10 probabilities, or None for no ink
    correction_made = Signal(int)  # the student says the drawing was this digit

    def __init__(self, canvas: DrawingCanvas, session: Session | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self.session = session or Session(parent=self)
        self.session.model_changed.connect(lambda _: self.predict_now())
        self._last_run = 0.0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.predict_now)
        self._build()
        canvas.drawing_changed.connect(self._schedule)
        canvas.stroke_finished.connect(self._stroke_finished)

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        stages = QGridLayout()
        stages.setHorizontalSpacing(4)  # five stages side by side in a narrow column
        self._stage_views: dict[str, PixelView] = {}
        self._toggles: dict[str, QCheckBox] = {}
        for column, (key, title, step, tip) in enumerate(STAGES):
            box = QCheckBox(self.tr(title))  # the stage's name switches its step
            box.setChecked(True)
            box.setToolTip(self.tr("{0}. Untick to see what the step contributes.").format(
                self.tr(tip)))
            box.toggled.connect(self.predict_now)
            self._toggles[step] = box
            stages.addWidget(box, 0, column)
            view = PixelView(grid=False)
            view.setAccessibleName(self.tr(title))
            view.setMinimumSize(56, 56)  # large enough to see what a step changes
            self._stage_views[key] = view
            stages.addWidget(view, 1, column)
        layout.addLayout(stages)

        middle = QHBoxLayout()
        self._input_view = PixelView(
            self.tr("network input (28×28)"),
            empty_text=self.tr("Draw a digit on the canvas: the 28×28 pixels the network reads "
                               "appear here"))
        self._input_view.setMinimumSize(100, 100)
        middle.addWidget(self._input_view, 3)
        self._answer = AnswerView()
        middle.addWidget(self._answer, 2)
        layout.addLayout(middle, 3)

        self._bars = ProbabilityBars()
        layout.addWidget(self._bars, 2)

        fix = QHBoxLayout()
        fix.addWidget(plain_label(self.tr("Save as:")))
        self._fix_buttons = []
        for digit in range(10):
            button = QPushButton(str(digit))
            button.setFixedWidth(28)
            button.setToolTip(self.tr("Save this drawing as a {0} in “my drawings”, whether the "
                                      "answer was right or wrong").format(digit))
            button.setAccessibleName(f"Save as {digit}")
            button.clicked.connect(lambda _=False, d=digit: self.correction_made.emit(d))
            fix.addWidget(button)
            self._fix_buttons.append(button)
        fix.addStretch(1)
        layout.addLayout(fix)
        self._set_fix_enabled(False)

    # --- behaviour -------------------------------------------------------------------------------

    def set_classifier(self, classifier: NumpyClassifier | None, name: str = "") -> None:
        """Answer with this classifier from now on (None: predictions are off): the session
        chooses it, and the panel, like every view, follows the session."""
        self.session.choose(ModelChoice(classifier, name))

    def classifier(self) -> NumpyClassifier | None:
        return self.session.classifier

    def canvas(self) -> DrawingCanvas:
        return self._canvas

    def model_name(self) -> str:
        """The name of the model answering (as the window labels it)."""
        return self.session.model.name

    def current_input(self) -> np.ndarray | None:
        """The 28x28 image last given to the network (None when the canvas is empty)."""
        return self.session.answer.image

    def probabilities(self) -> np.ndarray | None:
        return self.session.answer.probabilities

    def answer_text(self) -> str:
        return self._answer.text()

    def answer_spoken(self) -> str:
        """The answer as one line of text: "Answer: 7, 93 % sure"."""
        return self._answer.spoken()

    def set_presenter(self, on: bool) -> None:
        """Presenter mode: a large answer and bars, the preprocessing stages hidden."""
        self._answer.set_point_size(96 if on else 44)
        self._bars.set_large(on)
        for widget in (*self._stage_views.values(), *self._toggles.values()):
            widget.setVisible(not on)

    def answer_detail(self) -> str:
        """The line under the answer: "93 % sure", "not sure — 4 or 9?", …"""
        return self._answer.detail()

    def set_stage(self, stage: str, enabled: bool) -> None:
        """Switch a preprocessing step ("redraw", "crop", "thin", "scale", "centre") on or
        off."""
        self._toggles[stage].setChecked(enabled)

    def _schedule(self) -> None:
        """Predict a changing drawing at most every MIN_INTERVAL, from the event loop: a
        finished stroke's own `predict_now` (stroke_finished comes right after drawing_changed)
        then stops the timer, so that stroke is predicted once, not twice."""
        if not self._timer.isActive():
            wait = MIN_INTERVAL - (time.perf_counter() - self._last_run)
            self._timer.start(max(0, int(wait * 1000) + 1) if wait > 0 else 0)

    def _stroke_finished(self) -> None:
        """A finished stroke is answered at once; an emptied canvas from the event loop, so a
        clear followed by a stroke in one turn (a replay, a script) is answered once."""
        if self._canvas.is_empty():
            self._timer.start(0)
        else:
            self.predict_now()

    def predict_now(self) -> None:
        self._timer.stop()
        self._last_run = time.perf_counter()
        redraw = self._toggles["redraw"].isChecked()
        drawing = self._canvas.standard_image() if redraw else self._canvas.image()
        result = to_mnist_stages(drawing, crop=self._toggles["crop"].isChecked(),
                                 thin_strokes=self._toggles["thin"].isChecked(),
                                 scale=self._toggles["scale"].isChecked(),
                                 centre=self._toggles["centre"].isChecked())
        self._show_stages(result)
        if result is None:
            self._answer.show_message("–", self.tr("Draw a digit"))
            self._show_bars(np.zeros(10))
            self._set_fix_enabled(False)
            self.session.set_answer(Answer(Verdict(NO_INK)))
            self.prediction_made.emit(None)
            return
        self._set_fix_enabled(True)
        classifier = self.session.classifier
        if classifier is None:
            self._answer.show_message("?", self.tr("No model loaded"))
            self.session.set_answer(Answer(Verdict(NO_INK), result.image))
            return
        result_answer = answer(classifier, result.image)  # classify, check, verdict
        self._answer.show_answer(result_answer)
        self._show_bars(result_answer.probabilities)
        self.session.set_answer(result_answer)
        self.prediction_made.emit(result_answer.probabilities)

    def _show_stages(self, result: Preprocessed | None) -> None:
        for key, *_ in STAGES:
            self._stage_views[key].set_image(None if result is None else result.stages.get(key))
        self._input_view.set_image(None if result is None else result.image)

    def _show_bars(self, probabilities: np.ndarray) -> None:
        self._bars.set_probabilities(probabilities)

    def _set_fix_enabled(self, enabled: bool) -> None:
        for button in self._fix_buttons:
            button.setEnabled(enabled)
