import pytest
from PySide6.QtCore import Qt

from gui.training.model_panel import ModelPanel


@pytest.fixture
def panel(qtbot) -> ModelPanel:  # noqa: ANN001
    widget = ModelPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(qtbot, field, text: str) -> None:  # noqa: ANN001
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_an_out_of_range_split_is_refused_with_the_limits(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["validation split"]
    type_into(qtbot, field, "0.9")
    assert field.text() == "0.9" and panel.problem_label.isVisibleTo(panel)
    assert (
        "0.9 is not allowed" in panel.problem_label.text()
        and "0 to 0.5" in panel.problem_label.text()
    )


def test_leaving_a_refused_entry_keeps_the_old_value_and_says_so(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["validation split"]
    old = panel.spec().validation_split  # the first preset's
    type_into(qtbot, field, "0.9")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == pytest.approx(old) and panel.spec().validation_split == old
    assert f"kept {old:.2f}" in panel.problem_label.text()


def test_letters_in_the_learning_rate_are_not_turned_into_a_number(
    panel: ModelPanel, qtbot
) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["learning rate"]
    old = panel.spec().learning_rate  # the first preset's
    type_into(qtbot, field, "abc-5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert panel.spec().learning_rate == pytest.approx(old)
    assert "takes a number" in panel.problem_label.text()


def test_batch_zero_is_refused_not_reset_silently(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["batch"]
    type_into(qtbot, field, "0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (
        panel.spec().batch_size == 32
        and "Batch size: 0 is not allowed" in panel.problem_label.text()
    )


def test_a_valid_entry_clears_the_reason(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["batch"]
    type_into(qtbot, field, "0")
    type_into(qtbot, field, "64")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert panel.spec().batch_size == 64 and not panel.problem_label.isVisibleTo(panel)


def test_leaving_a_refused_entry_clears_the_red_border(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["validation split"]
    type_into(qtbot, field, "0.9")
    assert field.invalid()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.invalid() and field.styleSheet() == ""
    assert "c0392b" not in panel.problem_label.styleSheet()


def test_a_preset_change_clears_a_kept_reason(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["batch"]
    type_into(qtbot, field, "100000")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    panel.choose_preset(panel.preset_keys()[1])
    assert not panel.problem_label.isVisibleTo(panel) and not field.problem


def test_a_later_valid_value_clears_a_kept_reason(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["batch"]
    type_into(qtbot, field, "100000")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    type_into(qtbot, field, "48")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not panel.problem_label.isVisibleTo(panel)


def test_a_labs_epoch_cap_is_named_in_the_refusal(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    panel.apply_lab((), None, 2)
    field = panel.numeric_fields()["epochs"]
    type_into(qtbot, field, "5")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    text = panel.problem_label.text()
    assert "1 to 2" in text and "lab" in text and "kept" in text


def test_a_comma_is_taken_as_the_decimal_sign_in_english(panel: ModelPanel, qtbot) -> None:  # noqa: ANN001
    field = panel.numeric_fields()["validation split"]
    type_into(qtbot, field, "0,25")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "0.25" and field.value() == pytest.approx(0.25)


def test_decimals_use_the_language_s_sign_and_take_a_point_too(qtbot) -> None:  # noqa: ANN001
    from core import i18n
    from gui.training.checked_fields import CheckedDoubleSpinBox

    i18n.set_language("de")
    try:
        field = CheckedDoubleSpinBox("Validierungsanteil")
        qtbot.addWidget(field)
        field.setRange(0, 0.5)
        field.setValue(0.1)
        field.show()
        assert field.text() == "0,10"
        type_into(qtbot, field, "0.25")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == "0,25" and field.value() == pytest.approx(0.25)
        type_into(qtbot, field, "0.9")
        assert "von 0 bis 0,5" in field.problem or "0 to 0,5" in field.problem
    finally:
        i18n.set_language("en")
