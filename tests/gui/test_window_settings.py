from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QMainWindow

from gui.training.model_panel import ModelPanel
from gui.window_settings import WindowSettings


def _restored(qtbot, tmp_path, size: QSize | None = None) -> QMainWindow:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = ModelPanel()
    qtbot.addWidget(panel)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if size is not None:
        other = QMainWindow()
        qtbot.addWidget(other)
        other.resize(size)
        other.move(-50, 3000)
        settings.setValue("geometry", other.saveGeometry())
    WindowSettings(settings, window, {}, panel).restore()
    return window


def _inside(window: QMainWindow) -> bool:
    area = window.screen().availableGeometry()
    return (window.width() <= area.width() and window.height() <= area.height()
            and area.contains(window.pos()))


def test_a_first_start_fits_the_screen(qtbot, tmp_path) -> None:  # noqa: ANN001
    window = _restored(qtbot, tmp_path)
    assert _inside(window)


def test_a_geometry_from_a_larger_monitor_fits_the_screen(qtbot, tmp_path) -> None:  # noqa: ANN001
    window = _restored(qtbot, tmp_path, QSize(3000, 2000))
    assert _inside(window)
