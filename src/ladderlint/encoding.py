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
        raise _not_in(data, wide[1])
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


def _not_in(data: bytes, name: str) -> NotUtf8Text:
    """What to say of a file in a wide encoding: that it is in it, or, when
    it starts with the byte order mark of one that its bytes are not in
    (``stray_mark``), what they are and where they stop being it."""
    mark = stray_mark(data)
    if mark is None:
        return NotUtf8Text(f"file is encoded as {name}; save it as UTF-8")
    said = f"file starts with a {name} byte order mark (bytes {' '.join(f'0x{b:02x}' for b in mark)}) but is not {name}"
    rest = data[len(mark):]
    if b"\0" not in rest:  # other text after the mark, as an editor shows it
        try:
            rest.decode("utf-8")
        except UnicodeDecodeError as error:
            prefix = rest[: error.start].decode("utf-8")
            return NotUtf8Text(f"{said}, nor UTF-8: byte 0x{rest[error.start]:02x} cannot be decoded; save it as "
                               "UTF-8", text_position(prefix, len(prefix)))
        return NotUtf8Text(f"{said}: the text after it is UTF-8; remove the byte order mark, or save the file as "
                           "UTF-8 without one")
    try:
        data.decode(name)
    except UnicodeDecodeError as error:  # cut short, or a broken character: where, in the text it is
        prefix = data[: error.start].decode(name, errors="replace")
        return NotUtf8Text(f"{said}: {error.reason} where it stops; save it as UTF-8",
                           text_position(prefix, len(prefix)))
    raise AssertionError("a stray mark is before bytes with no zero byte or not in its encoding")


def broken_wide_text(data: bytes) -> NotUtf8Text | None:
    """Where text in a wide encoding (UTF-16 or UTF-32, as its byte order
    mark or its zero bytes say) stops being it: cut off (an odd number of
    bytes, as a copy or a download stopped short leaves it) or damaged (half
    a pair of surrogates), at which byte, and where in the text; None for
    data that is whole, or no wide text (other text after a stray mark)."""
    wide = wide_encoding(data)
    mark = byte_order_mark(data)
    if wide is None or b"\0" not in data[len(mark[0]) if mark else 0 :]:
        return None
    codec, name = wide
    try:
        data.decode(codec)
    except UnicodeDecodeError as error:
        prefix = data[: error.start].decode(codec, errors="replace")  # the mark dropped, as it is no text
        what = "is cut off" if error.reason == "truncated data" else f"is damaged ({error.reason})"
        encoding, _, unmarked = name.partition(" (")  # "UTF-16 (without a byte order mark)"
        said = f"{encoding} text ({unmarked}" if unmarked else f"{encoding} text"
        return NotUtf8Text(f"file is {said} but {what} at byte {error.start}",
                           text_position(prefix, len(prefix)))
    return None


def decodes(data: bytes, codec: str) -> bool:
    """Whether ``data`` is text in ``codec``."""
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


#: How much of a file is read to tell binary from text, as git does.
_SNIFFED = 8000


def binary(data: bytes) -> bool:
    """Whether ``data`` is no text at all (an image, an archive, random
    bytes): a zero byte near its start, as git and grep tell a binary file,
    where no wide encoding (UTF-16, UTF-32) puts one."""
    return b"\0" in data[:_SNIFFED] and wide_encoding(data) is None


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
    mark = byte_order_mark(data)
    if mark is not None:
        return mark[1].replace("-", "").lower(), mark[1]
    head = data[:4]
    if len(head) < 4:
        return None
    if head[:3] == b"\0\0\0" or head[1:] == b"\0\0\0":
        return ("utf-32-be" if head[0] == 0 else "utf-32-le"), "UTF-32 (without a byte order mark)"
    if (head[0] == 0) != (head[1] == 0):
        return ("utf-16-be" if head[0] == 0 else "utf-16-le"), "UTF-16 (without a byte order mark)"
    return None


def byte_order_mark(data: bytes) -> tuple[bytes, str] | None:
    """The UTF-16 or UTF-32 byte order mark ``data`` starts with, and the
    encoding it names ("UTF-16"), or None."""
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            return bom, name
    return None


def stray_mark(data: bytes) -> bytes | None:
    """The UTF-16 or UTF-32 byte order mark ``data`` starts with, when the
    bytes after it are not in the encoding it names: they do not decode as
    it, or have no zero byte (a YAML text in a wide encoding has one in
    every ASCII character, its newlines and colons); else None."""
    mark = byte_order_mark(data)
    if mark is None:
        return None
    rest = data[len(mark[0]):]
    return mark[0] if b"\0" not in rest or not decodes(data, mark[1]) else None
