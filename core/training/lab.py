"""A teacher's lab file (`digitlab-lab.toml`): what a class sees and may change.

    title = "Lab 3: how deep is deep enough?"
    instructions = "Train assignment 1 and 2 for 20 epochs each, then compare them."
    mnist = "//server/share/mnist.npz"     # optional: where the class's MNIST is
    presets = ["assignment-1", "assignment-2"]  # optional: the presets offered
    allow_custom = false                   # optional: with presets, may students edit layers?
    seed = 42                              # optional: locks the seed
    max_epochs = 20                        # optional: caps epochs

Found (first wins) at `--lab FILE`, next to the app, or in the user's config folder. The file
is parsed as data only; a bad file gives one clear message and the app starts without it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from core.i18n import Context
from core.model.architectures import MAX_EPOCHS_PER_RUN, PRESETS
from core.store import app_paths

FILE_NAME = "digitlab-lab.toml"
KNOWN_KEYS = {"title", "instructions", "mnist", "presets", "allow_custom", "seed",
              "max_epochs"}

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

    An explicit path that does not exist is an error (the teacher asked for it).
    """
    if explicit and not Path(explicit).expanduser().is_file():
        raise LabError(LabFile.tr("lab file {0} does not exist").format(explicit))
    for path in candidate_paths(explicit):
        if path.is_file():
            try:
                return read_lab(path)
            except LabError as exc:
                raise LabError(str(exc), path) from None
    return None


def _text(data: dict, key: str, path: Path, limit: int = 4000) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise LabError(LabFile.tr("{0}: {1} must be text").format(path, key))
    return value[:limit]


def read_lab(path: str | os.PathLike[str]) -> Lab:
    """Parse and check one lab file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LabError(LabFile.tr("{0} is not valid TOML ({1})").format(path, exc)) from None
    except UnicodeDecodeError:
        raise LabError(LabFile.tr("{0} is not UTF-8 text").format(path)) from None
    except RecursionError:
        raise LabError(LabFile.tr("{0} is nested too deeply to be a lab file")
                       .format(path)) from None
    except OSError as exc:
        raise LabError(LabFile.tr("{0} cannot be read ({1})")
                       .format(path, exc.strerror or exc)) from None
    warnings = [LabFile.tr("unknown key {0} ignored").format(repr(key))
                for key in sorted(set(data) - KNOWN_KEYS)]
    presets = data.get("presets", [])
    if not isinstance(presets, list) or not all(isinstance(p, str) for p in presets):
        raise LabError(LabFile.tr("{0}: presets must be a list of preset names").format(path))
    unknown = [p for p in presets if p not in PRESETS]
    if unknown:
        warnings.append(LabFile.tr("unknown presets ignored: {0}").format(", ".join(unknown)))
    presets = [p for p in presets if p in PRESETS]
    allow_custom = data.get("allow_custom", not presets)
    if not isinstance(allow_custom, bool):
        raise LabError(LabFile.tr("{0}: allow_custom must be true or false").format(path))
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
