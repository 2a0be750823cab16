"""Reading a framework's YAML from its events, without a node tree.

A node tree costs several times the size of the file. ``check`` keeps one
per file while its rules run, to point every finding at its line; the
differ holds two revisions of a framework at once, possibly large, and
shows only the changes it finds, so it reads them here:

- ``read_plain``: the data of a document written in plain YAML (text,
  numbers, true and false, lists and mappings), straight from its events;
  None for anything else (an anchor, an alias, a tag, a duplicate key, a
  number in another notation, a second document, bad bytes, deep nesting),
  which the constructor reads, accepting it or saying why not: it stays the
  one judge of what a framework may be written in;
- ``PackedPositions``: the file's bytes, compressed, and the positions of
  the paths asked for, found in one more pass over the events.
"""

from __future__ import annotations

import codecs
import zlib
from typing import Any, Iterable

from ..model import DocPath
from ..positions import Position
from .construct import MAX_DEPTH, implicit_tag, uses_libyaml
from .errors import LoadError
from .folded import may_hold_folded_item
from ..patterns import lazy


class PackedPositions:
    """Where paths are in a file whose bytes are kept compressed (a tenth
    of their size): positions are found when asked for, all at once."""

    def __init__(self, data: bytes) -> None:
        self._packed = zlib.compress(data, 1)
        self._found: dict[DocPath, Position] = {}

    def locate(self, paths: Iterable[DocPath]) -> None:
        """Find where each of ``paths`` starts in the file, all in one pass."""
        wanted = {tuple(path) for path in paths} - self._found.keys()
        if wanted:
            self._found.update(find_positions(_Unpacking(self._packed), wanted))

    def position(self, path: DocPath) -> Position:
        """Where ``path`` is (or its deepest part that exists)."""
        path = tuple(path)
        if path not in self._found:
            self.locate([path])
        return self._found[path]


class _Unpacking:
    """Compressed bytes read back a piece at a time, as the YAML parser asks
    for them: never the whole file in memory again."""

    def __init__(self, packed: bytes):
        self._packed = packed
        self._stream = zlib.decompressobj()
        self._offset = 0

    def read(self, size: int = -1) -> bytes:
        out = b""
        while not out and self._offset < len(self._packed):
            chunk = self._packed[self._offset : self._offset + 65536]
            self._offset += len(chunk)
            out = self._stream.decompress(chunk)
        return out or self._stream.flush()


# --- reading plain YAML from its events ----------------------------------------------

_STR = "tag:yaml.org,2002:str"
_INT = lazy(r"[-+]?(?:0|[1-9][0-9]{0,17})")


class _NotPlain(Exception):
    """YAML the plain reading leaves to the loader."""


def _parser(data: Any) -> Any:
    if not uses_libyaml():  # the pure-Python parser is no lighter than the constructor: it reads it
        raise _NotPlain
    from yaml.cyaml import CParser  # type: ignore[attr-defined]  # not in the stubs' exports

    return CParser(data)


def _plain_bytes(data: bytes) -> bool:
    """UTF-8 without a byte order mark: the loader decodes (or refuses) anything else."""
    head = data[:4]
    return not data.startswith(codecs.BOM_UTF8) and b"\0" not in head and head[:2] not in (b"\xff\xfe", b"\xfe\xff")


def read_plain(data: bytes) -> dict[str, Any] | None:
    """The data of a document written in plain YAML (text, numbers, true and
    false, lists and mappings), read from its events without a document tree;
    None for anything else, which the loader reads."""
    if not _plain_bytes(data):
        return None
    try:
        return _read_events(_parser(data))
    except (_NotPlain, Exception):  # noqa: BLE001 - any parser error: the loader explains it
        return None


def _read_events(parser: Any) -> dict[str, Any]:
    import yaml.events as ev

    try:
        stack: list[Any] = []  # open lists and mappings
        keys: list[Any] = []  # per open mapping: the key waiting for its value, or _NO_KEY
        root: Any = _NO_KEY
        documents = 0
        while True:
            event = parser.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is ev.ScalarEvent:
                if event.anchor is not None:
                    raise _NotPlain
                if stack and keys[-1] is _NO_KEY and isinstance(stack[-1], dict):
                    key = event.value
                    if (event.tag not in (None, "!")) or key in stack[-1] or (event.implicit[0] and key == "<<"):
                        raise _NotPlain  # a tagged key, a duplicate, or a merge key
                    keys[-1] = key
                    continue
                value = _scalar(event)
                if value.__class__ is str and may_hold_folded_item(value) and event.style is None \
                        and event.start_mark.line != event.end_mark.line:
                    raise _NotPlain  # an item YAML joined to the text above: the loader finds it (LL015)
            elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                if event.anchor is not None or event.tag not in (None, "!") or len(stack) >= MAX_DEPTH:
                    raise _NotPlain
                if stack and keys[-1] is _NO_KEY and isinstance(stack[-1], dict):
                    raise _NotPlain  # a list or mapping as a key
                value = {} if kind is ev.MappingStartEvent else []
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                stack.pop()
                keys.pop()
                continue
            elif kind is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _NotPlain
                continue
            elif kind is ev.AliasEvent:
                raise _NotPlain
            else:  # stream start and end, document end
                continue
            if not stack:
                root = value
            elif isinstance(stack[-1], dict):
                stack[-1][keys[-1]] = value
                keys[-1] = _NO_KEY
            else:
                stack[-1].append(value)
            if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                stack.append(value)
                keys.append(_NO_KEY)
    finally:
        parser.dispose()
    if not isinstance(root, dict) or not root:
        raise _NotPlain
    return root


class _NoKey:
    def __repr__(self) -> str:
        return "<no key>"


_NO_KEY: Any = _NoKey()


def _scalar(event: Any) -> Any:
    """A scalar's value, resolved as the loader resolves it (YAML 1.1, dates kept as text)."""
    if event.tag not in (None, "!"):
        raise _NotPlain
    value = event.value
    if not event.implicit[0]:
        return value  # quoted or a block: text
    tag = implicit_tag(value)
    if tag == _STR:
        return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        from yaml.constructor import SafeConstructor

        return SafeConstructor.bool_values[value.lower()]
    if tag == "tag:yaml.org,2002:int" and _INT.fullmatch(value):
        return int(value)
    raise _NotPlain  # other notations of numbers: the loader reads them


# --- positions ------------------------------------------------------------------------


def find_positions(data: Any, paths: Iterable[DocPath]) -> dict[DocPath, Position]:
    """Where each path starts and ends in the YAML ``data`` (bytes, or a stream
    of them), or its deepest part that exists (the document itself at worst),
    from one pass over its events."""
    wanted = [tuple(path) for path in paths]
    prefixes = {path[:i] for path in wanted for i in range(len(path) + 1)}
    found: dict[DocPath, Position] = {}
    try:
        _scan(_parser(data), {_key(p): p for p in prefixes}, found)
    except Exception:  # noqa: BLE001 - a document the plain reading cannot scan
        _scan_document(data if isinstance(data, bytes) else _read_all(data), prefixes, found)
    out: dict[DocPath, Position] = {}
    for path in wanted:
        for i in range(len(path), -1, -1):
            if path[:i] in found:
                out[path] = found[path[:i]]
                break
        else:
            out[path] = Position(1, 1)
    return out


def _read_all(stream: Any) -> bytes:
    if isinstance(stream, _Unpacking):
        return zlib.decompress(stream._packed)
    return b"".join(iter(lambda: stream.read(65536), b""))


def _key(path: DocPath) -> tuple[Any, ...]:
    # Mapping keys are compared as text, list indexes as numbers.
    return tuple(step if isinstance(step, int) else str(step) for step in path)


def _scan(parser: Any, prefixes: dict[tuple[Any, ...], DocPath], found: dict[DocPath, Position]) -> None:
    import yaml.events as ev

    # Each open collection: [path or None, is a mapping, key waiting / next index, start mark]
    stack: list[list[Any]] = []
    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                path: Any
                path, _mapping, _next, start = stack.pop()
                if path is not None and path in prefixes:
                    found[prefixes[path]] = Position.from_marks(start, event.end_mark)
                continue
            if kind not in (ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent, ev.AliasEvent):
                continue
            if not stack:
                path = ()
            else:
                frame = stack[-1]
                parent = frame[0]
                if frame[1]:  # a mapping: a key, then its value
                    if frame[2] is _NO_KEY:
                        frame[2] = event.value if kind is ev.ScalarEvent else None
                        if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                            stack.append([None, kind is ev.MappingStartEvent, _NO_KEY if kind is ev.MappingStartEvent else 0, event.start_mark])
                        continue
                    step, frame[2] = frame[2], _NO_KEY
                else:
                    step, frame[2] = frame[2], frame[2] + 1
                path = parent + (step,) if parent is not None and step is not None else None
                if path is not None and path not in prefixes:
                    path = None  # nothing wanted below it
            if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                stack.append([path, kind is ev.MappingStartEvent, _NO_KEY if kind is ev.MappingStartEvent else 0, event.start_mark])
            elif path is not None:
                found[prefixes[path]] = Position.from_marks(event.start_mark, event.end_mark)
    finally:
        parser.dispose()


def _scan_document(data: bytes, prefixes: set[DocPath], found: dict[DocPath, Position]) -> None:
    """Positions from the constructor's document, for a file the event scan cannot read."""
    from . import load_document

    try:
        document = load_document("", data)
    except LoadError:
        return
    for path in prefixes:
        if document.nodes(path) is not None:
            found[path] = document.position(path)
