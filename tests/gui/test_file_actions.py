"""The File menu's work in the real window: save, CSV export, file permissions."""

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from helpers import save_in_window, train_in_window, train_more_in_window

from core.model import model_files
from core.model.architectures import ModelSpec, parse_layers

QUICK = ModelSpec(parse_layers("16"), epochs=2, seed=1)


def train(window, qtbot, spec: ModelSpec = QUICK) -> None:  # noqa: ANN001
    train_in_window(window, qtbot, spec)


@pytest.mark.slow  # trains in the window: end to end
def test_save_after_train_more_keeps_every_epoch(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    train(window, qtbot)
    train_more_in_window(window, qtbot)
    assert window.files.save_model(str(tmp_path / "saved.keras"))
    meta = model_files.read_metadata(tmp_path / "saved.keras")
    assert len(meta.history["loss"]) == 3 and meta.layers == "16"


@pytest.mark.slow  # trains in the window: end to end
def test_csv_holds_the_shown_model_only_with_its_learning_rate(window, qtbot,  # noqa: ANN001
                                                               tmp_path: Path) -> None:
    train(window, qtbot)
    train(window, qtbot, QUICK.replace(epochs=3, layers=parse_layers("8")))
    window.runs.set_ticked(0, True)
    window.runs.set_ticked(1, True)
    window.files.export_history(str(tmp_path / "h.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "h.csv").read_text())))
    assert [row["run"] for row in rows] == [window.training.current_run.name] * 3
    assert all(float(row["learning_rate"]) == pytest.approx(0.001) for row in rows)


@pytest.mark.slow  # trains in the window: end to end
def test_curves_export_as_a_print_sized_png_on_white(window, qtbot,  # noqa: ANN001
                                                     tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    train(window, qtbot)
    window.files.export_curves(str(tmp_path / "c.png"))
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() >= 2 * window.curves.width() and image.height() >= 2 * 360
    assert image.pixelColor(2, 2).name() == "#ffffff"


@pytest.mark.slow  # trains in the window: end to end
def test_curves_export_as_svg_with_the_legend(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    train(window, qtbot)
    window.files.export_curves(str(tmp_path / "c.svg"))
    text = (tmp_path / "c.svg").read_text()
    assert text.startswith("<svg") and ">validation</text>" in text and "Accuracy" in text


@pytest.mark.slow  # trains in the window: end to end
def test_a_failed_save_leaves_the_old_file_intact(window, qtbot, tmp_path: Path,  # noqa: ANN001
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    train(window, qtbot)
    target = tmp_path / "kept.keras"
    target.write_bytes(b"the student's earlier model")

    def full_disk(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    assert not window.files.save_model(str(target))
    assert target.read_bytes() == b"the student's earlier model"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.slow  # trains in the window: end to end
def test_exports_follow_the_umask(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    train(window, qtbot)
    old = os.umask(0o022)
    try:
        window.files.export_history(str(tmp_path / "h.csv"))
        window.files.export_curves(str(tmp_path / "c.png"))
    finally:
        os.umask(old)
    for name in ("h.csv", "c.png"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_opening_in_the_background_answers_when_read(window, qtbot) -> None:  # noqa: ANN001
    from core.model.classifier import default_model_path

    path = default_model_path().parent / "presets" / "single-100.keras"
    window.files.open_model(str(path))
    qtbot.waitUntil(lambda: "single-100" in window.model_label.text(), timeout=30_000)
    assert "79,510" in window.model_panel.total_text()


def test_a_refused_file_in_the_background_keeps_the_model(window, qtbot,  # noqa: ANN001
                                                          tmp_path: Path) -> None:
    bad = tmp_path / "bad.keras"
    bad.write_bytes(b"PK\x03\x04 not really")
    before = window.prediction.classifier()
    window.files.open_model(str(bad))
    qtbot.waitUntil(lambda: "bad.keras" in window.statusBar().currentMessage()
                    and "Opening" not in window.statusBar().currentMessage(), timeout=30_000)
    assert window.prediction.classifier() is before


def test_my_drawings_export_as_a_class_data_set_that_evaluates(window, qtbot,  # noqa: ANN001
                                                                tmp_path: Path) -> None:
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    save_in_window(window, qtbot, 7)
    assert window.files.export_drawings(window.drawings.store, str(tmp_path / "class.npz")) == 1
    view = window.evaluate_view
    view.set_data_file(str(tmp_path / "class.npz"))
    view.evaluate_now()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=30_000)
    assert view.result().confusion.sum() == 1 and "class.npz" in view.summary.text()


@pytest.mark.slow  # trains in the window: end to end
def test_fine_tuning_on_a_class_data_set_trains_more_with_it(window, qtbot,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    train(window, qtbot)
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    save_in_window(window, qtbot, 7)
    window.files.export_drawings(window.drawings.store, str(tmp_path / "class.npz"))
    worker = window.training
    with qtbot.waitSignal(worker.run_finished, timeout=120_000):
        assert window.files.fine_tune_on(str(tmp_path / "class.npz"))
    qtbot.waitUntil(lambda: not window.training.is_running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.runs.row_count() == 2, timeout=10_000)  # kept in a task
    first, tuned = window.runs.store().runs[-2:]
    assert tuned.data != first.data and "continued from" in tuned.name


def test_fine_tuning_refuses_a_file_that_is_not_a_data_set(window, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "x.npz").write_bytes(b"not a zip")
    assert not window.files.fine_tune_on(str(tmp_path / "x.npz"))


@pytest.mark.slow  # trains in the window: end to end
def test_the_run_exports_as_a_keras_script_or_notebook(window, qtbot,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    train(window, qtbot)
    window.files.export_script(str(tmp_path / "run.py"))
    window.files.export_script(str(tmp_path / "run.ipynb"))
    text = (tmp_path / "run.py").read_text()
    compile(text, "run.py", "exec")
    assert "keras.layers.Dense(16, activation='relu')" in text and "EPOCHS = 2" in text
    cells = json.loads((tmp_path / "run.ipynb").read_text())["cells"]
    code = "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")
    assert "keras.layers.Dense(16, activation='relu')" in code and "EPOCHS = 2" in code


def choose_in_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_: (str(path), "")))


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: object) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent, _title, text, *_):  # noqa: ANN001, ANN202
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_no_save_dialog_writes_into_the_data_folder(window, qtbot,  # noqa: ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from core.store import app_paths

    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    save_in_window(window, qtbot, 7)
    database = window.drawings.store.database.path
    assert database.parent == app_paths.data_dir()
    before = database.read_bytes()
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    messages: list[tuple[str, bool]] = []
    window.files.message.connect(lambda text, error: messages.append((text, error)))
    choose_in_save_dialog(monkeypatch, database)
    window.files.export_drawings_dialog(window.drawings.store)
    window.files.export_script_dialog()
    window.files.save_model_dialog()
    window.files.report_dialog()
    assert asked == [] and database.read_bytes() == before
    assert len(messages) == 4 and all(error and "inside DigitLab's own files" in text
                                      and "\n" not in text for text, error in messages)


def test_a_save_dialog_asks_before_replacing_a_file_of_another_kind(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "notes.keras"
    target.write_bytes(b"a student's model")
    choose_in_save_dialog(monkeypatch, target)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    window.files.export_script_dialog()
    assert len(asked) == 1 and "notes.keras" in asked[0]
    assert target.read_bytes() == b"a student's model"
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    messages: list[str] = []
    window.files.message.connect(lambda text, _error: messages.append(text))
    window.files.export_script_dialog()  # replacing is allowed, but a .keras is no program
    assert target.read_bytes() == b"a student's model"
    assert messages and "Python script (.py)" in messages[-1]


def test_the_hand_in_notebook_is_written_from_the_window_with_no_mnist(window,  # noqa: ANN001
                                                                        tmp_path: Path) -> None:
    import nbformat

    window.session.set_data_path(None)
    out = tmp_path / "handin.ipynb"
    window.files.export_handin(str(out))
    text = "\n".join(cell.source for cell in nbformat.read(out, as_version=4).cells)
    assert "Your answer:" in text and "MNIST_PATH = None" in text and str(tmp_path) not in text


def test_fine_tuning_asks_how_many_epochs(window, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "class.npz"), "")))
    monkeypatch.setattr(QInputDialog, "getInt",
                        staticmethod(lambda *a, **k: (asked.append(a[3]) or 3, True)))
    tuned = []
    monkeypatch.setattr(window.files, "fine_tune_on",
                        lambda path, epochs=None: tuned.append((Path(path).name, epochs)))
    window.files.fine_tune_dialog()
    assert asked == [window.training.more_epochs()] and tuned == [("class.npz", 3)]


def test_fine_tuning_says_how_many_epochs_it_trains(window, qtbot, tmp_path: Path, english,  # noqa: ANN001
                                                   monkeypatch) -> None:
    from helpers import make_digits, save_npz

    from core.data.datasets import MnistData

    images, labels = make_digits(20)
    save_npz(tmp_path / "class.npz", MnistData(images, labels, images, labels))
    monkeypatch.setattr(window.training, "can_continue", lambda: True)
    started = []
    monkeypatch.setattr(window.training, "train_more",
                        lambda epochs, extra=None: started.append(epochs))
    with qtbot.waitSignal(window.files.message) as said:
        assert window.files.fine_tune_on(str(tmp_path / "class.npz"), 1)
    assert started == [1] and said.args[0] == "Fine-tuning on class.npz for 1 epoch"
