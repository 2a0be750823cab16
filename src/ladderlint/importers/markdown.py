"""Markdown exports: heading ladders (level, then category, then bullets, as
many public frameworks are written) and table pages (Paper or Google Docs
exports with ``<br>``-separated bullets inside cells).

Only the block structure is parsed here (headings, paragraphs, list items,
pipe tables); ``outline`` decides what is a level, a dimension or a
competency. Inline markup is kept as written, except that a name wholly in
bold or italics is read as its words.
"""

from __future__ import annotations

import re

from .blocks import Cell, CellLine, Heading, Item, Other, Outline, Paragraph, Row, Table
from .common import BULLET
from .document import ImportedDocument
from .outline import interpret
from .source import Ledger
from ..text import unescape

NAME = "markdown"

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_TABLE_SEPARATOR = re.compile(r"^ {0,3}\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LIST = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[*+-]|\d{1,9}[.)])(?:[ \t]+(?P<text>.*))?$")


def read(path: str, text: str, level: str | None = None) -> ImportedDocument:
    if text.startswith("---\n"):
        # Front matter: its title names the framework (Monzo's reader handles both).
        from . import monzo

        document = monzo.read(path, text, level)
        if not monzo.looks_like(text):
            document.format = NAME
        return document
    document = ImportedDocument(path, NAME)
    ledger = Ledger.of(text)
    outline = parse(ledger.lines)
    interpret(document, outline, ledger, level)
    return document


def parse(lines: list[str], first_line: int = 1) -> Outline:
    """Markdown lines (from ``first_line``, 1-based) into blocks."""
    outline = Outline()
    blocks = outline.blocks
    n = first_line
    total = len(lines)
    paragraph: list[int] = []

    def close_paragraph() -> None:
        if paragraph:
            text = " ".join(_line(lines[k - 1]) for k in paragraph)
            blocks.append(Paragraph(unescape(text), paragraph[0], paragraph[-1]))
            paragraph.clear()

    while n <= total:
        raw = lines[n - 1]
        if not raw.strip(" \t"):
            close_paragraph()
            n += 1
            continue
        if paragraph and _SETEXT.match(raw) and not _LIST.match(lines[paragraph[-1] - 1]):
            depth = 1 if raw.strip()[0] == "=" else 2
            text = " ".join(_line(lines[k - 1]) for k in paragraph)
            blocks.append(Heading(depth, unescape(text), paragraph[0], n))
            paragraph.clear()
            n += 1
            continue
        atx = _ATX.match(raw)
        if atx:
            close_paragraph()
            blocks.append(Heading(len(atx.group(1)), unescape(atx.group(2) or ""), n, n))
            n += 1
            continue
        if _RULE.match(raw):
            close_paragraph()
            outline.structure.append(n)  # a thematic break separates, it says nothing
            n += 1
            continue
        if _FENCE.match(raw):
            close_paragraph()
            fence = _FENCE.match(raw).group(1)  # type: ignore[union-attr]
            end = n + 1
            while end <= total and not lines[end - 1].strip().startswith(fence):
                end += 1
            last = min(end, total)
            blocks.append(Other("\n".join(lines[n - 1 : last]), n, last, "code block"))
            n = last + 1
            continue
        if raw.lstrip().startswith("<!--"):
            close_paragraph()
            end = n
            while end < total and "-->" not in lines[end - 1]:
                end += 1
            blocks.append(Other("\n".join(lines[n - 1 : end]), n, end, "comment"))
            n = end + 1
            continue
        if "|" in raw and n < total and "|" in lines[n] and _TABLE_SEPARATOR.match(lines[n]):
            close_paragraph()
            n = _table(lines, n, blocks)
            continue
        item = _LIST.match(raw)
        if item and (item.group("text") or "").strip():
            close_paragraph()
            n = _item(lines, n, item, blocks)
            continue
        paragraph.append(n)
        n += 1
    close_paragraph()
    return outline


def _line(raw: str) -> str:
    """A line of a paragraph: indentation and trailing spaces go; a no-break
    space is text and stays."""
    return raw.strip(" \t")


def _item(lines: list[str], n: int, match: re.Match[str], blocks: list) -> int:
    indent = len(match.group("indent").expandtabs(4))
    parts = [match.group("text").rstrip(" \t")]
    last = n
    k = n + 1
    # Continuation lines: indented under the item, or lazily following it.
    while k <= len(lines):
        raw = lines[k - 1]
        if not raw.strip(" \t") or _LIST.match(raw) or _ATX.match(raw) or raw.lstrip().startswith("|"):
            break
        if _SETEXT.match(raw) or _RULE.match(raw):
            break
        parts.append(_line(raw))
        last = k
        k += 1
    blocks.append(Item(unescape(" ".join(parts)), n, last, depth=indent // 2))
    return k


def _split_row(raw: str) -> list[str]:
    text = raw.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells, current, escaped = [], [], False
    for ch in text:
        if ch == "|" and not escaped:
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
        escaped = ch == "\\" and not escaped
    cells.append("".join(current))
    return [c.replace("\\|", "|") for c in cells]


def _cell(text: str, line: int) -> Cell:
    pieces: list[CellLine] = []
    for piece in _BR.split(text):
        piece = piece.strip(" \t")
        if not piece:
            continue
        bullet = BULLET.match(piece)
        if bullet:
            pieces.append(CellLine(unescape(bullet.group("text")), True))
        else:
            pieces.append(CellLine(unescape(piece), False))
    return Cell(pieces, line)


def _table(lines: list[str], n: int, blocks: list) -> int:
    rows = [Row([_cell(c, n) for c in _split_row(lines[n - 1])], n, header=True)]
    k = n + 2
    while k <= len(lines) and lines[k - 1].strip() and "|" in lines[k - 1]:
        rows.append(Row([_cell(c, k) for c in _split_row(lines[k - 1])], k))
        k += 1
    blocks.append(Table(rows, n, k - 1))
    return k


def looks_like(text: str) -> int:
    """How strongly ``text`` looks like markdown (0: not at all)."""
    score = 0
    for raw in text.split("\n")[:400]:
        if _ATX.match(raw) and raw.strip("# \t"):
            score += 2
        elif raw.strip().startswith("|") and raw.strip().endswith("|"):
            score += 1
        elif _SETEXT.match(raw) and len(raw.strip()) > 3:
            score += 1
        elif "<br>" in raw or "**" in raw:
            score += 1
    return score

