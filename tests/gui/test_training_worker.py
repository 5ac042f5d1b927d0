from pathlib import Path

from core.architectures import ModelSpec, parse_layers
from gui.training_worker import TrainingThread

SPEC = ModelSpec(parse_layers("16"), epochs=2, seed=1)


def test_worker_trains_in_its_thread_and_reports(qtbot, data_file: Path) -> None:  # noqa: ANN001
    training = TrainingThread()
    epochs = []
    training.worker.epoch_ended.connect(epochs.append)
    with qtbot.waitSignal(training.worker.training_finished, timeout=120_000) as done:
        training.start(SPEC, str(data_file), None)
    summary = done.args[0]
    assert summary.epochs_run == 2 and summary.test_accuracy is not None
    assert [r.epoch for r in epochs] == [1, 2] and epochs[-1].classifier is not None
    assert training.shutdown()


def test_worker_errors_arrive_as_one_line(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not an npz at all")
    training = TrainingThread()
    with qtbot.waitSignal(training.worker.training_failed, timeout=60_000) as failed:
        training.start(SPEC, str(bad), None)
    assert "bad.npz" in failed.args[0] and "\n" not in failed.args[0]
    assert not training.is_running()
    assert training.shutdown()


def test_extra_drawings_come_first_so_validation_stays_mnist(small_data) -> None:  # noqa: ANN001
    import numpy as np

    from gui.training_worker import with_extra

    images = np.full((2, 28, 28), 255, np.uint8)
    merged = with_extra(small_data, images, np.array([3, 4], np.uint8), repeat=5)
    assert len(merged.x_train) == len(small_data.x_train) + 10
    assert (merged.x_train[:10] == 255).all()
    assert np.array_equal(merged.x_train[-50:], small_data.x_train[-50:])
