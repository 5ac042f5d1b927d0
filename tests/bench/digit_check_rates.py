"""What the digit check refuses: real pen digits it never saw, MNIST's test digits, and the
tests' scribbles, each drawn (and redrawn at one size) through core's rasteriser as the app
draws them.

    python tests/bench/digit_check_rates.py [--pendigits FILE] [--mnist FILE] [--writers 21-30]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
DATA = ROOT.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pendigits", default=str(DATA / "pendigits-train.unipen"))
    parser.add_argument("--mnist", default=str(DATA / "mnist.npz"))
    parser.add_argument("--writers", default="21-30",
                        help="pen writers to score (the check learned from writers 1-15)")
    args = parser.parse_args()

    from helpers import scribbles

    from core.data import datasets
    from core.drawing import raster
    from core.drawing.digit_check import RESOURCE, read_digit_check
    from core.drawing.drawing import DEFAULT_BRUSH, Drawing, Stroke
    from core.drawing.preprocessing import to_mnist
    from core.drawing.replay import replay_inputs
    from core.drawing.unipen import CONDITIONS, read_unipen, writer_list

    check = read_digit_check(RESOURCE)
    writers = set(writer_list(args.writers))
    pen = [d for d in read_unipen(args.pendigits) if d.writer in writers]
    for name, (height, centre) in CONDITIONS.items():
        refused = check.refuses(replay_inputs(pen, height, centre))
        print(f"pen digits, writers {args.writers}, {name}: {100 * refused.mean():.2f} % "
              f"refused ({refused.sum()} of {len(pen)})")
    mnist = datasets.load(args.mnist)
    refused = check.refuses(datasets.as_inputs(mnist.x_test).reshape(-1, 28, 28))
    print(f"MNIST test digits: {100 * refused.mean():.2f} % refused ({refused.sum()} of "
          f"{len(refused)})")
    kinds: dict[str, list[bool]] = {}
    for seed in range(4):
        for kind, strokes in scribbles(seed):
            drawing = Drawing(tuple(Stroke.through(s, DEFAULT_BRUSH) for s in strokes))
            x = to_mnist(raster.standard_image(drawing))
            kinds.setdefault(kind, []).append(
                x is None or not check.looks_like_digit(x))
    for kind, said in kinds.items():
        print(f"scribbles, {kind}: {sum(said)} of {len(said)} refused "
              f"({100 * sum(said) / len(said):.0f} %)")


if __name__ == "__main__":
    main()
