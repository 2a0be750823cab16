"""Source positions: where a finding is, as editors and CI show it.

A :class:`Position` is a 1-based line and column (and where known, the end).
A :class:`Document` is a loaded YAML document that keeps its node tree, so
that a document path (``("levels", 2, "competencies", "impact", 0)``, what
rules report) becomes a position only when a finding is reported, with no
second parse. ``node_path`` is the one way from a document path to its
nodes, used for positions, fixes and suppressions alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from array import array
from typing import Any, Iterator, MutableSequence, Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from .patterns import lazy


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
_LINE_BREAK = lazy("\r\n|[\r\n\x85\u2028\u2029]")


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


def value_scalars(root: Node) -> Iterator[tuple[ScalarNode, bool]]:
    """Every scalar of a node tree that is a value, not a key, with whether
    it is an item of a list; in no particular order."""
    nodes: list[tuple[Node, bool]] = [(root, False)]
    while nodes:
        node, in_list = nodes.pop()
        if isinstance(node, MappingNode):
            nodes.extend((value, False) for _, value in node.value)
        elif isinstance(node, SequenceNode):
            nodes.extend((item, True) for item in node.value)
        elif isinstance(node, ScalarNode):
            yield node, in_list


@dataclass
class Document:
    """A loaded YAML document: its text, its data and the node tree it came from."""

    path: str
    text: str
    data: dict[str, Any]
    root: MappingNode
    #: Problems noticed while reading that do not stop it: (rule, message, position).
    notices: list[tuple[Any, str, Position]] = field(default_factory=list)
    #: Whether a plain (unquoted) text of it holds " - ", as a list item
    #: folded into the text above it does (LL015): most documents have none.
    dash_in_plain_text: bool = True

    def nodes(self, doc_path: tuple[Any, ...]) -> list[Node] | None:
        """The nodes from the root down to ``doc_path``; None if it is not there."""
        chain = node_path(self.root, doc_path)
        return [node for _, node in chain] if len(chain) == len(doc_path) + 1 else None

    def span_position(self, doc_path: tuple[Any, ...], span: tuple[int, int]) -> Position | None:
        """Where the characters ``span`` (start, end offsets in the value) of
        the text at ``doc_path`` are in the file; None if the path is not a
        text value or the span is not inside it."""
        nodes = self.nodes(doc_path) or []
        node = nodes[-1] if nodes else None
        start, end = span
        if not isinstance(node, ScalarNode) or not 0 <= start < end <= len(node.value):
            return None
        offsets = scalar_offsets(self.text, node, nodes[-2] if len(nodes) > 1 else None)
        if offsets is None:
            return None
        first, last = _source_position(self.text, node.start_mark, offsets[start]), _source_position(
            self.text, node.start_mark, offsets[end - 1] + 1
        )
        return Position(first[0], first[1], last[0], last[1])

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


# --- positions inside a text value ------------------------------------------------

_BREAKS = "\r\n\x85\u2028\u2029"
_SEPARATORS = "\u2028\u2029"
_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b", "f": "\x0c", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


def scalar_offsets(text: str, node: ScalarNode, parent: Node | None) -> Sequence[int] | None:
    """For each character of a scalar's value, the offset in ``text`` of
    the character it was read from: itself, the escape that wrote it, the
    line break that folding turned into a space or kept. None where the
    value cannot be traced back exactly (a YAML construct not covered): the
    value read back from the offsets must be the node's value, or none is
    given. ``parent`` is the collection holding the scalar: a block
    scalar's indentation indicator (`>2`) counts from where it starts."""
    start, end = node.start_mark.index, node.end_mark.index
    style = node.style or None  # plain: None from PyYAML, "" from libyaml
    traced: tuple[list[str], MutableSequence[int]] | None
    if style == '"' or style == "'":
        traced = _flow(text, start + 1, end - 1, style)
    elif style in ("|", ">"):
        # A block's indentation is its collection's plus the indicator, as
        # YAML reads it; at the top of the document, the indicator alone.
        traced = _block(text, start, end, parent.start_mark.column if parent else 0, folded=style == ">")
    else:
        traced = _flow(text, start, end, None)
    if traced is None:
        return None
    chars, offsets = traced
    return offsets if "".join(chars) == node.value else None


def _after_break(text: str, i: int) -> int:
    return i + 2 if text[i : i + 2] == "\r\n" else i + 1


# Where a plain or quoted scalar's characters stop being read as written:
# a line break (folded), and a quoted style's escape or doubled quote. The
# characters between are copied a run at a time, so that a text of a
# million words costs what copying it does.
_PLAIN_STOPS = lazy(r"[\r\n\x85\u2028\u2029]")
_DOUBLE_QUOTED_STOPS = lazy(r"[\\\r\n\x85\u2028\u2029]")
_SINGLE_QUOTED_STOPS = lazy(r"['\r\n\x85\u2028\u2029]")


def _flow(text: str, i: int, end: int, quote: str | None) -> tuple[list[str], MutableSequence[int]] | None:
    """A plain or quoted scalar's value, as YAML folds its lines, with the offsets."""
    chars: list[str] = []  # the value in pieces: runs of characters, escapes, folds
    offsets: MutableSequence[int] = array("q")  # a million offsets: 8 MB, not 36
    stops = _DOUBLE_QUOTED_STOPS if quote == '"' else _SINGLE_QUOTED_STOPS if quote == "'" else _PLAIN_STOPS
    while i < end:
        stop = stops.search(text, i, end)
        k = stop.start() if stop else end
        if k > i:
            # Spaces and tabs before a line break are folded away with it.
            j = i + len(text[i:k].rstrip(" \t")) if k < end and text[k] in _BREAKS else k
            chars.append(text[i:j])
            offsets.extend(range(i, j))
            i = k
            if i >= end:
                break
        ch = text[i]
        if ch in _BREAKS:
            i = _fold(text, i, end, chars, offsets, escaped=False)
        elif ch == "'":
            if text[i + 1 : i + 2] != "'":
                return None  # a closing quote inside the scalar
            chars.append("'")
            offsets.append(i)
            i += 2
        else:  # a backslash, in a double-quoted scalar
            following = text[i + 1 : i + 2]
            if following and following in _BREAKS:
                i = _fold(text, _after_break(text, i + 1), end, chars, offsets, escaped=True)
            elif following in _ESCAPES:
                chars.append(_ESCAPES[following])
                offsets.append(i)
                i += 2
            elif following in _HEX_ESCAPES:
                width = _HEX_ESCAPES[following]
                try:
                    chars.append(chr(int(text[i + 2 : i + 2 + width], 16)))
                except ValueError:
                    return None
                offsets.append(i)
                i += 2 + width
            else:
                return None
    return chars, offsets


def _fold(text: str, i: int, end: int, chars: list[str], offsets: MutableSequence[int], *, escaped: bool) -> int:
    """Fold the line break at ``i`` (or, after an escaped break, the lines
    from ``i``): one break is a space, each empty line after it a line
    break; the next line's indentation is dropped."""
    first = i
    j = i if escaped else _after_break(text, i)
    empty: list[int] = []
    while True:
        k = j
        while k < end and text[k] in " \t":
            k += 1
        if k < end and text[k] in _BREAKS:
            empty.append(k)
            j = _after_break(text, k)
        else:
            break
    # A line or paragraph separator stays itself; other breaks read as "\n".
    if not escaped and text[first] in _SEPARATORS:
        chars.append(text[first])
        offsets.append(first)
    elif not escaped and not empty:
        chars.append(" ")
        offsets.append(first)
    chars.extend(text[e] if text[e] in _SEPARATORS else "\n" for e in empty)
    offsets.extend(empty)
    return k


def _block(
    text: str, start: int, end: int, parent_indent: int, *, folded: bool
) -> tuple[list[str], MutableSequence[int]] | None:
    """A literal or folded block scalar's value, with the offsets; its
    collection is indented by ``parent_indent``."""
    header_end = start
    while header_end < end and text[header_end] not in _BREAKS:
        header_end += 1
    indicators = text[start + 1 : header_end].split("#", 1)[0].strip()
    explicit = next((int(c) for c in indicators if c.isdigit()), None)
    chomping = "+" if "+" in indicators else "-" if "-" in indicators else ""
    lines: list[tuple[int, int]] = []
    i = _after_break(text, header_end) if header_end < end else end
    while i < end:
        j = i
        while j < end and text[j] not in _BREAKS:
            j += 1
        lines.append((i, j))
        i = _after_break(text, j) if j < end else end
    if explicit is not None:
        indent = parent_indent + explicit
    else:
        indent = next((len(text[a:b]) - len(text[a:b].lstrip(" ")) for a, b in lines if text[a:b].strip(" ")), 0)
    chars: list[str] = []
    offsets: list[int] = []
    pending: list[int] = []  # the breaks of empty lines since the last content line
    previous: tuple[int, bool] | None = None  # (its line break, whether it starts at the indentation)
    for a, b in lines:
        if b - a <= indent and not text[a:b].strip(" "):
            pending.append(b)
            continue
        body = a + indent
        normal = text[body : body + 1] not in (" ", "\t")
        if previous is not None:
            line_break, previous_normal = previous
            if folded and previous_normal and normal and text[line_break : line_break + 1] in "\r\n":
                if not pending:
                    chars.append(" ")
                    offsets.append(line_break)
            else:
                chars.append(_break_read(text, line_break))
                offsets.append(line_break)
        chars.extend(_break_read(text, p) for p in pending)
        offsets.extend(pending)
        pending = []
        chars.extend(text[body:b])
        offsets.extend(range(body, b))
        previous = (b, normal)
    if previous is not None and chomping != "-" and previous[0] < end:
        chars.append(_break_read(text, previous[0]))
        offsets.append(previous[0])
    if chomping == "+":
        chars.extend(_break_read(text, p) for p in pending)
        offsets.extend(pending)
    return chars, offsets


def _break_read(text: str, i: int) -> str:
    """What a line break reads as: a line or paragraph separator stays itself."""
    return text[i] if text[i] in _SEPARATORS else "\n"





def _source_position(text: str, mark: Any, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[offset]``, counted from a mark before it."""
    line, line_start = mark.line + 1, mark.index - mark.column
    for match in _LINE_BREAK.finditer(text, mark.index, offset):
        line, line_start = line + 1, match.end()
    return line, offset - line_start + 1
