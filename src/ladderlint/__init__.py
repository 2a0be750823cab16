"""ladderlint: lint, validate and diff engineering career frameworks kept as YAML."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # Looked up on first use only: importlib.metadata costs about 20 ms at
    # startup, a fifth of a pre-commit run on one file.
    if name == "__version__":
        try:
            from importlib.metadata import version

            return version("ladderlint")
        except Exception:  # running from a source tree that is not installed
            return "0.0.0"
    raise AttributeError(f"module 'ladderlint' has no attribute {name!r}")


__all__ = ["__version__"]
