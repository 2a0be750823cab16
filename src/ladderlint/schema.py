"""Validate loaded documents against the framework JSON Schema.

The schema file is the single source of truth for the format. Valid
documents (nearly all of them) are checked by a validator compiled once per
run with fastjsonschema; only a document that fails is validated again with
jsonschema, whose error tree is turned into readable messages.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

SCHEMA_FILE = "framework.schema.json"


@functools.lru_cache(maxsize=1)
def schema_text() -> str:
    """The schema exactly as shipped."""
    # Read next to this module: importlib.resources costs 8 ms of start-up,
    # a tenth of a one-file check. It remains the way for zipped installs.
    try:
        with open(os.path.join(os.path.dirname(__file__), "schemas", SCHEMA_FILE), encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        from importlib import resources

        return resources.files("ladderlint").joinpath("schemas", SCHEMA_FILE).read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    return json.loads(schema_text())


@dataclass(frozen=True)
class SchemaViolation:
    """One readable schema violation at ``path`` inside the document."""

    code: str
    message: str
    path: tuple[Any, ...]
    on_key: bool = False


class SchemaValidator:
    """Validates many documents against the schema, compiling it once."""

    def __init__(self) -> None:
        self._schema = schema()
        self._fast: Callable[[Any], Any] | None = None

    def violations(self, data: Any) -> list[SchemaViolation]:
        if self._fast is None:
            import fastjsonschema

            # Titles, descriptions and examples do not validate anything;
            # without them the generated code is half the size, and compiles
            # in 16 ms rather than 21 (every one-file run pays it).
            self._fast = fastjsonschema.compile(_without_annotations(self._schema))
        try:
            self._fast(data)
            return []
        except Exception:  # fastjsonschema.JsonSchemaException, or a type it cannot handle
            pass
        return explain(self._schema, data)


_ANNOTATIONS = frozenset({"title", "description", "examples", "$comment"})


def _without_annotations(node: Any) -> Any:
    """The schema less its annotation keywords (a property *named* 'title'
    is a mapping under 'properties', and is kept)."""
    if isinstance(node, dict):
        return {
            key: _without_annotations(value)
            for key, value in node.items()
            if not (key in _ANNOTATIONS and not isinstance(value, dict))
        }
    if isinstance(node, list):
        return [_without_annotations(item) for item in node]
    return node


def explain(schema_dict: dict[str, Any], data: Any) -> list[SchemaViolation]:
    """All violations of ``data``, as readable messages, in document order."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema_dict)
    found: dict[tuple[Any, ...], SchemaViolation] = {}
    for error in validator.iter_errors(data):
        for violation in _describe(error, data):
            found.setdefault((violation.path, violation.code, violation.message), violation)
    return list(found.values())


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


def _describe(error: Any, data: Any) -> Iterable[SchemaViolation]:
    path = tuple(error.absolute_path)
    kind = error.validator
    subject = _subject(data, path)
    instance = error.instance

    if "propertyNames" in error.relative_schema_path:
        # The instance is the offending key of the mapping at `path`.
        yield SchemaViolation(
            "LL104",
            f"{_quote(instance)} in {subject} is not a valid {_title(error.schema, 'key')}"
            f"{_examples_hint(error.schema, instance)}",
            path + (instance,),
            on_key=True,
        )
    elif kind in ("oneOf", "anyOf"):
        yield from _describe_alternatives(error, data, subject)
    elif kind == "required":
        for name in error.validator_value:
            if isinstance(instance, dict) and name not in instance:
                yield SchemaViolation("LL101", f"{subject} has no '{name}'", path)
    elif kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        patterns = list(error.schema.get("patternProperties", {}))
        for key in instance:
            if key in allowed or any(re.search(p, key) for p in patterns):
                continue
            yield SchemaViolation(
                "LL102",
                f"{subject} has an unknown key {_quote(key)}{_did_you_mean(key, allowed)}",
                path + (key,),
                on_key=True,
            )
    elif kind == "type":
        expected = error.validator_value
        expected_list = expected if isinstance(expected, list) else [expected]
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in expected_list)
        actual = _type_of(instance)
        hint = ""
        if "string" in expected_list and actual in ("integer", "number", "boolean", "null"):
            hint = " (put the value in quotes)"
        yield SchemaViolation(
            "LL103", f"{subject} must be {words}, not {_TYPE_WORDS.get(actual, actual)}{hint}", path
        )
    elif kind == "const":
        yield SchemaViolation(
            "LL104", f"{subject} must be {json.dumps(error.validator_value)}, not {_quote(instance)}", path
        )
    elif kind == "enum":
        options = [str(o) for o in error.validator_value]
        yield SchemaViolation(
            "LL104",
            f"{subject} must be one of {', '.join(options)}, not {_quote(instance)}"
            f"{_did_you_mean(str(instance), options)}",
            path,
        )
    elif kind == "pattern":
        yield SchemaViolation(
            "LL104",
            f"{_quote(instance)} is not a valid {_title(error.schema, 'value')} for {subject}"
            f"{_examples_hint(error.schema, instance)}",
            path,
        )
    elif kind in ("minItems", "minLength", "minProperties"):
        yield SchemaViolation("LL105", f"{subject} must not be empty", path)
    elif kind == "uniqueItems":
        yield SchemaViolation("LL106", f"{subject} lists the same value more than once", path)
    elif kind == "not":
        keys = error.validator_value.get("required", [])
        if keys:
            both = " and ".join(f"'{k}'" for k in keys)
            yield SchemaViolation("LL107", f"{subject} cannot have both {both}", path)
        else:
            yield SchemaViolation("LL100", f"{subject}: {error.message}", path)
    else:
        yield SchemaViolation("LL100", f"{subject}: {error.message}", path)


def _describe_alternatives(error: Any, data: Any, subject: str) -> Iterable[SchemaViolation]:
    """Explain a failed oneOf by the alternative the value was meant to be.

    The alternative whose type matches the value is the one the author was
    writing; its own errors are the useful ones.
    """
    actual = _type_of(error.instance)
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
    if len(matching) == 1 and by_branch.get(matching[0]):
        for sub in by_branch[matching[0]]:
            yield from _describe(sub, data)
        return
    names = [_branch_words(branch) for branch in branches]
    yield SchemaViolation(
        "LL103",
        f"{subject} must be {' or '.join(names)}, not {_TYPE_WORDS.get(actual, actual)}",
        tuple(error.absolute_path),
    )


def _branch_words(branch: dict[str, Any]) -> str:
    ref = branch.get("$ref", "")
    if ref.startswith("#/$defs/"):
        target = _definition(ref)
        kind = _TYPE_WORDS.get(target.get("type", ""), "a value")
        return f"{kind} ({target.get('title', ref).lower()})"
    return _TYPE_WORDS.get(branch.get("type", ""), "a value")


def _definition(ref: str) -> dict[str, Any]:
    return schema()["$defs"].get(ref.rsplit("/", 1)[-1], {})


def _title(subschema: dict[str, Any], default: str) -> str:
    title = subschema.get("title")
    return title.lower() if isinstance(title, str) else default


def _examples_hint(subschema: dict[str, Any], instance: Any) -> str:
    examples = subschema.get("examples")
    hint = f" (for example '{examples[0]}')" if examples else ""
    if isinstance(instance, str) and subschema.get("pattern", "").startswith("^[a-z0-9]+"):
        slug = re.sub(r"[^a-z0-9]+", "-", instance.lower()).strip("-")
        if slug:
            hint = f"; use lower-case letters, digits and hyphens, as in {_quote(slug)}"
    return hint


def _did_you_mean(word: str, options: list[str]) -> str:
    import difflib  # only when there is something to suggest

    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:
        close = [o for o in options if o.lower() == word.lower()]
    return f" (did you mean '{close[0]}'?)" if close else ""


def _quote(value: Any) -> str:
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
                return "'statements'" + f" of {cell}" if rest[2:3] == ("statements",) else cell
            if isinstance(tail[0], int):
                statement = f"statement {tail[0] + 1} of {cell}"
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
