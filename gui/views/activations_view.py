"""ActivationsView: what the current drawing does inside the network — each hidden layer's
activations as a heat block, and the first-layer units that pushed hardest toward the answer,
shown as their weight images."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.evaluation.insides import first_layer_weights, top_contributions, weight_tiles
from core.evaluation.neuron import neuron_arithmetic
from core.model.classifier import NumpyClassifier
from core.training.model_choice import ModelChoice
from gui.labels import plain_label, rich_label
from gui.session import Session
from gui.views.lazy_view import LazyView
from gui.views.term_pixels import term_pixmap
from gui.views.weights_view import rgb_qimage

TOP_UNITS = 8
LOW = np.array([250, 250, 250], np.float32)
HIGH = np.array([230, 85, 13], np.float32)


class _LayerBlocks(QWidget):
    """One block per hidden layer: a cell per unit, darker orange = larger activation. Cells
    are at least `MIN_CELL` pixels, wrapped to the width; the scroll area around shows the
    rest (a 1024-unit layer stays readable instead of shrinking to 2-pixel strips)."""

    MIN_CELL, MAX_CELL = 7.0, 18.0

    def __init__(self) -> None:
        super().__init__()
        self.layers: list[np.ndarray] = []
        self.names: list[str] = []
        self.empty_text = self.tr("Draw a digit to see the hidden layers light up")
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Hidden layer activations")

    def set_layers(self, layers: list[np.ndarray], names: list[str]) -> None:
        self.layers, self.names = layers, names
        self.setAccessibleDescription("; ".join(names) or "no drawing")
        self._fit_height()
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 2

    def cell_size(self) -> float:
        """Pixels per unit cell: at least MIN_CELL, however many units."""
        widest = max((len(a) for a in self.layers), default=1)
        return max(self.MIN_CELL, min(self.MAX_CELL, (self.width() - 4) / widest))

    def _columns(self, cell: float) -> int:
        return max(1, int((self.width() - 4) // cell))

    def _fit_height(self) -> None:
        cell = self.cell_size()
        columns = self._columns(cell)
        rows = sum(int(np.ceil(len(a) / columns)) for a in self.layers)
        self.setMinimumHeight(max(120, int(self._line() * (len(self.layers) + 1)
                                           + rows * cell + 6 * len(self.layers) + 4)))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._fit_height()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().window())
            painter.setPen(self.palette().text().color())
            if not self.layers:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter
                                 | Qt.TextFlag.TextWordWrap, self.empty_text)
                return
            line = self._line()
            cell = self.cell_size()
            columns = self._columns(cell)
            painter.drawText(QRectF(0, 0, self.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("One cell per unit: white = silent (0), dark orange = the "
                                     "layer's strongest."))
            y = float(line)
            for values, name in zip(self.layers, self.names, strict=True):
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(0, y, self.width(), line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
                y += line
                top = float(values.max()) if values.size and values.max() > 0 else 1.0
                t = np.clip(values / top, 0, 1)[:, None]
                colours = (LOW + (HIGH - LOW) * t).astype(int)
                n_cols = min(columns, len(values))
                for index, (r, g, b) in enumerate(colours):
                    row, column = divmod(index, n_cols)
                    painter.fillRect(QRectF(2 + column * cell, y + row * cell, cell - 1,
                                            cell - 1), QColor(int(r), int(g), int(b)))
                y += int(np.ceil(len(values) / n_cols)) * cell + 6
        finally:
            painter.end()


class ActivationsView(LazyView):
    """Hidden activations and top first-layer contributions for the current drawing."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session or Session(parent=self)
        self.session.model_changed.connect(lambda _: self.refresh())
        self._input: np.ndarray | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.blocks = _LayerBlocks()
        scroll = QScrollArea()
        scroll.setWidget(self.blocks)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName("Hidden layer activations")
        scroll.setMinimumHeight(80)
        layout.addWidget(scroll, 1)
        self.contributions_title = rich_label()
        self.contributions_title.setWordWrap(True)
        layout.addWidget(self.contributions_title)
        tiles = QGridLayout()
        self._tiles: list[QLabel] = []
        self._captions: list[QLabel] = []
        for i in range(TOP_UNITS):
            tile, caption = plain_label(), plain_label()
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)  # "Einheit 972" wraps: the row never widens the window
            for label in (tile, caption):
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            tiles.addWidget(tile, 0, i)
            tiles.addWidget(caption, 1, i)
            self._tiles.append(tile)
            self._captions.append(caption)
        layout.addLayout(tiles)
        self.arithmetic = rich_label()  # one neuron's computation, with the numbers
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.arithmetic.setAccessibleName("One neuron's arithmetic")
        self.term_pixels = plain_label()  # the drawing, with the listed terms' pixels boxed
        self.term_pixels.setAccessibleName("The pixels of the largest terms")
        self.term_pixels.setToolTip(self.tr("The pixels of the terms listed: orange excites the "
                                            "unit, blue inhibits it; the small numbers match the "
                                            "list"))
        self.term_pixels.setAlignment(Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.term_pixels)
        row.addWidget(self.arithmetic, 1)
        below = QScrollArea()  # the whole computation, scrolled when the window is short
        below.setWidget(holder)
        below.setWidgetResizable(True)
        below.setFrameShape(QScrollArea.Shape.NoFrame)
        below.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        below.setAccessibleName(self.tr("One neuron's arithmetic"))
        below.setMinimumHeight(120)
        layout.addWidget(below, 3)
        self._unit: int | None = None  # the unit whose arithmetic is shown (None: the top one)
        for tile in self._tiles:
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.setToolTip(self.tr("Click to see this unit's arithmetic on your drawing"))
            tile.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.MouseButtonPress and watched in self._tiles:
            unit = self._captions[self._tiles.index(watched)].property("unit")  # type: ignore[arg-type]
            if unit is not None:
                self.show_arithmetic(int(unit))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def show_arithmetic(self, unit: int) -> None:
        """Write out unit `unit`'s z = Σ wᵢxᵢ + b and activation on the current drawing."""
        self._unit = unit
        self.term_pixels.clear()
        if self._classifier is None or self._input is None:
            self.arithmetic.setText("")
            return
        try:
            result = neuron_arithmetic(self._classifier, self._input, unit)
        except ValueError:
            self.arithmetic.setText("")
            return
        self.term_pixels.setPixmap(term_pixmap(self._input.reshape(28, 28), result.terms))
        output = result.output_layer
        where = (self.tr("<b>Unit {0}</b> of hidden layer 1 on your drawing")
                 if self._classifier.hidden_sizes else
                 self.tr("<b>Unit {0}</b> of the output layer (the score for that digit) on "
                         "your drawing"))
        self.arithmetic.setText(where.format(unit) + " "
                                + self.tr("(each term is a weight × that pixel's ink; the small "
                                          "numbers mark its pixel on the left):")
                                + "<br>" + result.text().replace("\n", "<br>")
                                + "<br>" + output.replace("\n", "<br>"))
        width = max(self.arithmetic.width(), 400)  # all its lines, however tight the view
        self.arithmetic.setMinimumHeight(self.arithmetic.heightForWidth(width))

    @property
    def _classifier(self) -> NumpyClassifier | None:
        return self.session.classifier

    def set_classifier(self, classifier: NumpyClassifier | None) -> None:
        """Show this model (the session chooses it)."""
        self.session.choose(ModelChoice(classifier))

    def set_input(self, image: np.ndarray | None) -> None:
        """The 28×28 image the network receives now (None: the canvas is empty)."""
        self._input = None if image is None else np.asarray(image, np.float32)
        self.refresh()

    def unit_tiles(self) -> list[QLabel]:
        """The contribution tiles, left to right (click one for its arithmetic)."""
        return list(self._tiles)

    def shown_units(self) -> list[int]:
        return [int(c.property("unit")) for c in self._captions if c.property("unit") is not None]

    def _redraw(self) -> None:
        classifier, image = self._classifier, self._input
        for tile, caption in zip(self._tiles, self._captions, strict=True):
            tile.clear()
            caption.clear()
            caption.setProperty("unit", None)
        if classifier is None or image is None:
            self.blocks.set_layers([], [])
            self.contributions_title.setText("")
            self.arithmetic.setText("")
            return
        activations = classifier.hidden_activations(image)
        self.blocks.empty_text = (
            self.tr("Draw a digit to see the hidden layers light up") if classifier.hidden_sizes
            else self.tr("This network has no hidden layer: the 784 pixels go straight to the "
                         "ten outputs"))
        self.blocks.set_layers(activations, [
            self.tr("hidden layer {0} — %n units, {1} active, strongest {2}", "", len(a)).format(
                i, int((a > 0).sum()), f"{float(a.max()):.2f}")
            for i, a in enumerate(activations, start=1)])
        digit = int(classifier.predict_proba(image[None])[0].argmax())
        try:
            top = top_contributions(classifier, image, digit, TOP_UNITS)
        except ValueError:  # no hidden layer: nothing in between to show
            top = []
        if not top:
            self.contributions_title.setText(
                "" if classifier.hidden_sizes else self.tr(
                    "No hidden layer, so the output units read the pixels themselves. The "
                    "answer's unit, <b>{0}</b>:").format(digit))
            self.show_arithmetic(digit if not classifier.hidden_sizes else -1)
            return
        self.contributions_title.setText(self.tr(
            "First-layer units that pushed hardest toward <b>{0}</b> (activation × its effect on "
            "the score for that digit):").format(digit))
        weights = first_layer_weights(classifier)
        tiles = weight_tiles(weights[[c.unit for c in top]])
        for contribution, rgb, tile, caption in zip(top, tiles, self._tiles, self._captions,
                                                    strict=False):
            pixmap = rgb_qimage(rgb).scaled(56, 56, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation)
            tile.setPixmap(QPixmap.fromImage(pixmap))
            caption.setText(self.tr("unit {0}").format(contribution.unit)
                            + f"\n+{contribution.contribution:.2f}")
            caption.setProperty("unit", contribution.unit)
        shown = self.shown_units()
        chosen = self._unit is not None and self._unit < len(activations[0])
        self.show_arithmetic(self._unit if chosen else shown[0])  # type: ignore[arg-type]
