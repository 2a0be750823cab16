"""Source positions: where a finding is, as editors and CI show it.

A :class:`Position` is a 1-based line and column (and where known, the end).
A :class:`Document` is a loaded YAML document that keeps its node tree, so
that a document path (``("levels", 2, "competencies", "impact", 0)``, what
rules report) becomes a position only when a finding is reported, with no
second parse. ``node_path`` is the one way from a document path to its
nodes, used for positions, fixes and suppressions alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


@dataclass(frozen=True, order=True)
class Position:
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None

    @classmethod
    def from_marks(cls, start: Any, end: Any = None) -> "Position":
        """Build from PyYAML marks (0-based line and column)."""
        if end is None:
            return cls(start.line + 1, start.column + 1)
        return cls(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


# Line breaks as YAML (and so the parser's own positions) count them: a
# lone CR is one, and so is CR LF.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def text_position(text: str, offset: int) -> Position:
    """The position of ``text[offset]``."""
    line, line_start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, offset):
        line, line_start = line + 1, match.end()
    return Position(line, offset - line_start + 1)


def node_path(root: Node, doc_path: tuple[Any, ...]) -> list[tuple[Node | None, Node]]:
    """The (key node, node) pairs from the root down along ``doc_path``, as
    far as the document goes (the key is None for the root and list items)."""
    chain: list[tuple[Node | None, Node]] = [(None, root)]
    for step in doc_path:
        node = chain[-1][1]
        found: tuple[Node | None, Node] | None = None
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == str(step):
                    found = (key_node, value_node)
                    break
        elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            found = (None, node.value[step])
        if found is None:
            break
        chain.append(found)
    return chain


@dataclass
class Document:
    """A loaded YAML document: its text, its data and the node tree it came from."""

    path: str
    text: str
    data: dict[str, Any]
    root: MappingNode
    #: Problems noticed while reading that do not stop it: (rule, message, position).
    notices: list[tuple[Any, str, Position]] = field(default_factory=list)

    def nodes(self, doc_path: tuple[Any, ...]) -> list[Node] | None:
        """The nodes from the root down to ``doc_path``; None if it is not there."""
        chain = node_path(self.root, doc_path)
        return [node for _, node in chain] if len(chain) == len(doc_path) + 1 else None

    def position(self, doc_path: tuple[Any, ...], *, key: bool = False) -> Position:
        """Where ``doc_path`` starts in the file.

        With ``key=True`` and a path ending in a mapping key, point at the key
        itself rather than at its value (for "unknown key" findings). A path
        that goes further than the document points at its deepest existing
        ancestor.
        """
        key_node, node = node_path(self.root, doc_path)[-1]
        target = key_node if key and key_node is not None else node
        return Position.from_marks(target.start_mark, target.end_mark)


def empty_document(path: str) -> Document:
    """A stand-in for a file that can no longer be read: every position is 1:1."""
    from yaml.error import Mark

    start = Mark(path, 0, 0, 0, "", 0)
    return Document(path, "", {}, MappingNode("tag:yaml.org,2002:map", [], start, start))
