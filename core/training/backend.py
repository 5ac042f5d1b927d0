"""Import TensorFlow/Keras once, quietly: its C++ start-up chatter (CUDA probes, absl) would
otherwise fill a student's terminal. Errors after start-up are printed as usual."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from core.i18n import Context

Backend = Context("Backend")  # Backend.tr(…): why TensorFlow cannot train here (see core.i18n)

_keras: Any = None


def import_keras() -> Any:
    """Import keras (TensorFlow backend) with the import-time stderr noise suppressed."""
    global _keras
    if _keras is not None:
        return _keras
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    saved = None
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
        saved = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:  # no real fd 2 (e.g. pythonw): nothing to hide
        saved = None
    try:
        import keras
        import tensorflow as tf

        tf.config.list_physical_devices()  # device probing prints here too
    finally:
        if saved is not None:
            os.dup2(saved, 2)
            os.close(saved)
    # TensorFlow and Keras bring ~270,000 long-lived objects. Python's full garbage
    # collections scan them all (~150 ms, holding the GIL: the window froze that long, twice
    # a training). Freezing them once, after the import, keeps every later collection to
    # the objects that can actually become garbage.
    gc.collect()
    gc.freeze()
    _keras = keras
    return keras


def fresh_session() -> None:
    """Forget every model built so far, so twenty trainings do not cost twenty models' memory.

    `keras.backend.clear_session()` alone is not enough with TensorFlow 2.21: each `fit`
    traces `tf.custom_gradient` functions that register a `CustomGradient-N` entry in
    TensorFlow's gradient registry, never removed, and each entry keeps its whole traced graph
    alive (~7 MB per training here, measured). Dropping those entries frees the graphs. Call
    it only before building a new model: graphs already traced keep working, but a model built
    earlier must not be traced again (DigitLab only ever continues the newest model).
    """
    keras = import_keras()
    keras.backend.clear_session()
    try:
        from tensorflow.python.framework import ops  # private, hence the guard below

        registry = ops._gradient_registry._registry  # noqa: SLF001
        for name in [key for key in registry if str(key).startswith("CustomGradient-")]:
            del registry[name]
    except (ImportError, AttributeError, TypeError):  # another TensorFlow: keep its registry
        pass
    gc.collect()


def probe_tensorflow(timeout: float = 180.0) -> str | None:
    """Try `import tensorflow` in a child process: None when it works, else why not.

    On a CPU without AVX the import kills the process outright, so it must never be tried
    in the app's own process first.
    """
    import signal
    import subprocess

    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    try:
        result = subprocess.run([sys.executable, "-c", "import tensorflow"], capture_output=True,
                                text=True, timeout=timeout, env=env, creationflags=flags)
    except subprocess.TimeoutExpired:
        return Backend.tr("importing TensorFlow took over {0} s").format(f"{timeout:.0f}")
    except OSError as exc:
        return Backend.tr("could not start Python to check TensorFlow ({0})").format(exc)
    if result.returncode == 0:
        return None
    if result.returncode < 0:
        name = signal.Signals(-result.returncode).name
        if name == "SIGILL":
            return Backend.tr("TensorFlow crashed on import with {0} (this CPU probably lacks "
                              "AVX)").format(name)
        return Backend.tr("TensorFlow crashed on import with {0}").format(name)
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    if lines:
        return lines[-1][:300]
    return Backend.tr("TensorFlow failed to import (exit {0})").format(result.returncode)


BACKGROUND_NICENESS = 10


def yield_cpu_to_main_thread(niceness: int = BACKGROUND_NICENESS) -> int:
    """Lower the CPU priority of every thread of this process but the main one; return how
    many were lowered.

    Training keeps every core busy (TensorFlow's thread pools, tf.data), and a window's
    thread then waits behind them for a core: with a stroke drawn every 50 ms its heartbeat
    was late by up to 40-90 ms. At a lower priority the training threads still get every
    idle cycle, but the main thread runs first when it has work, so it answers within a few
    milliseconds and training slows by no more than the window's own work. Linux gives each
    thread its own nice value (threads started later by a lowered one inherit it); elsewhere
    this does nothing and returns 0. Raising a nice value needs no privileges.
    """
    import threading

    tasks = f"/proc/{os.getpid()}/task"
    if not sys.platform.startswith("linux") or not os.path.isdir(tasks):
        return 0
    main = threading.main_thread().native_id
    lowered = 0
    for name in os.listdir(tasks):
        if not name.isdigit() or int(name) == main:
            continue
        try:
            if os.getpriority(os.PRIO_PROCESS, int(name)) < niceness:
                os.setpriority(os.PRIO_PROCESS, int(name), niceness)
                lowered += 1
        except OSError:  # the thread ended meanwhile, or the system refuses: leave it
            continue
    return lowered


GIL_TURN = 0.0005  # seconds; Python's default is 0.005


@contextlib.contextmanager
def gil_turns() -> Iterator[Callable[[], None]]:
    """Within it, the function yielded makes threads take turns with the GIL every
    `GIL_TURN` seconds, until the block ends; call it once Keras has traced its functions.

    The window's work is many short steps (numpy calls and Qt calls that let go of the GIL),
    and after each one it waits for the training thread's turn to end: with the default
    5 ms, drawing one stroke took up to 40-76 ms during training (p99/max, measured), with
    0.5 ms 24-36 ms. Training runs in TensorFlow's C++ code, which does not hold the GIL,
    so shorter turns cost it nothing measurable; but while Keras traces its functions (pure
    Python, the first batch and the first validation) they made the window's stalls longer.
    """
    previous = sys.getswitchinterval()
    try:
        yield lambda: sys.setswitchinterval(GIL_TURN)
    finally:
        sys.setswitchinterval(previous)
