"""Replay recorded pen digits through a DrawingCanvas and collect what the network would see.

The same code path as a student's drawing: strokes go through `DrawingCanvas.add_stroke` (the
canvas's own brush and raster), are redrawn at the standard size (`standard_image`), then
`core.drawing.preprocessing.to_mnist`. Used by the real-drawing benchmark and to render
training data for the default model.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from core.drawing.preprocessing import to_mnist, to_mnist_stages
from core.drawing.unipen import PenDigit, place
from gui.drawing.canvas import DrawingCanvas


def replay(canvas: DrawingCanvas, digit: PenDigit, height: float,
           centre: tuple[float, float], width: float | None = None,
           as_drawn: bool = False) -> np.ndarray:
    """Draw one digit on a cleared canvas; return the raster the app makes its input from
    (uint8), or with as_drawn=True the canvas raster as drawn (no redrawing at one size)."""
    canvas.reset()
    for stroke in place(digit, canvas.raster_size, height, centre):
        canvas.add_stroke(stroke, width=width)
    return canvas.image() if as_drawn else canvas.standard_image()


def replay_inputs(canvas: DrawingCanvas, digits: Iterable[PenDigit], height: float,
                  centre: tuple[float, float], width: float | None = None,
                  plain: bool = False, as_drawn: bool = False) -> np.ndarray:
    """(N, 28, 28) float32 network inputs for the digits (blank drawings give zeros).

    plain=True squashes the whole canvas as drawn to 28x28 (what a naive app does) instead of
    the app's redraw / crop / thin / scale-to-20 / centre-of-mass recipe; as_drawn=True skips
    only the redrawing at one size (the app's path before it had that step).
    """
    inputs = []
    for digit in digits:
        if plain:
            image = replay(canvas, digit, height, centre, width, as_drawn=True)
            result = to_mnist_stages(image, crop=False, scale=False, centre=False)
            inputs.append(np.zeros((28, 28), np.float32) if result is None else result.image)
        else:
            x = to_mnist(replay(canvas, digit, height, centre, width, as_drawn))
            inputs.append(np.zeros((28, 28), np.float32) if x is None else x)
    return np.stack(inputs)
