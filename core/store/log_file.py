"""Where a DigitLab process logs: the data folder's digitlab.log, shared by the window and its
training process. Under pythonw there is no console at all, so a process without streams gets
null ones (a stray print must not end it)."""

from __future__ import annotations

import logging
import os
import sys

FORMAT = "%(asctime)s %(levelname)s %(name)s{tag}: %(message)s"


def log_to_file(path: str | os.PathLike[str] | None, tag: str = "") -> None:
    """Append this process's log records to `path` (nowhere when it cannot be opened; not
    configured when `path` is None), each record's name followed by `tag`, and give the
    process streams if it has none."""
    if path is not None:
        try:
            handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            handler = logging.NullHandler()
        logging.basicConfig(level=logging.INFO, handlers=[handler], format=FORMAT.format(tag=tag))
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
