"""Score a classifier on labelled images: accuracy, per-class accuracy, confusion, mistakes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.data.datasets import as_inputs
from core.model.classifier import NumpyClassifier

EPSILON = 1e-7


@dataclass(frozen=True)
class Evaluation:
    """Test-set results for one model."""

    accuracy: float
    loss: float
    per_class: np.ndarray  # (10,) accuracy of each true digit (NaN where absent)
    confusion: np.ndarray  # (10, 10) counts, rows = true label, columns = predicted
    misclassified: np.ndarray  # indices of wrongly predicted images
    probabilities: np.ndarray  # (N, 10)

    def to_dict(self) -> dict[str, object]:
        return {
            "accuracy": self.accuracy,
            "loss": self.loss,
            "per_class_accuracy": [None if np.isnan(v) else float(v) for v in self.per_class],
            "confusion_matrix": self.confusion.tolist(),
            "misclassified": int(len(self.misclassified)),
        }


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """(10, 10) counts: row = true digit, column = predicted digit."""
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.add.at(matrix, (labels.astype(np.int64), predicted.astype(np.int64)), 1)
    return matrix


def evaluate(classifier: NumpyClassifier, images: np.ndarray, labels: np.ndarray,
             batch_size: int = 2048) -> Evaluation:
    """Evaluate on uint8 (N, 28, 28) images or float inputs (N, 784) with labels 0-9."""
    inputs = as_inputs(images) if images.dtype == np.uint8 else np.asarray(images, np.float32)
    probabilities = np.concatenate([classifier.predict_proba(inputs[i:i + batch_size])
                                    for i in range(0, len(inputs), batch_size)])
    labels = np.asarray(labels).astype(np.int64)
    predicted = probabilities.argmax(axis=1)
    confusion = confusion_matrix(labels, predicted)
    totals = confusion.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_class = np.where(totals > 0, np.diag(confusion) / np.maximum(totals, 1), np.nan)
    picked = probabilities[np.arange(len(labels)), labels]
    loss = float(-np.log(np.clip(picked, EPSILON, 1.0)).mean())
    return Evaluation(accuracy=float((predicted == labels).mean()), loss=loss,
                      per_class=per_class.astype(np.float64), confusion=confusion,
                      misclassified=np.flatnonzero(predicted != labels),
                      probabilities=probabilities)
