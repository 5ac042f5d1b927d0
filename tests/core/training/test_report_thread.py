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


def test_a_job_runs_at_once_in_the_caller_s_thread_when_none_is_pending() -> None:
    reports = ReportThread()
    where: list[bool] = []
    reports.run_in_order(lambda: where.append(threading.current_thread()
                                              is threading.main_thread()))
    assert where == [True]


def test_a_job_waits_behind_a_pending_one() -> None:
    reports = ReportThread()
    release = threading.Event()
    seen: list[str] = []
    reports.submit(lambda: (release.wait(5), seen.append("epoch")))
    reports.run_in_order(lambda: seen.append("batch"))
    assert seen == []
    release.set()
    reports.wait()
    assert seen == ["epoch", "batch"]
