"""Saving a drawing never makes the window wait on the database: a held lock queues the
drawing (saved in order off the GUI thread once free), a read-only file says why in one line."""

import sqlite3

import numpy as np
import pytest

from core.data.my_drawings import DrawingStore
from gui.drawing import my_drawings_bar
from gui.drawing.canvas import DrawingCanvas
from gui.drawing.my_drawings_bar import WINDOW_TIMEOUT, MyDrawingsBar
from gui.drawing.prediction_panel import PredictionPanel

SEVEN = [(60, 60), (220, 60), (120, 240)]


@pytest.fixture
def panel(qtbot) -> PredictionPanel:  # noqa: ANN001
    canvas = DrawingCanvas()
    widget = PredictionPanel(canvas)
    qtbot.addWidget(canvas)
    qtbot.addWidget(widget)
    canvas.add_stroke(SEVEN)
    widget.predict_now()
    return widget


def _bar(qtbot, store: DrawingStore) -> tuple[MyDrawingsBar, list]:  # noqa: ANN001
    bar = MyDrawingsBar(store)
    qtbot.addWidget(bar)
    messages: list = []
    bar.message.connect(lambda text, error: messages.append((text, error)))
    return bar, messages


def test_a_save_against_a_held_lock_waits_in_a_queue_and_is_saved_when_free(
        qtbot, panel: PredictionPanel, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(my_drawings_bar, "RETRY_MS", 50)
    DrawingStore().append(np.zeros((28, 28)), 1)
    bar, messages = _bar(qtbot, DrawingStore(timeout=WINDOW_TIMEOUT))
    holder = sqlite3.connect(DrawingStore().database.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    assert bar.save(panel, 7) and bar.save(panel, 8)
    qtbot.waitUntil(lambda: bool(messages) and "waits" in messages[-1][0], timeout=10_000)
    assert len(bar.waiting) == 2 and not messages[-1][1]
    holder.close()
    qtbot.waitUntil(lambda: not bar.waiting, timeout=10_000)
    assert [r["label"] for r in DrawingStore().records()] == [1, 7, 8]
    assert "(3 in all)" in messages[-1][0]
    qtbot.waitUntil(lambda: "(3)" in bar.label.text(), timeout=10_000)


def test_a_read_only_database_refuses_the_save_in_one_line(
        qtbot, panel: PredictionPanel) -> None:  # noqa: ANN001
    bar, messages = _bar(qtbot, DrawingStore(read_only=True))
    bar.save(panel, 7)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    text, error = messages[-1]
    assert error and "read-only" in text and "\n" not in text and not bar.waiting


def test_a_bad_row_leaves_the_bar_counting_the_good_ones(qtbot) -> None:  # noqa: ANN001
    DrawingStore().append(np.zeros((28, 28)), 3)
    with sqlite3.connect(DrawingStore().database.path) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("INSERT INTO drawings (created, label, image) VALUES (1, 42, ?)",
                           (bytes(784),))
    bar, _ = _bar(qtbot, DrawingStore())
    qtbot.waitUntil(lambda: "(1)" in bar.label.text(), timeout=10_000)
    assert "left out" in bar.store.notices[0]
