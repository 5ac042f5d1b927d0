"""The runs table's tooltip writes its numbers in the window's language (core.numbers)."""

from core import i18n
from core.training.run import Run
from gui.training.runs_panel import _details, _row


def test_a_runs_numbers_follow_the_language() -> None:
    run = Run(name="a", layers="32-16", params=25818, learning_rate=0.001, test_accuracy=0.9753)
    assert "25,818" in _details(run) and "0.001" in _details(run)
    i18n.set_language("de")
    try:
        details, row = _details(run), _row(run)
    finally:
        i18n.set_language("en")
    assert "25.818" in details and "0,001" in details and "97,53 %" in row
