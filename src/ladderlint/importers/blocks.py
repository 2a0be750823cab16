"""The blocks of a structured document: headings, paragraphs, list items,
tables. Markdown and HTML are both read into these, and one interpreter
(``outline``) turns them into levels, dimensions and competencies."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Heading:
    depth: int
    text: str
    line: int
    last: int


@dataclass
class Paragraph:
    text: str
    line: int
    last: int


@dataclass
class Item:
    """One list item; ``depth`` 0 for a top-level item."""

    text: str
    line: int
    last: int
    depth: int = 0


@dataclass
class CellLine:
    text: str
    bullet: bool


@dataclass
class Cell:
    lines: list[CellLine]
    line: int

    @property
    def bullets(self) -> list[CellLine]:
        return [piece for piece in self.lines if piece.bullet]

    @property
    def texts(self) -> list[CellLine]:
        return [piece for piece in self.lines if not piece.bullet]

    @property
    def empty(self) -> bool:
        return not self.lines

    def joined(self) -> str:
        return " ".join(piece.text for piece in self.lines)


@dataclass
class Row:
    cells: list[Cell]
    line: int
    header: bool = False


@dataclass
class Table:
    rows: list[Row]
    line: int
    last: int


@dataclass
class Other:
    """Text that is none of the above (code, comments, block quotes): reported."""

    text: str
    line: int
    last: int
    reason: str


Block = Heading | Paragraph | Item | Table | Other


@dataclass
class Outline:
    blocks: list[Block] = field(default_factory=list)
    #: The document's title when it comes from outside the blocks (front matter, <title>).
    title: str | None = None
    title_line: int = 0
    #: Lines that are pure structure (table separators, rules, underlines).
    structure: list[int] = field(default_factory=list)
