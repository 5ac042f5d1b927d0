"""FusedAdam: Keras's Adam update as one compiled call per weight, with the same numbers,
bit for bit (see core.training.fused_update for how and why).

Keras's Adam runs about fifteen TensorFlow operations per weight tensor per batch, each a
dispatch and a pass over memory: for 1024-512-256-128-64 at batch 32 that is half of a step
(4.4 ms a step with Adam against 2.2 with plain SGD, measured here). The same arithmetic
compiled by XLA (one pass per tensor) made a step 19 % faster. One compiled call per weight
rather than one for all (1024-512-256-128-64, Adam, real MNIST, epoch 2 of `fit`, seconds,
alternated: batch 32 two ops at a time, see core.training.threads, 3.35-3.50 against
3.92-4.00; batch 256, TensorFlow's default layout, 1.39-1.45 against 1.47-1.51; the same
weights bit for bit).

With 512-bit vectors (`fused_update.XLA_FLAG`) against XLA limited to AVX (no FMA): the
update of 784x1024 weights 421-437 us against 525-544; 1024-512-256-128-64, Adam, real MNIST,
epoch 2 of `train`, alternated, 3.08 / 3.16 / 3.50 s against 3.63 / 3.37 / 4.41; after one
epoch the weights and Adam's moments the same bits as Keras's own update.
"""

from __future__ import annotations

from typing import Any

from core.training.fused_update import FusedUpdate, rounded_sum, tf_variable


class FusedAdam(FusedUpdate):
    """One Adam optimizer's fused update: `update(grads, variables, learning_rate)` stands in
    for Keras's `_backend_update_step`."""

    def __init__(self, optimizer: Any) -> None:
        import tensorflow as tf

        super().__init__(optimizer)
        self._step = tf.function(_adam_step, jit_compile=True)

    @staticmethod
    def applies_to(optimizer: Any) -> bool:
        import keras

        return (type(optimizer) is keras.optimizers.Adam and not optimizer.amsgrad
                and not optimizer.gradient_accumulation_steps)

    @staticmethod
    def keras_optimizer() -> Any:
        import keras

        return keras.optimizers.Adam(learning_rate=0.003)

    def update(self, grads: list[Any], trainable_variables: list[Any],
               learning_rate: Any) -> None:
        import tensorflow as tf

        optimizer = self._optimizer
        variables = self.plain_variables(grads, trainable_variables)
        if not variables:
            self._keras_update(grads, trainable_variables, learning_rate)
            return
        dtype = variables[0].dtype
        # Keras's own scalar arithmetic, in its order and dtype (Adam.update_step)
        lr = tf.cast(learning_rate, dtype)
        local_step = tf.cast(optimizer.iterations + 1, dtype)
        beta_1_power = tf.pow(tf.cast(optimizer.beta_1, dtype), local_step)
        beta_2_power = tf.pow(tf.cast(optimizer.beta_2, dtype), local_step)
        alpha = lr * tf.sqrt(1 - beta_2_power) / (1 - beta_1_power)
        index = optimizer._get_variable_index  # noqa: SLF001
        momentums = [tf_variable(optimizer._momentums[index(v)])  # noqa: SLF001
                     for v in trainable_variables]
        velocities = [tf_variable(optimizer._velocities[index(v)])  # noqa: SLF001
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
    product rounded before its sum as Keras's own operations round it (`rounded_sum`)."""
    import tensorflow as tf

    for variable, m, v, g in zip(variables, momentums, velocities, grads, strict=True):
        m.assign(rounded_sum(m, (g - m) * one_minus_beta_1))
        square = tf.square(g)
        v.assign(rounded_sum(v, rounded_sum(-v, square) * one_minus_beta_2))
        variable.assign_sub((m * alpha) / (tf.sqrt(v) + epsilon))

