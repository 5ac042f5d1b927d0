import threading

import pytest

from core.training.report_thread import ReportThread


def test_jobs_run_in_order_off_the_calling_thread() -> None:
    reports = ReportThread()
    seen: list[tuple[int, bool]] = []
    for k in range(50):
        reports.submit(lambda k=k: seen.append((k, threading.current_thread()
                                                is threading.main_thread())))
    reports.wait()
    assert [k for k, _ in seen] == list(range(50))
    assert not any(on_main for _, on_main in seen)


def test_a_failed_job_stops_the_rest_and_wait_raises_its_error() -> None:
    reports = ReportThread()
    seen: list[int] = []
    reports.submit(lambda: seen.append(1))
    reports.submit(lambda: 1 / 0)
    reports.submit(lambda: seen.append(3))
    with pytest.raises(ZeroDivisionError):
        reports.wait()
    assert seen == [1]


def test_waiting_with_nothing_submitted_returns_at_once() -> None:
    ReportThread().wait()
