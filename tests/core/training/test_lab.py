from pathlib import Path

import pytest

from core.training.lab import LabError, find_lab, read_lab


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "digitlab-lab.toml"
    path.write_text(text)
    return path


def test_a_full_lab_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "mnist.npz").write_bytes(b"x")
    lab = read_lab(write(tmp_path, 'title = "Lab 3"\ninstructions = "Compare."\n'
                                   'mnist = "mnist.npz"\npresets = ["assignment-1"]\n'
                                   "seed = 7\nmax_epochs = 5\n"))
    assert (lab.title, lab.presets, lab.seed, lab.max_epochs) == ("Lab 3", ("assignment-1",), 7, 5)
    assert lab.mnist == str(tmp_path / "mnist.npz") and lab.warnings == ()


def test_unknown_keys_presets_and_missing_paths_are_warnings(tmp_path: Path) -> None:
    lab = read_lab(write(tmp_path, 'colour = "red"\npresets = ["nope", "single-100"]\n'
                                   'mnist = "/no/such/file.npz"\n'))
    assert lab.presets == ("single-100",)
    assert len(lab.warnings) == 3


@pytest.mark.parametrize("text", ["title = ", "seed = -1", "seed = 'x'", "max_epochs = 0",
                                  "presets = 'assignment-1'", "title = 5"])
def test_bad_files_give_one_message(tmp_path: Path, text: str) -> None:
    with pytest.raises(LabError):
        read_lab(write(tmp_path, text))


def test_explicit_missing_file_is_an_error() -> None:
    with pytest.raises(LabError, match="does not exist"):
        find_lab("/no/such/lab.toml")


def test_config_folder_lab_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITLAB_CONFIG", str(tmp_path))
    write(tmp_path, 'title = "From config"\n')
    assert find_lab().title == "From config"


def test_presets_alone_lock_custom_networks_out(tmp_path: Path) -> None:
    assert not read_lab(write(tmp_path, 'presets = ["assignment-1"]\n')).allow_custom
    assert read_lab(write(tmp_path, 'title = "open lab"\n')).allow_custom


def test_allow_custom_must_be_true_or_false(tmp_path: Path) -> None:
    with pytest.raises(LabError, match="allow_custom"):
        read_lab(write(tmp_path, 'presets = ["assignment-1"]\nallow_custom = "yes"\n'))
