"""YAML construction: the text of a framework file into its data, keeping
the node tree for positions.

The YAML is composed once into a node tree (by libyaml where available) and
constructed from it. Everything a framework must not use is refused as a
:class:`LoadError` with its rule and position: aliases (alias bombs
included), merge keys, tags such as ``!!python/object``, duplicate keys,
documents nested too deep, numbers too long to read. Dates stay text; keys
are taken as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Hashable, Iterator

import yaml
from yaml.events import CollectionEndEvent, CollectionStartEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..positions import Document, Position, text_position
from ..rules.input_errors import (
    DuplicateKey,
    EmptyFile,
    NotAMapping,
    UnsafeYaml,
    YamlSyntax,
)
from .errors import LoadError
from .folded import may_hold_folded_item
from ..patterns import lazy

if TYPE_CHECKING:
    from .explain import Explained

#: Deeper documents are refused. libyaml before 0.2.6 builds the node tree
#: recursively in C, and a few tens of thousands of levels (``[[[[...``,
#: 50 KB of text) overflow the stack: a crash, not an error. libyaml 0.2.6
#: refuses more than 1000 levels itself, which reads as the same finding.
#: A framework nests 8 levels.
MAX_DEPTH = 1000
#: libyaml 0.2.6's words when a document nests deeper than it allows.
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"

_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("null", "bool", "int", "float", "str", "seq", "map")
)


def parse(path: str, text: str, *, pure: bool = False, keep_going: bool = False) -> Document:
    """Parse the decoded ``text`` of ``path`` into a Document.

    ``pure`` forces the pure-Python parser (the fallback where PyYAML has no
    libyaml), which gives the same data, positions and messages. With
    ``keep_going``, a duplicate key is a notice of the document rather than
    an error (its later value is left out), so the rest can be checked.
    """
    loader = None
    try:
        if may_be_too_deep(text):
            _check_depth(text)
        loader = (_PURE_LOADER_CLASS if pure else _LOADER_CLASS)(text)
        root = loader.get_single_node()
        if root is None:
            raise LoadError(EmptyFile, "file holds no YAML document; expected a ladderlint framework")
        if not isinstance(root, MappingNode):
            kind = "a list" if isinstance(root, SequenceNode) else "a single value"
            raise LoadError(
                NotAMapping,
                f"the document is {kind}, not a mapping of keys to values",
                Position.from_marks(root.start_mark, root.end_mark),
            )
        notices: list[tuple[Any, str, Position]] = []
        value = loader.construct_document(root, notices if keep_going else None)
        if "&" in text and _may_anchor_a_value(text):
            _refuse_anchored_text(root, text)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        raise LoadError(
            YamlSyntax,
            f"invalid YAML: control characters are not allowed (character {_codepoint(error.character)})",
            text_position(text, error.position),
        ) from None
    except yaml.YAMLError as error:
        raise LoadError(YamlSyntax, f"invalid YAML: {error}") from None
    except RecursionError:
        raise LoadError(YamlSyntax, "the document is nested too deeply to read") from None
    finally:
        if loader is not None:
            loader.dispose()
    return Document(path=path, text=text, data=value, root=root, notices=notices,
                    dash_in_plain_text=loader.dash_in_plain_text)


#: An '&' followed by a name ('& more' is no anchor); written to start
#: with the '&', which the regular expression engine finds fast.
_AMPERSAND = lazy(r"&(?=\S)")


def _may_anchor_a_value(text: str) -> bool:
    """Whether an '&' and a name start a value somewhere: after a line's
    indentation and dashes, or after ': ' ('R&D' is no anchor)."""
    for match in _AMPERSAND.finditer(text):
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if before[-1:] in ("", " ", "\t") and (not before.strip("- \t") or before.rstrip(" \t").endswith(":")):
            return True
    return False


def _refuse_anchored_text(root: Node, text: str) -> None:
    """`- &mentoring I mentor`: a plain text that starts with an anchor,
    which YAML takes out of it without a word ('I mentor'). Anchors are not
    allowed in a framework; only one used by an alias was refused."""
    anchored = []
    nodes: list[Node] = [root]
    while nodes:
        node = nodes.pop()
        if isinstance(node, MappingNode):
            nodes.extend(child for pair in node.value for child in pair)
        elif isinstance(node, SequenceNode):
            nodes.extend(node.value)
        elif isinstance(node, ScalarNode) and not node.style and text.startswith("&", node.start_mark.index):
            anchored.append(Position.from_marks(node.start_mark))
    if anchored:
        from .explain import anchored_text  # only a file refused: a clean check does without the module

        first = min(anchored)
        raise LoadError(UnsafeYaml, anchored_text(text, first), first)


def event_parser(text: str) -> Any:
    """A parser of ``text`` that yields YAML events (``get_event``,
    ``peek_event``, ``check_event``; ``dispose`` when done), for readers that
    need only the start of a document."""
    return _LOADER_CLASS(text)


def top_level_keys(text: str, *, in_list: bool = False) -> Iterator[str]:
    """The text keys of the top-level mapping of a YAML text, in order, read
    from its events without building the values (none for a single value,
    nor for a list unless ``in_list``: then those of its first item). Stops
    where the text stops reading as YAML: checking the file says why."""
    parser = event_parser(text)
    try:
        while parser.check_event() and not isinstance(parser.peek_event(), CollectionStartEvent):
            parser.get_event()
        if in_list and parser.check_event() and isinstance(parser.peek_event(), SequenceStartEvent):
            parser.get_event()
        if not (parser.check_event() and isinstance(parser.get_event(), MappingStartEvent)):
            return
        while not isinstance(parser.peek_event(), CollectionEndEvent):
            key = parser.get_event()
            if isinstance(key, ScalarEvent):
                yield key.value
            elif isinstance(key, CollectionStartEvent):
                _skip_rest_of_collection(parser)
            if isinstance(parser.get_event(), CollectionStartEvent):  # the value
                _skip_rest_of_collection(parser)
    except Exception:  # noqa: BLE001 - what does not read as YAML has no more keys to give
        return
    finally:
        parser.dispose()


def _skip_rest_of_collection(parser: Any) -> None:
    """Read past the rest of a collection whose start was just read."""
    depth = 1
    while depth:
        event = parser.get_event()
        if isinstance(event, CollectionStartEvent):
            depth += 1
        elif isinstance(event, CollectionEndEvent):
            depth -= 1


def uses_libyaml() -> bool:
    """Whether documents are parsed by libyaml (PyYAML built with it)."""
    return _LOADER_CLASS is not _PURE_LOADER_CLASS


def may_be_too_deep(text: str) -> bool:
    """Whether the document could nest deeper than MAX_DEPTH (a cheap test).

    Each flow collection opens a bracket, and each block collection nested
    in another starts further right, or after one more "- " or "? " at the
    start of its line: so the depth is at most the number of brackets, plus
    the longest run of spaces and indicators that starts a line, plus 2.
    """
    room = MAX_DEPTH - 2 - text.count("[") - text.count("{")
    return room <= 0 or re.search(r"\n[ ?:-]{%d}" % room, "\n" + text) is not None


def _check_depth(text: str) -> None:
    """Refuse a document nested deeper than MAX_DEPTH, reading events only
    (libyaml's event parser does not recurse), before any tree is built."""
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
        YamlSyntax,
        f"the document is nested more than {MAX_DEPTH} levels deep; a framework needs fewer than 10",
        Position.from_marks(mark),
    )


def _codepoint(character: Any) -> str:
    value = character if isinstance(character, int) else ord(character[:1] or "\0")
    return f"U+{value:04X}"


def _syntax_error(error: yaml.MarkedYAMLError, text: str) -> LoadError:
    # Explaining a mistake is the work of a file refused: a clean check does without the module.
    from .explain import line_in_quotes

    if isinstance(error, _RefusedConstruct):
        position = Position.from_marks(error.problem_mark)
        message = error.problem or ""
        if error.tag_of_text is not None:
            message += (f"; if '{error.tag_of_text}' is part of the text, put the text in quotes: "
                        f"{line_in_quotes(text, position)}")
        return LoadError(error.rule, message, position)
    mark = error.problem_mark or error.context_mark
    if error.problem == _LIBYAML_TOO_DEEP and mark is not None:
        # libyaml 0.2.6 scans up to 1 KB ahead, so in a run of brackets its
        # limit is met before the depth check sees the events. It counts
        # block levels from one more than ladderlint does.
        return _too_deep(mark)
    message, position, explained = _read_syntax_error(error, text)
    if explained is not None:
        more = tuple((e.message, e.position) for e in _further_mistakes(text, explained))
        return LoadError(YamlSyntax, explained.message, explained.position, more)
    lines = text.splitlines()
    if position.line > len(lines) or (mark is not None and not text[mark.index:].strip()):
        # The parser ran to the end of the text, or past its last line: point at where the text ends.
        last = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 1)
        return LoadError(YamlSyntax, f"invalid YAML: the file ends too soon: {message.removeprefix('invalid YAML: ')}",
                         Position(last, len(lines[last - 1]) + 1 if lines else 1))
    return LoadError(YamlSyntax, message, position)


def _read_syntax_error(error: yaml.MarkedYAMLError, text: str) -> tuple[str, Position, Explained | None]:
    """The parser's message for ``error`` in ``text``, and its position;
    and the mistake explained, where it is one ``explain`` knows."""
    from .explain import explain  # a file refused: a clean check does without the module

    mark = error.problem_mark or error.context_mark
    # libyaml says "did not find expected ..." where the pure-Python parser
    # says "expected ..."; report the same words whichever one parsed.
    problem = error.problem.replace("did not find expected", "expected") if error.problem else None
    context = error.context
    opened_above: Position | None = None
    if problem and context:
        # PyYAML's context is either "while parsing X" or the first half of
        # a sentence ("expected a single document in the stream").
        detail = f"{problem} ({context})" if context.startswith("while") else f"{context}, {problem}"
        opened = error.context_mark
        left_open = "flow" in context or "quoted scalar" in context
        if left_open and opened is not None and mark is not None and opened.line != mark.line:
            # A bracket or a quote left open lines above: say where it was opened.
            detail += f"; it starts on line {opened.line + 1}, column {opened.column + 1}"
            opened_above = Position.from_marks(opened)
    else:
        detail = problem or context or "cannot be parsed"
    position = Position.from_marks(mark) if mark is not None else Position(1, 1)
    explained = explain(text, position.line, position.column, problem, opened_above, reads_to)
    return f"invalid YAML: {detail}", position, explained


#: At most how many mistakes are reported after the first one of a file;
#: and how much text may be read again to find them (each is found by
#: reading the file again, mended, and explaining what stops the parser):
#: a large framework with a pasted block of tabs stays quick to check.
_MOST_FURTHER = 50
_MOST_FURTHER_CHARS = 1_000_000
#: Characters Python ends a line at and YAML does not, or the reverse: a
#: text holding one is not mended line by line.
_OTHER_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r")


def _further_mistakes(text: str, first: Explained) -> list[Explained]:
    """The mistakes found one after another below the first, each once the
    ones before it are mended as their messages say, while each is one that
    a change to its own line mends (a tab, `title: a: b`): those are the
    author's, not what the parser made of a mistake above them."""
    if _OTHER_BREAKS.intersection(text.replace("\r\n", "\n")):
        return []
    lines = text.splitlines()
    found: list[Explained] = []
    explained = first
    read_again = 0
    while explained.mended is not None and len(found) < _MOST_FURTHER:
        number, meant = explained.mended
        if lines[number - 1] == meant:
            break  # mended already: the parser stops here for another reason
        lines[number - 1] = meant
        mended = "\n".join(lines) + "\n"
        read_again += len(mended)
        if read_again > _MOST_FURTHER_CHARS:
            break
        error = _first_syntax_error(mended)
        if error is None:
            break
        _, _, next_one = _read_syntax_error(error, mended)
        if next_one is None or next_one.mended is None:
            break
        found.append(next_one)
        explained = next_one
    return found


def _first_syntax_error(text: str) -> yaml.MarkedYAMLError | None:
    """Where the parser gives up on ``text``, or None when it reads."""
    parser = event_parser(text)
    try:
        while parser.check_event():
            parser.get_event()
    except yaml.MarkedYAMLError as error:
        return error
    finally:
        parser.dispose()
    return None


def reads_to(text: str) -> int | None:
    """The line (1-based) where ``text`` stops reading as YAML, or None when
    it reads to its end; read as events, without building anything."""
    parser = event_parser(text)
    try:
        while parser.check_event():
            parser.get_event()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return mark.line + 1 if mark is not None else 0
    except yaml.YAMLError:
        return 0
    finally:
        parser.dispose()
    return None


class _RefusedConstruct(yaml.constructor.ConstructorError):
    """YAML that is valid but that a framework must not use."""

    def __init__(self, rule: Any, problem: str, mark: Any, tag_of_text: str | None = None):
        super().__init__(None, None, problem, mark)
        self.rule = rule
        #: A tag written before words on one line (`- !important I review`):
        #: most likely the first word of a text, not a tag.
        self.tag_of_text = tag_of_text


_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"


class _Constructor(yaml.constructor.SafeConstructor):
    """SafeConstructor that refuses aliases, extra tags and duplicate keys."""

    def construct_document(self, node: Node, notices: list[tuple[Any, str, Position]] | None = None) -> Any:
        """Build the data in one recursive walk of the node tree.

        A framework is nearly all text, lists and mappings: building those
        here, without PyYAML's generic constructor machinery, takes a third
        of the time. Other scalars go to SafeConstructor's functions, and a
        node whose tag does not fit its kind to the checked path below,
        which refuses it with the same message.

        A key given twice is reported in ``notices`` (LL007) and its later
        value is left out, so the rest of the file can still be checked;
        without ``notices`` it is refused.
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
                    try:
                        return scalar_builders[tag](self, node)
                    except (ValueError, KeyError):  # a standard tag on a value it does not fit: "!!float Leads ..."
                        raise _tag_not_fitting(node) from None
            elif kind is SequenceNode and tag == _SEQ:
                return [build(child) for child in node.value]
            elif isinstance(node, MappingNode) and tag == _MAP:
                mapping: dict[str, Any] = {}
                for key_node, value_node in node.value:
                    key = _key_of(key_node)
                    if key in mapping:
                        if notices is None:
                            raise _duplicate_key(node, key, key_node)
                        message = _duplicate_key(node, key, key_node, checked_first=True).problem or ""
                        notices.append((DuplicateKey, message, Position.from_marks(key_node.start_mark)))
                        continue
                    mapping[key] = build(value_node)
                return mapping
            return self.construct_object(node)  # refused, with the reason

        try:
            return build(node)
        finally:
            # `build` calls itself through its closure: a reference cycle that
            # would keep this loader, and the text it read, until the next
            # garbage collection.
            del build

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _alias_refused(node)
        if node.tag not in _PLAIN_TAGS:
            in_text = isinstance(node, ScalarNode) and not node.style and node.value and node.tag.startswith("!")
            raise _RefusedConstruct(
                UnsafeYaml,
                f"the tag {_short_tag(node.tag)} is not allowed in a framework; "
                "use plain text, numbers, lists and mappings",
                node.start_mark,
                node.tag if in_text else None,
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Hashable, Any]:
        if not isinstance(node, MappingNode):
            raise _RefusedConstruct(YamlSyntax, "expected a mapping", node.start_mark)
        mapping: dict[Hashable, Any] = {}
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
            if len(node.value) < _DIGITS_READ:  # not a long number: "!!int" on a text it does not fit
                raise
            value = None
        if value is None or abs(value) >= _TOO_LONG_NUMBER:
            raise _RefusedConstruct(
                YamlSyntax,
                "this number has more than 4,000 digits, too many to read; put it in quotes if it is text",
                node.start_mark,
            )
        return value


def _key_of(key_node: Node) -> str:
    """A mapping key as written: `1:` or `yes:` stay the text "1" / "yes"."""
    if key_node.__class__ is not ScalarNode:
        raise _RefusedConstruct(UnsafeYaml, "keys must be plain text, not lists or mappings", key_node.start_mark)
    if key_node.tag == _MERGE:
        raise _RefusedConstruct(UnsafeYaml, "merge keys (<<) are not allowed in a framework", key_node.start_mark)
    return key_node.value


def _duplicate_key(
    mapping: MappingNode, key: str, key_node: Node, *, checked_first: bool = False
) -> _RefusedConstruct:
    """A key given twice in ``mapping``. With ``checked_first`` the rest of
    the file is still checked, with the first value: the message says so."""
    first = next(k for k, _ in mapping.value if k.value == key).start_mark
    where = f"line {first.line + 1}, column {first.column + 1}"
    if checked_first:
        kept = (f"ladderlint checks the first one (line {first.line + 1}) and skips this one, while other YAML "
                "tools would silently keep only this one")
    else:
        kept = "YAML tools would silently keep only this one and drop the first"
    return _RefusedConstruct(
        DuplicateKey,
        f"duplicate key '{key}' (first defined at {where}): a key may appear only once in a mapping; {kept}: "
        "merge the two into one, or rename one of them",
        key_node.start_mark,
    )


def _alias_refused(node: Node) -> _RefusedConstruct:
    # A node reached twice is shared through an alias. Refusing it there
    # also stops alias bombs before they expand.
    return _RefusedConstruct(
        UnsafeYaml,
        "this content is reused through an alias (*name); anchors and aliases "
        "are not allowed in a framework: write the content out",
        node.start_mark,
    )


_TOO_LONG_NUMBER = 10**4000
#: Fewer characters than that: a ValueError is no number too long, but a text "!!int" does not fit.
_DIGITS_READ = 4000
_Constructor.yaml_constructors = {**_Constructor.yaml_constructors, "tag:yaml.org,2002:int": _Constructor.construct_yaml_int}


def _tag_not_fitting(node: Node) -> _RefusedConstruct:
    """A standard tag given to a value it does not fit ("!!int Leads design
    reviews"): refused as other tags are, with the way to keep the text."""
    return _RefusedConstruct(
        UnsafeYaml,
        f"the tag {_short_tag(node.tag)} does not fit this value; use plain text, numbers, lists and mappings",
        node.start_mark,
        _short_tag(node.tag) if not getattr(node, "style", None) else None,
    )


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


class _Resolver(yaml.resolver.Resolver):
    """YAML 1.1 resolution without timestamps: dates stay text, as in JSON.

    The parser asks for the tag of every node; this answers as PyYAML's
    Resolver does, without its support for path resolvers (which no
    framework uses), at a third of the cost per node.
    """

    #: Whether a plain text read so far may hold a folded item: the parser shows every
    #: scalar here once, so the search for folded items (LL015) need not walk
    #: the node tree of the many documents without one.
    dash_in_plain_text = False

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                if may_hold_folded_item(value):
                    self.dash_in_plain_text = True
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


def implicit_tag(value: str) -> str:
    """The tag YAML gives an unquoted scalar, as this loader resolves it
    (YAML 1.1, dates kept as text)."""
    for tag, regexp in _IMPLICIT.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return _STR


def _loader_class(libyaml: bool = True) -> type:
    """libyaml's parser (about 25x faster) where PyYAML has it, else pure Python."""
    try:
        if not libyaml:
            raise ImportError("pure Python loader requested")
        from yaml.cyaml import CParser  # type: ignore[attr-defined]  # not in the stubs' exports
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

    class FastLoader(CParser, _Constructor, _Resolver):
        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            _Constructor.__init__(self)
            _Resolver.__init__(self)

    return FastLoader


_LOADER_CLASS = _loader_class()
_PURE_LOADER_CLASS = _loader_class(libyaml=False)
