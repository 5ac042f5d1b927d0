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
from collections.abc import Callable
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


def _say(line: str) -> None:
    if sys.stdout is not None:  # None under pythonw (a double-click on Windows)
        print(line, flush=True)


def ready(extras: str = "") -> bool:
    """Is `.venv` set up with `extras` (the test tools include everything the app needs)?"""
    installed = _installed()
    return _venv_python().exists() and (_wanted(extras) in installed
                                        or (not extras and _wanted("test") in installed))


def ensure_environment(extras: str, report: Callable[[str], None] = _say) -> Path:
    """Create `.venv` and install DigitLab with `extras` unless the stamp says it is done;
    `report` gets each step and pip's output, a line at a time."""
    python = _venv_python()
    wanted = _wanted(extras)
    if ready(extras):
        return python
    if not python.exists():
        report(f"DigitLab: creating a virtual environment in {VENV} ...")
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    report("DigitLab: installing pinned dependencies (first run only, a few minutes) ...")
    target = f".[{extras}]" if extras else "."
    cmd = [str(python), "-m", "pip", "install", "--disable-pip-version-check",
           "--progress-bar", "off", "-c", str(ROOT / "constraints.txt"), "-e", target]
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace") as pip:
        for line in pip.stdout or ():
            if line.strip() and not line.startswith("Requirement already satisfied"):
                report(line.rstrip())
    if pip.returncode != 0:
        raise SetupError(f"installing dependencies failed (pip exit {pip.returncode}); "
                         "check the network connection to the package index and run again")
    lines = {line for line in _installed() if not line.startswith(f"{extras} ")}
    lines.add(wanted)
    STAMP.write_text("\n".join(sorted(lines)) + "\n")
    return python


class SetupError(RuntimeError):
    """The environment could not be set up (one line, for the user)."""


def run_with_progress(work: Callable[[Callable[[str], None]], Path]) -> Path | None:
    """Run `work(report)` showing its progress in a small tkinter window (the console when
    tkinter or a display is missing, or DIGITLAB_NO_TK is set); its result, or None when the
    window was closed first. A SetupError is shown in the window, then raised."""
    try:
        if os.environ.get("DIGITLAB_NO_TK"):
            raise ImportError("asked for the console")
        import tkinter
        from tkinter import ttk

        root = tkinter.Tk()
    except Exception:  # noqa: BLE001 (no tkinter, no display: the console it is)
        return work(_say)
    import queue
    import threading

    root.title("DigitLab — first start")
    root.resizable(False, False)
    ttk.Label(root, text="Setting up DigitLab (first start only).\nInstalling TensorFlow, "
              "Qt and numpy takes a few minutes.", justify="left", padding=12).pack()
    bar = ttk.Progressbar(root, mode="indeterminate", length=420)
    bar.pack(padx=12)
    bar.start(12)
    status = ttk.Label(root, text="Starting …", width=70, padding=12)
    status.pack()
    lines: queue.Queue[str] = queue.Queue()
    outcome: dict[str, object] = {}

    def job() -> None:
        try:
            outcome["python"] = work(lambda line: (lines.put(line), _say(line)))
        except SetupError as exc:
            outcome["error"] = exc
        lines.put("")

    def poll() -> None:
        while not lines.empty():
            line = lines.get()
            if line:
                status.config(text=line[-90:])
        if "error" in outcome:
            bar.stop()
            status.config(text=f"Could not set up: {outcome['error']}", foreground="#b00")
            ttk.Button(root, text="Close", command=root.destroy).pack(pady=(0, 12))
            outcome["shown"] = True
        elif "python" in outcome:
            root.destroy()
            return
        if "shown" not in outcome:
            root.after(100, poll)

    threading.Thread(target=job, daemon=True).start()
    root.after(100, poll)
    root.mainloop()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("python")  # type: ignore[return-value]


def launch_app(argv: list[str]) -> int:
    """Set up `.venv` with a small progress window (tkinter, where present; else the
    console), then open the app with it: what a double-click on main.py does on a Python that
    lacks DigitLab's dependencies."""
    try:
        python = run_with_progress(lambda report: ensure_environment("", report))
    except SetupError as exc:
        _say(f"error: {exc}")
        return 1
    if python is None:  # the student closed the window
        return 1
    env = {**os.environ, "DIGITLAB_SET_UP": "1"}
    return subprocess.call([str(python), str(ROOT / "main.py"), *argv], env=env)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "app"
    rest = argv[1:]
    env = dict(os.environ)
    try:
        return _run(command, rest, env)
    except SetupError as exc:
        _say(f"error: {exc}")
        return 1


def _run(command: str, rest: list[str], env: dict[str, str]) -> int:
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
