"""DigitLab's engine: data, models, training, drawing, evaluation, store, report, CLI.

Nothing here imports Qt or pyqtgraph (import-linter contracts in pyproject.toml say so), so
every piece can be used from a script, a notebook or the command line. TensorFlow is imported
only where a function needs it. The small public API, imported lazily:

    from core import PRESETS, train, to_mnist, load_classifier, load_model_file, save_model_file

- `PRESETS`: the teaching presets (name -> Preset with a ModelSpec);
- `train(spec, data, reporter=None, stop_event=None)`: Keras training, reported as records;
- `to_mnist(image)`: any greyscale drawing -> the 28x28 input, as MNIST's digits were made;
- `load_classifier(path=None)`: a numpy classifier for a model file (None: the bundled one);
- `load_model_file(path)` / `save_model_file(model, path, metadata)`: safe `.keras` files.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "PRESETS": ("core.model.architectures", "PRESETS"),
    "train": ("core.training.train", "train"),
    "to_mnist": ("core.drawing.preprocessing", "to_mnist"),
    "load_classifier": ("core.model.model_files", "load_classifier"),
    "load_model_file": ("core.model.model_files", "load_model"),
    "save_model_file": ("core.model.model_files", "save_model"),
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    """Import a public name on first use, so `import core` stays instant."""
    if name not in _API:
        raise AttributeError(f"module 'core' has no attribute {name!r}")
    import importlib

    module, attribute = _API[name]
    return getattr(importlib.import_module(module), attribute)
