from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.drawing.images import ImageError, read_image
from core.drawing.preprocessing import to_mnist


def digit(mode: str) -> Image.Image:
    image = Image.new("L", (60, 60), 255)
    image.paste(0, (20, 10, 40, 50))
    return image.convert(mode)


@pytest.mark.parametrize("mode", ["L", "RGB", "P", "1"])
def test_common_modes_read_as_greyscale(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "d.png"
    digit(mode).save(path)
    assert read_image(path).ndim == 2 and to_mnist(read_image(path)) is not None


def test_transparency_is_kept_for_preprocessing(tmp_path: Path) -> None:
    digit("RGBA").save(tmp_path / "d.png")
    assert read_image(tmp_path / "d.png").shape == (60, 60, 4)
    assert to_mnist(read_image(tmp_path / "d.png")) is not None


def test_white_ink_on_transparent_is_read(tmp_path: Path) -> None:
    image = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    image.paste((255, 255, 255, 255), (10, 5, 30, 35))
    image.save(tmp_path / "w.png")
    result = to_mnist(read_image(tmp_path / "w.png"))
    assert result is not None and result.max() > 0.9


@pytest.mark.parametrize("size", [(1, 1), (1, 100_000), (5, 5)])
def test_pictures_too_small_to_hold_a_digit_give_no_answer(size: tuple[int, int]) -> None:
    assert to_mnist(np.full(size[::-1], 255, np.uint8)) is None


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    upright = Image.new("L", (40, 60), 255)
    upright.paste(0, (18, 5, 22, 55))  # a vertical "1" on paper, 40 wide and 60 high
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # as the phone stores it: lying
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view"
    stored.save(tmp_path / "phone.jpg", exif=exif)
    assert read_image(tmp_path / "phone.jpg").shape == (60, 40)


def test_transparent_background_counts_as_paper(tmp_path: Path) -> None:
    image = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (10, 5, 30, 35))
    image.save(tmp_path / "t.png")
    assert to_mnist(read_image(tmp_path / "t.png")) is not None


def test_sixteen_bit_png(tmp_path: Path) -> None:
    array = np.zeros((40, 40), np.uint16)
    array[5:35, 15:25] = 60000
    Image.fromarray(array).save(tmp_path / "d16.png")
    assert read_image(tmp_path / "d16.png").dtype == np.uint16


def test_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_text("hello")
    with pytest.raises(ImageError, match="not an image"):
        read_image(tmp_path / "x.png")


def test_huge_image_is_refused_from_its_header(tmp_path: Path) -> None:
    Image.new("1", (10000, 6000)).save(tmp_path / "huge.png")
    with pytest.raises(ImageError, match="megapixels"):
        read_image(tmp_path / "huge.png")
