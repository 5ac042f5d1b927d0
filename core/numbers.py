"""Numbers as people read them in the language in use (core.i18n.language()), without Qt.

    integer(25818)        "25,818" (en)   "25.818" (de, es)   "25 818" (fr, narrow space)
    decimal(0.9753, 4)    "0.9753"        "0,9753"
    general(0.001)        "0.001"         "0,001"    (Python's :g, the decimal sign swapped)
    signed(-6.125, 2)     "-6.12"         "-6,12"
    percent(0.9753)       "97.53 %"       "97,53 %"

The signs are CLDR's, as QLocale writes them (Spanish groups a four-digit number only from
five digits: "4000", "25.818"). For text people read: the report, the command line's text
and the window. Never for what a program reads (--json, file names, CSV, notebooks' code).
"""

from __future__ import annotations

from core import i18n

# language: (group separator, decimal sign, space before "%")
SIGNS = {"en": (",", ".", " "), "de": (".", ",", " "), "es": (".", ",", " "),
         "fr": ("\u202f", ",", "\u202f")}
MIN_GROUPING = {"es": 2}  # digits the highest group needs before a number is grouped


def _signs(language: str | None) -> tuple[str, str, str]:
    return SIGNS.get(language or i18n.language(), SIGNS["en"])


def _localised(text: str, language: str | None) -> str:
    """`text` written by Python in English style ("1,234.5") in the language's signs."""
    group, point, _ = _signs(language)
    digits = text.lstrip("+-").split(".")[0].split("e")[0]
    if len(digits.replace(",", "")) < 4 + MIN_GROUPING.get(language or i18n.language(), 1) - 1:
        text = text.replace(",", "")
    return text.translate({ord(","): "\0", ord("."): point}).replace("\0", group)


def integer(value: int, language: str | None = None) -> str:
    """A whole number with the language's grouping ("25.818")."""
    return _localised(f"{int(value):,}", language)


def decimal(value: float, places: int, language: str | None = None) -> str:
    """A number with `places` decimals, grouped, in the language's decimal sign ("0,9753")."""
    return _localised(f"{float(value):,.{places}f}", language)


def signed(value: float, places: int, language: str | None = None) -> str:
    """A difference with its sign, + included ("+1,75", "-6,12")."""
    return _localised(f"{float(value):+,.{places}f}", language)


def general(value: float, language: str | None = None) -> str:
    """A number as Python's `:g` writes it (no trailing zeros: "0.001", "1e-05"), in the
    language's decimal sign; for settings such as a learning rate or a dropout rate."""
    return _localised(f"{float(value):g}", language)


def percent(fraction: float, places: int = 2, language: str | None = None) -> str:
    """A fraction as a percentage with its sign ("97,53 %" for 0.9753)."""
    return decimal(100 * float(fraction), places, language) + _signs(language)[2] + "%"
