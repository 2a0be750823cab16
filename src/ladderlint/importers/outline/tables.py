"""The table layouts: levels-as-columns, proficiency-matrix and levels-as-rows.

``TableReader.matrices`` collects the tables that are the ladder (see
``table_shapes``); ``tables`` reads them, table after table, sorting them
into tracks where their levels do not overlap and going on with a table right
under another (``_tracks``, ``_goes_on``, ``_another_track``). Then
``columns_table`` reads a row per competency and a cell per level (for the
proficiency matrix too), ``rows_table`` a row per level and a column per
competency, and ``statement_rows`` a table of one statement per row.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..blocks import (
    Block, Cell, Heading, Item, Other, Paragraph, Row, Table, is_page_property, is_timestamp, paragraphs_text,
)
from ..cells import tick
from ..document import (
    COLUMN_HEADER, ImportedCell, ImportedCompetency, ImportedDimension, ImportedDocument, ImportedLevel,
    ImportedStatement, described_under,
)
from ...text import name_key, only_links, strip_markdown, unaccented
from ...vocabulary import (
    EXAMPLE_WORDS, a_figure, by_proficiency, column_role, labels_experience, ladder_order, level_code, level_key,
    proficiency, rating, title_without_code,
)
from ..textutil import (
    lists_what_to_avoid, is_level_name, is_title_like, normalise, numbered_roles, opens_with_a_deed, reads_as_sentence,
    role_keys,
    role_of, rung_among, same_level, spanned_code, track_key, unwrap, without_decoration, written_in_title_case,
)
from .helpers import (
    AVOIDED, heading_text, LEVELS, name_and_description, names_a_description, names_the_ladder, names_the_levels,
    says_not_applicable,
    PORTRAIT_LABELS, SUMMARY_HEADINGS, track_named,
)
from .reader import HEADING_NAMES, Reader
from .table_shapes import (
    cell_at, CODE_ALONE, COLUMN_LAYOUTS, competency_names, content_cells, content_column_count, labelled_level, level_cell,
    level_left_out,
    Matrix, names_references, says_what_it_holds,
    below_the_scale, naming_columns, numbered_scale, numbered_step, numbered_text, proficiency_named, proficiency_range, table_matrix, text_kinds, TITLE_ROW_LABELS,
)
from ...patterns import lazy


def _title_row(rows: list[Row], levels: list[tuple[int, str]]) -> tuple[dict[int, tuple[str, str]], bool]:
    """The levels' titles and ids, by column, where the header gives their
    codes ('L1 | L2 | L3') and the row under it their titles ('Associate |
    Engineer | Senior'): short names in every level's column, half of them
    or more naming a level, beside no competency's name; or the other way
    round, titles over a row of codes alone. Whether the codes are above."""
    body = [row for row in rows[1:] if any(not c.empty for c in row.cells)]
    if len(body) < 2:
        return {}, False
    row = body[0]
    first = min(index for index, _ in levels)
    label = " ".join(unwrap(c.joined()) for c in row.cells[:first] if not c.empty).strip().casefold().rstrip(":")
    if label and label not in TITLE_ROW_LABELS:
        return {}, False
    below = {}
    for index, _ in levels:
        cell = cell_at(row, index)
        below[index] = normalise(unwrap(cell.joined())) if cell is not None and not cell.bullets else ""
    codes_above = all(level_code(title) for _, title in levels)
    if codes_above:
        # A title left blank here and there ('Junior | Mid | | Staff'): that level's code is its title.
        written = [text for text in below.values() if text]
        if len(written) < 2 or len(written) * 2 <= len(below) or \
                any(not is_title_like(text) or len(text.split()) > 5 for text in written) or \
                sum(1 for text in written if is_level_name(text)) * 2 < len(written):
            return {}, False
        return {index: (below[index] or (level_code(title) or title), level_code(title) or title)
                for index, title in levels}, True
    # Titles above a row of codes alone ('Junior | Mid | Senior' over 'L1 | L2 | L3').
    if all(CODE_ALONE.fullmatch(text) and level_code(text) for text in below.values()):
        return {index: (title, level_code(below[index]) or below[index]) for index, title in levels}, False
    return {}, False


def _names_a_summary(cell: Cell | None) -> bool:
    """A table's header or row name that says its cells sum up a level or
    describe a competency: 'Summary', 'Description', 'Overview'."""
    return cell is not None and normalise(unwrap(cell.joined())).casefold() in SUMMARY_HEADINGS


def _names_a_level_summary(cell: Cell) -> bool:
    """A header of a table of levels as rows that says its column sums up
    each level: 'Summary', 'Description', or one that says whose ('Level
    description', 'Role summary', 'Job description') or how much of it
    ('General description', 'Descrição Geral')."""
    if _names_a_summary(cell) or names_a_description(cell.joined()):
        return True
    said = re.findall(r"[\w'’]+", normalise(unwrap(cell.joined())).casefold())
    return column_role(" ".join(said)) == "summary" and len(said) >= 2 and set(said[:-1]) <= LEVELS | _JOB_WORDS


def _portrait(label: str, cells: list[Cell]) -> bool:
    """Whether a row of a table of levels as columns, before its
    competencies, draws each level in a sentence or a few under a label that
    says so ('Role', 'Who you are'): the levels' summaries."""
    return label.casefold().rstrip(":?") in PORTRAIT_LABELS and len(cells) >= 2 and all(
        not c.bullets and len(normalise(unwrap(c.joined())).split()) >= 6 for c in cells)


def _tags(cells: list[Cell], level_count: int) -> bool:
    """Whether a row before a table's competencies gives every level a tag
    of a few words in title case, each its own ('Guideline | Foundational
    Learning | Emerging Independence | Confident Execution'): what the level
    is called, no behaviour; not proficiencies ('Advanced Beginner')."""
    texts = [normalise(unwrap(c.joined())) for c in cells]
    return len(texts) == level_count >= 3 and len({t.casefold() for t in texts}) == len(texts) and all(
        not c.bullets and len(c.lines) == 1 for c in cells) and all(
        len(t.split()) <= 4 and is_title_like(t) and written_in_title_case(t) and proficiency(t) is None
        and not any(ch.isdigit() for ch in t) for t in texts)


def _fact_label(cells: list[Cell]) -> str | None:
    """The one label every cell of a row opens with ('Scale: Features |
    Scale: End-to-End', 'Role: Support | Role: Partner, Lead'): a fact of
    each level the row says under that label; None where the cells do not
    all open with one label."""
    labels: dict[str, str] = {}
    for cell in cells:
        said = normalise(unwrap(cell.joined()))
        found = _FACT.match(said)
        if found is None or cell.bullets or not said[found.end():].strip():
            return None
        label = found.group().strip().rstrip(":").strip()
        labels.setdefault(label.casefold(), label)
    return next(iter(labels.values())) if len(cells) >= 2 and len(labels) == 1 else None


def _own_level_labels(said_at: list[tuple[ImportedLevel, Cell]]) -> list[str] | None:
    """What each cell of a row says after a label that names its own level
    ('Level 1 (Foundational): Basic awareness ...' under '1-Foundational',
    'Level 2 (Intermediate): Working knowledge ...' under '2-Intermediate'):
    the level drawn in its own words, a cell per level; None where a cell
    opens with no label, or with one that names no level's or another's."""
    def parts(text: str) -> set[str]:
        return set(re.findall(r"[^\W_]+", unaccented(text).casefold())) - {"level", "nivel", "niveau", "stufe"}

    found: list[str] = []
    for level, cell in said_at:
        said = normalise(unwrap(cell.joined()))
        label = _FACT.match(said)
        rest = said[label.end():].strip() if label is not None else ""
        if label is None or cell.bullets or not rest:
            return None
        named, title = parts(label.group().rstrip(": ")), parts(level.title)
        if not named or not title or not (named <= title or title <= named):
            return None
        found.append(rest)
    return found if len(said_at) >= 2 else None


#: Words that name a level as a job ('Job description', 'Position summary').
_JOB_WORDS = frozenset("job position".split())


def _one_word_values(cells: list[Cell]) -> bool:
    """Whether a column's cells each hold one word ('Task', 'Feature',
    'Organisation' under 'Scope') or a rating ('Low', 'Very high', 'Muito
    alta' under 'Autonomy'), two or more of them: a value of each level's
    row, which says how far or how much, not what the level does. Not
    proficiencies ('Beginner'), which rate the level, nor names of levels."""
    texts = [normalise(unwrap(c.joined())) for c in cells]
    return len(texts) >= 2 and all(len(c.lines) == 1 and not c.bullets for c in cells) and all(
        rating(t) or len(t.split()) == 1 and t.isalpha() and proficiency(t) is None and not is_level_name(t)
        for t in texts)


#: A labelled fact about a level ('Years of experience: Typically 0-2').
_FACT = lazy(r"[^:.!?]{1,40}:\s")


def _cell_heads(cell: Cell) -> list[int]:
    """The lines of a cell that head the bullets after them: short, not
    bullets, followed by a bullet ('Domain Expertise' over its list)."""
    lines = cell.lines
    return [i for i, line in enumerate(lines) if not line.bullet and i + 1 < len(lines) and lines[i + 1].bullet
            and is_title_like(unwrap(line.text))]


def _cell_group_names(cells: list[Cell]) -> set[str]:
    """The names that head groups of bullets inside the cells, in two cells
    or more (every level's cell groups its statements by competency), as
    name keys."""
    counts: Counter[str] = Counter()
    for cell in cells:
        counts.update({name_key(unwrap(cell.lines[i].text)) for i in _cell_heads(cell)})
    return {name for name, n in counts.items() if n >= 2 and name}


def _cell_groups(cell: Cell, names: set[str]) -> list[tuple[str | None, Cell]]:
    """A cell cut at the lines that head a group of its bullets (``names``):
    (the group's name, or None before the first, and its lines)."""
    heads = [i for i in _cell_heads(cell) if name_key(unwrap(cell.lines[i].text)) in names]
    if not heads:
        return [(None, cell)]
    out: list[tuple[str | None, Cell]] = []
    if heads[0] > 0:
        out.append((None, Cell(cell.lines[: heads[0]], cell.line)))
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(cell.lines)
        out.append((cell.lines[i].text, Cell(cell.lines[i + 1 : end], cell.line)))
    return out


def _level_rows(rows: list[Row], first: int, column: int, level_rows: set[int]) -> list[Row]:
    """The rows of the level whose row is ``first``: that row, and those
    below it that its level's cell spans (a summary row, then a row of
    statements, as HTML ``rowspan`` draws one level), up to the next level."""
    end = first + 1
    while end < len(rows) and end not in level_rows and column < len(rows[end].cells) \
            and rows[end].cells[column].covered:
        end += 1
    return rows[first:end]


def _goes_on(earlier: Matrix, later: Matrix) -> bool:
    """Whether ``later`` goes on with the levels of the table right before it,
    as a table too large for the page is split in two (L1-L3, then L4-L6): no
    heading between them, the same competencies, and levels of the same role
    (or of none) that their names place above the earlier table's (L4 above L3;
    Staff and Principal above Senior), never beside them (an IC ladder and a
    manager ladder: IC1 ..., M1 ...)."""
    if later.path != earlier.path or later.layout != earlier.layout:
        return False
    mine, theirs = competency_names(earlier), competency_names(later)
    if not theirs or len(mine & theirs) * 2 < len(theirs):
        return False
    lower, higher = ([normalise(t) for _, t in m.levels] for m in (earlier, later))
    # The later half may leave the role out ('Staff', 'Principal' after 'Senior Engineer'), never name another.
    if not {track_key(r) for r in map(role_of, higher) if r} <= {track_key(r) for r in map(role_of, lower) if r}:
        return False
    roles = role_keys(lower + higher)
    return all(rung_among(low, "", roles).before(rung_among(high, "", roles)) is True
               for low in lower for high in higher)


def _known_level(levels: list[ImportedLevel], title: str) -> ImportedLevel | None:
    """The level of ``levels`` (another table's) that ``title`` names, with or
    without a note in brackets (``same_level``). It keeps the fuller title,
    note and all: the note says what the level is, and no text is lost."""
    level = next((lv for lv in levels if same_level(lv.title, title)), None)
    if level is not None and len(level_key(title)) > len(level_key(level.title)):  # a note, not a full stop
        level.title = normalise(title)
    return level


def _track_column(matrix: Matrix) -> str | None:
    """The header of the column that names the rows' tracks, if the table has one."""
    return matrix.table.track_header if matrix.track_name is not None else None


def _by_track(matrix: Matrix) -> list[Matrix]:
    """A table whose column names each row's track ('Track | Level |
    Competency | Expectation', 'Track | Competency | L1 | L2'): a table per
    track, of the header and that track's rows."""
    table = matrix.table
    if table.track_header is None:
        return [matrix]
    named = dict(matrix.levels)
    parts: dict[str, list[int]] = {}  # track -> the indexes of its rows in the table
    for index, row in enumerate(table.rows[1:], start=1):
        if row.track is not None and not all(c.empty for c in row.cells):
            parts.setdefault(row.track, []).append(index)
    if len(parts) < 2:
        return [replace(matrix, track_name=next(iter(parts), None))]
    out = []
    for name, indexes in parts.items():
        rows = [table.rows[0]] + [table.rows[i] for i in indexes]
        # The levels of a table of levels as rows are its rows; of levels as columns, its columns.
        levels = [(n, named[i]) for n, i in enumerate(indexes, start=1) if i in named] \
            if matrix.layout == "levels-as-rows" else matrix.levels
        part = replace(table, rows=rows, line=rows[1].line, last=rows[-1].line)
        listed = {n: matrix.listed[i] for n, i in enumerate(indexes, start=1) if i in matrix.listed}
        out.append(replace(matrix, table=part, levels=levels, track_name=name, listed=listed))
    return out


def _another_track(earlier: Matrix, later: Matrix) -> bool:
    """Whether two tables under headings of their own ('## Backend', '##
    Frontend') are the ladders of two tracks, though they name the same
    levels (Junior, Mid, Senior): they name the same competencies too, half
    or more of them, and one framework's dimensions never share a competency."""
    if earlier.heading is None or later.heading is None or earlier.heading is later.heading:
        return False
    if name_key(earlier.heading.text) == name_key(later.heading.text):
        return False  # one heading said again: the same section of the ladder, split
    if any(m.layout == "levels-as-rows" and m.per_statement is None
           and (content_column_count(m) == 1 or text_kinds(m) is not None) for m in (earlier, later)):
        return False  # a table per competency: its columns say what their text is (Summary | Signals), alike
    mine, theirs = competency_names(earlier), competency_names(later)
    return len(mine) >= 2 and len(theirs) >= 2 and len(mine & theirs) * 2 >= min(len(mine), len(theirs))


def _tracks(matrices: list[Matrix], headings_are_dimensions: bool = False) -> list[tuple[list[Matrix], str | None]]:
    """Tables whose levels overlap are one track, unless they repeat each
    other's competencies under headings of their own (``_another_track``)
    that the user does not call dimensions;
    tables that share no level are different tracks, named after the
    shallowest heading above them that the others do not share."""
    if any(m.track_name is not None for m in matrices):
        named: dict[str | None, list[Matrix]] = {}
        for matrix in matrices:  # a table's column of tracks: a ladder per name, in the table's order
            named.setdefault(matrix.track_name, []).append(matrix)
        return [(members, name) for name, members in named.items()]
    groups: list[tuple[list[Matrix], list[str]]] = []
    for n, matrix in enumerate(matrices):
        titles = [t for _, t in matrix.levels]
        for members, seen in groups:
            if not headings_are_dimensions and any(_another_track(member, matrix) for member in members):
                continue
            # A level one table adds a note to ('Engineer I (core contributor)') is the others' 'Engineer I'.
            if any(same_level(t, s) for t in titles for s in seen) \
                    or n and members[-1] is matrices[n - 1] and _goes_on(matrices[n - 1], matrix):
                members.append(matrix)
                seen.extend(titles)
                break
        else:
            groups.append(([matrix], titles))
    if len(groups) == 1:
        return [(groups[0][0], None)]
    out: list[tuple[list[Matrix], str | None]] = []
    for members, _ in groups:
        common = [h for h in members[0].path if all(h in m.path for m in members)]
        others = [h for g, _ in groups if g is not members for m in g for h in m.path]
        own = [h for h in common if h not in others and not any(h is m.heading for m in members if m.layout != "levels-as-rows")]
        name = track_named(heading_text(own[0])) if own else None
        if own:
            members = [replace(m, track_heading=own[0]) for m in members]
        if name is None and len(members) == 1 and members[0].heading is not None and members[0].heading not in others:
            # A track's one table under its heading (## Individual Contributor, ## Manager; a
            # workbook's sheet per track): the heading names the track, not a dimension.
            name = track_named(heading_text(members[0].heading))
            members = [replace(members[0], heading=None, track_heading=members[0].heading)]
        out.append((members, name))
    return out


@dataclass(frozen=True)
class _NameColumns:
    """The columns before the levels' columns: which holds the competency,
    which the dimension (group) it belongs to, which a description of it."""

    competency: int | None
    dimension: int | None = None
    description: int | None = None

    @property
    def used(self) -> set[int]:
        return {c for c in (self.competency, self.dimension, self.description) if c is not None}


def _name_columns(rows: list[Row], first_level: int, header: Row | None = None) -> _NameColumns:
    """Read the columns before the levels' (Area | Competency | L1 | L2 ...).

    One column names the competency. Of two, the second is a description
    when its header says so (*Description*, *Summary*, *Overview*) or it holds
    sentences rather than names; else the first is a group when its names
    repeat or are left blank below a name (merged cells) while the second's
    do not. Of three, the third so described describes the competency the
    second names, in the group the first names (Area | Competency |
    Description). Further columns are reported."""
    if first_level <= 0:
        return _NameColumns(None)
    if first_level == 1:
        return _NameColumns(0)

    def texts(column: int) -> list[str]:
        return [row.cells[column].joined() if column < len(row.cells) else "" for row in rows
                if any(not c.empty for c in row.cells)]

    def describes(column: int) -> bool:
        if header is not None and _names_a_summary(cell_at(header, column)):
            return True
        described = [t for t in texts(column) if t]
        return bool(described) and sum(len(t.split()) for t in described) / len(described) > 8

    if first_level >= 3 and describes(2) and not describes(1):
        return _NameColumns(1, dimension=0, description=2)
    first, second = texts(0), texts(1)
    if describes(1):
        return _NameColumns(0, description=1)
    named = [t for t in first if t]
    if len(set(named)) < len(first) and len(set(second)) >= len(set(named)):
        return _NameColumns(1, dimension=0)
    if len(set(named)) == len(first):
        return _NameColumns(0, description=1)
    return _NameColumns(1, dimension=0)


def _a_name(text: str) -> bool:
    """Whether a cell alone in its row reads as a name (a competency's, a
    group's), not a note: a few words, no sentence, no label."""
    return 0 < len(text.split()) <= 6 and not reads_as_sentence(text) and not text.rstrip().endswith((".", ":")) \
        and ":" not in text


def _named_levels(matrix: Matrix) -> list[str]:
    """The titles of a table's levels as its layout line names them, a level
    of many rows once; in a table of a row per level, rows whose level cells
    differ are levels apart though their titles are one ('Level 1, Title:
    Software Engineer' and 'Level 2, Title: Software Engineer'), and a
    blank level cell is the one above again."""
    if matrix.layout != "levels-as-rows" or matrix.per_statement is not None:
        return list(dict.fromkeys(normalise(t) for _, t in matrix.levels))
    keys: dict[tuple[str, str], str] = {}
    cell = ""
    for row, title in matrix.levels:
        cells = matrix.table.rows[row].cells if row < len(matrix.table.rows) else []
        said = normalise(cells[matrix.level_column].joined()) if matrix.level_column < len(cells) else ""
        cell = said or cell
        keys.setdefault((name_key(title), cell), normalise(title))
    return list(keys.values())


class TableReader(Reader):
    """Reads the table layouts: levels-as-columns, proficiency-matrix and levels-as-rows."""

    # --- tables that are the ladder -------------------------------------------

    def matrices(self, blocks: list[Block]) -> list[Matrix]:
        """The tables that are the ladder. Where the user says the levels are
        a table's columns or rows, the largest table read so is the ladder,
        with the tables that name its levels or its competencies (a ladder
        too wide for one table), not a glossary or a mapping beside it."""
        found: dict[str | None, list[Matrix]] = {None: [], self.steering.layout: []}
        path: list[Heading] = []
        scale = numbered_scale(self.outline.blocks)  # '1 - Novice' ... that a skills matrix rates by
        for block in blocks:
            if isinstance(block, Heading):
                while path and path[-1].depth >= block.depth:
                    path.pop()
                path.append(block)
            elif isinstance(block, Table) and not block.in_item:
                for layout in found:
                    matrix = table_matrix(block, path[-1] if path else None, list(path), layout, scale)
                    if matrix is not None:
                        found[layout].append(matrix)
        forced = found[self.steering.layout]
        if self.steering.layout not in (*COLUMN_LAYOUTS, "levels-as-rows") or not forced:
            return found[None]
        largest = max(forced, key=content_cells)
        names = {name_key(title) for _, title in largest.levels}
        competencies = competency_names(largest)
        return [m for m in forced if {name_key(title) for _, title in m.levels} == names
                or len(competency_names(m) & competencies) * 2 > len(competency_names(m))]

    def tables(self, matrices: list[Matrix]) -> list[ImportedDocument]:
        documents: list[ImportedDocument] = []
        headings = [b for b in self.outline.blocks if isinstance(b, Heading)]
        title = self.title_heading(headings)
        real = [h for h in headings if not h.bold]
        if title is None and real and real[0] is headings[0] and \
                sum(1 for h in real if h.depth <= real[0].depth) == 1 and \
                all(self.outline.blocks.index(real[0]) < self.outline.blocks.index(m.table) for m in matrices):
            title = real[0]  # the one heading over the whole page and its tables names the page
        self.set_name(title)
        # The page's title is not the dimension of the table under it.
        matrices = [m if m.heading is not title or title is None else
                    replace(m, heading=None) for m in matrices]
        # A table of several tracks is read in parts, a part per track: the table is read when they are.
        split = [m.table for m in matrices if m.table.track_header is not None]
        matrices = [part for matrix in matrices for part in _by_track(matrix)]
        # Headings the user calls dimensions ('--dimension-heading h2') name no track, whatever their tables repeat.
        tracks = _tracks(matrices, headings_are_dimensions=self.steering.dimension_heading is not None)
        after = 0  # the line of the last table read: the text since then comes before the next group's
        # The page's introduction, before its first track's heading, describes each track, and so does
        # the text under that track's heading (``describe_track``) after it.
        headed = [m.track_heading for group, _ in tracks for m in group if m.track_heading is not None]
        intro = self.outline.description
        if len(tracks) > 1 and headed:
            said = self.introduction([b for b in self.outline.blocks if b.line < headed[0].line])
            if said:
                intro = self.with_tagline(paragraphs_text(said))
                for paragraph in said:
                    self.use(paragraph)
        # The document's one table: the heading over it groups it apart from no other table.
        alone = len({id(m.table) for m in matrices}) == 1
        for group, track in tracks:
            document = self.track_document(documents)
            # Tracks of the same levels (Junior, Senior under '## Backend' and '## Frontend'): their
            # tables repeat each other's competencies.
            alike = any({name_key(t) for m in group for _, t in m.levels} & {name_key(t) for m in other for _, t in m.levels}
                        for other, _ in tracks if other is not group)
            apart = ("the page's tables name the same levels and repeat each other's competencies, each under a "
                     "heading of its own" if alike else "the page's tables of levels do not overlap")
            column = _track_column(group[0])
            if len(tracks) > 1:
                document.track = track
                heading = next((m.track_heading for m in group if m.track_heading is not None), None)
                document.track_line = heading.line if heading is not None else 0
                document.track_evidence = f"{apart}; these are under the heading " \
                    f"'{heading_text(heading) if heading is not None else track}'" if track else apart
                if column is not None:
                    document.track_evidence = f"the table's column '{column}' names each row's track: '{track}'"
            elif column is not None and track:
                document.track = track  # the one track the column names
                document.track_evidence = f"the table's column '{column}' names it"
            kinds = sorted({m.layout for m in group})
            reasons = []
            for n, matrix in enumerate(group):
                named = _named_levels(matrix)
                titles = ", ".join(named[:4]) + (" ..." if len(named) > 4 else "")
                where = "header row" if matrix.layout != "levels-as-rows" else (
                    "first column" if matrix.level_column == 0 else "column " + str(matrix.level_column + 1))
                before = [t for m in group[:n] for _, t in m.levels]
                goes_on = n and not any(same_level(b, t) for b in before for _, t in matrix.levels)
                reasons.append(f"the table on line {matrix.table.line} names {len(named)} levels in its "
                               f"{where} ({titles})" + (", a statement per row" if matrix.per_statement else "")
                               + (", its cells the proficiency each level expects of a competency (a skills "
                                  "matrix)" if matrix.rated else "")
                               + (f", on the framework's own scale, in the order the cells rise along the rows: "
                                  f"{' < '.join(matrix.own_scale.steps)} (the proficiency_scale; edit it if that "
                                  "is not the scale's order)" if matrix.rated and matrix.own_scale else "")
                               + (", its cells ticks of the levels that show each row's statement (a checkmark "
                                  "matrix)" if matrix.checked else "")
                               + (", listed highest first: imported lowest first" if matrix.highest_first else "")
                               + (", above those of the table before it, as a table too large for the page is "
                                  "split in two: one ladder" if goes_on else ""))
            if len(tracks) > 1 and column is not None:
                reasons.append(f"its rows are those its column '{column}' says are of track '{track}'")
            elif column is not None and track:
                reasons.append(f"its column '{column}' names the track, '{track}'")
            elif len(tracks) > 1:
                reasons.append(("its table repeats the other tables' levels and competencies under a heading of its own"
                                if alike else "its levels do not overlap those of the other tables")
                               + (f": track '{track}'" if track else ""))
            saved, self.document = self.document, document
            said_before = len(document.report)
            self.layout(" + ".join(kinds), reasons, line=group[0].table.line)
            # A table per competency ('## Testing' over 'Level | Expectation'):
            # each table's heading names its one column of statements.
            per_competency = len(group) > 1 and all(
                m.layout == "levels-as-rows" and m.heading is not None and m.per_statement is None
                and (content_column_count(m) == 1 or text_kinds(m) is not None) for m in group)
            for matrix in group:
                if matrix.track_heading is not None:
                    self.use(matrix.track_heading)
                if matrix.per_statement is not None:
                    self.statement_rows(matrix, alone)
                elif matrix.layout == "levels-as-rows":
                    self.rows_table(matrix, named_by_heading=per_competency)
                elif matrix.checked:
                    self.checked_table(matrix, alone, upward=all(m.ticks_run_up for m in group if m.checked))
                else:
                    self.columns_table(matrix, alone)
            # 'Designer L2', 'Designer L3': another track than the pages of programmers beside it.
            level_titles = [level.title for level in document.levels]
            # A table split in two whose second half names no role ('Staff | Principal' under
            # 'Junior Data Engineer | ...') goes on with the role the first half names.
            roleless = {name_key(t) for m in group if not any(role_of(t) for _, t in m.levels) for _, t in m.levels}
            level_titles = [t for t in level_titles if name_key(t) not in roleless] if len(group) > 1 else level_titles
            if all(len((role_of(t) or "").split()) <= 3 for t in level_titles):
                self.roles_track(level_titles, len(document.levels))
            first = min(m.table.line for m in group)
            self.overview([b for b in self.outline.blocks if after < b.line < first and id(b) not in self.placed])
            self.described_before([b for b in self.outline.blocks if after < b.line < first])
            track_heading = next((m.track_heading for m in group if m.track_heading is not None), None)
            if len(tracks) > 1 and track_heading is not None:
                # The paragraphs under the track's heading, before its tables, describe the track, as
                # they do over a track's sections of levels: after the page's own description, if it has one.
                if self.document.description is None:
                    self.document.description = intro
                self.describe_track(track_heading, self.track_described(
                    track_heading, [b for b in self.outline.blocks if after < b.line < first]))
            after = max(m.table.last for m in group)
            if len(tracks) > 1:
                document.track_entries += document.report[said_before:]
            self.document = saved
        for table in split:
            self.use(table)
        # Headings the tables sit under, and the text around them: what comes after the tables (a closing
        # line, 'Questions? Ask in #eng-careers.') describes no framework.
        # Before the first table in the page's order: a page written on one line has them all on line 1.
        tables_start = next((n for n, b in enumerate(self.outline.blocks) if isinstance(b, Table) and not b.in_item),
                            0)
        self.scale_steps([m for m in matrices if m.rated and m.scale])
        own = next((m.own_scale.steps for m in matrices if m.rated and m.own_scale), None)
        if own and not self.document.proficiency_scale:  # the framework's own words: their order is the grid's
            self.document.proficiency_scale = list(own)
        for matrix in matrices:
            if matrix.own_scale and not matrix.own_scale.steps:
                self.document.notice(matrix.table.line, "the table's cells are a few words said again and again, as "
                                     "a proficiency scale's are, but the rows do not rise through them in one order: "
                                     "read as statements; if they are a scale, write the framework's "
                                     "proficiency_scale (lowest first) and each cell's proficiency",
                                     ", ".join(matrix.own_scale.words))
        if self.document.description is None:
            # The page's introduction before its tables, as before a page's sections of levels.
            said = self.introduction(self.outline.blocks[:tables_start])
            for paragraph in said:
                self.use(paragraph)
            self.document.description = self.with_tagline(paragraphs_text(said)) if said else self.outline.description
            if said and said[-1].text.rstrip().endswith(":"):
                self._list_the_description_opens(said[-1], self.outline.blocks[:tables_start])
        if len(documents) == 1:
            self.levels_described_after([b for b in self.outline.blocks if b.line > after])
        section: Heading | None = None  # the heading of the section each block is in, where it is left out too
        for block in self.outline.blocks:
            if isinstance(block, Heading):
                section = None if id(block) in self.placed else block
            if not isinstance(block, Other) and id(block) not in self.placed:
                self.drop(block, "outside the tables of the ladder", section)
        return documents

    def levels_described_after(self, blocks: list[Block]) -> None:
        """Sections after the tables, each under a heading that names one of
        their levels and holding paragraphs only ('### IC1 Software Engineer'
        over 'IC1 Software Engineer is the entry-level position ...', after
        a table whose rows are 'IC1', 'IC2'): each says what its level is,
        so its paragraphs are the level's summary, and its heading the
        level's title where the table gave the bare code (the code stays its
        id). Two such sections at least, of one depth, each of another
        level: one heading that happens to name a level is no such run."""
        free = [b for b in blocks if id(b) not in self.placed]
        found: list[tuple[ImportedLevel, Heading, list[Paragraph], str | None]] = []
        for n, heading in enumerate(free):
            if not isinstance(heading, Heading):
                continue
            under = list(itertools.takewhile(lambda b: not isinstance(b, Heading), free[n + 1:]))
            if not under or not all(isinstance(b, Paragraph) for b in under):
                continue
            named = normalise(strip_markdown(heading_text(heading)))
            for level in self.document.levels:
                code = level.id or level.title
                if same_level(level.title, named):
                    found.append((level, heading, [b for b in under if isinstance(b, Paragraph)], None))
                    break
                # 'IC1 Software Engineer' over the level the table calls 'IC1': the code, then the title.
                if level_code(level.title) == level.title and named.casefold().startswith(code.casefold() + " ") \
                        and title_without_code(named, code, spaced=True) != named:
                    found.append((level, heading, [b for b in under if isinstance(b, Paragraph)], named))
                    break
        if len(found) < 2 or len({id(level) for level, *_ in found}) < len(found) \
                or len({heading.depth for _, heading, *_ in found}) > 1:
            return
        for level, heading, paragraphs, title in found:
            self.use(heading)
            if title is not None:
                level.id = level.id or level.title
                level.title = title
            if level.summary is None:
                self.summary(level, paragraphs)
            else:
                for paragraph in paragraphs:
                    self.use(paragraph)
                    level.describe(paragraph.line, paragraph.text)
        titled = sum(1 for *_, title in found if title is not None)
        self.document.notice(found[0][1].line, f"a section after the table for each of {len(found)} levels, under "
                             "a heading that names it, sums it up: their summaries"
                             + (f"; the headings give {titled} of them their titles, the table's codes their ids"
                                if titled else ""))

    def dimension_over(self, heading: Heading | None, alone: bool) -> str | None:
        """The dimension the heading right above a table names: none where it
        names the levels ('## Levels' over the table groups no competencies)
        or the ladder as a whole ('Competency matrix', 'Expectations by
        level'), or stands over the document's one table, whose rows it names
        no group of (``alone``: it sets that table apart from no other, said
        in a notice), unless the user says headings of its depth name
        dimensions (``--dimension-heading``)."""
        if heading is None or names_the_levels(heading):
            return None
        if self.steering.dimension_heading == heading.depth:
            return heading_text(heading)
        if names_the_ladder(heading):
            return None
        if alone:
            depth = next(name for name, depth in HEADING_NAMES.items() if depth == heading.depth)
            self.document.notice(heading.line, "the heading over the document's one table of the ladder names no "
                                               "dimension: its competencies are in the one dimension; to make the "
                                               f"heading their dimension, pass --dimension-heading {depth}",
                                 heading_text(heading))
            return None
        return heading_text(heading)

    def columns_table(self, matrix: Matrix, alone: bool = False) -> None:
        block, heading = matrix.table, matrix.heading
        self.use(block)
        level_columns = {index for index, _ in matrix.levels}
        names = _name_columns(block.rows[1:], min(level_columns), block.rows[0])
        # With no column of names, the heading above the table names its one
        # competency; otherwise it names the dimension of the table's rows.
        competency_name = heading_text(heading) if heading is not None and names.competency is None else None
        # Where the table groups its rows (a column of groups, a row that only names one), the heading
        # names the group of the rows before the first, as a heading over several tables would.
        grouped_rows = names.dimension is not None or any(
            sum(1 for c in row.cells if not c.empty) == 1 and row.cells and not row.cells[0].empty
            for row in block.rows[1:])
        dimension_name = self.dimension_over(heading, alone and not grouped_rows) if competency_name is None else None
        about = self.text_between(heading, block) if competency_name is not None else None
        if heading is not None and competency_name is None and dimension_name is None \
                and (names_the_levels(heading) or names_the_ladder(heading)):
            # 'The levels at a glance', 'Competency matrix': it names nothing of the ladder, and says so.
            self.drop(heading, "heading over the table of the ladder, naming no dimension")
        elif heading is not None:
            self.use(heading)
        dimension = self.document.dimension(dimension_name, block.line)
        levels = {lv.title: lv for lv in self.document.levels}
        header = block.rows[0]
        self.ledger.use(header.line)
        for index, cell in enumerate(header.cells):
            if index == names.description and not cell.empty and not says_what_it_holds(cell.joined()):
                # Its header says nothing of what it holds ('SDR' before 'AE | Senior AE'): its cells
                # went somewhere, which the report says, as a level's column they may be.
                self.document.notice(cell.line or header.line, f"column '{normalise(unwrap(cell.joined()))}' is read "
                                     "as the competencies' descriptions, not as a level: its header names no level "
                                     "the import knows; if it is a level, import with --layout levels-as-columns")
            elif index not in level_columns and not cell.empty:
                self.document.unplaced(cell.line or header.line, COLUMN_HEADER, cell.joined())
        if block.over_header is not None:
            self.ledger.use(block.over_header.line)
            for index, cell in enumerate(block.over_header.cells):
                if index >= min(level_columns) and not cell.empty:
                    self.document.unplaced(block.over_header.line, "table header over the levels' columns, "
                                                                   "not content", cell.joined())
        ordered = []
        titles, codes_above = _title_row(block.rows, matrix.levels)
        others = list(self.document.levels)  # the levels other tables named
        for index, title in matrix.levels:
            if title not in levels and (known := _known_level(others, title)) is not None:
                levels[title] = known
            if title not in levels:
                named = titles.get(index)
                levels[title] = ImportedLevel(title=named[0] if named else title, line=header.line,
                                              id=named[1] if named else None)
                self.document.levels.append(levels[title])
            ordered.append((index, levels[title]))
        body = block.rows[1:]
        if titles:
            title_row = next(row for row in body if any(not c.empty for c in row.cells))
            self.ledger.use(title_row.line)
            said = ("the row under the header gives the levels' titles; their codes in the header are their ids"
                    if codes_above else "the row under the header gives the levels' codes, their ids")
            self.document.notice(title_row.line, said, ", ".join(f"{code} {title}" if title != code else code
                                                           for title, code in titles.values()),
                                 kind="layout")
            untitled = [code for title, code in titles.values() if title == code]
            if untitled:
                self.document.notice(title_row.line, "levels with no title beside their codes, titled by their "
                                                     "codes; write their titles", ", ".join(untitled))
            body = [row for row in body if row is not title_row]
        row_count = sum(1 for row in body if any(not c.empty for c in row.cells))
        #: The last row that says more than a name: a group's row after it has nothing to group.
        last_filled = max((row.line for row in body if sum(1 for c in row.cells if not c.empty) >= 2
                           or any(c.bullets for c in row.cells)), default=0)
        above: str | None = None  # the competency the row above named, whose name cell may span this row
        avoided: str | None = None  # the group of the rows, where it lists what to avoid
        grouped = False  # whether a row naming a group has been read
        group_rows: dict[str, int] = {}  # the rows of this table that name a group, by name key: their line
        ungrouped = False  # whether a competency has been read before any group

        read_any = False  # whether a row of the table has been read as a competency
        #: The competency the last row filling in levels named: described-only rows under it are its examples.
        filled_above: ImportedCompetency | None = None
        #: Whether rows that only name and describe (no level's cell) follow their competency: decided by the
        #: first such row, which in a table of groups comes before any competency's row.
        examples_follow: bool | None = None
        #: Whether the description column's header says it gives examples ('Description / Example behaviour').
        examples_column = names.description is not None and _names_examples(cell_at(header, names.description))
        ranges: list[tuple[int, str, tuple[str, str]]] = []  # cells naming a range of proficiencies

        def only_named(row: Row) -> bool:
            filled = [c for c in row.cells if not c.empty]
            return len(filled) == 1 and not row.cells[0].empty and not row.cells[0].bullets

        def heads_rows(n: int) -> bool:
            # A row that only names, after a filled row, over two filled rows or more (to the table's end or
            # the next such row): a group named after rows of no group ('Scope of Influence | Self | Team',
            # then 'Technical' over 'Code quality', 'Testing'). A run of such rows, or one over a single
            # row, are competencies not filled in yet.
            before = next((r for r in reversed(body[:n]) if any(not c.empty for c in r.cells)), None)
            if before is None or only_named(before):
                return False
            count = 0
            for below in body[n + 1:]:
                if only_named(below):
                    break
                count += sum(1 for c in below.cells if not c.empty) >= 2 and not below.cells[0].empty
            return count >= 2

        for n, row in enumerate(body):
            filled = [c for c in row.cells if not c.empty]
            if not filled:
                continue
            counted = [row.cells[i] for i in level_columns if i < len(row.cells) and not row.cells[i].empty]
            if counted and not (matrix.rated and matrix.scale) \
                    and all(a_figure(strip_markdown(c.joined())) for c in counted):
                # 'Years of Exp | 0-2 | 2-5', 'SCORES | 1 | 2': figures of the levels, not what they do; the
                # years each level asks for are said of it, in its description, under the row's name.
                label = unwrap(row.cells[names.competency].joined()) if names.competency is not None \
                    and names.competency < len(row.cells) else ""
                if label and labels_experience(label):
                    for index, level in ordered:
                        if index < len(row.cells) and not row.cells[index].empty:
                            level.describe(row.line, described_under(label, [row.cells[index].joined()]))
                else:
                    self.document.unplaced(row.line, "table row of numbers, not statements",
                                           " | ".join(c.joined() for c in filled))
                self.ledger.use(row.line)
                continue
            if len(filled) == 1 and not row.cells[0].empty and row.cells[0].bullets \
                    and (row.line > last_filled or row.cells[0].joined().rstrip().endswith(".")):
                # '* Lead Engineer is a new level from April 2024.': a footnote in a row of its own.
                self.document.unplaced(row.line, "a note in a row of its own in the table, not a group of "
                                                 "competencies", unwrap(row.cells[0].joined()))
                self.ledger.use(row.line)
                continue
            if len(filled) == 1 and not row.cells[0].empty and not row.cells[0].bullets:
                said = unwrap(row.cells[0].joined())
                following = next((r for r in body[n + 1 :] if any(not c.empty for c in r.cells)), None)
                if names.competency == 0 and not row.bold and row.cells[0].columns == 1 and _a_name(said) \
                        and not lists_what_to_avoid(said) and (
                        ungrouped and not heads_rows(n)
                        or following is not None and only_named(following) and not following.bold):
                    # A competency's row left blank: groups (in bold, across the row, or after the
                    # heading's competencies) come before the competencies they group, and one
                    # followed by another names nothing to group. ('Red flags' heads counter-examples.)
                    competency = dimension.competency(said, row.line)
                    competency.unfilled = True
                    self.document.notice(row.line, f"the row of '{said}' fills in no level: a competency "
                                                   "no level describes yet; fill it in, or leave it out")
                    above = said
                    ungrouped = ungrouped or not grouped and dimension_name is None
                    self.ledger.use(row.line)
                    continue
                if row.line > last_filled or reads_as_sentence(said) or said.rstrip().endswith("."):
                    # A line of its own under the competencies ('Notes: levels are cumulative.'),
                    # or a sentence: a note on the table, no group of competencies.
                    self.document.unplaced(row.line, "a note in a row of its own in the table, not a group of "
                                                     "competencies", said)
                    self.ledger.use(row.line)
                    continue
                # A row that only names a group: the competencies below belong to it.
                grouped = True
                avoided = said if lists_what_to_avoid(said) else None
                if avoided is None:
                    dimension = self.document.dimension(said, row.line)
                    first = group_rows.setdefault(name_key(said), row.line)
                    if first != row.line:
                        # Often a slip (a group's name copied from the one above): one dimension, said aloud.
                        self.document.notice(row.line, f"group '{said}' is named again (first on line {first}): "
                                             "its competencies are joined into one dimension; if it is another "
                                             "group, rename it")
                else:
                    self.document.unplaced(row.line, AVOIDED.format(said), said)
                above = None
                self.ledger.use(row.line)
                continue
            group = cell_at(row, names.dimension)
            if group is not None and not group.empty:
                # A column of groups; a blank below a group is the group again (merged cells).
                said = unwrap(group.joined())
                avoided = said if lists_what_to_avoid(said) else None
                if avoided is None:
                    dimension = self.document.dimension(said, row.line)
            name_cell = cell_at(row, names.competency) or Cell([], row.line)
            name, description = name_and_description(name_cell)
            if avoided is not None or (name is not None and lists_what_to_avoid(name)):
                # 'Potential Misalignments | Ownership | Risk of ...': what a level should not do, in
                # its group's rows (or a row so named): counter-examples, none of them expected.
                for cell in filled:
                    self.document.unplaced(row.line, AVOIDED.format(avoided or name), cell.joined())
                self.ledger.use(row.line)
                continue
            continued = False
            if name is None and above is not None and names.competency is not None and name_cell.empty \
                    and counted and (group is None or group.empty):
                # A name merged over several rows (a spreadsheet's merged cell; blank in its
                # CSV export): each row is more of the competency above.
                if not name_cell.covered:
                    self.document.notice(row.line, f"a row with no competency name under the row of '{above}': "
                                                   "read as more of it, as a name merged over its rows is exported")
                name, description, continued = above, None, True
            if name is None and competency_name is not None:
                name, description = competency_name, description or about
            described = cell_at(row, names.description)
            if described is not None and not described.empty:
                description = " ".join(filter(None, (description, unwrap(described.joined()))))
            # Rows before the first competency may say what each level is rather than what it asks.
            label = unwrap(name_cell.joined()).strip() if not name_cell.empty else ""
            said_at = [(level, there) for index, level in ordered
                       if (there := level_cell(row, index, level_columns)) is not None and not there.empty]
            leading = not read_any and (group is None or group.empty) and row_count > 1
            portrait = leading and _portrait(label, [cell for _, cell in said_at])
            if (group is None or group.empty) and _names_a_summary(cell_at(row, names.competency)) and row_count > 1 \
                    or portrait:
                # 'Summary | Learns the craft | Leads a team', 'Role | A developing designer focused on ...':
                # what each level is, not a competency.
                for level, there in said_at:
                    level.summary = " ".join(filter(None, (level.summary, unwrap(there.joined()))))
                if portrait:
                    self.document.notice(row.line, f"the row '{label}' draws each level in a sentence or a few: "
                                                   "the levels' summaries", kind="layout")
                self.beside_level_facts(row, level_columns, names.competency, "beside the levels' summaries")
                continue
            tagged = leading and bool(label) and not lists_what_to_avoid(label) and _tags(
                [cell for _, cell in said_at], len(ordered))
            fact = _fact_label([cell for _, cell in said_at]) if leading and not label else None
            if tagged or fact:
                # 'Guideline | Foundational Learning | ...', 'Scale: Features | Scale: End-to-End': a fact
                # of each level, its own words, as the schema's level description holds them; no behaviour.
                for level, there in said_at:
                    level.describe(row.line, described_under(label, [unwrap(there.joined())]) if tagged
                                   else normalise(unwrap(there.joined())))
                what = (f"the row '{label}' gives each level a tag of a few words, not what it asks"
                        if tagged else f"the row's cells each say '{fact}: ...' of their level, with no competency "
                                       "named, not what it asks")
                self.document.notice(row.line, what + ": each level's description says it", kind="layout")
                self.beside_level_facts(row, level_columns, names.competency, "beside the levels' facts")
                continue
            drawn = _own_level_labels(said_at) if leading and not label else None
            if drawn is not None:
                # 'Level 1 (Foundational): Basic awareness and foundational knowledge. ...' in a row with no
                # name, each under its own level: what the level is, as a row named 'Summary' says it.
                for (level, _), text in zip(said_at, drawn):
                    if level.summary is None:
                        level.summary = text
                    else:
                        level.describe(row.line, text)
                self.document.notice(row.line, "the row's cells each name their own level ('"
                                     f"{normalise(unwrap(said_at[0][1].joined())).split(':')[0]}: ...'), with no "
                                     "competency named: the levels' summaries, not what they ask", kind="layout")
                self.beside_level_facts(row, level_columns, names.competency, "beside the levels' summaries")
                continue
            if not said_at and name is not None and described is not None and not described.empty \
                    and (group is None or group.empty):
                if examples_follow is None:
                    examples_follow = filled_above is not None
                if examples_follow and filled_above is not None \
                        and (examples_column or opens_with_a_deed(described.joined())):
                    # 'Discover user needs | Conducts user interviews ...' under a competency's row of
                    # levels: an example of it, level apart, which its description keeps under the row's name.
                    # A row that describes a competency ('People management | How they grow ...', left blank
                    # at these levels) is one of its own, unfilled, under a column that names no examples.
                    example = described_under(name, [unwrap(described.joined())])
                    filled_above.description = "\n\n".join(filter(None, (filled_above.description, example)))
                    self.document.notice(row.line, f"the row '{name}' fills in no level under the row of "
                                         f"'{filled_above.name}': an example of it, kept in its description",
                                         kind="layout")
                    self.ledger.use(row.line)
                    continue
            read_any = True
            competency = dimension.competency(name, row.line, description)
            competency.unfilled = False
            ungrouped = ungrouped or not grouped and dimension_name is None
            above = name if names.competency is not None else None
            if name is None:
                # A name cell of bullets names nothing; its words are still reported.
                self.document.notice(row.line, "table row with no competency name",
                                     unwrap(name_cell.joined()) if not name_cell.empty else "")
            # A row whose every level names a proficiency or a range of them ('Novice-Intermediate |
            # Intermediate | Advanced-Expert') rates the levels, in a table of statements too.
            row_rated = matrix.rated or len(said_at) >= 2 and all(
                proficiency_named(c, matrix.scale) is not None or proficiency_range(c) is not None for _, c in said_at)
            for index, level in ordered:
                # A cell spanning several levels' columns says the same at each.
                said_there = level_cell(row, index, level_columns)
                if said_there is not None:
                    # A range first: 'Novice-Intermediate' would read as the proficiency 'Intermediate'.
                    span = proficiency_range(said_there) if row_rated else None
                    rated = proficiency_named(said_there, matrix.scale) if row_rated and span is None else None
                    if span is not None:
                        # The schema's proficiency is one step: the range's lower end, which the level
                        # reaches at least; the range as written stays in the cell's note.
                        imported_cell = level.cell(competency)
                        imported_cell.proficiency = span[0]
                        imported_cell.note = " ".join(filter(None, (imported_cell.note,
                                                                    f"Proficiency: {unwrap(said_there.joined())}")))
                        ranges.append((row.line, unwrap(said_there.joined()), span))
                    elif rated is not None:
                        level.cell(competency).proficiency = rated
                    elif matrix.rated and below_the_scale(said_there, matrix.scale):
                        continue  # '0' below '1 - Novice': not rated at this level
                    else:
                        level.cell(competency).statements.extend(self.statements(said_there))
            if said_at:
                filled_above = competency
            if name is not None and not continued:
                # Blank cells before the row's first statements (or after its last): not assessed there.
                spans = [(level, level_cell(row, index, level_columns)) for index, level in ordered]
                written = [level for level, cell in spans if cell is not None]
                unread = [level for level, cell in spans if cell is not None and cell.unread]
                self.document.not_applicable_outside(competency, written, without_decoration(name),
                                                     f"the row of '{name}'", unread)
            for index, cell in enumerate(row.cells):
                if index not in level_columns and index not in names.used and not cell.empty:
                    title = header.cells[index].joined() if index < len(header.cells) else ""
                    self.document.unplaced(row.line, f"in column '{title}', which names no level" if title
                                           else "in a column that names no level", cell.joined())
            self.ledger.use(row.line)
        if ranges:
            self.document.notice(ranges[0][0], "cells that name a range of proficiencies give the level the range's "
                                 "lower end as its proficiency (a cell's proficiency is one step of the scale); the "
                                 "range is in the cell's note",
                                 ", ".join(dict.fromkeys(said for _, said, _ in ranges)))
            if not self.document.proficiency_scale:
                # The scale names the ranges' upper ends too ('Expert' of 'Advanced-Expert'), lowest first.
                steps = [c.proficiency for lv in self.document.levels for c in lv.cells if c.proficiency]
                self.document.proficiency_scale = by_proficiency(steps + [ends[1] for _, _, ends in ranges])
        if matrix.guessed:
            self.document.notice(header.line, "columns read as levels though their headers name no level the import "
                                 "knows: their cells hold statements like the levels' columns, in the same rows",
                                 ", ".join(matrix.guessed))
        left_out = [cell.joined() for index, cell in enumerate(header.cells) if index > min(level_columns)
                    and index not in level_columns and not cell.empty
                    and any(index < len(row.cells) and not row.cells[index].empty for row in block.rows[1:])
                    and column_role(unwrap(cell.joined())) is None]  # 'Comments', 'Examples': no level's column
        if left_out:
            self.document.notice(header.line, "columns that name no level are left out (their cells are reported); "
                                 "if they are levels too, import with --layout levels-as-columns, which reads every "
                                 "column from the first level's on as a level", ", ".join(left_out))

    def beside_level_facts(self, row: Row, level_columns: set[int], name_column: int | None, where: str) -> None:
        """Reports a row's cells outside the levels' columns, beside what the
        row says of each level (its summary, a fact), and uses the row."""
        for index, cell in enumerate(row.cells):
            if index not in level_columns and index != name_column and not cell.empty:
                self.document.unplaced(row.line, f"{where}, in a column that names no level", cell.joined())
        self.ledger.use(row.line)

    def checked_table(self, matrix: Matrix, alone: bool, upward: bool) -> None:
        """A checkmark matrix (Area | Statement | L1 | L2 ... with '✅' where a
        level shows the row's statement): each ticked level's statement, in
        the competency its column before the statements names (a blank is the
        name above, as merged cells export), or a row naming it alone, or the
        heading over the table. Where every row's ticks start at a level and
        run on to the top (``upward``), the statement is written at the level
        it starts at and the levels include those below (``cumulative:
        true``); else it is written at each level that ticks it."""
        block, heading = matrix.table, matrix.heading
        assert matrix.statement_column is not None
        column = matrix.statement_column
        self.use(block)
        header = block.rows[0]
        self.ledger.use(header.line)
        named_by = column - 1 if column >= 1 else None  # the competency's column, before the statements'
        for index, cell in enumerate(header.cells):
            if index < column - 1 and not cell.empty:
                self.document.unplaced(cell.line or header.line, COLUMN_HEADER, cell.joined())
        def ticked(row: Row) -> list[ImportedLevel]:
            return [level for (index, _), level in zip(matrix.levels, ordered)
                    if (cell := cell_at(row, index)) is not None and tick(cell.joined())]

        levels = {lv.title: lv for lv in self.document.levels}
        ordered: list[ImportedLevel] = []
        others = list(self.document.levels)  # the levels other tables named
        for _, title in matrix.levels:
            if title not in levels and (known := _known_level(others, title)) is not None:
                levels[title] = known
            if title not in levels:
                levels[title] = ImportedLevel(title=title, line=header.line)
                self.document.levels.append(levels[title])
            ordered.append(levels[title])
        grouped = named_by is not None or any(
            not ticked(row) and (said := cell_at(row, column)) is not None and not said.empty
            for row in block.rows[1:])
        over = heading_text(heading) if heading is not None and not grouped else None
        dimension_name = self.dimension_over(heading, alone) if over is None else None
        if heading is not None and over is None and dimension_name is None:
            self.drop(heading, "heading over the table of the ladder, naming no dimension")
        elif heading is not None:
            self.use(heading)
        dimension = self.document.dimension(dimension_name, block.line)
        if upward and self.document.cumulative is None:
            self.document.cumulative = True
            self.document.notice(header.line, "each row's ticks start at a level and go on to the top level (or tick "
                                 "one level): its statement is written at the level it starts at, and the framework "
                                 "says `cumulative: true`, a competency the table adds nothing to at a higher level "
                                 "`not_applicable` there; if each level asks only what its column ticks, set "
                                 "`cumulative: false`", kind="layout")
        elif not upward:
            self.document.cumulative = False
        name: str | None = over
        read: dict[int, ImportedCompetency] = {}
        for row in block.rows[1:]:
            if all(c.empty for c in row.cells):
                continue
            self.ledger.use(row.line)
            named = cell_at(row, named_by)
            if named is not None and not named.empty:
                name = unwrap(named.joined()).strip()
            stated = cell_at(row, column)
            ticks = ticked(row)
            if stated is None or stated.empty:
                continue
            if not ticks:
                if named_by is None and _a_name(unwrap(stated.joined())):
                    name = unwrap(stated.joined()).strip()  # a row naming the competencies below
                else:
                    self.document.unplaced(row.line, "a statement no level's column ticks", stated.joined())
                continue
            competency = dimension.competency(name or unwrap(header.cells[column].joined()).strip(), row.line)
            read[id(competency)] = competency
            for level in ticks[:1] if upward else ticks:
                level.cell(competency).statements.extend(self.statements(stated))
        for competency in read.values():
            # Levels below its first tick do not assess it; in a cumulative ladder the levels above its
            # last include it, so only the levels below say it is not applicable.
            last = max(n for n, level in enumerate(ordered) if any(
                c.competency is competency and c.statements for c in level.cells))
            name = without_decoration(competency.name or "")
            within = ordered[: last + 1] if upward else ordered
            self.document.not_applicable_outside(competency, within, name, f"the rows of '{competency.name}'")
            if upward:
                # What LL401 asks of a cumulative ladder's level that adds nothing to the one below.
                for level in ordered[last + 1:]:
                    level.cell(competency).not_applicable = f"Nothing beyond {ordered[last].title}: the table " \
                                                             f"adds no statement of {name} at {level.title}"

    def scale_steps(self, rated: list[Matrix]) -> None:
        """Report the steps of the numbered scale the tables rate by ('### 2 -
        Advanced Beginner') and what the page says each means (the bullets
        under it) as such: the framework keeps the scale's names alone."""
        if not rated:
            return
        scale = rated[0].scale
        step: tuple[Heading | Item, str] | None = None  # the heading or item of the step being read, and its name
        for block in self.outline.blocks:
            # A step written as a heading ('### 2 - Advanced Beginner') or an ordered list's item ('2. Advanced
            # Beginner'): what the page says it means is under the heading, or nested in the item.
            if isinstance(block, Heading) or isinstance(block, Item) and block.number is not None:
                named = numbered_step(numbered_text(block), scale)
                if named is not None:
                    step = (block, named)
                    self.drop(block, "a step of the proficiency scale the tables' numbers stand for (the "
                                     "framework's proficiency_scale)")
                    continue
            if step is not None and _ends_step(block, step[0]):
                step = None
            if step is not None and isinstance(block, (Item, Paragraph)) and id(block) not in self.placed:
                self.drop(block, f"what step '{step[1]}' of the proficiency scale means")

    def text_between(self, heading: Heading | None, table: Table) -> str | None:
        """The paragraphs right between a heading and its table, which say
        what the heading names ('**Example Skills:** Scoping, Testing')."""
        if heading is None:
            return None
        blocks = self.outline.blocks
        between = blocks[blocks.index(heading) + 1 : blocks.index(table)]
        if not between or not all(isinstance(b, Paragraph) and id(b) not in self.placed for b in between):
            return None
        for block in between:
            self.use(block)
        return " ".join(f"{b.labelled.label}: {b.labelled.rest}" if b.labelled else b.text
                        for b in between if isinstance(b, Paragraph))

    def statement_rows(self, matrix: Matrix, alone: bool = False) -> None:
        """A table of one statement per row: each row's statement goes to
        the level and competency (and dimension) its cells name; a cell left
        blank is the one above it again (merged cells)."""
        block, columns = matrix.table, matrix.per_statement
        assert columns is not None
        self.use(block)
        header = block.rows[0]
        self.ledger.use(header.line)
        for index, cell in enumerate(header.cells):
            if not cell.empty and index not in columns.properties and index not in columns.repeats \
                    and index not in columns.values:
                self.document.unplaced(header.line, COLUMN_HEADER, cell.joined())
        for column in columns.values:
            values = [c.joined() for r in block.rows[1:] if (c := cell_at(r, column)) is not None and not c.empty]
            self.document.unplaced(header.line, f"column '{header.cells[column].joined()}', a value for each "
                                                "row's statement (a weight, a requirement, a rating), which the "
                                                "framework has no place for", " | ".join(values))
        for column, joined in columns.repeats.items():
            values = [c.joined() for r in block.rows[1:] if (c := cell_at(r, column)) is not None and not c.empty]
            names = [header.cells[i].joined() for i in joined]
            self.document.unplaced(header.line, f"column '{header.cells[column].joined()}', which repeats the "
                                                f"{', '.join(names[:-1])} and {names[-1]} "
                                                "columns on every row, not part of the ladder", " | ".join(values))
        for column in columns.properties:
            values = [c.joined() for r in block.rows[1:] if (c := cell_at(r, column)) is not None and not c.empty]
            self.document.unplaced(header.line, f"column '{header.cells[column].joined()}', a property of each row "
                                                "as a database exports it, not part of the ladder", " | ".join(values))
        named = dict(matrix.levels)
        fallback = self.document.dimension(self.dimension_over(matrix.heading, alone and columns.dimension is None),
                                           block.line)
        if matrix.heading is not None:
            self.use(matrix.heading)
        levels: dict[str, ImportedLevel] = {lv.title: lv for lv in self.document.levels}
        known = len(self.document.levels)
        row_levels: list[ImportedLevel] = []  # the levels of the row, or of the rows above it
        rows_levels: list[ImportedLevel] = []  # the level of each statement's row, in the table's order
        copied = 0  # the rows whose statement is at several levels
        dimension, competency_name = fallback, None
        for index, row in enumerate(block.rows[1:], start=1):
            if all(c.empty for c in row.cells):
                self.ledger.use(row.line)
                continue
            if index in named:
                before = row_levels
                row_levels = []
                for code in (normalise(n) for n in matrix.listed.get(index, (named[index],))):
                    titled = cell_at(row, columns.title) if index not in matrix.listed else None
                    title = normalise(unwrap(titled.joined())) if titled is not None and not titled.empty else code
                    if code not in levels:
                        levels[code] = ImportedLevel(title=title, line=row.line, id=spanned_code(code))
                        self.document.levels.append(levels[code])
                    row_levels.append(levels[code])
                if row_levels != before:  # a competency's name left blank is the one above, at the same level
                    competency_name = None
            else:
                marker = cell_at(row, matrix.level_column)
                if marker is not None and not marker.empty:
                    row_levels = []  # a row that names something else than a level
            group = cell_at(row, columns.dimension)
            if group is not None and not group.empty:
                if unwrap(group.joined()) != dimension.name:
                    competency_name = None
                dimension = self.document.dimension(unwrap(group.joined()), row.line)
            name = cell_at(row, columns.competency)
            if name is not None and not name.empty:
                competency_name = unwrap(name.joined())
            said = cell_at(row, columns.statement)
            if row_levels and (said is None or said.empty) and all(
                    c.empty for i, c in enumerate(row.cells) if i not in self.named_columns(matrix)):
                # A group's own row (Section, then its competencies' rows under it): it names, says nothing.
                self.ledger.use(row.line)
                continue
            criterion = cell_at(row, columns.criterion)
            if criterion is not None and not criterion.empty and said is not None and says_not_applicable(said):
                # 'Mentoring | N/A': one of the competency's criteria is not asked at this level.
                self.document.unplaced(row.line, f"'{unwrap(criterion.joined())}' is not assessed at "
                                                 f"{', '.join(lv.title for lv in row_levels) or 'this level'}",
                                       said.joined())
                self.ledger.use(row.line)
                continue
            avoided = next((n for n in (dimension.name, competency_name) if n and lists_what_to_avoid(n)), None)
            if avoided is not None and said is not None and not said.empty:
                # A statement filed under 'Red flags': a counter-example, not what the level expects.
                self.document.unplaced(row.line, AVOIDED.format(avoided), said.joined())
                self.ledger.use(row.line)
                continue
            if not row_levels or competency_name is None or said is None or said.empty:
                self.document.unplaced(row.line, "table row that names no level, competency or statement",
                                       " | ".join(c.joined() for c in row.cells if not c.empty))
                self.ledger.use(row.line)
                continue
            competency = dimension.competency(competency_name, row.line)
            self.described(matrix, row, row_levels, dimension, competency)
            examples = cell_at(row, columns.examples)
            label = unwrap(criterion.joined()) if criterion is not None and not criterion.empty else None
            for level in row_levels:
                level.cell(competency).statements.extend(
                    replace(s, text=f"{label}: {s.text}") if label else s for s in self.statements(said))
                if examples is not None and not examples.empty:
                    self.examples(level.cell(competency), examples)
            rows_levels.extend(row_levels)
            copied += len(row_levels) > 1
            self.ledger.use(row.line)
        if copied:
            self.document.notice(block.line, f"{copied} of the table's rows each list several levels in their "
                                 f"column '{header.cells[matrix.level_column].joined()}' (a multi-select): each "
                                 "statement listed at several levels was copied to each of them")
        self.sorted_rows(block, known, rows_levels)

    def named_columns(self, matrix: Matrix) -> set[int]:
        """The columns of a table of one statement per row that name what its
        statement is of, or hold what is reported of every row anyway (its
        values, the columns that repeat others, its properties)."""
        columns = matrix.per_statement
        assert columns is not None
        return {matrix.level_column, columns.competency, *columns.values, *columns.repeats, *columns.properties} | \
            {c for c in (columns.dimension, columns.criterion, columns.title) if c is not None}

    def described(self, matrix: Matrix, row: Row, levels: list[ImportedLevel], dimension: ImportedDimension,
                  competency: ImportedCompetency) -> None:
        """Fill, from a row of a table of one statement per row, what its
        description columns describe: the competency's description, the
        level's summary, the dimension's or the framework's description;
        said once, however many rows repeat it."""
        columns = matrix.per_statement
        assert columns is not None
        for column, target in columns.descriptions.items():
            cell = cell_at(row, column)
            if cell is None or cell.empty:
                continue
            text = unwrap(cell.joined())
            if target is None:
                self.document.description = self.document.description or text
            elif target == columns.competency:
                competency.description = competency.description or text
            elif target == columns.dimension:
                dimension.description = dimension.description or text
            else:  # the level's column, or its titles'
                for level in levels:
                    level.summary = level.summary or text

    def sorted_rows(self, block: Table, known: int, rows: list[ImportedLevel]) -> None:
        """The levels of a table of one statement per row in ladder order
        where the table's rows are in another: sorted by another column (the
        competency's, the rows of a level apart), or by the levels' names in
        the alphabet's order ('Senior ...' before 'Software Engineer'), as a
        spreadsheet sorts them; their names (numbers, seniority) tell the
        ladder's order, and a notice says so. ``known``: the levels before the table's."""
        levels = self.document.levels[known:]
        if len(levels) < 2:
            return
        grouped = sum(1 for before, after in zip(rows, rows[1:]) if before is not after) == len(levels) - 1
        titles = [lv.title for lv in levels]
        alphabetical = [t.casefold() for t in titles] == sorted(t.casefold() for t in titles)
        if grouped and not alphabetical:
            return
        roles, numbered = role_keys(titles), numbered_roles(titles)
        order = ladder_order([rung_among(lv.title, lv.id or "", roles, numbered) for lv in levels])
        if order == list(range(len(levels))):
            return
        levels = self.document.levels[known:] = [levels[i] for i in order]
        self.document.notice(block.line, "the table's rows are not in the order of the levels (sorted by " +
                             ("the levels' names" if grouped else "another column") + "); the levels are "
                             "imported in the order their names give: " + ", ".join(lv.title for lv in levels))

    def rows_table(self, matrix: Matrix, named_by_heading: bool = False) -> None:
        block = matrix.table
        self.use(block)
        header = block.rows[0]
        self.ledger.use(header.line)
        dimension = self.document.dimension(None, block.line)
        skip = naming_columns(matrix)
        codes = _codes_column(block.rows, matrix, skip)
        if codes is not None:
            # 'Level | Code | Expectations': the code beside each level's name is its id, no statement.
            skip = skip | {codes[0]}
            self.document.notice(header.line, f"column '{normalise(unwrap(header.cells[codes[0]].joined()))}' gives "
                                              "the levels' codes, their ids", ", ".join(codes[1].values()),
                                 kind="layout")
        # A database's export (Notion's, Airtable's) adds its rows' properties ('Tags', 'Created'):
        # short values, no competency's statements.
        for index, cell in enumerate(header.cells):
            values = [c.joined() for r in block.rows[1:] if (c := cell_at(r, index)) is not None and not c.empty]
            if index not in skip and not cell.empty and lists_what_to_avoid(cell.joined()):
                # 'Level | Delivery | Red flags': each level's counter-examples, none of them expected.
                skip = skip | {index}
                for row in block.rows[1:]:
                    if (counter := cell_at(row, index)) is not None and not counter.empty:
                        self.document.unplaced(row.line, AVOIDED.format(normalise(unwrap(cell.joined()))),
                                               counter.joined())
                continue
            linked_only = bool(values) and all(only_links(v) for v in values)
            if index not in skip and values and (linked_only or names_references(cell.joined())):
                # 'Notes' of web addresses, or 'Useful links' (an HTML page's or a DOCX's links keep only
                # their words): references beside the levels, no competency's statements.
                skip = skip | {index}
                holds = "which holds only links" if linked_only else "whose header says it holds links"
                for row in block.rows[1:]:
                    if (linked := cell_at(row, index)) is not None and not linked.empty:
                        self.document.unplaced(row.line, f"in column '{normalise(unwrap(cell.joined()))}', {holds} "
                                                         "(references), not a competency",
                                               _with_addresses(linked))
                if not cell.empty:
                    self.document.unplaced(header.line, COLUMN_HEADER, cell.joined())
                continue
            if index not in skip and not cell.empty and (
                    is_page_property(normalise(unwrap(cell.joined()))) and all(len(v.split()) <= 6 for v in values)
                    or values and all(map(is_timestamp, values))):
                skip = skip | {index}
                self.document.unplaced(header.line, f"column '{cell.joined()}', a property of each row as a "
                                                    "database exports it, not part of the ladder", " | ".join(values))
                continue
            written = [c for r in block.rows[1:] if (c := cell_at(r, index)) is not None and not c.empty]
            if index not in skip and not cell.empty and content_column_count(matrix) >= 2 \
                    and _one_word_values(written):
                # 'Scope' over 'Task', 'Feature', 'Project': a value of each level, as its years are.
                skip = skip | {index}
                # 'Limited', 'Moderate', 'High' rate the level as 'Very high' does: a rating, whatever its words.
                kind = "a rating" if all(rating(normalise(unwrap(c.joined()))) for c in written) else "one word"
                self.document.unplaced(header.line, COLUMN_HEADER, cell.joined())
                for row in block.rows[1:]:
                    if (value := cell_at(row, index)) is not None and not value.empty:
                        self.document.unplaced(row.line, f"in column '{normalise(unwrap(cell.joined()))}', a value "
                                                         f"of the level's row ({kind}), not a behaviour the level "
                                                         "expects", value.joined())
                continue
            if index == 0 and index not in (matrix.level_column, matrix.title_column) and values:
                # 'Job Function' before the levels' codes: what else each row is of, no part of the ladder.
                self.document.unplaced(header.line, f"column '{normalise(unwrap(cell.joined()))}', which names "
                                                    "something else of each level's row than the level",
                                       " | ".join(dict.fromkeys(values)))
        # A column headed Summary (Description, Overview) beside columns of statements describes
        # each level, as a row so headed does in a table of levels as columns.
        summaries = set() if named_by_heading or content_column_count(matrix) < 2 else {
            i for i, c in enumerate(header.cells) if i not in skip and _names_a_level_summary(c)}
        columns: dict[int, ImportedCompetency] = {}  # the competencies the header names, by column
        for index, cell in enumerate(header.cells):
            if index in skip and index not in naming_columns(matrix):
                continue  # a property's column, reported above
            if (index in skip or index in summaries or named_by_heading) and not cell.empty:
                self.document.unplaced(header.line, COLUMN_HEADER, cell.joined())
            elif not cell.empty:  # in the header's order, whichever level first fills it
                group = block.groups.get(index) if block.groups else None
                over = self.document.dimension(group, header.line) if group is not None else dimension
                columns[index] = over.competency(unwrap(cell.joined()), header.line)
                said = normalise(unwrap(cell.joined()))
                if column_role(said) in ("note", "examples") and content_column_count(matrix) >= 2:
                    # 'Additional Notes/Key Points/Examples' beside the competencies' columns: the
                    # level's remarks, which the format has no place for but as a competency.
                    self.document.notice(header.line, f"column '{said}' is read as a competency, but its header says "
                                         f"it holds {'notes' if column_role(said) == 'note' else 'examples'} of each level, not a competency: move its "
                                         "text to the levels' summaries (or the cells' notes), or rename it")
                if matrix.heading is not None and normalise(cell.joined()) == normalise(heading_text(matrix.heading)):
                    self.use(matrix.heading)  # the heading that names the column (a table of one column unstacked)
        # A cell across every competency's column is the level's summary.
        content_columns = content_column_count(matrix)
        level_rows = {i for i, _ in matrix.levels}
        # Headings over bullets in the one column of statements are its competencies.
        groups = _cell_group_names([
            cell for index, _ in matrix.levels for part in _level_rows(block.rows, index, matrix.level_column, level_rows)
            for column, cell in enumerate(part.cells) if column not in skip and not cell.empty
        ]) if content_columns == 1 else set()
        heading_name = None
        # 'Milestone | Summary | Signals | Examples' in a table per competency: what each column holds.
        kinds = text_kinds(matrix) if named_by_heading and content_columns > 1 else None
        if named_by_heading and matrix.heading is not None:
            heading_name = heading_text(matrix.heading)
            self.use(matrix.heading)
            # The text between the competency's heading and its table describes it.
            about = self.text_between(matrix.heading, block)
            if about is not None:
                described = dimension.competency(heading_name, header.line)
                described.description = described.description or about
        placed: set[int] = set()  # the rows read as a level's
        made: set[int] = set()  # the levels this table adds
        rows_levels: list[ImportedLevel] = []  # the table's levels, in its order
        unread: dict[int, list[ImportedLevel]] = {}  # by column, the levels whose cell there could not be read
        for index, code in matrix.levels:
            row = block.rows[index]
            title = code
            if matrix.title_column is not None and matrix.title_column < len(row.cells):
                title = row.cells[matrix.title_column].joined() or code
            level = ImportedLevel(title=title, line=row.line,
                                  id=codes[1][index] if codes is not None else spanned_code(code))
            labelled = labelled_level(row.cells[matrix.level_column])
            if labelled is not None:
                level.id = labelled.code or level.id
                level.summary = labelled.summary
            # The level another table of the ladder named (never two rows of this one).
            same = _known_level([lv for lv in self.document.levels if id(lv) not in made
                                 and (lv.id is None or level.id is None or lv.id == level.id)], title)
            if same is not None:
                level = same
            else:
                self.document.levels.append(level)
                made.add(id(level))
            if all(level is not other for other in rows_levels):
                rows_levels.append(level)
            for part in _level_rows(block.rows, index, matrix.level_column, level_rows):
                for column, cell in enumerate(part.cells):
                    if cell.unread:
                        unread.setdefault(column, []).append(level)
                    if column in skip or cell.empty:
                        continue
                    if column in summaries:
                        level.summary = " ".join(filter(None, (level.summary, unwrap(cell.joined()))))
                        continue
                    if content_columns >= 2 and cell.columns >= content_columns:
                        # Its paragraphs and labelled facts ('Years of experience: 0-2'); its
                        # other bullets, as under a level, are statements of their own.
                        listed = [line for line in cell.bullets if not _FACT.match(line.text)]
                        said = " ".join(unwrap(line.text) for line in cell.lines if line not in listed)
                        level.summary = " ".join(filter(None, (level.summary, said))) or None
                        if listed:
                            competency = dimension.competency(None, part.line)
                            level.cell(competency).statements.extend(
                                ImportedStatement(line.text, cell.line) for line in listed)
                        continue
                    name = heading_name or (header.cells[column].joined() if column < len(header.cells) else "")
                    if heading_name is not None and kinds is not None:
                        self.text_kind_cell(level.cell(dimension.competency(heading_name, header.line)),
                                            kinds[column], cell)
                        continue
                    under = self.document.dimension(block.groups[column], header.line) \
                        if block.groups and column in block.groups else dimension
                    for group, part_cell in _cell_groups(cell, groups):
                        competency = under.competency(unwrap(group or name) if group or name else None, header.line)
                        level.cell(competency).statements.extend(self.statements(part_cell))
                self.ledger.use(part.line)
                placed.add(id(part))
        if groups:
            # Headings inside the column's cells name its competencies ('Role Highlights', 'Domain
            # Expertise'): a header over them that no statement went to ('Role and Competencies') names
            # the column, as its neighbour's ('Level / Title / Experience') does, and is said as such.
            used = {id(cell.competency) for level in self.document.levels for cell in level.cells}
            for column, competency in columns.items():
                if id(competency) not in used:
                    for each in self.document.dimensions:
                        each.competencies = [c for c in each.competencies if c is not competency]
                    self.document.unplaced(header.line, COLUMN_HEADER, header.cells[column].joined())
        else:
            for column, competency in columns.items():  # blank cells before its first statements, or after its last
                self.document.not_applicable_outside(competency, rows_levels, without_decoration(competency.name or ""),
                                                     f"the column of '{competency.name}'", unread.get(column, []))
        for row in block.rows[1:]:
            if id(row) not in placed and any(not cell.empty for cell in row.cells):
                lost = level_left_out(matrix, row)
                if lost is not None:
                    # A whole level lost is said aloud, not only as text not placed.
                    self.document.notice(row.line, f"the row of '{lost}' names a level, but its title is too long to "
                                                   "be read as one: the level is not imported (its cells are "
                                                   "reported as not placed); shorten the title, or give the "
                                                   "level's code before it ('L5 — ...'), to import it")
                self.document.unplaced(row.line, "table row that names no level",
                                       " | ".join(c.joined() for c in row.cells if not c.empty))


    def text_kind_cell(self, target: ImportedCell, kind: str, cell: Cell) -> None:
        """A cell of a column that says what its text is, in a table per
        competency: a summary is the cell's first statement, examples
        illustrate its last statement, a note is its note."""
        if kind == "examples" and target.statements:
            self.examples(target, cell)
            return
        said = self.statements(cell)
        if kind == "summary":
            target.statements[:0] = said
        elif kind == "note":
            target.note = "\n".join(filter(None, [target.note] + [s.text for s in said])) or None
        else:
            target.statements.extend(said)


def _codes_column(rows: list[Row], matrix: Matrix, naming: set[int]) -> tuple[int, dict[int, str]] | None:
    """A column of a levels-as-rows table, beside the levels' names and a
    column of statements, that gives each level's code alone ('IC1',
    'L3'), one a level: the column and, by the level's row, its code."""
    if content_column_count(matrix) < 2:
        return None
    width = max((len(r.cells) for r in rows), default=0)
    for column in range(width):
        if column in naming:
            continue
        said = {index: normalise(unwrap(cell.joined())).strip() for index, _ in matrix.levels
                if (cell := cell_at(rows[index], column)) is not None and not cell.empty}
        codes = {index: code for index, text in said.items() if CODE_ALONE.fullmatch(text) and (code := level_code(text))}
        if len(codes) == len(matrix.levels) == len(said) and len(set(codes.values())) == len(codes):
            return column, codes
    return None


def _ends_step(block: Block, step: Heading | Item) -> bool:
    """Whether a block ends what a step of a scale says it means: a heading
    as deep or less ends a heading's; all but the bullets nested in it end
    an item's."""
    if isinstance(step, Heading):
        return isinstance(block, Heading) and block.depth <= step.depth
    return not (isinstance(block, Item) and block.depth > step.depth)


def _with_addresses(cell: Cell) -> str:
    """A cell's text with where its links point, which its words alone do
    not say ('Design docs (/coaching/design_docs.html)'): a reference
    reported keeps its address."""
    text = cell.joined()
    missing = [address for address in cell.links if address not in text]
    return f"{text} ({', '.join(missing)})" if missing else text


_HEADER_LETTERS = lazy(r"[^\W\d_]+")


def _names_examples(header: Cell | None) -> bool:
    """Whether a column's header says its cells give examples, among other
    words ('Example behaviours', 'Description / Example Behaviour (draft)')."""
    return header is not None and any(word in EXAMPLE_WORDS for word in _HEADER_LETTERS.findall(
        unaccented(unwrap(header.joined())).casefold()))
