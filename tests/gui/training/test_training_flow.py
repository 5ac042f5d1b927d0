
"""Train, Train more and opened files in the real window, on small data."""

from pathlib import Path

import keras
import numpy as np
import pytest
from helpers import open_in_window, train_in_window, train_more_in_window
from PySide6.QtWidgets import QApplication

from core.model import model_files
from core.model.architectures import ModelSpec, parse_layers

QUICK = ModelSpec(parse_layers("16"), epochs=2, seed=1)


def train(window, qtbot, spec: ModelSpec = QUICK) -> None:  # noqa: ANN001
    train_in_window(window, qtbot, spec)


def train_more(window, qtbot, epochs: int = 1) -> None:  # noqa: ANN001
    train_more_in_window(window, qtbot, epochs)


def plain_file(path: Path, logits: bool = False) -> Path:
    """A plain Keras script's model: Flatten, Dense(100) + Activation, Dense(10)."""
    out = [keras.layers.Dense(10)] + ([] if logits else [keras.layers.Activation("softmax")])
    model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(100), keras.layers.Activation("relu"), *out])
    model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=logits),
                  metrics=["accuracy"])
    model.save(path)
    return path


@pytest.mark.slow  # trains in the window: end to end
def test_train_more_leaves_the_earlier_run_unchanged(window, qtbot) -> None:  # noqa: ANN001
    train(window, qtbot)
    train_more(window, qtbot)
    first, more = window.runs.store().runs
    assert len(first.history) == 2 and len(more.history) == 3
    assert "continued from" in more.name


@pytest.mark.slow  # trains in the window: end to end
def test_ticks_survive_a_new_run(window, qtbot) -> None:  # noqa: ANN001
    train(window, qtbot)
    window.runs.set_ticked(0, True)
    train(window, qtbot)
    assert [run.name for run in window.runs.ticked_runs()] == [window.runs.store().runs[0].name]


def test_opening_a_file_shows_its_own_summary(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    assert open_in_window(window, qtbot, str(plain_file(tmp_path / "plain.keras")))
    assert "79,510" in window.model_panel.total_text()


@pytest.mark.slow  # trains in the window: end to end
def test_train_more_on_an_opened_file_is_labelled_with_its_layers(window, qtbot,  # noqa: ANN001
                                                                  tmp_path: Path) -> None:
    window.model_panel.set_spec(ModelSpec(parse_layers("1024-512-256-128-64"), epochs=1))
    assert open_in_window(window, qtbot, str(plain_file(tmp_path / "plain.keras")))
    train_more(window, qtbot)
    run = window.runs.store().runs[-1]
    assert (run.layers, run.params) == ("100", 79_510)
    assert keras.models.load_model(run.model_file).count_params() == run.params


def test_a_logits_model_gets_a_softmax_and_says_so(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    assert open_in_window(window, qtbot, str(plain_file(tmp_path / "logits.keras", logits=True)))
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    probabilities = window.prediction.probabilities()
    assert "softmax" in window.model_label.text()
    assert probabilities.min() >= 0 and abs(probabilities.sum() - 1) < 1e-5


@pytest.mark.slow  # trains in the window: end to end
def test_the_model_that_answers_is_the_runs_kept_model(window, qtbot) -> None:  # noqa: ANN001
    train(window, qtbot, QUICK.replace(early_stopping_patience=1, epochs=4))
    run = window.runs.store().runs[-1]
    x = np.random.default_rng(0).random((3, 784)).astype(np.float32)
    kept = model_files.load_classifier(run.model_file).predict_proba(x)
    QApplication.processEvents()
    assert np.allclose(window.prediction.classifier().predict_proba(x), kept, atol=1e-6)
