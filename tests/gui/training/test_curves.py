from core.training.history import History
from core.training.progress import BatchProgress, EpochRecord
from gui.training.curves import CurvesWidget


def history(val_losses: list[float], first: tuple[float, float] | None = None) -> History:
    result = History()
    for epoch, val_loss in enumerate(val_losses, start=1):
        loss, accuracy = first if first and epoch == 1 else (0.5 / epoch, 0.9 + 0.01 * epoch)
        result.add(EpochRecord(epoch, loss=loss, accuracy=accuracy, val_loss=val_loss,
                               val_accuracy=0.9, learning_rate=1e-3, seconds=1.0))
    return result


def make(qtbot) -> CurvesWidget:  # noqa: ANN001
    curves = CurvesWidget()
    qtbot.addWidget(curves)
    return curves


def test_rising_validation_loss_is_circled(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.3, 0.35, 0.33, 0.36]))
    assert curves.overfitting().rising_epochs == [3, 5] and curves.rising_markers() == 2


def test_the_gap_is_shown_as_a_number(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.3]))
    assert "+2.00 points" in curves.gap_label.text()


def test_early_stopping_is_marked_where_it_happened(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.3, 0.35, 0.36]))
    curves.mark_stop("early stopping")
    shown, x, label = curves.stop_marker()
    assert shown and x == 4 and "epoch 2 kept" in label


def test_clear_removes_the_markers(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.5]))
    curves.mark_stop("early stopping")
    curves.clear()
    assert curves.overfitting() is None and not curves.stop_marker()[0]


def test_after_a_run_the_axes_show_its_first_epoch_too(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.3, 0.35], first=(2.3, 0.2)), with_training=True)
    curves.redraw_now()
    top = curves.loss_plot.getViewBox().viewRange()[1][1]
    bottom = curves.accuracy_plot.getViewBox().viewRange()[1][0]
    assert top >= 2.3 and bottom <= 0.2  # epoch 1's training loss and accuracy in view


def test_a_stop_just_after_epoch_1_shows_every_point(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    for batch, (loss, accuracy) in enumerate(((2.3, 0.1), (0.6, 0.8), (0.4, 0.88)), start=1):
        curves.add_batch(BatchProgress(1, batch, 3, loss, accuracy, 1.0))
    stopped = history([0.35])
    stopped.add(EpochRecord(2, loss=0.3, accuracy=0.9, val_loss=0.33, val_accuracy=0.9,
                            learning_rate=1e-3, seconds=1.0, partial=True, fraction=0.05))
    curves.show_history(stopped)
    curves.redraw_now()
    low, high = curves.accuracy_plot.getViewBox().viewRange()[1]
    assert low <= 0.1 and high >= 0.9


def test_a_one_epoch_training_line_gets_a_marker(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4]), with_training=True)
    curves.redraw_now()
    assert curves._series["loss"].curve.opts["symbol"] == "o"
    curves.show_history(history([0.4, 0.3]), with_training=True)
    curves.redraw_now()
    assert curves._series["loss"].curve.opts["symbol"] is None


def test_the_current_run_ticked_is_drawn_once(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    current, earlier = history([0.4, 0.3]), history([0.5, 0.45])
    curves.show_history(current)
    curves.set_overlays([("current", current), ("earlier", earlier)])
    assert curves.overlay_names() == ["earlier"]
    curves.show_history(earlier)
    assert curves.overlay_names() == ["current"]


def test_each_overlaid_run_takes_one_legend_entry(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.3]))
    curves.set_overlays([("a run with a very long name (continued from another) #12",
                          history([0.5])), ("b", history([0.6]))])
    labels = [label.text for _, label in curves.loss_plot.plotItem.legend.items]
    assert len(labels) == 4 and all(len(text) <= 20 for text in labels)


def test_the_zoom_keeps_overlaid_runs_in_view(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    earlier = History.from_dict({"loss": [3.0, 0.9, 0.8], "val_loss": [0.7, 0.6, 0.65]})
    curves.set_overlays([("earlier", earlier)])
    curves.show_history(history([0.4, 0.3, 0.35]))
    curves.redraw_now()
    assert curves.loss_plot.getViewBox().viewRange()[1][1] >= 0.9


def test_a_stop_mid_epoch_is_drawn_where_it_stopped(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    stopped = History()
    stopped.add(EpochRecord(1, loss=0.5, accuracy=0.8, val_loss=0.4, val_accuracy=0.85,
                            learning_rate=1e-3, seconds=1.0, partial=True, fraction=0.37))
    curves.show_history(stopped)
    assert list(curves.points("val_loss")[0]) == [0.37]
    assert "Epoch 0.37" in curves.gap_label.text()


def test_batches_of_a_continued_run_follow_its_parent(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.add_batch(BatchProgress(3, 50, 100, 0.3, 0.9, 1.0, start=2.4))
    assert list(curves.points("loss")[0]) == [2.9]


def test_before_the_first_epoch_the_axis_shows_epoch_0_to_1(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    low, high = curves.loss_plot.getViewBox().viewRange()[0]
    assert -0.1 < low <= 0 and 1 <= high < 1.2
    assert "x0.001" not in curves.loss_plot.getAxis("bottom").labelString()
    assert curves.loss_plot.getViewBox().viewRange()[1][0] >= 0  # no negative loss shown


def x_range(curves: CurvesWidget) -> list[float]:
    return curves.loss_plot.getViewBox().viewRange()[0]


def test_x_grows_to_the_next_whole_epoch_only(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    for batch in (10, 50, 90):
        curves.add_batch(BatchProgress(2, batch, 100, 0.3, 0.9, 1.0, start=1.0))
        curves.redraw_now()
        low, high = x_range(curves)
        assert low <= 0 and 2 <= high < 2.2  # 0..2 through the whole of epoch 2


def test_double_click_fits_all_after_a_zoom(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    curves.show_history(history([0.4, 0.3, 0.35]))
    curves.redraw_now()
    curves.loss_plot.setXRange(1.5, 2.0, padding=0)  # the student zoomed in
    curves.fit_all()
    low, high = x_range(curves)
    assert low <= 0 and high >= 3


def test_the_gap_band_follows_the_training_curve_as_drawn(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    for epoch in (1, 2):
        for batch in range(1, 11):
            curves.add_batch(BatchProgress(epoch, batch, 10, 1.0 / (epoch + batch), 0.9, 1.0,
                                           start=epoch - 1.0))
    curves.show_history(history([0.4, 0.3]))
    x, training, _ = curves.gap_band("loss")
    drawn_x, drawn_y = curves.points("loss")
    assert list(x) == [v for v in drawn_x if 1 <= v <= 2]
    assert list(training) == [y for v, y in zip(drawn_x, drawn_y, strict=True) if 1 <= v <= 2]


def test_a_run_without_validation_split_labels_its_second_curve_test(qtbot) -> None:  # noqa: ANN001
    curves = make(qtbot)
    shown = history([0.4, 0.3])
    shown.second = "test"
    curves.show_history(shown)
    assert curves.second_curve_name() == "test"
    assert "mean over the epoch − test" in curves.gap_label.text()
    assert "test set" in curves.gap_label.text()
    curves.show_history(history([0.4, 0.3]))
    assert curves.second_curve_name() == "validation"


def test_a_real_double_click_shows_everything_again(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    curves = make(qtbot)
    curves.resize(800, 400)
    curves.show()
    qtbot.waitExposed(curves)
    curves.show_history(history([0.4, 0.3, 0.35]))
    curves.redraw_now()
    curves.loss_plot.setXRange(1.5, 2.0, padding=0)  # the student zoomed in
    qtbot.mouseDClick(curves.loss_plot.viewport(), Qt.MouseButton.LeftButton,
                      pos=curves.loss_plot.viewport().rect().center())
    low, high = x_range(curves)
    assert low <= 0 and high >= 3
