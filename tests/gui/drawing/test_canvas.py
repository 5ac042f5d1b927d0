import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter

from core.drawing.preprocessing import REDRAW_SIDE, stroke_width
from gui.drawing.canvas import RASTER_SIZE, DrawingCanvas

SEVEN = [(60, 60), (220, 60), (120, 240)]


@pytest.fixture
def canvas(qtbot) -> DrawingCanvas:  # noqa: ANN001
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    return widget


def test_image_is_a_fixed_uint8_raster(canvas: DrawingCanvas) -> None:
    image = canvas.image()
    assert image.shape == (RASTER_SIZE, RASTER_SIZE) and image.dtype == np.uint8
    assert not image.any()


def test_add_stroke_draws_ink_and_signals(canvas: DrawingCanvas, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(canvas.drawing_changed):
        canvas.add_stroke(SEVEN)
    image = canvas.image()
    assert image[60, 140] > 200 and image[270, 10] == 0


def test_raster_does_not_depend_on_widget_size(canvas: DrawingCanvas) -> None:
    canvas.add_stroke(SEVEN)
    before = canvas.image()
    canvas.resize(700, 500)
    canvas.add_stroke([(10, 10)])
    canvas.undo()
    assert np.array_equal(canvas.image(), before)


def test_standard_image_redraws_a_small_digit_large_with_the_same_pen(
        canvas: DrawingCanvas) -> None:
    canvas.add_stroke([(x * 0.25 + 20, y * 0.25 + 20) for x, y in SEVEN], width=20)
    shrink = REDRAW_SIDE / RASTER_SIZE  # the redrawing's raster against the canvas's
    rows = np.flatnonzero((canvas.standard_image() > 25).any(axis=1))
    assert rows[-1] - rows[0] == pytest.approx(0.85 * REDRAW_SIDE + 20 * shrink, abs=2)  # caps
    redrawn, drawn = (stroke_width(image / 255.0) for image in (canvas.standard_image(),
                                                                  canvas.image()))
    assert redrawn == pytest.approx(drawn * shrink, rel=0.15)  # the same pen


def test_standard_image_ignores_erased_ink(canvas: DrawingCanvas) -> None:
    canvas.add_stroke(SEVEN)
    alone = canvas.standard_image()
    canvas.add_stroke([(10, 272), (270, 272)], width=6)  # a stray line, then erased
    canvas.add_stroke([(0, 272), (280, 272)], width=16, erase=True)
    assert np.abs(canvas.standard_image().astype(int) - alone).max() < 60


def test_undo_redo_and_clear_per_stroke(canvas: DrawingCanvas) -> None:
    canvas.add_stroke(SEVEN)
    one = canvas.image()
    canvas.add_stroke([(20, 200), (100, 200)])
    canvas.undo()
    assert np.array_equal(canvas.image(), one)
    canvas.redo()
    assert canvas.image()[200, 60] > 0
    canvas.clear()
    assert not canvas.image().any() and canvas.is_empty()
    canvas.undo()
    assert canvas.image().any()


def test_keyboard_undo_and_clear(canvas: DrawingCanvas, qtbot) -> None:  # noqa: ANN001
    canvas.add_stroke(SEVEN)
    canvas.add_stroke([(20, 200), (100, 200)])
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(canvas.strokes()) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.is_empty()


def test_right_button_erases(canvas: DrawingCanvas, qtbot) -> None:  # noqa: ANN001
    canvas.add_stroke([(0, 140), (280, 140)], width=30)
    centre = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.RightButton, pos=centre)
    qtbot.mouseRelease(canvas, Qt.MouseButton.RightButton, pos=centre)
    assert canvas.image()[140, 140] < 50 and canvas.image()[140, 10] > 200


def test_mouse_click_draws_a_dot(canvas: DrawingCanvas, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(150, 150))
    assert canvas.image().any() and len(canvas.strokes()) == 1


def test_100k_paint_calls_keep_the_none_refcount(qapp) -> None:  # noqa: ANN001
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call."""
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for i in range(100_000):
        painter.drawLine(0, i % 64, 63, 63 - i % 64)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 100


def test_the_eraser_toggle_makes_the_left_button_erase(canvas: DrawingCanvas, qtbot) -> None:  # noqa: ANN001
    canvas.add_stroke([(20, 140), (260, 140)], width=30)
    inked = int((canvas.image() > 0).sum())
    canvas.set_eraser(True)
    centre = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(canvas, QPoint(centre.x() + 30, centre.y()))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(centre.x() + 30, centre.y()))
    assert int((canvas.image() > 0).sum()) < inked and canvas.strokes()[-1].erase


def test_strokes_drawn_by_hand_keep_each_points_time(canvas: DrawingCanvas, qtbot) -> None:  # noqa: ANN001
    centre = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(30)
    qtbot.mouseMove(canvas, QPoint(centre.x() + 40, centre.y()))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(centre.x() + 40, centre.y()))
    times = canvas.strokes()[0].times
    assert len(times) == len(canvas.strokes()[0].points) and times[0] == 0 and times[-1] >= 20
