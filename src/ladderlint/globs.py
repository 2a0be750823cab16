"""Glob patterns for `exclude` and `per-file-ignores`.

Patterns are matched against a path relative to a root (the directory of
the configuration file), with ``/`` as separator:

- ``*`` matches within one path segment, ``**`` across segments, ``?`` one
  character, ``[abc]`` / ``[!abc]`` a character class;
- a pattern without a ``/`` matches a file or directory name at any depth
  (``drafts`` or ``*.draft.yaml``), as in ``.gitignore``;
- a pattern that matches a directory matches everything under it.
"""

from __future__ import annotations

import functools
import os
import re


@functools.lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[" and (end := pattern.find("]", i + 2)) != -1:
            body = pattern[i + 1 : end]
            negate = body.startswith("!")
            body = body[1:] if negate else body
            out.append("[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(char))
            i += 1
    return re.compile("".join(out) + r"\Z")


def _normalise(pattern: str) -> str:
    pattern = pattern.replace("\\", "/").strip()
    while pattern.startswith("./"):
        pattern = pattern[2:]
    return pattern.rstrip("/") or pattern


def matches(pattern: str, relative_path: str) -> bool:
    """Whether ``relative_path`` (or a directory above it) matches ``pattern``."""
    pattern = _normalise(pattern)
    regex = _compile(pattern)
    parts = [p for p in relative_path.replace(os.sep, "/").split("/") if p not in ("", ".")]
    if "/" not in pattern:
        return any(regex.match(part) for part in parts)
    return any(regex.match("/".join(parts[: i + 1])) for i in range(len(parts)))


def relative_to(path: str, root: str) -> str:
    """``path`` relative to ``root``, with ``/`` separators."""
    try:
        relative = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")
