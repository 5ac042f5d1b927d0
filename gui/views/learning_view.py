"""LearningView, the "How it learns" tab: weights and gradients layer by layer above the map
of how the last hidden layer sorts the digits.

While training, each epoch's LayerInsight comes from the training thread (`show_insight`).
For a model opened from a file (or the default one) the weights' histograms are read off it,
and its map is computed in Qt's thread pool from the MNIST test images, so the window never
waits for it; both only once the tab is shown, so a hidden tab costs start-up nothing.
A training's epochs stay as a series (the gradients' slider, the map following it): the run's
kept model, read back when it ends, shows the epoch whose weights it kept (keep-best or
EarlyStopping may keep an earlier one), not the weights alone; Train more on that run adds
its epochs to the same series.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from core.data import datasets
from core.evaluation.hidden_map import HiddenMap, NoHiddenLayerError, map_of_test_images
from core.evaluation.layer_statistics import LayerInsight, dense_kernels, weight_insight
from core.model.classifier import NumpyClassifier
from core.tasks import plain
from core.training.model_choice import BUNDLED, LIVE, RUN, ModelChoice
from gui.session import Session
from gui.task_runner import TaskHandle, said, shared_runner
from gui.views.digit_map_view import DigitMapView
from gui.views.gradients_view import GradientsView


class LearningView(QSplitter):
    """Gradients on top, the digit map below."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.session = session or Session(parent=self)
        self.session.model_changed.connect(self._model_changed)
        self.gradients = GradientsView()
        self.gradients.epoch_chosen.connect(self._epoch_chosen)
        self.map = DigitMapView()
        for title, widget in ((self.tr("Weights and gradients, layer by layer"), self.gradients),
                              (self.tr("How the last hidden layer sorts the digits"), self.map)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            self.addWidget(box)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self._measured: NumpyClassifier | None = None  # whose measurements are shown
        self._task: TaskHandle | None = None
        self._unread = False  # a model whose histograms and map wait for the tab to show
        self._series_run = ""  # the id of the run whose epochs the series holds, once ended
        self._signatures: list[tuple[int, ...]] = []  # each epoch's weights, in short
        if self.session.classifier is not None:  # made after the model was chosen (a lazy tab)
            self._model_changed(self.session.model)

    @property
    def _classifier(self) -> NumpyClassifier | None:
        return self.session.classifier

    @property
    def _data_path(self) -> str | None:
        return self.session.data_path

    def set_data_path(self, path: str | None) -> None:
        self.session.set_data_path(path)

    def set_classifier(self, classifier: NumpyClassifier | None,
                       epoch_ended: bool = False) -> None:
        """Show this model (the session chooses it; see `_model_changed`)."""
        self.session.choose(ModelChoice(classifier, source=LIVE if epoch_ended else BUNDLED))

    def _model_changed(self, choice: ModelChoice) -> None:
        """A new model answers. After an epoch its insight follows (`show_insight`); any
        other model gets its weight histograms now and its map in the background."""
        classifier = choice.classifier
        measured_on, self._measured = self._measured, classifier
        if choice.source == LIVE or _same_weights(classifier, measured_on):
            self._unread = False  # the run's kept model is its last epoch's: its measurements
            return  # still hold
        if (choice.source == RUN and choice.run is not None and self._signatures
                and choice.run.id == self._series_run):
            signature = _signature(classifier)
            if signature in self._signatures:  # an earlier epoch's weights were kept
                self._unread = False
                self.gradients.show_epoch(self._signatures.index(signature), kept=True)
                return
        self._forget_series()
        self._unread = True
        if self.isVisible():
            self._read_model()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._unread:
            self._read_model()

    def _read_model(self) -> None:
        """The weight histograms of the model that answers now, and its map in the pool."""
        self._unread = False
        classifier = self._classifier
        self.gradients.show_insight(None if classifier is None else weight_insight(classifier))
        self.map.show_map(None, classifier, self.tr("Computing the map…") if classifier else "")
        if classifier is not None:  # bound methods: never called once this view is gone
            self._task = shared_runner().start(plain(_map_of), classifier, self._data_path,
                                               returned=self._map_ready,
                                               errored=said(self._map_failed))

    def training_started(self, continued_run: str = "") -> None:
        """A training begins: its epochs start a new series, unless it continues the run
        whose epochs the series holds (`continued_run`: that run's id)."""
        if not continued_run or continued_run != self._series_run:
            self._forget_series()
        self._series_run = ""

    def run_finished(self, run_id: str) -> None:
        """The training whose epochs the series holds became this run."""
        self._series_run = run_id

    def _forget_series(self) -> None:
        self._signatures = []
        self._series_run = ""

    def show_insight(self, insight: LayerInsight, epoch: str = "") -> None:
        """One epoch's measurements, from the training thread, for the model that answers
        now (that epoch's): added to the series."""
        self._signatures.append(_signature(self._classifier))
        if len(self._signatures) == 1:
            self.gradients.show_insight(insight, epoch)
            self._epoch_chosen(insight, epoch)
        else:
            self.gradients.add_epoch(insight, epoch)

    def _epoch_chosen(self, insight: LayerInsight, epoch: str) -> None:
        """Show the map of the epoch the slider chose; the drawing's star only when that
        epoch's weights answer now (another epoch's network would place it elsewhere)."""
        status = (self.tr("After {0}.").format(epoch) if insight.map is not None else
                  self.tr("No map: the network has no hidden layer."))
        index = self.gradients.slider.value()
        current = (not self._signatures or (index < len(self._signatures) and
                   self._signatures[index] == _signature(self._classifier)))
        self.map.show_map(insight.map, self._classifier if current else None, status)

    def set_input(self, image: np.ndarray | None) -> None:
        self.map.set_drawing(image)

    def _map_ready(self, result: tuple[NumpyClassifier, HiddenMap | None]) -> None:
        classifier, hidden = result
        if classifier is not self._classifier:  # another model answers by now
            return
        self.map.show_map(hidden, classifier, "" if hidden is not None else
                          self.tr("No map: the network has no hidden layer."))

    def _map_failed(self, message: str) -> None:
        self.map.show_map(None, self._classifier, self.tr("No map: {0}").format(message))


def _signature(classifier: NumpyClassifier | None) -> tuple[int, ...]:
    """A short fingerprint of a classifier's dense weights (which epoch's are these?)."""
    if classifier is None:
        return ()
    return tuple(hash(np.ascontiguousarray(kernel).tobytes())
                 for kernel in dense_kernels(classifier))


def _same_weights(a: NumpyClassifier | None, b: NumpyClassifier | None) -> bool:
    """Do two classifiers hold the same dense weights (a finished run's file, read back)?"""
    if a is None or b is None:
        return False
    kernels_a, kernels_b = dense_kernels(a), dense_kernels(b)
    return len(kernels_a) == len(kernels_b) and all(
        x.shape == y.shape and np.array_equal(x, y)
        for x, y in zip(kernels_a, kernels_b, strict=True))


def _map_of(classifier: NumpyClassifier,
            data_path: str | None) -> tuple[NumpyClassifier, HiddenMap | None]:
    try:
        return classifier, map_of_test_images(classifier, *datasets.test_set(data_path))
    except NoHiddenLayerError:
        return classifier, None

