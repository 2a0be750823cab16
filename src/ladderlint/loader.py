"""Read one framework file into plain Python data, keeping source positions.

The YAML is composed once into a node tree (by libyaml where available) and
constructed from it; the node tree is kept so that a finding can be turned
into ``line:column`` only when one is reported, at no extra parsing cost.

Everything that makes a file unreadable is raised as :class:`LoadError`,
never as a Python traceback.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .positions import Position

#: Files larger than this are refused before they are read (a real
#: framework is a few hundred kilobytes; this leaves room for generated ones).
DEFAULT_MAX_BYTES = 32 * 1024 * 1024

# A file is a framework when it says so: a top-level ``ladderlint:`` key, or
# an editor modeline pointing at our schema. Anything else is other YAML and
# is skipped without being parsed.
_DECLARATION = re.compile(
    rb"^(?:ladderlint[ \t]*:|#[ \t]*yaml-language-server:[^\n]*framework\.schema\.json)",
    re.MULTILINE,
)

#: Deeper documents are refused. libyaml before 0.2.6 builds the node tree
#: recursively in C, and a few tens of thousands of levels (``[[[[...``,
#: 50 KB of text) overflow the stack: a crash, not an error. libyaml 0.2.6
#: refuses more than 1000 levels itself, which reads as the same finding.
#: A framework nests 8 levels.
MAX_DEPTH = 1000
#: libyaml 0.2.6's words when a document nests deeper than it allows.
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)

_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("null", "bool", "int", "float", "str", "seq", "map")
)


class LoadError(Exception):
    """A file that cannot be loaded as a framework; ``code`` is its rule code."""

    def __init__(self, code: str, message: str, position: Position = Position(1, 1)):
        super().__init__(message)
        self.code = code
        self.message = message
        self.position = position


@dataclass
class Document:
    """A loaded YAML document: its data and the node tree it came from."""

    path: str
    text: str
    data: dict[str, Any]
    root: MappingNode
    #: Non-fatal problems noticed while reading (code, message, position).
    notices: list[tuple[str, str, Position]] = field(default_factory=list)

    def node_chain(self, doc_path: tuple[Any, ...]) -> list[Node] | None:
        """The nodes from the root down to ``doc_path``; None if it is not there."""
        chain: list[Node] = [self.root]
        for step in doc_path:
            child = _child(chain[-1], step)
            if child is None:
                return None
            chain.append(child[1])
        return chain

    def position(self, doc_path: tuple[Any, ...], *, key: bool = False) -> Position:
        """Where ``doc_path`` starts in the file.

        With ``key=True`` and a path ending in a mapping key, point at the key
        itself rather than at its value (for "unknown key" findings). A path
        that goes further than the document points at its deepest existing
        ancestor.
        """
        node: Node = self.root
        last_key: Node | None = None
        for step in doc_path:
            child = _child(node, step)
            if child is None:
                break
            last_key, node = child
        target = last_key if key and last_key is not None else node
        return Position.from_marks(target.start_mark, target.end_mark)


def _child(node: Node, step: Any) -> tuple[Node | None, Node] | None:
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == str(step):
                return key_node, value_node
        return None
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    return None


#: The message for an empty file, whether found by reading or by parsing.
EMPTY_FILE = "file is empty; expected a ladderlint framework"


def empty_document(path: str) -> Document:
    """A stand-in for a file that can no longer be read: every position is 1:1."""
    start = yaml.error.Mark(path, 0, 0, 0, None, None)
    return Document(path, "", {}, MappingNode("tag:yaml.org,2002:map", [], start, start))


def declares_format(data: bytes) -> bool:
    """Whether raw file content says it is a ladderlint framework."""
    wide = _wide_encoding(data)
    if wide is not None:  # so that load_document can explain the encoding
        data = data.decode(wide[0], errors="replace").encode("utf-8")
    return _DECLARATION.search(data.removeprefix(codecs.BOM_UTF8)) is not None


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
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


def is_blank(data: bytes) -> bool:
    """Whether a file holds nothing but white space."""
    return not data.strip()


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing one over ``max_bytes`` before reading it."""
    try:
        with _open_regular(path) as handle:
            size = _size(handle)
            if size > max_bytes:
                raise LoadError(
                    "LL008",
                    f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes",
                )
            # Read one byte past the limit: the file may grow while we read.
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise LoadError("LL001", f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise LoadError("LL008", f"file is over the limit of {max_bytes:,} bytes")
    return data


def _open_regular(path: str) -> Any:
    """Open a regular file for reading; refuse pipes, devices and sockets.

    Opening a named pipe waits for a writer, so a ``*.yaml`` FIFO in a tree
    would hang the check: it is opened without blocking, and refused.
    """
    import os
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
            raise LoadError("LL001", f"cannot read file: it is {kind}, not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


#: How much of a file over the size limit is read to tell whether it is a
#: framework at all (the declaration is on its first lines).
HEAD_BYTES = 64 * 1024


def read_head(path: str, size: int = HEAD_BYTES) -> bytes | None:
    """The first ``size`` bytes of a file, or None if it cannot be read."""
    try:
        with _open_regular(path) as handle:
            return handle.read(size)
    except (OSError, LoadError):
        return None


def _size(handle: Any) -> int:
    import os

    return os.fstat(handle.fileno()).st_size


def load_document(path: str, data: bytes, *, pure: bool = False) -> Document:
    """Decode and parse ``data`` (the content of ``path``) into a Document.

    ``pure`` forces the pure-Python parser (the fallback where PyYAML has no
    libyaml), which gives the same data, positions and messages.
    """
    notices: list[tuple[str, str, Position]] = []
    text = _decode(data, notices)
    if not text.strip():
        raise LoadError("LL005", EMPTY_FILE)
    loader = None
    try:
        if _may_be_too_deep(data):
            _check_depth(text)
        loader = (_PURE_LOADER_CLASS if pure else _LOADER_CLASS)(text)
        root = loader.get_single_node()
        if root is None:
            raise LoadError("LL005", "file holds no YAML document; expected a ladderlint framework")
        if not isinstance(root, MappingNode):
            kind = "a list" if isinstance(root, SequenceNode) else "a single value"
            raise LoadError(
                "LL006",
                f"the document is {kind}, not a mapping of keys to values",
                Position.from_marks(root.start_mark, root.end_mark),
            )
        value = loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        raise LoadError(
            "LL003", f"invalid YAML: control characters are not allowed (character {_codepoint(error.character)})",
            _char_position(text, error.position),
        ) from None
    except yaml.YAMLError as error:
        raise LoadError("LL003", f"invalid YAML: {error}") from None
    except RecursionError:
        raise LoadError("LL003", "the document is nested too deeply to read") from None
    finally:
        if loader is not None:
            loader.dispose()
    return Document(path=path, text=text, data=value, root=root, notices=notices)


def _may_be_too_deep(data: bytes) -> bool:
    """Whether the document could nest deeper than MAX_DEPTH (a cheap test).

    Each flow collection opens a bracket, and each block collection nested
    in another starts further right, or after one more "- " or "? " at the
    start of its line: so the depth is at most the number of brackets, plus
    the longest run of spaces and indicators that starts a line, plus 2.
    """
    room = MAX_DEPTH - 2 - data.count(b"[") - data.count(b"{")
    return room <= 0 or re.search(rb"\n[ ?:-]{%d}" % room, b"\n" + data) is not None


def _check_depth(text: str) -> None:
    """Refuse a document nested deeper than MAX_DEPTH, reading events only
    (libyaml's event parser does not recurse), before any tree is built."""
    from yaml.events import CollectionEndEvent, CollectionStartEvent

    parser = _LOADER_CLASS(text)
    try:
        depth = 0
        while (event := parser.get_event()) is not None:
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(event.start_mark)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    finally:
        parser.dispose()


def _too_deep(mark: Any) -> LoadError:
    return LoadError(
        "LL003",
        f"the document is nested more than {MAX_DEPTH} levels deep; a framework needs fewer than 10",
        Position.from_marks(mark),
    )


def _decode(data: bytes, notices: list[tuple[str, str, Position]]) -> str:
    wide = _wide_encoding(data)
    if wide is not None:
        raise LoadError("LL002", f"file is encoded as {wide[1]}; save it as UTF-8")
    if data.startswith(codecs.BOM_UTF8):
        notices.append(("LL009", "file starts with a UTF-8 byte order mark", Position(1, 1)))
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(
            "LL002",
            f"file is not valid UTF-8: byte 0x{data[error.start]:02x} cannot be decoded",
            _byte_position(data, error.start),
        ) from None


def _byte_position(data: bytes, offset: int) -> Position:
    prefix = data[:offset].decode("utf-8", errors="replace")  # valid up to the offset
    return _char_position(prefix, len(prefix))


def _codepoint(character: Any) -> str:
    value = character if isinstance(character, int) else ord(character[:1] or "\0")
    return f"U+{value:04X}"


# Line breaks as YAML (and so the parser's own positions) count them: a
# lone CR is one, and so is CR LF.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _char_position(text: str, offset: int) -> Position:
    line, line_start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, offset):
        line, line_start = line + 1, match.end()
    return Position(line, offset - line_start + 1)


def _syntax_error(error: yaml.MarkedYAMLError) -> LoadError:
    if isinstance(error, _RefusedConstruct):
        return LoadError(error.code, error.problem or "", Position.from_marks(error.problem_mark))
    mark = error.problem_mark or error.context_mark
    if error.problem == _LIBYAML_TOO_DEEP and mark is not None:
        # libyaml 0.2.6 scans up to 1 KB ahead, so in a run of brackets its
        # limit is met before the depth check sees the events. It counts
        # block levels from one more than ladderlint does.
        return _too_deep(mark)
    # libyaml says "did not find expected ..." where the pure-Python parser
    # says "expected ..."; report the same words whichever one parsed.
    problem = error.problem.replace("did not find expected", "expected") if error.problem else None
    context = error.context
    if problem and context:
        # PyYAML's context is either "while parsing X" or the first half of
        # a sentence ("expected a single document in the stream").
        detail = f"{problem} ({context})" if context.startswith("while") else f"{context}, {problem}"
    else:
        detail = problem or context or "cannot be parsed"
    message = f"invalid YAML: {detail}"
    position = Position.from_marks(mark) if mark is not None else Position(1, 1)
    return LoadError("LL003", message, position)


class _RefusedConstruct(yaml.constructor.ConstructorError):
    """YAML that is valid but that a framework must not use."""

    def __init__(self, code: str, problem: str, mark: Any):
        super().__init__(None, None, problem, mark)
        self.code = code


_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"


class _Constructor(yaml.constructor.SafeConstructor):
    """SafeConstructor that refuses aliases, extra tags and duplicate keys."""

    def construct_document(self, node: Node) -> Any:
        """Build the data in one recursive walk of the node tree.

        A framework is nearly all text, lists and mappings: building those
        here, without PyYAML's generic constructor machinery, takes a third
        of the time. Other scalars go to SafeConstructor's functions, and a
        node whose tag does not fit its kind to the checked path below,
        which refuses it with the same message.
        """
        seen: set[int] = set()
        scalar_builders = self.yaml_constructors

        def build(node: Node) -> Any:
            if id(node) in seen:
                raise _alias_refused(node)
            seen.add(id(node))
            kind, tag = node.__class__, node.tag
            if kind is ScalarNode:
                if tag == _STR:
                    return node.value
                if tag in _PLAIN_TAGS and tag not in (_SEQ, _MAP):
                    return scalar_builders[tag](self, node)
            elif kind is SequenceNode and tag == _SEQ:
                return [build(child) for child in node.value]
            elif kind is MappingNode and tag == _MAP:
                mapping: dict[str, Any] = {}
                for key_node, value_node in node.value:
                    key = _key_of(key_node)
                    if key in mapping:
                        raise _duplicate_key(node, key, key_node)
                    mapping[key] = build(value_node)
                return mapping
            return self.construct_object(node)  # refused, with the reason

        return build(node)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _alias_refused(node)
        if node.tag not in _PLAIN_TAGS:
            raise _RefusedConstruct(
                "LL004",
                f"the tag {_short_tag(node.tag)} is not allowed in a framework; "
                "use plain text, numbers, lists and mappings",
                node.start_mark,
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, MappingNode):
            raise _RefusedConstruct("LL003", "expected a mapping", node.start_mark)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _key_of(key_node)
            if key in mapping:
                raise _duplicate_key(node, key, key_node)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: ScalarNode) -> int:
        # Python refuses to turn more than 4300 digits into an int (or back
        # into text, for a long hexadecimal number): a ValueError, not YAML's.
        try:
            value = super().construct_yaml_int(node)
        except ValueError:
            value = None
        if value is None or abs(value) >= _TOO_LONG_NUMBER:
            raise _RefusedConstruct(
                "LL003",
                "this number has more than 4,000 digits, too many to read; put it in quotes if it is text",
                node.start_mark,
            )
        return value


def _key_of(key_node: Node) -> str:
    """A mapping key as written: `1:` or `yes:` stay the text "1" / "yes"."""
    if key_node.__class__ is not ScalarNode:
        raise _RefusedConstruct("LL004", "keys must be plain text, not lists or mappings", key_node.start_mark)
    if key_node.tag == _MERGE:
        raise _RefusedConstruct("LL004", "merge keys (<<) are not allowed in a framework", key_node.start_mark)
    return key_node.value


def _duplicate_key(mapping: MappingNode, key: str, key_node: Node) -> _RefusedConstruct:
    first = next(k for k, _ in mapping.value if k.value == key).start_mark
    return _RefusedConstruct(
        "LL007",
        f"duplicate key '{key}' (first defined at line {first.line + 1}, "
        f"column {first.column + 1}); YAML would silently keep only the last one",
        key_node.start_mark,
    )


def _alias_refused(node: Node) -> _RefusedConstruct:
    # A node reached twice is shared through an alias. Refusing it there
    # also stops alias bombs before they expand.
    return _RefusedConstruct(
        "LL004",
        "this content is reused through an alias (*name); anchors and aliases "
        "are not allowed in a framework: write the content out",
        node.start_mark,
    )


_TOO_LONG_NUMBER = 10**4000
_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


class _Resolver(yaml.resolver.Resolver):
    """YAML 1.1 resolution without timestamps: dates stay text, as in JSON.

    The parser asks for the tag of every node; this answers as PyYAML's
    Resolver does, without its support for path resolvers (which no
    framework uses), at a third of the cost per node.
    """

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_Resolver.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
# By first character ("" for an empty scalar), each with the resolvers that
# apply to any first character appended, as Resolver.resolve tries them.
_IMPLICIT = {
    first: tuple(resolvers + _Resolver.yaml_implicit_resolvers.get(None, []))
    for first, resolvers in _Resolver.yaml_implicit_resolvers.items()
    if first is not None
}


def _loader_class(libyaml: bool = True) -> type:
    """libyaml's parser (about 25x faster) where PyYAML has it, else pure Python."""
    try:
        if not libyaml:
            raise ImportError("pure Python loader requested")
        from yaml.cyaml import CParser
    except ImportError:  # PyYAML built without libyaml
        from yaml.composer import Composer
        from yaml.parser import Parser
        from yaml.reader import Reader
        from yaml.scanner import Scanner

        class PureLoader(Reader, Scanner, Parser, Composer, _Constructor, _Resolver):
            def __init__(self, stream: str):
                Reader.__init__(self, stream)
                Scanner.__init__(self)
                Parser.__init__(self)
                Composer.__init__(self)
                _Constructor.__init__(self)
                _Resolver.__init__(self)

        return PureLoader

    class FastLoader(CParser, _Constructor, _Resolver):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            _Constructor.__init__(self)
            _Resolver.__init__(self)

    return FastLoader


_LOADER_CLASS = _loader_class()
_PURE_LOADER_CLASS = _loader_class(libyaml=False)
