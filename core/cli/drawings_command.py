"""`main.py drawings`: the class's drawings from the command line.

    drawings list [--json]                      counts per digit
    drawings add IMAGE... --label N             photos or scans of digits on paper
    drawings export --out FILE.npz              MNIST layout, strokes in FILE.npz.ndjson
    drawings merge A.npz B.npz... --out C.npz   duplicates removed, contributors recorded
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

import numpy as np

from core.cli.out_option import add_force, checked_out
from core.cli.output import Cli, UsageError, say, warn

if TYPE_CHECKING:
    from core.data.my_drawings import DrawingStore


def add_parser(add: object) -> None:
    """Register `drawings` with the main parser (`add(name, help)` makes a subcommand)."""
    drawings = add("drawings",  # type: ignore[operator]
                   Cli.tr("list, add, export and merge the class's drawings"))
    drawings.add_argument("action", choices=("list", "add", "export", "merge"))
    drawings.add_argument("files", nargs="*", metavar="FILE",
                          help=Cli.tr("images for add; class data sets (.npz) for merge"))
    drawings.add_argument("--label", type=int, help=Cli.tr("the digit the images show (add)"))
    drawings.add_argument("--out", help=Cli.tr("the .npz to write (export, merge)"))
    add_force(drawings)


def cmd_drawings(args: argparse.Namespace) -> int:
    from core.data.my_drawings import DrawingStore

    store = DrawingStore()
    try:
        return _run_action(args, store)
    finally:  # what the window's notice bar would say (a file set aside, rows left out, …)
        for notice in store.notices:
            warn(Cli.tr("notice: {0}").format(" ".join(notice.split())))


def _run_action(args: argparse.Namespace, store: DrawingStore) -> int:
    from core.data import class_dataset

    if args.action == "list":
        counts = [int(c) for c in store.counts()]
        result: dict[str, object] = {"counts": counts, "total": sum(counts)}
        text = " ".join(f"{d}:{c}" for d, c in enumerate(counts)) + f"  ({sum(counts)} in all)"
    elif args.action == "add":
        if args.label is None or not 0 <= args.label <= 9 or not args.files:
            raise UsageError(Cli.tr("add needs image files and --label 0-9"))
        added = _add_images(store, args.files, args.label)
        result = {"added": added, "total": int(store.counts().sum())}
        text = f"added {added} drawing(s) of a {args.label}; {result['total']} in all"
    elif args.action == "export":
        if not args.out:
            raise UsageError(Cli.tr("export needs --out FILE.npz"))
        checked_out(args.out, (".npz",), args.force)
        checked_out(class_dataset.strokes_path(args.out), (".ndjson",), args.force)
        count = class_dataset.export(store, args.out)
        result = {"exported": count, "out": args.out, "strokes": args.out + ".ndjson"}
        text = f"wrote {count} drawings to {args.out} (strokes in {args.out}.ndjson)"
    else:
        if not args.out or not args.files:
            raise UsageError(Cli.tr("merge needs .npz files and --out FILE.npz"))
        checked_out(args.out, (".npz",), args.force)
        merged = class_dataset.merge(args.files, args.out)
        result = {"merged": merged, "out": args.out}
        text = "\n".join([*(f"{f['file']}: {f['kept']} of {f['drawings']} drawings kept"
                             for f in merged["files"]),  # type: ignore[attr-defined]
                           f"wrote {merged['total']} drawings to {args.out} "
                           f"({merged['duplicates']} duplicates dropped)"])
    say(json.dumps(result) if args.json else text)
    return 0


def _add_images(store: object, paths: list[str], label: int) -> int:
    """Photos or scans, preprocessed as the canvas's drawings are (`to_mnist`); a picture has
    no strokes, so the canvas's redrawing at one size, which needs them, is the step it skips."""
    from core.data.datasets import DatasetError
    from core.drawing.images import read_image
    from core.drawing.preprocessing import to_mnist

    images = []
    for path in paths:  # all read first: a bad file adds none of them
        image = to_mnist(read_image(path))
        if image is None:
            raise DatasetError(Cli.tr("{0}: no digit found (no ink, or the picture is too small)")
                               .format(path))
        images.append(np.asarray(image))
    for image in images:
        store.append(image, label)  # type: ignore[attr-defined]
    return len(images)
