""""My drawings": the student's own labelled drawings, kept in the data folder's database.

Each drawing is one row: its 28x28 input, its label, the raw strokes as drawn (so it can be
preprocessed again when preprocessing improves), the time and the model's answer then.
Appending is one transaction, so two windows (or the window and the CLI) saving at once keep
every drawing, and the cost of a save does not grow with the collection.

A `my_drawings.npz` from an earlier version is imported once and kept, renamed; one that is
damaged (truncated, not MNIST-shaped, labels outside 0-9, images and labels of different
lengths) is set aside under a unique name, never imported half, never deleted.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from core.i18n import Context
from core.store.database import Database, DatabaseError
from core.store.plain import integer, number, text

LEGACY_FILE = "my_drawings.npz"

MyDrawings = Context("MyDrawings")  # MyDrawings.tr(…): what the window is told (see core.i18n)


class DrawingStoreError(DatabaseError):
    """The drawings could not be saved; the earlier ones are intact."""


class DrawingStore:
    """Append-only labelled drawings with per-digit counts.

    Every row read is checked (`checked`): one the schema did not expect (a label outside 0-9,
    an image that is not 784 bytes, strokes that are not a JSON list of strokes) is left out
    of every answer, kept in the file, and counted in one notice. `read_only` and `timeout`
    are the Database's (the window passes a short timeout: it never waits on the file)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 timeout: float = 30.0) -> None:
        self.database = Database(path, read_only=read_only, timeout=timeout)
        self.notices = self.database.notices
        self._imported = False

    def _ready(self) -> None:
        if not self._imported:
            self._import_legacy()
            self._imported = True

    def load(self) -> tuple[np.ndarray, np.ndarray]:
        """(images (N, 28, 28) uint8, labels (N,) uint8), oldest first."""
        drawings = self.records()
        images = np.array([d["image"] for d in drawings], np.uint8).reshape(-1, 28, 28)
        return images, np.array([d["label"] for d in drawings], np.uint8)

    def records(self) -> list[dict[str, object]]:
        """Every well-formed drawing as plain data, oldest first: image (28x28 uint8), label,
        created, strokes (as drawn; [] when unknown), answer and model then."""
        self._ready()
        with self.database.connect() as connection:
            return self._read(connection)

    def _read(self, connection: sqlite3.Connection) -> list[dict[str, object]]:
        rows = connection.execute("SELECT image, label, created, strokes, answer, model "
                                  "FROM drawings ORDER BY rowid").fetchall()
        drawings = [checked(*row) for row in rows]
        self._tell_skipped(sum(d is None for d in drawings))
        return [d for d in drawings if d is not None]

    def counts(self) -> np.ndarray:
        """How many drawings of each digit 0-9 (the well-formed ones, as `records`)."""
        return np.bincount(self.load()[1], minlength=10).astype(np.int64)

    def append(self, image: np.ndarray, label: int, strokes: Sequence[object] = (),
               answer: int | None = None, confidence: float | None = None,
               model: str = "") -> int:
        """Save one 28x28 image in [0, 1] (or uint8) with its label; returns the new total.

        `strokes` is plain JSON data of the drawing as drawn (for the canvas: each stroke's
        points, brush width and whether it erased); `answer`, `confidence` and `model` say
        what the network answered when the drawing was saved. DrawingStoreError says why it
        was not saved (its `busy`: another program holds the file, try again later)."""
        if isinstance(label, bool) or not 0 <= int(label) <= 9:
            raise ValueError(f"label must be 0-9, not {label}")
        image = np.asarray(image)
        if image.shape != (28, 28):
            raise ValueError(f"drawings are 28x28, not {image.shape}")
        if image.dtype != np.uint8:
            image = np.clip(np.rint(np.nan_to_num(image) * 255.0), 0, 255).astype(np.uint8)
        row = (time.time(), int(label), image.tobytes(),
               json.dumps(list(strokes), allow_nan=False),
               answer, confidence, model)
        try:
            self._ready()
            with self.database.connect() as connection:
                connection.execute("INSERT INTO drawings (created, label, image, strokes, answer,"
                                   " confidence, model) VALUES (?, ?, ?, ?, ?, ?, ?)", row)
                total = len(self._read(connection))  # in the same transaction: all or none
        except DatabaseError as exc:
            error = DrawingStoreError(MyDrawings.tr("could not save the drawing ({0})")
                                      .format(exc))
            error.busy = exc.busy
            raise error from None
        return total

    def _tell_skipped(self, skipped: int) -> None:
        self.database.keep_notice("drawings left out", "" if not skipped else MyDrawings.tr(
            "%n drawings in {0} are not well-formed (a label outside 0-9, an image that is not "
            "28x28 or strokes that are not a list) and are left out; the file keeps them", None,
            skipped).format(self.database.path.name))

    def _import_legacy(self) -> None:
        """Import an earlier version's my_drawings.npz once (see Database.import_once)."""
        def rows(path: Path) -> list[tuple[object, ...]]:
            images, labels = read_legacy(path)
            return [(time.time(), int(label), image.tobytes())
                    for image, label in zip(images, labels, strict=True)]

        def imported(count: int) -> str:
            return MyDrawings.tr("%n drawings", None, count)

        self.database.import_once(LEGACY_FILE, imported, "INSERT INTO drawings (created, "
                                  "label, image) VALUES (?, ?, ?)", rows)


def checked(image: object, label: object, created: object, strokes: object, answer: object,
            model: object) -> dict[str, object] | None:
    """A stored row as a drawing, or None when it is not one: the label a whole number 0-9,
    the image 784 bytes, the strokes a JSON list of objects ("" or NULL: none kept). The
    time, the answer and the model are only notes: a wrong one reads as unknown."""
    label = integer(label)
    if label is None or not 0 <= label <= 9 or not isinstance(image, bytes) or len(image) != 784:
        return None
    drawn = _strokes(strokes)
    if drawn is None:
        return None
    answer = integer(answer)
    return {"image": np.frombuffer(image, np.uint8).reshape(28, 28), "label": label,
            "created": number(created), "strokes": drawn,
            "answer": answer if answer is not None and 0 <= answer <= 9 else None,
            "model": text(model)}


def _strokes(stored: object) -> list[object] | None:
    if stored is None or stored == "":
        return []
    if not isinstance(stored, str):
        return None
    try:
        strokes = json.loads(stored, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None
    if not isinstance(strokes, list) or not all(isinstance(s, dict) for s in strokes):
        return None
    return strokes


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def read_legacy(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Images and labels of an earlier version's file, checked; ValueError says what is wrong."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if not hasattr(data, "files") or not {"images", "labels"} <= set(data.files):
                raise ValueError(MyDrawings.tr("it has no images and labels"))
            images, labels = data["images"], data["labels"]
    except (OSError, EOFError, zipfile.BadZipFile, KeyError, TypeError) as exc:
        raise ValueError(MyDrawings.tr("not a readable .npz: {0}").format(exc)) from None
    if images.dtype == object or labels.dtype == object:
        raise ValueError(MyDrawings.tr("it holds Python objects"))
    if images.ndim != 3 or images.shape[1:] != (28, 28) or labels.ndim != 1:
        raise ValueError(MyDrawings.tr("images are {0}, labels {1}")
                         .format(images.shape, labels.shape))
    if len(images) != len(labels):
        raise ValueError(MyDrawings.tr("{0} images but {1} labels")
                         .format(len(images), len(labels)))
    if not np.issubdtype(labels.dtype, np.integer) or (len(labels) and (
            labels.min() < 0 or labels.max() > 9)):
        raise ValueError(MyDrawings.tr("labels must be whole numbers 0-9"))
    if not np.issubdtype(images.dtype, np.number) or (images.size and (
            images.min() < 0 or images.max() > 255)):
        raise ValueError(MyDrawings.tr("pixels must be 0-255"))
    return images.astype(np.uint8), labels.astype(np.uint8)
