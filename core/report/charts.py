"""Charts for the lab report as standalone SVG (curves, confusion matrix, per-class bars) and
PNG (weight images, test digits), each as a `data:` URI so the HTML needs no other files.

SVG is plain text drawn here, so it prints sharply to PDF and needs neither Qt nor a plotting
library; PNGs are encoded with Pillow.
"""

from __future__ import annotations

import base64
import io
import math
from dataclasses import dataclass
from html import escape

import numpy as np

from core.i18n import translate
from core.numbers import decimal, general

FONT = "font-family='Helvetica, Arial, sans-serif'"
# Okabe and Ito's palette, told apart with every common colour-vision deficiency; training and
# validation also differ by line style (solid, dashed with markers). The window uses it too.
TRAIN = "#0072B2"
VALIDATION = "#D55E00"
GAP = "#D55E00"
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#999999")


@dataclass(frozen=True)
class Series:
    """One line of a line chart."""

    name: str
    x: list[float]
    y: list[float]
    colour: str = TRAIN
    dashed: bool = False
    markers: bool = False


def svg_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def png_uri(rgb: np.ndarray, scale: int = 1) -> str:
    """A (H, W) grey float/uint8 or (H, W, 3) uint8 image as a PNG data URI, enlarged `scale`×
    with nearest-neighbour so pixels stay visible."""
    from PIL import Image

    array = np.asarray(rgb)
    if array.dtype != np.uint8:
        array = (np.clip(array, 0, 1) * 255).round().astype(np.uint8)
    image = Image.fromarray(array)
    if scale > 1:
        image = image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = high - low or 1.0
    raw = span / count
    step = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * step:
            step *= factor
            break
    first = math.ceil(low / step) * step
    return [round(first + i * step, 10) + 0.0 for i in range(int((high - first) / step + 1e-9) + 1)]


def _legend_rows(series: list[Series], marks: bool, width: int,
                 left: int) -> list[list[tuple[str, Series | None]]]:
    """The legend's entries in rows that fit the chart's width."""
    entries: list[tuple[str, Series | None]] = [(s.name, s) for s in series]
    if marks:
        entries.append((translate("Charts", "val loss rose"), None))
    rows: list[list[tuple[str, Series | None]]] = [[]]
    x = float(left)
    for name, item in entries:
        step = 30 + 6.2 * len(name)
        if rows[-1] and x + step > width:
            rows.append([])
            x = float(left)
        rows[-1].append((name, item))
        x += step
    return rows


def line_chart(title: str, series: list[Series], ylabel: str, y_range: tuple[float, float] |
               None = None, marks: list[tuple[float, float]] | None = None,
               vline: tuple[float, str] | None = None, width: int = 460,
               height: int = 290, vline_label_low: bool = False,
               notes: list[tuple[float, str]] | None = None) -> str:
    """A line chart with axes, grid and a legend below them. `marks` are (x, y) points
    circled in red (validation loss rising); `vline` is (x, label), a dashed vertical line
    (EarlyStopping); `notes` are (x, label) dotted lines (learning-rate changes)."""
    left, right, top, bottom = 58, 14, 30, 62
    legend = _legend_rows(series, bool(marks), width - right, left)
    height += 18 * (len(legend) - 1)  # the plot keeps its size; the legend adds rows
    pw, ph = width - left - right, height - top - bottom - 18 * (len(legend) - 1)
    xs = [x for s in series for x in s.x]
    ys = [y for s in series for y in s.y if math.isfinite(y)]
    x_max = max(xs + [1.0])
    lo, hi = y_range or ((min(ys), max(ys)) if ys else (0.0, 1.0))
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    if y_range is None:
        pad = 0.04 * (hi - lo)
        lo, hi = lo - pad, hi + pad

    def px(x: float) -> float:
        return left + pw * x / x_max

    def py(y: float) -> float:
        return top + ph * (1 - (min(max(y, lo), hi) - lo) / (hi - lo))

    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' {FONT} font-size='11'>",
           f"<rect width='{width}' height='{height}' fill='white'/>",
           f"<text x='{width / 2}' y='18' text-anchor='middle' font-size='13' "
           f"font-weight='bold'>{escape(title)}</text>"]
    for t in _ticks(lo, hi):
        out.append(f"<line x1='{left}' x2='{left + pw}' y1='{py(t):.1f}' y2='{py(t):.1f}' "
                   f"stroke='#e3e3e3'/><text x='{left - 5}' y='{py(t) + 4:.1f}' "
                   f"text-anchor='end'>{general(t)}</text>")
    for t in _ticks(0, x_max, 6):
        if t > 0 and t == int(t):
            out.append(f"<line x1='{px(t):.1f}' x2='{px(t):.1f}' y1='{top}' y2='{top + ph}' "
                       f"stroke='#f0f0f0'/><text x='{px(t):.1f}' y='{top + ph + 14}' "
                       f"text-anchor='middle'>{general(t)}</text>")
    out.append(f"<rect x='{left}' y='{top}' width='{pw}' height='{ph}' fill='none' "
               f"stroke='#888'/>")
    out.append(f"<text x='{left + pw / 2}' y='{top + ph + 28}' text-anchor='middle'>"
               f"" + escape(translate("Charts", "epoch")) + f"</text>"
               f"<text x='14' y='{top + ph / 2}' text-anchor='middle' transform='rotate(-90 14 "
               f"{top + ph / 2})'>{escape(ylabel)}</text>")
    if vline is not None:
        x = px(vline[0])
        label_y = top + ph - 6 if vline_label_low else top + 12
        out.append(f"<line x1='{x:.1f}' x2='{x:.1f}' y1='{top}' y2='{top + ph}' stroke='#555' "
                   f"stroke-dasharray='5 3'/><text x='{x - 4:.1f}' y='{label_y}' "
                   f"text-anchor='end' fill='#333'>{escape(vline[1])}</text>")
    for s in series:
        points = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(s.x, s.y, strict=False)
                          if math.isfinite(y))
        if not points:
            continue
        dash = " stroke-dasharray='6 3'" if s.dashed else ""
        out.append(f"<polyline points='{points}' fill='none' stroke='{s.colour}' "
                   f"stroke-width='2'{dash}/>")
        if s.markers:
            out.extend(f"<circle cx='{px(x):.1f}' cy='{py(y):.1f}' r='2.6' fill='{s.colour}'/>"
                       for x, y in zip(s.x, s.y, strict=False) if math.isfinite(y))
    for x, y in marks or []:
        out.append(f"<circle cx='{px(x):.1f}' cy='{py(y):.1f}' r='6' fill='none' "
                   f"stroke='#c00' stroke-width='1.6'/>")
    for x_note, label in notes or []:
        out.append(f"<line x1='{px(x_note):.1f}' x2='{px(x_note):.1f}' y1='{top}' "
                   f"y2='{top + ph}' stroke='#666' stroke-dasharray='2 3'/>"
                   f"<text x='{px(x_note) + 3:.1f}' y='{top + 24}' fill='#444'>"
                   f"{escape(label)}</text>")
    for row, entries in enumerate(legend):
        legend_y = top + ph + 42 + 18 * row
        x = left
        for name, item in entries:
            if item is None:
                out.append(f"<circle cx='{x + 6}' cy='{legend_y}' r='5' fill='none' "
                           f"stroke='#c00' stroke-width='1.6'/><text x='{x + 15}' "
                           f"y='{legend_y + 4}'>{escape(name)}</text>")
            else:
                dash = " stroke-dasharray='6 3'" if item.dashed else ""
                out.append(f"<line x1='{x}' x2='{x + 18}' y1='{legend_y}' y2='{legend_y}' "
                           f"stroke='{item.colour}' stroke-width='2'{dash}/><text x='{x + 22}' "
                           f"y='{legend_y + 4}'>{escape(name)}</text>")
            x += 30 + 6.2 * len(name)
    out.append("</svg>")
    return "".join(out)


RIGHT = np.array([49, 130, 189], np.float64)  # the diagonal: blue
WRONG = np.array([215, 48, 39], np.float64)  # mistakes: red


def confusion_shading(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(colours (n, n, 3) uint8, strength (n, n) in 0–1) for a confusion matrix's cells.

    Each cell is shaded by its share of the row: the diagonal in blue, mistakes in red, where
    10 % of a row is already full red (a lot of mistakes). Empty cells stay white.
    """
    matrix = np.asarray(matrix)
    share = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1)
    diagonal = np.eye(len(matrix), dtype=bool)
    strength = np.where(diagonal, share, np.minimum(1.0, share * 10))
    strength = np.where(matrix > 0, strength, 0.0)
    target = np.where(diagonal[..., None], RIGHT, WRONG)
    colours = 255 + (target - 255) * strength[..., None]
    return colours.round().astype(np.uint8), strength


def confusion_chart(matrix: np.ndarray, title: str | None = None, cell: int = 30) -> str:
    """A 10×10 heatmap with counts: rows are true digits, columns predicted. Cells are shaded
    by their share of the row; the diagonal (right) in blue, mistakes in red."""
    title = title or translate("Charts", "Confusion matrix")
    matrix = np.asarray(matrix)
    n = matrix.shape[0]
    left, top = 46, 52
    size = cell * n
    width, height = left + size + 12, top + size + 30
    colours, strengths = confusion_shading(matrix)
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' {FONT} font-size='10'>",
           f"<rect width='{width}' height='{height}' fill='white'/>",
           f"<text x='{left + size / 2}' y='14' text-anchor='middle' font-size='13' "
           f"font-weight='bold'>{escape(title)}</text>",
           f"<text x='{left + size / 2}' y='32' text-anchor='middle'>"
           f"" + escape(translate("Charts", "predicted digit")) + "</text>",
           f"<text x='12' y='{top + size / 2}' text-anchor='middle' transform='rotate(-90 12 "
           f"{top + size / 2})'>" + escape(translate("Charts", "true digit")) + "</text>"]
    for i in range(n):
        out.append(f"<text x='{left + cell * i + cell / 2}' y='{top - 4}' "
                   f"text-anchor='middle' font-weight='bold'>{i}</text>")
        out.append(f"<text x='{left - 6}' y='{top + cell * i + cell / 2 + 4}' "
                   f"text-anchor='end' font-weight='bold'>{i}</text>")
        for j in range(n):
            value = int(matrix[i, j])
            colour = "#{:02x}{:02x}{:02x}".format(*colours[i, j])
            text_colour = "white" if strengths[i, j] > 0.6 else "#222"
            x, y = left + cell * j, top + cell * i
            out.append(f"<rect x='{x}' y='{y}' width='{cell}' height='{cell}' fill='{colour}' "
                       f"stroke='#ddd'/>")
            if value:
                out.append(f"<text x='{x + cell / 2}' y='{y + cell / 2 + 3.5}' "
                           f"text-anchor='middle' fill='{text_colour}'>{value}</text>")
    out.append("</svg>")
    return "".join(out)


def bar_chart(values: list[float], title: str, low: float = 0.9, width: int = 330,
              height: int = 170) -> str:
    """Ten bars (per-class accuracy), with the value on each; the axis starts at `low`."""
    left, top, bottom = 40, 24, 24
    pw, ph = width - left - 10, height - top - bottom
    present = [v for v in values if v == v]
    low = min([low] + [v - 0.01 for v in present])
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' {FONT} font-size='9'>",
           f"<rect width='{width}' height='{height}' fill='white'/>",
           f"<text x='{width / 2}' y='14' text-anchor='middle' font-size='12' "
           f"font-weight='bold'>{escape(title)}</text>"]
    for t in _ticks(low, 1.0, 4):
        y = top + ph * (1 - (t - low) / (1 - low))
        out.append(f"<line x1='{left}' x2='{left + pw}' y1='{y:.1f}' y2='{y:.1f}' "
                   f"stroke='#e6e6e6'/><text x='{left - 4}' y='{y + 3:.1f}' "
                   f"text-anchor='end'>{general(100 * t)} %</text>")
    slot = pw / len(values)
    for digit, value in enumerate(values):
        x = left + slot * digit + slot * 0.15
        out.append(f"<text x='{x + slot * 0.35:.1f}' y='{top + ph + 13}' text-anchor='middle' "
                   f"font-size='11'>{digit}</text>")
        if value != value:
            continue
        bar = ph * (value - low) / (1 - low)
        out.append(f"<rect x='{x:.1f}' y='{top + ph - bar:.1f}' width='{slot * 0.7:.1f}' "
                   f"height='{bar:.1f}' fill='#5a8cc8'/><text x='{x + slot * 0.35:.1f}' "
                   f"y='{top + ph - bar - 2:.1f}' text-anchor='middle'>"
                   f"{decimal(100 * value, 1)}</text>")
    out.append("</svg>")
    return "".join(out)
