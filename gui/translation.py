"""The window's language: which one, Qt's translators for it, and View → Language.

The language is DIGITLAB_LANGUAGE when set (tests, screenshots), else the one chosen in View →
Language (QSettings "language"), else the first of the system's languages that DigitLab has
(QLocale.system()), else English. `install_translations` runs in `gui.app.main` before the
window is built: DigitLab's own `resources/i18n/digitlab_<lang>.qm`, Qt's `qtbase_<lang>.qm`
(so Qt's dialogs and buttons follow) and core's translations of the lab report all use it. A
language chosen in the menu is used from the next start: the window is built once, in one
language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from core import i18n

SETTING = "language"
# each in its own language: the one a student can read whatever the window's language is
LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("es", "Español"), ("fr", "Français"))


def _supported(code: object) -> str:
    """"de" for "de", "de_AT" or "de-DE"; "" for a language DigitLab does not have."""
    if not isinstance(code, str):
        return ""
    language = code.replace("-", "_").split("_")[0].lower()
    return language if language in dict(LANGUAGES) else ""


def chosen_language(settings: QSettings) -> str:
    """The language to start in (see the module's docstring)."""
    for wanted in (os.environ.get(i18n.ENV_VAR, ""), settings.value(SETTING, "")):
        if _supported(wanted):
            return _supported(wanted)
    for system in QLocale.system().uiLanguages():
        if _supported(system):
            return _supported(system)
    return "en"


def install_translations(app: QCoreApplication, settings: QSettings,
                         folder: str | os.PathLike[str] = i18n.FOLDER) -> list[QTranslator]:
    """Install Qt's and DigitLab's translators for the chosen language (DigitLab's .qm files
    in `folder`) and tell core; returns the translators installed."""
    code = chosen_language(settings)
    qt, own = QTranslator(app), QTranslator(app)
    installed = []
    if code != "en" and qt.load(f"qtbase_{code}",
                                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    if own.load(str(Path(folder) / f"digitlab_{code}.qm")):
        installed.append(own)  # installed last, so asked first
    for translator in installed:
        app.installTranslator(translator)
    i18n.set_language(code, folder)
    return installed


class LanguageMenu(QMenu):
    """"System default" and each language by its own name; the choice is remembered in the
    settings and used from the next start, which `message` says."""

    message = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self._settings = settings
        self._group = QActionGroup(self)
        stored = _supported(settings.value(SETTING, ""))
        self.choices: dict[str, QAction] = {}
        for code, name in (("", self.tr("System default")), *LANGUAGES):
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == stored)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self._group.addAction(action)
            self.choices[code] = action
            if not code:
                self.addSeparator()

    def choose(self, code: str) -> None:
        """Remember `code` ("" = the system's language) for the next start."""
        self._settings.setValue(SETTING, code)
        self.choices[code].setChecked(True)
        self.message.emit(self.tr("The language changes when DigitLab starts again"))
