"""A class data set: the students' drawings as a file in Keras's MNIST layout.

`export` writes one data folder's "my drawings" as an `.npz` with `x_train`/`y_train` and
`x_test`/`y_test` (both hold every drawing: the file is for scoring models on "our class's
handwriting" and for fine-tuning on it), a `sources` array naming where each drawing came
from, and the strokes as drawn alongside in `<file>.ndjson` (one JSON object per drawing).
`merge` joins several such files (or any MNIST-shaped `.npz`), drops exact duplicates
(the same 28x28 image with the same label) and records each drawing's contributor (the file
it came from).
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
    source = str(store.database.path.parent)
    _write_npz(out, images, labels, [source] * len(drawings))
    lines = (json.dumps({"label": d["label"], "created": d["created"], "strokes": d["strokes"],
                         "answer": d["answer"], "model": d["model"]}) for d in drawings)
    atomic.write_text(out.with_name(out.name + ".ndjson"), "\n".join(lines) + "\n")
    return len(drawings)


def merge(paths: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str]) -> dict[str, int]:
    """Join class data sets into `out`; returns {"total", "duplicates"} and per-file counts."""
    images: list[np.ndarray] = []
    labels: list[int] = []
    sources: list[str] = []
    seen: set[str] = set()
    counts = {"total": 0, "duplicates": 0}
    for path in paths:
        data = read_npz(path)
        name = Path(path).name
        kept = 0
        for image, label in zip(data.x_test, data.y_test, strict=True):
            image = np.asarray(image, np.uint8)
            key = hashlib.sha256(image.tobytes() + bytes([int(label)])).hexdigest()
            if key in seen:
                counts["duplicates"] += 1
                continue
            seen.add(key)
            images.append(image)
            labels.append(int(label))
            sources.append(name)
            kept += 1
        counts[name] = kept
    if not images:
        raise DatasetError(MyDrawings.tr("nothing to merge: the files hold no drawings"))
    _write_npz(Path(out).expanduser(), np.stack(images), np.array(labels, np.uint8), sources)
    counts["total"] = len(images)
    return counts
