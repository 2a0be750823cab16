"""Version advice: the release the changes call for, and whether `version` says so.

The framework's ``version`` is semantic: MAJOR when something new is required
of people already on a level (any raised bar), MINOR for lowered bars,
additions and other structural changes, PATCH for editorial changes. Changes
to ``version`` and ``effective`` themselves mark the release and are left out,
and so is ``source``, which says where the text was taken from (``provenance``).
Before 1.0.0 (initial development, where Semantic Versioning lets anything
change), a change that breaks bumps the minor version: 0.1.0 -> 0.2.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .changes import Change, Impact, Kind, said_together
from .metadata import RELEASE_FIELDS, provenance
from ..patterns import lazy
from ..text import and_list, plural

BUMPS = ("patch", "minor", "major")
_RANK = {name: i for i, name in enumerate(BUMPS)}
_SEMVER = lazy(r"^(\d+)\.(\d+)\.(\d+)")


@dataclass(frozen=True)
class Advice:
    old_version: str
    new_version: str
    #: The bump the changes call for; None when the content did not change.
    required: str | None
    #: The bump from old_version to new_version: major, minor, patch, none, or lower.
    actual: str
    #: The version to release, when new_version is not enough.
    suggested: str | None
    #: Whether new_version rises at least as much as required.
    ok: bool
    message: str

    def to_dict(self) -> dict[str, object]:
        return {
            "old": self.old_version,
            "new": self.new_version,
            "required": self.required,
            "actual": self.actual,
            "suggested": self.suggested,
            "ok": self.ok,
            "message": self.message,
        }


def required_bump(changes: Iterable[Change]) -> str | None:
    strongest: str | None = None
    for change in changes:
        if change.kind is Kind.FRAMEWORK_CHANGED and change.field in RELEASE_FIELDS or provenance(change):
            continue
        if change.impact is Impact.RAISES_BAR:
            return "major"
        bump = "patch" if change.impact is Impact.EDITORIAL else "minor"
        if strongest is None or _RANK[bump] > _RANK[strongest]:
            strongest = bump
    return strongest


def _core(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:  # the schema requires semver; stay safe on anything else
        return (0, 0, 0)
    major, minor, patch = (int(part) for part in match.groups())
    return (major, minor, patch)


def _actual(old: tuple[int, int, int], new: tuple[int, int, int]) -> str:
    if new < old:
        return "lower"
    if new[0] > old[0]:
        return "major"
    if new[1] > old[1]:
        return "minor"
    if new[2] > old[2]:
        return "patch"
    return "none"


def bumped(version: str, bump: str) -> str:
    major, minor, patch = _core(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def advise(old_version: str, new_version: str, changes: Iterable[Change]) -> Advice:
    changes = list(changes)
    required = required_bump(changes)
    actual = _actual(_core(old_version), _core(new_version))
    initial = _core(old_version)[0] == 0 and required == "major"
    if initial:
        required = "minor"
    if required is None:
        return Advice(old_version, new_version, None, actual, None, actual != "lower",
                      "the content did not change" + ("" if actual != "lower" else f", but the version went down to {new_version}"))
    enough = actual in _RANK and _RANK[actual] >= _RANK[required]
    suggested = None if enough else bumped(old_version, required)
    reason = {
        "major": _major_reason(changes),
        "minor": _minor_reason(changes),
        "patch": _editorial_reason(changes),
    }["major" if initial else required]
    if initial:
        reason += "; before 1.0.0, that is a minor release"
    if enough:
        called = "as these changes call for" if actual == required else f"these changes call for {_a(required)}"
        message = f"{old_version} -> {new_version} is {_a(actual)}, {called} ({reason})"
    elif actual == "none":
        message = (
            f"the content changed but the version is still {new_version}; these changes call for "
            f"{_a(required)} ({reason}): {suggested}"
        )
    else:
        went = "went down" if actual == "lower" else f"rose only by {_a(actual)}"
        message = (
            f"the version {went} ({old_version} -> {new_version}); these changes call for "
            f"{_a(required)} ({reason}): {suggested}"
        )
    return Advice(old_version, new_version, required, actual, suggested, enough, message)


def _major_reason(changes: list[Change]) -> str:
    """Why the changes call for a major release: something new expected,
    a level removed, or a rewording the grader cannot read, held for a
    reviewer (no reading that it asks more: ``Change.not_read``)."""
    raised = [c for c in changes if c.impact is Impact.RAISES_BAR and not c.not_read]
    parts = []
    if raised:
        parts.append("a level is removed, and the people on it lose it"
                     if all(c.kind is Kind.LEVEL_REMOVED for c in raised)
                     else "something new is expected at an existing level, or a level is removed"
                     if any(c.kind is Kind.LEVEL_REMOVED for c in raised)
                     else "something new is expected at an existing level")
    unread = [c for c in changes if c.impact is Impact.RAISES_BAR and c.not_read]
    if unread:
        languages = and_list(list(dict.fromkeys(str(c.not_read) for c in unread)))
        held = f"a change in {languages} is" if len(unread) == 1 else f"{len(unread)} changes in {languages} are"
        parts.append(f"{held} held for a reviewer: not graded, as the grader cannot read "
                     f"{'it' if len(unread) == 1 else 'them'}")
    return "; ".join(parts) or "something new is expected at an existing level"


#: How a reason names the thing a change of structure is about, one and
#: many, by the first part of its kind ("competency-renamed"), or by the
#: kind where that part is not a noun ("not-applicable-changed").
_NOUNS = {
    "framework": ("detail of the framework", "details of the framework"),
    "not-applicable": ("reason a competency does not apply", "reasons a competency does not apply"),
    "statement-id": ("statement id", "statement ids"),
    "competency": ("competency", "competencies"),
    "summary": ("summary", "summaries"),
    "proficiency": ("proficiency", "proficiencies"),
}


def _thing_changed(change: Change) -> str:
    """What a change of structure is about, as ``_NOUNS`` names it: the
    first part of its kind ("competency" of "competency-renamed"), or of a
    text that describes (``summary-changed``) the field that changed, so
    that a level's description or a cell's note reads as "a description
    changed", "a note changed", not as a summary."""
    if change.kind is Kind.SUMMARY_CHANGED and change.field in ("description", "note"):
        return str(change.field)
    return change.kind.value.rsplit("-", 1)[0]


def _minor_reason(changes: list[Change]) -> str:
    """Why the changes call for a minor release, as they are: how many
    expectations were lowered ("2 statements"), and which changes of
    structure there were ("a level added, 2 competencies renamed"), so that
    the owner can tell the release from what it holds. A record said with
    another as one change (an id renamed beside its name) is counted once,
    as every format counts it."""
    absorbed = {id(c) for c in said_together(changes).values()}
    counted = [c for c in changes if id(c) not in absorbed and not (
        c.kind is Kind.FRAMEWORK_CHANGED and c.field in RELEASE_FIELDS or provenance(c))]
    parts = []
    lowered = [c for c in counted if c.impact is Impact.LOWERS_BAR]
    if lowered:
        statements = sum(c.kind.value.startswith("statement-") for c in lowered)
        others = len(lowered) - statements
        said = ([plural(statements, "statement")] if statements else []) + \
            ([plural(others, "other change" if statements else "change")] if others else [])
        parts.append(f"expectations were lowered: {and_list(said)}")
    structural: dict[tuple[Kind, str], int] = {}
    for change in counted:
        if change.impact is Impact.STRUCTURAL:
            thing = _thing_changed(change)
            structural[change.kind, thing] = structural.get((change.kind, thing), 0) + 1
    if structural:
        said = []
        kinds = list(Kind)
        # The order of the kinds, not of the changes: the same changes say the same.
        for (kind, thing), count in sorted(structural.items(), key=lambda item: (kinds.index(item[0][0]), item[0][1])):
            verb = kind.value.rsplit("-", 1)[1]
            one, many = _NOUNS.get(thing, (thing, thing + "s"))
            said.append(f"{'an' if one[0] in 'aeiou' else 'a'} {one} {verb}" if count == 1
                        else f"{plural(count, one, many)} {verb}")
        parts.append(f"the structure changed: {', '.join(said)}")
    # Neither (a minor release none of these call for cannot be, but stay safe): what a minor release is for.
    return "; ".join(parts) or "expectations were lowered, or the structure changed"


#: The kinds that change only the order things are listed in.
_ORDER = frozenset({Kind.STATEMENT_REORDERED, Kind.COMPETENCY_REORDERED, Kind.DIMENSION_REORDERED})


def _editorial_reason(changes: list[Change]) -> str:
    """What a patch release changes: the wording, the order things are
    listed in, or both."""
    editorial = [c for c in changes
                 if not (c.kind is Kind.FRAMEWORK_CHANGED and c.field in RELEASE_FIELDS or provenance(c))]
    reordered = any(c.kind in _ORDER for c in editorial)
    reworded = any(c.kind not in _ORDER for c in editorial)
    if reordered and not reworded:
        return "only the order things are listed in changed"
    return "only the wording and the order changed" if reordered else "only the wording changed"


def _a(bump: str) -> str:
    return f"a {bump} release"
