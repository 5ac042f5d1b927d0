"""The spec of a dense network and of its training, the teaching presets, and "256-128" parsing.

A spec is plain data (frozen dataclasses): it can be shown in the GUI, saved in a model file's
metadata as JSON, and turned into a Keras model by `core.model.network.build_model`. Each
hidden layer is Dense(units, activation, L2) followed, when asked, by BatchNormalization and
then Dropout; with `batch_norm_before` the batch norm sits between the Dense layer and its
activation, as the lesson's Dense → BatchNormalization → ReLU does.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Context
from core.model.spec_checks import (
    SpecError,
    check_bool,
    check_choice,
    check_int,
    check_number,
    check_text,
    typed_value,
)

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

__all__ = ["SpecError"]  # re-exported: callers import it from here


@dataclass(frozen=True)
class LayerSpec:
    """One hidden layer: Dense(units, activation, L2) [→ BatchNorm] [→ Dropout].

    With `batch_norm_before` (and `batch_norm`) the block is Dense(units, L2) → BatchNorm →
    activation [→ Dropout]: the batch norm normalises the Dense layer's sums, not its outputs.
    """

    units: int
    activation: str = "relu"
    dropout: float = 0.0
    batch_norm: bool = False
    l2: float = 0.0
    batch_norm_before: bool = False  # files written before it existed open as False

    def validate(self) -> None:
        """Raise SpecError naming the first field of a wrong type or out of range."""
        check_int("units", self.units, 1, MAX_UNITS)
        check_choice("activation", self.activation, ACTIVATIONS)
        check_number("dropout", self.dropout, 0.0, 0.9)
        check_bool("batch_norm", self.batch_norm)
        check_number("l2", self.l2, 0.0, 10.0)
        check_bool("batch_norm_before", self.batch_norm_before)
        if self.batch_norm_before and not self.batch_norm:
            raise SpecError(Specs.tr("batch_norm_before needs batch_norm: there is no batch "
                                     "norm to place before the activation"))

    @property
    def text(self) -> str:
        """The layer in the --layers grammar, parts in their order: "256:bn:relu:dropout=0.2"."""
        parts = [str(self.units)]
        if self.batch_norm and self.batch_norm_before:
            parts.append("bn")
        parts.append(self.activation)
        if self.batch_norm and not self.batch_norm_before:
            parts.append("bn")
        if self.dropout > 0:
            parts.append(f"dropout={self.dropout:g}")
        if self.l2 > 0:
            parts.append(f"l2={self.l2:g}")
        return ":".join(parts)


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
        check_text("name", self.name, MAX_NAME_LENGTH)
        check_choice("optimizer", self.optimizer, OPTIMIZERS)
        check_number("learning_rate", self.learning_rate, 0.0, 1e4, low_open=True)
        check_number("momentum", self.momentum, 0.0, 0.99)
        check_choice("loss", self.loss, (LOSS,))
        check_int("batch_size", self.batch_size, 1, 65536)
        check_int("epochs", self.epochs, 1, MAX_EPOCHS)
        check_number("validation_split", self.validation_split, 0.0, 0.5)
        check_int("early_stopping_patience", self.early_stopping_patience, 0, MAX_PATIENCE)
        check_bool("restore_best_weights", self.restore_best_weights)
        check_int("reduce_lr_patience", self.reduce_lr_patience, 0, MAX_PATIENCE)
        check_bool("keep_best", self.keep_best)
        check_int("seed", self.seed, 0, 2**31 - 1)

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
                values[spec_field.name] = typed_value(spec_field.name, spec_field.type,
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
    values = {f.name: typed_value(f.name, f.type, item[f.name])
              for f in dataclasses.fields(LayerSpec) if f.name in item}
    if "units" not in values:
        raise SpecError(Specs.tr("{0} is missing").format("units"))
    layer = LayerSpec(**values)
    layer.validate()
    return layer


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
        before = layer.batch_norm and layer.batch_norm_before
        rows.append(SummaryRow(f"dense_{index} ({'linear' if before else layer.activation})",
                               f"(None, {layer.units})", width * layer.units + layer.units))
        if layer.batch_norm:
            rows.append(SummaryRow(f"batch_norm_{index}", f"(None, {layer.units})",
                                   4 * layer.units))
        if before:
            rows.append(SummaryRow(f"{layer.activation}_{index}", f"(None, {layer.units})", 0))
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
    """A named spec; `source` names the course text it is (or says it is DigitLab's own)."""

    key: str
    title: str
    spec: ModelSpec
    note: str = field(default="")
    source: str = field(default="")


def _dense(*units: int, **kw: Any) -> tuple[LayerSpec, ...]:
    return tuple(LayerSpec(u, **kw) for u in units)


# The checkpoint's compile(optimizer='sgd') and fit(batch_size=32): Keras's SGD defaults
# (learning rate 0.01, momentum 0), no validation split. The assignment gives no other settings.
_CHECKPOINT: dict[str, Any] = {"optimizer": "sgd", "learning_rate": 0.01, "momentum": 0.0,
                               "batch_size": 32, "validation_split": 0.0}
# The lesson's examples: Adam, batch 128, 20 epochs, validation_split=0.2.
_LESSON: dict[str, Any] = {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 128,
                           "epochs": 20, "validation_split": 0.2}
# DigitLab's own presets and the Adam extras: Adam, batch 32, 20 epochs, validation 0.1.
_OURS: dict[str, Any] = {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 32,
                         "epochs": 20, "validation_split": 0.1}
_SRC_CHECKPOINT = QT_TRANSLATE_NOOP("Presets", "the checkpoint's example")
_SRC_OURS = QT_TRANSLATE_NOOP("Presets", "DigitLab's own, not from the course texts")

PRESETS: dict[str, Preset] = {p.key: p for p in (
    Preset("assignment-1",
           QT_TRANSLATE_NOOP("Presets", "Assignment 1: 32-16"),
           ModelSpec(_dense(32, 16), name="assignment-1", epochs=20, **_CHECKPOINT),
           QT_TRANSLATE_NOOP("Presets", "The assignment's task 1: two small relu layers, "
                                        "trained like the checkpoint's example (SGD, batch 32, "
                                        "no validation split), 20 epochs."),
           QT_TRANSLATE_NOOP("Presets", "the assignment, task 1")),
    Preset("assignment-2",
           QT_TRANSLATE_NOOP("Presets", "Assignment 2: 1024-512-256-128-64"),
           ModelSpec(_dense(1024, 512, 256, 128, 64), name="assignment-2", epochs=20,
                     **_CHECKPOINT),
           QT_TRANSLATE_NOOP("Presets", "The assignment's task 2: a deep, wide net, trained "
                                        "like the checkpoint's example, 20 epochs."),
           QT_TRANSLATE_NOOP("Presets", "the assignment, task 2")),
    Preset("classic-256-128",
           QT_TRANSLATE_NOOP("Presets", "Checkpoint example 256-128 (SGD)"),
           ModelSpec(_dense(256, 128), name="classic-256-128", epochs=30, **_CHECKPOINT),
           QT_TRANSLATE_NOOP("Presets", "The checkpoint's example: SGD with Keras's defaults "
                                        "(learning rate 0.01, no momentum), batch 32, 30 "
                                        "epochs, no validation split."),
           _SRC_CHECKPOINT),
    Preset("dropout-128-64",
           QT_TRANSLATE_NOOP("Presets", "128-64 with dropout 0.2"),
           ModelSpec(_dense(128, 64, dropout=0.2), name="dropout-128-64", **_LESSON),
           QT_TRANSLATE_NOOP("Presets", "The lesson's dropout example (Sequential and "
                                        "Functional API): dropout 0.2, Adam, batch 128."),
           QT_TRANSLATE_NOOP("Presets", "the lesson, section Dropout")),
    Preset("dropout-0.5-0.3",
           QT_TRANSLATE_NOOP("Presets", "256-128 with dropout 0.5 / 0.3"),
           ModelSpec((LayerSpec(256, dropout=0.5), LayerSpec(128, dropout=0.3)),
                     name="dropout-0.5-0.3", **_LESSON),
           QT_TRANSLATE_NOOP("Presets", "The lesson's variant: heavier dropout on the wider "
                                        "layer."),
           QT_TRANSLATE_NOOP("Presets", "the lesson, section Dropout")),
    Preset("l2-256-128",
           QT_TRANSLATE_NOOP("Presets", "256-128 with L2(0.01)"),
           ModelSpec(_dense(256, 128, l2=0.01), name="l2-256-128", **_LESSON),
           QT_TRANSLATE_NOOP("Presets", "The lesson's variant: L2 weight penalty 0.01 on each "
                                        "hidden layer."),
           QT_TRANSLATE_NOOP("Presets", "the lesson, section L2 regularization")),
    Preset("bn-relu-256-128",
           QT_TRANSLATE_NOOP("Presets", "256-128 with Dense → BatchNorm → ReLU"),
           ModelSpec(_dense(256, 128, batch_norm=True, batch_norm_before=True),
                     name="bn-relu-256-128", **_LESSON),
           QT_TRANSLATE_NOOP("Presets", "The lesson's batch norm example: the batch norm sits "
                                        "between each Dense layer and its relu."),
           QT_TRANSLATE_NOOP("Presets", "the lesson, section Batch normalization")),
    Preset("batchnorm-256-128",
           QT_TRANSLATE_NOOP("Presets", "256-128 with batch norm and dropout 0.3"),
           ModelSpec(_dense(256, 128, dropout=0.3, batch_norm=True), name="batchnorm-256-128",
                     early_stopping_patience=5, restore_best_weights=True, **_LESSON),
           QT_TRANSLATE_NOOP("Presets", "The lesson's complete example: batch norm and dropout "
                                        "0.3, EarlyStopping(patience 5, restore best)."),
           QT_TRANSLATE_NOOP("Presets", "the lesson, the complete example")),
    Preset("assignment-1-adam",
           QT_TRANSLATE_NOOP("Presets", "Assignment 1 with Adam (extra)"),
           ModelSpec(_dense(32, 16), name="assignment-1-adam", **_OURS),
           QT_TRANSLATE_NOOP("Presets", "DigitLab's extra, not the assignment's settings: "
                                        "task 1's net with Adam and validation 0.1."),
           _SRC_OURS),
    Preset("assignment-2-adam",
           QT_TRANSLATE_NOOP("Presets", "Assignment 2 with Adam (extra)"),
           ModelSpec(_dense(1024, 512, 256, 128, 64), name="assignment-2-adam", **_OURS),
           QT_TRANSLATE_NOOP("Presets", "DigitLab's extra, not the assignment's settings: "
                                        "task 2's net with Adam and validation 0.1."),
           _SRC_OURS),
    Preset("single-100",
           QT_TRANSLATE_NOOP("Presets", "One hidden layer of 100"),
           ModelSpec(_dense(100), name="single-100", **_OURS),
           QT_TRANSLATE_NOOP("Presets", "DigitLab's own: the smallest useful net, 784-100-10."),
           _SRC_OURS),
    Preset("sigmoid-deep",
           QT_TRANSLATE_NOOP("Presets", "Sigmoid 1024-512-256-128-64 (vanishing gradients)"),
           # the course's plain SGD (as assignment 2 trains): with Adam, whose steps ignore
           # the gradient's size, the first layers' vanishing gradients hardly show
           ModelSpec(_dense(1024, 512, 256, 128, 64, activation="sigmoid"),
                     name="sigmoid-deep", epochs=20, **_CHECKPOINT),
           QT_TRANSLATE_NOOP("Presets", "DigitLab's own: assignment 2 with sigmoid; compare "
                                        "the first layers' gradients with relu's."),
           _SRC_OURS),
    Preset("no-hidden",
           QT_TRANSLATE_NOOP("Presets", "No hidden layer (softmax regression)"),
           ModelSpec((), name="no-hidden", **_OURS),
           QT_TRANSLATE_NOOP("Presets", "DigitLab's own: 784 inputs straight to 10 outputs, "
                                        "7,850 parameters: is depth worth it?"),
           _SRC_OURS),
)}


def preset_source(name: str) -> str:
    """The course text a spec named after a preset comes from ("" for other names)."""
    preset = PRESETS.get(name)
    return preset.source if preset is not None else ""


def get_preset(key: str) -> Preset:
    """The preset called `key`, or SpecError listing the names there are."""
    try:
        return PRESETS[key]
    except KeyError:
        raise SpecError(Specs.tr("no preset {0}; presets: {1}")
                        .format(repr(key), ", ".join(PRESETS))) from None
