"""The drawing side of the window: canvas, prediction panel, answer, bars, 28x28 view."""
