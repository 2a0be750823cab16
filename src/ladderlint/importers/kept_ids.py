"""Keep the ids of the framework imported before, where the new import's
levels, dimensions and competencies are the same ones renamed.

The import makes ids from the documents' headings, so a heading renamed
("Software Engineer 2" -> "Software Engineer II", "Execution & Results" ->
"Delivery") would change an id on every import of a new revision; and
``diff`` fingerprints, which approvals hold, name ids. What is "the same one"
is the differ's to say: the items it pairs (by id, by content, by name) and
reports renamed keep the id they had.
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from ..diff.changes import Kind
from ..diff.engine import compare
from ..model import Framework, build_framework
from ..vocabulary import id_rung

Noun = Literal["level", "dimension", "competency"]

_RENAMED: dict[Kind, Noun] = {
    Kind.LEVEL_RENAMED: "level",
    Kind.DIMENSION_RENAMED: "dimension",
    Kind.COMPETENCY_RENAMED: "competency",
}


def keep_ids(data: dict[str, Any], before: dict[str, Any], file: str) -> int:
    """Give the levels, dimensions and competencies of ``data`` (the new
    import) the ids they have in ``before`` (the framework the file holds)
    where ``diff`` pairs them with another id; return how many ids were kept.
    A level whose number the documents changed (D2 -> D3: a level inserted
    below it) takes its new number, as people call it."""
    old, new = _framework(file, before), _framework(file, data)
    if old is None or new is None:
        return 0
    kept: dict[Noun, dict[str, str]] = {"level": {}, "dimension": {}, "competency": {}}
    for change in compare(old, new):
        noun = _RENAMED.get(change.kind)
        if noun is None or change.field != "id" or not isinstance(change.old, str) or not isinstance(change.new, str):
            continue
        if noun == "level" and _renumbered(change.old, change.new):
            continue
        kept[noun][change.new] = change.old
    if not any(kept.values()):
        return 0
    levels = _final_ids([level["id"] for level in data["levels"]], kept["level"])
    dimensions = _final_ids([dimension["id"] for dimension in data["dimensions"]], kept["dimension"])
    competencies = _final_ids([c["id"] for dimension in data["dimensions"] for c in dimension["competencies"]],
                              kept["competency"])
    for dimension in data["dimensions"]:
        dimension["id"] = dimensions[dimension["id"]]
        for competency in dimension["competencies"]:
            competency["id"] = competencies[competency["id"]]
    for level in data["levels"]:
        level["id"] = levels[level["id"]]
        level["competencies"] = {competencies.get(key, key): cell for key, cell in level["competencies"].items()}
        if "dimensions" in level:
            level["dimensions"] = {dimensions.get(key, key): text for key, text in level["dimensions"].items()}
    return sum(new_id != written for ids in (levels, dimensions, competencies) for new_id, written in ids.items())


def _framework(file: str, data: dict[str, Any]) -> Framework | None:
    """The model of a framework that passes the schema, or None (a file
    edited by hand into one that does not: nothing is kept of it)."""
    from ..schema import SchemaValidator

    checked = copy.deepcopy(data)  # the validator fills in defaults
    if SchemaValidator().violations(checked):
        return None
    return build_framework(file, checked)


def _renumbered(old_id: str, new_id: str) -> bool:
    """Whether both ids say a level's number, and not the same one."""
    old, new = id_rung(old_id), id_rung(new_id)
    return old is not None and new is not None and old.place != new.place


def _final_ids(ids: list[str], kept: dict[str, str]) -> dict[str, str]:
    """Each id of the new import and the id it is written with: the one
    kept, or its own. An item whose old id the new documents give another
    item (Engineer renamed Senior Engineer, and a new Engineer added below
    it) takes its own: ids never collide, and the new item has the id its
    heading gives it. Dropping one keep can make another collide (the chain
    of a ladder renumbered), hence the loop; it ends, as each turn drops one."""
    kept = dict(kept)
    while True:
        final = {one: kept.get(one, one) for one in ids}
        holders: dict[str, list[str]] = {}
        for one, written in final.items():
            holders.setdefault(written, []).append(one)
        clashing = [one for one in ids if one in kept and len(holders[final[one]]) > 1]
        if not clashing:
            return final
        del kept[clashing[0]]
