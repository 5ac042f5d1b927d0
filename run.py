#!/usr/bin/env python3
"""Set up DigitLab in a local virtual environment, then run the app or the tests.

    python3 run.py            set up (first time only) and open the app (options after it,
                              e.g. --data FILE or --lab FILE, go to the app)
    python3 run.py test       set up (first time only, with test tools) and run the tests
    python3 run.py cli ...    set up and run a CLI subcommand (presets, train, evaluate, predict)
    python3 run.py wheelhouse [--platforms linux windows macos] [--pythons 3.11 3.12]
                              fill wheelhouse/ with every pinned wheel, for offline labs

Only the standard library is used here, so this works on a machine that has nothing but
Python 3. The environment lives in `.venv/` beside this file. The pinned versions come from
`constraints.txt`; a stamp file records what was installed, so a second run installs nothing
and starts at once.

Offline labs: when a `wheelhouse/` folder lies beside this file (made once, on a machine with
internet, by `python3 run.py wheelhouse`), everything is installed from it and nothing else:
no package index, no network.
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
WHEELHOUSE = ROOT / "wheelhouse"
# pip download's platform tags per target (several: wheels are tagged with the oldest system
# they run on, and pip takes exactly the tags it is given)
PLATFORMS = {
    "linux": [f"manylinux_2_{minor}_x86_64" for minor in (35, 34, 31, 28, 27, 17)]
    + ["manylinux2014_x86_64"],  # PySide6 6.11 needs glibc 2.34 (Ubuntu 22.04, Debian 12)
    "windows": ["win_amd64"],
    "macos": ["macosx_14_0_arm64", "macosx_13_0_arm64", "macosx_12_0_arm64",
              "macosx_11_0_arm64"],
}
PYTHONS = ("3.11", "3.12", "3.13")  # the pins (numpy 2.4, grimp 3.19, …) need 3.11+


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
    offline = WHEELHOUSE.is_dir()
    report("DigitLab: installing pinned dependencies (first run only, a few minutes"
           + (f", from {WHEELHOUSE}, offline" if offline else "") + ") ...")
    target = f".[{extras}]" if extras else "."
    cmd = [str(python), "-m", "pip", "install", "--disable-pip-version-check",
           "--progress-bar", "off", "-c", str(ROOT / "constraints.txt"), "-e", target]
    env = dict(os.environ)
    if offline:  # the wheelhouse and nothing else: no index, no pip.conf or PIP_* settings
        cmd[4:4] = ["--no-index", "--find-links", str(WHEELHOUSE)]
        env = {k: v for k, v in env.items() if not k.upper().startswith("PIP_")}
        env["PIP_CONFIG_FILE"] = os.devnull
    missing = ""
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace", env=env) as pip:
        for line in pip.stdout or ():
            if "No matching distribution found for" in line:
                missing = line.split("found for", 1)[1].strip()
            if line.strip() and not line.startswith("Requirement already satisfied"):
                report(line.rstrip())
    if pip.returncode != 0 and offline:
        raise SetupError(
            f"the wheelhouse has no wheel of {missing or 'a needed package'} for this computer "
            f"(Python {sys.version_info.major}.{sys.version_info.minor}, {sys.platform}); "
            "make one for it with `python3 run.py wheelhouse` on a machine with internet")
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
    options_only = not argv or argv[0].startswith("-")  # `run.py --data F`: the app's options
    command = "app" if options_only else argv[0]
    rest = argv if options_only else argv[1:]
    env = dict(os.environ)
    try:
        return _run(command, rest, env)
    except SetupError as exc:
        _say(f"error: {exc}")
        return 1


def wheelhouse_requirements(platform: str, python: str) -> list[str]:
    """The pins to download for one target: every line of constraints.txt (the app, the
    tests and all they pull in), with the TensorFlow build that target uses, and the build
    backend `pip install -e .` needs."""
    pins = [line.strip() for line in (ROOT / "constraints.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    cpu_build = platform in ("linux", "windows")  # tensorflow-cpu: half the size, no CUDA
    drop = "tensorflow==" if cpu_build else "tensorflow-cpu=="
    extra = ["setuptools>=68"]
    return [pin for pin in pins if not pin.lower().startswith(drop)] + extra


def make_wheelhouse(platforms: list[str], pythons: list[str]) -> int:
    """`run.py wheelhouse`: download every pinned wheel for each target into wheelhouse/;
    return how many targets could not be completed (each is named, with pip's reason)."""
    WHEELHOUSE.mkdir(exist_ok=True)
    failed = []
    for platform in platforms:
        for python in pythons:
            requirements = WHEELHOUSE / f".requirements-{platform}-{python}.txt"
            requirements.write_text("\n".join(wheelhouse_requirements(platform, python)) + "\n")
            cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
                   "--progress-bar", "off", "--only-binary=:all:", "--dest", str(WHEELHOUSE),
                   "--python-version", python, "--implementation", "cp",
                   *[arg for tag in PLATFORMS[platform] for arg in ("--platform", tag)],
                   "-r", str(requirements)]
            _say(f"wheelhouse: {platform}, Python {python} ...")
            result = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
            requirements.unlink()
            if result.returncode != 0:
                reason = [x for x in result.stdout.splitlines() + result.stderr.splitlines()
                          if "No matching distribution" in x or x.startswith("ERROR")]
                failed.append(f"{platform}, Python {python}: "
                              + (reason[-1] if reason else f"pip exit {result.returncode}"))
    wheels = sorted(WHEELHOUSE.glob("*.whl"))
    size = sum(w.stat().st_size for w in wheels) / 1e9
    (WHEELHOUSE / "README.txt").write_text(WHEELHOUSE_README.format(
        count=len(wheels), size=size, platforms=", ".join(platforms),
        pythons=", ".join(pythons), failed="\n".join(failed) or "none"))
    _say(f"wheelhouse: {len(wheels)} wheels, {size:.2f} GB in {WHEELHOUSE}")
    for line in failed:
        _say(f"wheelhouse: missing for {line}")
    return len(failed)


WHEELHOUSE_README = """DigitLab's wheelhouse: every package DigitLab and its tests need, offline.

{count} wheels, {size:.2f} GB, for {platforms}; Python {pythons}.
Targets that could not be completed: {failed}

Copy the whole DigitLab folder, with this wheelhouse/ folder inside it, to a USB stick or a
shared folder. On each lab PC (no internet needed), start DigitLab as usual: double-click
main.py, or run `python3 run.py`. When wheelhouse/ is present, it installs from here only.
See the README's "Offline labs" section for installing thirty PCs.
"""


def _run(command: str, rest: list[str], env: dict[str, str]) -> int:
    if command == "wheelhouse":
        import argparse

        parser = argparse.ArgumentParser(prog="run.py wheelhouse")
        parser.add_argument("--platforms", nargs="+", choices=list(PLATFORMS),
                            default=list(PLATFORMS))
        parser.add_argument("--pythons", nargs="+", default=list(PYTHONS))
        options = parser.parse_args(rest)
        return 1 if make_wheelhouse(options.platforms, options.pythons) else 0
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
