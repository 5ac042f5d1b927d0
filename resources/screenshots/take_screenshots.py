"""Make the README's screenshots from a real session: real MNIST, real training, a real pen digit.

Trains assignment 1 (32-16) to the end (overfitting.png: its curves, gap and rising validation
loss), then the same net with EarlyStopping (early-stopping.png), then starts assignment 2
(1024-512-256-128-64) with assignment 1's run ticked, replays a pen-drawn digit from pendigits
onto the canvas, and while assignment 2 trains grabs each view: main-window.png (training),
inside-network.png, how-it-learns.png, evaluate.png, compare.png, then presenter.png (View →
Presenter mode); then trains the sigmoid-deep preset for one epoch (vanishing-gradients.png:
its gradient histograms) and the no-hidden-layer preset (no-hidden-layer.png: its ten weight
images are digit templates); all at 1366x768. Uses a throw-away data folder, so the user's
runs and settings are untouched. In English, or in the language DIGITLAB_LANGUAGE names
(`DIGITLAB_LANGUAGE=de`: German screenshots).

    python resources/screenshots/take_screenshots.py [--data ../shared/data/mnist.npz]
        [--pendigits ../shared/data/pendigits-train.unipen] [--out-dir resources/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))


def wait(app, seconds: float, until=None) -> None:  # noqa: ANN001
    """Run the event loop for `seconds`, or until `until()` is true."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--pendigits",
                        default=str(ROOT.parent / "shared" / "data" / "pendigits-train.unipen"))
    parser.add_argument("--out-dir", default=str(HERE))
    parser.add_argument("--epochs", type=int, default=3, help="assignment 2 epochs to show")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="digitlab-shots-")
    os.environ["DIGITLAB_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("DIGITLAB_LANGUAGE", "en")  # the README's, whatever the machine's

    import numpy as np
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from core.drawing.unipen import place, read_unipen
    from core.model.architectures import PRESETS
    from gui.main_window import MainWindow
    from gui.translation import install_translations

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    install_translations(app, settings)
    window = MainWindow(settings, data_path=args.data)
    window.resize(1366, 768)  # a laptop; the window also fits 1280x720
    window.show()
    wait(app, 1)

    out_dir = Path(args.out_dir)

    def shot(name: str) -> None:
        wait(app, 0.5)
        window.grab().save(str(out_dir / name), "PNG")
        print(f"wrote {out_dir / name}")

    runs = window.runs
    window.model_panel.set_spec(PRESETS["assignment-1"].spec)
    window.training.start_training()
    wait(app, 900, until=lambda: runs.row_count() >= 1 and not window.training.is_running())
    shot("overfitting.png")
    window.model_panel.set_spec(PRESETS["assignment-1"].spec.replace(
        early_stopping_patience=2, name="Assignment 1 + EarlyStopping(2)"))
    window.training.start_training()
    wait(app, 900, until=lambda: runs.row_count() >= 2 and not window.training.is_running())
    shot("early-stopping.png")
    runs.set_ticked(0, True)

    window.model_panel.set_spec(PRESETS["assignment-2"].spec)
    window.training.start_training()
    digit = next(d for d in read_unipen(args.pendigits) if d.label == 7 and d.writer == 25)
    window.canvas.reset()
    for stroke in place(digit, window.canvas.raster_size, 0.6, (0.5, 0.5)):
        window.canvas.add_stroke(stroke)
    wait(app, 1800, until=lambda: len(window.curves.history()) >= args.epochs)
    wait(app, 8)  # part of the next epoch, so the progress bar is mid-way
    window.prediction.predict_now()
    shot("main-window.png")
    window.views.setCurrentWidget(window.network_view)
    shot("inside-network.png")
    window.views.setCurrentWidget(window.learning_tab)
    shot("how-it-learns.png")
    view = window.evaluate_view
    window.views.setCurrentWidget(window.evaluate_tab)
    view.follow.setChecked(True)
    view.evaluate_now()
    wait(app, 120, until=lambda: view.result() is not None)
    confusion = view.result().confusion.copy()
    np.fill_diagonal(confusion, 0)
    true, predicted = np.unravel_index(int(confusion.argmax()), confusion.shape)
    view.show_cell(int(true), int(predicted))
    shot("evaluate.png")
    window.views.setCurrentWidget(window.compare_tab)
    run_file = runs.store().runs[0].model_file
    window.compare_view.sides[0].choose(("run", run_file))
    window.compare_view.sides[1].choose(("current", ""))
    shot("compare.png")
    window.views.setCurrentIndex(0)
    window.set_presenter_mode(True)
    shot("presenter.png")
    window.set_presenter_mode(False)
    if window.training.is_running():
        window.controls.stop_button.click()  # assignment 2 has been shown: stop it
    wait(app, 120, until=lambda: not window.training.is_running())
    for key, name in (("sigmoid-deep", "vanishing-gradients.png"),
                      ("no-hidden", "no-hidden-layer.png")):
        window.model_panel.set_spec(PRESETS[key].spec.replace(epochs=1))
        window.training.start_training()
        wait(app, 900, until=lambda: not window.training.is_running())
        wait(app, 2)
        window.prediction.predict_now()
        window.views.setCurrentWidget(window.learning_tab if key == "sigmoid-deep"
                                      else window.network_view)
        shot(name)
    window.close()  # stops the training and ends its process


if __name__ == "__main__":
    main()
