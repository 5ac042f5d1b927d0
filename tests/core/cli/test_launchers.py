import sys
from pathlib import Path

import pytest

from core.cli import launchers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop entries")
def test_install_and_uninstall_a_desktop_entry(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Desktop").mkdir()
    monkeypatch.setattr(launchers, "_desktop_folder", lambda: tmp_path / "Desktop")
    paths = launchers.install()
    entry = tmp_path / "share" / "applications" / "digitlab.desktop"
    assert entry in paths and (tmp_path / "Desktop" / "digitlab.desktop").exists()
    text = entry.read_text()
    assert "main.py" in text and "Icon=" in text and "StartupWMClass=digitlab" in text
    launchers.install(uninstall=True)
    assert not entry.exists()


def test_icon_files_exist() -> None:
    icons = Path(launchers.app_paths.app_dir()) / "resources" / "icons"
    assert (icons / "digitlab.svg").exists()
    assert all((icons / f"digitlab-{s}.png").exists() for s in (16, 32, 48, 64, 128, 256))
