"""Read real pen trajectories in UNIPEN text format, and place them on the drawing raster.

Used to measure the app on real drawings: each digit's strokes are replayed through the canvas
(`DrawingCanvas.add_stroke`) exactly as a student's pen would draw them. Format:
`.SEGMENT DIGIT n ? "label"` opens a sample, `.COMMENT label writer index` names its writer,
each `.PEN_DOWN` ... `.PEN_UP` is one stroke with one `x y` point per line (y grows upward).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


class UnipenError(ValueError):
    """A file that is not UNIPEN digits."""


@dataclass(frozen=True)
class PenDigit:
    """One handwritten digit: its label, writer and strokes (arrays of (x, y), y upward)."""

    label: int
    writer: int
    strokes: tuple[np.ndarray, ...]


def read_unipen(path: str | os.PathLike[str]) -> list[PenDigit]:
    """All digits in a UNIPEN file, in file order."""
    digits: list[PenDigit] = []
    label: int | None = None
    writer = -1
    strokes: list[np.ndarray] = []
    points: list[tuple[float, float]] | None = None

    def flush() -> None:
        if label is not None and strokes:
            digits.append(PenDigit(label, writer, tuple(strokes)))

    with Path(path).open(encoding="ascii", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith(".SEGMENT"):
                flush()
                strokes = []
                try:
                    label = int(line.rsplit('"', 2)[-2])
                except (IndexError, ValueError):
                    raise UnipenError(f"{path}:{number}: no digit label in {line!r}") from None
                writer = -1
            elif line.startswith(".COMMENT") and label is not None:
                parts = line.split()
                if len(parts) >= 3 and parts[2].isdigit():
                    writer = int(parts[2])
            elif line.startswith(".PEN_DOWN"):
                points = []
            elif line.startswith(".PEN_UP"):
                if points:
                    strokes.append(np.array(points, dtype=np.float64))
                points = None
            elif points is not None and not line.startswith("."):
                x, y = line.split()[:2]
                points.append((float(x), float(y)))
    flush()
    if not digits:
        raise UnipenError(f"{path} holds no UNIPEN digit segments")
    return digits


def place(digit: PenDigit, raster: int = 280, height: float = 0.6,
          centre: tuple[float, float] = (0.5, 0.5)) -> list[np.ndarray]:
    """The digit's strokes in raster coordinates (y down), scaled so the digit's height is
    `height` of the raster, with its bounding-box centre at `centre` (fractions of the raster).
    The placement is clamped so the whole digit stays on the raster."""
    points = np.concatenate(digit.strokes)
    low, high = points.min(axis=0), points.max(axis=0)
    extent = high - low
    scale = height * raster / max(extent[1], extent[0] * 0.25, 1e-6)
    size = extent * scale
    margin = 12.0
    cx = min(max(centre[0] * raster, margin + size[0] / 2), raster - margin - size[0] / 2)
    cy = min(max(centre[1] * raster, margin + size[1] / 2), raster - margin - size[1] / 2)
    placed = []
    for stroke in digit.strokes:
        x = (stroke[:, 0] - low[0]) * scale - size[0] / 2 + cx
        y = (high[1] - stroke[:, 1]) * scale - size[1] / 2 + cy  # flip: y grows downward
        placed.append(np.stack([x, y], axis=1))
    return placed


CONDITIONS: dict[str, tuple[float, tuple[float, float]]] = {
    "40% centred": (0.40, (0.5, 0.5)),
    "40% off-centre": (0.40, (0.28, 0.30)),
    "60% centred": (0.60, (0.5, 0.5)),
    "60% off-centre": (0.60, (0.35, 0.62)),
    "85% centred": (0.85, (0.5, 0.5)),
    "85% off-centre": (0.85, (0.40, 0.45)),
}


def writer_list(text: str) -> list[int]:
    """"1-20" or "1-10,21-30" (a cross-validation fold's training writers) as a list."""
    writers: list[int] = []
    for part in text.split(","):
        low, _, high = part.strip().partition("-")
        writers += range(int(low), int(high or low) + 1)
    return sorted(set(writers))
