"""Shared fixtures: an isolated app data folder per test, small synthetic digits, real MNIST."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("DIGITLAB_LANGUAGE", "en")  # texts compared in English, whatever the locale

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

from helpers import make_digits  # noqa: E402

from core.data.datasets import MnistData  # noqa: E402
from core.training.fused_update import widen_xla_vectors  # noqa: E402

widen_xla_vectors()  # as the app's training starts: before XLA first compiles, in any test order

SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty app data folder and Keras cache."""
    home = tmp_path_factory.mktemp("digitlab-home")
    monkeypatch.setenv("DIGITLAB_HOME", str(home / "data"))
    monkeypatch.setenv("KERAS_HOME", str(home / "keras"))
    monkeypatch.setenv("DIGITLAB_CONFIG", str(home / "config"))
    monkeypatch.delenv("DIGITLAB_MNIST", raising=False)
    return home


@pytest.fixture(scope="session")
def small_data() -> MnistData:
    x_train, y_train = make_digits(600, seed=1)
    x_test, y_test = make_digits(200, seed=2)
    return MnistData(x_train, y_train, x_test, y_test, source="synthetic")


@pytest.fixture(scope="session")
def mnist_path() -> Path:
    """The real MNIST beside the project, or the test is skipped."""
    path = Path(os.environ.get("DIGITLAB_TEST_MNIST", SHARED_DATA / "mnist.npz"))
    if not path.is_file():
        pytest.skip(f"real MNIST not found at {path}")
    return path
