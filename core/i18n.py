"""Translations of the text core writes for people (the lab report, the overfitting line, the
reasons in its errors and notices), without Qt: read from the window's own Qt Linguist sources,
`resources/i18n/digitlab_<lang>.ts`.

    set_language("de")
    translate("LabReport", "Summary")                # "Zusammenfassung" when translated
    LabReport = Context("LabReport")                 # for plurals, spelled like QObject.tr:
    LabReport.tr("The first %n units", None, 48)     # the form for 48, %n replaced

`translate` has the signature of `QCoreApplication.translate`, so `pyside6-lupdate` extracts
its calls from core's modules as it does the window's. Its Python parser reads a plural's
count, a fourth argument, only after an encoding argument (Qt 4's), so a call ending in `, n)`
is extracted without its plural forms and one ending in `, len(x))` not at all: plurals are
written `Name.tr("%n …", None, n)` on a module-level `Name = Context("Name")`, which lupdate
extracts as a plural in the context `Name` (the variable's name, so the two must be equal).
`QT_TRANSLATE_NOOP` marks text that is translated where it is shown (preset titles).

As lrelease does, a translation that is empty, obsolete or vanished is not used (the English
text is); an unfinished one with text is. The source text is English, a plural in its "many"
form ("%n units"); `digitlab_en.ts` holds only the English plurals' singular forms. The
language is English until `set_language`: the window sets it at start-up, the command line
from DIGITLAB_LANGUAGE.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES = ("en", "de", "es", "fr")
ENV_VAR = "DIGITLAB_LANGUAGE"

Catalogue = dict[tuple[str, str, str], tuple[str, ...]]  # (context, source, comment): forms

_state = {"language": "en", "folder": str(FOLDER)}


def set_language(code: str, folder: str | os.PathLike[str] | None = None) -> str:
    """Use `code` ("de", "de_DE", "fr-CA"…; English for one without translations) from now
    on, read from `folder` (default: resources/i18n). Returns the code in use."""
    language = code.replace("-", "_").split("_")[0].lower()
    _state["language"] = language if language in LANGUAGES else "en"
    _state["folder"] = str(folder) if folder is not None else str(FOLDER)
    return _state["language"]


def language() -> str:
    return _state["language"]


def set_language_from_environment() -> str:
    """The command line's rule: DIGITLAB_LANGUAGE when set, else English."""
    return set_language(os.environ.get(ENV_VAR, "en") or "en")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language, or `text` itself when it has no translation; with
    `n` >= 0, the plural form for `n` with "%n" replaced by it (as Qt does)."""
    catalogue = _catalogue(os.path.join(_state["folder"], f"digitlab_{_state['language']}.ts"))
    forms = catalogue.get((context, text, disambiguation or ""), ())
    if n < 0:
        return forms[0] if forms else text
    index = _plural_index(_state["language"], n)
    chosen = forms[index] if index < len(forms) and forms[index] else text
    return chosen.replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Mark `text` for translation in `context`, and return it unchanged."""
    return text


class Context:
    """`Name = Context("Name")`; `Name.tr(text, None, n)` is `translate("Name", text, None, n)`,
    the spelling lupdate reads plurals from (see the module's docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


def _plural_index(language: str, n: int) -> int:
    """Qt's plural rules for the languages here: French singular for 0 and 1, the others
    for 1 only."""
    return 0 if (n <= 1 if language == "fr" else n == 1) else 1


@lru_cache(maxsize=8)
def _catalogue(path: str) -> Catalogue:
    """The translations in one .ts file ({} when it is missing or unreadable)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    catalogue: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if message.get("numerus") != "yes":
                forms = (translation.text or "",)
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                catalogue[key] = forms
    return catalogue


def clear_cache() -> None:
    """Read the .ts files again on next use (after they changed)."""
    _catalogue.cache_clear()
