from gui.elided_combo import ElidedComboBox

LONG = "run: assignment-2 #4 (continued from assignment-2 #3) (1024-512-256-128-64)"


def test_a_long_entry_keeps_both_ends_and_is_whole_in_the_tooltip(qtbot) -> None:  # noqa: ANN001
    combo = ElidedComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["bundled: assignment-1", LONG])
    combo.setFixedWidth(180)
    combo.setCurrentIndex(1)
    shown = combo.displayed_text()
    assert shown.startswith("run: ") and shown.endswith("-64)") and "…" in shown
    assert combo.toolTip() == LONG


def test_a_short_entry_is_shown_whole(qtbot) -> None:  # noqa: ANN001
    combo = ElidedComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["bundled: assignment-1"])
    combo.setFixedWidth(300)
    assert combo.displayed_text() == "bundled: assignment-1"
