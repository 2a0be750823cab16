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
from ..text import TextBlock, normal, text_blocks


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
