"""Each preset with a source text equals the text's code in plain Keras: same seed, 1 epoch,
real MNIST, the same test accuracy and loss to 4 decimals (DigitLab through its CLI).

The plain side is the course's code as written (Flatten of the 28×28 images, the layers in
the text's order, compile and fit with the text's arguments), in its own process.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.model.architectures import PRESETS, preset_source

ROOT = Path(__file__).resolve().parents[2]

_LOAD = """
import json, sys
import numpy as np
import keras
from keras import layers
with np.load(sys.argv[1], allow_pickle=False) as d:
    x_train, y_train = d["x_train"] / 255.0, d["y_train"]
    x_test, y_test = d["x_test"] / 255.0, d["y_test"]
x_train, x_test = x_train.astype("float32"), x_test.astype("float32")
keras.utils.set_random_seed(42)
"""
_END = """
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(json.dumps({"test_accuracy": accuracy, "test_loss": loss}))
"""

# The texts' code, 1 epoch (the texts run 20 or 30).
TEXTS = {
    "classic-256-128": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(256, activation="relu"), layers.Dense(128, activation="relu"),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=32, epochs=1, verbose=0)
""",
    "assignment-1": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(32, activation="relu"), layers.Dense(16, activation="relu"),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=32, epochs=1, verbose=0)
""",
    "assignment-2": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(1024, activation="relu"), layers.Dense(512, activation="relu"),
    layers.Dense(256, activation="relu"), layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"), layers.Dense(10, activation="softmax")])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=32, epochs=1, verbose=0)
""",
    "dropout-128-64": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(128, activation="relu"), layers.Dropout(0.2),
    layers.Dense(64, activation="relu"), layers.Dropout(0.2),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=128, epochs=1, validation_split=0.2, verbose=0)
""",
    "dropout-0.5-0.3": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(256, activation="relu"), layers.Dropout(0.5),
    layers.Dense(128, activation="relu"), layers.Dropout(0.3),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=128, epochs=1, validation_split=0.2, verbose=0)
""",
    "l2-256-128": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.l2(0.01)),
    layers.Dense(128, activation="relu", kernel_regularizer=keras.regularizers.l2(0.01)),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=128, epochs=1, validation_split=0.2, verbose=0)
""",
    "bn-relu-256-128": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(256), layers.BatchNormalization(), layers.Activation("relu"),
    layers.Dense(128), layers.BatchNormalization(), layers.Activation("relu"),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=128, epochs=1, validation_split=0.2, verbose=0)
""",
    "batchnorm-256-128": """
model = keras.Sequential([layers.Input(shape=(28, 28)), layers.Flatten(),
    layers.Dense(256, activation="relu"), layers.BatchNormalization(), layers.Dropout(0.3),
    layers.Dense(128, activation="relu"), layers.BatchNormalization(), layers.Dropout(0.3),
    layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=5,
                                     restore_best_weights=True)
model.fit(x_train, y_train, batch_size=128, epochs=1, validation_split=0.2,
          callbacks=[stop], verbose=0)
""",
}
ENV = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}


def test_every_preset_from_a_text_has_its_code_here() -> None:
    ours = {key for key, p in PRESETS.items() if "not from the course" not in p.source}
    assert ours == set(TEXTS) and all(preset_source(key) for key in TEXTS)


def _last_json(args: list[str]) -> dict:
    result = subprocess.run(args, capture_output=True, text=True, env=ENV, cwd=ROOT,
                            timeout=1200)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.mnist
@pytest.mark.parametrize("key", list(TEXTS))
def test_digitlab_gives_the_texts_numbers(key: str, mnist_path: Path, tmp_path: Path) -> None:
    text = _last_json([sys.executable, "-c", _LOAD + TEXTS[key] + _END, str(mnist_path)])
    ours = _last_json([sys.executable, "main.py", "train", "--preset", key, "--epochs", "1",
                       "--data", str(mnist_path), "--out", str(tmp_path / "m.keras"),
                       "--quiet", "--json"])
    print(f"| {key} | {100 * text['test_accuracy']:.2f} % / {text['test_loss']:.4f} | "
          f"{100 * ours['test_accuracy']:.2f} % / {ours['test_loss']:.4f} |", file=sys.stderr)
    assert round(ours["test_accuracy"], 4) == round(text["test_accuracy"], 4)
    assert ours["test_loss"] == pytest.approx(text["test_loss"], abs=5e-5)
