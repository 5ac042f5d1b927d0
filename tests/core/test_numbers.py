"""core.numbers: numbers in the language's signs, as QLocale writes them."""

import pytest

from core import i18n, numbers


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "25,818"), ("de", "25.818"), ("es", "25.818"), ("fr", "25\u202f818")])
def test_an_integer_is_grouped_in_the_languages_way(language: str, expected: str) -> None:
    assert numbers.integer(25818, language) == expected


def test_spanish_groups_four_digits_only_from_five() -> None:
    assert numbers.integer(4000, "es") == "4000"
    assert numbers.integer(1234567, "es") == "1.234.567"
    assert numbers.integer(4000, "de") == "4.000"


def test_small_and_negative_integers_keep_their_sign_and_no_separator() -> None:
    assert numbers.integer(-999, "de") == "-999"
    assert numbers.integer(-25818, "fr") == "-25\u202f818"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "1,234.5678"), ("de", "1.234,5678"), ("fr", "1\u202f234,5678")])
def test_a_decimal_uses_the_languages_decimal_sign(language: str, expected: str) -> None:
    assert numbers.decimal(1234.56781, 4, language) == expected


def test_general_writes_a_rate_without_trailing_zeros() -> None:
    assert numbers.general(0.001, "de") == "0,001"
    assert numbers.general(1e-05, "fr") == "1e-05"
    assert numbers.general(0.5, "en") == "0.5"


def test_a_percentage_has_the_languages_space_and_sign() -> None:
    assert numbers.percent(0.9753, 2, "en") == "97.53 %"
    assert numbers.percent(0.9753, 2, "de") == "97,53 %"
    assert numbers.percent(0.9753, 1, "fr") == "97,5\u202f%"


def test_without_a_language_the_one_in_use_is_followed() -> None:
    i18n.set_language("de")
    try:
        assert numbers.integer(60000) == "60.000"
    finally:
        i18n.set_language("en")
    assert numbers.integer(60000) == "60,000"


def test_an_unknown_language_writes_english() -> None:
    assert numbers.decimal(0.5, 2, "xx") == "0.50"


def test_a_difference_keeps_its_plus() -> None:
    assert numbers.signed(1.75, 2, "de") == "+1,75"
    assert numbers.signed(-6.125, 2, "en") == "-6.12"
    assert numbers.signed(-25818, 0, "fr") == "-25\u202f818"
