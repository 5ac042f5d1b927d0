"""The one state the views follow: the model answering, remembered; other windows' changes."""

import numpy as np
from helpers import random_classifier, save_in_window, train_in_window
from PySide6.QtCore import QSettings

from core.data.my_drawings import DrawingStore
from core.model.architectures import ModelSpec, parse_layers
from core.training.model_choice import RUN
from gui.session import Session

QUICK = ModelSpec(parse_layers("8"), epochs=1, seed=1)


def test_every_view_follows_the_chosen_model(window) -> None:  # noqa: ANN001
    classifier = random_classifier(8)
    window.session.choose(window.session.model.__class__(classifier, "random"))
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    expected = classifier.predict_proba(window.prediction.current_input()[None])[0]
    assert np.allclose(window.prediction.probabilities(), expected)
    assert window.evaluate_view._classifier is classifier
    assert window.network_view.weights._classifier is classifier
    assert "random" in window.model_label.text()


def test_the_last_runs_model_answers_after_a_restart(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    from gui.main_window import MainWindow

    train_in_window(window, qtbot, QUICK)
    qtbot.waitUntil(lambda: window.session.model.source == RUN, timeout=20_000)
    run_id = window.session.model.run.id
    window.close()
    again = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.session.model.source == RUN, timeout=20_000)
    assert again.session.model.run.id == run_id and "8 #1" in again.model_label.text()


def test_another_windows_drawings_and_runs_appear(window, qtbot) -> None:  # noqa: ANN001
    from core.training.run import Run

    other = Session(window.session.runs.__class__(), DrawingStore())
    window.session.watch(50)
    other.drawings.append(np.zeros((28, 28)), 4)
    qtbot.waitUntil(lambda: "(1)" in window.drawings.label.text(), timeout=5000)
    other.runs.add(Run(name="from elsewhere", layers="8", params=1))
    qtbot.waitUntil(lambda: window.runs.row_count() == 1, timeout=5000)


def test_a_saved_drawing_needs_no_restart_to_count(window, qtbot) -> None:  # noqa: ANN001
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    save_in_window(window, qtbot, 7)
    qtbot.waitUntil(lambda: "(1)" in window.drawings.label.text(), timeout=5000)
