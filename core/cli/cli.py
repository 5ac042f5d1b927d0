"""DigitLab's command line: presets, train, evaluate, predict, report, import-data, drawings.

Human-readable by default; `--json` prints one JSON object as the last line of stdout.
Errors are one line on stderr starting with `error:`, exit status 1 (2 for usage errors).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from core import __version__
from core.cli.drawings_command import add_parser as add_drawings_parser
from core.cli.drawings_command import cmd_drawings
from core.cli.export_command import add_parser as add_export_parser
from core.cli.export_command import cmd_export
from core.cli.launchers import LauncherError
from core.cli.out_option import add_force, checked_out
from core.cli.output import Cli, Parser, UsageError, argparse_in_language, in_english, say, warn
from core.cli.train_command import cmd_train
from core.data.datasets import DatasetError
from core.drawing.images import ImageError
from core.i18n import QT_TRANSLATE_NOOP, set_language_from_environment
from core.model.architectures import PRESETS, ModelSpec, SpecError
from core.model.classifier import InferenceError
from core.model.model_files import ModelFileError
from core.numbers import decimal, integer, percent
from core.report.program_file import ProgramError
from core.report.report import ReportError
from core.store.database import DatabaseError
from core.store.out_path import OutPathError

EXPECTED_ERRORS = (DatasetError, ModelFileError, SpecError, ImageError, InferenceError,
                   LauncherError, ReportError, DatabaseError, OutPathError, ProgramError)

# What to change when a command runs out of memory ("drawings merge": that action's own).
OUT_OF_MEMORY_FIX = {
    "train": QT_TRANSLATE_NOOP("Cli", "try a smaller network, batch size or --limit"),
    "evaluate": QT_TRANSLATE_NOOP("Cli", "use a smaller data file"),
    "predict": QT_TRANSLATE_NOOP("Cli", "use fewer or smaller images"),
    "report": QT_TRANSLATE_NOOP("Cli", "use fewer models or a smaller data file"),
    "import-data": QT_TRANSLATE_NOOP("Cli", "use a smaller data file"),
    "drawings add": QT_TRANSLATE_NOOP("Cli", "use fewer or smaller images"),
    "drawings merge": QT_TRANSLATE_NOOP("Cli", "merge fewer or smaller data set files"),
    "export": QT_TRANSLATE_NOOP("Cli", "use a smaller model file"),
}


# --- presets ---------------------------------------------------------------------------------

def _spec_summary(spec: ModelSpec) -> dict[str, Any]:
    return {"layers": spec.layer_text, "params": spec.param_count(), "optimizer": spec.optimizer,
            "learning_rate": spec.learning_rate,
            "momentum": spec.momentum if spec.optimizer == "sgd" else None,
            "activation": "/".join(dict.fromkeys(layer.activation for layer in spec.layers)),
            "layer_grammar": "-".join(layer.text for layer in spec.layers),
            "batch_size": spec.batch_size, "epochs": spec.epochs,
            "validation_split": spec.validation_split,
            "dropout": [layer.dropout for layer in spec.layers],
            "batch_norm": any(layer.batch_norm for layer in spec.layers),
            "l2": max((layer.l2 for layer in spec.layers), default=0.0),
            "early_stopping_patience": spec.early_stopping_patience,
            "restore_best_weights": spec.restore_best_weights,
            "reduce_lr_patience": spec.reduce_lr_patience, "keep_best": spec.keep_best}


def cmd_presets(args: argparse.Namespace) -> int:
    rows = [{"name": key, "title": p.title, "source": p.source, **_spec_summary(p.spec)}
            for key, p in PRESETS.items()]
    if args.json:
        say(json.dumps({"presets": rows}))
        return 0
    for row in rows:
        say(f"{row['name']}: {row['layer_grammar'] or 'no hidden layer'} "
            f"({integer(row['params'])} parameters)")
        say(f"    {_training_text(row)}")
        say(f"    source: {row['source']}")
    return 0


def _training_text(row: dict[str, Any]) -> str:
    """One line of a preset's training: every setting the texts name, none left implicit."""
    optimizer = {"sgd": "SGD", "adam": "Adam", "rmsprop": "RMSprop"}[row["optimizer"]]
    momentum = f", momentum {row['momentum']:g}" if row["momentum"] is not None else ""
    validation = (f"validation {row['validation_split']:g}" if row["validation_split"]
                  else "no validation split (test set measured after each epoch)")
    parts = [f"{optimizer} lr {row['learning_rate']:g}{momentum}", f"batch {row['batch_size']}",
             f"{row['epochs']} epochs", validation]
    if row["activation"]:
        parts.insert(0, row["activation"])
    if row["early_stopping_patience"]:
        parts.append(f"EarlyStopping patience {row['early_stopping_patience']}"
                     + (", restore best" if row["restore_best_weights"] else ""))
    if row["reduce_lr_patience"]:
        parts.append(f"ReduceLROnPlateau patience {row['reduce_lr_patience']}")
    if row["keep_best"]:
        parts.append("keep best")
    return ", ".join(parts)


# --- evaluate and predict --------------------------------------------------------------------

def cmd_evaluate(args: argparse.Namespace) -> int:
    from core.data import datasets
    from core.evaluation import evaluation
    from core.model.model_files import load_classifier

    classifier = load_classifier(args.model)
    data = datasets.load_mnist(args.data)
    result = evaluation.evaluate(classifier, data.x_test, data.y_test)
    if args.json:
        say(json.dumps({"model": args.model, "data": data.source, **result.to_dict()}))
        return 0
    say(f"{args.model} on {integer(len(data.x_test))} test images from {data.source}")
    say(f"test accuracy {percent(result.accuracy)}  loss {decimal(result.loss, 4)}")
    say("per-class accuracy: " + "  ".join(f"{d}:{decimal(100 * a, 1)}" for d, a in
                                            enumerate(result.per_class)))
    say("confusion matrix (rows = true digit, columns = predicted):")
    say("      " + "".join(f"{d:>6}" for d in range(10)))
    for digit, row in enumerate(result.confusion):
        say(f"{digit:>6}" + "".join(f"{v:>6}" for v in row))
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    from core.drawing.answer import answer
    from core.drawing.images import read_image
    from core.drawing.preprocessing import to_mnist
    from core.model.model_files import load_classifier

    classifier = load_classifier(args.model)
    if classifier.added_softmax and not args.json:
        say(Cli.tr("note: the model outputs logits; DigitLab applies a softmax to them"))
    results = []
    for name in args.images:
        if args.json:  # the verdict's words the same in every language
            with in_english():
                result = answer(classifier, to_mnist(read_image(name)))
        else:
            result = answer(classifier, to_mnist(read_image(name)))
        results.append({"image": name, **result.to_dict()})
        if not args.json:
            bars = "" if result.probabilities is None else "  " + " ".join(
                f"{d}:{p:.3f}" for d, p in enumerate(result.probabilities))
            say(f"{name}: {result.verdict.text}{bars}")
    if args.json:
        say(json.dumps({"model": args.model or "default",
                         "softmax_added": classifier.added_softmax, "predictions": results}))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from core.data import datasets
    from core.report import report

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".html", ".htm"):
        raise UsageError(Cli.tr("--out must name an .html file"))
    checked_out(out, (".html", ".htm"), args.force)
    models = [report.model_from_file(path) for path in args.models]
    data = None
    if args.data:
        data = datasets.load_mnist(args.data)
    else:
        try:
            data = datasets.load_mnist(None)
        except datasets.DatasetError as exc:
            warn(Cli.tr("warning: no MNIST found, so no confusion matrices ({0})").format(exc))
    written = report.build_report(models, out, data, title=args.title)
    size = written.stat().st_size / 1024
    if args.json:
        say(json.dumps({"out": str(written), "models": [
            {"file": m.source, "layers": m.layers, "params": m.params,
             "test_accuracy": m.test_accuracy} for m in models], "kilobytes": round(size)}))
    else:
        for m in models:
            say(f"{m.name}: {m.layers}, {integer(m.params)} parameters, test accuracy "
                + ("n/a" if m.test_accuracy is None else percent(m.test_accuracy)))
        say(f"wrote {written} ({size:.0f} KB)")
    return 0


def cmd_import_data(args: argparse.Namespace) -> int:
    from core.data import datasets

    if args.download:
        target = datasets.download()
    elif args.path:
        target = datasets.import_file(args.path)
    else:
        raise UsageError(Cli.tr("give a PATH to an .npz or IDX folder, or --download"))
    if args.json:
        say(json.dumps({"imported": str(target)}))
    else:
        say(f"MNIST verified and copied to {target}")
    return 0


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from core.cli.launchers import install

    paths = install(uninstall=args.uninstall)
    if args.json:
        say(json.dumps({"uninstalled" if args.uninstall else "installed":
                         [str(p) for p in paths]}))
    else:
        verb = "removed" if args.uninstall else "created"
        say("\n".join(f"{verb} {p}" for p in paths))
    return 0


# --- parser and entry point --------------------------------------------------------------------

def build_parser(prog: str = "digitlab") -> argparse.ArgumentParser:
    parser = Parser(prog=prog, description=Cli.tr("DigitLab: train dense networks on MNIST "
                                                  "and predict drawn digits."))
    parser.add_argument("--version", action="version", version=f"DigitLab {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--json", action="store_true",
                             help=Cli.tr("print one JSON object as the last line"))
        return command

    add("presets", Cli.tr("list the teaching presets with parameter counts and training "
                          "settings"))

    train = add("train", Cli.tr("train a network on MNIST and save it as .keras"))
    which = train.add_mutually_exclusive_group(required=True)
    which.add_argument("--preset", help=Cli.tr("one of: {0}").format(", ".join(PRESETS)))
    which.add_argument("--layers", help=Cli.tr("hidden layers: 256-128 (relu), or parts in their "
                       "order, e.g. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn before "
                       "the activation: Dense → BatchNorm → ReLU)"))
    train.add_argument("--activation", default="relu", choices=("relu", "sigmoid", "tanh"),
                       help=Cli.tr("for layers that name none"))
    train.add_argument("--dropout", type=float, default=0.0,
                       help=Cli.tr("dropout after each layer that names none"))
    train.add_argument("--epochs", type=int)
    train.add_argument("--batch-size", type=int)
    train.add_argument("--optimizer", choices=("sgd", "adam", "rmsprop"))
    train.add_argument("--lr", type=float, help=Cli.tr("learning rate"))
    train.add_argument("--momentum", type=float, help=Cli.tr("momentum (SGD)"))
    train.add_argument("--validation-split", type=float,
                       help=Cli.tr("0: no split, as the course trains; the test set is then "
                       "measured after each epoch"))
    train.add_argument("--early-stopping", type=int, metavar="N",
                       help=Cli.tr("EarlyStopping patience in epochs (0: off)"))
    train.add_argument("--restore-best", action=argparse.BooleanOptionalAction, default=None,
                       help=Cli.tr("EarlyStopping restores the best epoch's weights"))
    train.add_argument("--reduce-lr", type=int, metavar="N",
                       help=Cli.tr("ReduceLROnPlateau(factor 0.5) patience in epochs (0: off)"))
    train.add_argument("--keep-best", action=argparse.BooleanOptionalAction, default=None,
                       help=Cli.tr("keep the epoch with the lowest validation loss"))
    train.add_argument("--load-weights", metavar="FILE.weights.h5",
                       help=Cli.tr("start from these weights (model.load_weights; same layers)"))
    train.add_argument("--save-weights", metavar="FILE.weights.h5",
                       help=Cli.tr("also save the weights alone (model.save_weights)"))
    train.add_argument("--seed", type=int)
    train.add_argument("--data", help=Cli.tr("MNIST .npz or folder of IDX files"))
    train.add_argument("--limit", type=int, help=Cli.tr("train on the first N images only"))
    train.add_argument("--quiet", action="store_true", help=Cli.tr("no progress output"))
    train.add_argument("--slim", action="store_true",
                       help=Cli.tr("save without optimizer state (a third of the size)"))
    train.add_argument("--out", required=True, help=Cli.tr("where to save the model (.keras)"))
    add_force(train)

    evaluate = add("evaluate", Cli.tr("test accuracy, per-class accuracy and confusion matrix"))
    evaluate.add_argument("model")
    evaluate.add_argument("--data")

    predict = add("predict", Cli.tr("predict the digit in image files (PNG, JPEG, ...)"))
    predict.add_argument("--model", help=Cli.tr("a .keras file (default: the bundled model)"))
    predict.add_argument("images", nargs="+")

    reporter = add("report", Cli.tr("write a self-contained HTML lab report for one or more "
                                    "models"))
    reporter.add_argument("models", nargs="+", metavar="MODEL",
                          help=Cli.tr(".keras files; the first two are compared side by side"))
    reporter.add_argument("--data",
                          help=Cli.tr("MNIST .npz or IDX folder for the test-set results"))
    reporter.add_argument("--title", help=Cli.tr("default: \"DigitLab lab report\", translated"))
    reporter.add_argument("--out", required=True, help=Cli.tr("where to write the report (.html)"))
    add_force(reporter)

    importer = add("import-data", Cli.tr("verify an MNIST file and copy it into the app's data "
                                         "folder"))
    importer.add_argument("path", nargs="?")
    importer.add_argument("--download", action="store_true",
                          help=Cli.tr("download through Keras (needs the internet)"))
    add_drawings_parser(add)
    add_export_parser(add)
    launcher = add("install-desktop", Cli.tr("put DigitLab in the menu and on the desktop"))
    launcher.add_argument("--uninstall", action="store_true", help=Cli.tr("remove the launchers"))
    return parser


COMMANDS = {"presets": cmd_presets, "train": cmd_train, "evaluate": cmd_evaluate,
            "predict": cmd_predict, "report": cmd_report,
            "import-data": cmd_import_data, "drawings": cmd_drawings,
            "export": cmd_export,
            "install-desktop": cmd_install_desktop}


def main(argv: list[str] | None = None, prog: str = "digitlab") -> int:
    """Run one subcommand; return the exit status (never raises for expected errors). Help
    and errors speak DIGITLAB_LANGUAGE (English when unset); --json output is the same in
    every language."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = argparse.Namespace()
    set_language_from_environment()
    try:
        with argparse_in_language():
            args = build_parser(prog).parse_args(argv)
        if args.command is None:
            raise UsageError(Cli.tr("a command is needed: {0}").format(", ".join(COMMANDS)))
        args.argv = argv
        return COMMANDS[args.command](args)
    except UsageError as exc:
        warn(f"error: {exc}")
        return 2
    except EXPECTED_ERRORS as exc:
        warn(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        warn("error: " + Cli.tr("interrupted"))
        return 130
    except MemoryError:
        warn(_out_of_memory(args))
        return 1
    except OSError as exc:
        warn(f"error: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
        return 1
    except Exception as exc:  # last resort: one line, no traceback (DIGITLAB_DEBUG=1 shows it)
        if os.environ.get("DIGITLAB_DEBUG"):
            raise
        if any(kind.__name__ == "ResourceExhaustedError" for kind in type(exc).__mro__):
            warn(_out_of_memory(args))  # TensorFlow's out of memory
            return 1
        text = " ".join(str(exc).split())[:300]
        warn("error: " + Cli.tr("unexpected {0}: {1}").format(type(exc).__name__, text))
        return 1


def _out_of_memory(args: argparse.Namespace) -> str:
    """The out-of-memory line, naming what to change for the command that ran out."""
    command = getattr(args, "command", None) or ""
    fix = (OUT_OF_MEMORY_FIX.get(f"{command} {getattr(args, 'action', '')}")
           or OUT_OF_MEMORY_FIX.get(command)
           or QT_TRANSLATE_NOOP("Cli", "close other programs and try again"))
    return "error: " + Cli.tr("out of memory; {0}").format(Cli.tr(fix))
