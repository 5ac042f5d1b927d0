"""The report's "Settings" rows for a spec: what the run did, in the words of the texts.

Momentum is shown only for SGD (the only optimizer that uses it), a callback that is off
reads "off", a preset names its source text, and each layer's parts are listed in the order
Keras applies them.
"""

from __future__ import annotations

from html import escape
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Context, translate
from core.model.architectures import preset_source
from core.numbers import general

LabReport = Context("LabReport")  # the report's text, as in core.report.report
SETTINGS = (("optimizer", QT_TRANSLATE_NOOP("LabReport", "optimizer")),
            ("learning_rate", QT_TRANSLATE_NOOP("LabReport", "learning rate")),
            ("momentum", QT_TRANSLATE_NOOP("LabReport", "momentum")),
            ("batch_size", QT_TRANSLATE_NOOP("LabReport", "batch size")),
            ("epochs", QT_TRANSLATE_NOOP("LabReport", "epochs")),
            ("validation_split", QT_TRANSLATE_NOOP("LabReport", "validation split")),
            ("seed", QT_TRANSLATE_NOOP("LabReport", "seed")),
            ("loss", QT_TRANSLATE_NOOP("LabReport", "loss")),
            ("early_stopping_patience", QT_TRANSLATE_NOOP("LabReport", "EarlyStopping patience")),
            ("reduce_lr_patience", QT_TRANSLATE_NOOP("LabReport", "ReduceLROnPlateau patience")))


def setting_rows(spec: Any) -> list[list[str]]:
    """The spec's settings as the report shows them: momentum only for SGD, a callback that
    is off as "off", the source text of a preset, each layer's parts in their real order."""
    values = spec.to_dict()
    rows = []
    for key, label in SETTINGS:
        if key == "momentum" and spec.optimizer != "sgd":
            continue
        value = values[key]
        if key in ("early_stopping_patience", "reduce_lr_patience"):
            value = value or LabReport.tr("off")
        text = general(value) if isinstance(value, float) else str(value)  # a rate: "0,001"
        rows.append([LabReport.tr(label), escape(text)])
    if spec.early_stopping_patience:
        rows.append([LabReport.tr("restore best weights"),
                     LabReport.tr("on") if spec.restore_best_weights else LabReport.tr("off")])
    rows.append([LabReport.tr("keep best epoch"),
                 LabReport.tr("on") if spec.keep_best else LabReport.tr("off")])
    source = preset_source(spec.name)
    if source:
        rows.append([LabReport.tr("source"), escape(translate("Presets", source))])
    rows.append([LabReport.tr("layers in detail"),
                 escape("; ".join(_layer_in_order(layer) for layer in spec.layers))])
    return rows


def _layer_in_order(layer: Any) -> str:
    """"Dense 256 (L2 0.01) → batch norm → relu → dropout 0.3": the layers Keras applies."""
    parts = [f"Dense {layer.units}" + (f" (L2 {general(layer.l2)})" if layer.l2 else "")]
    before = layer.batch_norm and layer.batch_norm_before
    if before:
        parts.append(LabReport.tr("batch norm"))
    parts.append(layer.activation)
    if layer.batch_norm and not before:
        parts.append(LabReport.tr("batch norm"))
    if layer.dropout:
        parts.append(LabReport.tr("dropout {0}").format(general(layer.dropout)))
    return " → ".join(parts)
