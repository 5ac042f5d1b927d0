"""The window's language: every text it shows goes through Qt's translation, the language is
chosen as documented, installed translations reach the window, View → Language remembers."""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from core import i18n
from core.model.architectures import ACTIVATIONS
from gui import translation

# Texts that are no words of any language: language names in their own language, the
# optimizers' and activations' Keras names, a column's "L2", Compare's sides A and B.
NOT_WORDS = {"English", "Deutsch", "Español", "Français", "SGD", "Adam", "RMSprop", "L2", "A",
             "B", *ACTIVATIONS}


class Marker(QTranslator):
    """A pseudo-language: every text asked for comes back as ⟦text⟧ (and is noted in `asked`)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: object = None,
                  n: int = -1) -> str:
        self.asked.add((context, source))
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a widget shows or says in a tooltip."""
    name = type(widget).__name__
    yield f"{name} tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield name, widget.text()
    if isinstance(widget, QAbstractButton):
        yield name, widget.text()
    if isinstance(widget, QGroupBox):
        yield name, widget.title()
    if isinstance(widget, QProgressBar):
        yield name, widget.format()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{name} suffix", widget.suffix()  # type: ignore[attr-defined]
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                yield "header", item.text()
                yield "header tooltip", item.toolTip()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    if type(widget).__name__ == "PlotWidget":  # pyqtgraph: title and axis labels
        item = widget.getPlotItem()
        yield "plot title", item.titleLabel.text
        for side in ("left", "bottom"):
            yield "axis label", item.getAxis(side).labelText


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
        elif not action.isSeparator():
            yield "action", action.text()
            yield "action tooltip", action.toolTip()


def _untranslated(texts: Iterator[tuple[str, str]]) -> list[tuple[str, str]]:
    """Texts with letters but without the marker, except the ones that are no words."""
    return sorted({(where, text) for where, text in texts if text and "⟦" not in text
                   and text not in NOT_WORDS and re.search(r"[^\W\d_]", re.sub("<[^>]+>", "",
                                                                               text))})


@pytest.fixture
def pseudo_window(qtbot, tmp_path: Path, data_file: Path) -> Iterator[object]:  # noqa: ANN001
    from gui.main_window import MainWindow

    marker = Marker()
    QApplication.installTranslator(marker)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        window = MainWindow(settings, data_path=str(data_file))
        window.marker = marker
        qtbot.addWidget(window)
        window.show()
        yield window
        window.shutdown()
    finally:
        QApplication.removeTranslator(marker)


def test_every_text_of_the_window_is_translated(pseudo_window, qtbot) -> None:  # noqa: ANN001
    window = pseudo_window
    texts = [("window title", window.windowTitle())]
    for index in range(window.views.count()):  # each tab shown: the lazy views fill in
        window.views.setCurrentIndex(index)
        qtbot.wait(10)
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, QMenu):
                texts += _texts(widget)
    for action in window.menuBar().actions():
        texts += _menu_texts(action.menu())
    assert _untranslated(iter(texts)) == []


def test_each_text_is_asked_for_in_the_context_lupdate_filed_it_under(
        pseudo_window, qtbot) -> None:  # noqa: ANN001
    """A subclass, or `tr` under another name, would ask in a context the .ts lacks."""
    for index in range(pseudo_window.views.count()):
        pseudo_window.views.setCurrentIndex(index)
        qtbot.wait(10)
    filed = {(context.findtext("name"), message.findtext("source"))
             for context in ElementTree.parse(i18n.FOLDER / "digitlab_de.ts").iter("context")
             for message in context.iter("message")}
    sources = {source for _, source in filed}
    asked = {(context, source) for context, source in pseudo_window.marker.asked
             if source in sources and not context.startswith("Q")}  # Qt's own texts aside
    assert asked and asked <= filed


def test_the_language_comes_from_the_environment_then_the_settings(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(translation.SETTING, "fr")
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "de_DE")
    assert translation.chosen_language(settings) == "de"
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "xx")  # not one DigitLab has
    assert translation.chosen_language(settings) == "fr"
    monkeypatch.delenv("DIGITLAB_LANGUAGE")
    settings.setValue(translation.SETTING, "")  # "System default"
    assert translation.chosen_language(settings) in dict(translation.LANGUAGES)


GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>WindowMenus</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
</context>
</TS>
"""


def test_an_installed_language_reaches_the_window(qtbot, tmp_path: Path, data_file: Path,  # noqa: ANN001
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from gui.main_window import MainWindow

    (tmp_path / "digitlab_de.ts").write_text(GERMAN, encoding="utf-8")
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "digitlab_de.ts")], check=True)
    monkeypatch.setenv("DIGITLAB_LANGUAGE", "de")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    installed = translation.install_translations(QApplication.instance(), settings, tmp_path)
    try:
        window = MainWindow(settings, data_path=str(data_file))
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "&Datei"
        assert i18n.language() == "de"
        window.shutdown()
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
        i18n.set_language("en")


def test_a_language_chosen_in_the_menu_is_remembered_for_the_next_start(window) -> None:  # noqa: ANN001
    menu = window.menus.language_menu
    menu.choices["es"].trigger()
    assert window.settings.value(translation.SETTING) == "es"
    assert "starts again" in window.statusBar().currentMessage()
    menu.choices[""].trigger()  # System default
    assert window.settings.value(translation.SETTING) == ""
    assert menu.choices[""].isChecked() and not menu.choices["es"].isChecked()
