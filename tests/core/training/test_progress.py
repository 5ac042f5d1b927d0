from core.training.progress import BatchProgress, EpochRecord, RecordReporter, TrainingStarted


def test_positions_are_in_epochs() -> None:
    assert BatchProgress(3, 2, 4, 0.1, 0.9, 1.0, start=2.0).position == 2.5
    assert EpochRecord(3, 0.1, 0.9, None, None, 0.01, 1.0, partial=True,
                       fraction=0.4).position == 2.4


def test_a_record_reporter_hands_every_record_to_one_function() -> None:
    seen: list[object] = []
    reporter = RecordReporter(seen.append)
    reporter.training_started(2, 10)
    batch = BatchProgress(1, 1, 10, 0.5, 0.5, 0.1)
    reporter.batch_ended(batch)
    assert seen == [TrainingStarted(2, 10), batch]
