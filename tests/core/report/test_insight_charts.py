import numpy as np
from helpers import make_digits, random_classifier

from core.evaluation.hidden_map import map_of_test_images
from core.report.insight_charts import DIGIT_COLOURS, gradient_norm_chart, hidden_map_chart


def test_the_norm_chart_draws_one_line_per_measured_epoch() -> None:
    svg = gradient_norm_chart([[0.2, 0.1, 0.1], None, [0.1, 0.05, 0.1]])
    assert svg.count("<polyline") == 2 and "epoch 3" in svg and "1e-2" in svg


def test_a_history_without_gradients_says_so() -> None:
    assert "not measured" in gradient_norm_chart([None, None])


def test_the_map_chart_has_a_dot_per_image_in_its_digits_colour() -> None:
    images, labels = make_digits(30, seed=2)
    svg = hidden_map_chart(map_of_test_images(random_classifier(8), images, labels))
    assert svg.count("r='1.6'") == 30
    assert svg.count(f"fill='{DIGIT_COLOURS[int(labels[0])]}'") == np.sum(labels == labels[0]) + 1
    assert len(set(DIGIT_COLOURS)) == 10


# Machado et al. (2009) colour-vision-deficiency matrices, severity 1, on linear RGB
_VISION = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def _lab(colour: str, vision: np.ndarray) -> np.ndarray:
    srgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(vision @ linear, 0, 1)
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_the_ten_digit_colours_differ_also_under_colour_blindness() -> None:
    from itertools import combinations

    from core.report.insight_charts import DIGIT_COLOURS

    assert len(set(DIGIT_COLOURS)) == 10
    closest = min(np.linalg.norm(_lab(a, m) - _lab(b, m)) for m in _VISION.values()
                  for a, b in combinations(DIGIT_COLOURS, 2))
    assert closest >= 20
