"""Training as the student sees it: the real window, live curves, strokes drawn meanwhile.

Builds the real MainWindow offscreen on the real MNIST and trains a preset for 2 epochs with
its views live, optionally while a stroke is drawn every 50 ms, with a 10 ms heartbeat timer
on the GUI thread. Beside it, in a process of its own, a bare `compile()`-default `fit` of
the same spec and seed trains interleaved: its last epoch waits for the window's run and
then runs right after it, so the two epochs compared are about a second apart. Prints, per
preset: seconds of epoch 2 in the window and bare and their ratio, test accuracy of both,
heartbeat p50/p99/max (and p99 once Keras has traced), stop latency, curve updates per
second and training-curve points per epoch; and the achieved GFLOP/s beside a large
matmul's, measured at the start and again just before and just after each window run (with a
memory-bound probe before it), so a slow phase of the machine shows beside the row it slowed.

    python tests/bench/window_training.py [--data ../shared/data/mnist.npz]
        [--presets assignment-1 assignment-2] [--draw] [--epochs 2] [--cold]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as main.py starts the app
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as main.py starts the app
os.environ["DIGITLAB_HOME"] = tempfile.mkdtemp(prefix="digitlab-bench-")

SEVEN = [(60, 60), (220, 60), (120, 240)]
PEAK = [1.0]  # the matmul peak measured in this run (GFLOP/s)


def matmul_gflops() -> float:
    """The machine's float32 peak: a large matmul in TensorFlow, on every core."""
    import tensorflow as tf

    a = tf.random.uniform((2048, 2048))
    tf.linalg.matmul(a, a).numpy()
    best = min(_timed(lambda: tf.linalg.matmul(a, a).numpy()) for _ in range(5))
    return 2 * 2048**3 / best / 1e9


def copy_gbps() -> float:
    """A memory-bound probe: copying 24 MB (the size of assignment 2's weights, gradients and
    Adam moments) with numpy, best of 5, GB/s moved."""
    import numpy as np

    source = np.ones(6_000_000, np.float32)
    target = np.empty_like(source)
    best = min(_timed(lambda: np.copyto(target, source)) for _ in range(5))
    return 2 * source.nbytes / best / 1e9


def _timed(function) -> float:  # noqa: ANN001
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def bare(spec, data, before_last_epoch=None) -> tuple[float, float]:  # noqa: ANN001
    """(seconds of the last epoch, test accuracy) of a plain compile()-default fit;
    `before_last_epoch()`, when given, is called before the last epoch (and its clock)."""
    import keras
    import numpy as np

    from core.data.datasets import as_inputs
    from core.model.network import build_model, seed_everything

    keras.backend.clear_session()
    seed_everything(spec.seed)
    model = build_model(spec)
    times: list[float] = []

    class Clock(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None) -> None:  # noqa: ANN001
            if before_last_epoch is not None and epoch == spec.epochs - 1:
                before_last_epoch()
            self.started = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None) -> None:  # noqa: ANN001
            times.append(time.perf_counter() - self.started)

    model.fit(as_inputs(data.x_train), data.y_train.astype(np.int32),
              batch_size=spec.batch_size, epochs=spec.epochs,
              validation_split=spec.validation_split, callbacks=[Clock()], verbose=0)
    _, accuracy = model.evaluate(as_inputs(data.x_test), data.y_test.astype(np.int32),
                                 batch_size=1024, verbose=0)
    return times[-1], float(accuracy)


class BareFit:
    """`bare()` in a process of its own (a notebook's kernel), held before its last epoch:
    the benchmark starts it, waits for `arrived()`, runs the window's training, then lets
    the last epoch go with `go()`, so the two epochs it compares run back to back and a slow
    phase of the machine hits both. Its own process: nothing of the window's (its GIL, its
    event loop) slows the bare fit or speeds it up."""

    def __init__(self, spec, data_path: str) -> None:  # noqa: ANN001
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(target=_bare_child, args=(child_end, spec, data_path),
                                        daemon=True)
        self._process.start()
        self.pid = self._process.pid
        self._arrived = False

    def arrived(self) -> bool:
        """Whether the fit waits before its last epoch (or has died: `result` says so)."""
        if not self._arrived and self._pipe.poll():
            try:
                self._arrived = self._pipe.recv() == "arrived"
            except EOFError:  # it died; `result` raises
                return True
        return self._arrived or not self._process.is_alive()

    def go(self) -> None:
        self._pipe.send("go")

    def done(self) -> bool:
        return self._pipe.poll() or not self._process.is_alive()

    def result(self) -> tuple[float, float]:
        """(seconds of the last epoch, test accuracy), once `done()`."""
        try:
            seconds, accuracy = self._pipe.recv()
        except EOFError:
            raise RuntimeError(f"the bare fit's process ended with exit code "
                               f"{self._process.exitcode} before its result") from None
        self._process.join()
        return seconds, accuracy


def _bare_child(pipe, spec, data_path: str) -> None:  # noqa: ANN001
    from core.data import datasets
    from core.training.backend import import_keras

    import_keras()
    data = datasets.load(data_path)

    def hold() -> None:
        pipe.send("arrived")
        pipe.recv()

    pipe.send(bare(spec, data, hold))


def stroke_timer(window):  # noqa: ANN001, ANN201
    """A timer that draws a stroke on the window's canvas every 50 ms once started."""
    from PySide6.QtCore import QTimer

    strokes = QTimer()
    strokes.setInterval(50)
    strokes.timeout.connect(lambda: (window.canvas.clear(), window.canvas.add_stroke(SEVEN)))
    return strokes


def bare_while_drawing(window, spec, data) -> tuple[float, float]:  # noqa: ANN001
    """`bare()` in a thread of this process while the window draws a stroke every 50 ms:
    the issue's own protocol, the notebook's fit under the same condition as the window."""
    import threading

    result: list[tuple[float, float]] = []
    fit = threading.Thread(target=lambda: result.append(bare(spec, data)))
    strokes = stroke_timer(window)
    strokes.start()
    fit.start()
    run_until(lambda: not fit.is_alive())
    strokes.stop()
    return result[0]


def in_window(app, window, spec, draw: bool) -> dict[str, float]:  # noqa: ANN001
    """Train `spec` in the window; measure epochs, heartbeat and curve updates."""
    from PySide6.QtCore import QTimer

    beats: list[float] = []
    epochs: list[float] = []
    usage: list[tuple[float, ...]] = []  # CPU seconds at each epoch's end (`_usage`)
    events: list[tuple[float, str]] = []  # when the worker's signals arrived, for the stalls
    refreshes: list[float] = []
    curves = window.curves
    flush = curves._refresh  # noqa: SLF001 (a benchmark counts the real redraws)

    def counted_refresh() -> None:
        if curves._dirty:  # noqa: SLF001
            refreshes.append(time.perf_counter())
        flush()

    curves._timer.timeout.disconnect()  # noqa: SLF001
    curves._timer.timeout.connect(counted_refresh)  # noqa: SLF001
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    strokes = stroke_timer(window)
    worker = window.training
    worker.epoch_ended.connect(lambda record: (epochs.append(record.seconds),
                                               events.append((time.perf_counter(), "epoch end")),
                                               usage.append(_usage(worker.process.pid))))
    worker.training_started.connect(lambda *_: events.append((time.perf_counter(), "start")))
    done = []
    worker.run_finished.connect(done.append)
    window.model_panel.set_spec(spec)
    window.controls.train_button.click()
    heartbeat.start()
    if draw:
        strokes.start()
    train_started = time.perf_counter()
    run_until(lambda: bool(done) and not window.training.is_running())  # the window has it
    total = time.perf_counter() - train_started
    heartbeat.stop()
    strokes.stop()
    pairs = list(zip(beats, beats[1:], strict=False))
    gaps = sorted(b - a for a, b in pairs)
    first = next(t for t, name in events if name == "start")
    last = max(t for t, name in events if name == "epoch end")
    during = [t for t in refreshes if first <= t <= last]
    steady = sorted(b - a for a, b in pairs if a > first + 1.0)  # Keras has traced by then
    run = done[0]
    result = {"epoch2": epochs[-1], "accuracy": run.test_accuracy or 0.0,
              "p50": 1000 * statistics.median(gaps), "p99": 1000 * gaps[int(0.99 * len(gaps))],
              "max": 1000 * gaps[-1],
              "steady_p99": 1000 * steady[int(0.99 * len(steady))] if steady else 0.0,
              "hz": len(during) / (last - first),
              "points": curves.point_count("loss") / max(1, len(epochs)),
              "total": total, "ended": last,
              "usage": [b - a for a, b in zip(*usage[-2:], strict=True)]
              if len(usage) > 1 else [0.0] * 5}
    worst = sorted(pairs, key=lambda p: p[0] - p[1])[:3]
    result["stalls"] = ", ".join(
        f"{1000 * (b - a):.0f} ms at {a - train_started:.1f} s ({_phase(a, events)})"
        for a, b in worst)
    return result


def _cpu_seconds(pid: int | None) -> float:
    """CPU seconds a process has used so far (Linux's /proc; 0 elsewhere or without one)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _usage(child: int | None, *others: int | None) -> tuple[float, ...]:
    """CPU seconds so far: the training `child`, the window (this process), all cores busy,
    idle and stolen (`_machine_seconds`), then each of `others`."""
    return (_cpu_seconds(child), _cpu_seconds(os.getpid()), *_machine_seconds(),
            *(_cpu_seconds(pid) for pid in others))


def _usage_text(used: list[float]) -> str:
    return (f"the training child {used[0]:.1f}, the window {used[1]:.1f}; all cores busy "
            f"{used[2]:.1f}, idle {used[3]:.1f}, stolen {used[4]:.1f}")


def _machine_seconds() -> tuple[float, float, float]:
    """(busy, idle, stolen) CPU seconds of all cores so far (Linux's /proc/stat; zeros
    elsewhere): whether a slow phase was another program, an idle wait or the VM's host."""
    try:
        fields = [int(f) for f in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0, 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = fields[:8]
    return ((user + nice + system + irq + softirq) / tick, (idle + iowait) / tick,
            steal / tick)


def run_until(condition, every_ms: int = 20) -> None:  # noqa: ANN001
    """Run the Qt event loop, as the app's `exec()` does, until `condition()` holds (checked
    every `every_ms`). A loop of `processEvents()` and `sleep()` instead hands the GIL to the
    training thread at every sleep and then waits its turn to take it back: that benchmark
    harness made stalls the app does not have."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(every_ms)
    check.timeout.connect(lambda: condition() and loop.quit())
    check.start()
    if not condition():
        loop.exec()
    check.stop()


def warm_up(app, window, timeout: float = 180.0) -> float:  # noqa: ANN001
    """Start the warm-up as the app does (`set_training_available("")` after its TensorFlow
    check) and wait for it, like a student who looks at the window before clicking Train."""
    said: list[str] = []
    window.training.status_changed.connect(said.append)
    started = time.perf_counter()
    window.set_training_available("")
    run_until(lambda: bool(said) or time.perf_counter() - started > timeout)
    return time.perf_counter() - started


def _phase(moment: float, events: list[tuple[float, str]]) -> str:
    before = [(t, name) for t, name in events if t <= moment]
    if not before:
        return "before the first batch (loading, tracing)"
    t, name = before[-1]
    return f"{1000 * (moment - t):.0f} ms after {name}"


def stop_latency(app, window, spec) -> float:  # noqa: ANN001
    """Seconds from a click on Stop until the stopped epoch's record (its validation on the
    held-out images included) reaches the window: an upper bound of Stop's latency."""
    worker = window.training
    batches: list[float] = []
    records: list[float] = []
    worker.batch_ended.connect(lambda _: batches.append(time.perf_counter()))
    worker.epoch_ended.connect(lambda _: records.append(time.perf_counter()))
    done = []
    worker.run_finished.connect(done.append)
    window.model_panel.set_spec(spec.replace(epochs=5))
    window.controls.train_button.click()
    run_until(lambda: len(batches) >= 20, every_ms=1)
    clicked = time.perf_counter()
    window.controls.stop_button.click()
    run_until(lambda: bool(done) and not window.training.is_running())
    return max(0.0, batches[-1] - clicked)


def settle(window) -> None:  # noqa: ANN001
    """Wait for the window's background work after a run (its tasks: the kept model read
    back, the views' evaluations), so the bare fit that follows has the machine to itself."""
    run_until(lambda: window.tasks.running() == 0)
    started = time.perf_counter()
    run_until(lambda: time.perf_counter() - started > 0.5)


def measure(window, key: str, spec, data, data_path: str, draw: bool) -> dict[str, float]:  # noqa: ANN001
    """One row, interleaved: the bare fit's first epochs, the run in the window, then the
    bare fit's last epoch right after it (the two compared epochs back to back, a second
    apart); then Stop's latency and, drawing, the bare fit while the window draws. Prints
    the row and returns its numbers."""
    from PySide6.QtWidgets import QApplication

    facts: list[dict] = []
    window.training.diagnosed.connect(facts.append)
    fit = BareFit(spec, data_path)
    run_until(fit.arrived)  # the bare fit's epochs before its last, the window idle
    peak_now = matmul_gflops()  # the machine's speed just before this row (slow phases)
    memory_now = copy_gbps()
    ours = in_window(QApplication.instance(), window, spec, draw)
    window.training.diagnosed.disconnect(facts.append)
    settle(window)
    peak_after = matmul_gflops()
    cpu_before = _usage(window.training.process.pid, fit.pid)
    fit.go()  # the bare fit's last epoch, right after the window's
    apart = time.perf_counter() - ours["ended"]
    run_until(fit.done)
    cpu = [now - then for now, then in zip(_usage(window.training.process.pid, fit.pid),
                                           cpu_before, strict=True)]
    bare_seconds, bare_accuracy = fit.result()
    ours["stop"] = stop_latency(QApplication.instance(), window, spec)
    settle(window)
    busy = bare_while_drawing(window, spec, data)[0] if draw else bare_seconds
    settle(window)
    samples = len(data.x_train) * (1 - spec.validation_split)
    gflops = 6 * spec.param_count() * samples / ours["epoch2"] / 1e9
    share, share_now = 100 * gflops / PEAK[0], 100 * gflops / peak_now
    share_after = 100 * gflops / peak_after
    print(f"{key:<14} {ours['epoch2']:>8.2f} {bare_seconds:>7.2f} "
          f"{ours['epoch2'] / bare_seconds:>6.2f} {100 * ours['accuracy']:>7.2f}% "
          f"{100 * bare_accuracy:>7.2f}% {ours['p50']:>7.1f} {ours['p99']:>7.1f} "
          f"{ours['max']:>7.1f} {ours['stop']:>7.2f} {ours['hz']:>8.1f} "
          f"{ours['points']:>7.0f} {gflops:>8.1f} {share:>5.0f}%", flush=True)
    print(f"    matmul peak just before this run: {peak_now:.1f} GFLOP/s, the run at "
          f"{share_now:.1f} % of it ({share:.1f} % of the run's first peak, {PEAK[0]:.1f}; "
          f"{share_after:.1f} % of the peak just after it, {peak_after:.1f}); a 24 MB copy "
          f"before it: {memory_now:.0f} GB/s", flush=True)
    if facts:
        print("    diagnostics: " + ", ".join(f"{k} {v}" for k, v in facts[0].items()),
              flush=True)
    print(f"    CPU seconds during the window's epoch 2: {_usage_text(ours['usage'])}",
          flush=True)
    if draw:
        print(f"    bare fit while the window draws (the issue's protocol): {busy:.2f} s, "
              f"ratio {ours['epoch2'] / busy:.2f}; the ratio above is against an idle "
              f"bare fit", flush=True)
    print(f"    the bare fit's last epoch began {apart:.1f} s after the window's ended (CPU "
          f"seconds meanwhile: {_usage_text(cpu)}, the bare fit {cpu[5]:.1f}); "
          f"whole run in the window {ours['total']:.1f} s; p99 from 1 s after the start "
          f"(Keras has traced its functions): {ours['steady_p99']:.1f} ms; worst stalls: "
          f"{ours['stalls']}", flush=True)
    return {"epoch2": ours["epoch2"], "bare": bare_seconds, "busy": busy, "share": share,
            "share now": share_now, "share after": share_after,
            "p99": ours["p99"], "max": ours["max"], "accuracy": ours["accuracy"],
            "bare accuracy": bare_accuracy, "gflops": gflops}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "mnist.npz"))
    parser.add_argument("--presets", nargs="+",
                        default=["assignment-1", "assignment-2", "assignment-2-adam"])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--draw", action="store_true", help="a stroke every 50 ms")
    parser.add_argument("--cold", action="store_true",
                        help="click Train before the app's warm-up (it then happens in the "
                             "first training)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="pairs per preset, each ratio printed; in a pair the bare fit's "
                             "last epoch runs right after the window's run (the machine is "
                             "noisy: a slow phase then hits both)")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from core.data import datasets
    from core.model.architectures import PRESETS
    from core.training.backend import import_keras
    from gui.main_window import MainWindow

    app = QApplication([])
    import_keras()
    data = datasets.load(args.data)
    peak = matmul_gflops()
    PEAK[0] = peak
    settings = QSettings(str(Path(os.environ["DIGITLAB_HOME"]) / "s.ini"),
                         QSettings.Format.IniFormat)
    window = MainWindow(settings, data_path=args.data)
    window.resize(1366, 768)
    window.show()
    print(f"float32 matmul peak (TensorFlow, 2048x2048): {peak:.1f} GFLOP/s; "
          f"drawing: {args.draw}")
    if not args.cold:
        print(f"warm-up in the training thread, as the app starts it once TensorFlow is known "
              f"to work (MNIST read, training and test tensors made): "
              f"{warm_up(app, window):.1f} s")
    print(f"{'preset':<14} {'window s':>8} {'bare s':>7} {'ratio':>6} {'acc win':>8} "
          f"{'acc bare':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'stop s':>7} "
          f"{'curve Hz':>8} {'pts/ep':>7} {'GFLOP/s':>8} {'peak':>6}")
    for key in args.presets:
        spec = PRESETS[key].spec.replace(epochs=args.epochs)
        rows = [measure(window, key, spec, data, args.data, args.draw) for _ in range(args.repeat)]
        ratios = [row["epoch2"] / row["bare"] for row in rows]
        fastest = min(row["bare"] for row in rows)  # the bare side at its best, for a bound
        print(f"{key:<14} {len(rows)} pairs (the window's run, then the bare fit's last "
              f"epoch): ratios "
              + ", ".join(f"{r:.2f}" for r in ratios)
              + f"; min {min(ratios):.2f}, median {statistics.median(ratios):.2f}, max "
              f"{max(ratios):.2f}; each window epoch against the fastest bare epoch of these "
              f"pairs ({fastest:.2f} s): "
              + ", ".join(f"{row['epoch2'] / fastest:.2f}" for row in rows)
              + f"; p99 at most {max(r['p99'] for r in rows):.1f} ms, max "
              f"gap at most {max(r['max'] for r in rows):.1f} ms; accuracy equal to the bare "
              f"fit in {sum(abs(r['accuracy'] - r['bare accuracy']) < 5e-5 for r in rows)} "
              f"of {len(rows)}; share of the first peak "
              + ", ".join(f"{r['share']:.1f}" for r in rows)
              + " %; of the peak just before each run "
              + ", ".join(f"{r['share now']:.1f}" for r in rows) + " %; of the peak just "
              "after each run " + ", ".join(f"{r['share after']:.1f}" for r in rows) + " %",
              flush=True)
    window.close()


if __name__ == "__main__":
    main()
