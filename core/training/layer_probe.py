"""LayerProbe: after each epoch, in the training thread, look inside the network.

It measures each dense layer's gradient of the loss on one fixed batch of 512 training images
(the same images every epoch, so epochs compare), takes the weight histograms, and maps the
last hidden layer on 2,000 fixed test images (`core.evaluation.hidden_map`). The map's
activations come from TensorFlow, which uses both cores: ~17 ms for assignment 2, where the
numpy pass takes ~50 ms on the training process's one BLAS thread (the map's sums are the
same to float32 rounding). The result is a plain-data `LayerInsight` that travels with the
epoch's record; nothing here touches the GUI.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.data.datasets import MnistData, as_inputs
from core.evaluation.hidden_map import MAP_SIZE, HiddenMap, last_hidden, map_of_activations
from core.evaluation.layer_statistics import LayerInsight, weight_insight
from core.model.classifier import NumpyClassifier
from core.model.layer_map import step_layers

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
        self._map_images = data.x_test[:map_size]  # the same images, epoch after epoch
        self._reader: tuple[Any, Any] | None = None  # a model and its cut
        self._inputs: tuple[np.ndarray, Any] | None = None  # images and their tensor

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
            self._map = self._next_map(model, classifier)
        return weight_insight(classifier, gradients, self._map)

    def _next_map(self, model: Any, classifier: NumpyClassifier) -> HiddenMap | None:
        """This epoch's map, turned like the last one; None without a hidden layer."""
        if not classifier.block_ends:
            return None
        images = self._map_images
        activations = self.hidden_activations(model, classifier, images)
        if activations is None or activations.shape != (len(images),
                                                        classifier.hidden_sizes[-1]):
            activations = last_hidden(classifier, as_inputs(images))  # numpy's pass
        return map_of_activations(activations, self._test[1][:len(images)], self._map, images)

    def hidden_activations(self, model: Any, classifier: NumpyClassifier,
                           images: np.ndarray) -> np.ndarray | None:
        """The last hidden layer's activations (inference mode) for uint8 `images`, computed
        by TensorFlow: the output of the Keras layer behind `classifier`'s last block end (the
        layer map's rule for where a hidden layer's activation is, so the map's points and a
        drawing's place agree); None when the model cannot be cut there. The cut is made
        once per model, the input tensor once per array of images."""
        import keras
        import tensorflow as tf

        if self._reader is None or self._reader[0] is not model:
            try:
                layer = step_layers(model)[classifier.block_ends[-1]]
                self._reader = (model, keras.Model(model.inputs, layer.output))
            except Exception:  # noqa: BLE001 (a nested or unusual model: numpy's pass)
                self._reader = (model, None)
        if self._reader[1] is None:
            return None
        shape = (len(images), *tuple(model.input_shape[1:]))
        if self._inputs is None or self._inputs[0] is not images \
                or tuple(self._inputs[1].shape) != shape:
            self._inputs = (images, tf.constant(as_inputs(images).reshape(shape)))
        return np.asarray(self._reader[1](self._inputs[1], training=False))
