"""What the command line prints: one line per result on stdout, `error:` lines on stderr.

Under `pythonw` there is no stdout or stderr at all; printing then does nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn, TextIO

from core import i18n
from core.i18n import QT_TRANSLATE_NOOP, Context

Cli = Context("Cli")  # Cli.tr(…): the command line's help and errors (see core.i18n)


# argparse's own words in --help and its usage errors (its gettext calls, asked of Cli)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "), QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse's words ("usage:", "options", its errors) in core.i18n's language while
    parsing: argparse asks gettext through its module's `_`, which this answers from Cli."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: Cli.tr(text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


@contextmanager
def in_english() -> Iterator[None]:
    """English while a program's output (--json) is made: the same in every language."""
    before = i18n.language()
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language(before)


class UsageError(Exception):
    """Bad command-line words: exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(Cli.tr("{0} (see '{1} --help')").format(message, self.prog))


def stream(name: str) -> TextIO | None:
    return getattr(sys, name, None)


def say(text: str = "") -> None:
    target = stream("stdout")
    if target is not None:
        print(text, file=target, flush=True)


def warn(text: str) -> None:
    target = stream("stderr")
    if target is not None:
        print(text, file=target, flush=True)
