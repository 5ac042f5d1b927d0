import base64
import io
import xml.etree.ElementTree as ET

import numpy as np
from PIL import Image

from core.report import charts


def _svg(uri: str) -> ET.Element:
    assert uri.startswith("data:image/svg+xml;base64,")
    return ET.fromstring(base64.b64decode(uri.split(",", 1)[1]))


def test_line_chart_is_valid_svg_with_one_polyline_per_series() -> None:
    svg = charts.line_chart("Loss", [charts.Series("training", [1, 2, 3], [0.5, 0.3, 0.2]),
                                     charts.Series("validation", [1, 2, 3], [0.4, 0.35, 0.38])],
                            "loss", marks=[(3, 0.38)], vline=(3, "EarlyStopping"))
    root = _svg(charts.svg_uri(svg))
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 2
    assert "EarlyStopping" in svg and "val loss rose" in svg


def test_confusion_chart_writes_every_nonzero_count() -> None:
    matrix = np.diag(np.arange(1, 11)) + np.eye(10, k=1, dtype=int) * 7
    root = _svg(charts.svg_uri(charts.confusion_chart(matrix)))
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts.count("7") == 9 + 1 + 2  # 9 off-diagonal 7s, the diagonal 7, two axis labels


def test_png_uri_enlarges_without_smoothing() -> None:
    image = np.zeros((28, 28), np.uint8)
    image[0, 0] = 255
    png = Image.open(io.BytesIO(base64.b64decode(charts.png_uri(image, 3).split(",", 1)[1])))
    assert png.size == (84, 84)
    assert np.asarray(png)[:3, :3].min() == 255 and np.asarray(png)[3, 3] == 0
