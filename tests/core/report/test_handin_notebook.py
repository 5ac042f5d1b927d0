"""The hand-in: ONE notebook, the checkpoint's example and both tasks, runs on any computer."""

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest

from core.cli import cli
from core.model.architectures import PRESETS
from core.report.handin_notebook import QUESTIONS, assignment_tasks, handin_notebook


def _cells(text: str) -> list:
    notebook = nbformat.reads(text, as_version=4)
    nbformat.validate(notebook)
    return notebook.cells


def test_the_first_cell_asks_for_name_date_and_course() -> None:
    first = _cells(handin_notebook(assignment_tasks()))[0]
    assert first.cell_type == "markdown"
    assert all(f"**{word}:**" in first.source for word in ("Name", "Date", "Course"))


def test_both_tasks_sit_beside_the_checkpoint_with_the_texts_questions_and_answers() -> None:
    cells = _cells(handin_notebook(assignment_tasks()))
    headings = [c.source.splitlines()[0] for c in cells
                if c.cell_type == "markdown" and c.source.startswith("## ")]
    assert [h.split(":")[0] for h in headings] == [
        "## The checkpoint&#x27;s example", "## Task 1", "## Task 2"]
    markdown = [c.source for c in cells if c.cell_type == "markdown"]
    answers = [i for i, text in enumerate(markdown) if text.startswith("**Your answer:**")]
    assert len(answers) == 2
    assert all(markdown[i - 1].startswith("**Question:**") for i in answers)
    assert "example in the checkpoint" in markdown[answers[0] - 1]
    assert "Then compare your results" in markdown[answers[1] - 1]
    assert set(QUESTIONS) == {"assignment-1", "assignment-2"}


def test_each_net_is_evaluated_on_train_and_test_and_plotted_from_epoch_1() -> None:
    code = "\n".join(c.source for c in _cells(handin_notebook(assignment_tasks()))
                     if c.cell_type == "code")
    assert code.count("model.evaluate(x_train") == 3 and code.count("model.evaluate(x_test") == 3
    assert 'range(1, len(history.history["loss"]) + 1)' in code and '"-o"' in code
    assert "MNIST_PATH = None" in code and "keras.datasets.mnist.load_data()" in code
    assert ".save(" not in code  # the hand-in writes no file


def test_the_markdown_says_1_epoch_and_20_epochs() -> None:
    one = "\n".join(c.source for c in _cells(handin_notebook(assignment_tasks(epochs=1))))
    twenty = "\n".join(c.source for c in _cells(handin_notebook(assignment_tasks())))
    assert "1 epoch of" in one and "1 epochs" not in one
    assert "20 epochs of" in twenty


def test_export_writes_the_hand_in_with_no_mnist_and_no_path_of_this_computer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "empty-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    out = tmp_path / "handin.ipynb"
    assert cli.main(["export", "assignment", "--out", str(out)]) == 0, capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    for place in (str(tmp_path), str(Path.cwd()), str(Path.home()), "/work", os.sep + "tmp"):
        assert place not in text
    assert len([c for c in _cells(text) if c.cell_type == "code"]) >= 7


def test_several_models_make_one_notebook_and_a_script_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "assignment-1", "assignment-2-adam", "--out",
                     str(tmp_path / "h.py")]) == 2
    assert "one notebook" in capsys.readouterr().err
    assert cli.main(["export", "assignment-1", "assignment-2-adam", "--out",
                     str(tmp_path / "h.ipynb"), "--json"]) == 0
    written = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert written["models"] == ["assignment-1", "assignment-2-adam"]
    sources = [c.source for c in _cells((tmp_path / "h.ipynb").read_text())]
    assert any("Source: the checkpoint" in s for s in sources)  # added beside them


def test_a_single_model_still_exports_as_a_script(tmp_path: Path) -> None:
    out = tmp_path / "run.py"
    assert cli.main(["export", "assignment-1", "--out", str(out)]) == 0
    compile(out.read_text(), "run.py", "exec")
    assert "MNIST_PATH = None" in out.read_text()


@pytest.mark.slow
@pytest.mark.mnist
def test_the_hand_in_runs_in_a_jupyter_kernel_from_a_clean_folder_like_the_app(
        tmp_path: Path, mnist_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with only the notebook and mnist.npz, 1 epoch: task 1's test accuracy and
    loss are DigitLab's to 4 decimals."""
    from nbclient import NotebookClient

    folder = tmp_path / "grader"
    folder.mkdir()
    (folder / "mnist.npz").symlink_to(mnist_path)
    notebook_path = folder / "handin.ipynb"
    assert cli.main(["export", "assignment", "--out", str(notebook_path), "--epochs", "1"]) == 0
    assert cli.main(["train", "--preset", "assignment-1", "--epochs", "1", "--data",
                     str(mnist_path), "--out", str(tmp_path / "a1.keras"), "--quiet",
                     "--json"]) == 0
    ours = json.loads(capsys.readouterr().out.splitlines()[-1])
    notebook = nbformat.read(notebook_path, as_version=4)
    os.environ.pop("MPLBACKEND", None)  # the kernel's inline backend shows the plots
    NotebookClient(notebook, timeout=900, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    assert sorted(p.name for p in folder.iterdir()) == ["handin.ipynb", "mnist.npz"]
    task1 = next(c for c in notebook.cells
                 if c.cell_type == "code" and "results['Task 1']" in c.source)
    text = "".join(o.get("text", "") for o in task1.outputs if o.output_type == "stream")
    line = next(x for x in text.splitlines() if x.startswith("test accuracy"))
    accuracy, loss = float(line.split()[2]), float(line.split()[4].rstrip(")"))
    print(f"hand-in task 1: notebook {accuracy:.4f} / {loss:.4f}, DigitLab "
          f"{ours['test_accuracy']:.4f} / {ours['test_loss']:.4f}", file=sys.stderr)
    assert accuracy == pytest.approx(ours["test_accuracy"], abs=1e-4)
    assert loss == pytest.approx(ours["test_loss"], abs=1e-4)
    assert any(o.output_type == "display_data" for o in task1.outputs)  # the plot
    assert PRESETS["assignment-1"].spec.validation_split == 0
