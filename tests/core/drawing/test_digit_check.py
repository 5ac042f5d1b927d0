from pathlib import Path

import numpy as np
import pytest

from core.drawing.digit_check import DigitCheck, read_digit_check, write_digit_check


def tiny(threshold: float = 0.5) -> DigitCheck:
    w = np.zeros((784, 1), np.float32)
    w[:392] = 1.0  # "not a digit" when the top half is inked
    return DigitCheck((w,), (np.array([-5.0], np.float32),), threshold, {"note": "test"})


def test_a_checker_file_round_trips(tmp_path: Path) -> None:
    write_digit_check(tmp_path / "c.npz", tiny())
    check = read_digit_check(tmp_path / "c.npz")
    top = np.zeros((28, 28), np.float32)
    top[:10] = 1.0
    assert not check.looks_like_digit(top) and check.looks_like_digit(np.zeros((28, 28)))
    assert check.about == {"note": "test"}


def test_a_file_that_is_not_a_checker_is_refused(tmp_path: Path) -> None:
    np.savez(tmp_path / "c.npz", layers=np.array(1), w0=np.zeros((100, 1)), b0=np.zeros(1),
             threshold=np.array(0.5), about=np.array("{}"))
    with pytest.raises(ValueError, match="784 inputs"):
        read_digit_check(tmp_path / "c.npz")
