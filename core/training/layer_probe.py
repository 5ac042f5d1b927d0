"""LayerProbe: after each epoch, in the training thread, look inside the network.

It measures each dense layer's gradient of the loss on one fixed batch of 512 training images
(the same images every epoch, so epochs compare), takes the weight histograms, and maps the
last hidden layer on 2,000 fixed test images (`core.evaluation.hidden_map`). The result is a
plain-data `LayerInsight` that travels with the epoch's record; nothing here touches the GUI.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.data.datasets import MnistData, as_inputs
from core.evaluation.hidden_map import MAP_SIZE, HiddenMap, NoHiddenLayerError, map_of_test_images
from core.evaluation.layer_statistics import LayerInsight, weight_insight
from core.model.classifier import NumpyClassifier

PROBE_BATCH = 512


class LayerProbe:
    """Fixed probe images taken from `data` once; `measure` runs after each epoch."""

    def __init__(self, data: MnistData, batch: int = PROBE_BATCH,
                 map_size: int = MAP_SIZE) -> None:
        chosen = np.sort(np.random.default_rng(0).permutation(len(data.x_train))[:batch])
        self._x = as_inputs(data.x_train[chosen])
        self._y = data.y_train[chosen].astype(np.int32)
        self._test = (data.x_test, data.y_test)
        self._map_size = map_size
        self._map: HiddenMap | None = None

    def batch(self) -> tuple[np.ndarray, np.ndarray]:
        """The fixed probe images (N, 784) in [0, 1] and their labels."""
        return self._x, self._y

    def gradients(self, model: Any, from_logits: bool = False) -> list[np.ndarray]:
        """The loss's gradient for each Dense layer's kernel, on the probe batch (dropout off,
        batch norm in inference mode, so only the weights change it between epochs)."""
        import keras
        import tensorflow as tf

        kernels = [layer.kernel for layer in model.layers
                   if isinstance(layer, keras.layers.Dense)]
        shape = tuple(model.input_shape[1:])
        x = tf.constant(self._x.reshape((len(self._x), *shape)))
        with tf.GradientTape() as tape:
            predicted = model(x, training=False)
            loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(
                self._y, predicted, from_logits=from_logits))
        return [np.asarray(g) for g in tape.gradient(loss, kernels)]

    def measure(self, model: Any, classifier: NumpyClassifier) -> LayerInsight:
        """Weights, gradients and the hidden-layer map of the model as it is now."""
        gradients = self.gradients(model, from_logits=classifier.added_softmax)
        if len(self._test[0]) and self._map_size:
            try:
                self._map = map_of_test_images(classifier, *self._test, self._map, self._map_size)
            except NoHiddenLayerError:
                self._map = None
        return weight_insight(classifier, gradients, self._map)
