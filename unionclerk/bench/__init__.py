"""Benchmarks that print measured ratios against raw baselines: `python -m unionclerk.bench NAME`."""
