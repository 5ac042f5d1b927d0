"""Scribbles, blobs and letters are "not a digit"; real pen digits almost never are."""

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from helpers import scribbles

from core.drawing.answer import NOT_DIGIT, verdict
from core.drawing.digit_check import bundled_digit_check
from core.drawing.preprocessing import to_mnist
from gui.drawing.canvas import DrawingCanvas

PENDIGITS = Path(__file__).resolve().parents[4] / "shared" / "data" / "pendigits-train.unipen"


def refused_share(canvas: DrawingCanvas) -> dict[str, float]:
    check = bundled_digit_check()
    refused, total = Counter(), Counter()
    for kind, strokes in scribbles(seed=1):
        canvas.reset()
        for stroke in strokes:
            canvas.add_stroke(stroke)
        image = to_mnist(canvas.standard_image())  # as the app makes its input
        total[kind] += 1
        refused[kind] += verdict(np.full(10, 0.1), check.looks_like_digit(image)).kind == NOT_DIGIT
    return {kind: refused[kind] / total[kind] for kind in total}


def test_scribbles_blobs_and_unseen_letters_are_refused(qtbot) -> None:  # noqa: ANN001
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    shares = refused_share(canvas)
    assert min(shares["blob"], shares["letter A"], shares["letter K"], shares["letter X"]) >= 0.95
    assert shares["random walk"] >= 0.85


def test_the_window_answers_a_scribble_with_not_a_digit(qtbot) -> None:  # noqa: ANN001
    from core.model.classifier import default_model_path
    from core.model.model_files import load_classifier
    from gui.drawing.prediction_panel import PredictionPanel

    canvas = DrawingCanvas()
    panel = PredictionPanel(canvas)
    qtbot.addWidget(panel)
    panel.set_classifier(load_classifier(default_model_path()), "default")
    blob = next(strokes for kind, strokes in scribbles(seed=2) if kind == "blob")
    canvas.add_stroke(blob[0])
    assert panel.answer_text() == "✗" and "does not look like a digit" in panel.answer_spoken()


@pytest.mark.skipif(not PENDIGITS.is_file(), reason="needs ../shared/data/pendigits-train.unipen")
def test_at_most_one_percent_of_held_out_pen_digits_are_refused(qtbot) -> None:  # noqa: ANN001
    from core.drawing.replay import replay_inputs
    from core.drawing.unipen import CONDITIONS, read_unipen

    check = bundled_digit_check()
    held_out = set(check.about["pen_writers_held_out"])
    digits = [d for d in read_unipen(PENDIGITS) if d.writer in held_out]
    inputs = replay_inputs(digits, *CONDITIONS["60% centred"])
    assert np.mean(check.not_digit_probability(inputs) > check.threshold) <= 0.01
