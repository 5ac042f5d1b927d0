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
