import numpy as np
import pytest

from core.data.my_drawings import DrawingStore, DrawingStoreError


def test_append_counts_and_reload() -> None:
    store = DrawingStore()
    store.append(np.full((28, 28), 0.5, np.float32), 4)
    store.append(np.zeros((28, 28), np.uint8), 4)
    images, labels = DrawingStore().load()
    assert images.shape == (2, 28, 28) and images.dtype == np.uint8 and images[0, 0, 0] == 128
    assert DrawingStore().counts()[4] == 2


@pytest.mark.parametrize(("image", "label"), [(np.zeros((28, 28)), 10),
                                              (np.zeros((20, 20)), 3)])
def test_bad_drawings_are_refused(image: np.ndarray, label: int) -> None:
    with pytest.raises(ValueError):
        DrawingStore().append(image, label)


def test_failed_write_keeps_earlier_drawings(monkeypatch: pytest.MonkeyPatch) -> None:
    store = DrawingStore()
    store.append(np.zeros((28, 28)), 1)
    before = store.path.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("core.data.my_drawings.np.savez", full_disk)
    with pytest.raises(DrawingStoreError, match="intact"):
        store.append(np.zeros((28, 28)), 2)
    assert store.path.read_bytes() == before and store.counts()[1] == 1
