"""SplitKernel: the first layer's kernel trained as two column halves, each on its own core,
with Keras's numbers bit for bit.

At a small batch, with two ops at a time (core.training.threads), each step ends in a chain
only one core can run: the first layer's weight gradient (x^T dy), that weight's update, and
the next step's first matmul, which needs the updated weight. For 1024-512-256-128-64 at batch
32 that chain is ~45 % of a step, with the other core mostly idle. The kernel's left and
right columns are independent all along it: each half's forward matmul, gradient and update
needs only its own columns. So while `fit` runs, the first Dense layer's training forward
computes concat(x @ left, x @ right) from two variables holding the halves, its gradient comes
as the two halves' own gradients, and the fused update (core.training.fused_update) updates
each half, and the halves of the optimizer's own variables, in a call of its own: two chains,
one per core.

Measured here, a plain TensorFlow step of 1024-512-256-128-64 at batch 32, two ops at a time,
the fused updates, 12 alternated rounds of 200 steps, ms a step (/work/exp colsplit_step.py):
Adam 1.34-1.47 against 1.59-1.71 (0.81-0.87x), plain SGD 0.95-1.01 against 1.17-1.31
(0.76-0.85x).

The numbers are Keras's: an output column of a matmul is computed the same way whichever
other columns share the call, and a column of x^T dy likewise (oneDNN, at the shapes checked);
`available` checks it on this machine for the run's layer and batch shapes, with the layer's
activation and grappler's fusions as training runs them, and the split is used only where
they match bit for bit. Inference (training=False: validation, the test curve, the probes)
uses Keras's own kernel, which gets the halves back after every call of the train function
(before any callback reads it); the optimizer's variables get theirs when `fit` ends
(`finish`).
"""

from __future__ import annotations

import functools
import logging
from typing import Any

import numpy as np

from core.training.fused_update import FusedUpdate, WeightUpdate, tf_variable

# Smaller first layers are not split. Adam, batch 32, alternated short fits, ms a step, split
# against not: 512-256 0.86x, 256-128 0.89x, 128-64 0.975x (the same weights in each)
MIN_WEIGHTS = 200_000


class SplitKernel:
    """Train `layer`'s kernel as two column halves for the optimizer's fused update `fused`.

    Made by `install`; lives as long as the layer (its `call` is this object's `_call`)."""

    def __init__(self, layer: Any, fused: FusedUpdate) -> None:
        import tensorflow as tf

        self._layer = layer
        self._fused = fused
        self._kernel = tf_variable(layer.kernel)
        self._slots = fused.slots(layer.kernel)
        self._half = int(self._kernel.shape[1]) // 2
        self._halves = [(tf.Variable(v[:, :self._half], trainable=False),
                         tf.Variable(v[:, self._half:], trainable=False))
                        for v in (self._kernel, *self._slots)]
        self._traced: tuple[Any, tuple[Any, Any]] | None = None
        self.active = False

    @classmethod
    def install(cls, model: Any, rows: tuple[int, ...]) -> SplitKernel | None:
        """Split the first layer's kernel of `model` for its next `fit` when it applies and the
        machine check passes for training batches of `rows` rows; the split, or None (then
        Keras's kernel trains as it is). Call `finish` when `fit` ends."""
        fused = FusedUpdate.of(getattr(model, "optimizer", None))
        layer = _first_dense(model)
        split = getattr(getattr(layer, "call", None), "__self__", None)
        split = split if isinstance(split, SplitKernel) else None
        use = (fused is not None and layer is not None and _applies(model, layer)
               and all(_checked(r, int(layer.kernel.shape[0]), int(layer.kernel.shape[1]),
                                _activation_name(layer)) for r in rows))
        if split is not None and (not use or split._fused is not fused):
            split._leave(model)
        if not use:
            return None
        assert fused is not None and layer is not None
        if not model.optimizer.built:  # as fit would build it, to know its variables now
            model.optimizer.build(model.trainable_variables)
        if split is None or split._fused is not fused:
            split = cls(layer, fused)  # its halves are Keras's variables as they are now
            layer.call = split._call
        else:
            split.refresh()
        if not split.active:
            split.active = True
            model.train_function = None  # traced again, with the split
        fused.split = split
        _write_back_after_each_call(model, split)
        return split

    def refresh(self) -> None:
        """Copy Keras's kernel and the optimizer's variables into the halves (they may have
        changed since the last `fit`: a restored epoch, a loaded file)."""
        for (left, right), whole in zip(self._halves, (self._kernel, *self._slots), strict=True):
            left.assign(whole[:, :self._half])
            right.assign(whole[:, self._half:])

    def write_back(self) -> None:
        """Copy the kernel's halves into Keras's kernel."""
        import tensorflow as tf

        left, right = self._halves[0]
        self._kernel.assign(tf.concat([left, right], axis=1))

    def finish(self) -> None:
        """After `fit`: the optimizer's variables get their halves back. Keras's kernel has
        them already (after each call), and a callback may have set it since (keep-best)."""
        import tensorflow as tf

        for (left, right), whole in zip(self._halves[1:], self._slots, strict=True):
            whole.assign(tf.concat([left, right], axis=1))

    def updates(self, updates: list[WeightUpdate]
                ) -> tuple[list[WeightUpdate], list[WeightUpdate]]:
        """The halves' updates (each with its own gradient), and the others'."""
        halves: list[WeightUpdate] = []
        others: list[WeightUpdate] = []
        for update in updates:
            if update.variable is not self._kernel:
                others.append(update)
                continue
            gradient = update.gradient
            if self._traced is not None and self._traced[0] is gradient:
                pieces = self._traced[1]  # the halves' own gradients: the concat is never run
                self._traced = None  # (a graph's tensors: not kept past its trace)
            else:  # e.g. Keras changed the gradient on its way: the same numbers, sliced
                pieces = (gradient[:, :self._half], gradient[:, self._half:])
            for variables, piece in zip(zip(*self._halves, strict=True), pieces, strict=True):
                halves.append(WeightUpdate(variables[0], list(variables[1:]), piece))
        return halves, others

    def _call(self, inputs: Any, training: Any = None) -> Any:
        """The layer's call: Keras's own except for training, which uses the halves."""
        layer = self._layer
        if not (self.active and training):
            return type(layer).call(layer, inputs, training=training)
        import keras
        import tensorflow as tf

        left, right = self._halves[0]
        x = self._matmul(tf.convert_to_tensor(inputs), tf.convert_to_tensor(layer.kernel),
                         left.read_value(), right.read_value())
        if layer.bias is not None:
            x = keras.ops.add(x, layer.bias)  # as Dense.call: a BiasAdd, whose gradient is its own
        return layer.activation(x) if layer.activation is not None else x

    def _matmul(self, x: Any, kernel: Any, left: Any, right: Any) -> Any:
        """x @ [left right], whose gradient for `kernel` (Keras's, which the tape watches) is
        the two halves' gradients, as TensorFlow's MatMul gradient computes them."""
        import tensorflow as tf

        half = self._half

        @tf.custom_gradient
        def matmul(x: Any, kernel: Any, left: Any, right: Any) -> Any:
            def gradient(dy: Any) -> Any:
                pieces = _split_gradient(x, dy, half)
                whole = tf.concat(pieces, axis=1)
                self._traced = (whole, pieces)
                return None, whole, None, None

            return _split_forward(x, left, right), gradient

        return matmul(x, kernel, left, right)

    def _leave(self, model: Any) -> None:
        """Stop splitting: Keras's kernel trains as it is from the next trace."""
        if self._fused.split is self:
            self._fused.split = None
        if self.active:
            self.active = False
            model.train_function = None


def _first_dense(model: Any) -> Any:
    import keras

    layers = getattr(model, "layers", None) or [None]
    return layers[0] if isinstance(layers[0], keras.layers.Dense) else None


def _applies(model: Any, layer: Any) -> bool:
    """Two ops at a time (one per core, see core.training.threads); a plain float32 Dense
    layer on the flat input, big enough; and an optimizer that changes the kernel only through
    its update (no clipping, decay, averaging or accumulation)."""
    import keras

    from core.training.threads import current_layout

    optimizer = model.optimizer
    kernel = layer.kernel
    return (current_layout() == "pairs" and isinstance(model, keras.Sequential)
            and len(model.input_shape) == 2 and len(kernel.shape) == 2
            and int(np.prod(kernel.shape)) >= MIN_WEIGHTS and int(kernel.shape[1]) >= 2
            and kernel.trainable and layer.trainable
            and all(v.dtype == "float32" for v in model.trainable_variables)
            and layer.kernel_regularizer is None and layer.kernel_constraint is None
            and layer.activity_regularizer is None and not getattr(layer, "lora_enabled", False)
            and getattr(layer, "quantization_mode", None) is None
            and not any(getattr(optimizer, name, None) for name in
                        ("clipnorm", "clipvalue", "global_clipnorm", "weight_decay", "use_ema",
                         "gradient_accumulation_steps", "loss_scale_factor")))


def _activation_name(layer: Any) -> str:
    """The layer's activation as Keras names it ("relu", "linear"…), "custom" for another."""
    import keras

    name = keras.activations.serialize(layer.activation) if layer.activation else "linear"
    return name if isinstance(name, str) else "custom"


def _checked(rows: int, inputs: int, units: int, activation: str) -> bool:
    """`_same_numbers`, False (and logged) when the check itself fails."""
    try:
        return _same_numbers(rows, inputs, units, activation)
    except Exception:  # noqa: BLE001 (a TensorFlow without these ops: Keras's kernel trains)
        logging.getLogger("digitlab").info("split kernel check failed", exc_info=True)
        return False


@functools.cache
def _same_numbers(rows: int, inputs: int, units: int, activation: str) -> bool:
    """Whether here the split gives Keras's numbers for a `rows` x `inputs` batch through a
    Dense(`units`, `activation`) layer: the forward (with grappler's fusions, as a traced
    function runs it) and the kernel's gradient, bit for bit, on random data."""
    if activation == "custom":
        return False
    half = units // 2
    rng = np.random.default_rng(rows * 7 + units)
    x = rng.random((rows, inputs), np.float32)
    kernel = rng.standard_normal((inputs, units)).astype(np.float32) * 0.05
    bias = rng.standard_normal(units).astype(np.float32) * 0.1
    dy = rng.standard_normal((rows, units)).astype(np.float32)
    left, right = np.ascontiguousarray(kernel[:, :half]), np.ascontiguousarray(kernel[:, half:])
    both = _both_ways(inputs, units, activation)
    whole, split, grad, grads = (np.asarray(t) for t in both(x, kernel, left, right, bias, dy))
    return whole.tobytes() == split.tobytes() and grad.tobytes() == grads.tobytes()


@functools.cache
def _both_ways(inputs: int, units: int, activation: str) -> Any:
    """The layer's forward and kernel gradient, Keras's way and split, traced once per layer
    shape for any batch (the batch is the only shape left open, as Keras traces its steps).
    Its data are arguments, not constants, which grappler would fold with other kernels."""
    import keras
    import tensorflow as tf
    from tensorflow.python.ops import gen_math_ops

    act = keras.activations.get(activation)
    half = units // 2

    def spec(*shape: int | None) -> Any:
        return tf.TensorSpec(shape, tf.float32)

    @tf.function(input_signature=[spec(None, inputs), spec(inputs, units), spec(inputs, half),
                                  spec(inputs, units - half), spec(units), spec(None, units)])
    def both(x: Any, kernel: Any, left: Any, right: Any, bias: Any, dy: Any) -> tuple[Any, ...]:
        whole = act(keras.ops.add(tf.matmul(x, kernel), bias))
        split = act(keras.ops.add(_split_forward(x, left, right), bias))
        grad = gen_math_ops.mat_mul(x, dy, transpose_a=True, grad_b=True)  # TensorFlow's own
        return whole, split, grad, tf.concat(_split_gradient(x, dy, half), axis=1)

    return both


def _split_forward(x: Any, left: Any, right: Any) -> Any:
    """x @ [left right], one matmul per half (what training and the check both run)."""
    import tensorflow as tf

    return tf.concat([tf.matmul(x, left), tf.matmul(x, right)], axis=1)


def _split_gradient(x: Any, dy: Any, half: int) -> tuple[Any, Any]:
    """Each half's kernel gradient, as TensorFlow's MatMul gradient computes x^T dy."""
    from tensorflow.python.ops import gen_math_ops

    return (gen_math_ops.mat_mul(x, dy[:, :half], transpose_a=True, grad_b=True),
            gen_math_ops.mat_mul(x, dy[:, half:], transpose_a=True, grad_b=True))


def _write_back_after_each_call(model: Any, split: SplitKernel) -> None:
    """Wrap the model's train function so Keras's kernel has the halves after every call,
    before any callback, validation or probe reads it."""
    model.make_train_function()
    function = model.train_function
    if getattr(function, "split_kernel", None) is split:
        return

    def train_function(iterator: Any) -> Any:
        logs = function(iterator)
        split.write_back()
        return logs

    train_function.split_kernel = split  # type: ignore[attr-defined]
    model.train_function = train_function
