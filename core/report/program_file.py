"""Write a run as a plain Keras program file: the one place the window's File → Export and
`main.py export` decide the file's form and the names the program writes.

The program's own output gets a name of its own (`<stem>-retrained.keras`, and
`<stem>-best.keras` when it keeps the best epoch), never the model it was exported from, so
running it beside that model leaves the model and its metadata as they were.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.i18n import Context
from core.model.architectures import ModelSpec
from core.report.notebook_export import keras_notebook
from core.report.script_export import best_path, keras_script
from core.store import atomic

Programs = Context("Programs")  # Programs.tr(…): why a program cannot be written

FORMS = {".ipynb": keras_notebook, ".py": keras_script}


class ProgramError(ValueError):
    """A program file that cannot be written, with a one-line reason."""


def output_name(out: Path, source: Path | None = None) -> str:
    """The model file the program saves, beside it: `<stem>-retrained.keras`, numbered when
    that (or its best-epoch file) would be the source model's name."""
    taken = {source.name.casefold()} if source is not None else set()
    stem = out.stem
    for number in range(1, 100):
        name = f"{stem}-retrained.keras" if number == 1 else f"{stem}-retrained-{number}.keras"
        if name.casefold() not in taken and best_path(name).casefold() not in taken:
            return name
    raise ProgramError(Programs.tr("no free name for the program's model beside {0}")
                       .format(out))


def write_program(spec: ModelSpec, out: str | os.PathLike[str], mnist_path: str | None,
                  source: str | os.PathLike[str] | None = None) -> Path:
    """Write `spec` as a notebook (.ipynb) or script (.py), chosen by `out`'s suffix."""
    out = Path(out).expanduser()
    write = FORMS.get(out.suffix.lower())
    if write is None:
        raise ProgramError(Programs.tr("{0}: a program is a Jupyter notebook (.ipynb) or a "
                                       "Python script (.py)").format(out.name))
    model_path = output_name(out, Path(source) if source is not None else None)
    return atomic.write_text(out, write(spec, mnist_path, model_path))


def write_handin(specs: list[ModelSpec], out: str | os.PathLike[str]) -> Path:
    """Write the assignment's hand-in: ONE notebook with the checkpoint's example beside these
    nets (see `core.report.handin_notebook`). It saves no model, so it needs no names."""
    from core.report.handin_notebook import handin_notebook, tasks_for

    out = Path(out).expanduser()
    if out.suffix.lower() != ".ipynb":
        raise ProgramError(Programs.tr("{0}: the hand-in is one Jupyter notebook (.ipynb)")
                           .format(out.name))
    for spec in specs:
        if spec.keep_best:
            raise ProgramError(Programs.tr("{0} keeps its best epoch in a file of its own; the "
                                           "hand-in writes no file: export it alone")
                               .format(spec.name))
    return atomic.write_text(out, handin_notebook(tasks_for(specs)))
