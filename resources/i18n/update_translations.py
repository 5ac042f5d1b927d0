"""Bring the translations up to date with the code, then compile them.

    .venv/bin/python resources/i18n/update_translations.py [--no-compile]

1. `pyside6-lupdate` reads every module of gui/ and core/ and updates
   `digitlab_de.ts`, `digitlab_es.ts` and `digitlab_fr.ts` here: new texts are added as
   unfinished, texts no longer in the code are dropped, translations already made are kept.
   `digitlab_en.ts` holds only the plurals (`-pluralonly`): the code's English says "%n units",
   and the English file gives the singular.
2. `pyside6-lrelease` compiles each .ts to the .qm beside it, which the window loads (core
   reads the .ts itself, see core/i18n.py). The .qm files are committed, so a fresh clone runs
   without this step; tests/test_translations.py checks that each is what its .ts compiles to.

Translate in Qt Linguist (`pyside6-linguist resources/i18n/digitlab_de.ts`) or in the XML,
then run this script again. A new language: add its code to LANGUAGES here, in core/i18n.py
and gui/translation.py, and run the script.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("de", "es", "fr")  # English is the code's own language: only its plurals


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the venv's bin), else on the PATH."""
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return path


def sources() -> list[str]:
    """Every module lupdate reads, relative to the repository (the .ts files name them so)."""
    return sorted(str(p.relative_to(ROOT)) for folder in ("gui", "core")
                  for p in (ROOT / folder).rglob("*.py"))


def ts_files() -> list[Path]:
    return [HERE / f"digitlab_{code}.ts" for code in ("en", *LANGUAGES)]


def update(lupdate: str, files: list[str], ts: Path, quiet: bool = False) -> None:
    """Run lupdate over `files` into `ts` (English: plurals only)."""
    code = ts.stem.split("_")[1]
    extra = ["-pluralonly"] if code == "en" else []
    subprocess.run([lupdate, *(["-silent"] if quiet else []), "-no-obsolete", "-locations",
                    "relative", "-source-language", "en", "-target-language", code, *extra,
                    *files, "-ts", str(ts)], cwd=ROOT, check=True)


def compile_qm(lrelease: str, ts: Path, qm: Path) -> None:
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    args = parser.parse_args(argv)
    lupdate, files = tool("pyside6-lupdate"), sources()
    for ts in ts_files():
        update(lupdate, files, ts)
    if not args.no_compile:
        lrelease = tool("pyside6-lrelease")
        for ts in ts_files():
            compile_qm(lrelease, ts, ts.with_suffix(".qm"))
            print(f"{ts.with_suffix('.qm').relative_to(ROOT)} compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
