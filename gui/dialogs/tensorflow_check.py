"""TensorflowCheck: probe TensorFlow in a child process off the GUI thread, report by signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from core.training.backend import probe_tensorflow


class TensorflowCheck(QObject):
    """`checked(reason)` arrives in the GUI thread: "" when TensorFlow works, else why not."""

    checked = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._run, name="digitlab-tf-probe", daemon=True).start()

    def _run(self) -> None:
        self.checked.emit(probe_tensorflow() or "")
