"""DigitCheck: does a 28x28 drawing look like a digit at all, or like a scribble or a letter?

A softmax must share all its probability among the ten digits, so a scribble comes out as
"8, 78 % sure". A small separate network, trained on digits (MNIST and real pen digits drawn
through the canvas) against things that are not digits (letters, scribbles, blobs, drawn the
same way), gives the probability that the input is not a digit; above a threshold chosen so
that at most 1 % of real pen digits are refused, the answer is "that does not look like a
digit". It runs in numpy (~0.1 ms) and is rebuilt by `resources/models/build_digit_check.py`.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "models" / "digit-check.npz"


def _conv_pool(x: np.ndarray, kernel: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """A valid 2-D convolution (N, H, W, C) * (k, k, C, F) + bias, ReLU, then 2x2 max-pool."""
    k = kernel.shape[0]
    n, h, w, c = x.shape
    windows = np.lib.stride_tricks.sliding_window_view(x, (k, k), axis=(1, 2))
    # windows: (N, H-k+1, W-k+1, C, k, k) -> rows of (k, k, C) patches times the kernel
    # (k, k, C, F) as one matrix product: ~0.08 ms for a drawing, where einsum took ~0.3 ms
    patches = windows.transpose(0, 1, 2, 4, 5, 3).reshape(-1, k * k * c)
    y = (patches @ kernel.reshape(k * k * c, -1)).reshape(n, h - k + 1, w - k + 1, -1) + bias
    np.maximum(y, 0, out=y)
    hh, ww = y.shape[1] // 2 * 2, y.shape[2] // 2 * 2
    y = y[:, :hh, :ww].reshape(n, hh // 2, 2, ww // 2, 2, -1)
    return y.max(axis=(2, 4))


@dataclass(frozen=True)
class DigitCheck:
    """Layers (each a 4-D kernel: convolution, ReLU and 2x2 max-pool; or a 2-D matrix:
    dense, ReLU but the last, which is one sigmoid unit) and the refusal threshold."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    threshold: float
    about: dict[str, object] = field(default_factory=dict)

    def not_digit_probability(self, images: np.ndarray) -> np.ndarray:
        """(N,) probability that each (N, 28, 28) image in [0, 1] is not a digit."""
        x: np.ndarray = np.asarray(images, np.float32).reshape(len(images), 28, 28, 1)
        if self.weights[0].ndim == 2:
            x = x.reshape(len(x), -1)
        for index, (w, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            if w.ndim == 4:
                x = _conv_pool(x, w, b)
                continue
            x = x.reshape(len(x), -1) @ w + b
            if index < len(self.weights) - 1:
                np.maximum(x, 0, out=x)
        return 1.0 / (1.0 + np.exp(-np.clip(x[:, 0], -60, 60)))

    def refuses(self, images: np.ndarray) -> np.ndarray:
        """(N,) bool: which of the (N, 28, 28) images do not look like a digit (their
        probability of not being one is above the threshold)."""
        return self.not_digit_probability(images) > self.threshold

    def looks_like_digit(self, image: np.ndarray) -> bool:
        return not bool(self.refuses(image[None])[0])


def read_digit_check(path: str | os.PathLike[str]) -> DigitCheck:
    """Load a checker file (plain arrays, no pickles); OSError or ValueError when unusable."""
    with np.load(path, allow_pickle=False) as data:
        layers = int(data["layers"])
        weights = tuple(data[f"w{i}"].astype(np.float32) for i in range(layers))
        biases = tuple(data[f"b{i}"].astype(np.float32) for i in range(layers))
        threshold = float(data["threshold"])
        about = json.loads(str(data["about"]))
    check = DigitCheck(weights, biases, threshold, about)
    try:
        fits = weights[-1].shape[1] == 1 and check.not_digit_probability(
            np.zeros((1, 28, 28), np.float32)).shape == (1,)
    except ValueError:
        fits = False
    if not fits or not 0 < threshold < 1:
        raise ValueError(f"{path} is not a digit checker (784 inputs, 1 output)")
    return check


@functools.lru_cache(maxsize=1)
def bundled_digit_check() -> DigitCheck | None:
    """The bundled checker, or None when it is missing or damaged (answers then go on
    without the check, as before it existed)."""
    try:
        return read_digit_check(RESOURCE)
    except (OSError, ValueError, KeyError):
        return None


def write_digit_check(path: str | os.PathLike[str], check: DigitCheck) -> None:
    """Save a checker as plain arrays (the builder's output)."""
    from core.store import atomic

    arrays: dict[str, np.ndarray] = {"layers": np.array(len(check.weights)),
                                     "threshold": np.array(check.threshold),
                                     "about": np.array(json.dumps(check.about))}
    for i, (w, b) in enumerate(zip(check.weights, check.biases, strict=True)):
        arrays[f"w{i}"], arrays[f"b{i}"] = w.astype(np.float32), b.astype(np.float32)
    def save(tmp: Path) -> None:
        with open(tmp, "wb") as handle:  # a file object: numpy would add ".npz" to a name
            np.savez_compressed(handle, **arrays)  # type: ignore[arg-type]

    atomic.write_with(path, save)
