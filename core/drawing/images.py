"""Read a drawing or photo from disk into a greyscale numpy array (PNG, JPEG, BMP, GIF, ...)."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np

from core.drawing.preprocessing import MAX_PIXELS
from core.i18n import Context

Images = Context("Images")  # Images.tr(…): why an image cannot be read (see core.i18n)


class ImageError(ValueError):
    """An image that cannot be read, with a one-line reason."""


def read_image(path: str | os.PathLike[str]) -> np.ndarray:
    """A 2D array (uint8, or uint16 for 16-bit files), or (H, W, 4) RGBA when the file has
    transparency (preprocessing composites it on the side away from the ink's colour); EXIF
    orientation is applied, as a phone's photo viewer does.

    Images above MAX_PIXELS are refused from their header, before any pixels are decoded.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path).expanduser()
    if not path.is_file():
        raise ImageError((Images.tr("{0} does not exist") if not path.exists()
                          else Images.tr("{0} is not a file")).format(path))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageError(Images.tr("{0} is {1}x{2} pixels; the limit is {3} "
                                               "megapixels")
                                     .format(path, width, height, MAX_PIXELS // 1_000_000))
                image.load()
                return _to_array(ImageOps.exif_transpose(image))  # phones store photos so
    except ImageError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        raise ImageError(Images.tr("{0} is not an image DigitLab can read ({1})")
                         .format(path, exc)) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(Images.tr("{0} could not be decoded ({1})").format(path, exc)) from None


def _to_array(image: object) -> np.ndarray:
    from PIL import Image

    assert isinstance(image, Image.Image)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image)
        if array.dtype.kind == "i":
            array = np.clip(array, 0, 65535).astype(np.uint16)
        return array.astype(np.uint16)
    if image.mode == "F":
        array = np.asarray(image, dtype=np.float32)
        top = float(array.max()) if array.size and array.max() > 0 else 1.0
        return np.clip(array / top * 255.0, 0, 255).astype(np.uint8)
    if "A" in image.mode or "transparency" in image.info:
        return np.asarray(image.convert("RGBA"))  # preprocessing decides what is paper
    return np.asarray(image.convert("L"))
