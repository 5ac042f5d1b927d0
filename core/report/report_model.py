"""What the lab report says about one model: `ReportModel`, read from a `.keras` file or a run.

Layers, parameter counts and the summary are read from the weights themselves (the spec is
used only when it describes exactly those weights), so the report cannot print a summary
that disagrees with the model it evaluates.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.data.datasets import MnistData
from core.evaluation.evaluation import Evaluation, evaluate
from core.i18n import translate
from core.model.architectures import ModelSpec, SummaryRow, summary_rows
from core.model.classifier import NumpyClassifier
from core.training.history import History
from core.training.run import Run


@dataclass
class ReportModel:
    """Everything the report says about one model: its `Run` (the one record of a training,
    also for a model file, through `Run.from_metadata`), the classifier read from its
    weights, and what the report measured."""

    run: Run
    source: str
    classifier: NumpyClassifier
    evaluation: Evaluation | None = None
    # (loss, accuracy) on the training images with the final weights: the assignment compares
    # training and test performance, and the history's accuracy is a running mean with dropout
    train_score: tuple[float, float] | None = None

    @property
    def name(self) -> str:
        return self.run.name

    @property
    def spec(self) -> ModelSpec | None:
        return self.run.spec

    @property
    def history(self) -> History:
        return self.run.history

    @property
    def stop_reason(self) -> str | None:
        return self.run.stop_reason or None

    @property
    def seconds(self) -> float | None:
        return self.run.seconds or None

    @property
    def seed(self) -> int | None:
        return self.run.seed

    @property
    def recorded_test_accuracy(self) -> float | None:
        return self.run.test_accuracy

    @property
    def metrics(self) -> dict[str, list[float]]:
        """The history as Keras-style lists (for charts and the overfitting signal)."""
        return self.history.metrics()

    @property
    def epochs(self) -> float | None:
        """How far it trained, in epochs (a number, as `Run.epochs`); None without history."""
        return self.run.epochs if len(self.history) else None

    @property
    def summary(self) -> list[SummaryRow]:
        if self.spec and self.spec.param_count() == self.classifier.param_count:
            return summary_rows(self.spec)
        return self.classifier.summary_rows()

    @property
    def params(self) -> int:
        return self.classifier.param_count

    @property
    def layers(self) -> str:
        return ("-".join(map(str, self.classifier.hidden_sizes))
                or translate("LabReport", "(no hidden layer)"))

    @property
    def test_accuracy(self) -> float | None:
        return self.evaluation.accuracy if self.evaluation else self.recorded_test_accuracy

    def evaluate_on(self, data: MnistData | None) -> None:
        if data is not None and len(data.x_test):
            self.evaluation = evaluate(self.classifier, data.x_test, data.y_test)
        if data is not None and len(data.x_train):
            self.train_score = _score(self.classifier, data.x_train, data.y_train)

    def as_run(self) -> Run:
        """A runs-table row for this model: its run, with the test accuracy measured now."""
        return dataclasses.replace(self.run, layers=self.layers, params=self.params,
                                   test_accuracy=self.test_accuracy)


def _score(classifier: NumpyClassifier, images: Any, labels: Any,
           step: int = 10_000) -> tuple[float, float]:
    """(loss, accuracy) over many images, `step` at a time (the memory of one slice)."""
    loss = accuracy = 0.0
    for i in range(0, len(images), step):
        part = evaluate(classifier, images[i:i + step], labels[i:i + step])
        weight = len(labels[i:i + step]) / len(labels)
        loss, accuracy = loss + weight * part.loss, accuracy + weight * part.accuracy
    return loss, accuracy


def model_from_file(path: str | os.PathLike[str], name: str | None = None) -> ReportModel:
    """Read a `.keras` file (safely, see model_files) and its DigitLab metadata."""
    from core.model import model_files

    path = Path(path)
    classifier = model_files.load_classifier(path)
    run = Run.from_metadata(model_files.read_metadata(path), name or path.stem, "", 0)
    return _from_run(run, classifier, str(path))


def model_from_run(run: Run, classifier: NumpyClassifier) -> ReportModel:
    """A run from the runs table with the classifier of its kept model."""
    return _from_run(run, classifier, run.model_file)


def _from_run(run: Run, classifier: NumpyClassifier, source: str) -> ReportModel:
    return ReportModel(run=run, source=source, classifier=classifier)
