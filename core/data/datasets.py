"""Find, read, validate and import MNIST without the network.

Formats: Keras's `mnist.npz` (keys x_train, y_train, x_test, y_test; read with
allow_pickle=False) and the four IDX files (`train-images-idx3-ubyte[.gz]`, ...). Nothing here
ever deletes or overwrites a file the user pointed at; importing copies into the app's data
folder. Keras's own `mnist.load_data()` is never used on a user's file (it deletes a cached file
whose hash differs and raises a bare Exception offline).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import math
import os
import shutil
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

import numpy as np

from core.data.download_reason import download_reason
from core.data.npz_arrays import MAX_IMAGES, ArrayFileError, pickled, read_arrays
from core.i18n import Context
from core.store import app_paths, atomic, plain

T = TypeVar("T")

ENV_VAR = "DIGITLAB_MNIST"
NPZ_NAME = "mnist.npz"
NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")
IDX_NAMES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}
MAX_FILE_BYTES = 1 << 30  # refuse anything over 1 GiB before reading it
MAX_IDX_ITEMS = MAX_IMAGES  # the .npz limit (core.data.npz_arrays): 200,000 per array
MAX_IDX_BYTES = MAX_IDX_ITEMS * 28 * 28

Datasets = Context("Datasets")  # Datasets.tr(…): why a data set cannot be used (see core.i18n)


class DatasetError(ValueError):
    """A dataset that cannot be used, with a one-line reason."""


@dataclass(frozen=True)
class MnistData:
    """MNIST-shaped data: uint8 images (N, 28, 28) and uint8 labels 0-9."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    source: str = ""

    def subset(self, n_train: int, n_test: int | None = None) -> MnistData:
        """The first `n_train` training and `n_test` test samples (for quick runs and tests)."""
        n_test = len(self.x_test) if n_test is None else n_test
        return MnistData(self.x_train[:n_train], self.y_train[:n_train],
                         self.x_test[:n_test], self.y_test[:n_test], self.source)

    def fingerprint(self) -> str:
        """A short sha256 of the arrays: which data a model was trained on."""
        return self._fingerprint

    @functools.cached_property
    def _fingerprint(self) -> str:
        # Computed once per data set (every run records it). hashlib reads the arrays' own
        # memory and lets go of the GIL meanwhile; a `tobytes()` copy of the 55 MB held it
        # for tens of milliseconds at the end of each training, a stall in the window.
        digest = hashlib.sha256()
        for array in (self.x_train, self.y_train, self.x_test, self.y_test):
            digest.update(np.ascontiguousarray(array).data)
        return digest.hexdigest()[:16]


def as_inputs(images: np.ndarray) -> np.ndarray:
    """uint8 (N, 28, 28) images → float32 (N, 784) in [0, 1], the networks' input."""
    return images.reshape(len(images), -1).astype(np.float32) / np.float32(255.0)


def validate(data: dict[str, np.ndarray], source: str = "") -> MnistData:
    """Check shapes, dtypes, label range and counts; return MnistData or raise DatasetError."""
    where = Datasets.tr(" in {0}").format(source) if source else ""
    missing = [key for key in NPZ_KEYS if key not in data]
    if missing:
        raise DatasetError(Datasets.tr("missing {0}{1} (expected keys {2})")
                           .format(", ".join(missing), where, ", ".join(NPZ_KEYS)))
    arrays: dict[str, np.ndarray] = {}
    for part in ("train", "test"):
        x, y = np.asarray(data[f"x_{part}"]), np.asarray(data[f"y_{part}"])
        if x.dtype.kind not in "uif" or y.dtype.kind not in "ui":
            raise DatasetError(Datasets.tr("x_{0}/y_{0}{1} must be numeric images and integer "
                                           "labels, not {2}/{3}")
                               .format(part, where, x.dtype, y.dtype))
        if x.ndim == 2 and x.shape[1] == 784:
            x = x.reshape(-1, 28, 28)
        if x.ndim != 3 or x.shape[1:] != (28, 28):
            raise DatasetError(Datasets.tr("x_{0}{1} must hold 28x28 images, not shape {2}")
                               .format(part, where, x.shape))
        if y.ndim != 1 or len(y) != len(x):
            raise DatasetError(Datasets.tr("y_{0}{1} must hold one label per image ({2} "
                                           "images, labels of shape {3})")
                               .format(part, where, len(x), y.shape))
        if len(x) == 0:
            raise DatasetError(Datasets.tr("x_{0}{1} holds no images").format(part, where))
        if y.min() < 0 or y.max() > 9:
            raise DatasetError(Datasets.tr("y_{0}{1} has labels outside 0-9 (from {2} to {3})")
                               .format(part, where, y.min(), y.max()))
        if x.dtype.kind == "f":
            if not np.isfinite(x).all():
                raise DatasetError(Datasets.tr("x_{0}{1} contains NaN or infinite values")
                                   .format(part, where))
            top = 1.0 if x.max() <= 1.0 else 255.0
            if x.min() < 0 or x.max() > 255:
                raise DatasetError(Datasets.tr("x_{0}{1} has pixel values outside 0-255")
                                   .format(part, where))
            x = np.rint(x * (255.0 / top)).astype(np.uint8)
        elif x.min() < 0 or x.max() > 255:
            raise DatasetError(Datasets.tr("x_{0}{1} has pixel values outside 0-255")
                               .format(part, where))
        arrays[f"x_{part}"] = np.ascontiguousarray(x, dtype=np.uint8)
        arrays[f"y_{part}"] = np.ascontiguousarray(y, dtype=np.uint8)
    return MnistData(source=source, **arrays)


def _check_file(path: Path) -> None:
    problem = plain.file_problem(path, Datasets.tr("dataset file"), MAX_FILE_BYTES)
    if problem:
        raise DatasetError(problem)


def read_npz(path: str | os.PathLike[str]) -> MnistData:
    """Read a Keras-layout `.npz` (never unpickling anything) and validate it.

    The arrays' sizes, shapes and types are checked from the zip's directory and the `.npy`
    headers before any is unpacked (core.data.npz_arrays: at most 200,000 images per array,
    1 GB unpacked in all), so a small file claiming gigabytes is refused at once."""
    path = Path(path)
    _check_file(path)
    with path.open("rb") as probe:
        _check_npz_magic(path, probe.read(6))
    try:
        data, names = read_arrays(path, NPZ_KEYS)
    except ArrayFileError as exc:
        raise DatasetError(str(exc)) from None
    except (OSError, zipfile.BadZipFile, EOFError, ValueError, zlib.error, RuntimeError,
            NotImplementedError) as exc:  # damaged, encrypted, unknown compression
        raise DatasetError(Datasets.tr("{0} is not a readable .npz file ({1})")
                           .format(path, plain.one_line(exc, 200))) from None
    if len(data) < len(NPZ_KEYS):
        found = ", ".join(names) or Datasets.tr("none")
        raise DatasetError(Datasets.tr("{0} lacks MNIST's arrays {1} (found: {2})")
                           .format(path, ", ".join(NPZ_KEYS), found))
    return validate(data, str(path))


def _check_npz_magic(path: Path, head: bytes) -> None:
    """Say what the file is when it is not an .npz archive, before numpy guesses."""
    if head.startswith(b"PK"):
        return
    if head.startswith(b"\x93NUMPY"):
        raise DatasetError(Datasets.tr("{0} is a single .npy array, not MNIST's four arrays "
                                       "({1})").format(path, ", ".join(NPZ_KEYS)))
    if head.startswith(b"\x1f\x8b"):
        raise DatasetError(Datasets.tr("{0} is gzip-compressed; give the .npz itself, or the "
                                       "folder holding the four IDX .gz files").format(path))
    if head[:1] == b"\x80":
        raise DatasetError(pickled(path))
    raise DatasetError(Datasets.tr("{0} is not an .npz file (MNIST comes as mnist.npz or four "
                                   "IDX files)").format(path))


def _open_maybe_gzip(path: Path) -> BinaryIO:
    """The file's bytes as a stream, decompressed on the fly when it is gzip."""
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if path.suffix == ".gz":
        raise DatasetError(Datasets.tr("{0} ends in .gz but is not gzip data").format(path))
    return path.open("rb")


def read_idx(path: str | os.PathLike[str]) -> np.ndarray:
    """Read one IDX file (raw or gzip): magic 0x0000 08 NDIM, big-endian sizes, uint8 data.

    The header is read first and at most the bytes it promises are then decompressed, so a
    gzip bomb or a header claiming millions of images is refused before using the memory.
    """
    path = Path(path)
    return _with_idx(path, lambda stream: _read_idx_stream(stream, path))


def _read_idx_stream(stream: BinaryIO, path: Path) -> np.ndarray:
    dims = _read_idx_header(stream, path)
    expected = math.prod(dims)
    data = stream.read(expected + 1)
    if len(data) != expected:
        text = (Datasets.tr("{0} says it holds {1} items ({2} bytes) but has more than {3} "
                            "bytes of data") if len(data) > expected else
                Datasets.tr("{0} says it holds {1} items ({2} bytes) but has {3} bytes of data"))
        raise DatasetError(text.format(path, f"{dims[0]:,}", f"{expected:,}",
                                       f"{min(len(data), expected):,}"))
    return np.frombuffer(data, dtype=np.uint8).reshape(dims)


def _idx_dims(path: Path) -> tuple[int, ...]:
    """An IDX file's sizes from its header alone (checked as `read_idx` checks them)."""
    return _with_idx(path, lambda stream: _read_idx_header(stream, path))


def _with_idx(path: Path, read: Callable[[BinaryIO], T]) -> T:
    """`read` an IDX file (raw or gzip) that passed the file checks; one line if damaged."""
    _check_file(path)
    try:
        with _open_maybe_gzip(path) as stream:
            return read(stream)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(Datasets.tr("{0} is a damaged gzip or IDX file ({1})")
                           .format(path, exc)) from None


def _read_idx_header(stream: BinaryIO, path: Path) -> tuple[int, ...]:
    magic = stream.read(4)
    if len(magic) < 4 or magic[:3] != b"\0\0\x08" or magic[3] not in (1, 3):
        raise DatasetError(Datasets.tr("{0} is not an IDX file of unsigned bytes (bad magic "
                                       "number {1})")
                           .format(path, magic.hex() or Datasets.tr("empty")))
    ndim = magic[3]
    sizes = stream.read(4 * ndim)
    if len(sizes) < 4 * ndim:
        raise DatasetError(Datasets.tr("{0} is truncated inside its header").format(path))
    dims = struct.unpack(f">{ndim}I", sizes)
    expected = math.prod(dims)  # Python ints: no overflow
    if dims[1:] not in ((), (28, 28)) or expected > MAX_IDX_BYTES:
        raise DatasetError(Datasets.tr("{0} says it holds {1} items of shape {2} ({3} bytes); "
                                       "MNIST holds at most {4} items of 28x28")
                           .format(path, f"{dims[0]:,}", tuple(dims[1:]), f"{expected:,}",
                                   f"{MAX_IDX_ITEMS:,}"))
    return dims


def find_idx_files(folder: Path) -> dict[str, Path] | None:
    """The four IDX files in `folder` (raw or .gz; '-' or '.' before idx), or None."""
    found: dict[str, Path] = {}
    for key, name in IDX_NAMES.items():
        for candidate in (name, name + ".gz", name.replace("-idx", ".idx"),
                          name.replace("-idx", ".idx") + ".gz"):
            if (folder / candidate).is_file():
                found[key] = folder / candidate
                break
    return found if len(found) == 4 else None


def read_idx_folder(folder: str | os.PathLike[str]) -> MnistData:
    """Read the four IDX files from one folder."""
    folder = Path(folder)
    files = find_idx_files(folder)
    if files is None:
        raise DatasetError(Datasets.tr("{0} does not hold the four MNIST IDX files ({1}, "
                                       "optionally .gz)")
                           .format(folder, ", ".join(IDX_NAMES.values())))
    dims = {key: _idx_dims(path) for key, path in files.items()}  # every header first
    for part in ("train", "test"):
        images, labels = dims[f"x_{part}"], dims[f"y_{part}"]
        if len(images) != 3 or len(labels) != 1 or images[0] != labels[0]:
            raise DatasetError(Datasets.tr("{0} says it holds {1} images of shape {2} but {3} "
                                           "labels of shape {4}; it must hold one label per "
                                           "image")
                               .format(folder, f"{images[0]:,}", images,
                                       f"{labels[0]:,}", labels))
    return validate({key: read_idx(path) for key, path in files.items()}, str(folder))


def load(path: str | os.PathLike[str]) -> MnistData:
    """Load MNIST from an `.npz`, a folder of IDX files, or one of the four IDX files."""
    path = Path(path).expanduser()
    if path.is_dir():
        if (path / NPZ_NAME).is_file():
            return read_npz(path / NPZ_NAME)
        return read_idx_folder(path)
    if "idx" in path.name and "ubyte" in path.name:
        return read_idx_folder(path.parent)
    if path.suffix == ".npy":
        raise DatasetError(Datasets.tr("{0} is a single .npy array; MNIST needs an .npz with "
                                       "{1} or the four IDX files")
                           .format(path, ", ".join(NPZ_KEYS)))
    return read_npz(path)


def candidate_paths(explicit: str | os.PathLike[str] | None = None) -> list[Path]:
    """Where MNIST is looked for, in order: explicit, $DIGITLAB_MNIST, data folder, Keras cache."""
    paths: list[Path] = []
    if explicit:
        paths.append(Path(explicit).expanduser())
    if os.environ.get(ENV_VAR):
        paths.append(Path(os.environ[ENV_VAR]).expanduser())
    paths.append(app_paths.data_dir() / "datasets" / NPZ_NAME)
    paths.append(app_paths.data_dir() / "datasets")
    paths.append(app_paths.keras_datasets_dir() / NPZ_NAME)
    return paths


def find(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The first place MNIST exists, or DatasetError listing where it looked and what to do.

    An explicit path that does not exist is an error on its own (the user asked for it).
    """
    if explicit and not Path(explicit).expanduser().exists():
        raise DatasetError(Datasets.tr("{0} does not exist").format(explicit))
    looked = candidate_paths(explicit)
    for path in looked:
        if path.is_file() or (path.is_dir() and find_idx_files(path)):
            return path
    raise DatasetError(Datasets.tr(
        "MNIST not found; looked in {0}. Fix: pass --data PATH (an .npz or a folder of IDX "
        "files), set {1}, import a file with 'import-data PATH', or download it with "
        "'import-data --download'").format(", ".join(str(p) for p in looked), ENV_VAR))


def load_mnist(explicit: str | os.PathLike[str] | None = None) -> MnistData:
    """Find and load MNIST (see `find` for the search order)."""
    return load(find(explicit))


def test_set(explicit: str | os.PathLike[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The test images and labels of the data `find(explicit)` names, read once per file
    version: the Evaluate and How it learns views share them instead of each reading the
    file and keeping a copy."""
    path = find(explicit).resolve()
    stat = path.stat()
    return _test_set(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=2)
def _test_set(path: str, _mtime: int, _size: int) -> tuple[np.ndarray, np.ndarray]:
    data = load(path)
    return data.x_test, data.y_test


def _save_npz(data: MnistData, target: Path) -> None:
    def write(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            np.savez_compressed(handle, x_train=data.x_train, y_train=data.y_train,
                                x_test=data.x_test, y_test=data.y_test)

    atomic.write_with(target, write)


def import_file(source: str | os.PathLike[str]) -> Path:
    """Verify `source` (npz or IDX) and copy it into the app's data folder as mnist.npz.

    The user's file is only read. The copy is written atomically, so a failed write leaves
    any earlier import intact.
    """
    data = load(source)
    target = app_paths.data_dir() / "datasets" / NPZ_NAME
    try:
        if Path(source).is_file() and Path(source).suffix == ".npz":
            atomic.write_with(target, lambda tmp: shutil.copyfile(source, tmp))
        else:
            _save_npz(data, target)
    except OSError as exc:
        raise DatasetError(Datasets.tr("could not write {0} ({1})")
                           .format(target, exc.strerror or exc)) from None
    return target


def download() -> Path:
    """Download MNIST through Keras into a private temporary cache, then import it.

    Only on request. Keras's cache and any user file are left alone: Keras downloads into a
    fresh temporary folder, and the verified result is copied into the app's data folder.
    """
    with tempfile.TemporaryDirectory(prefix="digitlab-dl-") as tmp:
        try:
            from keras.utils import get_file  # noqa: PLC0415 (TensorFlow only when asked)

            path = get_file(NPZ_NAME, origin="https://storage.googleapis.com/tensorflow/"
                            "tf-keras-datasets/mnist.npz",
                            file_hash="731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1",
                            cache_dir=tmp, cache_subdir="")
        except Exception as exc:  # Keras raises a bare Exception when offline
            raise DatasetError(Datasets.tr("MNIST could not be downloaded: {0}. Without "
                                           "internet, copy mnist.npz from a connected machine "
                                           "and import it").format(download_reason(exc))) from None
        return import_file(path)

