"""The package version: the one place it is written (pyproject.toml reads it from here).

A constant rather than importlib.metadata, whose import alone costs about 90 ms.
"""

__version__ = "0.1.0"
