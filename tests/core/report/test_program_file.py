"""Exported programs: hostile values stay data, and the program writes only its own files."""

import ast
import json
import zipfile
from pathlib import Path

import nbformat
import pytest
from helpers import save_npz

from core.cli import cli
from core.model.architectures import PRESETS, LayerSpec, ModelSpec, SpecError
from core.report.notebook_export import markdown_text
from core.report.program_file import output_name, write_program

HOSTILE = ['x"""\n__import__(\'os\').system(\'touch PWNED\')\n"""', "a'b\"c", "'''", '"""',
           "back\\slash\\", "\\N{x}", "new\nline", "nul\x00byte", "lone \ud800 surrogate",
           "__import__('os').system('touch PWNED')", '<img src=x onerror="alert(1)">',
           "<iframe src=javascript:alert(1)>", "[click](javascript:alert(1))", "# heading",
           "{0} {spec}", "\r\n", "é ü 中文"]
PRINTABLE = [text for text in HOSTILE if text.isprintable()]


def _spec(**changes: object) -> ModelSpec:
    return ModelSpec((LayerSpec(8),), epochs=1, batch_size=64).replace(**changes)


@pytest.mark.parametrize("name", PRINTABLE)
@pytest.mark.parametrize("suffix", [".py", ".ipynb"])
def test_a_hostile_name_stays_a_string_in_the_program(name: str, suffix: str,
                                                      tmp_path: Path) -> None:
    out = write_program(_spec(name=name, keep_best=True, early_stopping_patience=1),
                        tmp_path / f"run{suffix}", "mnist.npz")
    if suffix == ".py":
        code = out.read_text(encoding="utf-8")
    else:
        code = "\n".join(c.source for c in nbformat.read(out, as_version=4).cells
                         if c.cell_type == "code")
    tree = ast.parse(code)
    strings = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)}
    assert name in strings
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name)}
    assert "__import__" not in calls


@pytest.mark.parametrize("name", [text for text in HOSTILE if not text.isprintable()])
def test_a_name_that_is_not_one_printable_line_is_refused(name: str) -> None:
    with pytest.raises(SpecError, match="name"):
        _spec(name=name).validate()


@pytest.mark.parametrize("name", PRINTABLE)
def test_markdown_shows_a_hostile_name_as_text(name: str) -> None:
    text = markdown_text(name)
    assert "<" not in text and ">" not in text and "](" not in text
    assert not text.startswith("#")


def test_the_notebook_title_escapes_the_name(tmp_path: Path) -> None:
    out = write_program(_spec(name="<img src=x onerror=alert(1)>"), tmp_path / "a.ipynb",
                        "mnist.npz")
    title = nbformat.read(out, as_version=4).cells[0].source
    assert "<img" not in title and "&lt;img" in title


def test_the_programs_model_never_has_the_source_models_name(tmp_path: Path) -> None:
    assert output_name(tmp_path / "run.py") == "run-retrained.keras"
    assert output_name(tmp_path / "run.py", tmp_path / "run-retrained.keras") \
        == "run-retrained-2.keras"
    assert output_name(tmp_path / "run.py", tmp_path / "run-best.keras") \
        == "run-retrained-2.keras"


def _evil_model(path: Path, spec: dict) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("digitlab.json", json.dumps({"spec": spec}))
    return path


PAYLOAD = "__import__('os').system('touch PWNED')"


@pytest.mark.parametrize("field, value", [
    ("restore_best_weights", PAYLOAD), ("epochs", 1.5), ("seed", 1.5), ("epochs", PAYLOAD),
    ("optimizer", PAYLOAD), ("keep_best", "yes"), ("batch_size", True),
    ("name", 'x"""\n' + PAYLOAD + '\n"""')])
@pytest.mark.parametrize("suffix", [".py", ".ipynb"])
def test_export_refuses_a_hostile_field_naming_it(field: str, value: object, suffix: str,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    spec = {"layers": [{"units": 8}], "epochs": 1, "batch_size": 512,
            "early_stopping_patience": 1, field: value}
    evil = _evil_model(tmp_path / "evil.keras", spec)
    out = tmp_path / f"run{suffix}"
    assert cli.main(["export", str(evil), "--out", str(out), "--data", "mnist.npz"]) == 1
    assert not out.exists()
    error = capsys.readouterr().err.strip()
    assert field in error and len(error.splitlines()) == 1


@pytest.mark.parametrize("epochs", ["0", "-5", "99999999"])
def test_export_refuses_epochs_out_of_range(epochs: str, tmp_path: Path) -> None:
    model = _evil_model(tmp_path / "m.keras", PRESETS["assignment-1"].spec.to_dict())
    out = tmp_path / "run.py"
    assert cli.main(["export", str(model), "--out", str(out), "--data", "x.npz",
                     "--epochs", epochs]) == 1
    assert not out.exists()


def test_the_exported_program_writes_only_its_own_model(tmp_path: Path, small_data) -> None:
    """Run beside the model it came from (same stem): that model stays byte for byte."""
    from helpers import printed_test_accuracy

    model = _evil_model(tmp_path / "run.keras", _spec(keep_best=True).to_dict())
    before = model.read_bytes()
    save_npz(tmp_path / "mnist.npz", small_data)
    out = tmp_path / "run.py"
    assert cli.main(["export", str(model), "--out", str(out),
                     "--data", str(tmp_path / "mnist.npz")]) == 0
    printed_test_accuracy(out)
    assert model.read_bytes() == before
    assert {p.name for p in tmp_path.iterdir()} == {
        "run.keras", "run.py", "mnist.npz", "run-retrained.keras", "run-best.keras"}
