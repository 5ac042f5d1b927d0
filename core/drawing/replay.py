"""Replay recorded pen digits as drawings, and make what the network would see of them.

The same path as a student's drawing, with no window: the trajectory is placed on the canvas
(`unipen.place`), drawn with the canvas's brush as a `Drawing`, rasterised by core's one
rasteriser (redrawn at the standard size, as the app does), then `preprocessing.to_mnist`.
Used by the real-drawing benchmark, the model builders and the tests.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from core.drawing import raster
from core.drawing.drawing import CANVAS_SIZE, DEFAULT_BRUSH, Drawing, Stroke
from core.drawing.preprocessing import to_mnist, to_mnist_stages
from core.drawing.unipen import PenDigit, place


def pen_drawing(digit: PenDigit, height: float, centre: tuple[float, float],
                width: float | None = None) -> Drawing:
    """The digit drawn on the canvas at `height` (share of it) around `centre`."""
    pen = DEFAULT_BRUSH if width is None else float(width)
    return Drawing(tuple(Stroke.through(points, pen)
                         for points in place(digit, CANVAS_SIZE, height, centre)))


def replay(digit: PenDigit, height: float, centre: tuple[float, float],
           width: float | None = None, as_drawn: bool = False) -> np.ndarray:
    """The raster the app makes its input from (uint8): the drawing redrawn at one size, or
    with as_drawn=True the canvas raster as drawn."""
    drawing = pen_drawing(digit, height, centre, width)
    return raster.rasterize(drawing) if as_drawn else raster.standard_image(drawing)


def replay_inputs(digits: Iterable[PenDigit], height: float, centre: tuple[float, float],
                  width: float | None = None, plain: bool = False,
                  as_drawn: bool = False) -> np.ndarray:
    """(N, 28, 28) float32 network inputs for the digits (blank drawings give zeros).

    plain=True squashes the whole canvas as drawn to 28x28 (what a naive app does) instead of
    the app's redraw / crop / thin / scale-to-20 / centre-of-mass recipe; as_drawn=True skips
    only the redrawing at one size.
    """
    inputs = []
    for digit in digits:
        if plain:
            image = replay(digit, height, centre, width, as_drawn=True)
            result = to_mnist_stages(image, crop=False, scale=False, centre=False)
            inputs.append(np.zeros((28, 28), np.float32) if result is None else result.image)
        else:
            x = to_mnist(replay(digit, height, centre, width, as_drawn))
            inputs.append(np.zeros((28, 28), np.float32) if x is None else x)
    return np.stack(inputs)
