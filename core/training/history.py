"""A run's per-epoch history, as plain data: the one place epochs are accumulated.

Each epoch keeps its position on the x axis (2.4 for a stop 40 % into epoch 3), its metrics,
its learning rate and whether it was cut short. The curves, the runs table, the overfitting
signal, the CSV export, the report and the model files all read this object; none keeps a
history of its own. `copy()` gives a continued run its parent's epochs without sharing them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.i18n import Context
from core.store.plain import number as _number

Epochs = Context("Epochs")  # Epochs.tr(…): how many epochs, in words (see core.i18n)

METRICS = ("loss", "accuracy", "val_loss", "val_accuracy")
COLUMNS = ("position", *METRICS, "learning_rate", "partial")
STORED = (*COLUMNS, "gradient_norms")
SECONDS = ("validation", "test")  # what the second curve (the val_* columns) measured


@dataclass
class History:
    """Per-epoch lists of equal length; None where a value was not measured."""

    position: list[float] = field(default_factory=list)
    loss: list[float | None] = field(default_factory=list)
    accuracy: list[float | None] = field(default_factory=list)
    val_loss: list[float | None] = field(default_factory=list)
    val_accuracy: list[float | None] = field(default_factory=list)
    learning_rate: list[float | None] = field(default_factory=list)
    partial: list[bool] = field(default_factory=list)
    # each dense layer's gradient norm on the probe batch, first to output (None: not measured)
    gradient_norms: list[list[float] | None] = field(default_factory=list)
    # what the val_* columns measured: "validation" or "test" (see EpochRecord.second)
    second: str = "validation"

    def __len__(self) -> int:
        return len(self.position)

    def add(self, record: Any) -> None:
        """Append one EpochRecord (or anything with the same fields)."""
        self.position.append(float(record.position))
        for name in (*METRICS, "learning_rate"):
            getattr(self, name).append(_number(getattr(record, name)))
        self.partial.append(bool(record.partial))
        if getattr(record, "second", None) in SECONDS:
            self.second = record.second
        insight = getattr(record, "insight", None)
        self.gradient_norms.append(list(insight.gradient_norms)
                                   if insight is not None and insight.gradient_norms else None)

    def extend(self, records: Iterable[Any]) -> None:
        for record in records:
            self.add(record)

    def copy(self) -> History:
        return History(**{name: list(getattr(self, name)) for name in STORED},
                       second=self.second)

    @property
    def epochs(self) -> float:
        """How far training went, in epochs (2.4 when the last epoch was cut 40 % in)."""
        return self.position[-1] if self.position else 0.0

    @property
    def epochs_text(self) -> str:
        """"3", or "2.4" when the last epoch was cut short."""
        return epoch_text(self.epochs)

    def last(self, name: str) -> float | None:
        values = [v for v in getattr(self, name) if v is not None]
        return values[-1] if values else None

    def metrics(self) -> dict[str, list[float]]:
        """Keras-style {"loss": [...], ...} of the measured values (for the overfitting signal)."""
        out: dict[str, list[float]] = {}
        for name in METRICS:
            values = [v for v in getattr(self, name) if v is not None]
            if values:
                out[name] = values
        return out

    def points(self, name: str) -> tuple[list[float], list[float]]:
        """(x positions, values) of one metric, skipping epochs where it was not measured."""
        pairs = [(x, v) for x, v in zip(self.position, getattr(self, name), strict=True)
                 if v is not None]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def to_dict(self) -> dict[str, Any]:
        return {**{name: list(getattr(self, name)) for name in STORED}, "second": self.second}

    @classmethod
    def from_dict(cls, data: Any) -> History:
        """Parse a stored history defensively (also Keras's plain {"loss": [...]} form)."""
        if not isinstance(data, dict):
            return cls()
        columns: dict[str, list[Any]] = {}
        for name in COLUMNS:
            value = data.get(name)
            columns[name] = value if isinstance(value, list) else []
        n = max((len(columns[name]) for name in METRICS), default=0)
        positions = [_number(v) for v in columns["position"]]
        if len(positions) != n or any(p is None for p in positions):
            positions = [float(i + 1) for i in range(n)]
        second = data.get("second")
        history = cls(position=[float(p) for p in positions if p is not None],
                      second=second if second in SECONDS else "validation")
        for name in (*METRICS, "learning_rate"):
            values = [_number(v) for v in columns[name]][:n]
            getattr(history, name).extend(values + [None] * (n - len(values)))
        flags = [bool(v) for v in columns["partial"]][:n]
        history.partial.extend(flags + [False] * (n - len(flags)))
        norms = data.get("gradient_norms")
        norms = [_norms(v) for v in norms][:n] if isinstance(norms, list) else []
        history.gradient_norms.extend(norms + [None] * (n - len(norms)))
        return history


def _norms(value: Any) -> list[float] | None:
    if not isinstance(value, list) or not value:
        return None
    numbers = [_number(v) for v in value]
    return None if None in numbers else numbers  # type: ignore[return-value]


def epoch_text(position: float) -> str:
    """An epoch position for people: "3", or "2.05" for 2.04502 (a stop mid-epoch)."""
    return f"{position:.2f}".rstrip("0").rstrip(".")


def epochs_words(position: float) -> str:
    """How far training went, in words: "1 epoch", "3 epochs", "2.05 epochs"."""
    text = epoch_text(position)
    if "." not in text:
        return Epochs.tr("%n epochs", None, int(text))
    return Epochs.tr("{0} epochs").format(text)


def learning_rate_changes(history: History) -> list[tuple[float, float, float]]:
    """(x, old rate, new rate) for each epoch that ran at a different learning rate than the
    one before it; x is where the change took effect, the end of the epoch before."""
    rates = history.learning_rate
    return [(history.position[i - 1], float(rates[i - 1]), float(rates[i]))  # type: ignore[arg-type]
            for i in range(1, len(rates))
            if rates[i] is not None and rates[i - 1] is not None and rates[i] != rates[i - 1]]


def history_csv(runs: Iterable[tuple[str, History]]) -> str:
    """CSV text with one row per epoch of each named run, learning rate included."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["run", "epoch", *METRICS, "learning_rate", "partial_epoch",
                     "second_curve"])
    for name, history in runs:
        for i, position in enumerate(history.position):
            writer.writerow([name, f"{position:g}",
                             *("" if getattr(history, m)[i] is None else getattr(history, m)[i]
                               for m in (*METRICS, "learning_rate")),
                             "yes" if history.partial[i] else "", history.second])
    return buffer.getvalue()
