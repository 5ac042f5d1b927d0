"""Weights and gradients layer by layer, as plain data: histograms and gradient norms.

The weights of each dense layer are drawn as a histogram of their values. Gradients span many
orders of magnitude (a deep sigmoid net's first layer gets ~1000× smaller ones than its last:
the vanishing-gradient lesson), so their histogram counts log10|g| on one shared range, where
a vanishing layer sits visibly to the left of the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.evaluation.hidden_map import HiddenMap
from core.model.classifier import NumpyClassifier

BINS = 40
LOG_RANGE = (-12.0, 0.0)  # log10 |gradient| shown; smaller ones count in the first bin


@dataclass(frozen=True, eq=False)
class Histogram:
    """Counts (BINS,) between edges (BINS + 1,); `log` when the values were log10 |x|, and
    then `zeros` counts the values that were exactly 0 (not in any bin)."""

    edges: np.ndarray
    counts: np.ndarray
    log: bool = False
    zeros: int = 0

    @property
    def zero_share(self) -> float:
        """The share of all values that were exactly 0."""
        total = int(self.counts.sum()) + self.zeros
        return self.zeros / total if total else 0.0


@dataclass(frozen=True, eq=False)
class LayerInsight:
    """One look inside a network, e.g. after an epoch: per dense layer (first to output)
    its name, weight histogram and, when measured, gradient histogram and norm; and the
    hidden-layer map (None without a hidden layer or without test images)."""

    names: list[str]
    weights: list[Histogram]
    units: list[int] = field(default_factory=list)  # each layer's units, first to output
    gradients: list[Histogram] = field(default_factory=list)
    gradient_norms: list[float] = field(default_factory=list)
    map: HiddenMap | None = None


def value_histogram(values: np.ndarray, bins: int = BINS) -> Histogram:
    """A histogram of the values on a range symmetric about 0 (so 0 sits in the middle)."""
    flat = np.asarray(values, np.float64).ravel()
    limit = float(np.max(np.abs(flat))) if flat.size else 1.0
    limit = limit if limit > 0 else 1.0
    counts, edges = np.histogram(flat, bins=bins, range=(-limit, limit))
    return Histogram(edges.astype(np.float32), counts.astype(np.int64))


def log_histogram(values: np.ndarray, bins: int = BINS) -> Histogram:
    """A histogram of log10 |values| on LOG_RANGE, so layers can be compared on one axis.

    Exact zeros are counted apart: a first layer's weights from pixels no image inks get a
    gradient of exactly 0, which is no sign of a vanishing gradient."""
    flat = np.abs(np.asarray(values, np.float64).ravel())
    nonzero = flat[flat > 0]
    logs = np.log10(np.maximum(nonzero, 10.0 ** LOG_RANGE[0]))
    counts, edges = np.histogram(np.clip(logs, *LOG_RANGE), bins=bins, range=LOG_RANGE)
    return Histogram(edges.astype(np.float32), counts.astype(np.int64), log=True,
                     zeros=int(flat.size - nonzero.size))


def layer_names(classifier: NumpyClassifier) -> list[str]:
    """"layer 1 (32 units)", …, "output (10)": the dense layers in order."""
    sizes = [*classifier.hidden_sizes, 10]
    return [f"layer {i} ({n} units)" for i, n in enumerate(sizes[:-1], start=1)] + ["output (10)"]


def dense_kernels(classifier: NumpyClassifier) -> list[np.ndarray]:
    """The kernels (inputs × units) of the dense layers, first to output."""
    return [step.a for step in classifier.steps if step.kind == "dense" and step.a is not None]


def weight_insight(classifier: NumpyClassifier, gradients: list[np.ndarray] | None = None,
                   hidden: HiddenMap | None = None) -> LayerInsight:
    """The weight histograms of `classifier`, with the gradients' when given (one array per
    dense kernel, same order) and a map."""
    grads = gradients or []
    return LayerInsight(
        names=layer_names(classifier),
        weights=[value_histogram(kernel) for kernel in dense_kernels(classifier)],
        units=[int(kernel.shape[1]) for kernel in dense_kernels(classifier)],
        gradients=[log_histogram(g) for g in grads],
        gradient_norms=[float(np.linalg.norm(g)) for g in grads],
        map=hidden)
