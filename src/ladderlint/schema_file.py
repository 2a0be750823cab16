"""The framework JSON Schema as shipped: its text, its data, and the keys
of each mapping it defines.

It imports nothing of ladderlint: the loader reads the keys to explain a
YAML slip (`summary I deliver`), and schema.py, which validates documents,
reads the loader.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

SCHEMA_FILE = "framework.schema.json"


@functools.lru_cache(maxsize=1)
def schema_text() -> str:
    """The schema exactly as shipped."""
    # Read next to this module: importlib.resources costs 8 ms of start-up,
    # a tenth of a one-file check. It remains the way for zipped installs.
    try:
        with open(os.path.join(os.path.dirname(__file__), "schemas", SCHEMA_FILE), encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        from importlib import resources

        return resources.files("ladderlint").joinpath("schemas").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    import json  # read to explain a file that fails: a clean check does without the module

    return json.loads(schema_text())


@functools.lru_cache(maxsize=1)
def _language_pattern() -> "re.Pattern[str]":
    return re.compile(schema()["properties"]["language"]["pattern"])


def language_tag(text: str) -> str | None:
    """``text`` as a framework's `language` where it is a BCP 47 tag, as
    the schema says one is written ("pt-BR"; "pt_BR", as a locale writes
    it, as "pt-BR"), else None."""
    tag = text.strip().replace("_", "-")
    return tag if _language_pattern().fullmatch(tag) else None


@functools.lru_cache(maxsize=1)
def _written_pattern() -> "re.Pattern[str]":
    return re.compile(schema()["$defs"]["text"]["pattern"])


def text_pattern() -> str:
    """The pattern a text of the format must match: one character that is
    not white space (a text of spaces alone is as blank as an empty one)."""
    return _written_pattern().pattern


def blank(text: str) -> bool:
    """Whether ``text`` is blank as the schema says it: empty, or white
    space alone (spaces, tabs, no-break and zero-width spaces)."""
    return _written_pattern().search(text) is None


@functools.lru_cache(maxsize=1)
def format_mappings() -> tuple[frozenset[str], ...]:
    """The keys of each mapping the format defines (a level's `id`, `title`,
    `summary` ...), at any depth."""
    found: set[frozenset[str]] = set()
    pending: list[Any] = [schema()]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            keys = frozenset(key for key in node.get("properties", {}) if not key.startswith("$"))
            if keys:
                found.add(keys)
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return tuple(sorted(found, key=sorted))
