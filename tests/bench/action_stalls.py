"""How long the window's GUI thread stalls during each action that touches a file, a lock, a
model or the training process: a 10 ms heartbeat (a QTimer on the GUI thread) runs throughout,
and the longest gap between beats is the longest time the window could not repaint or react.

Actions, each `--repeat` times (default 3), in the real window (offscreen), views live:
- open model: File → Open the bundled assignment-2 model (6 MB), then single-100, …,
  until it answers;
- import MNIST: choose ../shared/data/mnist.npz (verified and copied into the data folder);
- save under a lock: "Save as 7" while another connection holds BEGIN EXCLUSIVE for 1 s;
- finish a run: a 1-epoch 16-unit run on small data, from its last epoch to its kept model
  answering;
- open Compare: show the Compare tab until both of its models answer.
Prints every run's longest gap and the heartbeat's p99, per action (goal: no gap over 100 ms).

    python tests/bench/action_stalls.py [--repeat 3] [--mnist ../shared/data/mnist.npz]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as main.py starts the app


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def measure(self, app, action: Callable[[], Callable[[], bool]],  # noqa: ANN001
                timeout: float = 120.0) -> tuple[float, float]:
        """Run `action` (which returns a "done?" check) with the heartbeat on; (longest gap,
        p99 gap) in ms."""
        self.beats.clear()
        self.timer.start()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.01)
        done = action()
        started = time.perf_counter()
        while not done() and time.perf_counter() - started < timeout:
            app.processEvents()
            time.sleep(0.002)
        for _ in range(10):  # a little after, for work queued at the end
            app.processEvents()
            time.sleep(0.01)
        self.timer.stop()
        gaps = [1000 * (b - a) for a, b in zip(self.beats, self.beats[1:], strict=False)]
        gaps.sort()
        return max(gaps), gaps[int(0.99 * (len(gaps) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mnist", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    args = parser.parse_args()
    home = tempfile.mkdtemp()
    os.environ.update(DIGITLAB_HOME=f"{home}/data", DIGITLAB_CONFIG=f"{home}/config",
                      KERAS_HOME=f"{home}/keras", DIGITLAB_LANGUAGE="en")

    from helpers import make_digits, save_npz
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from core.data.datasets import MnistData
    from core.data.my_drawings import DrawingStore
    from core.model.architectures import ModelSpec, parse_layers
    from core.model.classifier import default_model_path
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    small = save_npz(Path(home) / "small.npz", MnistData(*make_digits(600, 1),
                                                         *make_digits(200, 2), "small"))
    window = MainWindow(QSettings(f"{home}/s.ini", QSettings.Format.IniFormat),
                        data_path=str(small))
    window.resize(1366, 768)
    window.show()
    beat = Heartbeat()
    beat.measure(app, lambda: lambda: window.session.classifier is not None)
    window.training.warm_up()
    presets = default_model_path().parent / "presets"
    models = [presets / "assignment-2.keras", presets / "single-100.keras"]

    def open_model() -> Callable[[], bool]:
        models.reverse()  # the other one each time, so each open changes the model
        model = str(models[0])
        window.files.open_model(model)
        return lambda: window.session.model.path == model

    def import_mnist() -> Callable[[], bool]:
        window.session.set_data_path(str(small))
        window.files.use_dataset(args.mnist)
        return lambda: window.session.data_path not in (None, str(small))

    def save_under_lock() -> Callable[[], bool]:
        before = int(DrawingStore().counts().sum())
        holder = sqlite3.connect(DrawingStore().database.path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
        window.save_drawing(7)
        released = time.perf_counter() + 1.0
        held = [holder]

        def done() -> bool:
            if held and time.perf_counter() > released:
                held.pop().close()
            return not held and int(DrawingStore().counts().sum()) == before + 1
        return done

    def finish_run() -> Callable[[], bool]:
        window.model_panel.set_spec(ModelSpec(parse_layers("16"), epochs=1, seed=1))
        runs = window.runs.row_count()
        window.controls.train_button.click()
        return lambda: (window.runs.row_count() == runs + 1
                        and window.session.model.source == "run" and not window.tasks.running())

    def open_compare() -> Callable[[], bool]:
        window.views.setCurrentIndex(0)
        window.compare_view._cache.clear()  # read its models again, as at its first showing
        window.views.setCurrentWidget(window.compare_tab)
        window.compare_view.set_runs(window.runs.store().with_models())
        return lambda: all(side.classifier is not None for side in window.compare_view.sides)

    actions = {"open model": open_model, "import MNIST": import_mnist,
               "save under a lock": save_under_lock, "finish a run": finish_run,
               "open Compare": open_compare}
    if not Path(args.mnist).is_file():
        del actions["import MNIST"]
    for name, action in actions.items():
        longest, p99 = [], []
        for _ in range(args.repeat):
            gap, percentile = beat.measure(app, action)
            longest.append(gap)
            p99.append(percentile)
        print(f"{name:<18} longest gap per run: " + ", ".join(f"{g:.0f}" for g in longest)
              + f" ms (min {min(longest):.0f}, median {statistics.median(longest):.0f}, max "
              f"{max(longest):.0f}); p99 {max(p99):.0f} ms at most", flush=True)
    window.close()


if __name__ == "__main__":
    main()
