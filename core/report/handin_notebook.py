"""The assignment's hand-in: ONE Jupyter notebook with the checkpoint's example and both tasks.

A first cell for name, date and course; one setup cell (MNIST found on any computer: see
`script_export.LOAD_MNIST`); then for each net its source, its code (build, compile, fit,
evaluate on train and test, plot) and, after each comparison the assignment asks for, a
"Your answer:" cell. The code is plain Keras written with `repr()` from validated specs, as
`script_export` writes it; each net is seeded like DigitLab's run (same seed, same numbers).
The notebook saves no file: it cannot overwrite anything, least of all a source model.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.architectures import PRESETS, ModelSpec, preset_source
from core.report.notebook_export import count, markdown_text
from core.report.script_export import (
    EVALUATE,
    LOAD_MNIST,
    keras_sections,
    training_constants,
)

# The assignment's questions, word for word, after the net they compare.
QUESTIONS = {
    "assignment-1": "Compare your training and test set performance with the example in the "
                    "checkpoint. Is there any difference? If so, why?",
    "assignment-2": "Then compare your results. Is there any difference? If so, why?",
}
ASSIGNMENT = ("classic-256-128", "assignment-1", "assignment-2")  # the checkpoint beside both


@dataclass(frozen=True)
class Task:
    """One net of the hand-in: a heading ("Task 1: …"), its spec, its question (or "")."""

    heading: str
    spec: ModelSpec
    question: str = ""


def assignment_tasks(epochs: int | None = None) -> list[Task]:
    """The assignment as the texts give it: the checkpoint's example, task 1, task 2."""
    specs = [PRESETS[key].spec for key in ASSIGNMENT]
    if epochs is not None:
        specs = [spec.replace(epochs=epochs) for spec in specs]
    return tasks_for(specs)


def tasks_for(specs: list[ModelSpec]) -> list[Task]:
    """Headings and questions for these specs: the checkpoint's example (added first when
    missing, with its own settings) and the tasks numbered in the order given."""
    if not any(spec.name == "classic-256-128" for spec in specs):
        specs = [PRESETS["classic-256-128"].spec, *specs]
    tasks, number = [], 0
    for spec in specs:
        if spec.name == "classic-256-128":
            tasks.append(Task("The checkpoint's example", spec))
            continue
        number += 1
        question = QUESTIONS.get(spec.name) or QUESTIONS["assignment-1" if number == 1
                                                         else "assignment-2"]
        tasks.append(Task(f"Task {number}", spec, question))
    return tasks


def _code(spec: ModelSpec, key: str) -> str:
    sections = {section.key: section for section in keras_sections(spec, None)}
    return sections[key].code


def _task_cells(task: Task, index: int) -> list[tuple[str, str]]:
    spec = task.spec
    source = preset_source(spec.name)
    layers = markdown_text(spec.layer_text or "no hidden layer")
    about = [f"## {markdown_text(task.heading)}: {layers}",
             "",
             f"Hidden layers {markdown_text(spec.layer_text or 'none')}, {spec.optimizer}, "
             f"{count(spec.epochs, 'epoch')} of batch {spec.batch_size}"
             + (f", validation split {spec.validation_split:g}" if spec.validation_split
                else ", no validation split")
             + (f". Source: {markdown_text(source)}." if source else ".")]
    build = "\n".join([
        f"# {task.heading}: {spec.name!r}",
        *training_constants(spec),
        "keras.backend.clear_session()",
        "keras.utils.set_random_seed(SEED)  # the same weights and order as DigitLab's run",
        _code(spec, "build"),
        _code(spec, "compile"),
        _code(spec, "fit"),
    ])
    evaluate = "\n".join([*EVALUATE,
                          f"results[{task.heading!r}] = (train_accuracy, test_accuracy)",
                          _code(spec, "plot")])
    cells = [("markdown", "\n".join(about)), ("code", build), ("code", evaluate)]
    if task.question:
        cells += [("code", _comparison(index)),
                  ("markdown", f"**Question:** {markdown_text(task.question)}"),
                  ("markdown", "**Your answer:**\n\n_Write your answer here._")]
    return cells


def _comparison(index: int) -> str:
    return "\n".join([
        "for name, (train_acc, test_acc) in results.items():",
        '    print(f"{name:<26} train accuracy {train_acc:.4f}   test accuracy {test_acc:.4f}")',
    ]) if index else ""


def handin_notebook(tasks: list[Task]) -> str:
    """The hand-in as a Jupyter notebook (.ipynb JSON, validated)."""
    import nbformat
    from nbformat import v4

    for task in tasks:
        task.spec.validate()
    cells: list[tuple[str, str]] = [
        ("markdown", "# Assignment: dense networks on MNIST\n\n"
                     "- **Name:** \n- **Date:** \n- **Course:** \n\n"
                     "Run the cells from top to bottom. Plain Keras (no DigitLab needed); the "
                     "plots need matplotlib."),
        ("code", "\n".join(["import os", "", "import numpy as np", "import keras", "",
                            "MNIST_PATH = None  # or the path of your mnist.npz",
                            "results = {}  # each net's (train accuracy, test accuracy)",
                            "", *LOAD_MNIST,
                            'x_train = x_train.reshape(len(x_train), 784).astype("float32") '
                            "/ 255.0",
                            'x_test = x_test.reshape(len(x_test), 784).astype("float32") / 255.0',
                            'y_train, y_test = y_train.astype("int32"), y_test.astype("int32")'])),
    ]
    for index, task in enumerate(tasks):
        cells += _task_cells(task, index)
    notebook_cells = [v4.new_markdown_cell(text) if kind == "markdown" else v4.new_code_cell(text)
                      for kind, text in cells if text]
    for index, cell in enumerate(notebook_cells):
        cell.id = f"cell-{index}"
    notebook = v4.new_notebook(cells=notebook_cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(notebook)
    return str(nbformat.writes(notebook))
