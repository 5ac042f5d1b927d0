"""CanvasBox: the drawing canvas with its tools (brush width, eraser, undo, redo, clear)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QSlider, QVBoxLayout

from gui.drawing.canvas import DrawingCanvas
from gui.labels import plain_label


def _keys(keys: str) -> str:
    """A shortcut as the platform writes it, in the window's language ("Strg+Z")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class CanvasBox(QGroupBox):
    """"Draw a digit": the canvas, a brush-width slider and Undo / Redo / Clear."""

    def __init__(self, canvas: DrawingCanvas) -> None:
        super().__init__()
        self.setTitle(self.tr("Draw a digit"))
        self.canvas = canvas
        layout = QVBoxLayout(self)
        layout.addWidget(canvas, 1)
        tools = QHBoxLayout()
        tools.addWidget(plain_label(self.tr("Brush")))
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(6, 40)
        self.brush.setValue(int(canvas.brush_width()))
        self.brush.setToolTip(self.tr("Brush width (in the 280×280 drawing raster)"))
        self.brush.setAccessibleName("Brush width")
        self.brush.valueChanged.connect(canvas.set_brush_width)
        tools.addWidget(self.brush, 1)
        layout.addLayout(tools)
        tools = QHBoxLayout()  # a second row: the column stays narrow enough for 1280x720
        self.eraser = QPushButton(self.tr("Eraser"))
        self.eraser.setCheckable(True)
        self.eraser.setToolTip(self.tr("Erase with the pen, a finger or the left button (E); the "
                                       "right button always erases"))
        self.eraser.setShortcut("E")
        self.eraser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.eraser.toggled.connect(canvas.set_eraser)
        tools.addWidget(self.eraser)
        for text, tip, name, slot in (
                (self.tr("Undo"), _keys("Ctrl+Z"), "Undo stroke", canvas.undo),
                (self.tr("Redo"), _keys("Ctrl+Shift+Z"), "Redo stroke", canvas.redo),
                (self.tr("Clear"), self.tr("Esc or Delete"), "Clear canvas", canvas.clear)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            tools.addWidget(button)
        layout.addLayout(tools)
