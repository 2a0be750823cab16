"""Reading a document to import: bytes to text, and a ledger of its lines.

The ledger is how "nothing is dropped silently" is kept: a reader marks
every line it uses, and every non-blank line it did not use is reported
with its line number when the reader is done.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from ..loader import LoadError, read_bytes
from .document import ImportedDocument, ImportFailure

#: Characters that make a line look blank in an export (no-break spaces
#: often stand in for empty paragraphs).
BLANK_CHARACTERS = " \t\r\n\u00a0\u2007\u202f\u200b\ufeff"


def is_blank(line: str) -> bool:
    return not line.strip(BLANK_CHARACTERS)


def _bytes(path: str) -> bytes:
    """The bytes of a file to import; every reason it cannot be read is an ImportFailure."""
    try:
        data = read_bytes(path)
    except LoadError as error:
        raise ImportFailure(path, error.message) from None
    if not data.strip():
        raise ImportFailure(path, "file is empty; nothing to import")
    return data


def read_binary(path: str) -> bytes:
    """The bytes of a workbook or a Word document."""
    data = _bytes(path)
    if not data.startswith(b"PK"):
        raise ImportFailure(path, "is not an Office Open XML file (a .xlsx or .docx is a zip archive)", 1, 1)
    return data


def read_text(path: str) -> str:
    """The text of ``path``; every reason it cannot be read is an ImportFailure."""
    data = _bytes(path)
    text = _decode(path, data)
    if not text.strip(BLANK_CHARACTERS):
        raise ImportFailure(path, "file holds only white space; nothing to import")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(path: str, data: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    if b"\0" in data[:8192]:
        raise ImportFailure(path, "file is binary (it holds NUL bytes), not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise ImportFailure(
            path,
            f"file is not UTF-8 text: byte 0x{data[error.start]:02x} cannot be decoded; "
            "save or export the document as UTF-8",
            line,
            column,
        ) from None


@dataclass
class Ledger:
    """The lines of a document and which of them a reader has used."""

    lines: list[str]
    #: Line numbers (1-based) used or explained.
    used: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, text: str) -> "Ledger":
        return cls(text.split("\n"))

    def use(self, *line_numbers: int) -> None:
        self.used.update(line_numbers)

    def use_range(self, first: int, last: int) -> None:
        self.used.update(range(first, last + 1))

    def explain(self, document: ImportedDocument, line: int, reason: str) -> None:
        """Report one line as not placed, with a reason, and mark it used."""
        if line not in self.used:
            document.unplaced(line, reason, self.lines[line - 1].strip(BLANK_CHARACTERS))
            self.used.add(line)

    def report_rest(self, document: ImportedDocument, reason: str = "not recognised as part of the ladder") -> None:
        """Report every non-blank line that no reader used."""
        for number, line in enumerate(self.lines, start=1):
            if number not in self.used and not is_blank(line):
                document.unplaced(number, reason, line.strip(BLANK_CHARACTERS))
