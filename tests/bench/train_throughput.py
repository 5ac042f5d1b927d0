"""Seconds per epoch of DigitLab's `train` against a bare `model.fit`, same spec, data, process.

Both build the same seeded model; `train` adds its reporting callback (batch progress,
per-epoch weight snapshots, stop checks). Runs alternate ours/bare to share any drift, and the
median per epoch is printed with the ratio bare/ours (goal: >= 0.97).

    python tests/bench/train_throughput.py [--data ../shared/data/mnist.npz] [--epochs 2]
        [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from core.training.backend import import_keras

    keras = import_keras()
    import numpy as np

    from core.data import datasets
    from core.model.architectures import PRESETS
    from core.model.network import build_model, seed_everything
    from core.training.progress import Reporter
    from core.training.train import train

    data = datasets.load(args.data)
    x, y = datasets.as_inputs(data.x_train), data.y_train.astype(np.int32)
    print(f"{'net':<22} {'bare s/epoch':>12} {'train s/epoch':>14} {'ratio':>7}")
    for key in ("assignment-1", "assignment-2"):
        spec = PRESETS[key].spec.replace(epochs=args.epochs)
        bare_times, our_times = [], []
        for _ in range(args.repeats):
            keras.backend.clear_session()
            seed_everything(spec.seed)
            model = build_model(spec)
            start = time.perf_counter()
            model.fit(x, y, batch_size=spec.batch_size, epochs=spec.epochs,
                      validation_split=spec.validation_split, verbose=0)
            bare_times.append((time.perf_counter() - start) / spec.epochs)
            result = train(spec, data, Reporter(), evaluate_test=False)
            our_times.append(result.seconds / result.epochs_run)
        bare, ours = statistics.median(bare_times), statistics.median(our_times)
        print(f"{key + ' ' + spec.layer_text:<22} {bare:>12.2f} {ours:>14.2f} {bare / ours:>7.3f}",
              flush=True)


if __name__ == "__main__":
    main()
