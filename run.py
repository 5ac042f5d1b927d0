#!/usr/bin/env python3
"""Set up DigitLab in a local virtual environment, then run the app or the tests.

    python3 run.py            set up (first time only) and open the app
    python3 run.py test       set up (first time only, with test tools) and run the tests
    python3 run.py cli ...    set up and run a CLI subcommand (presets, train, evaluate, predict)

Only the standard library is used here, so this works on a machine that has nothing but
Python 3. The environment lives in `.venv/` beside this file. The pinned versions come from
`constraints.txt`; a stamp file records what was installed, so a second run installs nothing
and starts at once.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "digitlab-installed.txt"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted(extras: str) -> str:
    """A fingerprint of what the environment must contain."""
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        path = ROOT / name
        if path.exists():
            digest.update(path.read_bytes())
    return f"{extras} {digest.hexdigest()}"


def _installed() -> set[str]:
    try:
        return set(STAMP.read_text().splitlines())
    except OSError:
        return set()


def ensure_environment(extras: str) -> Path:
    """Create `.venv` and install DigitLab with `extras` unless the stamp says it is done."""
    python = _venv_python()
    wanted = _wanted(extras)
    if python.exists() and wanted in _installed():
        return python
    if not python.exists():
        print(f"DigitLab: creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    print("DigitLab: installing pinned dependencies (first run only) ...", flush=True)
    target = f".[{extras}]" if extras else "."
    cmd = [str(python), "-m", "pip", "install", "--disable-pip-version-check",
           "-q", "-c", str(ROOT / "constraints.txt"), "-e", target]
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"error: installing dependencies failed (pip exit {result.returncode}); "
                 "check the network connection to the package index and run again")
    lines = {line for line in _installed() if not line.startswith(f"{extras} ")}
    lines.add(wanted)
    STAMP.write_text("\n".join(sorted(lines)) + "\n")
    return python


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "app"
    rest = argv[1:]
    env = dict(os.environ)
    if command == "test":
        python = ensure_environment("test")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    python = ensure_environment("")
    if command == "app":
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], env=env)
    if command == "cli":
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
