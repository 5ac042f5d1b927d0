import gzip
import pickle
import struct
from pathlib import Path

import numpy as np
import pytest
from helpers import save_npz

from core.data import datasets
from core.data.datasets import DatasetError, MnistData


def write_idx(path: Path, array: np.ndarray, compress: bool = False) -> Path:
    header = bytes([0, 0, 8, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    blob = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(blob) if compress else blob)
    return path


def write_idx_folder(folder: Path, data: MnistData, compress: bool) -> Path:
    for key, name in datasets.IDX_NAMES.items():
        write_idx(folder / (name + (".gz" if compress else "")), getattr(data, key), compress)
    return folder


def test_npz_round_trip(tmp_path: Path, small_data: MnistData) -> None:
    loaded = datasets.read_npz(save_npz(tmp_path / "m.npz", small_data))
    assert np.array_equal(loaded.x_train, small_data.x_train)
    assert loaded.y_test.dtype == np.uint8


@pytest.mark.parametrize("compress", [False, True])
def test_idx_folder_round_trip(tmp_path: Path, small_data: MnistData, compress: bool) -> None:
    loaded = datasets.load(write_idx_folder(tmp_path, small_data, compress))
    assert np.array_equal(loaded.x_test, small_data.x_test)


@pytest.mark.parametrize(("override", "message"), [
    ({"x_train": np.zeros((5, 32, 32), np.uint8)}, "28x28"),
    ({"y_train": np.full(600, 11, np.uint8)}, "outside 0-9"),
    ({"x_test": np.full((200, 28, 28), np.nan, np.float32)}, "NaN"),
    ({"x_test": np.zeros((0, 28, 28), np.uint8), "y_test": np.zeros(0, np.uint8)}, "no images"),
    ({"y_test": np.zeros(3, np.uint8)}, "one label per image"),
])
def test_bad_arrays_are_refused(tmp_path: Path, small_data: MnistData, override: dict,
                                message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        datasets.read_npz(save_npz(tmp_path / "bad.npz", small_data, **override))


def test_missing_keys_are_named(tmp_path: Path) -> None:
    np.savez(tmp_path / "m.npz", images=np.zeros((2, 28, 28)))
    with pytest.raises(DatasetError, match="x_train"):
        datasets.read_npz(tmp_path / "m.npz")


def test_pickled_npy_is_never_unpickled(tmp_path: Path) -> None:
    path = tmp_path / "evil.npy"
    np.save(path, np.array([{"x": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(DatasetError):
        datasets.load(path)


def test_pickled_object_inside_npz_is_refused(tmp_path: Path, small_data: MnistData) -> None:
    objects = np.array([pickle.dumps("x")] * 600, dtype=object)
    path = tmp_path / "evil.npz"
    np.savez(path, x_train=small_data.x_train, y_train=objects, x_test=small_data.x_test,
             y_test=small_data.y_test)
    with pytest.raises(DatasetError, match="pickled"):
        datasets.read_npz(path)


def test_idx_with_bad_magic_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(b"\x12\x34\x56\x78" + bytes(100))
    with pytest.raises(DatasetError, match="magic"):
        datasets.read_idx(path)


def test_idx_count_that_does_not_match_the_file_is_refused(tmp_path: Path) -> None:
    path = write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.zeros(10, np.uint8))
    path.write_bytes(path.read_bytes()[:-3])
    with pytest.raises(DatasetError, match="says it holds 10"):
        datasets.read_idx(path)


def test_gz_that_is_not_gzip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "train-labels-idx1-ubyte.gz"
    path.write_bytes(b"definitely not gzip")
    with pytest.raises(DatasetError, match="not gzip"):
        datasets.read_idx(path)


def test_search_order_prefers_explicit_then_env_then_data_folder(
        tmp_path: Path, small_data: MnistData, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = save_npz(tmp_path / "env.npz", small_data)
    explicit = save_npz(tmp_path / "explicit.npz", small_data)
    datasets.import_file(env_file)
    monkeypatch.setenv(datasets.ENV_VAR, str(env_file))
    assert datasets.find(explicit) == explicit
    assert datasets.find() == env_file
    monkeypatch.delenv(datasets.ENV_VAR)
    assert datasets.find().parent.name == "datasets"


def test_keras_cache_is_found_last(small_data: MnistData, isolated_home: Path) -> None:
    cache = isolated_home / "keras" / "datasets"
    cache.mkdir(parents=True)
    expected = save_npz(cache / "mnist.npz", small_data)
    assert datasets.find() == expected


def test_missing_dataset_error_lists_where_it_looked_and_the_fix() -> None:
    with pytest.raises(DatasetError) as info:
        datasets.find()
    assert "keras" in str(info.value) and "--data" in str(info.value)


def test_import_copies_without_touching_the_source(tmp_path: Path, small_data: MnistData) -> None:
    source = save_npz(tmp_path / "mine.npz", small_data)
    before = source.read_bytes()
    target = datasets.import_file(source)
    assert source.read_bytes() == before and target != source
    assert datasets.read_npz(target).x_train.shape == small_data.x_train.shape


def test_failed_import_leaves_the_earlier_import_intact(
        tmp_path: Path, small_data: MnistData, monkeypatch: pytest.MonkeyPatch) -> None:
    target = datasets.import_file(save_npz(tmp_path / "a.npz", small_data))
    before = target.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datasets.shutil, "copyfile", full_disk)
    with pytest.raises(DatasetError, match="No space left"):
        datasets.import_file(save_npz(tmp_path / "b.npz", small_data))
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["mnist.npz"]


def _peak_mb_of(code: str) -> float:
    """Run `code` in a fresh Python and return its peak resident memory growth in MB."""
    import subprocess
    import sys

    script = ("import resource, sys; sys.path[:0] = [sys.argv[1]]\n"
              "from core.data import datasets\n"
              "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
              f"{code}\n"
              "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)")
    root = str(Path(__file__).resolve().parents[3])
    out = subprocess.run([sys.executable, "-c", script, root], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    return float(out.stdout.split()[-1])


def test_a_gzip_bomb_is_refused_from_its_header_in_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "train-images-idx3-ubyte.gz"
    header = bytes([0, 0, 8, 3]) + struct.pack(">3I", 3_000_000, 28, 28)
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        handle.write(header)
        for _ in range(40):  # 400 MB of zeros, a few hundred kB on disk
            handle.write(bytes(10_000_000))
    code = ("try:\n    datasets.read_idx(sys.argv[2])\nexcept datasets.DatasetError as e:\n"
            "    assert '3,000,000 items' in str(e), e")
    script = code.replace("sys.argv[2]", repr(str(bomb)))
    assert _peak_mb_of(script) < 100


def test_overflowing_idx_sizes_give_the_right_byte_count(tmp_path: Path) -> None:
    path = tmp_path / "t10k-images-idx3-ubyte"
    path.write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 4_000_000_000, 28, 28))
    with pytest.raises(DatasetError, match="3,136,000,000,000 bytes"):
        datasets.read_idx(path)


def test_an_npy_renamed_npz_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "mnist.npz"
    with path.open("wb") as handle:
        np.save(handle, np.zeros((2, 28, 28), np.uint8))
    with pytest.raises(DatasetError, match="single .npy array"):
        datasets.load(path)


def test_a_gz_that_is_not_gzip_is_not_called_pickled(tmp_path: Path) -> None:
    path = tmp_path / "mnist.npz.gz"
    path.write_bytes(b"plain text, not gzip" * 10)
    with pytest.raises(DatasetError) as caught:
        datasets.load(path)
    assert "pickled" not in str(caught.value) and "not an .npz" in str(caught.value)


def test_the_test_set_is_read_once_per_version_of_the_file(tmp_path: Path,
                                                           small_data: datasets.MnistData) -> None:
    path = save_npz(tmp_path / "m.npz", small_data)
    first = datasets.test_set(path)
    assert datasets.test_set(path)[0] is first[0]  # the views share one copy
    save_npz(path, small_data.subset(600, 50))
    assert len(datasets.test_set(path)[0]) == 50  # a changed file is read again


def test_fingerprint_is_the_sha256_of_the_arrays(small_data: MnistData) -> None:
    import hashlib

    digest = hashlib.sha256()
    for array in (small_data.x_train, small_data.y_train, small_data.x_test, small_data.y_test):
        digest.update(array.tobytes())
    assert small_data.fingerprint() == digest.hexdigest()[:16]
    assert small_data.subset(10).fingerprint() != small_data.fingerprint()


def test_idx_images_beyond_the_npz_limit_are_refused_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 200_001, 28, 28) + bytes(784))
    with pytest.raises(DatasetError, match="200,001 items.*at most 200,000"):
        datasets.read_idx(path)


def test_an_idx_folder_whose_label_count_differs_is_refused_before_reading(
        tmp_path: Path, small_data: MnistData, monkeypatch: pytest.MonkeyPatch) -> None:
    write_idx_folder(tmp_path, small_data, compress=False)
    write_idx(tmp_path / datasets.IDX_NAMES["y_test"], small_data.y_test[:150])
    monkeypatch.setattr(datasets, "read_idx", lambda path: pytest.fail(f"read {path}"))
    with pytest.raises(DatasetError, match="200 images.*150 labels.*one label per image"):
        datasets.load(tmp_path)


def test_an_offline_download_says_one_clear_line(monkeypatch) -> None:
    import keras.utils

    from core.data import datasets

    def offline(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise Exception("URL fetch failure on https://storage.googleapis.com/tensorflow/"
                        "tf-keras-datasets/mnist.npz: None -- [Errno -3] Temporary failure in "
                        "name resolution")

    monkeypatch.setattr(keras.utils, "get_file", offline)
    with pytest.raises(datasets.DatasetError) as caught:
        datasets.download()
    text = str(caught.value)
    assert "no connection" in text and "http" not in text and "\n" not in text
