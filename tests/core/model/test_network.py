import numpy as np
import pytest

from core.model.architectures import PRESETS
from core.model.network import build_model, seed_everything


@pytest.mark.parametrize("key", list(PRESETS))
def test_keras_count_params_equals_the_spec(key: str) -> None:
    spec = PRESETS[key].spec
    assert build_model(spec, compile_model=False).count_params() == spec.param_count()


def test_same_seed_gives_the_same_initial_weights() -> None:
    spec = PRESETS["assignment-1"].spec
    seed_everything(7)
    first = build_model(spec).get_weights()
    seed_everything(7)
    second = build_model(spec).get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(first, second, strict=True))
