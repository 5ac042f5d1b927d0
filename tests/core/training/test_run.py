from core.model.architectures import PRESETS
from core.training.history import History
from core.training.run import Run


def test_a_run_survives_a_round_trip_through_plain_data() -> None:
    run = Run(name="a", layers="32-16", params=25_818, spec=PRESETS["assignment-1"].spec,
              history=History.from_dict({"position": [1.0], "loss": [0.3]}), test_accuracy=0.9)
    again = Run.from_dict(run.to_dict())
    assert (again.name, again.spec, again.epochs, again.test_accuracy, again.id) == (
        run.name, run.spec, 1.0, 0.9, run.id)


def test_a_model_files_metadata_is_made_from_the_run_and_back() -> None:
    run = Run(name="a", layers="32-16", params=25_818, spec=PRESETS["assignment-1"].spec)
    again = Run.from_metadata(run.metadata(), "a", "32-16", 25_818)
    assert again.spec == run.spec and again.id == run.id


def test_a_stored_run_of_the_wrong_types_reads_as_empty_fields() -> None:
    run = Run.from_dict({"name": 3, "params": "many", "spec": {"layers": "x"}})
    assert (run.name, run.params, run.spec) == ("run", 0, None)
