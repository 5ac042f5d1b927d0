"""core.i18n reads a Qt Linguist .ts file as Qt would: plain texts, plurals, what it skips."""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import i18n

ROOT = Path(__file__).resolve().parents[2]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>LabReport</name>
    <message><source>Summary</source><translation>Zusammenfassung</translation></message>
    <message><source>Settings</source><translation type="unfinished">Einstellungen</translation>
    </message>
    <message><source>Runs</source><translation type="unfinished"></translation></message>
    <message><source>Old</source><translation type="vanished">Alt</translation></message>
    <message><source>seed</source><comment>random</comment><translation>Startwert</translation>
    </message>
    <message numerus="yes"><source>%n units</source><translation>
        <numerusform>%n Einheit</numerusform><numerusform>%n Einheiten</numerusform>
    </translation></message>
</context>
</TS>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    for language in ("de", "fr"):
        (tmp_path / f"digitlab_{language}.ts").write_text(TS.format(language=language),
                                                          encoding="utf-8")
    yield tmp_path
    i18n.set_language("en")
    i18n.clear_cache()


def test_a_translated_text_is_used_and_an_unknown_one_stays_english(folder: Path) -> None:
    i18n.set_language("de_AT", folder)
    assert i18n.translate("LabReport", "Summary") == "Zusammenfassung"
    assert i18n.translate("LabReport", "Not there") == "Not there"
    assert i18n.translate("Elsewhere", "Summary") == "Summary"


def test_like_lrelease_unfinished_text_is_used_but_empty_and_vanished_are_not(
        folder: Path) -> None:
    i18n.set_language("de", folder)
    assert [i18n.translate("LabReport", t) for t in ("Settings", "Runs", "Old")] == [
        "Einstellungen", "Runs", "Old"]


def test_a_disambiguation_picks_its_own_message(folder: Path) -> None:
    i18n.set_language("de", folder)
    assert i18n.translate("LabReport", "seed", "random") == "Startwert"
    assert i18n.translate("LabReport", "seed") == "seed"


def test_plurals_follow_the_languages_rule_and_replace_n(folder: Path) -> None:
    i18n.set_language("de", folder)
    unit = i18n.Context("LabReport")
    assert [unit.tr("%n units", None, n) for n in (0, 1, 2)] == [
        "0 Einheiten", "1 Einheit", "2 Einheiten"]
    i18n.set_language("fr", folder)  # French: 0 is singular too
    assert unit.tr("%n units", None, 0) == "0 Einheit"


def test_english_and_a_language_without_a_file_give_the_source(folder: Path) -> None:
    i18n.set_language("xx", folder)
    assert i18n.language() == "en"
    assert i18n.translate("LabReport", "%n units", None, 3) == "3 units"
    i18n.set_language("es", folder)  # no digitlab_es.ts in the folder
    assert i18n.translate("LabReport", "Summary") == "Summary"


def _contexts() -> Iterator[tuple[str, str, str]]:
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", "") == "Context"):
                yield str(path.relative_to(ROOT)), node.targets[0].id, node.value.args[0].value


def test_each_context_object_is_named_as_its_context() -> None:
    """lupdate files `Name.tr(…)` under the variable's name; it must be the context's too."""
    found = list(_contexts())
    assert found and all(variable == context for _, variable, context in found)


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")  # the real resources/i18n/digitlab_de.ts
    yield
    i18n.set_language("en")


def test_core_errors_the_window_shows_come_out_in_the_language_set(german: None,
                                                                  tmp_path: Path) -> None:
    from core.data import datasets
    from core.model.architectures import ModelSpec, SpecError, parse_layers

    with pytest.raises(SpecError, match="^Schicht 1: units muss eine ganze "
                                        "Zahl von 1 bis 16384 sein, nicht 0$"):
        ModelSpec(parse_layers("0")).validate()
    text = tmp_path / "digits.npz"
    text.write_text("not MNIST")
    with pytest.raises(datasets.DatasetError, match=r"digits\.npz ist keine \.npz-Datei \(MNIST "
                                                    r"gibt es als mnist\.npz"):
        datasets.load(text)
    i18n.set_language("en")
    with pytest.raises(SpecError, match="^layer 1: units must be a whole number from 1 to 16384, "
                                        "not 0$"):
        ModelSpec(parse_layers("0")).validate()
