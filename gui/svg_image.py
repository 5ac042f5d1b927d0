"""svg_to_png: an SVG drawing rendered to PNG bytes at a multiple of its size, on white."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PRINT_SCALE = 3  # ~300 dpi when the chart is printed at its nominal size at 96 dpi


def svg_to_png(svg: str, scale: float = PRINT_SCALE) -> bytes:
    """PNG bytes of `svg` drawn `scale` times its own width and height (white background)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise OSError("the chart could not be drawn (invalid SVG)")
    size = renderer.defaultSize()
    image = QImage(int(size.width() * scale), int(size.height() * scale),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the chart could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())
