"""Build a Keras model from a ModelSpec (TensorFlow is imported on first call, not at import)."""

from __future__ import annotations

from typing import Any

from core.model.architectures import INPUT_SIZE, NUM_CLASSES, ModelSpec


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

    Each hidden layer is Dense(units, activation, L2) [→ BatchNormalization] [→ Dropout].
    Seed first (see `seed_everything`) when the weights must be reproducible.
    """
    import keras

    spec.validate()
    layers: list[Any] = [keras.Input(shape=(INPUT_SIZE,), name="pixels")]
    for index, layer in enumerate(spec.layers, start=1):
        regularizer = keras.regularizers.L2(layer.l2) if layer.l2 > 0 else None
        layers.append(keras.layers.Dense(layer.units, activation=layer.activation,
                                         kernel_regularizer=regularizer,
                                         name=f"dense_{index}"))
        if layer.batch_norm:
            layers.append(keras.layers.BatchNormalization(name=f"batch_norm_{index}"))
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
