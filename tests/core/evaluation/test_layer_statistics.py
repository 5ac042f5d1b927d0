import numpy as np
from helpers import random_classifier

from core.evaluation.layer_statistics import (
    LOG_RANGE,
    log_histogram,
    value_histogram,
    weight_insight,
)


def test_weight_histograms_count_every_weight_of_each_layer() -> None:
    insight = weight_insight(random_classifier(16, 8))
    assert insight.names == ["layer 1 (16 units)", "layer 2 (8 units)", "output (10)"]
    assert [int(h.counts.sum()) for h in insight.weights] == [784 * 16, 16 * 8, 8 * 10]
    assert insight.gradients == [] and insight.map is None


def test_gradient_histograms_place_each_size_on_one_log_axis() -> None:
    histogram = log_histogram(np.array([1e-9, -1e-9, 1e-3, 1e-20, 0.0]))
    assert histogram.log and histogram.counts.sum() == 4
    nine = np.searchsorted(histogram.edges, -9.0, side="right") - 1
    assert histogram.counts[nine] == 2  # ±1e-9: the sign does not matter
    assert histogram.counts[0] == 1 and histogram.edges[0] == LOG_RANGE[0]  # tiny: the floor
    assert histogram.zeros == 1 and histogram.zero_share == 0.2  # 0 is counted apart


def test_gradient_norms_are_the_layers_own() -> None:
    gradients = [np.full((784, 4), 0.5), np.full((4, 10), -2.0)]
    insight = weight_insight(random_classifier(4), gradients)
    assert np.allclose(insight.gradient_norms, [0.5 * 56, 2 * np.sqrt(40)])


def test_weight_histograms_are_centred_on_zero() -> None:
    histogram = value_histogram(np.array([-0.2, 0.1, 0.05]))
    assert np.isclose(histogram.edges[0], -histogram.edges[-1])
