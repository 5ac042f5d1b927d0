"""Crafted, damaged and hostile model files: one clear error each, in bounded time and memory."""

import json
import time
import zipfile
from pathlib import Path

import keras
import numpy as np
import pytest

from core.cli import cli
from core.model import model_files
from core.model.architectures import ModelSpec, parse_layers
from core.model.metadata import ModelMetadata
from core.model.model_files import ModelFileError
from core.model.network import build_model

SPEC = ModelSpec(parse_layers("16"), seed=1)


def _rewrite(path: Path, member: str, change) -> Path:  # noqa: ANN001
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[member] = change(members.get(member, b""))
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _config(change):  # noqa: ANN001, ANN202
    return lambda raw: json.dumps(change(json.loads(raw))).encode()


def _set_layer(config: dict, value: object) -> dict:
    config["config"]["layers"][1] = value
    return config


CRAFTED = {
    "config is a list": ("config.json", _config(lambda c: [c])),
    "a layer is a string": ("config.json", _config(lambda c: _set_layer(c, "Dense"))),
    "weights lack vars": ("model.weights.h5", lambda raw: b"\x89HDF\r\n\x1a\n" + bytes(64)),
    "metadata params many": ("digitlab.json", lambda raw: b'{"params": "many", "seed": "x"}'),
    "metadata is deeply nested": ("digitlab.json", lambda raw: b"[" * 100_000 + b"]" * 100_000),
}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    return model_files.save_model(build_model(SPEC), tmp_path / "m.keras", ModelMetadata())


@pytest.mark.parametrize("case", CRAFTED)
def test_crafted_files_give_a_model_file_error_or_load(saved: Path, case: str) -> None:
    member, change = CRAFTED[case]
    _rewrite(saved, member, change)
    try:
        classifier = model_files.load_classifier(saved)
    except ModelFileError as exc:
        assert "\n" not in str(exc)
    else:
        assert classifier.predict_proba(np.zeros((1, 784))).shape == (1, 10)
    assert isinstance(model_files.read_metadata(saved), ModelMetadata)


@pytest.mark.parametrize("case", CRAFTED)
def test_the_cli_names_the_problem_not_an_exception_type(saved: Path, case: str,
                                                         capsys: pytest.CaptureFixture) -> None:
    member, change = CRAFTED[case]
    _rewrite(saved, member, change)
    cli.main(["predict", "--model", str(saved), str(saved)])
    assert "unexpected" not in capsys.readouterr().err


def test_a_zip_bomb_is_refused_from_the_directory(tmp_path: Path, saved: Path) -> None:
    def bomb(_: bytes) -> bytes:
        return b" " * (64 << 20)  # 64 MB of spaces, a few kB compressed

    with zipfile.ZipFile(saved) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, bomb(data) if name == "config.json" else data)
    started = time.perf_counter()
    with pytest.raises(ModelFileError, match="would unpack to 64 MB"):
        model_files.load_classifier(saved)
    assert time.perf_counter() - started < 2


def test_non_finite_weights_are_refused(tmp_path: Path) -> None:
    model = build_model(SPEC)
    weights = model.get_weights()
    weights[0][0, 0] = np.nan
    model.set_weights(weights)
    path = model_files.save_model(model, tmp_path / "nan.keras")
    with pytest.raises(ModelFileError, match="NaN"):
        model_files.load_classifier(path)


def test_a_very_long_target_name_saves(tmp_path: Path) -> None:
    target = tmp_path / ("m" * 240 + ".keras")
    assert model_files.save_model(build_model(SPEC), target).is_file()


def test_keras_itself_still_loads_a_dict_activation_model(tmp_path: Path) -> None:
    path = tmp_path / "dict.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")]).save(
        path)
    _rewrite(path, "config.json", _config(lambda c: _set_dense_activation(c)))
    assert model_files.load_classifier(path).steps[0].activation == "softmax"


def _set_dense_activation(config: dict) -> dict:
    config["config"]["layers"][1]["config"]["activation"] = {
        "module": "keras.activations", "class_name": "function", "config": "softmax",
        "registered_name": "function"}
    return config
