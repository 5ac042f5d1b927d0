"""Data: MNIST from .npz/IDX files, and the student's own labelled drawings."""
