"""The one atomic write: every file DigitLab saves goes through `atomic_write`.

The new content is written to a temporary file in the target's folder, flushed to disk, and
renamed over the target only when complete, so a full disk, a crash or kill -9 leaves the
previous file intact. The file gets the permissions the user's umask gives a new file (a
teacher collecting reports from a shared folder can read them), not mkstemp's 0600.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from core.store.plain import Storage

TEMP_PREFIX = ".digitlab-"  # every temporary name starts so (start-up clean-up looks for it)


class AtomicWriteError(OSError):
    """A file could not be written; the previous one, if any, is unchanged."""


def current_umask() -> int:
    """The process's umask (read without changing it for longer than one call)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temp_path_for(path: Path) -> Path:
    """A short, unique temporary name beside `path` (within the 255-character limit)."""
    return path.with_name(f"{TEMP_PREFIX}{path.stem[:40]}-{secrets.token_hex(4)}"
                          f"{path.suffix[:16]}")


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path`, on failure it goes.

        with atomic_write("report.html") as tmp:
            tmp.write_text(html)
    """
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_path_for(target)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies
        os.close(fd)
    except OSError as exc:
        raise AtomicWriteError(Storage.tr("cannot write in {0} ({1})")
                               .format(target.parent, exc.strerror or exc)) from None
    try:
        yield tmp
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AtomicWriteError(Storage.tr("could not save {0} ({1}); the previous file is "
                                          "unchanged")
                               .format(target, exc.strerror or exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Atomically replace `path` with `data`."""
    with atomic_write(path) as tmp:
        tmp.write_bytes(data)
    return Path(path).expanduser()


def write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Atomically replace `path` with UTF-8 `text`."""
    return write_bytes(path, text.encode("utf-8"))


def write_with(path: str | os.PathLike[str], writer: Callable[[Path], object]) -> Path:
    """Atomically replace `path` with whatever `writer(tmp_path)` writes."""
    with atomic_write(path) as tmp:
        writer(tmp)
    return Path(path).expanduser()


def set_aside(path: Path, kind: str) -> Path | None:
    """Rename a damaged file to `<stem>.<kind>-<time>[-n]<suffix>`, never over another file."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1000):
        target = path.with_name(f"{path.stem}.{kind}-{stamp}" + (f"-{attempt}" if attempt else "")
                                + path.suffix)
        if not target.exists():
            try:
                path.rename(target)
            except OSError:
                return None
            return target
    return None
