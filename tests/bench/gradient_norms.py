"""The vanishing-gradient lesson in numbers: each layer's gradient after one epoch, sigmoid
against relu, and what measuring it and the hidden-layer map cost per epoch.

Trains the sigmoid-deep preset and assignment 2 (the same 1024-512-256-128-64 net with relu)
for `--epochs` on the real MNIST with DigitLab's `train`, and prints per layer (input side
first) the gradient's norm, its root mean square per weight and the share of weights whose
gradient is exactly 0 (pixels no probe image inks, silent relu units) on the fixed 512-image
probe batch, both as
measured after each epoch in the training thread (LayerProbe). Then times one `measure` (the
gradients, the histograms and the PCA map of 2,000 test images) for each net, the map's forward
pass both ways (TensorFlow's, which the probe uses, and numpy's), and what showing it costs the
GUI thread: `show_insight` plus the repaint of a visible How it learns view.

    python tests/bench/gradient_norms.py [--data ../shared/data/mnist.npz] [--epochs 1]
        [--presets sigmoid-deep assignment-2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--presets", nargs="+", default=["sigmoid-deep", "assignment-2"])
    args = parser.parse_args()

    import numpy as np

    from core.data import datasets
    from core.model.architectures import PRESETS
    from core.model.layer_map import classifier_from_keras
    from core.training.layer_probe import LayerProbe
    from core.training.train import train

    data = datasets.load(args.data)
    probe = LayerProbe(data)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.views.learning_view import LearningView

    app = QApplication.instance() or QApplication([])
    view = LearningView()
    view.resize(600, 700)
    view.show()
    for key in args.presets:
        spec = PRESETS[key].spec.replace(epochs=args.epochs)
        result = train(spec, data)
        insight = result.records[-1].insight
        gradients = probe.gradients(result.model)
        print(f"{key} ({spec.layer_text or 'no hidden layer'}, "
              f"{spec.layers[0].activation if spec.layers else 'softmax'}), after "
              f"{args.epochs} epoch(s): test accuracy {100 * result.test_accuracy:.2f} %")
        print(f"  {'layer':<22} {'gradient norm':>14} {'per weight (RMS)':>17} {'exactly 0':>10}")
        for name, norm, gradient in zip(insight.names, insight.gradient_norms, gradients,
                                        strict=True):
            rms = float(np.sqrt(np.mean(np.square(gradient, dtype=np.float64))))
            print(f"  {name:<22} {norm:>14.4g} {rms:>17.3g} "
                  f"{100 * float(np.mean(gradient == 0)):>9.1f}%")
        first, last = insight.gradient_norms[0], insight.gradient_norms[-1]
        print(f"  first layer / output layer: {first / last:.3g}")
        classifier = classifier_from_keras(result.model)
        times = []
        for _ in range(5):
            started = time.perf_counter()
            probe.measure(result.model, classifier)
            times.append(time.perf_counter() - started)
        images = data.x_test[:2000]
        runs = {"TensorFlow's, the map's": partial(probe.hidden_activations, result.model,
                                                   classifier, images),
                "numpy's": partial(classifier.forward, datasets.as_inputs(images))}
        passes: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(5):
            for name, run in runs.items():
                started = time.perf_counter()
                run()
                passes[name].append(time.perf_counter() - started)
        print(f"  one measure (gradients + histograms + map): median "
              f"{1000 * statistics.median(times):.0f} ms, in the training thread; epoch took "
              f"{result.records[-1].seconds:.1f} s; the 2,000-image forward pass, median: "
              + ", ".join(f"{name} {1000 * statistics.median(t):.0f} ms"
                          for name, t in passes.items()))
        view.set_classifier(classifier, epoch_ended=True)
        shown = []
        for _ in range(10):
            app.processEvents()
            started = time.perf_counter()
            view.show_insight(insight, "epoch 1")
            view.repaint()  # the paint the next event loop turn would do, done now
            app.processEvents()
            shown.append(time.perf_counter() - started)
        print(f"  GUI thread, showing one epoch's measurements: median "
              f"{1000 * statistics.median(shown):.0f} ms, max {1000 * max(shown):.0f} ms")


if __name__ == "__main__":
    main()
