import subprocess

import pytest

from core.training import backend


def test_probe_reports_success_when_tensorflow_imports() -> None:
    assert backend.probe_tensorflow() is None


def test_probe_names_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = subprocess.CompletedProcess([], -4, "", "")  # SIGILL, as on a CPU without AVX
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: crashed)
    assert "AVX" in backend.probe_tensorflow()


def test_window_disables_training_but_keeps_predicting(window) -> None:  # noqa: ANN001
    window.set_training_available("TensorFlow crashed on import with SIGILL")
    assert not window.controls.train_button.isEnabled()
    assert "unavailable" in window.controls.result_label.text()
    window.canvas.add_stroke([(60, 60), (220, 60), (120, 240)])
    assert window.prediction.probabilities() is not None
