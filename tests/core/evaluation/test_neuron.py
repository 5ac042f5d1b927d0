import numpy as np
import pytest
from helpers import random_classifier

from core.evaluation.neuron import neuron_arithmetic


@pytest.fixture
def image() -> np.ndarray:
    picture = np.zeros((28, 28), np.float32)
    picture[6:22, 12:16] = 0.9
    return picture


def test_z_and_the_activation_are_the_forward_pass_own(image: np.ndarray) -> None:
    classifier = random_classifier(32, 16)
    arithmetic = neuron_arithmetic(classifier, image, unit=5)
    _, trace = classifier.forward(image[None], trace=True)
    assert arithmetic.z == float(trace.pre_activation[0][0, 5])
    assert arithmetic.output == float(trace.outputs[0][0, 5])


def test_the_terms_the_rest_and_the_bias_add_up_to_z(image: np.ndarray) -> None:
    arithmetic = neuron_arithmetic(random_classifier(32), image, unit=3)
    total = sum(t.product for t in arithmetic.terms) + arithmetic.rest + arithmetic.bias
    assert total == pytest.approx(arithmetic.z, abs=1e-4)
    assert len(arithmetic.terms) == 8 and arithmetic.rest_count == 784 - 8
    assert "(1×784)·(784×32) + (1×32) → (1×32)" in arithmetic.text()


def test_a_unit_the_layer_does_not_have_is_refused(image: np.ndarray) -> None:
    with pytest.raises(ValueError, match="no dense unit 40"):
        neuron_arithmetic(random_classifier(32), image, unit=40)


def test_the_output_layer_shows_its_logits_and_softmax(image: np.ndarray) -> None:
    from core.evaluation.neuron import output_arithmetic

    classifier = random_classifier(32)
    probabilities, trace = classifier.forward(image[None], trace=True)
    text = output_arithmetic(classifier, image)
    assert f"0:{trace.logits[0, 0]:.1f}" in text
    assert f"9:{100 * probabilities[0, 9]:.0f}%" in text and "softmax" in text


def test_the_rest_of_the_sum_reads_as_the_other_terms(image: np.ndarray) -> None:
    arithmetic = neuron_arithmetic(random_classifier(32), image, unit=3)
    assert f"(the other 776 terms: {arithmetic.rest:+.2f})" in arithmetic.text()
