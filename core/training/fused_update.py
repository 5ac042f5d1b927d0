"""FusedUpdate: an optimizer's update compiled by XLA, one call per weight, with Keras's own
numbers bit for bit; what FusedAdam and FusedSGD share.

Keras's update is a few TensorFlow operations per weight tensor per batch, each a dispatch and
a pass over memory; at batch 32 the updates are a large part of a step. The same arithmetic
compiled by XLA makes one pass per tensor. One compiled call per weight rather than one for
all: each update then waits only for its own gradient and runs beside the rest of the
backward pass.

XLA asks LLVM to contract `a * b + c` into a fused multiply-add, which rounds once instead of
twice and so would drift from Keras's result. The compiled steps keep every product rounded
(`rounded_sum`, `rounded_difference`), so they compute exactly Keras's operations in Keras's
order whatever FMA the machine has, and XLA may use its widest vectors (`XLA_FLAG`: 512-bit
where there is AVX-512). `FUSION_FLAG` lets XLA write several arrays from one loop (its
multi-output fusion), so Adam's moments and weight are updated in one pass (see
`fused_adam._adam_step`); with the flag alone, before that step was rewritten: 1024-512-256-
128-64, Adam, batch 32, real MNIST, epochs 2 and 3 of `train`, 4 + 4 alternated processes,
3.34 / 3.50 / 4.55 s against 3.40 / 3.65 / 4.62 s (min / median / max), the same bits.
Nothing else in DigitLab is compiled by XLA, so the flags change nothing else.

`install(optimizer, weights)` replaces the optimizer's update only for nets of at least
`min_weights` (each kind's own) and only when a check on this machine (`available()`: three
updates both ways, compared bit for bit) says the numbers are the same; otherwise Keras's own
update stays. The optimizer stays a plain Keras optimizer, so saved files and "Train more"
are unchanged.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

XLA_FLAG = "--xla_cpu_prefer_vector_width=512"
FUSION_FLAG = "--xla_backend_extra_options=xla_cpu_use_multi_output_fusion"
# Below this many weights XLA's cost per call outweighs the passes it saves (Adam, alternating
# runs, ms a step fused against Keras's: 32-16 1.06-1.2x, 64-32 1.11x, 128-64 0.75x, 256-128
# 0.81x, 1024-512-256-128-64 0.81x)
MIN_WEIGHTS = 100_000


def widen_xla_vectors() -> None:
    """Add `XLA_FLAG` and `FUSION_FLAG` to XLA_FLAGS before XLA first compiles (it reads them
    then, once); a width or backend options the user set stay."""
    flags = os.environ.get("XLA_FLAGS", "")
    if "xla_cpu_prefer_vector_width" not in flags:
        flags = f"{flags} {XLA_FLAG}".strip()
    if "xla_backend_extra_options" not in flags:
        flags = f"{flags} {FUSION_FLAG}"
    os.environ["XLA_FLAGS"] = flags


@dataclass
class WeightUpdate:
    """One compiled call's work: a float32 TensorFlow variable, the optimizer's own variables
    that follow it (Adam's two moments; none for plain SGD) and its gradient."""

    variable: Any
    slots: list[Any]
    gradient: Any


class FusedUpdate:
    """The mechanics of a fused update; a subclass gives `applies_to`, `keras_optimizer` (for
    the machine check), `arithmetic` (the compiled step's function), `constants`, `apply` and,
    where the update changes the optimizer's own variables, `slots`. `update` stands in for
    Keras's `_backend_update_step`: clipping and weight decay happen before it, the step
    counter after it, as for Keras's own. `split` (a core.training.split_kernel.SplitKernel,
    set while one is in use) trains one kernel as two halves: it turns that kernel's update
    into its halves' updates."""

    _available: ClassVar[bool | None] = None  # the machine check's answer, once per process
    min_weights: ClassVar[int] = MIN_WEIGHTS  # smaller nets keep Keras's update
    arithmetic: ClassVar[Callable[..., None]]

    def __init__(self, optimizer: Any) -> None:
        import tensorflow as tf

        self._optimizer = optimizer
        self._keras_update = optimizer._backend_update_step  # noqa: SLF001
        self._step = tf.function(type(self).arithmetic, jit_compile=True)
        self.split: Any = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._available = None  # each kind checks its own arithmetic

    @classmethod
    def install(cls, optimizer: Any, weights: int) -> bool:
        """Use the fused update for this optimizer of a model with `weights` weights when it
        applies, the model has at least `min_weights` and the machine check passed; True when
        installed (now or before)."""
        if cls.installed(optimizer):
            return True
        if weights < cls.min_weights or not cls.applies_to(optimizer) or not cls.available():
            return False
        cls._attach(optimizer)
        return True

    @classmethod
    def _attach(cls, optimizer: Any) -> None:
        optimizer._backend_update_step = cls(optimizer).update  # noqa: SLF001

    @classmethod
    def installed(cls, optimizer: Any) -> bool:
        return isinstance(cls.of(optimizer), cls)

    @staticmethod
    def of(optimizer: Any) -> FusedUpdate | None:
        """The fused update installed on `optimizer`, if any."""
        update = getattr(getattr(optimizer, "_backend_update_step", None), "__self__", None)
        return update if isinstance(update, FusedUpdate) else None

    @classmethod
    def available(cls) -> bool:
        """Whether the fused update gives Keras's numbers bit for bit here (checked once)."""
        if cls._available is None:
            widen_xla_vectors()  # XLA reads its flags when it first compiles
            try:
                cls._available = cls._same_as_keras()
            except Exception:  # noqa: BLE001 (no XLA, or it refused the flag: Keras's own)
                logging.getLogger("digitlab").info("%s unavailable", cls.__name__,
                                                   exc_info=True)
                cls._available = False
        return cls._available

    @staticmethod
    def applies_to(optimizer: Any) -> bool:
        raise NotImplementedError

    @staticmethod
    def keras_optimizer() -> Any:
        """A fresh optimizer of the kind this update replaces, for the machine check."""
        raise NotImplementedError

    def update(self, grads: list[Any], trainable_variables: list[Any],
               learning_rate: Any) -> None:
        """The fused update, or Keras's own where it does not apply (no variables, other
        dtypes than float32, the one the machine check tries, or sparse gradients)."""
        import tensorflow as tf

        variables = [tf_variable(v) for v in trainable_variables]
        if (not variables or any(v.dtype != tf.float32 for v in variables)
                or any(isinstance(g, tf.IndexedSlices) for g in grads)):
            self._keras_update(grads, trainable_variables, learning_rate)
            return
        updates = [WeightUpdate(variable, self.slots(keras_variable), tf.cast(g, variable.dtype))
                   for variable, keras_variable, g in zip(variables, trainable_variables, grads,
                                                          strict=True)]
        first: list[WeightUpdate] = []
        if self.split is not None:
            first, updates = self.split.updates(updates)
        constants = self.constants(learning_rate, variables[0].dtype)
        for update in first:
            self.apply(update, constants)
        # The split kernel's halves first, each on a core, the rest after them: the halves
        # end the step's critical chain (A2 Adam, ms a step, alternated short fits: 0.87-0.91x
        # Keras's kernel with the halves first, 0.94x in the executor's own order)
        with tf.control_dependencies([update.variable.read_value() for update in first]):
            for update in updates:
                self.apply(update, constants)

    def slots(self, variable: Any) -> list[Any]:
        """The optimizer's own variables for Keras's `variable` that its update changes, as
        TensorFlow variables (none by default)."""
        return []

    def constants(self, learning_rate: Any, dtype: Any) -> tuple[Any, ...]:
        """This step's scalars, computed once for every weight's call."""
        raise NotImplementedError

    def apply(self, update: WeightUpdate, constants: tuple[Any, ...]) -> None:
        """One weight's compiled call: each waits only for its own gradient, so the last
        layers' updates run beside the first layers' backward pass."""
        raise NotImplementedError

    @classmethod
    def _same_as_keras(cls) -> bool:
        """Three updates of two small weights, Keras's way and fused, compared bit for bit
        (the weights and the optimizer's own variables)."""
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
            optimizer = cls.keras_optimizer()
            optimizer.build(variables)
            if fused:
                cls._attach(optimizer)
            for step in grads:
                optimizer.apply([keras.ops.convert_to_tensor(g) for g in step], variables)
            states.append([np.asarray(v.numpy())
                           for v in [*variables, *optimizer.variables]])
        return all(a.shape == b.shape and a.tobytes() == b.tobytes()
                   for a, b in zip(*states, strict=True))


def rounded_sum(a: Any, product: Any) -> Any:
    """`a + product` with the product rounded first, as two separate operations round it.

    LLVM contracts a multiply whose only use is an add into one fused multiply-add (XLA asks
    it to), which rounds once and so drifts from Keras. Here the product has a second use,
    `product - product` (+0 for every finite product; a NaN where the sum is already
    infinite or NaN), so it is not contracted, and subtracting that +0 changes no bit, the
    sign of a zero sum included."""
    return (a + product) - (product - product)


def rounded_difference(a: Any, product: Any) -> Any:
    """`a - product` with the product rounded first (see `rounded_sum`)."""
    return (a - product) - (product - product)


def tf_variable(variable: Any) -> Any:
    """The TensorFlow variable behind a Keras variable."""
    import tensorflow as tf

    return variable if isinstance(variable, tf.Variable) else variable.value
