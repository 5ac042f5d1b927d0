"""The one Keras-to-numpy layer map: a layer's class name, config and weights to numpy steps.

Both ways of reading a model go through `steps_from_layers`: a live Keras model
(`steps_from_keras`, during training and for files Keras must load) and a `.keras` archive
read with h5py and no TensorFlow (`model_files.read_classifier`). BatchNormalization is folded
into one scale and shift per unit here and nowhere else; layers that are the identity at
inference (Dropout, noise, Flatten) are skipped. A model that ends in logits (no softmax, as
Keras's beginner quickstart returns) gets a softmax step, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.model.architectures import INPUT_SIZE
from core.model.classifier import (
    ACTIVATIONS,
    InferenceError,
    ModelLayers,
    NumpyClassifier,
    Step,
)

SKIPPED = frozenset({"InputLayer", "Flatten", "Dropout", "GaussianNoise", "GaussianDropout",
                     "AlphaDropout", "SpatialDropout1D", "ActivityRegularization"})
ACTIVATION_LAYERS = {"ReLU": "relu", "Softmax": "softmax"}


@dataclass(frozen=True)
class LayerData:
    """One layer as plain data: Keras class name, config dict, weights in Keras's order."""

    class_name: str
    config: dict[str, Any]
    weights: Sequence[np.ndarray] = ()


def activation_name(value: Any) -> str:
    """The activation a config names: "relu", {"config": {"name": "relu"}} or
    {"class_name": "function", "config": "relu"} (all three occur in saved models)."""
    if isinstance(value, dict):
        inner = value.get("config")
        if isinstance(inner, dict):
            value = inner.get("name") or value.get("class_name")
        elif isinstance(inner, str):
            value = inner
        else:
            value = value.get("class_name")
    name = str(value or "linear").lower()
    if name not in ACTIVATIONS:
        raise InferenceError(ModelLayers.tr("activation {0} is not supported (use relu, "
                                            "sigmoid, tanh or softmax)").format(repr(name)))
    return name


def needs_weights(class_name: str) -> bool:
    """Whether a layer of this class carries weights the forward pass uses."""
    return class_name in ("Dense", "BatchNormalization")


def steps_from_layers(layers: Iterable[LayerData]) -> tuple[list[Step], bool]:
    """Numpy steps for a chain of layers, and whether a softmax had to be added."""
    steps: list[Step] = []
    for layer in layers:
        step = _step(layer)
        if step is not None:
            steps.append(step)
    if not steps:
        raise InferenceError(ModelLayers.tr("the model has no layers DigitLab can run"))
    added = steps[-1].activation != "softmax"
    if added:
        steps.append(Step("activation", activation="softmax"))
    return steps, added


def makes_step(class_name: str) -> bool:
    """Whether a layer of this class becomes a numpy step (Dropout, Flatten, a Reshape to 784
    and the like do nothing at inference and make none)."""
    return class_name not in SKIPPED and class_name != "Reshape"


def _step(layer: LayerData) -> Step | None:
    cls, cfg = layer.class_name, layer.config if isinstance(layer.config, dict) else {}
    if cls == "Reshape" and int(np.prod(cfg.get("target_shape") or (0,))) != INPUT_SIZE:
        raise InferenceError(ModelLayers.tr("Reshape layers other than to 784 are not "
                                            "supported"))
    if not makes_step(cls):
        return None
    if cls in ACTIVATION_LAYERS or cls == "Activation":
        name = ACTIVATION_LAYERS.get(cls) or activation_name(cfg.get("activation"))
        return Step("activation", activation=name)
    if cls == "Rescaling":
        scale = np.float32(np.asarray(cfg.get("scale", 1.0), np.float32)).reshape(-1)
        offset = np.float32(np.asarray(cfg.get("offset", 0.0), np.float32)).reshape(-1)
        return Step("affine", np.broadcast_to(scale, (INPUT_SIZE,)).copy(),
                    np.broadcast_to(offset, (INPUT_SIZE,)).copy())
    weights = [np.asarray(w, np.float32) for w in layer.weights]
    if cls == "Dense":
        if not weights or weights[0].ndim != 2:
            raise InferenceError(ModelLayers.tr("a Dense layer's weights are missing"))
        kernel = weights[0]
        bias = weights[1] if cfg.get("use_bias", True) and len(weights) > 1 \
            else np.zeros(kernel.shape[1], np.float32)
        return Step("dense", kernel, bias, activation_name(cfg.get("activation")))
    if cls == "BatchNormalization":
        return _fold_batch_norm(cfg, weights)
    raise InferenceError(ModelLayers.tr("layer type {0} is not supported by the dense-network "
                                        "classifier").format(cls))


def _fold_batch_norm(cfg: dict[str, Any], weights: list[np.ndarray]) -> Step:
    """BatchNormalization at inference as one scale and shift per unit."""
    it = iter(np.asarray(w, np.float64) for w in weights)
    try:
        gamma = next(it) if cfg.get("scale", True) else None
        beta = next(it) if cfg.get("center", True) else None
        mean, var = next(it), next(it)
    except StopIteration:
        raise InferenceError(ModelLayers.tr("a BatchNormalization layer's weights are "
                                            "missing")) from None
    gamma = np.ones_like(mean) if gamma is None else gamma
    beta = np.zeros_like(mean) if beta is None else beta
    scale = gamma / np.sqrt(var + float(cfg.get("epsilon", 1e-3)))
    return Step("affine", scale.astype(np.float32), (beta - mean * scale).astype(np.float32))


def keras_layers(model: Any) -> list[Any]:
    """A Keras model's layers, with nested Sequential/Functional models flattened."""
    layers: list[Any] = []
    for layer in model.layers:
        if hasattr(layer, "layers") and type(layer).__name__ in ("Sequential", "Functional"):
            layers.extend(keras_layers(layer))
        else:
            layers.append(layer)
    return layers


def step_layers(model: Any) -> list[Any]:
    """The Keras layer behind each step of `steps_from_keras(model)`, in the same order (a
    softmax the layer map adds has none): where a step's value lives in the Keras model."""
    return [layer for layer in keras_layers(model) if makes_step(type(layer).__name__)]


def steps_from_keras(model: Any) -> tuple[list[Step], bool]:
    """Numpy steps for a live Keras model (its configs and current weights)."""
    return steps_from_layers(
        LayerData(type(layer).__name__, layer.get_config(),
                  layer.get_weights() if needs_weights(type(layer).__name__) else ())
        for layer in keras_layers(model))


def classifier_from_keras(model: Any, name: str = "") -> NumpyClassifier:
    """A NumpyClassifier with a live Keras model's current weights."""
    steps, added = steps_from_keras(model)
    return NumpyClassifier(steps, name=name or str(getattr(model, "name", "")),
                           added_softmax=added)
