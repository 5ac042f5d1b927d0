"""The translations use the glossary's terms: every message whose English holds a term of
resources/i18n/GLOSSARY.md holds that term's translation in each language (rules in the file)."""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES = ("de", "es", "fr")
WORD = r"\w"  # a letter, digit or underscore: a term's edge must not touch one


def glossary(path: Path = FOLDER / "GLOSSARY.md") -> list[dict[str, object]]:
    """The table's rows: {"en": [forms], "de": [...], "es": [...], "fr": [...], "code": bool}."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 5 or cells[0] in ("English", "---"):
            continue
        forms = [[form.strip() for form in cell.split(";") if form.strip()] for cell in cells[:4]]
        rows.append({"en": forms[0], **dict(zip(LANGUAGES, forms[1:], strict=True)),
                     "code": cells[4] == "code"})
    return rows


def pattern(form: str) -> re.Pattern[str]:
    """A form at word edges, case-insensitive; `*` lets it end or begin a compound."""
    core = re.escape(form.strip("*")).replace("\\ ", r"\s+")
    before = WORD + "*" if form.startswith("*") else ""
    after = WORD + "*" if form.endswith("*") else ""
    return re.compile(rf"(?<!{WORD}){before}{core}{after}(?!{WORD})", re.IGNORECASE)


def plain(text: str) -> str:
    """Text without markup and command-line flags (`--label` is typed as it is), entities
    decoded by the XML parser, typographic apostrophes plain."""
    text = re.sub(r"<[^>]+>|--[\w-]+", " ", text)
    return text.replace("\u2019", "'").replace("\xa0", " ")


def messages(code: str) -> list[tuple[str, str, str]]:
    """(context, English, translation) of each message; each plural form is one message."""
    root = ElementTree.parse(FOLDER / f"digitlab_{code}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append((context.findtext("name"), message.findtext("source"), text))
    return found


def misses(row: dict[str, object], code: str, english: str, translated: str) -> bool:
    """True when `english` holds the row's term and `translated` none of its forms."""
    english, translated = plain(english), plain(translated)
    used = [m.group(0) for form in row["en"] for m in pattern(form).finditer(english)]
    if not used:
        return False
    if any(pattern(form).search(translated) for form in row[code]):
        return False
    kept = [word for word in used if row["code"] and word.islower()]
    return not any(re.search(rf"(?<!{WORD}){re.escape(w)}(?!{WORD})", translated) for w in kept)


def violations(code: str) -> list[str]:
    return [f"[{context}] {row['en'][0]!r}: {english!r} => {translated!r}"
            for context, english, translated in messages(code) for row in glossary()
            if misses(row, code, english, translated)]


def test_the_glossary_has_the_courses_terms() -> None:
    terms = {row["en"][0] for row in glossary()}
    assert {"accuracy", "loss", "epoch", "batch", "layer", "hidden layer", "weight", "gradient",
            "learning rate", "validation", "test set", "training set", "overfitting",
            "dropout", "batch normalization", "activation", "optimizer", "neuron", "unit",
            "label", "prediction", "confusion matrix", "softmax", "sigmoid"} <= terms
    assert all(row[code] for row in glossary() for code in LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_uses_the_glossarys_terms(code: str) -> None:
    assert violations(code) == []


def test_a_false_friend_is_caught() -> None:
    accuracy = next(row for row in glossary() if row["en"][0] == "accuracy")
    assert misses(accuracy, "fr", "Test accuracy", "Précision de test")
    assert not misses(accuracy, "fr", "Test accuracy", "Exactitude de test")
    assert not misses(accuracy, "fr", "val_accuracy", "val_accuracy")  # a name, not the word


def test_compounds_and_kept_keywords() -> None:
    rows = {row["en"][0]: row for row in glossary()}
    assert not misses(rows["accuracy"], "de", "test accuracy", "Testgenauigkeit")
    assert misses(rows["hidden layer"], "de", "hidden layer", "versteckte Schicht")
    assert not misses(rows["sigmoid"], "fr", "relu, sigmoid or tanh", "relu, sigmoid ou tanh")
    assert misses(rows["sigmoid"], "fr", "Sigmoid 1024-512", "Sigmoid 1024-512")
