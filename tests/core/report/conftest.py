"""What an exported script or notebook must reproduce, trained once for both."""

from pathlib import Path

import pytest

from core.model.architectures import PRESETS


@pytest.fixture(scope="session")
def core_accuracy_after_one_epoch(mnist_path: Path,
                                  tmp_path_factory: pytest.TempPathFactory) -> float:
    """Core's test accuracy for assignment-1 trained one epoch on the real MNIST."""
    from core.data import datasets
    from core.training.train import train

    with pytest.MonkeyPatch.context() as patch:  # before the per-test home exists
        patch.setenv("KERAS_HOME", str(tmp_path_factory.mktemp("keras")))
        result = train(PRESETS["assignment-1"].spec.replace(epochs=1), datasets.load(mnist_path))
    return result.test_accuracy
