"""A framework's prose, cut into parts so that pages can link its glossary
terms: a term marked with a trailing `*` ("ML development lifecycle*")
that the glossary defines becomes a link to its entry. Stars are found as
LL407 (undefined-term) finds them, so a term the rule accepts is a term
the page links; the text itself, star included, is kept as written.

Texts are plain text (Markdown markup in them is LL510's), and plain text
has paragraphs and lists as people type them: a blank line between
paragraphs, a line that starts with a bullet or a number for each item
("- make development plans", "2. Review"). Pages show those, a list
numbered where its items are ("1. first" makes an ordered list); any other
line break is where an editor wrapped the line. `text_blocks` reads them,
for every page and format alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.ll407_undefined_term import starred, term_before
from ..text import normal


@dataclass(frozen=True)
class Part:
    text: str
    #: The anchor of the glossary entry this part links to, if it is a term.
    term: str | None = None
    definition: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph (one text) or a list (a text per item) of a longer text."""

    items: tuple["Prose", ...]
    is_list: bool = False
    #: The number of a numbered list's first item ("3. Review" starts at 3);
    #: None for a paragraph or a list of bullets.
    start: int | None = None

    @property
    def is_numbered(self) -> bool:
        return self.start is not None


@dataclass(frozen=True)
class Prose:
    """One text as written, and its parts."""

    text: str
    parts: tuple[Part, ...]
    #: Its paragraphs and lists, when it has more than one paragraph or a
    #: list; empty for a text of one paragraph (the text is that paragraph).
    blocks: tuple[Block, ...] = ()

    def __str__(self) -> str:
        return self.text


#: A line that is an item of a list: a bullet, or a number, then a space.
_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022\u2023\u25e6\u2043\u2013]|(\d{1,3})[.)])[ \t]+(?=\S)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class TextBlock:
    """A paragraph (one text) or a list (a text per item), as written."""

    texts: list[str]
    is_list: bool = False
    #: The first number of a numbered list, None otherwise.
    start: int | None = None


def text_blocks(text: str) -> list[TextBlock]:
    """A plain text's paragraphs and lists, in order. A paragraph's wrapped
    lines are one text; a list's items are each one, without their bullets
    or numbers (an item's wrapped lines are part of it). Bullets after
    numbers, or numbers after bullets, start another list."""
    blocks: list[TextBlock] = []
    for chunk in _BLANK_LINE.split(text.strip("\n")):
        paragraph: list[str] = []
        #: The list an item's wrapped line goes on; not across a blank line.
        open_list: TextBlock | None = None
        for line in chunk.split("\n"):
            marker = _ITEM.match(line)
            if marker:
                if paragraph:
                    blocks.append(TextBlock([" ".join(paragraph)]))
                    paragraph = []
                number = int(marker.group(1)) if marker.group(1) else None
                item = line[marker.end():].strip()
                last = blocks[-1] if blocks else None
                # Items apart by blank lines are still one list, as in Markdown.
                if last is not None and last.is_list and (number is None) == (last.start is None):
                    last.texts.append(item)
                else:
                    blocks.append(TextBlock([item], True, number))
                open_list = blocks[-1]
            elif open_list is not None and line.strip():
                open_list.texts[-1] += " " + line.strip()  # the item's text, wrapped
            elif line.strip():
                paragraph.append(line.strip())
        if paragraph:
            blocks.append(TextBlock([" ".join(paragraph)]))
    return blocks


@dataclass(frozen=True)
class Term:
    name: str
    anchor: str
    definition: str


class Glossary:
    """A framework's glossary, ready to link the terms its texts mark."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        self._by_key: dict[str, Term] = {}
        for term in terms:
            self._by_key.setdefault(normal(term.name), term)
        #: Longest first: the longest key a text ends with wins.
        self._keys = sorted(self._by_key, key=len, reverse=True)

    def prose(self, text: str) -> Prose:
        prose = self._linked(text)
        if "\n" not in text.strip():
            return prose
        blocks = text_blocks(text)
        if len(blocks) == 1 and not blocks[0].is_list:
            return prose
        laid_out = tuple(Block(tuple(self._linked(t) for t in b.texts), b.is_list, b.start) for b in blocks)
        return Prose(prose.text, prose.parts, laid_out)

    def _linked(self, text: str) -> Prose:
        if "*" not in text or not self._keys:
            return Prose(text, (Part(text),))
        parts: list[Part] = []
        done = 0
        for star in starred(text):
            key, defined = term_before(text[:star], self._keys)
            if not defined:
                continue
            start, end = _span(text, done, star, key)
            if start is None:
                continue
            term = self._by_key[key]
            if start > done:
                parts.append(Part(text[done:start]))
            parts.append(Part(text[start:end], term.anchor, term.definition))
            done = end
        if done < len(text):
            parts.append(Part(text[done:]))
        return Prose(text, tuple(parts))


def _span(text: str, lower: int, star: int, key: str) -> tuple[int | None, int]:
    """Where the term ``key`` that ends at ``star`` starts and ends in
    ``text``: the shortest stretch whose normal form is the key, inside
    brackets if it is bracketed ("(ML lifecycle)*")."""
    end = star - 1 if star > lower and text[star - 1] in ")]" else star
    for start in range(end - 1, lower - 1, -1):
        if (start == 0 or not text[start - 1].isalnum()) and normal(text[start:end]) == key:
            return start, end
    return None, end
