from pathlib import Path

import numpy as np
import pytest

from core.drawing.unipen import UnipenError, place, read_unipen

SAMPLE = """.SEGMENT DIGIT    0 ? "7"
.COMMENT 7 3  12
.PEN_DOWN
 100  400
 300  400
 150  100
.PEN_UP
.SEGMENT DIGIT    1 ? "1"
.COMMENT 1 4  13
.PEN_DOWN
 200  450
 200  50
.PEN_UP
"""


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "s.unipen"
    path.write_text(SAMPLE)
    return path


def test_reads_labels_writers_and_strokes(sample: Path) -> None:
    digits = read_unipen(sample)
    assert [(d.label, d.writer, len(d.strokes)) for d in digits] == [(7, 3, 1), (1, 4, 1)]
    assert digits[0].strokes[0].shape == (3, 2)


def test_place_flips_y_and_scales_to_the_asked_height(sample: Path) -> None:
    seven = read_unipen(sample)[0]
    stroke = place(seven, raster=280, height=0.5)[0]
    assert stroke[0, 1] < stroke[2, 1]  # the top bar (high y in UNIPEN) is drawn first, on top
    assert np.ptp(stroke[:, 1]) == pytest.approx(140)
    assert stroke[:, 0].mean() == pytest.approx(140, abs=60)


def test_not_unipen_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.unipen").write_text("hello\n")
    with pytest.raises(UnipenError):
        read_unipen(tmp_path / "x.unipen")


def test_writer_lists_read_ranges_and_lists() -> None:
    from core.drawing.unipen import writer_list

    assert writer_list("1-3,7") == [1, 2, 3, 7]
    assert writer_list("1-10,21-30") == [*range(1, 11), *range(21, 31)]
