import keras
import numpy as np
import pytest

from core.data.datasets import MnistData, as_inputs
from core.model.architectures import LayerSpec, ModelSpec
from core.model.classifier import InferenceError
from core.model.layer_map import classifier_from_keras
from core.training.train import train

MIXED = ModelSpec((LayerSpec(24, "sigmoid", batch_norm=True, dropout=0.3),
                   LayerSpec(16, "tanh", dropout=0.2), LayerSpec(12, "relu", batch_norm=True)),
                  epochs=2, seed=5)


@pytest.fixture(scope="module")
def trained(small_data: MnistData) -> keras.Model:
    return train(MIXED, small_data, snapshot_weights=False, evaluate_test=False).model


def test_numpy_matches_keras_within_1e_5(trained: keras.Model, small_data: MnistData) -> None:
    x = as_inputs(small_data.x_test)
    expected = trained.predict(x, verbose=0)
    assert np.abs(classifier_from_keras(trained).predict_proba(x) - expected).max() < 1e-5


def test_accepts_flat_and_square_inputs(trained: keras.Model, small_data: MnistData) -> None:
    classifier = classifier_from_keras(trained)
    square = small_data.x_test[:4].astype(np.float32) / 255
    assert np.allclose(classifier.predict_proba(square),
                       classifier.predict_proba(square.reshape(4, 784)))
    assert classifier.predict_proba(square).shape == (4, 10)


def test_wrong_input_shape_is_refused(trained: keras.Model) -> None:
    with pytest.raises(InferenceError, match="784"):
        classifier_from_keras(trained).predict_proba(np.zeros((2, 100)))


def test_plain_keras_flatten_model_is_supported() -> None:
    model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(10, activation="softmax")])
    x = np.random.default_rng(0).random((3, 28, 28)).astype(np.float32)
    assert np.allclose(classifier_from_keras(model).predict_proba(x),
                       model.predict(x, verbose=0), atol=1e-5)


def test_unsupported_layers_are_named() -> None:
    model = keras.Sequential([keras.Input((784,)), keras.layers.Reshape((28, 28, 1)),
                              keras.layers.Conv2D(2, 3), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    with pytest.raises(InferenceError, match="not supported"):
        classifier_from_keras(model)


def test_hidden_activations_have_one_array_per_hidden_layer(trained: keras.Model) -> None:
    activations = classifier_from_keras(trained).hidden_activations(np.zeros(784))
    assert [a.shape for a in activations] == [(24,), (16,), (12,)]
