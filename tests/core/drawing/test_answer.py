import numpy as np

from core.drawing.answer import ANSWER, NOT_DIGIT, verdict

CONFIDENT_EIGHT = np.array([0.02] * 8 + [0.84, 0.0])


def test_a_confident_softmax_is_an_answer() -> None:
    answer = verdict(CONFIDENT_EIGHT)
    assert answer.kind == ANSWER and answer.spoken == "Answer: 8, 84 % sure"


def test_a_drawing_that_is_not_a_digit_is_refused_whatever_the_softmax() -> None:
    answer = verdict(CONFIDENT_EIGHT, looks_like_digit=False)
    assert answer.kind == NOT_DIGIT and answer.symbol == "✗"
    assert answer.text == "that does not look like a digit"
