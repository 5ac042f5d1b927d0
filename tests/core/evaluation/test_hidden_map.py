import dataclasses

import numpy as np
import pytest
from helpers import make_digits, random_classifier

from core.evaluation.hidden_map import (
    NoHiddenLayerError,
    hidden_map,
    last_hidden,
    map_of_test_images,
)

IMAGES, LABELS = make_digits(60, seed=1)
INPUTS = IMAGES.reshape(60, 784).astype(np.float32) / 255


def test_the_points_are_the_activations_on_their_two_main_directions() -> None:
    classifier = random_classifier(16, 8)
    result = hidden_map(classifier, INPUTS, LABELS)
    activations = last_hidden(classifier, INPUTS)
    centred = activations - activations.mean(axis=0)
    spread = np.linalg.svd(centred, compute_uv=False)
    assert result.points.shape == (60, 2)
    assert np.allclose(np.linalg.norm(result.points, axis=0), spread[:2], rtol=1e-4)
    assert result.explained[0] >= result.explained[1] > 0


def test_a_drawing_lands_where_its_test_image_is() -> None:
    classifier = random_classifier(16, 8)
    result = map_of_test_images(classifier, IMAGES, LABELS)
    assert np.allclose(result.place(classifier, INPUTS[7]), result.points[7], atol=1e-4)
    assert result.image(7).shape == (28, 28) and result.labels[7] == LABELS[7]


def test_the_map_keeps_its_orientation_from_epoch_to_epoch() -> None:
    classifier = random_classifier(16, 8)
    first = hidden_map(classifier, INPUTS, LABELS)
    flipped = dataclasses.replace(first, directions=-first.directions)
    again = hidden_map(classifier, INPUTS, LABELS, reference=flipped)
    assert np.allclose(again.directions, -first.directions)


def test_a_network_without_hidden_layer_has_no_map() -> None:
    with pytest.raises(NoHiddenLayerError):
        hidden_map(random_classifier(), INPUTS, LABELS)
