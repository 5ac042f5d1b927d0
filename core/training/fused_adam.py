"""FusedAdam: Keras's Adam update for all of a model's weights as one compiled step, with the
same numbers, bit for bit.

Keras's Adam runs about fifteen TensorFlow operations per weight tensor per batch, each a
dispatch and a pass over memory: for 1024-512-256-128-64 at batch 32 that is half of a step
(4.4 ms a step with Adam against 2.2 with plain SGD, measured here). The same arithmetic
compiled by XLA (one pass per tensor) made a step 19 % faster. One compiled call per weight
rather than one for all: each update then waits only for its own gradient and runs beside the
rest of the backward pass (1024-512-256-128-64, Adam, real MNIST, epoch 2 of `fit`, seconds,
alternated: batch 32 two ops at a time, see core.training.threads, 3.35-3.50 against
3.92-4.00; batch 256, TensorFlow's default layout, 1.39-1.45 against 1.47-1.51; the same
weights bit for bit).

XLA asks LLVM to contract `a * b + c` into a fused multiply-add, which rounds once instead of
twice and so would drift from Keras's result. The compiled step keeps every product rounded
(`_rounded_sum`), so it computes exactly Keras's operations in Keras's order whatever FMA the
machine has, and XLA may use its widest vectors (`XLA_FLAG`: 512-bit where there is AVX-512).
Against XLA limited to AVX (no FMA), as before: the update of 784x1024 weights 421-437 us
against 525-544; 1024-512-256-128-64, Adam, real MNIST, epoch 2 of `train`, alternated,
3.08 / 3.16 / 3.50 s against 3.63 / 3.37 / 4.41; after one epoch the weights and Adam's
moments the same bits as Keras's own update. Nothing else in DigitLab is compiled by XLA, so
the flag changes nothing else.

`FusedAdam.install(optimizer, weights)` replaces the optimizer's update only for nets of at
least MIN_WEIGHTS and only when a check on this machine (`FusedAdam.available()`: three
updates both ways, compared bit for bit) says the numbers are the same; otherwise Keras's own
update stays. The optimizer stays a plain
`keras.optimizers.Adam`, so saved files and "Train more" are unchanged.
"""

from __future__ import annotations

import os
from typing import Any

XLA_FLAG = "--xla_cpu_prefer_vector_width=512"
# Below this many weights XLA's cost per call outweighs the passes it saves (alternating runs,
# ms a step fused against Keras's: 32-16 1.06-1.2x, 64-32 1.11x, 128-64 0.75x, 256-128 0.81x,
# 1024-512-256-128-64 0.81x)
MIN_WEIGHTS = 100_000


def widen_xla_vectors() -> None:
    """Add `XLA_FLAG` to XLA_FLAGS before XLA first compiles (it reads them then, once); a
    width the user set stays."""
    flags = os.environ.get("XLA_FLAGS", "")
    if "xla_cpu_prefer_vector_width" not in flags:
        os.environ["XLA_FLAGS"] = f"{flags} {XLA_FLAG}".strip()


class FusedAdam:
    """One optimizer's fused update: `update(grads, variables, learning_rate)` stands in for
    Keras's `_backend_update_step` (clipping and weight decay happen before it, the step
    counter after it, as for Keras's own)."""

    _available: bool | None = None  # the machine check's answer, once per process

    def __init__(self, optimizer: Any) -> None:
        import tensorflow as tf

        self._optimizer = optimizer
        self._keras_update = optimizer._backend_update_step  # noqa: SLF001
        self._step = tf.function(_adam_step, jit_compile=True)

    @classmethod
    def install(cls, optimizer: Any, weights: int) -> bool:
        """Use the fused update for this optimizer of a model with `weights` weights when it
        is a plain Adam (no AMSGrad, no gradient accumulation), the model has at least
        MIN_WEIGHTS and the machine check passed; True when installed (now or before)."""
        if cls.installed(optimizer):
            return True
        if weights < MIN_WEIGHTS or not cls.applies_to(optimizer) or not cls.available():
            return False
        cls._attach(optimizer)
        return True

    @classmethod
    def _attach(cls, optimizer: Any) -> None:
        optimizer._backend_update_step = cls(optimizer).update  # noqa: SLF001

    @staticmethod
    def applies_to(optimizer: Any) -> bool:
        import keras

        return (type(optimizer) is keras.optimizers.Adam and not optimizer.amsgrad
                and not optimizer.gradient_accumulation_steps)

    @staticmethod
    def installed(optimizer: Any) -> bool:
        update = getattr(optimizer, "_backend_update_step", None)
        return isinstance(getattr(update, "__self__", None), FusedAdam)

    @classmethod
    def available(cls) -> bool:
        """Whether the fused update gives Keras's numbers bit for bit here (checked once)."""
        if cls._available is None:
            widen_xla_vectors()  # XLA reads its flags when it first compiles
            try:
                cls._available = _same_as_keras()
            except Exception:  # noqa: BLE001 (no XLA, or it refused the flag: Keras's own)
                cls._available = False
        return cls._available

    def update(self, grads: list[Any], trainable_variables: list[Any],
               learning_rate: Any) -> None:
        import tensorflow as tf

        optimizer = self._optimizer
        variables = [_tf_variable(v) for v in trainable_variables]
        dtype = variables[0].dtype if variables else None
        if (not variables or any(v.dtype != dtype for v in variables)
                or any(isinstance(g, tf.IndexedSlices) for g in grads)):
            self._keras_update(grads, trainable_variables, learning_rate)
            return
        # Keras's own scalar arithmetic, in its order and dtype (Adam.update_step)
        lr = tf.cast(learning_rate, dtype)
        local_step = tf.cast(optimizer.iterations + 1, dtype)
        beta_1_power = tf.pow(tf.cast(optimizer.beta_1, dtype), local_step)
        beta_2_power = tf.pow(tf.cast(optimizer.beta_2, dtype), local_step)
        alpha = lr * tf.sqrt(1 - beta_2_power) / (1 - beta_1_power)
        index = optimizer._get_variable_index  # noqa: SLF001
        momentums = [_tf_variable(optimizer._momentums[index(v)])  # noqa: SLF001
                     for v in trainable_variables]
        velocities = [_tf_variable(optimizer._velocities[index(v)])  # noqa: SLF001
                      for v in trainable_variables]
        constants = (alpha, tf.constant(1 - optimizer.beta_1, dtype),
                     tf.constant(1 - optimizer.beta_2, dtype),
                     tf.constant(optimizer.epsilon, dtype))
        for variable, m, v, g in zip(variables, momentums, velocities, grads, strict=True):
            # one compiled call per weight: each waits only for its own gradient, so the last
            # layers' updates run beside the first layers' backward pass
            self._step([variable], [m], [v], [tf.cast(g, dtype)], *constants)


def _adam_step(variables: list[Any], momentums: list[Any], velocities: list[Any],
               grads: list[Any], alpha: Any, one_minus_beta_1: Any, one_minus_beta_2: Any,
               epsilon: Any) -> None:
    """Adam.update_step's tensor arithmetic, operation for operation, for every weight, each
    product rounded before its sum as Keras's own operations round it (`_rounded_sum`)."""
    import tensorflow as tf

    for variable, m, v, g in zip(variables, momentums, velocities, grads, strict=True):
        m.assign(_rounded_sum(m, (g - m) * one_minus_beta_1))
        square = tf.square(g)
        v.assign(_rounded_sum(v, _rounded_sum(-v, square) * one_minus_beta_2))
        variable.assign_sub((m * alpha) / (tf.sqrt(v) + epsilon))


def _rounded_sum(a: Any, product: Any) -> Any:
    """`a + product` with the product rounded first, as two separate operations round it.

    LLVM contracts a multiply whose only use is an add into one fused multiply-add (XLA asks
    it to), which rounds once and so drifts from Keras. Here the product has a second use,
    `product - product` (zero for every finite product; a NaN where the sum is already
    infinite or NaN), so it is not contracted, and adding that zero changes no bit."""
    return (a + product) + (product - product)


def _tf_variable(variable: Any) -> Any:
    import tensorflow as tf

    return variable if isinstance(variable, tf.Variable) else variable.value


def _same_as_keras() -> bool:
    """Three Adam updates of two small weights, Keras's way and fused, compared bit for bit
    (weights, momentums and velocities)."""
    import keras
    import numpy as np

    rng = np.random.default_rng(7)
    shapes = [(33, 17), (17,)]
    start = [rng.standard_normal(s).astype("float32") for s in shapes]
    grads = [[rng.standard_normal(s).astype("float32") * 10.0 ** -k for s in shapes]
             for k in (1, 2, 3)]
    states = []
    for fused in (False, True):
        variables = [keras.Variable(w) for w in start]
        optimizer = keras.optimizers.Adam(learning_rate=0.003)
        optimizer.build(variables)
        if fused:
            FusedAdam._attach(optimizer)  # noqa: SLF001
        for step in grads:
            optimizer.apply([keras.ops.convert_to_tensor(g) for g in step], variables)
        states.append([np.asarray(v.numpy()) for v in [*variables, *optimizer.variables]])
    return all(a.shape == b.shape and a.tobytes() == b.tobytes()
               for a, b in zip(*states, strict=True))
