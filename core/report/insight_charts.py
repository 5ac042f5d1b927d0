"""The lab report's charts of what happens inside a network: gradient norms per layer, and
the map of how the last hidden layer sorts the digits. SVG text, like `charts`."""

from __future__ import annotations

import math
from html import escape

from core.evaluation.hidden_map import HiddenMap
from core.i18n import translate
from core.report.charts import FONT

# One colour per digit, 0 to 9, chosen from Okabe-Ito's, Paul Tol's and Tableau's palettes so
# that every two differ by at least 20 CIELAB units for normal vision and under simulated
# protanopia, deuteranopia and tritanopia (Machado et al. 2009); the palette before had two
# blues (0, 5) and two teals (2, 9), 4 units apart under deuteranopia.
DIGIT_COLOURS = ("#004488", "#FF7F0E", "#88CCEE", "#DC3220", "#DDCC77", "#882255", "#0C7BDC",
                 "#CC79A7", "#8C564B", "#000000")


def gradient_norm_chart(norms: list[list[float] | None], title: str | None = None,
                        width: int = 330, height: int = 190) -> str:
    """One line per epoch (darker = later) of each dense layer's gradient norm, log scale."""
    title = title or translate("Charts", "Gradient norm per layer")
    measured = [(epoch, row) for epoch, row in enumerate(norms, start=1) if row]
    left, top, bottom, right = 46, 24, 30, 10
    pw, ph = width - left - right, height - top - bottom
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' {FONT} font-size='9'>",
           f"<rect width='{width}' height='{height}' fill='white'/>",
           f"<text x='{width / 2}' y='14' text-anchor='middle' font-size='12' "
           f"font-weight='bold'>{escape(title)}</text>"]
    if not measured:
        out.append(f"<text x='{width / 2}' y='{height / 2}' text-anchor='middle'>"
                   + escape(translate("Charts", "not measured (trained before DigitLab measured "
                                                "gradients)")) + "</text></svg>")
        return "".join(out)
    values = [v for _, row in measured for v in row if v > 0]
    low = math.floor(math.log10(min(values))) if values else -6
    high = math.ceil(math.log10(max(values))) if values else 0
    high = high if high > low else low + 1
    layers = max(len(row) for _, row in measured)

    def x_of(i: int) -> float:
        return left + (pw * i / (layers - 1) if layers > 1 else pw / 2)

    def y_of(v: float) -> float:
        return top + ph * (high - math.log10(max(v, 10.0 ** low))) / (high - low)

    for power in range(low, high + 1):
        y = y_of(10.0 ** power)
        out.append(f"<line x1='{left}' x2='{left + pw}' y1='{y:.1f}' y2='{y:.1f}' "
                   f"stroke='#e6e6e6'/><text x='{left - 4}' y='{y + 3:.1f}' "
                   f"text-anchor='end'>1e{power}</text>")
    for i in range(layers):
        name = translate("Charts", "out") if i == layers - 1 else str(i + 1)
        out.append(f"<text x='{x_of(i):.1f}' y='{top + ph + 12}' text-anchor='middle'>"
                   f"{name}</text>")
    out.append(f"<text x='{left + pw / 2}' y='{height - 4}' text-anchor='middle'>"
               + escape(translate("Charts", "layer (input side first)")) + "</text>")
    for rank, (epoch, row) in enumerate(measured):
        shade = int(200 - 170 * (rank + 1) / len(measured))
        colour = f"rgb({shade},{shade},{min(255, shade + 60)})"
        points = " ".join(f"{x_of(i):.1f},{y_of(v):.1f}" for i, v in enumerate(row))
        title = escape(translate("Charts", "epoch {0}").format(epoch))
        out.append(f"<polyline points='{points}' fill='none' stroke='{colour}' "
                   f"stroke-width='1.5'><title>{title}</title></polyline>")
    later = translate("Charts", "darker: later epochs (1–{0})").format(measured[-1][0])
    out.append(f"<text x='{left + pw}' y='{top + 8}' text-anchor='end'>{escape(later)}</text>"
               "</svg>")
    return "".join(out)


def hidden_map_chart(hidden: HiddenMap, title: str | None = None, size: int = 330) -> str:
    """The map's dots coloured by digit, with a legend of the ten colours."""
    title = title or translate("Charts", "How the last hidden layer sorts the digits")
    top, margin, legend = 24, 8, 18
    side = size - 2 * margin
    points = hidden.points
    lows, highs = points.min(axis=0), points.max(axis=0)
    spans = [max(float(h - lo), 1e-9) for lo, h in zip(lows, highs, strict=True)]
    height = top + side + legend
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{height}' "
           f"viewBox='0 0 {size} {height}' {FONT} font-size='9'>",
           f"<rect width='{size}' height='{height}' fill='white'/>",
           f"<text x='{size / 2}' y='14' text-anchor='middle' font-size='12' "
           f"font-weight='bold'>{escape(title)}</text>",
           f"<rect x='{margin}' y='{top}' width='{side}' height='{side}' fill='none' "
           "stroke='#ccc'/>"]
    for (px, py), label in zip(points, hidden.labels, strict=True):
        x = margin + 3 + (side - 6) * (float(px) - lows[0]) / spans[0]
        y = top + 3 + (side - 6) * (1 - (float(py) - lows[1]) / spans[1])
        out.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='1.6' "
                   f"fill='{DIGIT_COLOURS[int(label) % 10]}'/>")
    for digit, colour in enumerate(DIGIT_COLOURS):
        x = margin + digit * side / 10
        out.append(f"<circle cx='{x + 6:.1f}' cy='{top + side + 10}' r='4' fill='{colour}'/>"
                   f"<text x='{x + 13:.1f}' y='{top + side + 13}'>{digit}</text>")
    out.append("</svg>")
    return "".join(out)
