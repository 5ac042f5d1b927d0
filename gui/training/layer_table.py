"""LayerTable: the hidden layers as an editable table (units, activation, dropout, BN, L2)
with Add, Remove and move buttons; it reads and writes `LayerSpec`s and says when edited.

The BN cell says where the batch norm sits: none, after the activation, or before it (the
lesson's Dense → BatchNormalization → ReLU)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model.architectures import ACTIVATIONS, MAX_LAYERS, MAX_UNITS, LayerSpec
from gui.training.checked_fields import CheckedDoubleSpinBox, CheckedSpinBox

COLUMNS = (QT_TRANSLATE_NOOP("LayerTable", "units"), QT_TRANSLATE_NOOP("LayerTable", "act."),
           QT_TRANSLATE_NOOP("LayerTable", "drop"), QT_TRANSLATE_NOOP("LayerTable", "BN"), "L2")
# the BN cell's choices, in its order: (batch_norm, batch_norm_before) and the text shown
BN_CHOICES = (((False, False), QT_TRANSLATE_NOOP("LayerTable", "none")),
              ((True, False), QT_TRANSLATE_NOOP("LayerTable", "after")),
              ((True, True), QT_TRANSLATE_NOOP("LayerTable", "before")))
COLUMN_TIPS = (QT_TRANSLATE_NOOP("LayerTable", "Neurons in the layer"),
               QT_TRANSLATE_NOOP("LayerTable", "Activation function"),
               QT_TRANSLATE_NOOP("LayerTable", "Dropout after the layer"),
               QT_TRANSLATE_NOOP("LayerTable", "Batch normalisation: after the activation "
                                               "(Dense → act. → BN) or before it (Dense → BN "
                                               "→ act., as the lesson's Dense → "
                                               "BatchNormalization → ReLU)"),
               QT_TRANSLATE_NOOP("LayerTable", "L2 weight penalty"))  # translated where shown


def _fraction(label: str, decimals: int, high: float, step: float,
              value: float) -> CheckedDoubleSpinBox:
    field = CheckedDoubleSpinBox(label)
    field.setDecimals(decimals)
    field.setRange(0.0, high)
    field.setSingleStep(step)
    field.setValue(value)
    return field


class LayerTable(QGroupBox):
    """The "Hidden layers" box; `edited` fires on any change, `problem_changed` with the
    reason a cell refused what was typed."""

    edited = Signal()
    problem_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hidden layers"))
        self.setToolTip(self.tr("Input 784 pixels → these layers → softmax over the 10 digits"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Hidden layers")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for column, tip in enumerate(COLUMN_TIPS):
            self.table.horizontalHeaderItem(column).setToolTip(self.tr(tip))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on, never stuck in the table
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, tip, name, slot in (
                (self.tr("Add"), self.tr("Add a layer below the selected one"),
                 "Add a layer below one", self.add_row),
                (self.tr("Remove"), self.tr("Remove the selected layer"), "Remove layer",
                 self.remove_row),
                ("▲", self.tr("Move the selected layer up"), "Move layer up",
                 lambda: self.move(-1)),
                ("▼", self.tr("Move the selected layer down"), "Move layer down",
                 lambda: self.move(1))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setMinimumWidth(36 if text in "▲▼" else 56)  # not the style's 80 px
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(buttons)

    def layers(self) -> tuple[LayerSpec, ...]:
        result = []
        for row in range(self.table.rowCount()):
            units, activation, dropout, norm, l2 = (self.table.cellWidget(row, c)
                                                    for c in range(len(COLUMNS)))
            batch_norm, before = BN_CHOICES[max(0, norm.currentIndex())][0]
            result.append(LayerSpec(units.value(), activation.currentText(), dropout.value(),
                                    batch_norm, l2.value(), before))
        return tuple(result)

    def set_layers(self, layers: tuple[LayerSpec, ...]) -> None:
        """Show these layers (no `edited` signal: the caller knows)."""
        self.table.setRowCount(0)
        for layer in layers:
            self._insert_row(self.table.rowCount(), layer)

    def set_editable(self, editable: bool) -> None:
        self.table.setEnabled(editable)
        for button in self.buttons:
            button.setEnabled(editable)

    def editable(self) -> bool:
        return self.table.isEnabled()

    def set_units(self, row: int, units: int) -> None:
        self.table.cellWidget(row, 0).setValue(units)

    def _insert_row(self, row: int, layer: LayerSpec) -> None:
        self.table.insertRow(row)
        units = CheckedSpinBox(self.tr("Units"))
        units.setRange(1, MAX_UNITS)
        units.setValue(layer.units)
        activation = QComboBox()
        activation.addItems(ACTIVATIONS)
        activation.setCurrentText(layer.activation)
        activation.setAccessibleName("Activation")
        dropout = _fraction(self.tr("Dropout"), 2, 0.9, 0.05, layer.dropout)
        norm = QComboBox()
        norm.addItems([self.tr(text) for _, text in BN_CHOICES])
        norm.setCurrentIndex([choice for choice, _ in BN_CHOICES].index(
            (layer.batch_norm, layer.batch_norm and layer.batch_norm_before)))
        norm.setAccessibleName("Batch normalisation")
        l2 = _fraction("L2", 4, 1.0, 0.001, layer.l2)
        widgets = (units, activation, dropout, norm, l2)
        for column, widget in enumerate(widgets):
            widget.setToolTip(self.tr(COLUMN_TIPS[column]))
            self.table.setCellWidget(row, column, widget)
        for spin in (units, dropout, l2):  # no arrows in the table: the values fit
            spin.setButtonSymbols(spin.ButtonSymbols.NoButtons)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._changed)
            spin.problem_changed.connect(self.problem_changed)
        activation.currentIndexChanged.connect(self._changed)
        norm.currentIndexChanged.connect(self._changed)
        self._number_rows()

    def _number_rows(self) -> None:
        for row in range(self.table.rowCount()):
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
        rows = min(max(self.table.rowCount(), 3), 6)  # as tall as its rows: no empty space
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)

    def _changed(self) -> None:
        self._number_rows()
        self.edited.emit()

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.rowCount() - 1

    def add_row(self) -> None:
        """Add a layer below the selected one (half its units, same activation)."""
        if self.table.rowCount() >= MAX_LAYERS:
            return
        row = self._selected_row()
        layers = self.layers()
        template = layers[row] if layers and row >= 0 else LayerSpec(64)
        self._insert_row(row + 1, LayerSpec(max(1, template.units // 2), template.activation))
        self.table.selectRow(row + 1)
        self._changed()

    def remove_row(self) -> None:
        """Remove the selected layer; with none left the network is softmax regression."""
        if self.table.rowCount() < 1:
            return
        self.table.removeRow(self._selected_row())
        self._changed()

    def move(self, offset: int) -> None:
        row = self._selected_row()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        layers = list(self.layers())
        layers[row], layers[target] = layers[target], layers[row]
        self.set_layers(tuple(layers))
        self.table.selectRow(target)
        self._changed()
