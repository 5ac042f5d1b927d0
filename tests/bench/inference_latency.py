"""One drawing through the numpy classifier, `model(x)` and `model.predict`: p50/p95 in ms.

Also draw-to-answer: a 7 drawn on a DrawingCanvas at 40 % of its height, redrawn at one size
(`standard_image`), through `to_mnist` and the numpy classifier, as the app answers a drawing;
and the same from a raster alone (`to_mnist` + numpy), as a photo is answered.
Uses an untrained 1024-512-256-128-64 network (latency does not depend on the weights' values),
or with `--model` a saved one (e.g. the bundled default, whose draw-to-answer goal is 1 ms).
Goals: numpy p95 < 1 ms; draw-to-answer p95 <= 2 ms.

    python tests/bench/inference_latency.py [--runs 300] [--model M.keras]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py sets it for the app
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentiles(fn, runs: int) -> tuple[float, float]:  # noqa: ANN001
    import numpy as np

    for _ in range(5):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 95))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--model", help="a .keras file (default: an untrained "
                                        "1024-512-256-128-64 network)")
    args = parser.parse_args()

    from core.training.backend import import_keras

    import_keras()
    import numpy as np

    from core.drawing.preprocessing import to_mnist
    from core.model.architectures import PRESETS
    from core.model.layer_map import classifier_from_keras
    from core.model.model_files import load_model
    from core.model.network import build_model

    if args.model:
        model = load_model(args.model).model
        title = f"{Path(args.model).name}, one drawing"
    else:
        model = build_model(PRESETS["assignment-2"].spec)
        title = "1024-512-256-128-64, one drawing"
    classifier = classifier_from_keras(model)
    x = np.random.default_rng(0).random((1, 784)).astype(np.float32)
    from PySide6.QtWidgets import QApplication

    from gui.drawing.canvas import DrawingCanvas

    _app = QApplication.instance() or QApplication([])
    canvas = DrawingCanvas()
    seven = np.array([(60, 60), (220, 60), (120, 240)]) * 0.45 + 80  # 40 % of the height
    canvas.add_stroke(seven)
    raster = canvas.image()
    rows = [("numpy classifier", lambda: classifier.predict_proba(x)),
            ("draw-to-answer (redraw + to_mnist + numpy)",
             lambda: classifier.predict_proba(to_mnist(canvas.standard_image())[None])),
            ("raster-to-answer (to_mnist + numpy)",
             lambda: classifier.predict_proba(to_mnist(raster)[None])),
            ("model(x)", lambda: model(x, training=False).numpy()),
            ("model.predict", lambda: model.predict(x, verbose=0))]
    print(f"{title:<42} {'p50 ms':>8} {'p95 ms':>8}")
    for name, fn in rows:
        runs = args.runs if name != "model.predict" else max(30, args.runs // 5)
        p50, p95 = percentiles(fn, runs)
        print(f"{name:<42} {p50:>8.3f} {p95:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
