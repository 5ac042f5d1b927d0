"""ModelChoice: which model answers drawings now, and where it came from, as plain data.

One of: the bundled default model, a run's kept model, an opened file, or the newest epoch of
the training in progress. The window's session holds exactly one; every view reads the model
from it. `key` names it so that the next start can answer with the same model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.model.classifier import NumpyClassifier
from core.model.metadata import ModelMetadata
from core.training.run import Run

BUNDLED, RUN, FILE, LIVE = "bundled", "run", "file", "live"


@dataclass(frozen=True)
class ModelChoice:
    """The model that answers drawings (None: no model at all) and its name and source."""

    classifier: NumpyClassifier | None = None
    name: str = ""
    source: str = BUNDLED  # BUNDLED, RUN, FILE or LIVE
    run: Run | None = None  # RUN and LIVE: the run (LIVE: the one it continues, if any)
    path: str = ""  # FILE: the opened file; RUN: the run's kept model file
    metadata: ModelMetadata = field(default_factory=ModelMetadata)  # FILE: what it says

    @property
    def key(self) -> str:
        """What to remember across restarts: "run:<id>", "file:<path>" or "" (bundled)."""
        if self.source == RUN and self.run is not None:
            return f"run:{self.run.id}"
        if self.source == FILE and self.path:
            return f"file:{self.path}"
        return ""
