"""kg benchmarks: corpus builder and the speed-and-scale run (see run.py)."""
