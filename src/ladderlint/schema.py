"""Validate loaded documents against the framework JSON Schema.

The schema file is the single source of truth for the format. Valid
documents (nearly all of them) are checked by a validator compiled once per
run with fastjsonschema; only a document that fails is validated again with
jsonschema, whose error tree is turned into readable messages.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .loader.comments import SUPPRESSION_MARKER, comment_after, comment_position
from .positions import Document, Position
from .rules import schema_errors as rules
from .rules.base import Fix, Rule
from .rules.input_errors import ADD_THE_MARKER
from .rules.messages import describe_char
from . import schema_file
from .suggestions import closest, did_you_mean
from .text import and_list, ascii_spelling, curly_quoted, slug, typed_bullet
from .yaml_scalars import quoted, quoted_as_meant


@dataclass(frozen=True)
class SchemaProblem:
    """One readable schema violation at ``path`` inside the document, and
    the rule (LL100-LL107) it breaks."""

    rule: type[Rule]
    message: str
    path: tuple[Any, ...]
    on_key: bool = False
    #: For an unknown key: the known key it is most likely a misspelling of.
    suggestion: str | None = None
    #: For a missing key: its name.
    missing: str | None = None
    #: For a value of the wrong type: the JSON types the schema accepts there.
    expected: tuple[str, ...] = ()
    #: Where a comment starts that YAML cut from the text and this problem's
    #: fix puts back ('- Support: I answer in #help'): LL014 need not say it.
    comment: Position | None = None
    #: The repair `check --fix` may apply (a statement YAML split at ': ', quoted).
    fix: Fix | None = None
    #: Where to point, where the value as YAML read it starts elsewhere than
    #: what was written (`- #1 priority`, read as an empty value before it).
    position: Position | None = None

    @property
    def code(self) -> str:
        return self.rule.code


class SchemaValidator:
    """Validates many documents against the schema, compiling it once."""

    def __init__(self) -> None:
        self._fast: Callable[[Any], Any] | None = None

    def prepare(self) -> "SchemaValidator":
        """Load the validator now rather than on the first document."""
        if self._fast is None:
            self._fast = _fast_validator()
        return self

    def violations(self, data: Any, source: Document | None = None) -> list[SchemaProblem]:
        """The schema violations of ``data``; ``source``, the document it was
        read from, lets the messages quote what YAML left out of it."""
        try:
            self.prepare()._fast(data)  # type: ignore[misc]
            return []
        except Exception:  # the validator's own exception, or a type it cannot handle
            pass
        return explain(schema_file.schema(), data, source)


def _fast_validator() -> Callable[[Any], Any]:
    """The validator generated from the schema at release time, if it is
    current; otherwise one compiled now (25 ms that a pre-commit hook would
    otherwise pay on every run)."""
    try:
        from . import _schema_validator
    except ImportError:  # a source tree where it was never generated
        pass
    else:
        if _schema_validator.SCHEMA_CRC32 == schema_checksum():
            return _schema_validator.validate
    import fastjsonschema

    return fastjsonschema.compile(_without_annotations(schema_file.schema()), use_default=False)


def schema_checksum() -> str:
    """The CRC-32 of the schema's text: it tells a validator generated from
    another text, as a hash would (no one forges a schema to fool their own
    check), and zlib loads in a fifth of hashlib's time, which each
    one-file check would pay."""
    import zlib

    return f"{zlib.crc32(schema_file.schema_text().encode('utf-8')):08x}"


def validator_source() -> str:
    """Python source of a self-contained validator for the current schema.

    Generated with fastjsonschema; regenerate it with
    `python -m ladderlint.schema > src/ladderlint/_schema_validator.py`.
    """
    import fastjsonschema

    # use_default=False: validating must not write the schema's defaults
    # into the document it checks.
    code = fastjsonschema.compile_to_code(_without_annotations(schema_file.schema()), use_default=False)
    # The generated code needs only fastjsonschema's exception classes;
    # defining them here spares importing the package (40 ms) on every run.
    code = code.replace(
        "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n",
        "class JsonSchemaValueException(ValueError):\n"
        "    def __init__(self, message, value=None, name=None, definition=None, rule=None):\n"
        "        super().__init__(message)\n"
        "        self.message, self.value, self.name = message, value, name\n"
        "        self.definition, self.rule = definition, rule\n\n\n"
        "class JsonSchemaValuesException(ValueError):\n"
        "    def __init__(self, errors):\n"
        "        super().__init__(str(errors))\n"
        "        self.errors = errors\n",
    )
    # Where an item sits in the document is only needed for the generated
    # messages, which are never shown (a document that fails is explained
    # with jsonschema): building it for every statement of a valid document
    # costs a dictionary and a format() each.
    code = re.sub(r'"[^"\n]*\{\w+\}[^"\n]*"\.format\(\*\*locals\(\)\)', '""', code)
    # Nor the value, name and part of the schema each exception carries: a
    # valid document raises them too, in the branches of an anyOf it does
    # not take (a cell written as a mapping is first tried as a list), and
    # each raise built its part of the schema anew as a dictionary. Nor the
    # name of each item, passed down to every statement's check.
    code = re.sub(r"^( *raise JsonSchemaValueException\(.*?), value=.*, rule='\w+'\)$", r"\1)", code, flags=re.MULTILINE)
    code = re.sub(r', custom_formats, \(name_prefix or "data"\) \+ "[^"\n]*"\)', ", custom_formats)", code)
    if code.count("Decimal") == 1:  # imported, never used: decimal costs each run 1 ms to load
        code = code.replace("from decimal import Decimal\n", "")
    header = (
        '"""Validator for schemas/framework.schema.json, generated by\n'
        "`python -m ladderlint.schema`; do not edit. The schema stays the single\n"
        'source of truth: a stale copy is detected by its checksum and not used."""\n'
        "# fmt: off\n# ruff: noqa\n# mypy: ignore-errors\n"
        f"# Generated with fastjsonschema {fastjsonschema.VERSION} (the version the test extra pins).\n"
        f'SCHEMA_CRC32 = "{schema_checksum()}"\n'
    )
    entry = re.search(r"^def (validate\w*)\(", code, re.MULTILINE)
    assert entry is not None, "fastjsonschema's generated code has no validate function"
    return header + code + f"\n\nvalidate = {entry.group(1)}\n"



_ANNOTATIONS = frozenset({"title", "description", "examples", "$comment"})


def _without_annotations(node: Any) -> Any:
    """The schema less its annotation keywords, which validate nothing:
    the generated validator is half the size without them. (A property
    *named* 'title' is a mapping and stays.)"""
    if isinstance(node, dict):
        return {
            key: _without_annotations(value)
            for key, value in node.items()
            if not (key in _ANNOTATIONS and not isinstance(value, dict))
        }
    if isinstance(node, list):
        return [_without_annotations(item) for item in node]
    return node


def explain(schema_dict: dict[str, Any], data: Any, source: Document | None = None) -> list[SchemaProblem]:
    """All violations of ``data``, as readable messages, in document order."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema_dict)
    found: dict[tuple[Any, ...], SchemaProblem] = {}
    statement_keys = tuple(schema_dict["$defs"]["statementObject"]["properties"])
    split = list(_split_texts(data, statement_keys, source))
    for problem in split:
        found.setdefault((problem.path, problem.code, problem.message), problem)
    for error in validator.iter_errors(data):
        for violation in _describe(error, data, source):
            if any(violation.path[: len(s.path)] == s.path for s in split):
                continue  # explained as a text that YAML split at ': '
            found.setdefault((violation.path, violation.code, violation.message), violation)
    return _misspelt_once(list(found.values()), validator, data)


def _misspelt_once(problems: list[SchemaProblem], validator: Any, data: Any) -> list[SchemaProblem]:
    """A required key written misspelt (`Levels:`, `titel:`) is said once,
    as the unknown key it is, with the key it is read as; not also as the
    key missing from its mapping. Only where its value is one the key may
    have: `titel: [a, b]` read as the title would reach the rules unchecked,
    and the next run would say what the value breaks."""
    meant = {(p.path[:-1], p.suggestion) for p in problems if p.rule is rules.UnknownKey and p.suggestion
             and _fits_as(validator, data, p.path, p.suggestion)}
    if not meant:
        return problems
    return [p for p in problems if not (p.rule is rules.MissingKey and (p.path, p.missing) in meant)]


def _fits_as(validator: Any, data: Any, path: tuple[Any, ...], key: str) -> bool:
    """Whether the value at ``path`` breaks nothing read as ``key`` of the
    same mapping."""
    renamed = copy.deepcopy(data)
    parent = renamed
    for step in path[:-1]:
        parent = parent[step]
    parent[key] = parent.pop(path[-1])
    at = path[:-1] + (key,)
    return not any(tuple(error.absolute_path)[: len(at)] == at for error in validator.iter_errors(renamed))


def _split_texts(data: Any, statement_keys: tuple[str, ...], source: Document | None) -> Iterable[SchemaProblem]:
    """Statements (and examples) written as `- I lead teams: well` or
    `- Testing: I write tests`: YAML reads a list item holding ': ' as a
    mapping of one key, a sentence or a label before one. Said once, with
    the fix, instead of as a missing 'text' and an unknown key."""
    levels = data.get("levels") if isinstance(data, dict) else None
    for i, level in enumerate(levels if isinstance(levels, list) else ()):
        cells = level.get("competencies") if isinstance(level, dict) else None
        for competency, cell in (cells.items() if isinstance(cells, dict) else ()):
            base: tuple[Any, ...] = ("levels", i, "competencies", competency)
            if isinstance(cell, dict):
                cell, base = cell.get("statements"), base + ("statements",)
            for j, statement in enumerate(cell if isinstance(cell, list) else ()):
                yield from _split_text(data, base + (j,), statement, statement_keys, source)
                examples = statement.get("examples") if isinstance(statement, dict) else None
                for k, example in enumerate(examples if isinstance(examples, list) else ()):
                    # An example has no keys: any key before its text is a label.
                    yield from _split_text(data, base + (j, "examples", k), example, (), source)


def _split_text(
    data: Any, path: tuple[Any, ...], item: Any, statement_keys: tuple[str, ...], source: Document | None
) -> Iterable[SchemaProblem]:
    if not (isinstance(item, dict) and item and all(isinstance(key, str) for key in item)):
        return
    if any(" " not in key.strip() and _near_key(key, statement_keys) for key in item):
        return  # a key of a statement, or one misspelt ('txt: ...'): the schema's findings say so
    (key, value), *others = item.items()
    if (others or " " not in key.strip() or not (value is None or isinstance(value, str))) \
            and _in_braces(source, path):
        return  # `- {team}`: a text in braces, which the schema's findings explain
    if others:
        # `- Leadership: I lead` over `  Ownership: I own`: labels, one a line.
        keys = ", ".join(f"'{key}'" for key in item)
        yield SchemaProblem(
            rules.WrongType,
            f"{_subject(data, path)} is read by YAML as labels and values ({keys}), as each of its lines holds "
            "': '; a statement is one text: write each as a statement of its own, in quotes",
            path,
        )
        return
    written = item_as_written(source, path)
    if not (value is None or isinstance(value, str)):
        # `- Skills: [Go, Python]`: a key and a list, or a mapping, to YAML.
        if written is None or written[1]:
            return
        in_quotes = quoted_as_meant(written[0])
        yield SchemaProblem(
            rules.WrongType,
            f"{_subject(data, path)} holds ': ', so YAML read it as a key and {_TYPE_WORDS[_type_of(value)]}; "
            f"put the statement in quotes: - {in_quotes}",
            path,
            fix=Fix(path, _read_back(in_quotes), quotes_item=True),
        )
        return
    text = written[0] if written else f"{key}:" + (f" {value}" if value else "")
    comment, at = _comment_after(source, path + (key,)) if source is not None else ("", None)
    also = f", and {quoted(comment.lstrip())} as a comment" if comment else ""
    # "... increments :rocket:" ends in a colon; "I lead: teams" holds one before a space.
    colon = "ends in ':'" if value is None else "holds ': '"
    in_quotes = quoted_as_meant(text) if comment == "" else quoted(text + comment)
    item = source.nodes(path) if written and source is not None else None
    # The item, to the end of what is written on its line (YAML's mapping ends on the next one).
    start = item[-1].start_mark if item else None
    yield SchemaProblem(
        rules.WrongType,
        f"{_subject(data, path)} {colon}, so YAML read it as a key and a value{also}; put the statement in "
        f"quotes: - {in_quotes}",
        path,
        comment=at,
        position=Position(start.line + 1, start.column + 1, start.line + 1, start.column + 1 + len(written[0]))
        if written and start is not None else None,
        # An item written on one line is rewritten as the message says: the same text, in the same quotes.
        fix=Fix(path, _read_back(in_quotes), quotes_item=True) if written else None,
    )


def _in_braces(source: Document | None, path: tuple[Any, ...]) -> bool:
    """Whether the mapping at ``path`` is written in braces (`{team}`)."""
    nodes = source.nodes(path) if source is not None else None
    return bool(nodes and getattr(nodes[-1], "flow_style", False))


def _read_back(in_quotes: str) -> str:
    """The text a scalar in quotes, as ``quoted`` writes one, reads as."""
    import yaml

    return str(yaml.safe_load(in_quotes))


def item_as_written(source: Document | None, path: tuple[Any, ...]) -> tuple[str, str] | None:
    """A list item at ``path`` that YAML read as a key and a value
    (`- Support: I answer in #help`), as it is written on its line, and
    the comment YAML cut from it ('' if none); None if it is not one key
    and a value on one line. The fixer rewrites exactly these characters."""
    nodes = source.nodes(path) if source is not None else None
    item = nodes[-1] if nodes else None
    if source is None or not (isinstance(item, MappingNode) and len(item.value) == 1):
        return None
    key = item.value[0][0].value
    written = _as_written(source, path, key)
    return (written, _comment_after(source, path + (key,))[0]) if written is not None else None


def _as_written(source: Document | None, path: tuple[Any, ...], key: str) -> str | None:
    """The text of a list item that YAML read as a key and a value, as it is
    written on its line: quotes around the value stay (`- I follow the
    principle: "you build it, you run it"`). None if it is not on one line."""
    if source is None:
        return None
    nodes = source.nodes(path + (key,))
    if not nodes or len(nodes) < 2:
        return None
    item, value = nodes[-2], nodes[-1]
    end = value.end_mark.index if value.end_mark.index > item.start_mark.index else item.end_mark.index
    written = source.text[item.start_mark.index : end].rstrip()
    return written if written and "\n" not in written else None


def _comment_after(source: Document, path: tuple[Any, ...]) -> tuple[str, Position | None]:
    """What YAML read as a comment right after the plain text at ``path``
    ('every day: standups, #channel' loses ' #channel'): part of the
    sentence, which the quoted statement must keep; and where its '#' is.
    Empty and None if there is none."""
    nodes = source.nodes(path)
    node = nodes[-1] if nodes else None
    comment = comment_after(source.text, node) if isinstance(node, ScalarNode) else ""
    written = comment.lstrip(" \t")
    if written[1:2] in ("", " ", "\t", "#") or SUPPRESSION_MARKER.match(written):
        return "", None  # a comment written as one ('# to do'), not words cut from the text
    return comment, comment_position(source.text, node) if comment and isinstance(node, ScalarNode) else None


def _near_key(word: str, keys: tuple[str, ...]) -> bool:
    """Whether a word is one of ``keys`` or close to one, in any case: a key
    written wrong rather than a label before a sentence ('Testing: ...')."""
    import difflib

    return bool(difflib.get_close_matches(word.strip().casefold(), keys, n=1, cutoff=0.75))


# --- turning jsonschema errors into sentences -------------------------------

_TYPE_WORDS = {
    "string": "text",
    "array": "a list",
    "object": "a mapping",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _describe(error: Any, data: Any, source: Document | None = None) -> Iterable[SchemaProblem]:
    # Explaining is the work of a file that fails: a clean check does without these modules.
    import json

    from .loader.explain import key_slip

    path = tuple(error.absolute_path)
    kind = error.validator
    subject = _subject(data, path)
    instance = error.instance

    if kind == "pattern" and error.validator_value == schema_file.text_pattern() and isinstance(instance, str) \
            and "propertyNames" not in error.relative_schema_path:
        # `- " "`: as blank as `- ""`, and said so as the empty form is (the
        # empty form also breaks minLength, said in the same words: one finding).
        yield SchemaProblem(rules.EmptyValue, f"{subject} must not be empty{_only_white_space(instance)}", path)
    elif "propertyNames" in error.relative_schema_path and isinstance(instance, str) and schema_file.blank(instance) \
            and (kind == "minLength" or error.validator_value == schema_file.text_pattern()):
        # A glossary term of spaces alone, or none (`"": ...`).
        yield SchemaProblem(
            rules.EmptyValue, f"a key of {subject} must not be empty{_only_white_space(instance)}", path + (instance,),
            on_key=True,
        )
    elif "propertyNames" in error.relative_schema_path:
        # The instance is the offending key of the mapping at `path`.
        yield SchemaProblem(
            rules.InvalidValue,
            f"{_quote(instance)} in {subject} is not a valid {_title(error.schema, 'key')}"
            f"{_examples_hint(error.schema, instance)}",
            path + (instance,),
            on_key=True,
        )
    elif kind in ("oneOf", "anyOf"):
        yield from _describe_alternatives(error, data, subject, source)
    elif kind == "required":
        for name in error.validator_value:
            if isinstance(instance, dict) and name not in instance:
                yield SchemaProblem(rules.MissingKey, _missing(subject, name, path), path, missing=name)
    elif kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        patterns = list(error.schema.get("patternProperties", {}))
        for key in instance:
            if key in allowed or any(re.search(p, key) for p in patterns):
                continue
            if "competencies" in allowed and path[:1] == ("levels",) and key in _competency_ids(data):
                hint, close = f": it is a competency; indent it under `competencies:` of {subject}", None
            else:
                # Not a key the mapping has already (`title_id` beside `title`).
                free = [k for k in allowed if k not in instance]
                hint, close = did_you_mean(key, free), closest(key, free)
            yield SchemaProblem(rules.UnknownKey, f"{subject} has an unknown key {_quote(key)}{hint}", path + (key,),
                                on_key=True, suggestion=close)
    elif kind == "type":
        expected = error.validator_value
        expected_list = expected if isinstance(expected, list) else [expected]
        words = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in expected_list)
        actual = _type_of(instance)
        hint = ""
        slip = key_slip(instance, error.schema.get("properties", {})) if isinstance(instance, str) else None
        if "object" in expected_list and slip is not None:
            # `organisation:` over `  name Acme`: a mapping of one key, its ':' left out.
            hint = f" (it {slip.slip}, so YAML reads it as text; write `{slip.meant}`)"
        elif actual == "string" and path and isinstance(path[-1], str):
            hint = _quotes_to_remove(source, path, instance, expected_list)
        elif "string" in expected_list:
            # Nothing written ('title:') is not told to be quoted.
            hint = _meant_as_text(source, path, error.schema) or (
                " (put the value in quotes)" if actual in ("integer", "number", "boolean") else ""
            )
        comment = _text_read_as_comment(source, path) if hint else None
        yield SchemaProblem(
            rules.WrongType, f"{subject} must be {words}, not {_TYPE_WORDS.get(actual, actual)}{hint}", path,
            expected=tuple(str(t) for t in expected_list), position=comment[1] if comment else None,
        )
    elif kind == "const":
        wanted = json.dumps(error.validator_value)
        # `ladderlint: "1"`: the value in quotes is text, not the number asked for.
        # `ladderlint: “1”`, as a word processor writes the quotes typed: the same.
        marks = curly_quoted(instance) if isinstance(instance, str) else None
        bare = instance[marks[0] + 1:marks[1]] if isinstance(instance, str) and marks else instance
        hint = f" (without quotes: {path[-1]}: {wanted})" if isinstance(bare, str) and path \
            and bare.strip() == wanted and not isinstance(error.validator_value, str) else ""
        yield SchemaProblem(rules.InvalidValue, f"{subject} must be {wanted}, not {_quote(instance)}{hint}", path)
    elif kind == "enum":
        options = [str(o) for o in error.validator_value]
        yield SchemaProblem(
            rules.InvalidValue,
            f"{subject} must be one of {', '.join(options)}, not {_quote(instance)}"
            f"{did_you_mean(str(instance), options)}",
            path,
        )
    elif kind == "pattern":
        owner = _get_path(data, path[:-1])
        named = [owner.get(key) for key in ("title", "name")] if isinstance(owner, dict) else []
        yield SchemaProblem(
            rules.InvalidValue,
            f"{_quote(instance)} is not a valid {_title(error.schema, 'value')} for {subject}"
            f"{_examples_hint(error.schema, instance, [n for n in named if isinstance(n, str)])}",
            path,
        )
    elif kind in ("minItems", "minLength", "minProperties"):
        least = error.validator_value
        if kind == "minItems" and isinstance(least, int) and least > 1:
            yield SchemaProblem(rules.EmptyValue, f"{subject} must have at least {least} items", path)
        else:
            yield SchemaProblem(rules.EmptyValue, f"{subject} must not be empty", path)
    elif kind == "uniqueItems":
        yield SchemaProblem(rules.DuplicateValue, f"{subject} lists the same value more than once", path)
    elif kind == "not":
        keys = error.validator_value.get("required", [])
        if keys:
            both = " and ".join(f"'{k}'" for k in keys)
            yield SchemaProblem(rules.ConflictingKeys, f"{subject} cannot have both {both}", path)
        else:
            yield SchemaProblem(rules.SchemaViolation, f"{subject}: {error.message}", path)
    else:
        yield SchemaProblem(rules.SchemaViolation, f"{subject}: {error.message}", path)


def _only_white_space(text: str) -> str:
    """For a blank text that is not empty: that it holds white space alone,
    and which ("a no-break space (U+00A0)"), as it cannot be seen."""
    if not text:
        return ""
    kinds = list(dict.fromkeys(describe_char(character) for character in text))
    return f": it is blank, holding only {and_list(kinds)}"


_TRUE_WORDS = frozenset({"true", "yes", "on", "y"})
_FALSE_WORDS = frozenset({"false", "no", "off", "n"})


def _quotes_to_remove(source: Document | None, path: tuple[Any, ...], instance: str, expected: list[Any]) -> str:
    """For a true/false or a number written in quotes (`cumulative: "yes"`,
    `rank: "1"`, `rank: “1”`), which quotes make text: the line to write."""
    marks = curly_quoted(instance)
    if marks is not None:
        bare = instance[marks[0] + 1:marks[1]].strip()
    else:
        nodes = source.nodes(path) if source is not None else None
        if not (nodes and isinstance(nodes[-1], ScalarNode) and nodes[-1].style in ("'", '"')):
            return ""
        bare = instance.strip()
    meant: str | None = None
    if "boolean" in expected and bare.casefold() in _TRUE_WORDS | _FALSE_WORDS:
        meant = "true" if bare.casefold() in _TRUE_WORDS else "false"
    elif ("integer" in expected or "number" in expected) and re.fullmatch(r"[+-]?\d+", bare):
        meant = str(int(bare))
    elif "number" in expected and re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", bare):
        meant = bare
    if meant is None:
        return ""
    return f" (the quotes make it text: remove them, and write {path[-1]}: {meant})"


def _missing(subject: str, name: str, path: tuple[Any, ...]) -> str:
    if path == () and name == "ladderlint":
        # A file marked as a framework by the modeline alone: say what
        # LL013 says of one not marked at all.
        return f"{subject} has no `ladderlint: 1`, the line that marks a file as a framework; {ADD_THE_MARKER}"
    if name == "competencies" and len(path) == 2 and path[0] == "levels":
        # A level declared before it is written (a ladder growing a rung):
        # say how to commit it, so that it can be checked and compared.
        return f"{subject} has no '{name}'; for a level not written yet, write `competencies: {{}}` (LL401 then lists what it lacks)"
    return f"{subject} has no '{name}'"


def _describe_alternatives(
    error: Any, data: Any, subject: str, source: Document | None = None
) -> Iterable[SchemaProblem]:
    """Explain a failed oneOf by the alternative the value was meant to be.

    The alternative whose type matches the value is the one the author was
    writing; its own errors are the useful ones. A value that may be text
    and that YAML read as something else (`- No`, `- [optional]`, `- {team}`)
    is said to be so, with the line written in quotes.
    """
    actual = _type_of(error.instance)
    path = tuple(error.absolute_path)
    as_text = _meant_as_text(source, path)
    if as_text is not None and "string" not in map(_branch_type, error.validator_value):
        as_text = None  # text is not one of the alternatives
    by_branch: dict[int, list[Any]] = {}
    for sub in error.context:
        by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
    branches = error.validator_value
    matching = [
        index
        for index, branch in enumerate(branches)
        if not any(
            sub.validator == "type" and len(sub.absolute_path) == len(error.absolute_path)
            for sub in by_branch.get(index, [])
        )
    ]
    # `- {team}` is a mapping with a key and no value: YAML's reading of a
    # text in braces, not a mapping anyone wrote.
    braced_text = as_text is not None and isinstance(error.instance, dict) and _written_without_colon(source, path)
    if len(matching) == 1 and by_branch.get(matching[0]) and not braced_text:
        for sub in by_branch[matching[0]]:
            yield from _describe(sub, data, source)
        return
    names = [_branch_words(branch) for branch in branches]
    # `- {team}` is a mapping, but none that could be right: not "not a mapping".
    read = "" if braced_text else f", not {_TYPE_WORDS.get(actual, actual)}"
    if as_text is None and "array" in map(_branch_type, branches):
        as_text = (_dash_without_space(error.instance) or _typed_bullet(error.instance)
                   or _one_text_for_a_list(error.instance) or _nothing_written(error.instance, path, branches))
    comment = _text_read_as_comment(source, path) if as_text else None
    yield SchemaProblem(
        rules.WrongType,
        f"{subject} must be {' or '.join(names)}{read}{as_text or ''}",
        path,
        expected=tuple(_branch_type(branch) for branch in branches),
        position=comment[1] if comment else None,
    )


def _dash_without_space(instance: Any) -> str | None:
    """For a text where a list was expected that starts with a dash and no
    space ("-I write tests"): what YAML needs to read it as a list item."""
    if isinstance(instance, str) and len(instance) > 1 and instance[0] == "-" and instance[1] not in " -\t":
        if instance[1] == "\u00a0":
            # Pasted from a word processor: a space to the eye, not to YAML.
            return (" (a '-' starts an item of a list only with a space after it, and the character after this "
                    "'-' is a no-break space (U+00A0), which YAML reads as part of the text: replace it with an "
                    f"ordinary space: {_as_item(instance[1:].lstrip())})")
        return f" (a '-' starts an item of a list only with a space after it: {_as_item(instance[1:])})"
    return None


def _as_item(text: str) -> str:
    """``text`` written as an item of a list, to copy from a message: the
    whole of it (a text cut short would be copied cut short), or only the
    '- ' to write before it when it is too long to show."""
    if len(text) > _LONGEST_SHOWN:
        return "'- ' followed by the text"
    return f"'- {text}'"


def _typed_bullet(instance: Any) -> str | None:
    """For a text where a list was expected that starts with the bullet a
    word processor writes ("• I write tests", "– I write tests", pasted or
    saved from Word): YAML reads a list item only after '- '."""
    bullet = typed_bullet(instance) if isinstance(instance, str) else None
    if bullet is None:
        return None
    rest = instance[len(bullet):].lstrip()
    return (f" (an item of a list starts with '- ', a hyphen and a space; '{bullet}' is a bullet from a word "
            f"processor, which YAML reads as text: write each item on a line of its own as {_as_item(rest)})")


def _nothing_written(instance: Any, path: tuple[Any, ...], branches: list[dict[str, Any]]) -> str | None:
    """For a key with nothing after its colon, where a list was expected
    (`delivery:` left to fill in later), or only an empty text
    (`delivery: ""`, `delivery: " "`): what to write there."""
    if not path or not (instance is None or isinstance(instance, str) and schema_file.blank(instance)):
        return None
    targets = [_definition(branch.get("$ref", "")) or branch for branch in branches]
    listed = next((str(t["title"]) for t in targets if t.get("type") == "array" and t.get("title")), "items")
    reason = any("not_applicable" in target.get("properties", {}) for target in targets)
    other = ", or `not_applicable:` and the reason it is not assessed here" if reason else ""
    written = (f"nothing is written after '{path[-1]}:'" if instance is None
               else f"the text after '{path[-1]}:' is {'empty' if instance == '' else 'blank, white space alone'}")
    return (f" ({written}: write its {listed.lower()} on the lines below it, "
            f"indented, each starting with '- '{other})")


def _one_text_for_a_list(instance: Any) -> str | None:
    """For a text where a list of texts was expected (`code: I write good
    code`, one statement): that one is a list of one."""
    if isinstance(instance, str) and not schema_file.blank(instance):
        return f" (one statement is a list of one: write it on the next line, indented, as {_as_item(instance)})"
    return None


#: Longer values are not shown again in quotes: no one retypes them from a
#: message (a number 3,000 digits long is not a text).
_LONGEST_SHOWN = 200


def _meant_as_text(
    source: Document | None, path: tuple[Any, ...], subschema: dict[str, Any] | None = None
) -> str | None:
    """For a value written on one line of a block where text may be, that
    YAML read as something else (`- No` as false, `- 12` as a number,
    `title: [Senior Engineer]` as a list, `- #1 rule` as a comment): the
    end of a message that says so, with the line written in quotes; for
    `- - I mentor`, with one dash. None for other values, and in lists and
    mappings written in brackets (JSON), where nothing is plain. Where
    ``subschema`` asks for a form (`version: 1.0`), the text suggested is
    one in that form (`version: "1.0.0"`)."""
    from .loader.explain import line_in_quotes  # a file that fails: see _describe

    if source is None or not path:
        return None
    nodes = source.nodes(path)
    if not nodes:
        return None
    node, parent = nodes[-1], nodes[-2]
    start, end = node.start_mark, node.end_mark
    if getattr(parent, "flow_style", False):
        return None
    if _two_dashes(node, parent):
        content = source.text.splitlines()[start.line]
        one_dash = f"{content[: start.column].strip()} {content[node.value[0].start_mark.column :].strip()}"
        return f"; the line starts with two '-', so YAML reads a list inside the list: write one '-': {one_dash}"
    if start.line != end.line:
        return None
    at = Position.from_marks(start)
    if isinstance(node, ScalarNode) and not node.style and not node.value:
        # `- #1 priority is safety`: a comment, as a channel or a number
        # cut after a text is (LL014), with no text before it.
        comment = _text_read_as_comment(source, path)
        if comment is None:
            return None  # `summary:  # to do`: a comment written as one
        written, at = comment
        reading = f"YAML reads {quoted(written)} as a comment, so the value is empty"
    elif isinstance(node, ScalarNode):
        read_as = _SCALAR_READ_AS.get(node.tag)
        if node.style or read_as is None:
            return None
        written = node.value
        if written in ("true", "false", "True", "False", "TRUE", "FALSE") and isinstance(path[-1], str):
            # `not_applicable: true`: a flag where text is asked for, not the word "true" to keep.
            return f"; write the text itself: YAML reads {written} as a yes-or-no flag"
        reading = f"YAML reads {written} as {read_as(written)}"
    elif isinstance(node, (SequenceNode, MappingNode)) and node.flow_style:
        written = source.text[start.index : end.index]
        if written[:1] not in ("[", "{"):
            return None  # an anchor or a tag before it: YAML written as YAML
        what = "a list" if isinstance(node, SequenceNode) else "a mapping"
        reading = f"YAML reads the '{written[:1]}' at its start as the start of {what}"
    else:
        return None
    if len(written) > _LONGEST_SHOWN:
        return None
    pattern = (subschema or {}).get("pattern")
    if isinstance(pattern, str) and re.search(pattern, written) is None:
        valid = _in_the_form(pattern, [written]) or _first_example(subschema)
        if valid is not None:
            return (f"; {reading}: put it in quotes, written as {_form_words(pattern, subschema)}: "
                    f"{line_in_quotes(source.text, at, valid)}")
    in_quotes = line_in_quotes(source.text, at, written)
    return f"; {reading}: put it in quotes to keep it as text: {in_quotes}"


def _text_read_as_comment(source: Document | None, path: tuple[Any, ...]) -> tuple[str, Position] | None:
    """`- #1 priority is safety`: the text at ``path`` that YAML read as a
    comment, leaving the value empty, and where it starts; None for any
    other value, and for a comment written as one (`summary:  # to do`)."""
    nodes = source.nodes(path) if source is not None and path else None
    node = nodes[-1] if nodes else None
    if source is None or not isinstance(node, ScalarNode) or node.style or node.value:
        return None
    after = comment_after(source.text, node)
    written = after.lstrip(" \t")
    if written[1:2] in ("", " ", "\t", "#"):
        return None
    start = Position.from_marks(node.start_mark)
    return written, Position(start.line, start.column + len(after) - len(written))


def _two_dashes(node: Any, parent: Any) -> bool:
    """`- - I mentor`: an item of a list that is a list of one text, on
    the same line (a bullet pasted after the list's own dash)."""
    return (
        isinstance(node, SequenceNode) and isinstance(parent, SequenceNode) and not node.flow_style
        and len(node.value) == 1 and isinstance(node.value[0], ScalarNode)
        and node.value[0].start_mark.line == node.start_mark.line
    )


def _bool_word(written: str) -> str:
    from yaml.constructor import SafeConstructor

    return "true" if SafeConstructor.bool_values[written.lower()] else "false"


_SCALAR_READ_AS: dict[str, Callable[[str], str]] = {
    "tag:yaml.org,2002:bool": _bool_word,
    "tag:yaml.org,2002:int": lambda written: "a number",
    "tag:yaml.org,2002:float": lambda written: "a number",
    "tag:yaml.org,2002:null": lambda written: "empty",
}


def _written_without_colon(source: Document | None, path: tuple[Any, ...]) -> bool:
    nodes = source.nodes(path) if source is not None else None
    if source is None or not nodes:
        return False
    return ":" not in source.text[nodes[-1].start_mark.index : nodes[-1].end_mark.index]


def _competency_ids(data: Any) -> set[str]:
    """The competency ids the document declares, as far as it declares them."""
    dimensions = data.get("dimensions") if isinstance(data, dict) else None
    return {
        competency["id"]
        for dimension in (dimensions if isinstance(dimensions, list) else ())
        if isinstance(dimension, dict) and isinstance(dimension.get("competencies"), list)
        for competency in dimension["competencies"]
        if isinstance(competency, dict) and isinstance(competency.get("id"), str)
    }


def _branch_type(branch: dict[str, Any]) -> str:
    ref = branch.get("$ref", "")
    target = _definition(ref) if ref.startswith("#/$defs/") else branch
    return str(target.get("type", ""))


def _branch_words(branch: dict[str, Any]) -> str:
    ref = branch.get("$ref", "")
    if ref.startswith("#/$defs/"):
        target = _definition(ref)
        kind = _TYPE_WORDS.get(target.get("type", ""), "a value")
        title = target.get("title", ref).lower()
        return kind if title == kind else f"{kind} ({title})"  # "text", not "text (text)"
    return _TYPE_WORDS.get(branch.get("type", ""), "a value")


def _definition(ref: str) -> dict[str, Any]:
    return schema_file.schema()["$defs"].get(ref.rsplit("/", 1)[-1], {})


def _title(subschema: dict[str, Any], default: str) -> str:
    title = subschema.get("title")
    return title.lower() if isinstance(title, str) else default


def _examples_hint(subschema: dict[str, Any], instance: Any, named: Iterable[str] = ()) -> str:
    """What a value the schema's pattern refuses should be: the pattern in
    words, and a value in that form made from ``instance`` (or from the
    ``named`` title of what it identifies), else the schema's example."""
    pattern = subschema.get("pattern")
    example = _first_example(subschema)
    if not isinstance(pattern, str):
        return f" (for example '{example}')" if example else ""
    valid = _in_the_form(pattern, [instance, *named] if isinstance(instance, str) else list(named)) or example
    if valid is None:
        return f"; use {_form_words(pattern, subschema)}"
    if len(valid) > 60:  # shortened as _quote shortens the value itself
        valid = valid[:57] + "..."
    return f"; use {_form_words(pattern, subschema)}, as in '{valid}'"


#: The schema's patterns in words, as a message tells what a value may hold.
_PATTERN_WORDS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "lower-case letters, digits and hyphens",
    "^[A-Za-z0-9][A-Za-z0-9._-]*$": "letters, digits, '.', '_' and '-' (no spaces), starting with a letter or a digit",
    "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$":
        "three numbers joined by dots (MAJOR.MINOR.PATCH)",
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$": "a date as YYYY-MM-DD",
    "^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$": "a domain name in lower case, without scheme or path",
    "^https?://[^\\s]+$": "a web address starting with https:// or http://",
    "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$": "a BCP 47 language tag (a language's code, then any region or script "
                                          "after a hyphen: 'ko', 'pt-BR', 'zh-Hans')",
}


def _form_words(pattern: str, subschema: dict[str, Any] | None) -> str:
    """A pattern of the schema in words (its example, for one not listed)."""
    words = _PATTERN_WORDS.get(pattern)
    if words is not None:
        return words
    example = _first_example(subschema)
    return f"the form of '{example}'" if example else f"the form the format asks for ({pattern})"


def _in_the_form(pattern: str, texts: Iterable[str]) -> str | None:
    """The first of ``texts`` made to match ``pattern`` by the least change:
    as it is; completed with '.0' (a version `1.0` as `1.0.0`); with what
    cannot be in an id made hyphens (`Senior Engineer` as `Senior-Engineer`);
    in lower case too (`Personal growth` as `personal-growth`, as the
    importer makes ids). Letters are spelt in ASCII (`Ünï` as `Uni`). None
    when none can be."""
    for text in texts:
        text = text.strip()
        forms = [text, text + ".0", text + ".0.0",
                 re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_spelling(text)).strip("-._"),
                 slug(text)]
        for form in forms:
            if form and re.search(pattern, form) is not None:
                return form
    return None


def _first_example(subschema: dict[str, Any] | None) -> str | None:
    examples = (subschema or {}).get("examples")
    return str(examples[0]) if isinstance(examples, list) and examples else None


def _get_path(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = _get(data, step)
    return data


def _quote(value: Any) -> str:
    import json  # a file that fails: see _describe

    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"'{shown}'"
    return json.dumps(value) if isinstance(value, (int, float, bool)) or value is None else _TYPE_WORDS.get(
        _type_of(value), "value"
    )


def _get(data: Any, step: Any) -> Any:
    try:
        return data[step]
    except (KeyError, IndexError, TypeError):
        return None


def _named(item: Any, fallback: str) -> str:
    if isinstance(item, dict):
        if isinstance(item.get("id"), str):
            return f"'{item['id']}'"
        for key in ("title", "name"):
            if isinstance(item.get(key), str):
                return f"{fallback} ('{item[key]}')"
    return fallback


def subject(data: Any, path: tuple[Any, ...]) -> str:
    """Name the place ``path`` points at in the framework's own terms
    ("statement 2 of 'impact' at level 'IC3'")."""
    return _subject(data, path)


def _subject(data: Any, path: tuple[Any, ...]) -> str:
    """Name the place ``path`` points at in the framework's own terms."""
    if not path:
        return "the framework"
    head = path[0]
    if head == "levels" and len(path) >= 2 and isinstance(path[1], int):
        level = _get(_get(data, "levels"), path[1])
        where = f"level {_named(level, f'#{path[1] + 1}')}"
        rest = path[2:]
        if not rest:
            return where
        if rest[0] == "competencies" and len(rest) >= 2:
            cell = f"'{rest[1]}' at {where}"
            tail = [step for step in rest[2:] if step != "statements"]
            if not tail:
                return f"'statements' of {cell}" if rest[2:3] == ("statements",) else cell
            if isinstance(tail[0], int):
                statement = f"statement {tail[0] + 1} of {cell}"
                if tail[1:2] == ["examples"] and len(tail) == 3 and isinstance(tail[2], int):
                    return f"example {tail[2] + 1} of {statement}"
                return statement if len(tail) == 1 else f"'{tail[-1]}' of {statement}"
            return f"'{tail[-1]}' of {cell}"
        if rest[0] == "dimensions" and len(rest) >= 2:
            return f"the '{rest[1]}' summary at {where}"
        return f"'{rest[-1]}' of {where}"
    if head == "dimensions" and len(path) >= 2 and isinstance(path[1], int):
        dimension = _get(_get(data, "dimensions"), path[1])
        where = f"dimension {_named(dimension, f'#{path[1] + 1}')}"
        rest = path[2:]
        if rest[:1] == ("competencies",) and len(rest) >= 2 and isinstance(rest[1], int):
            competency = _get(_get(dimension, "competencies"), rest[1])
            where = f"competency {_named(competency, f'#{rest[1] + 1} of {where}')}"
            rest = rest[2:]
        return where if not rest else f"'{rest[-1]}' of {where}"
    if head == "organisation":
        return "the organisation" if len(path) == 1 else f"'{path[-1]}' of the organisation"
    if len(path) == 1:
        return f"'{head}'"
    if isinstance(path[-1], int):
        return f"item {path[-1] + 1} of '{path[-2]}'"
    return f"'{path[-1]}' of '{head}'"


if __name__ == "__main__":
    import sys

    sys.stdout.write(validator_source())
