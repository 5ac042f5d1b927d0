"""How many batches Keras runs per call (`steps_per_execution`), chosen per run.

Keras's training loop returns to Python after every call of its compiled step: at batch 32
that is ~1,700 returns an epoch, each taking the GIL from the window and running the
callbacks. Running N batches per call does the same batches with the same updates (the same
result for the same seed) with a fraction of that overhead. N is chosen so that a call takes
about `budget` seconds (Stop acts within it, the curves update at least 1/budget times a
second) and an epoch still gives at least `points` training-curve points.
"""

from __future__ import annotations

import functools
import os
import statistics
import time

BUDGET = 0.05  # seconds per call: Stop within it; curves >= 10 Hz (0.07 gave 8.9-10 Hz for A2)
POINTS = 50  # training-curve points per epoch, at least
MAX_STEPS = 128
OVERHEAD = 0.4e-3  # seconds of Keras's own work per batch, beside the arithmetic
ADAM_PASSES = 10  # passes over the weights of one update: Adam's, RMSprop's
SGD_PASSES = 2  # plain SGD reads the gradient and writes the weight (momentum: twice that)
# measured here, 1024-512-256-128-64 at batch 32: a TensorFlow step takes ~1.7x numpy's
# arithmetic with TensorFlow's default layout; with two ops at a time (core.training.threads),
# the fused updates and the split first kernel, in the window while drawing, Adam 1.95 ms and
# SGD 1.44 ms a step against 2.87 and 2.01 ms at 1.1x: ~0.75x (so a call takes ~0.05 s there;
# 32 batches a call were 0.96x the time a step of 18, A2 Adam, alternated short fits)
TENSORFLOW_FACTOR = {"default": 1.7, "pairs": 0.75}


@functools.lru_cache(maxsize=64)
def matmul_seconds(rows: int, inner: int, columns: int) -> float:
    """Seconds numpy's float32 BLAS takes for (rows x inner) @ (inner x columns) here."""
    import numpy as np

    rng = np.random.default_rng(0)
    a = rng.random((rows, inner), np.float32)
    b = rng.random((inner, columns), np.float32)
    a @ b
    return statistics.median(_seconds(lambda: a @ b) for _ in range(5))


def _seconds(function) -> float:  # noqa: ANN001
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


@functools.lru_cache(maxsize=64)
def elementwise_seconds(size: int) -> float:
    """Seconds numpy takes for one multiply-add over `size` float32 values here."""
    import numpy as np

    a, b = np.ones(size, np.float32), np.ones(size, np.float32)
    out = np.empty_like(a)
    return statistics.median(_seconds(lambda: np.multiply(a, b, out=out)) for _ in range(5))


def update_passes(optimizer: object) -> int:
    """Passes over the weights that one update of `optimizer` makes (about)."""
    if type(optimizer).__name__ == "SGD":
        return SGD_PASSES * (2 if float(getattr(optimizer, "momentum", 0.0) or 0.0) else 1)
    return ADAM_PASSES


def step_seconds(kernels: list[tuple[int, int]], batch_size: int,
                 passes: int = ADAM_PASSES, layout: str = "default") -> float:
    """One training step of dense layers with these (inputs, units) kernels, as this machine
    runs it in TensorFlow's `layout` (see core.training.threads): per layer the forward matmul
    and the two of the backward pass, the optimizer's update (`passes` over the weights, see
    `update_passes`), and Keras's own work."""
    matmuls = sum(3 * matmul_seconds(batch_size, inputs, units) for inputs, units in kernels)
    weights = sum(inputs * units + units for inputs, units in kernels)
    # the app runs numpy on one thread (main.py), TensorFlow spreads a step over every core
    cores = max(1, min(4, os.cpu_count() or 1)) if _numpy_single_threaded() else 1
    arithmetic = matmuls + passes * elementwise_seconds(weights)
    return OVERHEAD + TENSORFLOW_FACTOR.get(layout, TENSORFLOW_FACTOR["default"]) * \
        arithmetic / cores


def _numpy_single_threaded() -> bool:
    return any(os.environ.get(name) == "1" for name in
               ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"))


def steps_per_execution(kernels: list[tuple[int, int]], batch_size: int, batches: int,
                        passes: int = ADAM_PASSES, layout: str = "default") -> int:
    """Batches per Keras call: about `BUDGET` seconds a call, `POINTS` calls an epoch
    (`passes` and `layout` as for `step_seconds`)."""
    step = step_seconds(kernels, batch_size, passes, layout)
    return max(1, min(int(BUDGET / step), batches // POINTS, MAX_STEPS))


def dense_kernels(model: object) -> list[tuple[int, int]]:
    """The (inputs, units) of every 2-D weight matrix of a Keras model."""
    return [(int(w.shape[0]), int(w.shape[1])) for w in model.weights  # type: ignore[attr-defined]
            if len(w.shape) == 2]


def set_steps_per_execution(model: object, steps: int) -> None:
    """Make `model` run `steps` batches per call from its next fit on."""
    if getattr(model, "steps_per_execution", 1) != steps:
        model.steps_per_execution = steps  # type: ignore[attr-defined]
        for name in ("train_function", "test_function", "predict_function"):
            setattr(model, name, None)  # rebuilt with the new N by the next fit
