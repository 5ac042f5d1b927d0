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
