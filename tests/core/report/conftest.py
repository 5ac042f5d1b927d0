"""What an exported script or notebook must reproduce, trained once for both."""

from pathlib import Path

import pytest

BUNDLED_A1 = Path(__file__).resolve().parents[3] / "resources/models/presets/assignment-1.keras"


@pytest.fixture(scope="session")
def core_accuracy_after_one_epoch(mnist_path: Path,
                                  tmp_path_factory: pytest.TempPathFactory) -> float:
    """Core's test accuracy for the bundled assignment-1 model's spec, one epoch, real MNIST."""
    from core.data import datasets
    from core.model.architectures import ModelSpec
    from core.model.model_files import read_metadata
    from core.training.train import train

    spec = ModelSpec.from_dict(read_metadata(BUNDLED_A1).spec)
    with pytest.MonkeyPatch.context() as patch:  # before the per-test home exists
        patch.setenv("KERAS_HOME", str(tmp_path_factory.mktemp("keras")))
        result = train(spec.replace(epochs=1), datasets.load(mnist_path))
    return result.test_accuracy
