"""Import TensorFlow/Keras once, quietly: its C++ start-up chatter (CUDA probes, absl) would
otherwise fill a student's terminal. Errors after start-up are printed as usual."""

from __future__ import annotations

import os
import sys
from typing import Any

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
    _keras = keras
    return keras
