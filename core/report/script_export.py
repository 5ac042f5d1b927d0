"""A run as a plain Keras program: the bridge from the window to the code a student hands in.

`keras_sections(spec, mnist_path, model_path)` is the program once, as the lessons' steps in
their order (settings; load, reshape, normalise; build and summary(); compile; fit with
history; evaluate; plot; predict; save); `keras_script` joins them into a script and
`core.report.notebook_export` into a Jupyter notebook. The code needs only numpy and Keras (no
DigitLab): the same layers in the Sequential API, optimizer, learning rate, batch size, epochs,
validation split, callbacks and seed, on the same MNIST file with the same scaling, so it
reproduces the run (same seed, same test accuracy). Settings are upper-case constants in the
first section; matplotlib, used only to plot the curves, is the program's own dependency.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.architectures import ModelSpec

_OPTIMIZERS = {"adam": "Adam", "sgd": "SGD", "rmsprop": "RMSprop"}


@dataclass(frozen=True)
class Section:
    """One step of the program: its heading, what it teaches (for a notebook's markdown) and
    its code. `key` names the step ("settings", "load", … "save")."""

    key: str
    title: str
    note: str
    code: str


def _layers(spec: ModelSpec) -> list[str]:
    lines = ["    keras.Input(shape=(784,)),"]
    for layer in spec.layers:
        regular = (f", kernel_regularizer=keras.regularizers.L2({layer.l2!r})"
                   if layer.l2 > 0 else "")
        lines.append(f"    keras.layers.Dense({layer.units!r}, activation={layer.activation!r}"
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
                     f"patience={spec.early_stopping_patience!r}, "
                     f"restore_best_weights={spec.restore_best_weights!r}))")
    if spec.reduce_lr_patience > 0:
        lines.append(f"callbacks.append(keras.callbacks.ReduceLROnPlateau(monitor={monitor!r}, "
                     f"factor=0.5, patience={spec.reduce_lr_patience!r}, min_lr=1e-6))")
    if spec.keep_best:
        lines.append(f"callbacks.append(keras.callbacks.ModelCheckpoint(BEST_PATH, "
                     f"monitor={monitor!r}, save_best_only=True))  # keep the best epoch")
    return lines


def _settings(spec: ModelSpec, mnist_path: str, model_path: str) -> list[str]:
    return [
        "import numpy as np",
        "import keras",
        "",
        f"RUN = {spec.name!r}  # the DigitLab run this program reproduces",
        f"MNIST_PATH = {mnist_path!r}",
        f"EPOCHS = {spec.epochs!r}",
        f"BATCH_SIZE = {spec.batch_size!r}",
        f"SEED = {spec.seed!r}",
        f"LEARNING_RATE = {spec.learning_rate!r}",
        *([f"MOMENTUM = {spec.momentum!r}"] if spec.optimizer == "sgd" else []),
        f"VALIDATION_SPLIT = {spec.validation_split!r}",
        f"MODEL_PATH = {model_path!r}  # this program's own output (a re-run replaces it)",
        *([f"BEST_PATH = {best_path(model_path)!r}  # the best epoch, also its own"]
          if spec.keep_best else []),
    ]


def best_path(model_path: str) -> str:
    """Where the program keeps its best epoch: beside MODEL_PATH, under a name of its own."""
    stem = model_path.removesuffix(".keras").removesuffix("-retrained")
    return f"{stem}-best.keras"


_LOAD = [
    "keras.utils.set_random_seed(SEED)",
    "with np.load(MNIST_PATH, allow_pickle=False) as data:",
    '    x_train, y_train = data["x_train"], data["y_train"]',
    '    x_test, y_test = data["x_test"], data["y_test"]',
    'x_train = x_train.reshape(len(x_train), 784).astype("float32") / 255.0',
    'x_test = x_test.reshape(len(x_test), 784).astype("float32") / 255.0',
    'y_train, y_test = y_train.astype("int32"), y_test.astype("int32")',
]

_EVALUATE = [
    "test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1024, verbose=0)",
    'print(f"test accuracy {test_accuracy:.4f} (loss {test_loss:.4f})")',
]

_PLOT = [
    "try:",
    "    import matplotlib.pyplot as plt  # not part of Keras: pip install matplotlib",
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
]

_PREDICT = [
    "probabilities = model.predict(x_test[:5], verbose=0)",
    'print("answers:", probabilities.argmax(axis=1), "labels:", y_test[:5])',
]


def keras_sections(spec: ModelSpec, mnist_path: str,
                   model_path: str = "model-retrained.keras") -> list[Section]:
    """The program as the lessons' steps, in their order: written once here so the script and
    the notebook always hold the same code. Every value is written with `repr()` after the
    spec is validated, so nothing from a file can become code (SpecError otherwise)."""
    spec.validate()
    optimizer = _OPTIMIZERS[spec.optimizer]
    momentum = ", momentum=MOMENTUM" if spec.optimizer == "sgd" else ""
    restore = (["", "model = keras.models.load_model(BEST_PATH)  # the best epoch's weights"]
               if spec.keep_best else [])
    validation = (f"keeps {spec.validation_split:.0%} of the training images aside to "
                  "validate on after each epoch" if spec.validation_split > 0
                  else "trains on all the training images")
    steps = [
        ("settings", "Settings",
         "The settings of the run as constants: change one and run all cells again. The same "
         "`SEED` gives the same weights, the same shuffling and so the same test accuracy.",
         _settings(spec, mnist_path, model_path)),
        ("load", "Load, reshape to 784 numbers per image, scale to [0, 1]",
         "Each 28×28 image becomes one row of 784 numbers (a dense layer takes a flat "
         "vector), scaled from 0–255 to 0–1 so training starts well; the labels are the "
         "digits 0–9.", _LOAD),
        ("build", "Build the network and show its summary",
         f"Hidden layers {spec.layer_text}, then 10 softmax outputs, one probability per "
         "digit. `summary()` lists each layer's output shape and parameter count.",
         ["model = keras.Sequential([", *_layers(spec), "])", "model.summary()"]),
        ("compile", "Compile",
         f"{optimizer} with learning rate `LEARNING_RATE`; sparse categorical crossentropy "
         "because the labels are whole numbers 0–9, not one-hot vectors.",
         [f"model.compile(optimizer=keras.optimizers.{optimizer}(learning_rate=LEARNING_RATE"
          f"{momentum}),",
          f"              loss={spec.loss!r}, metrics=[\"accuracy\"])"]),
        ("fit", "Train, keeping the history",
         f"`fit` {validation}; `history` holds the loss and accuracy of every epoch.",
         [*_callbacks(spec),
          "history = model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=EPOCHS,",
          "                    validation_split=VALIDATION_SPLIT, shuffle=True,",
          "                    callbacks=callbacks, verbose=2)", *restore]),
        ("evaluate", "Evaluate on the test set",
         "The test images were never trained on: their accuracy is the one to report.",
         _EVALUATE),
        ("plot", "Plot loss and accuracy (matplotlib)",
         "Training against validation, epoch by epoch: where they part, the network starts "
         "to learn its training images by heart (overfitting). matplotlib is this program's "
         "own dependency (`pip install matplotlib`).", _PLOT),
        ("predict", "Predict a few test digits",
         "`predict` gives ten probabilities per image; the answer is the largest.", _PREDICT),
        ("save", "Save",
         "The trained model as one `.keras` file under a name of its own (DigitLab opens it "
         "too); the program writes no other file.",
         ["model.save(MODEL_PATH)"]),
    ]
    return [Section(key, title, note, "\n".join(code)) for key, title, note, code in steps]


def keras_script(spec: ModelSpec, mnist_path: str,
                 model_path: str = "model-retrained.keras") -> str:
    """The sections as one script: the settings under a docstring, then the numbered steps,
    the plot last (a script's `plt.show()` waits until its window is closed)."""
    settings, *steps = keras_sections(spec, mnist_path, model_path)
    steps.sort(key=lambda section: section.key == "plot")
    return "\n".join([
        '"""A dense network on MNIST, exported from DigitLab (RUN below names the run).',
        "",
        "Plain Keras (no DigitLab needed): it trains the same network the same way as the run",
        "it came from, so the same SEED gives the same test accuracy. Needs numpy and keras",
        "(TensorFlow); the plot at the end also needs matplotlib, this script's own dependency.",
        '"""',
        "",
        settings.code,
        "",
        *(f"# {number}. {section.title}\n{section.code}\n"
          for number, section in enumerate(steps, start=1)),
    ])
