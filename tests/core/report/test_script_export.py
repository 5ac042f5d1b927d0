import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.model.architectures import PRESETS, LayerSpec
from core.report.script_export import keras_script

ROOT = Path(__file__).resolve().parents[3]
MNIST = ROOT.parent / "shared" / "data" / "mnist.npz"


def test_the_script_is_plain_keras_with_the_settings_as_constants() -> None:
    spec = PRESETS["classic-256-128"].spec.replace(
        layers=(LayerSpec(64, "relu", 0.2, True, 0.001),), early_stopping_patience=3,
        reduce_lr_patience=2, keep_best=True)
    text = keras_script(spec, "/data/mnist.npz")
    compile(text, "run.py", "exec")
    imports = {line.strip() for line in text.splitlines()
               if line.strip().startswith(("import ", "from "))}
    assert imports == {"import numpy as np", "import keras", "import matplotlib.pyplot as plt"}
    for line in ("EPOCHS = 30", "BATCH_SIZE = 32", "SEED = 42", "MOMENTUM = 0.9",
                 "MNIST_PATH = '/data/mnist.npz'", "keras.layers.BatchNormalization()",
                 "keras.layers.Dropout(0.2)", "EarlyStopping", "ReduceLROnPlateau",
                 "ModelCheckpoint"):
        assert line in text


@pytest.mark.skipif(not MNIST.is_file(), reason="needs ../shared/data/mnist.npz")
def test_the_exported_script_reproduces_core_training(tmp_path: Path) -> None:
    from core.cli import cli
    from core.data import datasets
    from core.training.train import train

    script = tmp_path / "a1.py"
    assert cli.main(["export", str(ROOT / "resources/models/presets/assignment-1.keras"),
                     "--out", str(script), "--data", str(MNIST), "--epochs", "1"]) == 0
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)
    line = next(x for x in result.stdout.splitlines() if x.startswith("test accuracy"))
    theirs = float(line.split()[2])
    ours = train(PRESETS["assignment-1"].spec.replace(epochs=1), datasets.load(MNIST))
    assert abs(theirs - ours.test_accuracy) <= 0.003
