"""The spec of a dense network and of its training, the teaching presets, and "256-128" parsing.

A spec is plain data (frozen dataclasses): it can be shown in the GUI, saved in a model file's
metadata as JSON, and turned into a Keras model by `core.model.network.build_model`. Each
hidden layer is Dense(units, activation, L2) followed, when asked, by BatchNormalization and
then Dropout.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Context

INPUT_SIZE = 784
NUM_CLASSES = 10
ACTIVATIONS = ("relu", "sigmoid", "tanh")
OPTIMIZERS = ("sgd", "adam", "rmsprop")
LOSS = "sparse_categorical_crossentropy"
MAX_UNITS = 16384
MAX_LAYERS = 20
MAX_EPOCHS_PER_RUN = 1000  # what the window offers per run (specs may say up to 10000)

Specs = Context("Specs")  # Specs.tr(…): why a spec cannot be trained (see core.i18n)


class SpecError(ValueError):
    """A spec value that cannot be trained, with a reason a student can act on."""


@dataclass(frozen=True)
class LayerSpec:
    """One hidden layer: Dense(units, activation, L2) [→ BatchNorm] [→ Dropout]."""

    units: int
    activation: str = "relu"
    dropout: float = 0.0
    batch_norm: bool = False
    l2: float = 0.0

    def validate(self) -> None:
        if not isinstance(self.units, int) or not 1 <= self.units <= MAX_UNITS:
            raise SpecError(Specs.tr("units must be a whole number from 1 to {0}, not {1}")
                            .format(MAX_UNITS, repr(self.units)))
        if self.activation not in ACTIVATIONS:
            raise SpecError(Specs.tr("activation must be one of {0}, not {1}")
                            .format(", ".join(ACTIVATIONS), repr(self.activation)))
        if not 0.0 <= self.dropout < 1.0:
            raise SpecError(Specs.tr("dropout must be at least 0 and below 1, not {0}")
                            .format(self.dropout))
        if not 0.0 <= self.l2 <= 10.0 or math.isnan(self.l2):
            raise SpecError(Specs.tr("L2 must be from 0 to 10, not {0}").format(self.l2))


@dataclass(frozen=True)
class ModelSpec:
    """A dense MNIST classifier and how to train it."""

    layers: tuple[LayerSpec, ...]
    name: str = "custom"
    optimizer: str = "adam"
    learning_rate: float = 0.001
    momentum: float = 0.0
    loss: str = LOSS
    batch_size: int = 32
    epochs: int = 20
    validation_split: float = 0.1
    early_stopping_patience: int = 0  # 0 = off
    restore_best_weights: bool = True
    reduce_lr_patience: int = 0  # 0 = off
    keep_best: bool = False
    seed: int = 42

    def validate(self) -> None:
        """Raise SpecError naming the first value that cannot be trained."""
        self.validate_layers()
        self.validate_training()

    def validate_layers(self) -> None:
        """Raise SpecError naming the first hidden layer that cannot be built."""
        if len(self.layers) > MAX_LAYERS:
            raise SpecError(Specs.tr("at most {0} hidden layers, not {1}")
                            .format(MAX_LAYERS, len(self.layers)))
        for index, layer in enumerate(self.layers, start=1):
            try:
                layer.validate()
            except SpecError as exc:
                raise SpecError(Specs.tr("layer {0}: {1}").format(index, exc)) from None

    def validate_training(self) -> None:
        """Raise SpecError naming the first training setting that cannot be used."""
        if self.optimizer not in OPTIMIZERS:
            raise SpecError(Specs.tr("optimizer must be one of {0}, not {1}")
                            .format(", ".join(OPTIMIZERS), repr(self.optimizer)))
        if not (0.0 < self.learning_rate <= 1e4):
            raise SpecError(Specs.tr("learning rate must be above 0 and at most 10000, "
                                     "not {0}").format(self.learning_rate))
        if not 0.0 <= self.momentum < 1.0:
            raise SpecError(Specs.tr("momentum must be at least 0 and below 1, not {0}")
                            .format(self.momentum))
        if self.loss != LOSS:
            raise SpecError(Specs.tr("loss must be {0} (integer labels 0-9)").format(repr(LOSS)))
        if not 1 <= self.batch_size <= 65536:
            raise SpecError(Specs.tr("batch size must be from 1 to 65536, not {0}")
                            .format(self.batch_size))
        if not 1 <= self.epochs <= 10000:
            raise SpecError(Specs.tr("epochs must be from 1 to 10000, not {0}")
                            .format(self.epochs))
        if not 0.0 <= self.validation_split < 0.9:
            raise SpecError(Specs.tr("validation split must be from 0 to 0.9, not {0}")
                            .format(self.validation_split))
        if self.early_stopping_patience < 0 or self.reduce_lr_patience < 0:
            raise SpecError(Specs.tr("patience must be 0 (off) or more"))
        if not 0 <= self.seed < 2**31:
            raise SpecError(Specs.tr("seed must be from 0 to {0}, not {1}")
                            .format(2**31 - 1, self.seed))

    @property
    def layer_text(self) -> str:
        """The hidden layers written the way the lessons write them, e.g. "256-128"."""
        return "-".join(str(layer.units) for layer in self.layers)

    def param_count(self) -> int:
        """Trainable plus non-trainable parameters, as Keras's `count_params()` counts them."""
        return sum(row.params for row in summary_rows(self))

    def replace(self, **changes: Any) -> ModelSpec:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["layers"] = [dataclasses.asdict(layer) for layer in self.layers]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelSpec:
        """Rebuild a spec from `to_dict()` output; unknown keys are ignored, bad ones refused."""
        if not isinstance(data, dict) or not isinstance(data.get("layers"), list):
            raise SpecError(Specs.tr("a spec needs a list of layers"))
        known = {f.name for f in dataclasses.fields(cls)}
        layer_keys = {f.name for f in dataclasses.fields(LayerSpec)}
        try:
            layers = tuple(LayerSpec(**{k: v for k, v in layer.items() if k in layer_keys})
                           for layer in data["layers"])
            values = {k: v for k, v in data.items() if k in known and k != "layers"}
            spec = cls(layers=layers, **values)
        except (TypeError, AttributeError) as exc:
            raise SpecError(Specs.tr("malformed spec: {0}").format(exc)) from None
        spec.validate()
        return spec


@dataclass(frozen=True)
class SummaryRow:
    """One line of a Keras-style model summary."""

    layer: str
    output_shape: str
    params: int


def summary_rows(spec: ModelSpec) -> list[SummaryRow]:
    """The layers Keras will build for `spec`, with output shapes and parameter counts.

    Computed without TensorFlow so the GUI can show it instantly; a test checks it against
    Keras's own `count_params()`.
    """
    rows = [SummaryRow("input", f"(None, {INPUT_SIZE})", 0)]
    width = INPUT_SIZE
    for index, layer in enumerate(spec.layers, start=1):
        rows.append(SummaryRow(f"dense_{index} ({layer.activation})", f"(None, {layer.units})",
                               width * layer.units + layer.units))
        if layer.batch_norm:
            rows.append(SummaryRow(f"batch_norm_{index}", f"(None, {layer.units})",
                                   4 * layer.units))
        if layer.dropout > 0:
            rows.append(SummaryRow(f"dropout_{index} ({layer.dropout:g})",
                                   f"(None, {layer.units})", 0))
        width = layer.units
    rows.append(SummaryRow("output (softmax)", f"(None, {NUM_CLASSES})",
                           width * NUM_CLASSES + NUM_CLASSES))
    return rows


_LAYER_TEXT = re.compile(r"^\s*\d+(\s*[-,x ]\s*\d+)*\s*$")


def parse_layers(text: str, activation: str = "relu", dropout: float = 0.0,
                 batch_norm: bool = False, l2: float = 0.0) -> tuple[LayerSpec, ...]:
    """Parse "256-128" (or "256,128", "256 128") into hidden layers with shared settings."""
    if not isinstance(text, str) or not _LAYER_TEXT.match(text):
        raise SpecError(Specs.tr("layers are written as unit counts joined by '-', like "
                                 "256-128; got {0}").format(repr(text)))
    units = [int(part) for part in re.split(r"[-,x ]+", text.strip()) if part]
    layers = tuple(LayerSpec(u, activation, dropout, batch_norm, l2) for u in units)
    for index, layer in enumerate(layers, start=1):
        try:
            layer.validate()
        except SpecError as exc:
            raise SpecError(Specs.tr("layer {0}: {1}").format(index, exc)) from None
    return layers


@dataclass(frozen=True)
class Preset:
    """A named spec from the teaching material."""

    key: str
    title: str
    spec: ModelSpec
    note: str = field(default="")


def _dense(*units: int, **kw: Any) -> tuple[LayerSpec, ...]:
    return tuple(LayerSpec(u, **kw) for u in units)


PRESETS: dict[str, Preset] = {p.key: p for p in (
    Preset("assignment-1",
           QT_TRANSLATE_NOOP("Presets", "Assignment 1: 32-16"),
           ModelSpec(_dense(32, 16), name="assignment-1", optimizer="adam",
                     learning_rate=0.001, batch_size=32, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "Two small relu layers and softmax; compare with "
                                        "assignment 2.")),
    Preset("assignment-2",
           QT_TRANSLATE_NOOP("Presets", "Assignment 2: 1024-512-256-128-64"),
           ModelSpec(_dense(1024, 512, 256, 128, 64), name="assignment-2", optimizer="adam",
                     learning_rate=0.001, batch_size=32, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "A deep, wide net: 58 times the parameters of "
                                        "assignment 1.")),
    Preset("classic-256-128",
           QT_TRANSLATE_NOOP("Presets", "Classic 256-128 (SGD)"),
           ModelSpec(_dense(256, 128), name="classic-256-128", optimizer="sgd",
                     learning_rate=0.01, momentum=0.9, batch_size=32, epochs=30,
                     validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "Plain SGD with momentum, batch 32, 30 epochs.")),
    Preset("dropout-128-64",
           QT_TRANSLATE_NOOP("Presets", "128-64 with dropout 0.2"),
           ModelSpec(_dense(128, 64, dropout=0.2), name="dropout-128-64", optimizer="adam",
                     learning_rate=0.001, batch_size=128, epochs=20, validation_split=0.2),
           QT_TRANSLATE_NOOP("Presets", "Dropout 0.2 after each hidden layer, Adam, batch 128.")),
    Preset("batchnorm-256-128",
           QT_TRANSLATE_NOOP("Presets", "256-128 with batch norm and dropout 0.3"),
           ModelSpec(_dense(256, 128, dropout=0.3, batch_norm=True), name="batchnorm-256-128",
                     optimizer="adam", learning_rate=0.001, batch_size=128, epochs=20,
                     validation_split=0.1, early_stopping_patience=5,
                     restore_best_weights=True),
           QT_TRANSLATE_NOOP("Presets", "Batch norm and dropout 0.3, EarlyStopping(patience 5, "
                                        "restore best).")),
    Preset("single-100",
           QT_TRANSLATE_NOOP("Presets", "One hidden layer of 100"),
           ModelSpec(_dense(100), name="single-100", optimizer="adam", learning_rate=0.001,
                     batch_size=32, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "The smallest useful net: 784-100-10.")),
    Preset("dropout-0.5-0.3",
           QT_TRANSLATE_NOOP("Presets", "256-128 with dropout 0.5 / 0.3"),
           ModelSpec((LayerSpec(256, dropout=0.5), LayerSpec(128, dropout=0.3)),
                     name="dropout-0.5-0.3", optimizer="adam", learning_rate=0.001,
                     batch_size=128, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "The lesson's variant: heavier dropout on the wider "
                                        "layer.")),
    Preset("l2-256-128",
           QT_TRANSLATE_NOOP("Presets", "256-128 with L2(0.01)"),
           ModelSpec(_dense(256, 128, l2=0.01), name="l2-256-128", optimizer="adam",
                     learning_rate=0.001, batch_size=128, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "The lesson's variant: L2 weight penalty 0.01 on each "
                                        "hidden layer.")),
    Preset("sigmoid-deep",
           QT_TRANSLATE_NOOP("Presets", "Sigmoid 1024-512-256-128-64 (vanishing gradients)"),
           ModelSpec(_dense(1024, 512, 256, 128, 64, activation="sigmoid"),
                     name="sigmoid-deep", optimizer="adam", learning_rate=0.001,
                     batch_size=32, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "Assignment 2 with sigmoid: compare the first layers' "
                                        "gradients with relu's.")),
    Preset("no-hidden",
           QT_TRANSLATE_NOOP("Presets", "No hidden layer (softmax regression)"),
           ModelSpec((), name="no-hidden", optimizer="adam", learning_rate=0.001,
                     batch_size=32, epochs=20, validation_split=0.1),
           QT_TRANSLATE_NOOP("Presets", "784 inputs straight to 10 outputs, 7,850 parameters: is "
                                        "depth worth it?")),
)}


def get_preset(key: str) -> Preset:
    """The preset called `key`, or SpecError listing the names there are."""
    try:
        return PRESETS[key]
    except KeyError:
        raise SpecError(Specs.tr("no preset {0}; presets: {1}")
                        .format(repr(key), ", ".join(PRESETS))) from None
