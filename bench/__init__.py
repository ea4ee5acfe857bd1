"""Benchmarks and the synthetic datasets they run on."""
