"""Each preset trained to its full settings by DigitLab's `train` and by a bare Keras script.

DigitLab's side is the CLI (`main.py train --preset NAME`); the bare script builds the same
layers with plain Keras calls (no DigitLab code), seeds with `keras.utils.set_random_seed`, and
calls `fit` with the same settings. Prints one row per preset: test accuracy of both, the
difference in points, epochs and seconds. Each run happens in its own subprocess. With
--save-dir the CLI's models are kept there (this is how resources/models/presets/ is made).

    python tests/bench/preset_parity.py [--data ../shared/data/mnist.npz] [--save-dir DIR]
        [PRESET ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BARE = r"""
import json, sys, time
import numpy as np
import keras
spec, data_path = json.loads(sys.argv[1]), sys.argv[2]
with np.load(data_path, allow_pickle=False) as d:
    x_train = d["x_train"].reshape(-1, 784).astype("float32") / 255.0
    x_test = d["x_test"].reshape(-1, 784).astype("float32") / 255.0
    y_train, y_test = d["y_train"].astype("int32"), d["y_test"].astype("int32")
keras.utils.set_random_seed(spec["seed"])
layers = [keras.Input(shape=(784,))]
for layer in spec["layers"]:
    reg = keras.regularizers.L2(layer["l2"]) if layer["l2"] else None
    before = layer["batch_norm"] and layer.get("batch_norm_before", False)
    layers.append(keras.layers.Dense(layer["units"], kernel_regularizer=reg,
                                     activation=None if before else layer["activation"]))
    if layer["batch_norm"]:
        layers.append(keras.layers.BatchNormalization())
    if before:
        layers.append(keras.layers.Activation(layer["activation"]))
    if layer["dropout"]:
        layers.append(keras.layers.Dropout(layer["dropout"]))
layers.append(keras.layers.Dense(10, activation="softmax"))
model = keras.Sequential(layers)
opt = {"sgd": lambda: keras.optimizers.SGD(spec["learning_rate"], momentum=spec["momentum"]),
       "adam": lambda: keras.optimizers.Adam(spec["learning_rate"]),
       "rmsprop": lambda: keras.optimizers.RMSprop(spec["learning_rate"])}[spec["optimizer"]]()
model.compile(optimizer=opt, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
callbacks = []
if spec["early_stopping_patience"]:
    callbacks.append(keras.callbacks.EarlyStopping(
        monitor="val_loss", patience=spec["early_stopping_patience"],
        restore_best_weights=spec["restore_best_weights"]))
start = time.perf_counter()
history = model.fit(x_train, y_train, batch_size=spec["batch_size"], epochs=spec["epochs"],
                    validation_split=spec["validation_split"], callbacks=callbacks, verbose=0)
seconds = time.perf_counter() - start
loss, acc = model.evaluate(x_test, y_test, batch_size=1024, verbose=0)
print(json.dumps({"test_accuracy": acc, "epochs": len(history.history["loss"]),
                  "seconds": seconds}))
"""

def run_bare(spec: dict, data: str) -> dict:
    out = subprocess.run([sys.executable, "-c", BARE, json.dumps(spec), data],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_ours(key: str, data: str, out: Path) -> dict:
    """DigitLab's CLI, with the command line stored in the model (relative paths, as in docs)."""
    cmd = [sys.executable, "main.py", "train", "--preset", key, "--data",
           os.path.relpath(data, ROOT), "--out", os.path.relpath(out, ROOT), "--slim",
           "--quiet", "--json"]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    from core.model.architectures import PRESETS

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--save-dir", help="keep DigitLab's models here (KEY.keras)")
    parser.add_argument("presets", nargs="*", default=list(PRESETS))
    args = parser.parse_args()
    print("| preset | layers | params | DigitLab test acc | bare Keras test acc | diff (points)"
          " | epochs (ours/bare) | seconds (ours/bare) |")
    print("|---|---|---|---|---|---|---|---|")
    for key in args.presets:
        spec = PRESETS[key].spec
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(args.save_dir) / f"{key}.keras" if args.save_dir else Path(tmp) / "m.keras"
            ours = run_ours(key, args.data, out.resolve())
        bare = run_bare(spec.to_dict(), args.data)
        diff = 100 * (ours["test_accuracy"] - bare["test_accuracy"])
        print(f"| {key} | {spec.layer_text} | {spec.param_count():,} | "
              f"{100 * ours['test_accuracy']:.2f} % | {100 * bare['test_accuracy']:.2f} % | "
              f"{diff:+.2f} | {ours['epochs']}/{bare['epochs']} | "
              f"{ours['seconds']:.0f}/{bare['seconds']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
