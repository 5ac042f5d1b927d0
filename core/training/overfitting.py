"""The overfitting signal in a training history: the train–validation gap, the epochs where
validation loss rose, and where EarlyStopping stopped and which epoch it restored."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from core.i18n import translate
from core.numbers import signed


def _finite(values: list[float] | None) -> list[float]:
    return [float(v) for v in values or [] if v is not None and math.isfinite(float(v))]


@dataclass(frozen=True)
class OverfittingSignal:
    """Numbers a student reads off the curves, computed from per-epoch history."""

    epochs: int
    # training − validation accuracy at the last epoch (fraction). Keras's training number is
    # the mean over the epoch's batches (dropout on), validation's is measured at its end: the
    # text says so, or after epoch 1 a negative gap reads as a false story
    accuracy_gap: float | None
    loss_gap: float | None  # validation − training loss at the last epoch
    rising_epochs: list[int] = field(default_factory=list)  # val loss above the epoch before
    best_epoch: int | None = None  # lowest validation loss (1-based)
    early_stop_epoch: int | None = None  # the last epoch, when EarlyStopping ended the run
    second: str = "validation"  # what the second curve measured: "validation" or "test"

    @property
    def text(self) -> str:
        """One line for the window and the report (in core.i18n's language)."""
        if self.accuracy_gap is None and self.loss_gap is None:
            return translate("Overfitting", "No validation data: the gap cannot be measured")
        test = self.second == "test"
        parts = []
        if self.accuracy_gap is not None:
            words = (translate("Overfitting",
                               "accuracy gap (train, mean over the epoch − test) {0} points")
                     if test else translate(
                         "Overfitting", "accuracy gap (train, mean over the epoch − val) {0} "
                         "points"))
            parts.append(words.format(signed(100 * self.accuracy_gap, 2)))
        if self.loss_gap is not None:
            words = (translate("Overfitting", "loss gap (test − train, mean over the epoch) {0}")
                     if test else translate("Overfitting",
                                            "loss gap (val − train, mean over the epoch) {0}"))
            parts.append(words.format(signed(self.loss_gap, 4)))
        if self.rising_epochs:
            listed = ", ".join(map(str, self.rising_epochs[:8]))
            more = "…" if len(self.rising_epochs) > 8 else ""
            parts.append((translate("Overfitting", "test loss rose in epoch {0}") if test
                          else translate("Overfitting", "val loss rose in epoch {0}"))
                         .format(listed + more))
        if self.best_epoch is not None and self.best_epoch < self.epochs:
            parts.append((translate("Overfitting", "lowest test loss at epoch {0}") if test
                          else translate("Overfitting", "lowest val loss at epoch {0}"))
                         .format(self.best_epoch))
        if self.early_stop_epoch is not None:
            parts.append(translate("Overfitting", "EarlyStopping at epoch {0}")
                         .format(self.early_stop_epoch))
        return " · ".join(parts)

    @property
    def overfitting(self) -> bool:
        """Validation loss has been rising away from its best for two or more epochs."""
        return (self.best_epoch is not None and self.epochs - self.best_epoch >= 2
                and bool(self.rising_epochs) and (self.loss_gap or 0) > 0)


def overfitting_signal(history: dict[str, list[float]], stop_reason: str | None = None,
                       second: str = "validation") -> OverfittingSignal:
    """Read the signal from a Keras-style history ({"loss": [...], "val_loss": [...], ...});
    `second` says whether its val_* lists measured the validation split or the test set."""
    loss, val_loss = _finite(history.get("loss")), _finite(history.get("val_loss"))
    accuracy = _finite(history.get("accuracy"))
    val_accuracy = _finite(history.get("val_accuracy"))
    epochs = max(len(loss), len(val_loss))
    accuracy_gap = (accuracy[-1] - val_accuracy[-1]) if accuracy and val_accuracy else None
    loss_gap = (val_loss[-1] - loss[-1]) if loss and val_loss else None
    rising = [i + 1 for i in range(1, len(val_loss)) if val_loss[i] > val_loss[i - 1]]
    best = (min(range(len(val_loss)), key=val_loss.__getitem__) + 1) if val_loss else None
    early = epochs if stop_reason == "early stopping" and epochs else None
    return OverfittingSignal(epochs, accuracy_gap, loss_gap, rising, best, early, second)
