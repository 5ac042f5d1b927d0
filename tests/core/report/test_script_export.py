from pathlib import Path

from helpers import printed_test_accuracy

from core.model.architectures import PRESETS, LayerSpec
from core.report.script_export import keras_script

ROOT = Path(__file__).resolve().parents[3]


def test_the_script_is_plain_keras_with_the_settings_as_constants() -> None:
    spec = PRESETS["classic-256-128"].spec.replace(
        layers=(LayerSpec(64, "relu", 0.2, True, 0.001),), early_stopping_patience=3,
        reduce_lr_patience=2, keep_best=True, momentum=0.9)
    text = keras_script(spec, "/data/mnist.npz")
    compile(text, "run.py", "exec")
    imports = {line.strip().split("  #")[0] for line in text.splitlines()
               if line.strip().startswith(("import ", "from "))}
    assert imports == {"import numpy as np", "import keras", "import matplotlib.pyplot as plt"}
    for line in ("EPOCHS = 30", "BATCH_SIZE = 32", "SEED = 42", "MOMENTUM = 0.9",
                 "MNIST_PATH = '/data/mnist.npz'", "keras.layers.BatchNormalization()",
                 "keras.layers.Dropout(0.2)", "EarlyStopping", "ReduceLROnPlateau",
                 "ModelCheckpoint"):
        assert line in text


def test_the_exported_script_reproduces_core_training(
        tmp_path: Path, mnist_path: Path, core_accuracy_after_one_epoch: float) -> None:
    from core.cli import cli

    script = tmp_path / "a1.py"
    assert cli.main(["export", str(ROOT / "resources/models/presets/assignment-1.keras"),
                     "--out", str(script), "--data", str(mnist_path), "--epochs", "1"]) == 0
    assert abs(printed_test_accuracy(script) - core_accuracy_after_one_epoch) <= 0.003
