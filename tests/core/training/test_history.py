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


def test_an_epoch_cut_short_is_written_with_two_decimals() -> None:
    from core.training.history import epoch_text

    assert (epoch_text(2.04502), epoch_text(3.0), epoch_text(1.5)) == ("2.05", "3", "1.5")


def test_epochs_are_counted_in_words_with_the_right_plural() -> None:
    from core.training.history import epochs_words

    assert [epochs_words(x) for x in (1.0, 2.0, 2.04502)] == ["1 epoch", "2 epochs", "2.05 epochs"]
