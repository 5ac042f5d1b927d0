import numpy as np
from PySide6.QtGui import QColor

from core.evaluation.neuron import Term
from gui.views.term_pixels import NEGATIVE, POSITIVE, term_pixmap


def test_each_terms_pixel_is_boxed_in_the_colour_of_its_sign(qtbot) -> None:  # noqa: ANN001
    terms = [Term(pixel=5 * 28 + 9, weight=0.5, value=1.0),
             Term(pixel=20 * 28 + 3, weight=-0.5, value=1.0)]
    image = term_pixmap(np.zeros((28, 28), np.float32), terms, scale=7).toImage()
    assert QColor(image.pixel(9 * 7, 5 * 7 + 3)) == POSITIVE  # the box's left edge
    assert QColor(image.pixel(3 * 7, 20 * 7 + 3)) == NEGATIVE
    assert QColor(image.pixel(14 * 7 + 3, 14 * 7 + 3)) == QColor(255, 255, 255)
