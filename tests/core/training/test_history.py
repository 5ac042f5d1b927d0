from core.training.history import History


def test_a_stopped_run_says_how_far_it_went() -> None:
    history = History.from_dict({"position": [1.0, 2.0, 2.4], "loss": [0.5, 0.4, 0.3]})
    assert history.epochs == 2.4 and history.epochs_text == "2.4" and len(history) == 3


def test_a_copy_is_independent() -> None:
    history = History.from_dict({"position": [1.0], "loss": [0.5]})
    copy = history.copy()
    copy.position.append(2.0)
    assert len(history.position) == 1


def test_a_damaged_history_reads_as_empty() -> None:
    assert len(History.from_dict("nonsense")) == 0
