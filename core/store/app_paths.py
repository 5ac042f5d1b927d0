"""Where DigitLab keeps per-user files: the data folder (datasets, runs, drawings, logs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "DigitLab"


def data_dir() -> Path:
    """The per-user data folder, following each platform's convention.

    `DIGITLAB_HOME` overrides it (tests and portable installs use that). The folder is not
    created here; writers create it when they first need it.
    """
    override = os.environ.get("DIGITLAB_HOME")
    if override:
        return Path(override).expanduser()
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "digitlab"


def keras_datasets_dir() -> Path:
    """Keras's own cache folder for datasets (`$KERAS_HOME/datasets` or `~/.keras/datasets`)."""
    home = os.environ.get("KERAS_HOME")
    return (Path(home) if home else Path.home() / ".keras") / "datasets"


def config_dir() -> Path:
    """The per-user configuration folder (lab files), per platform convention."""
    override = os.environ.get("DIGITLAB_CONFIG")
    if override:
        return Path(override).expanduser()
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / APP_NAME
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "digitlab"


def app_dir() -> Path:
    """The folder DigitLab runs from (main.py, resources/)."""
    return Path(__file__).resolve().parents[2]
