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
neither, and is reported. A hidden sheet, row or column is a draft or a
helper the author hid: left out, and each reported with its sheet and row
or column. A line break inside a cell
separates statements, unless the line below goes on with the sentence
above it ('Writes clear code and' over 'reviews others' changes'); a line
starting with a bullet (•, -, *, '1.') is one. The report's line numbers
are row numbers (in a workbook of several sheets, the sheet's heading
comes first).
"""

from __future__ import annotations

import csv
import io
import re

from .blocks import Cell, CellLine, Heading, Other, Outline, Paragraph, Row, Table, set_aside_page_properties
from .common import BULLET
from .document import ImportFailure
from .source import BLANK_CHARACTERS
from ..text import goes_on_below
from ..vocabulary import note_label


def looks_like_csv(path: str) -> bool:
    return path.lower().endswith((".csv", ".tsv"))


def parse_csv(path: str, text: str) -> Outline:
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if path.lower().endswith(".tsv") else csv.excel
    if not path.lower().endswith(".tsv"):
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
            # The sniffer says quotes are not doubled where its sample shows none doubled; every
            # spreadsheet writes a quote in a cell doubled ('""tragedy of the commons""'), and
            # read otherwise the cell ends there, its rest cut into cells of other columns.
            dialect.doublequote = True
        except csv.Error:
            dialect = csv.excel
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
    outline.structure.extend(r.line for r in rows if all(c.empty for c in r.cells))
    _sheet(outline, [r for r in rows if not all(c.empty for c in r.cells)], last, titled=False)
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
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise ImportFailure(path, "reading Excel workbooks needs openpyxl: install it with "
                                  "pip install 'ladderlint[xlsx]'") from None
    try:
        # Not read-only: a read-only sheet does not say which cells are merged.
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFailure(path, f"cannot read the workbook: {error}", 1) from None
    outline = Outline()
    sheets = [sheet for sheet in workbook.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"]
    hidden: list[Other] = []  # what the author hid, reported after the sheets
    for sheet in workbook.worksheets:
        if sheet not in sheets and any(v is not None for r in sheet.iter_rows(values_only=True) for v in r):
            hidden.append(Other(sheet.title, 1, 1, _HIDDEN.format("sheet")))
    for sheet in sheets:
        rows: list[Row] = []
        merged = _merged(sheet)
        rows_hidden, columns_hidden = _hidden(sheet)
        columns_said: dict[int, tuple[int, list[str]]] = {}  # a hidden column's first row and its texts
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            texts = ["" if value is None else str(value) for value in values]
            if number in rows_hidden:
                said = [t.strip() for t in texts if t.strip(BLANK_CHARACTERS)]
                if said:
                    hidden.append(Other(" | ".join(said), number, number,
                                        _HIDDEN.format(f"row {number} of sheet '{sheet.title}'")))
                continue
            for column in columns_hidden:
                if column <= len(texts) and texts[column - 1].strip(BLANK_CHARACTERS):
                    columns_said.setdefault(column, (number, []))[1].append(texts[column - 1].strip())
            kept = [(column, text) for column, text in enumerate(texts, start=1) if column not in columns_hidden]
            row = _row([text for _, text in kept], number)
            for (column, _), cell in zip(kept, row.cells):
                spans = merged.get((number, column))
                if spans == 0:
                    cell.covered = True  # a place a merged cell spans, from the left or from above
                elif spans:
                    cell.columns = spans
            if not all(cell.empty for cell in row.cells):
                rows.append(row)
        for column, (first, said) in sorted(columns_said.items()):
            letter = get_column_letter(column)
            hidden.append(Other(" | ".join(said), first, first,
                                _HIDDEN.format(f"column {letter} of sheet '{sheet.title}'")))
        if not rows:
            continue
        if len(sheets) > 1:
            outline.blocks.append(Heading(2, sheet.title, rows[0].line, rows[0].line))
        _sheet(outline, rows, rows[-1].line, titled=len(sheets) > 1)
    workbook.close()
    outline.blocks.extend(hidden)
    set_aside_page_properties(outline, "sheet")
    return outline


#: Why a hidden sheet, row or column is left out: the author hid a draft or a helper.
_HIDDEN = "hidden {} (a draft or a helper the author hid), left out"


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


def _sheet(outline: Outline, rows: list[Row], last: int, titled: bool) -> None:
    """Add a sheet's rows (none empty): the rows above its header that hold
    one cell (a title, a note), then its table, its first row the header.
    ``titled``: the sheet's name heads it already (a workbook of several)."""
    wide = next((n for n, row in enumerate(rows) if sum(1 for c in row.cells if not c.empty) >= 2), 0)
    for row in rows[:wide]:
        text = " ".join(c.joined() for c in row.cells if not c.empty)
        if note_label(text) is not None:
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
    if rows:
        rows[0].header = True
        outline.blocks.append(Table(rows, rows[0].line, last, sheet=True))


def _row(values: list[str], line: int) -> Row:
    while values and not values[-1].strip(BLANK_CHARACTERS):
        values = values[:-1]
    return Row([_cell(value, line) for value in values], line)


def _cell(value: str, line: int) -> Cell:
    lines: list[tuple[bool, str]] = []  # each line's text, and whether a bullet opens it
    after_blank = False
    for piece in value.replace("\r\n", "\n").split("\n"):
        piece = piece.strip(" \t")
        if not piece.strip(BLANK_CHARACTERS):
            after_blank = True
            continue
        bullet = BULLET.match(piece)
        if bullet is None and lines and not after_blank and goes_on_below(lines[-1][1], piece):
            # A sentence broken inside the cell (Alt+Enter, or text pasted as wrapped): one statement.
            lines[-1] = (lines[-1][0], f"{lines[-1][1]} {piece}")
            continue
        lines.append((bullet is not None, bullet.group("text") if bullet else piece))
        after_blank = False
    pieces: list[CellLine] = []
    for bulleted, said in lines:
        inline = [part.strip() for part in _INLINE_BULLET.split(said) if part.strip()]
        if len(inline) > 1:
            # Bullets in a line of their own ('Ships tasks • Writes tests'), where the
            # cell's line breaks were lost or never typed: a statement each.
            pieces.extend(CellLine(part, True) for part in inline)
        else:
            pieces.append(CellLine(said, bulleted))
    return Cell(pieces, line)


#: A bullet inside a cell's line, between two of its statements.
_INLINE_BULLET = re.compile(r"\s+[•▪◦●]\s+")
