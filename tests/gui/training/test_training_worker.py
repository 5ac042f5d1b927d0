from pathlib import Path

from core.model.architectures import ModelSpec, parse_layers
from core.training.session import TrainingJob
from gui.training.training_worker import TrainingThread

SPEC = ModelSpec(parse_layers("16"), epochs=2, seed=1)


def test_worker_trains_in_its_thread_and_reports(qtbot, data_file: Path) -> None:  # noqa: ANN001
    training = TrainingThread()
    epochs = []
    training.worker.epoch_ended.connect(epochs.append)
    with qtbot.waitSignal(training.worker.run_finished, timeout=120_000) as done:
        training.start(TrainingJob(SPEC, str(data_file)))
    run = done.args[0]
    assert run.epochs == 2 and run.test_accuracy is not None
    assert [r.epoch for r in epochs] == [1, 2] and epochs[-1].classifier is not None
    assert training.shutdown()


def test_worker_errors_arrive_as_one_line(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an npz at all")
    training = TrainingThread()
    with qtbot.waitSignal(training.worker.training_failed, timeout=60_000) as failed:
        training.start(TrainingJob(SPEC, str(bad)))
    assert "bad.npz" in failed.args[0] and "\n" not in failed.args[0]
    assert not training.is_running()
    assert training.shutdown()


def test_extra_drawings_come_first_so_validation_stays_mnist(small_data) -> None:  # noqa: ANN001
    import numpy as np

    from core.training.session import with_extra

    images = np.full((2, 28, 28), 255, np.uint8)
    merged = with_extra(small_data, images, np.array([3, 4], np.uint8), repeat=5)
    assert len(merged.x_train) == len(small_data.x_train) + 10
    assert (merged.x_train[:10] == 255).all()
    assert np.array_equal(merged.x_train[-50:], small_data.x_train[-50:])


SECOND_TRAINING = r"""
import os, sys, threading
from PySide6.QtCore import QCoreApplication
sys.path[:0] = [sys.argv[1]]
from core.model.architectures import ModelSpec, parse_layers
from core.training.session import TrainingJob
from gui.training.training_worker import TrainingThread

app = QCoreApplication([])
training = TrainingThread()
finished = []
training.worker.run_finished.connect(finished.append)
failed = []
training.worker.training_failed.connect(failed.append)
spec = ModelSpec(parse_layers("8"), epochs=1, seed=1)
training.start(TrainingJob(spec, sys.argv[2]))  # the worker thread's first slot call
while (not finished or training.is_running()) and not failed:
    app.processEvents()  # (the list is filled from the worker thread; is_running in this one)
hold = threading.Event()  # threads whose states take the freed memory of the first slot's
holders = [threading.Thread(target=hold.wait, daemon=True) for _ in range(3)]
for holder in holders:
    holder.start()
training.start(TrainingJob(spec, sys.argv[2]))
while (len(finished) < 2 or training.is_running()) and not failed:
    app.processEvents()
hold.set()
print("two trainings", len(finished) == 2 and training.shutdown(), failed, flush=True)
os._exit(0)
"""


def test_a_second_training_in_the_worker_thread_does_not_freeze(data_file: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", SECOND_TRAINING, str(root), str(data_file)],
                            capture_output=True, text=True, timeout=240,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "two trainings True" in result.stdout, result.stdout + result.stderr[-2000:]
