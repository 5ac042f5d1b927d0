"""CanvasBox: the drawing canvas with its tools (brush width, eraser, undo, redo, clear)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout

from gui.drawing.canvas import DrawingCanvas


class CanvasBox(QGroupBox):
    """"Draw a digit": the canvas, a brush-width slider and Undo / Redo / Clear."""

    def __init__(self, canvas: DrawingCanvas) -> None:
        super().__init__("Draw a digit")
        self.canvas = canvas
        layout = QVBoxLayout(self)
        layout.addWidget(canvas, 1)
        tools = QHBoxLayout()
        tools.addWidget(QLabel("Brush"))
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(6, 40)
        self.brush.setValue(int(canvas.brush_width()))
        self.brush.setToolTip("Brush width (in the 280×280 drawing raster)")
        self.brush.setAccessibleName("Brush width")
        self.brush.valueChanged.connect(canvas.set_brush_width)
        tools.addWidget(self.brush, 1)
        layout.addLayout(tools)
        tools = QHBoxLayout()  # a second row: the column stays narrow enough for 1280x720
        self.eraser = QPushButton("Eraser")
        self.eraser.setCheckable(True)
        self.eraser.setToolTip("Erase with the pen, a finger or the left button (E); the right "
                               "button always erases")
        self.eraser.setShortcut("E")
        self.eraser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.eraser.toggled.connect(canvas.set_eraser)
        tools.addWidget(self.eraser)
        for text, tip, slot in (("Undo", "Ctrl+Z", canvas.undo),
                                ("Redo", "Ctrl+Shift+Z", canvas.redo),
                                ("Clear", "Esc or Delete", canvas.clear)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text} stroke" if text != "Clear" else "Clear canvas")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            tools.addWidget(button)
        layout.addLayout(tools)
