import numpy as np
from helpers import make_digits, random_classifier

from core.evaluation.insides import (
    contributions,
    diverging_rgb,
    first_layer_weights,
    tile_grid,
    top_contributions,
    weight_tiles,
)
from core.model.classifier import Step


def _logits(classifier, x: np.ndarray) -> np.ndarray:  # noqa: ANN001
    for step in classifier.steps:
        x = x @ step.a + step.b
        if step.activation == "relu":
            x = np.maximum(x, 0)
    return x


def test_first_layer_weights_are_one_28x28_image_per_unit() -> None:
    classifier = random_classifier(12, 8)
    weights = first_layer_weights(classifier)
    assert weights.shape == (12, 28, 28)
    assert np.array_equal(weights[3].ravel(), classifier.steps[0].a[:, 3])


def test_diverging_colours_are_red_for_positive_blue_for_negative_white_for_zero() -> None:
    colours = diverging_rgb(np.array([-1.0, 0.0, 1.0]), 1.0).astype(int)
    assert colours[0, 2] > colours[0, 0]  # blue
    assert colours[2, 0] > colours[2, 2]  # red
    assert colours[1].min() > 240  # near white


def test_each_tile_is_scaled_to_its_own_range() -> None:
    images = np.stack([np.full((28, 28), 0.001), np.full((28, 28), 5.0)])
    tiles = weight_tiles(images)
    assert np.array_equal(tiles[0], tiles[1])


def test_tile_grid_lays_tiles_out_with_gaps() -> None:
    grid = tile_grid(np.zeros((5, 28, 28, 3), np.uint8), columns=3, gap=2)
    assert grid.shape == (2 * 30 + 2, 3 * 30 + 2, 3)


def test_contributions_add_up_to_the_logit_in_a_relu_network() -> None:
    classifier = random_classifier(20, 12, seed=3)
    for step in classifier.steps[1:]:
        step.b[:] = 0  # then the first layer's contributions are the whole logit
    image = make_digits(1, seed=4)[0][0].astype(np.float32) / 255
    _, values = contributions(classifier, image, 7)
    assert np.isclose(values.sum(), _logits(classifier, image.reshape(1, 784))[0, 7], rtol=1e-4)


def test_top_contributions_in_one_hidden_layer_are_activation_times_weight() -> None:
    classifier = random_classifier(30, seed=5)
    image = make_digits(1, seed=6)[0][0].astype(np.float32) / 255
    hidden = np.maximum(image.reshape(1, 784) @ classifier.steps[0].a + classifier.steps[0].b, 0)
    expected = hidden[0] * classifier.steps[1].a[:, 2]
    top = top_contributions(classifier, image, 2, count=5)
    assert [c.unit for c in top] == list(np.argsort(expected)[::-1][:len(top)])
    assert all(c.contribution > 0 for c in top)


def test_batch_norm_between_layers_is_followed_through() -> None:
    classifier = random_classifier(10, seed=7)
    scale = np.linspace(0.5, 2, 10).astype(np.float32)
    classifier.steps.insert(1, Step("affine", scale, np.zeros(10, np.float32)))
    image = make_digits(1, seed=8)[0][0].astype(np.float32) / 255
    first, values = contributions(classifier, image, 1)
    assert np.allclose(values, first * scale * classifier.steps[2].a[:, 1], atol=1e-6)
