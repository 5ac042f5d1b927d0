"""Memory and threads over twenty consecutive trainings in one process (prints numbers).

Trains a 64-32 net for 2 epochs on 2,000 synthetic digits (the tests' `make_digits`), once
to warm TensorFlow up, then twenty times with different seeds through `core.training.train`,
printing the growth of the resident set (MB) and of the thread count after each. Before
`core.training.backend.fresh_session` dropped TensorFlow's `CustomGradient-N` registry entries this
grew ~7 MB per training.

    python tests/bench/training_memory.py [--runs 20]
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from helpers import make_digits, rss_mb

    from core.data.datasets import MnistData
    from core.model.architectures import ModelSpec, parse_layers
    from core.training.train import train

    if rss_mb() is None:
        sys.exit("error: needs /proc (Linux)")
    data = MnistData(*make_digits(2000, seed=1), *make_digits(500, seed=2), "synthetic")
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
