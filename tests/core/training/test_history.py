

def test_an_epoch_cut_short_is_written_with_two_decimals() -> None:
    from core.training.history import epoch_text

    assert (epoch_text(2.04502), epoch_text(3.0), epoch_text(1.5)) == ("2.05", "3", "1.5")


def test_epochs_are_counted_in_words_with_the_right_plural() -> None:
    from core.training.history import epochs_words

    assert [epochs_words(x) for x in (1.0, 2.0, 2.04502)] == ["1 epoch", "2 epochs", "2.05 epochs"]
