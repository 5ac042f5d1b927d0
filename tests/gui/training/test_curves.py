from core.training.train import EpochRecord
from gui.training.curves import CurvesWidget


def feed(curves: CurvesWidget, val_losses: list[float]) -> None:
    for epoch, val_loss in enumerate(val_losses, start=1):
        curves.add_epoch(EpochRecord(epoch, loss=0.5 / epoch, accuracy=0.9 + 0.01 * epoch,
                                     val_loss=val_loss, val_accuracy=0.9, learning_rate=1e-3,
                                     seconds=1.0))


def test_rising_validation_loss_is_circled(qtbot) -> None:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    feed(curves, [0.4, 0.3, 0.35, 0.33, 0.36])
    assert curves.overfitting().rising_epochs == [3, 5]
    assert len(curves._rises.data) == 2  # noqa: SLF001


def test_the_gap_is_shown_as_a_number(qtbot) -> None:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    feed(curves, [0.4, 0.3])
    assert "+2.00 points" in curves.gap_label.text()


def test_early_stopping_is_marked_where_it_happened(qtbot) -> None:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    feed(curves, [0.4, 0.3, 0.35, 0.36])
    curves.mark_stop("early stopping")
    line = curves._stop_lines[0]  # noqa: SLF001
    assert line.isVisible() and line.value() == 4 and "epoch 2 kept" in line.label.format


def test_clear_removes_the_markers(qtbot) -> None:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    feed(curves, [0.4, 0.5])
    curves.mark_stop("early stopping")
    curves.clear()
    assert curves.overfitting() is None and not curves._stop_lines[0].isVisible()  # noqa: SLF001


def test_after_two_epochs_the_axes_zoom_past_the_steep_start(qtbot) -> None:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    curves.add_epoch(EpochRecord(1, loss=2.3, accuracy=0.2, val_loss=0.4, val_accuracy=0.9,
                                 learning_rate=1e-3, seconds=1.0))
    feed(curves, [0.4, 0.3, 0.35][1:])
    curves._refresh()  # noqa: SLF001 (the timer's work, now)
    top = curves.loss_plot.getViewBox().viewRange()[1][1]
    bottom = curves.accuracy_plot.getViewBox().viewRange()[1][0]
    assert top < 1.0 and bottom > 0.8  # epoch 1's training loss 2.3 and accuracy 0.2 left out


def test_the_zoom_keeps_overlaid_runs_in_view(qtbot) -> None:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    curves.set_overlays([("earlier", {"loss": [3.0, 0.9, 0.8], "val_loss": [0.7, 0.6, 0.65]})])
    feed(curves, [0.4, 0.3, 0.35])
    curves._refresh()  # noqa: SLF001
    assert curves.loss_plot.getViewBox().viewRange()[1][1] >= 0.9
