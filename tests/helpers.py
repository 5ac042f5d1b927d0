"""Helpers the tests share: small synthetic data and files made from it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from core.data.datasets import MnistData


def make_digits(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Learnable fake digits: class k is a bright bar at a class-specific place, plus noise."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, n).astype(np.uint8)
    images = rng.integers(0, 40, (n, 28, 28)).astype(np.uint8)
    for i, k in enumerate(labels):
        row = 3 + 2 * int(k)
        images[i, row:row + 2, 4:24] = 255
    return images, labels


def rss_mb() -> float | None:
    """This process's resident memory in MB (Linux /proc), or None where there is no /proc."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    line = next(row for row in status.read_text().splitlines() if row.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def printed_test_accuracy(program: Path) -> float:
    """Run an exported Keras program in its folder and read its "test accuracy X" line (no
    plot window: matplotlib, if there, draws off screen)."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "MPLBACKEND": "Agg"}
    result = subprocess.run([sys.executable, str(program)], cwd=program.parent, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("test accuracy"))
    return float(line.split()[2])


def save_npz(path: Path, data: MnistData, **overrides: np.ndarray) -> Path:
    arrays = {"x_train": data.x_train, "y_train": data.y_train,
              "x_test": data.x_test, "y_test": data.y_test, **overrides}
    np.savez(path, **arrays)
    return path


def random_classifier(*hidden: int, seed: int = 0, activation: str = "relu"):  # noqa: ANN201
    """A NumpyClassifier with random weights: 784 → hidden… → softmax 10."""
    from core.model.classifier import NumpyClassifier, Step

    rng = np.random.default_rng(seed)
    sizes = [784, *hidden, 10]
    steps = [Step("dense", rng.normal(0, 0.1, (a, b)).astype(np.float32),
                  rng.normal(0, 0.1, b).astype(np.float32),
                  "softmax" if i == len(sizes) - 2 else activation)
             for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:], strict=True))]
    return NumpyClassifier(steps, name="random")


def train_in_window(window, qtbot, spec=None) -> None:  # noqa: ANN001
    """Click Train (with `spec` in the panel) and wait until the window has the new run."""
    runs = window.runs.row_count()
    if spec is not None:
        window.model_panel.set_spec(spec)
    window.controls.train_button.click()
    qtbot.waitUntil(lambda: window.runs.row_count() == runs + 1, timeout=120_000)


def train_more_in_window(window, qtbot, epochs: int = 1) -> None:  # noqa: ANN001
    """Click Train more for `epochs` and wait until the window has the new run."""
    runs = window.runs.row_count()
    window.controls.more_epochs.setValue(epochs)
    window.controls.more_button.click()
    qtbot.waitUntil(lambda: window.runs.row_count() == runs + 1, timeout=120_000)


def scribbles(seed: int = 0, each: int = 20) -> list[tuple[str, list]]:
    """Things that are not digits, as strokes in the 280-pixel raster: random walks, filled
    blobs and the letters A, K and X (none of them in the digit check's training)."""
    rng = np.random.default_rng(seed)
    letters = {"letter A": [[(60, 240), (140, 40), (220, 240)], [(95, 160), (185, 160)]],
               "letter K": [[(80, 40), (80, 240)], [(210, 40), (80, 150)],
                            [(120, 120), (220, 240)]],
               "letter X": [[(60, 40), (220, 240)], [(220, 40), (60, 240)]]}
    out: list[tuple[str, list]] = []
    for _ in range(each):
        point, angle, walk = np.array([140.0, 140.0]), rng.uniform(0, 2 * np.pi), []
        for _ in range(60):
            angle += rng.normal(0, 0.9)
            point = np.clip(point + 12 * np.array([np.cos(angle), np.sin(angle)]), 30, 250)
            walk.append((float(point[0]), float(point[1])))
        out.append(("random walk", [walk]))
        cx, cy = rng.uniform(110, 170, 2)
        radius = rng.uniform(50, 90)
        turns = np.linspace(0, 12 * np.pi, 300)
        out.append(("blob", [[(cx + radius * t / turns[-1] * np.cos(t),
                               cy + radius * t / turns[-1] * np.sin(t)) for t in turns]]))
        for name, strokes in letters.items():
            out.append((name, [[(x + rng.normal(0, 6), y + rng.normal(0, 6)) for x, y in s]
                               for s in strokes]))
    return out


def set_flag(flag) -> None:  # noqa: ANN001
    """A child process's whole job in test_shared_flag: set the flag it was given."""
    flag.set()


def poll_flag_forever(flag) -> None:  # noqa: ANN001
    """A child process that reads its flag as fast as it can, as training does after every
    batch, until it is killed."""
    while True:
        flag.is_set()


def open_in_window(window, qtbot, path) -> bool:  # noqa: ANN001
    """Open a model file as File → Open does (read in a task) and wait until it answers or
    is refused: True when it answers drawings."""
    handle = window.files.open_model(str(path))
    if handle is None:
        return False
    ended: list[bool] = []
    handle.ended.connect(lambda: ended.append(True))  # after the task's own callbacks
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    return window.session.model.path == str(path)


def save_in_window(window, qtbot, digit: int) -> None:  # noqa: ANN001
    """Press "Save as `digit`" and wait until the drawing is in the file (saved in a task)."""
    window.prediction.correction_made.emit(digit)
    qtbot.waitUntil(lambda: not window.drawings.waiting, timeout=10_000)


def weights_trained(kind, spec, data: MnistData, fused: bool,  # noqa: ANN001
                    monkeypatch) -> tuple[bool, list[bytes]]:  # noqa: ANN001
    """Train `spec` with the fused update `kind` allowed or not: whether it was installed,
    and the weights' bytes."""
    from core.training.train import train

    monkeypatch.setattr(kind, "_available", None if fused else False)
    result = train(spec, data, evaluate_test=False, insights=False)
    return kind.installed(result.model.optimizer), [w.tobytes() for w in result.model.get_weights()]
