"""A class data set: the students' drawings as a file in Keras's MNIST layout.

`export` writes one data folder's "my drawings" as an `.npz` with `x_train`/`y_train` and
`x_test`/`y_test` (both hold every drawing: the file is for scoring models on "our class's
handwriting" and for fine-tuning on it), a `sources` array naming where each drawing came
from, and the strokes as drawn alongside in `<file>.ndjson` (one JSON object per drawing).
`merge` joins several such files (or any MNIST-shaped `.npz`), drops exact duplicates
(the same 28x28 image with the same label) and records each drawing's contributor: the file's
name and the start of its content's sha256 (`my-drawings.npz#1a2b3c4d`), so two students'
files of the same name stay apart without the file's folder (a student's home) being shown.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from core.data.datasets import DatasetError, read_npz
from core.data.my_drawings import DrawingStore, MyDrawings
from core.store import atomic


def _write_npz(out: Path, images: np.ndarray, labels: np.ndarray, sources: list[str]) -> None:
    def save(tmp: Path) -> None:
        with open(tmp, "wb") as handle:  # a file object: numpy would add ".npz" to a name
            np.savez_compressed(handle, x_train=images, y_train=labels, x_test=images,
                                y_test=labels, sources=np.array(sources, dtype=str))

    atomic.write_with(out, save)


def export(store: DrawingStore, out: str | os.PathLike[str]) -> int:
    """Write `store`'s drawings to `out` (.npz) and `out.ndjson`; returns how many."""
    drawings = store.records()
    if not drawings:
        raise DatasetError(MyDrawings.tr("there are no drawings to export yet: save some "
                                         "first"))
    out = Path(out).expanduser()
    images = np.stack([np.asarray(d["image"], np.uint8) for d in drawings])
    labels = np.array([int(d["label"]) for d in drawings], np.uint8)  # type: ignore[call-overload]
    _write_npz(out, images, labels, [out.name] * len(drawings))  # a name, never a folder
    lines = (json.dumps({"label": d["label"], "created": d["created"], "strokes": d["strokes"],
                         "answer": d["answer"], "model": d["model"]}) for d in drawings)
    atomic.write_text(strokes_path(out), "\n".join(lines) + "\n")
    return len(drawings)


def strokes_path(out: str | os.PathLike[str]) -> Path:
    """Where `export` writes the strokes beside the data set file `out`."""
    out = Path(out).expanduser()
    return out.with_name(out.name + ".ndjson")


def contributor(path: str | os.PathLike[str]) -> str:
    """A data set file's name and the first 8 hex digits of its content's sha256."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return f"{Path(path).name}#{digest.hexdigest()[:8]}"


def merge(paths: Iterable[str | os.PathLike[str]],
          out: str | os.PathLike[str]) -> dict[str, object]:
    """Join class data sets into `out`; returns {"total", "duplicates", "files"}, "files"
    listing per given file its contributor name, its drawings and how many were kept."""
    images: list[np.ndarray] = []
    labels: list[int] = []
    sources: list[str] = []
    seen: set[str] = set()
    files: list[dict[str, object]] = []
    duplicates = 0
    for path in paths:
        data = read_npz(path)
        name = contributor(path)
        kept = 0
        for image, label in zip(data.x_test, data.y_test, strict=True):
            image = np.asarray(image, np.uint8)
            key = hashlib.sha256(image.tobytes() + bytes([int(label)])).hexdigest()
            if key in seen:
                duplicates += 1
                continue
            seen.add(key)
            images.append(image)
            labels.append(int(label))
            sources.append(name)
            kept += 1
        files.append({"file": name, "drawings": len(data.y_test), "kept": kept})
    if not images:
        raise DatasetError(MyDrawings.tr("nothing to merge: the files hold no drawings"))
    _write_npz(Path(out).expanduser(), np.stack(images), np.array(labels, np.uint8), sources)
    return {"total": len(images), "duplicates": duplicates, "files": files}
