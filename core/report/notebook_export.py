"""A run as a Jupyter notebook: the lesson's steps as markdown and code cells, a question last.

The code is `core.report.script_export`'s sections (one program, two forms): a title cell, then
for each step a short markdown cell and its code cell in the lessons' order (settings; load,
reshape, normalise; build and summary(); compile; fit with history; evaluate; plot; predict;
save), then the assignment's question. Plain Keras, no DigitLab needed; matplotlib, for the
plot, is the notebook's own dependency. nbformat writes and validates it; it is imported only
here, when a notebook is written, so starting the app does not pay for it.
"""

from __future__ import annotations

import html
import re

from core.model.architectures import PRESETS, ModelSpec
from core.report.script_export import keras_sections

_ASSIGNMENT_PAIRS = {"assignment-1": "assignment-2", "assignment-2": "assignment-1"}


def _title(spec: ModelSpec) -> str:
    return "\n".join([
        f"# {markdown_text(spec.name)}: a dense network on MNIST",
        "",
        f"Exported from DigitLab: hidden layers {_layers(spec)}, {spec.optimizer}, "
        f"{count(spec.epochs, 'epoch')} of batch {spec.batch_size}. Plain Keras, no DigitLab "
        "needed: "
        "the notebook trains the same network the same way as the run it came from, so the "
        "same `SEED` gives the same test accuracy. Run the cells from top to bottom.",
        "",
        "It needs numpy and keras (TensorFlow); the plot also needs matplotlib, this "
        "notebook's own dependency (`pip install matplotlib`).",
    ])


def count(n: int, noun: str) -> str:
    """ "1 epoch", "20 epochs": a number with its noun in English's singular or plural."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def markdown_text(text: str) -> str:
    """`text` as literal markdown: one line, markdown's punctuation backslash-escaped and
    HTML's special characters as entities, so a name cannot become a link, tag or heading."""
    text = " ".join(text.split())
    text = re.sub(r"([\\`*_{}\[\]()#+\-.!|~:])", r"\\\1", text)
    return html.escape(text, quote=True)


def _layers(spec: ModelSpec) -> str:
    return spec.layer_text or "none (softmax regression)"


def question(spec: ModelSpec) -> str:
    """The assignment's question for this run, the notebook's last cell: for the two assignment
    presets, compare the nets; otherwise read the curves and try one change."""
    other_key = _ASSIGNMENT_PAIRS.get(spec.name)
    if other_key is not None:
        other = PRESETS[other_key].spec
        return (f"**Question:** train {other_key} ({other.layer_text}, "
                f"{other.param_count():,} parameters) the same way and compare it with this "
                f"{spec.layer_text} net ({spec.param_count():,} parameters). Which reaches the "
                "higher test accuracy, and by how much? Which overfits, and from which epoch "
                "do its training and validation curves part? Are the extra parameters worth it?")
    if not spec.layers:
        single = PRESETS["single-100"].spec
        return (f"**Question:** is depth worth it? This net has no hidden layer "
                f"({spec.param_count():,} parameters): each output unit's 784 weights form a "
                "template of its digit. Train single-100 (one hidden layer of 100, "
                f"{single.param_count():,} parameters) the same way. How much higher is its "
                "test accuracy, and which digits gain the most?")
    if spec.validation_split > 0:
        curves = ("How do the training and validation curves differ, and from which epoch "
                  "does the network start to overfit?")
    else:
        curves = ("How do the training loss and accuracy change from epoch to epoch? (Set "
                  "`VALIDATION_SPLIT` above 0 to see whether the network overfits.)")
    dropout = any(layer.dropout > 0 for layer in spec.layers)
    change = ("the same layers without dropout" if dropout
              else "the same layers with `keras.layers.Dropout(0.2)` after each hidden layer")
    return (f"**Question:** {curves} What would you change to improve the test accuracy of "
            f"this {spec.layer_text} net? Compare with {change}: how do the parameters, the "
            "test accuracy and the curves change?")


def keras_notebook(spec: ModelSpec, mnist_path: str | None,
                   model_path: str = "model-retrained.keras") -> str:
    """The run as a Jupyter notebook (.ipynb JSON, validated): the same program as
    `keras_script`, cell by cell, for students who work in Jupyter."""
    import nbformat
    from nbformat import v4

    cells = [v4.new_markdown_cell(_title(spec))]
    for number, section in enumerate(keras_sections(spec, mnist_path, model_path)):
        heading = f"## {number}. {section.title}" if number else f"## {section.title}"
        cells += [v4.new_markdown_cell(f"{heading}\n\n{section.note}"),
                  v4.new_code_cell(section.code)]
    cells.append(v4.new_markdown_cell(question(spec)))
    for index, cell in enumerate(cells):
        cell.id = f"cell-{index}"  # the same run gives the same file
    notebook = v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(notebook)
    return str(nbformat.writes(notebook))
