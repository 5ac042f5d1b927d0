import numpy as np
from helpers import make_digits, random_classifier
from PySide6.QtCore import QPoint, Qt

from gui.views.activations_view import ActivationsView
from gui.views.weights_view import WeightsView

IMAGE = make_digits(1, seed=3)[0][0].astype(np.float32) / 255


def test_weights_view_shows_at_most_the_units_there_are(qtbot) -> None:  # noqa: ANN001
    view = WeightsView()
    qtbot.addWidget(view)
    view.show()
    view.set_classifier(random_classifier(40))
    assert view.tiles_shown() == 40
    view.count.setCurrentText("16")
    assert view.tiles_shown() == 16


def test_weights_view_follows_new_weights(qtbot) -> None:  # noqa: ANN001
    view = WeightsView()
    qtbot.addWidget(view)
    view.show()
    view.set_classifier(random_classifier(20, seed=1))
    before = view.grid.image.copy()
    view.set_classifier(random_classifier(20, seed=2))
    assert view.grid.image != before


def test_hidden_view_waits_until_shown(qtbot) -> None:  # noqa: ANN001
    view = WeightsView()
    qtbot.addWidget(view)
    view.set_classifier(random_classifier(20))
    assert view.tiles_shown() == 0
    view.show()
    assert view.tiles_shown() == 20


def activations(qtbot, *hidden: int, width: int = 0) -> ActivationsView:  # noqa: ANN001
    """An ActivationsView on screen, for a random net with these hidden layers, shown IMAGE."""
    view = ActivationsView()
    qtbot.addWidget(view)
    if width:
        view.resize(width, 300)
    view.show()
    view.set_classifier(random_classifier(*hidden))
    view.set_input(IMAGE)
    return view


def test_activations_show_every_hidden_layer(qtbot) -> None:  # noqa: ANN001
    view = activations(qtbot, 24, 12)
    assert [len(a) for a in view.blocks.layers] == [24, 12]
    assert 0 < len(view.shown_units()) <= 8


def test_an_empty_canvas_clears_the_activations(qtbot) -> None:  # noqa: ANN001
    view = activations(qtbot, 24)
    view.set_input(None)
    assert view.blocks.layers == [] and view.shown_units() == []


def test_a_wide_layer_keeps_readable_cells(qtbot) -> None:  # noqa: ANN001
    view = activations(qtbot, 1024, 512, width=500)
    assert view.blocks.cell_size() >= 7
    assert view.blocks.minimumHeight() >= (1024 + 512) / (500 / 7) * 7  # all rows, scrolled


def test_a_units_arithmetic_is_written_out_and_follows_a_click(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    view = activations(qtbot, 24, 12)
    units = view.shown_units()
    text = view.arithmetic.text()
    assert f"Unit {units[0]}" in text and "z = Σ wᵢxᵢ + b" in text
    qtbot.mouseClick(view.unit_tiles()[1], Qt.MouseButton.LeftButton)
    assert f"Unit {units[1]}" in view.arithmetic.text()


def test_clicking_a_weight_tile_writes_out_that_units_arithmetic(qtbot) -> None:  # noqa: ANN001
    from gui.views.network_view import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    view.set_classifier(random_classifier(20))
    view.set_input(IMAGE)
    grid = view.weights.grid
    target = grid.target()
    tile = target.width() / grid.image.width() * 30  # 28 pixels and the gap, on screen
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(target.x() + tile * 2.5), int(target.y() + tile * 0.5)))
    assert "Unit 2</b>" in view.activations.arithmetic.text()
    assert not view.activations.term_pixels.pixmap().isNull()


def test_without_hidden_layer_the_answers_output_unit_is_written_out(qtbot) -> None:  # noqa: ANN001
    view = activations(qtbot)
    digit = int(random_classifier().predict_proba(IMAGE[None])[0].argmax())
    text = view.arithmetic.text()
    assert f"Unit {digit}</b> of the output layer" in text
    assert "softmax, with the other units' z" in text
    assert "no hidden layer" in view.blocks.empty_text
