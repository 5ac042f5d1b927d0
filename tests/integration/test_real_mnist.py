"""Real MNIST end to end (skipped when ../shared/data/mnist.npz is absent)."""

import json
import subprocess
import sys
from pathlib import Path

import keras
import numpy as np
import pytest

from core.data import datasets
from core.model.model_files import load_classifier

ROOT = Path(__file__).resolve().parents[2]


def test_real_mnist_loads_and_validates(mnist_path: Path) -> None:
    data = datasets.load(mnist_path)
    assert data.x_train.shape == (60000, 28, 28) and data.x_test.shape == (10000, 28, 28)


@pytest.mark.slow  # trains on the real MNIST
@pytest.mark.mnist
def test_cli_trains_128_64_for_one_epoch_above_95_percent(mnist_path: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "m.keras"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "train", "--layers", "128-64", "--epochs", "1",
         "--seed", "1", "--data", str(mnist_path), "--out", str(out), "--json"],
        capture_output=True, text=True, timeout=600, check=True)
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["test_accuracy"] >= 0.95 and summary["epochs"] == 1
    x = datasets.as_inputs(datasets.load(mnist_path).x_test[:500])
    plain = keras.models.load_model(out).predict(x, verbose=0)
    assert np.abs(load_classifier(out).predict_proba(x) - plain).max() < 1e-5
