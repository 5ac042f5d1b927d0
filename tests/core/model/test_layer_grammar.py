import pytest

from core.model.architectures import LayerSpec, SpecError
from core.model.layer_grammar import parse_layer_grammar


def test_parts_apply_in_the_order_written() -> None:
    assert parse_layer_grammar("256:bn:relu-128:relu:dropout=0.2:l2=0.01") == (
        LayerSpec(256, "relu", batch_norm=True, batch_norm_before=True),
        LayerSpec(128, "relu", dropout=0.2, l2=0.01))


def test_bn_after_the_activation_follows_it() -> None:
    assert parse_layer_grammar("64:tanh:bn")[0] == LayerSpec(64, "tanh", batch_norm=True)


def test_plain_unit_counts_are_still_relu_layers() -> None:
    assert parse_layer_grammar("32-16") == (LayerSpec(32), LayerSpec(16))


def test_an_l2_in_scientific_notation_keeps_its_minus_sign() -> None:
    assert parse_layer_grammar("32:l2=1e-3-16:relu")[0].l2 == 0.001


def test_every_written_layer_text_reads_back_as_the_same_layer() -> None:
    layers = (LayerSpec(8, "sigmoid", 0.5, True, 0.25, True), LayerSpec(4, "tanh", 0.1, True))
    assert parse_layer_grammar("-".join(layer.text for layer in layers)) == layers


@pytest.mark.parametrize("text", [
    "256:gelu", "256:relu:relu", "256:bn:bn", "256:dropout=0.2:bn", "256:dropout=x",
    "256:dropout=", "relu:256", "256::relu", "256:l2=-1", "256:dropout=0.95", "0:relu",
    "256:relu-", "256:relu--128",
])
def test_text_it_cannot_read_is_refused_naming_the_layer(text: str) -> None:
    with pytest.raises(SpecError, match="layer"):
        parse_layer_grammar(text)
