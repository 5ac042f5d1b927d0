import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.keyClick(window.views.currentWidget(), key, modifier)


@pytest.mark.parametrize("tab", [0, 1, 2, 3])
def test_ctrl_t_trains_from_every_tab(window, qtbot, tab: int) -> None:  # noqa: ANN001
    window.controls.train_requested.disconnect()  # count the request, do not train
    requests = []
    window.controls.train_requested.connect(lambda: requests.append(1))
    window.views.setCurrentIndex(tab)
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert requests == [1]


def test_stop_and_train_more_follow_their_buttons(window) -> None:  # noqa: ANN001
    actions = window.menus.actions
    assert not actions["stop"].isEnabled() and not actions["more"].isEnabled()
    window.controls.set_running(True)
    assert actions["stop"].isEnabled() and not actions["train"].isEnabled()


def test_the_menus_show_the_shortcuts_and_none_is_esc(window) -> None:  # noqa: ANN001
    keys = {name: window.menus.actions[name].shortcut().toString()
            for name in ("train", "stop", "more")}
    assert keys == {"train": "Ctrl+T", "stop": "Ctrl+.", "more": "Ctrl+Shift+T"}
    assert window.menus.actions["clear"].shortcut().toString() == "Esc"


def test_presenter_mode_toggles_with_the_same_key(window, qtbot) -> None:  # noqa: ANN001
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.presenter_mode() and not window.model_panel.isVisible()
    press(qtbot, window, Qt.Key.Key_F11)
    assert not window.presenter_mode() and window.views.isVisible()


def test_presenter_mode_enlarges_the_answer(window) -> None:  # noqa: ANN001
    before = window.prediction.font().pointSize()
    window.set_presenter_mode(True)
    from PySide6.QtWidgets import QLabel

    sizes = [label.font().pointSize() for label in window.prediction.findChildren(QLabel)]
    assert max(sizes) >= 90 > before


def test_tab_walks_every_main_control_without_getting_stuck(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    window.model_panel.numeric_fields()["learning rate"].setFocus()
    seen = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    names = {w.accessibleName() or w.objectName() or type(w).__name__ for w in seen if w}
    assert {"Learning rate", "Drawing canvas"} <= names
    assert window.controls.train_button in seen


def test_leaving_presenter_mode_restores_every_font(window) -> None:  # noqa: ANN001
    labels = window.prediction.findChildren(type(window.model_label))
    before = [label.font().pointSize() for label in labels]
    window.set_presenter_mode(True)
    window.set_presenter_mode(False)
    assert [label.font().pointSize() for label in labels] == before
