import pytest

from core.model.architectures import SpecError
from core.model.spec_checks import check_bool, check_int


@pytest.mark.parametrize("value", [True, 1.0, "3", 0, 11])
def test_a_whole_number_must_be_an_int_in_range(value: object) -> None:
    with pytest.raises(SpecError, match="epochs"):
        check_int("epochs", value, 1, 10)


def test_a_refused_value_is_shown_short_and_on_one_line() -> None:
    with pytest.raises(SpecError) as refused:
        check_bool("keep_best", "x\n" * 100)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 120
