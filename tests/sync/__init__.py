"""Sync tests (a package, so that its conftest does not take the place of tests/conftest.py)."""
