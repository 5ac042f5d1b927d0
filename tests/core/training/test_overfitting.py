from core.training.overfitting import overfitting_signal

HISTORY = {"loss": [0.5, 0.3, 0.2, 0.1, 0.05], "accuracy": [0.85, 0.9, 0.94, 0.97, 0.99],
           "val_loss": [0.4, 0.3, 0.32, 0.31, 0.35],
           "val_accuracy": [0.88, 0.91, 0.92, 0.92, 0.915]}


def test_gap_is_the_last_epochs_train_minus_validation() -> None:
    signal = overfitting_signal(HISTORY)
    assert abs(signal.accuracy_gap - (0.99 - 0.915)) < 1e-9
    assert abs(signal.loss_gap - (0.35 - 0.05)) < 1e-9


def test_epochs_where_validation_loss_rose_are_listed() -> None:
    assert overfitting_signal(HISTORY).rising_epochs == [3, 5]


def test_best_epoch_and_overfitting_flag() -> None:
    signal = overfitting_signal(HISTORY)
    assert signal.best_epoch == 2 and signal.overfitting


def test_early_stopping_is_marked_at_the_last_epoch() -> None:
    assert overfitting_signal(HISTORY, "early stopping").early_stop_epoch == 5
    assert overfitting_signal(HISTORY, "completed").early_stop_epoch is None


def test_without_validation_the_text_says_so() -> None:
    signal = overfitting_signal({"loss": [0.5, 0.4], "accuracy": [0.8, 0.9]})
    assert signal.accuracy_gap is None and "cannot be measured" in signal.text


def test_the_gaps_are_written_in_the_languages_numbers() -> None:
    from core import i18n

    assert "+7.50" in overfitting_signal(HISTORY).text
    i18n.set_language("de")
    try:
        text = overfitting_signal(HISTORY).text
    finally:
        i18n.set_language("en")
    assert "+7,50" in text and "+0,3000" in text


def test_the_gap_says_training_is_the_epochs_mean() -> None:
    from core.training.overfitting import overfitting_signal

    signal = overfitting_signal({"loss": [0.6], "accuracy": [0.85], "val_loss": [0.3],
                                 "val_accuracy": [0.91]})
    assert "mean over the epoch" in signal.text and "-6.00 points" in signal.text
