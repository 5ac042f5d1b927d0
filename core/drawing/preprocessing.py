"""Turn any drawing or photo of a digit into the 28x28 input MNIST networks expect (numpy only).

MNIST's own recipe, which `to_mnist` follows: crop to the ink's bounding box; scale so the
longer side is 20 px, keeping the aspect ratio, with area-averaging anti-aliasing; place the
result in a 28x28 field so that its centre of mass sits at the centre (pixel index 14.0, as
measured on MNIST's training set). Squashing a drawing straight to 28x28 skips all three and
is why a digit drawn small or off-centre gets misread.

Two steps MNIST did not need, both because a digit drawn small with a broad brush has strokes
far thicker, for its size, than MNIST's (and loops the brush fills in):
- when the strokes are known (the canvas), they are redrawn at one size with the same pen
  before any of this (`standard_size` says where), so a small digit reaches the network as a
  large one does;
- whatever the image, strokes thicker than STROKE of the digit's size are thinned.

Either polarity is accepted: a light background (a photo of paper) is detected from the border
and inverted. Each stage is kept so the app can show what the network actually receives.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

FIELD = 28
BOX = 20
CENTRE = 14.0
INK_THRESHOLD = 0.1  # after normalising to [0, 1], ink is brighter than this
MAX_PIXELS = 50_000_000  # refuse larger images rather than exhaust memory
MIN_SIDE = 8  # a picture narrower than this holds no readable digit
MAX_ASPECT = 20  # nor does a strip twenty times longer than it is wide
STROKE = 0.10  # thickest stroke kept, as a share of the digit's longer side (MNIST's median
#                is 0.095 by `stroke_width`; the canvas's brush at 60 % of its height, 0.098)
WORK = 2 * BOX  # thinning works with the longer side at 40 px, then scales down to BOX
MAX_THINNING = 4  # pixels (at WORK) taken off each side of a stroke at most
STANDARD_SIZE = 0.85  # a redrawn digit's longer side, as a share of the raster (the largest
#                       size the real-drawing benchmark draws; chosen on inner writers 16-20)
REDRAW_SIDE = 112  # px of the raster a drawing is redrawn on: the digit's longer side is then
#                    95 px, over the 40 px thinning works at, and the redrawing costs ~0.1 ms
MAX_REDRAW_SCALE = 8.0  # a dot or a tiny scribble is not blown up further than this


@dataclass
class Preprocessed:
    """The network input and the stages that produced it (all float32 in [0, 1])."""

    image: np.ndarray  # 28x28
    stages: dict[str, np.ndarray] = field(default_factory=dict)  # raw, crop, thinned, scaled,
    #                                                               centred
    inverted: bool = False


def standard_size(points: Sequence[Sequence[float]], raster: int) -> tuple[float, float, float]:
    """(scale, dx, dy) that redraw a drawing made on a `raster`-wide canvas at the standard
    size on a REDRAW_SIDE-wide one: each point p goes to p * scale + (dx, dy), so the points'
    longer side spans STANDARD_SIZE of it, centred. The pen keeps its width relative to the
    canvas (times REDRAW_SIDE / raster).

    So the redrawn strokes are as thin, for the digit's size, as a large drawing's: a digit
    drawn small loses the thick strokes and filled-in loops that thinning a raster cannot
    undo. `points`: the ink's trajectory (x, y) in the canvas's pixels.
    """
    array = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    shrink = REDRAW_SIDE / raster
    if not len(array):
        return shrink, 0.0, 0.0
    low, high = array.min(axis=0), array.max(axis=0)
    longer = float((high - low).max())
    scale = shrink * (MAX_REDRAW_SCALE if longer * MAX_REDRAW_SCALE <= STANDARD_SIZE * raster
                      else STANDARD_SIZE * raster / longer)
    centre = (low + high) / 2.0
    return scale, REDRAW_SIDE / 2.0 - centre[0] * scale, REDRAW_SIDE / 2.0 - centre[1] * scale


def normalise(image: np.ndarray) -> tuple[np.ndarray, bool]:
    """Any 2D (or HxWx3/4) image → float32 in [0, 1] with bright ink on black; and if inverted."""
    array = np.asarray(image)
    if array.size > MAX_PIXELS:
        raise ValueError(f"image of {array.size} values is too large (limit {MAX_PIXELS})")
    if array.ndim == 3 and array.shape[2] in (1, 3, 4):
        array = _to_grey(array)
    if array.ndim != 2:
        raise ValueError(f"expected a 2D image, got shape {array.shape}")
    if array.dtype == bool:
        grey = array.astype(np.float32)
    elif array.dtype.kind in "ui":
        top = 255.0 if array.dtype.itemsize == 1 else float(np.iinfo(array.dtype).max)
        if array.dtype.itemsize > 1 and array.size and array.max() <= 255:
            top = 255.0  # small values in a wide type: treat as 8-bit
        grey = array.astype(np.float32) / np.float32(top)
    else:
        wide = np.nan_to_num(array.astype(np.float64), nan=0.0, posinf=1.0, neginf=0.0)
        if wide.size and wide.max() > 1.0:
            wide = wide / (255.0 if wide.max() <= 255.0 else wide.max())
        grey = np.clip(wide, 0.0, 1.0).astype(np.float32)  # clip first: no float32 overflow
    grey = np.clip(grey, 0.0, 1.0)
    inverted = False
    if grey.size and _border_median(grey) > 0.5:
        grey = 1.0 - grey
        inverted = True
    return grey, inverted


def _to_grey(array: np.ndarray) -> np.ndarray:
    if array.shape[2] == 1:
        return array[:, :, 0]
    kind_max = float(np.iinfo(array.dtype).max) if array.dtype.kind in "ui" else 1.0
    rgb = array[:, :, :3].astype(np.float32)
    grey = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    if array.shape[2] == 4:  # transparent = paper, on the side away from the ink's colour
        alpha = array[:, :, 3].astype(np.float32) / np.float32(kind_max)
        opaque = alpha > 0.5
        light_ink = bool(opaque.any() and (~opaque).any()
                         and grey[opaque].mean() > 0.5 * kind_max)
        grey = grey * alpha + (0.0 if light_ink else kind_max) * (1.0 - alpha)
    return (grey / kind_max).astype(np.float32)


def _border_median(grey: np.ndarray) -> float:
    if grey.shape[0] < 3 or grey.shape[1] < 3:
        return 0.0  # too thin to have a border: assume dark background
    border = np.concatenate([grey[0], grey[-1], grey[1:-1, 0], grey[1:-1, -1]])
    return float(np.median(border))


@functools.lru_cache(maxsize=1024)
def area_resample_matrix(source: int, target: int) -> np.ndarray:
    """(target x source) weights averaging each output pixel over the source area it covers
    (read-only, cached: a drawing reuses a handful of sizes, and this is a third of to_mnist's
    time otherwise)."""
    edges = np.arange(target + 1, dtype=np.float64) * (source / target)
    lo, hi = edges[:-1, None], edges[1:, None]
    pixels = np.arange(source, dtype=np.float64)[None, :]
    overlap = np.clip(np.minimum(hi, pixels + 1) - np.maximum(lo, pixels), 0.0, None)
    weights = (overlap / (source / target)).astype(np.float32)
    weights.flags.writeable = False
    return weights


def resize_area(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resize with area averaging (anti-aliased when shrinking, blocky-exact when growing)."""
    rows = area_resample_matrix(image.shape[0], height)
    cols = area_resample_matrix(image.shape[1], width)
    return rows @ image.astype(np.float32) @ cols.T


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the intensity-weighted centre, in pixel-index coordinates."""
    total = float(image.sum())
    if total <= 0:
        return (image.shape[0] - 1) / 2.0, (image.shape[1] - 1) / 2.0
    rows = np.arange(image.shape[0], dtype=np.float64)
    cols = np.arange(image.shape[1], dtype=np.float64)
    return (float(image.sum(axis=1) @ rows) / total, float(image.sum(axis=0) @ cols) / total)


def erode(image: np.ndarray) -> np.ndarray:
    """Greyscale erosion by one pixel: each pixel becomes the darkest of its 3x3 neighbourhood."""
    padded = np.pad(image, 1)  # a square's minimum is the row minimum of column minima
    columns = np.minimum(np.minimum(padded[:-2], padded[1:-1]), padded[2:])
    return np.minimum(np.minimum(columns[:, :-2], columns[:, 1:-1]), columns[:, 2:])


def stroke_width(image: np.ndarray, eroded: np.ndarray | None = None) -> float:
    """Estimated stroke width in pixels. A stroke of width w and length l holds w*l of ink and
    loses 2*l to a one-pixel erosion, so w = 2 * ink / (ink lost). `eroded`: `erode(image)`,
    when the caller has it already."""
    ink = float(image.sum())
    lost = ink - float((erode(image) if eroded is None else eroded).sum())
    return 2.0 * ink / lost if lost > 0 else 0.0


def thin(crop: np.ndarray) -> np.ndarray | None:
    """The cropped digit at WORK px (longer side) with strokes no thicker than STROKE of that
    side; None when they are thin enough already (the crop is then used as it is).

    Thinning erodes whole pixels, then blends in the next erosion for the fraction left over,
    so the width changes smoothly. Only thick strokes are thinned: thickening thin ones
    merges nearby strokes (a 9's loop into a blob) and costs more than it gains.
    """
    height, width = crop.shape
    longer = max(height, width)
    work = np.clip(resize_area(crop, max(1, round(height * WORK / longer)),
                               max(1, round(width * WORK / longer))), 0.0, 1.0)
    eroded = erode(work)  # measures the width, then is the first step: each erosion once
    excess = min((stroke_width(work, eroded) - STROKE * WORK) / 2.0, MAX_THINNING)
    if excess <= 0:
        return None
    for _ in range(int(excess)):
        if not (eroded > INK_THRESHOLD).any():
            return work  # eroding further would wipe the digit out
        work, eroded = eroded, erode(eroded)
    fraction = excess - int(excess)
    return (1.0 - fraction) * work + fraction * eroded if fraction else work


def to_mnist_stages(image: np.ndarray, *, crop: bool = True, thin_strokes: bool = True,
                    scale: bool = True, centre: bool = True) -> Preprocessed | None:
    """`to_mnist` with its stages; switch a stage off to see what it contributes.

    crop=False keeps the whole image; thin_strokes=False keeps strokes as thick as drawn;
    scale=False squashes the (cropped) image straight to 28x28 as a naive app would (and so
    does not thin); centre=False places the 20 px box by its geometric centre.
    Returns None when there is no ink, or no digit could be there (a picture a few pixels
    wide, or a thin strip).
    """
    shape = np.shape(image)[:2]
    if len(shape) == 2 and (min(shape) < MIN_SIDE or max(shape) > MAX_ASPECT * min(shape)):
        return None
    grey, inverted = normalise(image)
    ink = grey > INK_THRESHOLD
    if not ink.any():
        return None
    stages = {"raw": grey}
    if crop:
        rows = np.flatnonzero(ink.any(axis=1))
        cols = np.flatnonzero(ink.any(axis=0))
        grey = grey[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    stages["crop"] = grey
    height, width = grey.shape
    if not scale:
        result = np.clip(resize_area(grey, FIELD, FIELD), 0.0, 1.0).astype(np.float32)
        stages["thinned"] = grey
        stages["scaled"] = result
        stages["centred"] = result
        return Preprocessed(result, stages, inverted)
    thinned = thin(grey) if thin_strokes else None
    stages["thinned"] = grey if thinned is None else thinned
    longer = max(height, width)
    new_h = max(1, int(round(height * BOX / longer)))
    new_w = max(1, int(round(width * BOX / longer)))
    scaled = np.clip(resize_area(stages["thinned"], new_h, new_w), 0.0, 1.0)
    stages["scaled"] = scaled
    if centre:
        com_r, com_c = centre_of_mass(scaled)
        top = int(round(CENTRE - com_r))
        left = int(round(CENTRE - com_c))
    else:
        top, left = (FIELD - new_h) // 2, (FIELD - new_w) // 2
    top = min(max(top, 0), FIELD - new_h)
    left = min(max(left, 0), FIELD - new_w)
    result = np.zeros((FIELD, FIELD), np.float32)
    result[top:top + new_h, left:left + new_w] = scaled
    stages["centred"] = result
    return Preprocessed(result, stages, inverted)


def to_mnist(image: np.ndarray) -> np.ndarray | None:
    """A 28x28 float32 array in [0, 1] following MNIST's recipe, or None when there is no ink."""
    result = to_mnist_stages(image)
    return None if result is None else result.image
