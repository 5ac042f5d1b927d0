import subprocess
import sys
from pathlib import Path

import pytest

from core.training.threads import SMALL_BATCH, layout_for

ROOT = Path(__file__).resolve().parents[3]

TRAIN = """
import hashlib, sys
import numpy as np
sys.path.insert(0, {root!r})
from core.training.threads import current_layout, use_layout
use_layout({layout!r})
from core.model.architectures import ModelSpec, parse_layers
from core.model.network import build_model, seed_everything
seed_everything(3)
model = build_model(ModelSpec(parse_layers("256-128"), seed=3, batch_size={batch}))
model.steps_per_execution = 4
rng = np.random.default_rng(3)
x = rng.random((640, 784), dtype=np.float32)
y = rng.integers(0, 10, 640).astype(np.int32)
model.fit(x, y, batch_size={batch}, epochs=2, verbose=0)
weights = b"".join(w.tobytes() for w in model.get_weights())
print(current_layout(), hashlib.sha1(weights).hexdigest())
"""


def test_small_batches_run_two_ops_at_a_time_and_larger_ones_keep_the_default() -> None:
    assert layout_for(SMALL_BATCH) == layout_for(1) == "pairs"
    assert layout_for(SMALL_BATCH + 1) == layout_for(1024) == "default"


def _trained(layout: str, batch: int) -> tuple[str, str]:
    code = TRAIN.format(root=str(ROOT), layout=layout, batch=batch)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, check=True).stdout.split()
    return out[-2], out[-1]


@pytest.mark.slow
@pytest.mark.parametrize("batch", [32, 128])
def test_the_layout_changes_no_weight(batch: int) -> None:
    pairs, default = _trained("pairs", batch), _trained("default", batch)
    assert (pairs[0], default[0]) == ("pairs", "default")
    assert pairs[1] == default[1]
