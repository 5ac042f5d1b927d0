import threading

from core.training.callbacks import make_callback_class
from core.training.progress import BatchProgress, Reporter


class Collect(Reporter):
    def __init__(self) -> None:
        self.batches: list[BatchProgress] = []

    def batch_ended(self, progress: BatchProgress) -> None:
        self.batches.append(progress)


def test_a_last_call_that_overshoots_the_epoch_reports_its_real_last_batch() -> None:
    seen = Collect()
    callback = make_callback_class()(seen, threading.Event(), 0, 1688, 0.0, snapshot=False)
    callback.on_train_begin()
    callback.on_epoch_begin(0)
    callback.on_train_batch_end(1663, {"loss": 0.2, "accuracy": 0.9})
    callback.on_train_batch_end(1715, {"loss": 0.2, "accuracy": 0.9})  # N = 26: 66 x 26
    assert [p.batch for p in seen.batches] == [1664, 1688]
    assert seen.batches[-1].position == 1.0
