"""The report's settings rows and page layout: what the run did, in the texts' words."""

from pathlib import Path

import pytest

from core.data.datasets import MnistData
from core.model.architectures import PRESETS, LayerSpec
from core.model.classifier import default_model_path
from core.report import report
from core.report.report_settings import setting_rows


def _rows(key: str, **changes: object) -> dict[str, str]:
    return {label: value for label, value in setting_rows(PRESETS[key].spec.replace(**changes))}


def test_a_callback_that_is_off_reads_off() -> None:
    rows = _rows("assignment-1")
    assert rows["EarlyStopping patience"] == "off" and rows["ReduceLROnPlateau patience"] == "off"
    assert _rows("batchnorm-256-128")["EarlyStopping patience"] == "5"


def test_momentum_is_shown_only_for_sgd() -> None:
    assert "momentum" in _rows("classic-256-128")
    assert "momentum" not in _rows("assignment-1-adam")


def test_a_presets_source_is_named() -> None:
    assert _rows("assignment-2")["source"] == "the assignment, task 2"


@pytest.mark.parametrize(("layer", "text"), [
    (LayerSpec(256, dropout=0.3, batch_norm=True, l2=0.01),
     "Dense 256 (L2 0.01) → relu → batch norm → dropout 0.3"),
    (LayerSpec(256, batch_norm=True, batch_norm_before=True, dropout=0.2),
     "Dense 256 → batch norm → relu → dropout 0.2"),
])
def test_layer_details_are_in_their_real_order(layer: LayerSpec, text: str) -> None:
    assert _rows("assignment-1", layers=(layer,))["layers in detail"] == text


def test_no_table_has_an_empty_row() -> None:
    html = report._table(["", ""], [["a", "b"], ["", " "]])
    assert "<th>" not in html and html.count("<tr>") == 1


def test_headings_stay_with_their_figures_in_print() -> None:
    assert "break-after: avoid" in report.CSS and "break-inside: avoid" in report.CSS


def test_train_and_test_accuracy_stand_side_by_side(small_data: MnistData,
                                                    tmp_path: Path) -> None:
    model = report.model_from_file(default_model_path().parent / "presets" / "single-100.keras")
    html = report.build_report([model], tmp_path / "r.html", small_data).read_text()
    assert model.train_score is not None
    assert "training set (final weights)" in html and "test set" in html
