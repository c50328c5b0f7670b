"""Benchmarks: measured side by side in one run and printed as ratios, never asserted in tests."""
