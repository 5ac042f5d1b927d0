"""The arithmetic of one first-layer neuron on one drawing: z = Σ wᵢxᵢ + b, then its activation.

The numbers are the numpy forward pass's own (z and the activation come from its trace), so
what a student reads is what the network computed. The largest products wᵢxᵢ are listed with
their pixel positions; the rest are summed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.i18n import Context
from core.model.classifier import NumpyClassifier, Trace

Neuron = Context("Neuron")  # Neuron.tr(…): the arithmetic's words (see core.i18n)

RANKS = "¹²³⁴⁵⁶⁷⁸⁹"  # mark each listed term; the same numbers label its pixel


@dataclass(frozen=True)
class Term:
    """One product wᵢ·xᵢ: the pixel (row, column of the 28×28), its weight and its value."""

    pixel: int
    weight: float
    value: float

    @property
    def row_column(self) -> tuple[int, int]:
        return divmod(self.pixel, 28)

    @property
    def product(self) -> float:
        return self.weight * self.value


@dataclass(frozen=True)
class NeuronArithmetic:
    unit: int
    units: int  # in the layer
    terms: list[Term]  # the largest |wᵢxᵢ|, largest first
    rest: float  # the sum of every other product
    rest_count: int
    bias: float
    z: float
    activation: str
    output: float
    output_layer: str = ""  # the logits and softmax of the same forward pass

    def text(self) -> str:
        """The computation written out with the numbers, in three lines."""
        parts = " + ".join(f"{t.weight:.2f}×{t.value:.2f}{RANKS[i]}"
                           for i, t in enumerate(self.terms))
        activation = (Neuron.tr("softmax, with the other units' z: p = {0}").format(
            f"{self.output:.2f}") if self.activation == "softmax"
            else f"{self.activation}({self.z:.2f}) = {self.output:.2f}")
        total = Neuron.tr("z = Σ wᵢxᵢ + b = {0} + (the other %n terms: {1}) + bias {2} = {3}",
                          None, self.rest_count).format(
            parts, f"{self.rest:+.2f}", f"{self.bias:+.2f}", f"{self.z:.2f}")
        return (total + "\n" + activation + "\n"
                + Neuron.tr("The whole layer at once: (1×784)·(784×{0}) + (1×{0}) → (1×{0})")
                .format(self.units))


def output_arithmetic(classifier: NumpyClassifier, image: np.ndarray) -> str:
    """The output layer on this image: its ten logits and the softmax that turns them into
    the bars, with the forward pass's own numbers."""
    _, trace = classifier.forward(np.asarray(image, np.float32)[None], trace=True)
    assert trace is not None
    return _output_text(trace)


def _output_text(trace: Trace) -> str:
    if trace.logits is None:
        return ""
    logits = " ".join(f"{d}:{v:.1f}" for d, v in enumerate(trace.logits[0]))
    bars = " ".join(f"{d}:{100 * p:.0f}%" for d, p in enumerate(trace.outputs[-1][0]))
    return (Neuron.tr("Output layer: logits zₖ = {0}").format(logits) + "\n"
            + Neuron.tr("softmax: pₖ = e^zₖ / Σⱼ e^zⱼ = {0}").format(bars))


def neuron_arithmetic(classifier: NumpyClassifier, image: np.ndarray, unit: int,
                      top: int = 8) -> NeuronArithmetic:
    """Unit `unit` of the first dense layer on this 28×28 image in [0, 1]."""
    step = classifier.steps[0]
    kernel, biases = step.a, step.b
    if step.kind != "dense" or kernel is None or biases is None \
            or not 0 <= unit < kernel.shape[1]:
        raise ValueError(f"the first layer has no dense unit {unit}")
    _, trace = classifier.forward(np.asarray(image, np.float32)[None], trace=True)
    assert trace is not None
    x = trace.inputs[0][0]
    weights = kernel[:, unit]
    products = x * weights
    order = [int(i) for i in np.argsort(-np.abs(products))[:top] if products[i] != 0]
    terms = [Term(i, float(weights[i]), float(x[i])) for i in order]
    rest_mask = np.ones(len(x), bool)
    rest_mask[order] = False
    pre = trace.pre_activation[0]
    z = float(pre[0, unit]) if pre is not None else float(x @ weights + biases[unit])
    return NeuronArithmetic(unit, int(kernel.shape[1]), terms, float(products[rest_mask].sum()),
                            int(rest_mask.sum()), float(biases[unit]), z, step.activation,
                            float(trace.outputs[0][0, unit]), _output_text(trace))
