"""ReportThread: a training callback's reports, run in order on one background thread.

The end of an epoch looks inside the network: the hidden-layer map of 2,000 test images and
the weight histograms (`LayerProbe.finish`, numpy, about 0.1 s for assignment 2). Run in the
training thread it held up the next epoch; here it runs beside the next epoch's first
batches, where TensorFlow, going layer by layer, leaves a core idle. Every report of the
callback goes through this one thread, first in first out, so the next epoch's batches still
reach the reporter after the epoch's record, as before.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable


class ReportThread:
    """Jobs run one at a time, in the order submitted, on a thread started by the first."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def submit(self, job: Callable[[], None]) -> None:
        """Run `job` after every job submitted before it (none runs after a failed one)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="training reports",
                                            daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def wait(self) -> None:
        """Return once every submitted job has run; raise the error of one that failed."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:
                try:
                    job()
                except BaseException as error:  # noqa: BLE001 (raised again by wait)
                    self._error = error
