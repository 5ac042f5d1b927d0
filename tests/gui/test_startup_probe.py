import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_startup_probe_answers_a_drawing_without_tensorflow(tmp_path: Path) -> None:
    env = {**os.environ, "DIGITLAB_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--startup-probe"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["first_prediction_ms"] >= report["first_paint_ms"] > 0
    assert report["digit"] == 7 and report["tensorflow_imported"] is False
