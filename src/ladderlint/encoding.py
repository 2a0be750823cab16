"""The one reading of text files as UTF-8, with a message that says where it fails.

Frameworks (``loader``) and the files users write beside them (an approvals
file, a vocabulary's word lists, ``pyproject.toml``) are UTF-8: a file in
another encoding is refused with the line and column of its first byte that
is not UTF-8, or with the wide encoding (UTF-16, UTF-32) it is in.
"""

from __future__ import annotations

import codecs

from .positions import Position, text_position

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class NotUtf8Text(ValueError):
    """Text that is not UTF-8: what to say, and where."""

    def __init__(self, message: str, position: Position = Position(1, 1)):
        super().__init__(message)
        self.message = message
        self.position = position


def utf8_text(data: bytes) -> str:
    """The text of ``data``, a UTF-8 byte order mark dropped; anything else
    raises NotUtf8Text that says the encoding, or where the first byte that
    is not UTF-8 is."""
    wide = wide_encoding(data)
    if wide is not None:
        raise NotUtf8Text(f"file is encoded as {wide[1]}; save it as UTF-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        prefix = data[: error.start].decode("utf-8")  # valid up to the bad byte
        raise NotUtf8Text(
            f"file is not valid UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; save it as UTF-8 "
            "(it is probably in an older encoding such as Windows-1252 or Latin-1)",
            text_position(prefix, len(prefix)),
        ) from None


def read_utf8(path: str) -> str:
    """The text of the file at ``path``, as ``utf8_text`` reads it: OSError
    where the file cannot be read, NotUtf8Text where it is not UTF-8."""
    with open(path, "rb") as handle:
        return utf8_text(handle.read())


def wide_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, description) of a UTF-16 or UTF-32 file, else None.

    Without a byte order mark, the zero bytes around the first character
    (ASCII in any YAML file) give the encoding away, as in the YAML
    specification's own detection.
    """
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            return name.replace("-", "").lower(), name
    head = data[:4]
    if len(head) < 4:
        return None
    if head[:3] == b"\0\0\0" or head[1:] == b"\0\0\0":
        return ("utf-32-be" if head[0] == 0 else "utf-32-le"), "UTF-32 (without a byte order mark)"
    if (head[0] == 0) != (head[1] == 0):
        return ("utf-16-be" if head[0] == 0 else "utf-16-le"), "UTF-16 (without a byte order mark)"
    return None
