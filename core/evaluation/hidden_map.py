"""How the last hidden layer sorts the digits: a 2-D PCA map of its activations.

Each of a fixed set of test images becomes a point: the last hidden layer's activations
(64 numbers for assignment 2) projected on their two principal directions, computed with
numpy's SVD. Recomputed after every epoch, the points of each digit gather into clusters as
the network learns. A drawing is placed on the same map with `place` (same centring, same
directions), so a student sees where the network files it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.data.datasets import as_inputs
from core.model.classifier import NumpyClassifier

MAP_SIZE = 2000  # test images on the map: clusters are clear, a recompute stays ~0.1 s


class NoHiddenLayerError(ValueError):
    """The network has no hidden layer, so there is nothing to map."""


@dataclass(frozen=True, eq=False)
class HiddenMap:
    """Points (N, 2) of the images with their labels, and the projection that made them."""

    points: np.ndarray  # (N, 2) float32
    labels: np.ndarray  # (N,) int
    mean: np.ndarray  # (units,) the centre the activations were shifted by
    directions: np.ndarray  # (units, 2) the two principal directions
    explained: tuple[float, float]  # share of the variance along each direction
    images: np.ndarray | None = None  # (N, 28, 28) the images themselves, for hovering

    def image(self, index: int) -> np.ndarray | None:
        """Point `index`'s image as 28×28 (None when the map was made without them)."""
        return None if self.images is None else np.asarray(self.images[index]).reshape(28, 28)

    def place(self, classifier: NumpyClassifier, image: np.ndarray) -> tuple[float, float]:
        """Where one drawing (28×28 or 784 in [0, 1]) lands on this map."""
        point = (last_hidden(classifier, np.asarray(image, np.float32)[None]) - self.mean) \
            @ self.directions
        return float(point[0, 0]), float(point[0, 1])


def last_hidden(classifier: NumpyClassifier, images: np.ndarray) -> np.ndarray:
    """The last hidden layer's activations (N, units), from the numpy forward pass's trace."""
    _, trace = classifier.forward(images, trace=True)
    if trace is None or not trace.blocks:
        raise NoHiddenLayerError("the network has no hidden layer: the map shows a hidden layer")
    return trace.outputs[trace.blocks[-1]]


def hidden_map(classifier: NumpyClassifier, images: np.ndarray, labels: np.ndarray,
               reference: HiddenMap | None = None, keep: np.ndarray | None = None) -> HiddenMap:
    """The PCA map of `images` (N, 28, 28) or (N, 784) in [0, 1].

    Principal directions have no sign of their own; each is turned to agree with
    `reference` (the previous epoch's map), or else so that its largest loading is positive,
    so the picture does not flip from one epoch to the next. `keep` is stored as the points'
    images (pass the uint8 originals: shared, not copied).
    """
    return map_of_activations(last_hidden(classifier, images), labels, reference, keep)


def map_of_activations(activations: np.ndarray, labels: np.ndarray,
                       reference: HiddenMap | None = None,
                       keep: np.ndarray | None = None) -> HiddenMap:
    """The PCA map of last-hidden-layer activations (N, units), however they were computed
    (`hidden_map` uses the numpy forward pass; training, TensorFlow's on both cores)."""
    activations = np.asarray(activations, np.float64)
    mean = activations.mean(axis=0)
    centred = activations - mean
    _, singular, vt = np.linalg.svd(centred, full_matrices=False)
    directions = vt[:2].T.copy()
    if directions.shape[1] < 2:  # a hidden layer of one unit: a flat second axis
        directions = np.hstack([directions, np.zeros_like(directions)])
    for k in range(2):
        column = directions[:, k]
        if reference is not None and reference.directions.shape == directions.shape:
            flip = float(column @ reference.directions[:, k]) < 0
        else:
            flip = column[np.argmax(np.abs(column))] < 0
        if flip:
            directions[:, k] = -column
    variance = singular ** 2
    total = float(variance.sum()) or 1.0
    shares = [float(v) / total for v in variance[:2]] + [0.0, 0.0]
    return HiddenMap(points=(centred @ directions).astype(np.float32),
                     labels=np.asarray(labels).astype(np.int64), mean=mean.astype(np.float32),
                     directions=directions.astype(np.float32),
                     explained=(shares[0], shares[1]), images=keep)


def map_of_test_images(classifier: NumpyClassifier, x_test: np.ndarray, y_test: np.ndarray,
                 reference: HiddenMap | None = None, size: int = MAP_SIZE) -> HiddenMap:
    """The map of the first `size` test images (uint8 28×28): the same fixed images for
    every epoch and every model, so maps compare."""
    images = x_test[:size]
    return hidden_map(classifier, as_inputs(images), y_test[:size], reference, images)
