"""A numpy classifier built from a dense network's weights: ~0.02 ms per drawing, no TensorFlow.

`model.predict` on one sample costs ~70 ms; a forward pass in numpy on the same weights costs
a few microseconds. The steps come from the one Keras-to-numpy layer map (`layer_map`):
dense layers are matrix products, BatchNormalization is one folded scale and shift per unit,
activations are applied in numpy. `forward` is the one forward pass: the probabilities, the
hidden activations and the contributions of the teaching views all come from its trace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.i18n import Context
from core.model.architectures import INPUT_SIZE, NUM_CLASSES, SummaryRow

ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "softmax")

ModelLayers = Context("ModelLayers")  # ModelLayers.tr(…): a model DigitLab cannot run


class InferenceError(ValueError):
    """A model the numpy classifier cannot run, with the reason."""


@dataclass(frozen=True, eq=False)  # steps hold arrays: compared by identity, never by value
class Step:
    """One operation of the forward pass: `kind` is "dense", "affine" or "activation"."""

    kind: str
    a: np.ndarray | None = None  # dense: kernel; affine: scale
    b: np.ndarray | None = None  # dense: bias; affine: shift
    activation: str = "linear"


def activate(x: np.ndarray, name: str) -> np.ndarray:
    """Apply a named activation to a (N, units) array (in place where it can)."""
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


@dataclass
class Trace:
    """What one forward pass computed on the way: for each step, its input and output.

    `blocks` lists, for each hidden dense layer, the index of the step whose output is that
    layer's activation (the value the next dense layer reads); `logits_step` is the index of
    the step whose output holds the class scores before the final softmax.
    """

    inputs: list[np.ndarray] = field(default_factory=list)
    outputs: list[np.ndarray] = field(default_factory=list)
    pre_activation: list[np.ndarray | None] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)
    logits_step: int = -1
    logits: np.ndarray | None = None


class NumpyClassifier:
    """Predict digit probabilities with numpy from a dense network's weights.

    The steps hold only numpy arrays, so a classifier can be handed from a training thread to
    the GUI thread as plain data. `added_softmax` is True when the model ended in logits and
    the layer map appended the softmax that turns them into probabilities.
    """

    def __init__(self, steps: list[Step], name: str = "", added_softmax: bool = False) -> None:
        if not steps:
            raise InferenceError(ModelLayers.tr("a classifier needs at least one layer"))
        self.steps = steps
        self.name = name
        self.added_softmax = added_softmax
        dense = [s for s in steps if s.kind == "dense" and s.a is not None]
        self.hidden_sizes = [s.a.shape[1] for s in dense[:-1]]  # type: ignore[union-attr]
        self._blocks = _block_ends(steps)

    @property
    def block_ends(self) -> list[int]:
        """For each hidden dense layer, the index of the step whose output is its activation
        (what `Trace.blocks` lists for every forward pass)."""
        return list(self._blocks)

    @property
    def param_count(self) -> int:
        """Parameters as Keras counts them (a folded BatchNorm layer counts its four vectors)."""
        return sum(row.params for row in self.summary_rows())

    def summary_rows(self) -> list[SummaryRow]:
        """A Keras-style summary read off the weights (for files without a DigitLab spec)."""
        rows = [SummaryRow("input", f"(None, {INPUT_SIZE})", 0)]
        dense = 0
        for index, step in enumerate(self.steps):
            if step.kind == "dense" and step.a is not None:
                dense += 1
                units = step.a.shape[1]
                following = self.steps[index + 1] if index + 1 < len(self.steps) else None
                activation = step.activation
                if activation == "linear" and following is not None \
                        and following.kind == "activation":
                    activation = following.activation
                name = "output" if units == NUM_CLASSES and index >= len(self.steps) - 2 \
                    else f"dense_{dense}"
                rows.append(SummaryRow(f"{name} ({activation})", f"(None, {units})",
                                       step.a.size + units))
            elif step.kind == "affine" and step.a is not None and dense:
                rows.append(SummaryRow(f"batch_norm_{dense}", f"(None, {step.a.size})",
                                       4 * step.a.size))
        return rows

    def forward(self, batch: np.ndarray, trace: bool = False) -> tuple[np.ndarray, Trace | None]:
        """Probabilities (N, 10) for inputs (N, 784) or (N, 28, 28) in [0, 1], and the trace."""
        x = _as_batch(batch)
        record = Trace(blocks=list(self._blocks)) if trace else None
        last = len(self.steps) - 1
        for index, step in enumerate(self.steps):
            if record is not None:
                record.inputs.append(x.copy())
            pre = None
            if step.kind == "dense":
                x = x @ step.a + step.b
                pre = x.copy() if record is not None else None
                if index == last and step.activation == "softmax" and record is not None:
                    record.logits, record.logits_step = pre, index
                x = activate(x, step.activation)
            elif step.kind == "affine":
                x = x * step.a + step.b
            else:
                if index == last and step.activation == "softmax" and record is not None:
                    record.logits, record.logits_step = x.copy(), index
                pre = x.copy() if record is not None else None
                x = activate(x, step.activation)
            if record is not None:
                record.pre_activation.append(pre)
                record.outputs.append(x.copy())
        if x.shape[1] != NUM_CLASSES:
            raise InferenceError(ModelLayers.tr("the model outputs {0} values, not 10 classes")
                                 .format(x.shape[1]))
        return x, record

    def predict_proba(self, batch: np.ndarray) -> np.ndarray:
        """Probabilities (N, 10) for inputs (N, 784) or (N, 28, 28) in [0, 1]."""
        return self.forward(batch)[0]

    def predict(self, batch: np.ndarray) -> np.ndarray:
        """The most probable digit for each input."""
        return self.predict_proba(batch).argmax(axis=1)

    def hidden_activations(self, sample: np.ndarray) -> list[np.ndarray]:
        """Each hidden dense layer's activation for one input (for the teaching views)."""
        _, trace = self.forward(np.asarray(sample, np.float32).reshape(1, INPUT_SIZE), True)
        assert trace is not None
        return [trace.outputs[i][0].copy() for i in trace.blocks]


def _as_batch(batch: np.ndarray) -> np.ndarray:
    x = np.asarray(batch, dtype=np.float32)
    if x.ndim == 3 and x.shape[1:] == (28, 28):
        x = x.reshape(len(x), INPUT_SIZE)
    elif x.shape == (28, 28) or (x.ndim == 1 and x.shape[0] == INPUT_SIZE):
        x = x.reshape(1, INPUT_SIZE)
    if x.ndim != 2 or x.shape[1] != INPUT_SIZE:
        raise InferenceError(f"inputs must be (N, 784) or (N, 28, 28), not {x.shape}")
    return x


def _block_ends(steps: list[Step]) -> list[int]:
    """For each hidden dense layer, the step that outputs its activation: its last activation
    step before the next dense layer, past a BatchNorm that sits before the activation
    (Dense(linear) → BatchNorm → ReLU), not past one after it."""
    dense = [i for i, s in enumerate(steps) if s.kind == "dense"]
    ends = []
    for start, following in zip(dense[:-1], dense[1:], strict=True):
        end = start
        for j in range(start + 1, following):
            if steps[j].kind == "activation":
                end = j
            elif steps[start].activation != "linear" or end != start:
                break  # a BatchNorm after the activation is not part of it
        ends.append(end)
    return ends


def default_model_path() -> Path:
    """The bundled default model (resources/models/default.keras)."""
    return Path(__file__).resolve().parents[2] / "resources" / "models" / "default.keras"
