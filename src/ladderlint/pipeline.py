"""The one way ladderlint reads a framework file.

    bytes -> decoded text -> document with positions -> schema findings -> framework

``check``, ``check --fix``, ``diff`` and every later command read frameworks
through :class:`Reader`, so a file means the same thing to each of them:
the same findings for a file that cannot be read or breaks the schema, at
the same positions, with the user's configuration applied (which rules are
on, their severity).

``read_header`` reads only a framework's header (file, id, names,
organisation), without building it: the checker reads every header of a
run first, so that each framework is checked knowing all the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from yaml.events import (
    CollectionEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
)

from .config import Settings
from .findings import Finding
from .loader import Document, LoadError, decode, parse
from .loader.comments import CutText, may_cut_text, texts_cut_by_comments
from .loader.folded import FoldedItem, items_folded_into_text
from .loader.construct import event_parser, top_level_keys
from .loader.events import PackedPositions, read_plain
from .model import Framework, FrameworkHeader, build_framework, build_header
from .partial import PartialFramework, valid_parts
from .positions import Position
from .rules.base import Fix, Rule
from .rules.input_errors import DROP_BOM, ByteOrderMark, ItemFoldedIntoText, TextCutByComment
from .rules.messages import excerpt
from .rules.registry import is_input_error
from .schema import SchemaValidator
from .yaml_scalars import quoted
from .patterns import lazy


@dataclass
class FileRead:
    """What reading one framework file gave."""

    path: str
    #: Input problems, notices (a byte order mark) and schema findings,
    #: located, with the severity the settings give; only enabled rules'.
    findings: list[Finding] = field(default_factory=list)
    #: The document, when the file is valid YAML.
    document: Document | None = None
    #: The framework, when the document passes the schema and has no input
    #: problem (such as a duplicate key).
    framework: Framework | None = None
    #: Where paths are, for a file read without its document (see Reader.read).
    positions: PackedPositions | None = None
    #: Otherwise, the framework built from the document's valid parts, to
    #: check (partial.py); None when none can be built.
    partial: PartialFramework | None = None

    @property
    def checkable(self) -> Framework | None:
        """The framework the rules check: the whole one, or its valid parts."""
        if self.framework is not None:
            return self.framework
        return self.partial.framework if self.partial is not None else None


class Reader:
    """Reads framework files, compiling the schema validator once."""

    def __init__(self, validator: SchemaValidator | None = None) -> None:
        self.validator = validator or SchemaValidator()

    def read(self, path: str, data: bytes, settings: Settings, *, keep_document: bool = True) -> FileRead:
        """Read the content ``data`` of ``path``.

        Without ``keep_document``, a valid framework written in plain YAML is
        read from its events, with no node tree (a fraction of the memory):
        its ``positions`` are found later, for the paths asked for. Any other
        file is read as usual, its document kept for the findings' positions.
        """
        if not keep_document and not may_cut_text(data):
            plain = read_plain(data)
            if plain is not None and not self.validator.violations(plain):
                return FileRead(path, framework=build_framework(path, plain), positions=PackedPositions(data))
        read = FileRead(path)
        try:
            notices: list[tuple[Any, str, Position]] = []
            read.document = parse(path, decode(data, notices), keep_going=True)
        except LoadError as error:
            read.findings.append(located(settings, path, error.position, error.rule, error.message))
            read.findings += [located(settings, path, position, error.rule, message) for message, position in error.more]
            return read
        document = read.document
        notices += document.notices
        violations = self.validator.violations(document.data, document)
        # A cut text whose statement YAML also split at ': ' is said once, by
        # the schema finding: its fix quotes the whole line, comment included.
        said = {v.comment for v in violations if v.comment is not None and settings.is_enabled(v.rule)}
        notices += [(TextCutByComment, _cut_message(cut), cut.position)
                    for cut in texts_cut_by_comments(document) if cut.position not in said]
        notices += [(ItemFoldedIntoText, _folded_message(item), item.position)
                    for item in items_folded_into_text(document)]
        for rule, message, position in notices:
            if settings.is_enabled(rule):
                fix = DROP_BOM if rule is ByteOrderMark else None
                read.findings.append(located(settings, path, position, rule, message, fix=fix))
        for v in violations:
            if settings.is_enabled(v.rule):
                position = v.position or document.position(v.path, key=v.on_key)
                read.findings.append(located(settings, path, position, v.rule, v.message, v.path, fix=v.fix))
        if violations:
            read.partial = valid_parts(path, document, violations, self.validator.violations)
        elif any(is_input_error(rule) for rule, _, _ in notices):
            read.partial = PartialFramework(build_framework(path, document.data), ())
        else:
            read.framework = build_framework(path, document.data)
        return read


def _folded_message(item: FoldedItem) -> str:
    fix = (f"to make it an item, line its '-' up with the item above (column {item.column})" if item.column is not None
           else "to keep it a line of its own, write the text as a block (`|` after its key)")
    joined = min((at for at in (item.text.find(" - "), item.text.find("\n- ")) if at >= 0), default=0)
    # As the other rules show a text: in single quotes, a line break as \n.
    return (f"this line starts with '- ' but is indented under the text above it, so YAML reads it as part of that "
            f"text: '{excerpt(item.text, joined, joined + 3, width=30)}'; {fix}; to keep the dash in the text, "
            "quote the text")


def _cut_message(cut: CutText) -> str:
    whole = f"{cut.kept} {cut.lost}"
    kept = excerpt(cut.kept, len(cut.kept), len(cut.kept), width=40, whole_words=True)
    return (f"YAML reads {quoted(cut.lost)} as a comment, so the text ends at {quoted(kept)}; "
            f"to keep it, quote the text: {quoted(whole)}")


def located(
    settings: Settings,
    file: str,
    position: Position,
    rule: type[Rule],
    message: str,
    doc_path: tuple[Any, ...] = (),
    fix: Fix | None = None,
    anchor_line: int | None = None,
) -> Finding:
    """A finding of ``rule`` at ``position``, with the severity ``settings``
    give it; ``anchor_line`` is the line where the value it is about starts,
    when the finding points inside it."""
    return Finding.at(file, position, rule, message, doc_path, settings.severity_of(rule), fix, anchor_line)


_HEADER_KEYS = frozenset({"id", "name", "track", "version", "organisation"})


def read_header(path: str, data: bytes) -> FrameworkHeader | None:
    """The header of a framework file, read from the YAML's first events
    (the header keys come first in a framework, but are found anywhere at
    the top level); None if the file cannot be read or has no full header.
    Never raises: a file with problems is reported when it is checked."""
    try:
        text = decode(data)
    except LoadError:
        return None
    found: dict[str, Any] = {}
    parser = event_parser(text)
    try:
        while parser.check_event() and not isinstance(parser.peek_event(), MappingStartEvent):
            parser.get_event()
        if not parser.check_event():
            return None
        parser.get_event()  # the top-level mapping
        while not _HEADER_KEYS <= found.keys() and not isinstance(parser.peek_event(), CollectionEndEvent):
            key = _value(parser)
            value = _value(parser)
            if isinstance(key, str) and key in _HEADER_KEYS:
                found[key] = value
    except Exception:  # noqa: BLE001 - any YAML problem is reported when the file is checked
        return None
    finally:
        parser.dispose()
    return _header(path, found)


_MAYBE_MARKER = lazy(rb"(?im)^[\"']?l[\w-]{6,12}[\"']?[ \t]*:")
_DIMENSIONS_KEY = lazy(rb"(?m)^[\"']?dimensions[\"']?[ \t]*:")


def undeclared_framework(data: bytes, explicit: bool) -> str | None:
    """Why a YAML file that does not declare the format looks like a
    framework, or None: a misspelt marker at its top level, or both
    `levels` and `dimensions` there (a framework whose marker line was
    deleted: skipped in silence, a directory's check and render would pass
    over it). Never raises: a file that cannot be read this way is not one."""
    if not explicit and _MAYBE_MARKER.search(data) is None and _DIMENSIONS_KEY.search(data) is None:
        return None  # most YAML of a directory walk: neither key at the start of a line
    try:
        text = decode(data)
    except LoadError:
        return None
    keys = list(top_level_keys(text))
    import difflib

    for key in keys:
        # "ladderlnt", "ladder-lint", "LadderLint": a letter or two off.
        if key != "ladderlint" and difflib.SequenceMatcher(None, key.casefold(), "ladderlint").ratio() >= 0.85:
            return f"'{key}' looks like a misspelling of `ladderlint`, the key that marks a framework"
    if {"levels", "dimensions"} <= set(keys):
        return "it has `levels` and `dimensions` like a framework, but no `ladderlint: 1` to mark it as one"
    return None


def _value(parser: Any) -> Any:
    """The next value of the event stream: text, or a list or mapping of them."""
    event = parser.get_event()
    if isinstance(event, ScalarEvent):
        return event.value
    if isinstance(event, SequenceStartEvent):
        items = []
        while not isinstance(parser.peek_event(), CollectionEndEvent):
            items.append(_value(parser))
        parser.get_event()
        return items
    if isinstance(event, MappingStartEvent):
        mapping = {}
        while not isinstance(parser.peek_event(), CollectionEndEvent):
            key = _value(parser)
            mapping[key if isinstance(key, str) else repr(key)] = _value(parser)
        parser.get_event()
        return mapping
    raise ValueError(f"not a value: {event}")  # an alias, or the end of the document


def _header(path: str, found: dict[str, Any]) -> FrameworkHeader | None:
    organisation = found.get("organisation")
    if not isinstance(organisation, dict) or not isinstance(organisation.get("name"), str):
        return None
    if not all(isinstance(found.get(key), str) for key in ("id", "name", "track", "version")):
        return None
    aliases, domains = organisation.get("aliases", []), organisation.get("domains", [])
    if not (isinstance(aliases, list) and isinstance(domains, list)):
        return None
    texts = {
        "aliases": [a for a in aliases if isinstance(a, str)],
        "domains": [d for d in domains if isinstance(d, str)],
    }
    return build_header(path, {**found, "organisation": {"name": organisation["name"], **texts}})
