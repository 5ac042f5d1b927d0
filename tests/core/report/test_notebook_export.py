"""The run as a Jupyter notebook: valid, the lesson's steps in order, and it reproduces core."""

from pathlib import Path

import nbformat
import pytest
from helpers import printed_test_accuracy

from core.cli import cli
from core.model.architectures import PRESETS
from core.report.notebook_export import keras_notebook, question

ROOT = Path(__file__).resolve().parents[3]
LESSON = ("Settings", "Load", "Build", "Compile", "Train", "Evaluate", "Plot", "Predict", "Save")


def test_the_notebook_is_the_lessons_steps_in_order_with_a_question_last() -> None:
    notebook = nbformat.reads(keras_notebook(PRESETS["dropout-128-64"].spec, "/data/mnist.npz"),
                              as_version=4)
    nbformat.validate(notebook)
    title, *steps, last = notebook.cells
    assert title.cell_type == "markdown" and "no DigitLab needed" in title.source
    assert [cell.cell_type for cell in steps] == ["markdown", "code"] * len(LESSON)
    headings = [cell.source.splitlines()[0] for cell in steps[::2]]
    assert all(word in heading for word, heading in zip(LESSON, headings, strict=True))
    assert all(constant in steps[1].source
               for constant in ("EPOCHS = ", "BATCH_SIZE = ", "SEED = ", "MNIST_PATH = "))
    assert last.cell_type == "markdown" and last.source.startswith("**Question:**")
    assert last.source.endswith("?")
    assert notebook.metadata.kernelspec.name == "python3"


def test_the_assignments_question_compares_the_two_nets() -> None:
    assert "assignment-2 (1024-512-256-128-64, 1,501,770 parameters)" in question(
        PRESETS["assignment-1"].spec)
    assert "validation curves" in question(PRESETS["single-100"].spec)


@pytest.mark.slow  # trains on the real MNIST
def test_the_exported_notebook_reproduces_core_training(
        tmp_path: Path, mnist_path: Path, core_accuracy_after_one_epoch: float) -> None:
    exported = tmp_path / "a1.ipynb"
    (tmp_path / "mnist.npz").symlink_to(mnist_path)  # beside the notebook: found with no path
    assert cli.main(["export", str(ROOT / "resources/models/presets/assignment-1.keras"),
                     "--out", str(exported), "--data", str(mnist_path), "--epochs", "1"]) == 0
    cells = nbformat.read(exported, as_version=4).cells
    program = tmp_path / "a1_cells.py"
    program.write_text("\n\n".join(cell.source for cell in cells if cell.cell_type == "code"))
    assert abs(printed_test_accuracy(program) - core_accuracy_after_one_epoch) <= 0.003


def test_softmax_regression_asks_whether_depth_is_worth_it() -> None:
    from core.model.architectures import PRESETS
    from core.report.notebook_export import question

    text = question(PRESETS["no-hidden"].spec)
    assert "depth worth it" in text and "7,850" in text and "single-100" in text
