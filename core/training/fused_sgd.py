"""FusedSGD: Keras's plain SGD update (no momentum) as one compiled call per weight, with the
same numbers, bit for bit (see core.training.fused_update for how and why).

Keras's SGD multiplies the gradient by the learning rate into a new tensor, then subtracts it
from the weight: two operations and five passes over the weight's size. Compiled, it is one
pass that reads the weight and the gradient and writes the weight. Measured here: the update
of 784x1024 weights 176-181 us against 299-305 us (p50 of 300 calls, two ops at a time);
1024-512-256-128-64, SGD, batch 32, real MNIST, epochs 2 and 3 of `train`, 7 + 7 alternated
runs: 2.68 / 2.79 / 3.12 s against 2.79 / 2.99 / 3.90 s (min / median / max); the weights the
same bits as Keras's own update after 2 epochs of assignment 1, assignment 2 and 256-128.

It saves less than Adam's (two passes, not eight), so smaller nets lose more to XLA's cost per
call than they gain: SGD, batch 32, epochs 2 and 3, alternated, fused against Keras's: 256-128
(235k weights) 0.73-0.78 s against 0.67-0.82 s, 512-512 (670k) 1.41-1.46 against 1.35-1.45.
So only nets of at least MIN_WEIGHTS (1024-512-256-128-64 has 1.5M) are fused.
"""

from __future__ import annotations

from typing import Any

from core.training.fused_update import FusedUpdate, WeightUpdate, rounded_difference

MIN_WEIGHTS = 1_000_000


def _sgd_step(variable: Any, grad: Any, learning_rate: Any) -> None:
    """SGD.update_step without momentum: the weight minus the rounded product of the gradient
    and the learning rate, as Keras's two operations compute it."""
    variable.assign(rounded_difference(variable, grad * learning_rate))


class FusedSGD(FusedUpdate):
    """One plain SGD optimizer's fused update: `update(grads, variables, learning_rate)`
    stands in for Keras's `_backend_update_step`."""

    min_weights = MIN_WEIGHTS
    arithmetic = staticmethod(_sgd_step)

    @staticmethod
    def applies_to(optimizer: Any) -> bool:
        import keras

        return (type(optimizer) is keras.optimizers.SGD and not optimizer.momentum
                and not optimizer.gradient_accumulation_steps)

    @staticmethod
    def keras_optimizer() -> Any:
        import keras

        return keras.optimizers.SGD(learning_rate=0.01)

    def constants(self, learning_rate: Any, dtype: Any) -> tuple[Any, ...]:
        import tensorflow as tf

        return (tf.cast(learning_rate, dtype),)  # Keras's cast (SGD.update_step)

    def apply(self, update: WeightUpdate, constants: tuple[Any, ...]) -> None:
        self._step(update.variable, update.gradient, *constants)
