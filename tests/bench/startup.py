"""Start-up: DigitLab's first answer against a bare PySide6 window with numpy, same machine,
same run, both timed from process start (Linux /proc).

For each of `--runs` rounds (default 5), alternately:
- `main.py --startup-probe` with a fresh home (no settings, no data): the window paints, a "7"
  is drawn, and the time of the first answer is printed by the app itself;
- a bare PySide6 window that imports numpy and shows: the time of its first paint.
Every run is printed, then min / median / max of each and the median ratio (goal: first answer
≤ 600 ms and ≤ 3x the bare window). DigitLab's modules are byte-compiled first, as `run.py`
does before each start.

    python tests/bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = r"""
import os, sys, time
def started():
    with open("/proc/self/stat") as f: ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f: up = float(f.read().split()[0])
    return time.time() - (up - ticks / os.sysconf("SC_CLK_TCK"))
import numpy
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
class W(QLabel):
    def paintEvent(self, e):
        super().paintEvent(e)
        if not hasattr(self, "done"):
            self.done = True
            print(round(1000 * (time.time() - started())))
            QTimer.singleShot(0, app.quit)
w = W("bare"); w.resize(400, 300); w.show()
app.exec()
"""


def first_answer_ms() -> int:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "DIGITLAB_HOME": f"{home}/data", "DIGITLAB_CONFIG": f"{home}/config",
               "KERAS_HOME": f"{home}/keras", "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--startup-probe"],
                             env=env, capture_output=True, text=True, timeout=120).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["tensorflow_imported"] is False, result
    return int(result["first_prediction_ms"])


def bare_window_ms() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True, text=True,
                         timeout=60).stdout
    return int(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from run import compile_sources

    compile_sources()  # as `run.py` does before each start of the app
    first_answer_ms(), bare_window_ms()  # warm the file cache, not counted
    apps, bares = [], []
    for run in range(1, args.runs + 1):
        apps.append(first_answer_ms())
        bares.append(bare_window_ms())
        print(f"run {run}: first answer {apps[-1]} ms, bare window {bares[-1]} ms, "
              f"ratio {apps[-1] / bares[-1]:.2f}", flush=True)
    for name, values in (("first answer", apps), ("bare window", bares)):
        print(f"{name}: min {min(values)} ms, median {statistics.median(values):.0f} ms, "
              f"max {max(values)} ms")
    ratios = [a / b for a, b in zip(apps, bares, strict=True)]
    print(f"ratio: min {min(ratios):.2f}, median {statistics.median(ratios):.2f}, "
          f"max {max(ratios):.2f} (goal <= 3.00; first answer goal <= 600 ms)")


if __name__ == "__main__":
    main()
