"""RunsPanel: the table of training runs; tick runs to overlay their curves, rename, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.store.runs import RunStore, RunStoreError

COLUMNS = ("name", "layers", "params", "optimizer", "lr", "batch", "epochs", "train acc",
           "val acc", "test acc", "seconds", "seed", "stopped")


def _percent(value: Any) -> str:
    return "–" if value is None else f"{100 * float(value):.2f} %"


class RunsPanel(QWidget):
    """Shows a RunStore; `overlays_changed` carries [(name, history)] of the ticked runs."""

    overlays_changed = Signal(list)
    runs_changed = Signal()  # a run was added, renamed or deleted
    status_message = Signal(str)

    def __init__(self, store: RunStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._table = QTableWidget(0, len(COLUMNS))
        self._table.setHorizontalHeaderLabels(COLUMNS)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._table.setMinimumHeight(120)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                    QAbstractItemView.EditTrigger.EditKeyPressed)
        self._table.setToolTip("Tick runs to compare their curves; double-click a name to "
                               "rename it")
        self._table.itemChanged.connect(self._item_changed)
        layout.addWidget(self._table)
        buttons = QHBoxLayout()
        delete = QPushButton("Delete selected run")
        delete.clicked.connect(self._delete_selected)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._filling = True
        try:
            self._table.setRowCount(len(self._store.runs))
            for row, run in enumerate(self._store.runs):
                values = (run.get("name", "run"), run.get("layers", ""),
                          f"{run.get('params', 0):,}", run.get("optimizer", ""),
                          f"{run.get('learning_rate', 0):g}", str(run.get("batch_size", "")),
                          str(run.get("epochs", "")), _percent(run.get("train_accuracy")),
                          _percent(run.get("val_accuracy")), _percent(run.get("test_accuracy")),
                          f"{run.get('seconds', 0):.0f}", str(run.get("seed", "")),
                          run.get("stop_reason", ""))
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if column == 0:
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable |
                                      Qt.ItemFlag.ItemIsEditable)
                        item.setCheckState(Qt.CheckState.Checked if run.get("_shown")
                                           else Qt.CheckState.Unchecked)
                        item.setData(Qt.ItemDataRole.UserRole, run.get("id"))
                    else:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self._table.setItem(row, column, item)
        finally:
            self._filling = False

    def add_run(self, run: dict[str, Any]) -> None:
        try:
            self._store.add(run)
        except RunStoreError as exc:
            self.status_message.emit(str(exc))
        self.refresh()
        self.runs_changed.emit()

    def store(self) -> RunStore:
        return self._store

    def ticked(self) -> list[tuple[str, dict[str, list[float]]]]:
        return [(run.get("name", "run"), run.get("history", {})) for run in self.ticked_runs()]

    def ticked_runs(self) -> list[dict[str, Any]]:
        """The ticked runs' records, in table order."""
        shown = []
        for row in range(self._table.rowCount()):
            item = self._table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                run = self._store.get(item.data(Qt.ItemDataRole.UserRole))
                if run is not None:
                    shown.append(run)
        return shown

    def set_ticked(self, row: int, ticked: bool) -> None:
        self._table.item(row, 0).setCheckState(Qt.CheckState.Checked if ticked
                                               else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        run_id = item.data(Qt.ItemDataRole.UserRole)
        run = self._store.get(run_id)
        if run is not None and item.text().strip() and item.text() != run.get("name"):
            try:
                self._store.rename(run_id, item.text())
            except RunStoreError as exc:
                self.status_message.emit(str(exc))
            self.runs_changed.emit()
        self.overlays_changed.emit(self.ticked())

    def _delete_selected(self) -> None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return
        item = self._table.item(rows[0].row(), 0)
        answer = QMessageBox.question(self, "Delete run",
                                      f"Delete the run “{item.text()}”? Its kept model goes too; "
                                      "models you saved yourself stay.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._store.delete(item.data(Qt.ItemDataRole.UserRole))
        except RunStoreError as exc:
            self.status_message.emit(str(exc))
        self.refresh()
        self.overlays_changed.emit(self.ticked())
        self.runs_changed.emit()

    def row_count(self) -> int:
        return self._table.rowCount()
