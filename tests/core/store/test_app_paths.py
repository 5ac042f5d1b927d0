from pathlib import Path

import pytest

from core.store import app_paths


def test_the_data_folder_follows_digitlab_home(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITLAB_HOME", str(tmp_path / "home"))
    assert app_paths.data_dir() == tmp_path / "home"
