"""From blocks (headings, paragraphs, list items, tables) to a ladder.

Two shapes are recognised:

- **Heading ladders**: one heading per level ('## Senior Engineer'), under it
  optional group headings (dimensions) and a heading per competency, with
  bullets or paragraphs as statements. The level headings are the headings
  at the shallowest depth that name a level (IC3, Level 2, Senior ...) or
  whose sub-headings repeat from one to the next; a sibling that does
  neither (an FAQ) is reported, not imported. A document with one level
  (a Paper page) has its level in the title or in ``--level``; groups under
  it that hold tables are dimensions whose rows are competencies.
- **Progression tables**: a table whose header names levels
  (Competency | Junior | Mid | Senior): each row is a competency, each cell
  its statements at one level; the heading above the table is the dimension.

Inside table cells, bullets are statements; a cell without bullets is one
statement per line. A table with a row of names and then a row of bullets
(the block that opens a Paper level page) gives one competency per column.
"""

from __future__ import annotations

from .blocks import Block, Cell, Heading, Item, Other, Outline, Paragraph, Table
from .common import glossary_from_footnote
from .document import ImportedDimension, ImportedDocument, ImportedLevel, ImportedStatement, ImportFailure
from .source import Ledger
from ..text import strip_markdown
from ..vocabulary import level_code
from .textutil import is_level_name, normalise, organisation_in, unwrap


def interpret(document: ImportedDocument, outline: Outline, ledger: Ledger | None, level_option: str | None) -> None:
    """Fill ``document`` from ``outline``. Every block is placed or reported;
    with a ``ledger`` (text formats), so is every line outside the blocks."""
    interpreter = _Interpreter(document, outline, ledger or Ledger([]), level_option)
    interpreter.run()
    for block in outline.blocks:
        interpreter.drop(block, block.reason if isinstance(block, Other) else "not recognised as part of the ladder")
    if ledger is not None:
        ledger.use(*outline.structure)
        ledger.report_rest(document)
    if level_option is not None and len(document.levels) > 1:
        raise ImportFailure(document.path, f"--level applies to a document that describes one level; "
                                           f"this one describes {len(document.levels)}")
    document.prune()


def _span(block: Block) -> tuple[int, int]:
    return block.line, block.last


def _block_text(block: Block) -> str:
    if isinstance(block, Table):
        return " | ".join(cell.joined() for row in block.rows for cell in row.cells if not cell.empty)
    return block.text


class _Interpreter:
    def __init__(self, document: ImportedDocument, outline: Outline, ledger: Ledger, level_option: str | None):
        self.document = document
        self.outline = outline
        self.ledger = ledger
        self.level_option = level_option
        self.corpus = "\n".join(ledger.lines) if ledger.lines else "\n".join(_block_text(b) for b in outline.blocks)
        self.placed: set[int] = set()
        #: The description is looked for after the title heading, not in the page's chrome before it.
        self.title_line = 0

    # --- bookkeeping -----------------------------------------------------

    def use(self, block: Block) -> None:
        self.placed.add(id(block))
        self.ledger.use_range(*_span(block))

    def drop(self, block: Block, reason: str) -> None:
        """Report a block as not placed (once), unless it was placed."""
        if id(block) in self.placed:
            return
        self.document.unplaced(block.line, reason, _block_text(block))
        self.use(block)

    def footnote(self, block: Block) -> bool:
        """A paragraph '* term ...' that defines a starred term goes to the glossary."""
        if not isinstance(block, Paragraph) or not block.text.startswith("* "):
            return False
        if glossary_from_footnote(self.document, strip_markdown(block.text[2:]).strip(), self.corpus) is None:
            return False
        self.use(block)
        return True

    # --- the whole document ------------------------------------------------

    def run(self) -> None:
        blocks = self.outline.blocks
        tables = [b for b in blocks if isinstance(b, Table) and _matrix_levels(b)]
        if tables:
            self.name_from(None)
            self.progression(blocks)
            return
        headings = [b for b in blocks if isinstance(b, Heading)]
        if not headings and not any(isinstance(b, Table) for b in blocks):
            raise ImportFailure(self.document.path, "no headings or tables found: cannot tell the levels from the competencies")
        title = self.title_heading(headings)
        body = blocks
        if title is not None:
            body = [b for b in blocks if b is not title]
            if level_code(strip_markdown(title.text)) and not self.level_depth(headings, title.depth + 1):
                # A one-level page: its title is the level.
                self.name_from(None)
                self.use(title)
                self.one_level(title, _after(body, title))
                self.set_track(title.text)
                return
            self.name_from(unwrap(title.text))
            self.use(title)
            self.title_line = title.line
        else:
            self.name_from(None)
        depth = self.level_depth(headings, title.depth + 1 if title else 1)
        if depth is None:
            if self.level_option is None:
                raise ImportFailure(
                    self.document.path,
                    "cannot tell which level this document describes (no heading names IC3, P2, Level 4 ... "
                    "and no headings repeat from level to level); pass --level ID",
                )
            self.one_level(None, body)
            return
        self.many_levels(body, depth)

    def name_from(self, heading: str | None) -> None:
        """The framework's name: the title heading, else the page's own title
        (front matter, <title>). A page title that differs from the heading
        is reported."""
        page = self.outline.title
        if heading is not None:
            self.set_title(heading)
            if page and page != heading:
                self.document.unplaced(self.outline.title_line or 1,
                                       "page title; the framework is named after its first heading", page)
        elif page:
            self.set_title(page)

    def set_title(self, text: str) -> None:
        if self.document.name is None:
            self.document.name = text
            self.document.organisation = organisation_in(text)

    def set_track(self, level_title: str) -> None:
        token = level_code(level_title)
        words = unwrap(level_title)
        if token and words.startswith(token):
            rest = words[len(token) :].strip(" \t-–—:")
            if rest:
                self.document.track = rest

    def title_heading(self, headings: list[Heading]) -> Heading | None:
        if not headings:
            return None
        top = min(h.depth for h in headings)
        at_top = [h for h in headings if h.depth == top]
        if len(at_top) == 1 and at_top[0] is headings[0] and len(headings) > 1:
            return at_top[0]
        return None

    def level_depth(self, headings: list[Heading], start: int) -> int | None:
        """The shallowest depth at which two or more headings are levels."""
        for depth in sorted({h.depth for h in headings if h.depth >= start}):
            at_depth = [h for h in headings if h.depth == depth]
            if sum(1 for h in at_depth if self.is_level(h, at_depth, headings)) >= 2:
                return depth
        return None

    def is_level(self, heading: Heading, siblings: list[Heading], headings: list[Heading]) -> bool:
        if is_level_name(strip_markdown(heading.text)):
            return True
        mine = _children(heading, headings)
        if not mine:
            return False
        for other in siblings:
            if other is heading:
                continue
            theirs = _children(other, headings)
            if len(mine & theirs) * 2 >= len(mine):
                return True
        return False

    # --- heading ladders ---------------------------------------------------

    def many_levels(self, body: list[Block], depth: int) -> None:
        headings = [b for b in body if isinstance(b, Heading)]
        at_depth = [h for h in headings if h.depth == depth]
        preamble: list[Block] = []
        current: Heading | None = None
        section: list[Block] = []

        def close() -> None:
            if current is None:
                return
            if self.is_level(current, at_depth, headings):
                self.use(current)
                self.one_level(current, section)
            else:
                self.drop(current, f"section '{strip_markdown(current.text)}' is not a level")
                for block in section:
                    self.drop(block, f"in section '{strip_markdown(current.text)}', which is not a level")

        for block in body:
            if isinstance(block, Heading) and block.depth <= depth:
                close()
                if block.depth < depth:
                    self.drop(block, "heading above the levels")
                    current, section = None, []
                    continue
                current, section = block, []
            elif current is None:
                preamble.append(block)
            else:
                section.append(block)
        close()
        self.preamble(preamble)

    def preamble(self, blocks: list[Block]) -> None:
        after_title = self.title_line
        paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.line >= after_title and not self.footnote(b)]
        if paragraphs and self.document.description is None:
            # The first paragraph says what the framework is; the rest (tables
            # of contents, notes) is reported.
            self.document.description = paragraphs[0].text
            self.use(paragraphs[0])
        for block in blocks:
            self.drop(block, "text before the first level")

    def one_level(self, heading: Heading | None, blocks: list[Block]) -> None:
        title = unwrap(heading.text) if heading else (self.level_option or "")
        level = ImportedLevel(title=title, line=heading.line if heading else 1, id=self.level_option)
        self.document.levels.append(level)
        subheadings = [b for b in blocks if isinstance(b, Heading)]
        top = min((h.depth for h in subheadings), default=None)
        # The level's own text, before its first group or competency.
        lead: list[Block] = []
        for block in blocks:
            if isinstance(block, Heading):
                break
            lead.append(block)
        summary = [b for b in lead if isinstance(b, Paragraph) and not self.footnote(b)]
        if summary:
            level.summary = "\n\n".join(p.text for p in summary)
            for p in summary:
                self.use(p)
        for block in lead:
            if isinstance(block, Table):
                self.table(block, level, self.document.dimension(None, block.line))
            elif isinstance(block, Item):
                self.items([block], level, self.document.dimension(None, block.line), None)
        if top is None:
            for block in lead:
                self.drop(block, "text outside any competency")
            return
        groups = self.split(blocks[len(lead):], top)
        deeper = any(isinstance(b, Heading) for _, section in groups for b in section)
        has_tables = any(isinstance(b, Table) for _, section in groups for b in section)
        for group_heading, section in groups:
            if deeper or has_tables:
                self.dimension_section(level, group_heading, section)
            else:
                dimension = self.document.dimension(None, group_heading.line)
                self.competency_section(level, dimension, group_heading, section)
        for block in lead:
            self.drop(block, "text outside any competency")

    def split(self, blocks: list[Block], depth: int) -> list[tuple[Heading, list[Block]]]:
        out: list[tuple[Heading, list[Block]]] = []
        for block in blocks:
            if isinstance(block, Heading) and block.depth <= depth:
                out.append((block, []))
            elif out:
                out[-1][1].append(block)
        return out

    def dimension_section(self, level: ImportedLevel, heading: Heading, blocks: list[Block]) -> None:
        dimension = self.document.dimension(unwrap(heading.text), heading.line)
        self.use(heading)
        intro: list[Paragraph] = []
        subheadings = [b for b in blocks if isinstance(b, Heading)]
        first_content = True
        for block in blocks:
            if isinstance(block, Heading):
                break
            if isinstance(block, Paragraph):
                if self.footnote(block):
                    continue
                if first_content:
                    intro.append(block)
                else:
                    self.drop(block, f"paragraph after the table of '{strip_markdown(heading.text).strip()}'")
            elif isinstance(block, Table):
                first_content = False
                self.table(block, level, dimension)
            elif isinstance(block, Item):
                first_content = False
                self.items([block], level, dimension, None)
            else:
                self.drop(block, block.reason if isinstance(block, Other) else "not recognised")
        if intro:
            level.dimension_summaries.append((dimension, "\n\n".join(p.text for p in intro)))
            for p in intro:
                self.use(p)
        if subheadings:
            top = min(h.depth for h in subheadings)
            start = blocks.index(subheadings[0])
            for competency_heading, section in self.split(blocks[start:], top):
                self.competency_section(level, dimension, competency_heading, section)

    def competency_section(
        self, level: ImportedLevel, dimension: ImportedDimension, heading: Heading, blocks: list[Block]
    ) -> None:
        name = unwrap(heading.text)
        competency = dimension.competency(name, heading.line)
        self.use(heading)
        cell = level.cell(competency)
        for block in blocks:
            if isinstance(block, Item):
                cell.statements.append(ImportedStatement(block.text, block.line))
                self.use(block)
            elif isinstance(block, Paragraph):
                if not self.footnote(block):
                    cell.statements.append(ImportedStatement(block.text, block.line))
                    self.use(block)
            elif isinstance(block, Table):
                self.drop(block, f"table under competency '{strip_markdown(name)}'")
            elif isinstance(block, Heading):
                self.drop(block, f"heading under competency '{strip_markdown(name)}'")
            else:
                self.drop(block, block.reason if isinstance(block, Other) else "not recognised")

    def items(self, items: list[Item], level: ImportedLevel, dimension: ImportedDimension, name: str | None) -> None:
        competency = dimension.competency(name, items[0].line)
        if name is None:
            self.document.notice(items[0].line, "bullets with no competency heading above them")
        cell = level.cell(competency)
        for item in items:
            cell.statements.append(ImportedStatement(item.text, item.line))
            self.use(item)

    # --- tables --------------------------------------------------------------

    def table(self, table: Table, level: ImportedLevel, dimension: ImportedDimension) -> None:
        self.use(table)  # every cell is placed below, or reported
        rows = [row for row in table.rows if not all(cell.empty for cell in row.cells)]
        for row in table.rows:
            if all(cell.empty for cell in row.cells):
                self.ledger.use(row.line)
        columns = _column_layout(rows)
        if columns is not None:
            names, bullet_rows = columns
            for index, name_cell in enumerate(names.cells):
                if name_cell.empty:
                    continue
                name, description = _name_and_description(name_cell)
                competency = dimension.competency(name, name_cell.line, description)
                for row in bullet_rows:
                    if index < len(row.cells):
                        level.cell(competency).statements.extend(_statements(row.cells[index]))
                self.ledger.use(name_cell.line)
            for row in bullet_rows:
                self.ledger.use(row.line)
            return
        header = _header_row(rows)
        for row in rows:
            first, rest = row.cells[0], row.cells[1:]
            if row.header or row is header:
                for cell in row.cells:
                    if not cell.empty:
                        self.document.unplaced(row.line, "table column header, not content", cell.joined())
                self.ledger.use(row.line)
                continue
            if first.bullets or first.empty:
                competency = dimension.competency(None, row.line)
                self.document.notice(row.line, "table row with no competency name")
                cells = row.cells
            else:
                name, description = _name_and_description(first)
                competency = dimension.competency(name, row.line, description)
                cells = rest
            for cell in cells:
                level.cell(competency).statements.extend(_statements(cell))
            self.ledger.use(row.line)

    # --- progression tables ---------------------------------------------------

    def progression(self, blocks: list[Block]) -> None:
        levels: dict[str, ImportedLevel] = {}
        heading: Heading | None = None
        headings_used: set[int] = set()
        for block in blocks:
            if isinstance(block, Heading):
                heading = block
                continue
            if isinstance(block, Table) and _matrix_levels(block):
                columns = _matrix_levels(block) or []
                self.use(block)
                dimension_name = unwrap(heading.text) if heading is not None else None
                if heading is not None:
                    headings_used.add(id(heading))
                    self.use(heading)
                dimension = self.document.dimension(dimension_name, block.line)
                header = block.rows[0]
                self.ledger.use(header.line)
                ordered = []
                for index, title in columns:
                    if title not in levels:
                        levels[title] = ImportedLevel(title=title, line=header.line)
                        self.document.levels.append(levels[title])
                    ordered.append((index, levels[title]))
                for row in block.rows[1:]:
                    filled = [c for c in row.cells if not c.empty]
                    if len(filled) == 1 and not row.cells[0].empty and not row.cells[0].bullets:
                        # A row that only names a group: the competencies below belong to it.
                        dimension = self.document.dimension(unwrap(row.cells[0].joined()), row.line)
                        self.ledger.use(row.line)
                        continue
                    name, description = _name_and_description(row.cells[0])
                    competency = dimension.competency(name, row.line, description)
                    for index, level in ordered:
                        if index < len(row.cells):
                            level.cell(competency).statements.extend(_statements(row.cells[index]))
                    self.ledger.use(row.line)
        for block in blocks:
            if isinstance(block, Heading) and id(block) in headings_used:
                continue
            if isinstance(block, Paragraph) and self.document.description is None and not self.footnote(block):
                self.document.description = block.text
                self.use(block)
                continue
            if isinstance(block, Heading) and self.document.name is None:
                self.set_title(unwrap(block.text))
                self.use(block)
                continue
            if not (isinstance(block, Table) and _matrix_levels(block)):
                self.drop(block, "outside the progression table")


def _after(blocks: list[Block], heading: Heading) -> list[Block]:
    return [b for b in blocks if b.line > heading.line]


def _children(heading: Heading, headings: list[Heading]) -> set[str]:
    """Normalised names of the headings one level below ``heading``, in its section."""
    names: set[str] = set()
    start = headings.index(heading)
    child_depth = None
    for other in headings[start + 1 :]:
        if other.depth <= heading.depth:
            break
        if child_depth is None:
            child_depth = other.depth
        if other.depth == child_depth:
            names.add(normalise(other.text).lower())
    return names


def _matrix_levels(table: Table) -> list[tuple[int, str]] | None:
    """(column index, level title) when the header row names levels."""
    if not table.rows:
        return None
    header = table.rows[0]
    titles = [(i, unwrap(c.joined()).strip()) for i, c in enumerate(header.cells) if i > 0 and not c.empty]
    if len(titles) < 2:
        return None
    if sum(1 for _, t in titles if is_level_name(t)) * 2 < len(titles):
        return None
    return titles


def _column_layout(rows: list) -> tuple | None:
    """A row of names followed by rows of bullets, one competency per column."""
    for index, row in enumerate(rows[:-1]):
        if len(row.cells) < 2:
            return None
        if all(not cell.bullets for cell in row.cells) and sum(1 for c in row.cells if not c.empty) >= 2:
            below = rows[index + 1 :]
            if below and all(row2.cells and row2.cells[0].bullets for row2 in below):
                return row, below
    return None


def _header_row(rows: list) -> object | None:
    """The first row, when it only names the columns: exports often leave
    the table's own header empty and put the column names in the first row
    ('Responsibility | Key Behaviors' above rows whose cells hold bullets)."""
    if len(rows) < 2 or rows[0].header:
        return None
    first, below = rows[0], rows[1:]
    if any(cell.bullets for cell in first.cells):
        return None
    if all(any(cell.bullets for cell in row.cells[1:]) for row in below):
        return first
    return None


def _name_and_description(cell: Cell) -> tuple[str | None, str | None]:
    texts = [piece.text for piece in cell.texts]
    if not texts:
        return None, None
    name = unwrap(texts[0])
    description = " ".join(unwrap(t) for t in texts[1:]) or None
    return name, description


def _statements(cell: Cell) -> list[ImportedStatement]:
    if cell.bullets:
        pieces = cell.lines  # text between bullets is kept as its own statement
    else:
        pieces = cell.texts
    return [ImportedStatement(piece.text, cell.line) for piece in pieces]
