"""The curves' second (dashed) series in the window's words: the validation split, or, for a
run without one (as the course's texts train), the test set measured after each epoch.

The texts keep the "CurvesWidget" translation context: they are that widget's words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def legend_name(second: str) -> str:
    """"test" or "validation", translated."""
    if second == "test":
        return QCoreApplication.translate("CurvesWidget", "test")
    return QCoreApplication.translate("CurvesWidget", "validation")


def band_text(second: str) -> str:
    """The sentence under the curves, with {0} for the epoch and {1} for the signal."""
    if second == "test":
        return QCoreApplication.translate(
            "CurvesWidget", "<b>Epoch {0}</b> — {1}. The shaded band is the gap between "
            "training and the test set, measured after each epoch (the run has no validation "
            "split, as the course's texts train).")
    return QCoreApplication.translate("CurvesWidget", "<b>Epoch {0}</b> — {1}. The shaded band "
                                                      "is the gap between training and "
                                                      "validation.")


def name_curve(plot: Any, curve: Any, name: str) -> None:
    """Give a plotted curve a new name, in its legend too."""
    curve.opts["name"] = name
    label = plot.plotItem.legend.getLabel(curve)
    if label is not None:
        label.setText(name)
