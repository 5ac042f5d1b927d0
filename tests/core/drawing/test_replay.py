from pathlib import Path

import numpy as np

from core.drawing.replay import pen_drawing, replay, replay_inputs
from core.drawing.unipen import PenDigit, place

ONE = PenDigit(1, 1, (np.array([[200.0, 450.0], [200.0, 50.0]]),))


def test_replay_draws_the_trajectory_on_the_canvas() -> None:
    image = replay(ONE, 0.6, (0.5, 0.5), as_drawn=True)
    x = place(ONE, 280, 0.6)[0]
    assert image[int(x[:, 1].mean()), int(x[0, 0])] > 200
    assert len(pen_drawing(ONE, 0.6, (0.5, 0.5)).strokes) == 1


def test_replay_gives_the_drawing_redrawn_at_one_size() -> None:
    small, large = (replay(ONE, height, (0.3, 0.3)) for height in (0.4, 0.85))
    assert np.abs(small.astype(int) - large).max() <= 2  # same input whatever the size


def test_replay_inputs_are_mnist_shaped() -> None:
    inputs = replay_inputs([ONE, ONE], 0.4, (0.3, 0.3))
    assert inputs.shape == (2, 28, 28) and inputs.max() <= 1.0 and inputs.any()


def test_real_pendigits_parse_when_present() -> None:
    path = Path(__file__).resolve().parents[4] / "shared" / "data" / "pendigits-train.unipen"
    if not path.is_file():
        import pytest

        pytest.skip("pendigits not present")
    from core.drawing.unipen import read_unipen

    digits = read_unipen(path)
    assert len(digits) == 7494 and {d.writer for d in digits} == set(range(1, 31))
