"""The drawing flow: strokes to a 28x28 MNIST-style input, the answer and its verdict,
image files."""
