"""Who held the window up: `window_training.py`'s run, with every stall explained.

A sampler thread records, every 2 ms, each of the window's threads' Python stack and CPU time.
After the run, every heartbeat gap over `--over` ms is printed with the stacks seen during it
and the CPU each thread used meanwhile. A gap where the main thread used the CPU is the
window's own work; one where another thread of the window's process used it and the sampler
got few samples is that thread holding the GIL (a long C call). Training itself runs in a child
process (`core.training.training_process`) since it was found, with this tool, holding the GIL
for 30-140 ms at a time while Keras traced its functions; the sampler does not see inside it.
The sampler takes turns with the GIL, so the run is a little slower than
`window_training.py`'s: use this to find causes, that one for the numbers.

    python tests/bench/window_stalls.py [--presets assignment-1] [--draw] [--over 30]
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import window_training  # noqa: E402 (the benchmark whose run this explains)

Sample = tuple[float, str, list[str], dict[int, float]]


def stack(frame, depth: int = 8) -> str:  # noqa: ANN001
    """`function:file:line < caller…` for the innermost `depth` frames."""
    parts = []
    while frame is not None and len(parts) < depth:
        code = frame.f_code
        parts.append(f"{code.co_name}:{os.path.basename(code.co_filename)}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(parts)


def sample(samples: list[Sample], stop: threading.Event) -> None:
    main, me = threading.main_thread().ident, threading.get_ident()
    while not stop.is_set():
        frames = sys._current_frames()
        cpu = {}
        for ident in frames:
            try:
                cpu[ident] = time.clock_gettime(time.pthread_getcpuclockid(ident))
            except (OSError, AttributeError):
                pass
        samples.append((time.perf_counter(), stack(frames.get(main)),
                        [stack(f, 12) for i, f in frames.items() if i not in (main, me)], cpu))
        time.sleep(0.002)


def explain(samples: list[Sample], beats: list[float], over: float) -> None:
    gaps = [(a, b) for a, b in zip(beats, beats[1:], strict=False) if b - a > over / 1000]
    print(f"{len(gaps)} heartbeat gaps over {over:g} ms of {len(beats) - 1}")
    for a, b in gaps:
        inside = [s for s in samples if a <= s[0] <= b]
        print(f"{1000 * (b - a):.0f} ms at {a - beats[0]:.2f} s, {len(inside)} samples")
        before = [s for s in samples if s[0] < a][-1:]
        after = [s for s in samples if s[0] > b][:1]
        if before and after:
            used = {str(i)[-5:]: round(1000 * (after[0][3][i] - before[0][3][i]))
                    for i in after[0][3] if i in before[0][3]}
            print(f"   CPU ms per thread: {used}")
        for text, n in collections.Counter(s[1] for s in inside).most_common(2):
            print(f"   {n} main: {text}")
        others = collections.Counter(o for s in inside for o in s[2]
                                     if "wait" not in o and "select" not in o)
        for text, n in others.most_common(2):
            print(f"   {n} other: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(add_help=False)  # the rest is window_training's
    parser.add_argument("--over", type=float, default=30.0, help="ms; gaps longer are explained")
    known, sys.argv[1:] = parser.parse_known_args()
    over = known.over
    measure = window_training.in_window

    def explained(app, window, spec, draw):  # noqa: ANN001, ANN202
        from PySide6.QtCore import QTimer

        beats: list[float] = []
        samples: list[Sample] = []
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        stop = threading.Event()
        sampler = threading.Thread(target=sample, args=(samples, stop), daemon=True)
        heartbeat.start()
        sampler.start()
        result = measure(app, window, spec, draw)
        stop.set()
        sampler.join()
        heartbeat.stop()
        print(f"--- {spec.name}")
        explain(samples, beats, over)
        return result

    window_training.in_window = explained
    window_training.main()


if __name__ == "__main__":
    main()
