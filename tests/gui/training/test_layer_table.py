from PySide6.QtCore import Qt

from core.model.architectures import LayerSpec
from gui.training.layer_table import LayerTable


def test_tab_leaves_the_table(qtbot) -> None:  # noqa: ANN001
    table = LayerTable()
    qtbot.addWidget(table)
    table.set_layers((LayerSpec(32), LayerSpec(16)))
    table.show()
    table.activateWindow()
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_Tab)
    focused = table.focusWidget()
    assert focused is not table.table and not table.table.isAncestorOf(focused)


def test_moving_a_layer_down_swaps_it(qtbot) -> None:  # noqa: ANN001
    table = LayerTable()
    qtbot.addWidget(table)
    table.set_layers((LayerSpec(32), LayerSpec(16)))
    table.table.selectRow(0)
    with qtbot.waitSignal(table.edited):
        table.move(1)
    assert [layer.units for layer in table.layers()] == [16, 32]


def test_batch_norm_before_the_activation_round_trips(qtbot) -> None:  # noqa: ANN001
    table = LayerTable()
    qtbot.addWidget(table)
    layers = (LayerSpec(32, batch_norm=True, batch_norm_before=True),
              LayerSpec(16, batch_norm=True), LayerSpec(8))
    table.set_layers(layers)
    assert table.layers() == layers


def test_choosing_before_in_the_bn_cell_puts_it_before_the_activation(qtbot) -> None:  # noqa: ANN001
    table = LayerTable()
    qtbot.addWidget(table)
    table.set_layers((LayerSpec(32),))
    with qtbot.waitSignal(table.edited):
        table.table.cellWidget(0, 3).setCurrentIndex(2)
    assert table.layers()[0] == LayerSpec(32, batch_norm=True, batch_norm_before=True)
