import numpy as np

from core.model.architectures import LayerSpec, ModelSpec, summary_rows
from core.model.layer_map import classifier_from_keras, step_layers, steps_from_keras
from core.model.network import build_model, describe_model, seed_everything

BN_BEFORE = ModelSpec((LayerSpec(12, batch_norm=True, batch_norm_before=True, dropout=0.2),
                       LayerSpec(8, activation="tanh", batch_norm=True)), name="bn-before")


def _with_batch_statistics(spec: ModelSpec):  # noqa: ANN202
    """A model whose BatchNorm layers have non-trivial scale, shift, mean and variance."""
    seed_everything(3)
    model = build_model(spec, compile_model=False)
    rng = np.random.default_rng(3)
    for layer in model.layers:
        if type(layer).__name__ == "BatchNormalization":
            gamma, beta, mean, var = layer.get_weights()
            layer.set_weights([rng.uniform(0.5, 2, gamma.shape).astype("float32"),
                               rng.normal(0, 1, beta.shape).astype("float32"),
                               rng.normal(0, 1, mean.shape).astype("float32"),
                               rng.uniform(0.5, 3, var.shape).astype("float32")])
    return model


def test_numpy_forward_equals_keras_for_batch_norm_before_the_activation() -> None:
    model = _with_batch_statistics(BN_BEFORE)
    x = np.random.default_rng(0).uniform(0, 1, (16, 784)).astype("float32")
    expected = np.asarray(model(x, training=False))
    assert np.allclose(classifier_from_keras(model).predict_proba(x), expected, atol=1e-5)


def test_hidden_activations_are_taken_after_the_activation_not_before_the_batch_norm() -> None:
    model = _with_batch_statistics(BN_BEFORE)
    x = np.random.default_rng(1).uniform(0, 1, (1, 784)).astype("float32")
    import keras

    relu = keras.Model(model.inputs, model.get_layer("relu_1").output)
    hidden = classifier_from_keras(model).hidden_activations(x[0])
    assert np.allclose(hidden[0], np.asarray(relu(x))[0], atol=1e-5)


def test_a_batch_norm_before_model_reads_back_as_its_spec() -> None:
    model = build_model(BN_BEFORE, compile_model=False)
    assert describe_model(model)[2] == BN_BEFORE.layers


def test_the_summary_names_the_layers_keras_builds_in_their_order() -> None:
    model = build_model(BN_BEFORE, compile_model=False)
    ours = [row.layer.split(" ")[0] for row in summary_rows(BN_BEFORE)[1:]]
    assert ours == [layer.name for layer in model.layers]
    assert [row.params for row in summary_rows(BN_BEFORE)[1:]] == [
        layer.count_params() for layer in model.layers]


def test_each_step_names_the_keras_layer_it_came_from() -> None:
    spec = ModelSpec((LayerSpec(16, dropout=0.2, batch_norm=True), LayerSpec(8)))
    model = build_model(spec, compile_model=False)
    steps, added = steps_from_keras(model)
    layers = step_layers(model)
    assert len(layers) == len(steps) - added
    for step, layer in zip(steps, layers, strict=False):
        assert (step.kind == "dense") == (type(layer).__name__ == "Dense")
