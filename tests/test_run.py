"""run.py's offline labs: what the wheelhouse holds, and the one TensorFlow build per system."""

import sys
import tomllib
from pathlib import Path

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
