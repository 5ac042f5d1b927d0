"""DrawingCanvas: draw a digit with mouse, pen or finger on a fixed 280x280 logical canvas.

The canvas collects strokes (core's plain `Drawing` data) and paints them for the eye with
QPainter, scaled to the widget. What the network reads is made from the strokes by core's one
rasteriser (`core.drawing.raster`), in logical units independent of the screen's scale
factor, so the 28x28 input does not change with the monitor. Strokes are kept as point lists,
so undo/redo per stroke re-renders exactly.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.drawing import raster
from core.drawing.drawing import CANVAS_SIZE, DEFAULT_BRUSH, Drawing, Stroke

RASTER_SIZE = CANVAS_SIZE
__all__ = ["DEFAULT_BRUSH", "RASTER_SIZE", "DrawingCanvas", "Stroke"]


class DrawingCanvas(QWidget):
    """A square drawing surface: collects strokes, shows them on a greyscale QImage."""

    drawing_changed = Signal()  # any change: a stroke grew, ended, was undone, cleared
    stroke_finished = Signal()  # a stroke ended (pen up, add_stroke, undo, redo, clear)

    def __init__(self, parent: QWidget | None = None, size: int = RASTER_SIZE) -> None:
        super().__init__(parent)
        self._size = size
        # RGB32, not Grayscale8: Qt paints a Grayscale8 image this size through its thread
        # pool, waking the other core (where training runs) at every repaint
        self._raster = QImage(size, size, QImage.Format.Format_RGB32)
        self._raster.fill(0)
        self._shown: QImage | None = None  # the raster scaled to the screen, made on demand
        self._strokes: list[Stroke] = []
        # undo history: a Stroke (drawn) or a list of Strokes (a clear that removed them)
        self._undo: list[Stroke | list[Stroke]] = []
        self._redo: list[Stroke | list[Stroke]] = []
        self._current: Stroke | None = None
        self._brush = DEFAULT_BRUSH
        self._eraser = False  # the eraser toggle: the left button, a pen or a finger erases
        self._started: float | None = None  # when the drawing's first point came
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw a digit: left button draws, right button erases.\n"
                                "Ctrl+Z undo, Ctrl+Shift+Z redo, Esc or Delete clears."))
        self.setAccessibleName("Drawing canvas")

    # --- public API (tests, benchmarks, notebooks) ---------------------------------------------

    @property
    def raster_size(self) -> int:
        return self._size

    def brush_width(self) -> float:
        return self._brush

    def set_brush_width(self, width: float) -> None:
        """Brush diameter in raster pixels (the raster is 280 wide)."""
        self._brush = float(min(max(width, 1.0), self._size / 4))

    def set_eraser(self, on: bool) -> None:
        """Erase instead of draw with the left button, a pen or a finger (the right button
        always erases); for pen and touch users, who have no right button."""
        self._eraser = bool(on)
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.CrossCursor)

    def eraser(self) -> bool:
        return self._eraser

    def add_stroke(self, points: Iterable[Sequence[float]], width: float | None = None,
                   erase: bool = False, times: Sequence[float] = ()) -> None:
        """Draw one stroke through `points` (raster coordinates) as if drawn by hand;
        `times` (ms, one per point) are kept with it when given."""
        stroke = Stroke.through(points, self._brush if width is None else width, erase, times)
        if not stroke.points:
            return
        self._render(stroke)
        self._commit(stroke)
        self._changed(finished=True)

    def clear(self) -> None:
        """Remove every stroke; one undo brings the whole drawing back."""
        if not self._strokes and self._current is None:
            return
        self._current = None
        self._undo.append(self._strokes)
        self._redo.clear()
        self._strokes = []
        self._rerender()

    def reset(self) -> None:
        """Clear without keeping undo history (for replays and programmatic use)."""
        self._current = None
        self._strokes, self._undo, self._redo = [], [], []
        self._raster.fill(0)
        self._shown = None
        self._changed(finished=True)

    def undo(self) -> None:
        """Take back the last stroke (or the last clear)."""
        if not self._undo:
            return
        action = self._undo.pop()
        if isinstance(action, list):
            self._strokes = list(action)
        else:
            self._strokes.pop()
        self._redo.append(action)
        self._rerender()

    def redo(self) -> None:
        if not self._redo:
            return
        action = self._redo.pop()
        if isinstance(action, list):
            self._strokes = []
        else:
            self._strokes.append(action)
        self._undo.append(action)
        self._rerender()

    def _commit(self, stroke: Stroke) -> None:
        self._strokes.append(stroke)
        self._undo.append(stroke)
        self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def is_empty(self) -> bool:
        return not self._strokes and self._current is None

    def strokes(self) -> list[Stroke]:
        return list(self._strokes)

    def drawing(self) -> Drawing:
        """The drawing as plain data (the stroke being drawn included): what core reads."""
        strokes = self._strokes + ([self._current] if self._current is not None else [])
        return Drawing(tuple(strokes), self._size)

    def image(self) -> np.ndarray:
        """The drawing as drawn, a (H, W) uint8 array, ink > 0 on 0 (core's rasteriser)."""
        return raster.rasterize(self.drawing())

    def standard_image(self) -> np.ndarray:
        """The drawing redrawn at the standard size with the same pens: what the network's
        input is made from (`core.drawing.raster.standard_image`)."""
        return raster.standard_image(self.drawing())

    # --- rendering -------------------------------------------------------------------------------

    @staticmethod
    def _pen(stroke: Stroke) -> QPen:
        pen = QPen(QColor(0, 0, 0) if stroke.erase else QColor(255, 255, 255))
        pen.setWidthF(stroke.width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _render(self, stroke: Stroke, start: int = 0) -> None:
        self._shown = None
        painter = QPainter(self._raster)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint(painter, stroke, stroke.points[max(0, start - 1):])
        finally:
            painter.end()

    def _paint(self, painter: QPainter, stroke: Stroke,
               points: list[tuple[float, float]]) -> None:
        """One stroke's `points`, painted for the eye."""
        painter.setPen(self._pen(stroke))
        placed = [QPointF(x, y) for x, y in points]
        if len(placed) == 1:
            painter.drawPoint(placed[0])
        else:
            painter.drawPolyline(QPolygonF(placed))

    def _rerender(self) -> None:
        self._raster.fill(0)
        self._shown = None
        for stroke in self._strokes:
            self._render(stroke)
        self._changed(finished=True)

    def _changed(self, finished: bool) -> None:
        self.update()
        self.drawing_changed.emit()
        if finished:
            self.stroke_finished.emit()

    # --- input -----------------------------------------------------------------------------------

    def _target_rect(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_raster(self, pos: QPointF) -> tuple[float, float]:
        rect = self._target_rect()
        scale = self._size / rect.width()
        return ((pos.x() - rect.x()) * scale, (pos.y() - rect.y()) * scale)

    def _now(self) -> float:
        """ms since the drawing's first point (a cleared canvas starts again at 0)."""
        if self._started is None:
            self._started = time.monotonic()
        return round(1000 * (time.monotonic() - self._started), 1)

    def _begin(self, pos: QPointF, erase: bool, width: float | None = None) -> None:
        if not self._strokes:  # the first stroke of a drawing: its clock starts
            self._started = None
        self._current = Stroke([self._to_raster(pos)], width or self._brush, erase,
                               [self._now()])
        self._render(self._current)
        self._changed(finished=False)

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        point = self._to_raster(pos)
        last = self._current.points[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) < 0.5:
            return
        self._current.points.append(point)
        self._current.times.append(self._now())
        self._render(self._current, start=len(self._current.points) - 1)
        self._changed(finished=False)

    def _end(self) -> None:
        if self._current is None:
            return
        self._commit(self._current)
        self._current = None
        self._changed(finished=True)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            right = event.button() == Qt.MouseButton.RightButton
            self._begin(event.position(), erase=right or self._eraser)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt override)
        kind = event.type()
        pressure = event.pressure() if event.pressure() > 0 else 1.0
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(),
                        erase=event.pointerType().name == "Eraser" or self._eraser,
                        width=self._brush * (0.6 + 0.6 * pressure))
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Z and event.modifiers() == (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
            self.redo()
        elif event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)

    def _shown_image(self, side: int, ratio: float) -> QImage:
        """The raster smoothly scaled to `side` device pixels (`ratio` per logical pixel),
        kept until the drawing or the size changes. Painted unscaled: Qt's smooth scaling
        while painting goes through its thread pool, waking the other core (where training
        runs) at every repaint."""
        if self._shown is None or self._shown.width() != side \
                or self._shown.devicePixelRatio() != ratio:
            self._shown = self._raster.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
            self._shown.setDevicePixelRatio(ratio)
        return self._shown

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            rect = self._target_rect()
            ratio = self.devicePixelRatioF()
            shown = self._shown_image(max(1, round(rect.width() * ratio)), ratio)
            painter.drawImage(QPointF(round(rect.x()), round(rect.y())), shown)
            border = self.palette().highlight().color() if self.hasFocus() else QColor(90, 90, 90)
            painter.setPen(QPen(border, 2))
            painter.drawRect(rect)
            if self.is_empty():
                painter.setPen(QColor(150, 150, 150))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here"))
        finally:
            painter.end()
