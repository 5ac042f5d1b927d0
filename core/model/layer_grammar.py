"""The --layers grammar: "256:bn:relu-128:relu:dropout=0.2:l2=0.01", parts in the order written.

Layers are joined by "-"; each layer is its unit count, then parts joined by ":": an
activation (relu, sigmoid, tanh), "bn", "dropout=RATE" and "l2=FACTOR". "bn" written before
the activation is the lesson's Dense → BatchNormalization → ReLU; after it (or with no
activation written) the batch norm follows the activation. Dropout comes last, as Keras's
layers apply it. Plain "32-16" (also "32,16", "32 16") still means relu layers, through
`parse_layers`.
"""

from __future__ import annotations

import re

from core.model.architectures import ACTIVATIONS, LayerSpec, ModelSpec, parse_layers
from core.model.spec_checks import SpecError, Specs

_SPLIT = re.compile(r"(?<![eE])-")  # "l2=1e-3" keeps its minus sign
_NUMBER = re.compile(r"^\d+(\.\d*)?([eE]-?\d+)?$|^\.\d+([eE]-?\d+)?$")


def parse_layer_grammar(text: str, activation: str = "relu",
                        dropout: float = 0.0) -> tuple[LayerSpec, ...]:
    """Hidden layers from the grammar; `activation` and `dropout` are the defaults of layers
    that do not name their own. SpecError names the layer and the part it cannot read."""
    if not isinstance(text, str) or ":" not in text:
        return parse_layers(text, activation=activation, dropout=dropout)
    pieces = _SPLIT.split(text.strip())
    layers = []
    for index, piece in enumerate(pieces, start=1):
        try:
            layer = _layer(piece.strip(), activation, dropout)
            layer.validate()
        except SpecError as exc:
            raise SpecError(Specs.tr("layer {0}: {1}").format(index, exc)) from None
        layers.append(layer)
    return tuple(layers)


def _layer(piece: str, default_activation: str, default_dropout: float) -> LayerSpec:
    units, *parts = [part.strip() for part in piece.split(":")]
    if not units.isdigit():
        raise SpecError(Specs.tr("a layer starts with its number of units, like 256:relu; got "
                                 "{0}").format(repr(piece)))
    activation: str | None = None
    batch_norm = before = False
    dropout: float | None = None
    l2: float | None = None
    for part in parts:
        name, _, value = part.partition("=")
        if dropout is not None and part != "" and name != "l2":
            raise SpecError(Specs.tr("dropout comes last in a layer, after {0}")
                            .format(repr(part)))
        if part in ACTIVATIONS and activation is None and not value:
            activation = part
        elif part == "bn" and not batch_norm:
            batch_norm, before = True, activation is None
        elif name == "dropout" and value and dropout is None:
            dropout = _number(name, value)
        elif name == "l2" and value and l2 is None:
            l2 = _number(name, value)
        else:
            raise SpecError(Specs.tr("cannot read {0}: a layer's parts are relu, sigmoid or tanh, "
                                     "bn, dropout=RATE and l2=FACTOR, each once")
                            .format(repr(part)))
    return LayerSpec(int(units), activation or default_activation,
                     default_dropout if dropout is None else dropout, batch_norm,
                     l2 or 0.0, batch_norm and before and activation is not None)


def _number(name: str, value: str) -> float:
    if not _NUMBER.match(value):
        raise SpecError(Specs.tr("{0} must be a number, not {1}").format(name, repr(value)))
    return float(value)


def layers_label(spec: ModelSpec) -> str:
    """The hidden layers with their activation, batch norm and dropout, in the grammar:
    "1024-512 sigmoid", "256-128 relu:bn:dropout=0.3" when every layer has the same parts,
    else each layer's own ("256:relu:dropout=0.5-128:relu:dropout=0.3")."""
    if not spec.layers:
        return ""
    parts = {layer.text.partition(":")[2] for layer in spec.layers}
    if len(parts) == 1:
        return f"{spec.layer_text} {parts.pop()}"
    return "-".join(layer.text for layer in spec.layers)
