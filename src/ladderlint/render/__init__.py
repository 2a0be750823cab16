"""`ladderlint render`: frameworks as pages people read.

A static web site (an index, a grid per framework, a page per level with
what is new compared with the level below, a page for each two levels side
by side, a changelog from git, and the
check's findings where they are, when asked), or one Markdown file per
framework. ``site.render`` is the entry point; docs/render.md describes the
pages, the options and the templates.

This package imports nothing heavy: Jinja2 is loaded by ``templates`` when
pages are written.
"""

from __future__ import annotations

from .errors import RenderError
from .site import FORMATS, RenderOptions, RenderResult, render

__all__ = ["FORMATS", "RenderError", "RenderOptions", "RenderResult", "render"]
