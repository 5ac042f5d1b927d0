"""RunsPanel: the table of training runs; tick runs to overlay their curves, rename, delete."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from core.model.layer_grammar import layers_label
from core.numbers import general, integer, percent
from core.tasks import plain
from core.training.history import History, epochs_words
from core.training.progress import stop_reason_text
from core.training.run import Run
from core.training.run_store import RunStore, RunStoreError
from gui.task_runner import said, shared_runner

COLUMNS = (QT_TRANSLATE_NOOP("RunsPanel", "name"), QT_TRANSLATE_NOOP("RunsPanel", "layers"),
           QT_TRANSLATE_NOOP("RunsPanel", "epochs"), QT_TRANSLATE_NOOP("RunsPanel", "val acc"),
           QT_TRANSLATE_NOOP("RunsPanel", "test acc"))  # the rest: the row's tooltip


def _percent(value: float | None) -> str:
    return "–" if value is None else percent(value)


def _layers(run: Run) -> str:
    """The run's layers with their activation, batch norm and dropout when known."""
    return layers_label(run.spec) if run.spec is not None and run.spec.layers else run.layers


def _row(run: Run) -> tuple[str, ...]:
    return (run.name, _layers(run), run.history.epochs_text, _percent(run.val_accuracy),
            _percent(run.test_accuracy))


def _details(run: Run) -> str:
    """Everything else about a run, for its row's tooltip."""
    rate = "–" if run.learning_rate is None else general(run.learning_rate)
    batch = "–" if run.batch_size is None else str(run.batch_size)
    return QCoreApplication.translate(
        "RunsPanel", "<b>{0}</b><br>layers {1} · {2} parameters<br>{3}, learning rate {4}, "
        "batch {5}, seed {6}<br>training accuracy {7} · validation {8} · test {9}<br>{10} in "
        "{11} s — {12}").format(
        escape(run.name), escape(_layers(run)), integer(run.params), escape(run.optimizer or "–"),
        rate, batch, "–" if run.seed is None else run.seed, _percent(run.train_accuracy),
        _percent(run.val_accuracy), _percent(run.test_accuracy),
        epochs_words(run.history.epochs),
        f"{run.seconds:.0f}", escape(stop_reason_text(run.stop_reason) or "–"))


class RunsPanel(QWidget):
    """Shows a RunStore; `overlays_changed` carries [(name, History)] of the ticked runs.

    Which runs are ticked is kept by run id, so refreshing the table (a run added, renamed
    or deleted) keeps every tick.
    """

    overlays_changed = Signal(list)
    runs_changed = Signal()  # a run was added, renamed or deleted
    status_message = Signal(str)

    def __init__(self, store: RunStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ticked_ids: set[str] = set()
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._table = QTableWidget(0, len(COLUMNS))
        self._table.setTabKeyNavigation(False)  # Tab moves on, never stuck in a table
        self._table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names are long
        self._table.setMinimumHeight(90)
        self._table.setAccessibleName("Runs")
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                    QAbstractItemView.EditTrigger.EditKeyPressed)
        self._table.setToolTip(self.tr("Tick runs to compare their curves; double-click a name "
                                       "to rename it"))
        self._table.itemChanged.connect(self._item_changed)
        layout.addWidget(self._table)
        buttons = QHBoxLayout()
        delete = QPushButton(self.tr("Delete selected run"))
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
                values = _row(run)
                details = _details(run)
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setToolTip(details)
                    if column == 0:
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable |
                                      Qt.ItemFlag.ItemIsEditable)
                        item.setCheckState(Qt.CheckState.Checked if run.id in self._ticked_ids
                                           else Qt.CheckState.Unchecked)
                        item.setData(Qt.ItemDataRole.UserRole, run.id)
                    else:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self._table.setItem(row, column, item)
        finally:
            self._filling = False

    def add_run(self, run: Run) -> None:
        """Keep a finished run: written in a task (another program's lock never holds the
        window), then shown."""
        shared_runner().start(plain(self._store.add), run, receiver=self,
                              returned=lambda _: self._added(),
                              errored=said(self._not_added))

    def _not_added(self, text: str) -> None:
        self.status_message.emit(text)
        self._added()

    def _added(self) -> None:
        self.refresh()
        self.runs_changed.emit()

    def store(self) -> RunStore:
        return self._store

    def ticked(self) -> list[tuple[str, History]]:
        return [(run.name, run.history) for run in self.ticked_runs()]

    def ticked_runs(self) -> list[Run]:
        """The ticked runs, in table order."""
        return [run for run in self._store.runs if run.id in self._ticked_ids]

    def set_ticked(self, row: int, ticked: bool) -> None:
        self._table.item(row, 0).setCheckState(Qt.CheckState.Checked if ticked
                                               else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        run_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked_ids.add(run_id)
        else:
            self._ticked_ids.discard(run_id)
        run = self._store.get(run_id)
        if run is not None and item.text().strip() and item.text() != run.name:
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
        answer = QMessageBox.question(self, self.tr("Delete run"), self.tr(
            "Delete the run “{0}”? Its kept model goes too; models you saved yourself stay.")
            .format(item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._ticked_ids.discard(item.data(Qt.ItemDataRole.UserRole))
        try:
            self._store.delete(item.data(Qt.ItemDataRole.UserRole))
        except RunStoreError as exc:
            self.status_message.emit(str(exc))
        self.refresh()
        self.overlays_changed.emit(self.ticked())
        self.runs_changed.emit()

    def row_count(self) -> int:
        return self._table.rowCount()
