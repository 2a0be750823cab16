"""Checking what is valid of a document the schema refuses.

A typo in one key, or one statement written as a number, should not hide
every other problem of a file. When a document breaks the schema, the
read pipeline keeps the schema findings and also builds the framework from
the document's valid parts, so that the rules run on those:

- a key the format does not know is read as the key it is most likely a
  misspelling of (``statments`` as ``statements``) where that key is not
  there already, and is otherwise left out;
- a value that is still text (an id that is not a valid identifier, an
  empty text, a value outside a list of choices) is kept as it is: rules
  read text, and the schema finding says what is wrong with it;
- a number or a true/false where text is expected is read as the text it is
  written as (``version: 1.0`` is "1.0");
- anything else is left out: the smallest element that holds the problem
  (an example, a statement, a cell, a level, a competency, a glossary
  entry, an optional key). List items keep their places, so every position
  stays exact.

What is left out is named in a notice (LL108), with the parts of the
framework it leaves incomplete (``ladderlint.model``: levels, cells,
organisation ...). A rule that needs one of those parts whole does not run
on the framework (it would report as a defect what is only missing from
the model): LL401 "missing cell" does not run when a cell was left out.
The framework built here is checked, never compared or rewritten by `diff`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence

from yaml.nodes import ScalarNode

from .model import (
    CELLS,
    COMPETENCIES,
    CUMULATIVE,
    GLOSSARY,
    HEADER,
    LEVEL_IDS,
    LEVELS,
    ORGANISATION,
    PROFICIENCY,
    STATEMENTS,
    SUMMARIES,
    DocPath,
    Framework,
    build_framework,
)
from .positions import Document
from .rules import schema_errors as rules
from .schema import SchemaProblem
from .schema_file import blank
from .suggestions import closest

#: How many times the valid parts are looked for again, once what a round
#: found is left out (a problem can hide another in what is kept).
_ROUNDS = 4

_TEXT_KEYS = ("id", "name", "track", "version")


@dataclass
class PartialFramework:
    """A framework built from the valid parts of a document."""

    framework: Framework
    #: Document paths of what was left out, in document order.
    left_out: tuple[DocPath, ...]
    #: Keys read as another key: (the path as the model knows it, the key as written).
    renamed: dict[DocPath, str] = field(default_factory=dict)
    #: Where the first schema problem is, in the document.
    first_problem: DocPath = ()

    def document_path(self, path: DocPath) -> DocPath:
        """The path in the document of a path of the model (which names a
        misspelt key by the key it was read as)."""
        return _as_written(path, self.renamed) if self.renamed else path


def valid_parts(
    path: str,
    document: Document,
    problems: Sequence[SchemaProblem],
    validate: Callable[[Any], list[SchemaProblem]],
) -> PartialFramework | None:
    """The framework of ``document`` built from its valid parts, given the
    schema ``problems`` it has; None when no framework can be made of it
    (it is not a mapping of framework keys, or a problem cannot be set aside)."""
    if not isinstance(document.data, dict):
        return None
    repair = _Repair(document, copy.deepcopy(document.data))
    found = list(problems)
    for _ in range(_ROUNDS):
        for problem in found:
            repair.set_aside(problem)
        found = [repair.unpruned(problem) for problem in validate(repair.pruned())]
        found = [problem for problem in found if not repair.keeps(problem)]
        if not found:
            framework = build_framework(path, repair.data, frozenset(repair.skipped), frozenset(repair.incomplete))
            left_out = tuple(sorted(set(repair.left_out), key=lambda p: [str(s) for s in p]))
            first = problems[0].path if problems else ()
            return PartialFramework(framework, _in_document_order(document, left_out), repair.renamed, first)
    return None


def _in_document_order(document: Document, paths: tuple[DocPath, ...]) -> tuple[DocPath, ...]:
    def where(path: DocPath) -> tuple[int, int]:
        position = document.position(path, key=True)
        return position.line, position.column

    return tuple(sorted(paths, key=where))


class _Repair:
    """The document's data, with what breaks the schema set aside."""

    def __init__(self, document: Document, data: dict[str, Any]) -> None:
        self.document = document
        self.data = data
        #: Paths of list items left out (the others keep their indexes).
        self.skipped: set[DocPath] = set()
        self.left_out: list[DocPath] = []
        self.incomplete: set[str] = set()
        self.renamed: dict[DocPath, str] = {}

    # --- reading and changing the data -------------------------------------------

    def get(self, path: DocPath) -> Any:
        node: Any = self.data
        for step in path:
            if isinstance(node, dict) and step in node:
                node = node[step]
            elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                node = node[step]
            else:
                return _MISSING
        return node

    def model_path(self, path: DocPath) -> DocPath:
        """A document path as the repaired data names it (renamed keys)."""
        out = list(path)
        for model_path, written in self.renamed.items():
            n = len(model_path)
            if len(out) >= n and tuple(out[: n - 1]) == model_path[:-1] and out[n - 1] == written:
                out[n - 1] = model_path[-1]
        return tuple(out)

    def document_path(self, path: DocPath) -> DocPath:
        return _as_written(path, self.renamed)

    def leave_out(self, path: DocPath, part: str | None) -> None:
        """Leave out the value at ``path``: a list item keeps its place, a
        key is removed."""
        parent = self.get(path[:-1])
        step = path[-1]
        if isinstance(parent, list):
            self.skipped.add(path)
        elif isinstance(parent, dict):
            parent.pop(step, None)
        self.left_out.append(self.document_path(path))
        if part:
            self.incomplete.add(part)

    def replace(self, path: DocPath, value: Any, part: str | None) -> None:
        parent = self.get(path[:-1])
        if isinstance(parent, (dict, list)):
            parent[path[-1]] = value
        if part:
            self.incomplete.add(part)

    def pruned(self) -> Any:
        """The data without the list items left out, to validate."""
        if not self.skipped:
            return self.data
        pruned = copy.deepcopy(self.data)
        for path in sorted(self.skipped, key=lambda p: (len(p), p[-1]), reverse=True):
            parent = _get(pruned, path[:-1])
            if isinstance(parent, list) and path[-1] < len(parent):
                del parent[path[-1]]
        return pruned

    def unpruned(self, problem: SchemaProblem) -> SchemaProblem:
        """A problem found in ``pruned()``, at its path in the data."""
        if not self.skipped:
            return problem
        path: list[Any] = []
        node: Any = self.data
        for step in problem.path:
            if isinstance(node, list) and isinstance(step, int):
                kept = [i for i in range(len(node)) if tuple(path) + (i,) not in self.skipped]
                step = kept[step] if step < len(kept) else step
            path.append(step)
            node = node[step] if isinstance(node, (list, dict)) and _has(node, step) else None
        return replace(problem, path=tuple(path))

    def as_text(self, path: DocPath) -> str | None:
        """The text a scalar is written as, where text is expected and the
        scalar was read as a number, true or false, or nothing."""
        nodes = self.document.nodes(self.document_path(path))
        if nodes and isinstance(nodes[-1], ScalarNode):
            return str(nodes[-1].value)
        return None

    # --- one problem ---------------------------------------------------------------

    def keeps(self, problem: SchemaProblem) -> bool:
        """Whether the value at fault is kept as it is: rules can read it,
        and the schema finding says what is wrong with it."""
        if problem.rule in _KEPT:
            return True
        if problem.rule is rules.InvalidValue:
            return problem.on_key or isinstance(self.get(self.model_path(problem.path)), str)
        return False

    def set_aside(self, problem: SchemaProblem) -> None:
        path = self.model_path(problem.path)
        value = self.get(path)
        if any(p == path[: len(p)] for p in self.skipped):
            return  # inside something already left out
        if value is _MISSING and problem.rule is not rules.MissingKey:
            return  # inside a key already left out
        parent = self.get(path[:-1])
        intended = problem.suggestion
        if problem.rule is rules.UnknownKey and isinstance(parent, dict) and intended and intended not in parent \
                and path[-1] in parent:
            # Read as the key it misspells, whose value is whole.
            parent[intended] = parent.pop(path[-1])
            self.renamed[path[:-1] + (intended,)] = path[-1]
            return
        if path[:1] == ("organisation",):
            # Even a value kept as it is (a domain in capitals) would make
            # the brand rules misjudge what is the organisation's own.
            self.incomplete.add(ORGANISATION)
        elif path[:1] == ("proficiency_scale",) and len(path) > 1:
            self.incomplete.add(PROFICIENCY)  # one of its names kept as it is (an empty name)
        elif path[:1] == ("levels",) and path[2:] == ("id",) and problem.rule is rules.InvalidValue:
            # A level id kept as it is (`Senior Engineer`) is in no numbered
            # sequence: the level it names may be the one a gap misses.
            self.incomplete.add(LEVEL_IDS)
        if problem.rule is rules.EmptyValue and not problem.on_key and isinstance(value, str) and blank(value):
            # `- " "` is read as the `- ""` it looks like: the rules say what
            # they say of an empty text (LL403 an empty cell, LL404 no
            # summary), and nothing of its spaces (LL503).
            self.replace(path, "", None)
        if self.keeps(problem):
            return
        if path == ("ladderlint",):
            self.data["ladderlint"] = 1  # the format version is not part of the model
            return
        if problem.rule is rules.UnknownKey:
            if isinstance(parent, dict) and path[-1] in parent:
                held = parent.pop(path[-1])
                self.left_out.append(self.document_path(path))
                # A second spelling of a key the mapping has (`Levels:` read
                # as `levels`, then `levles:`) holds what that key holds; a
                # text holds no part of a list or a mapping (`level_notes:
                # see the wiki` beside `levels:` leaves every level whole).
                taken_for = intended or closest(str(path[-1]), [key for key in parent if isinstance(key, str)]) \
                    if isinstance(held, (dict, list)) else None
                self.incomplete.update(_part_of_unknown(path[:-1] + (taken_for,) if taken_for else path))
            return
        if problem.rule is rules.WrongType and "string" in problem.expected and not isinstance(value, (dict, list)):
            text = self.as_text(path)
            if text is not None:
                self.replace(path, text, None)
                return
        self.drop(path, problem)

    def drop(self, path: DocPath, problem: SchemaProblem) -> None:
        """Leave out the smallest element that holds the problem at ``path``."""
        if not path:
            self._missing_at_top()
            return
        head = path[0]
        if head in _TEXT_KEYS and len(path) == 1:
            self.replace(path, "", HEADER)  # the header is only named in messages
            self.left_out.append(path)
        elif head == "organisation":
            organisation = self.get(("organisation",))
            name = organisation.get("name") if isinstance(organisation, dict) else None
            self.replace(("organisation",), {"name": name if isinstance(name, str) else ""}, ORGANISATION)
            self.left_out.append(path)
        elif head == "levels":
            self._level_part(path, problem)
        elif head == "dimensions":
            self._dimension_part(path, problem)
        else:
            top = path[:1]
            part = _TOP_PARTS.get(head)
            if head == "glossary" and len(path) > 1:
                self.leave_out(path[:2], GLOSSARY)
            elif head == "credits" and len(path) > 1:
                self.leave_out(path[:2], None)
            else:
                self.leave_out(top, part)

    def _missing_at_top(self) -> None:
        for key in _TEXT_KEYS:
            if not isinstance(self.data.get(key), str):
                self.replace((key,), "", HEADER)
        if not isinstance(self.data.get("organisation"), dict):
            self.replace(("organisation",), {"name": ""}, ORGANISATION)
        for key, part in (("levels", LEVELS), ("dimensions", COMPETENCIES)):
            if not isinstance(self.data.get(key), list):
                self.replace((key,), [], part)

    def _level_part(self, path: DocPath, problem: SchemaProblem) -> None:
        if len(path) == 1:  # not a list
            self.replace(path, [], LEVELS)
            self.left_out.append(path)
            return
        level_path, rest = path[:2], path[2:]
        level = self.get(level_path)
        if not rest:
            if isinstance(level, dict) and isinstance(level.get("id"), str):
                if "title" not in level:  # read as titled by its id, which rules treat alike
                    self.replace(level_path + ("title",), level["id"], None)
                if "competencies" not in level:  # a level without expectations yet
                    self.replace(level_path + ("competencies",), {}, CELLS)
            else:
                self.leave_out(level_path, LEVELS)
            return
        key = rest[0]
        if key == "title" and isinstance(level, dict) and isinstance(level.get("id"), str):
            self.replace(level_path + ("title",), level["id"], None)
            self.left_out.append(self.document_path(level_path + ("title",)))
        elif key in ("id", "title"):
            self.leave_out(level_path, LEVELS)
        elif key == "summary":
            self.leave_out(level_path + ("summary",), SUMMARIES)
        elif key == "rank":
            self.leave_out(level_path + ("rank",), LEVELS)
        elif key == "dimensions":
            self.leave_out(level_path + rest[:2], None)
        elif key == "competencies" and len(rest) > 1:
            self._cell_part(level_path + rest[:2], rest[2:])
        elif key == "competencies":
            self.replace(level_path + ("competencies",), {}, CELLS)
            self.left_out.append(level_path + ("competencies",))
        else:
            self.leave_out(level_path + (key,), None)

    def _cell_part(self, cell_path: DocPath, rest: DocPath) -> None:
        cell = self.get(cell_path)
        if rest and rest[0] == "statements":
            rest = rest[1:]
            statements_path = cell_path + ("statements",)
        else:
            statements_path = cell_path
        if rest and isinstance(rest[0], int) and isinstance(self.get(statements_path), list):
            statement_path = statements_path + rest[:1]
            inner = rest[1:]
            if inner[:1] == ("examples",) and len(inner) > 1:
                self.leave_out(statement_path + ("examples",), None)
            elif inner[:1] in (("id",), ("examples",)):
                self.leave_out(statement_path + inner[:1], None)
            else:
                self.leave_out(statement_path, STATEMENTS)
        elif rest[:1] == ("proficiency",):
            self.leave_out(cell_path + ("proficiency",), PROFICIENCY)
        elif rest[:1] == ("note",):
            self.leave_out(cell_path + ("note",), None)
        elif isinstance(cell, dict) and rest:
            self.leave_out(cell_path + rest[:1], CELLS)
        else:
            self.leave_out(cell_path, CELLS)

    def _dimension_part(self, path: DocPath, problem: SchemaProblem) -> None:
        if len(path) == 1:
            self.replace(path, [], COMPETENCIES)
            self.left_out.append(path)
            return
        dimension_path, rest = path[:2], path[2:]
        if rest[:1] == ("competencies",) and len(rest) > 1:
            competency_path, inner = dimension_path + rest[:2], rest[2:]
            if inner[:1] in (("description",), ("renamed_from",)):
                self.leave_out(competency_path + inner[:1], None)
            elif not self._named_by_id(competency_path, inner):
                self.leave_out(competency_path, COMPETENCIES)
        elif self._named_by_id(dimension_path, rest):
            pass
        elif rest[:1] in (("description",), ("renamed_from",)):
            self.leave_out(dimension_path + rest[:1], None)
        elif rest[:1] == ("competencies",):
            self.replace(dimension_path + ("competencies",), [], COMPETENCIES)
            self.left_out.append(dimension_path + ("competencies",))
        else:
            self.leave_out(dimension_path, COMPETENCIES)


    def _named_by_id(self, path: DocPath, rest: DocPath) -> bool:
        """Complete a dimension or competency whose name is missing or not
        text: read as named by its id, which rules treat alike (and a
        dimension without competencies as having none yet). False when it
        has no usable id, or the problem is elsewhere."""
        item = self.get(path)
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            return False
        if rest == ("name",):
            self.replace(path + ("name",), item["id"], None)
            self.left_out.append(self.document_path(path + ("name",)))
            return True
        if rest != ():
            return False
        if "name" not in item:
            self.replace(path + ("name",), item["id"], None)
        if path[-2] == "dimensions" and "competencies" not in item:
            self.replace(path + ("competencies",), [], COMPETENCIES)
        return True


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()

#: Problems that leave the model whole: an empty value (still a text, list
#: or mapping), a repeated value, two keys that exclude each other (both
#: are read).
_KEPT = (rules.EmptyValue, rules.DuplicateValue, rules.ConflictingKeys)
#: What of the framework an optional top-level key is part of.
_TOP_PARTS = {
    "proficiency_scale": PROFICIENCY,
    "glossary": GLOSSARY,
    "omitted_levels": LEVELS,
    "cumulative": CUMULATIVE,
}
#: What of the framework each top-level key holds, where it is more than one text.
_TOP_HOLDS = {"levels": LEVELS, "dimensions": COMPETENCIES, "organisation": ORGANISATION, **_TOP_PARTS}


def _part_of_unknown(path: DocPath) -> set[str]:
    """What an unknown key left out takes from the model, at the path of the
    key it is taken for: inside a cell, its statements may have been under
    it (``statments``); a second spelling of a list or mapping already read
    (``levels``, a level's or a dimension's ``competencies``, ``glossary``)
    holds part of it. A second spelling of a text (``title``) takes
    nothing: the key read first gives it."""
    if len(path) >= 3 and path[0] == "levels" and path[2] == "competencies":
        return {CELLS}
    if len(path) == 3 and path[0] == "dimensions" and path[2] == "competencies":
        return {COMPETENCIES}
    part = _TOP_HOLDS.get(path[0]) if len(path) == 1 else None
    return {part} if part else set()


def _as_written(path: DocPath, renamed: dict[DocPath, str]) -> DocPath:
    """A path with each key that was read as another key as it is written."""
    out = list(path)
    for model_path, written in renamed.items():
        n = len(model_path)
        if tuple(out[:n]) == model_path:
            out[n - 1] = written
    return tuple(out)


def _has(node: Any, step: Any) -> bool:
    if isinstance(node, dict):
        return step in node
    return isinstance(step, int) and 0 <= step < len(node)


def _get(data: Any, path: DocPath) -> Any:
    for step in path:
        data = data[step]
    return data
