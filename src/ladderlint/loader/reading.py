"""Reading a framework file's bytes, and decoding them: the first two steps
of every command that reads a framework.

- ``read_bytes`` refuses what is not a regular file (a FIFO would hang a
  check), and a file over the size limit before reading it;
- ``declares_format`` tells a framework from other YAML without parsing it;
- ``decode`` is the one decoder: UTF-8, with a byte order mark noticed
  (LL009) and UTF-16/32 or other bytes refused with their position.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from typing import Any, BinaryIO

from .. import encoding
from ..encoding import NotUtf8Text, stray_mark, wide_encoding
from ..positions import Position
from ..rules.input_errors import (
    ByteOrderMark,
    CannotRead,
    EmptyFile,
    FileTooLarge,
    NotUtf8,
)
from .errors import LoadError
from ..patterns import lazy

#: Files larger than this are refused before they are read (a real
#: framework is a few hundred kilobytes; this leaves room for generated ones).
DEFAULT_MAX_BYTES = 32 * 1024 * 1024

#: How much of a file over the size limit is read to tell whether it is a
#: framework at all (the declaration is on its first lines).
HEAD_BYTES = 64 * 1024

#: What to do about a file over the size limit.
_TOO_LARGE_ADVICE = ("; if it is a framework, split it (one file per track), or raise the limit with the "
                     "`max-file-size` setting of the configuration (.ladderlint.yaml or pyproject.toml)")

#: LL009's message.
BYTE_ORDER_MARK = ("file starts with a UTF-8 byte order mark (an invisible character some editors add); "
                   "remove it with `ladderlint check --fix`, or save the file as UTF-8 without it")

#: The message for an empty file, whether found by reading or by parsing.
EMPTY_FILE = "file is empty; expected a ladderlint framework"

# A file is a framework when it says so: a top-level ``ladderlint`` key, or
# an editor modeline pointing at our schema. Anything else is other YAML and
# is skipped without being parsed. The key at the start of a line, plain or
# quoted, is the declaration as people write it: no parsing needed.
_DECLARATION = lazy(
    rb"^(?:(?:ladderlint|\"ladderlint\"|'ladderlint')[ \t]*:"
    rb"|#[ \t]*yaml-language-server:[^\n]*framework\.schema\.json)",
    re.MULTILINE,
)

# Elsewhere, the key is at the top level only in a document that is one
# flow mapping (JSON, `json.dump` output, `{ladderlint: 1, ...}`): there it
# may be indented, or anywhere in a line. A list whose first item has it
# (`- ladderlint: 1`) is a framework too, in the wrong shape (LL006 says
# so). Only such a document that holds the key has its top level read, to
# tell the declaration from the same word deeper down.
_OPENS = lazy(rb"(?:[ \t\r\n]|#[^\n]*\n|---)*(?:(\{)|\[|-[ \t\r\n])")
_KEY = lazy(rb"ladderlint[\"']?[ \t]*:")



def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing one over ``max_bytes`` before reading it."""
    try:
        with _open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise LoadError(
                    FileTooLarge, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes{_TOO_LARGE_ADVICE}"
                )
            # Read one byte past the limit: the file may grow while we read.
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise LoadError(CannotRead, f"cannot read file: {_unreadable(path, error)}") from None
    if len(data) > max_bytes:
        raise LoadError(FileTooLarge, f"file is over the limit of {max_bytes:,} bytes{_TOO_LARGE_ADVICE}")
    return data


def _unreadable(path: str, error: OSError) -> str:
    """Why a file cannot be read. A symbolic link that leads nowhere is
    listed by `ls` like a file: "No such file or directory" alone would
    contradict what the user sees."""
    if error.errno in (errno.ENOENT, errno.ELOOP) and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = None
        if target is not None:
            if error.errno == errno.ELOOP:
                return f"it is a symbolic link to {target}, and the links lead back to themselves"
            return f"it is a symbolic link to {target}, which does not exist"
    return error.strerror or str(error)


def read_head(path: str, size: int = HEAD_BYTES) -> bytes | None:
    """The first ``size`` bytes of a file, or None if it cannot be read."""
    try:
        with _open_regular(path) as handle:
            return handle.read(size)
    except (OSError, LoadError):
        return None


def _open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading; refuse pipes, devices and sockets.

    Opening a named pipe waits for a writer, so a ``*.yaml`` FIFO in a tree
    would hang the check: it is opened without blocking, and refused.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
            raise LoadError(CannotRead, f"cannot read file: it is {kind}, not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def declares_format(data: bytes) -> bool:
    """Whether raw file content says it is a ladderlint framework: the
    modeline, or a ``ladderlint`` key at its top level, however YAML lets
    it be written (plain or quoted, in a block or a flow mapping), or in
    the first item of a list."""
    wide = wide_encoding(data)
    if wide is None:
        return _declares(data)
    # Read in its encoding, so that decode can say what it is in.
    if _declares(data.decode(wide[0], errors="replace").encode("utf-8")):
        return True
    # A byte order mark before bytes not in its encoding (a stray mark
    # before UTF-8 text): the text after the mark may declare the file, and
    # decode says what is wrong with it (LL002) rather than it being skipped.
    mark = stray_mark(data)
    return mark is not None and _declares(data[len(mark):])


def _declares(data: bytes) -> bool:
    data = data.removeprefix(codecs.BOM_UTF8)
    if _DECLARATION.search(data) is not None:
        return True
    opens = _OPENS.match(data)
    if opens is None or _KEY.search(data) is None:
        return False
    from .construct import top_level_keys

    # The key is ASCII: a file that is not UTF-8 still says it (LL002 follows).
    text = data.decode("utf-8", errors="replace")
    return "ladderlint" in top_level_keys(text, in_list=opens.group(1) is None)


def is_blank(data: bytes) -> bool:
    """Whether a file holds nothing but white space (and a byte order mark).
    A file of comments is not blank: a configuration with every setting
    commented out is other YAML, which a hook is given and must skip."""
    return not data.removeprefix(codecs.BOM_UTF8).strip()


def decode(data: bytes, notices: list[tuple[Any, str, Position]] | None = None) -> str:
    """The text of a framework file. A UTF-8 byte order mark is dropped (and
    noticed in ``notices``); anything but UTF-8 raises LoadError."""
    if data.startswith(codecs.BOM_UTF8) and notices is not None:
        notices.append((ByteOrderMark, BYTE_ORDER_MARK, Position(1, 1)))
    text = utf8_text(data)
    if not text.strip():
        raise LoadError(EmptyFile, EMPTY_FILE)
    return text


def utf8_text(data: bytes) -> str:
    """The text of a framework file, a byte order mark dropped; anything but
    UTF-8 raises LoadError (LL002), as ``encoding.utf8_text`` says it."""
    try:
        return encoding.utf8_text(data)
    except NotUtf8Text as error:
        raise LoadError(NotUtf8, error.message, error.position) from None


