from core.training.progress import BatchProgress
from gui.training.training_controls import TrainingControls


def test_the_bar_shows_the_newest_of_many_batches(qtbot) -> None:  # noqa: ANN001
    controls = TrainingControls()
    qtbot.addWidget(controls)
    controls.started(epochs=2, batches=100, first_epoch=1)
    for batch in range(1, 61):
        controls.show_batch(BatchProgress(1, batch, 100, 0.5, 0.8, 1.0))
    qtbot.waitUntil(lambda: controls.progress.value() == 60, timeout=2000)
    assert "batch 60/100" in controls.progress.format()


def test_a_finished_run_is_not_overwritten_by_a_late_batch(qtbot) -> None:  # noqa: ANN001
    controls = TrainingControls()
    qtbot.addWidget(controls)
    controls.started(epochs=1, batches=100, first_epoch=1)
    controls.show_batch(BatchProgress(1, 99, 100, 0.5, 0.8, 1.0))
    controls.finished("Finished")
    qtbot.wait(250)
    assert controls.progress.format() == "done"


def test_a_one_epoch_continuation_reads_one_more(qtbot) -> None:  # noqa: ANN001
    controls = TrainingControls()
    qtbot.addWidget(controls)
    controls.started(1, 10, first_epoch=3)
    assert controls.progress.format() == "epoch 3 (1 more)"
    controls.started(5, 10, first_epoch=3)
    controls.show_batch(BatchProgress(4, 5, 10, 0.3, 0.9, 1.0))
    qtbot.waitUntil(lambda: "batch 5/10" in controls.progress.format())
    assert controls.progress.format().startswith("epoch 4 (2 of 5 more)")


def test_the_train_more_box_says_epoch_or_epochs(qtbot, english) -> None:  # noqa: ANN001
    controls = TrainingControls()
    qtbot.addWidget(controls)
    controls.more_epochs.setValue(1)
    assert controls.more_epochs.suffix() == " epoch"
    controls.more_epochs.setValue(3)
    assert controls.more_epochs.suffix() == " epochs"
