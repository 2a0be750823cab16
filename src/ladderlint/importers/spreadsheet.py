"""Spreadsheets: CSV files and Excel workbooks (XLSX, through openpyxl, the
``xlsx`` extra).

Each sheet is one table in the document tree, under a heading with the
sheet's name when the workbook has several; the interpreter then finds the
ladder in either orientation (levels as columns or as rows). Rows above a
sheet's header that hold one cell ('Engineering Ladder 2024') are not its
header: the first is the document's title, which names the framework as a
page's does (a heading over the table; in a workbook of several sheets,
the workbook's title, reported where a later sheet repeats it), the others
paragraphs (the framework's description, or reported); one that opens
with a note's label ('Instructions: ...', 'How to use this sheet') is
neither, and is reported. Rows at the foot of a sheet, after a blank
row, that each hold one cell ('How to read the ladder', 'Pro tips') are
notes on the table, reported. A hidden sheet, row or column is a draft or a
helper the author hid: left out, and each reported with its sheet and row
or column; but a row a filter hides (the sheet's, or an Excel table's,
filtering by something) is hidden to show others, and read, the report
saying a filter was on. A line break inside a cell separates statements,
unless the line below goes on with the sentence above it ('Writes clear
code and' over 'reviews others' changes'); a line starting with a bullet
(•, -, *, '1.') is one. A CSV file's lines are its rows; a workbook's rows
are numbered on from sheet to sheet, and the report names the sheet and
the cell instead ('Levels'!C4, see Places).
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from dataclasses import dataclass, field, replace
from typing import AbstractSet, Any

from ..text import and_list, strip_markdown
from .blocks import Cell, Heading, Other, Outline, Paragraph, Row, Table, set_aside_page_properties
from .common import BULLET, cell_statements
from .document import ImportFailure, ReportEntry
from .source import BLANK_CHARACTERS
from .textutil import is_level_name, normalise
from ..text import MARKDOWN_HEADING, goes_on_below
from ..vocabulary import note_label, proficiency
from ..patterns import lazy


def looks_like_csv(path: str) -> bool:
    return path.lower().endswith((".csv", ".tsv"))


def looks_tab_separated(text: str) -> bool:
    """Whether a text is a table with tabs between its cells: two lines or
    more, each of the same number of cells, two or more (Excel's 'Unicode
    Text', saved as '.txt')."""
    lines = [line for line in text.splitlines() if line.strip()]
    counts = {line.count("\t") for line in lines}
    return len(lines) >= 2 and len(counts) == 1 and min(counts) >= 1


def reads_as_delimited(text: str) -> str | None:
    """The name of the delimiter a text's rows are cut by ('commas', 'semicolons',
    'tabs') where it reads as a spreadsheet's rows whatever its file name (a
    CSV saved as '.md'): two rows or more, each of as many cells as its header
    row (two or more), and no Markdown heading, table or bullet; else None."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if len(lines) < 2 or any(MARKDOWN_HEADING.match(line) or line.lstrip().startswith(("|", "- ", "* "))
                             for line in lines):
        return None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return None
    rows = [row for row in csv.reader(io.StringIO(text[:65536]), dialect) if any(c.strip() for c in row)][:50]
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    # A quoted cell may run past the sample's end: the last row read may be cut short.
    even = sum(len(row) == len(rows[0]) for row in rows[:-1] or rows)
    if even < max(1, len(rows[:-1] or rows) * 4 // 5):
        return None
    return {",": "commas", ";": "semicolons", "\t": "tabs"}.get(dialect.delimiter)


#: A Markdown table's line under its header ('| --- | :---: |').
_MARKDOWN_DELIMITER_ROW = lazy(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _not_csv(path: str, text: str) -> None:
    """Fail on a Markdown document given as CSV (--format csv): read as CSV,
    its table's rows would be cut at every comma, into a message about
    levels that the user cannot act on."""
    lines = text.split("\n")
    heading = next((n for n, line in enumerate(lines, 1) if MARKDOWN_HEADING.match(line)), None)
    delimiter = next((n for n, line in enumerate(lines, 1) if _MARKDOWN_DELIMITER_ROW.match(line)), None)
    if delimiter is None and (heading is None or sum(line.lstrip().startswith("|") for line in lines) < 2):
        return
    where = [f"a Markdown heading on line {heading}" if heading is not None else "",
             f"a Markdown table's header line on line {delimiter}" if delimiter is not None else ""]
    line = min(n for n in (heading, delimiter) if n is not None)
    raise ImportFailure(path, f"this is not CSV: it has {' and '.join(w for w in where if w)}; it reads as Markdown: "
                              "drop --format csv (the format is detected) or pass --format markdown", line)


def parse_csv(path: str, text: str) -> Outline:
    # Tabs part the cells of a '.tsv', and of a '.txt' whose every line has as many (Excel's 'Unicode Text').
    tabs = path.lower().endswith(".tsv") or not path.lower().endswith(".csv") and looks_tab_separated(text)
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if tabs else csv.excel
    if not tabs:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
            # The sniffer says quotes are not doubled where its sample shows none doubled; every
            # spreadsheet writes a quote in a cell doubled ('""tragedy of the commons""'), and
            # read otherwise the cell ends there, its rest cut into cells of other columns.
            dialect.doublequote = True
        except csv.Error:
            dialect = csv.excel
    _not_csv(path, text)
    _unclosed_quote(path, text, dialect)
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[Row] = []
    last = 1  # the last line of the last row that holds something, its quoted line breaks included
    try:
        for values in reader:
            line = reader.line_num
            rows.append(_row(values, line - _breaks(values)))
            if any(value.strip() for value in values):
                last = line
    except csv.Error as error:
        raise ImportFailure(path, f"not a valid CSV file: {error}", reader.line_num) from None
    outline = Outline()
    # A row of empty cells (',,,,') is a blank line, the file's structure.
    blank = {r.line for r in rows if all(c.empty for c in r.cells)}
    outline.structure.extend(sorted(blank))
    _sheet(outline, [r for r in rows if not all(c.empty for c in r.cells)], last, titled=False, blank=blank)
    set_aside_page_properties(outline, "sheet")
    return outline


def _unclosed_quote(path: str, text: str, dialect: type[csv.Dialect] | csv.Dialect) -> None:
    """Fail where a quoted cell is never closed: read leniently, the rest of
    the file would be that one cell, every row after it lost without a word."""
    quote = getattr(dialect, "quotechar", '"') or '"'
    reader = csv.reader(io.StringIO(text), dialect, strict=True)
    start = 1  # the first line of the row being read
    try:
        for _ in reader:
            start = reader.line_num + 1
    except csv.Error as error:
        if "end of data" not in str(error):
            return  # another fault, which the lenient reading tolerates as spreadsheets do
        lines = text.splitlines()
        first = lines[start - 1] if start - 1 < len(lines) else ""
        delimiter = getattr(dialect, "delimiter", ",") or ","
        # The quote that opens a cell: at the start of the row or right after a delimiter.
        opening = [i for i, ch in enumerate(first) if ch == quote and (i == 0 or first[i - 1] == delimiter)]
        column = opening[-1] + 1 if opening else 1
        raise ImportFailure(path, f"a quoted cell opened here is never closed (its closing {quote} is missing): "
                                  "the rest of the file would be read as this one cell", start, column) from None


def _breaks(values: list[str]) -> int:
    """Line breaks inside the row's quoted cells (csv reports the row's last line)."""
    return sum(value.count("\n") for value in values)


def parse_xlsx(path: str, data: bytes) -> Outline:
    try:
        import openpyxl  # lazily, and optional: pip install 'ladderlint[xlsx]'
        from openpyxl.utils import get_column_letter, range_boundaries
    except ImportError:
        raise ImportFailure.needs_extra(path, "reading Excel workbooks", "openpyxl", "xlsx") from None
    try:
        # Not read-only: a read-only sheet does not say which cells are merged.
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFailure(path, f"cannot read the workbook: {error}", 1) from None
    try:
        unsaved = _unsaved_formulas(openpyxl, data, workbook)
    except Exception as error:  # read once already: a fault here is the workbook's too
        raise ImportFailure(path, f"cannot read the workbook's formulas: {error}", 1) from None
    outline = Outline()
    places = outline.places = Places()
    sheets = [sheet for sheet in workbook.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"]
    hidden: list[Other] = []  # what the author hid, reported after the sheets
    for sheet in workbook.worksheets:
        if sheet not in sheets and any(v is not None for r in sheet.iter_rows(values_only=True) for v in r):
            hidden.append(Other(sheet.title, 1, 1, _HIDDEN.format("sheet"), place=quoted(sheet.title)))
    offset = 0  # the line before the sheet's first row: a line is one row of one sheet
    for sheet in sheets:
        rows: list[Row] = []
        merged = _merged(sheet)
        rows_hidden, columns_hidden = _hidden(sheet)
        # A filter hides rows to show others, not as drafts: its rows are read, and the report says so.
        filtered = {area: _filtered_rows(sheet, area) for area in _filters(sheet)}
        for numbers in filtered.values():
            rows_hidden -= set(numbers)
        filled: set[int] = set()  # the rows that hold text
        places.sheets.append((offset, sheet.title))
        columns_said: dict[int, tuple[int, list[str]]] = {}  # a hidden column's first line and its texts
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            line = offset + number
            texts = ["" if value is None else str(value) for value in values]
            if number in rows_hidden:
                said = [t.strip() for t in texts if t.strip(BLANK_CHARACTERS)]
                if said:
                    hidden.append(Other(" | ".join(said), line, line,
                                        _HIDDEN.format(f"row {number} of sheet '{sheet.title}'"),
                                        place=f"{quoted(sheet.title)}!{number}:{number}"))
                continue
            for column in columns_hidden:
                if column <= len(texts) and texts[column - 1].strip(BLANK_CHARACTERS):
                    columns_said.setdefault(column, (line, []))[1].append(texts[column - 1].strip())
            kept = [(column, text) for column, text in enumerate(texts, start=1) if column not in columns_hidden]
            places.cells[line] = [(get_column_letter(column), text) for column, text in kept
                                  if text.strip(BLANK_CHARACTERS)]
            for column, _ in kept:
                formula = unsaved.get((sheet.title, number, column))
                if formula is not None:
                    hidden.append(Other(formula, line, line, _UNSAVED,
                                        place=f"{quoted(sheet.title)}!{get_column_letter(column)}{number}"))
            row = _row([text for _, text in kept], line)
            for (column, _), cell in zip(kept, row.cells):
                cell.unread = (sheet.title, number, column) in unsaved
                spans = merged.get((number, column))
                if spans == 0:
                    cell.covered = True  # a place a merged cell spans, from the left or from above
                elif spans:
                    cell.columns = spans
            if not all(cell.empty for cell in row.cells):
                rows.append(row)
                filled.add(number)
        for column, (first, said) in sorted(columns_said.items()):
            letter = get_column_letter(column)
            hidden.append(Other(" | ".join(said), first, first,
                                _HIDDEN.format(f"column {letter} of sheet '{sheet.title}'"),
                                place=f"{quoted(sheet.title)}!{letter}:{letter}"))
        for area, numbers in filtered.items():
            read = [str(number) for number in numbers if number in filled]
            if read:
                rows_said = f"row {read[0]}" if len(read) == 1 else f"rows {and_list(read)}"
                outline.notices.append((offset + range_boundaries(area)[1], f"a filter is on here, hiding {rows_said} "
                                        f"of sheet '{sheet.title}' from view: read all the same (a filter hides rows "
                                        "to show others; it marks no drafts)", f"{quoted(sheet.title)}!{area}"))
        blank = {offset + number for number in range(1, sheet.max_row + 1)
                 if number not in filled and number not in rows_hidden}
        offset += sheet.max_row
        if not rows:
            continue
        if len(sheets) > 1:
            outline.blocks.append(Heading(2, sheet.title, rows[0].line, rows[0].line))
        _sheet(outline, rows, rows[-1].line, titled=len(sheets) > 1, blank=blank)
    workbook.close()
    if not outline.blocks and not hidden:
        # Said as plainly as an empty file: no layout can be at fault where nothing is written.
        raise ImportFailure(path, "the workbook holds no data (every sheet is empty); nothing to import")
    outline.blocks.extend(hidden)
    set_aside_page_properties(outline, "sheet")
    return outline


def quoted(sheet: str) -> str:
    """A sheet's name as a reference to one of its cells writes it ('Levels'!C4)."""
    return "'" + sheet.replace("'", "''") + "'"


@dataclass
class Places:
    """Where a workbook's lines are, as a spreadsheet names them. The rows of
    each sheet are numbered on from the last row of the sheet before it, so
    that a line is one row of one sheet; the report names the sheet and the
    cell ('Levels'!C4) instead: a row number alone does not say which sheet,
    nor which of the row's cells."""

    #: Each visible sheet: the line before its first row, and its name.
    sheets: list[tuple[int, str]] = field(default_factory=list)
    #: The cells of each line that hold text: (column letter, text).
    cells: dict[int, list[tuple[str, str]]] = field(default_factory=dict)

    def row(self, line: int) -> tuple[str, int] | None:
        """The sheet and the row number of a line."""
        found = bisect.bisect_left(self.sheets, line, key=lambda sheet: sheet[0]) - 1
        if line < 1 or found < 0:
            return None
        offset, name = self.sheets[found]
        return name, line - offset

    def cell(self, line: int, text: str = "") -> str | None:
        """The cell of a line whose text is ``text`` (or holds it: one
        statement of several); else the row's first cell that holds text."""
        row = self.row(line)
        if row is None:
            return None
        said = " ".join(text.split())
        cells = [(letter, " ".join(value.split())) for letter, value in self.cells.get(line, [])]
        found = next((letter for letter, value in cells if said and value == said), None) or next(
            (letter for letter, value in cells if said and said in value), None) or next(
            (letter for letter, _ in cells), "A")
        return f"{quoted(row[0])}!{found}{row[1]}"

    def located(self, entry: ReportEntry) -> ReportEntry:
        """``entry`` naming its sheet and cell, and the rows its reason names."""
        place = entry.place or (self.cell(entry.line, entry.text) if entry.line else None)
        return replace(entry, place=place or "", reason=self.rows_named(entry.reason))

    def locate(self, failure: ImportFailure) -> None:
        """Have ``failure`` name its sheet and cell, and the rows it names."""
        if failure.line and not failure.place:
            failure.place = self.cell(failure.line) or ""
        failure.message = self.rows_named(failure.message)

    def rows_named(self, text: str) -> str:
        """``text`` naming each line it names as the row of its sheet."""
        def row_named(match: re.Match[str]) -> str:
            row = self.row(int(match.group(1)))
            return match.group(0) if row is None else f"row {row[1]} of sheet '{row[0]}'"

        return _LINE.sub(row_named, text)


#: A line the reader's reason names ('the table on line 3'), not one of the YAML's ('line 5 of the YAML').
_LINE = lazy(r"\bline (\d+)\b(?! of )")


#: Why a hidden sheet, row or column is left out: the author hid a draft or a helper.
_HIDDEN = "hidden {} (a draft or a helper the author hid), left out"


#: Why a formula's cell is empty: the workbook keeps no value for it (written by a program, never
#: opened in a spreadsheet program, which would have worked it out and saved it).
_UNSAVED = ("a formula with no saved value, left out: open and save the workbook in a spreadsheet program, "
            "or paste values")


def _unsaved_formulas(openpyxl: Any, data: bytes, workbook: Any) -> dict[tuple[str, int, int], str]:
    """The formulas, by (sheet, row, column), whose cells keep no value.
    A workbook keeps each formula's last value beside it, which is what
    ``data_only`` reads; one a script wrote and no spreadsheet program ever
    opened keeps none, and its cell reads as empty. A formula whose value is
    empty text is typed as text (``str``): it is an empty cell, not this."""
    found: dict[tuple[str, int, int], str] = {}
    formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        for sheet in formulas.worksheets:
            values = workbook[sheet.title]
            for row in sheet.iter_rows():
                for cell in row:
                    if getattr(cell, "data_type", None) != "f":
                        continue
                    saved = values.cell(cell.row, cell.column)
                    if saved.value is None and saved.data_type != "str":
                        found[(sheet.title, cell.row, cell.column)] = str(getattr(cell.value, "text", cell.value))
    finally:
        formulas.close()
    return found


def _filters(sheet: Any) -> list[str]:
    """The ranges of a sheet that a filter is on over: the sheet's own, or an
    Excel table's. A range with filter buttons but no criteria hides nothing:
    rows hidden in it were hidden by hand."""
    filters = [getattr(sheet, "auto_filter", None)] + [
        getattr(table, "autoFilter", None) for table in getattr(sheet, "tables", {}).values()]
    return [str(autofilter.ref) for autofilter in filters if autofilter is not None and autofilter.ref
            and any(getattr(column, criteria, None) is not None
                    for column in autofilter.filterColumn or () for criteria in _CRITERIA)]


#: What a filter's column filters by (openpyxl's FilterColumn): one of these set is a criterion.
_CRITERIA = ("filters", "top10", "customFilters", "dynamicFilter", "colorFilter", "iconFilter")


def _filtered_rows(sheet: Any, area: str) -> list[int]:
    """The rows a filter over ``area`` hides: those under its header row that are hidden."""
    from openpyxl.utils import range_boundaries

    _, top, _, bottom = range_boundaries(area)
    return [number for number in range(top + 1, bottom + 1)
            if getattr(sheet.row_dimensions.get(number), "hidden", False)]


def _hidden(sheet: object) -> tuple[set[int], set[int]]:
    """The rows and the columns (numbers from 1) a sheet hides."""
    rows = {number for number, dimension in getattr(sheet, "row_dimensions", {}).items()
            if getattr(dimension, "hidden", False)}
    columns: set[int] = set()
    for dimension in getattr(sheet, "column_dimensions", {}).values():
        if getattr(dimension, "hidden", False) and dimension.min and dimension.max:
            columns.update(range(dimension.min, dimension.max + 1))
    return rows, columns


def _merged(sheet: object) -> dict[tuple[int, int], int]:
    """The places merged cells take in a sheet, by (row, column) from 1: 0
    where a merged cell covers the place, the columns it spans at its own
    (top left) place, as an HTML table's rowspan and colspan have them."""
    places: dict[tuple[int, int], int] = {}
    for area in getattr(getattr(sheet, "merged_cells", None), "ranges", ()):
        for row in range(area.min_row, area.max_row + 1):
            for column in range(area.min_col, area.max_col + 1):
                places[(row, column)] = 0
        places[(area.min_row, area.min_col)] = area.max_col - area.min_col + 1
    return places


def _sheet(outline: Outline, rows: list[Row], last: int, titled: bool,
           blank: AbstractSet[int] = frozenset()) -> None:
    """Add a sheet's rows (none empty): the rows above its header that hold
    one cell (a title, a note), then its table, its first row the header,
    then the notes below it (``_notes_below``).
    ``titled``: the sheet's name heads it already (a workbook of several);
    ``blank``: the lines of the sheet's blank rows."""
    # The header is the first row about as wide as the table: a row of two notes over a header of
    # seven columns ('*Below presuppose ...', '(See tab 2 ...)') is a note above it, not its header.
    widest = max((_width(row) for row in rows), default=0)
    wide = next((n for n, row in enumerate(rows) if _filled(row) >= 2 and _width(row) * 2 >= widest), 0)
    for row in rows[:wide]:
        text = " ".join(c.joined() for c in row.cells if not c.empty)
        if _filled(row) >= 2:
            # Notes in several cells of a row are no title: the sheet's paragraph.
            outline.blocks.append(Paragraph(text, row.line, row.line))
        elif outline.blocks and _band_over(row, rows[wide]) and outline.band is None:
            # 'Individual contributor' merged over the levels' columns: whose ladder, not a paragraph of it.
            outline.band = (row.line, text)
        elif note_label(text) is not None:
            # 'Instructions: ...', 'How to use this sheet': how to use the sheet, neither its title nor the ladder.
            outline.blocks.append(Other(text, row.line, row.line, "a note on using the sheet, left out"))
        elif not titled and not outline.blocks:
            outline.blocks.append(Heading(1, text, row.line, row.line))
        elif titled and outline.title is None:
            # Over one sheet of several: the workbook's title, as a page's <title> is.
            outline.title, outline.title_line = text, row.line
        elif titled and text == outline.title:
            outline.blocks.append(Other(text, row.line, row.line, "the workbook's title again, over another sheet"))
        else:
            outline.blocks.append(Paragraph(text, row.line, row.line))
    rows = rows[wide:]
    notes = _notes_below(rows, blank)
    if notes:
        rows = rows[: -len(notes)]
        # The table ends where the blank rows above the notes start (its last row may span lines).
        last = max(line for line in range(rows[-1].line, notes[0].line) if line not in blank)
    if rows:
        rows[0].header = True
        outline.blocks.append(Table(rows, rows[0].line, last, sheet=True))
    texts = [" ".join(c.joined() for c in row.cells if not c.empty) for row in notes]
    if rows and _legend_of_proficiencies(texts, rows):
        # 'Beginner - Demonstrates ...' under cells that name it ('React - Beginner'): what the cells' words
        # mean, the framework's glossary (read as a page's glossary is, under its heading).
        outline.blocks.append(Heading(2, LEGEND, notes[0].line, notes[0].line))
        outline.blocks.extend(Paragraph(text, row.line, row.line) for text, row in zip(texts, notes))
        return
    for text, row in zip(texts, notes):
        outline.blocks.append(Other(text, row.line, row.line, "a note under the table, after a blank row: not part "
                                                              "of the ladder"))


def _width(row: Row) -> int:
    """How many of a sheet's columns a row fills, a merged cell's each."""
    return sum(c.columns for c in row.cells if not c.empty)


def _filled(row: Row) -> int:
    """How many cells of a row hold text."""
    return sum(1 for c in row.cells if not c.empty)


#: The heading a legend under a sheet's table is read under: a glossary's (``glossary.GLOSSARY_HEADINGS``).
LEGEND = "Legend"
#: A line of a legend: a proficiency, a dash or a colon, what it means ('Beginner - Demonstrates ...').
_LEGEND_LINE = lazy(r"(?P<term>[A-Za-z][\w ]{1,30}?)\s*(?:\s[-–—]|:)\s+\S.*")


def _legend_of_proficiencies(texts: list[str], rows: list[Row]) -> bool:
    """Whether the notes under a table define, two or more, each a
    proficiency, most of them words the table's cells use ('Intermediate' of
    'React - Intermediate'): the legend of the scale the cells rate by."""
    found = [_LEGEND_LINE.fullmatch(" ".join(strip_markdown(text).split())) for text in texts]
    terms = [m["term"].strip() for m in found if m is not None]
    if len(terms) < 2 or len(terms) != len(texts) or \
            not all(len(t.split()) <= 3 and proficiency(t) is not None for t in terms):
        return False
    cells = " ".join(c.joined() for row in rows[1:] for c in row.cells).casefold()
    named = sum(1 for t in terms if re.search(rf"(?<!\w){re.escape(t.casefold())}(?!\w)", cells))
    return named >= 2 and named * 2 >= len(terms)  # a cell may say 'Novice' where the legend says 'Beginner'


def _band_over(row: Row, header: Row) -> bool:
    """Whether a row above a sheet's header is one cell merged over two or
    more of the header's columns, past its first (the rows' names)."""
    spans = [(n, c) for n, c in enumerate(row.cells) if not c.empty]
    if len(spans) != 1:
        return False
    start, cell = spans[0]
    under = header.cells[start:start + cell.columns]
    return start >= 1 and cell.columns >= 2 and len(under) == cell.columns and not any(c.empty for c in under)


def _notes_below(rows: list[Row], blank: AbstractSet[int]) -> list[Row]:
    """The rows at the foot of a sheet, after a blank row, that each hold
    one cell ('How to read the ladder', 'Pro tips', a link to read): notes
    on the table, not rows of it. None where the first of them names a
    level (a level's row left blank but for its name) or too few rows
    would be left for a table."""
    start = len(rows)
    while start > 2 and sum(1 for c in rows[start - 1].cells if not c.empty) == 1:
        start -= 1
    for n in range(start, len(rows)):
        # A blank row right above it (a quoted line break in a CSV cell spans lines, not rows).
        if rows[n].line - 1 in blank:
            first = " ".join(c.joined() for c in rows[n].cells if not c.empty)
            return [] if is_level_name(normalise(strip_markdown(first))) else rows[n:]
    return []


def _row(values: list[str], line: int) -> Row:
    while values and not values[-1].strip(BLANK_CHARACTERS):
        values = values[:-1]
    return Row([_cell(value, line) for value in values], line)


def _cell(value: str, line: int) -> Cell:
    lines: list[tuple[bool, str]] = []  # each line's text, and whether a bullet opens it
    after_blank = False
    typed = value.replace("\r\n", "\n").split("\n")
    for n, piece in enumerate(typed):
        piece = piece.strip(" \t")
        if not piece.strip(BLANK_CHARACTERS):
            after_blank = True
            continue
        bullet = BULLET.match(piece)
        after = typed[n + 1].strip(" \t") if n + 1 < len(typed) else ""
        if bullet is None and lines and not after_blank and goes_on_below(lines[-1][1], piece, after):
            # A sentence broken inside the cell (Alt+Enter, or text pasted as wrapped): one statement.
            lines[-1] = (lines[-1][0], f"{lines[-1][1]} {piece}")
            continue
        lines.append((bullet is not None, bullet.group("text") if bullet else piece))
        after_blank = False
    return Cell([piece for bulleted, said in lines for piece in cell_statements(said, bulleted)], line)
