"""LazyView: a widget that redraws only while visible and catches up when shown.

The teaching views sit in tabs; updating a hidden one on every stroke or epoch is wasted work.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyView(QWidget):
    """Subclasses implement `_redraw()` and call `refresh()` whenever their inputs change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Redraw now if visible, else when next shown."""
        self._stale = not self.isVisible()
        if not self._stale:
            self._redraw()

    def _redraw(self) -> None:
        raise NotImplementedError
