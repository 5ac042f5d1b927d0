"""The report's view of a model is its Run: one record, numbers as numbers."""

from helpers import random_classifier

from core.report.report_model import model_from_run
from core.training.history import History
from core.training.run import Run


def test_the_reports_model_is_made_from_the_run_and_keeps_epochs_a_number() -> None:
    history = History.from_dict({"position": [1.0, 2.0, 2.4], "loss": [0.5, 0.4, 0.35],
                                 "accuracy": [0.8, 0.85, 0.86]})
    run = Run(name="r", layers="8", params=1, history=history, test_accuracy=0.9)
    model = model_from_run(run, random_classifier(8))
    assert model.run is run and model.epochs == run.epochs == 2.4
    assert isinstance(model.epochs, float) and model.recorded_test_accuracy == 0.9
