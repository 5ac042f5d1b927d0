"""core/ must never import Qt or pyqtgraph: it is the engine notebooks and the CLI use."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6", "qtpy")


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = {str(path.relative_to(CORE)): sorted(_imported_modules(path) & set(FORBIDDEN))
                 for path in CORE.rglob("*.py")}
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = [".".join(("core", *p.relative_to(CORE).with_suffix("").parts))
               for p in CORE.rglob("*.py") if p.stem != "__init__"]
    code = ("import sys; " + "; ".join(f"import {m}" for m in modules)
            + f"; print([m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}])")
    out = subprocess.run([sys.executable, "-c", code], cwd=CORE.parent, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
