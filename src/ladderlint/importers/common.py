"""Pieces several readers share: bullets, footnotes, and column tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import CellLine
from .document import ImportedDocument, ImportedStatement
from ..patterns import lazy
from ..text import BULLET, BULLET_SYMBOLS as _SYMBOLS, goes_on_below

#: A bullet typed as a symbol at the start of a line ('• Ships tasks'), where no list was made:
#: pasted from a word processor or a chat, or a list's marks kept by a plain-text export.
TYPED_BULLET = lazy(rf"^[ \t]*[{_SYMBOLS}][ \t\u00a0]+(?P<text>\S.*)$")

#: A bullet inside a cell's line, between two of its statements, or opening it: a mark of
#: ``BULLET_SYMBOLS`` after a space (never inside a word), before a space or, typed without
#: one, right before a word ('•Reviews small PRs •Asks questions').
_INLINE_BULLET = lazy(rf"(?:^[ \t\u00a0]*|[ \t\u00a0]+)[{_SYMBOLS}](?:[ \t\u00a0]+|(?=[^\W\d_]))")


def cell_statements(said: str, bulleted: bool) -> list[CellLine]:
    """A line of a table's cell (``bulleted``: a bullet opened it), as every
    reader reads one: bullets in a line of their own ('Ships tasks • Writes
    tests'), where the cell's line breaks were lost or never typed, are a
    statement each; a line that a bullet mark opens is a bullet, without it."""
    pieces: list[CellLine] = []
    at, mark = 0, None
    for bullet in [*_INLINE_BULLET.finditer(said), None]:
        part = said[at:bullet.start() if bullet else len(said)].strip()
        if part:
            pieces.append(CellLine(part, True, mark if pieces else None))
        if bullet is not None:
            at, mark = bullet.end(), " " + bullet.group().strip() + " "
    if len(pieces) == 1 and at and not said[:at].strip()[:-1].strip():
        return [CellLine(pieces[0].text, True)]  # '•Reviews small PRs': one bullet, its mark typed without a space
    return pieces if len(pieces) > 1 else [CellLine(said, bulleted)]


def goes_on_after_break(line: str, below: str) -> bool:
    """Whether the text after a line break in a cell (a Markdown or HTML
    ``<br>``, a spreadsheet's Alt+Enter) goes on with the line before it:
    a sentence wrapped, as ``goes_on_below`` reads one, or going on in
    lower case after a semicolon ('... with data;<br>coaches others'). A
    line a bullet opens, or in upper case after a full stop, is a new item."""
    return goes_on_below(line, below) or (line.rstrip().endswith(";") and below.lstrip()[:1].islower())


#: A label in front of a statement: 'Project Leadership - I define ...'.
_LABELLED = lazy(r"^[A-Z][\w'’/&]*(?: [A-Z&][\w'’/&]*){0,3} [-–—:] \S")


@dataclass
class Bullet:
    text: str
    line: int
    #: Index of the group of bullets it belongs to (groups are separated by
    #: blank lines in the export).
    group: int = 0


def glossary_from_footnote(document: ImportedDocument, footnote: str, corpus: str) -> str | None:
    """Turn a footnote ('ML development lifecycle refers to ...') into a
    glossary entry when the text marks its first words with a star
    ('ML development lifecycle*'). Returns the term, or None."""
    words = footnote.split(" ")
    for count in range(min(8, len(words) - 1), 0, -1):
        term = " ".join(words[:count]).strip()
        if term and f"{term}*" in corpus:
            definition = " ".join(words[count:]).strip(" \t")
            if definition:
                document.glossary[term] = definition
                return term
    return None


@dataclass
class Column:
    name: str | None
    line: int
    description: str | None = None


def distribute(columns: list[Column], bullets: list[Bullet], document: ImportedDocument) -> list[list[Bullet]]:
    """Share the bullets of a table whose export lost the cell borders among
    its columns, in order.

    The export keeps the columns' headers, then all the bullets. Blank lines
    between bullets mark the end of a cell when the export kept them; a
    change from plain statements to labelled ones ('Mentorship - I ...')
    marks it when it did not. Where neither tells, one bullet per column
    when the counts match; otherwise everything goes to the first column.
    Each guess is reported as a notice to review.
    """
    count = len(columns)
    if not bullets:
        return [[] for _ in columns]
    groups: list[list[Bullet]] = []
    for bullet in bullets:
        if not groups or groups[-1][-1].group != bullet.group:
            groups.append([])
        groups[-1].append(bullet)
    how = "by the blank lines between them"
    if len(groups) < count:
        groups = _split_on_labels(groups, count)
        how = "by the blank lines between them and the labelled statements"
    if len(groups) != count and len(bullets) == count:
        groups = [[b] for b in bullets]
        how = "one per column, as their numbers match"
    if len(groups) != count:
        groups = [bullets] + [[] for _ in range(count - 1)]
        how = f"all to the first column: {len(bullets)} bullets cannot be told apart among {count} columns"
    names = ", ".join(c.name or c.description or "?" for c in columns)
    document.notice(
        bullets[0].line,
        f"the export lost the borders of a table with columns {names}; its bullets were assigned {how}: "
        + "; ".join(f"{c.name or c.description}: {len(g)}" for c, g in zip(columns, groups)),
    )
    return groups


def _split_on_labels(groups: list[list[Bullet]], wanted: int) -> list[list[Bullet]]:
    out: list[list[Bullet]] = []
    for group in groups:
        current: list[Bullet] = []
        for bullet in group:
            if current and _is_labelled(bullet.text) != _is_labelled(current[-1].text):
                out.append(current)
                current = []
            current.append(bullet)
        out.append(current)
    return out if len(out) <= wanted else groups


def _is_labelled(text: str) -> bool:
    return bool(_LABELLED.match(text))


def statements(bullets: list[Bullet]) -> list[ImportedStatement]:
    return [ImportedStatement(b.text, b.line) for b in bullets]


#: A reStructuredText footnote's definition ('.. [#allspaw] `On Being A Senior Engineer <http://...>`_',
#: '.. [1] ...', '.. [*] ...'), its text going on in the indented lines under it.
_RST_FOOTNOTE = lazy(r"^\.\.[ \t]+\[(?P<label>#[\w.-]*|\d{1,3}|\*)\](?:[ \t]+(?P<text>.*))?$")


def rst_footnotes(lines: list[str]) -> tuple[list[str], list[tuple[int, int, str]]]:
    """The lines without reStructuredText's footnotes, as a page read as
    Markdown or text has them (an '.rst' file given --format): each
    definition ('.. [#hn] ...', with the indented lines under it) blanked,
    and each mark that cites one (' [#hn]_', ' [1]_') taken out of its
    sentence; and the definitions, to report: (first line, last line, text),
    0-based, with no text for a line that only held a mark. Lines as they
    were where nothing defines a footnote."""
    out = list(lines)
    notes: list[tuple[int, int, str]] = []
    labels: set[str] = set()
    i = 0
    while i < len(out):
        match = _RST_FOOTNOTE.match(out[i])
        if match is None:
            i += 1
            continue
        start, words = i, [(match.group("text") or "").strip()]
        out[i] = ""
        i += 1
        while i < len(out) and out[i][:1] in (" ", "\t") and out[i].strip():
            words.append(out[i].strip())
            out[i] = ""
            i += 1
        labels.add(match.group("label"))
        notes.append((start, i - 1, " ".join(w for w in words if w)))
    if labels:
        # '[#]_' (auto-numbered) too, where '.. [#]' defines it.
        marks = re.compile(r"[ \t]*\[(?:" + "|".join(re.escape(label) for label in labels) + r")\]_(?!\w)")
        cited = [marks.sub("", line) for line in out]
        # A mark alone on a line (a sentence's wrapped end, '  [#allspaw]_') leaves structure only.
        emptied = [n for n, (line, now) in enumerate(zip(out, cited)) if line.strip() and not now.strip()]
        out = cited
        notes += [(n, n, "") for n in emptied]
    return out, notes
