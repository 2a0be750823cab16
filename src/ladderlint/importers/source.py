"""Reading a document to import: bytes to text, and a ledger of its lines.

The ledger is how "nothing is dropped silently" is kept: a reader marks
every line it uses, and every non-blank line it did not use is reported
with its line number when the reader is done.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..encoding import binary, broken_wide_text, decodes, stray_mark, wide_encoding
from ..loader import LoadError, decode, read_bytes
from ..patterns import lazy
from ..positions import text_position
from ..rules.input_errors import EmptyFile, NotUtf8
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
    return read_text_or_legacy(path, None)[0]


#: The encoding a CSV file that is not UTF-8 is read in, and its name for
#: people: Excel on Windows saves "CSV (Comma delimited)" in the system's
#: code page, Windows-1252 wherever Western languages are written.
WINDOWS_1252 = ("cp1252", "Windows-1252")


def read_text_or_legacy(path: str, legacy: tuple[str, str] | None = WINDOWS_1252,
                        html: bool = False) -> tuple[str, str | None]:
    """The text of ``path``, UTF-8 (with or without a byte order mark) or,
    where its bytes are not UTF-8, in the ``legacy`` encoding (codec, name),
    or for an ``html`` page the one it declares; and the name of the
    encoding assumed, None for UTF-8 (or UTF-16 with a byte order mark, or
    an encoding the page declares, which say what they are)."""
    data = _bytes(path)
    if html and legacy is None and (declared := declared_charset(data)) is not None:
        return _decode(path, data, declared, f"{declared[1]} is what its <meta charset> declares: save the page "
                                             "as UTF-8, or declare there the encoding it is written in")[0], None
    text, assumed = _decode(path, data, legacy)
    if not text.strip(BLANK_CHARACTERS):
        raise ImportFailure(path, "file holds only white space; nothing to import")
    return text.replace("\r\n", "\n").replace("\r", "\n"), assumed


def _decode(path: str, data: bytes, legacy: tuple[str, str] | None,
            advice: str = "save or export it as UTF-8 (in Excel: CSV UTF-8)") -> tuple[str, str | None]:
    """``data`` as text; ``advice`` ends the message where it is neither
    UTF-8 nor in the ``legacy`` encoding, what to do about it for the kind
    of file it is (a CSV file Excel saved, a web page that declares one)."""
    wide = wide_encoding(data)
    # Excel's "Unicode Text" and some editors write UTF-16 or UTF-32, with or
    # without a byte order mark; a mark before other bytes says nothing.
    if wide is not None and stray_mark(data) is None and decodes(data, wide[0]):
        return data.decode(wide[0]).removeprefix("\ufeff"), None
    # UTF-16 or UTF-32 that stops short or breaks: say where, not that it should be UTF-8 (it may stay wide).
    if (broken := broken_wide_text(data)) is not None:
        raise ImportFailure(path, f"{broken.message}; save, export or copy the file again",
                            broken.position.line, broken.position.column)
    if binary(data):
        raise ImportFailure(path, "file is binary (it holds NUL bytes), not a text document")
    try:
        return decode(data), None  # the one UTF-8 decoder, a byte order mark dropped
    except LoadError as error:
        if error.rule is EmptyFile:
            return "", None  # white space alone, which the caller says
        # A byte order mark says the file is UTF-8: a bad byte in it is no sign of another encoding.
        if legacy is None or error.rule is not NotUtf8 or data.startswith(codecs.BOM_UTF8):
            raise ImportFailure(path, error.message, error.position.line, error.position.column) from None
    codec, name = legacy
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as error:
        prefix = data[: error.start].decode(codec)  # valid up to the bad byte
        position = text_position(prefix, len(prefix))
        raise ImportFailure(
            path,
            f"file is neither UTF-8 nor {name} text: byte 0x{data[error.start]:02x} cannot be decoded in either; "
            + advice,
            position.line,
            position.column,
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


#: `<meta charset="...">`, or `<meta http-equiv="Content-Type" content="text/html; charset=...">`.
_META_CHARSET = lazy(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
#: What browsers read the labels of Western single-byte encodings as (the WHATWG Encoding
#: standard): a page that says Latin-1 is read as Windows-1252, its superset.
_AS_WINDOWS_1252 = frozenset({"iso8859_1", "ascii", "cp1252"})


def declared_charset(data: bytes) -> tuple[str, str] | None:
    """The encoding an HTML page declares in a `<meta>` near its start, as
    a browser looks for it (its first 1024 bytes), as (codec, name); None
    where it declares none, one Python does not know, or UTF-8."""
    found = _META_CHARSET.search(data[:1024])
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    if codec in _AS_WINDOWS_1252:
        return WINDOWS_1252
    return None if codec.startswith("utf") else (codec, label)
