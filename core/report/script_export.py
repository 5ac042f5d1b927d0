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
from pathlib import PurePosixPath, PureWindowsPath

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
        before = layer.batch_norm and layer.batch_norm_before
        activation = "None" if before else repr(layer.activation)
        lines.append(f"    keras.layers.Dense({layer.units!r}, activation={activation}"
                     f"{regular}),")
        if layer.batch_norm:
            lines.append("    keras.layers.BatchNormalization(),")
        if before:
            lines.append(f"    keras.layers.Activation({layer.activation!r}),")
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


def portable_path(path: str | None) -> str | None:
    """The MNIST path a program may carry: a relative one (it means the same beside the
    program on any computer); an absolute one is the exporting computer's, so None."""
    if not path or PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute() \
            or PureWindowsPath(path).drive or path.startswith("~"):
        return None
    return path


def _settings(spec: ModelSpec, mnist_path: str | None, model_path: str) -> list[str]:
    return [
        "import os",
        "",
        "import numpy as np",
        "import keras",
        "",
        f"RUN = {spec.name!r}  # the DigitLab run this program reproduces",
        f"MNIST_PATH = {portable_path(mnist_path)!r}  # None: see load_mnist below",
        *training_constants(spec),
        f"MODEL_PATH = {model_path!r}  # this program's own output (a re-run replaces it)",
        *([f"BEST_PATH = {best_path(model_path)!r}  # the best epoch, also its own"]
          if spec.keep_best else []),
    ]


def training_constants(spec: ModelSpec) -> list[str]:
    """The spec's training settings as the program's upper-case constants."""
    return [
        f"EPOCHS = {spec.epochs!r}",
        f"BATCH_SIZE = {spec.batch_size!r}",
        f"SEED = {spec.seed!r}",
        f"LEARNING_RATE = {spec.learning_rate!r}",
        *([f"MOMENTUM = {spec.momentum!r}"] if spec.optimizer == "sgd" else []),
        f"VALIDATION_SPLIT = {spec.validation_split!r}",
    ]


def best_path(model_path: str) -> str:
    """Where the program keeps its best epoch: beside MODEL_PATH, under a name of its own."""
    stem = model_path.removesuffix(".keras").removesuffix("-retrained")
    return f"{stem}-best.keras"


# MNIST on any computer: MNIST_PATH if set, else mnist.npz beside the program, else Keras's
# cache, else keras.datasets.mnist.load_data() as the course loads it; offline, one message.
LOAD_MNIST = [
    "def load_mnist():",
    '    """MNIST_PATH if set; else mnist.npz beside this program; else Keras\'s cache; else',
    '    keras.datasets.mnist.load_data(), which downloads it once (as the course does)."""',
    "    if MNIST_PATH:",
    "        places = [MNIST_PATH]",
    "    else:",
    '        keras_home = os.environ.get("KERAS_HOME", os.path.join(os.path.expanduser("~"), '
    '".keras"))',
    '        places = ["mnist.npz", os.path.join(keras_home, "datasets", "mnist.npz")]',
    "    for place in places:",
    "        if os.path.isfile(place):",
    "            with np.load(place, allow_pickle=False) as data:",
    '                return (data["x_train"], data["y_train"]), (data["x_test"], data["y_test"])',
    "    if MNIST_PATH:",
    '        raise SystemExit(f"MNIST_PATH is {MNIST_PATH!r}, but there is no such file: '
    'correct it, or set it to None")',
    "    try:",
    "        return keras.datasets.mnist.load_data()",
    "    except Exception as error:  # offline: say which file to put where",
    '        raise SystemExit("MNIST is not on this computer and cannot be downloaded ("',
    '                         + type(error).__name__ + "). Put mnist.npz (from "',
    '                         "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"',
    '                         "mnist.npz) in this folder: " + os.path.abspath("mnist.npz")',
    '                         + ", or set MNIST_PATH at the top to its path.") from None',
    "",
    "",
    "(x_train, y_train), (x_test, y_test) = load_mnist()",
]

_LOAD = [
    "keras.utils.set_random_seed(SEED)",
    *LOAD_MNIST,
    'x_train = x_train.reshape(len(x_train), 784).astype("float32") / 255.0',
    'x_test = x_test.reshape(len(x_test), 784).astype("float32") / 255.0',
    'y_train, y_test = y_train.astype("int32"), y_test.astype("int32")',
]

EVALUATE = [
    "train_loss, train_accuracy = model.evaluate(x_train, y_train, batch_size=1024, "
    "verbose=0)",
    "test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1024, verbose=0)",
    'print(f"train accuracy {train_accuracy:.4f} (loss {train_loss:.4f})")',
    'print(f"test accuracy {test_accuracy:.4f} (loss {test_loss:.4f})")',
]

_PLOT = [
    "try:",
    "    import matplotlib.pyplot as plt  # not part of Keras: pip install matplotlib",
    "    from matplotlib.ticker import MaxNLocator",
    "except ImportError:",
    '    print("matplotlib is not installed: no plot")',
    "else:",
    "    figure, (loss_axes, accuracy_axes) = plt.subplots(1, 2, figsize=(10, 4))",
    '    epochs = range(1, len(history.history["loss"]) + 1)  # epoch 1 is the first epoch\'s end',
    '    for axes, metric in ((loss_axes, "loss"), (accuracy_axes, "accuracy")):',
    '        axes.plot(epochs, history.history[metric], "-o", label="training")',
    '        if "val_" + metric in history.history:',
    '            axes.plot(epochs, history.history["val_" + metric], "--o", label="validation")',
    "        axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # whole epochs",
    '        axes.set_xlabel("epoch")',
    "        axes.set_ylabel(metric)",
    "        axes.legend()",
    "    plt.show()",
]

_PREDICT = [
    "probabilities = model.predict(x_test[:5], verbose=0)",
    'print("answers:", probabilities.argmax(axis=1), "labels:", y_test[:5])',
]


def keras_sections(spec: ModelSpec, mnist_path: str | None,
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
         "The test images were never trained on: their accuracy is the one to report. The "
         "training images are evaluated too, with the final weights, to compare the two.",
         EVALUATE),
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


def keras_script(spec: ModelSpec, mnist_path: str | None,
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
