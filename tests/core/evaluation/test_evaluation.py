import numpy as np

from core.evaluation.evaluation import confusion_matrix, evaluate
from core.model.classifier import NumpyClassifier, Step


def identity_classifier() -> NumpyClassifier:
    """Class k's score is the mean of the first pixels of row k: predictable by construction."""
    kernel = np.zeros((784, 10), np.float32)
    for k in range(10):
        kernel[k * 28, k] = 10.0
    return NumpyClassifier([Step("dense", kernel, np.zeros(10, np.float32), "softmax")])


def test_confusion_matrix_counts_true_rows_and_predicted_columns() -> None:
    matrix = confusion_matrix(np.array([1, 1, 2]), np.array([1, 7, 2]))
    assert matrix[1, 1] == 1 and matrix[1, 7] == 1 and matrix[2, 2] == 1 and matrix.sum() == 3


def test_evaluation_reports_accuracy_per_class_and_mistakes() -> None:
    images = np.zeros((4, 28, 28), np.uint8)
    for i, k in enumerate([0, 3, 5, 5]):
        images[i, k, 0] = 255
    result = evaluate(identity_classifier(), images, np.array([0, 3, 5, 6]))
    assert result.accuracy == 0.75
    assert list(result.misclassified) == [3]
    assert result.per_class[5] == 1.0 and result.per_class[6] == 0.0
    assert np.isnan(result.per_class[1])
