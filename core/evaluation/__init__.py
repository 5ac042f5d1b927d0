"""Scoring a classifier (accuracy, confusion) and looking inside it (weights, activations)."""
