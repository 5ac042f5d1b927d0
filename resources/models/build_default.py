"""Re-create the bundled default model: a dense net for drawings, >= 99 % on MNIST's test set.

The defaults are the shipped recipe (a 1024-1024 net; two distorted copies of MNIST and three
of the pen renders per epoch; pen digits' parts resized against each other), chosen on an inner
split of the training writers (resources/models/README.md says what each step bought).

Training data, fresh every epoch:
- MNIST's 60,000 training digits with random affine and elastic distortion;
- real pen digits from the training writers of pendigits, drawn through DrawingCanvas with
  random size, position and brush width, then preprocessed with to_mnist (the app's own path),
  also lightly distorted.
Writers not used for training are held out; the pen accuracy reported is theirs only. The
shipped model learns from all 30 writers, so its metadata records its recipe's writer-wise
cross-validation instead: three folds trained on 20 writers each, scored on the other 10 with
`tests/bench/pen_replay.py --json`:

    python resources/models/build_default.py --train-writers 11-30 --out f1.keras
    python tests/bench/pen_replay.py --model f1.keras --json f1.json
    (the same for f2: 1-10,21-30 and f3: 1-20)
    python resources/models/build_default.py --train-writers 1-30 \
        --cross-validation f1.json f2.json f3.json --out resources/models/default.keras
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import shlex
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def gaussian_matrix(size: int, sigma: float) -> np.ndarray:
    """(size x size) matrix that smooths a row or column with a Gaussian (zero padding)."""
    idx = np.arange(size)
    kernel = np.exp(-((idx[:, None] - idx[None, :]) ** 2) / (2 * sigma**2))
    return (kernel / kernel.sum(axis=1, keepdims=True)).astype(np.float32)


def distort(images: np.ndarray, rng: np.random.Generator, rotate: float = 12.0,
            scale: float = 0.12, shear: float = 0.25, shift: float = 1.5,
            alpha: float = 2.0, sigma: float = 3.0) -> np.ndarray:
    """Random affine + elastic distortion of (N, 28, 28) float images in [0, 1]."""
    n = len(images)
    grid_y, grid_x = np.mgrid[0:28, 0:28].astype(np.float32) - 13.5
    angle = np.deg2rad(rng.uniform(-rotate, rotate, n)).astype(np.float32)
    zoom = rng.uniform(1 - scale, 1 + scale, n).astype(np.float32)
    slant = rng.uniform(-shear, shear, n).astype(np.float32)
    cos, sin = np.cos(angle) / zoom, np.sin(angle) / zoom
    xs = (cos[:, None, None] * grid_x[None] - sin[:, None, None] * grid_y[None]
          + slant[:, None, None] * grid_y[None])
    ys = sin[:, None, None] * grid_x[None] + cos[:, None, None] * grid_y[None]
    xs += rng.uniform(-shift, shift, (n, 1, 1)).astype(np.float32) + 13.5
    ys += rng.uniform(-shift, shift, (n, 1, 1)).astype(np.float32) + 13.5
    smooth = gaussian_matrix(28, sigma)
    for coords in (xs, ys):
        noise = rng.uniform(-1, 1, (n, 28, 28)).astype(np.float32)
        field = smooth @ noise @ smooth.T  # separable Gaussian blur of each field
        field /= np.abs(field).max(axis=(1, 2), keepdims=True) + 1e-6
        coords += alpha * field
    return bilinear(images, ys, xs)


def bilinear(images: np.ndarray, ys: np.ndarray, xs: np.ndarray,
             chunk: int = 4096) -> np.ndarray:
    """Each image sampled at (ys, xs) with bilinear interpolation (zero outside), as float32
    (what Keras would cast it to). Done in chunks of images: the same numbers, without
    gigabytes of int64 and float64 temporaries."""
    if len(images) > chunk:
        return np.concatenate([bilinear(images[i:i + chunk], ys[i:i + chunk],
                                        xs[i:i + chunk], chunk)
                               for i in range(0, len(images), chunk)])
    n = len(images)
    padded = np.zeros((n, 30, 30), np.float32)
    padded[:, 1:29, 1:29] = images
    ys, xs = np.clip(ys + 1, 0, 28.999), np.clip(xs + 1, 0, 28.999)
    y0, x0 = np.floor(ys).astype(np.int64), np.floor(xs).astype(np.int64)
    wy, wx = ys - y0, xs - x0
    flat = padded.reshape(n, -1)
    base = np.arange(n)[:, None, None] * 900

    def at(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        return flat.reshape(-1)[base + yy * 30 + xx]

    top = at(y0, x0) * (1 - wx) + at(y0, x0 + 1) * wx
    bottom = at(y0 + 1, x0) * (1 - wx) + at(y0 + 1, x0 + 1) * wx
    return np.clip(top * (1 - wy) + bottom * wy, 0, 1).astype(np.float32)


def warp(digit: Any, rng: np.random.Generator, strength: float) -> Any:
    """The digit's pen trajectory slanted, rotated and stretched at random (another hand)."""
    angle = np.deg2rad(rng.uniform(-12, 12) * strength)
    shear = rng.uniform(-0.35, 0.35) * strength
    aspect = np.exp(rng.uniform(-0.25, 0.25) * strength)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    matrix = rotation @ np.array([[aspect, shear], [0.0, 1 / aspect]])
    strokes = tuple(np.asarray(s, np.float64) @ matrix.T for s in digit.strokes)
    return dataclasses.replace(digit, strokes=strokes)


def jitter(digit: Any, rng: np.random.Generator, strength: float) -> Any:
    """The digit's strokes moved apart or together and its trajectory bent smoothly at random:
    where another hand puts a 4's bar, a 7's flag or a 5's hat, and how it curves a loop.
    At strength 1 each stroke moves up to 4 % of the digit's size and every point along a
    smooth random field: three waves per axis, each up to 3 % of the size."""
    points = np.concatenate([np.asarray(s, np.float64) for s in digit.strokes])
    low, high = points.min(axis=0), points.max(axis=0)
    size = max(float((high - low).max()), 1e-6)
    freq = rng.uniform(0.5, 1.5, (2, 3, 2)) * 2 * np.pi / size
    phase = rng.uniform(0, 2 * np.pi, (2, 3))
    amp = rng.uniform(-1, 1, (2, 3)) * 0.03 * size * strength

    def bend(stroke: np.ndarray) -> np.ndarray:
        waves = np.sin(stroke @ freq.transpose(0, 2, 1) + phase[:, None, :])  # (2, n, 3)
        offset = rng.uniform(-0.04, 0.04, 2) * size * strength if len(digit.strokes) > 1 else 0
        return stroke + (waves * amp[:, None, :]).sum(axis=2).T + offset

    strokes = tuple(bend(np.asarray(s, np.float64)) for s in digit.strokes)
    return dataclasses.replace(digit, strokes=strokes)


def proportion(digit: Any, rng: np.random.Generator, strength: float) -> Any:
    """The digit's parts resized against each other at random: another hand's proportions, a
    9's loop larger or smaller than its stem, an 8's waist higher or lower, a 7's flag longer.
    Each axis, scaled to [0, 1] over the digit, moves by a * sin(pi * t): the ends stay, the
    middle shifts by up to 15 % (vertical) or 8 % (horizontal) of the size at strength 1."""
    points = np.concatenate([np.asarray(s, np.float64) for s in digit.strokes])
    low, span = points.min(axis=0), np.maximum(np.ptp(points, axis=0), 1e-6)
    amp = rng.uniform(-1, 1, 2) * np.array([0.08, 0.15]) * strength

    def reshape(stroke: np.ndarray) -> np.ndarray:
        t = (stroke - low) / span
        return low + (t + amp * np.sin(np.pi * t)) * span

    strokes = tuple(reshape(np.asarray(s, np.float64)) for s in digit.strokes)
    return dataclasses.replace(digit, strokes=strokes)


def render_pen(digits: list, variants: int, rng: np.random.Generator,
               warp_strength: float = 0.0, jitter_strength: float = 0.0,
               proportion_strength: float = 0.0,
               small: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Draw each digit `variants` times through the canvas at random size/place/brush (and,
    with `warp_strength`, a random slant, rotation and stretch of its trajectory; with
    `jitter_strength`, its strokes moved and bent; with `proportion_strength`, its parts
    resized against each other). Heights are 30-92 % of the canvas, or for a `small` share of
    the renders 30-50 %: a small digit drawn with the same brush has the thickest strokes for
    its size, which preprocessing thins the most. The canvas raster is taken as drawn, not
    redrawn at the standard size as the app's input is: the sizes' different stroke
    thicknesses are part of the augmentation, and the shipped model learnt from these."""
    from core.drawing.preprocessing import to_mnist
    from core.drawing.replay import replay

    images, labels = [], []
    for digit in digits:
        for _ in range(variants):
            height = rng.uniform(0.3, 0.5 if small and rng.random() < small else 0.92)
            centre = (rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8))
            drawn = warp(digit, rng, warp_strength) if warp_strength else digit
            drawn = jitter(drawn, rng, jitter_strength) if jitter_strength else drawn
            drawn = (proportion(drawn, rng, proportion_strength) if proportion_strength
                     else drawn)
            x = to_mnist(replay(drawn, height, centre, width=rng.uniform(9, 34),
                                as_drawn=True))
            if x is not None:
                images.append(x)
                labels.append(digit.label)
    return np.stack(images), np.array(labels, np.int32)


def held_out_pen_accuracy(classifier: object, digits: list) -> dict[str, float]:
    from core.drawing.replay import replay_inputs
    from core.drawing.unipen import CONDITIONS

    labels = np.array([d.label for d in digits])
    scores = {name: float((classifier.predict(replay_inputs(digits, h, c))
                           == labels).mean()) for name, (h, c) in CONDITIONS.items()}
    scores["overall"] = float(np.mean(list(scores.values())))
    return scores


def recipe_arguments(argv: list[str]) -> list[str]:
    """The command line without `--out`, and the fold files by name only: the recorded
    command re-creates the model where it is bundled, wherever this copy and the folds (whose
    results the metadata holds) were written."""
    kept, skip, folds = [], False, False
    for arg in argv:
        if skip or arg.startswith("--out="):
            skip = False
            continue
        skip = arg == "--out"
        folds = arg == "--cross-validation" or (folds and not arg.startswith("-"))
        if not skip:
            kept.append(Path(arg).name if folds and not arg.startswith("-") else arg)
    return kept


def cross_validation(paths: list[str]) -> dict[str, Any]:
    """The folds' held-out accuracies (pen_replay.py --json files) with each condition's mean
    and worst fold, in per cent; empty without folds."""
    import json

    folds = [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]
    for path, fold in zip(paths, folds, strict=True):
        if not isinstance(fold, dict) or not isinstance(fold.get("accuracy_percent"), dict):
            raise ValueError(f"{path} is not a result of tests/bench/pen_replay.py --json")
    if not folds:
        return {}
    names = list(folds[0]["accuracy_percent"])
    scores = {n: [f["accuracy_percent"][n] for f in folds] for n in names}
    return {"folds": folds,
            "mean_percent": {n: round(float(np.mean(v)), 2) for n, v in scores.items()},
            "worst_fold_percent": {n: round(min(v), 2) for n, v in scores.items()}}


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mnist", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--pendigits",
                        default=str(ROOT.parent / "shared" / "data" / "pendigits-train.unipen"))
    parser.add_argument("--out", default=str(ROOT / "resources" / "models" / "default.keras"))
    parser.add_argument("--layers", default="1024-1024")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--epochs", type=int, default=60)
    parser.add_argument("--train-writers", default="1-30",
                        help="pendigits writers used for training, e.g. 1-20 or 1-10,21-30 "
                             "(the rest are held out)")
    parser.add_argument("--variants", type=int, default=4, help="renders per pen digit")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warp", type=float, default=1.0,
                        help="strength of the random slant/rotation/stretch of each rendered "
                             "pen trajectory (0: none; 1: up to 12 deg, shear 0.35, aspect 1.28)")
    parser.add_argument("--label-smoothing", type=float, default=0.0,
                        help="share of each label spread over the other digits (0: none)")
    parser.add_argument("--jitter", type=float, default=0.0,
                        help="strength of the random move of each stroke and smooth bend of "
                             "each trajectory (0: none; 1: strokes up to 4 %%, three waves "
                             "of up to 3 %%)")
    parser.add_argument("--proportion", type=float, default=1.0,
                        help="strength of the random resizing of a digit's parts against "
                             "each other (0: none; 1: the middle moves up to 15 %% of the "
                             "height, 8 %% of the width)")
    parser.add_argument("--pen-weight", type=int, default=3,
                        help="times each pen render is seen per epoch (each time lightly "
                             "distorted or not at random)")
    parser.add_argument("--mnist-weight", type=int, default=2,
                        help="distorted copies of MNIST's training digits per epoch, each "
                             "distorted afresh")
    parser.add_argument("--elastic", type=float, default=1.0,
                        help="strength of the elastic distortion (1: MNIST's fields move "
                             "pixels up to 2 px, the pen renders' up to 1 px)")
    parser.add_argument("--weight-decay", type=float, default=0.0,
                        help="decoupled weight decay of Adam (AdamW's; 0: none)")
    parser.add_argument("--small", type=float, default=0.0,
                        help="share of the pen renders drawn small, 30-50 %% of the canvas "
                             "high instead of 30-92 %% (0: none, the same renders as before)")
    parser.add_argument("--average-last", type=int, default=0, metavar="N",
                        help="ship the mean of the weights after each of the last N epochs "
                             "(0: the last epoch's weights; the training itself is the same)")
    parser.add_argument("--cross-validation", nargs="*", default=[], metavar="FOLD.json",
                        help="the recipe's writer-wise cross-validation, one file per fold "
                             "(tests/bench/pen_replay.py --json), recorded in the metadata")
    args = parser.parse_args()
    started = time.perf_counter()
    try:  # read now: a bad file fails before the training, not after it
        folds = cross_validation(args.cross_validation)
    except (OSError, ValueError) as exc:
        parser.error(f"--cross-validation: {exc}")

    from core.data import datasets
    from core.drawing.preprocessing import BOX, STANDARD_SIZE, STROKE
    from core.drawing.unipen import read_unipen, writer_list
    from core.model import model_files
    from core.model.architectures import ModelSpec, parse_layers
    from core.model.layer_map import classifier_from_keras
    from core.model.metadata import ModelMetadata
    from core.model.network import build_model, seed_everything
    from core.training.backend import import_keras
    from core.training.no_autotune import no_autotune
    from core.training.train import install_fused_update

    keras = import_keras()
    train_writers = writer_list(args.train_writers)
    rng = np.random.default_rng(args.seed)
    mnist = datasets.load(args.mnist)
    pen = read_unipen(args.pendigits)
    pen_train = [d for d in pen if d.writer in train_writers]
    pen_test = [d for d in pen if d.writer not in train_writers]
    print(f"pen digits: {len(pen_train)} for training (writers {args.train_writers}), "
          f"{len(pen_test)} held out", flush=True)
    pen_x, pen_y = render_pen(pen_train, args.variants, rng, args.warp, args.jitter,
                              args.proportion, args.small)
    print(f"rendered {len(pen_x)} pen images in {time.perf_counter() - started:.0f} s",
          flush=True)

    spec = ModelSpec(parse_layers(args.layers, dropout=args.dropout), name="default",
                     optimizer="adam", learning_rate=1e-3, batch_size=args.batch_size,
                     epochs=args.epochs, validation_split=0.0, seed=args.seed)
    seed_everything(args.seed)
    model = build_model(spec)
    if args.label_smoothing:
        model.compile(optimizer=model.optimizer, metrics=["accuracy"],
                      loss=keras.losses.CategoricalCrossentropy(
                          label_smoothing=args.label_smoothing))
    if args.weight_decay:  # decoupled (AdamW's): Keras applies it before each Adam step
        model.optimizer.weight_decay = args.weight_decay
    install_fused_update(model)  # Keras's numbers, faster
    mnist_x = mnist.x_train.astype(np.float32) / 255.0
    mnist_y = mnist.y_train.astype(np.int32)
    test_x = datasets.as_inputs(mnist.x_test)
    alpha = 2.0 * args.elastic  # MNIST's elastic strength; the pen renders get half
    averaged: list[np.ndarray] = []  # the sum of the last epochs' weights (--average-last)
    for epoch in range(args.epochs):
        lr = 1e-3 * 0.5 * (1 + np.cos(np.pi * epoch / args.epochs))  # cosine decay
        model.optimizer.learning_rate.assign(lr)
        clean = rng.random(len(mnist_x)) < 0.1
        xs, ys = [distort(mnist_x, rng, alpha=alpha), mnist_x[clean]], [mnist_y, mnist_y[clean]]
        for _ in range(args.mnist_weight - 1):  # more MNIST, each copy distorted afresh
            xs.append(distort(mnist_x, rng, alpha=alpha))
            ys.append(mnist_y)
        for _ in range(args.pen_weight):
            pen = rng.random(len(pen_x)) < 0.5  # half the renders, distorted or not
            xs += [distort(pen_x[pen], rng, rotate=6, scale=0.06, shear=0.1,
                           alpha=alpha / 2), pen_x[~pen]]
            ys += [pen_y[pen], pen_y[~pen]]
        x, y = np.concatenate(xs), np.concatenate(ys)
        if args.label_smoothing:
            y = np.eye(10, dtype=np.float32)[y]
        with no_autotune():  # else seconds of idle at each epoch's end
            history = model.fit(x.reshape(len(x), -1), y, batch_size=spec.batch_size,
                                epochs=1, shuffle=True, verbose=0)
        test_acc = float((classifier_from_keras(model).predict(test_x)
                          == mnist.y_test).mean())
        print(f"epoch {epoch + 1}/{args.epochs} lr {lr:.2e} loss "
              f"{history.history['loss'][0]:.4f} MNIST test {100 * test_acc:.2f} % "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
        if epoch >= args.epochs - args.average_last:
            weights = model.get_weights()
            averaged = ([a + w for a, w in zip(averaged, weights, strict=True)]
                        if averaged else weights)
    if args.average_last:  # no batch norm: averaged weights need no re-estimated statistics
        model.set_weights([a / min(args.average_last, args.epochs) for a in averaged])

    classifier = classifier_from_keras(model)
    test_acc = float((classifier.predict(test_x) == mnist.y_test).mean())
    pen_scores = held_out_pen_accuracy(classifier, pen_test) if pen_test else {}
    seconds = time.perf_counter() - started
    command = "python resources/models/build_default.py " + " ".join(
        shlex.quote(a) for a in recipe_arguments(sys.argv[1:]))
    metadata = ModelMetadata(
        name="default", spec=spec.to_dict(), layers=spec.layer_text,
        params=spec.param_count(), seed=args.seed, epochs=float(args.epochs),
        test_accuracy=test_acc, seconds=round(seconds, 1), command=command,
        data={"mnist": {"file": Path(args.mnist).name, "sha256": sha256(args.mnist),
                           "fingerprint": mnist.fingerprint()},
                 "pendigits": {"file": Path(args.pendigits).name,
                               "sha256": sha256(args.pendigits),
                               "writers_trained": args.train_writers}},
        extra={"pen_held_out_accuracy": pen_scores, "pen_writers_trained": train_writers,
               "pen_cross_validation": folds,
               "augmentation": "MNIST: affine (rotate 12 deg, scale 12 %, shear 0.25, "
                               f"shift 1.5 px) + elastic (alpha {alpha:g}, sigma 3), "
                               "fresh each epoch, plus 10 % clean; pen: "
                               f"{args.variants} canvas renders per digit (height 30-92 %"
                               + (f", for {100 * args.small:g} % of them 30-50 %"
                                  if args.small else "")
                               + ", brush 9-34), each epoch half of them lightly distorted, "
                               f"half clean; warp {args.warp:g}: each trajectory slanted, "
                               "rotated and stretched at random before it is drawn"
                               + (f"; jitter {args.jitter:g}: its strokes moved and its "
                                  "trajectory bent at random" if args.jitter else "")
                               + (f"; proportion {args.proportion:g}: its parts resized "
                                  "against each other at random" if args.proportion else "")
                               + (f"; pen renders seen {args.pen_weight} times per epoch"
                                  if args.pen_weight > 1 else "")
                               + (f"; MNIST distorted {args.mnist_weight} times per epoch"
                                  if args.mnist_weight > 1 else ""),
               "preprocessing": "a drawing's strokes redrawn with the same pen so its longer "
                                f"side is {STANDARD_SIZE:g} of the canvas (pen renders for "
                                "training: as drawn), then to_mnist: crop to the ink, thin "
                                f"strokes thicker than {STROKE:g} of the digit's size, scale "
                                f"the longer side to {BOX} px, centre of mass at the centre",
               "recipe": {"layers": args.layers, "dropout": args.dropout,
                          "epochs": args.epochs, "batch_size": args.batch_size,
                          "pen_renders_per_digit": args.variants,
                          "label_smoothing": args.label_smoothing, "warp": args.warp,
                          "jitter": args.jitter, "proportion": args.proportion,
                          "pen_weight": args.pen_weight, "mnist_weight": args.mnist_weight,
                          "elastic": args.elastic, "small": args.small,
                          "weight_decay": args.weight_decay,
                          "average_last": args.average_last,
                          "seed": args.seed},
               "versions": {"keras": keras.__version__, "numpy": np.__version__}})
    model_files.save_model(model, args.out, metadata, include_optimizer=False)
    print(f"MNIST test accuracy {100 * test_acc:.2f} %; held-out pen accuracy "
          + (", ".join(f"{k} {100 * v:.2f} %" for k, v in pen_scores.items())
             or "none (no writer held out)"))
    print(f"saved {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) in {seconds:.0f} s")


if __name__ == "__main__":
    main()
