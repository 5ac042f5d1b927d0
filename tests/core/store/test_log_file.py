import sys

import pytest

from core.store.log_file import log_to_file


def test_a_process_without_streams_gets_null_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    log_to_file(None)
    print("a stray print", file=sys.stdout)
    print("and a warning", file=sys.stderr)
    sys.stdout.close()
    sys.stderr.close()
