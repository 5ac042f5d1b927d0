"""Every command's --out: never DigitLab's own files, a folder, or another kind without --force;
and running out of memory names the fix for the command that ran out."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from core.cli import cli
from core.data.my_drawings import DrawingStore
from core.store import app_paths

ROOT = Path(__file__).resolve().parents[3]
MODEL = str(ROOT / "resources" / "models" / "presets" / "assignment-1.keras")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = cli.main(args)
    return status, capsys.readouterr().err


@pytest.fixture
def one_drawing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A data folder with one drawing; its database's path."""
    photo = Image.new("L", (280, 280), 235)
    ImageDraw.Draw(photo).line([(140, 40), (140, 240)], fill=20, width=22)
    photo.save(tmp_path / "1.png")
    assert run(["drawings", "add", str(tmp_path / "1.png"), "--label", "1"], capsys)[0] == 0
    database = app_paths.data_dir() / "digitlab.sqlite3"
    assert database.is_file()
    return database


def test_exporting_onto_the_database_is_refused_and_keeps_every_drawing(
        one_drawing: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = one_drawing.read_bytes()
    status, err = run(["drawings", "export", "--out", str(one_drawing), "--force"], capsys)
    assert status == 1 and "inside DigitLab's own files" in err and err.count("\n") == 1
    assert one_drawing.read_bytes() == before
    assert int(DrawingStore().counts().sum()) == 1


def test_a_strokes_file_linked_into_the_data_folder_is_refused(
        one_drawing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "class.npz.ndjson").symlink_to(one_drawing)
    status, err = run(["drawings", "export", "--out", str(tmp_path / "class.npz")], capsys)
    assert status == 1 and "inside" in err and not (tmp_path / "class.npz").exists()


def test_an_existing_file_of_another_kind_needs_force(
        one_drawing: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "model.keras"
    target.write_bytes(b"a student's model")
    status, err = run(["drawings", "export", "--out", str(target)], capsys)
    assert status == 1 and "--force" in err and target.read_bytes() == b"a student's model"
    assert run(["drawings", "export", "--out", str(target), "--force"], capsys)[0] == 0
    assert target.read_bytes()[:2] == b"PK"


def test_merge_onto_an_existing_folder_is_refused(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out.npz").mkdir()
    status, err = run(["drawings", "merge", "a.npz", "--out", str(tmp_path / "out.npz")],
                      capsys)
    assert status == 1 and "is a folder" in err


@pytest.mark.parametrize("command", [
    ["train", "--layers", "8", "--out", "{data}/runs/x.keras"],
    ["report", MODEL, "--out", "{data}/report.html"],
    ["export", MODEL, "--out", "{data}/run.py"],
    ["drawings", "merge", MODEL, "--out", "{data}/merged.npz"],
])
def test_no_command_writes_into_the_data_folder(command: list[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = app_paths.data_dir()
    args = [word.replace("{data}", str(data)) for word in command]
    status, err = run([*args, "--force"], capsys)
    assert status == 1 and "inside DigitLab's own files" in err
    assert not data.exists() or not any(data.rglob("*.*"))


@pytest.mark.parametrize(("command", "fix"), [
    ("evaluate", "use a smaller data file"),
    ("train", "try a smaller network, batch size or --limit"),
    ("drawings", "merge fewer or smaller data set files"),
])
@pytest.mark.parametrize("error", ["MemoryError", "ResourceExhaustedError"])
def test_out_of_memory_names_the_commands_fix(command: str, fix: str, error: str,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    kind = MemoryError if error == "MemoryError" else type(error, (Exception,), {})

    def run_out(args: object) -> int:
        raise kind("OOM when allocating tensor")

    monkeypatch.setitem(cli.COMMANDS, command, run_out)
    args = {"evaluate": ["evaluate", MODEL], "train": ["train", "--layers", "8", "--out",
                                                       "m.keras"],
            "drawings": ["drawings", "merge", "a.npz", "--out", "b.npz"]}[command]
    status, err = run(args, capsys)
    assert status == 1 and err == f"error: out of memory; {fix}\n"
