"""DigitLab's engine: data, architectures, training, inference, preprocessing, model files.

Nothing here imports Qt or pyqtgraph (a test enforces it), so every piece can be used from a
script, a notebook or the command line. TensorFlow is imported only where a function needs it.
"""

__version__ = "0.1.0"
