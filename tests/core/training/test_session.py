import threading
from pathlib import Path

import keras
import numpy as np
import pytest
from helpers import save_npz

from core.data.datasets import MnistData
from core.model import model_files
from core.model.architectures import ModelSpec, parse_layers
from core.training.progress import BatchProgress, Reporter
from core.training.session import TrainingJob, TrainingSession

SPEC = ModelSpec(parse_layers("16"), epochs=2, seed=1, name="sixteen")


@pytest.fixture
def data_path(tmp_path: Path, small_data: MnistData) -> str:
    return str(save_npz(tmp_path / "small.npz", small_data))


@pytest.fixture
def session() -> TrainingSession:
    return TrainingSession()


def _plain_keras_file(path: Path, compiled: bool) -> Path:
    """A model as a plain Keras script saves it: separate Activation layers, logits out."""
    model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(100), keras.layers.Activation("relu"),
                              keras.layers.Dense(10)])
    if compiled:
        model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                      metrics=["accuracy"])
    model.save(path)
    return path


def test_a_fresh_run_describes_its_model(session: TrainingSession, data_path: str) -> None:
    run = session.run(TrainingJob(SPEC, data_path, name="first"))
    assert (run.layers, run.params, run.history.epochs) == ("16", 12_730, 2.0)
    assert run.spec == SPEC and Path(run.model_file).is_file()


def test_train_more_copies_the_parent_history(session: TrainingSession, data_path: str) -> None:
    first = session.run(TrainingJob(SPEC, data_path))
    more = session.run(TrainingJob(SPEC.replace(epochs=1), data_path, parent_run=first))
    assert len(first.history) == 2 and len(more.history) == 3
    assert more.history.loss[:2] == first.history.loss and more.parent == first.id


def test_train_more_keeps_every_epoch_in_its_file(session: TrainingSession,
                                                  data_path: str) -> None:
    first = session.run(TrainingJob(SPEC, data_path))
    more = session.run(TrainingJob(SPEC.replace(epochs=1), data_path, parent_run=first))
    meta = model_files.read_metadata(more.model_file)
    assert len(meta.history["loss"]) == 3 and meta.epochs == 3.0


def test_a_file_run_is_labelled_with_the_files_layers(session: TrainingSession, data_path: str,
                                                      tmp_path: Path) -> None:
    path = _plain_keras_file(tmp_path / "plain.keras", compiled=True)
    spec = ModelSpec(parse_layers("1024-512-256-128-64"), epochs=1, name="assignment-2")
    run = session.run(TrainingJob(spec, data_path, parent_file=str(path)))
    assert (run.layers, run.params, run.parent) == ("100", 79_510, str(path))
    assert run.spec is not None and run.spec.layer_text == "100"


def test_a_file_without_optimizer_is_compiled_and_says_so(session: TrainingSession,
                                                          data_path: str,
                                                          tmp_path: Path) -> None:
    path = _plain_keras_file(tmp_path / "bare.keras", compiled=False)
    run = session.run(TrainingJob(SPEC.replace(epochs=1), data_path, parent_file=str(path)))
    assert run.test_accuracy is not None and run.test_accuracy > 0.5
    assert any("no optimizer" in note and "logits" in note for note in run.notes)


class _StopMidEpoch(Reporter):
    def __init__(self, event: threading.Event) -> None:
        self.event = event

    def batch_ended(self, progress: BatchProgress) -> None:
        if progress.batch >= 1:
            self.event.set()


def test_a_stop_mid_epoch_counts_as_part_of_an_epoch(session: TrainingSession,
                                                     data_path: str) -> None:
    event = threading.Event()
    run = session.run(TrainingJob(SPEC.replace(epochs=3), data_path), _StopMidEpoch(event),
                      event)
    assert run.history.partial == [True] and 0 < run.history.epochs < 1
    assert run.history.epochs_text != "1"


def test_drawings_added_to_training_change_the_data(session: TrainingSession,
                                                    data_path: str) -> None:
    extra = (np.full((2, 28, 28), 255, np.uint8), np.array([3, 4], np.uint8))
    plain = session.run(TrainingJob(SPEC.replace(epochs=1), data_path))
    mixed = session.run(TrainingJob(SPEC.replace(epochs=1), data_path, extra=extra))
    assert plain.data != mixed.data


def test_a_compiled_h5_file_trains_more(session: TrainingSession, data_path: str,
                                        tmp_path: Path) -> None:
    path = _plain_keras_file(tmp_path / "plain.h5", compiled=True)
    run = session.run(TrainingJob(SPEC.replace(epochs=1), data_path, parent_file=str(path)))
    assert run.test_accuracy is not None and len(run.history) == 1


def test_runs_continued_from_a_file_carry_the_files_name(session: TrainingSession,
                                                         data_path: str,
                                                         tmp_path: Path) -> None:
    path = _plain_keras_file(tmp_path / "mine.keras", compiled=True)
    editor = ModelSpec(parse_layers("32-16"), epochs=1, name="32-16")
    first = session.run(TrainingJob(editor, data_path, parent_file=str(path)))
    again = session.run(TrainingJob(editor, data_path, parent_run=first))
    assert first.spec is not None and first.spec.name == "mine"
    assert again.spec is not None and again.spec.name == "mine"
    assert (again.layers, again.spec.layer_text) == ("100", "100")


def test_warming_up_without_mnist_is_no_failure(session: TrainingSession,
                                                tmp_path: Path) -> None:
    session.warm_up(str(tmp_path / "missing.npz"))  # Train says MNIST is missing, later
    assert session._data is None
