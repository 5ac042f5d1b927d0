"""The window starts on every damaged file a user can have; bad files are set aside, named."""

import json
import zipfile
from pathlib import Path

import keras
import numpy as np
import pytest
from helpers import save_npz
from PySide6.QtCore import QByteArray, QSettings

from core.data.datasets import MnistData
from core.store import app_paths
from gui.app import parse_args, start_window


def start(qtbot, settings_file: Path, *argv: str):  # noqa: ANN001, ANN201
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = start_window(parse_args(list(argv)), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session.classifier is not None, timeout=20_000)  # a task
    return window


def _data(name: str) -> Path:
    path = app_paths.data_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


SETTINGS = {
    "geometry as text": "[General]\ngeometry=hello\n",
    "splitters as text": "[General]\nsplitter=hello\nmiddle=3\nright=@Invalid()\n",
    "text learning rate": '[General]\nspec="{\\"layers\\": [{\\"units\\": 8}], '
                          '\\"learning_rate\\": \\"fast\\"}"\n',
    "text dropout": '[General]\nspec="{\\"layers\\": [{\\"units\\": 8, '
                    '\\"dropout\\": \\"x\\"}]}"\n',
    "recent and data path of the wrong type": "[General]\nrecent=3\ndata_path=7\n",
}


@pytest.mark.parametrize("case", SETTINGS)
def test_settings_of_the_wrong_type(qtbot, tmp_path: Path, case: str) -> None:  # noqa: ANN001
    (tmp_path / "s.ini").write_text(SETTINGS[case])
    window = start(qtbot, tmp_path / "s.ini")
    assert window.prediction.classifier() is not None


def test_truncated_geometry(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("geometry", QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00"))
    settings.sync()
    window = start(qtbot, tmp_path / "s.ini")
    assert window.width() > 300


DATA_FILES = {
    "runs.json of wrong types": ("runs.json", json.dumps(
        [{"id": "a", "params": "many", "test_accuracy": "high", "seconds": "5",
          "learning_rate": None, "model_file": 123}]).encode(), "imported"),
    "runs.json that is not JSON": ("runs.json", b"{\x00\xff", "moved to"),
    "a damaged database": ("digitlab.sqlite3", b"SQLite format 3\x00" + bytes(500), "moved to"),
    "a truncated my_drawings.npz": ("my_drawings.npz", b"PK\x03\x04" + bytes(30), "moved to"),
}


@pytest.mark.parametrize("case", DATA_FILES)
def test_damaged_data_files(qtbot, tmp_path: Path, case: str) -> None:  # noqa: ANN001
    name, content, notice = DATA_FILES[case]
    _data(name).write_bytes(content)
    window = start(qtbot, tmp_path / "s.ini")
    qtbot.waitUntil(lambda: notice in window.notice_bar.text(), timeout=10_000)  # a task
    assert name in window.notice_bar.text() and window.prediction.classifier() is not None


def test_drawings_without_images_are_set_aside_and_saving_works(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    np.savez(_data("my_drawings.npz"), labels=np.zeros(3, np.uint8))
    window = start(qtbot, tmp_path / "s.ini")
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    window.prediction.correction_made.emit(7)
    qtbot.waitUntil(lambda: "(1)" in window.drawings.label.text(), timeout=10_000)


LABS = {
    "max_epochs of 10^12": b"max_epochs = 1000000000000\n",
    "max_epochs of 3e9": b"max_epochs = 3000000000\n",
    "not UTF-8": "title = \"L\u00e4b\"\n".encode("latin-1"),
    "nested 100,000 deep": b"x = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
}


@pytest.mark.parametrize("case", LABS)
def test_bad_lab_files_in_the_config_folder(qtbot, tmp_path: Path, case: str) -> None:  # noqa: ANN001
    lab = app_paths.config_dir() / "digitlab-lab.toml"
    lab.parent.mkdir(parents=True, exist_ok=True)
    lab.write_bytes(LABS[case])
    window = start(qtbot, tmp_path / "s.ini")
    assert "Lab file not used" in window.notice_bar.text()
    assert not lab.exists() and len(list(lab.parent.iterdir())) == 1  # set aside, not deleted


def test_a_folder_named_like_a_lab_file_is_named_and_set_aside(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    lab = app_paths.config_dir() / "digitlab-lab.toml"
    (lab / "inside").mkdir(parents=True)
    window = start(qtbot, tmp_path / "s.ini")
    assert "is a folder, not a lab file" in window.notice_bar.text()
    (moved,) = lab.parent.iterdir()
    assert (moved / "inside").is_dir()  # set aside with what it holds


def test_a_lab_mnist_path_that_is_gone_does_not_block_training(qtbot, tmp_path: Path,  # noqa: ANN001
                                                               small_data: MnistData) -> None:
    save_npz(_data("datasets/mnist.npz"), small_data)
    lab = tmp_path / "lab.toml"
    lab.write_text('mnist = "/nowhere/mnist.npz"\n')
    window = start(qtbot, tmp_path / "s.ini", "--lab", str(lab))
    assert window.files.refresh_dataset_status()
    assert "does not exist" in window.notice_bar.text() + window.statusBar().currentMessage()


def _crafted_model(tmp_path: Path, member: str, content: bytes) -> Path:
    path = tmp_path / "crafted.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")]).save(
        path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[member] = content
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(("member", "content"), [
    ("config.json", b"[1, 2]"),
    ("config.json", b'{"class_name": "Sequential", "config": {"layers": ["Dense"]}}'),
    ("digitlab.json", b'{"params": "many", "learning_rate": "fast"}'),
])
def test_a_crafted_model_at_start(qtbot, tmp_path: Path, member: str, content: bytes) -> None:  # noqa: ANN001
    path = _crafted_model(tmp_path, member, content)
    window = start(qtbot, tmp_path / "s.ini", "--model", str(path))
    assert window.prediction.classifier() is not None


def test_an_error_before_the_window_shows_says_where_the_log_is(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from gui import app

    def broken(*_: object) -> None:
        raise RuntimeError("the screen is on fire")

    monkeypatch.setattr(app, "start_window", broken)
    assert app.main(["--startup-probe"]) == 1
    err = capsys.readouterr().err
    assert "could not start: the screen is on fire" in err and "digitlab.log" in err


def test_a_drawing_labelled_42_is_left_out_with_a_notice(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    import sqlite3

    with sqlite3.connect(_data("digitlab.sqlite3")) as connection:  # no CHECK constraint
        connection.execute("CREATE TABLE drawings (id INTEGER PRIMARY KEY, created REAL, "
                           "label INTEGER, image BLOB)")
        connection.executemany("INSERT INTO drawings (created, label, image) VALUES (1, ?, ?)",
                               [(42, bytes(784)), (7, bytes(784))])
    window = start(qtbot, tmp_path / "s.ini")
    assert "left out" in window.notice_bar.text() and "(1)" in window.drawings.label.text()


def test_a_read_only_data_folder_starts_and_says_so(qtbot, tmp_path: Path,  # noqa: ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from core.store import database

    real = os.access  # as chmod 555 answers a user (tests run as root)
    monkeypatch.setattr(database.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real(path, mode))
    window = start(qtbot, tmp_path / "s.ini")
    assert "read-only" in window.notice_bar.text() and window.prediction.classifier()
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    window.prediction.correction_made.emit(7)
    assert not window.canvas.is_empty()  # not saved: the drawing stays
