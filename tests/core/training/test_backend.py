import subprocess

import pytest

from core.training import backend


def test_probe_reports_success_when_tensorflow_imports() -> None:
    assert backend.probe_tensorflow() is None


def test_probe_names_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = subprocess.CompletedProcess([], -4, "", "")  # SIGILL, as on a CPU without AVX
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: crashed)
    assert "AVX" in backend.probe_tensorflow()
