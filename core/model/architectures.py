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
MAX_EPOCHS = 10000
MAX_PATIENCE = 1000
MAX_NAME_LENGTH = 200
# Dense nets above this do not fit a lab computer with 8 GB: Adam keeps three float32 copies
# of every weight (weights, two moments) beside the gradients, about 16 bytes per parameter.
MAX_PARAMS = 50_000_000

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
        """Raise SpecError naming the first field of a wrong type or out of range."""
        _check_int("units", self.units, 1, MAX_UNITS)
        _check_choice("activation", self.activation, ACTIVATIONS)
        _check_number("dropout", self.dropout, 0.0, 0.9)
        _check_bool("batch_norm", self.batch_norm)
        _check_number("l2", self.l2, 0.0, 10.0)


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
        """Raise SpecError naming the first hidden layer that cannot be built, or the size."""
        if not isinstance(self.layers, tuple) or not all(
                isinstance(layer, LayerSpec) for layer in self.layers):
            raise SpecError(Specs.tr("a spec needs a list of layers"))
        if len(self.layers) > MAX_LAYERS:
            raise SpecError(Specs.tr("at most {0} hidden layers, not {1}")
                            .format(MAX_LAYERS, len(self.layers)))
        for index, layer in enumerate(self.layers, start=1):
            try:
                layer.validate()
            except SpecError as exc:
                raise SpecError(Specs.tr("layer {0}: {1}").format(index, exc)) from None
        params = self.param_count()
        if params > MAX_PARAMS:
            raise SpecError(Specs.tr("the network has {0} parameters; at most {1} can be "
                                     "trained on a lab computer with 8 GB of memory")
                            .format(f"{params:,}", f"{MAX_PARAMS:,}"))

    def validate_training(self) -> None:
        """Raise SpecError naming the first training setting of a wrong type or range."""
        _check_text("name", self.name, MAX_NAME_LENGTH)
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        _check_number("learning_rate", self.learning_rate, 0.0, 1e4, low_open=True)
        _check_number("momentum", self.momentum, 0.0, 0.99)
        _check_choice("loss", self.loss, (LOSS,))
        _check_int("batch_size", self.batch_size, 1, 65536)
        _check_int("epochs", self.epochs, 1, MAX_EPOCHS)
        _check_number("validation_split", self.validation_split, 0.0, 0.5)
        _check_int("early_stopping_patience", self.early_stopping_patience, 0, MAX_PATIENCE)
        _check_bool("restore_best_weights", self.restore_best_weights)
        _check_int("reduce_lr_patience", self.reduce_lr_patience, 0, MAX_PATIENCE)
        _check_bool("keep_best", self.keep_best)
        _check_int("seed", self.seed, 0, 2**31 - 1)

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
    def from_dict(cls, data: Any) -> ModelSpec:
        """Parse a spec read from a file into typed, checked fields.

        Unknown keys are ignored (files of other versions open); a known key of the wrong
        type or range raises SpecError naming it. Whole numbers written as 20.0 become ints
        and ints in number fields become floats; nothing else is converted.
        """
        if not isinstance(data, dict):
            raise SpecError(Specs.tr("a spec needs a list of layers"))
        layers = tuple(_layer_from(item) for item in _layer_items(data.get("layers")))
        values: dict[str, Any] = {}
        for spec_field in dataclasses.fields(cls):
            if spec_field.name != "layers" and spec_field.name in data:
                values[spec_field.name] = _typed(spec_field.name, spec_field.type,
                                                 data[spec_field.name])
        spec = cls(layers=layers, **values)
        spec.validate()
        return spec


def _layer_items(value: Any) -> list[Any]:
    """The stored layers: a list of layer dicts, or (older shapes) unit counts or "256-128"."""
    if isinstance(value, str):
        return [layer.units for layer in parse_layers(value)] if value.strip() else []
    if not isinstance(value, list):
        raise SpecError(Specs.tr("a spec needs a list of layers"))
    if len(value) > MAX_LAYERS:
        raise SpecError(Specs.tr("at most {0} hidden layers, not {1}")
                        .format(MAX_LAYERS, len(value)))
    return value


def _layer_from(item: Any) -> LayerSpec:
    if not isinstance(item, dict):
        item = {"units": item}
    values = {f.name: _typed(f.name, f.type, item[f.name])
              for f in dataclasses.fields(LayerSpec) if f.name in item}
    if "units" not in values:
        raise SpecError(Specs.tr("{0} is missing").format("units"))
    layer = LayerSpec(**values)
    layer.validate()
    return layer


def _typed(name: str, kind: Any, value: Any) -> Any:
    """A stored value as its field's type (see `ModelSpec.from_dict`); ranges are checked by
    `validate`."""
    kind = str(kind)
    if kind == "int" and isinstance(value, float) and value.is_integer():
        value = int(value)
    elif kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    return value


def _shown(value: Any) -> str:
    """A refused value as a short, single-line repr (hostile text cannot spill over)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _check_int(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SpecError(Specs.tr("{0} must be a whole number from {1} to {2}, not {3}")
                        .format(name, low, high, _shown(value)))


def _check_number(name: str, value: Any, low: float, high: float,
                  low_open: bool = False) -> None:
    ok = (not isinstance(value, bool) and isinstance(value, (int, float))
          and math.isfinite(value) and (low < value if low_open else low <= value)
          and value <= high)
    if not ok and low_open:
        raise SpecError(Specs.tr("{0} must be a number above {1} and at most {2}, not {3}")
                        .format(name, f"{low:g}", f"{high:g}", _shown(value)))
    if not ok:
        raise SpecError(Specs.tr("{0} must be a number from {1} to {2}, not {3}")
                        .format(name, f"{low:g}", f"{high:g}", _shown(value)))


def _check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise SpecError(Specs.tr("{0} must be true or false, not {1}")
                        .format(name, _shown(value)))


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if not isinstance(value, str) or value not in choices:
        raise SpecError(Specs.tr("{0} must be one of {1}, not {2}")
                        .format(name, ", ".join(choices), _shown(value)))


def _check_text(name: str, value: Any, limit: int) -> None:
    """Names are shown and exported: one line of printable text, not too long."""
    if (not isinstance(value, str) or not 1 <= len(value) <= limit
            or not value.isprintable()):
        raise SpecError(Specs.tr("{0} must be one line of at most {1} printable characters, "
                                 "not {2}").format(name, limit, _shown(value)))


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
