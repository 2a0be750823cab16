"""What the diff's output formats share: their options, and naming things
the way readers know them (competency names, level titles)."""

from __future__ import annotations

import dataclasses
from collections import Counter
import shlex
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..changes import (
    NO_LONGER_ASKED_OF_THEM, REMOVALS, SENTENCE_PUT_IN, Change, Impact, Kind, Named, id_is_a_code, moved_in_order, named_by_title, rewords,
)
from ..grade import words_read
from ..report import FrameworkDiff, Report
from ...text import editors_question, plural
from ..wording import REWRITE_SIMILARITY, same_words, similarity


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    #: The `ladderlint approve` command that accepts the changes the gate fails on, where known.
    approve_command: str | None = None
    #: Compared with HEAD (a commit): the command that approves what the whole branch changes, which is
    #: what a pull request's gate compares.
    branch_approve_command: str | None = None
    #: Run by pre-commit, which may have installed ladderlint where no shell finds it.
    in_hook: bool = False
    #: Compared with a revision other than HEAD (a branch's gate, ``--base origin/main``): that revision.
    branch_base: str | None = None


def how_to_approve(options: RenderOptions, approvals: str, count: int, words_replaced: bool = False,
                   retitled: Sequence[str] = ()) -> str:
    """What to do about the ``count`` changes the gate fails on: the
    commands to run first, each on a line of its own, to copy; then why,
    and what a pull request's gate asks besides. ``words_replaced``: some
    of them are rewordings read as words replaced, which their approver
    may judge to be wording only (``approve --as-wording``). ``retitled``:
    the levels retitled between the revisions compared that some of them
    are at (``retitled_levels``)."""
    command = options.approve_command or "ladderlint approve --reason TEXT (with the same operands)"
    install = ' (where pre-commit alone installed ladderlint, install it to run approve: README, "pre-commit")' \
        if options.in_hook else ""
    them, their = ("it", "its fingerprint") if count == 1 else ("them", "their fingerprints")
    # A pre-commit hook sees only what is staged: an approval left unstaged
    # is set aside while the hook runs, and the gate fails again.
    advice = (f"To accept {them}, run:\n    {command}\n    git add {shlex.quote(approvals)}\n"
              f"approve adds {their} to {approvals}{install}, and git add stages it to be committed with the "
              "change: the gate reads only what is staged.")
    if words_replaced:
        # The grader knows only its own synonyms: the approver is the one to say a rewording asks nothing else.
        # Its reason is printed for every reader of the notes, not kept for the maintainers alone.
        advice += ("\nWhere a rewording read as 'words replaced' asks nothing else, add --as-wording to approve, "
                   "with --only FINGERPRINT for each such rewording where the others ask more: the release notes "
                   "then list it as a wording fix, not as a higher expectation, with the --reason you give, which "
                   "everyone on the ladder reads.")
    if options.branch_approve_command:
        # An approval is of one change, from one text to another: a statement edited in two commits
        # is a third change to a gate that compares the whole branch.
        advice += ("\nA pull request's gate compares the whole branch with its base: where an earlier commit of "
                   "the branch changed the same statements, the branch's change is another one; approve it too "
                   f"before you push: `{options.branch_approve_command}` (origin/main: the branch the pull "
                   "request goes into).")
    if options.branch_base:
        # A fingerprint names a change by its level and competency as the compared revision has them:
        # an approval made at one commit does not follow a level given another id, or a competency
        # renamed, in another. A level only retitled is the same level under either title of the two
        # compared (``Change.fingerprints``), not under one it had only in between.
        advice += (f"\nAn approval given at one commit of the branch serves here where no other commit since "
                   f"{options.branch_base} changed the same statement, gave its level another id, or "
                   "renamed, merged or split its competency; approve such a change here again. A level only "
                   f"retitled keeps its approvals, given under its title at {options.branch_base} or under its "
                   "title now.")
        if retitled:
            advice += (f"\nRetitled since {options.branch_base}, with changes not approved: {', '.join(retitled)}. "
                       "An approval given while it had another title than these two (retitled twice, or the "
                       "branch rebased onto its retitling) does not serve here: approve its changes here again "
                       f"(`{command}`).")
    return advice


def retitled_levels(report: Report) -> list[str]:
    """The levels that kept their id but changed title between the
    revisions compared, where a change the gate fails on is (at the level,
    or at the level a move left), each as "E2 ('Senior Engineer' ->
    'Senior Software Engineer')": approvals given under either title
    serve, under a third none (see ``how_to_approve``)."""
    out: dict[str, None] = {}
    for change in report.changes:
        if not report.blocking(change) or change.kind is Kind.LEVEL_RENAMED:
            continue  # the retitling itself is approved as any change is, under no other title
        before, after = change.other_titles  # the level's old title; the new one of the level a move left
        if before is not None:
            out.setdefault(f"{change.level} ({show(before)} -> {show(change.level_title)})")
        if after is not None:
            out.setdefault(f"{change.old_level} ({show(change.old_level_title)} -> {show(after)})")
    return list(out)


def listed_as(report: Report, changes: Sequence[Change]) -> str:
    """Of approved changes the approvals list under another fingerprint than
    the one shown (given under their level's other title, the level only
    retitled: ``Change.fingerprints``), " as " and those, to find them there."""
    other = [key for c in changes if (key := report.approved_as(c)) not in (None, c.fingerprint)]
    return f" as {', '.join(other)}" if other else ""


def show(value: Any, limit: int | None = None) -> str:
    """A value as a reader sees it: text quoted, lists comma-separated."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        text = value if limit is None or len(value) <= limit else value[: limit - 3] + "..."
        return f"'{text}'"
    return str(value)


@dataclass(frozen=True)
class ExamplesChanged:
    """How a statement's examples changed, one by one, in their order."""

    added: list[str]
    #: An example taken out whose words went into one put in ("Loops in Security" -> "Loops in Security
    #: by posting in #security-requests"): reworded, not gone and another new.
    reworded: list[tuple[str, str]]
    taken_out: list[str]


def examples_changed(old: Any, new: Any) -> ExamplesChanged:
    """The examples put in, reworded and taken out from ``old`` to ``new``
    (lists of texts): an example taken out and one put in are one reworded
    where they are as alike as a statement reworded in its place must be,
    the most alike first."""
    before, after = [str(e) for e in old or ()], [str(e) for e in new or ()]
    gone = [e for e in before if e not in after]
    came = [e for e in after if e not in before]
    pairs = sorted(((similarity(was, now), i, j) for i, was in enumerate(gone) for j, now in enumerate(came)),
                   key=lambda p: (-p[0], p[1], p[2]))
    taken: dict[int, int] = {}
    for alike, i, j in pairs:
        if alike >= REWRITE_SIMILARITY and i not in taken and j not in taken.values():
            taken[i] = j
    reworded = sorted(((gone[i], came[j]) for i, j in taken.items()), key=lambda p: after.index(p[1]))
    return ExamplesChanged(
        added=[e for j, e in enumerate(came) if j not in taken.values()],
        reworded=reworded,
        taken_out=[e for i, e in enumerate(gone) if i not in taken],
    )


def statement_at(diff: FrameworkDiff, path: Any) -> str | None:
    """The text of the statement at ``path`` in the framework compared."""
    for _level, _cell, statement in diff.framework.statements():
        if statement.path == path:
            return str(statement.text)
    return None


def groups(diff: FrameworkDiff, changes: list[Change] | None = None) -> list[tuple[str | None, list[Change]]]:
    """Changes grouped by the level they are listed at (``FrameworkDiff.listed_at``),
    framework-wide ones (level None) first, then the levels in the ladder's
    order (the new revision's, then levels removed), each in the engine's
    order. A move that lowers the bar where it was while it raises it where
    it went is listed at both levels (see ``left_behind``). Every format
    that lists changes by level lists them so."""
    out: dict[str | None, list[Change]] = {}
    for change in (diff.changes if changes is None else changes) + left_behind(diff):
        out.setdefault(diff.listed_at(change), []).append(change)
    ranked = sorted((level for level in out if level is not None), key=ladder_order(diff))
    return ([(None, out[None])] if None in out else []) + [(level, out[level]) for level in ranked]


def ladder_order(diff: FrameworkDiff) -> Callable[[str], tuple[bool, float]]:
    """A key that sorts level ids for sections: the new revision's ladder,
    a level it no longer has where the old one had it (the lowest removed
    first), then others (a stable sort keeps them as they came)."""
    order: dict[str, float] = {level.id: i for i, level in enumerate(diff.framework.levels)}
    below = -1.0
    for level in diff.old.framework.levels if diff.old is not None else ():
        # A removed level whose id another level has now: where it was.
        key = diff.gone_key(level.id) or level.id
        below = order.setdefault(key, below + 0.001)  # just above the level below it
    return lambda level: (level not in order, order.get(level, 0))


def level_order(diff: FrameworkDiff) -> Callable[[str], tuple[tuple[bool, float], str]]:
    """A key that sorts level ids as the ladder lists them (``ladder_order``),
    others by their ids."""
    in_ladder = ladder_order(diff)
    return lambda level: (in_ladder(level), level)


def moved_up(diff: FrameworkDiff, change: Change) -> bool:
    """Whether a statement moved up the ladder (to a level above the one it left)."""
    order = level_order(diff)
    return change.old_level is None or order(change.level or "") > order(change.old_level)


def asked_earlier(diff: FrameworkDiff, change: Change) -> bool:
    """Whether a statement moved that lowers the bar at the level it left
    went down a cumulative ladder: the levels it left still ask for it
    through the level it reached, so what they lose is only what its new
    words soften, and it is now asked earlier."""
    return change.kind is Kind.STATEMENT_MOVED and change.impact is Impact.LOWERS_BAR \
        and bool(change.old_level) and change.old_level != change.level and not moved_up(diff, change) \
        and diff.old is not None and diff.new is not None \
        and diff.old.framework.cumulative and diff.new.framework.cumulative \
        and {change.level, change.old_level} <= {level.id for level in diff.new.framework.levels}


#: What every format says of a change that raises the bar in one way and
#: lowers it in another (``Change.also_impact``).
BOTH_WAYS = "it may ask more in one way and less in another"
#: What every format but the release notes says of a change the grader
#: could not read (``Change.not_read``): held as asking more and as asking less.
UNREAD_EITHER_WAY = "which way it goes cannot be told"
#: What every format says instead of a statement rewritten in its place as
#: another one (``Change.rewritten``): it raises the bar with what it asks now.
NO_LONGER_ASKED = "what it said is no longer expected"


def both_ways(change: Change) -> str:
    """Why a change with a second impact (``Change.also_impact``) has it."""
    if change.kind in REMOVALS:
        return NO_LONGER_ASKED_OF_THEM
    if change.not_read:
        return UNREAD_EITHER_WAY
    return NO_LONGER_ASKED if change.rewritten else BOTH_WAYS


def words_replaced(report: Report) -> bool:
    """Whether a change the gate fails on rewords a text in its place and
    was read as words replaced: one the grader has no synonyms for, which
    its approver may judge to be wording only."""
    return any(report.blocking(change) and rewords(change) and "words replaced" in change.reasons
               for change in report.changes)


def wording_approved(change: Change, graded: bool = False) -> str | None:
    """How every format says a change approved as wording only ("approved
    as wording only: same meaning, plainer words"), or None for any other.
    ``graded``: with the grader's reading after it, for the maintainers
    (the text output, the annotations): "graded raises-bar"."""
    if change.wording_approved is None:
        return None
    said = "approved as wording only" + (f": {change.wording_approved}" if change.wording_approved else "")
    if graded and change.graded is not None:
        said += f"; graded {' and '.join(impact.value for impact in change.graded.impacts)}"
    return said


def read_as(change: Change, words: bool = False) -> str:
    """Why a statement reworded in place raises or lowers the bar, as the
    grader read it ("frequency raised, words added"): a parenthesis of every
    format but JSON, which lists ``reasons``; empty where there is none.
    With ``words``, a reading of words of meaning says the words that
    carried it ("words replaced: 'comes' -> 'brings'"), which a reviewer
    judges by where no scale says which way the text went."""
    if change.not_read:
        return f" ({not_graded(change.not_read)})"
    said = [reason_with_words(reason) if words else reason for reason in change.reasons]
    return f" (read as: {', '.join(said)})" if said else ""


def reason_with_words(reason: str) -> str:
    """A reason and the words that carried it (``grade.words_read``):
    "words added: 'quickly'", "words replaced: 'comes' -> 'brings', 'team'
    taken out"; other reasons as they are."""
    pairs = words_read(reason)
    if not pairs:
        return reason
    one_sided = reason in ("words added", "words taken out", SENTENCE_PUT_IN)

    def pair(old: str, new: str) -> str:
        if old and new:
            return f"'{old}' -> '{new}'"
        return f"'{old or new}'" if one_sided else f"'{new}' added" if new else f"'{old}' taken out"

    return f"{reason}: {', '.join(pair(old, new) for old, new in pairs)}"


def sentences_put_in(change: Change) -> list[str]:
    """The sentences put in a text that describes (a summary, a note, a
    description) that the grader read as asking something
    (``SENTENCE_PUT_IN``), as written: which of a long note is the new
    demand, as the text output's reading says."""
    return [new for reason in change.reasons if reason == SENTENCE_PUT_IN for _old, new in words_read(reason) if new]


def not_graded(language: str) -> str:
    """Why a rewording in another language is held for a reviewer, as
    every format but JSON says it: the grader reads English only, so it
    cannot tell which way the new words move the bar."""
    return f"not graded: written in {language}, which the grader does not read; held for a reviewer who does"


def taken_out(diff: FrameworkDiff) -> dict[str, list[Change]]:
    """The expectations each level no longer asks for, by the level the
    notes list them at: statements taken out that lower its bar, and those
    moved to another level that lower it where they were. A statement moved
    down a cumulative ladder is still asked for there, through the level it
    reached (``asked_earlier``), and a copy taken out is asked for anyway."""
    out: dict[str, list[Change]] = {}
    for level, changes in groups(diff):
        for change in changes:
            if level is None or change.impact is not Impact.LOWERS_BAR:
                continue
            moved_away = change.kind is Kind.STATEMENT_MOVED and level == change.old_level != change.level \
                and not asked_earlier(diff, change)
            if change.kind is Kind.STATEMENT_REMOVED or moved_away:
                out.setdefault(level, []).append(change)
    return out


def left_behind(diff: FrameworkDiff) -> list[Change]:
    """Each statement moved that lowers the bar at the level it left while
    it raises it where it went, once more, lowered, for the level it left
    (a split or a merge is listed where it went)."""
    return [copy for copy in map(at_level_left, diff.changes) if copy is not None]


def at_level_left(change: Change) -> Change | None:
    """A statement moved that lowers the bar at the level it left (its
    ``old_level_impact``), as it does there; None for any other change."""
    if change.kind is Kind.STATEMENT_MOVED and change.old_level_impact is not None and change.old_level:
        return dataclasses.replace(change, impact=change.old_level_impact, old_level_impact=None)
    return None


def reach(diff: FrameworkDiff, change: Change, highest_word: str = "above",
          name: Callable[[str], str] = str) -> str:
    """The levels a change reaches beyond the one it is listed at, as a
    phrase ("IC1 and above", "IC1 and IC2", "IC1 to IC4"; each level as
    ``name`` says it), or "" where it reaches that level alone."""
    # The new revision's levels, a level it adds too, for what it now asks: a range said of it must not read
    # as leaving that one out. What is lowered or taken out, at the levels that asked for it: the new one
    # never did ("no longer asked for at IC1 to IC3", not "... and above" past a level added on top).
    ids = diff.reached_as_said(change)
    return levels_said(diff, ids, highest_word, name) if len(ids) > 1 else ""


def both_ends_reached(diff: FrameworkDiff, change: Change) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Of a statement moved and reworded that moves the bar the same way at
    both of its levels (``Change.both_ends``): the levels that gain it or
    lose it (from the lower of the two), and those that have it in its new
    words (from the higher one), lowest first; two empty tuples for any
    other change."""
    if not (change.both_ends and change.kind is Kind.STATEMENT_MOVED and change.level and change.old_level):
        return (), ()
    higher = change.level if moved_up(diff, change) else change.old_level
    ids = diff.reached(change, new_levels=True)
    at = ids.index(higher) if higher in ids else len(ids)
    # Where levels do not all include those below them, only the two ends.
    return ids[:at], ids[at:] or (higher,)


def levels_said(diff: FrameworkDiff, ids: Sequence[str], highest_word: str = "above",
                name: Callable[[str], str] = str) -> str:
    """Levels of the ladder in a row, lowest first, as a phrase ("IC1", "IC1
    and IC2", "IC1 and above", "IC1 to IC4"; each level as ``name`` says it)."""
    levels = [name(level) for level in ids]
    if len(levels) < 2:
        return "".join(levels)
    if len(levels) == 2:
        return f"{levels[0]} and {levels[1]}"
    if highest(diff, ids[-1]):
        return f"{levels[0]} and {highest_word}"
    return f"{levels[0]} to {levels[-1]}"


def subject(diff: FrameworkDiff, change: Change) -> str:
    """What a change is about, in names, as a label before a colon: a
    competency, a dimension, or empty. A statement moved out of another
    competency, listed at the level it left, is named by the competency it
    was in there: the one its people look under."""
    if change.competency:
        if left_competency(diff, change):
            return known_as(diff.competency_named(str(change.old_competency), old=True), colon=True)
        return known_as(diff.competency_named(change.competency), colon=True)
    if change.dimension:
        return known_as(diff.dimension_named(change.dimension), colon=True)
    return ""


def left_competency(diff: FrameworkDiff, change: Change) -> bool:
    """Whether a statement moved to another competency and another level
    is listed at the level it left (where it lowers the bar)."""
    return change.kind is Kind.STATEMENT_MOVED and bool(change.old_competency) and bool(change.old_level) \
        and diff.levels is None and change.old_level != change.level and diff.listed_at(change) == change.old_level


def label(name: str) -> str:
    """A name written before a colon: a competency named with a sentence
    ("I ship to production.") loses its full stop, not to read "production.:"."""
    return name.rstrip(" .:;,") or name


def known_as(item: tuple[str, str | None], quotes: tuple[str, str] = ("", ""), colon: bool = False) -> str:
    """A competency or a dimension as ``FrameworkDiff.competency_named``
    (``dimension_named``) gives it: its name, in ``quotes`` where a sentence
    sets it off, with the id that tells it from another of that name in
    brackets ("the competency “Capabilities” (modeling)"), as levels of a
    shared title are told apart; ``colon``: written before a colon, or in
    one's stead (``label``)."""
    name, apart = item
    said = f"{quotes[0]}{label(name) if colon else name}{quotes[1]}"
    return f"{said} ({apart})" if apart else said


def origin(diff: FrameworkDiff, change: Change, level_name: Callable[[str], str] = str) -> str:
    """Where a statement moved from: its old level (as ``level_name`` names
    it), and its old competency in brackets ("E2 (Ownership)"), or at its
    level, the competency ("the competency “Ownership”"), by the name it
    had then."""
    if not change.old_competency:
        return level_name(change.old_level) if change.old_level else ""
    was = diff.competency_named(change.old_competency, old=True)
    if change.old_level:
        return f"{level_name(change.old_level)} ({known_as(was, colon=True)})"
    return f"the competency {known_as(was, ('“', '”'), colon=True)}"


def short_level_name(diff: FrameworkDiff, level: str) -> str:
    """A level in a line that names several: its id where it is a code
    people read ('IC3'), or its title where the title spells the id out
    ('Mid to Senior 1' for mid-to-senior1) or the id is no code ('Sênior'
    for senior, 'Senior DX Engineer' for senior-developer-experience-engineer:
    ``named_by_title``), with the id beside where another level has that title.
    One naming for the ladder: where any of its levels is said by its id
    (a level titled "Senior TechOps Specialist" among "Level 2", "Level
    4"), all are, so a list does not say "Level 2, L3 and Level 4"."""
    title = diff.level_title(level)
    if not named_by_title(title, level):
        return level
    if id_is_a_code(level) and diff.new is not None and any(
            lv.title and not named_by_title(lv.title, lv.id) for lv in diff.new.framework.levels):
        return level
    return diff.level_name(level)


def still_held(diff: FrameworkDiff, changes: list[Change]) -> list[Change]:
    """Of two levels of a cumulative framework compared, the statements of
    the lower level not repeated at the higher: they still hold there, so
    no format lists them as differences, only counts them."""
    if diff.levels is None or not diff.framework.cumulative:
        return []
    # Not one taken away with its competency, which no longer applies there (lowers-bar).
    return [c for c in changes if c.kind is Kind.STATEMENT_REMOVED and c.impact is Impact.EDITORIAL]


def highest(diff: FrameworkDiff, level_id: str | None) -> bool:
    """Whether ``level_id`` is the new revision's highest level (no levels
    above it to speak of)."""
    return diff.new is not None and bool(diff.new.framework.levels) and diff.new.framework.levels[-1].id == level_id


#: Kinds of change that list the same items in a new order.
REORDERINGS = frozenset({Kind.STATEMENT_REORDERED, Kind.COMPETENCY_REORDERED, Kind.DIMENSION_REORDERED})


def new_order(diff: FrameworkDiff, change: Change) -> list[str]:
    """What a reordering moved, as readers know it, fewest first: statements
    quoted (“I write tests” moved up), competencies and dimensions by name."""
    out = []
    for item, before, after in moved_in_order(change.old, change.new):
        if change.kind is Kind.STATEMENT_REORDERED:
            name = f"“{item}”"
        elif change.kind is Kind.COMPETENCY_REORDERED:
            name = known_as(diff.competency_named(item))
        else:
            name = known_as(diff.dimension_named(item))
        out.append(f"{name} moved {'up' if after < before else 'down'}")
    return out


def side_labels(diff: FrameworkDiff) -> tuple[str, str]:
    old = diff.old.label if diff.old else "(no framework)"
    new = diff.new.label if diff.new else "(removed)"
    return old, new




def named_message(diff: FrameworkDiff, change: Change) -> str:
    """A change's message with its levels, competencies and dimensions
    named as readers know them, as the text format and the release notes
    name them: a competency or a dimension by its name (with its id where
    another has that name too), a level as ``short_level_name`` says it (a
    removed level by its own title); its ids where it has no name. The
    message names what its parts name (``Change.parts``, composed where the
    change is found); the rest (values, statements, an id renamed) is said
    as it is."""
    return "".join(part if isinstance(part, str) else _named(diff, part) for part in change.parts) \
        if change.parts else change.message


def _named(diff: FrameworkDiff, part: Named) -> str:
    """One item a message names, as readers know it; as the message says it
    where neither revision has it."""
    items = diff.items()
    if part.item == "level":
        if part.id not in items.levels:
            return str(part)
        if part.name is not None:  # "level 'IC7' (Staff Engineer)": said whole, or by a title that spells the id out
            return f"level '{part.name}'" if named_by_title(part.name, part.id) else str(part)
        return f"level '{_level_said(diff, part.id, part.removed)}'"
    noun = f"{part.item} " if part.noun else ""
    ids, shared = (items.competencies, items.shared_competency_names) if part.item == "competency" \
        else (items.dimensions, items.shared_dimension_names)
    if part.name is not None and part.id in ids:
        # "competency 'ownership' (Ownership)": by the name it gives, and its id where another has that name.
        return f"{noun}'{known_as((part.name, part.id if part.name in shared else None))}'"
    if part.item == "competency" and part.id in items.competencies:
        return f"{noun}'{known_as(diff.competency_named(part.id, old=part.left))}'"
    if part.item == "dimension" and part.id in items.dimensions:
        return f"{noun}'{known_as(diff.dimension_named(part.id))}'"
    return str(part)


def _level_said(diff: FrameworkDiff, level: str, removed: bool) -> str:
    if not removed:
        return short_level_name(diff, level)
    title = diff.old_level_title(level)  # its own title, not that of a level that has its id now
    return str(title) if named_by_title(title, level) else level


@dataclass(frozen=True)
class Merged:
    """A competency removed whose statements all went, word for word and at
    their own levels, into one other competency: the two headings merged
    (or the competency moved under another). ``moved``: those moves, said by
    the removal's line, not one by one."""

    removal: Change
    into: str
    moved: tuple[Change, ...]


def competencies_merged(diff: FrameworkDiff) -> dict[int, Merged]:
    """The competencies merged into another (``Merged``), by the ``id`` of
    their removal's record. A statement that also changed on the way is not
    folded: it is listed as the move it is."""
    out: dict[int, Merged] = {}
    if diff.levels is not None:
        return out
    for removal in diff.changes:
        if removal.kind is not Kind.COMPETENCY_REMOVED or not removal.competency:
            continue
        moved = tuple(c for c in diff.changes if c.kind is Kind.STATEMENT_MOVED
                      and c.old_competency == removal.competency and not c.old_level
                      and c.impact is Impact.STRUCTURAL and c.old == c.new and c.competency)
        targets = {c.competency for c in moved}
        if len(targets) == 1:
            out[id(removal)] = Merged(removal, str(moved[0].competency), moved)
    return out


def folded_moves(merged: dict[int, Merged]) -> set[int]:
    """The ``id`` of each move a merge's line says (``competencies_merged``)."""
    return {id(c) for merge in merged.values() for c in merge.moved}


def merged_said(diff: FrameworkDiff, merge: Merged, name: Callable[[str], str] = str) -> str:
    """What a merge's line says, after the merged competency's name:
    "merged into Collaboration & Community; its 24 statements moved with it,
    none changed" (where some changed: those listed apart); ``name`` writes
    the competency's name as the format does."""
    into = name(known_as(diff.competency_named(merge.into)))
    folded = {id(c) for c in merge.moved}
    changed = sum(1 for c in diff.changes if c.kind is Kind.STATEMENT_MOVED
                  and c.old_competency == merge.removal.competency and id(c) not in folded)
    moved = plural(len(merge.moved), "statement")
    if not changed:
        return f"merged into {into}; {moved} moved with it, none changed"
    return f"merged into {into}; {moved} moved with it unchanged, " \
           f"{plural(changed, 'other')} changed on the way (listed at {'its level' if changed == 1 else 'their levels'})"


def formatting_only(change: Change) -> bool:
    """Whether a change is a text tidied, its words the same (spacing, capitals,
    punctuation, curly quotes): the release notes and the text output count
    several on one line."""
    return (
        change.impact is Impact.EDITORIAL
        and change.kind is not Kind.STATEMENT_MOVED  # a copy moved, which a lower level asks for anyway
        and isinstance(change.old, str)
        and isinstance(change.new, str)
        and same_words(change.old, change.new)
    )


#: The texts whose name a reader knows them by, and what each is called: a
#: tidied one is named, not counted.
_NAMED_TEXTS = {Kind.COMPETENCY_RENAMED: "competency name", Kind.DIMENSION_RENAMED: "dimension name",
                Kind.LEVEL_RENAMED: "level title"}


def tidied_said(diff: FrameworkDiff, changes: Sequence[Change], most: int | None = None) -> str:
    """Several texts tidied, their words the same (``formatting_only``), said
    in one line that says which: the names tidied by their new spelling ("in
    3 competency names: Delivery, Craft, Impact"; ``most``: at most that many
    of each kind named, then how many more), the statements and other texts
    counted under the competency (or dimension) they belong to ("in 4
    statements: 3 in Delivery, 1 in Craft"; ``most`` of them, then "and 5 in
    3 others"). In the order the changes come."""
    kinds: dict[str, list[Change]] = {}
    for change in changes:
        kinds.setdefault(_tidied_kind(change), []).append(change)
    parts = []
    for kind, of_kind in kinds.items():
        said = plural(len(of_kind), kind)
        if any(c.kind in _NAMED_TEXTS for c in of_kind):
            names = list(dict.fromkeys(str(c.new) for c in of_kind))
            shown = names if most is None or len(names) <= most else names[:most]
            more = f" and {len(names) - len(shown)} more" if len(shown) < len(names) else ""
            parts.append(f"{said}: {', '.join(shown)}{more}")
            continue
        where = Counter(subject(diff, c) for c in of_kind)
        if len(where) == 1:
            parts.append(f"{said} in {next(iter(where))}" if "" not in where else said)
        else:
            places = list(where.items())
            shown_places = places if most is None or len(places) <= most else places[:most]
            rest = places[len(shown_places):]
            more = f" and {sum(count for _, count in rest)} in {len(rest)} others" if rest else ""
            parts.append(f"{said}: " + ", ".join(f"{count} in {name or 'no competency'}"
                                                 for name, count in shown_places) + more)
    what = parts[0] if len(parts) == 1 else f"{plural(len(changes), 'text')} ({'; '.join(parts)})"
    return f"Spacing, capitals or punctuation tidied in {what}; the words are the same"


def _tidied_kind(change: Change) -> str:
    """What a tidied text is, as the line that counts them calls it."""
    if change.kind in _NAMED_TEXTS:
        return _NAMED_TEXTS[change.kind]
    if change.kind is Kind.FRAMEWORK_CHANGED:
        return f"framework {change.field or 'text'}".replace("_", " ").replace(".", " ")
    if change.kind is Kind.SUMMARY_CHANGED or change.field in ("summary", "description"):
        return f"{'competency' if change.competency else 'dimension' if change.dimension else 'level'} " \
               f"{change.field or 'summary'}"
    return "statement"


def a_question(text: str | None) -> bool:
    """Whether a statement that asks nothing yet is an editor's question
    ("What about views?", ``text.editors_question``), not a placeholder
    ("TBD", "TODO: something here?"), as a line calls it."""
    from ...rules.ll406_placeholder import placeholder_note

    return bool(text) and editors_question(str(text)) and not placeholder_note(str(text))
