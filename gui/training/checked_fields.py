"""Number fields that refuse bad input with a reason instead of changing it without a word.

A plain spin box drops a keystroke it cannot use and, when the field is left half-typed,
quietly puts back or cuts what was typed ("0.9" in a 0–0.5 field became 0.00, "abc-5" in
the learning rate became 5.0). These fields keep an out-of-range number visible, say what
is allowed, and when left keep the previous value and say so: `problem` is the reason shown.
A field is red only while it holds a refused entry: once left (the previous value kept) or
given a valid value, the red border goes; the "kept" reason stays as a note until the next
valid value (or `clear_problem`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from core import i18n, numbers


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _shown(value: float) -> str:
    """A limit as the language writes it ("0,5" in German; 0.00001, not 1e-05)."""
    if value >= 1e-3 or value == 0:
        return numbers.general(value)
    return numbers.decimal(value, 5).rstrip("0")


class _Checked:
    """What both field kinds share: the reason for the last refused input (texts in the
    context "CheckedField": a mixin is no QObject of its own for tr)."""

    def _setup(self, label: str) -> None:
        self.label = label
        self.problem = ""
        self._refused = ""  # what was refused and what is allowed
        self.limit_reason = ""  # why the range is what it is, e.g. "set by the lab file"
        self._kept_text = ""  # the value shown after leaving a refused entry
        self._committed = self.value()  # type: ignore[attr-defined]
        self.valueChanged.connect(self._commit)  # type: ignore[attr-defined]
        self.setCorrectionMode(self.CorrectionMode.CorrectToPreviousValue)  # type: ignore[attr-defined]
        self.setAccessibleName(label)  # type: ignore[attr-defined]

    def _range_text(self) -> str:
        low, high = self.minimum(), self.maximum()  # type: ignore[attr-defined]
        text = QCoreApplication.translate("CheckedField", "from {0} to {1}").format(
            _shown(low), _shown(high))
        if self.limit_reason:
            text = QCoreApplication.translate("CheckedField", "{0} ({1})").format(
                text, self.limit_reason)
        return text

    def invalid(self) -> bool:
        """Does the field hold a refused entry now (red), rather than a valid value?"""
        return bool(self.property("invalid"))  # type: ignore[attr-defined]

    def clear_problem(self) -> None:
        """Forget the last refusal (e.g. a preset was chosen, or training started)."""
        self._tell("")

    def _tell(self, problem: str, kept: str = "") -> None:
        self._kept_text = kept
        invalid = bool(problem) and not kept
        if problem != self.problem or invalid != self.invalid():
            self.problem = problem
            self.setProperty("invalid", invalid)  # type: ignore[attr-defined]
            self.setStyleSheet(  # type: ignore[attr-defined]
                "QAbstractSpinBox { border: 2px solid #c0392b; }" if invalid else "")
            self.problem_changed.emit(problem)  # type: ignore[attr-defined]

    def _check(self, state: QValidator.State, text: str) -> QValidator.State:
        body = text.removesuffix(self.suffix()).strip()  # type: ignore[attr-defined]
        if state == QValidator.State.Acceptable:
            if not self._kept_text or text != self._kept_text:  # the kept value keeps its reason
                self._tell("")
            return state
        if body in ("", "-", "+", ".", ","):  # on the way to a number
            return QValidator.State.Intermediate
        if _number(body) is not None:
            refused = QCoreApplication.translate(
                "CheckedField", "{0}: {1} is not allowed").format(self.label, body)
            self._refused = QCoreApplication.translate(
                "CheckedField", "{0}; use a number {1}").format(refused, self._range_text())
            self._tell(self._refused)
        else:
            self._refused = QCoreApplication.translate(
                "CheckedField", "{0} takes a number {1}, not “{2}”").format(
                self.label, self._range_text(), body)
            self._tell(self._refused)
        return QValidator.State.Intermediate  # stays visible (red) until fixed or left

    def validate(self, text: str, pos: int) -> object:  # Qt override, for both kinds
        state, text, pos = super().validate(self._decimal_sign(text), pos)  # type: ignore[misc]
        return self._check(state, text), text, pos

    def _decimal_sign(self, text: str) -> str:
        """The typed text as the field reads it (a decimal field changes its sign)."""
        return text

    def fixup(self, text: str) -> str:  # Qt override: leaving a refused entry
        return self._kept()

    def _commit(self, value: float) -> None:
        self._committed = value
        self._tell("")  # a new valid value: the last refusal no longer applies

    def _kept(self) -> str:
        """Leaving a refused entry: the value from before it stays, and the reason says so."""
        previous = self.textFromValue(self._committed)  # type: ignore[attr-defined]
        if self.problem:
            self._tell(QCoreApplication.translate("CheckedField", "{0}; kept {1}").format(
                self._refused, previous), kept=previous)
        return previous


class CheckedSpinBox(_Checked, QSpinBox):
    """A QSpinBox that explains what it refuses (see the module's docstring)."""

    problem_changed = Signal(str)  # "" when the field holds a valid value again

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup(label)


class CheckedDoubleSpinBox(_Checked, QDoubleSpinBox):
    """A QDoubleSpinBox that explains what it refuses (see the module's docstring), and
    writes decimals with the decimal sign of the language in use."""

    problem_changed = Signal(str)  # "" when the field holds a valid value again

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup(label)
        self.setLocale(QLocale(i18n.language()))

    def _decimal_sign(self, text: str) -> str:
        """Either sign is taken, and shown as the language's ("0.01" becomes "0,01" in
        German, where Qt would refuse the point)."""
        point = self.locale().decimalPoint()
        return text.replace("." if point == "," else ",", point)
