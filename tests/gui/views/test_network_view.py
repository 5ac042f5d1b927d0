def test_the_weights_get_two_fifths_of_the_height_when_first_shown(qtbot) -> None:  # noqa: ANN001
    from gui.views.network_view import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(460, 690)
    view.show()
    qtbot.waitExposed(view)
    weights, activations = view.sizes()
    assert abs(weights / (weights + activations) - 0.4) < 0.05
