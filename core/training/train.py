"""Train a spec on MNIST: `train(spec, data, reporter, stop_event) -> TrainingResult`.

The shape follows Orange's `run(..., state)`: a plain function that reports through a reporter
and checks a stop event, so it is testable without Qt. The GUI runs it in a worker thread and
forwards the reporter's calls as signals; the CLI prints them. Only plain data (floats, ints,
numpy arrays) reaches the reporter.

Stopping: the stop event is checked before each batch; when set, the current batch finishes,
then Keras's `model.stop_training` ends the run with the weights kept. A NaN or infinite loss
stops with reason "nan".
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.data.datasets import MnistData
from core.i18n import Context
from core.model.architectures import ModelSpec
from core.training import pacing, threads
from core.training.callbacks import KeepBest, make_callback_class
from core.training.fused_adam import FusedAdam
from core.training.fused_sgd import FusedSGD
from core.training.fused_update import FusedUpdate
from core.training.history import History
from core.training.layer_probe import LayerProbe
from core.training.no_autotune import no_autotune
from core.training.progress import EpochRecord, Reporter, StopReason
from core.training.split_kernel import SplitKernel

TrainingNotes = Context("TrainingNotes")  # TrainingNotes.tr(…): a run's notes (see core.i18n)

FUSED_UPDATES = (FusedAdam, FusedSGD)  # Keras's numbers, faster (see core.training.fused_update)
VALIDATION_BATCH = 1024  # validation only reads the weights: large batches, same numbers
EVALUATE_BATCH = 10_000  # MNIST's test set in one call (see evaluate_test_set)


@dataclass
class TrainingResult:
    """What a run produced: the model, its history and its test score."""

    model: Any
    history: History  # this training's epochs only
    epochs_run: int
    seconds: float
    stop_reason: StopReason
    test_loss: float | None = None
    test_accuracy: float | None = None
    records: list[EpochRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "compiled with Adam: the file had none"
    usable: bool = True  # False when the loss became NaN and no finite weights were left


def train(spec: ModelSpec, data: MnistData, reporter: Reporter | None = None,
          stop_event: threading.Event | None = None, *, model: Any = None,
          epochs: int | None = None, initial_epoch: int = 0, batch_interval: float = 0.05,
          snapshot_weights: bool = True, evaluate_test: bool = True,
          start_position: float | None = None, insights: bool = True,
          test_curve: bool = True) -> TrainingResult:
    """Train `spec` on `data` with a real `model.fit(verbose=0)`; report and honour stop.

    `model=None` builds a fresh, seeded model; pass an existing compiled model to continue
    training it for `epochs` more epochs (its epoch numbers continue from `initial_epoch`,
    its x positions from `start_position`, which differs when the parent stopped mid-epoch).
    `insights` adds each epoch's gradients, weight histograms and hidden-layer map to its
    record (with `snapshot_weights`; see LayerProbe).
    With a model given, only the spec's training settings are used (and its optimizer only
    when the model has none); the layers are the model's own.
    `test_curve`: with no validation split (as the course's texts train), each epoch's record
    carries the test set's loss and accuracy as its second curve (`second == "test"`); no
    split is added, and evaluating changes no weight.
    """
    import keras

    from core.model.network import build_model, prepare_for_training, seed_everything
    from core.training.backend import fresh_session

    if model is None:
        spec.validate()
    else:
        spec.validate_training()
    reporter = reporter or Reporter()
    stop_event = stop_event or threading.Event()
    n_epochs = spec.epochs if epochs is None else epochs
    if model is None:
        fresh_session()
        seed_everything(spec.seed)
    notes: list[str] = [] if model is None else prepare_for_training(model, spec)
    if model is None:
        model = build_model(spec)
    x_train, y_train = training_tensors(model, data)
    n_fit = training_rows(len(x_train), spec.validation_split)
    batches = max(1, math.ceil(n_fit / spec.batch_size))
    chunk = pacing.steps_per_execution(pacing.dense_kernels(model), spec.batch_size, batches,
                                       pacing.update_passes(model.optimizer),
                                       threads.current_layout())
    pacing.set_steps_per_execution(model, chunk)
    fused = install_fused_update(model)
    rows = (spec.batch_size, n_fit % spec.batch_size or spec.batch_size)
    split = SplitKernel.install(model, rows)
    probe = LayerProbe(data) if snapshot_weights and insights else None
    measure_test = None
    if test_curve and spec.validation_split == 0 and len(data.x_test):
        def measure_test() -> tuple[float | None, float | None]:
            return evaluate_test_set(model, data)
    callback = make_callback_class()(reporter, stop_event, initial_epoch, batches,
                                     batch_interval if chunk == 1 else 0.0, snapshot_weights,
                                     start_position, probe, measure_test)
    callbacks: list[Any] = [callback]
    monitor = "val_loss" if spec.validation_split > 0 else "loss"
    early = None
    if spec.early_stopping_patience > 0:
        early = keras.callbacks.EarlyStopping(monitor=monitor,
                                              patience=spec.early_stopping_patience,
                                              restore_best_weights=spec.restore_best_weights)
        callbacks.append(early)
    if spec.reduce_lr_patience > 0:
        callbacks.append(keras.callbacks.ReduceLROnPlateau(
            monitor=monitor, factor=0.5, patience=spec.reduce_lr_patience, min_lr=1e-6))
    if spec.keep_best:
        callbacks.append(KeepBest.make(monitor))
    reporter.training_started(n_epochs, batches)
    reporter.diagnosed({"batches per call": chunk,
                        "fused update": fused.__name__ if fused else "none",
                        "split first layer": split is not None,
                        "fused update available": any(f.available() for f in FUSED_UPDATES
                                                      if f.applies_to(model.optimizer)),
                        "XLA flags": os.environ.get("XLA_FLAGS", ""),
                        "nice": os.nice(0) if hasattr(os, "nice") else 0,
                        "threads": threads.current_layout(),
                        "tf.data autotune": "off"})
    started = time.perf_counter()
    try:
        with no_autotune():  # else seconds of idle at epoch boundaries
            model.fit(x_train, y_train, batch_size=spec.batch_size, epochs=n_epochs,
                      validation_split=spec.validation_split, callbacks=callbacks, shuffle=True,
                      validation_batch_size=max(spec.batch_size, VALIDATION_BATCH), verbose=0)
    finally:
        if split is not None:
            split.finish()  # the optimizer's own variables, before anything saves them
    seconds = time.perf_counter() - started
    reason = callback.reason
    if reason is StopReason.COMPLETED and early is not None and early.stopped_epoch > 0:
        reason = StopReason.EARLY_STOPPING
    records: list[EpochRecord] = callback.records
    usable = reason is not StopReason.NAN
    if not usable and callback.last_finite_weights is not None:
        model.set_weights(callback.last_finite_weights)
        usable = True
        notes.append(TrainingNotes.tr("the loss became NaN, so the model keeps the weights of "
                                      "epoch {0}, the last finite one")
                     .format(callback.last_finite_epoch))
    elif not usable:
        notes.append(TrainingNotes.tr("the loss became NaN before any epoch ended, so no model "
                                      "was kept; try a smaller learning rate"))
    result = TrainingResult(model=model, history=_history(records),
                            epochs_run=len(records), seconds=seconds,
                            stop_reason=reason, records=records, notes=notes, usable=usable)
    if evaluate_test and usable:
        result.test_loss, result.test_accuracy = evaluate_test_set(model, data)
    return result


def training_rows(samples: int, validation_split: float) -> int:
    """How many of `samples` Keras's fit trains on with `validation_split` (its own rule, so
    the last batch's size is the one it runs)."""
    if not validation_split:
        return samples
    return int(math.floor(samples * (1.0 - validation_split)))


def evaluate_test_set(model: Any, data: MnistData) -> tuple[float | None, float | None]:
    """(loss, accuracy) of a compiled Keras model on the data's test set."""
    if not len(data.x_test):
        return None, None
    x_test, y_test = test_tensors(model, data)
    # Eagerly, not with evaluate or test_on_batch: their first call of a new model's test
    # function held the GIL for ~0.15 s (a tf.data iterator, or the function's set-up), which
    # froze the window at the end of every run. Same numbers as evaluate, to 1e-7.
    n, step = len(data.x_test), EVALUATE_BATCH
    loss = accuracy = 0.0
    for i in range(0, n, step):
        x, y = x_test[i:i + step], y_test[i:i + step]
        predicted = model(x, training=False)
        weight = len(y) / n
        loss += weight * float(model.compute_loss(x=x, y=y, y_pred=predicted, training=False))
        accuracy += weight * float(np.mean(np.argmax(np.asarray(predicted), axis=-1)
                                           == data.y_test[i:i + step]))
    return float(loss), float(accuracy)


_TENSORS: dict[tuple[str, int, int, str], tuple[Any, Any, MnistData]] = {}


def install_fused_update(model: Any) -> type[FusedUpdate] | None:
    """Give `model`'s optimizer the fused update that fits it, if any (Keras's own numbers,
    fewer passes over memory); the kind installed, or None."""
    return next((fused for fused in FUSED_UPDATES
                 if fused.install(model.optimizer, model.count_params())), None)


def training_tensors(model: Any, data: MnistData) -> tuple[Any, Any]:
    """The training images and labels as TensorFlow tensors, made once per data set.

    Keras would otherwise turn the 54,000 x 784 float32 inputs into one tensor at every fit,
    a 170 MB copy that holds the GIL for ~0.7 s: the window froze that long at each Train.
    The uint8 images are copied in slices (a quarter of the bytes; the GUI thread gets in
    between) and scaled by TensorFlow, which releases the GIL: the same float32 values as
    `as_inputs`. The result is kept for the next training on the same data (warm-up makes it
    before the first Train).
    """
    return _tensors("train", model, data.x_train, data.y_train, data)


def test_tensors(model: Any, data: MnistData) -> tuple[Any, Any]:
    """The test images and labels as tensors, made like `training_tensors` and kept too: the
    end-of-run evaluation otherwise froze the window for ~0.1 s converting them."""
    return _tensors("test", model, data.x_test, data.y_test, data)


def _tensors(part: str, model: Any, images: np.ndarray, labels: np.ndarray,
             data: MnistData) -> tuple[Any, Any]:
    import tensorflow as tf

    shape = _input_shape(model)
    key = (part, id(images), id(labels), repr(shape))
    if key not in _TENSORS:
        for old in [k for k in _TENSORS if k[0] == part]:
            del _TENSORS[old]  # one data set at a time: the memory of one copy
        flat = images.reshape(len(images), -1)
        step = 4096
        parts = [tf.constant(flat[i:i + step]) for i in range(0, len(flat), step)]
        pixels = tf.concat(parts, axis=0) if len(parts) > 1 else parts[0]
        x = tf.cast(pixels, tf.float32) / tf.constant(255.0, tf.float32)
        _TENSORS[key] = (tf.reshape(x, (len(flat), *shape)),
                         tf.constant(labels.astype(np.int32)),
                         data)  # keeps the ids of the arrays from being reused
    return _TENSORS[key][:2]


def _input_shape(model: Any) -> tuple[int, ...]:
    """(784,), (28, 28) or (28, 28, 1): the image shape the model takes (default 784)."""
    try:
        shape = tuple(model.input_shape[1:])
    except (AttributeError, ValueError, TypeError):
        return (784,)
    return shape if shape in ((28, 28), (28, 28, 1)) else (784,)


def _history(records: list[EpochRecord]) -> History:
    history = History()
    history.extend(records)
    return history
