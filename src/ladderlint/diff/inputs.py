"""Turn the bytes of one revision of a file into a framework, as `check` would.

The differ reads through the same pipeline as ``ladderlint check`` (loader,
schema, model). A revision that is not a valid framework cannot be compared:
its findings are kept in :class:`InputError`, printed, and the run exits 2.

A diff holds two revisions of a framework at once, which may be large, and
needs no document tree once their models are built: a revision is read from
its YAML events straight into plain data (``read_plain``), and positions are
found later, for the changes reported only, in one more pass over the events
(``find_positions``). The loader stays the one judge of what a framework may
be written in: whatever the plain reading does not handle (an anchor, an
alias, a tag, a duplicate key, a number in another notation, a second
document, bad bytes, deep nesting) is read by the loader, which accepts it
or says why not, and so is a revision whose schema findings need positions.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterable

from ..findings import Finding
from ..loader import MAX_DEPTH, Document, LoadError, load_document
from ..model import DocPath, Framework, build_framework
from ..positions import Position

if TYPE_CHECKING:
    from ..schema import SchemaValidator


@dataclass(frozen=True)
class Source:
    """One revision of one file: what to call it, where it lives, and its bytes."""

    #: Shown to users: a path, or `REV:path` for a file at a git revision.
    label: str
    #: The path in the working tree (for annotations), relative as given.
    path: str
    data: bytes
    #: The git revision the bytes come from; None for the working tree.
    revision: str | None = None


@dataclass
class Loaded:
    """A revision read into its framework; positions are found when asked for.

    ``source`` is the revision without its bytes: they are kept compressed
    (a tenth of their size), as only positions need them again, and text
    output and release notes never ask for positions."""

    source: Source
    framework: Framework
    _packed: bytes = field(default=b"", repr=False)
    _positions: dict[DocPath, Position] = field(default_factory=dict, repr=False)

    @property
    def label(self) -> str:
        return self.source.label

    def locate(self, paths: Iterable[DocPath]) -> None:
        """Find where each of ``paths`` starts in the file, all in one pass."""
        wanted = {tuple(path) for path in paths} - self._positions.keys()
        if wanted and not self._packed:  # not kept: see Loader.load
            self._positions.update(dict.fromkeys(wanted, Position(1, 1)))
        elif wanted:
            self._positions.update(find_positions(_Unpacking(self._packed), wanted))

    def position(self, path: DocPath) -> Position:
        """Where ``path`` is (or its deepest part that exists)."""
        path = tuple(path)
        if path not in self._positions:
            self.locate([path])
        return self._positions[path]


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


class InputError(Exception):
    """Inputs that cannot be compared; ``findings`` locate the problems where known."""

    def __init__(self, message: str, findings: list[Finding] | None = None):
        super().__init__(message)
        self.message = message
        self.findings = findings or []


@dataclass
class Loader:
    """Loads sources, compiling the schema validator once for all of them."""

    _validator: "SchemaValidator | None" = field(default=None, repr=False)

    def load(self, source: Source, *, positions: bool = True) -> Loaded:
        """Read ``source`` into its framework; without ``positions``, its bytes
        are not kept (no change will be shown in it)."""
        from ..rules import RULES_BY_CODE

        data = read_plain(source.data)
        document: Document | None = None
        if data is None:
            document = self._document(source)
            data = document.data
        if self._validator is None:
            from ..schema import SchemaValidator

            self._validator = SchemaValidator()
        violations = self._validator.violations(data)
        if violations:
            document = document or self._document(source)
            findings = [
                Finding.at(
                    source.label,
                    document.position(v.path, key=v.on_key),
                    RULES_BY_CODE[v.code],
                    v.message,
                    v.path,
                )
                for v in violations
            ]
            findings.sort(key=Finding.sort_key)
            raise InputError(f"{source.label} is not a valid framework", findings)
        framework = build_framework(source.label, data)
        packed = zlib.compress(source.data, 1) if positions else b""
        return Loaded(replace(source, data=b""), framework, packed)

    @staticmethod
    def _document(source: Source) -> Document:
        from ..rules import RULES_BY_CODE

        try:
            return load_document(source.label, source.data)
        except LoadError as error:
            finding = Finding.at(source.label, error.position, RULES_BY_CODE[error.code], error.message)
            raise InputError(f"{source.label} cannot be read as a framework", [finding]) from None


def not_a_framework(source: Source) -> InputError:
    return InputError(f"{source.label} is not a ladderlint framework (it does not declare `ladderlint: 1`)")


# --- reading plain YAML from its events ----------------------------------------------

_STR = "tag:yaml.org,2002:str"
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]{0,17})")


class _NotPlain(Exception):
    """YAML the plain reading leaves to the loader."""


def _parser(data: Any) -> Any:
    try:
        from yaml.cyaml import CParser
    except ImportError:  # PyYAML built without libyaml: the loader reads it
        raise _NotPlain from None
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
    tag = _implicit_tag(value)
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


def _implicit_tag(value: str) -> str:
    import yaml.resolver

    for tag, pattern in yaml.resolver.Resolver.yaml_implicit_resolvers.get(value[:1], ()):
        if tag != "tag:yaml.org,2002:timestamp" and pattern.match(value):
            return tag
    return _STR


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
                path, _mapping, _next, start = stack.pop()
                if path is not None and path in prefixes:
                    found[prefixes[path]] = Position.from_marks(start, event.end_mark)
                continue
            if kind not in (ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent, ev.AliasEvent):
                continue
            if not stack:
                path: Any = ()
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
    """Positions from the loader's document, for a file the event scan cannot read."""
    try:
        document = load_document("", data)
    except LoadError:
        return
    for path in prefixes:
        if document.node_chain(path) is not None:
            found[path] = document.position(path)
