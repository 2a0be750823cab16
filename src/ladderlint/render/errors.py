"""What goes wrong when rendering, apart from inputs that are not valid frameworks."""

from __future__ import annotations


class RenderError(Exception):
    """A template or an output that cannot be used (exit code 2)."""
