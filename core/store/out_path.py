"""Where a file the user asked for (`--out`, a save dialog) may be written.

One rule for the command line and the window: never onto DigitLab's own files (the data
folder: database, runs, log, drawings, imported MNIST; the configuration folder: the lab file),
never onto a folder, and never over an existing file of another kind than the one written
unless the user says so (`--force`, or yes in the window's question). Paths are compared after
resolving `~`, `..` and symbolic links, and by file identity, so no spelling of a path into the
data folder gets through.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from core.i18n import Context
from core.store import app_paths

OutPath = Context("OutPath")  # OutPath.tr(…): why a file may not be written there


class OutPathError(ValueError):
    """A place a file may not be written, with a one-line reason."""


class OtherKindError(OutPathError):
    """An existing file of another kind would be replaced: allowed only when forced."""


def protected_places() -> list[Path]:
    """DigitLab's own folders, which no user-directed write may touch."""
    return [app_paths.data_dir(), app_paths.config_dir()]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(target: Path, place: Path) -> bool:
    """Whether `target` is `place` or anything under it, however either is spelled."""
    resolved = place.expanduser().resolve()
    if target == resolved or resolved in target.parents:
        return True
    # The same folder reached another way (a case-insensitive disk, a bind mount): compare
    # the existing ancestors by identity.
    return any(_same(ancestor, place) for ancestor in (target, *target.parents)
               if ancestor.exists())


def check_out(path: str | os.PathLike[str], suffixes: Iterable[str], force: bool = False,
              protected: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """`path` (with `~` expanded) when a file of a kind in `suffixes` may be written there;
    else OutPathError (OtherKindError, when only `force` was missing) with a one-line reason.

    `protected` adds files or folders to DigitLab's own (the window's settings file).
    """
    given = Path(path).expanduser()
    target = Path(os.path.abspath(given)).resolve()  # `..` and every symbolic link
    for place in [*protected_places(), *(Path(p) for p in protected)]:
        if _inside(target, place):
            raise OutPathError(OutPath.tr("{0} is inside DigitLab's own files ({1}), which "
                                          "would be damaged; choose a place outside it")
                               .format(given, place))
    if target.is_dir():
        raise OutPathError(OutPath.tr("{0} is a folder; name a file to write")
                           .format(given))
    if target.exists() and not target.is_file():
        raise OutPathError(OutPath.tr("{0} is not a regular file; name a file to write")
                           .format(given))
    kinds = tuple(s.lower() for s in suffixes)
    if target.exists() and not force and target.suffix.lower() not in kinds:
        raise OtherKindError(OutPath.tr("{0} already exists and is not a {1} file, so it "
                                        "would be replaced by one of another kind")
                             .format(given, "/".join(kinds)))
    return given
