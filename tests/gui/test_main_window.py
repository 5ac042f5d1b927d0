import time
from pathlib import Path

import keras
import numpy as np
import pytest
from helpers import open_in_window, save_in_window, train_in_window
from PySide6.QtWidgets import QApplication

from core.data.my_drawings import DrawingStore
from core.model.architectures import ModelSpec, parse_layers

SEVEN = [(60, 60), (220, 60), (120, 240)]
QUICK = ModelSpec(parse_layers("16"), epochs=2, seed=1)


def train_quick(window, qtbot, spec: ModelSpec = QUICK) -> None:  # noqa: ANN001
    """Train and wait until the window (not just the worker) has taken the result."""
    train_in_window(window, qtbot, spec)


def test_default_model_answers_a_drawing(window) -> None:  # noqa: ANN001
    assert "default" in window.model_label.text()
    window.canvas.add_stroke(SEVEN)
    assert window.prediction.probabilities() is not None


def test_training_adds_a_run_and_predicts_with_the_new_weights(window, qtbot) -> None:  # noqa: ANN001
    train_quick(window, qtbot)
    assert window.runs.row_count() == 1
    assert window.curves.point_count("val_loss") == 2 and window.curves.point_count("loss") > 0
    assert "16 #1, 2 epochs" in window.model_label.text()
    assert "test accuracy" in window.controls.result_label.text()


def test_stop_keeps_weights_and_allows_train_more(window, qtbot) -> None:  # noqa: ANN001
    window.model_panel.set_spec(QUICK.replace(epochs=500, batch_size=8))
    worker = window.training
    with qtbot.waitSignal(worker.batch_ended, timeout=60_000):
        window.controls.train_button.click()
    with qtbot.waitSignal(worker.run_finished, timeout=60_000) as done:
        window.controls.stop_button.click()
    assert done.args[0].stop_reason == "stopped by user"
    qtbot.waitUntil(window.controls.more_button.isEnabled)
    with qtbot.waitSignal(worker.run_finished, timeout=120_000) as more:
        window.controls.more_epochs.setValue(1)
        window.controls.more_button.click()
    assert len(more.args[0].history) == len(done.args[0].history) + 1


def test_closing_mid_training_ends_the_training_within_2_s(window, qtbot) -> None:  # noqa: ANN001
    window.model_panel.set_spec(QUICK.replace(epochs=500))
    with qtbot.waitSignal(window.training.batch_ended, timeout=60_000):
        window.controls.train_button.click()
    started = time.perf_counter()
    window.close()
    assert window.closed_cleanly and time.perf_counter() - started < 2.5
    assert window.training.process.pid is None and window.tasks.running() == 0 or \
        qtbot.waitUntil(lambda: window.tasks.running() == 0, timeout=2000) is None


def test_worker_failure_leaves_the_window_usable(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"PK\x03\x04broken")
    window.session.set_data_path(str(bad))
    window.controls.train_button.click()
    qtbot.waitUntil(lambda: "failed" in window.controls.result_label.text(), timeout=60_000)
    assert window.controls.train_button.isEnabled()


def test_refused_model_keeps_the_current_one(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    wrong = tmp_path / "wrong.keras"
    keras.Sequential([keras.Input((100,)), keras.layers.Dense(10)]).save(wrong)
    before = window.prediction.classifier()
    assert not open_in_window(window, qtbot, str(wrong))
    assert window.prediction.classifier() is before
    assert "100" in window.statusBar().currentMessage()


def test_open_and_save_a_model(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "plain.keras"
    keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                      keras.layers.Dense(10, activation="softmax")]).save(path)
    assert open_in_window(window, qtbot, str(path))
    assert "plain.keras" in window.model_label.text()
    assert window.files.save_model(str(tmp_path / "copy.keras"))
    assert (tmp_path / "copy.keras").stat().st_size > 0


@pytest.mark.slow  # trains in the window: end to end
def test_exports_after_training(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    train_quick(window, qtbot)
    window.files.export_history(str(tmp_path / "h.csv"))
    lines = (tmp_path / "h.csv").read_text().splitlines()
    assert lines[0].startswith("run,epoch,loss") and len(lines) == 3
    window.files.export_curves(str(tmp_path / "c.png"))
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"


def test_correction_saves_the_drawing(window, qtbot) -> None:  # noqa: ANN001
    window.canvas.add_stroke(SEVEN)
    save_in_window(window, qtbot, 7)
    assert DrawingStore().counts()[7] == 1 and window.canvas.is_empty()
    qtbot.waitUntil(lambda: "(1)" in window.drawings.label.text(), timeout=10_000)


@pytest.mark.slow  # trains in the window: end to end
def test_runs_persist_and_overlay(window, qtbot) -> None:  # noqa: ANN001
    from core.training.run_store import RunStore

    train_quick(window, qtbot)
    assert len(RunStore().runs) == 1
    window.runs.set_ticked(0, True)
    QApplication.processEvents()
    assert len(window.curves.overlay_names()) == 1
    assert np.isfinite(RunStore().runs[0].test_accuracy)


@pytest.mark.slow  # trains in the window: end to end
def test_my_drawings_can_be_evaluated_and_used_in_training(window, qtbot) -> None:  # noqa: ANN001
    for _ in range(3):
        window.canvas.add_stroke(SEVEN)
        save_in_window(window, qtbot, 7)
    with qtbot.waitSignal(window.evaluate_view.evaluation_finished, timeout=10_000) as done:
        window.evaluate_drawings()
    assert done.args[0].confusion.sum() == 3
    assert "of 3 wrong" in window.evaluate_view.summary.text()
    assert window.views.currentWidget() is window.evaluate_tab
    window.drawings.include.setChecked(True)
    train_quick(window, qtbot, QUICK.replace(epochs=1))
    plain = window.runs.store().runs[-1].data
    window.drawings.include.setChecked(False)
    train_quick(window, qtbot, QUICK.replace(epochs=1))
    assert plain != window.runs.store().runs[-1].data  # the drawings changed the training data


@pytest.mark.slow  # trains in the window: end to end
def test_start_stop_twenty_times(window, qtbot) -> None:  # noqa: ANN001
    window.model_panel.set_spec(QUICK.replace(epochs=500, batch_size=8))
    worker = window.training
    for _ in range(20):
        qtbot.waitUntil(window.controls.train_button.isEnabled, timeout=60_000)
        with qtbot.waitSignal(worker.batch_ended, timeout=60_000):
            window.controls.train_button.click()
        window.controls.stop_button.click()
    qtbot.waitUntil(lambda: window.runs.row_count() == 20, timeout=60_000)
    assert {run.stop_reason for run in window.runs.store().runs} == {"stopped by user"}


def test_lab_file_sets_title_presets_seed_and_epoch_cap(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    from core.training.lab import read_lab
    from gui.main_window import MainWindow

    path = tmp_path / "digitlab-lab.toml"
    path.write_text('title = "Lab 3"\ninstructions = "Compare the two nets."\n'
                    'presets = ["assignment-1", "assignment-2"]\nseed = 7\nmax_epochs = 5\n')
    win = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     lab=read_lab(path))
    qtbot.addWidget(win)
    assert "Lab 3" in win.windowTitle() and "Compare" in win.lab_banner.text()
    assert win.model_panel.preset_keys() == ["assignment-1", "assignment-2"]
    assert win.model_panel.spec().seed == 7
    win.model_panel.set_spec(win.model_panel.spec().replace(epochs=50))
    assert win.model_panel.spec().epochs == 5


def open_lab(qtbot, tmp_path: Path, text: str):  # noqa: ANN001, ANN201
    from PySide6.QtCore import QSettings

    from core.training.lab import read_lab
    from gui.main_window import MainWindow

    path = tmp_path / "digitlab-lab.toml"
    path.write_text(text)
    win = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     lab=read_lab(path) if text else None)
    qtbot.addWidget(win)
    return win


def test_a_lab_locks_the_layers_of_its_presets(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    win = open_lab(qtbot, tmp_path, 'presets = ["assignment-1"]\n')
    assert not win.model_panel.layers_editable()
    win.model_panel.numeric_fields()["batch"].setValue(64)  # options stay the student's
    assert win.model_panel.current_preset() == "assignment-1"
    assert win.model_panel.spec().batch_size == 64


def test_a_lab_can_allow_custom_networks(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    win = open_lab(qtbot, tmp_path, 'presets = ["assignment-1"]\nallow_custom = true\n')
    assert win.model_panel.preset_keys() == ["assignment-1", "custom"]
    assert win.model_panel.layers_editable()


@pytest.mark.parametrize("text", ['presets = ["asignment-1"]\nallow_custom = false\n',
                                  "allow_custom = false\n"])
def test_a_lab_that_allows_no_valid_preset_stays_locked_and_says_so_until_dismissed(  # noqa: ANN001
        qtbot, tmp_path: Path, text: str) -> None:
    win = open_lab(qtbot, tmp_path, text)
    assert "custom" not in win.model_panel.preset_keys()
    assert not win.model_panel.layers_editable()
    assert "Lab file digitlab-lab.toml: " in win.notice_bar.text()  # stays, unlike the status


def test_the_lab_seed_does_not_leak_into_a_later_launch(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    lab = open_lab(qtbot, tmp_path, 'presets = ["assignment-1"]\nseed = 7\n')
    lab.close()
    later = open_lab(qtbot, tmp_path, "")
    assert later.model_panel.spec().seed == 42
    assert "custom" in later.model_panel.preset_keys()


@pytest.mark.slow  # trains in the window: end to end
def test_a_run_keeps_its_model_for_comparing(window, qtbot) -> None:  # noqa: ANN001
    from core.training.run_store import RunStore

    train_quick(window, qtbot)
    model_file = RunStore().runs[-1].model_file
    assert Path(model_file).is_file()
    assert window.compare_view.sides[0].choose(("run", model_file))


@pytest.mark.slow  # trains in the window: end to end
def test_the_teaching_views_follow_each_epoch(window, qtbot) -> None:  # noqa: ANN001
    window.views.setCurrentWidget(window.network_view)
    window.canvas.add_stroke(SEVEN)
    images = []
    window.training.epoch_ended.connect(
        lambda _: images.append(window.network_view.weights.grid.image))
    train_quick(window, qtbot, QUICK.replace(epochs=3))
    assert len(images) == 3 and images[0] != images[-1]
    assert [len(a) for a in window.network_view.activations.blocks.layers] == [16]


@pytest.mark.slow  # trains in the window: end to end
def test_lab_report_from_the_window(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    train_quick(window, qtbot)
    train_quick(window, qtbot, QUICK.replace(layers=parse_layers("8")))
    report = window.files.write_report(str(tmp_path / "report.html"))
    with qtbot.waitSignal(report.finished, timeout=60_000):
        pass
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "alt='confusion A'" in html and "alt='confusion B'" in html


def test_a_saved_drawing_keeps_its_strokes_and_the_answer(window, qtbot) -> None:  # noqa: ANN001
    import json
    import sqlite3

    from core.store.database import Database

    window.canvas.add_stroke(SEVEN)
    save_in_window(window, qtbot, 1)
    with sqlite3.connect(Database().path) as connection:
        strokes, answer, model = connection.execute(
            "SELECT strokes, answer, model FROM drawings").fetchone()
    assert json.loads(strokes)[0]["points"][0] == [60.0, 60.0]
    assert answer is not None and "default" in model


def test_window_disables_training_but_keeps_predicting(window) -> None:  # noqa: ANN001
    window.set_training_available("TensorFlow crashed on import with SIGILL")
    assert not window.controls.train_button.isEnabled()
    assert "unavailable" in window.controls.result_label.text()
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    assert window.prediction.probabilities() is not None


def test_compare_made_late_follows_the_drawing_and_the_runs(window, qtbot) -> None:  # noqa: ANN001
    window.views.setCurrentWidget(window.compare_tab)
    qtbot.waitUntil(lambda: all(s.classifier is not None for s in window.compare_view.sides),
                    timeout=20_000)
    window.canvas.add_stroke(SEVEN)
    assert None not in window.compare_view.answers()
    window.session.runs_changed.emit()  # another window's run: the tab shows it, no error
