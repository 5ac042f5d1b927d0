"""TrainingProcess: `TrainingSession.run` in a child process, called exactly like it.

Why a process: Keras runs its training loop in Python, and Python lets one thread at a time
run (the GIL). In the window's process every batch, every function Keras traces (30-60 ms
calls into TensorFlow that hold the GIL) and every tf.data iterator it makes competed with the
window's own work: while a student drew, the window's 10 ms heartbeat stalled for 40-70 ms in
the first half second of every training. A child process has its own interpreter and GIL,
so the window never waits for training, and training never waits for the window.

The child is started once (spawned, never forked: the parent runs Qt threads) and keeps its
`TrainingSession` between jobs, so "Train more" continues the model in its memory as before.
`run` and `warm_up` are tasks in `core.tasks`'s words: the parent's one reader of the pipe
(the thread that runs the task) turns the child's messages, which are those words, into the
task's progress reports, its result or its exception, rebuilt here. Only plain data crosses:
the job in; status lines, progress records and the `Run` out, through one pipe. Stop sets the
task's stop flag, which is a shared byte (`SharedFlag`, no lock, so a killed child cannot
leave one held) that the Keras callback in the child reads after each batch. If the child dies
(killed, out of memory), the task errs with a one-line message and the next job starts a fresh
child.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import threading
from typing import Any

from core.i18n import language, set_language, translate
from core.store.plain import one_line
from core.tasks import Report, StopFlag
from core.training.progress import RecordReporter, Status
from core.training.run import Run
from core.training.session import TrainingJob, runs_dir
from core.training.shared_flag import SharedFlag
from core.training.threads import Layout, layout_for, use_layout

# The child runs below the window (Linux/macOS nice). Measured with window_training.py --draw
# (assignment 2, SGD, two ops at a time): nice 5 gave epochs of 3.00-3.40 s, nice 2 2.78-2.85 s
# and nice 0 2.78-3.05 s; the heartbeat's p99 stayed at 15-20 ms in all three.
BACKGROUND_NICENESS = 2


class TrainingError(Exception):
    """A job failed in the child: the message is the one line to show."""


class TrainingProcess:
    """Runs `TrainingSession` jobs in one child process, started at the first job."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self.stop_flag = SharedFlag(self._context)  # set it (from any thread) to stop training
        self._closing = SharedFlag(self._context)
        self._process: Any = None
        self._pipe: Any = None
        self._lock = threading.Lock()  # the child and its pipe change together
        self._layout: Layout = "default"  # how the child's TensorFlow shares the cores
        self._newest_run = ""  # the run whose model the child holds (Train more goes on)

    @property
    def pid(self) -> int | None:
        """The child's process id (None before the first job)."""
        return None if self._process is None else self._process.pid

    def warm_up(self, report: Report, stop: StopFlag, data_path: str | None,
                batch_size: int = 32) -> None:
        """A task: start the child, laid out for `batch_size` (see `core.training.threads`),
        and have it import TensorFlow and load MNIST (see `TrainingSession.warm_up`); returns
        when it is done."""
        self._start(layout_for(batch_size))
        self._call(("warm_up", data_path), report)

    def run(self, report: Report, stop: StopFlag, job: TrainingJob) -> Run:
        """A task: `TrainingSession.run(job, …)` in the child, its records reported as they
        come; the same Run, or the child's error rebuilt. `stop` is this process's
        `stop_flag` (give it to the runner), which the child reads itself."""
        layout = layout_for(job.spec.batch_size)
        continues = job.parent_run is not None and job.parent_run.id == self._newest_run
        if self._process is not None and layout != self._layout and not continues:
            self.close()  # an idle child laid out for other batches; its model is kept on disk
        self.stop_flag.clear()
        self._closing.clear()
        job = dataclasses.replace(job, keep_dir=job.keep_dir or str(runs_dir()))
        self._start(self._layout if continues else layout)
        result = self._call(("run", job), report)
        assert isinstance(result, Run)
        self._newest_run = result.id
        return result

    def close(self, timeout: float = 5.0) -> None:
        """Ask the child to end (stopping any training first) and wait up to `timeout`.

        Safe while the worker thread forgets a child that just died: both take the child and
        its pipe under one lock, and close works on its own references."""
        with self._lock:
            process, pipe = self._process, self._pipe
        if process is None:
            return
        self._closing.set()
        self.stop_flag.set()
        try:
            if pipe is not None:
                pipe.send(("quit", None, ""))
        except (OSError, ValueError):
            pass
        process.join(timeout)
        if process.is_alive():  # stuck in a C call: it is ours and does nothing useful
            process.kill()
        self._forget_child()

    def _forget_child(self) -> int | None:
        """Drop a child that has ended (or is ending); return its exit code."""
        with self._lock:
            process, pipe = self._process, self._pipe
            self._process = self._pipe = None
        if pipe is not None:
            pipe.close()
        if process is None:
            return None
        process.join(1.0)
        return process.exitcode

    def _start(self, layout: Layout) -> None:
        """Start the child laid out as `layout`, unless one is running."""
        if self._process is not None and self._process.is_alive():
            return
        self._forget_child()
        self._newest_run = ""
        self._layout = layout
        ours, theirs = self._context.Pipe()
        self._process = self._context.Process(
            target=serve, args=(theirs, self.stop_flag, self._closing, _log_file(), layout),
            name="digitlab-training", daemon=True)
        self._process.start()
        theirs.close()
        with self._lock:
            self._pipe = ours

    def _call(self, message: tuple[str, Any], report: Report) -> Any:
        """Send one job to the child and read its answer: the one reader of the pipe."""
        self._start(self._layout)
        pipe = self._pipe  # close() may forget it from the GUI thread: use our reference
        pipe.send((*message, language()))  # the window's language may have changed
        while True:
            try:
                kind, value = pipe.recv()
            except (EOFError, OSError, ValueError):  # it died, or the window closed the pipe
                code = self._forget_child()
                raise TrainingError(translate(
                    "TrainingProcess", "the training process ended unexpectedly (exit code "
                    "{0}); the next training starts a new one").format(code)) from None
            if kind == "progress":
                report(value)
            elif kind == "returned":
                return value
            else:  # "errored"
                raise _rebuilt(*value)


def _rebuilt(kind: str, message: str) -> Exception:
    if kind == "InterruptedError":
        return InterruptedError(message)
    if kind == "MemoryError":
        return MemoryError(message)
    return TrainingError(message)


def _log_file() -> str:
    """The file this process logs to (the window's digitlab.log), or ""."""
    return next((h.baseFilename for h in logging.getLogger().handlers
                 if isinstance(h, logging.FileHandler)), "")


def serve(pipe: Any, stop: Any, closing: Any, log_file: str = "",
          layout: Layout = "default") -> None:
    """The child's whole life: take jobs from `pipe` until told to quit or the parent goes."""
    from core.store.log_file import log_to_file
    from core.training.session import TrainingSession

    log_to_file(log_file or None, "[training]")  # where the window logs
    if hasattr(os, "nice"):
        try:  # before TensorFlow starts its threads: they inherit it
            os.nice(BACKGROUND_NICENESS)
        except OSError:
            pass
    use_layout(layout)
    session = TrainingSession()
    lock = threading.Lock()  # Keras may report from its own threads: sends take turns

    def send(kind: str, value: Any) -> None:
        with lock:
            pipe.send((kind, value))

    def report(record: object) -> None:
        send("progress", record)

    while True:
        try:
            kind, value, language_code = pipe.recv()
        except (EOFError, OSError):
            return
        if kind == "quit":
            return
        set_language(language_code)
        try:
            if kind == "warm_up":
                session.warm_up(value)
                send("returned", None)
            elif kind == "run":
                send("returned", session.run(value, RecordReporter(report), stop,
                                             closing=closing.is_set,
                                             status=lambda text: report(Status(text))))
        except (InterruptedError, MemoryError) as exc:
            send("errored", (type(exc).__name__, str(exc)))
        except Exception as exc:  # noqa: BLE001 (every failure reaches the user as one line)
            logging.getLogger("digitlab.training").exception("training failed")
            send("errored", ("Exception", one_line(exc, 400)))
