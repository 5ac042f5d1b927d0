from pathlib import Path

import numpy as np
import pytest
from helpers import random_classifier

from core.data.my_drawings import DrawingStore
from gui.views.evaluate_view import MY_DRAWINGS, EvaluateView


@pytest.fixture
def view(qtbot, data_file: Path) -> EvaluateView:  # noqa: ANN001
    widget = EvaluateView(DrawingStore())
    qtbot.addWidget(widget)
    widget.set_data_path(str(data_file))
    widget.set_classifier(random_classifier(16), "random")
    widget.show()
    return widget


def evaluate(view: EvaluateView, qtbot) -> object:  # noqa: ANN001
    with qtbot.waitSignal(view.evaluation_finished, timeout=20_000) as done:
        view.evaluate_button.click()
    return done.args[0]


def test_evaluating_fills_the_confusion_matrix(view: EvaluateView, qtbot) -> None:  # noqa: ANN001
    result = evaluate(view, qtbot)
    assert view.confusion.matrix().sum() == 200 == result.confusion.sum()
    assert "accuracy" in view.summary.text()


def test_a_cell_fills_the_gallery_with_its_images(view: EvaluateView, qtbot) -> None:  # noqa: ANN001
    result = evaluate(view, qtbot)
    true, predicted = np.unravel_index(np.argmax(result.confusion), (10, 10))
    count = view.show_cell(int(true), int(predicted))
    assert count == result.confusion[true, predicted] == view.gallery.count()


def test_clicking_a_cell_shows_it(view: EvaluateView, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    evaluate(view, qtbot)
    point = view.confusion.cell_centre(3, 5).toPoint()
    with qtbot.waitSignal(view.confusion.cell_clicked) as clicked:
        qtbot.mouseClick(view.confusion, Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [3, 5]


def test_an_image_opens_large_with_its_bars(view: EvaluateView, qtbot) -> None:  # noqa: ANN001
    result = evaluate(view, qtbot)
    dialog = view.open_sample(7)
    qtbot.addWidget(dialog)
    assert np.allclose(dialog.bars.heights(), result.probabilities[7])
    assert dialog.view.image().shape == (28, 28)


def test_my_drawings_without_any_says_so(view: EvaluateView, qtbot) -> None:  # noqa: ANN001
    view.source.setCurrentText(MY_DRAWINGS)
    with qtbot.waitSignal(view.evaluation_failed, timeout=10_000):
        view.evaluate_button.click()
    assert "no saved drawings" in view.summary.text()
    assert view.evaluate_button.isEnabled()


def test_a_missing_dataset_is_one_line_and_nothing_breaks(view: EvaluateView, qtbot,  # noqa: ANN001
                                                          tmp_path: Path) -> None:
    view.set_data_path(str(tmp_path / "gone.npz"))
    with qtbot.waitSignal(view.evaluation_failed, timeout=10_000) as failed:
        view.evaluate_button.click()
    assert "\n" not in failed.args[0] and view.evaluate_button.isEnabled()


def test_after_each_epoch_evaluates_the_new_weights(view: EvaluateView, qtbot) -> None:  # noqa: ANN001
    view.follow.setChecked(True)
    with qtbot.waitSignal(view.evaluation_finished, timeout=20_000):
        view.set_classifier(random_classifier(16, seed=9), "epoch 2", epoch_ended=True)
