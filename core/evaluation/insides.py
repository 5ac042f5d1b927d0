"""What a dense network computes inside, for the teaching views: first-layer templates, hidden
activations for one drawing, and which first-layer units pushed it toward its answer.

All numpy, from a NumpyClassifier's weights: no TensorFlow, no Qt, cheap enough to run on
every stroke.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.model.architectures import INPUT_SIZE, NUM_CLASSES
from core.model.classifier import NumpyClassifier

SIDE = 28
NEGATIVE = np.array([33, 102, 172], np.float32)  # blue: the pixel argues against the unit
ZERO = np.array([247, 247, 247], np.float32)  # near white: the pixel does not matter
POSITIVE = np.array([178, 24, 43], np.float32)  # red: ink here excites the unit


def first_layer_weights(classifier: NumpyClassifier) -> np.ndarray:
    """Each unit of the first dense layer as a 28×28 image of its input weights: (units, 28, 28)."""
    dense = next(s for s in classifier.steps if s.kind == "dense")
    kernel = np.asarray(dense.a, np.float32)
    return kernel.T.reshape(kernel.shape[1], SIDE, SIDE)


def diverging_rgb(values: np.ndarray, limit: float | None = None) -> np.ndarray:
    """Blue (negative) – white (zero) – red (positive) colours for `values`: (..., 3) uint8.

    `limit` is the magnitude shown at full colour (default: the largest |value|).
    """
    values = np.asarray(values, np.float32)
    if limit is None:
        limit = float(np.abs(values).max()) if values.size else 1.0
    t = np.clip(values / (limit or 1.0), -1.0, 1.0)[..., None]
    colours = np.where(t >= 0, ZERO + (POSITIVE - ZERO) * t, ZERO + (NEGATIVE - ZERO) * -t)
    return colours.round().astype(np.uint8)


def weight_tiles(images: np.ndarray) -> np.ndarray:
    """Each (28, 28) weight image in diverging colours, scaled by its own largest |weight|.

    Per-unit scaling shows every template's shape, even while its weights are still small.
    """
    images = np.asarray(images, np.float32)
    limits = np.abs(images).reshape(len(images), -1).max(axis=1)
    limits[limits == 0] = 1.0
    return diverging_rgb(images / limits[:, None, None], 1.0)


def tile_grid(tiles: np.ndarray, columns: int, gap: int = 2,
              background: tuple[int, int, int] = (150, 150, 150)) -> np.ndarray:
    """Lay (n, h, w, 3) tiles out in a grid with `gap` pixels between them: (H, W, 3) uint8."""
    n, h, w = tiles.shape[:3]
    columns = max(1, min(columns, n))
    rows = -(-n // columns)
    grid = np.empty((rows * (h + gap) + gap, columns * (w + gap) + gap, 3), np.uint8)
    grid[:] = background
    for index in range(n):
        r, c = divmod(index, columns)
        y, x = gap + r * (h + gap), gap + c * (w + gap)
        grid[y:y + h, x:x + w] = tiles[index]
    return grid


@dataclass(frozen=True)
class Contribution:
    """A first-layer unit's share of the predicted class's score (its logit) for one input."""

    unit: int
    activation: float  # the unit's output for this input
    contribution: float  # activation × how much the class logit changes per unit of it


def top_contributions(classifier: NumpyClassifier, sample: np.ndarray, digit: int,
                      count: int = 8) -> list[Contribution]:
    """The first-layer units that pushed `digit`'s logit up the most for this input."""
    first, values = contributions(classifier, sample, digit)
    order = np.argsort(values)[::-1][:count]
    return [Contribution(int(u), float(first[u]), float(values[u]))
            for u in order if values[u] > 0]


def contributions(classifier: NumpyClassifier, sample: np.ndarray,
                  digit: int) -> tuple[np.ndarray, np.ndarray]:
    """(first-layer activations, each one's contribution to `digit`'s logit) for one input.

    A unit's contribution is its activation times the gradient of the digit's logit (the
    score before softmax) with respect to it, read back through the forward pass's trace.
    For ReLU networks this splits the logit exactly: the contributions of all first-layer
    units plus the later biases add up to it.
    """
    x = np.asarray(sample, np.float32).reshape(1, INPUT_SIZE)
    _, trace = classifier.forward(x, trace=True)
    assert trace is not None
    if not trace.blocks:
        raise ValueError("the network has no hidden dense layer")
    first_step = trace.blocks[0]
    gradient = np.zeros((1, NUM_CLASSES), np.float32)
    gradient[0, digit] = 1.0
    for index in range(trace.logits_step, first_step, -1):
        step = classifier.steps[index]
        if index != trace.logits_step and step.kind != "affine":
            gradient = gradient * _derivative(trace.pre_activation[index],
                                              trace.outputs[index], step.activation)
        if step.kind in ("dense", "affine"):
            assert step.a is not None
            gradient = gradient @ step.a.T if step.kind == "dense" else gradient * step.a
    first = trace.outputs[first_step]
    return first[0].copy(), (first * gradient)[0]


def _derivative(pre: np.ndarray | None, post: np.ndarray, name: str) -> np.ndarray:
    if name == "relu" and pre is not None:
        return (pre > 0).astype(np.float32)
    if name == "sigmoid":
        return post * (1.0 - post)
    if name == "tanh":
        return 1.0 - post * post
    return np.ones_like(post)
