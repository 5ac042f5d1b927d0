"""The one rasteriser: a `Drawing`'s strokes to pixels, in numpy, with no Qt.

Each stroke is a round-capped, round-joined thick line, antialiased by coverage: a pixel is
covered by `clip(r + 0.5 - d, 0, 1)`, d being the distance from its centre to the stroke's
polyline and r half the pen's width (within a grey level or two of QPainter on plain lines;
where QPainter approximates round joins of very short segments, this stays exact). Strokes
are laid down in the order drawn: ink adds coverage towards 255, an eraser takes it away.

`rasterize` gives the drawing as drawn, at the canvas's size; `standard_image` redraws it at
the standard size with the same pens (`preprocessing.standard_size` says why), which is what
the network's input is made from.
"""

from __future__ import annotations

import numpy as np

from core.drawing.drawing import Drawing, Stroke
from core.drawing.preprocessing import INK_THRESHOLD, REDRAW_SIDE, standard_size

INK_LEVEL = round(255 * INK_THRESHOLD)  # a raster pixel above this holds ink


def _segments(points: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """The polyline as segments (starts, ends), long ones split into pieces no longer than
    the radius, so each piece's window of pixels stays small."""
    if len(points) == 1:
        return points, points
    starts, ends = points[:-1], points[1:]
    pieces = np.maximum(1, np.ceil(np.hypot(*(ends - starts).T) / max(radius, 1.0))).astype(int)
    if pieces.max() == 1:
        return starts, ends
    owner = np.repeat(np.arange(len(starts)), pieces)
    count = np.repeat(pieces, pieces)
    first = (np.arange(len(owner)) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / count
    step, origin = (ends - starts)[owner], starts[owner]
    return origin + step * first[:, None], origin + step * (first + 1 / count)[:, None]


def coverage(points: np.ndarray, radius: float, side: int) -> np.ndarray:
    """How much of each pixel of a side x side raster one stroke covers, flat, in [0, 1]."""
    starts, ends = _segments(points, radius)
    reach = radius + 1.0
    low = np.floor(np.minimum(starts, ends) - reach).astype(np.int64)
    window = np.arange(int(np.ceil(max(radius, 1.0) + 2 * reach)) + 2)
    xs = low[:, 0, None, None] + window[None, None, :]  # (pieces, 1, window)
    ys = low[:, 1, None, None] + window[None, :, None]  # (pieces, window, 1)
    ax, ay = starts[:, 0, None, None], starts[:, 1, None, None]
    dx, dy = (ends - starts)[:, 0, None, None], (ends - starts)[:, 1, None, None]
    length2 = dx * dx + dy * dy
    cx, cy = xs + 0.5 - ax, ys + 0.5 - ay  # pixel centres, from each piece's start
    t = np.clip((cx * dx + cy * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    cover = np.clip(radius + 0.5 - np.hypot(cx - t * dx, cy - t * dy), 0.0, 1.0)
    xs, ys = np.broadcast_to(xs, cover.shape), np.broadcast_to(ys, cover.shape)
    inside = (cover > 0) & (xs >= 0) & (xs < side) & (ys >= 0) & (ys < side)
    flat = np.zeros(side * side)
    np.maximum.at(flat, (ys * side + xs)[inside], cover[inside])
    return flat


def _render(strokes: tuple[Stroke, ...], side: int, scale: float = 1.0, dx: float = 0.0,
            dy: float = 0.0, pen_scale: float = 1.0) -> np.ndarray:
    """The strokes, each point p at p * scale + (dx, dy); ink's width times `pen_scale`, the
    eraser's times `scale` (it takes away the same part of the drawing)."""
    ink = np.zeros(side * side)
    for stroke in strokes:
        if not stroke.points:
            continue
        width = stroke.width * (scale if stroke.erase else pen_scale)
        placed = np.asarray(stroke.points, np.float64) * scale + (dx, dy)
        cover = coverage(placed, width / 2.0, side)
        ink = ink * (1.0 - cover) if stroke.erase else ink + (1.0 - ink) * cover
    return np.rint(ink * 255.0).astype(np.uint8).reshape(side, side)


def rasterize(drawing: Drawing) -> np.ndarray:
    """The drawing as drawn: a (size, size) uint8 array, ink 255 on 0."""
    return _render(drawing.strokes, drawing.size)


def inked_points(drawing: Drawing) -> list[tuple[float, float]]:
    """The points of ink strokes on the canvas that still lie on ink (erased ink does not
    count)."""
    size = drawing.size
    points = [(x, y) for stroke in drawing.strokes if not stroke.erase
              for x, y in stroke.points if 0 <= x < size and 0 <= y < size]
    if not any(stroke.erase for stroke in drawing.strokes):
        return points
    drawn = rasterize(drawing)
    return [(x, y) for x, y in points if drawn[int(y), int(x)] > INK_LEVEL]


def standard_image(drawing: Drawing) -> np.ndarray:
    """The drawing redrawn at the standard size with the same pens: a REDRAW_SIDE-square
    uint8 array, what the network's input is made from. Its size comes from the ink still
    on the canvas; the ink keeps its pen relative to the canvas, and the eraser scales with
    the drawing, so it removes the same part."""
    points = inked_points(drawing)
    if not points:
        return np.zeros((REDRAW_SIDE, REDRAW_SIDE), np.uint8)
    scale, dx, dy = standard_size(points, drawing.size)
    return _render(drawing.strokes, REDRAW_SIDE, scale, dx, dy, REDRAW_SIDE / drawing.size)
