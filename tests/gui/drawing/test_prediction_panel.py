import numpy as np
import pytest

from core.model.classifier import NumpyClassifier, Step
from gui.drawing.canvas import DrawingCanvas
from gui.drawing.prediction_panel import PredictionPanel


def stripe_classifier() -> NumpyClassifier:
    """Scores digit k by the ink in image row 4 + 2k: top-heavy drawings say low digits."""
    kernel = np.zeros((784, 10), np.float32)
    for k in range(10):
        kernel[(4 + 2 * k) * 28:(5 + 2 * k) * 28, k] = 1.0
    return NumpyClassifier([Step("dense", kernel, np.zeros(10, np.float32), "softmax")])


@pytest.fixture
def canvas(qtbot) -> DrawingCanvas:  # noqa: ANN001
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def panel(qtbot, canvas: DrawingCanvas) -> PredictionPanel:  # noqa: ANN001
    widget = PredictionPanel(canvas)
    qtbot.addWidget(widget)
    widget.set_classifier(stripe_classifier(), "stripes")
    return widget


def test_empty_canvas_gives_no_answer(panel: PredictionPanel) -> None:
    panel.predict_now()
    assert panel.probabilities() is None and panel.current_input() is None
    assert panel.answer_text() == "–"


def test_a_stroke_gives_probabilities_and_the_28x28_input(panel: PredictionPanel,
                                                          canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(40, 40), (240, 240)])
    probabilities = panel.probabilities()
    assert probabilities.shape == (10,) and probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert panel.current_input().shape == (28, 28)


def test_switching_off_a_stage_changes_the_input(panel: PredictionPanel,
                                                 canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(20, 20), (60, 20), (40, 80)])
    with_crop = panel.current_input().copy()
    panel.set_stage("crop", False)
    assert not np.allclose(panel.current_input(), with_crop)


def test_unticking_thin_shows_a_small_broad_digit_as_thick_as_drawn(panel: PredictionPanel,
                                                                   canvas: DrawingCanvas) -> None:
    panel.set_stage("redraw", False)  # as drawn: redrawing alone would thin these strokes
    canvas.add_stroke([(120, 110), (160, 110), (140, 170)], width=30)  # small, broad brush
    thinned = panel.current_input().copy()
    panel.set_stage("thin", False)
    assert panel.current_input().sum() > 1.2 * thinned.sum()


def test_a_seven_drawn_small_reaches_the_network_as_one_drawn_large(
        panel: PredictionPanel, canvas: DrawingCanvas) -> None:
    large = np.array([(60, 60), (220, 60), (120, 240)], float)
    canvas.add_stroke(large)
    seen_large = panel.current_input().copy()
    canvas.reset()
    canvas.add_stroke(large * 0.3 + 30)  # the same 7 at 30 % of the size, same brush
    assert np.abs(panel.current_input() - seen_large).max() < 0.1
    panel.set_stage("redraw", False)
    assert np.abs(panel.current_input() - seen_large).max() > 0.3


def test_close_candidates_are_shown_as_not_sure(panel: PredictionPanel,
                                                canvas: DrawingCanvas) -> None:
    undecided = NumpyClassifier([Step("dense", np.zeros((784, 10), np.float32),
                                      np.zeros(10, np.float32), "softmax")])  # 10 % each
    panel.set_classifier(undecided, "undecided")
    canvas.add_stroke([(60, 60), (220, 60), (120, 240)])  # a 7: a digit, so the softmax rules
    assert panel.answer_text() == "?" and "not sure" in panel.answer_detail()


def test_the_answer_is_also_given_as_text(panel: PredictionPanel, canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(60, 60), (220, 60), (120, 240)])  # a 7
    assert panel.answer_spoken().startswith(f"Answer: {panel.answer_text()}")


def test_before_a_drawing_the_answer_text_asks_for_one(panel: PredictionPanel) -> None:
    assert panel.answer_spoken() == "No answer: Draw a digit"


def test_a_finished_stroke_is_predicted_once(qtbot, panel: PredictionPanel,  # noqa: ANN001
                                             canvas: DrawingCanvas) -> None:
    made: list[object] = []
    panel.prediction_made.connect(made.append)
    qtbot.wait(60)  # longer than MIN_INTERVAL since the last prediction
    canvas.add_stroke([(40, 40), (240, 240)])
    qtbot.wait(60)  # any deferred prediction has had its turn
    assert len(made) == 1


def _input_with(panel: PredictionPanel, **steps: bool) -> np.ndarray:
    for step, on in steps.items():
        panel.set_stage(step, on)
    panel.predict_now()
    return panel.current_input().copy()


def test_unticking_centred_moves_a_lopsided_digit(panel: PredictionPanel,
                                                   canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(20, 40), (260, 40), (240, 60), (90, 260)])  # a 7, long top bar
    canvas.add_stroke([(20, 50), (260, 50)])
    centred = _input_with(panel, centre=True)
    assert np.abs(_input_with(panel, centre=False) - centred).max() > 0.3
    assert "lopsided" in panel._toggles["centre"].toolTip()


def test_unticking_cropped_shows_with_redrawn_off(panel: PredictionPanel,
                                                  canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(30, 30), (90, 30), (60, 110)])  # small, in a corner
    uncropped = _input_with(panel, redraw=False, crop=False)
    assert np.abs(_input_with(panel, redraw=False, crop=True) - uncropped).max() > 0.3
    assert "redrawn" in panel._toggles["crop"].toolTip()


def test_a_cleared_canvas_is_answered_from_the_event_loop(qtbot, panel: PredictionPanel,  # noqa: ANN001
                                                         canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(40, 40), (240, 240)])
    canvas.clear()
    qtbot.waitUntil(lambda: panel.answer_text() == "–")
    assert panel.probabilities() is None


def test_a_clear_then_a_stroke_in_one_turn_is_answered_once(qtbot, panel: PredictionPanel,  # noqa: ANN001
                                                            canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(40, 40), (240, 240)])
    answers: list[object] = []
    panel.prediction_made.connect(answers.append)
    canvas.clear()
    canvas.add_stroke([(40, 60), (240, 60)])
    qtbot.wait(50)
    assert len(answers) == 1 and answers[0] is not None
