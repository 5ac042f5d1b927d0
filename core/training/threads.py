"""How TensorFlow shares this machine's cores during training, chosen by the batch size.

At a small batch every matmul is small: split over all cores (TensorFlow's default), each
costs more in hand-over than it saves. Two ops at a time, each on half the cores, runs the
backward pass's two independent matmuls per layer, and each layer's update, side by side.
Measured here (2 cores, real MNIST, epoch 2 of `fit` with 12 batches per call; both ways
alternated, seconds):

| net, optimizer, batch | TensorFlow's default | two ops at a time |
|---|---|---|
| 1024-512-256-128-64, SGD, 32 | 3.41-3.75 | 2.22-2.34 |
| 1024-512-256-128-64, Adam, 32 | 3.83-5.05 | 3.83-3.99 |
| 32-16, SGD, 32 | 0.39 | 0.33 |
| 256-128, SGD, 32 | 0.83 | 0.61 |
| 1024-512-256-128-64, SGD, 128 | 1.44 | 1.68 |
| 1024-512-256-128-64, Adam, 64 / 256 / 1024 | 2.71 / 1.51 / 1.14 | 2.89 / 1.91 / 1.61 |

So small batches (at most SMALL_BATCH) train two ops at a time and larger ones keep the
default. The weights came out the same, bit for bit, in every row: the layout changes when
ops run, not what they compute (a test checks it). TensorFlow reads the layout once, when it
starts, so it is chosen per process (`TrainingProcess` starts its child with the layout of
the batch it will train first).
"""

from __future__ import annotations

import os
from typing import Literal

Layout = Literal["default", "pairs"]

SMALL_BATCH = 32


def layout_for(batch_size: int) -> Layout:
    """The layout that trains `batch_size` fastest ("pairs": two ops at a time)."""
    return "pairs" if batch_size <= SMALL_BATCH else "default"


def use_layout(layout: Layout) -> None:
    """Set `layout` before TensorFlow starts (a later call changes nothing)."""
    if layout != "pairs":
        return
    from core.training.backend import import_keras

    import_keras()  # quietly (it does not start TensorFlow's runtime)
    import tensorflow as tf

    cores = os.cpu_count() or 2
    try:
        tf.config.threading.set_intra_op_parallelism_threads(max(1, cores // 2))
        tf.config.threading.set_inter_op_parallelism_threads(2)
    except RuntimeError:  # TensorFlow already started: it keeps its layout
        pass


def current_layout() -> Layout:
    """The layout TensorFlow runs with in this process."""
    import tensorflow as tf

    return "pairs" if tf.config.threading.get_inter_op_parallelism_threads() == 2 else "default"
