"""Every control a keyboard can reach says what it is (to a screen reader, too)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLineEdit,
    QListView,
    QTabBar,
    QWidget,
)

INTERNAL = (QTabBar, QListView)  # tab titles speak for the bar; combo popups are Qt's own


def test_every_focusable_control_has_a_name(window, qtbot) -> None:  # noqa: ANN001
    import pyqtgraph as pg

    for index in range(window.views.count()):  # every view built (some build lazily)
        window.views.setCurrentIndex(index)
        qtbot.wait(10)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, INTERNAL):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box has the name
        if isinstance(widget.parent(), (pg.PlotWidget, pg.GraphicsLayoutWidget)):
            continue  # pyqtgraph's viewport inside a named plot
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            unnamed.append(type(widget).__name__)
    assert unnamed == []
