"""The one answer rule: classify, then the digit check, then the verdict. The window's panel,
Compare, `predict` and the evaluation of my drawings all call `answer` and show its result.

Four outcomes: "no ink" (nothing to read), "not a digit" (the drawing does not look like a
digit at all: see `digit_check`; the probabilities are still shown, since the softmax must
pick some digit), "not sure — 4 or 9?" (the top probability is below SURE, or the runner-up is
within CLOSE of it), or the digit with how sure it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from core.drawing.digit_check import DigitCheck, bundled_digit_check
from core.i18n import translate

SURE = 0.6  # below this top probability, or
CLOSE = 0.2  # when the runner-up is within this of the top, the answer is "not sure"

ANSWER, NOT_SURE, NO_INK, NOT_DIGIT = "answer", "not sure", "no ink", "not a digit"


@dataclass(frozen=True)
class Verdict:
    """How to present one prediction."""

    kind: str  # ANSWER, NOT_SURE, NOT_DIGIT or NO_INK
    digit: int | None = None
    confidence: float = 0.0
    runner_up: int | None = None

    @property
    def sure(self) -> bool:
        return self.kind == ANSWER

    @property
    def symbol(self) -> str:
        """What the big answer label shows: the digit, "?" or "–"."""
        return {ANSWER: str(self.digit), NOT_SURE: "?", NOT_DIGIT: "✗"}.get(self.kind, "–")

    @property
    def text(self) -> str:
        """One line: "7 (93 % sure)", "not sure — 4 or 9?" or "no digit found (…)" (in
        core.i18n's language)."""
        if self.kind == ANSWER:
            return translate("Answer", "{0} ({1} % sure)").format(
                self.digit, f"{100 * self.confidence:.0f}")
        if self.kind == NOT_SURE:
            return translate("Answer", "not sure — {0} or {1}?").format(self.digit,
                                                                        self.runner_up)
        if self.kind == NOT_DIGIT:
            return translate("Answer", "that does not look like a digit")
        return translate("Answer", "no digit found (no ink, or the picture is too small)")

    @property
    def detail(self) -> str:
        """The line under the big answer label."""
        if self.kind == ANSWER:
            return translate("Answer", "{0} % sure").format(f"{100 * self.confidence:.0f}")
        if self.kind in (NOT_SURE, NOT_DIGIT):
            return self.text
        return translate("Answer", "Draw a digit")

    @property
    def spoken(self) -> str:
        """The answer as a screen reader says it: "Answer: 7, 93 % sure"."""
        if self.kind == ANSWER:
            return translate("Answer", "Answer: {0}, {1} % sure").format(
                self.digit, f"{100 * self.confidence:.0f}")
        if self.kind in (NOT_SURE, NOT_DIGIT):
            return translate("Answer", "Answer: {0}").format(self.text)
        return translate("Answer", "No answer yet: draw a digit")

    def to_dict(self) -> dict[str, object]:
        return {"verdict": self.kind, "digit": self.digit,
                "confidence": round(self.confidence, 6), "runner_up": self.runner_up,
                "text": self.text}


def verdict(probabilities: np.ndarray | None, looks_like_digit: bool = True) -> Verdict:
    """The verdict for one probability vector (None: there was no ink to read);
    `looks_like_digit` False (from `DigitCheck`) refuses the drawing whatever the softmax."""
    if probabilities is None:
        return Verdict(NO_INK)
    order = np.argsort(probabilities)[::-1]
    top, second = float(probabilities[order[0]]), float(probabilities[order[1]])
    if not looks_like_digit:
        return Verdict(NOT_DIGIT, int(order[0]), top, int(order[1]))
    sure = top >= SURE and top - second >= CLOSE
    return Verdict(ANSWER if sure else NOT_SURE, int(order[0]), top, int(order[1]))


class Classifier(Protocol):
    def predict_proba(self, x: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class Answer:
    """What a model answers for one drawing: plain data that every view shows the same way.

    `image` is the 28x28 input (None: no ink); `probabilities` are the softmax's ten (None
    without ink or model); `verdict` says how to present them."""

    verdict: Verdict
    image: np.ndarray | None = None
    probabilities: np.ndarray | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.verdict.to_dict(), "probabilities": None if self.probabilities is None
                else [round(float(p), 6) for p in self.probabilities]}


_BUNDLED: Any = object()


def answer(classifier: Classifier, image: np.ndarray | None,
           check: DigitCheck | None = _BUNDLED) -> Answer:
    """Classify a 28x28 input, ask the digit check whether it looks like a digit at all (the
    bundled one unless another, or None for none, is given), and give the verdict."""
    if image is None:
        return Answer(Verdict(NO_INK))
    probabilities = np.asarray(classifier.predict_proba(image[None])[0])
    check = bundled_digit_check() if check is _BUNDLED else check
    looks_like_digit = check is None or check.looks_like_digit(image)
    return Answer(verdict(probabilities, looks_like_digit), image, probabilities)


def agreement(a: Answer, b: Answer) -> tuple[str, int | None]:
    """How two models' answers to one drawing compare: ("same", digit) when both give the
    same digit, ("not a digit", None) when both refuse it, else ("differ", None)."""
    if a.verdict.kind == b.verdict.kind == NOT_DIGIT:
        return "not a digit", None
    if NOT_DIGIT in (a.verdict.kind, b.verdict.kind) or a.verdict.digit != b.verdict.digit:
        return "differ", None
    return "same", a.verdict.digit
