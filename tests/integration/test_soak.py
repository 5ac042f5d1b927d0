"""Long sessions, compressed in time (marked slow: run with `python3 run.py test -m slow`)."""

import gc
import sys
import threading

import helpers
import numpy as np
import pytest

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training.train import train


def rss_mb() -> float:
    memory = helpers.rss_mb()
    if memory is None:
        pytest.skip("needs /proc")
    return memory


@pytest.mark.slow
def test_twenty_trainings_do_not_grow_memory_or_threads(small_data: MnistData) -> None:
    spec = ModelSpec(parse_layers("64-32"), epochs=2, seed=1)
    train(spec, small_data)  # warm up TensorFlow's one-off allocations
    threads, memory = threading.active_count(), rss_mb()
    for seed in range(20):
        train(spec.replace(seed=seed), small_data)
    assert rss_mb() - memory < 100
    assert threading.active_count() <= threads


@pytest.mark.slow
def test_an_hour_of_drawing_and_predicting(qtbot) -> None:  # noqa: ANN001
    from core.model.model_files import load_classifier
    from gui.drawing.canvas import DrawingCanvas
    from gui.drawing.prediction_panel import PredictionPanel

    canvas = DrawingCanvas()
    panel = PredictionPanel(canvas)
    qtbot.addWidget(canvas)
    qtbot.addWidget(panel)
    panel.set_classifier(load_classifier(None))
    rng = np.random.default_rng(0)

    def session(digits: int) -> None:
        for _ in range(digits):  # about 3 strokes per digit, then clear
            for _ in range(3):
                canvas.add_stroke(rng.uniform(20, 260, (12, 2)))
            panel.predict_now()
            canvas.clear()

    session(200)
    gc.collect()  # garbage of earlier tests (with their references to None) goes first
    memory, nones = rss_mb(), sys.getrefcount(None)
    session(2400)  # an hour at a digit every 1.5 s
    gc.collect()
    assert rss_mb() - memory < 50
    assert sys.getrefcount(None) >= nones - 1000  # PySide6 6.12.0 on 3.11 loses ~1 per call
