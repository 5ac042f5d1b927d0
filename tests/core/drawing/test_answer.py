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


class _Sure:
    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return np.eye(10)[[8] * len(x)]


class _NoDigits:
    def looks_like_digit(self, image: np.ndarray) -> bool:
        return False


def test_answer_without_ink_is_no_ink() -> None:
    from core.drawing.answer import NO_INK, answer

    assert answer(_Sure(), None).verdict.kind == NO_INK


def test_answer_asks_the_digit_check_before_the_verdict() -> None:
    from core.drawing.answer import NOT_DIGIT, answer

    result = answer(_Sure(), np.zeros((28, 28), np.float32), check=_NoDigits())
    assert result.verdict.kind == NOT_DIGIT and result.probabilities.argmax() == 8


def test_two_answers_refusing_a_drawing_do_not_agree_on_a_digit() -> None:
    from core.drawing.answer import agreement, answer

    image = np.zeros((28, 28), np.float32)
    refused = answer(_Sure(), image, check=_NoDigits())
    accepted = answer(_Sure(), image, check=None)
    assert agreement(refused, refused) == ("not a digit", None)
    assert agreement(refused, accepted) == ("differ", None)
    assert agreement(accepted, accepted) == ("same", 8)
