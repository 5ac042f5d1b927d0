"""A run as a plain Keras program: the bridge from the window to the code a student hands in.

`keras_script(spec, mnist_path)` writes Python that needs only numpy and Keras (no DigitLab):
the same layers in the Sequential API, optimizer, learning rate, batch size, epochs,
validation split, callbacks and seed, on the same MNIST file with the same scaling, so it
reproduces the run (same seed, same test accuracy). Settings are upper-case constants at the
top; matplotlib, used only to plot the curves at the end, is the script's own dependency.
"""

from __future__ import annotations

from core.model.architectures import ModelSpec

_OPTIMIZERS = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop"}


def _layers(spec: ModelSpec) -> list[str]:
    lines = ["    keras.Input(shape=(784,)),"]
    for layer in spec.layers:
        regular = (f", kernel_regularizer=keras.regularizers.L2({layer.l2!r})"
                   if layer.l2 > 0 else "")
        lines.append(f"    keras.layers.Dense({layer.units}, activation={layer.activation!r}"
                     f"{regular}),")
        if layer.batch_norm:
            lines.append("    keras.layers.BatchNormalization(),")
        if layer.dropout > 0:
            lines.append(f"    keras.layers.Dropout({layer.dropout!r}),")
    lines.append('    keras.layers.Dense(10, activation="softmax"),')
    return lines


def _callbacks(spec: ModelSpec) -> list[str]:
    monitor = "val_loss" if spec.validation_split > 0 else "loss"
    lines = ["callbacks = []"]
    if spec.early_stopping_patience > 0:
        lines.append(f"callbacks.append(keras.callbacks.EarlyStopping(monitor={monitor!r}, "
                     f"patience={spec.early_stopping_patience}, "
                     f"restore_best_weights={spec.restore_best_weights}))")
    if spec.reduce_lr_patience > 0:
        lines.append(f"callbacks.append(keras.callbacks.ReduceLROnPlateau(monitor={monitor!r}, "
                     f"factor=0.5, patience={spec.reduce_lr_patience}, min_lr=1e-6))")
    if spec.keep_best:
        lines.append(f"callbacks.append(keras.callbacks.ModelCheckpoint(BEST_PATH, "
                     f"monitor={monitor!r}, save_best_only=True))  # keep the best epoch")
    return lines


def keras_script(spec: ModelSpec, mnist_path: str, model_path: str = "model.keras") -> str:
    """The program's text (see the module's docstring)."""
    optimizer = _OPTIMIZERS[spec.optimizer]
    momentum = ", momentum=MOMENTUM" if spec.optimizer == "sgd" else ""
    restore = ("\nmodel = keras.models.load_model(BEST_PATH)  # the best epoch's weights\n"
               if spec.keep_best else "")
    return "\n".join([
        f'"""{spec.name}: a dense network on MNIST, exported from DigitLab.',
        "",
        "Plain Keras (no DigitLab needed): it trains the same network the same way as the run",
        "it came from, so the same SEED gives the same test accuracy. Needs numpy and keras",
        "(TensorFlow); the plot at the end also needs matplotlib, this script's own dependency.",
        '"""',
        "",
        "import numpy as np",
        "import keras",
        "",
        f"MNIST_PATH = {mnist_path!r}",
        f"EPOCHS = {spec.epochs}",
        f"BATCH_SIZE = {spec.batch_size}",
        f"SEED = {spec.seed}",
        f"LEARNING_RATE = {spec.learning_rate!r}",
        *([f"MOMENTUM = {spec.momentum!r}"] if spec.optimizer == "sgd" else []),
        f"VALIDATION_SPLIT = {spec.validation_split!r}",
        f"MODEL_PATH = {model_path!r}",
        *(['BEST_PATH = "best.keras"'] if spec.keep_best else []),
        "",
        "# 1. Load, reshape to 784 numbers per image, scale to [0, 1]",
        "keras.utils.set_random_seed(SEED)",
        "with np.load(MNIST_PATH, allow_pickle=False) as data:",
        '    x_train, y_train = data["x_train"], data["y_train"]',
        '    x_test, y_test = data["x_test"], data["y_test"]',
        'x_train = x_train.reshape(len(x_train), 784).astype("float32") / 255.0',
        'x_test = x_test.reshape(len(x_test), 784).astype("float32") / 255.0',
        'y_train, y_test = y_train.astype("int32"), y_test.astype("int32")',
        "",
        "# 2. Build the network and show its summary",
        "model = keras.Sequential([",
        *_layers(spec),
        "])",
        "model.summary()",
        "",
        "# 3. Compile",
        f"model.compile(optimizer=keras.optimizers.{optimizer}(learning_rate=LEARNING_RATE"
        f"{momentum}),",
        f"              loss={spec.loss!r}, metrics=[\"accuracy\"])",
        "",
        "# 4. Train, keeping the history",
        *_callbacks(spec),
        "history = model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=EPOCHS,",
        "                    validation_split=VALIDATION_SPLIT, shuffle=True,",
        "                    callbacks=callbacks, verbose=2)",
        restore,
        "# 5. Evaluate on the test set",
        "test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1024, verbose=0)",
        'print(f"test accuracy {test_accuracy:.4f} (loss {test_loss:.4f})")',
        "",
        "# 6. Predict a few test digits",
        "probabilities = model.predict(x_test[:5], verbose=0)",
        'print("answers:", probabilities.argmax(axis=1), "labels:", y_test[:5])',
        "",
        "# 7. Save",
        "model.save(MODEL_PATH)",
        "",
        "# 8. Plot loss and accuracy (matplotlib)",
        "try:",
        "    import matplotlib.pyplot as plt",
        "except ImportError:",
        '    print("matplotlib is not installed: no plot")',
        "else:",
        "    figure, (loss_axes, accuracy_axes) = plt.subplots(1, 2, figsize=(10, 4))",
        '    for axes, metric in ((loss_axes, "loss"), (accuracy_axes, "accuracy")):',
        '        axes.plot(history.history[metric], label="training")',
        '        if "val_" + metric in history.history:',
        '            axes.plot(history.history["val_" + metric], "--o", label="validation")',
        '        axes.set_xlabel("epoch")',
        "        axes.set_ylabel(metric)",
        "        axes.legend()",
        "    plt.show()",
        "",
    ])
