"""Where DigitLab keeps per-user files: the data folder (datasets, runs, drawings, logs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "DigitLab"


def _platform_dir(override: str, windows: tuple[str, str], mac: str,
                  xdg: tuple[str, str]) -> Path:
    """`$override`, else the platform's folder: Windows (env, fallback under the home folder),
    macOS (under ~/Library), elsewhere XDG (env, fallback under the home folder)."""
    value = os.environ.get(override)
    if value:
        return Path(value).expanduser()
    if sys.platform.startswith("win"):
        return Path(os.environ.get(windows[0]) or Path.home() / windows[1]) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / mac / APP_NAME
    return Path(os.environ.get(xdg[0]) or Path.home() / xdg[1]) / "digitlab"


def data_dir() -> Path:
    """The per-user data folder, following each platform's convention.

    `DIGITLAB_HOME` overrides it (tests and portable installs use that). The folder is not
    created here; writers create it when they first need it.
    """
    return _platform_dir("DIGITLAB_HOME", ("LOCALAPPDATA", "AppData/Local"),
                         "Application Support", ("XDG_DATA_HOME", ".local/share"))


def keras_datasets_dir() -> Path:
    """Keras's own cache folder for datasets (`$KERAS_HOME/datasets` or `~/.keras/datasets`)."""
    home = os.environ.get("KERAS_HOME")
    return (Path(home) if home else Path.home() / ".keras") / "datasets"


def config_dir() -> Path:
    """The per-user configuration folder (lab files), per platform convention."""
    return _platform_dir("DIGITLAB_CONFIG", ("APPDATA", "AppData/Roaming"), "Preferences",
                         ("XDG_CONFIG_HOME", ".config"))


def app_dir() -> Path:
    """The folder DigitLab runs from (main.py, resources/)."""
    return Path(__file__).resolve().parents[2]
