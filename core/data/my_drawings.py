""""My drawings": the student's own labelled drawings, kept as a small MNIST-shaped dataset.

Stored as `my_drawings.npz` (images uint8 28x28, labels uint8) in the app's data folder. Each
append rewrites the file through a temporary file and an atomic rename, so a crash or a full
disk never loses what was saved before.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from core.store import app_paths, atomic


class DrawingStoreError(OSError):
    """The drawings could not be saved; the earlier file is intact."""


class DrawingStore:
    """Append-only labelled drawings with per-digit counts."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path else app_paths.data_dir() / "my_drawings.npz"

    def load(self) -> tuple[np.ndarray, np.ndarray]:
        """(images (N, 28, 28) uint8, labels (N,) uint8); empty arrays when nothing is saved."""
        if not self.path.is_file():
            return np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.uint8)
        with np.load(self.path, allow_pickle=False) as data:
            return data["images"].astype(np.uint8), data["labels"].astype(np.uint8)

    def counts(self) -> np.ndarray:
        """How many drawings of each digit 0-9."""
        return np.bincount(self.load()[1], minlength=10)[:10]

    def append(self, image: np.ndarray, label: int) -> int:
        """Save one 28x28 image in [0, 1] (or uint8) with its label; returns the new total."""
        if not 0 <= int(label) <= 9:
            raise ValueError(f"label must be 0-9, not {label}")
        image = np.asarray(image)
        if image.shape != (28, 28):
            raise ValueError(f"drawings are 28x28, not {image.shape}")
        if image.dtype != np.uint8:
            image = np.clip(np.rint(image * 255.0), 0, 255).astype(np.uint8)
        images, labels = self.load()
        images = np.concatenate([images, image[None]])
        labels = np.concatenate([labels, np.array([label], np.uint8)])
        def write(tmp: Path) -> None:
            with tmp.open("wb") as handle:
                np.savez(handle, images=images, labels=labels)

        try:
            atomic.write_with(self.path, write)
        except OSError as exc:
            raise DrawingStoreError(f"could not save the drawing ({exc.strerror or exc}); "
                                    f"earlier drawings are intact") from None
        return len(labels)
