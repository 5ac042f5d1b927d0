"""EvaluateView: the current model on the MNIST test set or on “my drawings”: accuracy and
loss, accuracy per digit, the confusion matrix; a cell opens its images in a gallery, an
image opens large with its probability bars.

Evaluation runs in the thread pool (numpy only), so the window stays responsive, also while
training: with "after each epoch" ticked it follows the newest epoch's weights.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.data import datasets
from core.data.my_drawings import DrawingStore
from core.evaluation.evaluation import Evaluation, evaluate
from core.model.classifier import NumpyClassifier
from core.numbers import decimal, integer
from core.tasks import plain
from core.training.model_choice import BUNDLED, LIVE, ModelChoice
from gui.labels import plain_label, rich_label
from gui.session import Session
from gui.task_runner import TaskHandle, said, shared_runner
from gui.views.confusion_view import ConfusionView
from gui.views.sample_dialog import SampleDialog
from gui.views.sample_gallery import SampleGallery

# the fixed choices of images to score, each an item's data (its text is the translation); a
# data set file's item has its path as data (the class's drawings: `main.py drawings export`)
TEST_SET = QT_TRANSLATE_NOOP("EvaluateView", "MNIST test set")
MY_DRAWINGS = QT_TRANSLATE_NOOP("EvaluateView", "My drawings")
DATA_FILE = QT_TRANSLATE_NOOP("EvaluateView", "A data set file…")


def _evaluate_source(classifier: NumpyClassifier, source: str, data_path: str | None,
                     drawings: DrawingStore, data_file: str = ""
                     ) -> tuple[np.ndarray, np.ndarray, Evaluation]:
    if data_file:  # its test split (a class data set holds every drawing there)
        images, labels = datasets.test_set(data_file)
    elif source == MY_DRAWINGS:
        images, labels = drawings.load()
        if not len(labels):
            raise ValueError(QCoreApplication.translate(
                "EvaluateView", "there are no saved drawings yet: draw, then click the right "
                "digit under the bars"))
    else:
        images, labels = datasets.test_set(data_path)
    return images, labels, evaluate(classifier, images, labels)


class EvaluateView(QWidget):
    """Evaluate the current model and explore its mistakes."""

    evaluation_finished = Signal(object)  # Evaluation
    evaluation_failed = Signal(str)

    def __init__(self, drawings: DrawingStore, session: Session | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawings = drawings
        self.session = session or Session(parent=self)
        self.session.model_changed.connect(self._model_changed)
        self._task: TaskHandle | None = None
        self._pending = False
        self._images: np.ndarray | None = None
        self._labels: np.ndarray | None = None
        self._result: Evaluation | None = None
        self._dialog: SampleDialog | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.source = QComboBox()
        self.source.setAccessibleName("Images to score")
        for key in (TEST_SET, MY_DRAWINGS, DATA_FILE):
            self.source.addItem(self.tr(key), key)
        self.source.activated.connect(self._source_chosen)
        self.source.setToolTip(self.tr("Which labelled images to score the current model (the "
                                       "one answering your drawings) on"))
        self.evaluate_button = QPushButton(self.tr("Evaluate"))
        self.evaluate_button.clicked.connect(self.evaluate_now)
        self.follow = QCheckBox(self.tr("after each epoch"))
        self.follow.setToolTip(self.tr("While training, evaluate again whenever an epoch ends"))
        top.addWidget(plain_label(self.tr("Score on")))
        top.addWidget(self.source)
        top.addWidget(self.evaluate_button)
        top.addWidget(self.follow)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = rich_label(self.tr("Click Evaluate: accuracy, loss and the confusion matrix "
                                          "of the model that is answering your drawings."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        self.confusion = ConfusionView()
        self.confusion.setToolTip(self.tr("Rows: the true digit; columns: the network's answer. "
                                          "Click a cell to see those images."))
        self.confusion.cell_clicked.connect(self.show_cell)
        self.per_class = pg.PlotWidget(title=self.tr("Accuracy per digit"))
        self.per_class.setAccessibleName("Accuracy per digit")
        self.per_class.setMouseEnabled(x=False, y=False)
        self.per_class.hideButtons()
        self.per_class.setMenuEnabled(False)
        self.per_class.setMinimumHeight(150)
        self.per_class.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        self.per_class.getAxis("left").enableAutoSIPrefix(False)
        self.per_class.setLabel("left", self.tr("accuracy"))
        self.per_class.setYRange(0.0, 1.0, padding=0)  # before the first evaluation too
        self.per_class.setXRange(-0.6, 9.6, padding=0)
        self._class_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7,
                                           brush=pg.mkBrush(90, 140, 200))
        self.per_class.addItem(self._class_bars)
        self.gallery_title = plain_label(
            self.tr("Click a cell of the matrix to see its images here."))
        self.gallery_title.setWordWrap(True)
        self.gallery = SampleGallery()
        self.gallery.setAccessibleName("Images in the chosen cell")
        self.gallery.sample_clicked.connect(self.open_sample)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.confusion)
        left.addWidget(self.per_class)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.gallery_title)
        right_layout.addWidget(self.gallery, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    # --- inputs ----------------------------------------------------------------------------------

    @property
    def _classifier(self) -> NumpyClassifier | None:
        return self.session.classifier

    @property
    def _name(self) -> str:
        return self.session.model.name

    @property
    def _data_path(self) -> str | None:
        return self.session.data_path

    def set_classifier(self, classifier: NumpyClassifier | None, name: str,
                       epoch_ended: bool = False) -> None:
        """Evaluate this model from now on (the session chooses it; see `_model_changed`)."""
        self.session.choose(ModelChoice(classifier, name, LIVE if epoch_ended else BUNDLED))

    def _model_changed(self, choice: ModelChoice) -> None:
        """After an epoch, with "after each epoch" ticked, evaluate the new weights."""
        if choice.source == LIVE and self.follow.isChecked() and choice.classifier is not None:
            self.evaluate_now()

    def choose_source(self, key: str) -> None:
        """Score on TEST_SET, MY_DRAWINGS or a data set file's path from now on."""
        self.source.setCurrentIndex(max(0, self.source.findData(key)))

    def _source_chosen(self, index: int) -> None:
        if self.source.itemData(index) != DATA_FILE:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evaluate on a data set file"), "",
                                              self.tr("MNIST-layout data ({0})").format("*.npz"))
        if path:
            self.set_data_file(path)
        else:
            self.source.setCurrentIndex(0)

    def set_data_file(self, path: str) -> None:
        """Score on this .npz (its test split) from now on: a class's drawings, say."""
        index = self.source.findData(path)
        if index < 0:
            index = self.source.count() - 1  # before "A data set file…"
            self.source.insertItem(index, Path(path).name, path)
            self.source.setItemData(index, path, Qt.ItemDataRole.ToolTipRole)
        self.source.setCurrentIndex(index)

    def set_data_path(self, path: str | None) -> None:
        self.session.set_data_path(path)

    def result(self) -> Evaluation | None:
        return self._result

    # --- evaluating ------------------------------------------------------------------------------

    def evaluate_now(self) -> None:
        if self._classifier is None:
            self._fail(self.tr("there is no model yet: train one or open a .keras file"))
            return
        if self._task is not None:  # one at a time; the newest request runs next
            self._pending = True
            return
        key, shown = self.source.currentData(), self.source.currentText()
        source = key if key in (TEST_SET, MY_DRAWINGS, DATA_FILE) else shown
        data_file = "" if key in (TEST_SET, MY_DRAWINGS, DATA_FILE) else str(key or "")
        if source == DATA_FILE:
            self._fail(self.tr("choose a data set file first"))
            return
        self.evaluate_button.setEnabled(False)
        self.summary.setText(self.tr("Evaluating {0} on {1}…").format(self._name, shown))
        on = self.tr("the MNIST test set") if source == TEST_SET else shown
        self._task = shared_runner().start(
            plain(_evaluate_source), self._classifier, source, self._data_path,
            self._drawings, data_file,
            returned=lambda result, n=self._name, o=on: self._finished(result, n, o),
            errored=said(self._fail), receiver=self)

    def _finished(self, result: tuple[np.ndarray, np.ndarray, Evaluation], name: str,
                  on: str) -> None:
        self._task = None
        self.evaluate_button.setEnabled(True)
        self._images, self._labels, evaluation = result
        self._result = evaluation
        wrong = len(evaluation.misclassified)
        self.summary.setText(self.tr("<b>{0}</b> on {1}: accuracy <b>{2} %</b>, loss {3} — {4} of "
                                     "{5} wrong.").format(
            escape(name), escape(on), decimal(100 * evaluation.accuracy, 2),
            decimal(evaluation.loss, 4), integer(wrong),
            integer(len(self._labels))))
        self.confusion.set_matrix(evaluation.confusion)
        per_class = np.nan_to_num(evaluation.per_class, nan=0.0)
        self._class_bars.setOpts(height=per_class)
        low = float(per_class[per_class > 0].min()) if (per_class > 0).any() else 0.0
        self.per_class.setYRange(max(0.0, min(0.9, low - 0.02)), 1.0, padding=0)
        self.gallery.clear()
        self.gallery_title.setText(self.tr("Click a cell of the matrix to see its images here."))
        self.evaluation_finished.emit(evaluation)
        if self._pending:
            self._pending = False
            self.evaluate_now()

    def _fail(self, message: str) -> None:
        self._task = None
        self._pending = False
        self.evaluate_button.setEnabled(True)
        self.summary.setText(self.tr("Cannot evaluate: {0}").format(message))
        self.evaluation_failed.emit(message)

    # --- exploring -------------------------------------------------------------------------------

    def show_cell(self, true: int, predicted: int) -> int:
        """Fill the gallery with the images of one confusion-matrix cell; returns the count."""
        if self._result is None or self._labels is None or self._images is None:
            return 0
        answers = self._result.probabilities.argmax(axis=1)
        indices = np.flatnonzero((self._labels == true) & (answers == predicted))
        shown = self.gallery.set_samples(self._images, self._labels, self._result.probabilities,
                                         indices)
        what = (self.tr("read correctly") if true == predicted
                else self.tr("read as {0}").format(predicted))
        more = self.tr(" (the {0} surest shown)").format(shown) if shown < len(indices) else ""
        self.gallery_title.setText(self.tr("True {0}, {1}: %n images{2}. Click one to see it "
                                           "large.", "", len(indices)).format(true, what, more))
        self.confusion.select(true, predicted)
        return len(indices)

    def open_sample(self, index: int) -> SampleDialog | None:
        if self._result is None or self._images is None or self._labels is None:
            return None
        self._dialog = SampleDialog(self._images[index], int(self._labels[index]),
                                    self._result.probabilities[index],
                                    self.tr("Image #{0} — {1}").format(index, self._name), self)
        self._dialog.show()
        return self._dialog
