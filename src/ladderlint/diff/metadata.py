"""Changes to a framework's metadata: name, organisation, version, glossary ...

The metadata is small: it is compared as plain values taken from the model,
mapping key by mapping key. Lists whose order means nothing (owners,
aliases, domains) are sorted first, and a change inside a list is reported
as a change of the whole list, which is how a reader thinks of ``owners``
or ``proficiency_scale``. (A general library of deep comparison would say
no more here, and importing one took a fifth of a `ladderlint diff` run.)
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..model import Framework
from ..text import shortened_pair
from .changes import Change, Impact, Kind
from .wording import another_form_named, classify

#: Fields that mark a release rather than change the content; the version
#: advice leaves them out.
RELEASE_FIELDS = frozenset({"version", "effective"})

#: Fields that record where the framework came from, not what it says (the
#: schema's ``source``: the document, page or export it was taken from):
#: imported again from a file of another name, nothing a reader sees
#: changed. Said in every format, so nothing is hidden, but no change of
#: the framework: no gate fails on it, no release is advised for it, and
#: the counts leave it out.
PROVENANCE_FIELDS = frozenset({"source"})


def provenance(change: Change) -> bool:
    """Whether a change is only to where the framework came from (``PROVENANCE_FIELDS``)."""
    return change.kind is Kind.FRAMEWORK_CHANGED and (change.field or "").split(".")[0] in PROVENANCE_FIELDS


def metadata(framework: Framework) -> dict[str, Any]:
    """The framework's metadata as plain values, in the shape of the document."""
    org: dict[str, Any] = {"name": framework.organisation.name}
    if framework.organisation.aliases:
        org["aliases"] = sorted(framework.organisation.aliases)
    if framework.organisation.domains:
        org["domains"] = sorted(framework.organisation.domains)
    values: dict[str, Any] = {
        "id": framework.id,
        "name": framework.name,
        "track": framework.track,
        "version": framework.version,
        "organisation": org,
        "cumulative": framework.cumulative,
        "description": framework.description,
        "voice": framework.voice,
        "language": framework.language,
        "owners": sorted(framework.owners) or None,
        "licence": framework.licence,
        "effective": framework.effective,
        "source": framework.source,
        "proficiency_scale": list(framework.proficiency_scale) or None,
        "glossary": dict(framework.glossary) or None,
        "omitted_levels": dict(framework.omitted_levels) or None,
    }
    return {key: value for key, value in values.items() if value is not None}


def metadata_changes(old: Framework, new: Framework) -> list[Change]:
    before, after = metadata(old), metadata(new)
    if before == after:
        return []
    changes = [_change(new.id, field, _get(before, field), _get(after, field))
               for field in _changed_fields(before, after)]
    changes.sort(key=lambda c: c.field or "")
    return changes


def _changed_fields(before: dict[str, Any], after: dict[str, Any],
                    path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The paths, down to the deepest mapping key, whose values differ (a
    key on one side only included): a list is one value."""
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            yield from _changed_fields(old, new, (*path, key))
        else:
            yield (*path, key)


def _get(values: Any, field: Iterable[str]) -> Any:
    for step in field:
        if not isinstance(values, dict):
            return None
        values = values.get(step)
    return values


def _change(framework_id: str, field: tuple[str, ...], old: Any, new: Any) -> Change:
    name = ".".join(field)
    return Change(
        kind=Kind.FRAMEWORK_CHANGED,
        impact=_impact(field, old, new),
        message=_message(name, old, new) + (
            " (where the framework was taken from: no change of the framework)" if field[0] in PROVENANCE_FIELDS else ""),
        framework=framework_id,
        field=name,
        old=old,
        new=new,
        old_path=_doc_path(field),
        new_path=_doc_path(field),
    )


#: The fields that name the framework, its track and its organisation.
_NAMES = frozenset({("name",), ("track",), ("organisation", "name")})


def _impact(field: tuple[str, ...], old: Any, new: Any) -> Impact:
    if field == ("cumulative",):
        # A cumulative ladder asks each level for everything below it too.
        return Impact.RAISES_BAR if new else Impact.LOWERS_BAR
    if field[0] == "glossary" and isinstance(old, str) and isinstance(new, str):
        if classify(old, new).keeps_meaning:
            return Impact.EDITORIAL
        # A statement that marks a term ("ML development lifecycle*") asks
        # for what the glossary says it is: a definition that asks for more
        # asks it of every statement that names the term (where none marks
        # it, the differ makes it structural: engine._definition_changed).
        from .grade import grade

        return Impact.RAISES_BAR if grade(old, new).impact is Impact.RAISES_BAR else Impact.STRUCTURAL
    if field[0] in PROVENANCE_FIELDS:
        return Impact.EDITORIAL  # where the framework was imported from asks nothing of anyone
    if field in _NAMES and isinstance(old, str) and isinstance(new, str) and classify(old, new).keeps_meaning \
            and not another_form_named(old, new):
        # "Titles for programmers" -> "Titles for Programmers": a name respelt or reformatted, as a level's
        # title respelt is (engine._name_impact), is the same name.
        return Impact.EDITORIAL
    if field in (("version",), ("effective",)):
        # The release number and the date it applies from: nobody on the ladder is asked
        # for more or less, nor moved or renamed; a gate on structural changes must not
        # stop every release.
        return Impact.EDITORIAL
    # The description too: the differ reads it sentence by sentence, as a competency's (engine._described).
    return Impact.STRUCTURAL


def _message(name: str, old: Any, new: Any) -> str:
    if old is None:
        return f"{name} added: {_show(new)}"
    if new is None:
        return f"{name} removed (was {_show(old)})"
    if isinstance(old, str) and isinstance(new, str):
        # Two long texts cut alike would read the same: cut where they differ.
        before, after = shortened_pair(old, new, _LONGEST)
        return f"{name} changed from '{before}' to '{after}'"
    return f"{name} changed from {_show(old)} to {_show(new)}"


#: The longest text a message shows whole, in characters.
_LONGEST = 80


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= _LONGEST else f"'{value[:_LONGEST - 3]}...'"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _doc_path(field: tuple[str, ...]) -> tuple[Any, ...]:
    # omitted_levels is a list of {id, reason} in the document; point at the list.
    if field[0] == "omitted_levels":
        return ("omitted_levels",)
    return field


def scale_place(framework: Framework | None, proficiency: str | None) -> tuple[int, int] | None:
    """Where a proficiency stands on its framework's scale, as (rank from 1,
    length of the scale), or None where the scale does not name it."""
    scale = framework.proficiency_scale if framework else ()
    if proficiency is None or proficiency not in scale:
        return None
    return scale.index(proficiency) + 1, len(scale)


def places_among_kept(old: Framework | None, new: Framework | None,
                      proficiency: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a proficiency both revisions' scales name stands among the
    entries both name, in each revision: (old place, new place) as
    ``scale_place`` gives them, or None where a scale does not name it. A
    rung added or taken out elsewhere leaves what a kept entry means as it
    was ("awareness" is no higher for a "novice" put in below it); the kept
    entries put in another order move it."""
    before, after = (framework.proficiency_scale if framework else () for framework in (old, new))
    kept = set(before) & set(after)
    if proficiency not in kept:
        return None
    ranked = [tuple(entry for entry in scale if entry in kept) for scale in (before, after)]
    return (ranked[0].index(proficiency) + 1, len(kept)), (ranked[1].index(proficiency) + 1, len(kept))


def scale_moved(before: tuple[int, int], after: tuple[int, int]) -> int:
    """Whether a place on a scale moved up (1), down (-1) or not (0): by
    rank where the scale kept its length, else by the share of the scale
    below it (the bottom stays the bottom, the top the top)."""
    (rank, length), (new_rank, new_length) = before, after
    # rank-1 / length-1 against new_rank-1 / new_length-1, multiplied out; a scale of one is its bottom.
    below = (rank - 1) * max(new_length - 1, 1)
    new_below = (new_rank - 1) * max(length - 1, 1)
    return (new_below > below) - (new_below < below)
