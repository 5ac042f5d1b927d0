import pytest

from core.training import fused_update


def test_the_flags_are_added_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XLA_FLAGS", "--xla_dump_to=/tmp/x")
    fused_update.widen_xla_vectors()
    fused_update.widen_xla_vectors()
    assert fused_update.os.environ["XLA_FLAGS"] == \
        f"--xla_dump_to=/tmp/x {fused_update.XLA_FLAG} {fused_update.FUSION_FLAG}"


def test_a_user_s_own_width_and_backend_options_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    own = "--xla_cpu_prefer_vector_width=256 --xla_backend_extra_options=x"
    monkeypatch.setenv("XLA_FLAGS", own)
    fused_update.widen_xla_vectors()
    assert fused_update.os.environ["XLA_FLAGS"] == own


def test_a_rounded_sum_is_the_plain_sum_of_the_rounded_product() -> None:
    import numpy as np
    import tensorflow as tf

    rng = np.random.default_rng(3)
    a, b, c = (rng.standard_normal(4096).astype("float32") for _ in range(3))
    rounded = tf.function(lambda a, b, c: fused_update.rounded_sum(c, a * b), jit_compile=True)
    assert rounded(a, b, c).numpy().tobytes() == (c + a * b).tobytes()  # numpy: no FMA


def test_a_rounded_difference_is_the_plain_difference_of_the_rounded_product() -> None:
    import numpy as np
    import tensorflow as tf

    rng = np.random.default_rng(4)
    a, b, c = (rng.standard_normal(4096).astype("float32") for _ in range(3))
    rounded = tf.function(lambda a, b, c: fused_update.rounded_difference(c, a * b),
                          jit_compile=True)
    assert rounded(a, b, c).numpy().tobytes() == (c - a * b).tobytes()  # numpy: no FMA


def test_each_kind_of_fused_update_keeps_its_own_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.training.fused_adam import FusedAdam
    from core.training.fused_sgd import FusedSGD

    for kind, answer in ((FusedAdam, False), (FusedSGD, True)):
        monkeypatch.setattr(kind, "_available", None)
        monkeypatch.setattr(kind, "_same_as_keras", classmethod(lambda cls, a=answer: a))
    assert (FusedAdam.available(), FusedSGD.available()) == (False, True)
