"""Dialogs: choosing MNIST, the TensorFlow check."""
