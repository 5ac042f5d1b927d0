"""What the command line prints: one line per result on stdout, `error:` lines on stderr.

Under `pythonw` there is no stdout or stderr at all; printing then does nothing.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO


class UsageError(Exception):
    """Bad command-line words: exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


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
