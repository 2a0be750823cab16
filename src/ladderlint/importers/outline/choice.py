"""The layout choice: which layout a document is read with, on what
evidence, and the entry point ``interpret``.

``Interpreter`` mixes the layout readers together (``sections``, ``tables``,
``competencies``); its ``run`` weighs the evidence (tables that name levels,
headings that name levels, sections that repeat the same levels) and the
user's steering, and hands the document to the reader of the layout chosen,
which reports the choice and its reasons. ``choose`` settles between a page
that describes one level, a section per level and a table.

A new layout is chosen here: name it in ``reader.LAYOUTS``, look for its
evidence in ``run`` (or ``choose``), and call its reader.
"""

from __future__ import annotations

import itertools

from ..blocks import BOLD_DEPTH, Block, Heading, Item, Other, Outline, Paragraph, Table
from ..document import ImportedDocument, ImportFailure
from ..source import Ledger
from ...text import name_key, plural, strip_markdown
from ...vocabulary import level_code, level_key
from ...patterns import lazy
from ..textutil import is_level_name, normalise, role_of, unwrap
from .helpers import heading_text
from .reader import HEADING_NAMES, RENDERED_LEVELS, Steering
from .sections import say_tracks, SectionReader
from .table_shapes import content_cells, drawn_like_a_ladder, header_rows, holds_no_statements, Matrix, overview_columns
from .tables import TableReader
from .competencies import CompetencyReader


def interpret(
    document: ImportedDocument,
    outline: Outline,
    ledger: Ledger | None,
    level_option: str | None,
    steering: Steering = Steering(),
) -> list[ImportedDocument]:
    """Fill ``document`` from ``outline`` (and return it, or one document per
    track the page holds). Every block is placed or reported; with a
    ``ledger`` (text formats), so is every line outside the blocks."""
    interpreter = Interpreter(document, outline, ledger or Ledger([]), level_option, steering)
    documents = interpreter.run()
    for block in outline.blocks:
        interpreter.drop(block, block.reason if isinstance(block, Other) else "not recognised as part of the ladder")
    for line, reason, words in outline.set_aside:
        document.unplaced(line, reason, words)
    if outline.level_label is not None:
        interpreter.drop(outline.level_label, "front matter key naming a level, on a page that describes several "
                                              "levels or none it can read")
    if ledger is not None:
        ledger.use(*outline.structure)
        ledger.report_rest(document)
    if level_option is not None and len(document.levels) > 1:
        raise ImportFailure(document.path, f"--level applies to a document that describes one level; "
                                           f"this one describes {len(document.levels)}")
    for each in documents:
        each.prune()
    return documents


def _title_over_tracks(headings: list[Heading], levels: list[Heading], tracks: list[Heading]) -> Heading | None:
    """The page's first heading where it stands over its tracks' headings
    at their depth ('# Engineering Levels at Widgetco' before '# Individual
    Contributor Track' and '# Manager Track'): the page's title, which
    names the framework (and may say whose it is), though not the only
    heading at the top; None where the first heading is a track or a level."""
    real = [h for h in headings if not h.bold]
    if not real or not tracks:
        return None
    first = real[0]
    if first is not headings[0] or any(first is h for h in tracks) or first.line >= tracks[0].line \
            or first.depth > tracks[0].depth or any(h.line <= first.line for h in levels):
        return None
    return first


def _tables_without_statements(tables: list[Table]) -> str:
    """What those of ``tables`` that hold no statement hold instead, each
    by its line and header: "the table on line 37, 'Job Title | Min Progress
    | ...', lists names in its first column, but its other cells are only
    figures: nothing a level expects"; "" where every table holds some."""
    said = []
    for table in tables:
        held = holds_no_statements(table)
        if held is None:
            continue
        header = [strip_markdown(unwrap(c.joined())).strip() for c in header_rows(table)[-1].cells if not c.empty]
        shown = " | ".join(header[:4]) + (" | ..." if len(header) > 4 else "")
        said.append(f"the table on line {table.line}, '{shown}', lists names in its first column, but its other "
                    f"cells are only {held}, nothing a level expects")
    return "; ".join(said)


def _what_it_holds(headings: list[Heading], tables: list[Table]) -> str:
    """What a document that names no level holds instead: its headings and
    its tables' headers, some of each, as a reader would look for levels."""
    def some(names: list[str], count: int) -> str:
        return ", ".join(f"'{n}'" for n in names[:count]) + (" ..." if len(names) > count else "")

    said = []
    if headings:
        names = [heading_text(h) for h in headings]
        repeated = [name for n, name in enumerate(names) if names.index(name) == n and names.count(name) > 1]
        # Headings that repeat are a level's sections only under a heading of their own, one a level.
        how = (f"and the headings that repeat ({some(repeated, 3)}) have no heading above each repeat to name its "
               "level" if repeated else "nor do they repeat from level to level")
        said.append(f"none of its {plural(len(headings), 'heading')} ({some(names, 5)}) "
                    f"names a level such as IC3, P2, Level 4 or Engineer II, {how}")
    else:
        said.append("it has no heading that names a level such as IC3, P2, Level 4 or Engineer II")
    if tables:
        # Every row of a header drawn over two (a group's cell over the columns it spans).
        headers = [" over ".join("'" + " | ".join(strip_markdown(unwrap(c.joined())).strip()
                                                  for c in row.cells if not c.empty) + "'"
                                 for row in header_rows(t)) for t in tables]
        shown = ", ".join(headers[:2]) + (" ..." if len(headers) > 2 else "")
        rows = "header rows" if " over " in headers[0] else "header"
        said.append(f"no table's header row names levels (its table's {rows}: {shown})" if len(tables) == 1 else
                    f"no table's header row names levels (its {len(tables)} tables' headers: {shown})")
    return ", and ".join(said)


#: What a page whose table of statements names no levels says.
NO_LEVELS = "cannot tell which levels this document's table names"


class Interpreter(SectionReader, TableReader, CompetencyReader):
    """Chooses the layout of a document and reads it with the reader of that layout."""

    # --- the whole document ------------------------------------------------

    def run(self) -> list[ImportedDocument]:
        blocks: list[Block] = [b for b in self.outline.blocks if not isinstance(b, Other)]
        chosen = self.steering.layout
        matrices = self.matrices(blocks)
        overview: Matrix | None = None
        if chosen in (None, "competency-per-section") and self.steering.level_heading is None \
                and len(matrices) == 1 and overview_columns(matrices[0]) is not None:
            # A table of the levels ('Level | Title | Focus', short phrases) names no competency: set
            # it aside while the competencies' sections under it are looked for.
            overview, matrices = matrices[0], []
        headings = [b for b in blocks if isinstance(b, Heading)]
        title = self.title_heading(headings)
        if self.steering.level_heading is None and self.steering.competency_heading is None:
            self.bold_under_bold_levels(headings)
            self.bold_title(headings)
            title = self.title_heading(headings)  # a first line in bold may have turned out the title
        if self.steering.level_heading == BOLD_DEPTH and self.steering.competency_heading is None \
                and not any(h.depth == BOLD_DEPTH for h in headings) and self.levels_as_items(blocks, bold=True):
            # --level-heading bold where the levels are a list's top items in bold ('- **Junior**' over
            # nested bullets): those items, as the user says.
            blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
            headings = [b for b in blocks if isinstance(b, Heading)]
        level_headings, depth, reasons = self.level_headings(headings, title)
        if chosen is None and _rated_under_levels(matrices, level_headings):
            # 'Axis | Level | Description' under each '### Level 1: Associate Analyst (IC1)': the column
            # rates each row at the heading's level; the headings are the levels, the tables theirs.
            matrices = []
        transposed = self.competency_sections(blocks, headings, title)
        if chosen is None and self.steering.level_heading is None and (rendered := self.rendered_levels(headings)):
            # ladderlint's own page: its levels are the headings under 'What each level expects', one or many.
            level_headings, transposed, chosen = rendered, None, "level-per-section"
            reasons = [f"a page `ladderlint render` wrote: {plural(len(rendered), 'heading')} under "
                       f"'{RENDERED_LEVELS}' name levels"]
        if transposed is None and not matrices and not level_headings and chosen in (None, "competency-per-section") \
                and self.steering.level_heading is None and (self.levels_as_lead_lines(blocks, headings, title)
                                                             or self.levels_as_labels(blocks, headings, title)):
            # The levels are lines, or bold labels, under each competency's heading: read as its sub-headings.
            blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
            headings = [b for b in blocks if isinstance(b, Heading)]
            level_headings, depth, reasons = self.level_headings(headings, title)
            transposed = self.competency_sections(blocks, headings, title)
        if transposed is None and not matrices and level_headings and self.steering.level_heading is None \
                and (chosen == "competency-per-section" or _names_a_level_twice(level_headings)) \
                and self.levels_as_labels(blocks, headings, title):
            # '- **E3**: ...' under each competency's heading, before sections about the levels whose
            # headings name them again ('### For E3' under 'Key Questions', '### E3' under 'Pitfalls'):
            # the ladder is the labelled one; headings that name one level twice are no ladder's.
            blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
            headings = [b for b in blocks if isinstance(b, Heading)]
            level_headings, depth, reasons = self.level_headings(headings, title)
            transposed = self.competency_sections(blocks, headings, title)
        if transposed is None and chosen == "competency-per-section" and self.steering.level_heading is None \
                and not level_headings and self.levels_as_numbers(blocks, headings, title):
            # --layout competency-per-section over the same numbered list under each competency.
            blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
            headings = [b for b in blocks if isinstance(b, Heading)]
            transposed = self.competency_sections(blocks, headings, title)
        if transposed is None and self.steering.level_heading == BOLD_DEPTH and self.steers_to_competencies() \
                and self.labels_as_bold_headings():
            # '**P1:** ...' under each competency's heading: the bold levels the user names.
            blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
            headings = [b for b in blocks if isinstance(b, Heading)]
            level_headings, depth, reasons = self.level_headings(headings, title)
            transposed = self.competency_sections(blocks, headings, title)
        if chosen is None and transposed is not None and self.steers_to_competencies():
            chosen = "competency-per-section"  # the levels' headings under the competencies', as the user says
        # Names that do not say they are levels, only their order, are outweighed by a page that
        # says its level ('**Level 4** | ...'), or by --level: the same parts under each skill.
        one_level = self.sections_by == "order" and (self.level_option is not None or
                                                      self.level_label(blocks) is not None)
        if chosen is None and transposed is not None and not matrices and self.steering.level_heading is None \
                and not one_level \
                and not (level_headings and say_tracks([normalise(s.heading.text) for s in transposed])):
            # Headings that say they are tracks ('Backend track') over the same levels are not competencies.
            chosen = "competency-per-section"
        if overview is not None and chosen != "competency-per-section":
            matrices = [overview]  # no competency's section: the table is what the page holds
            overview = None
        if chosen is None:
            try:
                # The file's name is weighed after a list whose items name several levels: it does
                # not make 'db1-nested-lead.md', five levels' items, one level.
                chosen = self.choose(matrices, level_headings, title, blocks, weak=any("repeat" in r for r in reasons),
                                     file_name=False)
            except ImportFailure:
                # No heading or table names a level: the levels may be a list's top items
                # ('- **Junior level engineer**' over its statements).
                # Or lines that each open a level's section ('**L2:** Owns features ...', 'L2 — Engineer').
                lines = 0
                if self.levels_as_items(blocks):
                    said = "top-level list items name levels, the statements nested under them"
                elif self.file_level() is not None:
                    lines = 1  # the file's name names the page's level ('senior-engineer.md')
                elif lines := self.levels_as_lines(blocks):
                    said = "lines name levels ({shown}), each opening its level's section"
                elif not self.levels_as_numbers(blocks, headings, title):
                    raise
                blocks = [b for b in self.outline.blocks if not isinstance(b, Other)]
                headings = [b for b in blocks if isinstance(b, Heading)]
                title = self.title_heading(headings)
                level_headings, depth, reasons = self.level_headings(headings, title)
                if self.levels_numbered:
                    # The same numbered list under each competency's heading: its numbers are the levels.
                    transposed = self.competency_sections(blocks, headings, title)
                    chosen = "competency-per-section"
                elif not level_headings and lines == 1:
                    # One line over the bullets names the page's level ('IC3 Senior Engineer').
                    chosen = self.choose(matrices, level_headings, title, blocks)
                elif not level_headings:
                    raise
                else:
                    # The document's own lines, as the report quotes what it read ('Level 1 — Engineer I').
                    shown = ", ".join(normalise(h.text) for h in level_headings[:4]) + \
                        (" ..." if len(level_headings) > 4 else "")
                    reasons = [f"{len(level_headings)} {said.format(shown=shown)}"]
                    chosen = "level-per-section"
        if chosen in ("levels-as-columns", "levels-as-rows", "proficiency-matrix"):
            wanted = matrices
            if self.steering.layout:
                rows = chosen == "levels-as-rows"
                wanted = [m for m in matrices if (m.layout == "levels-as-rows") == rows]
            if not wanted:
                tables = [b for b in self.outline.blocks if isinstance(b, Table) and len(b.rows) >= 3]
                without = _tables_without_statements(tables)
                why = f"; {without}" if without else ""
                # A proficiency matrix's header names proficiencies (Beginner | Expert), read as its levels.
                naming = {"levels-as-rows": "levels in its first column",
                          "proficiency-matrix": "proficiencies (such as Beginner, Intermediate, Expert) in its "
                                                "header row over cells of statements"}.get(chosen,
                                                                                           "levels in its header row")
                raise ImportFailure(self.document.path, f"--layout {chosen}: no table in the document names "
                                                        f"{naming}{why}")
            return self.tables(wanted)
        if chosen == "competency-per-section":
            if transposed is None:
                raise ImportFailure(self.document.path, self.no_competency_sections(headings))
            return self.by_competency(blocks, title, transposed, overview)
        if chosen == "level-per-section":
            if not level_headings:
                forced = self.steering.level_heading
                if forced is not None:
                    name = next(k for k, v in HEADING_NAMES.items() if v == forced)
                    raise ImportFailure(self.document.path, f"--level-heading {name}: the document has no such "
                                                            "headings (neither lines in bold alone nor top list items in bold over nested items)")
                raise ImportFailure(self.document.path, "--layout level-per-section: no headings name levels; "
                                                        "say which with --level-heading h2 (or h1 ... h6, bold)")
            weak = any("repeat" in r for r in reasons)
            aspects = _aspects_of_one_level(level_headings) if self.steering.level_heading is None else None
            if aspects is not None:
                # 'Expectations of a Senior Software Engineer', 'Attributes of a Senior Software Engineer':
                # one level, in sections whose first words name what each holds (its competencies).
                level, named = aspects
                shown = ", ".join(normalise(h.text) for h, _ in named)
                first = named[0][0]
                heading = Heading(first.depth, level, first.line, first.line)
                by_id = {id(h): Heading(h.depth + 1, aspect, h.line, h.last) for h, aspect in named}

                def regrouped(found: list[Block]) -> list[Block]:
                    """The blocks with the level's heading over its sections' headings."""
                    return [b for old in found for b in ([heading, by_id[id(old)]] if old is first
                                                         else [by_id.get(id(old), old)])]

                blocks = regrouped(blocks)
                self.outline.blocks = regrouped(self.outline.blocks)
                level_headings = [heading if h is first else h for h in level_headings
                                  if h is first or id(h) not in by_id]
                reasons = [f"{len(named)} headings name one level, '{level}' ({shown}): its sections, each a "
                           "competency named by the heading's first words"]
            tracks = self.heading_tracks(blocks, level_headings, title) if self.steering.level_heading is None \
                else None
            if tracks is not None and title is None:
                title = _title_over_tracks(headings, level_headings, [heading for heading, _ in tracks[0]])
            self.set_name(title)
            if tracks is not None:
                return self.track_sections(blocks, level_headings, title, *tracks, weak=weak)
            marked = self.marked_tracks(level_headings) if self.steering.level_heading is None else None
            if marked is not None and self.steering.split_tracks:
                return self.track_sections(blocks, level_headings, title, *marked[:2], weak=weak, names=marked[2])
            # Codes of two sequences (P1-P5, M1-M3) are two tracks, as headings over them say.
            codes = self.code_tracks(level_headings) if self.steering.level_heading is None and marked is None \
                else None
            if codes is not None:
                return self.track_sections(blocks, level_headings, title, *codes[:2], weak=weak, names=codes[2])
            roles = self.role_tracks(level_headings) if self.steering.level_heading is None and marked is None \
                else None
            if roles is not None and self.steering.split_tracks:
                return self.track_sections(blocks, level_headings, title, *roles, weak=weak, by_role=True)
            self.layout("level-per-section", reasons, weak=weak, line=level_headings[0].line)
            if marked is not None:
                groups, said, names = marked
                listed = "', '".join(names)
                self.document.notice(groups[1][0].line, f"{said}, {len(groups)} tracks ('{listed}'): read as "
                                     "one ladder; to import each as a track of its own, pass --split-tracks -o DIR")
            elif roles is not None:
                (_, contributors), (_, managers) = roles[0]
                self.document.notice(managers[0].line, f"the levels name two roles, '{role_of(heading_text(contributors[0]))}' "
                                     f"then '{role_of(heading_text(managers[0]))}': read as one ladder; to import each "
                                     "as a track of its own, pass --split-tracks -o DIR",
                                     ", ".join(heading_text(h) for h in managers))
            self.many_levels(blocks, level_headings, title)
            return [self.document]
        # level-per-page
        return self.level_page(blocks, headings, title)

    def rendered_levels(self, headings: list[Heading]) -> list[Heading]:
        """The headings of the levels on a page `ladderlint render` wrote:
        those right under its heading 'What each level expects'; [] on any
        other page."""
        if not self.rendered:
            return []
        over = next((h for h in headings if normalise(h.text) == RENDERED_LEVELS), None)
        if over is None:
            return []
        after = list(itertools.takewhile(lambda h: h.depth > over.depth, headings[headings.index(over) + 1:]))
        return [h for h in after if h.depth == over.depth + 1]

    def no_competency_sections(self, headings: list[Heading]) -> str:
        """Why --layout competency-per-section finds no competency holding
        levels, and what to try."""
        said = "--layout competency-per-section"
        level_depth, competency_depth = self.steering.level_heading, self.steering.competency_heading
        if level_depth is None:
            return (f"{said}: no two headings hold the same levels (sub-headings in the same order under each, "
                    "or list items naming a level); say which headings name the levels, and which the "
                    "competencies, with --level-heading and --competency-heading (h1 ... h6, bold)")
        levels = next(k for k, v in HEADING_NAMES.items() if v == level_depth)
        if not any(h.depth == level_depth for h in headings):
            return f"{said} --level-heading {levels}: the document has no such headings (a bold list item is not " \
                   "a heading)"
        if competency_depth is not None:
            competencies = next(k for k, v in HEADING_NAMES.items() if v == competency_depth)
            if competency_depth >= level_depth:
                return (f"{said}: the competencies' headings (--competency-heading {competencies}) must be above "
                        f"the levels' (--level-heading {levels}), each holding some of them")
            return f"{said}: no {competencies} heading holds {levels} headings (the levels); check the depths"
        return f"{said}: no heading above the {levels} headings (the levels) holds them; say which headings " \
               "are the competencies with --competency-heading"

    def choose(self, matrices: list[Matrix], level_headings: list[Heading], title: Heading | None,
               blocks: list[Block], weak: bool = False, file_name: bool = True) -> str:
        """The layout the evidence supports best: the one that places the most content.
        ``weak``: the level headings are only headings whose sub-headings
        repeat, which a page that says its level ('**Level 4** | ...'), or
        ``--level``, outweighs. ``file_name``: whether the file's name may
        say the page's level."""
        in_tables = sum(content_cells(m) for m in matrices)
        in_sections = sum(1 for b in blocks if isinstance(b, (Item, Paragraph)) and b.line > (level_headings[0].line
                          if level_headings else 10**9))
        if matrices and in_tables >= in_sections:
            kinds = [m.layout for m in matrices]
            return max(set(kinds), key=lambda k: (kinds.count(k), k))
        if level_headings and (len(level_headings) >= 2 or title is None or level_headings[0] is not title):
            one_level = self.level_option is not None or self.level_label(blocks) is not None
            if len(level_headings) >= 2 and not (weak and one_level):
                return "level-per-section"
        headings = [b for b in blocks if isinstance(b, Heading)]
        # A page names its level in its first heading ('IC3 Software Engineer'),
        # or in the one heading with a level code under the page's title.
        names_a_level = any(level_code(normalise(h.text)) or self.names_page_level(h) for h in headings[:1]) or \
            sum(1 for h in headings if not h.bold and level_code(normalise(h.text))) == 1 or \
            self.page_title_level() is not None or self.level_label(blocks) is not None or \
            file_name and self.file_level() is not None or self.only_level_heading(headings, title) is not None
        if self.level_option is None and not names_a_level:
            if not level_headings:
                code = self.file_code(strict=True)
                hint = f" (its file's name suggests --level {code})" if code else ""
                tabled = [b for b in blocks if isinstance(b, Table) and len(b.rows) >= 3]
                tables = (", or --layout levels-as-rows (or levels-as-columns) if a table's first column (or "
                          "header) names the levels") if any(holds_no_statements(t) is None for t in tabled) else \
                    (f". No layout of tables finds a ladder here: {_tables_without_statements(tabled)}"
                     if tabled else "")
                if any(drawn_like_a_ladder(t) for t in tabled):
                    # A table of statements under three columns or more: a ladder whose levels go unnamed,
                    # rather than one level's page.
                    raise ImportFailure(
                        self.document.path,
                        f"{NO_LEVELS}: {_what_it_holds(headings, tabled)}. If a table's header (or first "
                        "column) names the levels, pass --layout levels-as-columns (or levels-as-rows); if the "
                        f"page describes one level, pass --level ID{hint}",
                        tabled[0].line,
                    )
                raise ImportFailure(
                    self.document.path,
                    f"cannot tell which level this document describes: {_what_it_holds(headings, tabled)}; "
                    f"a guide or a comparison of roles has no ladder to import. If it describes one level, "
                    f"pass --level ID{hint}, or --layout with --level-heading{tables}",
                    headings[0].line if headings else tabled[0].line if tabled else 0,
                )
        return "level-per-page"


#: A cell that is a figure alone ('3', '2.5'): a rating, not a level's name.
_FIGURE = lazy(r"\d+(?:[.,]\d+)?")


def _rated_under_levels(matrices: list[Matrix], level_headings: list[Heading]) -> bool:
    """Whether the tables read as levels-as-rows only because a column
    headed 'Level' holds figures ('Axis | Level | Description', 1 to 4),
    each table under a heading of its own that names a level ('### Level 1:
    Associate Data Analyst (IC1)'): the figures rate the rows at the
    heading's level, as a skills matrix does, and the headings are the
    levels."""
    if len(level_headings) < 2 or not matrices:
        return False
    under: set[int] = set()
    for matrix in matrices:
        if matrix.layout != "levels-as-rows" or matrix.title_column is not None:  # '1 | Associate' names one
            return False
        said = [normalise(unwrap(row.cells[matrix.level_column].joined())) for row in matrix.table.rows[1:]
                if matrix.level_column < len(row.cells)]
        if not said or not all(_FIGURE.fullmatch(cell) for cell in said if cell):
            return False
        heading = next((h for h in reversed(matrix.path) if any(h is level for level in level_headings)), None)
        if heading is None or id(heading) in under:
            return False
        under.add(id(heading))
    return True


def _names_a_level_twice(headings: list[Heading]) -> bool:
    """Whether headings that name levels name one of them twice ('### For E3'
    under 'Key Questions', '### E3' under 'Common Pitfalls'): sections about
    the levels, as a ladder never heads one level twice."""
    keys = [level_code(normalise(h.text)) or level_key(normalise(h.text)) for h in headings
            if is_level_name(normalise(h.text))]
    return len(set(keys)) < len(keys)


#: A heading that names what a section holds of a level: 'Expectations of a Senior Software Engineer'.
_ASPECT_OF_LEVEL = lazy(r"(?P<aspect>[A-Z][\w'’ -]{1,40}?)\s+(?:of|for)\s+(?:a|an|the)\s+(?P<level>\S.{1,60})")


def _aspects_of_one_level(headings: list[Heading]) -> tuple[str, list[tuple[Heading, str]]] | None:
    """Headings that each name one and the same level, after words that say
    what the section holds of it ('Expectations of a Senior Engineer',
    'Attributes of a Senior Engineer'), the others naming no level
    ('References'): the level, and those headings with their words; None
    where fewer than two do so, or another heading names a level."""
    named: list[tuple[Heading, str]] = []
    levels = set()
    for heading in headings:
        said = _ASPECT_OF_LEVEL.fullmatch(normalise(heading.text))
        if said is not None and is_level_name(said["level"]):
            named.append((heading, said["aspect"].strip()))
            levels.add((name_key(said["level"]), said["level"].strip()))
        elif is_level_name(normalise(heading.text)):
            return None
    if len(named) < 2 or len({key for key, _ in levels}) != 1 or \
            len({name_key(a) for _, a in named}) < len(named):
        return None
    return next(iter(levels))[1], named
