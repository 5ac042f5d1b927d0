import numpy as np

from core.training.backend import import_keras
from core.training.no_autotune import no_autotune


def autotuned() -> bool:
    import_keras()
    from keras.src.trainers.data_adapters.array_data_adapter import ArrayDataAdapter

    adapter = ArrayDataAdapter(np.zeros((64, 4), "float32"), np.zeros(64, "int32"),
                               batch_size=8, shuffle=True)
    return adapter.get_tf_dataset().options().autotune.enabled is not False  # None: default, on


def test_keras_s_datasets_are_not_autotuned_inside_the_block_only() -> None:
    assert autotuned()  # Keras's default, which the block changes
    with no_autotune():
        assert not autotuned()
    assert autotuned()
