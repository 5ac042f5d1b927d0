"""FileActions: the File menu's work, from opening a model to writing the lab report.

Each action reads or writes files through core (model files, the one atomic write, the
history CSV, the report) and reports one line through `message`; a refused file leaves
everything as it was. Every file chosen in a save dialog passes core.store.out_path first:
DigitLab's own files are refused, and a file of another kind is replaced only when the user
says yes. Which model answers drawings is the training flow's to know, so Save
and Train more always mean the same model.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from core.data import datasets
from core.data.datasets import DatasetError
from core.data.my_drawings import DrawingStore
from core.model import model_files
from core.model.architectures import MAX_EPOCHS_PER_RUN, PRESETS
from core.model.classifier import NumpyClassifier, default_model_path
from core.model.metadata import ModelMetadata
from core.store import atomic
from core.store.out_path import OtherKindError, OutPathError, check_out
from core.tasks import plain
from core.training.history import history_csv
from gui.dialogs.dataset_dialog import DatasetDialog
from gui.labels import plain_label
from gui.task_runner import TaskHandle, said
from gui.training.training_flow import TrainingFlow

if TYPE_CHECKING:
    from gui.views.lab_report import LabReport

# the report, charts, exports and class data sets are imported when used, not at start

MAX_RECENT = 8


class FileActions(QObject):
    """Open, save, recent files, exports, the lab report and the MNIST file."""

    model_opened = Signal(object, str)  # NumpyClassifier, name
    message = Signal(str, bool)  # one line, is it an error

    def __init__(self, window: QWidget, settings: QSettings, flow: TrainingFlow) -> None:
        super().__init__(window)
        self._window, self._settings, self._flow = window, settings, flow
        self._session = flow.session
        self._tasks = flow.tasks
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.dataset_label = plain_label()
        self.dataset_button = QPushButton(self.tr("Choose MNIST…"))
        self.dataset_button.clicked.connect(self.choose_dataset)
        self._report: LabReport | None = None
        self.refresh_recent()

    # --- models ---------------------------------------------------------------------------

    def open_model(self, path: str) -> TaskHandle | None:
        """Read a model file off the GUI thread (a file that needs Keras, or a large one,
        never freezes the window); it answers drawings when read (a refused file keeps the
        current model)."""
        if self._flow.is_running():
            self.message.emit(self.tr("Stop training before opening another model"), False)
            return None
        self.message.emit(self.tr("Opening {0}…").format(Path(path).name), False)
        return self._tasks.start(plain(model_files.read_model_file), path, returned=self._use,
                                 errored=said(self._open_failed))


    def _open_failed(self, message: str) -> None:
        self.message.emit(message, True)

    def _use(self, opened: tuple[str, NumpyClassifier, ModelMetadata]) -> bool:
        path, classifier, metadata = opened
        if self._flow.is_running():
            self.message.emit(self.tr("Stop training before opening another model"), False)
            return False
        self._flow.use_file(path, metadata, classifier)
        self.model_opened.emit(classifier, Path(path).name)
        self.remember_recent(path)
        return True

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open model"), "",
            self.tr("Keras models ({0});;All files ({1})").format("*.keras *.h5", "*"))
        if path:
            self.open_model(path)

    def save_model(self, path: str) -> bool:
        """Save the model that answers drawings: a run's kept model (with its whole history)
        or the opened file, copied atomically in its own format."""
        if self._flow.is_running():
            self.message.emit(self.tr("Stop training before saving the model"), False)
            return False
        run, opened = self._flow.current_run, self._flow.current_file
        source = run.model_file if run is not None else opened or str(default_model_path())
        if not source or not Path(source).is_file():
            self.message.emit(self.tr("This run kept no model to save (it ended in NaN or could "
                                      "not be written)"), True)
            return False
        try:
            saved = model_files.copy_model_file(source, path)
        except (OSError, ValueError) as exc:
            self.message.emit(str(exc), True)
            return False
        self.message.emit(self.tr("Saved {0}").format(saved), False)
        self.remember_recent(str(saved))
        return True

    def save_model_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save model"), "model.keras",
            self.tr("Keras models ({0})").format("*.keras *.h5"))
        path = path if not path or path.endswith((".keras", ".h5")) else path + ".keras"
        if path and self.may_write(path, (".keras", ".h5")):
            self.save_model(path)

    # --- recent files ---------------------------------------------------------------------

    def _recent(self) -> list[str]:
        value = self._settings.value("recent", [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [p for p in items if isinstance(p, str) and p][:MAX_RECENT]

    def remember_recent(self, path: str) -> None:
        self._settings.setValue("recent", [path, *(p for p in self._recent() if p != path)]
                                [:MAX_RECENT])
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_model(p))
        self.recent_menu.setEnabled(bool(self._recent()))

    # --- exports --------------------------------------------------------------------------

    def export_curves(self, path: str) -> None:
        """The curves shown (with the runs overlaid) as print-ready SVG, or as PNG rendered
        from it at `PRINT_SCALE` times its size on white: the same figure as the report."""
        from core.report.curve_charts import figure_svg
        from gui.svg_image import PRINT_SCALE, svg_to_png

        name, history, stop_reason = self._flow.shown()
        try:
            svg = figure_svg(name, history, stop_reason, self._flow.curves.overlays())
        except ValueError as exc:
            raise OSError(str(exc)) from exc
        if path.lower().endswith(".svg"):
            atomic.write_text(path, svg)
        else:
            atomic.write_bytes(path, svg_to_png(svg, PRINT_SCALE))

    def export_history(self, path: str) -> int:
        """The shown model's history, one row per epoch with its learning rate, as CSV (one
        model per file); returns the row count."""
        name, history, _ = self._flow.shown()
        if not len(history):
            raise OSError(self.tr("no epoch to export yet: train a model or open one first"))
        text = history_csv([(name, history)])
        atomic.write_text(path, text)
        return text.count("\n") - 1

    def export_drawings(self, store: DrawingStore, path: str) -> int:
        """"My drawings" as a class data set (MNIST layout, strokes in `path`.ndjson)."""
        from core.data import class_dataset

        return class_dataset.export(store, path)

    def export_drawings_dialog(self, store: DrawingStore) -> None:
        from core.data import class_dataset

        self._export(self.tr("Export my drawings"), "my-drawings.npz",
                     self.tr("MNIST-layout data ({0})").format("*.npz"),
                     lambda path: self.export_drawings(store, path), (".npz",),
                     lambda path: self.may_write(str(class_dataset.strokes_path(path)),
                                                 (".ndjson",)))

    def export_script(self, path: str) -> None:
        """The run that answers drawings (else the panel's settings) as plain Keras that
        reproduces it: a Jupyter notebook when `path` ends in .ipynb, else a script (see
        core.report.notebook_export and script_export)."""
        from core.report.program_file import write_program

        run = self._flow.current_run
        spec = run.spec if run is not None and run.spec is not None else self._flow.panel.spec()
        source = (run.model_file if run is not None else "") or self._flow.current_file or None
        # MNIST_PATH None: the program finds MNIST on the computer that runs it (a
        # grader's), so this one needs none and no path of it is written
        write_program(spec, path, None, source=source)

    def export_handin(self, path: str) -> None:
        """The assignment's hand-in notebook (as `main.py export assignment`): the ticked
        runs' networks when two or more are ticked, else the assignment's two tasks, beside
        the checkpoint's example; it needs no MNIST here."""
        from core.report.program_file import write_handin

        ticked = [run.spec for run in self._flow.runs.ticked_runs() if run.spec is not None]
        specs = ticked if len(ticked) >= 2 else [PRESETS["assignment-1"].spec,
                                                 PRESETS["assignment-2"].spec]
        write_handin(specs, path)

    def export_handin_dialog(self) -> None:
        self._export(self.tr("Export the assignment's hand-in notebook"), "handin.ipynb",
                     self.tr("Jupyter notebook ({0})").format("*.ipynb"),
                     self.export_handin, (".ipynb",))

    def export_script_dialog(self) -> None:
        self._export(self.tr("Export as notebook or script"), "run.ipynb",
                     self.tr("Jupyter notebook ({0});;Python script ({1})").format("*.ipynb",
                                                                                 "*.py"),
                     self.export_script, (".ipynb", ".py"))

    def fine_tune_on(self, path: str, epochs: int | None = None) -> bool:
        """Train `epochs` more (default: the Train-more box's, said in the message) on MNIST
        plus this class data set (as "use in training" does with my drawings); False, with a
        message, when the file cannot be used or nothing can be continued yet."""
        try:
            data = datasets.load(path)
        except (OSError, DatasetError) as exc:
            self.message.emit(self.tr("Cannot fine-tune on {0}: {1}").format(Path(path).name,
                                                                             exc), True)
            return False
        if not self._flow.can_continue():
            self.message.emit(self.tr("Train a model (or open one) first, then fine-tune it"),
                              False)
            return False
        epochs = self._flow.more_epochs() if epochs is None else epochs
        self.message.emit(self.tr("Fine-tuning on {0} for %n epochs", None, epochs).format(
            Path(path).name), False)
        self._flow.train_more(epochs, extra=(data.x_train, data.y_train))
        return True

    def fine_tune_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Fine-tune on a data set file"), "",
            self.tr("MNIST-layout data ({0})").format("*.npz"))
        if not path:
            return
        epochs, chosen = QInputDialog.getInt(
            self._window, self.tr("Fine-tune on a data set file"),
            self.tr("Epochs to train on MNIST plus {0}:").format(Path(path).name),
            self._flow.more_epochs(), 1, MAX_EPOCHS_PER_RUN)
        if chosen:
            self.fine_tune_on(path, epochs)

    def may_write(self, path: str, suffixes: tuple[str, ...]) -> bool:
        """Whether a file chosen in a save dialog may be written (core.store.out_path):
        DigitLab's own files (and this window's settings), or a folder, are refused with one
        line; an existing file of another kind is replaced only when the user says yes."""
        settings = self._settings.fileName()
        try:
            check_out(path, suffixes, protected=[settings] if settings else [])
        except OtherKindError as exc:
            answer = QMessageBox.question(self._window, self.tr("Replace a file?"),
                                          self.tr("{0}. Replace it?").format(exc))
            return answer == QMessageBox.StandardButton.Yes
        except OutPathError as exc:
            self.message.emit(str(exc), True)
            return False
        return True

    def _export(self, title: str, default: str, kind: str, write: object,
                suffixes: tuple[str, ...],
                also_allowed: Callable[[str], bool] | None = None) -> None:
        path, chosen = QFileDialog.getSaveFileName(self._window, title, default, kind)
        if path and not Path(path).suffix and "*." in chosen:  # the type chosen in the dialog
            path += "." + chosen.split("*.")[1].rstrip(")").split()[0]
        if (path and self.may_write(path, suffixes)
                and (also_allowed is None or also_allowed(path))):
            try:
                write(path)  # type: ignore[operator]
                self.message.emit(self.tr("Saved {0}").format(path), False)
            except (OSError, ValueError) as exc:
                self.message.emit(str(exc), True)

    def export_curves_dialog(self) -> None:
        self._export(self.tr("Export curves"), "curves.png",
                     self.tr("PNG image ({0});;SVG drawing ({1})").format("*.png", "*.svg"),
                     self.export_curves, (".png", ".svg"))

    def export_history_dialog(self) -> None:
        self._export(self.tr("Export history"), "history.csv", "CSV (*.csv)",
                     self.export_history, (".csv",))

    # --- lab report -----------------------------------------------------------------------

    def report_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save lab report"),
                                              "lab-report.html", "HTML (*.html)")
        path = path if not path or path.lower().endswith((".html", ".htm")) else path + ".html"
        if path and self.may_write(path, (".html", ".htm")):
            self.write_report(path)

    def write_report(self, path: str) -> LabReport | None:
        """Write the lab report in the background: the ticked runs (else the newest two with
        a kept model); the first two are compared side by side."""
        from gui.views.lab_report import LabReport

        opened = self._flow.current_file
        report = LabReport(self._flow.runs.store(), self._flow.runs.ticked_runs(),
                           self._session.data_path, (opened, Path(opened).name) if opened else None)
        if not report.models_chosen():
            self.message.emit(self.tr("Train a model (or open one) first: the report needs at "
                                      "least one"), False)
            return None
        self.message.emit(self.tr("Writing the lab report ({0})…").format(report.describe()),
                          False)
        report.finished.connect(self._report_written)
        report.failed.connect(
            lambda text: self.message.emit(self.tr("No report: {0}").format(text), True))
        report.start(path)
        self._report = report
        return report

    def _report_written(self, path: str) -> None:
        self.message.emit(self.tr("Saved the lab report: {0}").format(path), False)
        if QApplication.platformName() not in ("offscreen", "minimal"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # --- MNIST ----------------------------------------------------------------------------

    def refresh_dataset_status(self) -> bool:
        """Show where MNIST is; False when it cannot be found."""
        try:
            path = datasets.find(self._session.data_path)
        except DatasetError as exc:
            self.dataset_label.setText(self.tr("MNIST not found — training needs it"))
            self.dataset_label.setToolTip(str(exc))
            return False
        self.dataset_label.setText(self.tr("MNIST: {0}").format(Path(path).name))  # short
        self.dataset_label.setToolTip(self.tr("MNIST is read from {0}").format(path))
        return True

    def choose_dataset(self) -> None:
        """Explain the offline options, then import the file the user picks (or download)."""
        dialog = DatasetDialog(self._window, self._session.data_path)
        if not dialog.exec():
            return
        if dialog.chosen_path():
            self.use_dataset(dialog.chosen_path())
        elif dialog.wants_download():
            self.message.emit(self.tr("Downloading MNIST…"), False)
            self._tasks.start(plain(datasets.download), returned=self._imported,
                              errored=said(lambda text: self.message.emit(text, True)))

    def use_dataset(self, path: str) -> TaskHandle:
        """Verify a dataset and copy it into the data folder (off the GUI thread), then use
        it."""
        self.message.emit(self.tr("Checking {0}…").format(Path(path).name), False)
        return self._tasks.start(plain(datasets.import_file), path, returned=self._imported,
                                 errored=said(lambda text: self.message.emit(text, True)))

    def _imported(self, target: object) -> None:
        self._session.set_data_path(str(target))
        self._settings.setValue("data_path", str(target))
        self.refresh_dataset_status()
        self.message.emit(self.tr("MNIST verified and copied to {0}").format(target), False)
