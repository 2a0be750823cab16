"""YAML front matter at the top of a Markdown file (``---`` ... ``---``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .document import ImportFailure
from ..patterns import lazy

#: libyaml's loader when PyYAML was built with it: the same nodes, faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAB_AFTER_DASH = lazy(r"^([ ]*-)\t+", re.MULTILINE)
#: A front-matter line as sites write one: a key in lower case first, no spaces ('description: ',
#: 'sidebar_position: 2', 'sidebarTitle: ...'); a heading is not written so.
_KEY_LINE = lazy(r"^[a-z][A-Za-z0-9_-]*:(?:[ \t].*)?$")


@dataclass
class FrontMatter:
    data: dict[str, Any]
    root: MappingNode
    #: Line of the closing '---' (1-based); the body starts after it.
    end: int
    #: Lines where a tab had to be replaced to read the YAML.
    repaired: list[int]
    #: Whether it opens with '---' (a page copied without its first line has only the keys and the closing '---').
    opened: bool = True


def closing(lines: list[str]) -> int | None:
    """Line (1-based) of the '---' that closes a document's front matter, or None when it has none.

    Front matter whose opening '---' is lost ('description: ' then '---' at the top, as a
    page copied from its site without its first line has it) is front matter still, not a
    heading underlined: every line above the '---' is a key as front matter writes one."""
    if not lines:
        return None
    if lines[0].rstrip() == "---":
        return next((n for n in range(2, len(lines) + 1) if lines[n - 1].rstrip() in ("---", "...")), None)
    end = next((n for n, line in enumerate(lines, 1) if not _KEY_LINE.match(line.rstrip())), None)
    return end if end is not None and end > 1 and lines[end - 1].rstrip() == "---" else None


def present(text: str) -> bool:
    """Whether a document starts with front matter (opened with '---' or not)."""
    return text.startswith("---\n") or closing(text[:4000].split("\n")) is not None


def split(path: str, lines: list[str]) -> FrontMatter | None:
    """The front matter of a document, or None when it has none."""
    if not lines:
        return None
    if lines[0].rstrip() != "---":
        return _unopened(lines)
    end = next((n for n in range(2, len(lines) + 1) if lines[n - 1].rstrip() in ("---", "...")), None)
    if end is None:
        raise ImportFailure(path, "the front matter opened on line 1 is never closed with '---'", 1, 1)
    text = "\n".join(lines[1 : end - 1])
    repaired: list[int] = []
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        # Some sites' YAML readers accept a tab after a list dash; YAML does
        # not. Read it as a space, and say so.
        fixed, count = _TAB_AFTER_DASH.subn(r"\1 ", text)
        if not count:
            raise _failure(path, error) from None
        repaired = [i + 2 for i, line in enumerate(text.split("\n")) if _TAB_AFTER_DASH.match(line)]
        try:
            root = yaml.compose(fixed, Loader=_LOADER)
        except yaml.MarkedYAMLError as second:
            raise _failure(path, second) from None
    except yaml.YAMLError as error:
        raise ImportFailure(path, f"the front matter is not valid YAML: {error}", 2, 1) from None
    if root is None:
        return FrontMatter({}, MappingNode("tag:yaml.org,2002:map", []), end, repaired)
    if not isinstance(root, MappingNode):
        raise ImportFailure(path, "the front matter is not a mapping of keys to values", 2, 1)
    data = construct(root)
    return FrontMatter(data, root, end, repaired)


def _unopened(lines: list[str]) -> FrontMatter | None:
    """Front matter without its opening '---', if the keys above the first '---' read as YAML."""
    end = closing(lines)
    if end is None:
        return None
    try:
        root = yaml.compose("\n".join(lines[: end - 1]), Loader=_LOADER)
    except yaml.YAMLError:
        return None  # not front matter after all: the document's text
    if not isinstance(root, MappingNode):
        return None
    _shift(root)
    return FrontMatter(construct(root), root, end, [], opened=False)


def _shift(node: Node) -> None:
    """Marks one line up: ``line_of`` counts from the line after an opening '---', and there is none."""
    for mark in ("start_mark", "end_mark"):
        old = getattr(node, mark)
        setattr(node, mark, yaml.Mark(old.name, old.index, old.line - 1, old.column, old.buffer, old.pointer))
    if isinstance(node, MappingNode):
        for key, value in node.value:
            _shift(key)
            _shift(value)
    elif isinstance(node, SequenceNode):
        for each in node.value:
            _shift(each)


def _failure(path: str, error: yaml.MarkedYAMLError) -> ImportFailure:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 2 if mark is not None else 2
    column = mark.column + 1 if mark is not None else 1
    return ImportFailure(path, f"the front matter is not valid YAML: {error.problem or error.context}", line, column)


def construct(node: Node) -> Any:
    """The Python value of a front-matter node."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def line_of(node: Node) -> int:
    """1-based line of a front-matter node in the whole file."""
    return node.start_mark.line + 2


def child(node: Node, key: str) -> Node | None:
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == key:
                return value_node
    return None


def key_lines(node: Node) -> dict[str, int]:
    """Line of each key of a mapping node."""
    out: dict[str, int] = {}
    if isinstance(node, MappingNode):
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                out[key_node.value] = line_of(key_node)
    return out


def items(node: Node | None) -> list[Node]:
    return list(node.value) if isinstance(node, SequenceNode) else []


def written_values(node: Node) -> dict[str, str]:
    """Each key's value as written in the file (for the report)."""
    out: dict[str, str] = {}
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                if isinstance(value_node, ScalarNode):
                    out[key_node.value] = value_node.value
                else:
                    out[key_node.value] = str(construct(value_node))
    return out
