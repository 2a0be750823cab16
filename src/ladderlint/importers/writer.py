"""Write framework data as YAML, the same bytes every time.

Keys come out in the order the data holds them (the merge builds them in
the order of docs/format.md), two-space indentation, one line per string
(no folding, so a diff shows exactly the words that changed). Each string
is written in the plainest style that reads back as the same text:

- plain, when YAML would read it back unchanged as text;
- double-quoted with escapes when it holds characters a reader cannot see
  (no-break and zero-width spaces, control characters), runs of spaces or
  spaces at either end: the quotes show that the wording has them;
- a literal block (``|-``) for clean text of several lines;
- single-quoted otherwise (text starting with '*', '!' or holding ': ').
"""

from __future__ import annotations

from typing import Any

from ..yaml_scalars import invisible, scalar

_INDENT = "  "
_ALWAYS_QUOTED = frozenset({"version", "effective"})


def dump(data: dict[str, Any], header: str = "") -> str:
    out: list[str] = []
    for line in header.splitlines():
        out.append(f"# {line}".rstrip())
    _mapping(data, 0, out)
    return "\n".join(out) + "\n"


def _mapping(data: dict[str, Any], depth: int, out: list[str]) -> None:
    pad = _INDENT * depth
    for key, value in data.items():
        label = f"{pad}{scalar(str(key))}:"
        if depth == 0 and key in _ALWAYS_QUOTED and isinstance(value, str):
            # Versions and dates are text; quoted, no YAML reader takes them for numbers.
            out.append(f"{label} '{value}'")
            continue
        _value(label, value, depth, out)


def _value(label: str, value: Any, depth: int, out: list[str]) -> None:
    if isinstance(value, dict) and value:
        out.append(label)
        _mapping(value, depth + 1, out)
    elif isinstance(value, list) and value:
        out.append(label)
        _sequence(value, depth + 1, out)
    else:
        _inline(label, value, depth + 1, out)


def _sequence(items: list[Any], depth: int, out: list[str]) -> None:
    pad = _INDENT * depth
    for item in items:
        if isinstance(item, dict) and item:
            first = True
            for key, value in item.items():
                prefix = f"{pad}- " if first else f"{pad}  "
                _value(f"{prefix}{scalar(str(key))}:", value, depth + 1, out)
                first = False
        elif isinstance(item, list) and item:
            out.append(f"{pad}-")
            _sequence(item, depth + 1, out)
        else:
            _inline(f"{pad}-", item, depth + 1, out)


def _inline(label: str, value: Any, depth: int, out: list[str]) -> None:
    if isinstance(value, bool):
        out.append(f"{label} {'true' if value else 'false'}")
    elif isinstance(value, int):
        out.append(f"{label} {value}")
    elif isinstance(value, str):
        if _block_ok(value):
            out.append(f"{label} |-")
            pad = _INDENT * depth
            out.extend(f"{pad}{line}" if line else "" for line in value.split("\n"))
        else:
            out.append(f"{label} {scalar(value)}")
    elif value is None:
        out.append(f"{label} null")
    elif isinstance(value, dict):
        out.append(f"{label} {{}}")
    elif isinstance(value, list):
        out.append(f"{label} []")
    else:
        raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _block_ok(text: str) -> bool:
    """Clean text of several lines, written as a literal block."""
    if "\n" not in text or text.startswith((" ", "\n")) or text.endswith(("\n", " ")):
        return False
    for line in text.split("\n"):
        if line != line.rstrip(" \t") or "\t" in line or any(invisible(ch) for ch in line):
            return False
    return True
