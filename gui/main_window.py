"""MainWindow: lays out the model panel, the live curves and runs, and the canvas with its
prediction panel, and wires them to the training thread. Layout and glue only: each part's
behaviour lives in its own module."""

from __future__ import annotations

import csv
import shutil
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.data import datasets
from core.data.datasets import DatasetError
from core.data.my_drawings import DrawingStore, DrawingStoreError
from core.model import model_files
from core.model.architectures import ModelSpec, SpecError
from core.model.classifier import NumpyClassifier, load_classifier
from core.store.runs import RunStore
from core.training.lab import Lab
from core.training.train import BatchProgress, EpochRecord
from gui.dialogs.dataset_dialog import DatasetDialog
from gui.drawing.canvas import DrawingCanvas
from gui.drawing.prediction_panel import PredictionPanel
from gui.training.curves import CurvesWidget
from gui.training.model_panel import ModelPanel
from gui.training.runs_panel import RunsPanel
from gui.training.training_controls import TrainingControls
from gui.training.training_worker import RunSummary, TrainingThread
from gui.views.compare_view import CompareView
from gui.views.evaluate_view import MY_DRAWINGS, EvaluateView
from gui.views.lab_report import LabReport
from gui.views.network_view import NetworkView

MAX_RECENT = 8


class MainWindow(QMainWindow):
    """DigitLab's one window."""

    def __init__(self, settings: QSettings | None = None, data_path: str | None = None,
                 lab: Lab | None = None) -> None:
        super().__init__()
        self.setWindowTitle("DigitLab — how dense networks learn")
        self._settings = settings or QSettings()
        self._lab = lab
        lab_data = lab.mnist if lab else None
        self._data_path = (data_path or lab_data
                           or self._settings.value("data_path", "", str) or None)
        self._model_path: str | None = None  # file behind the current model, if any
        self._model_name = ""
        self._history: dict[str, list[float]] = {}
        self._first_epoch = 1
        self._drawings = DrawingStore()
        self._training = TrainingThread(self)
        self._build()
        self._build_menus()
        self._connect_worker()
        self._restore_settings()
        if lab is not None:
            self._apply_lab(lab)
        self._refresh_dataset_status()
        self._load_default_model()

    def _apply_lab(self, lab: Lab) -> None:
        if lab.title:
            self.setWindowTitle(f"DigitLab — {lab.title}")
        if lab.title or lab.instructions:
            self.lab_banner.setText(f"<b>{escape(lab.title)}</b><br>"
                                    f"{escape(lab.instructions).replace(chr(10), '<br>')}")
            self.lab_banner.show()
        self.model_panel.apply_lab(lab.presets, lab.seed, lab.max_epochs)
        if lab.max_epochs is not None:
            self.controls.more_epochs.setMaximum(lab.max_epochs)
        if lab.warnings:
            self._tell(f"Lab file {lab.path.name}: " + "; ".join(lab.warnings))

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.model_panel = ModelPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.model_panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)

        self.controls = TrainingControls()
        self.curves = CurvesWidget()
        self.runs = RunsPanel(RunStore())
        middle_top = QWidget()
        top_layout = QVBoxLayout(middle_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.lab_banner = QLabel()
        self.lab_banner.setWordWrap(True)
        self.lab_banner.setTextFormat(Qt.TextFormat.RichText)
        self.lab_banner.setStyleSheet("QLabel { border: 1px solid palette(mid); "
                                      "border-radius: 4px; padding: 6px; }")
        self.lab_banner.hide()
        top_layout.addWidget(self.lab_banner)
        top_layout.addWidget(self.controls)
        top_layout.addWidget(self.curves, 1)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.addWidget(middle_top)
        self.middle.addWidget(self.runs)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 1)
        self.middle.setSizes([620, 230])
        self.evaluate_view = EvaluateView(self._drawings)
        self.evaluate_view.set_data_path(self._data_path)
        self.network_view = NetworkView()
        self.compare_view = CompareView()
        self.compare_view.set_runs(self.runs.store().with_models())
        self.views = QTabWidget()
        for widget, title, tip in (
                (self.middle, "Training", "Train, watch the curves, compare runs"),
                (self.evaluate_view, "Evaluate", "Test accuracy, confusion matrix, mistakes"),
                (self.network_view, "Inside the network",
                 "First-layer weights and what your drawing does to the hidden layers"),
                (self.compare_view, "Compare", "Two models answering the same drawing")):
            self.views.setTabToolTip(self.views.addTab(widget, title), tip)

        self.canvas = DrawingCanvas()
        canvas_box = QGroupBox("Draw a digit")
        canvas_layout = QVBoxLayout(canvas_box)
        canvas_layout.addWidget(self.canvas, 1)
        tools = QHBoxLayout()
        tools.addWidget(QLabel("Brush"))
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(6, 40)
        self.brush.setValue(int(self.canvas.brush_width()))
        self.brush.setToolTip("Brush width (in the 280×280 drawing raster)")
        self.brush.valueChanged.connect(self.canvas.set_brush_width)
        tools.addWidget(self.brush, 1)
        for text, tip, slot in (("Undo", "Ctrl+Z", self.canvas.undo),
                                ("Redo", "Ctrl+Shift+Z", self.canvas.redo),
                                ("Clear", "Esc or Delete", self.canvas.clear)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            tools.addWidget(button)
        canvas_layout.addLayout(tools)
        self.prediction = PredictionPanel(self.canvas)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.drawings_label = QLabel()
        drawings_row = QHBoxLayout()
        drawings_row.addWidget(self.drawings_label, 1)
        self.evaluate_drawings_button = QPushButton("Evaluate")
        self.evaluate_drawings_button.setToolTip("Score the current model on “my drawings”")
        self.evaluate_drawings_button.clicked.connect(self.evaluate_drawings)
        self.include_drawings = QCheckBox("use in training")
        self.include_drawings.setToolTip("Add “my drawings” to MNIST when training (Train more "
                                         "with this on fine-tunes the current model)")
        drawings_row.addWidget(self.evaluate_drawings_button)
        drawings_row.addWidget(self.include_drawings)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(canvas_box)
        answer = QWidget()
        answer_layout = QVBoxLayout(answer)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.model_label)
        answer_layout.addWidget(self.prediction, 1)
        answer_layout.addLayout(drawings_row)
        right.addWidget(answer)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        self.right = right

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)

        self.dataset_label = QLabel()
        self.dataset_button = QPushButton("Choose MNIST…")
        self.dataset_button.clicked.connect(self.choose_dataset)
        self.statusBar().addPermanentWidget(self.dataset_label)
        self.statusBar().addPermanentWidget(self.dataset_button)

        self.controls.train_requested.connect(self.start_training)
        self.controls.stop_requested.connect(self._training.stop)
        self.controls.more_requested.connect(self.train_more)
        self.runs.overlays_changed.connect(self.curves.set_overlays)
        self.runs.status_message.connect(self._tell)
        self.runs.runs_changed.connect(
            lambda: self.compare_view.set_runs(self.runs.store().with_models()))
        self.compare_view.status_message.connect(self._tell)
        self.prediction.correction_made.connect(self.save_drawing)
        self.prediction.prediction_made.connect(self._show_drawing_in_views)
        self._update_drawing_counts()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._add_action(file_menu, "&Open model…", self.open_model_dialog, QKeySequence.Open)
        self._add_action(file_menu, "&Save model…", self.save_model_dialog, QKeySequence.Save)
        self.recent_menu = file_menu.addMenu("Open &recent")
        file_menu.addSeparator()
        self._add_action(file_menu, "Export curves (PNG)…", self.export_curves_dialog)
        self._add_action(file_menu, "Export history (CSV)…", self.export_history_dialog)
        self._add_action(file_menu, "Lab &report (HTML)…", self.report_dialog,
                         QKeySequence("Ctrl+R"))
        self._add_action(file_menu, "Choose MNIST data…", self.choose_dataset)
        file_menu.addSeparator()
        self._add_action(file_menu, "&Quit", self.close, QKeySequence.Quit)
        edit = self.menuBar().addMenu("&Edit")
        self._add_action(edit, "Undo stroke", self.canvas.undo, QKeySequence.Undo)
        self._add_action(edit, "Redo stroke", self.canvas.redo, QKeySequence("Ctrl+Shift+Z"))
        self._add_action(edit, "Clear canvas", self.canvas.clear, QKeySequence("Esc"))
        help_menu = self.menuBar().addMenu("&Help")
        self._add_action(help_menu, "About DigitLab", self._about)
        self._refresh_recent()

    def _add_action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- models ----------------------------------------------------------------------------------

    def _load_default_model(self) -> None:
        try:
            self.set_classifier(load_classifier(None), "bundled default model")
        except (OSError, ValueError) as exc:
            self.set_classifier(None, "")
            self._tell(f"No default model: {exc}")

    def set_classifier(self, classifier: NumpyClassifier | None, name: str,
                       epoch_ended: bool = False) -> None:
        """Answer drawings with this model, and show it in the teaching views."""
        self._model_name = name
        self.prediction.set_classifier(classifier, name)
        self.evaluate_view.set_classifier(classifier, name, epoch_ended)
        self.network_view.set_classifier(classifier)
        self.compare_view.set_current(classifier, name)
        self.model_label.setText(f"Predicting with: <b>{name}</b>" if classifier
                                 else "No model: train one or open a .keras file")

    def open_model(self, path: str) -> bool:
        """Use a model file for predictions (refused files keep the current model)."""
        if self._training.is_running():
            self._tell("Stop training before opening another model")
            return False
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            classifier = load_classifier(path)
            metadata = model_files.read_metadata(path)
        except (OSError, ValueError) as exc:
            self._tell(str(exc), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._model_path = path
        self._training.worker.set_model(None)
        self.set_classifier(classifier, Path(path).name)
        if isinstance(metadata.get("spec"), dict):
            try:
                self.model_panel.set_spec(ModelSpec.from_dict(metadata["spec"]))
            except SpecError:
                pass
        accuracy = metadata.get("test_accuracy")
        self.controls.result_label.setText(
            f"Opened {Path(path).name}" + (f": test accuracy {100 * accuracy:.2f} %"
                                           if isinstance(accuracy, float) else ""))
        self.controls.set_running(False, can_continue=True)
        self._remember_recent(path)
        return True

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open model", "",
                                              "Keras models (*.keras *.h5);;All files (*)")
        if path:
            self.open_model(path)

    def save_model(self, path: str) -> bool:
        if self._training.is_running():
            self._tell("Stop training before saving the model")
            return False
        worker = self._training.worker
        try:
            if worker.has_model():
                model_files.save_model(worker.model(), path, {
                    "spec": self.model_panel.spec().to_dict(), "history": self._history,
                    "test_accuracy": self._last_test_accuracy()})
            elif self._model_path:
                shutil.copyfile(self._model_path, path)
            else:
                self._tell("There is no trained model to save yet")
                return False
        except (OSError, ValueError) as exc:
            self._tell(str(exc), error=True)
            return False
        self._tell(f"Saved {path}")
        self._remember_recent(path)
        return True

    def save_model_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save model", "model.keras",
                                              "Keras models (*.keras)")
        if path:
            self.save_model(path if path.endswith(".keras") else path + ".keras")

    def _last_test_accuracy(self) -> float | None:
        runs = self.runs._store.runs  # noqa: SLF001 (the newest run is this model's)
        return runs[-1].get("test_accuracy") if runs else None

    # --- training --------------------------------------------------------------------------------

    def _connect_worker(self) -> None:
        worker = self._training.worker
        worker.training_started.connect(self._on_started)
        worker.batch_ended.connect(self._on_batch)
        worker.epoch_ended.connect(self._on_epoch)
        worker.training_finished.connect(self._on_finished)
        worker.training_failed.connect(self._on_failed)
        worker.status_changed.connect(self.statusBar().showMessage)

    def start_training(self) -> None:
        self._start(self.model_panel.spec(), continue_from=None)

    def train_more(self, epochs: int) -> None:
        source = "current" if self._training.worker.has_model() else self._model_path
        if source is None:
            self._tell("Train a model (or open one) first")
            return
        self._start(self.model_panel.spec().replace(epochs=epochs), continue_from=source)

    def _start(self, spec: ModelSpec, continue_from: str | None) -> None:
        if self._training.is_running() or getattr(self, "_training_unavailable", ""):
            return
        try:
            datasets.find(self._data_path)
        except DatasetError as exc:
            self._tell(str(exc))
            self._refresh_dataset_status()
            if QApplication.platformName() != "offscreen":
                self.choose_dataset()
            return
        if continue_from is None:
            self._history = {}
            self.curves.clear()
            self._first_epoch = 1
        else:
            self._first_epoch = len(self._history.get("loss", [])) + 1
        extra = None
        if self.include_drawings.isChecked():
            images, labels = self._drawings.load()
            extra = (images, labels) if len(labels) else None
        self.controls.set_running(True)
        self.model_panel.set_locked(True)
        self._training.start(spec, self._data_path, continue_from, extra)

    def _on_started(self, epochs: int, batches: int) -> None:
        self.controls.started(epochs, batches, self._first_epoch)

    def _on_batch(self, progress: BatchProgress) -> None:
        self.curves.add_batch(progress)
        self.controls.show_batch(progress)

    def _on_epoch(self, record: EpochRecord) -> None:
        self.curves.add_epoch(record)
        self.controls.show_epoch(record)
        for key, value in (("loss", record.loss), ("accuracy", record.accuracy),
                           ("val_loss", record.val_loss), ("val_accuracy", record.val_accuracy)):
            if value is not None:
                self._history.setdefault(key, []).append(value)
        if record.classifier is not None:
            self.set_classifier(record.classifier,
                                f"{self.model_panel.spec().layer_text} (epoch {record.epoch})",
                                epoch_ended=True)

    def _on_finished(self, summary: RunSummary) -> None:
        self.controls.set_running(False, can_continue=True)
        self.model_panel.set_locked(False)
        self._model_path = None
        self.curves.mark_stop(summary.stop_reason)
        test = ("" if summary.test_accuracy is None
                else f"test accuracy {100 * summary.test_accuracy:.2f} % "
                     f"(loss {summary.test_loss:.4f}), ")
        self.controls.finished(f"Finished: {test}{summary.epochs_run} epochs in "
                               f"{summary.seconds:.0f} s — {summary.stop_reason}.")
        self.statusBar().showMessage(f"Training {summary.stop_reason}", 5000)
        spec = summary.spec
        self.runs.add_run({
            "name": f"{spec.name} #{len(self.runs._store.runs) + 1}",  # noqa: SLF001
            "layers": spec.layer_text, "params": spec.param_count(),
            "optimizer": spec.optimizer, "learning_rate": spec.learning_rate,
            "batch_size": spec.batch_size, "epochs": summary.total_epochs,
            "train_accuracy": (self._history.get("accuracy") or [None])[-1],
            "val_accuracy": (self._history.get("val_accuracy") or [None])[-1],
            "test_accuracy": summary.test_accuracy, "seconds": round(summary.seconds, 1),
            "seed": spec.seed, "stop_reason": summary.stop_reason, "spec": spec.to_dict(),
            "history": self._history, "data": summary.data_fingerprint,
            "model_file": summary.model_file})

    def set_training_available(self, reason: str) -> None:
        """Disable training with `reason` when TensorFlow cannot run here ("" = available)."""
        if not reason:
            return
        self._training_unavailable = reason
        self.controls.set_training_available(
            False, f"Training is unavailable on this machine: {reason}. Drawing and "
                   "predicting with the bundled models still work.")
        self._tell(f"Training unavailable: {reason}")

    def _on_failed(self, message: str) -> None:
        self.controls.set_running(False, can_continue=self._training.worker.has_model())
        self.model_panel.set_locked(False)
        self.controls.failed(message)
        self._tell(f"Training failed: {message}", error=True)

    # --- data, drawings, exports ---------------------------------------------------------------

    def _refresh_dataset_status(self) -> None:
        try:
            path = datasets.find(self._data_path)
            self.dataset_label.setText(f"MNIST: {path}")
            self.dataset_label.setToolTip(str(path))
        except DatasetError as exc:
            self.dataset_label.setText("MNIST not found — training needs it")
            self.dataset_label.setToolTip(str(exc))

    def choose_dataset(self) -> None:
        """Explain the offline options, then import the file the user picks (or download)."""
        dialog = DatasetDialog(self, self._data_path)
        if not dialog.exec():
            return
        if dialog.chosen_path():
            self.use_dataset(dialog.chosen_path())
        elif dialog.wants_download():
            try:
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                target = datasets.download()
            except (OSError, ValueError) as exc:
                self._tell(str(exc), error=True)
                return
            finally:
                QApplication.restoreOverrideCursor()
            self.use_dataset(str(target))

    def use_dataset(self, path: str) -> bool:
        """Verify a dataset, copy it into the data folder, and use it."""
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            target = datasets.import_file(path)
        except (OSError, ValueError) as exc:
            self._tell(str(exc), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._data_path = str(target)
        self.evaluate_view.set_data_path(self._data_path)
        self._settings.setValue("data_path", self._data_path)
        self._refresh_dataset_status()
        self._tell(f"MNIST verified and copied to {target}")
        return True

    def save_drawing(self, digit: int) -> None:
        image = self.prediction.current_input()
        if image is None:
            return
        try:
            total = self._drawings.append(image, digit)
        except (DrawingStoreError, ValueError) as exc:
            self._tell(str(exc), error=True)
            return
        self._tell(f"Saved as a {digit} in “my drawings” ({total} in all)")
        self._update_drawing_counts()
        self.canvas.clear()

    def evaluate_drawings(self) -> None:
        """Score the current model on “my drawings” in the Evaluate view."""
        self.views.setCurrentWidget(self.evaluate_view)
        self.evaluate_view.source.setCurrentText(MY_DRAWINGS)
        self.evaluate_view.evaluate_now()

    def _show_drawing_in_views(self, _probabilities: object = None) -> None:
        image = self.prediction.current_input()
        self.network_view.set_input(image)
        self.compare_view.set_input(image)

    def _update_drawing_counts(self) -> None:
        try:
            counts = self._drawings.counts()
        except (OSError, ValueError):
            self.drawings_label.setText("My drawings: the file could not be read")
            return
        text = "  ".join(f"{d}:{c}" for d, c in enumerate(counts))
        self.drawings_label.setText(f"My drawings ({int(counts.sum())}): {text}")

    def export_curves(self, path: str) -> None:
        self.curves.export_png(path)

    def export_curves_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export curves", "curves.png", "PNG (*.png)")
        if path:
            try:
                self.export_curves(path)
                self._tell(f"Saved {path}")
            except OSError as exc:
                self._tell(str(exc), error=True)

    def export_history(self, path: str) -> None:
        keys = [k for k in ("loss", "accuracy", "val_loss", "val_accuracy") if k in self._history]
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["epoch", *keys])
            for index in range(len(self._history.get("loss", []))):
                writer.writerow([index + 1, *(self._history[k][index]
                                              if index < len(self._history[k]) else ""
                                              for k in keys)])

    def export_history_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export history", "history.csv",
                                              "CSV (*.csv)")
        if path:
            try:
                self.export_history(path)
                self._tell(f"Saved {path}")
            except OSError as exc:
                self._tell(f"could not write {path} ({exc.strerror or exc})", error=True)

    def report_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save lab report", "lab-report.html",
                                              "HTML (*.html)")
        if path:
            self.write_report(path if path.lower().endswith((".html", ".htm"))
                              else path + ".html")

    def write_report(self, path: str) -> LabReport | None:
        """Write the lab report in the background: the ticked runs (else the newest two with
        a kept model); the first two are compared side by side."""
        report = LabReport(self.runs.store(), self.runs.ticked_runs(), self._data_path,
                           (self._model_path, self._model_name) if self._model_path else None)
        if not report.models_chosen():
            self._tell("Train a model (or open one) first: the report needs at least one")
            return None
        self._tell(f"Writing the lab report ({report.describe()})…")
        report.finished.connect(self._report_written)
        report.failed.connect(lambda message: self._tell(f"No report: {message}", error=True))
        report.start(path)
        self._report = report
        return report

    def _report_written(self, path: str) -> None:
        self._tell(f"Saved the lab report: {path}")
        if QApplication.platformName() not in ("offscreen", "minimal"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # --- settings, messages, closing -----------------------------------------------------------

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in self._settings.value("recent", [], list) or [] if p != path]
        self._settings.setValue("recent", [path, *recent][:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.value("recent", [], list) or []
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_model(p))
        self.recent_menu.setEnabled(bool(recent))

    def _restore_settings(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 900)
        for key, splitter in (("splitter", self.splitter), ("middle", self.middle),
                              ("right", self.right)):
            state = self._settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        spec = self._settings.value("spec", "", str)
        if spec:
            try:
                import json

                self.model_panel.set_spec(ModelSpec.from_dict(json.loads(spec)))
            except (ValueError, SpecError):
                pass

    def _save_settings(self) -> None:
        import json

        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("splitter", self.splitter.saveState())
        self._settings.setValue("middle", self.middle.saveState())
        self._settings.setValue("right", self.right.saveState())
        self._settings.setValue("spec", json.dumps(self.model_panel.spec().to_dict()))
        self._settings.sync()

    def _tell(self, message: str, error: bool = False) -> None:
        """One line in the status bar; errors also as a dialog (not in tests/offscreen)."""
        self.statusBar().showMessage(message, 15000 if error else 6000)
        if error and QApplication.platformName() != "offscreen":
            QMessageBox.warning(self, "DigitLab", message)

    def _about(self) -> None:
        QMessageBox.about(self, "About DigitLab",
                          "<b>DigitLab</b><br>Train dense networks on MNIST, watch them learn, "
                          "and draw digits for them to read.<br><br>MNIST by Y. LeCun, "
                          "C. Cortes and C. Burges (CC BY-SA 3.0).")

    def shutdown(self) -> bool:
        """Stop training and join the worker thread (at most 2 s)."""
        return self._training.shutdown(2000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._save_settings()
        self._closed_cleanly = self.shutdown()
        QThreadPool.globalInstance().waitForDone(2000)  # evaluations and reports
        event.accept()
