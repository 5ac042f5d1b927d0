import pytest

from core.cli.output import Parser, UsageError, say, warn


def test_say_goes_to_stdout_and_warn_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    say("hello")
    warn("careful")
    out, err = capsys.readouterr()
    assert out == "hello\n" and err == "careful\n"


def test_a_usage_error_is_raised_not_printed_with_a_traceback() -> None:
    with pytest.raises(UsageError):
        Parser(prog="x").error("bad")
