import numpy as np
import pytest

from core.data.datasets import MnistData
from core.model.architectures import LayerSpec, ModelSpec, parse_layers
from core.model.layer_map import classifier_from_keras
from core.training.history import History
from core.training.layer_probe import LayerProbe
from core.training.train import train

SPEC = ModelSpec(parse_layers("32-16"), epochs=2, batch_size=32, validation_split=0.2, seed=3)


def _loss(classifier, x: np.ndarray, y: np.ndarray) -> float:  # noqa: ANN001
    probabilities = classifier.predict_proba(x).astype(np.float64)
    return float(-np.log(probabilities[np.arange(len(y)), y]).mean())


def test_every_epoch_brings_each_layers_gradients_and_a_map(small_data: MnistData) -> None:
    result = train(SPEC.replace(epochs=2), small_data)
    insight = result.records[-1].insight
    assert insight is not None and len(insight.gradients) == len(insight.weights) == 3
    assert all(norm > 0 for norm in insight.gradient_norms)
    assert insight.map is not None and insight.map.points.shape == (200, 2)
    assert result.history.gradient_norms[-1] == insight.gradient_norms


def test_the_gradients_are_the_losss_own(small_data: MnistData) -> None:
    spec = SPEC.replace(layers=(LayerSpec(8, "sigmoid"),), epochs=1)
    model = train(spec, small_data, evaluate_test=False, insights=False).model
    probe = LayerProbe(small_data, batch=64)
    gradient = probe.gradients(model)[0]
    row, column = np.unravel_index(np.argmax(np.abs(gradient)), gradient.shape)
    x, y = probe.batch()
    weights = model.get_weights()
    slopes = []
    for sign in (1, -1):
        changed = [w.copy() for w in weights]
        changed[0][row, column] += sign * 1e-2
        model.set_weights(changed)
        slopes.append(_loss(classifier_from_keras(model), x, y))
    model.set_weights(weights)
    assert np.isclose((slopes[0] - slopes[1]) / 2e-2, gradient[row, column], rtol=0.05)


def test_gradient_norms_survive_a_round_trip_through_the_stored_history() -> None:
    history = History.from_dict({"loss": [1.0, 0.5], "gradient_norms": [[0.1, 0.2], None]})
    assert History.from_dict(history.to_dict()).gradient_norms == [[0.1, 0.2], None]


def _first_to_output_rms(key: str, data: MnistData) -> float:
    from core.model.architectures import PRESETS

    spec = PRESETS[key].spec.replace(epochs=1)
    model = train(spec, data, evaluate_test=False, insights=False, test_curve=False).model
    gradients = LayerProbe(data, batch=256).gradients(model)
    rms = [float(np.sqrt(np.mean(np.square(g)))) for g in gradients]
    return rms[0] / rms[-1]


def test_the_sigmoid_preset_shows_the_vanishing_gradient(small_data: MnistData) -> None:
    sigmoid = _first_to_output_rms("sigmoid-deep", small_data)
    relu = _first_to_output_rms("assignment-2", small_data)
    assert sigmoid * 10 < relu  # the first layer gets at least 10× less, relative to output


def _with_trained_batch_norm(model):  # noqa: ANN001, ANN202
    """BatchNormalization layers with the statistics of a trained net, not the identity."""
    import keras

    rng = np.random.default_rng(5)
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.set_weights([rng.uniform(0.5, 2.0, w.shape).astype(np.float32)
                               for w in layer.get_weights()])
    return model


@pytest.mark.parametrize("before", [False, True])
def test_the_maps_activations_are_where_the_numpy_pass_takes_them(
        small_data: MnistData, before: bool) -> None:
    from core.evaluation.hidden_map import last_hidden
    from core.model.network import build_model

    layers = (LayerSpec(24, batch_norm=True, batch_norm_before=before), LayerSpec(12, dropout=0.5,
              batch_norm=True, batch_norm_before=before))
    model = _with_trained_batch_norm(build_model(SPEC.replace(layers=layers)))
    classifier = classifier_from_keras(model)
    images = small_data.x_test[:50]
    tensorflow = LayerProbe(small_data).hidden_activations(model, classifier, images)
    numpy = last_hidden(classifier, images.reshape(50, 784) / np.float32(255))
    assert tensorflow is not None and np.allclose(tensorflow, numpy, atol=1e-4)


def test_a_model_without_hidden_layer_has_no_map(small_data: MnistData) -> None:
    from core.model.network import build_model

    model = build_model(SPEC.replace(layers=()))
    assert LayerProbe(small_data).measure(model, classifier_from_keras(model)).map is None
