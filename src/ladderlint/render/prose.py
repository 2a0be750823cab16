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
for every page and format alike. A web address written out is a link; a
Markdown heading on a line of its own in a longer text (an introduction
imported from a Markdown page, "### How does it work?") is a heading, a
level below the heading the text is under, where teams write their
framework's texts in Markdown (LL510 turned off). In plain text, the
titles of a longer text's sections (a short line of its own that is no
sentence, over its section: "Things to keep in mind") are headings too,
where the text is under a heading of the page (a description)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..rules.addresses import web_address_spans
from ..rules.ll407_undefined_term import starred, term_before
from ..diff.wording import topic_label
from ..text import (MARKDOWN_HEADING, TextBlock, cjk_label, ends_a_sentence, normal, plain, statement_label,
                    strip_markdown, text_blocks)


@dataclass(frozen=True)
class Part:
    text: str
    #: The anchor of the glossary entry this part links to, if it is a term.
    term: str | None = None
    definition: str | None = None
    #: Where it links to, if it is a web address written out ("https://x.io").
    url: str | None = None
    #: Whether it is an address written after the words it is the link of
    #: ("our guide (https://x.io/a/long/path)"): the words say what it is,
    #: and an HTML page keeps the address to one line.
    written_link: bool = False
    #: Whether it is the label a statement opens with, as written
    #: ("Mentorship" of "Mentorship - I mentor ..."): shown as a label.
    topic: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph (one text) or a list (a text per item) of a longer text."""

    items: tuple["Prose", ...]
    is_list: bool = False
    #: The number of a numbered list's first item ("3. Review" starts at 3);
    #: None for a paragraph or a list of bullets.
    start: int | None = None
    #: A heading's depth within the text (1 for its top headings, 2 for
    #: those under them); 0 for a paragraph or a list. A page shows it a
    #: level below the heading the text is under.
    heading: int = 0
    #: Whether the heading is marked as Markdown marks one ("### How does
    #: it work?"); a heading that is a title line of plain text (see
    #: ``_titles``) is shown as a heading only where the text is under one,
    #: and elsewhere (a table's cell) as the paragraph it is.
    marked: bool = True

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
        blocks = text_blocks(MARKDOWN_HEADING.sub(lambda m: f"\n\n{m.group(0).strip()}\n\n", text))
        if len(blocks) == 1 and not blocks[0].is_list:
            return prose
        headings = [_heading(b, last=i == len(blocks) - 1) for i, b in enumerate(blocks)]
        if any(h is not None for h in headings):
            top = min(len(h.group(1)) for h in headings if h is not None)
            laid_out = tuple(
                Block((self._linked(h.group(2)),), heading=len(h.group(1)) - top + 1) if h is not None
                else Block(tuple(self._linked(t) for t in b.texts), b.is_list, b.start)
                for b, h in zip(blocks, headings))
        else:
            laid_out = tuple(
                Block((self._linked(b.texts[0]),), heading=1, marked=False) if title
                else Block(tuple(self._linked(t) for t in b.texts), b.is_list, b.start)
                for b, title in zip(blocks, _titles(blocks)))
        return Prose(prose.text, prose.parts, laid_out)

    def statement(self, text: str, siblings: Sequence[str] = ()) -> Prose:
        """A statement's prose, the label it opens with ("Code review: ...",
        "Mentorship - I mentor ...") a part of its own where it is shown as
        a label (``shown_label``, beside its ``siblings``): where a level
        pairs its statements with the level below by their labels, a reader
        sees the labels too. A label written otherwise than as plain words
        at the start (in Markdown emphasis, as a term) is left as written."""
        prose = self.prose(text)
        label = shown_label(text, siblings)
        if label is None:
            return prose
        if prose.blocks:
            first = prose.blocks[0]
            if first.is_list or first.heading:
                return prose
            item = _with_topic(first.items[0], label)
            if item is None:
                return prose
            return Prose(prose.text, prose.parts, (replace(first, items=(item, *first.items[1:])), *prose.blocks[1:]))
        return _with_topic(prose, label) or prose

    def _linked(self, text: str) -> Prose:
        parts = [linked for part in self._terms(text) for linked in _addresses(part)]
        return Prose(text, tuple(parts))

    def _terms(self, text: str) -> list[Part]:
        if "*" not in text or not self._keys:
            return [Part(text)]
        parts: list[Part] = []
        done = 0
        for star in starred(text, (term.name for term in self.terms)):
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
        return parts


#: How a statement's opening label reads: a name ended by a colon ("Code
#: review: ..."); a name ended by a dash, which may be a label or an aside
#: in one sentence ("Mentorship - I mentor ...", "Exhibits ownership across
#: the org - this person is ..."); or words that say how often, how surely
#: or on what condition rather than what about ("Weekly: ...", "Shows up
#: reliably: ...", as ``topic_label`` reads them).
NAMED, DASHED, QUALIFIED = "named", "dashed", "qualified"

@lru_cache(maxsize=65536)  # each statement is weighed beside each of its siblings
def opening_label(text: str) -> tuple[str, str] | None:
    """The label a statement opens with, as written in plain text (without
    its colon or dash), and how it reads (``NAMED``, ``DASHED`` or
    ``QUALIFIED``); None for a statement that opens with none. Latin-script
    labels are those ``statement_label`` reads (the differ's), others those
    ``cjk_label`` reads."""
    stripped = strip_markdown(plain(text))
    found = statement_label(text)
    if found is not None:
        head = stripped[: len(stripped) - len(found[1])].rstrip()
        label = head.rstrip(" \t-:")
        if topic_label(text) is None:
            return label, QUALIFIED
        return label, NAMED if head.endswith(":") else DASHED
    cjk = cjk_label(text)
    return (cjk, NAMED) if cjk is not None else None


def shown_label(text: str, siblings: Sequence[str]) -> str | None:
    """The label ``text`` opens with, where a page shows it as a label
    (bold), beside its ``siblings`` (the other statements of its cell, or
    where it is a cell's only one, of its row): labels alike within a cell
    are shown alike. A name ended by a colon is a label. One ended by a
    dash is a label where a sibling opens with a label too ("Mentorship -
    ..." beside "Code review: ..."); alone it is an aside in a sentence.
    Words that say how often or how surely ("Shows up reliably: ...") are
    a label where every sibling opens with one; else they are part of what
    is asked."""
    found = opening_label(text)
    if found is None:
        return None
    label, kind = found
    if kind == NAMED:
        return label
    labelled = [opening_label(other) is not None for other in siblings]
    if kind == DASHED:
        return label if any(labelled) else None
    return label if labelled and all(labelled) else None


def _with_topic(prose: Prose, label: str) -> Prose | None:
    """``prose`` with the ``label`` it opens with a part of its own, marked
    as its label; None where it does not open with it in plain text (in
    Markdown emphasis, a term, a web address)."""
    first = prose.parts[0] if prose.parts else None
    if first is None or first.term is not None or first.url is not None or not first.text.lstrip().startswith(label):
        return None
    start = len(first.text) - len(first.text.lstrip())
    end = start + len(label)
    head = [Part(first.text[:start])] if start else []
    head.append(Part(first.text[start:end], topic=True))
    if end < len(first.text):
        head.append(Part(first.text[end:]))
    return Prose(prose.text, (*head, *prose.parts[1:]), prose.blocks)


def _heading(block: TextBlock, last: bool) -> re.Match[str] | None:
    """The heading a paragraph is, if it is one: "# " only over more text,
    as LL510 reads it ("# of incidents" alone is a count)."""
    if block.is_list or len(block.texts) != 1:
        return None
    match = MARKDOWN_HEADING.fullmatch(block.texts[0])
    return match if match is not None and (len(match.group(1)) > 1 or not last) else None


#: The most words a title line has ("About our engineering progression
#: frameworks"): a longer line is a sentence, whatever its last mark.
_TITLE_WORDS = 8


def _titles(blocks: list[TextBlock]) -> list[bool]:
    """Which paragraphs are the titles of a text's sections, as plain text
    sets them (an introduction imported from a page whose headings the
    format's plain text does not mark): a short line of its own that is no
    sentence (it starts with a capital, ends no sentence but with a question
    mark, in quotes or not, and holds none, nor ends with a comma, colon or
    semicolon; "How does it work?" is one), over a text
    that is not another such line. A text is taken to have sections where
    at least two paragraphs are titles, so that one short first line
    ("Ownership", then what it means) is still a paragraph."""
    def title_like(block: TextBlock) -> bool:
        if block.is_list or len(block.texts) != 1:
            return False
        text = block.texts[0].strip()
        letters = [c for c in text if c.isalpha()]
        # A question may title a section ("How does it work?"); a line that ends a sentence otherwise, in
        # quotes or not ('"Move fast and fix things."', "Welcome to the ladder!"), or holds one ("Questions?
        # Ask in #eng-ladder"), is a sentence.
        words = text.split()
        sentence = (ends_a_sentence(text) and not text.endswith("?")) or text.rstrip("\"'’”)]")[-1:] in ",:;" \
            or any(ends_a_sentence(word) for word in words[:-1])
        return 0 < len(words) <= _TITLE_WORDS and not sentence and bool(letters) and letters[0].isupper()

    like = [title_like(b) for b in blocks]
    titles = [like[i] and i + 1 < len(blocks) and not like[i + 1] for i in range(len(blocks))]
    return titles if sum(titles) >= 2 else [False] * len(blocks)


def _addresses(part: Part) -> list[Part]:
    """A part of a text with the web addresses written out in it apart (see
    ``web_addresses``)."""
    if part.term is not None:
        return [part]
    return web_addresses(part.text) or [part]


def web_addresses(text: str) -> list[Part]:
    """A text cut into parts, the web addresses written out in it apart,
    each linking to itself ("www.x.io" to "https://www.x.io"): how every
    page links an address in a framework's text. An address ends where the
    rules end one (``web_address_spans``): before the punctuation after it
    ("(https://x.io/a)."), and before full-width CJK punctuation
    ("https://openjdk.org/bylaws）来设计"). An address in brackets right
    after words is a link written out as plain text, as the format (and
    `import`, of a Markdown link) writes one: "the company framework
    (https://docs.google.com/spreadsheets/d/1rw7…)". The words say what
    it is, so an HTML page keeps the address to a line
    (``Part.written_link``), not three lines of address. Where the link's
    words begin is not written, so the words are left as they are."""
    if "://" not in text and "www." not in text:
        return [Part(text)] if text else []
    parts: list[Part] = []
    done = 0
    for start, end in web_address_spans(text):
        if start > done:
            parts.append(Part(text[done:start]))
        address = text[start:end]
        url = address if "://" in address else f"https://{address}"
        after_words = text[start - 1 : start] == "(" and text[end : end + 1] == ")" \
            and any(ch.isalnum() for ch in text[done : start - 1])
        parts.append(Part(address, url=url, written_link=after_words))
        done = end
    if done < len(text):
        parts.append(Part(text[done:]))
    return parts


def _span(text: str, lower: int, star: int, key: str) -> tuple[int | None, int]:
    """Where the term ``key`` that ends at ``star`` starts and ends in
    ``text``: the shortest stretch whose normal form is the key, inside
    brackets if it is bracketed ("(ML lifecycle)*")."""
    end = star - 1 if star > lower and text[star - 1] in ")]" else star
    for start in range(end - 1, lower - 1, -1):
        if (start == 0 or not text[start - 1].isalnum()) and normal(text[start:end]) == key:
            return start, end
    return None, end
