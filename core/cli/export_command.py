"""`main.py export`: a DigitLab model's run as a plain Keras notebook or script, or the
assignment's hand-in notebook (several models, or `assignment`: both tasks and the
checkpoint's example in ONE notebook). The file's suffix chooses the form."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.cli.out_option import add_force, checked_out
from core.cli.output import Cli, UsageError, say

ASSIGNMENT = "assignment"


def _cannot_export(name: str, reason: object) -> str:
    return Cli.tr("{0}: its settings cannot be exported: {1}").format(name, reason)


def add_parser(add: object) -> None:
    """Register `export` with the main parser (`add(name, help)` makes a subcommand)."""
    export = add("export", Cli.tr(  # type: ignore[operator]
        "write a run as a plain Keras notebook or script that reproduces it; several models, "
        "or 'assignment', make the hand-in notebook"))
    export.add_argument("models", nargs="+", metavar="MODEL",
                        help=Cli.tr("a .keras file saved by DigitLab (it holds the settings), or a "
                        "preset's name; several make ONE hand-in notebook with the "
                        "checkpoint's example beside them; 'assignment' is the assignment's "
                        "hand-in (checkpoint, task 1, task 2)"))
    export.add_argument("--out", required=True,
                        help=Cli.tr("the file to write: a Jupyter notebook (.ipynb) or, for one "
                        "model, a script (.py)"))
    export.add_argument("--data", help=Cli.tr("an MNIST .npz path relative to the program to write "
                        "into MNIST_PATH (an absolute path is not written: the program finds "
                        "MNIST beside itself, in Keras's cache, or downloads it)"))
    export.add_argument("--epochs", type=int, help=Cli.tr("train this many epochs instead"))
    add_force(export)


def cmd_export(args: argparse.Namespace) -> int:
    from core.model.architectures import SpecError
    from core.report.program_file import FORMS, write_handin, write_program

    suffix = Path(args.out).suffix.lower()
    if suffix not in FORMS:
        raise UsageError(Cli.tr("--out must name a .py or .ipynb file"))
    handin = len(args.models) > 1 or args.models == [ASSIGNMENT]
    if handin and suffix != ".ipynb":
        raise UsageError(Cli.tr("the hand-in is one notebook: --out must name an .ipynb file"))
    checked_out(args.out, (".ipynb", ".py"), args.force)
    names = (["classic-256-128", "assignment-1", "assignment-2"]
             if args.models == [ASSIGNMENT] else args.models)
    specs = [_spec(name, args.epochs) for name in names]
    if handin:
        write_handin(specs, args.out)
    else:
        source = args.models[0] if Path(args.models[0]).exists() else None
        try:
            write_program(specs[0], args.out, args.data, source=source)
        except SpecError as exc:
            raise SpecError(_cannot_export(args.models[0], exc)) from None
    epochs = sorted({spec.epochs for spec in specs})
    if args.json:
        say(json.dumps({"written": args.out, "epochs": epochs[0] if len(epochs) == 1 else epochs,
                        "models": [spec.name for spec in specs]}))
    else:
        say(f"wrote {args.out}: " + ", ".join(f"{spec.name} ({_count(spec.epochs)})"
                                             for spec in specs))
    return 0


def _count(epochs: int) -> str:
    from core.report.notebook_export import count

    return count(epochs, "epoch")


def _spec(name: str, epochs: int | None):  # noqa: ANN202
    """The spec a model file holds, or a preset's; --epochs applied and checked."""
    from core.model import model_files
    from core.model.architectures import PRESETS, ModelSpec, SpecError

    if not Path(name).exists() and name in PRESETS:
        spec = PRESETS[name].spec
    else:
        metadata = model_files.read_metadata(name)
        if not metadata.spec:
            raise SpecError(Cli.tr("{0} holds no DigitLab settings to reproduce (a model saved "
                                   "by DigitLab does)").format(name))
        try:
            spec = ModelSpec.from_dict(metadata.spec)
        except SpecError as exc:
            raise SpecError(_cannot_export(name, exc)) from None
    try:
        if epochs is not None:
            spec = spec.replace(epochs=epochs)
            spec.validate()
    except SpecError as exc:
        raise SpecError(_cannot_export(name, exc)) from None
    return spec
