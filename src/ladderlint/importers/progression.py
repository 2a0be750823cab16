"""A competency x level progression table whose export lost its cell borders.

Web pages copied as text print such a table one paragraph per cell, row by
row. The header row survives as one line with its cells glued together
('CompetencyJuniorMidSeniorPrincipal'), which names the levels; each row
is then the competency's name followed by one paragraph per level, in
level order::

    ML Systems Engineering          a group of competencies (a dimension)
    4 competencies                  how many rows follow (checked when given)
    CompetencyJuniorMidSeniorPrincipal
    Data Engineering & Feature Management
    Implements data extraction ...  Junior
    Designs modular data ...        Mid
    ...

Each cell is one statement, its paragraph as written. A line elsewhere on
the page that repeats a group's name, followed by a sentence, gives the
group's description. The rest of the page (hiring-kit questions, calls to
action) is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import COLUMN_HEADER, ImportedDimension, ImportedDocument, ImportedLevel, ImportedStatement, ImportFailure
from .source import BLANK_CHARACTERS, Ledger, is_blank
from .textutil import is_level_name, is_title_like, level_id
from ..patterns import lazy

NAME = "progression"

_GLUE = lazy(r"(?<=[a-z0-9)])(?=[A-Z])")
_COUNT = lazy(r"^(\d+) (?:competenc(?:y|ies)|skills?|rows?)$", re.IGNORECASE)


def header_levels(line: str) -> list[str] | None:
    """The level names of a glued header row, or None."""
    parts = [p.strip() for p in _GLUE.split(line.strip()) if p.strip()]
    if len(parts) < 3:
        return None
    levels = parts[1:]
    if sum(1 for p in levels if is_level_name(p)) * 2 <= len(levels):
        return None
    return levels


def looks_like(text: str) -> bool:
    return any(header_levels(line) for line in text.split("\n")[:2000] if 8 < len(line) < 200 and " " not in line.strip()[:12])


@dataclass
class _Paragraph:
    line: int
    text: str


def read(path: str, text: str, level: str | None = None) -> ImportedDocument:
    if level is not None:
        raise ImportFailure(path, "--level applies to a document that describes one level; "
                                  "a progression table describes several")
    document = ImportedDocument(path, NAME)
    ledger = Ledger.of(text)
    paragraphs = [_Paragraph(n, line.strip(" \t")) for n, line in enumerate(ledger.lines, 1) if not is_blank(line)]
    headers = [i for i, p in enumerate(paragraphs) if header_levels(p.text)]
    if not headers:
        raise ImportFailure(path, "no progression table found (a header line such as "
                                  "'CompetencyJuniorMidSenior' that names the levels)")
    levels: dict[str, ImportedLevel] = {}
    starts = [_group_start(paragraphs, h) for h in headers]
    for number, header in enumerate(headers):
        end = starts[number + 1] if number + 1 < len(headers) else len(paragraphs)
        _group(document, ledger, paragraphs, starts[number], header, end, levels)
    document.levels = list(levels.values())
    _page(document, ledger, paragraphs, starts[0])
    ledger.report_rest(document, "outside the progression table")
    document.prune()
    return document


def _group_start(paragraphs: list[_Paragraph], header: int) -> int:
    start = header
    if start > 0 and _COUNT.match(paragraphs[start - 1].text):
        start -= 1
    if start > 0 and is_title_like(paragraphs[start - 1].text):
        start -= 1
    return start


def _group(
    document: ImportedDocument,
    ledger: Ledger,
    paragraphs: list[_Paragraph],
    start: int,
    header: int,
    end: int,
    levels: dict[str, ImportedLevel],
) -> None:
    titles = header_levels(paragraphs[header].text) or []
    first_cell = paragraphs[header].text[: len(paragraphs[header].text) - len("".join(titles))].strip()
    if first_cell:
        # The rest of the header row names the levels.
        document.unplaced(paragraphs[header].line, COLUMN_HEADER, first_cell)
    ledger.use(paragraphs[header].line)
    expected = None
    name = None
    for p in paragraphs[start:header]:
        count = _COUNT.match(p.text)
        if count:
            expected = int(count.group(1))
            ledger.explain(document, p.line, "the number of rows the table announces (checked), not content")
        else:
            name = p.text
            ledger.use(p.line)
    dimension = document.dimension(name, paragraphs[start].line)
    ordered = []
    for title in titles:
        if title not in levels:
            levels[title] = ImportedLevel(title=title, line=paragraphs[header].line, id=level_id(title))
        ordered.append(levels[title])
    body = paragraphs[header + 1 : end]
    width = len(titles) + 1
    if expected is not None and len(body) > expected * width:
        body = body[: expected * width]  # what follows the last row is not the table's
    rows = _rows(body, width)
    if expected is not None and len(rows) != expected:
        document.notice(paragraphs[header].line,
                        f"the table announces {expected} competencies but {len(rows)} rows were read")
    for row in rows:
        head, cells = row[0], row[1:]
        competency = dimension.competency(head.text, head.line)
        ledger.use(head.line)
        if len(cells) != len(titles):
            document.notice(head.line, f"'{head.text}' has {len(cells)} cells for {len(titles)} levels; "
                                       "they were given to the first levels in order: check them")
        for level, cell in zip(ordered, cells):
            level.cell(competency).statements.append(ImportedStatement(cell.text, cell.line))
            ledger.use(cell.line)


def _rows(body: list[_Paragraph], width: int) -> list[list[_Paragraph]]:
    """Cut the paragraphs into rows: by the table's width when it divides
    them, else at each paragraph that reads as a name rather than a sentence."""
    if body and len(body) % width == 0 and all(_is_name(body[i].text) for i in range(0, len(body), width)):
        return [body[i : i + width] for i in range(0, len(body), width)]
    rows: list[list[_Paragraph]] = []
    for paragraph in body:
        if _is_name(paragraph.text) or not rows:
            rows.append([paragraph])
        else:
            rows[-1].append(paragraph)
    return rows


def _is_name(text: str) -> bool:
    return is_title_like(text) or (len(text.split()) <= 8 and not text.rstrip().endswith("."))


def _page(document: ImportedDocument, ledger: Ledger, paragraphs: list[_Paragraph], first_group: int) -> None:
    """The framework's track, name and description, and the groups'
    descriptions, from the text around the table."""
    before = paragraphs[:first_group]
    if before and is_title_like(before[0].text) and before[0].line not in ledger.used:
        document.track = before[0].text
        ledger.use(before[0].line)
    # 'Progression Framework' / 'This table shows ...' just above the first group.
    if len(before) >= 2 and not is_title_like(before[-1].text) and is_title_like(before[-2].text):
        heading, description = before[-2], before[-1]
        document.name = f"{document.track} {heading.text}" if document.track else heading.text
        document.description = description.text
        ledger.use(heading.line, description.line)
    named: dict[str, ImportedDimension] = {d.name: d for d in document.dimensions if d.name}
    for index, paragraph in enumerate(paragraphs[:-1]):
        dimension = named.get(paragraph.text)
        following = paragraphs[index + 1]
        if (
            dimension is not None
            and dimension.description is None
            and paragraph.line not in ledger.used
            and following.line not in ledger.used
            and not is_title_like(following.text)
        ):
            dimension.description = following.text.strip(BLANK_CHARACTERS)
            ledger.use(paragraph.line, following.line)
