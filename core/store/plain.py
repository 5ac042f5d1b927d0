"""Reading plain data defensively: a stored field of the wrong type becomes empty, never an
exception or a wrong type further on (hand-edited files, other versions, hostile files)."""

from __future__ import annotations

import math
from typing import Any

from core.i18n import Context

Storage = Context("Storage")  # Storage.tr(…): why a file cannot be read or saved (see core.i18n)


def number(value: Any) -> float | None:
    """A finite float, or None (bools, text, NaN and infinities are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def one_line(exc: BaseException, limit: int | None = None) -> str:
    """An error as one line for a person: its text with line breaks and runs of spaces made
    single spaces (cut at `limit` characters, with "…"), or its type's name when it has none."""
    text = " ".join(str(exc).split())
    if not text:
        return type(exc).__name__
    return text if limit is None or len(text) <= limit else text[:limit] + "…"


def integer(value: Any) -> int | None:
    """An int, or None (bools and floats are not whole numbers here)."""
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def file_problem(path: Any, noun: str, max_bytes: int) -> str | None:
    """Why a user's file cannot be read as a `noun`, in one line, or None when it can be.

    `noun` is translated by the caller ("model file", "dataset file": in German, Spanish and
    French both have the same gender, which the sentences around them assume)."""
    import os

    if path.is_dir():
        return Storage.tr("{0} is a folder, not a {1}").format(path, noun)
    if not path.exists():
        return Storage.tr("{0} does not exist").format(path)
    if not os.access(path, os.R_OK):
        return Storage.tr("{0} cannot be read (permission denied)").format(path)
    size = path.stat().st_size
    if size == 0:
        return Storage.tr("{0} is empty").format(path)
    if size > max_bytes:
        return Storage.tr("{0} is {1} MB, too large for a {2}").format(path, size >> 20, noun)
    return None
