"""StationDesk benchmarks: run ``python -m benchmarks`` from the project root.

They print figures (value, unit, target, whether it is met) and never fail a build: tests
never assert on wall-clock time. Demo databases are built once and cached under
``benchmarks/.cache/`` (keyed by years, seed, schema head and the demo generator's source).
"""
