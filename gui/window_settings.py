"""WindowSettings: what the window remembers between sessions (geometry, splitters, the spec).

Every value read back is checked before it reaches Qt: a settings file edited by hand or
written by another version gives the defaults, never an exception at start-up.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from core.model.architectures import ModelSpec, SpecError
from gui.training.model_panel import ModelPanel

DEFAULT_SIZE = (1500, 900)
MIN_SIZE = (640, 400)
FRAME = (16, 48)  # room for the window manager's frame and title bar, before it is known


class WindowSettings:
    """Restore and save a window's geometry, its named splitters and the model panel's spec."""

    def __init__(self, settings: QSettings, window: QMainWindow,
                 splitters: dict[str, QSplitter], panel: ModelPanel) -> None:
        self.settings, self._window, self._splitters, self._panel = (settings, window,
                                                                     splitters, panel)
        self.keep_spec = True  # False under a lab file: its presets and seed are not saved

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, (QByteArray, bytes)) and len(value) else None

    def restore(self) -> None:
        geometry = self._bytes("geometry")
        if geometry is None or not self._window.restoreGeometry(geometry) \
                or self._window.width() < MIN_SIZE[0] or self._window.height() < MIN_SIZE[1]:
            self._window.resize(*DEFAULT_SIZE)  # a damaged geometry can "restore" to 1x1
        self.fit_to_screen()
        for key, splitter in self._splitters.items():
            state = self._bytes(key)
            if state is not None:
                splitter.restoreState(state)
        spec = self.settings.value("spec", "")
        if isinstance(spec, str) and spec:
            try:
                self._panel.set_spec(ModelSpec.from_dict(json.loads(spec)))
            except (ValueError, SpecError, TypeError, RecursionError):
                pass

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen's available area (a first start on 1366×768, or
        a geometry saved on a larger monitor, opened it partly off-screen)."""
        window = self._window
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(window.width(), max(MIN_SIZE[0], area.width() - FRAME[0]))
        height = min(window.height(), max(MIN_SIZE[1], area.height() - FRAME[1]))
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
        placed = QRect(window.pos(), window.size())
        if not area.contains(placed):
            x = min(max(placed.x(), area.x()), area.right() + 1 - FRAME[0] - width)
            y = min(max(placed.y(), area.y()), area.bottom() + 1 - FRAME[1] - height)
            window.move(max(area.x(), x), max(area.y(), y))

    def save(self) -> None:
        self.settings.setValue("geometry", self._window.saveGeometry())
        for key, splitter in self._splitters.items():
            self.settings.setValue(key, splitter.saveState())
        if self.keep_spec:
            self.settings.setValue("spec", json.dumps(self._panel.spec().to_dict()))
        self.settings.sync()
