import pytest

from core.model.architectures import PRESETS
from gui.training.model_panel import ModelPanel


@pytest.fixture
def panel(qtbot) -> ModelPanel:  # noqa: ANN001
    widget = ModelPanel()
    qtbot.addWidget(widget)
    return widget


def choose(panel: ModelPanel, key: str) -> None:
    panel.choose_preset(key)


@pytest.mark.parametrize(("key", "total"), [("assignment-1", "25,818"),
                                            ("assignment-2", "1,501,770")])
def test_summary_total_follows_the_preset(panel: ModelPanel, key: str, total: str) -> None:
    choose(panel, key)
    assert total in panel.total_text()
    assert panel.spec() == PRESETS[key].spec


def test_editing_units_makes_a_custom_spec_and_updates_the_count(panel: ModelPanel,
                                                                 qtbot) -> None:  # noqa: ANN001
    choose(panel, "assignment-1")
    with qtbot.waitSignal(panel.spec_changed) as blocker:
        panel.set_units(0, 64)
    spec = blocker.args[0]
    assert spec.layer_text == "64-16" and f"{spec.param_count():,}" in panel.total_text()
    assert panel.current_preset() == "custom"


def test_add_and_remove_layers(panel: ModelPanel) -> None:
    choose(panel, "assignment-1")
    panel.add_layer()
    assert len(panel.spec().layers) == 3
    for _ in range(4):
        panel.remove_layer()  # down to no hidden layer: softmax regression, still valid
    assert panel.spec().layers == ()
    panel.spec().validate()


@pytest.mark.parametrize("end", ["minimum", "maximum"])
def test_every_value_the_fields_allow_is_a_valid_spec(panel: ModelPanel, end: str) -> None:
    for field in panel.numeric_fields().values():
        field.setValue(getattr(field, end)())
    panel.spec().validate()  # raises SpecError if a field allowed a value training refuses


@pytest.mark.parametrize(("key", "enabled"), [("classic-256-128", True),
                                              ("assignment-1-adam", False)])
def test_momentum_is_offered_only_for_sgd(panel: ModelPanel, key: str, enabled: bool) -> None:
    choose(panel, key)
    assert panel.momentum_enabled() is enabled


def test_a_network_over_the_parameter_cap_says_so_under_the_summary(panel: ModelPanel) -> None:
    from core.model.architectures import LayerSpec

    panel.set_spec(PRESETS["assignment-1"].spec.replace(
        layers=tuple(LayerSpec(16384) for _ in range(3))))
    assert "50,000,000" in panel.total_text()


@pytest.mark.parametrize("field", ["epochs", "learning rate", "batch"])
def test_training_options_keep_the_preset(panel: ModelPanel, field: str) -> None:
    choose(panel, "sigmoid-deep")
    box = panel.numeric_fields()[field]
    box.setValue(box.value() + box.singleStep())
    assert panel.current_preset() == "sigmoid-deep" and panel.spec().name == "sigmoid-deep"


def test_a_spec_with_a_presets_layers_shows_that_preset(panel: ModelPanel) -> None:
    panel.set_spec(PRESETS["assignment-2"].spec.replace(epochs=3))
    assert panel.current_preset() == "assignment-2"
