"""Read MNIST's arrays from an `.npz` only after checking what they would take.

An `.npz` is a zip of `.npy` files. Deflate packs a 1.5 GB array of zeros into 1.5 MB, and a
`.npy` header may claim any shape, so `numpy.load` on a hostile file can take gigabytes and
minutes before anything is checked. Here, before a byte of array data is unpacked, the zip's
directory gives each member's unpacked size and each wanted member's `.npy` header gives its
shape and dtype; the file is refused, in one line naming the file, the member and the claimed
shape, when they are beyond the limits below or cannot be MNIST (objects, records, text, not
28x28, labels not one per image). Only then are the arrays read, each from its own member.
"""

from __future__ import annotations

import math
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
from numpy.lib import format as npy

from core.i18n import Context

MAX_IMAGES = 200_000  # per array; MNIST has 60,000 + 10,000
MAX_UNPACKED_BYTES = 1 << 30  # all members together, as the zip's directory states them
MAX_MEMBERS = 64  # MNIST needs 4; a class data set has 5
MAX_DIRECTORY_BYTES = 64 << 10  # the zip's directory is read whole before anything else

Datasets = Context("Datasets")  # the same context as core.data.datasets' reasons


class ArrayFileError(ValueError):
    """An `.npz` whose arrays cannot be read as MNIST, with a one-line reason."""


def pickled(path: Path) -> str:
    """The reason given for a file or member that holds pickled Python objects."""
    return Datasets.tr("{0} holds pickled Python objects, which DigitLab never loads; save "
                       "plain arrays with numpy.savez").format(path)


@dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    shape: tuple[int, ...]
    dtype: np.dtype


def read_arrays(path: Path, keys: tuple[str, ...]) -> tuple[dict[str, np.ndarray], list[str]]:
    """The arrays of `keys` found in the `.npz` at `path` (x_* images, y_* labels) and the
    names of all its arrays; ArrayFileError when a check fails. zipfile's and numpy's own
    errors (damaged archives) pass through for the caller to word."""
    _check_directory(path)
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        by_key = {info.filename.removesuffix(".npy"): info for info in infos}
        members = {key: _header(archive, by_key[key], path) for key in keys if key in by_key}
        _check_counts(members, path)
        total = sum(info.file_size for info in infos)
        if total > MAX_UNPACKED_BYTES:
            largest = max(infos, key=lambda info: info.file_size)
            raise ArrayFileError(Datasets.tr("{0} would unpack to {1} MB ({2}: {3} MB); at "
                                             "most {4} MB are read").format(
                path, f"{total >> 20:,}", largest.filename, f"{largest.file_size >> 20:,}",
                f"{MAX_UNPACKED_BYTES >> 20:,}"))
        arrays = {}
        for key, member in members.items():
            with archive.open(member.info) as stream:
                arrays[key] = npy.read_array(stream, allow_pickle=False)
    return arrays, list(by_key)


def _check_directory(path: Path) -> None:
    """Refuse a zip whose directory lists more members, or takes more bytes, than an MNIST
    file can need, from its end record (zipfile reads the whole directory at once)."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - 22 - 0xFFFF))
        tail = handle.read()
        # As zipfile finds it: right at the end (no comment), else the last one in the tail.
        end = len(tail) - 22 if tail[-22:-18] == b"PK\x05\x06" else tail.rfind(b"PK\x05\x06")
        if end < 0 or len(tail) < end + 22:
            return  # not a zip: zipfile says so
        count, directory = struct.unpack("<HI", tail[end + 10:end + 16])
        locator = tail[end - 20:end] if end >= 20 else b""
        if locator[:4] == b"PK\x06\x07":  # zip64: the record before the locator, or where
            where = size - len(tail) + end - 20 - 56  # the locator says (Pythons differ)
            for start in (where, struct.unpack("<Q", locator[8:16])[0]):
                handle.seek(max(0, start))
                record = handle.read(56)
                if start >= 0 and record[:4] == b"PK\x06\x06":
                    more, larger = struct.unpack("<QQ", record[32:48])
                    count, directory = max(count, more), max(directory, larger)
    if count > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        raise ArrayFileError(Datasets.tr("{0} lists {1} members ({2} bytes of zip directory); "
                                         "an MNIST file has a few; refused")
                             .format(path, f"{count:,}", f"{directory:,}"))


def _header(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> _Member:
    """A member's shape and dtype from its `.npy` header, checked against its zip size."""
    name = info.filename
    with archive.open(info) as stream:
        shape, dtype = _read_header(stream, path, name)
        header_bytes = stream.tell()
    if dtype.hasobject:
        raise ArrayFileError(pickled(path))
    key = name.removesuffix(".npy")
    wanted = "ui" if key.startswith("y_") else "uif"
    if dtype.names is not None or dtype.kind not in wanted or dtype.subdtype is not None:
        kind = Datasets.tr("integer labels") if key.startswith("y_") else Datasets.tr("numbers")
        raise ArrayFileError(Datasets.tr("{0}: {1} holds values of type {2}; it must hold {3}")
                             .format(path, name, dtype, kind))
    if key.startswith("y_"):
        fits = len(shape) == 1
        expected = Datasets.tr("one label per image")
    else:
        fits = shape[1:] in ((28, 28), (784,))
        expected = Datasets.tr("28x28 images")
    if not fits:
        raise ArrayFileError(Datasets.tr("{0}: {1} claims shape {2}; it must hold {3}")
                             .format(path, name, shape, expected))
    images = shape[0]
    if images > MAX_IMAGES:
        raise ArrayFileError(Datasets.tr("{0}: {1} claims shape {2}, {3} images; at most {4} "
                                         "per array are read").format(
            path, name, shape, f"{images:,}", f"{MAX_IMAGES:,}"))
    claimed = math.prod(shape) * dtype.itemsize
    if header_bytes + claimed > info.file_size:
        raise ArrayFileError(Datasets.tr("{0}: {1} claims shape {2} ({3} bytes) but holds {4} "
                                         "bytes").format(path, name, shape, f"{claimed:,}",
                                                         f"{info.file_size - header_bytes:,}"))
    return _Member(info, shape, dtype)


def _read_header(stream: IO[bytes], path: Path, name: str) -> tuple[tuple[int, ...], np.dtype]:
    try:
        version = npy.read_magic(stream)
        if version == (1, 0):
            shape, _, dtype = npy.read_array_header_1_0(stream)
        elif version == (2, 0):
            shape, _, dtype = npy.read_array_header_2_0(stream)
        else:
            raise ArrayFileError(Datasets.tr("{0}: {1} is a .npy file of version {2}, which "
                                             "MNIST's arrays never need").format(
                path, name, ".".join(map(str, version))))
    except ArrayFileError:
        raise
    except (ValueError, EOFError) as exc:  # not .npy, or a damaged header
        raise ArrayFileError(Datasets.tr("{0}: {1} is not a readable .npy array ({2})")
                             .format(path, name, " ".join(str(exc).split())[:200])) from None
    return tuple(int(n) for n in shape), np.dtype(dtype)


def _check_counts(members: dict[str, _Member], path: Path) -> None:
    """Each part's labels, one per image, before either is read."""
    for part in ("train", "test"):
        x, y = members.get(f"x_{part}"), members.get(f"y_{part}")
        if x is not None and y is not None and x.shape[0] != y.shape[0]:
            raise ArrayFileError(Datasets.tr("{0}: x_{1} claims {2} images but y_{1} {3} "
                                             "labels; it must hold one label per image").format(
                path, part, f"{x.shape[0]:,}", f"{y.shape[0]:,}"))
