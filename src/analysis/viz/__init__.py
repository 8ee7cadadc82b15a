"""Plots: each takes a DataFrame computed elsewhere in :mod:`analysis` and returns the Axes."""
