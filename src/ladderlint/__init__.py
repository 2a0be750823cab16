"""ladderlint: lint, validate and diff engineering career frameworks kept as YAML."""

from __future__ import annotations

try:
    from importlib.metadata import version as _version

    __version__ = _version("ladderlint")
except Exception:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
