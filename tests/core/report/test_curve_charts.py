import pytest

from core.report.curve_charts import early_stop_label, figure_svg, history_charts
from core.training.history import History
from core.training.progress import EpochRecord


def history(rates: list[float], val_losses: list[float] | None = None) -> History:
    result = History()
    for epoch, rate in enumerate(rates, start=1):
        val = val_losses[epoch - 1] if val_losses else 0.3
        result.add(EpochRecord(epoch, loss=0.5 / epoch, accuracy=0.9, val_loss=val,
                               val_accuracy=0.9, learning_rate=rate, seconds=1.0))
    return result


def test_a_learning_rate_change_is_marked_with_the_new_rate() -> None:
    loss, _ = history_charts("run", history([1e-3, 1e-3, 5e-4, 5e-4]))
    assert ">lr 0.0005</text>" in loss


def test_early_stopping_names_the_epoch_with_the_lowest_validation_loss() -> None:
    x, label = early_stop_label(history([1e-3] * 4, [0.4, 0.3, 0.35, 0.36]), "early stopping")
    assert x == 4 and label == "EarlyStopping (epoch 2 kept)"


def test_overlaid_runs_wrap_the_legend_below_the_axes() -> None:
    runs = [(f"a long run name #{i}", history([1e-3] * 3)) for i in range(4)]
    alone, _ = history_charts("run", history([1e-3] * 3))
    overlaid, _ = history_charts("run", history([1e-3] * 3), overlays=runs)
    height = lambda svg: float(svg.split("height='")[1].split("'")[0])  # noqa: E731
    assert height(overlaid) > height(alone)


def test_the_figure_needs_an_epoch() -> None:
    with pytest.raises(ValueError, match="no epoch"):
        figure_svg("run", History())


def test_a_continued_run_keeps_an_epoch_of_its_own() -> None:
    parent_best = history([1e-3] * 5, [0.2, 0.4, 0.35, 0.36, 0.37])
    x, label = early_stop_label(parent_best, "early stopping", first_epoch=3)
    assert x == 5 and label == "EarlyStopping (epoch 3 kept)"


def test_a_one_epoch_runs_training_point_is_drawn_as_a_marker() -> None:
    from core.report import charts

    loss, _ = history_charts("run", history([1e-3]))
    assert f"r='2.6' fill='{charts.TRAIN}'" in loss
    two, _ = history_charts("run", history([1e-3, 1e-3]))
    assert f"r='2.6' fill='{charts.TRAIN}'" not in two
