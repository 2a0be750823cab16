"""HTML pages, as published career-framework sites are.

The page is read with the standard library's ``html.parser`` into the same
blocks as Markdown (headings, paragraphs, list items, tables with their
cells' bullets and lines), which ``outline`` interprets. Text is taken as a
browser shows it: runs of white space are one space, no-break spaces stay.
Scripts, styles and the like are not text and are skipped; the page's
``<title>`` names the framework when no heading does.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .blocks import Cell, CellLine, Heading, Item, Other, Outline, Paragraph, Row, Table
from .document import ImportedDocument
from .outline import interpret

NAME = "html"

_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select"})
_BLOCK = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote", "dl", "dt",
    "dd", "figure", "figcaption", "details", "summary", "form", "fieldset", "address", "hr", "pre", "body",
})
#: Page furniture: its text is reported, never read as part of the ladder.
_CHROME = frozenset({"nav", "footer", "aside"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"})
_SPACES = re.compile(r"[ \t\n\r\f]+")


def looks_like(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return len(re.findall(r"</(?:p|div|li|td|h[1-6]|table)>", text[:20000], re.IGNORECASE)) >= 5


def read(path: str, text: str, level: str | None = None) -> ImportedDocument:
    document = ImportedDocument(path, NAME)
    parser = _Parser()
    parser.feed(text)
    parser.close()
    outline = Outline(parser.blocks, parser.title, parser.title_line)
    interpret(document, outline, None, level)
    return document


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list = []
        self.title: str | None = None
        self.title_line = 0
        self.skip = 0  # depth inside skipped elements
        self.chrome = 0  # depth inside navigation, footers, sidebars
        self.chrome_parts: list[str] = []
        self.chrome_line = 0
        self.in_title = False
        self.title_parts: list[str] = []
        # The block being collected outside tables: (kind, depth, line) and its text.
        self.kind: tuple[str, int, int] | None = None
        self.parts: list[str] = []
        self.list_depth = 0
        # Tables (a stack: tables nest).
        self.tables: list[Table] = []
        self.row: Row | None = None
        self.cell: Cell | None = None
        self.cell_parts: list[str] = []
        self.cell_bullet = False
        self.cell_line = 0

    # --- text ---------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.chrome:
            if not self.chrome_parts:
                self.chrome_line = self.getpos()[0]
            self.chrome_parts.append(data)
            return
        if self.cell is not None:
            if not self.cell_parts:
                self.cell_line = self.getpos()[0]
            self.cell_parts.append(data)
            return
        if self.kind is None:
            if not data.strip(" \t\n\r\f"):
                return
            self.kind = ("p", 0, self.getpos()[0])  # text outside any block element
        self.parts.append(data)

    def _text(self, parts: list[str]) -> str:
        return _SPACES.sub(" ", "".join(parts)).strip(" ")

    def flush(self) -> None:
        if self.kind is None:
            return
        kind, depth, line = self.kind
        text = self._text(self.parts)
        last = self.getpos()[0]
        if text:
            if kind in _HEADINGS:
                self.blocks.append(Heading(_HEADINGS[kind], text, line, last))
            elif kind == "li":
                self.blocks.append(Item(text, line, last, depth))
            elif kind == "pre":
                self.blocks.append(Other(text, line, last, "preformatted text"))
            else:
                self.blocks.append(Paragraph(text, line, last))
        self.kind, self.parts = None, []

    def flush_cell_line(self) -> None:
        if self.cell is None:
            return
        text = self._text(self.cell_parts)
        if text:
            self.cell.lines.append(CellLine(text, self.cell_bullet))
        self.cell_parts, self.cell_bullet = [], False

    # --- elements -----------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            if tag != "head":
                self.skip += 1
            return
        if tag == "title":
            self.in_title = True
            self.title_line = self.getpos()[0]
            return
        if self.skip:
            return
        if tag in _CHROME:
            self.flush()
            self.chrome += 1
            return
        if self.chrome:
            if tag in _BLOCK or tag in ("li", "br") or tag in _HEADINGS:
                self.chrome_parts.append(" ")
            return
        line = self.getpos()[0]
        if tag == "table":
            self.flush()
            self.tables.append(Table([], line, line))
        elif tag == "tr" and self.tables:
            self.row = Row([], line)
            self.tables[-1].rows.append(self.row)
        elif tag in ("td", "th") and self.tables:
            if self.row is None:
                self.row = Row([], line)
                self.tables[-1].rows.append(self.row)
            if tag == "th" and not self.tables[-1].rows[:-1]:
                self.row.header = True
            self.cell = Cell([], line)
            self.row.cells.append(self.cell)
        elif self.cell is not None:
            if tag == "li":
                self.flush_cell_line()
                self.cell_bullet = True
            elif tag in _BLOCK or tag in ("br", "ul", "ol") or tag in _HEADINGS:
                self.flush_cell_line()
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth += 1
        elif tag == "li":
            self.flush()
            self.kind = ("li", max(self.list_depth - 1, 0), line)
        elif tag in _HEADINGS or tag in ("p", "pre", "dt", "dd", "blockquote", "figcaption", "summary"):
            self.flush()
            self.kind = (tag, 0, line)
        elif tag == "br":
            if self.kind is not None and self.kind[0] != "li":
                self.flush()
            elif self.kind is not None:
                self.parts.append(" ")
        elif tag in _BLOCK:
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            if tag != "head" and self.skip:
                self.skip -= 1
            return
        if tag == "title":
            self.in_title = False
            text = self._text(self.title_parts)
            self.title = text or None
            return
        if self.skip:
            return
        if tag in _CHROME and self.chrome:
            self.chrome -= 1
            if not self.chrome:
                text = self._text(self.chrome_parts)
                if text:
                    self.blocks.append(Other(text, self.chrome_line, self.getpos()[0], f"page {tag}, not part of the ladder"))
                self.chrome_parts = []
            return
        if self.chrome:
            return
        if tag in ("td", "th") and self.cell is not None:
            self.flush_cell_line()
            self.cell = None
        elif tag == "tr":
            self.row = None
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            table.last = self.getpos()[0]
            if table.rows:
                self.blocks.append(table)
        elif self.cell is not None:
            if tag in ("li", "p", "div") or tag in _HEADINGS:
                self.flush_cell_line()
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth = max(self.list_depth - 1, 0)
        elif tag == "li" or tag in _HEADINGS or tag in _BLOCK or tag in ("p", "pre", "dt", "dd"):
            self.flush()

    def close(self) -> None:
        super().close()
        self.flush_cell_line()
        self.flush()
        while self.tables:
            table = self.tables.pop()
            if table.rows:
                self.blocks.append(table)
