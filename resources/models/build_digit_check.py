"""Re-create the bundled digit check (`digit-check.npz`): digit, or not a digit at all?

Digits: MNIST's training images and the pen digits of writers 1-20 (`--writers`), drawn
through DrawingCanvas. Not digits, drawn through the same canvas and preprocessing:
stroke letters that do not look like digits (never A, K or X: the tests use those to check
that unseen letters are refused), random curves, wandering pens, zigzags, crossed lines and
hatched blobs.
A small convolutional network (or, with --dense, a 784-128-1 one) learns the difference (on
15 of those writers); the threshold refuses at most `--refuse` of the other 5 writers' pen
digits, which it did not learn from. Reported:
the refusal rate on held-out writers (in every size and position the pen benchmark uses) and
on MNIST's test set.

    python resources/models/build_digit_check.py --mnist ../shared/data/mnist.npz \
        --pendigits ../shared/data/pendigits-train.unipen --out resources/models/digit-check.npz
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Strokes = list[list[tuple[float, float]]]

# Letters in the 280-pixel raster, as a pen draws them; none resembles a digit.
LETTERS: dict[str, Strokes] = {
    "E": [[(200, 40), (80, 40), (80, 240), (200, 240)], [(80, 140), (180, 140)]],
    "F": [[(200, 40), (80, 40), (80, 240)], [(80, 140), (180, 140)]],
    "H": [[(70, 40), (70, 240)], [(210, 40), (210, 240)], [(70, 140), (210, 140)]],
    "M": [[(50, 240), (60, 40), (140, 160), (220, 40), (230, 240)]],
    "N": [[(70, 240), (70, 40), (210, 240), (210, 40)]],
    "W": [[(40, 40), (90, 240), (140, 100), (190, 240), (240, 40)]],
    "V": [[(60, 40), (140, 240), (220, 40)]],
    "Y": [[(60, 40), (140, 140), (220, 40)], [(140, 140), (140, 240)]],
    "T": [[(50, 40), (230, 40)], [(140, 40), (140, 240)]],
    "R": [[(80, 240), (80, 40), (170, 40), (200, 70), (200, 110), (170, 140), (80, 140)],
          [(140, 140), (210, 240)]],
    "P": [[(80, 240), (80, 40), (170, 40), (200, 70), (200, 110), (170, 140), (80, 140)]],
    "U": [[(70, 40), (70, 190), (100, 240), (180, 240), (210, 190), (210, 40)]],
    "L": [[(80, 40), (80, 240), (200, 240)]],
    "#": [[(100, 40), (80, 240)], [(190, 40), (170, 240)], [(50, 110), (230, 110)],
          [(40, 180), (220, 180)]],
    "e": [[(90, 170), (200, 170), (190, 120), (140, 100), (95, 130), (90, 190), (130, 235),
           (200, 225)]],
    "h": [[(80, 40), (80, 240)], [(80, 150), (120, 120), (170, 120), (200, 150), (200, 240)]],
    "m": [[(50, 240), (50, 120)], [(50, 150), (80, 120), (120, 130), (130, 240)],
          [(130, 150), (160, 120), (200, 130), (210, 240)]],
    "w": [[(40, 110), (80, 240), (140, 150), (200, 240), (240, 110)]],
    "k": [[(80, 40), (80, 240)], [(190, 110), (80, 180), (200, 240)]],
    "y": [[(70, 100), (140, 200)], [(210, 100), (110, 260)]],
    "f": [[(200, 50), (160, 30), (130, 60), (130, 240)], [(80, 120), (190, 120)]],
    "r": [[(90, 240), (90, 120)], [(90, 170), (130, 125), (190, 125)]],
}


def jitter(strokes: Strokes, rng: np.random.Generator) -> Strokes:
    """A letter as one person writes it: sheared, scaled, moved, shaky."""
    shear, scale = rng.normal(0, 0.2), rng.uniform(0.6, 1.05)
    dx, dy = rng.uniform(-40, 40, 2)
    out = []
    for stroke in strokes:
        out.append([(140 + scale * (x - 140 + shear * (y - 140)) + dx + rng.normal(0, 4),
                     140 + scale * (y - 140) + dy + rng.normal(0, 4)) for x, y in stroke])
    return out


def curve(rng: np.random.Generator) -> Strokes:
    """A smooth random curve: sums of sinusoids, some of them closing into loops."""
    t = np.linspace(0, 1, 120)
    x = sum(rng.normal(0, 60 / k) * np.sin(2 * np.pi * k * t + rng.uniform(0, 6))
            for k in range(1, 5))
    y = sum(rng.normal(0, 60 / k) * np.cos(2 * np.pi * k * t + rng.uniform(0, 6))
            for k in range(1, 5))
    return [list(zip(140 + x, 140 + y, strict=True))]


def wander(rng: np.random.Generator) -> Strokes:
    """A pen wandering at random: the scribble of someone testing the canvas."""
    steps, turn, size = int(rng.integers(20, 150)), rng.uniform(0.3, 1.5), rng.uniform(5, 15)
    point, angle, points = rng.uniform(80, 200, 2), rng.uniform(0, 2 * np.pi), []
    for _ in range(steps):
        angle += rng.normal(0, turn)
        point = np.clip(point + size * np.array([np.cos(angle), np.sin(angle)]), 20, 260)
        points.append((float(point[0]), float(point[1])))
    return [points]


def zigzag(rng: np.random.Generator) -> Strokes:
    n = int(rng.integers(4, 12))
    xs = np.linspace(60, 220, n) + rng.normal(0, 8, n)
    ys = np.where(np.arange(n) % 2, 60, 220) + rng.normal(0, 15, n)
    points = list(zip(xs, ys, strict=True))
    return [points if rng.random() < 0.5 else [(y, x) for x, y in points]]


def crossed_lines(rng: np.random.Generator) -> Strokes:
    return [[tuple(rng.uniform(40, 240, 2)), tuple(rng.uniform(40, 240, 2))]
            for _ in range(int(rng.integers(3, 7)))]


def hatched_blob(rng: np.random.Generator) -> Strokes:
    """A patch filled in by scribbling back and forth (what a child does to cross out)."""
    cx, cy = rng.uniform(100, 180, 2)
    rx, ry = rng.uniform(40, 100, 2)
    angle = rng.uniform(0, np.pi)
    points = []
    for i, s in enumerate(np.linspace(-1, 1, int(rng.integers(8, 20)))):
        half = np.sqrt(max(0.0, 1 - s * s))
        ends = [(-half, s), (half, s)] if i % 2 else [(half, s), (-half, s)]
        for u, v in ends:
            x, y = u * rx, v * ry
            points.append((cx + x * np.cos(angle) - y * np.sin(angle),
                           cy + x * np.sin(angle) + y * np.cos(angle)))
    return [points]


def negatives(count: int, rng: np.random.Generator) -> list[Strokes]:
    makers = [lambda: jitter(LETTERS[str(rng.choice(list(LETTERS)))], rng), curve, wander,
              zigzag, crossed_lines, hatched_blob]
    weights = np.array([0.4, 0.15, 0.15, 0.1, 0.08, 0.12])
    out = []
    for _ in range(count):
        maker = makers[int(rng.choice(len(makers), p=weights))]
        out.append(maker() if maker is makers[0] else maker(rng))
    return out


def draw_all(drawings: list[Strokes], rng: np.random.Generator) -> np.ndarray:
    """Each non-digit drawn with one random brush, as drawn on the canvas, then to_mnist."""
    from core.drawing.drawing import Drawing, Stroke
    from core.drawing.preprocessing import to_mnist
    from core.drawing.raster import rasterize

    images = []
    for strokes in drawings:
        width = float(rng.uniform(10, 30))
        x = to_mnist(rasterize(Drawing(tuple(Stroke.through(s, width) for s in strokes))))
        if x is not None:
            images.append(x)
    return np.stack(images).astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mnist", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--pendigits",
                        default=str(ROOT.parent / "shared" / "data" / "pendigits-train.unipen"))
    parser.add_argument("--out", default=str(ROOT / "resources" / "models" / "digit-check.npz"))
    parser.add_argument("--negatives", type=int, default=30000)
    parser.add_argument("--refuse", type=float, default=0.006,
                        help="share of the calibration writers' pen digits refused")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--writers", default="1-20",
                        help="pendigits writers it may use: it learns from all but the last 5, "
                             "sets its threshold on those 5; the rest are held out")
    parser.add_argument("--dense", action="store_true",
                        help="a 784-128-1 dense net instead of the small convolutional one")
    args = parser.parse_args()

    from core.data import datasets
    from core.drawing.digit_check import DigitCheck, write_digit_check
    from core.drawing.replay import replay_inputs
    from core.drawing.unipen import CONDITIONS, read_unipen, writer_list
    from core.training.backend import import_keras

    started = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    data = datasets.load(args.mnist)
    writers = set(writer_list(args.writers))
    pen = read_unipen(args.pendigits)
    calibration_writers = set(sorted(writers)[-5:])  # not learnt from: they set the threshold
    trained = [d for d in pen if d.writer in writers - calibration_writers]
    calibration = [d for d in pen if d.writer in calibration_writers]
    held = [d for d in pen if d.writer not in writers]
    pen_train = np.concatenate([replay_inputs(trained, h, c)
                                for h, c in CONDITIONS.values()])
    pen_calibration = np.concatenate([replay_inputs(calibration, h, c)
                                      for h, c in CONDITIONS.values()])
    positives = np.concatenate([datasets.as_inputs(data.x_train).reshape(-1, 28, 28),
                                pen_train])
    negative = draw_all(negatives(args.negatives, rng), rng)
    print(f"{len(positives)} digits, {len(negative)} non-digits drawn "
          f"({time.perf_counter() - started:.0f} s)", flush=True)

    keras = import_keras()
    keras.utils.set_random_seed(args.seed)
    x = np.concatenate([positives, negative]).reshape(-1, 784)
    y = np.concatenate([np.zeros(len(positives)), np.ones(len(negative))]).astype(np.float32)
    weight = np.where(y == 1, len(positives) / len(negative), 1.0)
    if args.dense:
        model = keras.Sequential([keras.Input((784,)),
                                  keras.layers.Dense(128, activation="relu"),
                                  keras.layers.Dense(1, activation="sigmoid")])
    else:  # strokes' shapes: two small convolutions see them wherever they are
        x = x.reshape(-1, 28, 28, 1)
        model = keras.Sequential([keras.Input((28, 28, 1)),
                                  keras.layers.Conv2D(16, 3, activation="relu"),
                                  keras.layers.MaxPooling2D(2),
                                  keras.layers.Conv2D(32, 3, activation="relu"),
                                  keras.layers.MaxPooling2D(2), keras.layers.Flatten(),
                                  keras.layers.Dense(64, activation="relu"),
                                  keras.layers.Dense(1, activation="sigmoid")])
    model.compile("adam", "binary_crossentropy")
    model.fit(x, y, sample_weight=weight, epochs=args.epochs, batch_size=128, verbose=0,
              shuffle=True)
    layers = [layer.get_weights() for layer in model.layers if layer.get_weights()]
    check = DigitCheck(tuple(w for w, _ in layers), tuple(b for _, b in layers), 0.5)
    scores = check.not_digit_probability(pen_calibration)  # writers it did not learn
    threshold = float(min(0.99, max(0.5, np.quantile(scores, 1 - args.refuse))))
    check = DigitCheck(check.weights, check.biases, threshold)
    held_rates = {name: float(np.mean(check.refuses(replay_inputs(held, h, c))))
                  for name, (h, c) in CONDITIONS.items()}
    mnist_rate = float(np.mean(check.refuses(
        datasets.as_inputs(data.x_test).reshape(-1, 28, 28))))
    about = {"threshold_refuses_training_writers": args.refuse,
             "held_out_pen_refused": held_rates, "mnist_test_refused": mnist_rate,
             "pen_writers_held_out": sorted({d.writer for d in held}),
             "pen_writers_calibration": sorted(calibration_writers),
             "negatives": len(negative), "seed": args.seed}
    write_digit_check(args.out, DigitCheck(check.weights, check.biases, threshold, about))
    print(f"threshold {threshold:.3f}; held-out pen digits refused: "
          + ", ".join(f"{k} {100 * v:.2f} %" for k, v in held_rates.items())
          + f"; MNIST test refused {100 * mnist_rate:.2f} % -> {args.out} "
          f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
