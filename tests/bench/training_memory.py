"""Memory and threads over twenty consecutive trainings in one process (prints numbers).

Trains a 64-32 net for 2 epochs on 2,000 synthetic digits, once to warm TensorFlow up, then
twenty times with different seeds through `core.training.train`, printing the growth of the
resident set (MB) and of the thread count after each. Before `core.backend.fresh_session`
dropped TensorFlow's `CustomGradient-N` registry entries this grew ~7 MB per training.

    python tests/bench/training_memory.py [--runs 20]
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("needs /proc (Linux)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    import numpy as np

    from core.architectures import ModelSpec, parse_layers
    from core.datasets import MnistData
    from core.training import train

    rng = np.random.default_rng(0)
    data = MnistData(rng.integers(0, 256, (2000, 28, 28), dtype=np.uint8),
                     rng.integers(0, 10, 2000).astype(np.uint8),
                     rng.integers(0, 256, (500, 28, 28), dtype=np.uint8),
                     rng.integers(0, 10, 500).astype(np.uint8), "synthetic")
    spec = ModelSpec(parse_layers("64-32"), epochs=2, seed=1)
    train(spec, data)
    memory, threads = rss_mb(), threading.active_count()
    print("training  RSS growth (MB)  extra threads")
    for seed in range(args.runs):
        train(spec.replace(seed=seed), data)
        print(f"{seed + 1:8d}  {rss_mb() - memory:16.1f}  {threading.active_count() - threads:13d}",
              flush=True)


if __name__ == "__main__":
    main()
