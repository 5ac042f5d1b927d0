"""The training side of the window: model panel, controls, worker thread, curves, runs."""
