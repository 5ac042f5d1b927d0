"""Models: the spec and presets, Keras building, the one Keras-to-numpy layer map, the numpy
classifier (forward pass and its trace), and model files with their metadata."""
