"""ModelPanel: choose a preset or edit a dense network layer by layer, set training options,
and see a Keras-style summary with the parameter count update as you edit.

Every field only accepts valid values (ranges on spin boxes, fixed choices in combo boxes), so
a spec the panel emits always passes `ModelSpec.validate`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model.architectures import (
    MAX_EPOCHS_PER_RUN,
    OPTIMIZERS,
    PRESETS,
    ModelSpec,
    SpecError,
    SummaryRow,
    summary_rows,
)
from core.numbers import integer
from gui.labels import plain_label, rich_label
from gui.training.checked_fields import CheckedDoubleSpinBox, CheckedSpinBox
from gui.training.layer_table import LayerTable

CUSTOM = "custom"



def _spin(label: str, low: int, high: int, value: int, tip: str) -> CheckedSpinBox:
    box = CheckedSpinBox(label)
    box.setRange(low, high)
    box.setValue(value)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


def _dspin(label: str, low: float, high: float, value: float, decimals: int, step: float,
           tip: str) -> CheckedDoubleSpinBox:
    box = CheckedDoubleSpinBox(label)
    box.setDecimals(decimals)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


class ModelPanel(QWidget):
    """The network and training settings; emits `spec_changed` with a valid ModelSpec."""

    spec_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._custom_allowed = True  # a lab file may allow only its presets, as they are
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        preset_row = QHBoxLayout()
        preset_row.addWidget(plain_label(self.tr("Preset:")))
        self._preset = QComboBox()
        self._preset.setAccessibleName("Preset")
        for key, preset in PRESETS.items():  # titles and notes are marked in core
            self._preset.addItem(QCoreApplication.translate("Presets", preset.title), key)
            self._preset.setItemData(self._preset.count() - 1,
                                     QCoreApplication.translate("Presets", preset.note),
                                     Qt.ItemDataRole.ToolTipRole)
        self._preset.addItem(self.tr("Custom network"), CUSTOM)
        self._preset.currentIndexChanged.connect(self._preset_chosen)
        self._preset.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._preset.setMinimumContentsLength(14)  # long titles are elided, in the tooltip
        self._preset.currentIndexChanged.connect(
            lambda: self._preset.setToolTip(self._preset.currentText()))
        preset_row.addWidget(self._preset, 1)
        layout.addLayout(preset_row)

        self.layers = LayerTable()
        self.layers.edited.connect(self._edited)
        self.layers.problem_changed.connect(self._show_problem)
        layout.addWidget(self.layers)

        training_box = QGroupBox(self.tr("Training"))
        form = QFormLayout(training_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: field below
        form.setVerticalSpacing(3)
        self._optimizer = QComboBox()
        self._optimizer.setAccessibleName("Optimizer")
        self._optimizer.addItems([o.upper() if o == "sgd" else o.capitalize()
                                  if o == "adam" else "RMSprop" for o in OPTIMIZERS])
        self._lr = _dspin(self.tr("Learning rate"), 1e-5, 10.0, 0.001, 5, 0.0005,
                          self.tr("Learning rate: step size of updates"))
        self._momentum = _dspin(self.tr("Momentum"), 0.0, 0.99, 0.0, 2, 0.05,
                                self.tr("Momentum (SGD only)"))
        self._batch = _spin(self.tr("Batch size"), 1, 8192, 32,
                            self.tr("Samples per weight update"))
        self._epochs = _spin(self.tr("Epochs"), 1, MAX_EPOCHS_PER_RUN, 20,
                             self.tr("Passes over the training set"))
        self._val = _dspin(self.tr("Validation split"), 0.0, 0.5, 0.1, 2, 0.05,
                           self.tr("Share of training data held out"))
        self._seed = _spin(self.tr("Seed"), 0, 2**31 - 1, 42, self.tr("Same seed, same weights"))
        self._early = _spin(self.tr("Early stopping patience"), 0, 100, 0,
                            self.tr("Stop when validation loss has not improved for this many "
                                    "epochs (0 = off); best weights are restored"))
        self._reduce = _spin(self.tr("Reduce LR patience"), 0, 100, 0,
                             self.tr("Halve the learning rate after this many epochs without "
                                     "improvement (0 = off)"))
        self._keep_best = QCheckBox(self.tr("keep the best epoch's weights"))
        for label, widget in ((self.tr("Optimizer"), self._optimizer), (self._lr.label, self._lr),
                              (self._momentum.label, self._momentum),
                              (self._batch.label, self._batch),
                              (self._epochs.label, self._epochs), (self._val.label, self._val),
                              (self._seed.label, self._seed), (self._early.label, self._early),
                              (self._reduce.label, self._reduce), ("", self._keep_best)):
            form.addRow(label, widget)
        self.problem_label = plain_label()  # why a field refused what was typed
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #c0392b; }")
        self.problem_label.hide()
        form.addRow(self.problem_label)
        layout.addWidget(training_box)

        summary_box = QGroupBox(self.tr("Model summary"))
        summary_layout = QVBoxLayout(summary_box)
        self._summary = QTableWidget(0, 3)
        self._summary.setTabKeyNavigation(False)  # Tab moves on, never stuck in a table
        self._summary.setAccessibleName("Model summary")
        self._summary.setHorizontalHeaderLabels((self.tr("layer"), self.tr("output shape"),
                                                  self.tr("parameters")))
        self._summary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._summary.verticalHeader().setVisible(False)
        self._summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._summary.setMinimumHeight(90)
        self._total = rich_label()
        self._total.setAccessibleName("Total parameters")
        self._total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_layout.addWidget(self._summary)
        summary_layout.addWidget(self._total)
        layout.addWidget(summary_box, 1)

        for widget in (self._lr, self._momentum, self._batch, self._epochs, self._val,
                       self._seed, self._early, self._reduce):
            widget.valueChanged.connect(self._edited)
            widget.problem_changed.connect(
                lambda problem, field=widget: self._show_problem(problem, field.invalid()))
        self._optimizer.currentIndexChanged.connect(self._edited)
        self._keep_best.toggled.connect(self._edited)
        self.set_spec(PRESETS["assignment-1"].spec)

    # --- spec in and out -------------------------------------------------------------------------

    def set_spec(self, spec: ModelSpec) -> None:
        """Show `spec` in every field (selects its preset when it is one)."""
        self._loading = True
        self._clear_problems()  # a refusal of the fields' old values no longer applies
        try:
            key = (spec.name if spec.name in PRESETS and
                   PRESETS[spec.name].spec.layers == spec.layers else CUSTOM)
            if self._preset.findData(key) < 0:  # a lab without custom networks: its preset
                key = self._preset.currentData() if spec.name not in PRESETS else spec.name
                key = key if self._preset.findData(key) >= 0 else self._preset.itemData(0)
            self._preset.setCurrentIndex(self._preset.findData(key))
            self.layers.set_layers(spec.layers)
            self._optimizer.setCurrentIndex(OPTIMIZERS.index(spec.optimizer))
            self._lr.setValue(spec.learning_rate)
            self._momentum.setValue(spec.momentum)
            self._batch.setValue(spec.batch_size)
            self._epochs.setValue(spec.epochs)
            self._val.setValue(spec.validation_split)
            self._seed.setValue(spec.seed)
            self._early.setValue(spec.early_stopping_patience)
            self._reduce.setValue(spec.reduce_lr_patience)
            self._keep_best.setChecked(spec.keep_best)
            self._restore_best = spec.restore_best_weights
        finally:
            self._loading = False
        self._momentum.setEnabled(spec.optimizer == "sgd")  # only SGD uses momentum
        self._update_summary()
        self.spec_changed.emit(self.spec())

    def spec(self) -> ModelSpec:
        """The spec the fields describe (always valid)."""
        layers = self.layers.layers()
        key = self._preset.currentData()
        spec = ModelSpec(layers, name=key if key != CUSTOM else
                         "-".join(str(layer.units) for layer in layers) or CUSTOM,
                         optimizer=OPTIMIZERS[self._optimizer.currentIndex()],
                         learning_rate=self._lr.value(), momentum=self._momentum.value(),
                         batch_size=self._batch.value(), epochs=self._epochs.value(),
                         validation_split=self._val.value(),
                         early_stopping_patience=self._early.value(),
                         restore_best_weights=getattr(self, "_restore_best", True),
                         reduce_lr_patience=self._reduce.value(),
                         keep_best=self._keep_best.isChecked(), seed=self._seed.value())
        return spec

    def apply_lab(self, presets: tuple[str, ...], seed: int | None,
                  max_epochs: int | None, allow_custom: bool = True) -> None:
        """A teacher's limits: only these presets (if any; without `allow_custom` their
        layers cannot be edited and "Custom network" is not offered), a locked seed, an
        epoch cap. Training options (rate, batch, epochs…) stay the student's to change."""
        if presets:
            self._custom_allowed = allow_custom
            for index in reversed(range(self._preset.count())):
                key = self._preset.itemData(index)
                if key not in presets and (key != CUSTOM or not allow_custom):
                    self._preset.removeItem(index)
            self.set_spec(PRESETS[presets[0]].spec)
            self.set_locked(False)
        if max_epochs is not None:
            self._epochs.setMaximum(max_epochs)
            self._epochs.limit_reason = self.tr("the lab file's limit")
            self._epochs.setToolTip(self.tr("Passes over the training set (at most {0} in this "
                                            "lab)").format(max_epochs))
        if seed is not None:
            self._seed.setValue(seed)
            self._seed.setEnabled(False)
            self._seed.setToolTip(self.tr("The seed is set by the lab file"))

    def layers_editable(self) -> bool:
        """Can the student change the layers now (not while training, not in a locked lab)?"""
        return self.layers.editable()

    def choose_preset(self, key: str) -> None:
        """Pick a preset by name, as the student does in the list."""
        self._preset.setCurrentIndex(self._preset.findData(key))

    def current_preset(self) -> str:
        return str(self._preset.currentData())

    def add_layer(self) -> None:
        """Add a layer below the selected one (the Add button)."""
        self.layers.add_row()

    def remove_layer(self) -> None:
        """Remove the selected layer, never the last one (the Remove button)."""
        self.layers.remove_row()

    def set_units(self, row: int, units: int) -> None:
        """Type a unit count into the layer table."""
        self.layers.set_units(row, units)

    def momentum_enabled(self) -> bool:
        return self._momentum.isEnabled()

    def numeric_fields(self) -> dict[str, CheckedDoubleSpinBox | CheckedSpinBox]:
        """The training fields that take numbers, by name (tests check their limits)."""
        return {"learning rate": self._lr, "momentum": self._momentum, "batch": self._batch,
                "epochs": self._epochs, "validation split": self._val, "seed": self._seed,
                "early stopping": self._early, "reduce lr": self._reduce}

    def preset_keys(self) -> list[str]:
        """The presets offered (a lab file can narrow them), "custom" included."""
        return [self._preset.itemData(i) for i in range(self._preset.count())]

    def set_locked(self, locked: bool) -> None:
        """Freeze the network's shape while training (training options stay readable); a
        lab without custom networks keeps the layers frozen."""
        self._preset.setEnabled(not locked)
        if locked:
            self._clear_problems()
        self.layers.set_editable(not locked and self._custom_allowed)

    # --- editing ---------------------------------------------------------------------------------

    def _preset_chosen(self) -> None:
        if self._loading:
            return
        key = self._preset.currentData()
        if key in PRESETS:
            self.set_spec(PRESETS[key].spec)
        else:
            self._edited()

    def _show_problem(self, problem: str, invalid: bool = True) -> None:
        """Say why the field just edited refused its input: red while the entry is refused,
        a plain note once the previous value is kept; hidden once it is valid again."""
        self.problem_label.setText(problem)
        self.problem_label.setStyleSheet("QLabel { color: #c0392b; }" if invalid else "")
        self.problem_label.setVisible(bool(problem))

    def _clear_problems(self) -> None:
        for field in self.numeric_fields().values():
            field.clear_problem()

    def _edited(self) -> None:
        if self._loading:
            return
        spec = self.spec()
        key = self._preset.currentData()
        # only the layers make a network "custom": a preset trained longer, or with another
        # rate, is still that preset (its runs carry its name)
        if key != CUSTOM and spec.layers != PRESETS[key].spec.layers and self._custom_allowed:
            self._loading = True
            self._preset.setCurrentIndex(self._preset.findData(CUSTOM))
            self._loading = False
            spec = self.spec()
        self._momentum.setEnabled(spec.optimizer == "sgd")
        self._update_summary()
        self.spec_changed.emit(spec)

    def show_model_summary(self, rows: list[SummaryRow], source: str) -> None:
        """Show the summary of a model that is not the panel's spec (an opened file whose
        layers cannot be written as one); editing the fields shows the spec's again."""
        self._fill_summary(rows, self.tr("<b>Total parameters: {0}</b> — {1}").format(
            integer(sum(r.params for r in rows)), escape(source)))

    def _update_summary(self) -> None:
        spec = self.spec()
        total = self.tr("<b>Total parameters: {0}</b>").format(integer(spec.param_count()))
        try:
            spec.validate_layers()
        except SpecError as exc:  # e.g. over the parameter cap: Train will refuse it
            total += f'<br><span style="color:#c0392b">{escape(str(exc))}</span>'
        self._fill_summary(summary_rows(spec), total)

    def _fill_summary(self, rows: list[SummaryRow], total: str) -> None:
        self._summary.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate((row.layer, row.output_shape, integer(row.params))):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self._summary.setItem(index, column, item)
        self._total.setText(total)

    def total_text(self) -> str:
        return self._total.text()
