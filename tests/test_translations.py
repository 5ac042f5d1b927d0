"""The translations in resources/i18n: every text of the code is in the .ts files, each
committed .qm is what its .ts compiles to, and no translation is left unfinished."""

import importlib.util
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n"


def _script():  # noqa: ANN202 (resources/i18n/update_translations.py, imported by path)
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  FOLDER / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    try:
        return _script().tool(name)
    except SystemExit:
        pytest.skip(f"{name} is not installed")


def _messages(ts: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts).getroot().iter("message"))


def _texts(ts: Path) -> set[tuple[str, str]]:
    return {(context.findtext("name"), message.findtext("source"))
            for context in ElementTree.parse(ts).getroot().iter("context")
            for message in context.iter("message")
            if message.find("translation").get("type") not in ("vanished", "obsolete")}


TS_FILES = _script().ts_files()


def test_there_is_a_source_and_a_compiled_file_per_language() -> None:
    assert [ts.name for ts in TS_FILES] == [f"digitlab_{c}.ts" for c in ("en", "de", "es", "fr")]
    assert all(ts.is_file() and ts.with_suffix(".qm").is_file() for ts in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_ts_files_hold_every_text_of_the_code(ts: Path, tmp_path: Path) -> None:
    """Run resources/i18n/update_translations.py after adding or changing a text."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    _script().update(_tool("pyside6-lupdate"), _script().sources(), fresh, quiet=True)
    assert _texts(fresh) == _texts(ts)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_each_qm_is_its_ts_compiled(ts: Path, tmp_path: Path) -> None:
    """The .qm files are committed (a fresh clone runs as it is); the script compiles them."""
    _script().compile_qm(_tool("pyside6-lrelease"), ts, tmp_path / "fresh.qm")
    assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_the_english_file_gives_every_plural_its_singular() -> None:
    english = FOLDER / "digitlab_en.ts"
    plurals = [m for m in _messages(english) if m.get("numerus") == "yes"]
    assert plurals and len(plurals) == len(_messages(english))
    assert all(len(m.findall("translation/numerusform")) == 2 for m in plurals)


@pytest.mark.parametrize("ts", TS_FILES, ids=[ts.stem for ts in TS_FILES])
def test_no_translation_is_unfinished(ts: Path) -> None:
    unfinished = [message.findtext("source") for message in _messages(ts)
                  if message.find("translation").get("type") == "unfinished"
                  or not "".join(message.find("translation").itertext()).strip()]
    assert unfinished == []
