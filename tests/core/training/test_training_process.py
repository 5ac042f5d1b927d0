import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import save_npz

from core.data.datasets import MnistData
from core.model.architectures import ModelSpec, parse_layers
from core.training.progress import BatchProgress, Diagnostics, EpochRecord, Status, TrainingStarted
from core.training.session import TrainingJob
from core.training.training_process import TrainingError, TrainingProcess

SPEC = ModelSpec(parse_layers("16"), epochs=2, seed=1, name="sixteen")


@pytest.fixture(scope="module")
def process() -> Iterator[TrainingProcess]:
    """One child for the module: it imports TensorFlow once."""
    training = TrainingProcess()
    yield training
    training.close()


@pytest.fixture
def data_path(tmp_path: Path, small_data: MnistData) -> str:
    return str(save_npz(tmp_path / "small.npz", small_data))


def ignore(_record: object) -> None:
    pass


def test_a_job_runs_in_the_child_and_reports_as_a_session_does(
        process: TrainingProcess, data_path: str) -> None:
    seen: list[object] = []
    run = process.run(seen.append, process.stop_flag, TrainingJob(SPEC, data_path))
    assert run.epochs == 2 and run.test_accuracy is not None
    epochs = [r for r in seen if isinstance(r, EpochRecord)]
    assert [r.epoch for r in epochs] == [1, 2] and epochs[-1].classifier is not None
    assert any(isinstance(r, TrainingStarted) for r in seen)
    assert any(isinstance(r, BatchProgress) for r in seen)
    assert Status("Training…") in seen
    assert Path(run.model_file).parent == Path(os.environ["DIGITLAB_HOME"]) / "runs"
    assert process.pid not in (None, os.getpid())


def test_train_more_continues_the_model_kept_in_the_child(
        process: TrainingProcess, data_path: str) -> None:
    first = process.run(ignore, process.stop_flag, TrainingJob(SPEC.replace(epochs=1), data_path))
    more = process.run(ignore, process.stop_flag,
                       TrainingJob(SPEC.replace(epochs=2), data_path, parent_run=first))
    assert more.parent == first.id and more.epochs == 3  # its parent's 1, then 2 more


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no nice values here")
def test_the_child_runs_below_the_window_s_priority(process: TrainingProcess,
                                                    data_path: str) -> None:
    process.warm_up(ignore, process.stop_flag, data_path)
    assert os.getpriority(os.PRIO_PROCESS, process.pid) > os.getpriority(os.PRIO_PROCESS, 0)


def test_stop_acts_in_the_child(process: TrainingProcess, data_path: str) -> None:
    def stop_at_first_batch(record: object) -> None:
        if isinstance(record, BatchProgress):
            process.stop_flag.set()  # what the task's Stop does

    run = process.run(stop_at_first_batch, process.stop_flag,
                      TrainingJob(SPEC.replace(epochs=50), data_path))
    assert run.stop_reason == "stopped by user" and run.epochs < 50


def test_a_failure_in_the_child_arrives_as_one_line(process: TrainingProcess,
                                                     tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an npz at all")
    with pytest.raises(TrainingError, match="bad.npz") as failed:
        process.run(ignore, process.stop_flag, TrainingJob(SPEC, str(bad)))
    assert "\n" not in str(failed.value)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_child_fails_the_job_and_the_next_job_starts_a_new_one(
        process: TrainingProcess, data_path: str) -> None:
    import signal

    def kill(record: object) -> None:
        if isinstance(record, BatchProgress):
            os.kill(process.pid, signal.SIGKILL)

    with pytest.raises(TrainingError, match="ended unexpectedly"):
        process.run(kill, process.stop_flag, TrainingJob(SPEC.replace(epochs=50), data_path))
    killed = process.pid
    assert process.run(ignore, process.stop_flag,
                       TrainingJob(SPEC.replace(epochs=1), data_path)).epochs == 1
    assert process.pid not in (None, killed)


def test_a_failure_speaks_the_window_s_language_as_the_session_would(
        process: TrainingProcess, tmp_path: Path) -> None:
    from core.i18n import set_language
    from core.training.session import TrainingSession

    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an npz at all")
    set_language("de")
    try:
        with pytest.raises(Exception) as here:  # noqa: PT011 (whatever the session raises)
            TrainingSession().run(TrainingJob(SPEC, str(bad)))
        with pytest.raises(TrainingError) as there:
            process.run(ignore, process.stop_flag, TrainingJob(SPEC, str(bad)))
    finally:
        set_language("en")
    assert str(there.value) == " ".join(str(here.value).split())
    assert str(there.value) != process_message_in_english(process, bad)


def process_message_in_english(process: TrainingProcess, bad: Path) -> str:
    with pytest.raises(TrainingError) as english:
        process.run(ignore, process.stop_flag, TrainingJob(SPEC, str(bad)))
    return str(english.value)


def test_the_child_logs_its_failures_where_the_window_logs(tmp_path: Path) -> None:
    import logging

    log = tmp_path / "digitlab.log"
    handler = logging.FileHandler(log, encoding="utf-8")
    logging.getLogger().handlers.insert(0, handler)  # before pytest's own file handler
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an npz at all")
    training = TrainingProcess()
    try:
        with pytest.raises(TrainingError):
            training.run(ignore, training.stop_flag, TrainingJob(SPEC, str(bad)))
    finally:
        training.close()
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "[training]: training failed" in log.read_text(encoding="utf-8")


class _DyingPipe:
    """A pipe whose child is forgotten by the worker thread while close() sends on it."""

    def __init__(self, training: TrainingProcess) -> None:
        self.training = training

    def send(self, message: object) -> None:
        self.training._forget_child()  # the worker saw the child die, just now
        raise OSError("handle is closed")

    def close(self) -> None:
        pass


class _EndedProcess:
    exitcode = 1

    def join(self, timeout: float | None = None) -> None:
        pass

    def is_alive(self) -> bool:
        return False


def test_close_while_the_worker_forgets_a_dead_child_raises_nothing() -> None:
    training = TrainingProcess()
    training._process, training._pipe = _EndedProcess(), _DyingPipe(training)
    training.close()
    assert training.pid is None


def test_larger_batches_get_a_child_laid_out_for_them_and_train_more_stays(
        process: TrainingProcess, data_path: str) -> None:
    def layout(seen: list[object]) -> object:
        return next(r.facts["threads"] for r in seen if isinstance(r, Diagnostics))

    seen: list[object] = []
    small = process.run(seen.append, process.stop_flag,
                        TrainingJob(SPEC.replace(epochs=1), data_path))
    small_child, small_layout = process.pid, layout(seen)
    seen.clear()
    large = process.run(seen.append, process.stop_flag,
                        TrainingJob(SPEC.replace(epochs=1, batch_size=64), data_path))
    assert (small_layout, layout(seen)) == ("pairs", "default")
    assert process.pid != small_child and small.model_file
    large_child = process.pid
    more = process.run(ignore, process.stop_flag,
                       TrainingJob(SPEC.replace(epochs=1), data_path, parent_run=large))
    assert process.pid == large_child and more.epochs == 2  # its model was in that child
