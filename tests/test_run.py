"""run.py's offline labs: what the wheelhouse holds, and the one TensorFlow build per system."""

import os
import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import run  # noqa: E402


def _pinned(requirements: list[str]) -> set[str]:
    return {line.split("==")[0].lower() for line in requirements if "==" in line}


def test_the_wheelhouse_takes_every_pin_with_the_cpu_build_where_there_is_one() -> None:
    pins = _pinned(line for line in (ROOT / "constraints.txt").read_text().splitlines()
                   if not line.startswith("#"))
    for platform, tensorflow in (("linux", "tensorflow-cpu"), ("windows", "tensorflow-cpu"),
                                 ("macos", "tensorflow")):
        wanted = run.wheelhouse_requirements(platform, "3.12")
        assert _pinned(wanted) == pins - ({"tensorflow", "tensorflow-cpu"} - {tensorflow})
        assert "setuptools>=68" in wanted  # pip install -e . builds offline too


def test_each_system_depends_on_exactly_one_tensorflow() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for system, machine, build in (("linux", "x86_64", "tensorflow-cpu"),
                                   ("win32", "AMD64", "tensorflow-cpu"),
                                   ("darwin", "arm64", "tensorflow"),
                                   ("linux", "aarch64", "tensorflow")):
        env = {"sys_platform": system, "platform_machine": machine, "python_version": "3.12"}
        chosen = [Requirement(d).name for d in dependencies if Requirement(d).name.startswith(
            "tensorflow") and Requirement(d).marker.evaluate(env)]
        assert chosen == [build]


def test_options_after_run_py_go_to_the_app(monkeypatch) -> None:  # noqa: ANN001
    calls = []
    monkeypatch.setattr(run, "_run", lambda command, rest, env: calls.append((command, rest)) or 0)
    run.main(["--data", "m.npz"])
    run.main(["test", "-q"])
    assert calls == [("app", ["--data", "m.npz"]), ("test", ["-q"])]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """run.py working on a copy of the pins in tmp_path: its .venv and wheelhouse/ there."""
    for name in ("constraints.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    monkeypatch.setattr(run, "ROOT", tmp_path)
    monkeypatch.setattr(run, "WHEELHOUSE", tmp_path / "wheelhouse")
    monkeypatch.setattr(run, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(run, "STAMP", tmp_path / ".venv" / "digitlab-installed.txt")
    return tmp_path


def fake_pip_download(monkeypatch: pytest.MonkeyPatch, works: set[str]) -> None:
    """pip download that completes the platforms in `works` (one wheel each), fails the rest."""
    def download(dest: Path, platform: str, python: str) -> str:
        if platform not in works:
            return "ERROR: No matching distribution found for numpy==2.4.6"
        (dest / f"numpy-{platform}-{python}.whl").write_bytes(b"wheel")
        return ""
    monkeypatch.setattr(run, "_download", download)


def test_a_wheelhouse_that_completes_nothing_is_not_made(sandbox: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    fake_pip_download(monkeypatch, works=set())
    assert run.make_wheelhouse(["macos"], ["3.11", "3.12"]) == 2
    assert not run.WHEELHOUSE.exists() and run.wheelhouse_targets() == []
    assert not list(sandbox.glob(".wheelhouse-*"))  # the temporary folder is gone too


def test_a_failed_run_leaves_an_earlier_wheelhouse_as_it_was(
        sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_pip_download(monkeypatch, works={"linux"})
    assert run.make_wheelhouse(["linux", "macos"], ["3.12"]) == 1
    assert run.wheelhouse_targets() == ["linux, Python 3.12"]
    fake_pip_download(monkeypatch, works=set())
    run.make_wheelhouse(["linux"], ["3.13"])
    assert run.wheelhouse_targets() == ["linux, Python 3.12"]
    assert (run.WHEELHOUSE / "numpy-linux-3.12.whl").is_file()


def test_a_later_run_adds_its_targets_and_keeps_the_earlier_wheels(
        sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_pip_download(monkeypatch, works={"linux", "windows"})
    run.make_wheelhouse(["linux"], ["3.12"])
    run.make_wheelhouse(["windows"], ["3.12"])
    assert run.wheelhouse_targets() == ["windows, Python 3.12", "linux, Python 3.12"]
    assert len(list(run.WHEELHOUSE.glob("*.whl"))) == 2


def test_a_stopped_run_leaves_nothing_behind(sandbox: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(dest: Path, platform: str, python: str) -> str:
        (dest / "half.whl").write_bytes(b"")
        raise KeyboardInterrupt
    monkeypatch.setattr(run, "_download", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run.make_wheelhouse(["linux"], ["3.12"])
    assert sorted(p.name for p in sandbox.iterdir()) == ["constraints.txt", "pyproject.toml"]


@pytest.mark.parametrize("options", [["--pythons", ""], ["--pythons", "2.7"],
                                     ["--pythons", "3.10"], ["--pythons", "3"],
                                     ["--pythons", "3.11/x"], ["--pythons", "3.011"],
                                     ["--platforms", "mac"], ["--platforms"], ["--pythons"]])
def test_bad_wheelhouse_options_get_one_line(sandbox: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str],
                                             options: list[str]) -> None:
    fake_pip_download(monkeypatch, works={"linux", "windows", "macos"})
    assert run.main(["wheelhouse", *options]) == 1
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 1 and out.startswith("error: ")
    assert not run.WHEELHOUSE.exists()


def test_a_wheelhouse_without_its_complete_list_or_for_other_pins_is_not_used(
        sandbox: Path) -> None:
    run.WHEELHOUSE.mkdir()
    (run.WHEELHOUSE / "README.txt").write_text("made by a run that failed")
    (run.WHEELHOUSE / "numpy-2.4.6-cp312-none-any.whl").write_bytes(b"wheel")
    assert run.wheelhouse_targets() == []
    (run.WHEELHOUSE / run.COMPLETE).write_text("linux 3.12 0123456789abcdef\n")  # older pins
    assert run.wheelhouse_targets() == []


def fake_venv_python(folder: Path, pip: bool) -> Path:
    """A `.venv/bin/python` that has pip (or not) and whose `pip install` writes its
    arguments to pip-args.txt and fails."""
    python = run._venv_python()
    python.parent.mkdir(parents=True, exist_ok=True)
    python.write_text(f"#!/bin/sh\nif [ \"$3\" = --version ]; then exit {0 if pip else 1}; fi\n"
                      f"echo \"$@\" > '{folder / 'pip-args.txt'}'\nexit 1\n")
    python.chmod(0o755)
    return python


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for the venv's Python")
def test_set_up_goes_online_past_a_wheelhouse_that_is_not_complete(sandbox: Path) -> None:
    fake_venv_python(sandbox, pip=True)
    run.WHEELHOUSE.mkdir()
    (run.WHEELHOUSE / "README.txt").write_text("made by a run that failed")
    with pytest.raises(run.SetupError, match="network.*not complete"):
        run.ensure_environment("", report=lambda line: None)
    assert "--no-index" not in (sandbox / "pip-args.txt").read_text()


class FakeEnvBuilder:
    """venv.EnvBuilder that makes the fake Python (with pip when `pip_works`)."""

    pip_works = True
    made: list[bool] = []

    def __init__(self, with_pip: bool, clear: bool) -> None:
        self.clear = clear

    def create(self, folder: Path) -> None:
        FakeEnvBuilder.made.append(self.clear)
        if self.clear:
            shutil.rmtree(folder)
        fake_venv_python(folder.parent, pip=self.pip_works)


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for the venv's Python")
def test_a_venv_without_pip_is_said_and_made_again(sandbox: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    fake_venv_python(sandbox, pip=False)  # its creation was killed before pip was in
    monkeypatch.setattr(run.venv, "EnvBuilder", FakeEnvBuilder)
    monkeypatch.setattr(FakeEnvBuilder, "made", [])
    said: list[str] = []
    assert run._has_pip(run.prepare_venv(said.append))
    assert FakeEnvBuilder.made == [True] and "incomplete" in said[0]


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for the venv's Python")
def test_a_venv_that_gets_no_pip_is_one_line(sandbox: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run.venv, "EnvBuilder", FakeEnvBuilder)
    monkeypatch.setattr(FakeEnvBuilder, "pip_works", False)
    with pytest.raises(run.SetupError, match="no pip.*python3-venv"):
        run.prepare_venv(lambda line: None)


def _app_tree(root: Path, version: str) -> None:
    for name in ("core/a.py", "gui/b.py", "main.py"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("X = 1\n", encoding="utf-8")
    (root / ".venv").mkdir(exist_ok=True)
    (root / ".venv" / "pyvenv.cfg").write_text(f"version = {version}.4\n", encoding="utf-8")


def test_the_app_s_modules_are_compiled_before_a_start(sandbox: Path) -> None:
    _app_tree(sandbox, f"{sys.version_info.major}.{sys.version_info.minor}")
    run.compile_sources()
    for folder in ("core", "gui", "."):
        assert list((sandbox / folder / "__pycache__").glob("*.pyc")), folder


def test_nothing_is_compiled_for_another_python_than_the_venv_s(sandbox: Path) -> None:
    _app_tree(sandbox, "2.7")
    run.compile_sources()
    assert not list(sandbox.rglob("*.pyc"))
