"""A numpy classifier built from a Keras model's weights: ~0.02 ms per drawing, no TensorFlow.

`model.predict` on one sample costs ~70 ms; a forward pass in numpy on the same weights costs
a few microseconds. Dense layers become matrix products, BatchNormalization is folded into one
scale and shift per unit, Dropout is skipped (it is the identity at inference), and the
activations relu / sigmoid / tanh / softmax / linear are applied in numpy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.model.architectures import INPUT_SIZE, NUM_CLASSES

ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "softmax")


class InferenceError(ValueError):
    """A model the numpy classifier cannot run, with the reason."""


@dataclass(frozen=True)
class Step:
    """One operation of the forward pass: `kind` is "dense", "affine" or "activation"."""

    kind: str
    a: np.ndarray | None = None  # dense: kernel; affine: scale
    b: np.ndarray | None = None  # dense: bias; affine: shift
    activation: str = "linear"


def _activate(x: np.ndarray, name: str) -> np.ndarray:
    if name == "relu":
        return np.maximum(x, 0.0, out=x)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-x))
    if name == "tanh":
        return np.tanh(x)
    if name == "softmax":
        x = x - x.max(axis=1, keepdims=True)
        np.exp(x, out=x)
        x /= x.sum(axis=1, keepdims=True)
        return x
    return x


class NumpyClassifier:
    """Predict digit probabilities with numpy from a dense network's weights.

    The steps hold only numpy arrays, so a classifier can be handed from a training thread to
    the GUI thread as plain data.
    """

    def __init__(self, steps: list[Step], name: str = "") -> None:
        if not steps:
            raise InferenceError("a classifier needs at least one layer")
        self.steps = steps
        self.name = name
        self.hidden_sizes = [s.a.shape[1] for s in steps[:-1]
                             if s.kind == "dense" and s.a is not None]

    @classmethod
    def from_keras(cls, model: Any, name: str = "") -> NumpyClassifier:
        """Read the weights of a Keras model made of Flatten/Dense/BatchNorm/Dropout/Activation."""
        steps: list[Step] = []
        for layer in _flat_layers(model):
            kind = type(layer).__name__
            if kind in ("InputLayer", "Flatten", "Dropout", "GaussianNoise", "GaussianDropout",
                        "AlphaDropout", "SpatialDropout1D", "ActivityRegularization"):
                continue
            if kind == "Reshape" and int(np.prod(layer.target_shape)) == INPUT_SIZE:
                continue
            if kind == "Rescaling":
                scale = np.float32(np.asarray(layer.scale)).reshape(-1)
                offset = np.float32(np.asarray(layer.offset)).reshape(-1)
                steps.append(Step("affine", np.broadcast_to(scale, (INPUT_SIZE,)).copy(),
                                  np.broadcast_to(offset, (INPUT_SIZE,)).copy()))
                continue
            if kind == "Dense":
                weights = layer.get_weights()
                kernel = np.asarray(weights[0], dtype=np.float32)
                bias = (np.asarray(weights[1], dtype=np.float32) if len(weights) > 1
                        else np.zeros(kernel.shape[1], np.float32))
                steps.append(Step("dense", kernel, bias,
                                  _activation_name(layer.get_config().get("activation"))))
                continue
            if kind == "BatchNormalization":
                steps.append(_fold_batch_norm(layer))
                continue
            if kind in ("Activation", "ReLU", "Softmax"):
                name_ = "relu" if kind == "ReLU" else "softmax" if kind == "Softmax" else \
                    _activation_name(layer.get_config().get("activation"))
                steps.append(Step("activation", activation=name_))
                continue
            raise InferenceError(f"layer {layer.name!r} of type {kind} is not supported by the "
                                 f"dense-network classifier")
        return cls(steps, name=name or getattr(model, "name", ""))

    def predict_proba(self, batch: np.ndarray) -> np.ndarray:
        """Probabilities (N, 10) for inputs (N, 784) or (N, 28, 28) in [0, 1]."""
        x = np.asarray(batch, dtype=np.float32)
        if x.ndim == 3 and x.shape[1:] == (28, 28):
            x = x.reshape(len(x), INPUT_SIZE)
        elif x.ndim == 2 and x.shape == (28, 28):
            x = x.reshape(1, INPUT_SIZE)
        elif x.ndim == 1 and x.shape[0] == INPUT_SIZE:
            x = x.reshape(1, INPUT_SIZE)
        if x.ndim != 2 or x.shape[1] != INPUT_SIZE:
            raise InferenceError(f"inputs must be (N, 784) or (N, 28, 28), not {x.shape}")
        for step in self.steps:
            if step.kind == "dense":
                x = x @ step.a + step.b
                x = _activate(x, step.activation)
            elif step.kind == "affine":
                x = x * step.a + step.b
            else:
                x = _activate(x, step.activation)
        if x.shape[1] != NUM_CLASSES:
            raise InferenceError(f"the model outputs {x.shape[1]} values, not 10 classes")
        return x

    def predict(self, batch: np.ndarray) -> np.ndarray:
        """The most probable digit for each input."""
        return self.predict_proba(batch).argmax(axis=1)

    def hidden_activations(self, sample: np.ndarray) -> list[np.ndarray]:
        """Each hidden dense layer's output for one input (for the teaching views)."""
        x = np.asarray(sample, dtype=np.float32).reshape(1, INPUT_SIZE)
        outputs: list[np.ndarray] = []
        dense_seen = 0
        n_dense = sum(1 for s in self.steps if s.kind == "dense")
        for step in self.steps:
            if step.kind == "dense":
                x = _activate(x @ step.a + step.b, step.activation)
                dense_seen += 1
            elif step.kind == "affine":
                x = x * step.a + step.b
            else:
                x = _activate(x, step.activation)
            if step.kind == "dense" and dense_seen < n_dense:
                outputs.append(x[0].copy())
        return outputs


def _flat_layers(model: Any) -> list[Any]:
    layers: list[Any] = []
    for layer in model.layers:
        if hasattr(layer, "layers") and type(layer).__name__ in ("Sequential", "Functional"):
            layers.extend(_flat_layers(layer))
        else:
            layers.append(layer)
    return layers


def _activation_name(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("config", {}).get("name") or value.get("class_name")
    name = str(value or "linear").lower()
    if name not in ACTIVATIONS:
        raise InferenceError(f"activation {name!r} is not supported (use relu, sigmoid, tanh "
                             f"or softmax)")
    return name


def _fold_batch_norm(layer: Any) -> Step:
    config = layer.get_config()
    weights = {w.path.split("/")[-1]: np.asarray(w.numpy(), np.float64) for w in layer.weights}
    mean, var = weights["moving_mean"], weights["moving_variance"]
    gamma = weights.get("gamma", np.ones_like(mean))
    beta = weights.get("beta", np.zeros_like(mean))
    scale = gamma / np.sqrt(var + float(config.get("epsilon", 1e-3)))
    shift = beta - mean * scale
    return Step("affine", scale.astype(np.float32), shift.astype(np.float32))


def default_model_path() -> Path:
    """The bundled default model (resources/models/default.keras)."""
    return Path(__file__).resolve().parents[2] / "resources" / "models" / "default.keras"


def load_classifier(path: str | os.PathLike[str] | None = None) -> NumpyClassifier:
    """A numpy classifier for a `.keras` model file; None = the bundled default model.

    The weights are read with h5py straight from the archive when its layers are a plain
    dense chain (no TensorFlow import); other files go through `model_files.load_model`
    (safe mode, shape checks).
    """
    from core.model import model_files

    path = Path(path) if path is not None else default_model_path()
    return model_files.load_classifier(path)


SURE = 0.6  # below this top probability, or
CLOSE = 0.2  # when the runner-up is within this of the top, the answer is "not sure"


@dataclass(frozen=True)
class Verdict:
    """How to present one prediction to a student."""

    digit: int
    confidence: float
    runner_up: int
    sure: bool

    @property
    def text(self) -> str:
        if self.sure:
            return f"{self.digit}"
        return f"not sure — {self.digit} or {self.runner_up}?"


def verdict(probabilities: np.ndarray) -> Verdict:
    """The answer for one probability vector: sure, or "not sure — 4 or 9?"."""
    order = np.argsort(probabilities)[::-1]
    top, second = float(probabilities[order[0]]), float(probabilities[order[1]])
    return Verdict(int(order[0]), top, int(order[1]), top >= SURE and top - second >= CLOSE)
