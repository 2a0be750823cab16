"""Which tables are a ladder, and how their cells are laid out.

``table_matrix`` reads a table as a ``Matrix``: the levels in its header row
(levels-as-columns, or proficiency-matrix when they are proficiencies) or in
its first column (levels-as-rows), the column of titles or codes beside
them, a header stacked over several rows, a table of one statement per row,
and the columns that hold competencies' names or descriptions. The layout
choice asks it how much a table holds (``content_cells``) and whether a
table is drawn like a ladder (``drawn_like_a_ladder``).

Only recognition lives here; reading the cells into levels is ``tables``.
A new table layout adds its recognition here and its reading there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import AbstractSet, Mapping, Sequence

from ..blocks import Block, Cell, CellLine, Heading, Item, Paragraph, Row, Table, is_page_property, is_timestamp
from ..cells import after_reference, tick
from ...text import ends_a_sentence, name_key, strip_markdown, words
from ...vocabulary import (
    RUNG_WORDS, TEXT_KIND_HEADERS, code_range, column_role, level_code, proficiency, profiles_a_level, rating,
    title_length, title_without_code,
)
from ..textutil import (
    is_level_name, is_title_like, listed_highest_first, normalise, opens_with_a_deed, spanned_code, unwrap,
)
from .helpers import (
    ABOUT_LEVELS, cell_statements, COMPETENCY_WORDS, heading_text, LEVELS, levels_named, says_not_applicable,
    SPANNED_NUMBERS,
)
from .own_scale import OwnScale, own_scale
from ...patterns import lazy


#: The layouts the user may name for a table whose header row names the levels.
COLUMN_LAYOUTS = ("levels-as-columns", "proficiency-matrix")


@dataclass
class Matrix:
    """A table that is a ladder: which cells name the levels and which the competencies."""

    table: Table
    layout: str
    #: (column or row index, level title)
    levels: list[tuple[int, str]]
    heading: Heading | None
    path: list[Heading]
    #: For levels-as-rows: the column that holds the levels' titles, if any.
    title_column: int | None = None
    #: For levels-as-rows: the column that names the levels.
    level_column: int = 0
    #: Columns read as levels though their headers name none the import
    #: knows ('Trailblazer'), for what their cells hold.
    guessed: tuple[str, ...] = ()
    #: For a table of one statement per row (Level | Competency | Expectation): its columns.
    per_statement: _StatementColumns | None = None
    #: The heading above the table that names its track, not its dimension.
    track_heading: Heading | None = None
    #: The track a column of a table of one statement per row names for these rows.
    track_name: str | None = None
    #: The cells under the levels' columns each name the proficiency the level expects
    #: ('Beginner', 'Expert'): a skills matrix, whose cells are no statements.
    rated: bool = False
    #: The numbered scale the cells rate by, where the document defines one ('1 - Novice'): each
    #: number's proficiency (``numbered_scale``).
    scale: dict[str, str] = field(default_factory=dict)
    #: For a table of one statement per row: the rows whose level cell lists several levels
    #: ('E1, E2', a database's multi-select), each row's levels; ``levels`` names the first.
    listed: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: A checkmark matrix: the levels' cells only tick ('✅', 'x') the levels that show the
    #: statement the row writes in ``statement_column``, before the levels' columns.
    checked: bool = False
    statement_column: int | None = None
    #: Of a checkmark matrix: each row's ticks start at a level and run on to the top level
    #: (or tick that one level alone): where the statement starts, the levels above it
    #: including it (``cumulative: true``).
    ticks_run_up: bool = False
    #: The header lists the levels highest first (Staff | Senior | Junior): ``levels`` has them lowest first.
    highest_first: bool = False
    #: The cells are a few words of the framework's own, said again and again (``own_scale``):
    #: its scale, lowest first, or the words where the rows agree on no order.
    own_scale: OwnScale | None = None


def text_kinds(matrix: Matrix) -> dict[int, str] | None:
    """What each column of statements of a table of levels as rows holds,
    where every header says a kind of text rather than a competency
    ('Summary', 'Signals', 'Examples'), one of them statements; else None."""
    header = matrix.table.rows[0].cells if matrix.table.rows else []
    skip = naming_columns(matrix)
    kinds = {i: TEXT_KIND_HEADERS.get(normalise(unwrap(c.joined())).casefold().rstrip(" :"), "")
             for i, c in enumerate(header) if i not in skip}
    if not kinds or "" in kinds.values() or not {"statements", "summary"} & set(kinds.values()):
        return None
    return kinds


#: A cell that is only a level's code ('L3', '(IC 2)', 'P4').
CODE_ALONE = lazy(r"\(?[A-Za-z]{1,6}[ -]?\d{1,2}\)?")


def _code_row(rows: list[Row], first: int) -> dict[int, str]:
    """The levels' codes by column where the row under the header gives them
    alone ('IC1 | IC2 | IC3 | IC4'), two or more, after a label of such a row
    ('Level') or none, and nothing after the first but codes."""
    if len(rows) < 3:
        return {}
    written = [(i, normalise(unwrap(c.joined())).strip()) for i, c in enumerate(rows[1].cells) if not c.empty]
    codes = {i: level_code(t) or t for i, t in written if i >= first and CODE_ALONE.fullmatch(t) and level_code(t)}
    if len(codes) < 2:
        return {}
    start = min(codes)
    label = " ".join(t for i, t in written if i < start).casefold().rstrip(":")
    if (label and label not in TITLE_ROW_LABELS) or any(i > start and i not in codes for i, _ in written):
        return {}
    return codes


def _level_cell_name(cell: Cell) -> str:
    labelled = labelled_level(cell)
    return labelled.title if labelled is not None else _cell_name(cell)


def _cell_name(cell: Cell) -> str:
    """A cell that names a level, as one line. A line break between a
    level's code and its title ('L1⏎Junior Engineer', 'Junior Engineer⏎L1',
    as Alt+Enter writes them in a spreadsheet's header) parts them as a
    dash or brackets do ('L1 - Junior Engineer', 'Junior Engineer (L1)'),
    so that the code becomes the level's id and the words its title."""
    texts = [normalise(unwrap(line.text)) for line in cell.lines]
    if len(texts) == 2 and not cell.bullets:
        first, second = texts
        if CODE_ALONE.fullmatch(first) and level_code(first) and not level_code(second):
            return f"{first} - {second}"
        if CODE_ALONE.fullmatch(second) and level_code(second) and not level_code(first):
            return f"{first} {second}" if second.startswith("(") else f"{first} ({second})"
    # A header's emphasis ('**Developer 1** (Green)') and its spaces are how it is typed, not the level's title.
    return normalise(unwrap(cell.joined()))


#: Labels of a level's cell that give its title ('Title' above 'Software
#: Engineer I'), and its number ('Level' above '1').
_TITLE_LABELS = frozenset({"title", "job title", "role", "name", "position"})
_NUMBER_LABELS = frozenset({"level", "grade", "band"})
#: What the first column of a row of levels' titles (or codes) may say.
TITLE_ROW_LABELS = _TITLE_LABELS | _NUMBER_LABELS | {"titles", "roles", "job titles", "names", "levels", "code",
                                                     "level code", "level title", "level name"}


@dataclass(frozen=True)
class _LabelledLevel:
    """A level's cell written as labels above values ('Level', '1', 'Title',
    'Software Engineer I', 'Experience', '0-2 years')."""

    title: str
    code: str | None  # 'L1' from 'Level' above '1'
    summary: str | None  # the other labels and values: 'Experience: 0-2 years'


def labelled_level(cell: Cell) -> _LabelledLevel | None:
    lines = [line.text.strip() for line in cell.lines]
    if len(lines) < 4 or len(lines) % 2 or any(line.bullet for line in cell.lines):
        return None
    pairs = [(lines[i].rstrip(":").strip(), lines[i + 1]) for i in range(0, len(lines), 2)]
    if not all(is_title_like(label) and len(label.split()) <= 3 for label, _value in pairs):
        return None
    title = next((value for label, value in pairs if label.casefold() in _TITLE_LABELS), None)
    if title is None:
        return None
    # 'Level' over '3/4': the two levels' rung, L3-L4, as 'Level 3/4' is.
    number = next((value for label, value in pairs if label.casefold() in _NUMBER_LABELS
                   and SPANNED_NUMBERS.fullmatch(value)), None)
    rest = [f"{label}: {value}" for label, value in pairs
            if label.casefold() not in _TITLE_LABELS and not (label.casefold() in _NUMBER_LABELS and value == number)]
    return _LabelledLevel(title, spanned_code(f"Level {number}") if number else None, ". ".join(rest) or None)


def given_code(cell: Cell, numbered_by: str | None = None) -> str | None:
    """The level code a cell of a level column gives apart from the
    level's title, as the level's id: 'L3-L4' of 'Level' over '3/4' and
    'Title' over a title, 'L5' of 'L5 — Head of Platform' or of '5' under
    a 'Level' header (``numbered_by``), 'IC3' of 'IC3'; None for a cell that
    gives none, a code said within words ('Mentors L3 engineers') too."""
    labelled = labelled_level(cell)
    if labelled is not None:
        return labelled.code
    name = _cell_name(cell).strip()
    if numbered_by and SPANNED_NUMBERS.fullmatch(name):
        name = f"{numbered_by} {name}"
    code = spanned_code(name)
    if code is None or not (CODE_ALONE.fullmatch(name) or title_without_code(name, code, spaced=True) != name
                            or code_range(name) == (code, "")):
        return None
    return code


def level_left_out(matrix: Matrix, row: Row) -> str | None:
    """What a row of a levels-as-rows table that is not read as a level's
    names in the column of levels, where that names a level all the same
    (a title too long to be read as one: 'Principal Engineer and Head of
    the Architecture Guild'): a level lost, which the report says aloud;
    None for a row that names none (a note, a blank)."""
    cell = cell_at(row, matrix.level_column)
    if cell is None or cell.empty:
        return None
    name = _level_cell_name(cell)
    return name if is_level_name(name) and name[-1:] not in ".!?:;" else None


def competency_names(matrix: Matrix) -> set[str]:
    """What a table of levels names its competencies: its header (levels as
    rows) or its first column (levels as columns), as name keys."""
    rows = matrix.table.rows
    if matrix.per_statement is not None:  # a statement per row: the column of competencies
        column = matrix.per_statement.competency
        cells = [row.cells[column] for row in rows[1:] if column < len(row.cells)]
    elif matrix.layout == "levels-as-rows":
        cells = [c for i, c in enumerate(rows[0].cells) if i != matrix.level_column] if rows else []
    else:
        cells = [row.cells[0] for row in rows[1:] if row.cells]
    return {name_key(c.joined()) for c in cells if not c.empty} - {""}
#: Words of a header over the levels' titles besides those ('Job title', 'Level name', 'Position').
_TITLE_WORDS = frozenset("job name names position positions".split())


_VALUES = frozenset("yes no y n true false x n/a na - tbd ✓ ✔ ✗ ✘ •".split())


def proficiency_named(cell: Cell, scale: Mapping[str, str] = {}) -> str | None:
    """The proficiency a cell names and nothing else ('Advanced', 'Expert.'),
    as written; or the one its number stands for on the document's numbered
    ``scale`` ('2' where '2 - Advanced Beginner' defines it)."""
    if len(cell.lines) != 1 or cell.bullets:
        return None
    text = normalise(unwrap(cell.joined())).strip().rstrip(".").strip()
    if text in scale:
        return scale[text]
    if _two_proficiencies(text):
        return None  # 'Novice-Intermediate' is a range (``proficiency_range``), not 'Intermediate'
    return text if len(text.split()) <= 3 and proficiency(text) is not None else None


#: Between the ends of a range of proficiencies: 'Novice-Intermediate', 'Advanced – Expert', 'Intermediate to
#: Advanced'.
_RANGE_BETWEEN = lazy(r"(?i)\s*(?:[-\u2013\u2014/]|\bto\b)\s*")


def proficiency_range(cell: Cell) -> tuple[str, str] | None:
    """The two proficiencies a cell names as a range and nothing else
    ('Novice-Intermediate', 'Intermediate to Advanced'), as written, the
    lower first; None for another cell, or ends that do not rise."""
    if len(cell.lines) != 1 or cell.bullets:
        return None
    parts = _two_proficiencies(normalise(unwrap(cell.joined())).strip().rstrip(".").strip())
    if parts is None:
        return None
    low, high = proficiency(parts[0]), proficiency(parts[1])
    return parts if low is not None and high is not None and low.low < high.low else None


def _two_proficiencies(text: str) -> tuple[str, str] | None:
    """The two proficiency words a text joins with a dash, a slash or 'to'
    ('Novice-Intermediate', 'Expert - Novice'), in its order; else None."""
    parts = _RANGE_BETWEEN.split(text)
    if len(parts) != 2 or any(len(part.split()) > 3 or proficiency(part) is None for part in parts):
        return None
    return parts[0], parts[1]


def below_the_scale(cell: Cell, scale: Mapping[str, str]) -> bool:
    """Whether a cell is a number below the lowest of a numbered scale
    ('0' where the scale starts at '1 - Novice'): the level is not rated
    there, not rated at a step the scale does not name."""
    text = normalise(unwrap(cell.joined())).strip()
    return bool(scale) and text.isdecimal() and int(text) < min(int(n) for n in scale)


#: A step of a numbered scale, as a heading, a bullet or a line writes it: '1 - Novice', '2. Advanced
#: Beginner', '3: Competent', '**4 - Proficient**: deep expertise'.
_NUMBERED_STEP = lazy(r"^\s*(\d{1,2})\s*(?:[-–—.:)=]\s*)?([A-Za-z][^:]*?)\s*(?::.*)?$")


def numbered_step(text: str, scale: Mapping[str, str]) -> str | None:
    """The name of the step of ``scale`` a heading or line defines ('2 -
    Advanced Beginner'), or None."""
    found = _NUMBERED_STEP.match(" ".join(strip_markdown(text).split()))
    if found is None or scale.get(found.group(1)) != found.group(2).strip(" *_"):
        return None
    return scale[found.group(1)]


def numbered_text(block: Heading | Item | Paragraph) -> str:
    """A block's text with its number, where an ordered list gave it one
    ('2. Advanced Beginner'): the item's text no longer holds it."""
    return f"{block.number}. {block.text}" if isinstance(block, Item) and block.number is not None else block.text


def numbered_scale(blocks: Sequence[Block]) -> dict[str, str]:
    """The numbered proficiency scale a document defines, each number's
    proficiency ('1' -> 'Novice' ... '5' -> 'Expert'), where three steps or
    more, numbered one after another, each name a proficiency; else {}.
    A skills matrix rates its cells by the numbers."""
    steps: dict[int, str] = {}
    for block in blocks:
        if not isinstance(block, (Heading, Item, Paragraph)):
            continue
        found = _NUMBERED_STEP.match(" ".join(strip_markdown(numbered_text(block)).split()))
        if found is None:
            continue
        name = found.group(2).strip(" *_")
        if len(name.split()) <= 3 and proficiency(name) is not None:
            steps.setdefault(int(found.group(1)), name)
    numbers = sorted(steps)
    if len(numbers) < 3 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return {}
    return {str(n): steps[n] for n in numbers}


def _statement_like(cell: Cell) -> bool:
    """A cell that says what someone does, not a value ('Yes', '3', '✓', a link)."""
    if cell.bullets:
        return True
    text = normalise(cell.joined())
    text = after_reference(text) or text  # 'Same as L1, plus: ...' says what the level adds
    if not any(ch.isalpha() for ch in text) or text.casefold() in _VALUES or says_not_applicable(cell):
        return False
    if title_length(text) <= 6 and is_level_name(text):
        return False  # a table that maps levels to levels ('Engineer 1 | IC2 | M2')
    return not re.fullmatch(r"\W*\[[^\]]*\]\([^)]*\)\W*", cell.joined().strip())


def naming_columns(matrix: Matrix) -> set[int]:
    """The columns of a levels-as-rows table that name its levels (the
    first, the levels', their titles'): the others hold statements."""
    return {0, matrix.level_column} | ({matrix.title_column} if matrix.title_column is not None else set())


#: The most words a cell of a table of the levels may hold where it only sums up its level
#: ('Learning & executing assigned work'), not what the level expects of each competency.
_OVERVIEW_WORDS = 12


def overview_columns(matrix: Matrix) -> list[int] | None:
    """The columns that sum up each level, where ``matrix`` is only an
    overview of the levels ('Level | Title | Focus', a row per level, each
    cell a short phrase), not a ladder of competencies: a table of one row
    per level with at most one such column beside its levels' names and
    titles, and any more whose headers name facts of each level ('Level |
    Title | Years | Scope | Focus'); None for any other table, one of two
    competencies' columns or more ('Level | Title | Coding | Delivery')."""
    if matrix.layout != "levels-as-rows" or matrix.per_statement is not None or matrix.rated or matrix.checked \
            or len(matrix.levels) < 2:
        return None
    header = matrix.table.rows[0].cells if matrix.table.rows else []
    columns = [i for i in range(len(header)) if i not in naming_columns(matrix)]
    if len(columns) > 1 and len(columns) - len(overview_facts(matrix, columns)) > 1:
        return None
    cells = [row.cells[i] for row in matrix.table.rows[1:] for i in columns if _filled(row, i)]
    if any(c.bullets or len(c.joined().split()) > _OVERVIEW_WORDS for c in cells):
        return None
    return columns


def overview_facts(matrix: Matrix, columns: list[int]) -> list[int]:
    """Of the ``columns`` of a table of the levels, those whose headers name
    a fact of each level ('Years', 'Scope'), where there are several: the
    levels' descriptions say them under their headers. One column alone
    sums the level up, whatever its header."""
    if len(columns) < 2:
        return []
    header = matrix.table.rows[0]
    return [i for i in columns if (cell := cell_at(header, i)) is not None and not cell.empty
            and profiles_a_level(normalise(unwrap(cell.joined())))
            and _facts([row.cells[i] for row in matrix.table.rows[1:] if _filled(row, i)])]


#: The most words a cell of a level's fact holds ('2-5 years', 'Tasks within a feature', 'Close guidance').
_FACT_WORDS = 6


def _facts(cells: list[Cell]) -> bool:
    """Whether a column of a table of the levels states a fact of each
    level: short phrases ('2-5 years', 'A feature', 'Close guidance'), at
    most one in two saying what the level does ('Sets own goals'). A
    competency matrix's 'Scope' and 'Autonomy' columns hold statements
    ('Delivers tasks that span several services', 'Works with guidance')."""
    texts = [normalise(unwrap(cell.joined())) for cell in cells]
    return not any(cell.bullets for cell in cells) and all(len(text.split()) <= _FACT_WORDS for text in texts) \
        and 2 * sum(opens_with_a_deed(text) for text in texts) < len(texts)


def content_column_count(matrix: Matrix) -> int:
    """How many columns of a levels-as-rows table hold statements."""
    header = matrix.table.rows[0].cells if matrix.table.rows else []
    return sum(1 for i in range(len(header)) if i not in naming_columns(matrix))


def content_cells(matrix: Matrix) -> int:
    return sum(len(cell_statements(c)) for r in matrix.table.rows[1:] for c in r.cells[1:] if not c.empty)


def _unstack(table: Table, heading: Heading | None) -> None:
    """A table of one column whose rows name a level and then hold its
    statements, level after level (Beyond's 'Software Engineer 1' row over
    a row of bullets), read as the table of levels it draws: a row per
    level, the heading above it naming its column of statements."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 4 or len(rows) % 2 or any(sum(1 for c in r.cells if not c.empty) != 1 for r in rows):
        return
    cells = [next(c for c in r.cells if not c.empty) for r in rows]
    names, contents = cells[0::2], cells[1::2]
    if not all(is_level_name(normalise(unwrap(c.joined()))) for c in names) \
            or any(is_level_name(normalise(unwrap(c.joined()))) for c in contents):
        return
    title = heading_text(heading) if heading is not None else ""
    # The levels' column has no header of the document's to report.
    header = Row([Cell([], rows[0].line), Cell([CellLine(title, False)], rows[0].line)], rows[0].line, header=True)
    table.rows = [header] + [Row([name, content], row.line) for name, content, row in zip(names, contents, rows[0::2])]


def drawn_like_a_ladder(table: Table) -> bool:
    """A table drawn as a ladder is, whatever its header says: three
    columns named or more, and half its other cells or more sentences of
    three words or more (statements, not a list of owners and dates)."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    header = header_rows(table)
    if not header or sum(1 for c in header[-1].cells if not c.empty) < 3:
        return False
    below = next((n + 1 for n, r in enumerate(rows) if r is header[-1]), len(header))
    body = [c for r in rows[below:] for c in r.cells[1:] if not c.empty]
    said = [c for c in body if _statement_like(c) and len(c.joined().split()) >= 3]
    return bool(body) and len(said) * 2 >= len(body)


def holds_no_statements(table: Table) -> str | None:
    """Why a table cannot be a ladder, whichever way its levels run: beside
    its header and its first column (names: job titles, competencies) its
    cells hold no statement ('45 000', '25 %', 'Yes'), as a table of pay
    or of weights has it; 'figures' where they are all figures, 'short
    values' otherwise. None where half of the cells of any column or row
    or more may be statements (a column 'What we expect' beside columns of
    pay is the ladder's, and so is a row of them under rows of codes and pay)."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    header = header_rows(table)
    below = next((n + 1 for n, r in enumerate(rows) if header and r is header[-1]), len(header))
    body = [c for r in rows[below:] for c in r.cells[1:] if not c.empty]
    if not body:
        return None
    for column in range(1, max(len(r.cells) for r in rows[below:])):
        cells = [r.cells[column] for r in rows[below:] if column < len(r.cells) and not r.cells[column].empty]
        if cells and sum(1 for c in cells if _statement_like(c)) * 2 >= len(cells):
            return None
    for row in rows[below:]:
        cells = [c for c in row.cells[1:] if not c.empty]
        if cells and sum(1 for c in cells if _statement_like(c)) * 2 >= len(cells):
            return None
    if all(not strip_markdown(c.joined()).strip() for c in body):
        return "images"  # pictures ('![Advanced](advanced.png)'): what they show is not text to read
    return "figures" if not any(ch.isalpha() for c in body for ch in c.joined()) else "short values"


def header_rows(table: Table) -> list[Row]:
    """The rows of a table's header: its first, and the row under it where
    the header is two rows deep, read as one (``over_header``) or a cell of
    the first spanning both ('Competency' beside a group's cell over the
    levels' names)."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if not rows:
        return []
    if table.over_header is not None:
        return [table.over_header, rows[0]]
    if len(rows) >= 2 and any(c.covered and not _spanned_from_left(rows[1], i) for i, c in enumerate(rows[1].cells)):
        return rows[:2]
    return rows[:1]


def _spanned_from_left(row: Row, index: int) -> bool:
    """Whether a cell of the row to the left of ``index`` spans it."""
    return any(i < index < i + c.columns for i, c in enumerate(row.cells[:index]) if not c.covered)


def _stack_header(table: Table, layout: str | None = None) -> None:
    """A header of two rows read as one: a first row that names no level,
    its cells over the levels' columns a group's name across them ('Levels',
    merged over them, or written once and the rest left empty, as a
    spreadsheet exports merged cells) or blank, over a row that names two
    levels or more. The names of the lower row, and the upper row's where
    the lower is blank (a cell spanning both rows: 'Competency'), are the
    header; the upper row is kept aside, its names over the levels reported.
    Where the user says the levels are the columns (``layout``), the lower
    row names them under cells merged over groups of them, whatever their names."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 3 or table.over_header is not None:
        return
    top, below = rows[0], rows[1]
    names = [(i, unwrap(c.joined()).strip()) for i, c in enumerate(below.cells) if not c.empty]
    named = levels_named(names)
    merged_over = [i for i, c in enumerate(top.cells) if not c.empty and c.columns > 1]
    if layout in COLUMN_LAYOUTS and len(named) < 2 and merged_over:
        named = [(i, t) for i, t in names if i >= merged_over[0] and len(t.split()) <= 6]
    # A cell merged over two levels' columns or more (in a sheet, written once and the next left
    # blank, or the row ending there) names a group of them, whatever its words ('Senior IC' over
    # P3 and P4); a cell over one column that names a level makes a row of levels.
    def spans(index: int, cell: Cell) -> bool:
        following = cell_at(top, index + 1)
        return cell.columns > 1 or (table.sheet and (following is None or following.empty)
                                    and index + 1 in dict(named))
    if len(named) < 2 or any(is_level_name(normalise(unwrap(c.joined()).strip()))
                             for i, c in enumerate(top.cells) if not c.empty and not spans(i, c)):
        return
    # Below the header, the rows hold statements, not another row of names.
    if not any(_statement_like(c) for r in rows[2:] for i, c in _named_cells(r, named)):
        return
    over = [cell_at(top, i) for i, _ in named]
    written = [c for c in over if c is not None and not c.empty]
    if len(written) * 2 > len(named):
        return  # a cell of its own over each level: a row of the table, not a group's name
    merged = [below.cells[i] if i < len(below.cells) and not below.cells[i].empty
              else top.cells[i] if i < len(top.cells) and all(i != j for j, _ in named) else Cell([], below.line)
              for i in range(max(len(top.cells), len(below.cells)))]
    table.over_header = top
    table.rows = [Row(merged, below.line, header=True)] + [r for r in table.rows if r is not top and r is not below]


def _stack_group_header(table: Table) -> None:
    """A header of two rows over a table of levels as rows: the first names
    groups over the competencies' columns ('Craft' merged over two columns,
    or written once and the next left blank, as a spreadsheet exports it),
    the second names each column ('Design | Testing'); the first column's
    header spans both rows ('Level'), as may the next ('Title'), and the
    rows below it name levels.
    The second row is the header, the first kept aside, its groups the
    dimensions of the columns under them."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 4 or table.over_header is not None or not rows[0].cells or len(rows[1].cells) < 3:
        return
    top, below = rows[0], rows[1]
    if not (below.cells[0].empty or below.cells[0].covered):
        return
    names = [(i, unwrap(c.joined()).strip()) for i, c in enumerate(below.cells) if i > 0 and not c.empty]
    if len(names) < 2 or any(is_level_name(normalise(t)) or len(t.split()) > 6 for _, t in names):
        return
    # The rows below name levels in their first column.
    firsts = [(i, _level_cell_name(r.cells[0])) for i, r in enumerate(rows[2:]) if r.cells and not r.cells[0].empty]
    if len(levels_named(firsts)) < 2:
        return
    groups: dict[int, str] = {}
    group = None
    for i in range(1, len(below.cells)):
        cell = cell_at(top, i)
        if cell is not None and not cell.empty:
            group = unwrap(cell.joined()).strip()
        elif cell is not None and not cell.covered and not table.sheet and cell.columns == 1:
            group = None  # a blank cell of its own in a page's table: no group over this column
        if group is not None and not below.cells[i].empty:
            groups[i] = group
    # Some group spans two columns or more: else the first row is the header, the second a row.
    if len(groups) < 2 or len(set(groups.values())) == len(groups):
        return
    # A column's header that spans both rows ('Level', 'Title' merged down) is the first row's.
    merged = [top.cells[0]] + [
        top.cells[i] if (cell.empty or cell.covered) and i < len(top.cells) and not top.cells[i].empty
        and top.cells[i].columns == 1 else cell for i, cell in enumerate(below.cells) if i > 0]
    table.over_header = top
    table.groups = groups
    table.rows = [Row(merged, top.line, header=True)] + [r for r in table.rows if r is not top and r is not below]


#: A column's header that names its group before the competency ('Craft: Code', 'Impact - Delivery').
_GROUP_PREFIX = lazy(r"(?P<group>[^:/\s][^:/]{0,40}?)(?P<mark>\s*:|\s+[-–—/])\s+(?P<name>\S.*)")


def _split_group_prefixes(table: Table) -> bool:
    """A header of one row over a table of levels as rows whose competencies'
    columns each name their group first ('Craft: Code | Craft: Architecture |
    Impact: Delivery'), as one row says what a header of two rows does: the
    group becomes the columns' dimension (``groups``), the rest the
    competency. Only where every competency's column (past the columns before
    them, 'Level | Title') is so named, with the same mark, and some group
    names two columns or more: a lone 'Scope: what you own' is a name.
    Whether the header was split."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 3 or table.over_header is not None or table.groups is not None:
        return False
    header = rows[0]
    firsts = [(i, _level_cell_name(r.cells[0])) for i, r in enumerate(rows[1:]) if r.cells and not r.cells[0].empty]
    if len(levels_named(firsts)) < 2:
        return False
    said = [(i, _GROUP_PREFIX.fullmatch(normalise(unwrap(c.joined()))))
            for i, c in enumerate(header.cells) if i > 0 and not c.empty]
    start = next((n for n, (_, found) in enumerate(said) if found is not None), len(said))
    prefixed = [(i, found) for i, found in said[start:] if found is not None]
    if len(prefixed) < 2 or len(prefixed) < len(said) - start \
            or len({found.group("mark").strip() for _, found in prefixed}) > 1:
        return False
    groups = {i: found.group("group").strip() for i, found in prefixed}
    if len(set(groups.values())) == len(groups) or any(
            len(group.split()) > 4 or len(found.group("name").split()) > 6 or is_level_name(group)
            for (_, found), group in zip(prefixed, groups.values())):
        return False
    cells = list(header.cells)
    for i, found in prefixed:
        cells[i] = Cell([CellLine(found.group("name").strip(), False)], cells[i].line)
    header.cells = cells
    table.groups = groups
    return True


def _named_cells(row: Row, named: list[tuple[int, str]]) -> list[tuple[int, Cell]]:
    """The cells of ``row`` in the columns ``named`` gives."""
    return [(i, row.cells[i]) for i, _ in named if i < len(row.cells) and not row.cells[i].empty]


def table_matrix(table: Table, heading: Heading | None, path: list[Heading], layout: str | None = None,
                 scale: Mapping[str, str] = {}) -> Matrix | None:
    """The table as a ladder, if a row or column names the levels and its
    other cells read as statements. Where the user says the levels are the
    table's columns or rows (``layout``), its header or first column names
    them, whatever their names ('Contributors', 'Maintainers'). A column
    that names each row's track is set aside first (``_set_tracks_aside``);
    where the rest is no ladder, the table is left as it was."""
    _unstack(table, heading)
    _stack_header(table, layout)
    _stack_group_header(table)
    before = [(row, row.cells) for row in table.rows + [table.over_header] if row is not None], table.groups
    grouped = _split_group_prefixes(table)
    if not _set_tracks_aside(table) and not grouped:
        return _ladder(table, heading, path, layout, scale)
    matrix = _ladder(table, heading, path, layout, scale)
    if matrix is None:
        for row, kept in before[0]:
            row.cells, row.track = kept, None
        table.groups, table.track_header = before[1], None
    return matrix


def _set_tracks_aside(table: Table) -> bool:
    """Take out of the table a column that names each row's track, headed
    'Track' ('Job family', 'Career path'), its cells short names ('Backend'
    down the rows, or written once over the rows it spans, the cells below
    it blank): it says which ladder a row is of, neither a competency nor a
    group of them. Each row keeps its track (a blank cell is the name above
    again), the table the column's header. Whether there was such a column."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if table.track_header is not None or len(rows) < 2:
        return False
    header = rows[0]
    column = next((i for i, c in enumerate(header.cells)
                   if normalise(unwrap(c.joined())).casefold() in _TRACK_HEADERS), None)
    if column is None or sum(1 for c in header.cells if not c.empty) < 3:
        return False
    first = cell_at(rows[1], column)
    names = [unwrap(c.joined()).strip() for r in rows[1:] if (c := cell_at(r, column)) is not None and not c.empty]
    if first is None or first.empty or any(len(t.split()) > 4 or ends_a_sentence(t) or level_code(t) for t in names):
        return False
    # Names of tracks hold for several rows each; short statements under a competency 'Discipline' do not.
    if len({normalise(t).casefold() for t in names}) * 2 > len(rows) - 1:
        return False
    table.track_header = unwrap(header.cells[column].joined()).strip()
    current = None
    for row in table.rows:
        if row is not header:
            cell = cell_at(row, column)
            if cell is not None and not cell.empty:
                current = unwrap(cell.joined()).strip()
            row.track = current
        row.cells = row.cells[:column] + row.cells[column + 1:]
    if table.over_header is not None:
        table.over_header.cells = table.over_header.cells[:column] + table.over_header.cells[column + 1:]
    if table.groups is not None:
        table.groups = {i - (i > column): group for i, group in table.groups.items() if i != column}
    return True


#: What parts the levels a cell lists ('E1, E2', 'E1; E2', 'Senior / Staff', one a line).
_LISTING = lazy(r"\s*[,;]\s*|\s+/\s+")


def _listed_levels(rows: list[Row], table: Table, column: int, cells: list[tuple[int, str]],
                   numbered_by: str | None) -> dict[int, tuple[str, ...]]:
    """The cells of a column that each list several levels, as a database's
    multi-select exports them ('E1, E2'; Notion, Airtable): each row's
    index and its levels, where a cell of the column alone names each of
    them, or each is a level's code; not a code over its title ('EM2',
    then 'Senior Engineering Manager'), one level."""
    alone = {normalise(t).casefold() for _, t in cells}
    listed: dict[int, tuple[str, ...]] = {}
    for row in rows:
        if column >= len(row.cells) or row.cells[column].empty:
            continue
        parts = [p for line in row.cells[column].lines for p in _LISTING.split(unwrap(line.text).strip()) if p]
        if numbered_by:  # 'Level' above '1, 2'
            parts = [f"{numbered_by} {p}" if SPANNED_NUMBERS.fullmatch(p) else p for p in parts]
        if len(parts) >= 2 and len({p.casefold() for p in parts}) == len(parts) and \
                (all(normalise(p).casefold() in alone for p in parts) or all(level_code(p) for p in parts)):
            listed[table.rows.index(row)] = tuple(parts)
    return listed


def _ladder(table: Table, heading: Heading | None, path: list[Heading], layout: str | None = None,
            scale: Mapping[str, str] = {}) -> Matrix | None:
    """``table_matrix`` of a table whose headers are read."""
    rows = [r for r in table.rows if not all(c.empty for c in r.cells)]
    if len(rows) < 2:
        return None
    header = rows[0]
    # The first column names the rows, unless its header names a level too
    # (Beginner | Intermediate | Expert over one row of bullets).
    first = 0 if header.cells and is_level_name(normalise(unwrap(header.cells[0].joined()).strip())) else 1
    titles = [(i, _cell_name(c)) for i, c in enumerate(header.cells) if i >= first and not c.empty]
    # A row of codes alone under the header (IC1 | IC2 | IC3) names a level in each of its columns,
    # whatever the header says there: a title the import does not know ('Engineer' between
    # 'Associate' and 'Senior'), or nothing (a title left blank, the code its name).
    coded = _code_row(rows, first)
    if coded:
        written = dict(titles)
        titles = sorted({**written, **{i: code for i, code in coded.items() if i not in written}}.items())
    if layout in (None, "levels-as-columns"):
        checked = _checkmark_matrix(table, rows, titles, heading, path, layout)
        if checked is not None:
            return checked
    # Cells that mark a competency not applicable where it starts higher up are neither statements nor values.
    body = [c for r in rows[1:] for c in r.cells[first:] if not c.empty and not says_not_applicable(c)]
    # Rows of the levels' codes, pay or years ('Salary band | $90k | $110k') beside a row of sentences
    # are read as such, not weighed against it: the statements are the rows that hold any.
    stated = [c for r in rows[1:] if any(_statement_like(c) for c in r.cells[first:])
              for c in r.cells[first:] if not c.empty and not says_not_applicable(c)]
    # A range of proficiencies ('Novice-Intermediate') rates the level too: at its lower end.
    rated = bool(body) and all(proficiency_named(c, scale) is not None or proficiency_range(c) is not None
                               or below_the_scale(c, scale) for c in body) \
        and any(proficiency_named(c, scale) is not None or proficiency_range(c) is not None for c in body)
    own = own_scale(rows[1:], [i for i, _ in titles]) if not rated and len(titles) >= 2 else None
    if own is not None and own.steps:  # rated in the framework's own words (Developing ... Shaping)
        scale, rated = {**scale, **{step: step for step in own.steps}}, True
    # A table none of whose cells says anything (pictures alone, '![Advanced](advanced.png)') is no ladder.
    if len(titles) >= 2 and body and (rated or stated and sum(1 for c in stated if _statement_like(c)) * 2 >= len(stated)):
        levels = levels_named(titles)  # the role alone beside its levels is one too
        levels = sorted(set(levels) | {(i, t) for i, t in titles if i in coded})
        if layout in COLUMN_LAYOUTS or own is not None and own.steps:  # every column is rated: a level's
            # Whatever their names, from the first column that names a level, if one does, or
            # before it, back to the columns that name the rows (Area | Competency | L1 | L2).
            start = _first_level_column(rows, titles, levels) if levels else first
            levels = [(i, t) for i, t in titles if i >= start and title_length(t) <= 6]
        if len(levels) >= 2 and len(levels) * 2 >= len(titles):
            guessed = _columns_like_levels(rows, titles, levels) if layout is None else []
            if layout is None:
                guessed += _between_levels(titles, levels + guessed)
            levels = sorted(levels + guessed)
            kind = "proficiency-matrix" if all(proficiency(normalise(t)) is not None for _, t in levels) \
                else "levels-as-columns"
            return Matrix(table, kind, levels, heading, path, guessed=tuple(t for _, t in guessed),
                          rated=rated and kind == "levels-as-columns", scale=dict(scale), own_scale=own)
    # Levels as rows: a column naming levels; the header names the competencies. A table of
    # one statement per row may name its levels in any column (Area | Band | Expectation).
    # A column that joins two others ('Competency – Level') names neither levels nor competencies.
    repeats = repeating_columns(rows[1:])
    for column in range(len(header.cells)):
        if column in repeats:
            continue
        numbered_by = _numbered_by(header.cells[column]) if column < len(header.cells) else None
        cells = [(table.rows.index(r), _level_cell_name(r.cells[column])) for r in rows[1:]
                 if column < len(r.cells) and not r.cells[column].empty]
        if numbered_by:  # 'Level' above 1, 2, 3: the levels are Level 1, Level 2, Level 3
            cells = [(i, f"{numbered_by} {t.strip()}" if SPANNED_NUMBERS.fullmatch(t.strip()) else t) for i, t in cells]
        listed = _listed_levels(rows[1:], table, column, cells, numbered_by)
        cells = [(i, listed[i][0]) if i in listed else (i, t) for i, t in cells]
        named = cells if layout == "levels-as-rows" and column == 0 or _names_rungs(header.cells[column], cells) \
            else levels_named(cells)
        # A long title is a sentence, not a level's name, unless the cell gives the level's code apart from it.
        with_codes = {table.rows.index(r) for r in rows[1:] if column < len(r.cells) and not r.cells[column].empty
                      and given_code(r.cells[column], numbered_by) is not None}
        in_column = [(i, t) for i, t in cells if i in with_codes or (i, t) in named and title_length(t) <= 6]
        # A level's cell may span the rows of its summary and its statements.
        own_rows = [r for r in rows[1:] if not (column < len(r.cells) and r.cells[column].covered)]
        # A level's name left blank below it (merged cells) or said again: it names several rows.
        named_rows = {i for i, _ in in_column}
        blank = [r for r in rows[1:] if column < len(r.cells) and r.cells[column].empty]
        unnamed = [r for r in own_rows if table.rows.index(r) not in named_rows and r not in blank]
        several = bool(blank) or len({normalise(t).casefold() for _, t in in_column}) < len(in_column)
        per_statement = _statement_columns(header, rows[1:], column, several, repeats) if len(in_column) >= 2 else None
        if per_statement is not None and len(unnamed) * 2 < len(own_rows) and \
                table.rows.index(rows[1]) in named_rows:
            return Matrix(table, "levels-as-rows", in_column, heading, path, None, column, per_statement=per_statement,
                          listed={i: names for i, names in listed.items() if i in named_rows})
        if column <= 1 and len(in_column) >= 2 and len(in_column) * 2 > len(own_rows):
            # A column of titles beside the levels' codes ('L3 | Senior Engineer'), not of short statements.
            beside = [r.cells[column + 1].joined() for r in rows[1:]
                      if column + 1 < len(r.cells) and not r.cells[column + 1].empty]
            titled = sum(1 for t in beside if is_title_like(t) or is_level_name(normalise(t)))
            # Under a header that names a competency ('Level | Delivery | Craft'), short cells are
            # its statements ('Ships tasks'), however like titles they look.
            over = header.cells[column + 1] if column + 1 < len(header.cells) else None
            headed = over is not None and (over.empty or _names_titles(over.joined()))
            # Titles are short, but for a long one under a header that says it is the title ('Title').
            short = all(title_length(t) <= 6 for t in beside) or over is not None and not over.empty
            title_column = column + 1 if headed and beside and titled * 2 > len(beside) and short else None
            before = [r.cells[0].joined() for r in rows[1:] if column == 1 and not r.cells[0].empty]
            if title_column is None and before and header.cells and _names_titles(header.cells[0].joined()) \
                    and all(title_length(t) <= 6 for t in before) and len(before) == len(in_column):
                # 'Role | Code | ... ': the levels' titles before their codes.
                title_column = 0
            # The statements: every column after the levels (and their titles), one column or more.
            last_named = column if title_column is None else title_column
            # Columns of codes, pay or years beside the statements ('Code | Salary band | Years |
            # Expectations') are the levels' values, not weighed against the column of sentences.
            stating = {i for r in rows[1:] for i, c in enumerate(r.cells) if i > last_named and _statement_like(c)}
            others = [c for r in rows[1:] for i, c in enumerate(r.cells) if i in stating and not c.empty]
            if not others or sum(1 for c in others if _statement_like(c)) * 2 < len(others):
                continue
            return Matrix(table, "levels-as-rows", in_column, heading, path, title_column, column)
    return None


def _between_levels(titles: list[tuple[int, str]], levels: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header's columns between two levels' whose short names name no
    level the import knows, as a rung's plain role title does ('Designer'
    between 'Associate' and 'Senior'): levels too, where they are fewer than
    the levels around them; not a header that says what its cells hold ('Notes')."""
    named = {i for i, _ in levels}
    if len(named) < 2:
        return []
    between = [(i, t) for i, t in titles if min(named) < i < max(named) and i not in named
               and 1 <= len(t.split()) <= 3 and any(ch.isalpha() for ch in t) and not says_what_it_holds(t)]
    return between if len(between) * 2 <= len(named) else []


def _names_rungs(header: Cell, cells: list[tuple[int, str]]) -> bool:
    """Whether a column is the level column of a table of one statement
    per row, each of its names a level, those the import does not know too
    ('Confirmed Developer' between 'Junior Developer' and 'Senior Developer'):
    its few names each repeat down the rows, and its header says it names
    levels ('Level', 'Grade', 'Band', 'Rung', 'Job level') or most of its
    names are levels the import knows."""
    names = {normalise(t).casefold(): t for _, t in cells}
    if len(names) < 2 or len(names) * 2 > len(cells) or any(title_length(t) > 6 for t in names.values()):
        return False
    said = _header_words(normalise(unwrap(header.joined())))
    if said and said & (RUNG_WORDS | LEVELS) - {"ladder"} and not said & (COMPETENCY_WORDS | _BESIDE_LEVELS - LEVELS):
        return True
    return len(levels_named(list(enumerate(names.values())))) * 2 > len(names)


def _checkmark_matrix(table: Table, rows: list[Row], titles: list[tuple[int, str]], heading: Heading | None,
                      path: list[Heading], layout: str | None) -> Matrix | None:
    """The table as a checkmark matrix, where it is one: the header names the
    levels (two or more; any names, where the user says the header names
    them), the levels' columns hold only ticks ('✅', 'x', 'Yes') and blanks
    or crosses ('❌', '-'), two ticks or more, and the column before them
    writes the statements the ticks are of (Area | Statement | L1 | L2):
    each ticked level shows the row's statement."""
    named = {i for i, _ in levels_named(titles)}
    # A column that ticks no row is a level only where its header names one (not 'Notes').
    ticking = [(i, t) for i, t in titles if i > 0 and all(_tick_at(r, i) is not None for r in rows[1:])
               and (i in named or any(_tick_at(r, i) for r in rows[1:]))]
    # The levels' columns are the last of the table's, one after another.
    ticking = [(i, t) for i, t in ticking if all(j in {k for k, _ in ticking} for j, _ in titles if j > i)]
    if len(ticking) < 2:
        return None
    if layout is None and len(named & {i for i, _ in ticking}) * 2 < len(ticking):
        return None
    start = ticking[0][0]
    ticked = [r for r in rows[1:] if any(_tick_at(r, i) for i in range(start, len(r.cells)))]
    if sum(1 for r in ticked for i in range(start, len(r.cells)) if _tick_at(r, i)) < 2:
        return None
    column = start - 1
    stated = [c for r in ticked if (c := cell_at(r, column)) is not None and not c.empty]
    if len(stated) < len(ticked) or sum(1 for c in stated if _statement_like(c)) * 2 < len(stated):
        return None
    # Columns listed highest first (Staff | Senior | Mid | Junior) are read lowest first, as the import
    # writes the levels: whether the ticks run up to the top level is told in that order.
    highest_first = listed_highest_first([(title, "") for _, title in ticking])
    if highest_first:
        ticking.reverse()
    return Matrix(table, "levels-as-columns", ticking, heading, path, checked=True, statement_column=column,
                  highest_first=highest_first,
                  ticks_run_up=all(_ticks_run_up([bool(_tick_at(r, i)) for i, _ in ticking]) for r in ticked))


def _tick_at(row: Row, column: int) -> bool | None:
    """Whether a row's cell in ``column`` ticks its level (``cells.tick``);
    False where the row has no such cell, as for a blank."""
    cell = cell_at(row, column)
    return False if cell is None else tick(cell.joined())


def _ticks_run_up(ticks: list[bool]) -> bool:
    """Whether a row's ticks, lowest level first, tick one level alone or
    run without a gap from the first they tick to the top level."""
    first = ticks.index(True)
    return ticks.count(True) == 1 or all(ticks[first:])


def _names_titles(header: str) -> bool:
    """Whether a column's header says it holds the levels' titles ('Title',
    'Job title', 'Role', 'Level name'), or the levels themselves ('Level')."""
    said = set(words(normalise(unwrap(header))))
    return bool(said) and (normalise(unwrap(header)).casefold() in _TITLE_LABELS
                           or said <= LEVELS | _TITLE_WORDS | ABOUT_LEVELS)
#: Words of a column's header that say it holds something beside the levels.
_BESIDE_LEVELS = frozenset("note notes comment comments remark remarks example examples evidence resource resources description "
                           "descriptions detail details summary context rationale reference references link links "
                           "question questions tip tips why how".split()) | COMPETENCY_WORDS | LEVELS


#: Words of a column's header that say its cells are references to read ('Useful links',
#: 'Further reading', 'Resources'), not what the level expects.
_REFERENCE_WORDS = frozenset("link links resource resources reading references".split())
_AROUND_REFERENCES = frozenset("useful further related helpful additional more see also list of and".split())


def names_references(header: str) -> bool:
    """Whether a column's header says it holds links to read ('Useful
    links', 'Further reading', 'Resources', 'Links'), not a competency."""
    said = {w.casefold() for w in words(normalise(unwrap(header)))}
    return bool(said & _REFERENCE_WORDS) and said <= _REFERENCE_WORDS | _AROUND_REFERENCES


#: Words of a column's header before the levels' that say it tells about the row's competency
#: ('What it means', 'Purpose', 'Scope'), as its description does.
_ABOUT_THE_ROW = frozenset("what means meaning purpose intent scope about overview explanation definition definitions"
                           .split())


def says_what_it_holds(title: str) -> bool:
    """Whether a column's header says what its cells hold, beside the
    levels' ('Description', 'What it means', 'Notes', 'Competency'), rather
    than naming something, as a level's header does ('SDR')."""
    return bool(_header_words(title) & (_BESIDE_LEVELS | _ABOUT_THE_ROW))


def _header_words(title: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", title)}


def _filled(row: Row, column: int) -> bool:
    return column < len(row.cells) and not row.cells[column].empty


def _mean_words(cells: list[Cell]) -> float:
    return sum(len(c.joined().split()) for c in cells) / max(len(cells), 1)


def _column_cells(rows: list[Row], column: int) -> list[Cell]:
    return [r.cells[column] for r in rows if _filled(r, column)]


def _levels_rows(rows: list[Row], named: set[int]) -> tuple[list[Row], float]:
    """The rows of the table's body that the levels' columns fill, and half
    the words the levels' cells hold on average: cells shorter than that
    hold something else than statements (names, short values)."""
    described = [r for r in rows[1:] if not r.header and any(_filled(r, i) for i in named)]
    return described, _mean_words([r.cells[i] for r in described for i in named if _filled(r, i)]) / 2


def _first_level_column(rows: list[Row], titles: list[tuple[int, str]], levels: list[tuple[int, str]]) -> int:
    """Where the levels' columns start, where the user says the header names
    them whatever their names: at the first column that names a level the
    import knows, or before it, back to the columns that name the rows,
    whose headers say so ('Competency', 'Area', 'Description') or whose
    cells are names ('Data modelling'), shorter than the levels' statements
    (Skill | Awareness | Working | Practitioner | Expert)."""
    start = levels[0][0]
    described, wordy = _levels_rows(rows, {i for i, _ in levels})
    for index, title in reversed([(i, t) for i, t in titles if i < start]):
        names_rows = _mean_words(_column_cells(described, index)) < wordy
        if names_rows or _header_words(title) & (_BESIDE_LEVELS | _ABOUT_THE_ROW):
            break
        start = index
    return start


#: The most words, on average, of a level's cells that are short statements ('Books meetings').
_SHORT_STATEMENT = 4


def _columns_like_levels(rows: list[Row], titles: list[tuple[int, str]],
                         levels: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header's columns that name no level the import knows
    ('Associate | Trailblazer | Expert') but read as levels: a short name,
    not a word of notes or examples, over cells that hold statements as long
    as the levels' (half their words or more) in the rows the levels'
    columns fill, and in no other row, as fully as the emptiest level's
    column. At least half the header's columns name levels, so the others
    that hold the same are levels too, in the written order: after the
    first level's column, and before it those next to it, back to the
    columns that name the rows, where one of those holds short names
    ('Data modelling' under 'Skill', before 'Explorer | Builder | Advanced |
    Expert', the first two names the import does not know)."""
    named = {i for i, _ in levels}
    body = [r for r in rows[1:] if not r.header]
    described, wordy = _levels_rows(rows, named)
    fewest = min(sum(1 for r in described if _filled(r, i)) for i in named)

    def said(cells: list[Cell]) -> int:
        return sum(1 for c in cells if _statement_like(c) or says_not_applicable(c))

    # A level's cell may read as a value ('Expert' among 'Closes deals', 'Complex closes'): a column is
    # like the levels' where as many of its cells say what someone does as in the least such level's.
    least = min(said(cells) / len(cells) for i in named if (cells := _column_cells(described, i)))

    def like_a_level(index: int, title: str) -> bool:
        words = _header_words(title)
        if not words or words & _BESIDE_LEVELS or len(title.split()) > 4 or title.rstrip()[-1:] in ".!?:;,":
            return False
        cells = _column_cells(described, index)
        if len(cells) < max(fewest, 1) or any(_filled(r, index) for r in body if r not in described):
            return False
        # A column of short values ('Platform team') beside sentences holds something else.
        return said(cells) >= least * len(cells) and 2 * said(cells) > len(cells) and _mean_words(cells) >= wordy

    after = [(i, t) for i, t in titles if i > min(named) and i not in named and like_a_level(i, t)]
    before: list[tuple[int, str]] = []
    for index, title in reversed([(i, t) for i, t in titles if i < min(named)]):
        # Cells twice as long as the levels' or more define the row ('The ability to ...'), as a
        # description does: a row's statements are about as long at each level.
        if _header_words(title) & _ABOUT_THE_ROW or not like_a_level(index, title) \
                or _mean_words(_column_cells(described, index)) > 4 * wordy:
            break
        before.insert(0, (index, title))
    names = [_column_cells(described, i) for i in range(before[0][0])] if before else []
    # The rows' names are shorter than the levels' statements: half their words where those are
    # sentences; where the levels' cells are a few words each ('Books meetings', 'Closes deals'),
    # fewer words than theirs ('Closing').
    if not any(cells and all(len(c.joined().split()) <= 6 for c in cells)
               and _mean_words(cells) < (2 * wordy if 2 * wordy <= _SHORT_STATEMENT else wordy)
               for cells in names):
        before = []  # no column of the rows' names before them: they may be the rows' descriptions
    return before + after


def _numbered_by(header: Cell) -> str | None:
    """The word a column's header names levels by ('Level', 'Grade'), for
    a column that gives them as bare numbers ('Level/Skill' above 1, 2, 3)."""
    word = re.match(r"\W*([A-Za-z]+)", header.joined())
    # A word of levels reads as its initial and the number ('Level 1' is L1);
    # a code of its own ('ID 1' is ID1) is something else that is numbered.
    if word is None:
        return None
    if word.group(1).casefold() in RUNG_WORDS and normalise(unwrap(header.joined())).casefold() == word.group(1).casefold():
        return word.group(1).title().removesuffix("s")  # 'Milestone' over 1, 2, 3: Milestone 1 ...
    if level_code(f"{word.group(1)} 1") != f"{word.group(1)[0].upper()}1":
        return None
    return word.group(1).title()


@dataclass(frozen=True)
class _StatementColumns:
    """The columns of a table of one statement per row: which holds the
    statement, which names its competency, and which its dimension."""

    statement: int
    competency: int
    dimension: int | None = None
    #: A column of the levels' titles beside their codes (Level | Title | Competency | Expectation).
    title: int | None = None
    #: Columns of the rows' properties, as a database's export writes them ('Tags', 'Created time').
    properties: tuple[int, ...] = ()
    #: Columns that only repeat two others, by column: the two it joins ('Name' = 'Competency – Level').
    repeats: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    #: The column of the row's statement's examples ('Examples', 'Evidence'), if any.
    examples: int | None = None
    #: Columns of a value of each row ('Weight', 'Required?', 'Target proficiency'): no statements.
    values: tuple[int, ...] = ()
    #: Columns that describe what another column names ('Competency description' beside
    #: 'Competency', 'Level description'), each the column it describes: None where that is
    #: no column of the table (a 'Framework description' the same on every row).
    descriptions: Mapping[int, int | None] = field(default_factory=dict)
    #: A column of names finer than the competency's (Section | Subsection | Criteria): each
    #: names what its row's statement is about, its label ('Quality: ...'); blank on the rows
    #: that write the competency's own statement.
    criterion: int | None = None


#: What a column that joins two others parts them with ('Code quality – E3', 'Delivery: E4').
_JOINING_MARKS = frozenset("- – — : / | , · •".split())


def repeating_columns(rows: list[Row]) -> dict[int, tuple[int, ...]]:
    """The columns whose every cell only joins the cells of two or more
    other columns of its row, in their order, with the same mark (or none)
    between them on each row: a database's primary field made of others
    ('Code quality – E3' beside 'E3' and 'Code quality', as Airtable's
    formula names a row), or a spreadsheet's key formula gluing them
    ('Junior DeveloperENGINEERING CRAFTWriting Code' of Level, Section and
    Subsection, a blank one left out), which says nothing of its own. By
    column, the columns it joins, in the order it names them."""
    filled = [r for r in rows if any(not c.empty for c in r.cells)]
    width = max((len(r.cells) for r in filled), default=0)
    found: dict[int, tuple[int, ...]] = {}
    if len(filled) < 2:
        return found
    texts = [[normalise(unwrap(c.joined())) if not c.empty else "" for c in r.cells] + [""] * (width - len(r.cells))
             for r in filled]
    for column in range(width):
        if any(not said[column] for said in texts):
            continue
        pair = _joins_two(texts, column, width)
        joined = pair if pair is not None else _glues(texts, column, width)
        if joined is not None:
            found[column] = joined
    return found


def _joins_two(texts: list[list[str]], column: int, width: int) -> tuple[int, int] | None:
    """The two columns a column joins on every row with one mark, in the
    order it names them ('Competency – Level': either order)."""
    for first in range(width):
        for second in range(width):
            if len({column, first, second}) < 3:
                continue
            marks = set()
            for said in texts:
                whole, a, b = said[column], said[first], said[second]
                if not (a and b and len(whole) > len(a) + len(b) and whole.startswith(a) and whole.endswith(b)):
                    break
                marks.add(whole[len(a):len(whole) - len(b)])
            else:
                if len(marks) == 1 and next(iter(marks)).strip() in _JOINING_MARKS:
                    return first, second
    return None


def _glues(texts: list[list[str]], column: int, width: int) -> tuple[int, ...] | None:
    """The columns, two or more, left to right, whose filled cells a column
    writes one after another on every row, with one mark between them or
    none: a key formula (``=A2&B2&C2``) that a blank cell adds nothing to."""
    parts = tuple(j for j in range(width) if j != column and any(said[j] for said in texts)
                  and all(said[j] in said[column] for said in texts if said[j]))
    if len(parts) < 2:
        return None
    for mark in ("", " ", *(f"{m} " if m == "," else f" {m} " for m in _JOINING_MARKS)):
        if all(said[column] == mark.join(said[j] for j in parts if said[j]) for said in texts) and \
                any(sum(1 for j in parts if said[j]) >= 2 for said in texts):
            return parts
    return None


def _statement_columns(header: Row, rows: list[Row], level_column: int, several: bool,
                       repeats: Mapping[int, tuple[int, ...]] = {}) -> _StatementColumns | None:
    """Read a table of one statement per row (Level | Competency |
    Expectation, Level | Dimension | Competency | Behaviour): a level names
    several rows (``several``), or the header names a column of competencies; the last
    column of sentences holds the statements, the one or two columns of
    short names beside the level's name their competency and dimension."""
    # A database's export (Notion's, Airtable's) adds its rows' properties: no part of the ladder.
    properties = tuple(i for i, c in enumerate(header.cells)
                       if i != level_column and not c.empty and _records_keeping(c, _column_values(rows, i)))
    # What the header says a column holds (``column_role``): the statement's examples, or a
    # value of the row ('30%', 'Yes', 'Proficient'), as an HR tool's export adds beside the statements.
    roles = {i: column_role(normalise(unwrap(c.joined()))) for i, c in enumerate(header.cells) if not c.empty}
    values = tuple(i for i, c in enumerate(header.cells)
                   if i != level_column and not c.empty and i not in properties and i not in repeats
                   and (roles[i] == "value" or _holds_values(rows, i)))
    examples = next((i for i, role in roles.items() if role == "examples" and i != level_column
                     and i not in properties and i not in repeats and i not in values), None)
    described = {i: target for i, role in roles.items() if role == "summary" and i != level_column
                 and i not in properties and i not in repeats and i not in values
                 and (target := _described_column(header, rows, i)) != i}
    others = [i for i, c in enumerate(header.cells) if i != level_column and not c.empty and i not in properties
              and i not in repeats and i not in values and i != examples and i not in described]
    found = _statement_columns_of(header, rows, others, several, properties)
    if found is not None and any(target not in (found.competency, found.dimension, found.title, level_column, None)
                                 for target in described.values()):
        # A description of something else the rows name is no description the ladder has a place for.
        described = {}
        others = [i for i, c in enumerate(header.cells) if i != level_column and not c.empty and i not in properties
                  and i not in repeats and i not in values and i != examples]
        found = _statement_columns_of(header, rows, others, several, properties)
    if found is None:
        return None
    return replace(found, repeats=dict(repeats), examples=examples, values=values, descriptions=described)


def _described_column(header: Row, rows: list[Row], column: int) -> int | None:
    """What a column headed as a description ('Competency description',
    'Level description', 'Description') describes, in a table of one
    statement per row: the column its header names ('Competency'), or for a
    bare 'Description' the column on its left, where each name there has
    one description (said again on each of its rows); None for one the
    table has no column of ('Framework description', its column set aside
    as the rows' track), its cells all the same; ``column`` itself where it
    describes nothing the table names (each row's own text)."""
    said = _HEADER_WORDS.findall(normalise(unwrap(header.cells[column].joined())).casefold())
    named = " ".join(said[:-1])
    headers = {i: " ".join(_HEADER_WORDS.findall(normalise(unwrap(c.joined())).casefold()))
               for i, c in enumerate(header.cells) if i != column and not c.empty}
    target = next((i for i, h in headers.items() if h == named), None) if named else \
        column - 1 if column - 1 in headers else None
    texts = [normalise(unwrap(c.joined())) for r in rows if (c := cell_at(r, column)) is not None and not c.empty]
    if target is None:
        return None if named and len(texts) >= 2 and len(set(texts)) == 1 else column
    each: dict[str, set[str]] = {}
    for row in rows:
        name, text = cell_at(row, target), cell_at(row, column)
        if name is not None and not name.empty and text is not None and not text.empty:
            each.setdefault(normalise(unwrap(name.joined())).casefold(), set()).add(normalise(unwrap(text.joined())))
    return target if each and all(len(texts) == 1 for texts in each.values()) else column


_HEADER_WORDS = lazy(r"[\w'’]+")


def _holds_values(rows: list[Row], column: int) -> bool:
    """Whether every filled cell of a column is a value, not text: a number or
    share ('30%', '3'), a yes or no ('Yes', '✓'), a proficiency ('Proficient'),
    a rating ('High', 'Very high')."""
    values = [normalise(unwrap(t)).strip() for t in _column_values(rows, column)]
    return bool(values) and all(not any(ch.isalpha() for ch in t) or t.casefold() in _VALUES
                                or proficiency(t) is not None or rating(t) for t in values)


def _column_values(rows: list[Row], column: int) -> list[str]:
    """The words of a column's cells that hold any."""
    return [r.cells[column].joined() for r in rows if column < len(r.cells) and not r.cells[column].empty]


def _records_keeping(header: Cell, values: list[str]) -> bool:
    """Whether a column keeps each row's record, as a database's export adds
    ('Tags', 'Last modified time'), or holds only dates: no competency, no dimension."""
    return is_page_property(normalise(unwrap(header.joined()))) or bool(values) and all(map(is_timestamp, values))


#: A column's header that says it names each row's track.
_TRACK_HEADERS = frozenset({"track", "tracks", "career track", "career path", "path", "job family", "role family",
                            "family", "ladder", "discipline", "framework"})


def _statement_columns_of(header: Row, rows: list[Row], others: list[int], several: bool,
                          properties: tuple[int, ...]) -> _StatementColumns | None:
    """``_statement_columns`` among the columns ``others``."""

    def cells(column: int) -> list[Cell]:
        return [r.cells[column] for r in rows if column < len(r.cells) and not r.cells[column].empty]

    def words(column: int) -> float:
        found = cells(column)
        return sum(len(c.joined().split()) for c in found) / max(len(found), 1)

    def sentences(column: int) -> bool:
        return bool(cells(column)) and sum(1 for c in cells(column) if _statement_like(c)) * 2 >= len(cells(column))

    def repeats(column: int) -> bool:
        """Whether the column's cells repeat as names do (each said over several rows), not as
        statements do (a level's statement said again at the next level, now and then)."""
        return len({normalise(c.joined()) for c in cells(column)}) * 2 <= len(cells(column))

    # The statements are the last column of sentences; but where its cells repeat (names: a
    # database's export names each row by its statement in its 'Name' column, first), the column
    # of longer sentences that do not.
    statement = others[-1] if others and sentences(others[-1]) else None
    if statement is None or repeats(statement):
        shortest = words(statement) if statement is not None else 0.0
        longer = [i for i in others if sentences(i) and not repeats(i) and words(i) > shortest]
        statement = max(longer, key=lambda i: (words(i), i)) if longer else statement
    if statement is None:
        return None
    titled = next((i for i in others if i < statement and {w.casefold() for w in re.findall(
        r"\w+", header.cells[i].joined())} & {"title", "titles", "role", "roles", "name"}), None)
    others = [i for i in others if i != titled]
    if not 2 <= len(others) <= 4:
        return None
    names = [i for i in others if i != statement]
    if any(not cells(i) or words(i) > 5 or words(i) * 2 > words(statement) for i in names):
        return None
    header_words = {w.casefold() for i in names for w in re.findall(r"\w+", header.cells[i].joined())}
    repeated = any(len({normalise(c.joined()) for c in cells(i)}) < len(cells(i)) for i in names)
    if not several and not (header_words & COMPETENCY_WORDS and repeated):
        return None  # a row per level, its columns competencies ('Level | Area | Impact' of scopes, not names)
    if len(names) == 1:
        return _StatementColumns(statement, names[0], title=titled, properties=properties)
    # The dimension is the column with the fewest names (its names repeat over its competencies');
    # of three (Section | Subsection | Criteria), the one with the most names is finer than the
    # competency: each of its names labels its row's statement.
    coarse = sorted(names, key=lambda i: (len({normalise(c.joined()) for c in cells(i)}), i))
    return _StatementColumns(statement, coarse[1], dimension=coarse[0], title=titled, properties=properties,
                             criterion=coarse[2] if len(coarse) == 3 else None)


def cell_at(row: Row, column: int | None) -> Cell | None:
    return row.cells[column] if column is not None and column < len(row.cells) else None


def level_cell(row: Row, index: int, level_columns: AbstractSet[int]) -> Cell | None:
    """What a row says at the level of column ``index``: its cell there, or
    the cell of another level's column to its left that spans it (HTML
    ``colspan``, a spreadsheet's cells merged across levels, the last of
    which a row may leave out), which says the same of each level it covers."""
    own = row.cells[index] if index < len(row.cells) else None
    if own is not None and not own.covered:
        return own
    return next((c for i, c in enumerate(row.cells[:index])
                 if not c.covered and i in level_columns and index < i + c.columns), own)
