from PySide6.QtWidgets import QLabel

from core.data import datasets
from gui.dialogs.dataset_dialog import DatasetDialog


def test_dialog_lists_where_it_looked_and_the_offline_options(qtbot) -> None:  # noqa: ANN001
    dialog = DatasetDialog()
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for place in datasets.candidate_paths():
        assert str(place) in text
    assert datasets.ENV_VAR in text and dialog.chosen_path() is None


def test_missing_mnist_blocks_training_with_a_message(window, qtbot) -> None:  # noqa: ANN001
    window.session.set_data_path(None)  # (and the isolated home holds no MNIST)
    window.controls.train_button.click()
    assert "MNIST not found" in window.statusBar().currentMessage()
    assert window.controls.train_button.isEnabled()
    assert "not found" in window.files.dataset_label.text()
