"""Write resources/models/README.md: every bundled model with its accuracy, measured now.

MNIST test accuracy comes from the numpy classifier on the 10,000 test digits; pen accuracy
from the 7,494 pendigits trajectories replayed through the canvas (6 conditions: 40/60/85 %
of the canvas height, centred and off-centre), counting only writers the model was not trained
on. The replay is rendered once and shared by all models.

    python resources/models/describe.py [--mnist ...] [--pendigits ...]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEADER = """# Bundled models

Ordinary `.keras` files: plain Keras loads them (`keras.models.load_model`), DigitLab reads
their weights without TensorFlow. Each carries DigitLab's metadata (`digitlab.json` inside the
archive): spec, seed, data sources and their fingerprints, epochs, test accuracy, seconds, and
the exact command that re-creates it. This table is written by `describe.py` from measurements
made when it ran.

- MNIST test: accuracy on MNIST's 10,000 test digits.
- Pen (held-out): accuracy on the real pen digits of pendigits (UCI; 30 writers) drawn through
  the app's canvas at 40 %, 60 % and 85 % of its height, centred and off-centre, then
  preprocessed like any drawing; only writers the model never saw count. A model trained on
  all 30 writers shows its recipe's writer-wise cross-validation instead.

"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mnist", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--pendigits",
                        default=str(ROOT.parent / "shared" / "data" / "pendigits-train.unipen"))
    args = parser.parse_args()

    from core.data import datasets
    from core.drawing.replay import replay_inputs
    from core.drawing.unipen import CONDITIONS, read_unipen
    from core.model import model_files
    from core.model.model_files import load_classifier
    mnist = datasets.load(args.mnist)
    test_x = datasets.as_inputs(mnist.x_test)
    digits = read_unipen(args.pendigits)
    writers = np.array([d.writer for d in digits])
    labels = np.tile(np.array([d.label for d in digits]), len(CONDITIONS))
    pen_x = np.concatenate([replay_inputs(digits, h, c) for h, c in CONDITIONS.values()])
    all_writers = np.tile(writers, len(CONDITIONS))

    rows = []
    paths = [HERE / "default.keras", *sorted((HERE / "presets").glob("*.keras"))]
    total = 0
    for path in paths:
        if not path.exists():
            continue
        meta = model_files.read_metadata(path)
        classifier = load_classifier(path)
        mnist_acc = float((classifier.predict(test_x) == mnist.y_test).mean())
        held = ~np.isin(all_writers, meta.extra.get("pen_writers_trained", []))
        pen = pen_cell(classifier.predict(pen_x[held]) == labels[held],
                       len(set(all_writers[held])), meta.extra.get("pen_cross_validation"))
        layers = "-".join(map(str, classifier.hidden_sizes))
        params = classifier.param_count
        size = path.stat().st_size
        total += size
        rows.append(f"| `{path.relative_to(HERE)}` | {layers} | {params:,} | "
                    f"{'' if meta.epochs is None else f'{meta.epochs:g}'} | "
                    f"{100 * mnist_acc:.2f} % | "
                    f"{pen} | {size / 1e6:.1f} MB | "
                    f"`{meta.command}` |")
        print(rows[-1], flush=True)
    text = HEADER + ("| file | layers | params | epochs | MNIST test | pen (held-out) | size | "
                     "re-create with |\n|---|---|---|---|---|---|---|---|\n")
    text += "\n".join(rows) + f"\n\nAll together: {total / 1e6:.1f} MB.\n"
    readme = HERE / "README.md"
    readme.write_text(text + kept_sections(readme), encoding="utf-8")
    print(f"wrote {HERE / 'README.md'} ({total / 1e6:.1f} MB of models)")


def pen_cell(correct: np.ndarray, writers: int, cross_validation: dict | None) -> str:
    """The pen column: accuracy on the held-out writers or, for a model trained on every
    writer, its recipe's writer-wise cross-validation (mean of the folds, over every run of
    them) from its metadata."""
    if writers:
        return f"{100 * correct.mean():.2f} % ({writers} writers)"
    if cross_validation:
        held_out = [tuple(f["held_out_writers"]) for f in cross_validation["folds"]]
        folds, runs = len(set(held_out)), len(held_out) // len(set(held_out))
        repeats = f", {runs} seeds per fold" if runs > 1 else ""
        return (f"none held out; its recipe: {cross_validation['mean_percent']['overall']:.2f} %"
                f" ({folds}-fold cross-validation by writer{repeats})")
    return "none held out"


def kept_sections(readme: Path) -> str:
    """The README's hand-written sections after the table (cross-validation, the digit
    check): kept as they are, only the table above them is measured anew."""
    old = readme.read_text(encoding="utf-8") if readme.exists() else ""
    start = old.find("\n#", old.find("All together:"))
    return old[start:] if "All together:" in old and start >= 0 else ""


if __name__ == "__main__":
    main()
