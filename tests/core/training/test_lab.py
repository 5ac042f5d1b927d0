import os
from pathlib import Path

import pytest

from core.model.architectures import PRESETS
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


def test_a_byte_order_mark_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "digitlab-lab.toml"
    path.write_bytes("\ufefftitle = \"Übung 3\"\n".encode())  # what Notepad writes
    assert read_lab(path).title == "Übung 3"


def test_utf16_is_not_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "digitlab-lab.toml"
    path.write_text('title = "x"\n', encoding="utf-16")  # Notepad's "Unicode"
    with pytest.raises(LabError, match="not UTF-8"):
        read_lab(path)


def test_a_folder_is_named_a_folder(tmp_path: Path) -> None:
    with pytest.raises(LabError, match="is a folder, not a lab file"):
        find_lab(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_named_and_never_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "digitlab-lab.toml"
    os.mkfifo(pipe)  # nobody writes to it: opening it for reading would wait for ever
    for read in (find_lab, read_lab):
        with pytest.raises(LabError, match="not a regular file"):
            read(pipe)


def test_a_folder_at_the_config_folders_lab_place_is_named_with_its_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITLAB_CONFIG", str(tmp_path))
    (tmp_path / "digitlab-lab.toml").mkdir()
    with pytest.raises(LabError, match="is a folder") as caught:
        find_lab()
    assert caught.value.path == tmp_path / "digitlab-lab.toml"  # so the app sets it aside


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "digitlab-lab.toml"
    path.write_text("# " + "x" * 2_000_000 + "\n")
    with pytest.raises(LabError, match="too large"):
        read_lab(path)


@pytest.mark.parametrize("text", ['presets = ["asignment-1"]\n',
                                  'presets = ["asignment-1"]\nallow_custom = false\n'])
def test_presets_that_all_are_unknown_leave_the_first_preset_locked(tmp_path: Path,
                                                                    text: str) -> None:
    lab = read_lab(write(tmp_path, text))
    assert (lab.presets, lab.allow_custom) == ((next(iter(PRESETS)),), False)
    assert any("none of its presets" in w and "asignment-1" in w for w in lab.warnings)


def test_unknown_presets_with_custom_networks_allowed_offer_the_first_preset(
        tmp_path: Path) -> None:
    lab = read_lab(write(tmp_path, 'presets = ["nope"]\nallow_custom = true\n'))
    assert (lab.presets, lab.allow_custom) == ((next(iter(PRESETS)),), True)


def test_no_custom_networks_without_presets_offers_every_preset_locked(tmp_path: Path) -> None:
    lab = read_lab(write(tmp_path, "allow_custom = false\n"))
    assert (lab.presets, lab.allow_custom) == (tuple(PRESETS), False)
    assert len(lab.warnings) == 1  # said, not silent


def test_a_notice_lists_at_most_a_few_hundred_characters_of_names(tmp_path: Path) -> None:
    names = ", ".join(f'"p{i}"' for i in range(5000))
    lab = read_lab(write(tmp_path, f"presets = [{names}]\n"))
    assert len(lab.warnings[0]) < 400
