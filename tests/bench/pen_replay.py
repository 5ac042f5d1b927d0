"""Real pen drawings replayed as the canvas draws them: accuracy per condition and overall.

Each of the 7,494 pendigits trajectories is drawn with the canvas's brush (y flipped;
scaled so the digit is 40 %, 60 % or 85 % of the canvas height; centred or off-centre), then
redrawn at one size and preprocessed with `to_mnist` as the app does, and classified by the
model (default: the bundled one). Writers
the model was trained on (listed in its metadata) are reported apart from held-out writers.

    python tests/bench/pen_replay.py [--model M.keras] [--pendigits FILE] [--plain]
        [--as-drawn] [--writers 16-20] [--json FOLD.json]

`--as-drawn` adds a column for the canvas raster as drawn, without the redrawing at one size
(the app's path before that step; held-out writers when there are any).
`--writers` scores only those writers (they must be held out): the inner validation writers
when a recipe is tuned inside one fold's training writers, so the reported folds stay unseen.
`--json` also writes the held-out accuracies (one cross-validation fold's result, which
`build_default.py --cross-validation` records in the model it ships).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", help="a .keras file (default: the bundled default model)")
    parser.add_argument("--pendigits",
                        default=str(ROOT.parent / "shared" / "data" / "pendigits-train.unipen"))
    parser.add_argument("--plain", action="store_true",
                        help="also score a plain squash to 28x28 (no MNIST preprocessing)")
    parser.add_argument("--as-drawn", action="store_true",
                        help="also score the raster as drawn (no redrawing at one size)")
    parser.add_argument("--writers", help="score only these held-out writers, e.g. 16-20")
    parser.add_argument("--json", help="also write the held-out accuracies to this file")
    args = parser.parse_args()

    import json

    import numpy as np

    from core.drawing.replay import replay_inputs
    from core.drawing.unipen import CONDITIONS, read_unipen, writer_list
    from core.model import model_files
    from core.model.classifier import default_model_path
    from core.model.model_files import load_classifier
    model_path = Path(args.model) if args.model else default_model_path()
    classifier = load_classifier(model_path)
    trained_on = set(model_files.read_metadata(model_path).extra.get("pen_writers_trained", []))
    digits = read_unipen(args.pendigits)
    if args.writers:  # only these writers are drawn and scored: nothing else is seen
        chosen = set(writer_list(args.writers))
        if chosen & trained_on:
            parser.error(f"writers {sorted(chosen & trained_on)} were used for training")
        digits = [d for d in digits if d.writer in chosen]
    labels = np.array([d.label for d in digits])
    held_out = np.array([d.writer not in trained_on for d in digits])
    print(f"model {model_path.name}; {len(digits)} digits, {held_out.sum()} from "
          f"{len({d.writer for d in digits if d.writer not in trained_on})} held-out writers"
          f" (trained on writers: {sorted(trained_on) or 'none'})")
    if not held_out.any():
        if args.json:
            parser.error("--json: no held-out writers, so no fold result to write")
        print("no held-out writers: the model was trained on all of them, so 'all writers' is "
              "its accuracy on its own training writers (see its cross-validation instead)")
    header = f"{'condition':<16} {'held-out acc':>13} {'all writers':>12}"
    print(header + (f" {'plain resize':>13}" if args.plain else "")
          + (f" {'as drawn':>13}" if args.as_drawn else ""))
    totals: dict[str, list] = {"held": [], "all": [], "plain": [], "drawn": []}
    held_scores: dict[str, float] = {}
    for name, (height, centre) in CONDITIONS.items():
        inputs = replay_inputs(digits, height, centre)
        correct = classifier.predict(inputs) == labels
        totals["held"].append(correct[held_out])
        totals["all"].append(correct)
        held_scores[name] = percent(correct[held_out])
        row = f"{name:<16} {cell(held_scores[name]):>13} {100 * correct.mean():>11.2f}%"
        if args.plain:
            plain = classifier.predict(replay_inputs(digits, height, centre,
                                                     plain=True)) == labels
            totals["plain"].append(plain)
            row += f" {100 * plain.mean():>12.2f}%"
        if args.as_drawn:
            drawn = classifier.predict(replay_inputs(digits, height, centre,
                                                     as_drawn=True)) == labels
            totals["drawn"].append(drawn[held_out] if held_out.any() else drawn)
            row += f" {cell(percent(totals['drawn'][-1])):>13}"
        print(row, flush=True)
    held_scores["overall"] = percent(np.concatenate(totals["held"]))
    overall = (f"{'overall':<16} {cell(held_scores['overall']):>13} "
               f"{100 * np.concatenate(totals['all']).mean():>11.2f}%")
    if args.plain:
        overall += f" {100 * np.concatenate(totals['plain']).mean():>12.2f}%"
    if args.as_drawn:
        overall += f" {cell(percent(np.concatenate(totals['drawn']))):>13}"
    print(overall)
    if args.json:
        writers = sorted({d.writer for d in digits if d.writer not in trained_on})
        Path(args.json).write_text(json.dumps(
            {"model": model_path.name, "held_out_writers": writers,
             "accuracy_percent": held_scores}, indent=1), encoding="utf-8")



def cell(value: float) -> str:
    """A per-cent figure for the table; a dash where no writer was held out."""
    import math

    return "-" if math.isnan(value) else f"{value:.2f}%"


def percent(correct: object) -> float:
    """Share of True in a boolean array, in per cent (nan when it is empty)."""
    import numpy as np

    values = np.asarray(correct)
    return float(100 * values.mean()) if values.size else float("nan")


if __name__ == "__main__":
    main()
