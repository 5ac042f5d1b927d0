from pathlib import Path

import pytest
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
    assert imports == {"import os", "import numpy as np", "import keras",
                       "import matplotlib.pyplot as plt", "from matplotlib.ticker import "
                       "MaxNLocator"}
    for line in ("EPOCHS = 30", "BATCH_SIZE = 32", "SEED = 42", "MOMENTUM = 0.9",
                 "MNIST_PATH = None", "keras.layers.BatchNormalization()",
                 "keras.layers.Dropout(0.2)", "EarlyStopping", "ReduceLROnPlateau",
                 "ModelCheckpoint"):
        assert line in text


@pytest.mark.slow  # trains on the real MNIST
def test_the_exported_script_reproduces_core_training(
        tmp_path: Path, mnist_path: Path, core_accuracy_after_one_epoch: float) -> None:
    from core.cli import cli

    script = tmp_path / "a1.py"
    (tmp_path / "mnist.npz").symlink_to(mnist_path)  # beside the script: found with no path
    assert cli.main(["export", str(ROOT / "resources/models/presets/assignment-1.keras"),
                     "--out", str(script), "--data", str(mnist_path), "--epochs", "1"]) == 0
    assert str(mnist_path) not in script.read_text()
    assert abs(printed_test_accuracy(script) - core_accuracy_after_one_epoch) <= 0.003


def test_a_batch_norm_before_the_activation_is_written_in_the_lessons_order() -> None:
    spec = PRESETS["bn-relu-256-128"].spec
    text = keras_script(spec, None)
    assert ("keras.layers.Dense(256, activation=None),\n    keras.layers.BatchNormalization(),"
            "\n    keras.layers.Activation('relu'),") in text


def test_an_absolute_mnist_path_of_this_computer_is_never_written() -> None:
    spec = PRESETS["assignment-1"].spec
    for path in ("/home/me/mnist.npz", "C:\\data\\mnist.npz", "~/mnist.npz"):
        assert "MNIST_PATH = None" in keras_script(spec, path) and path not in keras_script(
            spec, path)
    assert "MNIST_PATH = 'data/mnist.npz'" in keras_script(spec, "data/mnist.npz")


def test_without_mnist_anywhere_the_program_says_which_file_to_put_where(
        tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = tmp_path / "run.py"
    script.write_text(keras_script(PRESETS["assignment-1"].spec.replace(epochs=1), None))
    env = {**os.environ, "KERAS_HOME": str(tmp_path / "k"), "HOME": str(tmp_path),
           "https_proxy": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
           "TF_CPP_MIN_LOG_LEVEL": "3"}
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "Put mnist.npz" in result.stderr and str(tmp_path / "mnist.npz") in result.stderr
