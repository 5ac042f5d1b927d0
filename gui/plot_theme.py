"""The plots' colours follow the window's palette (set once, before the first plot is made).

pyqtgraph is imported here, when the first plot is built, not at start: it costs a fifth of
a second that the first answer does not wait for.
"""

from __future__ import annotations

_applied = False


def apply_plot_theme() -> None:
    """Antialiasing, and the palette's base and text colours for backgrounds and axes."""
    global _applied
    if _applied:
        return
    _applied = True
    import pyqtgraph as pg
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    palette = QApplication.palette()
    pg.setConfigOptions(antialias=True, background=palette.color(QPalette.ColorRole.Base),
                        foreground=palette.color(QPalette.ColorRole.Text))
