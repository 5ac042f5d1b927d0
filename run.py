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

Offline labs: when a complete `wheelhouse/` folder lies beside this file (made once, on a
machine with internet, by `python3 run.py wheelhouse`, which writes `wheelhouse/complete.txt`
last), everything is installed from it and nothing else: no package index, no network. A
wheelhouse without that file (a run that failed or was stopped) is ignored.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "digitlab-installed.txt"
WHEELHOUSE = ROOT / "wheelhouse"
COMPLETE = "complete.txt"  # in the wheelhouse: one line per complete target, written last
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
OLDEST_PYTHON = 11  # 3.11


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
    prepare_venv(report)
    targets = wheelhouse_targets()
    offline = bool(targets)
    if WHEELHOUSE.is_dir() and not offline:
        report(f"DigitLab: {WHEELHOUSE} is ignored: it is not complete (no {COMPLETE}; "
               "`python3 run.py wheelhouse` failed or was stopped), so the package index is used")
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
            f"(Python {sys.version_info.major}.{sys.version_info.minor}, {sys.platform}; "
            f"it was made for {'; '.join(targets)}); make one for it with "
            "`python3 run.py wheelhouse` on a machine with internet")
    if pip.returncode != 0:
        unused = (f"; {WHEELHOUSE} was not used, as it is not complete: make it again with "
                  "`python3 run.py wheelhouse`" if WHEELHOUSE.is_dir() else "")
        raise SetupError(f"installing dependencies failed (pip exit {pip.returncode}); "
                         f"check the network connection to the package index and run again"
                         + unused)
    lines = {line for line in _installed() if not line.startswith(f"{extras} ")}
    lines.add(wanted)
    STAMP.write_text("\n".join(sorted(lines)) + "\n")
    return python


def compile_sources() -> None:
    """Byte-compile DigitLab's own modules where their cached code is missing or stale, before
    each start. Python does this itself on import, but only where it may write (not in a
    read-only lab install, nor with PYTHONDONTWRITEBYTECODE set), and then compiles every
    module again at every start: 30 ms of a 330 ms first answer, measured here. Only for
    `.venv`'s own Python version; a folder it cannot write is left as it is."""
    import compileall

    if _venv_version() != f"{sys.version_info.major}.{sys.version_info.minor}":
        return
    for part in ("core", "gui"):
        compileall.compile_dir(ROOT / part, quiet=2)
    compileall.compile_file(ROOT / "main.py", quiet=2)


def _venv_version() -> str:
    """`.venv`'s Python version as "3.11" ("" when unknown)."""
    try:
        config = (VENV / "pyvenv.cfg").read_text(encoding="utf-8")
    except OSError:
        return ""
    found = re.search(r"^version(?:_info)?\s*=\s*(\d+)\.(\d+)", config, re.MULTILINE)
    return f"{found.group(1)}.{found.group(2)}" if found else ""


class SetupError(RuntimeError):
    """The environment could not be set up (one line, for the user)."""


def _has_pip(python: Path) -> bool:
    """Does `python` run, with pip? (Not when `.venv`'s creation was interrupted.)"""
    try:
        return subprocess.run([str(python), "-m", "pip", "--version"], capture_output=True,
                              timeout=120).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def prepare_venv(report: Callable[[str], None] = _say) -> Path:
    """`.venv`'s Python, with pip: made when missing, made again when it lacks pip or does
    not run (its creation killed, its base Python gone); a one-line SetupError when the new
    one lacks pip too."""
    python = _venv_python()
    if python.exists() and _has_pip(python):
        return python
    broken = VENV.exists()
    if broken:
        report(f"DigitLab: the virtual environment in {VENV} is incomplete (no working pip; "
               "its creation was probably interrupted), so it is made again ...")
    else:
        report(f"DigitLab: creating a virtual environment in {VENV} ...")
    try:
        venv.EnvBuilder(with_pip=True, clear=broken).create(VENV)
    except (OSError, subprocess.SubprocessError) as exc:
        raise SetupError(f"creating the virtual environment in {VENV} failed ({exc}); "
                         "on Debian or Ubuntu install python3-venv first") from None
    if not _has_pip(python):
        raise SetupError(f"the virtual environment in {VENV} has no pip; on Debian or Ubuntu "
                         "install python3-venv, then run again")
    return python


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
    compile_sources()
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


def _supported(python: str) -> bool:
    match = re.fullmatch(r"3\.([1-9][0-9]{0,2})", python)
    return bool(match) and int(match[1]) >= OLDEST_PYTHON


def check_pythons(pythons: list[str]) -> list[str]:
    """`--pythons` as given, each once; a SetupError naming the first that is not a Python
    the pins install on (3.11 or newer, written like 3.12)."""
    for python in pythons:
        if not _supported(python):
            raise SetupError(f"--pythons takes versions like 3.12, 3.{OLDEST_PYTHON} or newer, "
                             f"not {python!r}")
    if not pythons:
        raise SetupError("--pythons needs at least one version, like 3.12")
    return list(dict.fromkeys(pythons))


def _fingerprint(platform: str, python: str) -> str:
    """What a target's wheels were downloaded for (its pins), to tell a stale target."""
    pins = "\n".join(wheelhouse_requirements(platform, python))
    return hashlib.sha256(pins.encode()).hexdigest()[:16]


def _complete_lines(folder: Path) -> list[str]:
    """`folder`'s complete targets still valid for today's pins ("platform python print")."""
    try:
        lines = (folder / COMPLETE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    valid = []
    for line in lines:
        parts = line.split()
        if (len(parts) == 3 and parts[0] in PLATFORMS and _supported(parts[1])
                and parts[2] == _fingerprint(parts[0], parts[1])):
            valid.append(line)
    return valid


def wheelhouse_targets(folder: Path | None = None) -> list[str]:
    """The targets `folder` (wheelhouse/) was completed for, e.g. "linux, Python 3.12"; empty
    when it is missing, failed, stopped half-way or made for other pins: then set-up uses the
    package index, not the wheelhouse."""
    folder = WHEELHOUSE if folder is None else folder
    return [f"{line.split()[0]}, Python {line.split()[1]}"
            for line in _complete_lines(folder)]


def _seed(new: Path, old: Path) -> None:
    """Put the files of an earlier wheelhouse (complete or not) into the new one, linked where
    the disk allows: pip downloads only what is missing, and nothing in it is lost."""
    for path in old.iterdir() if old.is_dir() else ():
        if path.is_file() and path.name not in ("README.txt", COMPLETE):
            try:
                os.link(path, new / path.name)
            except OSError:
                shutil.copy2(path, new / path.name)


def make_wheelhouse(platforms: list[str], pythons: list[str]) -> int:
    """`run.py wheelhouse`: download every pinned wheel for each target; return how many
    targets could not be completed (each is named, with pip's reason).

    The work is done in a temporary folder beside wheelhouse/, which replaces it only when
    at least one target is complete, with `complete.txt` naming those targets (and the
    earlier wheelhouse's, still valid, whose wheels are carried over). A run that completes
    nothing leaves wheelhouse/ as it was, so set-up never goes offline on a failed one."""
    pythons = check_pythons(pythons)
    try:
        work = Path(tempfile.mkdtemp(prefix=".wheelhouse-", dir=ROOT))
    except OSError as exc:
        raise SetupError(f"cannot write beside {WHEELHOUSE} ({exc.strerror or exc})") from None
    try:
        kept = _complete_lines(WHEELHOUSE)
        _seed(work, WHEELHOUSE)
        done, failed = [], []
        for platform in dict.fromkeys(platforms):
            for python in pythons:
                reason = _download(work, platform, python)
                if reason:
                    failed.append(f"{platform}, Python {python}: {reason}")
                else:
                    done.append(f"{platform} {python} {_fingerprint(platform, python)}")
        if not done:
            for line in failed:
                _say(f"wheelhouse: missing for {line}")
            _say(f"wheelhouse: nothing could be completed, so {WHEELHOUSE} is left as it was")
            return len(failed)
        complete = list(dict.fromkeys(done + kept))
        wheels = sorted(work.glob("*.whl"))
        size = sum(w.stat().st_size for w in wheels) / 1e9
        (work / "README.txt").write_text(WHEELHOUSE_README.format(
            count=len(wheels), size=size,
            targets="; ".join(f"{x.split()[0]}, Python {x.split()[1]}" for x in complete),
            failed="\n".join(failed) or "none"), encoding="utf-8")
        (work / COMPLETE).write_text("\n".join(complete) + "\n", encoding="utf-8")
        try:
            _replace(WHEELHOUSE, work)
        except OSError as exc:
            raise SetupError(f"cannot put the new wheelhouse in place of {WHEELHOUSE} "
                             f"({exc.strerror or exc}); it is unchanged") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _say(f"wheelhouse: {len(wheels)} wheels, {size:.2f} GB in {WHEELHOUSE}")
    for line in failed:
        _say(f"wheelhouse: missing for {line}")
    return len(failed)


def _download(dest: Path, platform: str, python: str) -> str:
    """Download one target's pins into `dest`; pip's reason when it could not, else ""."""
    requirements = dest / f".requirements-{platform}-{python}.txt"
    requirements.write_text("\n".join(wheelhouse_requirements(platform, python)) + "\n")
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
           "--progress-bar", "off", "--only-binary=:all:", "--dest", str(dest),
           "--python-version", python, "--implementation", "cp",
           *[arg for tag in PLATFORMS[platform] for arg in ("--platform", tag)],
           "-r", str(requirements)]
    _say(f"wheelhouse: {platform}, Python {python} ...")
    result = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    requirements.unlink()
    if result.returncode == 0:
        return ""
    reason = [x for x in result.stdout.splitlines() + result.stderr.splitlines()
              if "No matching distribution" in x or x.startswith("ERROR")]
    return reason[-1] if reason else f"pip exit {result.returncode}"


def _replace(folder: Path, new: Path) -> None:
    """Put `new` where `folder` is, the old one removed only once the new one is in place."""
    old = folder.with_name(f".wheelhouse-old-{os.getpid()}")
    if folder.exists():
        folder.rename(old)
    try:
        new.rename(folder)
    except OSError:
        if old.exists():
            old.rename(folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


WHEELHOUSE_README = """DigitLab's wheelhouse: every package DigitLab and its tests need, offline.

{count} wheels, {size:.2f} GB. Complete for: {targets} (listed in complete.txt).
Targets that could not be completed: {failed}

Copy the whole DigitLab folder, with this wheelhouse/ folder inside it, to a USB stick or a
shared folder. On each lab PC (no internet needed), start DigitLab as usual: double-click
main.py, or run `python3 run.py`. When wheelhouse/complete.txt is present, it installs from
here only.
See the README's "Offline labs" section for installing thirty PCs.
"""


def _run(command: str, rest: list[str], env: dict[str, str]) -> int:
    if command == "wheelhouse":
        import argparse

        class Parser(argparse.ArgumentParser):
            def error(self, message: str) -> NoReturn:  # one line, not usage and a traceback
                raise SetupError(f"run.py wheelhouse: {message}")

        parser = Parser(prog="run.py wheelhouse")
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
    compile_sources()
    if command == "app":
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], env=env)
    if command == "cli":
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
