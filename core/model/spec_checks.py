"""The checks a spec's fields pass: one message per kind of wrong value, naming the field.

Kept apart from `core.model.architectures` so the spec module stays about specs; both use the
"Specs" translation context.
"""

from __future__ import annotations

import math
from typing import Any

from core.i18n import Context

Specs = Context("Specs")  # Specs.tr(…): why a spec cannot be trained (see core.i18n)


class SpecError(ValueError):
    """A spec value that cannot be trained, with a reason a student can act on."""


def _shown(value: Any) -> str:
    """A refused value as a short, single-line repr (hostile text cannot spill over)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def check_int(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SpecError(Specs.tr("{0} must be a whole number from {1} to {2}, not {3}")
                        .format(name, low, high, _shown(value)))


def check_number(name: str, value: Any, low: float, high: float,
                  low_open: bool = False) -> None:
    ok = (not isinstance(value, bool) and isinstance(value, (int, float))
          and math.isfinite(value) and (low < value if low_open else low <= value)
          and value <= high)
    if not ok and low_open:
        raise SpecError(Specs.tr("{0} must be a number above {1} and at most {2}, not {3}")
                        .format(name, f"{low:g}", f"{high:g}", _shown(value)))
    if not ok:
        raise SpecError(Specs.tr("{0} must be a number from {1} to {2}, not {3}")
                        .format(name, f"{low:g}", f"{high:g}", _shown(value)))


def check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise SpecError(Specs.tr("{0} must be true or false, not {1}")
                        .format(name, _shown(value)))


def check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if not isinstance(value, str) or value not in choices:
        raise SpecError(Specs.tr("{0} must be one of {1}, not {2}")
                        .format(name, ", ".join(choices), _shown(value)))


def check_text(name: str, value: Any, limit: int) -> None:
    """Names are shown and exported: one line of printable text, not too long."""
    if (not isinstance(value, str) or not 1 <= len(value) <= limit
            or not value.isprintable()):
        raise SpecError(Specs.tr("{0} must be one line of at most {1} printable characters, "
                                 "not {2}").format(name, limit, _shown(value)))


def typed_value(name: str, kind: Any, value: Any) -> Any:
    """A stored value as its field's type (see `ModelSpec.from_dict`); ranges are checked by
    `validate`."""
    kind = str(kind)
    if kind == "int" and isinstance(value, float) and value.is_integer():
        value = int(value)
    elif kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    return value
