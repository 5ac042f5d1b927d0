"""DatasetDialog: MNIST was not found; say where DigitLab looked and offer the offline ways in."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.data import datasets
from gui.labels import rich_label


class DatasetDialog(QDialog):
    """Explains the options; `chosen_path()` is the file the user picked (or None)."""

    def __init__(self, parent: QWidget | None = None, explicit: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is MNIST?"))
        self._chosen: str | None = None
        self._download = False
        places = "".join(f"<li><code>{escape(str(p))}</code></li>"
                         for p in datasets.candidate_paths(explicit))
        text = rich_label(self.tr(
            "<p>Training needs the MNIST digits. DigitLab works offline and looked in:</p>"
            "<ul>{0}</ul>"
            "<p>Ways to get it (the first two work offline):</p><ul>"
            "<li><b>Open MNIST file…</b>: Keras's <code>mnist.npz</code>, or one of the four "
            "IDX files (<code>train-images-idx3-ubyte</code>, …, raw or <code>.gz</code>). "
            "It is verified and copied into DigitLab's data folder; your file is not changed."
            "</li><li>An instructor can set the environment variable "
            "<code>{1}</code> to a shared copy for the whole lab.</li>"
            "<li><b>Download</b> fetches it through Keras (about 11 MB; only when online).</li>"
            "</ul>").format(places, datasets.ENV_VAR))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        open_button = QPushButton(self.tr("Open MNIST file…"))
        download_button = QPushButton(self.tr("Download"))
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(download_button, QDialogButtonBox.ButtonRole.ActionRole)
        open_button.clicked.connect(self._pick)
        download_button.clicked.connect(self._choose_download)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open MNIST (mnist.npz or an IDX file)"), "",
            self.tr("MNIST ({0});;All files ({1})").format("*.npz *-ubyte *-ubyte.gz", "*"))
        if path:
            self._chosen = path
            self.accept()

    def _choose_download(self) -> None:
        self._download = True
        self.accept()

    def chosen_path(self) -> str | None:
        return self._chosen

    def wants_download(self) -> bool:
        return self._download
