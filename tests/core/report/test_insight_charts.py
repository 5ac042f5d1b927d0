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
