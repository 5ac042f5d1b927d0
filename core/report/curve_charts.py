"""The loss and accuracy charts of a training history, as SVG: for the lab report and for
"Export curves" (SVG as it is, PNG rendered from it), so both show the same figure.

x is each epoch's position (2.4 for a run stopped 40 % into epoch 3), training is solid and
validation dashed with markers, epochs where the validation loss rose are circled,
EarlyStopping and learning-rate changes are marked, and the legend sits below the axes.
"""

from __future__ import annotations

import re

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.numbers import general
from core.report import charts
from core.report.charts import Series
from core.training.history import History, learning_rate_changes
from core.training.overfitting import overfitting_signal

METRICS = (  # (key, title, axis label)
    ("loss", QT_TRANSLATE_NOOP("Charts", "Loss"), QT_TRANSLATE_NOOP("Charts", "loss")),
    ("accuracy", QT_TRANSLATE_NOOP("Charts", "Accuracy"), QT_TRANSLATE_NOOP("Charts", "accuracy")))


def early_stop_label(history: History, stop_reason: str | None,
                     first_epoch: int = 1) -> tuple[float, str] | None:
    """(x, label) of the EarlyStopping line, or None when the run did not stop early. The
    epoch kept is the best of the run that stopped (from `first_epoch`: a continued run's
    EarlyStopping never restores its parent's epochs), as Keras's restore_best_weights does."""
    signal = overfitting_signal(history.metrics(), stop_reason, history.second)
    if not signal.early_stop_epoch:
        return None
    label = "EarlyStopping"
    _, val_loss = history.points("val_loss")
    own = val_loss[first_epoch - 1:signal.early_stop_epoch]
    if own:
        kept = first_epoch + min(range(len(own)), key=own.__getitem__)
        if kept < signal.early_stop_epoch:
            label = translate("Charts", "EarlyStopping (epoch {0} kept)").format(kept)
    return history.position[signal.early_stop_epoch - 1], label


def history_charts(name: str, history: History, stop_reason: str | None = None,
                   overlays: list[tuple[str, History]] | None = None, width: int = 460,
                   height: int = 290) -> list[str]:
    """[loss SVG, accuracy SVG] of `history` (and overlaid runs); [] when it has no epoch."""
    if not len(history):
        return []
    signal = overfitting_signal(history.metrics(), stop_reason, history.second)
    stop = early_stop_label(history, stop_reason)
    changes = [(x, f"lr {general(new)}") for x, _, new in learning_rate_changes(history)]
    svgs = []
    for metric, title, axis in METRICS:
        series = _series(history, metric, charts.TRAIN, charts.VALIDATION, "")
        for index, (other, past) in enumerate(overlays or []):
            colour = charts.COLOURS[2 + index % (len(charts.COLOURS) - 2)]
            series += _series(past, metric, colour, colour, f"{other}: ")
        val_x, val_loss = history.points("val_loss")
        marks = ([(val_x[e - 1], val_loss[e - 1]) for e in signal.rising_epochs
                  if e <= len(val_x)] if metric == "loss" else None)
        svgs.append(charts.line_chart(f"{translate('Charts', title)} — {name}", series,
                                      translate("Charts", axis), marks=marks,
                                      vline=stop, vline_label_low=metric == "accuracy",
                                      notes=changes, width=width, height=height))
    return svgs


def _series(history: History, metric: str, train: str, validation: str,
            prefix: str) -> list[Series]:
    result = []
    x, y = history.points(metric)
    if x:
        result.append(Series(prefix + translate("Charts", "training"), x, y, train,
                             markers=len(x) == 1))  # one epoch: a point, else invisible
    x, y = history.points("val_" + metric)
    if x:  # with no validation split the second curve is the test set: named as such
        second = (translate("Charts", "test") if history.second == "test"
                  else translate("Charts", "validation"))
        result.append(Series(prefix + second, x, y, validation, dashed=True, markers=True))
    return result


def figure_svg(name: str, history: History, stop_reason: str | None = None,
               overlays: list[tuple[str, History]] | None = None) -> str:
    """Both charts side by side in one SVG document (the curves export)."""
    width = 560
    parts = history_charts(name, history, stop_reason, overlays, width, 360)
    if not parts:
        raise ValueError(translate("Charts", "no epoch to draw yet: train a model or open one "
                                   "first"))
    heights, bodies = [], []
    for svg in parts:  # unwrapped into groups: Qt's SVG renderer ignores nested <svg>
        match = re.fullmatch(r"<svg[^>]*height='([\d.]+)'[^>]*>(.*)</svg>", svg, re.S)
        if match is None:
            raise ValueError("unexpected chart markup")
        heights.append(float(match.group(1)))
        bodies.append(match.group(2))
    inner = "".join(f"<g transform='translate({i * width} 0)' {charts.FONT} font-size='11'>"
                    f"{body}</g>" for i, body in enumerate(bodies))
    total, height = width * len(parts), max(heights)
    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='{total}' height='{height:g}' "
            f"viewBox='0 0 {total} {height:g}'><rect width='{total}' height='{height:g}' "
            f"fill='white'/>{inner}</svg>")
