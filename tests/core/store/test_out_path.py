"""A user-directed write never lands on DigitLab's own files, a folder, or another kind."""

import os
from pathlib import Path

import pytest

from core.store import app_paths
from core.store.out_path import OtherKindError, OutPathError, check_out


@pytest.fixture
def database() -> Path:
    path = app_paths.data_dir() / "digitlab.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"SQLite format 3\0")
    return path


def test_the_database_is_refused_even_when_forced(database: Path) -> None:
    with pytest.raises(OutPathError, match="inside DigitLab's own files"):
        check_out(database, (".sqlite3",), force=True)


@pytest.mark.parametrize("where", ["runs/new.keras", "datasets/mnist.npz", "digitlab.log",
                                   "not-yet/made/file.npz"])
def test_anything_in_the_data_folder_is_refused(database: Path, where: str) -> None:
    with pytest.raises(OutPathError):
        check_out(app_paths.data_dir() / where, (Path(where).suffix,), force=True)


def test_the_configuration_folder_is_refused() -> None:
    with pytest.raises(OutPathError):
        check_out(app_paths.config_dir() / "digitlab-lab.toml", (".toml",))


def test_dot_dot_is_resolved_first(database: Path, tmp_path: Path) -> None:
    spelled = tmp_path / "elsewhere" / ".." / os.path.relpath(database, tmp_path)
    with pytest.raises(OutPathError, match="inside"):
        check_out(spelled, (".sqlite3",), force=True)


def test_a_symbolic_link_to_the_database_is_refused(database: Path, tmp_path: Path) -> None:
    (tmp_path / "link.npz").symlink_to(database)
    with pytest.raises(OutPathError, match="inside"):
        check_out(tmp_path / "link.npz", (".npz",), force=True)


def test_a_dangling_link_into_the_data_folder_is_refused(database: Path, tmp_path: Path) -> None:
    (tmp_path / "later.npz").symlink_to(database.parent / "runs" / "gone.npz")
    with pytest.raises(OutPathError, match="inside"):
        check_out(tmp_path / "later.npz", (".npz",), force=True)


def test_a_linked_folder_into_the_data_folder_is_refused(database: Path, tmp_path: Path) -> None:
    (tmp_path / "shortcut").symlink_to(database.parent, target_is_directory=True)
    with pytest.raises(OutPathError, match="inside"):
        check_out(tmp_path / "shortcut" / "digitlab.sqlite3", (".npz",), force=True)


def test_an_existing_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "out.npz").mkdir()
    with pytest.raises(OutPathError, match="is a folder") as caught:
        check_out(tmp_path / "out.npz", (".npz",), force=True)
    assert "\n" not in str(caught.value)


def test_an_existing_file_of_another_kind_needs_force(tmp_path: Path) -> None:
    (tmp_path / "model.keras").write_bytes(b"PK")
    with pytest.raises(OtherKindError, match=r"not a \.npz file"):
        check_out(tmp_path / "model.keras", (".npz",))
    assert check_out(tmp_path / "model.keras", (".npz",), force=True) == tmp_path / "model.keras"


def test_a_file_of_the_same_kind_or_a_new_file_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "OLD.NPZ").write_bytes(b"PK")
    assert check_out(tmp_path / "OLD.NPZ", (".npz",)) == tmp_path / "OLD.NPZ"
    assert check_out(tmp_path / "new.txt", (".npz",)) == tmp_path / "new.txt"


def test_extra_protected_files_are_refused(tmp_path: Path) -> None:
    settings = tmp_path / "DigitLab.conf"
    settings.write_text("[General]\n")
    with pytest.raises(OutPathError, match="inside"):
        check_out(settings, (".conf",), force=True, protected=[settings])
