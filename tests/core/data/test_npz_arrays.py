"""An .npz's arrays are checked from the zip directory and the .npy headers before unpacking."""

import io
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
from numpy.lib import format as npy

from core.data import datasets, npz_arrays
from core.data.datasets import DatasetError, MnistData


def npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def lying_npy(shape: tuple[int, ...], dtype: str = "uint8", data: bytes = b"\0" * 16) -> bytes:
    """A .npy header claiming `shape`, followed by only `data`."""
    buffer = io.BytesIO()
    npy.write_array_header_1_0(buffer, {"descr": npy.dtype_to_descr(np.dtype(dtype)),
                                        "fortran_order": False, "shape": shape})
    return buffer.getvalue() + data


def write_npz(path: Path, data: MnistData, **members: bytes) -> Path:
    """`data`'s four arrays as an .npz, any member replaced by raw bytes from `members`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for key in datasets.NPZ_KEYS:
            archive.writestr(key + ".npy", members.pop(key, None) or
                             npy_bytes(getattr(data, key)))
        for name, raw in members.items():
            archive.writestr(name, raw)
    return path


def test_a_header_claiming_two_million_images_is_refused_naming_file_member_and_shape(
        tmp_path: Path, small_data: MnistData) -> None:
    path = write_npz(tmp_path / "bomb.npz", small_data,
                     x_test=lying_npy((2_000_000, 28, 28)))
    with pytest.raises(DatasetError) as caught:
        datasets.read_npz(path)
    text = str(caught.value)
    assert "bomb.npz" in text and "x_test.npy" in text and "(2000000, 28, 28)" in text
    assert "200,000" in text and "\n" not in text


def test_a_header_claiming_more_bytes_than_the_member_holds_is_refused(
        tmp_path: Path, small_data: MnistData) -> None:
    path = write_npz(tmp_path / "short.npz", small_data, x_train=lying_npy((600, 28, 28)))
    with pytest.raises(DatasetError, match=r"x_train.npy claims shape \(600, 28, 28\)"):
        datasets.read_npz(path)


def test_more_than_a_gigabyte_unpacked_in_all_is_refused(tmp_path: Path, small_data: MnistData,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(npz_arrays, "MAX_UNPACKED_BYTES", 100_000)
    path = write_npz(tmp_path / "big.npz", small_data)  # 627 kB unpacked
    with pytest.raises(DatasetError, match="would unpack to"):
        datasets.read_npz(path)


@pytest.mark.parametrize(("key", "array", "message"), [
    ("x_train", np.zeros((600, 28, 28), [("a", "u1")]), "type"),
    ("x_train", np.zeros((600, 28, 28), np.complex64), "type"),
    ("x_train", np.zeros((600, 28, 28), "U1"), "type"),
    ("y_train", np.zeros(600, np.float32), "integer labels"),
    ("y_train", np.zeros((600, 1), np.uint8), "one label per image"),
    ("x_train", np.zeros((600, 28), np.uint8), "28x28"),
    ("x_train", np.zeros((), np.uint8), "28x28"),
    ("y_test", np.zeros(199, np.uint8), "one label per image"),
])
def test_arrays_that_cannot_be_mnist_are_refused_from_their_headers(
        tmp_path: Path, small_data: MnistData, key: str, array: np.ndarray,
        message: str) -> None:
    path = write_npz(tmp_path / "odd.npz", small_data, **{key: npy_bytes(array)})
    with pytest.raises(DatasetError, match=message):
        datasets.read_npz(path)


def test_object_arrays_are_refused_as_pickled(tmp_path: Path, small_data: MnistData) -> None:
    header = lying_npy((600, 28, 28), "O")
    path = write_npz(tmp_path / "objects.npz", small_data, x_train=header)
    with pytest.raises(DatasetError, match="pickled"):
        datasets.read_npz(path)


def test_a_member_that_is_not_npy_is_named(tmp_path: Path, small_data: MnistData) -> None:
    path = write_npz(tmp_path / "text.npz", small_data, y_test=b"just some text")
    with pytest.raises(DatasetError, match="y_test.npy is not a readable .npy array"):
        datasets.read_npz(path)


def test_flat_784_value_images_are_read(tmp_path: Path, small_data: MnistData) -> None:
    flat = npy_bytes(small_data.x_train.reshape(-1, 784))
    loaded = datasets.read_npz(write_npz(tmp_path / "flat.npz", small_data, x_train=flat))
    assert np.array_equal(loaded.x_train, small_data.x_train)


def test_a_zip_listing_thousands_of_members_is_refused_from_its_end_record(
        tmp_path: Path, small_data: MnistData) -> None:
    extra = {f"junk{i}.npy": b"" for i in range(100)}
    path = write_npz(tmp_path / "many.npz", small_data, **extra)
    with pytest.raises(DatasetError, match="104 members"):
        datasets.read_npz(path)


def test_a_zip64_end_record_is_the_one_checked(tmp_path: Path, small_data: MnistData) -> None:
    path = write_npz(tmp_path / "z64.npz", small_data)
    raw = path.read_bytes()
    end = raw.rfind(b"PK\x05\x06")
    count, size, offset = struct.unpack("<HII", raw[end + 10:end + 20])
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 1_000_000,
                         1_000_000, size, offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, 1)
    path.write_bytes(raw[:end] + record + locator + raw[end:])
    with pytest.raises(DatasetError, match="1,000,000 members"):
        datasets.read_npz(path)
