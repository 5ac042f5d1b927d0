"""Core's rasteriser: strokes to pixels with no Qt, as the canvas and the network see them."""

import numpy as np

from core.drawing.drawing import Drawing, Stroke
from core.drawing.raster import rasterize, standard_image

LINE = Stroke.through([(60, 100), (200, 100)], 20)


def test_a_line_covers_its_width_with_soft_edges() -> None:
    column = rasterize(Drawing((LINE,)))[:, 130]
    assert column[90:110].min() == 255 and column[:90].max() == 0 and column[110:].max() == 0
    half = rasterize(Drawing((Stroke.through([(60, 100.5), (200, 100.5)], 20),)))[:, 130]
    assert 120 <= half[90] <= 136 and 120 <= half[110] <= 136  # a pixel half covered


def test_round_caps_reach_half_the_pen_past_the_ends() -> None:
    image = rasterize(Drawing((LINE,)))
    assert image[100, 205] == 255 and image[100, 212] == 0 and image[100, 52] == 255


def test_an_eraser_takes_away_only_what_it_crosses() -> None:
    erase = Stroke.through([(130, 60), (130, 140)], 20, erase=True)
    image = rasterize(Drawing((LINE, erase)))
    assert image[100, 130] == 0 and image[100, 80] == 255


def test_ink_after_an_eraser_is_drawn_again() -> None:
    erase = Stroke.through([(130, 60), (130, 140)], 20, erase=True)
    again = Stroke.through([(120, 100), (140, 100)], 20)
    assert rasterize(Drawing((LINE, erase, again)))[100, 130] == 255


def test_a_drawing_drawn_small_is_redrawn_like_one_drawn_large() -> None:
    def seven(scale: float) -> Drawing:
        points = np.array([(0, 0), (100, 0), (40, 160)]) * scale + 40
        return Drawing((Stroke.through(points, 20),))

    small, large = standard_image(seven(0.5)), standard_image(seven(1.2))
    assert np.abs(small.astype(int) - large).mean() < 2


def test_an_empty_drawing_gives_an_empty_raster() -> None:
    assert not standard_image(Drawing()).any() and Drawing().is_empty()
