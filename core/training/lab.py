"""A teacher's lab file (`digitlab-lab.toml`): what a class sees and may change.

    title = "Lab 3: how deep is deep enough?"
    instructions = "Train assignment 1 and 2 for 20 epochs each, then compare them."
    mnist = "//server/share/mnist.npz"     # optional: where the class's MNIST is
    presets = ["assignment-1", "assignment-2"]  # optional: the presets offered
    allow_custom = false                   # optional: may students build their own networks?
    seed = 42                              # optional: locks the seed
    max_epochs = 20                        # optional: caps epochs

Found (first wins) at `--lab FILE`, next to the app, or in the user's config folder. The file
is parsed as data only (UTF-8, with or without Notepad's BOM); a bad file gives one clear
message and the app starts without it. A lab never unlocks more than it says: presets listed
but none valid leave the first preset alone offered, and `allow_custom = false` without
presets offers every preset with its layers locked; either is said in a lasting notice.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from core.i18n import Context
from core.model.architectures import MAX_EPOCHS_PER_RUN, PRESETS
from core.store import app_paths

FILE_NAME = "digitlab-lab.toml"
KNOWN_KEYS = {"title", "instructions", "mnist", "presets", "allow_custom", "seed",
              "max_epochs"}
MAX_BYTES = 1_000_000  # a lab file is a few lines: anything larger is not one
FALLBACK_PRESET = next(iter(PRESETS))  # the first preset, the one the window starts with

LabFile = Context("LabFile")  # LabFile.tr(…): what is wrong with a lab file (see core.i18n)


class LabError(ValueError):
    """A lab file that cannot be used, with a one-line reason; `path` names the file."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class Lab:
    """What the lab file sets; `warnings` lists what was ignored (unknown keys, ...)."""

    path: Path
    title: str = ""
    instructions: str = ""
    mnist: str | None = None
    presets: tuple[str, ...] = ()
    allow_custom: bool = True  # False: only the presets listed, their layers as they are
    seed: int | None = None
    max_epochs: int | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def candidate_paths(explicit: str | os.PathLike[str] | None = None) -> list[Path]:
    paths = [Path(explicit).expanduser()] if explicit else []
    return paths + [app_paths.app_dir() / FILE_NAME, app_paths.config_dir() / FILE_NAME]


def find_lab(explicit: str | os.PathLike[str] | None = None) -> Lab | None:
    """The first lab file that exists, parsed; None when there is none.

    An explicit path that does not exist is an error (the teacher asked for it); so is
    anything at a lab file's place that is not one (a folder, a pipe), named as what it is.
    """
    for path in candidate_paths(explicit):
        if explicit or path.exists():
            try:
                return read_lab(path)
            except LabError as exc:
                raise LabError(str(exc), path) from None
    return None


def _read_text(path: Path) -> str:
    """The text of the regular file at `path`, a UTF-8 BOM dropped; never waits on a pipe or a
    device (checked before opening, and again on what was opened, without blocking)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise LabError(LabFile.tr("{0} is a folder, not a lab file").format(path)
                           if path.is_dir() else
                           LabFile.tr("{0} is not a regular file, so not a lab file")
                           .format(path))
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
        with os.fdopen(handle, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):  # swapped since the check
                raise LabError(LabFile.tr("{0} is not a regular file, so not a lab file")
                               .format(path))
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LabError(LabFile.tr("lab file {0} does not exist").format(path)) from None
    except OSError as exc:
        raise LabError(LabFile.tr("{0} cannot be read ({1})")
                       .format(path, exc.strerror or exc)) from None
    if len(data) > MAX_BYTES:
        raise LabError(LabFile.tr("{0} is too large to be a lab file").format(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LabError(LabFile.tr("{0} is not UTF-8 text").format(path)) from None


def _text(data: dict, key: str, path: Path, limit: int = 4000) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise LabError(LabFile.tr("{0}: {1} must be text").format(path, key))
    return value[:limit]


def _names(names: list[str], limit: int = 200) -> str:
    """Names for a notice, cut short: a file can list thousands."""
    text = ", ".join(repr(name) for name in names)
    return text if len(text) <= limit else text[:limit] + "…"


def _offered(listed: list[str], allow_custom: bool) -> tuple[list[str], list[str]]:
    """The presets a lab offers, and what to tell about them: never none when custom
    networks are not allowed (that would leave the window unlocked)."""
    valid = [p for p in listed if p in PRESETS]
    unknown = [p for p in listed if p not in PRESETS]
    if listed and not valid:
        return [FALLBACK_PRESET], [LabFile.tr("none of its presets exists ({0}), so only {1} "
                                              "is offered").format(_names(unknown),
                                                                   FALLBACK_PRESET)]
    if not listed and not allow_custom:
        return list(PRESETS), [LabFile.tr("allow_custom = false without presets: every preset "
                                          "is offered, its layers locked")]
    if unknown:
        return valid, [LabFile.tr("unknown presets ignored: {0}").format(_names(unknown))]
    return valid, []


def read_lab(path: str | os.PathLike[str]) -> Lab:
    """Parse and check one lab file."""
    path = Path(path).expanduser()
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LabError(LabFile.tr("{0} is not valid TOML ({1})").format(path, exc)) from None
    except RecursionError:
        raise LabError(LabFile.tr("{0} is nested too deeply to be a lab file")
                       .format(path)) from None
    warnings = [LabFile.tr("unknown key {0} ignored").format(repr(key))
                for key in sorted(set(data) - KNOWN_KEYS)]
    presets = data.get("presets", [])
    if not isinstance(presets, list) or not all(isinstance(p, str) for p in presets):
        raise LabError(LabFile.tr("{0}: presets must be a list of preset names").format(path))
    allow_custom = data.get("allow_custom", not presets)  # listed presets lock, valid or not
    if not isinstance(allow_custom, bool):
        raise LabError(LabFile.tr("{0}: allow_custom must be true or false").format(path))
    presets, notes = _offered(list(dict.fromkeys(presets)), allow_custom)
    warnings += notes
    seed = data.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)
                             or not 0 <= seed < 2**31):
        raise LabError(LabFile.tr("{0}: seed must be a whole number from 0 to {1}")
                       .format(path, 2**31 - 1))
    max_epochs = data.get("max_epochs")
    if max_epochs is not None and (not isinstance(max_epochs, int)
                                   or isinstance(max_epochs, bool)
                                   or not 1 <= max_epochs <= MAX_EPOCHS_PER_RUN):
        raise LabError(LabFile.tr("{0}: max_epochs must be a whole number from 1 to {1}")
                       .format(path, MAX_EPOCHS_PER_RUN))
    mnist = data.get("mnist")
    if mnist is not None:
        if not isinstance(mnist, str):
            raise LabError(LabFile.tr("{0}: mnist must be a path").format(path))
        mnist_path = Path(mnist).expanduser()
        if not mnist_path.is_absolute():
            mnist_path = path.parent / mnist_path
        if mnist_path.exists():
            mnist = str(mnist_path)
        else:
            warnings.append(LabFile.tr("mnist path {0} does not exist, so the usual places are "
                                       "searched").format(mnist_path))
            mnist = None
    return Lab(path=path, title=_text(data, "title", path, 200),
               instructions=_text(data, "instructions", path), mnist=mnist,
               presets=tuple(presets), allow_custom=allow_custom, seed=seed,
               max_epochs=max_epochs,
               warnings=tuple(warnings))
