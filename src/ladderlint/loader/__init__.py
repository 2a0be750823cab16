"""Reading one framework file into data with positions, in three steps:

1. ``reading``: the file's bytes (no pipes, nothing over the size limit),
   and ``decode`` (UTF-8, a byte order mark noticed);
2. ``construct``: the YAML into data, keeping the node tree, refusing what
   a framework must not use (aliases, tags, duplicate keys ...);
3. positions (``ladderlint.positions``): a document path to a line and
   column, only when a finding is reported.

Everything that makes a file unreadable is raised as :class:`LoadError`,
never as a Python traceback. ``load_document`` does steps 1 and 2 on bytes
already read; ``ladderlint.pipeline`` goes on to the schema and the model.
"""

from __future__ import annotations

from ..positions import Document, Position
from .construct import MAX_DEPTH, parse, uses_libyaml
from .errors import LoadError
from .reading import (
    DEFAULT_MAX_BYTES,
    EMPTY_FILE,
    HEAD_BYTES,
    declares_format,
    decode,
    is_blank,
    read_bytes,
    read_head,
)


def load_document(path: str, data: bytes, *, pure: bool = False, keep_going: bool = False) -> Document:
    """Decode and parse ``data`` (the content of ``path``) into a Document;
    ``pure`` forces the pure-Python YAML parser; with ``keep_going`` a
    duplicate key is one of the document's notices, not an error."""
    notices: list[tuple[object, str, Position]] = []
    document = parse(path, decode(data, notices), pure=pure, keep_going=keep_going)
    document.notices[:0] = notices
    return document


__all__ = [
    "DEFAULT_MAX_BYTES", "EMPTY_FILE", "HEAD_BYTES", "MAX_DEPTH", "Document", "LoadError", "decode",
    "declares_format", "is_blank", "load_document", "parse", "read_bytes", "read_head", "uses_libyaml",
]
