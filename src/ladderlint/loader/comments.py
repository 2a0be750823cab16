"""Texts that YAML cut short at a '#'.

In YAML a '#' after a space starts a comment, also in the middle of a
plain (unquoted) text: "- You answer questions in #security-help and page
the on-call" is read as "You answer questions in", and the rest is lost
without a word. Slack channels, "#1 priority" and issue numbers are
written this way in real frameworks. A comment written on purpose has a
space after its '#' ("# TODO: reword"); a '#' followed by a letter or a
digit is read as part of the text the author meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaml.nodes import ScalarNode

from ..positions import Document, Position, value_scalars
from ..patterns import lazy

#: A '#' followed by a word, as a channel or a number is; it starts a
#: comment after a space or a tab. (Written to start with the '#', which
#: the regular expression engine finds fast; the bytes form is the first look.)
_CUT = lazy(r"#(?=[^\s#])")
_CUT_BYTES = lazy(rb"#(?=[^\s#])")
_BLANKS = (" ", "\t")
_QUOTES = ("'", '"')
#: A comment right after a text: blanks, a '#', the rest of its line.
_COMMENT_AFTER = lazy(r"[ \t]+#[^\r\n\x85\u2028\u2029]*")
#: A comment that speaks to ladderlint ('# ladderlint: disable=LL512 -- ...',
#: also written '#ladderlint:' or '# LADDERLINT:'): suppressions.py reads it,
#: and it cuts no text.
SUPPRESSION_MARKER = lazy(r"#[ \t]*ladderlint[ \t]*:", re.IGNORECASE)


@dataclass(frozen=True)
class CutText:
    """A plain text followed on its line by what YAML read as a comment."""

    #: Where the '#' is.
    position: Position
    #: The text as YAML read it.
    kept: str
    #: The comment, from its '#' to the end of the line.
    lost: str


def comment_after(text: str, node: ScalarNode) -> str:
    """What YAML read as a comment right after the plain text ``node`` on
    its line ('every day: standups #team' loses ' #team'), with the blanks
    before it; '' if there is none, and for a quoted text, which ends at its
    quote."""
    if node.style:
        return ""
    comment = _COMMENT_AFTER.match(text, node.end_mark.index)
    return comment.group(0).rstrip() if comment else ""


def comment_position(text: str, node: ScalarNode) -> Position:
    """Where the '#' of the comment :func:`comment_after` found after
    ``node`` is in ``text``."""
    end = node.end_mark
    return Position(end.line + 1, end.column + text.index("#", end.index) - end.index + 1)


def may_cut_text(data: bytes) -> bool:
    """Whether a file may hold a text cut at a '#' (a first look over its bytes)."""
    return any(data[m.start() - 1 : m.start()] in (b" ", b"\t") for m in _CUT_BYTES.finditer(data)) \
        and bool(_candidates(data.decode("utf-8", "replace")))


def _candidates(text: str) -> set[int]:
    """Where a '#' may cut a text short: after a blank, before a word, on
    a line whose value does not start with a quote (in `- '... #4'` and
    `key: "... #4"` a '#' is text)."""
    found = set()
    for match in _CUT.finditer(text):
        if text[match.start() - 1 : match.start()] not in _BLANKS:
            continue
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].lstrip(" \t")
        while line.startswith("- "):
            line = line[2:].lstrip(" \t")
        if not _value_of(line).startswith(_QUOTES):
            found.add(match.end() - 1)
    return found


def _value_of(line: str) -> str:
    """The value on a line of a mapping ('key: value', '"key": value'), or
    the whole line when it holds no key."""
    if line.startswith(_QUOTES):  # a quoted text, or a quoted key ('"summary": ...')
        end = closing_quote(line)
        after = line[end + 1 :].lstrip(" \t") if end > 0 else ""
        return after[2:].lstrip(" \t") if after[:2] in (": ", ":\t") else line
    key, colon, value = line.partition(": ")
    return value.lstrip(" \t") if colon else line


def closing_quote(line: str) -> int:
    """Where the quotation that starts ``line`` ends (-1: not on this line):
    '' is a quote inside single quotes, \\" one inside double quotes."""
    quote = line[0]
    end = line.find(quote, 1)
    while end > 0 and (line[end + 1 : end + 2] == "'" if quote == "'" else line[end - 1] == "\\"):
        end = line.find(quote, end + 2 if quote == "'" else end + 1)
    return end


def texts_cut_by_comments(document: Document) -> list[CutText]:
    """Every plain text of ``document`` followed on its last line by a
    comment that starts with a word ('#security-help', '#1'), in file order."""
    candidates = _candidates(document.text)
    if not candidates:
        return []
    text = document.text
    found = []
    for node, _in_list in value_scalars(document.root):
        if node.value and node.tag.endswith(":str"):
            comment = comment_after(text, node).lstrip(" \t")
            at = text.find(comment, node.end_mark.index) if comment else -1  # where its '#' is
            if at in candidates and not SUPPRESSION_MARKER.match(text, at):
                found.append(CutText(comment_position(text, node), node.value, comment))
    return sorted(found, key=lambda cut: (cut.position.line, cut.position.column))
