"""Build a Keras model from a ModelSpec (TensorFlow is imported on first call, not at import)."""

from __future__ import annotations

from typing import Any

from core.i18n import Context
from core.model.architectures import INPUT_SIZE, NUM_CLASSES, LayerSpec, ModelSpec

TrainingNotes = Context("TrainingNotes")  # TrainingNotes.tr(…): a run's notes (see core.i18n)


def seed_everything(seed: int) -> None:
    """Seed Python, numpy and the backend so the same seed gives the same weights."""
    import keras

    keras.utils.set_random_seed(seed)


def make_optimizer(spec: ModelSpec) -> Any:
    """The optimizer the spec names, with its learning rate (and momentum for SGD)."""
    import keras

    if spec.optimizer == "sgd":
        return keras.optimizers.SGD(learning_rate=spec.learning_rate, momentum=spec.momentum)
    if spec.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(learning_rate=spec.learning_rate)
    return keras.optimizers.Adam(learning_rate=spec.learning_rate)


def build_model(spec: ModelSpec, *, compile_model: bool = True) -> Any:
    """A compiled keras.Sequential: 784 inputs, the hidden layers, a 10-way softmax.

    Each hidden layer is Dense(units, activation, L2) [→ BatchNormalization] [→ Dropout], or
    with `batch_norm_before` Dense(units, L2) → BatchNormalization → Activation [→ Dropout].
    Seed first (see `seed_everything`) when the weights must be reproducible.
    """
    import keras

    spec.validate()
    layers: list[Any] = [keras.Input(shape=(INPUT_SIZE,), name="pixels")]
    for index, layer in enumerate(spec.layers, start=1):
        regularizer = keras.regularizers.L2(layer.l2) if layer.l2 > 0 else None
        before = layer.batch_norm and layer.batch_norm_before
        layers.append(keras.layers.Dense(layer.units, activation=None if before
                                         else layer.activation,
                                         kernel_regularizer=regularizer,
                                         name=f"dense_{index}"))
        if layer.batch_norm:
            layers.append(keras.layers.BatchNormalization(name=f"batch_norm_{index}"))
        if before:
            layers.append(keras.layers.Activation(layer.activation,
                                                  name=f"{layer.activation}_{index}"))
        if layer.dropout > 0:
            layers.append(keras.layers.Dropout(layer.dropout, name=f"dropout_{index}"))
    layers.append(keras.layers.Dense(NUM_CLASSES, activation="softmax", name="output"))
    model = keras.Sequential(layers, name=_keras_name(spec.name))
    if compile_model:
        model.compile(optimizer=make_optimizer(spec), loss=spec.loss, metrics=["accuracy"])
    return model


def _keras_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "_-" else "_" for c in name)
    return cleaned or "digitlab"


def ends_in_logits(model: Any) -> bool:
    """True when the model's last layer gives scores, not probabilities (no softmax)."""
    from core.model.layer_map import steps_from_keras

    return steps_from_keras(model)[1]


def prepare_for_training(model: Any, spec: ModelSpec) -> list[str]:
    """Make a loaded model trainable; return what was done, in words for the student.

    A model saved without its optimizer (plain `model.save` after `compile=False`, or a
    bundled model) is compiled with the spec's optimizer; a model that ends in logits is
    compiled with `from_logits=True`, so the loss reads its scores correctly.
    """
    import keras

    if getattr(model, "optimizer", None) is not None and getattr(model, "compiled", True):
        if _optimizer_fits(model):
            return []
        return _fresh_optimizer(model)
    logits = ends_in_logits(model)
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=logits)
    model.compile(optimizer=make_optimizer(spec), loss=loss, metrics=["accuracy"])
    rate = f"{spec.learning_rate:g}"
    if logits:
        return [TrainingNotes.tr("the model had no optimizer: compiled with {0} (learning rate "
                                 "{1}), with a loss that reads its logits")
                .format(spec.optimizer, rate)]
    return [TrainingNotes.tr("the model had no optimizer: compiled with {0} (learning rate {1})")
            .format(spec.optimizer, rate)]


def _optimizer_fits(model: Any) -> bool:
    """False when the model's optimizer was built for other variables than the model's.

    A legacy `.h5` file comes back compiled with an optimizer that is already built, for no
    variables (or another copy of them): Keras then fails at the first step with "Unknown
    variable". An optimizer not yet built builds itself for the model's variables.
    """
    optimizer = model.optimizer
    known = getattr(optimizer, "_trainable_variables_indices", None)
    key = getattr(optimizer, "_var_key", None)
    if not getattr(optimizer, "built", False) or known is None or key is None:
        return True
    return all(key(variable) in known for variable in model.trainable_variables)


def _fresh_optimizer(model: Any) -> list[str]:
    """Compile again with a new optimizer of the same kind and settings, and the model's own
    loss: its moments start again, which the returned note says."""
    import keras

    old = model.optimizer
    optimizer = type(old).from_config(old.get_config())
    loss = model.loss
    if loss is None:
        loss = keras.losses.SparseCategoricalCrossentropy(from_logits=ends_in_logits(model))
    model.compile(optimizer=optimizer, loss=loss, metrics=["accuracy"])
    return [TrainingNotes.tr("the file's optimizer could not continue with this model, so a new "
                             "{0} with the same settings continues it").format(old.name)]


def describe_model(model: Any) -> tuple[str, int, tuple[LayerSpec, ...] | None]:
    """(hidden layers as "256-128", parameter count, the layers as LayerSpecs or None).

    Read from the model itself, so a run continued from a file is labelled with the file's
    real layers. The LayerSpecs are None when the layers cannot be written as DigitLab's
    Dense [→ BatchNorm] [→ Dropout] or Dense → BatchNorm → activation [→ Dropout] blocks
    (e.g. a linear hidden layer, or dropout before a batch norm).
    """
    from core.model.layer_map import activation_name, keras_layers

    layers = [(type(layer).__name__, layer.get_config()) for layer in keras_layers(model)]
    dense = [cfg for cls, cfg in layers if cls == "Dense"]
    text = "-".join(str(cfg.get("units")) for cfg in dense[:-1])
    return text, int(model.count_params()), _layer_specs(layers, activation_name)


def _layer_specs(layers: list[tuple[str, dict[str, Any]]],
                 activation_name: Any) -> tuple[LayerSpec, ...] | None:
    blocks: list[dict[str, Any]] = []
    for cls, cfg in layers:
        if cls in ("InputLayer", "Flatten"):
            continue
        if cls == "Dense":
            l2 = ((cfg.get("kernel_regularizer") or {}).get("config") or {}).get("l2", 0.0)
            blocks.append({"units": cfg.get("units"), "l2": float(l2 or 0.0),
                           "activation": activation_name(cfg.get("activation"))})
        elif not blocks:
            return None
        elif cls in ("Activation", "ReLU", "Softmax") and blocks[-1]["activation"] == "linear":
            block = blocks[-1]
            block["activation"] = {"ReLU": "relu", "Softmax": "softmax"}.get(
                cls) or activation_name(cfg.get("activation"))
            if "dropout" in block and block["activation"] != "relu":
                return None  # dropout commutes with relu only: not a DigitLab block
            if block.get("batch_norm"):
                block["batch_norm_before"] = True  # Dense → BatchNorm → activation
        elif cls == "BatchNormalization" and "batch_norm" not in blocks[-1] \
                and "dropout" not in blocks[-1]:
            blocks[-1]["batch_norm"] = True
        elif cls == "Dropout":
            blocks[-1]["dropout"] = float(cfg.get("rate", 0.0))
        else:
            return None
    if len(blocks) < 2 or blocks[-1]["units"] != NUM_CLASSES:
        return None
    try:
        specs = tuple(LayerSpec(**block) for block in blocks[:-1])
        for spec in specs:
            spec.validate()
    except (TypeError, ValueError):
        return None
    return specs
