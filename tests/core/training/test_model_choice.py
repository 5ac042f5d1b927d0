from core.training.model_choice import FILE, LIVE, RUN, ModelChoice
from core.training.run import Run


def test_a_run_or_a_file_is_remembered_by_key_an_epoch_is_not() -> None:
    run = Run(name="r", layers="8", params=1, id="abc")
    assert ModelChoice(None, "r", RUN, run=run).key == "run:abc"
    assert ModelChoice(None, "f", FILE, path="/m.keras").key == "file:/m.keras"
    assert ModelChoice(None, "live", LIVE, run=run).key == ""
    assert ModelChoice().key == ""
