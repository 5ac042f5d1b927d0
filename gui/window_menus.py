"""WindowMenus: the menu bar, and the keyboard shortcuts that work from every tab.

A shortcut on a button works only while that button is visible (Ctrl+T did nothing outside
the Training tab), so Train, Stop and Train more are window actions here that press the
buttons, enabled exactly when the buttons are. The menus show every shortcut. View → Language
is `gui.translation.LanguageMenu`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu, QMenuBar, QMessageBox, QTabWidget, QWidget

from gui.translation import LanguageMenu

if TYPE_CHECKING:
    from gui.drawing.canvas import DrawingCanvas
    from gui.drawing.canvas_box import CanvasBox
    from gui.drawing.my_drawings_bar import MyDrawingsBar
    from gui.file_actions import FileActions
    from gui.training.training_controls import TrainingControls


class MenuHost(Protocol):
    """What the menus act on: exactly these parts of the main window."""

    files: FileActions
    drawings: MyDrawingsBar
    canvas: DrawingCanvas
    canvas_box: CanvasBox
    controls: TrainingControls
    views: QTabWidget
    settings: QSettings

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)
    def set_presenter_mode(self, on: bool) -> None: ...
    def close(self) -> bool: ...
    def tell(self, message: str, error: bool = False) -> None: ...

TRAIN, STOP, MORE = QKeySequence("Ctrl+T"), QKeySequence("Ctrl+."), QKeySequence("Ctrl+Shift+T")
PRESENTER = QKeySequence("F11")


class WindowMenus(QObject):
    """File, Edit, Training, View and Help; `actions` by name for tests and the toolbar."""

    def __init__(self, window: MenuHost) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        self._file(bar.addMenu(self.tr("&File")))
        self._edit(bar.addMenu(self.tr("&Edit")))
        self._training(bar.addMenu(self.tr("&Training")))
        self._view(bar.addMenu(self.tr("&View")))
        self._add(bar.addMenu(self.tr("&Help")), "about", self.tr("About DigitLab"), self.about)

    def about(self) -> None:
        QMessageBox.about(self._parent_widget(), self.tr("About DigitLab"), self.tr(
            "<b>DigitLab</b><br>Train dense networks on MNIST, watch them learn, and draw "
            "digits for them to read.<br><br>MNIST by Y. LeCun, C. Cortes and C. Burges "
            "(CC BY-SA 3.0)."))

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[..., object],
             shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[name] = action
        return action

    def _file(self, menu: QMenu) -> None:
        files = self.window.files
        self._add(menu, "open", self.tr("&Open model…"), files.open_model_dialog,
                  QKeySequence.Open)
        self._add(menu, "save", self.tr("&Save model…"), files.save_model_dialog,
                  QKeySequence.Save)
        menu.addMenu(files.recent_menu)
        menu.addSeparator()
        self._add(menu, "export curves", self.tr("Export curves (PNG or SVG)…"),
                  files.export_curves_dialog)
        self._add(menu, "export history", self.tr("Export history (CSV)…"),
                  files.export_history_dialog)
        self._add(menu, "export script", self.tr("Export as notebook or script…"),
                  files.export_script_dialog)
        self._add(menu, "export hand-in", self.tr("Export the assignment's hand-in notebook…"),
                  files.export_handin_dialog)
        self._add(menu, "export drawings", self.tr("Export my drawings (class data set)…"),
                  lambda: files.export_drawings_dialog(self.window.drawings.store))
        self._add(menu, "report", self.tr("Lab &report (HTML)…"), files.report_dialog,
                  QKeySequence("Ctrl+R"))
        self._add(menu, "dataset", self.tr("Choose MNIST data…"), files.choose_dataset)
        menu.addSeparator()
        self._add(menu, "quit", self.tr("&Quit"), self.window.close, QKeySequence.Quit)

    def _edit(self, menu: QMenu) -> None:
        canvas = self.window.canvas
        self._add(menu, "undo", self.tr("Undo stroke"), canvas.undo, QKeySequence.Undo)
        self._add(menu, "redo", self.tr("Redo stroke"), canvas.redo,
                  QKeySequence("Ctrl+Shift+Z"))
        self._add(menu, "clear", self.tr("Clear canvas"), canvas.clear, QKeySequence("Esc"))
        eraser = self.window.canvas_box.eraser
        action = self._add(menu, "eraser", self.tr("Eraser"), lambda _=False: eraser.toggle())
        action.setCheckable(True)
        action.setShortcut(QKeySequence("E"))
        eraser.setShortcut(QKeySequence())  # the action owns the key: no ambiguity
        eraser.toggled.connect(action.setChecked)

    def _training(self, menu: QMenu) -> None:
        controls = self.window.controls
        for name, text, button, key in (
                ("train", self.tr("&Train"), controls.train_button, TRAIN),
                ("stop", self.tr("&Stop"), controls.stop_button, STOP),
                ("more", self.tr("Train &more"), controls.more_button, MORE)):
            action = self._add(menu, name, text, lambda _=False, b=button: b.click(), key)
            button.setToolTip(f"{button.toolTip()} ({key.toString(QKeySequence.NativeText)})")
            self._follow(action, button)
        menu.addSeparator()
        tune = self._add(menu, "fine-tune", self.tr("Fine-tune on a data set file…"),
                         self.window.files.fine_tune_dialog)
        tune.setToolTip(self.tr("Train more on MNIST plus a class data set (Export my drawings, "
                                "or main.py drawings merge)"))
        self._follow(tune, controls.more_button)

    @staticmethod
    def _follow(action: QAction, button: QAbstractButton) -> None:
        """Keep the action enabled exactly when its button is."""
        action.setEnabled(button.isEnabled())
        button.installEventFilter(_EnabledWatcher(action, button))

    def _view(self, menu: QMenu) -> None:
        action = self._add(menu, "presenter", self.tr("&Presenter mode"),
                           lambda on: self.window.set_presenter_mode(bool(on)), PRESENTER)
        action.setCheckable(True)
        views = self.window.views
        for index in range(views.count()):
            self._add(menu, f"tab {index + 1}", self.tr("Show “{0}”").format(views.tabText(index)),
                      lambda _=False, i=index: views.setCurrentIndex(i),
                      QKeySequence(f"Ctrl+{index + 1}"))
        menu.addSeparator()
        self.language_menu = LanguageMenu(self.window.settings, self._parent_widget())
        self.language_menu.message.connect(self.window.tell)
        menu.addMenu(self.language_menu)

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None


class _EnabledWatcher(QObject):
    """Mirrors a button's enabled state onto an action (Qt has no signal for it)."""

    def __init__(self, action: QAction, button: QAbstractButton) -> None:
        super().__init__(button)
        self._action, self._button = action, button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.EnabledChange:
            self._action.setEnabled(self._button.isEnabled())
        return False
