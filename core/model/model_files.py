"""Save and load `.keras` model files with DigitLab's metadata, safely.

Saving is atomic (a temporary file in the same folder, then a rename), so a full disk or a
crash leaves the previous file intact. The metadata (spec, seed, history, test accuracy, data
fingerprint, app version) travels inside the archive as `digitlab.json`; plain Keras ignores
that member, so our files load in Keras with no DigitLab code.

Loading uses `safe_mode=True` (no code from a file is run), then checks that the network takes
784 values (or 28x28) and gives 10 classes; Keras itself happily loads a 100-input model.
`read_classifier` reads the weights with h5py and the layer list from `config.json`, without
TensorFlow, so the app can answer a drawing before TensorFlow has been imported.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core import __version__
from core.model.classifier import InferenceError, NumpyClassifier, Step, _activation_name

METADATA_NAME = "digitlab.json"
MAX_MODEL_BYTES = 512 << 20  # dense MNIST nets are a few MB; refuse absurd files early


class ModelFileError(ValueError):
    """A model file that cannot be used, with a one-line reason."""


@dataclass
class LoadedModel:
    """A Keras model with the metadata DigitLab saved beside it (empty for foreign files)."""

    model: Any
    metadata: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise ModelFileError(f"{path} does not exist")
    if path.is_dir():
        raise ModelFileError(f"{path} is a folder, not a model file")
    if not os.access(path, os.R_OK):
        raise ModelFileError(f"{path} cannot be read (permission denied)")
    size = path.stat().st_size
    if size == 0:
        raise ModelFileError(f"{path} is empty")
    if size > MAX_MODEL_BYTES:
        raise ModelFileError(f"{path} is {size >> 20} MB, too large for a dense MNIST model")


def _kind(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK"):
        if not zipfile.is_zipfile(path):
            raise ModelFileError(f"{path} is a damaged or truncated .keras archive")
        return "keras"
    if head == b"\x89HDF\r\n\x1a\n":
        return "h5"
    raise ModelFileError(f"{path} is not a Keras model (.keras or .h5)")


def read_metadata(path: str | os.PathLike[str]) -> dict[str, Any]:
    """DigitLab's metadata from a `.keras` file, or {} when there is none."""
    try:
        with zipfile.ZipFile(path) as archive:
            if METADATA_NAME not in archive.namelist():
                return {}
            data = json.loads(archive.read(METADATA_NAME))
            return data if isinstance(data, dict) else {}
    except (OSError, zipfile.BadZipFile, ValueError):
        return {}


def check_shapes(model: Any, path: Path | str = "the model") -> None:
    """Refuse a model whose input is not 784 values or 28x28, or whose output is not 10."""
    try:
        in_shape = tuple(model.input_shape)
        out_shape = tuple(model.output_shape)
    except (AttributeError, ValueError, TypeError):
        raise ModelFileError(f"{path}: the model has no single input and output") from None
    if in_shape[1:] not in ((784,), (28, 28), (28, 28, 1)):
        raise ModelFileError(f"{path}: the model takes input of shape {in_shape[1:]}, "
                             f"but MNIST digits are 784 values (28x28)")
    if out_shape[1:] != (10,):
        raise ModelFileError(f"{path}: the model gives {out_shape[1:]} outputs, "
                             f"but digits have 10 classes")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] + ("…" if len(text) > 300 else "") if text else type(exc).__name__


def load_model(path: str | os.PathLike[str]) -> LoadedModel:
    """Load a `.keras` (or legacy `.h5`) model safely and check it classifies MNIST digits."""
    path = Path(path).expanduser()
    _check_readable(path)
    kind = _kind(path)
    import keras

    try:
        with warnings.catch_warnings():  # an unbuilt optimizer in the file is harmless
            warnings.filterwarnings("ignore", message="Skipping variable loading for optimizer")
            model = keras.models.load_model(path, safe_mode=True, compile=True)
    except Exception as exc:  # Keras raises many types; the user needs one line
        message = _one_line(exc)
        if "safe_mode" in message or "lambda" in message.lower():
            raise ModelFileError(f"{path} contains code (a Lambda layer); DigitLab refuses to "
                                 f"run code from model files") from None
        raise ModelFileError(f"{path} could not be loaded as a Keras model: {message}") from None
    check_shapes(model, path)
    metadata = read_metadata(path) if kind == "keras" else {}
    return LoadedModel(model, metadata, path)


def save_model(model: Any, path: str | os.PathLike[str],
               metadata: dict[str, Any] | None = None, include_optimizer: bool = True) -> Path:
    """Save `model` to a `.keras` file atomically, with DigitLab's metadata inside.

    The file is written next to the target under a temporary name and renamed over it only
    when complete, so a failing write leaves the previous file as it was. Without the
    optimizer (bundled models) the file is a third of the size; training it again starts a
    fresh optimizer.
    """
    path = Path(path).expanduser()
    if path.suffix != ".keras":
        raise ModelFileError(f"{path}: model files end in .keras")
    meta = {"app": "DigitLab", "app_version": __version__, **(metadata or {})}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".keras",
                                        dir=path.parent)
        os.close(fd)
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; use the user's default
    except OSError as exc:
        raise ModelFileError(f"cannot write in {path.parent} ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    try:
        if include_optimizer:
            model.save(tmp)
        else:
            bare = type(model).from_config(model.get_config())  # never compiled
            bare.set_weights(model.get_weights())
            bare.save(tmp)
        with zipfile.ZipFile(tmp, "a") as archive:
            archive.writestr(METADATA_NAME, json.dumps(meta, indent=1, default=_json_default))
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ModelFileError(f"could not save {path} ({exc.strerror or _one_line(exc)}); "
                             f"the previous file is unchanged") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot store {type(value).__name__} in metadata")


# --- reading weights without TensorFlow -------------------------------------------------------

_SKIPPED = {"InputLayer", "Flatten", "Dropout", "GaussianNoise", "GaussianDropout",
            "AlphaDropout", "ActivityRegularization"}


def _snake(name: str) -> str:
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


def read_classifier(path: str | os.PathLike[str]) -> NumpyClassifier:
    """A NumpyClassifier straight from a `.keras` archive, with h5py and no TensorFlow.

    Only plain chains of Flatten/Dense/BatchNormalization/Dropout/Activation layers are
    understood; anything else raises InferenceError (callers then fall back to Keras).
    Nothing in the file is executed: the config is read as JSON data.
    """
    import h5py

    path = Path(path)
    _check_readable(path)
    if _kind(path) != "keras":
        raise InferenceError(f"{path} is not a .keras archive")
    try:
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
            weights_blob = archive.read("model.weights.h5")
    except (KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise InferenceError(f"{path}: not a readable .keras archive ({exc})") from None
    layers = _chain_layers(config)
    counters: dict[str, int] = {}
    steps: list[Step] = []
    with h5py.File(io.BytesIO(weights_blob), "r") as h5:
        group = h5["layers"] if "layers" in h5 else h5
        for layer in layers:
            cls, cfg = layer["class_name"], layer.get("config", {})
            base = _snake(cls)
            index = counters.get(base, 0)
            counters[base] = index + 1
            key = base if index == 0 else f"{base}_{index}"
            if cls in _SKIPPED:
                continue
            if cls == "Reshape":
                if int(np.prod(cfg.get("target_shape", (0,)))) != 784:
                    raise InferenceError("Reshape layers other than to 784 are not supported")
                continue
            if cls in ("Activation", "ReLU", "Softmax"):
                act = {"ReLU": "relu", "Softmax": "softmax"}.get(cls) or \
                    _activation_name(cfg.get("activation"))
                steps.append(Step("activation", activation=act))
                continue
            if key not in group:
                raise InferenceError(f"weights for layer {key!r} are missing")
            variables = [np.asarray(group[key]["vars"][str(i)], dtype=np.float32)
                         for i in range(len(group[key]["vars"]))]
            if cls == "Dense":
                kernel = variables[0]
                bias = variables[1] if cfg.get("use_bias", True) and len(variables) > 1 \
                    else np.zeros(kernel.shape[1], np.float32)
                steps.append(Step("dense", kernel, bias, _activation_name(cfg.get("activation"))))
            elif cls == "BatchNormalization":
                it = iter(variables)
                gamma = next(it) if cfg.get("scale", True) else None
                beta = next(it) if cfg.get("center", True) else None
                mean, var = next(it), next(it)
                gamma = np.ones_like(mean) if gamma is None else gamma
                beta = np.zeros_like(mean) if beta is None else beta
                scale = gamma / np.sqrt(var + float(cfg.get("epsilon", 1e-3)))
                steps.append(Step("affine", scale.astype(np.float32),
                                  (beta - mean * scale).astype(np.float32)))
            else:
                raise InferenceError(f"layer type {cls} is not supported")
    classifier = NumpyClassifier(steps, name=config.get("config", {}).get("name", path.stem))
    _check_classifier_shapes(classifier, path)
    return classifier


def _chain_layers(config: dict[str, Any]) -> list[dict[str, Any]]:
    if config.get("class_name") not in ("Sequential", "Functional", "Model"):
        raise InferenceError("only Sequential or simple functional models are read directly")
    layers = config.get("config", {}).get("layers", [])
    if not isinstance(layers, list) or not layers:
        raise InferenceError("the model config lists no layers")
    flat: list[dict[str, Any]] = []
    for layer in layers:
        if layer.get("class_name") in ("Sequential", "Functional"):
            raise InferenceError("nested models are read through Keras")
        flat.append(layer)
    return flat


def _check_classifier_shapes(classifier: NumpyClassifier, path: Path) -> None:
    dense = [s for s in classifier.steps if s.kind == "dense"]
    if not dense or dense[0].a is None or dense[0].a.shape[0] != 784:
        shape = None if not dense or dense[0].a is None else dense[0].a.shape[0]
        raise ModelFileError(f"{path}: the model takes {shape} inputs, but MNIST digits are "
                             f"784 values (28x28)")
    if dense[-1].a is None or dense[-1].a.shape[1] != 10:
        raise ModelFileError(f"{path}: the model gives {dense[-1].a.shape[1]} outputs, "
                             f"but digits have 10 classes")


def load_classifier(path: str | os.PathLike[str]) -> NumpyClassifier:
    """A numpy classifier for a model file: read directly when possible, else via Keras."""
    path = Path(path).expanduser()
    _check_readable(path)
    if _kind(path) == "keras":
        try:
            return read_classifier(path)
        except InferenceError:
            pass  # an unusual layout: let Keras read it
    loaded = load_model(path)
    try:
        return NumpyClassifier.from_keras(loaded.model, name=path.stem)
    except InferenceError as exc:
        raise ModelFileError(f"{path}: {exc}") from None
