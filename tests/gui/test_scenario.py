
"""The foundation's scenario: every run tells the truth about its own model file.

Train a run, train more, open a plain Keras file (separate Activation layers), train more,
tick two runs and write the lab report; then each run's epochs, history, layers and
parameter count must match what its model file holds.
"""

from pathlib import Path

import keras
import pytest
from helpers import open_in_window, train_in_window, train_more_in_window

from core.model import model_files
from core.model.architectures import ModelSpec, parse_layers

QUICK = ModelSpec(parse_layers("16"), epochs=2, seed=1)


@pytest.mark.slow  # trains in the window: end to end
def test_every_run_matches_its_model_file(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    train_in_window(window, qtbot, QUICK)
    train_more_in_window(window, qtbot)
    plain = tmp_path / "plain.keras"
    keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(), keras.layers.Dense(100),
                      keras.layers.Activation("relu"), keras.layers.Dense(10),
                      keras.layers.Activation("softmax")]).save(plain)
    assert open_in_window(window, qtbot, str(plain))
    train_more_in_window(window, qtbot)
    runs = window.runs.store().runs
    assert [len(run.history) for run in runs] == [2, 3, 1]
    for run in runs:
        meta = model_files.read_metadata(run.model_file)
        classifier = model_files.load_classifier(run.model_file)
        assert len(meta.history["loss"]) == len(run.history) and meta.epochs == run.epochs
        assert meta.layers == run.layers == "-".join(map(str, classifier.hidden_sizes))
        assert meta.params == run.params == classifier.param_count
        assert keras.models.load_model(run.model_file).count_params() == run.params
    window.runs.set_ticked(0, True)
    window.runs.set_ticked(2, True)
    report = window.files.write_report(str(tmp_path / "report.html"))
    with qtbot.waitSignal(report.finished, timeout=60_000):
        pass
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "12,730" in html and "79,510" in html and "1,501,770" not in html
    assert f"A: {runs[0].name}" in html and f"B: {runs[2].name}" in html
    assert runs[2].name.startswith("plain #3") and "plain.keras" in runs[2].name
