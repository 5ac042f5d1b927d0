"""MainWindow: lays out the two data flows and connects them; it holds no state of its own.

Left and middle, the training flow (`gui.training`: model panel, controls, curves, runs),
driven by `TrainingFlow`; right, the drawing flow (`gui.drawing`: canvas, prediction panel,
my drawings); between them, the teaching views (`gui.views`). The File menu's work is in
`FileActions`. What they all show lives in one `Session` (the model that answers drawings,
the drawing's answer, the MNIST path, runs and drawings), which the views follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.data.my_drawings import DrawingStore
from core.drawing.answer import Answer
from core.tasks import plain
from core.training.backend import probe_tensorflow
from core.training.lab import Lab
from core.training.run_store import RunStore
from gui.drawing.canvas import DrawingCanvas
from gui.drawing.canvas_box import CanvasBox
from gui.drawing.model_label import ModelLabel
from gui.drawing.my_drawings_bar import WINDOW_TIMEOUT, MyDrawingsBar
from gui.drawing.prediction_panel import PredictionPanel
from gui.file_actions import FileActions
from gui.notice_bar import LabBanner, NoticeBar
from gui.session import Session
from gui.task_runner import shared_runner
from gui.training.curves import CurvesWidget
from gui.training.model_panel import ModelPanel
from gui.training.runs_panel import RunsPanel
from gui.training.training_controls import TrainingControls
from gui.training.training_flow import TrainingFlow
from gui.views.lazy_tab import CompareTab, EvaluateTab, LearningTab
from gui.views.network_view import NetworkView
from gui.window_menus import WindowMenus
from gui.window_settings import WindowSettings

if TYPE_CHECKING:
    from gui.views.compare_view import CompareView
    from gui.views.evaluate_view import EvaluateView
    from gui.views.learning_view import LearningView


def _box(*widgets: QWidget, stretch: int = -1) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == stretch else 0)
    return holder


class MainWindow(QMainWindow):
    """DigitLab's one window."""

    def __init__(self, settings: QSettings | None = None, data_path: str | None = None,
                 lab: Lab | None = None, notices: list[str] | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("DigitLab — how dense networks learn"))
        self.settings = settings or QSettings()
        self._before_presenter: list[int] = []
        self.tasks = shared_runner()
        self.session = Session(RunStore(), DrawingStore(timeout=WINDOW_TIMEOUT), self.settings,
                               self.tasks, self)
        stored = self.settings.value("data_path", "")
        self.session.set_data_path(data_path or (lab.mnist if lab else None)
                                   or (stored if isinstance(stored, str) else "") or None)
        self._build()
        self.training = TrainingFlow(self.model_panel, self.controls, self.curves, self.runs,
                                     self.session, self)
        self.files = FileActions(self, self.settings, self.training)
        self.menus = WindowMenus(self)
        self.statusBar().addPermanentWidget(self.files.dataset_label)
        self.statusBar().addPermanentWidget(self.files.dataset_button)
        self._wire()
        self.remembered = WindowSettings(self.settings, self, {
            "splitter": self.splitter, "middle": self.middle, "right": self.right},
            self.model_panel)
        self.remembered.restore()
        lab_notices = self._apply_lab(lab) if lab is not None else []
        self.files.refresh_dataset_status()
        self.session.restore_model()  # the model that answered last time, read off this thread
        self.session.watch()  # other windows' runs and drawings
        self.notices = [*(notices or []), *lab_notices, *self.runs.store().notices,
                        *self.drawings.store.notices]
        self.notice_bar.show_notices(self.notices)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.model_panel = ModelPanel()
        scroll = QScrollArea()
        scroll.setAccessibleName("Network and training settings")
        scroll.setWidget(self.model_panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls = TrainingControls()
        self.curves = CurvesWidget()
        self.runs = RunsPanel(self.session.runs)
        self.lab_banner = LabBanner()
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.notice_bar = NoticeBar()
        self.middle.addWidget(_box(self.notice_bar, self.lab_banner, self.controls, self.curves,
                                   stretch=3))
        self.middle.addWidget(self.runs)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 1)
        self.middle.setSizes([620, 230])
        self.drawings = MyDrawingsBar(self.session.drawings)
        # the views that draw with pyqtgraph are made when first shown (see LazyTab)
        self.evaluate_tab = EvaluateTab(self.session)
        self.network_view = NetworkView(self.session)
        self.learning_tab = LearningTab(self.session)
        self.compare_tab = CompareTab(self.session, self.tell)
        self.views = QTabWidget()
        self.views.setAccessibleName("Views")
        self.views.tabBar().setUsesScrollButtons(False)  # every tab seen, long titles elided
        self.views.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        for widget, title, tip in (
                (self.middle, self.tr("Training"),
                 self.tr("Train, watch the curves, compare runs")),
                (self.evaluate_tab, self.tr("Evaluate"),
                 self.tr("Test accuracy, confusion matrix, mistakes")),
                (self.network_view, self.tr("Inside the network"), self.tr(
                    "First-layer weights and what your drawing does to the hidden layers")),
                (self.learning_tab, self.tr("How it learns"), self.tr(
                    "Weights and gradients layer by layer; how the hidden layer sorts the "
                    "digits")),
                (self.compare_tab, self.tr("Compare"),
                 self.tr("Two models answering the same drawing"))):
            self.views.setTabToolTip(self.views.addTab(widget, title), tip)
        self.canvas = DrawingCanvas()
        self.prediction = PredictionPanel(self.canvas, self.session)
        self.model_label = ModelLabel(self.session)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.canvas_box = CanvasBox(self.canvas)
        self.right.addWidget(self.canvas_box)
        self.right.addWidget(_box(self.model_label, self.prediction, self.drawings, stretch=1))
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for index, (widget, stretch) in enumerate(((scroll, 0), (self.views, 3),
                                                   (self.right, 2))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, stretch)
        self.setCentralWidget(self.splitter)

    def _wire(self) -> None:
        flow, files, session = self.training, self.files, self.session
        flow.extra_source = self.drawings.for_training
        flow.ready = self._data_ready
        for source in (flow, files, self.drawings, session):
            source.message.connect(self.tell)
        session.answer_changed.connect(self._show_drawing_in_views)
        session.runs_changed.connect(self._runs_changed)
        session.model_changed.connect(  # once the first answer is shown, not before
            lambda _: QTimer.singleShot(0, self.curves.build))
        session.drawings_changed.connect(self.drawings.update_counts)
        self.drawings.notices_found.connect(self._more_notices)
        flow.insight_measured.connect(self.learning_tab.show_insight)
        flow.training_started.connect(  # its epochs are kept from the start (made then)
            lambda *_: self.learning_view.training_started(flow.continued_run_id()))
        flow.run_finished.connect(lambda run: self.learning_view.run_finished(run.id))
        self.runs.runs_changed.connect(self._runs_changed)
        self.drawings.evaluate_requested.connect(self.evaluate_drawings)
        self.prediction.correction_made.connect(self.save_drawing)

    # --- the model that answers drawings --------------------------------------------------

    @property
    def compare_view(self) -> CompareView:
        return self.compare_tab.view()

    @property
    def evaluate_view(self) -> EvaluateView:
        return self.evaluate_tab.view()

    @property
    def learning_view(self) -> LearningView:
        return self.learning_tab.view()

    def _more_notices(self, notices: list[str]) -> None:
        self.notices += [notice for notice in notices if notice not in self.notices]
        self.notice_bar.show_notices(self.notices)

    def _runs_changed(self) -> None:
        """Another window or process changed the runs: show them."""
        self.runs.refresh()
        if self.compare_tab.built:
            self.compare_view.set_runs(self.runs.store().with_models())

    def check_tensorflow(self) -> None:
        """Probe TensorFlow in a child process (a task): training is offered when it works."""
        self.tasks.start(plain(probe_tensorflow),
                         returned=lambda reason: self.set_training_available(reason or ""),
                         errored=lambda error: self.set_training_available(str(error)))

    def set_training_available(self, reason: str) -> None:
        """Disable training with `reason` when TensorFlow cannot run here ("" = available)."""
        if reason:
            self.training.set_unavailable(reason)
            self.tell(self.tr("Training unavailable: {0}").format(reason))
        else:
            self.training.warm_up()

    def _data_ready(self) -> bool:
        if self.files.refresh_dataset_status():
            return True
        self.tell(self.tr("MNIST not found: choose the MNIST file first"))
        if QApplication.platformName() != "offscreen":
            self.files.choose_dataset()
        return False

    def save_drawing(self, digit: int) -> None:
        if self.drawings.save(self.prediction, digit):
            self.canvas.clear()

    def evaluate_drawings(self) -> None:
        """Score the current model on “my drawings” in the Evaluate view."""
        self.views.setCurrentWidget(self.evaluate_tab)
        from gui.views.evaluate_view import MY_DRAWINGS

        self.evaluate_view.choose_source(MY_DRAWINGS)
        self.evaluate_view.evaluate_now()

    def _show_drawing_in_views(self, answer: Answer) -> None:
        self.network_view.set_input(answer.image)
        if self.learning_tab.built:  # else it reads the answer when made
            self.learning_view.set_input(answer.image)
        if self.compare_tab.built:  # else it reads the answer when made
            self.compare_view.set_input(answer.image)

    # --- lab file, settings, messages, closing --------------------------------------------

    def _apply_lab(self, lab: Lab) -> list[str]:
        """Set the lab's title, banner and limits; the notices about it (what the file had
        wrong, how a lock was read), which stay in the notice bar until dismissed."""
        if lab.title:
            self.setWindowTitle(self.tr("DigitLab — {0}").format(lab.title))
        self.lab_banner.show_lab(lab.title, lab.instructions)
        self.model_panel.apply_lab(lab.presets, lab.seed, lab.max_epochs, lab.allow_custom)
        self.remembered.keep_spec = False  # the lab's choices never leak into a later launch
        if lab.max_epochs is not None:
            self.controls.more_epochs.setMaximum(lab.max_epochs)
        if lab.warnings:
            return [self.tr("Lab file {0}: {1}").format(lab.path.name, "; ".join(lab.warnings))]
        return []

    def tell(self, message: str, error: bool = False) -> None:
        """One line in the status bar; errors also as a dialog (not in tests/offscreen)."""
        self.statusBar().showMessage(message, 15000 if error else 6000)
        if error and QApplication.platformName() != "offscreen":
            QMessageBox.warning(self, "DigitLab", message)

    def set_presenter_mode(self, on: bool) -> None:
        """For a projector: only the canvas, the answer and the bars, large; off restores."""
        if on == self.presenter_mode():
            return
        if on:
            self._before_presenter = self.splitter.sizes()
        for index in (0, 1):  # the settings and the teaching views
            self.splitter.widget(index).setVisible(not on)
        self.prediction.set_presenter(on)
        self.right.setOrientation(Qt.Orientation.Horizontal if on  # canvas beside the answer
                                  else Qt.Orientation.Vertical)
        self.menus.actions["presenter"].setChecked(on)
        if not on and self._before_presenter:
            self.splitter.setSizes(self._before_presenter)

    def presenter_mode(self) -> bool:
        return not self.views.isVisibleTo(self)

    def shutdown(self) -> bool:
        """Stop training, end its process and let running tasks end (at most 2 s each)."""
        ended = self.training.shutdown(2000)
        return self.tasks.stop_all(2.0) and ended

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.remembered.save()
        self.session.close()
        self.closed_cleanly = self.shutdown()
        event.accept()
