from pathlib import Path

from core.cli import cli
from core.model.architectures import PRESETS


def test_a_preset_exports_as_a_script_with_no_mnist_anywhere(tmp_path: Path) -> None:
    out = tmp_path / "a1.py"
    assert cli.main(["export", "assignment-1", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert f"EPOCHS = {PRESETS['assignment-1'].spec.epochs}" in text
    assert "MNIST_PATH = None" in text and str(tmp_path) not in text
