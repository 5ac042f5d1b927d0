import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.drawing.preprocessing import (
    MAX_REDRAW_SCALE,
    REDRAW_SIDE,
    STANDARD_SIZE,
    STROKE,
    WORK,
    area_resample_matrix,
    centre_of_mass,
    standard_size,
    stroke_width,
    to_mnist,
    to_mnist_stages,
)


def canvas_with_box(top: int, left: int, height: int, width: int, size: int = 280) -> np.ndarray:
    image = np.zeros((size, size), np.uint8)
    image[top:top + height, left:left + width] = 255
    return image


def canvas_with_ring(radius: float, thickness: float, size: int = 280) -> np.ndarray:
    """A 0 drawn with a brush `thickness` wide: a ring around the canvas's centre."""
    rows, cols = np.mgrid[0:size, 0:size] - (size - 1) / 2
    distance = np.hypot(rows, cols)
    return np.where(np.abs(distance - radius) <= thickness / 2, 255, 0).astype(np.uint8)


def test_blank_image_gives_none() -> None:
    assert to_mnist(np.zeros((280, 280), np.uint8)) is None


def test_longer_side_becomes_20_pixels_and_aspect_is_kept() -> None:
    result = to_mnist_stages(canvas_with_box(50, 100, 200, 50), thin_strokes=False).image
    rows, cols = np.flatnonzero(result.any(axis=1)), np.flatnonzero(result.any(axis=0))
    assert rows[-1] - rows[0] + 1 == 20 and cols[-1] - cols[0] + 1 == 5


def test_centre_of_mass_lands_at_the_centre() -> None:
    com = centre_of_mass(to_mnist(canvas_with_box(10, 10, 60, 30)))
    assert com == pytest.approx((14.0, 14.0), abs=0.5)


def test_small_off_centre_drawing_matches_a_big_centred_one() -> None:
    small = to_mnist(canvas_with_box(5, 200, 40, 20))
    big = to_mnist(canvas_with_box(40, 90, 200, 100))
    assert np.abs(small - big).max() < 1e-5


def test_dark_on_light_is_inverted() -> None:
    light = 255 - canvas_with_box(50, 50, 100, 60)
    result = to_mnist_stages(light)
    assert result.inverted and np.allclose(result.image, to_mnist(255 - light))


def test_stages_are_returned_in_order() -> None:
    stages = to_mnist_stages(canvas_with_box(50, 50, 100, 60)).stages
    assert list(stages) == ["raw", "crop", "thinned", "scaled", "centred"]
    assert stages["crop"].shape == (100, 60) and stages["scaled"].shape == (20, 12)


def test_stroke_width_measures_a_bar() -> None:
    bar = np.zeros((40, 240), np.float32)
    bar[17:23, 20:220] = 1.0
    assert stroke_width(bar) == pytest.approx(6.0, abs=0.2)


def test_a_small_digit_drawn_with_a_broad_brush_is_thinned_to_a_tenth_of_its_size() -> None:
    stages = to_mnist_stages(canvas_with_ring(45, 28)).stages
    assert stroke_width(stages["thinned"]) == pytest.approx(STROKE * WORK, abs=0.5)


def test_thin_strokes_are_left_as_drawn() -> None:
    image = canvas_with_ring(110, 14)
    result = to_mnist_stages(image)
    assert result.stages["thinned"] is result.stages["crop"]
    assert np.array_equal(result.image, to_mnist_stages(image, thin_strokes=False).image)


def test_thinning_never_wipes_out_a_blob() -> None:
    assert to_mnist(canvas_with_box(100, 100, 30, 30)).max() > 0.5


def test_switching_off_scaling_fills_the_whole_field() -> None:
    result = to_mnist_stages(canvas_with_box(50, 50, 100, 60), scale=False)
    assert result.image.shape == (28, 28) and result.image[0].any()


def test_area_resampling_preserves_mean_intensity() -> None:
    matrix = area_resample_matrix(280, 20)
    assert np.allclose(matrix.sum(axis=1), 1.0)


@settings(max_examples=150, deadline=None)
@given(arrays(dtype=st.sampled_from([np.uint8, np.float32, np.float64, np.uint16, bool]),
              shape=st.tuples(st.integers(1, 60), st.integers(1, 60))))
def test_any_image_gives_none_or_a_valid_input(image: np.ndarray) -> None:
    result = to_mnist(image)
    assert result is None or (result.shape == (28, 28) and result.dtype == np.float32
                               and 0.0 <= result.min() and result.max() <= 1.0)


@pytest.mark.parametrize("shape", [(1, 5000), (5000, 1), (1, 1), (3, 3)])
def test_extreme_shapes_with_full_ink(shape: tuple[int, int]) -> None:
    result = to_mnist(np.full(shape, 255, np.uint8))
    assert result is None or (result.shape == (28, 28) and result.max() <= 1.0)


def test_standard_size_puts_the_longer_side_at_the_standard_share_centred() -> None:
    points = np.array([(30.0, 40.0), (50.0, 100.0)])  # 20 wide, 60 high on a 280 canvas
    scale, dx, dy = standard_size(points, 280)
    placed = points * scale + (dx, dy)
    assert placed[1, 1] - placed[0, 1] == pytest.approx(STANDARD_SIZE * REDRAW_SIDE)
    assert placed.mean(axis=0) == pytest.approx((REDRAW_SIDE / 2, REDRAW_SIDE / 2))


def test_standard_size_does_not_blow_a_dot_up_past_the_limit() -> None:
    scale, dx, dy = standard_size([(10.0, 20.0), (11.0, 20.0)], 280)
    assert scale == pytest.approx(MAX_REDRAW_SCALE * REDRAW_SIDE / 280)
    assert (10.5 * scale + dx, 20 * scale + dy) == pytest.approx((REDRAW_SIDE / 2,) * 2)
