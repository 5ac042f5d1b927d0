import os
from pathlib import Path

import keras
import numpy as np
import pytest

from core.model import model_files
from core.model.architectures import ModelSpec, parse_layers
from core.model.metadata import ModelMetadata
from core.model.model_files import ModelFileError
from core.model.network import build_model

SPEC = ModelSpec(parse_layers("16-8"), seed=1)


def dense_model(inputs: tuple[int, ...] = (784,), outputs: int = 10) -> keras.Model:
    layers = [keras.Input(inputs)] + ([keras.layers.Flatten()] if len(inputs) > 1 else [])
    return keras.Sequential(layers + [keras.layers.Dense(outputs, activation="softmax")])


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    return model_files.save_model(build_model(SPEC), tmp_path / "m.keras",
                                  ModelMetadata(spec=SPEC.to_dict(), test_accuracy=0.5))


def test_metadata_survives_save_and_load(saved: Path) -> None:
    loaded = model_files.load_model(saved)
    assert ModelSpec.from_dict(loaded.metadata.spec) == SPEC
    assert loaded.metadata.test_accuracy == 0.5
    assert "app" not in loaded.metadata.extra  # the schema's own key, not a stray one


def test_our_files_load_in_plain_keras(saved: Path) -> None:
    assert keras.models.load_model(saved).count_params() == SPEC.param_count()


def test_direct_reader_matches_keras_without_tensorflow_calls(saved: Path) -> None:
    x = np.random.default_rng(0).random((5, 784)).astype(np.float32)
    expected = keras.models.load_model(saved).predict(x, verbose=0)
    assert np.allclose(model_files.read_classifier(saved).predict_proba(x), expected, atol=1e-5)


def test_plain_keras_script_model_loads(tmp_path: Path) -> None:
    path = tmp_path / "my_model.keras"
    dense_model((28, 28)).save(path)
    loaded = model_files.load_model(path)
    assert loaded.metadata == ModelMetadata() and model_files.load_classifier(path).predict(
        np.zeros((1, 28, 28))).shape == (1,)


def test_failed_save_keeps_the_previous_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    model = build_model(SPEC)

    def disk_full(path: object, *args: object, **kwargs: object) -> None:
        Path(str(path)).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(model, "save", disk_full)
    with pytest.raises(ModelFileError, match="No space left.*unchanged"):
        model_files.save_model(model, saved)
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == ["m.keras"]


HOSTILE = {
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(4096)), "not a Keras model"),
    "h5 garbage": (lambda p: p.write_bytes(b"\x89HDF\r\n\x1a\n" + os.urandom(512)), "could not"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_bytes_give_one_clear_error(tmp_path: Path, case: str) -> None:
    write, message = HOSTILE[case]
    path = tmp_path / "bad.keras"
    write(path)
    with pytest.raises(ModelFileError, match=message):
        model_files.load_model(path)


def test_truncated_archive_is_refused(saved: Path) -> None:
    saved.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])
    with pytest.raises(ModelFileError, match="damaged or truncated"):
        model_files.load_classifier(saved)


def test_lambda_layer_is_refused_by_safe_mode(tmp_path: Path) -> None:
    path = tmp_path / "lambda.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Lambda(lambda x: x * 2),
                      keras.layers.Dense(10, activation="softmax")]).save(path)
    with pytest.raises(ModelFileError, match="code"):
        model_files.load_model(path)


@pytest.mark.parametrize(("inputs", "outputs", "message"), [
    ((100,), 10, "input of shape"), ((784,), 5, "outputs"),
])
def test_wrong_shapes_are_refused(tmp_path: Path, inputs: tuple, outputs: int,
                                  message: str) -> None:
    path = tmp_path / "shape.keras"
    dense_model(inputs, outputs).save(path)
    with pytest.raises(ModelFileError, match=message):
        model_files.load_model(path)
    with pytest.raises(ModelFileError):
        model_files.load_classifier(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="folder"):
        model_files.load_model(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_refused(saved: Path) -> None:
    saved.chmod(0)
    with pytest.raises(ModelFileError, match="permission"):
        model_files.load_model(saved)


def test_saving_without_optimizer_makes_a_smaller_loadable_file(tmp_path: Path) -> None:
    model = build_model(SPEC)
    model.fit(np.zeros((4, 784)), np.zeros(4), verbose=0)  # builds the optimizer's slots
    full = model_files.save_model(model, tmp_path / "full.keras")
    slim = model_files.save_model(model, tmp_path / "slim.keras", include_optimizer=False)
    assert slim.stat().st_size < full.stat().st_size
    assert np.allclose(model_files.read_classifier(slim).predict_proba(np.ones((1, 784))),
                       model.predict(np.ones((1, 784)), verbose=0), atol=1e-5)


def test_saved_files_are_readable_by_others_per_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        saved = model_files.save_model(build_model(SPEC), tmp_path / "shared.keras")
    finally:
        os.umask(old)
    assert saved.stat().st_mode & 0o777 == 0o644


def _quickstart(path: Path, activation_layers: bool = False) -> keras.Model:
    """Keras's beginner quickstart: Flatten, Dense(relu), Dropout, Dense(10) logits."""
    hidden = ([keras.layers.Dense(12), keras.layers.Activation("relu")] if activation_layers
              else [keras.layers.Dense(12, activation="relu")])
    model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(), *hidden,
                              keras.layers.Dropout(0.2), keras.layers.Dense(10)])
    model.save(path)
    return model


def test_a_logits_model_gets_a_softmax(tmp_path: Path) -> None:
    path = tmp_path / "logits.keras"
    model = _quickstart(path)
    x = np.random.default_rng(1).random((3, 28, 28)).astype(np.float32)
    classifier = model_files.load_classifier(path)
    probabilities = classifier.predict_proba(x)
    assert classifier.added_softmax and np.all(probabilities >= 0)
    assert np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(probabilities, keras.ops.softmax(model(x)).numpy(), atol=1e-5)


def test_separate_activation_layers_read_like_keras(tmp_path: Path) -> None:
    path = tmp_path / "activations.keras"
    model = _quickstart(path, activation_layers=True)
    x = np.random.default_rng(2).random((3, 784)).astype(np.float32)
    expected = keras.ops.softmax(model(x.reshape(3, 28, 28))).numpy()
    assert np.allclose(model_files.read_classifier(path).predict_proba(x), expected, atol=1e-5)


def test_a_dict_activation_is_read_without_keras(tmp_path: Path) -> None:
    import json
    import zipfile

    path = tmp_path / "dict.keras"
    build_model(SPEC).save(path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    config = json.loads(members["config.json"])
    config["config"]["layers"][1]["config"]["activation"] = {
        "module": "keras.activations", "class_name": "function", "config": "relu",
        "registered_name": "function"}
    members["config.json"] = json.dumps(config).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert model_files.read_classifier(path).steps[0].activation == "relu"


def test_saving_an_opened_h5_keeps_its_format(tmp_path: Path) -> None:
    source = tmp_path / "legacy.h5"
    build_model(SPEC).save(source)
    saved = model_files.copy_model_file(source, tmp_path / "copy.keras")
    assert saved.suffix == ".h5" and keras.models.load_model(saved).count_params() > 0


def test_a_net_with_two_batch_norm_layers_counts_its_parameters() -> None:
    from core.model.classifier import default_model_path

    preset = default_model_path().parent / "presets" / "batchnorm-256-128.keras"
    assert model_files.load_classifier(preset).param_count == 236_682
