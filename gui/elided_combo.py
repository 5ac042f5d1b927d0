"""ElidedComboBox: a combo box that shortens a long entry in its middle, never its end.

Model names differ at both ends ("bundled: assignment-1", "run: assignment-2 #4 (continued
from …)"): Qt's closed combo box cuts the end, so two entries could read the same. This one
draws the chosen entry elided in the middle, shows it whole in the tooltip, and opens a list
wide enough for the longest entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidedComboBox(QComboBox):
    """A QComboBox whose closed text is elided in the middle, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.currentIndexChanged.connect(lambda: self.setToolTip(self.currentText()))

    def displayed_text(self) -> str:
        """The chosen entry as drawn in the closed box (elided to fit its width)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideMiddle,
                                             max(1, field.width()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.displayed_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        """The list as wide as its longest entry (up to the screen), not the box's width."""
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i))
                      for i in range(self.count())), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() else 1200
        self.view().setMinimumWidth(min(screen - 40, widest + 40))
        super().showPopup()
