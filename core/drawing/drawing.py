"""A drawing as plain data: its strokes in canvas pixels, each with its pen width, whether it
erases, and when each point came.

The canvas collects these while a student draws; everything that turns them into what the
network reads (`core.drawing.raster`) works on this data alone, with no Qt, so scripts, tests,
benchmarks and the model builders draw exactly as the window does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

CANVAS_SIZE = 280  # the canvas's logical raster: independent of the screen's scale factor
DEFAULT_BRUSH = 20.0


@dataclass
class Stroke:
    """One pen-down-to-pen-up trace in canvas pixels (x right, y down)."""

    points: list[tuple[float, float]]
    width: float = DEFAULT_BRUSH
    erase: bool = False
    times: list[float] = field(default_factory=list)  # ms since the drawing began, per point

    @classmethod
    def through(cls, points: Iterable[Sequence[float]], width: float = DEFAULT_BRUSH,
                erase: bool = False, times: Sequence[float] = ()) -> Stroke:
        """A stroke through `points` (any pairs of numbers)."""
        return cls([(float(x), float(y)) for x, y in points], float(width), bool(erase),
                   [float(t) for t in times])


@dataclass(frozen=True)
class Drawing:
    """The strokes of one drawing, in the order drawn, on a `size`-pixel square canvas."""

    strokes: tuple[Stroke, ...] = ()
    size: int = CANVAS_SIZE

    def is_empty(self) -> bool:
        return not any(stroke.points and not stroke.erase for stroke in self.strokes)
