"""`main.py export MODEL.keras --out run.ipynb|run.py`: a DigitLab model's run as a plain Keras
notebook or script (the file's suffix chooses)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.cli.out_option import add_force, checked_out
from core.cli.output import UsageError, say


def add_parser(add: object) -> None:
    """Register `export` with the main parser (`add(name, help)` makes a subcommand)."""
    export = add("export", "write a run as a plain Keras notebook or script that reproduces it")  # type: ignore[operator]
    export.add_argument("model", help="a .keras file saved by DigitLab (it holds the settings)")
    export.add_argument("--out", required=True,
                        help="the file to write: a Jupyter notebook (.ipynb) or a script (.py)")
    export.add_argument("--data", help="the MNIST .npz it loads (default: DigitLab's)")
    export.add_argument("--epochs", type=int, help="train this many epochs instead")
    add_force(export)


def cmd_export(args: argparse.Namespace) -> int:
    from core.data import datasets
    from core.model import model_files
    from core.model.architectures import ModelSpec, SpecError
    from core.report.program_file import FORMS, write_program

    if Path(args.out).suffix.lower() not in FORMS:
        raise UsageError("--out must name a .py or .ipynb file")
    checked_out(args.out, (".ipynb", ".py"), args.force)
    metadata = model_files.read_metadata(args.model)
    if not metadata.spec:
        raise SpecError(f"{args.model} holds no DigitLab settings to reproduce (a model saved "
                        "by DigitLab does)")
    try:
        spec = ModelSpec.from_dict(metadata.spec)
        if args.epochs is not None:
            spec = spec.replace(epochs=args.epochs)
            spec.validate()
    except SpecError as exc:
        raise SpecError(f"{args.model}: its settings cannot be exported: {exc}") from None
    data = str(Path(args.data).expanduser().resolve()) if args.data else str(datasets.find())
    write_program(spec, args.out, data, source=args.model)
    say(json.dumps({"written": args.out, "epochs": spec.epochs}) if args.json
        else f"wrote {args.out}: {spec.name}, {spec.epochs} epochs, MNIST from {data}")
    return 0
