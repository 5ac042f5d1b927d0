"""DigitLab's Qt front end. Public API, imported lazily:

    from gui import MainWindow, DrawingCanvas

`DrawingCanvas` draws into a fixed 280x280 raster: `add_stroke(points)`, `clear()`, and
`image()` (the raster as a greyscale numpy array, white ink on black).
"""

from __future__ import annotations

from typing import Any

_API = {
    "MainWindow": ("gui.main_window", "MainWindow"),
    "DrawingCanvas": ("gui.drawing.canvas", "DrawingCanvas"),
}
__all__ = list(_API)


def __getattr__(name: str) -> Any:
    """Import a public name on first use (importing `gui` alone loads no Qt module)."""
    if name not in _API:
        raise AttributeError(f"module 'gui' has no attribute {name!r}")
    import importlib

    module, attribute = _API[name]
    return getattr(importlib.import_module(module), attribute)
