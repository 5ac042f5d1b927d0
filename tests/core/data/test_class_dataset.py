"""Merging class data sets tells contributors apart by file name and content, not folder."""

from pathlib import Path

import numpy as np
from helpers import make_digits

from core.data import class_dataset


def class_file(path: Path, n: int, seed: int) -> Path:
    images, labels = make_digits(n, seed=seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:  # a file object: numpy would add ".npz" to a name
        np.savez(handle, x_train=images, y_train=labels, x_test=images, y_test=labels)
    return path


def test_two_files_of_the_same_name_stay_two_contributors_with_their_counts(
        tmp_path: Path) -> None:
    alice = class_file(tmp_path / "alice" / "my-drawings.npz", 3, seed=1)
    bob = class_file(tmp_path / "bob" / "my-drawings.npz", 5, seed=2)
    merged = class_dataset.merge([alice, bob], tmp_path / "class.npz")
    files = merged["files"]
    assert [f["drawings"] for f in files] == [3, 5] and [f["kept"] for f in files] == [3, 5]
    assert files[0]["file"] != files[1]["file"]
    assert all(str(f["file"]).startswith("my-drawings.npz#") for f in files)
    with np.load(tmp_path / "class.npz") as data:
        assert [list(data["sources"]).count(f["file"]) for f in files] == [3, 5]
        assert not any(str(tmp_path) in source for source in data["sources"])


def test_the_same_file_twice_counts_its_drawings_once(tmp_path: Path) -> None:
    alice = class_file(tmp_path / "my-drawings.npz", 4, seed=1)
    merged = class_dataset.merge([alice, alice], tmp_path / "class.npz")
    assert [f["kept"] for f in merged["files"]] == [4, 0]
    assert merged["total"] == 4 and merged["duplicates"] == 4


def test_a_file_named_like_a_summary_key_does_not_overwrite_it(tmp_path: Path) -> None:
    total = class_file(tmp_path / "total", 2, seed=3)
    merged = class_dataset.merge([total], tmp_path / "class.npz")
    assert merged["total"] == 2 and merged["files"][0]["kept"] == 2
