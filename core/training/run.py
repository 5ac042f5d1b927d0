"""A Run: one training, as plain data owned by core/ (the window only shows it).

It holds what was trained (the layers and parameter count read from the model itself, and
the spec when the layers can be written as one), its own history, why it stopped, its test
score, the file that keeps its model, and the run or file it continued from. A continued run
starts from a copy of its parent's history, so earlier runs never change.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from core.model.architectures import ModelSpec, SpecError
from core.model.metadata import ModelMetadata
from core.store.plain import integer as _integer
from core.store.plain import number as _number
from core.store.plain import text as _text
from core.training.history import History


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Run:
    """One training run; `parent` is the id of the run, or the path of the file, it continued."""

    name: str
    layers: str
    params: int
    spec: ModelSpec | None = None
    optimizer: str = ""
    learning_rate: float | None = None
    batch_size: int | None = None
    seed: int | None = None
    history: History = field(default_factory=History)
    stop_reason: str = ""
    test_accuracy: float | None = None
    test_loss: float | None = None
    seconds: float = 0.0
    model_file: str = ""
    parent: str = ""
    data: str = ""  # fingerprint of the training data
    notes: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_run_id)
    created: float = field(default_factory=time.time)

    @property
    def epochs(self) -> float:
        return self.history.epochs

    @property
    def train_accuracy(self) -> float | None:
        return self.history.last("accuracy")

    @property
    def val_accuracy(self) -> float | None:
        """The last validation accuracy (None when the second curve is the test set's)."""
        return self.history.last("val_accuracy") if self.history.second == "validation" \
            else None

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["spec"] = self.spec.to_dict() if self.spec else None
        data["history"] = self.history.to_dict()
        data["epochs"] = self.epochs
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Run:
        """Parse a stored run; every field of the wrong type falls back to empty."""
        spec = None
        if isinstance(data.get("spec"), dict):
            try:
                spec = ModelSpec.from_dict(data["spec"])
            except (SpecError, TypeError, ValueError, RecursionError):
                spec = None
        notes = data.get("notes")
        return cls(
            name=_text(data.get("name"), "run"), layers=_text(data.get("layers")),
            params=_integer(data.get("params")) or 0, spec=spec,
            optimizer=_text(data.get("optimizer")),
            learning_rate=_number(data.get("learning_rate")),
            batch_size=_integer(data.get("batch_size")), seed=_integer(data.get("seed")),
            history=History.from_dict(data.get("history")),
            stop_reason=_text(data.get("stop_reason")),
            test_accuracy=_number(data.get("test_accuracy")),
            test_loss=_number(data.get("test_loss")),
            seconds=_number(data.get("seconds")) or 0.0,
            model_file=_text(data.get("model_file")), parent=_text(data.get("parent")),
            data=_text(data.get("data")),
            notes=[n for n in notes if isinstance(n, str)] if isinstance(notes, list) else [],
            id=_text(data.get("id")) or new_run_id(),
            created=_number(data.get("created")) or 0.0)

    def metadata(self) -> ModelMetadata:
        """The model-file metadata that describes this run."""
        return ModelMetadata(
            name=self.name, spec=self.spec.to_dict() if self.spec else {}, layers=self.layers,
            params=self.params, seed=self.seed, history=self.history.to_dict(),
            epochs=self.epochs, seconds=round(self.seconds, 2), stop_reason=self.stop_reason,
            test_accuracy=self.test_accuracy, test_loss=self.test_loss, run_id=self.id,
            parent=self.parent, data={"fingerprint": self.data} if self.data else {},
            notes=list(self.notes),
            extra={"optimizer": self.optimizer, "learning_rate": self.learning_rate,
                   "batch_size": self.batch_size})

    @classmethod
    def from_metadata(cls, meta: ModelMetadata, name: str, layers: str, params: int,
                      model_file: str = "") -> Run:
        """A run describing a model file (layers and params as read from the model itself)."""
        spec = None
        if meta.spec:
            try:
                spec = ModelSpec.from_dict(meta.spec)
            except (SpecError, TypeError, ValueError, RecursionError):
                spec = None
        learning_rate = meta.extra.get("learning_rate")
        return cls(name=name, layers=layers, params=params, spec=spec,
                   optimizer=_text(meta.extra.get("optimizer"), spec.optimizer if spec else ""),
                   learning_rate=_number(learning_rate) if learning_rate is not None
                   else (spec.learning_rate if spec else None),
                   batch_size=spec.batch_size if spec else None,
                   seed=meta.seed if meta.seed is not None else (spec.seed if spec else None),
                   history=History.from_dict(meta.history), stop_reason=meta.stop_reason,
                   test_accuracy=meta.test_accuracy, test_loss=meta.test_loss,
                   seconds=meta.seconds or 0.0, model_file=model_file, parent=meta.parent,
                   notes=list(meta.notes), id=meta.run_id or new_run_id())
