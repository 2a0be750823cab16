"""Helpers for the differ's tests: a small framework and ways to edit it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

import yaml

from ladderlint.diff import Change, compare
from ladderlint.model import Framework, build_framework

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "diff"

#: A small framework: three levels, two dimensions, three competencies.
BASE = (FIXTURES / "acme-v1.yaml").read_text(encoding="utf-8")


def data() -> dict[str, Any]:
    return yaml.safe_load(BASE)


def framework(document: dict[str, Any] | None = None, file: str = "acme.yaml") -> Framework:
    return build_framework(file, document if document is not None else data())


def edited(edit: Callable[[dict[str, Any]], Any]) -> Framework:
    """The base framework after ``edit`` changed its data in place."""
    document = copy.deepcopy(data())
    edit(document)
    return framework(document)


def diff(edit: Callable[[dict[str, Any]], Any]) -> list[Change]:
    """Changes from the base framework to the base after ``edit``."""
    return compare(framework(), edited(edit))


def level(document: dict[str, Any], level_id: str) -> dict[str, Any]:
    return next(lv for lv in document["levels"] if lv["id"] == level_id)


def cell(document: dict[str, Any], level_id: str, competency_id: str) -> Any:
    return level(document, level_id)["competencies"][competency_id]


def summary(changes: list[Change]) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, impact, level, competency) of each change, for compact assertions."""
    return [(c.kind.value, c.impact.value, c.level, c.competency) for c in changes]


def two_competency_ladder(levels: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
    """A framework of one dimension, Work, with the competencies Delivery and
    Craft, and ``levels`` (each with its cells of them); ``more`` adds keys
    of the framework ("cumulative": False)."""
    return {
        "ladderlint": 1,
        "id": "acme",
        "name": "Acme Engineering",
        "track": "Engineering",
        "version": "1.0.0",
        "organisation": {"name": "Acme"},
        **more,
        "dimensions": [{"id": "work", "name": "Work", "competencies": [
            {"id": "delivery", "name": "Delivery"}, {"id": "craft", "name": "Craft"}]}],
        "levels": levels,
    }


def one_statement(text: str) -> Framework:
    """The base framework with ``text`` as IC1's only Ownership statement."""
    document = data()
    level(document, "IC1")["competencies"]["ownership"] = [text]
    return framework(document)


def reworded(old: str, new: str) -> tuple[str, str | None, list[str]]:
    """How IC1's Ownership statement reworded in place from ``old`` to
    ``new`` is graded: its impact, the impact also read, and the reasons."""
    changes = [c for c in compare(one_statement(old), one_statement(new)) if c.level == "IC1"]
    assert len(changes) == 1, changes
    change = changes[0]
    return change.impact.value, change.also_impact.value if change.also_impact else None, list(change.reasons)


def level_text_reworded(field: str, old: str, new: str, level_id: str = "IC2") -> tuple[str, list[str]]:
    """How a level's own text (its ``field``: "summary", "description")
    reworded from ``old`` to ``new``, and nothing else, is graded: its
    impact and the reasons."""
    before, after = data(), data()
    level(before, level_id)[field] = old
    level(after, level_id)[field] = new
    changes = compare(framework(before), framework(after))
    assert len(changes) == 1, changes
    return changes[0].impact.value, list(changes[0].reasons)


def statement_revisions(tmp_path: Path, old: str, new: str, level_id: str = "IC1",
                        competency: str = "ownership") -> list[str]:
    """Two revisions of the test framework on disk, whose only difference is
    the one statement of ``competency`` at ``level_id``: ``old``, then
    ``new``; their paths, for ``ladderlint diff``."""
    paths = []
    for name, text in (("old", old), ("new", new)):
        document = data()
        level(document, level_id)["competencies"][competency] = [text]
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(str(path))
    return paths


def one_cell_ladder(statements: list[str]) -> dict[str, Any]:
    """A framework of two levels: the statements in L1's one cell
    (Technical), L2 asking "Designs services"."""
    return {
        "ladderlint": 1, "id": "mini", "name": "Mini", "track": "Engineering", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "d", "name": "Craft", "competencies": [{"id": "tech", "name": "Technical"}]}],
        "levels": [
            {"id": "L1", "title": "Engineer", "competencies": {"tech": statements}},
            {"id": "L2", "title": "Senior", "competencies": {"tech": ["Designs services"]}},
        ],
    }


def summary_and_statement_ladder(summary: str, statement: str) -> dict[str, Any]:
    """A framework of two levels whose first, L1, has the summary and one
    statement; L2 asks "Leads projects"."""
    return {
        "ladderlint": 1, "id": "t", "name": "T", "track": "Eng", "version": "1.0.0", "organisation": {"name": "T"},
        "dimensions": [{"id": "d", "name": "D", "competencies": [{"id": "c", "name": "C"}]}],
        "levels": [
            {"id": "L1", "title": "Level 1", "summary": summary, "competencies": {"c": [statement]}},
            {"id": "L2", "title": "Level 2", "competencies": {"c": ["Leads projects"]}},
        ],
    }
