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
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core import __version__
from core.i18n import Context
from core.model import layer_map
from core.model.classifier import InferenceError, NumpyClassifier, default_model_path
from core.model.layer_map import LayerData
from core.model.metadata import METADATA_NAME, ModelMetadata
from core.store import atomic, plain

MAX_MODEL_BYTES = 512 << 20  # dense MNIST nets are a few MB; refuse absurd files early
MAX_METADATA_BYTES = 16 << 20  # a history of 10,000 epochs is well under 2 MB
MAX_CONFIG_BYTES = 16 << 20  # a 20-layer config is a few kB

ModelFiles = Context("ModelFiles")  # ModelFiles.tr(…): why a model file cannot be used


class ModelFileError(ValueError):
    """A model file that cannot be used, with a one-line reason."""


@dataclass
class LoadedModel:
    """A Keras model with the metadata DigitLab saved beside it (empty for foreign files)."""

    model: Any
    metadata: ModelMetadata = field(default_factory=ModelMetadata)
    path: Path | None = None


def _check_readable(path: Path) -> None:
    problem = plain.file_problem(path, ModelFiles.tr("model file"), MAX_MODEL_BYTES)
    if problem:
        raise ModelFileError(problem)


def _kind(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK"):
        if not zipfile.is_zipfile(path):
            raise ModelFileError(ModelFiles.tr("{0} is a damaged or truncated .keras archive")
                                 .format(path))
        _check_unpacked_sizes(path)
        return "keras"
    if head == b"\x89HDF\r\n\x1a\n":
        return "h5"
    raise ModelFileError(ModelFiles.tr("{0} is not a Keras model (.keras or .h5)").format(path))


def _check_unpacked_sizes(path: Path) -> None:
    """Refuse a zip bomb from the archive's directory, before any member is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise ModelFileError(ModelFiles.tr("{0} is a damaged .keras archive ({1})")
                             .format(path, exc)) from None
    total = sum(info.file_size for info in members)
    small = {"config.json": MAX_CONFIG_BYTES, METADATA_NAME: MAX_METADATA_BYTES,
             "metadata.json": MAX_CONFIG_BYTES}
    for info in members:
        limit = small.get(info.filename, MAX_MODEL_BYTES)
        if info.file_size > limit:
            raise ModelFileError(ModelFiles.tr(
                "{0}: {1} would unpack to {2} MB (at most {3} MB for a dense MNIST model); "
                "refused").format(path, info.filename, info.file_size >> 20, limit >> 20))
    if total > MAX_MODEL_BYTES:
        raise ModelFileError(ModelFiles.tr("{0} would unpack to {1} MB; refused")
                             .format(path, total >> 20))


def read_metadata(path: str | os.PathLike[str]) -> ModelMetadata:
    """DigitLab's metadata from a `.keras` file (empty when there is none or it is damaged)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if METADATA_NAME not in archive.namelist():
                return ModelMetadata()
            if archive.getinfo(METADATA_NAME).file_size > MAX_METADATA_BYTES:
                return ModelMetadata()
            return ModelMetadata.from_dict(json.loads(archive.read(METADATA_NAME)))
    except (OSError, zipfile.BadZipFile, ValueError, RecursionError):
        return ModelMetadata()


def check_shapes(model: Any, path: Path | str | None = None) -> None:
    """Refuse a model whose input is not 784 values or 28x28, or whose output is not 10."""
    path = ModelFiles.tr("the model") if path is None else path
    try:
        in_shape = tuple(model.input_shape)
        out_shape = tuple(model.output_shape)
    except (AttributeError, ValueError, TypeError):
        raise ModelFileError(ModelFiles.tr("{0}: the model has no single input and output")
                             .format(path)) from None
    if in_shape[1:] not in ((784,), (28, 28), (28, 28, 1)):
        raise ModelFileError(ModelFiles.tr("{0}: the model takes input of shape {1}, but "
                                           "MNIST digits are 784 values (28x28)")
                             .format(path, in_shape[1:]))
    if out_shape[1:] != (10,):
        raise ModelFileError(ModelFiles.tr("{0}: the model gives {1} outputs, but digits have "
                                           "10 classes").format(path, out_shape[1:]))


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
        message = plain.one_line(exc, 300)
        if "safe_mode" in message or "lambda" in message.lower():
            raise ModelFileError(ModelFiles.tr("{0} contains code (a Lambda layer); DigitLab "
                                               "refuses to run code from model files")
                                 .format(path)) from None
        raise ModelFileError(ModelFiles.tr("{0} could not be loaded as a Keras model: {1}")
                             .format(path, message)) from None
    check_shapes(model, path)
    metadata = read_metadata(path) if kind == "keras" else ModelMetadata()
    return LoadedModel(model, metadata, path)


def save_model(model: Any, path: str | os.PathLike[str],
               metadata: ModelMetadata | None = None, include_optimizer: bool = True) -> Path:
    """Save `model` to a `.keras` file atomically (`store.atomic`), with its metadata inside.

    Without the optimizer (bundled models, runs' kept models) the file is a third of the
    size; training it again starts a fresh optimizer.
    """
    path = Path(path).expanduser()
    if path.suffix != ".keras":
        raise ModelFileError(ModelFiles.tr("{0}: model files end in .keras").format(path))
    meta = {**(metadata or ModelMetadata()).to_dict(), "app_version": __version__}
    payload = json.dumps(meta, indent=1, default=_json_default)

    def write(tmp: Path) -> None:
        if include_optimizer:
            model.save(tmp)
        else:
            bare = type(model).from_config(model.get_config())  # never compiled
            bare.set_weights(model.get_weights())
            bare.save(tmp)
        with zipfile.ZipFile(tmp, "a") as archive:
            archive.writestr(METADATA_NAME, payload)

    try:
        return atomic.write_with(path, write)
    except OSError as exc:
        raise ModelFileError(str(exc)) from None


def copy_model_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Save an opened model file under another name, atomically and in its own format.

    A `.keras` archive is copied; a legacy `.h5` keeps its HDF5 format, so its new name
    must end in `.h5` (plain Keras could not load HDF5 bytes under a `.keras` name).
    """
    source, target = Path(source), Path(target).expanduser()
    kind = _kind(source)
    wanted = ".keras" if kind == "keras" else ".h5"
    if target.suffix != wanted:
        target = target.with_suffix(wanted)
    try:
        return atomic.write_bytes(target, source.read_bytes())
    except OSError as exc:
        raise ModelFileError(str(exc)) from None


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot store {type(value).__name__} in metadata")


# --- reading weights without TensorFlow -------------------------------------------------------

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
    chain: list[LayerData] = []
    with h5py.File(io.BytesIO(weights_blob), "r") as h5:
        group = h5["layers"] if "layers" in h5 else h5
        for layer in layers:
            cls, cfg = str(layer["class_name"]), layer.get("config") or {}
            base = _snake(cls)
            index = counters.get(base, 0)
            counters[base] = index + 1
            key = base if index == 0 else f"{base}_{index}"
            weights: list[np.ndarray] = []
            if layer_map.needs_weights(cls):
                if key not in group or "vars" not in group[key]:
                    raise InferenceError(f"weights for layer {key!r} are missing")
                variables = group[key]["vars"]
                weights = [np.asarray(variables[str(i)], np.float32)
                           for i in range(len(variables))]
            chain.append(LayerData(cls, cfg if isinstance(cfg, dict) else {}, weights))
    steps, added = layer_map.steps_from_layers(chain)
    name = config.get("config", {}).get("name") if isinstance(config.get("config"), dict) else ""
    classifier = NumpyClassifier(steps, name=str(name or path.stem), added_softmax=added)
    _check_classifier_shapes(classifier, path)
    return classifier


def _chain_layers(config: Any) -> list[dict[str, Any]]:
    if not isinstance(config, dict) or config.get("class_name") not in (
            "Sequential", "Functional", "Model"):
        raise InferenceError("only Sequential or simple functional models are read directly")
    inner = config.get("config")
    layers = inner.get("layers", []) if isinstance(inner, dict) else []
    if not isinstance(layers, list) or not layers:
        raise InferenceError("the model config lists no layers")
    flat: list[dict[str, Any]] = []
    for layer in layers:
        if not isinstance(layer, dict) or not isinstance(layer.get("class_name"), str):
            raise InferenceError("a layer in the model config is not a layer description")
        if layer.get("class_name") in ("Sequential", "Functional"):
            raise InferenceError("nested models are read through Keras")
        flat.append(layer)
    return flat


def _check_classifier_shapes(classifier: NumpyClassifier, path: Path) -> None:
    if not all(np.isfinite(array).all() for step in classifier.steps
               for array in (step.a, step.b) if array is not None):
        raise ModelFileError(ModelFiles.tr("{0} has weights that are not numbers (NaN or "
                                           "infinity): its training diverged").format(path))
    dense = [s for s in classifier.steps if s.kind == "dense"]
    if not dense or dense[0].a is None or dense[0].a.shape[0] != 784:
        shape = None if not dense or dense[0].a is None else dense[0].a.shape[0]
        raise ModelFileError(ModelFiles.tr("{0}: the model takes {1} inputs, but MNIST digits "
                                           "are 784 values (28x28)").format(path, shape))
    outputs = None if dense[-1].a is None else dense[-1].a.shape[1]
    if outputs != 10:
        raise ModelFileError(ModelFiles.tr("{0}: the model gives {1} outputs, but digits have "
                                           "10 classes").format(path, outputs))
    try:
        classifier.predict_proba(np.zeros((1, 784), np.float32))
    except (ValueError, TypeError) as exc:
        raise ModelFileError(ModelFiles.tr("{0}: its layers do not fit together ({1})")
                             .format(path, exc)) from None


def read_model_file(path: str) -> tuple[str, NumpyClassifier, ModelMetadata]:
    """(path, classifier, metadata) of a model file, as File → Open and the next start
    read it (off the GUI thread: it may need Keras)."""
    return path, load_classifier(path), read_metadata(path)


def load_classifier(path: str | os.PathLike[str] | None = None) -> NumpyClassifier:
    """A numpy classifier for a model file (None = the bundled default model): read
    directly with h5py when possible (no TensorFlow), else through Keras (safe mode)."""
    path = Path(path).expanduser() if path is not None else default_model_path()
    _check_readable(path)
    if _kind(path) == "keras":
        try:
            return read_classifier(path)
        except ModelFileError:
            raise
        except Exception:  # noqa: BLE001 (an unusual or crafted layout: let Keras judge it)
            pass
    loaded = load_model(path)
    try:
        classifier = layer_map.classifier_from_keras(loaded.model, name=path.stem)
    except Exception as exc:  # noqa: BLE001 (one line for the user, whatever Keras raised)
        raise ModelFileError(ModelFiles.tr("{0}: {1}").format(
            path, plain.one_line(exc, 300))) from None
    _check_classifier_shapes(classifier, path)
    return classifier
