"""The layout holds: import-linter contracts (core is Qt-free, no cycles, layers inside core,
the window's training and drawing sides independent), mypy on core/, and small modules."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_import_contracts_are_kept() -> None:
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
    assert "4 kept, 0 broken" in result.stdout


def test_mypy_finds_nothing_in_core() -> None:
    result = subprocess.run([_tool("mypy"), "--no-incremental", "core"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_no_module_in_core_or_gui_exceeds_400_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in [*ROOT.glob("core/**/*.py"),
                                                  *ROOT.glob("gui/**/*.py")]
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_the_main_window_only_lays_out_and_wires() -> None:
    lines = (ROOT / "gui" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 300


def test_importing_core_loads_neither_qt_nor_tensorflow() -> None:
    code = ("import sys, core, core.cli.cli, core.report.report, core.training.session; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pyqtgraph', 'shiboken6', 'tensorflow')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_model_scripts_import_neither_gui_nor_qt() -> None:
    """resources/models/*.py draw through core (`core.drawing.replay`), as the app does."""
    import ast

    imported = {}
    for script in (ROOT / "resources" / "models").glob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            bad = [n for n in names if n.split(".")[0] in ("gui", "PySide6", "pyqtgraph")]
            if bad:
                imported.setdefault(script.name, []).extend(bad)
    assert imported == {}
