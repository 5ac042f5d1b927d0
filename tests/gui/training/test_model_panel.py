import pytest

from core.model.architectures import PRESETS
from gui.training.model_panel import ModelPanel


@pytest.fixture
def panel(qtbot) -> ModelPanel:  # noqa: ANN001
    widget = ModelPanel()
    qtbot.addWidget(widget)
    return widget


def choose(panel: ModelPanel, key: str) -> None:
    panel._preset.setCurrentIndex(panel._preset.findData(key))  # noqa: SLF001


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
        panel._table.cellWidget(0, 0).setValue(64)  # noqa: SLF001
    spec = blocker.args[0]
    assert spec.layer_text == "64-16" and f"{spec.param_count():,}" in panel.total_text()
    assert panel._preset.currentData() == "custom"  # noqa: SLF001


def test_add_and_remove_layers(panel: ModelPanel) -> None:
    choose(panel, "assignment-1")
    panel._add_row()  # noqa: SLF001
    assert len(panel.spec().layers) == 3
    panel._remove_row()  # noqa: SLF001
    panel._remove_row()  # noqa: SLF001
    panel._remove_row()  # noqa: SLF001 (the last layer cannot be removed)
    assert len(panel.spec().layers) == 1


def test_fields_refuse_invalid_values(panel: ModelPanel) -> None:
    panel._lr.setValue(-5)  # noqa: SLF001
    panel._batch.setValue(0)  # noqa: SLF001
    panel.spec().validate()
    assert panel.spec().learning_rate > 0 and panel.spec().batch_size >= 1
