"""Each preset trained to its full settings by DigitLab's `train` and by a bare Keras script.

The bare script builds the same layers with plain Keras calls (no DigitLab code), seeds with
`keras.utils.set_random_seed`, and calls `fit` with the same settings. Prints one row per
preset: test accuracy of both, the difference in points, epochs and seconds. Each run happens in
its own subprocess so no state leaks between them.

    python tests/bench/preset_parity.py [--data ../shared/data/mnist.npz] [PRESET ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
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
    layers.append(keras.layers.Dense(layer["units"], activation=layer["activation"],
                                     kernel_regularizer=reg))
    if layer["batch_norm"]:
        layers.append(keras.layers.BatchNormalization())
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

OURS = r"""
import json, sys
sys.path.insert(0, sys.argv[3])
from core.architectures import ModelSpec
from core import datasets, training
from core.backend import import_keras
import_keras()
spec = ModelSpec.from_dict(json.loads(sys.argv[1]))
result = training.train(spec, datasets.load(sys.argv[2]), snapshot_weights=False)
print(json.dumps({"test_accuracy": result.test_accuracy, "epochs": result.epochs_run,
                  "seconds": result.seconds}))
"""


def run(script: str, spec: dict, data: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, json.dumps(spec), data, str(ROOT)],
                         capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from core.architectures import PRESETS

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("presets", nargs="*", default=list(PRESETS))
    args = parser.parse_args()
    print("| preset | layers | params | DigitLab test acc | bare Keras test acc | diff (points)"
          " | epochs (ours/bare) | seconds (ours/bare) |")
    print("|---|---|---|---|---|---|---|---|")
    for key in args.presets:
        spec = PRESETS[key].spec
        ours = run(OURS, spec.to_dict(), args.data)
        bare = run(BARE, spec.to_dict(), args.data)
        diff = 100 * (ours["test_accuracy"] - bare["test_accuracy"])
        print(f"| {key} | {spec.layer_text} | {spec.param_count():,} | "
              f"{100 * ours['test_accuracy']:.2f} % | {100 * bare['test_accuracy']:.2f} % | "
              f"{diff:+.2f} | {ours['epochs']}/{bare['epochs']} | "
              f"{ours['seconds']:.0f}/{bare['seconds']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
