"""Progress records of a training run, as plain data, and the Reporter that receives them.

Only plain data (floats, ints, numpy arrays) crosses from the training thread to a reporter,
so the GUI can forward records as signals and the CLI can print them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from core.evaluation.layer_statistics import LayerInsight
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.classifier import NumpyClassifier


class StopReason(str, Enum):
    """Why a training run ended (the value is stored; `stop_reason_text` is said)."""

    COMPLETED = QT_TRANSLATE_NOOP("StopReason", "completed")
    USER = QT_TRANSLATE_NOOP("StopReason", "stopped by user")
    EARLY_STOPPING = QT_TRANSLATE_NOOP("StopReason", "early stopping")
    NAN = QT_TRANSLATE_NOOP("StopReason", "loss became NaN")


def stop_reason_text(reason: str | None) -> str:
    """A stored stop reason in core.i18n's language ("" for none; unknown ones as they are)."""
    return translate("StopReason", str(getattr(reason, "value", reason))) if reason else ""


@dataclass(frozen=True)
class BatchProgress:
    """Throttled progress inside an epoch; loss and accuracy are running means over it."""

    epoch: int  # 1-based, counting epochs of earlier runs when continuing
    batch: int  # 1-based
    batches: int
    loss: float
    accuracy: float
    elapsed: float
    start: float = 0.0  # x position where this epoch began (the parent's epochs when continuing)

    @property
    def position(self) -> float:
        """x position on the curves, in epochs."""
        return self.start + self.batch / self.batches


@dataclass(frozen=True)
class EpochRecord:
    """The end of one epoch: metrics, learning rate, timing and the weights, as plain data."""

    epoch: int  # 1-based
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    learning_rate: float
    seconds: float
    classifier: NumpyClassifier | None = None
    partial: bool = False  # stopped before the epoch's last batch
    fraction: float = 1.0  # share of the epoch's batches that ran (below 1 when partial)
    start: float = -1.0  # x position where this epoch began (default: epoch - 1)
    insight: LayerInsight | None = None  # gradients, histograms and map (see LayerProbe)
    # what val_loss and val_accuracy measured: "validation" (the split's images) or "test"
    # (the test set after the epoch, for a spec without a validation split, as the texts train)
    second: str = "validation"

    @property
    def position(self) -> float:
        """Where the epoch ended on the curves' x axis: 2.4 for a stop 40 % into epoch 3."""
        return (self.epoch - 1 if self.start < 0 else self.start) + self.fraction


@dataclass(frozen=True)
class TrainingStarted:
    """Training begins: epochs to run and batches per epoch."""

    epochs: int
    batches: int


@dataclass(frozen=True)
class Diagnostics:
    """How this training runs on this machine (for benchmarks and the log): batches per
    Keras call, which fused update is used, the process's nice value, and so on."""

    facts: dict[str, object]


@dataclass(frozen=True)
class Status:
    """A line about what the training is doing now ("Evaluating on the test set…")."""

    text: str


class Reporter:
    """Receives training progress. Subclass and override what you need; all are no-ops here.

    `batch_ended` may be called from a Keras worker thread; `training_started` and
    `epoch_ended` from the training thread.
    """

    def training_started(self, epochs: int, batches: int) -> None:
        """Called once before the first batch: epochs to run and batches per epoch."""

    def batch_ended(self, progress: BatchProgress) -> None:
        """Called at most every `batch_interval` seconds during an epoch."""

    def epoch_ended(self, record: EpochRecord) -> None:
        """Called after every epoch, with validation (or test) metrics and a weights snapshot."""

    def diagnosed(self, facts: dict[str, object]) -> None:
        """Called once before training with how it runs here (see Diagnostics)."""




class RecordReporter(Reporter):
    """A Reporter that hands every record, as plain data, to one function: `report(record)`
    with a TrainingStarted, BatchProgress or EpochRecord (a task's `report`, see core.tasks).
    Keras may call from its own threads, so calls take turns."""

    def __init__(self, report: Callable[[object], None]) -> None:
        self._report = report
        self._lock = threading.Lock()

    def _send(self, record: object) -> None:
        with self._lock:
            self._report(record)

    def training_started(self, epochs: int, batches: int) -> None:
        self._send(TrainingStarted(epochs, batches))

    def batch_ended(self, progress: BatchProgress) -> None:
        self._send(progress)

    def epoch_ended(self, record: EpochRecord) -> None:
        self._send(record)

    def diagnosed(self, facts: dict[str, object]) -> None:
        self._send(Diagnostics(facts))
