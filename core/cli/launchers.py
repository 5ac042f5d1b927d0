"""Put DigitLab in the user's menu and on the desktop (and take it away again).

- Linux: a freedesktop entry `digitlab.desktop` (matching QGuiApplication.setDesktopFileName,
  so the icon shows on Wayland) in the applications folder, and a copy on the desktop.
- Windows: Start-menu and desktop shortcuts that start `pythonw` (no console window).
- macOS: a `DigitLab.command` launcher in ~/Applications and on the desktop.
Launchers run this installation's Python on main.py, so the virtual environment is used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core.cli.output import Cli
from core.store import app_paths

DESKTOP_ID = "digitlab"


class LauncherError(OSError):
    """A launcher could not be written or removed."""


def _desktop_folder() -> Path | None:
    try:
        out = subprocess.run(["xdg-user-dir", "DESKTOP"], capture_output=True, text=True,
                             timeout=5)
        if out.returncode == 0 and out.stdout.strip():
            path = Path(out.stdout.strip())
            return path if path.is_dir() and path != Path.home() else None
    except (OSError, subprocess.SubprocessError):
        pass
    path = Path.home() / "Desktop"
    return path if path.is_dir() else None


def desktop_entry(python: str | None = None) -> str:
    """The freedesktop entry's text."""
    root = app_paths.app_dir()
    python = python or sys.executable
    icon = root / "resources" / "icons" / "digitlab.svg"
    return ("[Desktop Entry]\nType=Application\nName=DigitLab\n"
            "GenericName=Neural network lab\n"
            "Comment=Train dense neural networks on handwritten digits and watch them learn\n"
            f'Exec="{python}" "{root / "main.py"}"\nIcon={icon}\nTerminal=false\n'
            f"Categories=Education;Science;\nStartupWMClass={DESKTOP_ID}\n")


def _linux(uninstall: bool) -> list[Path]:
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    targets = [base / "applications" / f"{DESKTOP_ID}.desktop"]
    desktop = _desktop_folder()
    if desktop is not None:
        targets.append(desktop / f"{DESKTOP_ID}.desktop")
    for target in targets:
        if uninstall:
            target.unlink(missing_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(desktop_entry(), encoding="utf-8")
            target.chmod(0o755)  # desktops only launch executable entries
    return targets


def _windows(uninstall: bool) -> list[Path]:
    appdata = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    targets = [appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "DigitLab.lnk",
               Path.home() / "Desktop" / "DigitLab.lnk"]
    if uninstall:
        for target in targets:
            target.unlink(missing_ok=True)
        return targets
    pythonw = Path(sys.executable).with_name("pythonw.exe")
    root = app_paths.app_dir()
    icon = app_paths.data_dir() / "digitlab.ico"
    icon.parent.mkdir(parents=True, exist_ok=True)
    from PIL import Image

    Image.open(root / "resources" / "icons" / "digitlab-256.png").save(
        icon, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        script = ("$s = (New-Object -ComObject WScript.Shell).CreateShortcut($args[0]); "
                  "$s.TargetPath = $args[1]; $s.Arguments = '\"' + $args[2] + '\"'; "
                  "$s.WorkingDirectory = $args[3]; $s.IconLocation = $args[4]; $s.Save()")
        result = subprocess.run(["powershell", "-NoProfile", "-Command", script, str(target),
                                 str(pythonw), str(root / "main.py"), str(root), str(icon)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise LauncherError(Cli.tr("could not create {0}: {1}")
                                .format(target, result.stderr.strip()[:200]))
    return targets


def _macos(uninstall: bool) -> list[Path]:
    targets = [Path.home() / "Applications" / "DigitLab.command",
               Path.home() / "Desktop" / "DigitLab.command"]
    for target in targets:
        if uninstall:
            target.unlink(missing_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f'#!/bin/sh\nexec "{sys.executable}" '
                              f'"{app_paths.app_dir() / "main.py"}" "$@"\n', encoding="utf-8")
            target.chmod(0o755)
    return targets


def install(uninstall: bool = False) -> list[Path]:
    """Create (or with uninstall=True remove) the launchers; returns their paths."""
    try:
        if sys.platform.startswith("win"):
            return _windows(uninstall)
        if sys.platform == "darwin":
            return _macos(uninstall)
        return _linux(uninstall)
    except OSError as exc:
        text = (Cli.tr("removing the launchers failed ({0})") if uninstall
                else Cli.tr("creating the launchers failed ({0})"))
        raise LauncherError(text.format(exc.strerror or exc)) from None
