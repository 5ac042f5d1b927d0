import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.data.my_drawings import DrawingStore, DrawingStoreError
from core.store.database import Database

ROOT = Path(__file__).resolve().parents[3]


def test_append_counts_and_reload() -> None:
    store = DrawingStore()
    store.append(np.full((28, 28), 0.5, np.float32), 4)
    store.append(np.zeros((28, 28), np.uint8), 4)
    images, labels = DrawingStore().load()
    assert images.shape == (2, 28, 28) and images.dtype == np.uint8 and images[0, 0, 0] == 128
    assert DrawingStore().counts()[4] == 2 and list(labels) == [4, 4]


def test_strokes_and_the_answer_are_kept() -> None:
    strokes = [{"points": [[1.0, 2.0], [3.0, 4.0]], "width": 18.0, "erase": False}]
    DrawingStore().append(np.zeros((28, 28)), 7, strokes=strokes, answer=1, confidence=0.8,
                          model="default")
    with sqlite3.connect(Database().path) as connection:
        row = connection.execute("SELECT strokes, answer, model FROM drawings").fetchone()
    assert (json.loads(row[0]), row[1], row[2]) == (strokes, 1, "default")


@pytest.mark.parametrize(("image", "label"), [(np.zeros((28, 28)), 10),
                                              (np.zeros((20, 20)), 3)])
def test_bad_drawings_are_refused(image: np.ndarray, label: int) -> None:
    with pytest.raises(ValueError):
        DrawingStore().append(image, label)


def test_a_full_disk_keeps_earlier_drawings() -> None:
    store = DrawingStore()
    store.append(np.zeros((28, 28)), 1)
    store.database.pragmas.append("PRAGMA max_page_count = 1")
    with pytest.raises(DrawingStoreError, match="intact"):
        for _ in range(50):
            store.append(np.random.default_rng(0).integers(0, 255, (28, 28), np.uint8), 2)
    assert DrawingStore().counts()[1] == 1


LEGACY = {
    "truncated zip": lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 40),
    "no images key": lambda p: np.savez(p, labels=np.zeros(2, np.uint8)),
    "object arrays": lambda p: np.savez(p, images=np.array([None, 1], object),
                                        labels=np.zeros(2, np.uint8)),
    "5 images, 2 labels": lambda p: np.savez(p, images=np.zeros((5, 28, 28), np.uint8),
                                             labels=np.zeros(2, np.uint8)),
    "labels 99 and -1": lambda p: np.savez(p, images=np.zeros((2, 28, 28), np.uint8),
                                           labels=np.array([99, -1])),
    "garbage": lambda p: p.write_bytes(os.urandom(3000)),
}


@pytest.mark.parametrize("case", LEGACY)
def test_a_damaged_earlier_file_is_set_aside_and_saving_still_works(case: str) -> None:
    folder = Database().path.parent
    folder.mkdir(parents=True, exist_ok=True)
    LEGACY[case](folder / "my_drawings.npz")
    store = DrawingStore()
    assert store.counts().sum() == 0 and "moved to" in store.notices[0]
    assert store.append(np.zeros((28, 28)), 3) == 1
    assert [p for p in folder.iterdir() if p.name.startswith("my_drawings.damaged-")]


def test_an_earlier_file_is_imported_once() -> None:
    folder = Database().path.parent
    folder.mkdir(parents=True, exist_ok=True)
    np.savez(folder / "my_drawings.npz", images=np.zeros((3, 28, 28), np.uint8),
             labels=np.array([1, 2, 3], np.uint8))
    assert DrawingStore().counts().sum() == 3 and DrawingStore().counts().sum() == 3


ADD_DRAWINGS = r"""
import sys
sys.path[:0] = [sys.argv[1]]
import numpy as np
from core.data.my_drawings import DrawingStore
store = DrawingStore()
for i in range(int(sys.argv[2])):
    print(store.append(np.zeros((28, 28), np.uint8), i % 10), flush=True)
"""


def test_two_processes_appending_keep_every_drawing() -> None:
    children = [subprocess.Popen([sys.executable, "-c", ADD_DRAWINGS, str(ROOT), "200"],
                                 stdout=subprocess.DEVNULL) for _ in range(2)]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    assert DrawingStore().counts().sum() == 400


def test_kill_9_during_writes_keeps_every_committed_drawing() -> None:
    child = subprocess.Popen([sys.executable, "-c", ADD_DRAWINGS, str(ROOT), "100000"],
                             stdout=subprocess.PIPE, text=True)
    committed = 0
    for line in child.stdout:
        committed = int(line)
        if committed >= 300:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert DrawingStore().counts().sum() >= committed


def _old_table(*rows: tuple[object, ...]) -> None:
    """A drawings table made without the CHECK constraints (or the strokes column's type)."""
    path = Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE drawings (id INTEGER PRIMARY KEY, created REAL, "
                           "label, image, strokes)")
        connection.executemany("INSERT INTO drawings (created, label, image, strokes) "
                               "VALUES (?, ?, ?, ?)", rows)


GOOD = (1.0, 4, bytes(784), "[]")
BAD_ROWS = {
    "label 42": (1.0, 42, bytes(784), "[]"),
    "label -1": (1.0, -1, bytes(784), "[]"),
    "label 3.5": (1.0, 3.5, bytes(784), "[]"),
    "label as text": (1.0, "seven", bytes(784), "[]"),
    "label NULL": (1.0, None, bytes(784), "[]"),
    "image of 100 bytes": (1.0, 3, bytes(100), "[]"),
    "image as text": (1.0, 3, "x" * 784, "[]"),
    "strokes not JSON": (1.0, 3, bytes(784), "[{bad"),
    "strokes not a list": (1.0, 3, bytes(784), '{"points": []}'),
    "strokes of numbers": (1.0, 3, bytes(784), "[1, 2]"),
    "strokes with NaN": (1.0, 3, bytes(784), '[{"width": NaN}]'),
    "strokes nested 100,000 deep": (1.0, 3, bytes(784), "[" * 100_000 + "]" * 100_000),
    "strokes as a blob": (1.0, 3, bytes(784), b"[]"),
}


@pytest.mark.parametrize("case", BAD_ROWS)
def test_a_row_the_schema_did_not_expect_is_left_out_and_counted(case: str) -> None:
    _old_table(GOOD, BAD_ROWS[case], GOOD)
    store = DrawingStore()
    images, labels = store.load()
    assert list(labels) == [4, 4] and images.shape == (2, 28, 28)
    assert store.counts().sum() == 2 and len(store.records()) == 2
    assert len(store.notices) == 1 and "1 drawing in" in store.notices[0]


def test_notes_of_the_wrong_type_read_as_unknown() -> None:
    _old_table(GOOD)
    with sqlite3.connect(Database().path) as connection:
        connection.execute("ALTER TABLE drawings ADD COLUMN answer")
        connection.execute("UPDATE drawings SET created = 'yesterday', answer = 42")
    record = DrawingStore().records()[0]
    assert (record["created"], record["answer"], record["model"]) == (None, None, "")


def test_a_table_without_strokes_is_brought_forward_and_saves_strokes() -> None:
    path = Database().path
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE drawings (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "created REAL NOT NULL, label INTEGER NOT NULL, image BLOB NOT NULL)")
        connection.execute("INSERT INTO drawings (created, label, image) VALUES (1, 2, ?)",
                           (bytes(784),))
    store = DrawingStore()
    assert store.append(np.zeros((28, 28)), 5, strokes=[{"points": [[1, 2]]}]) == 2
    assert [r["strokes"] for r in store.records()] == [[], [{"points": [[1, 2]]}]]


def test_a_read_only_store_reads_and_refuses_to_save_in_one_line() -> None:
    DrawingStore().append(np.zeros((28, 28)), 6)
    store = DrawingStore(read_only=True)
    assert store.counts()[6] == 1
    with pytest.raises(DrawingStoreError, match="read-only") as error:
        store.append(np.zeros((28, 28)), 6)
    assert "\n" not in str(error.value) and not error.value.busy
    assert DrawingStore().counts()[6] == 1


def test_a_save_against_a_held_lock_says_busy_and_saves_nothing() -> None:
    DrawingStore().append(np.zeros((28, 28)), 1)
    holder = sqlite3.connect(Database().path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DrawingStoreError) as error:
            DrawingStore(timeout=0.05).append(np.zeros((28, 28)), 2)
        assert error.value.busy
    finally:
        holder.close()
    assert list(DrawingStore().counts()[:3]) == [0, 1, 0]
