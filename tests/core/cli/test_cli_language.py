"""The command line speaks DIGITLAB_LANGUAGE: help, errors and text; --json stays the same."""

import json

import pytest

from core import i18n
from core.cli import cli


@pytest.fixture(autouse=True)
def _english_afterwards():  # noqa: ANN202
    yield
    i18n.set_language("en")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = cli.main(args)
    except SystemExit as exc:  # --help
        status = exc.code
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help_is_in_the_language_set(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "fr")
    _, out, _ = run(["train", "--help"], capsys)
    assert "utilisation\xa0:" in out and "taux d'apprentissage" in out
    assert "afficher cette aide et quitter" in out and "learning rate" not in out


def test_without_a_language_the_help_is_english(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("DIGITLAB_LANGUAGE", raising=False)
    i18n.set_language("de")  # what a window in the same process set: the CLI's rule wins
    _, out, _ = run(["train", "--help"], capsys)
    assert "usage:" in out and "learning rate" in out and "Lernrate" not in out


@pytest.mark.parametrize(("args", "german"), [
    (["report", "m.keras", "--out", "r.txt"], "--out muss eine .html-Datei angeben"),
    (["import-data"], "geben Sie einen PFAD"),
    ([], "ein Befehl fehlt"),
    (["train", "--preset", "nope", "--out", "x.keras", "--epochs", "zwei"], "ungültiger int-Wert"),
    (["evaluate"], "folgende Argumente fehlen"),
])
def test_errors_are_in_the_language_set(args: list[str], german: str,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "de")
    status, _, err = run(args, capsys)
    assert status == 2 and err.startswith("error: ") and german in err
    assert len(err.strip().splitlines()) == 1


def test_an_error_from_core_is_in_the_language_set(tmp_path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "es")
    status, _, err = run(["export", "assignment-1", "--out", str(tmp_path / "a.txt")], capsys)
    assert status == 2 and "debe indicar un archivo .py o .ipynb" in err


def test_text_numbers_follow_the_language_and_json_does_not(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "de")
    _, text, _ = run(["presets"], capsys)
    _, as_json, _ = run(["presets", "--json"], capsys)
    monkeypatch.delenv("DIGITLAB_LANGUAGE")
    _, english_text, _ = run(["presets"], capsys)
    _, english_json, _ = run(["presets", "--json"], capsys)
    assert "25.818" in text and "25,818" in english_text
    assert as_json == english_json and json.loads(as_json.splitlines()[-1])["presets"]
