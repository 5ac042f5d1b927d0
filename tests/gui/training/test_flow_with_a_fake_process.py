"""The training flow with no window and no TensorFlow: a fake process answers in the task
vocabulary (records reported, a Run returned), so Train, Stop and Train more are checked in
milliseconds. End-to-end window trainings are marked slow."""

import time

import numpy as np
import pytest
from helpers import random_classifier

from core.model.architectures import ModelSpec, parse_layers
from core.training.history import History
from core.training.model_choice import LIVE, RUN
from core.training.progress import BatchProgress, EpochRecord, Status, TrainingStarted
from core.training.run import Run
from core.training.run_store import RunStore
from core.training.shared_flag import SharedFlag
from gui.session import Session
from gui.training.curves import CurvesWidget
from gui.training.model_panel import ModelPanel
from gui.training.runs_panel import RunsPanel
from gui.training.training_controls import TrainingControls
from gui.training.training_flow import TrainingFlow

SPEC = ModelSpec(parse_layers("8"), epochs=2, seed=1)


class FakeProcess:
    """Speaks as TrainingProcess does: records through `report`, a Run returned."""

    def __init__(self) -> None:
        import multiprocessing

        self.stop_flag = SharedFlag(multiprocessing.get_context("spawn"))
        self.pid = None
        self.jobs: list = []

    def run(self, report, stop, job) -> Run:  # noqa: ANN001
        self.jobs.append(job)
        history = job.parent_run.history.copy() if job.parent_run else History()
        first = len(history)
        report(Status("Training…"))
        report(TrainingStarted(job.spec.epochs, 3))
        stopped = False
        for epoch in range(first + 1, first + job.spec.epochs + 1):
            report(BatchProgress(epoch, 1, 3, 1.0, 0.5, 0.1, start=epoch - 1))
            record = EpochRecord(epoch, 1.0 / epoch, 0.5, 1.1, 0.4, 0.01, 0.1,
                                 classifier=random_classifier(8, seed=epoch))
            report(record)
            history.add(record)
            time.sleep(0.02)  # an epoch takes a moment: a Stop from the window arrives in time
            if stop.is_set():
                stopped = True
                break
        return Run(name=job.name, layers=job.spec.layer_text, params=job.spec.param_count(),
                   spec=job.spec, history=history,
                   stop_reason="stopped by user" if stopped else "completed",
                   parent=job.parent_run.id if job.parent_run else "")

    def warm_up(self, report, stop, data_path) -> None:  # noqa: ANN001
        pass

    def close(self, timeout: float = 5.0) -> None:
        pass


@pytest.fixture
def flow(qtbot) -> TrainingFlow:  # noqa: ANN001
    panel, controls, curves = ModelPanel(), TrainingControls(), CurvesWidget()
    runs = RunsPanel(RunStore())
    for widget in (panel, controls, curves, runs):
        qtbot.addWidget(widget)
    session = Session(runs.store())
    made = TrainingFlow(panel, controls, curves, runs, session, process=FakeProcess())
    panel.set_spec(SPEC)
    return made


def train(flow: TrainingFlow, qtbot) -> Run:  # noqa: ANN001
    with qtbot.waitSignal(flow.run_finished, timeout=5000) as done:
        flow.start_training()
    return done.args[0]


def test_a_run_is_added_and_its_model_answers(flow: TrainingFlow, qtbot) -> None:  # noqa: ANN001
    run = train(flow, qtbot)
    qtbot.waitUntil(lambda: flow.runs.row_count() == 1, timeout=5000)  # kept in a task
    assert len(run.history) == 2
    assert flow.session.model.source == RUN and flow.session.model.run is run
    assert flow.curves.point_count("val_loss") == 2


def test_each_epoch_answers_drawings_while_training(flow: TrainingFlow, qtbot) -> None:  # noqa: ANN001
    sources: list[str] = []
    flow.session.model_changed.connect(lambda choice: sources.append(choice.source))
    train(flow, qtbot)
    assert sources[:2] == [LIVE, LIVE] and sources[-1] == RUN


def test_train_more_continues_the_run_that_answers(flow: TrainingFlow, qtbot) -> None:  # noqa: ANN001
    first = train(flow, qtbot)
    with qtbot.waitSignal(flow.run_finished, timeout=5000) as more:
        flow.train_more(1)
    assert more.args[0].parent == first.id and len(more.args[0].history) == 3
    assert "continued from" in more.args[0].name


def test_stop_reaches_the_process_through_the_tasks_flag(flow: TrainingFlow, qtbot) -> None:  # noqa: ANN001
    flow.panel.set_spec(SPEC.replace(epochs=50))
    flow.batch_ended.connect(lambda _: flow.stop())
    run = train(flow, qtbot)
    assert run.stop_reason == "stopped by user" and len(run.history) < 50


def test_a_failure_is_one_line_and_the_flow_stays_usable(flow: TrainingFlow, qtbot) -> None:  # noqa: ANN001
    def fail(report, stop, job):  # noqa: ANN001, ANN202
        raise MemoryError

    flow.process.run = fail
    with qtbot.waitSignal(flow.training_failed, timeout=5000) as failed:
        flow.start_training()
    assert "out of memory" in failed.args[0] and not flow.is_running()
    assert np.isfinite(flow.curves.point_count("loss"))


def test_a_held_lock_never_holds_the_window_when_a_run_is_kept(flow: TrainingFlow, qtbot) -> None:  # noqa: ANN001
    import sqlite3
    import time as clock

    flow.runs.store().database.timeout = 1.0
    holder = sqlite3.connect(flow.runs.store().database.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    started = clock.perf_counter()
    train(flow, qtbot)  # the run ends; keeping it waits in a task, not on this thread
    assert clock.perf_counter() - started < 0.9
    holder.close()
    qtbot.waitUntil(lambda: flow.runs.row_count() == 1, timeout=5000)
