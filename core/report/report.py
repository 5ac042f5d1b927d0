"""The lab report: one self-contained HTML file (charts and images embedded as data URIs)
with the runs table, each model's summary, settings, curves and test results, the two
assignment nets side by side with room for the student's answer, and the environment.

`ReportModel` gathers one model's facts from a `.keras` file or a run; `render` turns a list
of them into HTML; `write_report` saves it atomically. The CLI's `report` command and the
window's "Lab report" action both use `build_report`.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
from html import escape
from importlib import metadata as _metadata
from pathlib import Path
from typing import Any

import numpy as np

from core import __version__
from core.data.datasets import MnistData
from core.evaluation.hidden_map import MAP_SIZE, map_of_test_images
from core.evaluation.insides import first_layer_weights, tile_grid, weight_tiles
from core.i18n import QT_TRANSLATE_NOOP, Context, language
from core.numbers import decimal, general, integer, percent, signed
from core.report import charts
from core.report.curve_charts import history_charts
from core.report.insight_charts import gradient_norm_chart, hidden_map_chart
from core.report.report_model import ReportModel, model_from_file, model_from_run
from core.report.report_settings import setting_rows
from core.store import atomic
from core.training.overfitting import overfitting_signal
from core.training.progress import stop_reason_text
from core.training.run import Run

__all__ = ["ReportError", "ReportModel", "build_report", "model_from_file", "model_from_run",
           "render", "write_report"]

LabReport = Context("LabReport")  # LabReport.tr(…): the report's text (see core.i18n)
QUESTION = QT_TRANSLATE_NOOP("LabReport", "Is there any difference? If so, why?")
RUN_COLUMNS = (QT_TRANSLATE_NOOP("LabReport", "run"), QT_TRANSLATE_NOOP("LabReport", "layers"),
               QT_TRANSLATE_NOOP("LabReport", "params"),
               QT_TRANSLATE_NOOP("LabReport", "optimizer"), QT_TRANSLATE_NOOP("LabReport", "lr"),
               QT_TRANSLATE_NOOP("LabReport", "batch"), QT_TRANSLATE_NOOP("LabReport", "epochs"),
               QT_TRANSLATE_NOOP("LabReport", "train acc"),
               QT_TRANSLATE_NOOP("LabReport", "val acc"),
               QT_TRANSLATE_NOOP("LabReport", "test acc"),
               QT_TRANSLATE_NOOP("LabReport", "seconds"), QT_TRANSLATE_NOOP("LabReport", "seed"),
               QT_TRANSLATE_NOOP("LabReport", "stopped"))


class ReportError(ValueError):
    """A report that cannot be made, with the reason."""


def environment() -> dict[str, str]:
    """Versions and machine, read without importing TensorFlow."""
    info = {"DigitLab": __version__, "Python": platform.python_version()}
    for label, dists in (("TensorFlow", ("tensorflow", "tensorflow-cpu")), ("Keras", ("keras",)),
                         ("NumPy", ("numpy",))):
        info[label] = LabReport.tr("not installed")
        for dist in dists:  # the CPU build is a distribution of its own
            try:
                info[label] = _metadata.version(dist) + ("" if dist == dists[0]
                                                         else f" ({dist})")
                break
            except _metadata.PackageNotFoundError:
                continue
    info[LabReport.tr("Operating system")] = f"{platform.system()} {platform.release()}"
    info["CPU"] = LabReport.tr("{0} ({1} logical cores)").format(_cpu_name(),
                                                                 os.cpu_count() or "?")
    return info


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or LabReport.tr("unknown CPU")


# --- HTML ----------------------------------------------------------------------------------------

CSS = """
body { font-family: Helvetica, Arial, sans-serif; color: #222; max-width: 1000px;
       margin: 24px auto; padding: 0 16px; font-size: 14px; }
h1 { margin-bottom: 4px; } h2 { border-bottom: 2px solid #5a8cc8; padding-bottom: 3px;
     margin-top: 34px; } h3 { margin: 18px 0 6px; }
table { border-collapse: collapse; margin: 6px 0 12px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
th { background: #eef3fa; } td.num { text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
.muted { color: #666; } .row { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
.figure { margin: 4px 0; } .figure img { display: block; max-width: 100%; height: auto; }
.row > .figure { flex: 1 1 280px; max-width: 480px; min-width: 0; }
.row > .figure img { width: 100%; }
.signal { background: #fff7e6; border-left: 4px solid #e6a020; padding: 4px 8px; }
.answer { border: 1px solid #888; min-height: 220px; padding: 8px; margin-top: 6px;
          background: repeating-linear-gradient(white, white 27px, #ddd 28px); }
.digits { display: flex; flex-wrap: wrap; gap: 8px; }
.digit { text-align: center; font-size: 11px; width: 84px; }
.digit img { image-rendering: pixelated; display: block; margin: 0 auto 2px; }
.compare td, .compare th { min-width: 140px; }
section.model, section.compare { page-break-inside: auto; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
.keep { break-inside: avoid; page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; font-size: 11px; }
  h2 { page-break-before: always; } h2.first { page-break-before: avoid; }
  .figure, table, .answer, .row, .keep { break-inside: avoid; page-break-inside: avoid; } }
@page { margin: 14mm; }
"""


def _percent(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else percent(value, digits)


def _table(header: list[str], rows: list[list[str]], numeric: set[int] | None = None,
           cls: str = "") -> str:
    """A table; a header or row whose cells are all empty is left out (no empty rows)."""
    numeric = numeric or set()
    head = ("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>"
            if any(header) else "")
    body = "".join("<tr>" + "".join(f"<td class='num'>{c}</td>" if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>"
                   for row in rows if any(str(c).strip() for c in row))
    return f"<table class='{cls}'>{head}{body}</table>"


def _img(uri: str, alt: str) -> str:
    return f"<div class='figure'><img src='{uri}' alt='{escape(alt)}'></div>"


def curves_svgs(model: ReportModel) -> list[str]:
    """The loss and accuracy charts of a model's history ([] when it has none)."""
    return history_charts(model.name, model.history, model.stop_reason)


def _model_section(model: ReportModel, index: int, data: MnistData | None) -> str:
    parts = [f"<section class='model'><h2 id='model-{index}'>{index}. {escape(model.name)}: "
             f"{escape(model.layers)}</h2>"]
    if model.source:
        parts.append(f"<p class='muted'>{escape(model.source)}</p>")
    rows = [[escape(r.layer), escape(r.output_shape), integer(r.params)] for r in model.summary]
    rows.append(["<b>" + LabReport.tr("total") + "</b>", "", f"<b>{integer(model.params)}</b>"])
    settings = [[LabReport.tr("hidden layers"), escape(model.layers)]]
    if model.spec:
        settings += setting_rows(model.spec)
    elif model.seed is not None:
        settings.append([LabReport.tr("seed"), str(model.seed)])
    if model.stop_reason:
        settings.append([LabReport.tr("stopped"), escape(stop_reason_text(model.stop_reason))])
    if model.seconds is not None:
        settings.append([LabReport.tr("training time"), f"{decimal(model.seconds, 1)} s"])
    parts.append("<div class='row'><div><h3>" + LabReport.tr("Summary") + "</h3>"
                 + _table([LabReport.tr("layer"), LabReport.tr("output shape"),
                           LabReport.tr("parameters")], rows, {2})
                 + "</div><div><h3>" + LabReport.tr("Settings") + "</h3>"
                 + _table([LabReport.tr("setting"), LabReport.tr("value")], settings)
                 + "</div></div>")
    svgs = curves_svgs(model)
    parts.append("<div class='keep'><h3>" + LabReport.tr("Training curves") + "</h3>")
    if svgs:
        if model.history.second == "test":
            parts.append("<p class='muted'>" + LabReport.tr(
                "No validation split, as the course's texts train: the dashed curve is the "
                "test set, measured after each epoch.") + "</p>")
        parts.append("<div class='row'>" + "".join(_img(charts.svg_uri(s), "curves")
                                                   for s in svgs) + "</div>")
        signal = overfitting_signal(model.metrics, model.stop_reason, model.history.second)
        parts.append(f"<p class='signal'>{escape(signal.text)}</p>")
    else:
        parts.append("<p class='muted'>" + LabReport.tr("This file has no training history.")
                     + "</p>")
    parts.append("</div>")
    parts.append(_evaluation_html(model, data))
    weights = first_layer_weights(model.classifier)[:48]
    grid = tile_grid(weight_tiles(weights), columns=12, background=(255, 255, 255))
    parts.append("<div class='keep'><h3>" + LabReport.tr("First-layer weights")
                 + "</h3><p class='muted'>"
                 + LabReport.tr("The first %n units of the first hidden layer as 28×28 images "
                                "(red: ink there excites the unit, blue: ink there inhibits it; "
                                "each tile scaled to its own range).", None, len(weights))
                 + f"</p>{_img(charts.png_uri(grid, 3), 'first-layer weights')}</div>")
    parts.append(_inside_html(model, data))
    parts.append("</section>")
    return "".join(parts)


def _inside_html(model: ReportModel, data: MnistData | None) -> str:
    """The gradient norm of each layer by epoch, and the map of the last hidden layer."""
    figures = [_img(charts.svg_uri(gradient_norm_chart(model.history.gradient_norms)),
                    "gradient norm per layer")]
    if data is not None and len(data.x_test) and model.classifier.hidden_sizes:
        hidden = map_of_test_images(model.classifier, data.x_test, data.y_test)
        figures.append(_img(charts.svg_uri(hidden_map_chart(hidden)), "hidden-layer map"))
    note = ("" if len(figures) > 1
            else " " + LabReport.tr("(The map needs test images and a hidden layer.)"))
    text = LabReport.tr(
        "Left: the size of each layer's gradient after each epoch, on the same 512 training "
        "images (a layer far below the others learns slowly: vanishing gradients). Right: the "
        "last hidden layer's activations on {0} test images, squeezed to two numbers by PCA "
        "and coloured by digit; clear clusters mean the layer separates the digits."
    ).format(integer(MAP_SIZE))
    return ("<div class='keep'><h3>" + LabReport.tr("Inside the network")
            + f"</h3><p class='muted'>{text}{note}</p><div class='row'>" + "".join(figures)
            + "</div></div>")


def _evaluation_html(model: ReportModel, data: MnistData | None) -> str:
    result = model.evaluation
    if result is None or data is None:
        recorded = model.recorded_test_accuracy
        recorded_text = ("" if recorded is None else " " + LabReport.tr(
            "Recorded test accuracy: {0}.").format(_percent(recorded)))
        return ("<h3>" + LabReport.tr("Test set") + "</h3><p class='muted'>"
                + LabReport.tr("No test data was given, so there is no confusion matrix.")
                + recorded_text + "</p>")
    wrong = len(result.misclassified)
    summary = LabReport.tr("Accuracy <b>{0}</b>, loss {1}: {2} of {3} test images wrong.").format(
        _percent(result.accuracy), decimal(result.loss, 4), integer(wrong),
        integer(len(data.y_test)))
    side = ""
    if model.train_score is not None:
        side = _table(["", LabReport.tr("accuracy"), LabReport.tr("loss")], [
            [LabReport.tr("training set (final weights)"), _percent(model.train_score[1]),
             decimal(model.train_score[0], 4)],
            [LabReport.tr("test set"), _percent(result.accuracy), decimal(result.loss, 4)]],
            {1, 2})
    html = ["<h3>" + LabReport.tr("Test set") + f"</h3><p>{summary}</p>", side,
            "<div class='row'>",
            _img(charts.svg_uri(charts.confusion_chart(result.confusion)), "confusion matrix"),
            _img(charts.svg_uri(charts.bar_chart(list(result.per_class),
                                                 LabReport.tr("Accuracy per digit"))),
                 "per-class accuracy"),
            "</div>"]
    if wrong:
        confidence = result.probabilities[result.misclassified].max(axis=1)
        picks = result.misclassified[np.argsort(confidence)[::-1][:16]]
        html.append("<p>" + LabReport.tr("The mistakes it was surest of (true → predicted, "
                                         "probability):") + "</p><div class='digits'>")
        for i in picks:
            predicted = int(result.probabilities[i].argmax())
            html.append(f"<div class='digit'><img src='{charts.png_uri(255 - data.x_test[i], 2)}'"
                        f" alt='test image {i}'>{int(data.y_test[i])} → {predicted} "
                        f"({percent(result.probabilities[i, predicted], 1)})</div>")
        html.append("</div>")
    return "".join(html)


def _compare_section(a: ReportModel, b: ReportModel) -> str:
    sa = overfitting_signal(a.metrics, a.stop_reason, a.history.second)
    sb = overfitting_signal(b.metrics, b.stop_reason, b.history.second)

    def gap(signal: Any) -> str:
        return ("–" if signal.accuracy_gap is None else
                LabReport.tr("{0} points").format(signed(100 * signal.accuracy_gap, 2)))

    def trained(model: ReportModel) -> str:
        return _percent(model.train_score[1]) if model.train_score else "–"

    def final(model: ReportModel, key: str) -> str:
        if key.startswith("val_") and model.history.second != "validation":
            return "–"  # the second curve measured the test set: its row is "test accuracy"
        values = model.metrics.get(key) or []
        return _percent(values[-1]) if values else "–"

    rows = [[LabReport.tr("hidden layers"), escape(a.layers), escape(b.layers)],
            [LabReport.tr("parameters"), integer(a.params), integer(b.params)],
            [LabReport.tr("epochs"), general(a.epochs) if a.epochs else "–",
             general(b.epochs) if b.epochs else "–"],
            [LabReport.tr("final training accuracy"), final(a, "accuracy"), final(b, "accuracy")],
            [LabReport.tr("training set accuracy (final weights)"), trained(a), trained(b)],
            [LabReport.tr("final validation accuracy"), final(a, "val_accuracy"),
             final(b, "val_accuracy")],
            [LabReport.tr("test accuracy"), _percent(a.test_accuracy), _percent(b.test_accuracy)],
            [LabReport.tr("test loss"), decimal(a.evaluation.loss, 4) if a.evaluation else "–",
                decimal(b.evaluation.loss, 4) if b.evaluation else "–"],
            [LabReport.tr("train − test accuracy gap") if "test" in (a.history.second,
                                                                    b.history.second)
             else LabReport.tr("train − val accuracy gap"), gap(sa), gap(sb)],
            [LabReport.tr("training time"), f"{decimal(a.seconds, 0)} s" if a.seconds else "–",
                f"{decimal(b.seconds, 0)} s" if b.seconds else "–"]]
    html = ["<section class='compare'><h2 class='first' id='compare'>"
            + escape(LabReport.tr("Assignment: the two networks side by side")) + "</h2>",
            _table(["", f"A: {escape(a.name)}", f"B: {escape(b.name)}"], rows, {1, 2},
                   "compare")]
    curves_a, curves_b = curves_svgs(a), curves_svgs(b)
    if curves_a and curves_b:
        html.append("<div class='row'>" + _img(charts.svg_uri(curves_a[1]), "accuracy A")
                    + _img(charts.svg_uri(curves_b[1]), "accuracy B") + "</div>")
    if a.evaluation and b.evaluation:
        html.append("<div class='row'>"
                    + _img(charts.svg_uri(charts.confusion_chart(a.evaluation.confusion,
                                                                 f"A: {a.name}")), "confusion A")
                    + _img(charts.svg_uri(charts.confusion_chart(b.evaluation.confusion,
                                                                 f"B: {b.name}")), "confusion B")
                    + "</div>")
    html.append(f"<h3>{escape(LabReport.tr(QUESTION))}</h3><div class='answer'></div></section>")
    return "".join(html)


def _runs_table(runs: list[Run]) -> str:
    header = [LabReport.tr(column) for column in RUN_COLUMNS]
    rows = [[escape(run.name), escape(run.layers), integer(run.params),
             escape(run.optimizer or "–"),
             "–" if run.learning_rate is None else general(run.learning_rate),
             "–" if run.batch_size is None else str(run.batch_size),
             escape(run.history.epochs_text), _percent(run.train_accuracy),
             _percent(run.val_accuracy), _percent(run.test_accuracy),
             decimal(run.seconds, 1) if run.seconds else "–",
             "–" if run.seed is None else str(run.seed),
             escape(stop_reason_text(run.stop_reason) or "–")]
            for run in runs]
    return _table(header, rows, {2, 4, 5, 6, 7, 8, 9, 10, 11})


def render(models: list[ReportModel], data: MnistData | None = None,
           runs: list[Run] | None = None, title: str | None = None,
           created: _dt.datetime | None = None) -> str:
    """The whole report as one HTML string, in core.i18n's language; the first two models are
    compared side by side."""
    if not models:
        raise ReportError(LabReport.tr("a report needs at least one model"))
    title = title or LabReport.tr("DigitLab lab report")
    created = created or _dt.datetime.now()
    runs = runs if runs is not None else [m.as_run() for m in models]
    if data is not None:
        data_text = LabReport.tr("{0}: {1} training and {2} test images (fingerprint {3})").format(
            escape(Path(data.source).name), integer(len(data.x_train)), integer(len(data.x_test)),
            data.fingerprint())
    else:
        data_text = LabReport.tr("no test data given (confusion matrices left out)")
    made = LabReport.tr("Made by DigitLab {0} on {1}. Test data: {2}.").format(
        __version__, f"{created:%Y-%m-%d %H:%M}", data_text)
    html = [f"<!DOCTYPE html><html lang='{language()}'><head><meta charset='utf-8'>",
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
            f"<h1>{escape(title)}</h1><p class='muted'>{made}</p>",
            "<p>" + LabReport.tr("Name: {0} &nbsp; Group: {1}").format(
                "______________________________", "____________") + "</p>",
            "<h2 class='first'>" + LabReport.tr("Runs") + "</h2>", _runs_table(runs)]
    if len(models) >= 2:
        html.append(_compare_section(models[0], models[1]))
    for index, model in enumerate(models, start=1):
        html.append(_model_section(model, index, data))
    env = environment()
    html.append("<h2>" + LabReport.tr("Environment") + "</h2>"
                + _table(["", ""], [[escape(k), escape(v)] for k, v in env.items()]))
    html.append("</body></html>")
    return "".join(html)


def write_report(html: str, out: str | os.PathLike[str]) -> Path:
    """Save the report atomically: a full disk leaves any earlier file intact."""
    out = Path(out).expanduser()
    atomic.write_text(out, html)
    return out


def build_report(models: list[ReportModel], out: str | os.PathLike[str],
                 data: MnistData | None = None, runs: list[Run] | None = None,
                 title: str | None = None) -> Path:
    """Evaluate each model on the test set (when data is given), render and save."""
    for model in models:
        if model.evaluation is None:
            model.evaluate_on(data)
    return write_report(render(models, data, runs, title), out)
