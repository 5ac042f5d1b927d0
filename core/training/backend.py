"""Import TensorFlow/Keras once, quietly: its C++ start-up chatter (CUDA probes, absl) would
otherwise fill a student's terminal. Errors after start-up are printed as usual."""

from __future__ import annotations

import gc
import os
import sys
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

