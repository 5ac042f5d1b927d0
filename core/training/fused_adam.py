"""FusedAdam: Keras's Adam update as one compiled call per weight, with the same numbers,
bit for bit (see core.training.fused_update for how and why).

Keras's Adam runs about fifteen TensorFlow operations per weight tensor per batch, each a
dispatch and a pass over memory: for 1024-512-256-128-64 at batch 32 that is half of a step
(4.4 ms a step with Adam against 2.2 with plain SGD, measured here). The same arithmetic
compiled by XLA (one pass per tensor) made a step 19 % faster. One compiled call per weight
rather than one for all is faster again, as each update waits only for its own gradient
(1024-512-256-128-64, Adam, real MNIST, epoch 2 of `fit`, seconds, alternated: batch 32 two
ops at a time, see core.training.threads, 3.35-3.50 against 3.92-4.00; batch 256,
TensorFlow's default layout, 1.39-1.45 against 1.47-1.51; the same weights bit for bit).

With 512-bit vectors (`fused_update.XLA_FLAG`) against XLA limited to AVX (no FMA): the
update of 784x1024 weights 421-437 us against 525-544; 1024-512-256-128-64, Adam, real MNIST,
epoch 2 of `train`, alternated, 3.08 / 3.16 / 3.50 s against 3.63 / 3.37 / 4.41; after one
epoch the weights and Adam's moments the same bits as Keras's own update.
"""

from __future__ import annotations

from typing import Any

from core.training.fused_update import FusedUpdate, WeightUpdate, rounded_sum, tf_variable


def _adam_step(variables: list[Any], momentums: list[Any], velocities: list[Any],
               grads: list[Any], alpha: Any, one_minus_beta_1: Any, one_minus_beta_2: Any,
               epsilon: Any, again_1: Any, again_2: Any, one: Any) -> None:
    """Adam.update_step's tensor arithmetic, operation for operation, for every weight, each
    product rounded before its sum as Keras's own operations round it (`rounded_sum`).

    The weight's update computes the new moments again from the old ones rather than reading
    them back, so XLA makes the moments and the weight in one loop that reads the gradient,
    the moments and the weight once: 7 passes over the weight's size instead of 9 (A2 Adam,
    batch 32, real MNIST, epochs 2 and 3 of `train`, min / median / max of two sets of 4 + 4
    alternated processes: 3.05 / 3.20 / 3.97 s against 3.30 / 3.46 / 4.21 s, and 2.97 / 3.36 /
    3.98 s against 3.43 / 3.52 / 4.02 s; the same weights bit for bit). Its copy differs in
    form only, so that XLA does not merge the two: the constants come in twice (`again_1`,
    `again_2`), the gradient is multiplied by `one` (1.0) and g² − v is written as such; every
    value is the same, bit for bit."""
    import tensorflow as tf

    for variable, m, v, g in zip(variables, momentums, velocities, grads, strict=True):
        square = tf.square(g)
        new_m = rounded_sum(m, (g - m) * one_minus_beta_1)
        new_v = rounded_sum(v, rounded_sum(-v, square) * one_minus_beta_2)
        g_again = g * one
        square_again = tf.square(g_again)
        m_again = rounded_sum(m, (g_again - m) * again_1)
        v_again = rounded_sum(v, ((square_again - v) - (square_again - square_again)) * again_2)
        m.assign(new_m)
        v.assign(new_v)
        variable.assign_sub((m_again * alpha) / (tf.sqrt(v_again) + epsilon))


class FusedAdam(FusedUpdate):
    """One Adam optimizer's fused update: `update(grads, variables, learning_rate)` stands in
    for Keras's `_backend_update_step`."""

    arithmetic = staticmethod(_adam_step)

    @staticmethod
    def applies_to(optimizer: Any) -> bool:
        import keras

        return (type(optimizer) is keras.optimizers.Adam and not optimizer.amsgrad
                and not optimizer.gradient_accumulation_steps)

    @staticmethod
    def keras_optimizer() -> Any:
        import keras

        return keras.optimizers.Adam(learning_rate=0.003)

    def slots(self, variable: Any) -> list[Any]:
        optimizer = self._optimizer
        index = optimizer._get_variable_index(variable)  # noqa: SLF001
        return [tf_variable(optimizer._momentums[index]),  # noqa: SLF001
                tf_variable(optimizer._velocities[index])]  # noqa: SLF001

    def constants(self, learning_rate: Any, dtype: Any) -> tuple[Any, ...]:
        import tensorflow as tf

        optimizer = self._optimizer
        # Keras's own scalar arithmetic, in its order and dtype (Adam.update_step)
        lr = tf.cast(learning_rate, dtype)
        local_step = tf.cast(optimizer.iterations + 1, dtype)
        beta_1_power = tf.pow(tf.cast(optimizer.beta_1, dtype), local_step)
        beta_2_power = tf.pow(tf.cast(optimizer.beta_2, dtype), local_step)
        alpha = lr * tf.sqrt(1 - beta_2_power) / (1 - beta_1_power)
        one_minus_beta_1 = tf.constant(1 - optimizer.beta_1, dtype)
        one_minus_beta_2 = tf.constant(1 - optimizer.beta_2, dtype)
        return (alpha, one_minus_beta_1, one_minus_beta_2, tf.constant(optimizer.epsilon, dtype),
                tf.identity(one_minus_beta_1), tf.identity(one_minus_beta_2),
                tf.constant(1.0, dtype))  # the weight's own copies (see _adam_step)

    def apply(self, update: WeightUpdate, constants: tuple[Any, ...]) -> None:
        m, v = update.slots
        self._step([update.variable], [m], [v], [update.gradient], *constants)
