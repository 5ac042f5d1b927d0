"""`--out FILE` and `--force`: every command that writes a file the user names checks it with
core.store.out_path (never DigitLab's own files, never a folder, never over a file of another
kind unless --force)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from pathlib import Path

from core.cli.output import Cli
from core.i18n import QT_TRANSLATE_NOOP
from core.store.out_path import OtherKindError, check_out

FORCE_HELP = QT_TRANSLATE_NOOP("Cli", "replace an existing --out file even when it is of "
                                      "another kind")


def add_force(parser: argparse.ArgumentParser) -> None:
    """The `--force` flag that goes with `--out`."""
    parser.add_argument("--force", action="store_true", help=Cli.tr(FORCE_HELP))


def checked_out(out: str | os.PathLike[str], suffixes: Iterable[str], force: bool) -> Path:
    """`out` when a file of a kind in `suffixes` may be written there, else OutPathError with
    one line (naming --force when that is all that is missing)."""
    try:
        return check_out(out, suffixes, force)
    except OtherKindError as exc:
        raise OtherKindError(Cli.tr("{0}; give --force to replace it anyway").format(exc)) from None
