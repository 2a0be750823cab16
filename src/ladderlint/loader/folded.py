"""List items that YAML read as part of the text above them.

A line that starts with "- " but is indented under a plain (unquoted) text
is not an item to YAML: it continues that text, joined to it by a space.
An item indented two spaces too far ("          - I review designs" under
"        - I write tests") silently becomes the end of the statement above
it ("I write tests - I review designs"), and the framework loses one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..positions import Document, Position, value_scalars
from ..patterns import lazy

#: A line of a text that starts like an item of a list.
_ITEM_LINE = lazy(r"\n([ \t]*)- (?=\S)")


@dataclass(frozen=True)
class FoldedItem:
    """A line starting with "- " that YAML joined to the plain text above it."""

    #: Where its '-' is.
    position: Position
    #: The text as YAML read it, the item included.
    text: str
    #: Where the dash belongs to be an item of the list the text is in
    #: (1-based), or None if the text is not an item of a list.
    column: int | None


def may_hold_folded_item(value: str) -> bool:
    """Whether a text as YAML read it may hold an item folded into it (a
    first look, for the reading of plain YAML without a document tree)."""
    # Folded, the line is joined to the text by a space, or by a line break
    # after a blank line.
    return " - " in value or "\n- " in value


def items_folded_into_text(document: Document) -> list[FoldedItem]:
    """Every line of a plain text of ``document`` over several lines that
    starts with "- ", in file order."""
    if not document.dash_in_plain_text:
        return []
    text = document.text
    found = []
    for node, in_list in value_scalars(document.root):
        if node.style or node.start_mark.line == node.end_mark.line or not may_hold_folded_item(node.value):
            continue
        start, end = node.start_mark, node.end_mark
        line = _ITEM_LINE.search(text, start.index, end.index)
        if line is None:
            continue
        lines_above = text.count("\n", start.index, line.start())
        dash = len(line.group(1)) + 1
        # An item's text starts two columns after its dash.
        found.append(FoldedItem(Position(start.line + 2 + lines_above, dash), node.value,
                                start.column - 1 if in_list else None))
    return sorted(found, key=lambda item: (item.position.line, item.position.column))
