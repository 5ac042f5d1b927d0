"""pyproject.toml's packaging: a plain `pip install .` carries what the app reads at run time."""

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The files of a non-editable wheel built from a copy of the checkout (a build leaves
    build/ and *.egg-info behind, so not in the checkout itself)."""
    if importlib.util.find_spec("setuptools") is None:
        pytest.skip("setuptools is not installed, so no wheel can be built offline")
    source = tmp_path_factory.mktemp("source")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("core", "gui", "resources", "tests"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    for name in ("main.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--disable-pip-version-check", "-q", str(source), "-w", str(out)],
                   check=True, capture_output=True)
    (wheel,) = out.glob("digitlab-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_carries_the_bundled_models_icons_and_translations(
        wheel_names: set[str]) -> None:
    wanted = {"resources/models/default.keras", "resources/models/digit-check.npz",
              "resources/icons/digitlab-32.png", "resources/icons/digitlab.svg"}
    wanted |= {f"resources/models/presets/{p.name}"
               for p in (ROOT / "resources" / "models" / "presets").glob("*.keras")}
    wanted |= {f"resources/i18n/{p.name}" for p in (ROOT / "resources" / "i18n").iterdir()
               if p.suffix in (".qm", ".ts")}  # the window reads .qm, core the .ts
    assert wanted <= wheel_names
    assert any(name.endswith(".qm") for name in wanted)


def test_the_wheel_leaves_out_tests_build_scripts_and_screenshots(
        wheel_names: set[str]) -> None:
    assert not [name for name in wheel_names if name.startswith("tests/")
                or name.startswith("resources/screenshots/")
                or (name.startswith("resources/") and name.endswith(".py"))]
    assert "core/model/classifier.py" in wheel_names and "main.py" in wheel_names
