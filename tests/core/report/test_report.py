import os
import re
import stat
from pathlib import Path

import numpy as np
import pytest

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.model.classifier import default_model_path
from core.report import report
from core.training.history import History
from core.training.run import Run

PRESETS = default_model_path().parent / "presets"


@pytest.fixture
def models() -> list[report.ReportModel]:
    return [report.model_from_file(PRESETS / "assignment-1.keras"),
            report.model_from_file(PRESETS / "single-100.keras")]


def test_report_has_both_architectures_and_parameter_counts(models, small_data: MnistData,
                                                            tmp_path: Path) -> None:
    out = report.build_report(models, tmp_path / "r.html", small_data)
    html = out.read_text(encoding="utf-8")
    assert "32-16" in html and "25,818" in html
    assert "100" in html and "79,510" in html
    assert report.QUESTION in html


def test_report_embeds_every_image(models, small_data: MnistData, tmp_path: Path) -> None:
    html = report.build_report(models, tmp_path / "r.html", small_data).read_text()
    sources = re.findall(r"src='([^']*)'", html)
    assert sources and all(s.startswith("data:image/") for s in sources)
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def test_report_has_a_confusion_matrix_per_model_and_the_pair(models, small_data: MnistData,
                                                              tmp_path: Path) -> None:
    html = report.build_report(models, tmp_path / "r.html", small_data).read_text()
    assert html.count("alt='confusion matrix'") == 2
    assert "alt='confusion A'" in html and "alt='confusion B'" in html
    assert models[0].evaluation.confusion.sum() == len(small_data.y_test)


def test_without_data_the_report_says_there_is_no_confusion_matrix(models,
                                                                   tmp_path: Path) -> None:
    html = report.build_report(models, tmp_path / "r.html").read_text()
    assert "no confusion matrix" in html and "alt='confusion matrix'" not in html


def test_environment_names_versions_and_cpu() -> None:
    env = report.environment()
    assert {"DigitLab", "TensorFlow", "Keras", "Python", "CPU"} <= set(env)


def test_a_failed_write_leaves_the_earlier_report(models, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r.html"
    out.write_text("earlier")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report.os, "replace", full_disk)
    with pytest.raises(OSError):
        report.write_report("<html></html>", out)
    assert out.read_text() == "earlier" and len(list(tmp_path.iterdir())) == 1


def test_summary_from_weights_matches_keras_counts(models) -> None:
    rows = models[0].classifier.summary_rows()
    assert sum(r.params for r in rows) == 25_818


def test_models_without_history_still_render(models, small_data: MnistData) -> None:
    models[0].run.history = History()
    html = report.render(models, small_data)
    assert "no training history" in html
    assert np.isfinite(models[1].params)


def test_run_fields_are_escaped_in_the_runs_table(models, small_data: MnistData) -> None:
    hostile = "<script>alert('x')</script>"
    run = Run(name=hostile, layers=hostile, params=1, stop_reason=hostile, optimizer=hostile)
    html = report.render(models, small_data, runs=[run])
    assert "<script>" not in html


def test_a_spec_that_does_not_match_the_weights_is_not_printed(models) -> None:
    models[0].run.spec = ModelSpec(parse_layers("1024-512-256-128-64"))
    assert models[0].params == 25_818 and models[0].layers == "32-16"


def test_the_report_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = report.write_report("<html></html>", tmp_path / "r.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_script_in_a_model_files_metadata_stays_inert(tmp_path: Path,
                                                      small_data: MnistData) -> None:
    import zipfile

    path = tmp_path / "evil.keras"
    path.write_bytes((PRESETS / "single-100.keras").read_bytes())
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("digitlab.json", '{"seed": "<script>alert(\'seed\')</script>", '
                                          '"name": "<script>x</script>", "epochs": "<b>"}')
    html = report.render([report.model_from_file(path)], small_data)
    assert "<script>" not in html


def test_each_model_has_its_gradient_norms_and_its_hidden_layer_map(
        models, small_data: MnistData) -> None:
    models[0].run.history = History.from_dict({"loss": [0.5, 0.3],
                                           "gradient_norms": [[0.2, 0.1, 0.1], [0.1, 0.05, 0.1]]})
    html = report.render(models, small_data)
    assert html.count("alt='hidden-layer map'") == 2
    assert html.count("alt='gradient norm per layer'") == 2


def test_the_report_is_written_in_core_i18ns_language(models, tmp_path: Path) -> None:
    from core import i18n

    (tmp_path / "digitlab_de.ts").write_text(
        "<TS version='2.1' language='de'><context><name>LabReport</name><message>"
        "<source>Summary</source><translation>Zusammenfassung</translation></message>"
        "<message numerus='yes'><source>The first %n units of the first hidden layer as 28×28 "
        "images (red: ink there excites the unit, blue: ink there inhibits it; each tile scaled "
        "to its own range).</source><translation><numerusform>%n Einheit</numerusform>"
        "<numerusform>Die ersten %n Einheiten</numerusform></translation></message>"
        "</context></TS>", encoding="utf-8")
    i18n.set_language("de", tmp_path)
    try:
        html = report.render(models)
    finally:
        i18n.set_language("en")
    assert "<html lang='de'>" in html and "<h3>Zusammenfassung</h3>" in html
    assert "Die ersten 32 Einheiten" in html and "<h3>Settings</h3>" in html  # untranslated


@pytest.mark.parametrize(("code", "count"), [("de", "25.818"), ("fr", "25\u202f818")])
def test_the_reports_numbers_are_in_its_languages_format(models, small_data: MnistData,
                                                         code: str, count: str) -> None:
    from core import i18n

    i18n.set_language(code)
    try:
        html = report.render(models, small_data)
    finally:
        i18n.set_language("en")
    assert count in html and "25,818" not in html
    assert re.search(r"\d+,\d\d\u202f?\s?%", html)  # a percentage with a decimal comma
    assert not re.search(r">\d+\.\d\d %", html)
