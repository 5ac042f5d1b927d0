import pytest

from core.model.architectures import (
    MAX_PARAMS,
    PRESETS,
    LayerSpec,
    ModelSpec,
    SpecError,
    get_preset,
    parse_layers,
    summary_rows,
)

EXPECTED_PARAMS = {
    "assignment-1": 25_818,
    "assignment-2": 1_501_770,
    "classic-256-128": 235_146,
    "dropout-128-64": 109_386,
    "batchnorm-256-128": 236_682,
    "bn-relu-256-128": 236_682,
    "single-100": 79_510,
}


@pytest.mark.parametrize(("key", "params"), EXPECTED_PARAMS.items())
def test_preset_parameter_counts_match_the_teaching_material(key: str, params: int) -> None:
    assert PRESETS[key].spec.param_count() == params


def test_preset_training_settings_follow_the_lessons() -> None:
    classic, dropout = PRESETS["classic-256-128"].spec, PRESETS["dropout-128-64"].spec
    batchnorm = PRESETS["batchnorm-256-128"].spec
    assert (classic.optimizer, classic.batch_size, classic.epochs) == ("sgd", 32, 30)
    assert batchnorm.validation_split == 0.2
    assert [layer.dropout for layer in dropout.layers] == [0.2, 0.2]
    assert (dropout.optimizer, dropout.batch_size, dropout.validation_split) == ("adam", 128, 0.2)
    assert batchnorm.early_stopping_patience == 5 and batchnorm.restore_best_weights


def test_the_checkpoint_preset_is_the_checkpoints_code() -> None:
    classic = PRESETS["classic-256-128"].spec
    assert (classic.optimizer, classic.learning_rate, classic.momentum, classic.batch_size,
            classic.epochs, classic.validation_split) == ("sgd", 0.01, 0.0, 32, 30, 0.0)


@pytest.mark.parametrize("key", ["assignment-1", "assignment-2"])
def test_the_assignment_presets_train_like_the_checkpoint_for_20_epochs(key: str) -> None:
    spec, classic = PRESETS[key].spec, PRESETS["classic-256-128"].spec
    assert spec.replace(layers=(), name="x", epochs=30) == classic.replace(layers=(), name="x")
    assert spec.epochs == 20


@pytest.mark.parametrize("key", ["dropout-128-64", "dropout-0.5-0.3", "l2-256-128",
                                 "batchnorm-256-128", "bn-relu-256-128"])
def test_the_lessons_variants_use_its_validation_split(key: str) -> None:
    assert PRESETS[key].spec.validation_split == 0.2


def test_the_lessons_batch_norm_net_puts_it_before_the_relu() -> None:
    assert all(layer.batch_norm and layer.batch_norm_before
               for layer in PRESETS["bn-relu-256-128"].spec.layers)


@pytest.mark.parametrize("key", ["assignment-1-adam", "assignment-2-adam"])
def test_the_adam_extras_keep_the_old_settings_and_say_they_are_extras(key: str) -> None:
    spec = PRESETS[key].spec
    assert (spec.optimizer, spec.validation_split) == ("adam", 0.1)
    assert "not from the course" in PRESETS[key].source


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_preset_names_its_source(key: str) -> None:
    assert PRESETS[key].source


def test_batch_norm_before_needs_a_batch_norm() -> None:
    with pytest.raises(SpecError, match="batch_norm_before"):
        LayerSpec(10, batch_norm_before=True).validate()


def test_a_layer_written_before_batch_norm_before_existed_opens_with_it_off() -> None:
    spec = ModelSpec.from_dict({"layers": [{"units": 10, "batch_norm": True}]})
    assert spec.layers[0].batch_norm_before is False


def test_lesson_variants_exist() -> None:
    assert [layer.dropout for layer in PRESETS["dropout-0.5-0.3"].spec.layers] == [0.5, 0.3]
    assert {layer.l2 for layer in PRESETS["l2-256-128"].spec.layers} == {0.01}


def test_parse_layers_reads_dash_separated_units() -> None:
    assert [layer.units for layer in parse_layers("1024-512-256-128-64")] == [1024, 512, 256,
                                                                             128, 64]


@pytest.mark.parametrize("text", ["", "256-", "abc", "256--128", "0-10", "-5"])
def test_parse_layers_refuses_bad_text(text: str) -> None:
    with pytest.raises(SpecError):
        parse_layers(text)


@pytest.mark.parametrize("change", [
    {"learning_rate": 0.0}, {"batch_size": 0}, {"epochs": 0}, {"validation_split": 0.95},
    {"optimizer": "adagrad"}, {"momentum": 1.0},
    {"layers": (LayerSpec(10, activation="gelu"),)}, {"layers": (LayerSpec(10, dropout=1.0),)},
])
def test_invalid_values_are_refused_with_a_reason(change: dict) -> None:
    with pytest.raises(SpecError, match=r"\w+"):
        PRESETS["assignment-1"].spec.replace(**change).validate()


def test_spec_survives_a_dict_round_trip() -> None:
    spec = PRESETS["batchnorm-256-128"].spec
    assert ModelSpec.from_dict(spec.to_dict()) == spec


def test_summary_lists_batch_norm_and_dropout_rows() -> None:
    names = [row.layer for row in summary_rows(PRESETS["batchnorm-256-128"].spec)]
    assert names[:4] == ["input", "dense_1 (relu)", "batch_norm_1", "dropout_1 (0.3)"]


def test_unknown_preset_lists_the_known_ones() -> None:
    with pytest.raises(SpecError, match="assignment-1"):
        get_preset("nope")


def test_a_network_without_hidden_layers_is_softmax_regression() -> None:
    from core.model.network import build_model

    spec = PRESETS["no-hidden"].spec
    spec.validate()
    assert build_model(spec, compile_model=False).count_params() == 7850


@pytest.mark.parametrize("field, value", [
    ("restore_best_weights", "__import__('os')"), ("keep_best", 1), ("epochs", 1.5),
    ("seed", 1.5), ("seed", -1), ("batch_size", True), ("early_stopping_patience", 10**9),
    ("optimizer", ["adam"]), ("learning_rate", "0.1"), ("momentum", float("nan")),
    ("name", "two\nlines"), ("loss", "mse")])
def test_from_dict_refuses_a_known_field_of_a_wrong_type_naming_it(field: str,
                                                                  value: object) -> None:
    data = {**PRESETS["assignment-1"].spec.to_dict(), field: value}
    with pytest.raises(SpecError, match=field):
        ModelSpec.from_dict(data)


@pytest.mark.parametrize("field, value", [
    ("units", 2.5), ("units", "8"), ("activation", "gelu"), ("batch_norm", "true"),
    ("dropout", "0.2"), ("l2", -1)])
def test_from_dict_refuses_a_bad_layer_field_naming_it(field: str, value: object) -> None:
    data = {**PRESETS["assignment-1"].spec.to_dict(), "layers": [{"units": 8, field: value}]}
    with pytest.raises(SpecError, match=field):
        ModelSpec.from_dict(data)


def test_from_dict_ignores_unknown_keys_and_fills_missing_ones() -> None:
    spec = ModelSpec.from_dict({"layers": [{"units": 8, "future": 1}], "future_key": "x"})
    assert spec == ModelSpec((LayerSpec(8),))


@pytest.mark.parametrize("layers", ["32-16", [32, 16], [{"units": 32.0}, {"units": 16}]])
def test_from_dict_migrates_older_layer_shapes(layers: object) -> None:
    spec = ModelSpec.from_dict({"layers": layers, "epochs": 20.0, "dropout": 0})
    assert [layer.units for layer in spec.layers] == [32, 16] and spec.epochs == 20
    assert isinstance(spec.epochs, int)


def test_a_network_over_the_parameter_cap_is_refused() -> None:
    spec = ModelSpec(tuple(LayerSpec(16384) for _ in range(20)))
    with pytest.raises(SpecError, match="50,000,000"):
        spec.validate()
    assert spec.param_count() > MAX_PARAMS


def test_the_sigmoid_preset_trains_with_the_courses_plain_sgd() -> None:
    from core.model.architectures import PRESETS

    spec = PRESETS["sigmoid-deep"].spec
    assert (spec.optimizer, spec.learning_rate, spec.momentum, spec.batch_size) == (
        "sgd", 0.01, 0.0, 32)
    assert spec.layers == PRESETS["assignment-2"].spec.layers[:0] + tuple(
        layer.__class__(layer.units, "sigmoid") for layer in PRESETS["assignment-2"].spec.layers)
