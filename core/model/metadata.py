"""The one schema of DigitLab's model metadata, kept inside a `.keras` archive as `digitlab.json`.

Every writer (a run's kept model, Save model, `main.py train`, the bundled-model builder)
builds it with `ModelMetadata`, and every reader parses it back through `from_dict`, which
checks each field's type: a hand-edited or hostile file yields empty fields, never an
exception or a wrong type further on.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from core.store.plain import integer as _integer
from core.store.plain import number as _number
from core.store.plain import text as _text

METADATA_NAME = "digitlab.json"


@dataclass
class ModelMetadata:
    """What a model file says about itself, beside its weights.

    `spec` is a `ModelSpec.to_dict()` (empty when the layers cannot be expressed as one);
    `history` is a `History.to_dict()`; `parent` names the run id or file it continued from.
    """

    name: str = ""
    spec: dict[str, Any] = field(default_factory=dict)
    layers: str = ""
    params: int | None = None
    seed: int | None = None
    history: dict[str, Any] = field(default_factory=dict)
    epochs: float | None = None
    seconds: float | None = None
    stop_reason: str = ""
    test_accuracy: float | None = None
    test_loss: float | None = None
    run_id: str = ""
    parent: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    command: str = ""
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # builder-specific facts

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; `extra` is merged at the top level (it never overrides a field)."""
        data = {k: v for k, v in dataclasses.asdict(self).items() if k != "extra"}
        return {**self.extra, **data, "app": "DigitLab"}

    @classmethod
    def from_dict(cls, data: Any) -> ModelMetadata:
        """Parse metadata defensively: a field of the wrong type is left empty."""
        if not isinstance(data, dict):
            return cls()
        names = {f.name for f in dataclasses.fields(cls)}
        data_field = data.get("data")
        notes = data.get("notes")
        return cls(
            name=_text(data.get("name")),
            spec=data["spec"] if isinstance(data.get("spec"), dict) else {},
            layers=_text(data.get("layers")),
            params=_integer(data.get("params")),
            seed=_integer(data.get("seed")),
            history=data["history"] if isinstance(data.get("history"), dict) else {},
            epochs=_number(data.get("epochs")),
            seconds=_number(data.get("seconds")),
            stop_reason=_text(data.get("stop_reason")),
            test_accuracy=_number(data.get("test_accuracy")),
            test_loss=_number(data.get("test_loss")),
            run_id=_text(data.get("run_id")),
            parent=_text(data.get("parent")),
            data=data_field if isinstance(data_field, dict) else {},
            command=_text(data.get("command")),
            notes=[n for n in notes if isinstance(n, str)] if isinstance(notes, list) else [],
            extra={k: v for k, v in data.items() if k not in names and k != "app"},
        )
