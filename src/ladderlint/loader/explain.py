"""YAML mistakes explained in the words of someone who edits a framework.

The YAML parser says where it gave up ("expected '-' indicator while
parsing a block collection", "found character that cannot start any
token"), which is seldom where the mistake is, in words that mean little
to a framework owner. The two mistakes people make most when they edit YAML
by hand are recognised here from the text around that place:

- a tab used to indent a line: YAML indents with spaces only;
- a line indented a space or two more or less than the keys it belongs
  with: the keys of one mapping line up.

Each gives a message that says what to change, at the line and column of
the mistake itself. Anything else keeps the parser's own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..positions import Position
from ..text import plural

# The parser's problems that mean "this line is not where YAML expected it".
_INDENTATION_PROBLEMS = (
    "expected '-' indicator",
    "expected <block end>",
    "expected key",
    "mapping values are not allowed",
    "could not find expected ':'",
    "expected ':'",
)
#: How far above the parser's position a tab that caused it may be.
_TAB_LOOKBACK = 3


@dataclass(frozen=True)
class Explained:
    message: str
    position: Position


def explain(text: str, line: int, column: int, problem: str | None) -> Explained | None:
    """What went wrong near ``line`` and ``column`` (1-based), where the
    parser reported ``problem``; None when it is none of the mistakes
    recognised here."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return None
    return (
        _tab(lines, line)
        or (_colon_in_text(lines, line, column) if problem and "mapping values are not allowed" in problem else None)
        or (_indentation(lines, line) if _about_indentation(problem) else None)
    )


def _about_indentation(problem: str | None) -> bool:
    return problem is not None and any(words in problem for words in _INDENTATION_PROBLEMS)


def _tab(lines: list[str], line: int) -> Explained | None:
    """A tab in the indentation of the line, or of one just above it."""
    for number in range(line, max(0, line - _TAB_LOOKBACK) - 1, -1):
        content = lines[number - 1]
        indentation = content[: len(content) - len(content.lstrip(" \t"))]
        if "\t" in indentation and content.strip():
            column = indentation.index("\t") + 1
            return Explained(
                f"invalid YAML: line {number} is indented with a tab (column {column}); YAML indents with "
                "spaces only: replace the tab with spaces",
                Position(number, column),
            )
    return None


def _colon_in_text(lines: list[str], line: int, column: int) -> Explained | None:
    """`summary: I lead: teams`: a text that holds ': ' after its key, which
    YAML takes for a second key."""
    content = lines[line - 1]
    start = _key_column(content)
    first = content.find(": ", start)
    if first == -1 or first + 2 > column - 1 or content[first + 2 :].lstrip()[:1] in ("'", '"', "|", ">", "[", "{"):
        return None
    value = content[first + 2 :].strip()
    return Explained(
        f"invalid YAML: the text on line {line} holds ': ', which YAML reads as the end of a key; put the "
        f"text in quotes: {content[start:first + 1]} \"{value}\"",
        Position(line, first + 3 + (len(content[first + 2 :]) - len(content[first + 2 :].lstrip()))),
    )


def _key_column(content: str) -> int:
    """Where the key or value of a line starts, after its indentation and any
    list dashes (`  - id: x` starts at column 4, counting from 0)."""
    column = len(content) - len(content.lstrip(" "))
    while content[column : column + 2] in ("- ", "-"):
        column += 2
        while content[column : column + 1] == " ":
            column += 1
    return column


def _content_lines_above(lines: list[str], line: int) -> list[int]:
    out = []
    for number in range(line - 1, 0, -1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            out.append(number)
    return out


def _indentation(lines: list[str], line: int) -> Explained | None:
    """The line that sits a space or two off the keys it belongs with."""
    for number in (line, line - 1):  # the parser may stop at the line after
        if not 1 <= number <= len(lines) or not lines[number - 1].strip():
            continue
        content = lines[number - 1]
        here = _key_column(content)
        for above in _content_lines_above(lines, number)[:1]:
            there = _key_column(lines[above - 1])
            if here == there or abs(here - there) > 2:
                continue
            how = "more" if here > there else "less"
            spaces = abs(here - there)
            return Explained(
                f"invalid YAML: line {number} starts {plural(spaces, 'space')} {how} than line "
                f"{above} above it (column {here + 1}, not {there + 1}); the keys of one mapping line up, so "
                f"indent it like line {above}",
                Position(number, here + 1),
            )
    return None
