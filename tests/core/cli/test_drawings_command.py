import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.cli import cli
from core.data.datasets import read_npz


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    status = cli.main([*args, "--json"])
    out = capsys.readouterr().out.splitlines()
    return status, (json.loads(out[-1]) if out else {})


def digit_photo(path: Path, points: list[tuple[int, int]]) -> str:
    """A dark digit on white paper, as a phone photographs it."""
    image = Image.new("L", (280, 280), 235)
    ImageDraw.Draw(image).line(points, fill=20, width=22)
    image.save(path)
    return str(path)


ROOT = Path(__file__).resolve().parents[3]
SEVEN = [(60, 60), (220, 60), (120, 240)]
ONE = [(140, 40), (140, 240)]


def test_list_counts_per_digit(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["drawings", "list"], capsys) == (0, {"counts": [0] * 10, "total": 0})


def test_add_preprocesses_photos_like_the_canvas(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    status, result = run(["drawings", "add", digit_photo(tmp_path / "7.png", SEVEN),
                          "--label", "7"], capsys)
    assert status == 0 and result == {"added": 1, "total": 1}
    assert run(["drawings", "list"], capsys)[1]["counts"][7] == 1


def test_export_writes_mnist_layout_and_strokes(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    run(["drawings", "add", digit_photo(tmp_path / "7.png", SEVEN), "--label", "7"], capsys)
    status, _ = run(["drawings", "export", "--out", str(tmp_path / "class.npz")], capsys)
    data = read_npz(tmp_path / "class.npz")
    assert status == 0 and list(data.y_test) == [7] and data.x_test.shape == (1, 28, 28)
    line = json.loads((tmp_path / "class.npz.ndjson").read_text().splitlines()[0])
    assert line["label"] == 7 and line["strokes"] == []


def test_merge_of_two_data_folders_drops_duplicates_and_names_contributors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    seven, one = digit_photo(tmp_path / "7.png", SEVEN), digit_photo(tmp_path / "1.png", ONE)
    for folder, photos in (("alice", [seven]), ("bob", [seven, one])):
        monkeypatch.setenv("DIGITLAB_HOME", str(tmp_path / folder))
        for photo in photos:
            run(["drawings", "add", photo, "--label", "7" if photo == seven else "1"], capsys)
        run(["drawings", "export", "--out", str(tmp_path / f"{folder}.npz")], capsys)
    status, result = run(["drawings", "merge", str(tmp_path / "alice.npz"),
                          str(tmp_path / "bob.npz"), "--out", str(tmp_path / "class.npz")],
                         capsys)
    assert status == 0 and result["merged"]["total"] == 2
    assert result["merged"]["duplicates"] == 1
    with np.load(tmp_path / "class.npz", allow_pickle=False) as data:
        assert [s.split("#")[0] for s in data["sources"]] == ["alice.npz", "bob.npz"]
    status, _ = run(["evaluate", str(ROOT / "resources" / "models" / "presets" /
                                     "assignment-1.keras"), "--data",
                     str(tmp_path / "class.npz")], capsys)
    assert status == 0


def test_a_blank_photo_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (100, 100), 235).save(blank)
    assert cli.main(["drawings", "add", str(blank), "--label", "3"]) == 1
    assert "no digit found" in capsys.readouterr().err


def test_two_add_loops_at_once_keep_every_drawing(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import subprocess
    import sys

    photos = [digit_photo(tmp_path / f"{i}.png", [(140, 40 + i), (140, 240)]) for i in range(20)]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    command = [sys.executable, str(ROOT / "main.py"), "drawings", "add", *photos, "--label", "1"]
    loops = [subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL) for _ in range(2)]
    assert [loop.wait(timeout=120) for loop in loops] == [0, 0]
    assert run(["drawings", "list"], capsys)[1]["total"] == 40


def _rows(*rows: tuple[object, ...]) -> None:
    """Drawings in a table made without the CHECK constraints."""
    import sqlite3

    from core.store.database import Database

    path = Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE drawings (id INTEGER PRIMARY KEY, created REAL, "
                           "label, image, strokes)")
        connection.executemany("INSERT INTO drawings (created, label, image, strokes) "
                               "VALUES (1, ?, ?, ?)", rows)


def test_list_leaves_out_a_label_42_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    _rows((42, bytes(784), "[]"), (7, bytes(784), "[]"))
    status = cli.main(["drawings", "list"])
    out, err = capsys.readouterr()
    assert status == 0 and "(1 in all)" in out
    assert err.startswith("notice: 1 drawing in digitlab.sqlite3 is not well-formed")


def test_export_leaves_out_rows_with_bad_strokes(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _rows((7, bytes(784), "[{not json"), (3, bytes(784), "[]"), (42, bytes(784), "[]"))
    status, result = run(["drawings", "export", "--out", str(tmp_path / "c.npz")], capsys)
    assert status == 0 and result["exported"] == 1
    assert list(read_npz(tmp_path / "c.npz").y_test) == [3]


def test_a_database_set_aside_is_said_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    from core.store.database import Database

    path = Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database" * 100)
    assert cli.main(["drawings", "list"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "moved to digitlab.damaged-" in err[0]


def test_a_read_only_folder_lists_and_refuses_add_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from core.store import database

    run(["drawings", "add", digit_photo(tmp_path / "7.png", SEVEN), "--label", "7"], capsys)
    real = os.access  # as chmod 555 answers a user (tests run as root)
    monkeypatch.setattr(database.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real(path, mode))
    assert cli.main(["drawings", "list"]) == 0
    out, err = capsys.readouterr()
    assert "(1 in all)" in out and "read-only" in err
    assert cli.main(["drawings", "add", digit_photo(tmp_path / "7.png", SEVEN),
                     "--label", "7"]) == 1
    error = capsys.readouterr().err.splitlines()[-1]
    assert error.startswith("error: could not save the drawing") and "read-only" in error
