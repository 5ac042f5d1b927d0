"""`main.py train`: train a preset or a layer list on MNIST and save the model with its run.

The run (layers and parameters read from the model, the history, the test score) is built by
the same `make_run` the window's training uses, and travels in the file's metadata.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import threading
from pathlib import Path
from typing import Any

from core import __version__
from core.cli.out_option import checked_out
from core.cli.output import Cli, UsageError, say, stream
from core.model.architectures import ModelSpec, get_preset
from core.model.layer_grammar import parse_layer_grammar
from core.numbers import decimal, percent
from core.training.progress import Reporter


class _ProgressPrinter(Reporter):
    """A text progress bar on stderr (one line per epoch when stderr is not a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and stream("stderr") is not None
        self.tty = self.enabled and sys.stderr.isatty()
        self.epochs = 0

    def training_started(self, epochs: int, batches: int) -> None:
        self.epochs = epochs

    def batch_ended(self, progress: Any) -> None:
        if not self.tty:
            return
        done = int(30 * progress.batch / progress.batches)
        sys.stderr.write(f"\repoch {progress.epoch}/{self.epochs} [{'#' * done}{'.' * (30 - done)}]"
                         f" loss {progress.loss:.4f} acc {progress.accuracy:.4f}  ")
        sys.stderr.flush()

    def epoch_ended(self, record: Any) -> None:
        if not self.enabled:
            return
        val = (f" val_loss {record.val_loss:.4f} val_acc {record.val_accuracy:.4f}"
               if record.val_loss is not None else "")
        line = (f"epoch {record.epoch}/{self.epochs} loss {record.loss:.4f} "
                f"acc {record.accuracy:.4f}{val} ({record.seconds:.1f} s)")
        sys.stderr.write(("\r" + line + " " * 20 + "\n") if self.tty else line + "\n")
        sys.stderr.flush()


def _spec_from_args(args: argparse.Namespace) -> ModelSpec:
    if args.preset:
        spec = get_preset(args.preset).spec
    else:
        spec = ModelSpec(parse_layer_grammar(args.layers, activation=args.activation,
                                             dropout=args.dropout), name=args.layers)
    changes = {key: getattr(args, key) for key in
               ("epochs", "batch_size", "optimizer", "seed", "validation_split", "keep_best")
               if getattr(args, key, None) is not None}
    for flag, key in (("early_stopping", "early_stopping_patience"),
                      ("restore_best", "restore_best_weights"),
                      ("reduce_lr", "reduce_lr_patience")):
        if getattr(args, flag, None) is not None:
            changes[key] = getattr(args, flag)
    if args.lr is not None:
        changes["learning_rate"] = args.lr
    if args.momentum is not None:
        changes["momentum"] = args.momentum
    spec = spec.replace(**changes)
    spec.validate()
    return spec


def cmd_train(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.suffix != ".keras":
        raise UsageError(Cli.tr("--out must name a .keras file"))
    checked_out(out, (".keras",), args.force)
    weights_out = _weights_path(getattr(args, "save_weights", None), "--save-weights")
    if weights_out is not None:
        checked_out(weights_out, (".h5",), args.force)
    weights_in = _weights_path(getattr(args, "load_weights", None), "--load-weights")
    spec = _spec_from_args(args)
    from core.data import datasets

    data = datasets.load_mnist(args.data)
    if args.limit:
        data = data.subset(args.limit)
    _quiet_tensorflow()
    from core.training.threads import layout_for, use_layout

    use_layout(layout_for(spec.batch_size))  # before TensorFlow starts (its cores' layout)
    from core.model import model_files
    from core.training import train as training
    from core.training.session import make_run

    printer = _ProgressPrinter(enabled=not args.quiet)
    stop = threading.Event()
    model = None if weights_in is None else _model_with_weights(spec, weights_in)
    try:  # snapshots on: each epoch's gradients are measured for the report, as the window's
        result = training.train(spec, data, printer, stop, model=model)
    except KeyboardInterrupt:
        stop.set()
        raise
    run = make_run(result, spec, out.stem, data=data.fingerprint())
    metadata = run.metadata()
    metadata.data = {"source": Path(data.source).name, "fingerprint": data.fingerprint(),
                     "train": int(len(data.x_train)), "test": int(len(data.x_test))}
    metadata.command = "python main.py " + " ".join(shlex.quote(a) for a in args.argv)
    metadata.extra["versions"] = _versions()
    model_files.save_model(result.model, out, metadata, include_optimizer=not args.slim)
    if weights_out is not None:
        result.model.save_weights(str(weights_out))
    summary = {"out": str(out), "layers": spec.layer_text, "params": spec.param_count(),
               "test_accuracy": result.test_accuracy, "test_loss": result.test_loss,
               "epochs": result.epochs_run, "seconds": round(result.seconds, 2),
               "stop_reason": result.stop_reason.value, "seed": spec.seed}
    if args.json:
        say(json.dumps(summary))
    else:
        accuracy = ("n/a" if result.test_accuracy is None
                    else percent(result.test_accuracy))
        say(f"{spec.layer_text}: test accuracy {accuracy} after {result.epochs_run} epochs "
            f"in {decimal(result.seconds, 1)} s ({result.stop_reason.value}); saved {out}")
    return 0


def _weights_path(value: str | None, flag: str) -> Path | None:
    if value is None:
        return None
    path = Path(value).expanduser()
    if not path.name.endswith(".weights.h5"):
        raise UsageError(Cli.tr("{0} must name a .weights.h5 file (Keras's name for weights "
                                "alone)").format(flag))
    return path


def _model_with_weights(spec: ModelSpec, path: Path) -> Any:
    """A fresh model of the spec's layers with the weights of `path` (as the lesson's
    `model.load_weights`); one line naming the file when they do not fit."""
    from core.model.model_files import ModelFileError
    from core.model.network import build_model, seed_everything
    from core.training.backend import fresh_session

    if not path.is_file():
        raise ModelFileError(Cli.tr("no weights file {0}").format(path))
    fresh_session()
    seed_everything(spec.seed)
    model = build_model(spec)
    try:
        model.load_weights(str(path))
    except (ValueError, OSError, KeyError) as exc:
        text = " ".join(str(exc).split())[:200]
        raise ModelFileError(Cli.tr("the weights in {0} do not fit these layers: {1}")
                             .format(path, text)) from None
    return model


def _versions() -> dict[str, str]:
    import platform

    versions = {"digitlab": __version__, "python": platform.python_version()}
    for name in ("tensorflow", "keras", "numpy"):
        module = sys.modules.get(name)
        if module is not None:
            versions[name] = getattr(module, "__version__", "?")
    return versions


def _quiet_tensorflow() -> None:
    from core.training.backend import import_keras

    import_keras()
