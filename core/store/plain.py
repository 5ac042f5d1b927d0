"""Reading plain data defensively: a stored field of the wrong type becomes empty, never an
exception or a wrong type further on (hand-edited files, other versions, hostile files)."""

from __future__ import annotations

import math
from typing import Any


def number(value: Any) -> float | None:
    """A finite float, or None (bools, text, NaN and infinities are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def integer(value: Any) -> int | None:
    """An int, or None (bools and floats are not whole numbers here)."""
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def file_problem(path: Any, noun: str, max_bytes: int) -> str | None:
    """Why a user's file cannot be read as a `noun`, in one line, or None when it can be."""
    import os

    if path.is_dir():
        return f"{path} is a folder, not a {noun}"
    if not path.exists():
        return f"{path} does not exist"
    if not os.access(path, os.R_OK):
        return f"{path} cannot be read (permission denied)"
    size = path.stat().st_size
    if size == 0:
        return f"{path} is empty"
    if size > max_bytes:
        return f"{path} is {size >> 20} MB, too large for a {noun}"
    return None
