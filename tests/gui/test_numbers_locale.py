"""The window writes numbers with core.numbers: the same signs as QLocale of each language."""

import pytest
from PySide6.QtCore import QLocale

from core import numbers


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
@pytest.mark.parametrize("value", [7, 4000, 25818, 1234567, -60000])
def test_integers_are_grouped_as_qlocale_groups_them(language: str, value: int) -> None:
    assert numbers.integer(value, language) == QLocale(language).toString(value)


@pytest.mark.parametrize("language", ["en", "de", "es", "fr"])
def test_decimals_use_qlocales_decimal_sign(language: str) -> None:
    assert numbers.decimal(12345.678, 2, language) == QLocale(language).toString(12345.678, "f", 2)
