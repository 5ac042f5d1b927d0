"""`no_autotune()`: Keras's fit without tf.data's autotuning, which idles the process for
seconds at epoch boundaries (DigitLab's test evaluation is eager: no pipeline to tune).

Keras feeds numpy arrays through a tf.data pipeline with autotuning on. In TensorFlow 2.21,
dropping an epoch's iterator waits for the autotuner's thread (`Model::OptimizeLoop`) to wake
from its sleep: the whole process then sits idle, both cores unused, for up to ~3 s at the
start of an epoch or after the last batch (found with gdb during the idle; measured with a
plain Keras script, 1024-512-256-128-64 for 4 epochs: 5.5-7.6 s of idle in each of two fits,
none with autotuning off). Turning it off changes neither the data nor its order: the same
weights, bit for bit. Only DigitLab's own training uses it; the benchmarks' "bare" fits stay
plain Keras.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def no_autotune() -> Iterator[None]:
    """Within this block, the datasets Keras makes from arrays have autotuning off."""
    try:
        import tensorflow as tf
        from keras.src.trainers.data_adapters.array_data_adapter import ArrayDataAdapter
    except ImportError:  # another Keras: its own pipeline, as it comes
        yield
        return
    original = ArrayDataAdapter.get_tf_dataset

    def get_tf_dataset(self: ArrayDataAdapter) -> tf.data.Dataset:
        options = tf.data.Options()
        options.autotune.enabled = False
        return original(self).with_options(options)

    ArrayDataAdapter.get_tf_dataset = get_tf_dataset
    try:
        yield
    finally:
        ArrayDataAdapter.get_tf_dataset = original
