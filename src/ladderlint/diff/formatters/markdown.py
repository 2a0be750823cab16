"""Release notes a framework owner can publish, for readers who are not engineers.

One section per level ("What changes for IC3"), raised bars first, then
lowered ones, then changes of structure or names, then wording fixes; a
summary line at the top, and, for the maintainers, the version and the
release the changes call for. A change that lowers the bar by moving a
statement up the ladder is listed at the level it left; one that raises it,
at the level it reached; one that does both (moved up and reworded to ask for
more), at both; so does a move between two levels that stand alone, which
the level it left loses and the level it reached gains. In a cumulative framework, the
statements of a level added or removed under others are listed for the
nearest level above it, whose bar they raise or lower.

On a level's page (``release_notes(..., within_page=True)`` of two levels),
where each level stands alone and restates all it expects, what is new is
listed by competency instead, each statement beside the one of the level
below it rewrites (``_step_up``): as new and gone statements, the step up
would be lost in nearly the whole level listed twice.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Any, Callable

from ...model import Framework
from ...text import and_list, name_key, plural, text_blocks
from ..changes import GONE, REMOVALS, TITLE_LOWERED, TITLE_RAISED, Change, Impact, Kind, id_is_a_code, in_sentence, level_label, said_together, shared_titles
from ..grade.words import meaning_words, said_in_order
from ..inputs import Loaded
from ..metadata import provenance
from ..report import FrameworkDiff, Report
from ..wording import REWRITE_SIMILARITY, Run, same_words, similarity, whitespace_only, word_runs
from .common import (
    BOTH_WAYS, known_as,
    a_question, at_level_left,
    REORDERINGS, RenderOptions, wording_approved, asked_earlier, examples_changed, groups, highest, label, left_behind, left_competency,
    level_order, competencies_merged, folded_moves, merged_said, formatting_only,
    levels_said, moved_up, new_order, origin, reach, short_level_name, both_ends_reached, statement_at, still_held,
    sentences_put_in, subject, tidied_said,
)
from ...patterns import lazy

#: How many tidied names of each kind the release notes name; the text output names them all.
_TIDIED_NAMED = 3

_SECTIONS = (
    (Impact.RAISES_BAR, "New or higher expectations"),
    (Impact.LOWERS_BAR, "Lower expectations"),
    (Impact.STRUCTURAL, "Changes of structure and names"),
    (Impact.EDITORIAL, "Wording fixes (what is expected does not change)"),
)
#: The heading of the summaries, notes and descriptions that changed between two revisions and ask nothing new
#: (``_explains``): the words around what is asked, not the framework's structure nor its names.
_EXPLANATIONS = "Notes and explanations"
#: Two levels compared differ in their own summaries and descriptions by nature: what else they differ in besides
#: what they expect is no "change of structure or names" (as between two revisions), but, in the words of its
#: section's heading and of its count in "In short" alike, an "other difference" (one, and many).
_OTHER_DIFFERENCE = ("other difference", "other differences")
#: Markdown's characters, and an '&' that would start an entity ("&copy;",
#: "&#169;"), which a reader would show as the character it names.
_ESCAPE = lazy(r"([\\`*_{}\[\]<>#|~]|&(?=#?\w+;))")


def render(report: Report, options: RenderOptions) -> str:
    if len(report.diffs) == 1:
        return _diff(report.diffs[0], depth=1)
    parts = ["# Release notes"]
    changed = [diff for diff in report.diffs if diff.changes]
    if not changed:
        parts.append("No changes.")
    parts.extend(_diff(diff, depth=2) for diff in changed)
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


#: Where a page of the framework shows what is new at a level: Markdown
#: for the words of a pointer to it ("[what is new at Staff Engineer](...)"),
#: given the level's id; None where it shows none.
LevelPointer = Callable[[str], "str | None"]


@dataclass(frozen=True)
class PageLinks:
    """Where the pages of a framework show what the notes are about, for
    the notes of its changelog to link to: a change (the statement it is
    about, or its place), and a level (by its id); None where they show none."""

    change: Callable[[Change], "str | None"]
    level: Callable[[str], "str | None"]


def release_notes(diff: FrameworkDiff, depth: int = 1, within_page: bool = False,
                  see: LevelPointer | None = None, links: PageLinks | None = None) -> str:
    """The notes of one framework's changes (or of two of its levels), their
    first heading at ``depth``: to embed in a page that has headings of its own.
    ``within_page``: the notes of a release on a page for engineers about the
    framework (its changelog), which names the framework and the release in
    its own headings: without their title, their sections at ``depth``, and
    without the last section, for the framework's maintainers; of two levels
    compared, the notes on the higher level's page (``shown_within_page``),
    which names the framework and the level: their headings short, and
    wording that asks what the lower level asks left out. ``see``: the
    page's own comparison of a level with the one below, which a new level's
    notes then point to rather than to a command. ``links``: where the
    pages show each change and level, for each level's heading and each
    change's label to link to (a Markdown link). On a level's page, a
    change is not labelled with its competency where the framework has
    only one (``_one_competency``): the label would open every item alike,
    and links nowhere (a release's labels link to where each change is)."""
    if within_page and diff.levels is None:
        return _diff(diff, depth - 1, titled=False, maintainers=False, see=see, links=links)
    if within_page:
        listed = FrameworkDiff(diff.old, diff.new, shown_within_page(diff), diff.advice, diff.levels)
        return _diff(listed, depth, on_page=True, see=see, links=links, labelled=not _one_competency(diff))
    return _diff(diff, depth, see=see, links=links)


def _one_competency(diff: FrameworkDiff) -> bool:
    """Whether the framework has one competency, the same on both sides:
    every statement is about it, and naming it says nothing."""
    sides = [loaded.framework for loaded in (diff.old, diff.new) if loaded is not None]
    ids = {tuple(c.id for c in framework.competencies) for framework in sides}
    return len(ids) == 1 and len(next(iter(ids))) == 1


def shown_within_page(diff: FrameworkDiff) -> list[Change]:
    """The changes the notes list on a page for engineers. Of two levels
    compared (on the higher level's page), what the higher asks more or
    less of, and changes of names: wording that differs from the lower
    level's and asks the same is nothing new to its readers. Nor is what
    only tells two levels apart in the file: each level's statements have
    ids of their own, and a summary, note or introduction the higher level
    does not have is not one it took away (``_level_detail``)."""
    if diff.levels is None:
        return diff.changes
    return _once([c for c in diff.changes if c.impact is not Impact.EDITORIAL and not _level_detail(c)])


def _once(changes: list[Change]) -> list[Change]:
    """The changes, a statement the higher level writes twice in one
    competency (LL507 reports it) added once: one expectation, not two new."""
    seen: set[tuple[str | None, str | None, str]] = set()
    out = []
    for change in changes:
        if change.kind is Kind.STATEMENT_ADDED and isinstance(change.new, str):
            key = (change.level, change.competency, " ".join(change.new.split()))
            if key in seen:
                continue
            seen.add(key)
        out.append(change)
    return out


def _level_detail(change: Change) -> bool:
    """Of two levels compared: a change no reader of the higher level acts
    on, a statement's id, or a text the lower level has and the higher not."""
    if change.kind is Kind.STATEMENT_ID_CHANGED:
        return True
    return change.kind is Kind.SUMMARY_CHANGED and change.new is None


def escape(text: str) -> str:
    """Text shown as written, whatever Markdown characters it holds: a
    framework's texts are plain text (``**kwargs`` and ``__init__`` are no
    emphasis, ``[a](b)`` no link), in the notes as on every page."""
    return _ESCAPE.sub(r"\\\1", " ".join(text.split()))


def _statement(text: str, after: str = "") -> str:
    """A statement that ends a bullet, escaped, with ``after`` (its
    levels, in brackets) after its first paragraph: a statement of
    paragraphs and lists (as people type them, and as the pages show them)
    keeps them, each further paragraph or list item on a line of its own,
    indented under the bullet as a list of its own, rather than run
    together into one line ("I join the rota - first - second")."""
    blocks = text_blocks(text)
    if not blocks or (len(blocks) == 1 and not blocks[0].is_list):
        return escape(text) + after
    lines: list[str] = []
    for block in blocks:
        if block.is_list:
            lines += [f"  {'-' if block.start is None else f'{block.start + i}.'} {escape(item)}"
                      for i, item in enumerate(block.texts)]
        elif not lines:
            lines.append(escape(block.texts[0]))
        else:
            lines.append(f"  - {escape(block.texts[0])}")  # a paragraph after the first, under it
    if lines[0].startswith("  "):  # a list from the first line: the bullet's line says only what follows
        lines.insert(0, "")
    lines[0] += after
    return "\n".join(lines)


def _diff(diff: FrameworkDiff, depth: int, titled: bool = True, maintainers: bool = True,
          see: LevelPointer | None = None, on_page: bool = False, links: PageLinks | None = None,
          labelled: bool = True) -> str:
    """``on_page``: two levels compared, on the higher level's page, which
    names the framework and the level: the level below named once, the
    headings short ("New or higher", not "New or higher at IC4").
    ``labelled``: each change led by the competency it is about."""
    h = "#" * depth
    framework = diff.framework
    lines = []
    if diff.levels is not None and on_page:
        lower, higher = (_level(diff, level) for level in diff.levels)
        lines.append(f"{h} What is new at {higher}")
        lines.append("")
        lines.append(f"Compared with {lower}, the level below.")
        # A level's reader is told it includes the one below only where the
        # framework says so (render's facts say the default as one).
        if framework.cumulative and framework.cumulative_declared:
            lines.append(f"Each level includes what the levels below it expect, so what {lower} "
                         f"asks for still holds here unless it is replaced.")
        elif not framework.cumulative:
            lines.append(f"Levels here stand alone: each lists all it expects. By competency, what is new, "
                         f"each statement beside the one of {lower} it rewrites, and what {lower} lists "
                         f"that this level does not.")
    elif diff.levels is not None:
        lower, higher = (_level(diff, level) for level in diff.levels)
        lines.append(f"{h} What is new at {higher} compared with {lower}")
        lines.append("")
        track = framework.distinct_track
        lines.append(f"{escape(framework.name)}, {escape(track)}." if track else f"{escape(framework.name)}.")
        if framework.cumulative:
            lines.append(
                f"Each level includes what the levels below it expect, so what {lower} "
                f"asks for still holds at {higher} unless it is replaced."
            )
    elif titled:
        lines.append(f"{h} What changes in {_title(framework)}")
    if lines:
        lines.append("")
    lines.append(_summary(diff, on_page))
    lines += _moved_here(diff)
    for change in diff.changes:
        if change.kind is Kind.FRAMEWORK_REMOVED:
            levels = [_level(diff, lv.id) for lv in framework.levels]
            lines.append("")
            lines.append(f"**This framework is removed.** The people on its levels ({and_list(levels) if levels else 'none'}) "
                         f"no longer have a level in it, and what it asked of them is no longer asked; the level each "
                         f"of them is on from now is to be agreed with them.")
        if change.kind is Kind.FRAMEWORK_CHANGED and change.field in ("name", "organisation.name"):
            what = "framework" if change.field == "name" else "organisation"
            lines.append("")
            lines.append(f"The {what} is now called “{escape(str(change.new))}” (was “{escape(str(change.old))}”).")
    if not diff.changes:
        return "\n".join(lines) + "\n"
    by_level = _by_level(diff)
    reaching = _reaching(diff, by_level)
    # A level added is told under its own heading below (``_new_level``), not under "What changes for".
    added = {c.level: reaching.pop(c.level, []) for c in diff.changes if c.kind is Kind.LEVEL_ADDED and c.level}
    headed = {lv.id for lv in framework.levels} | {lv for lv in by_level if lv is not None}
    for level in sorted(headed, key=level_order(diff)):
        changes = by_level.pop(level, None)
        if changes and on_page and diff.levels is not None and level == diff.levels[1] \
                and not framework.cumulative:
            lines.extend(_step_up_lines(diff, changes, depth))
        elif changes and on_page and diff.levels is not None and level == diff.levels[1]:
            # The page's level: its sections under the title, which names it.
            lines.extend(reaching.get(level, []) + _section(diff, "", changes, depth, on_page, links, labelled)[1:])
        elif changes:
            lines.append("")
            section = _section(diff, _linked(_level_heading(diff, level), links, level), changes, depth + 1,
                               links=links, labelled=labelled)
            lines.extend(section[:1] + reaching.get(level, []) + section[1:])
        elif level in reaching:
            lines.append("")
            lines.extend([f"{'#' * (depth + 1)} {_linked(_level_heading(diff, level), links, level)}"] + reaching[level])
    if by_level.get(None):
        lines.append("")
        lines.extend(_section(diff, "Across the framework", by_level[None], depth + 1, links=links,
                              labelled=labelled))
    for change in diff.changes:
        if change.kind is Kind.LEVEL_ADDED and diff.new is not None and change.level:
            lines.append("")
            lines.extend(_new_level(diff.new, change.level, depth + 1, see, links, fresh=diff.old is None,
                                    reaching=added.get(change.level, [])))
    if diff.levels is None and maintainers:
        lines.append("")
        lines.append(f"{h}# For the framework's maintainers")
        lines.append("")
        lines.append(_versions(diff))
        # Where the framework was taken from: the maintainers' record, not a change for its readers.
        sources = [c for c in diff.changes if provenance(c)]
        if sources:
            lines.append("")
            lines.extend(f"- {_sentence(diff, change, set())[:-1]} (where the text was taken from; "
                         f"nothing its readers see changes)." for change in sources)
    return "\n".join(lines) + "\n"


def _linked(words: str, links: PageLinks | None, level: str | None = None, change: Change | None = None) -> str:
    """Markdown ``words`` (escaped) as a link to where the pages show a
    level or a change, where ``links`` knows one; else as they are."""
    if links is None:
        return words
    target = links.change(change) if change is not None else links.level(level) if level is not None else None
    return f"[{words}]({target})" if target else words


def _title(framework: Framework) -> str:
    """The framework's name, and its track where the name does not say it:
    the notes of two tracks of one organisation read apart."""
    track = framework.distinct_track
    return f"{escape(framework.name)} ({escape(track)})" if track else escape(framework.name)


def _new_level(new: Loaded, level_id: str, depth: int, see: LevelPointer | None = None,
               links: PageLinks | None = None, fresh: bool = False, reaching: list[str] | None = None) -> list[str]:
    """What a level new in this version expects: what is new compared with
    the level below it, or every statement of a new lowest level; after what
    it includes of the levels below, ``reaching``: the lines that tell it of
    what the changes below it now ask (``_reaching``). ``fresh``:
    a level of a framework new in this version, where a statement that asks
    more than one of the level below is shown as it reads, not as a
    rewording of it (no edit was made to it this year)."""
    from ..engine import compare_levels
    from ..report import FrameworkDiff

    framework = new.framework
    ids = [level.id for level in framework.levels]
    index = ids.index(level_id)
    title = next(level.title for level in framework.levels if level.id == level_id)
    shared = title in shared_titles(level.title for level in framework.levels)
    heading = f"The new {_level_noun(_in_sentence(level_label(level_id, title, shared)))}"
    if index == 0:
        level = framework.levels[0]
        lines = [f"{'#' * depth} {heading}: what it expects", ""]
        # Competencies of one name told apart by their ids, as the notes' other lines tell them.
        names = shared_titles(c.name for c in framework.competencies)
        lines += [
            f"- **{escape(known_as(_competency_name(framework, cell.competency_id, names), colon=True))}:** "
            f"{_statement(statement.text)}"
            for cell in level.cells for statement in cell.statements
        ]
        return lines if len(lines) > 2 else lines + ["Nothing yet."]
    below = ids[index - 1]
    compared = FrameworkDiff(new, new, compare_levels(framework, below, level_id), levels=(below, level_id))
    # The new level's summary is what it is about, not a change of structure.
    changes = [c for c in compared.changes if c.kind is not Kind.SUMMARY_CHANGED]
    if fresh:
        changes = [_as_written(c) for c in changes]
    # Where levels stand alone, the statements of the level below that the
    # new one does not list are most of that level: counted, not listed
    # (the comparison of the two levels lists them).
    unlisted = [] if framework.cumulative else [c for c in changes if c.kind is Kind.STATEMENT_REMOVED]
    lines = _section(compared, f"{heading}: what is new compared with {_level(compared, below)}",
                     [c for c in changes if c not in unlisted], depth, links=links)
    if unlisted:
        one = len(unlisted) == 1
        pointer = see(level_id) if see is not None else None
        where = pointer or f"`ladderlint diff --levels {below} {level_id}`"
        lines += ["", f"{plural(len(unlisted), 'statement')} of {_level(compared, below)} {'is' if one else 'are'} "
                      f"not listed at {_level(compared, level_id)}: levels here stand alone, so "
                      f"{'it is' if one else 'they are'} not asked there "
                      f"({where} lists {'it' if one else 'them'})."]
    intro = []
    summary = framework.levels[index].summary
    if summary:
        intro += ["", f"*{escape(summary)}*"]
    if framework.cumulative:
        intro += ["", f"Each level includes what the levels below it expect: what "
                      f"{_level(compared, below)} asks for still holds at "
                      f"{_level(compared, level_id)} unless it is said otherwise here."]
    return lines[:1] + intro + (reaching or []) + lines[1:]


def _as_written(change: Change) -> Change:
    """Of two levels of a new framework compared: a statement that asks
    more than the one of the level below it rewrites, as new at the level,
    in its own words (neither struck-through words nor the grader's reasons,
    which would read as an edit)."""
    if change.kind is not Kind.STATEMENT_REWORDED or change.impact is not Impact.RAISES_BAR:
        return change
    return replace(change, kind=Kind.STATEMENT_ADDED, old=None, reasons=(), also_impact=None,
                               message="", parts=())


def _describes(diff: FrameworkDiff, change: Change) -> bool:
    """Whether the level of a change has an entry for its competency (statements,
    a proficiency, a note, or an empty list), in the framework compared."""
    level = next((lv for lv in diff.framework.levels if lv.id == change.level), None)
    return level is not None and level.cell(change.competency or "") is not None


def _competency_name(framework: Framework, competency_id: str, shared: frozenset[str]) -> tuple[str, str | None]:
    """A competency of one framework by its name, and its id where another of its competencies has that name."""
    name = next((c.name for c in framework.competencies if c.id == competency_id), competency_id)
    return name, competency_id if name in shared else None


def _level_heading(diff: FrameworkDiff, level: str) -> str:
    if diff.levels is not None:
        return f"What changes for {_level(diff, level)}"
    if level.endswith(GONE):  # a removed level whose id another level has now
        return f"What changes for the former {_in_sentence(diff.label(level.rstrip(GONE), diff.level_title(level)))}"
    now = _in_sentence(diff.label(level, diff.level_title(level)))
    former = _former(diff, level)
    if former is None:
        return f"What changes for {now}"
    if former[0] != level:
        if former[1] is not None and former[1] == diff.level_title(level) \
                and name_key(former[0]) == name_key(former[1]):
            # Its old id only spelt its title ("engineer-i" for "Engineer I", as an import writes it), which it
            # keeps: that is the name readers know; the notes say the new id where they list the renaming.
            return f"What changes for {now}"
        # Renumbered: one pair of brackets, and "former" where the old id may be another level's now.
        old = _in_sentence(diff.label(former[0], former[1] if former[1] != diff.level_title(level) else None))
        return f"What changes for {now}, the former {old}"
    return f"What changes for {now}, until now titled “{escape(former[1] or level)}”"


def _former(diff: FrameworkDiff, level: str) -> tuple[str, str | None] | None:
    """The id and title a level had before this revision renamed it, or None."""
    renames = {c.field: c.old for c in diff.changes
               if c.kind is Kind.LEVEL_RENAMED and c.level == level and c.field in ("id", "title")}
    if not renames:
        return None
    title = renames["title"] if "title" in renames else diff.level_title(level)
    return str(renames.get("id", level)), str(title) if title else None


def _level(diff: FrameworkDiff, level: str) -> str:
    """A level named in a sentence, as people on the ladder know it."""
    return _in_sentence(diff.level_name(level))


def _in_sentence(name: str) -> str:
    return in_sentence(escape(name), ("“", "”"))


def _level_noun(name: str) -> str:
    """A level's name after "the" or "new": with the word "level" before it,
    unless the name says it already ("the new Level 3", not "the new level
    Level 3")."""
    return name if name.casefold().startswith("level") else f"level {name}"


def _origin(diff: FrameworkDiff, change: Change) -> str:
    """Where a statement moved from, as a line says it: a removed level
    whose id the level it reached has now is named as the level it was."""
    if change.old_level and change.old_level_removed:
        title = diff.old_level_title(change.old_level)
        return "the former " + origin(diff, change, lambda level: escape(_level_noun(_in_sentence(
            diff.label(level, title)))))
    return escape(origin(diff, change, _namer(diff)))


def _namer(diff: FrameworkDiff) -> Callable[[str], str]:
    """How a line names another level: as the notes' headings name it (its
    id, or its title where the title spells the id out), set off where a
    sentence would read it as its own words."""
    return lambda level: in_sentence(short_level_name(diff, level), ("“", "”"))


def _versions(diff: FrameworkDiff) -> str:
    old = diff.old.framework.version if diff.old else None
    new = diff.new.framework.version if diff.new else None
    if old is None:
        return f"A new framework, version {new}."
    if new is None:
        return f"This framework (version {old}) is removed."
    line = f"From version {old} to version {new}" if old != new else f"Version {new} (unchanged)"
    advice = diff.advice
    if advice is None or advice.required is None:
        return line + "."
    if not advice.ok:
        return line + f". These changes call for a {advice.required} release: version {advice.suggested}."
    if advice.actual == advice.required:
        return line + f": a {advice.actual} release, as these changes call for."
    return line + f": a {advice.actual} release; these changes call for a {advice.required} one."


def _said_by_another(diff: FrameworkDiff, changes: list[Change]) -> set[int]:
    """The changes another one of ``changes`` says for a reader, not listed
    nor counted apart: a rename of an id beside the rename of the name,
    a competency that no longer applies beside the statement taken from
    its cell (``said_together``), and, of two levels compared, a competency
    that now applies beside the statements it now asks for (they are what
    applies)."""
    said = {id(part) for part in said_together(changes).values()}
    if diff.levels is not None:
        asked = {(c.level, c.competency) for c in changes
                 if c.kind is Kind.STATEMENT_ADDED and c.impact is Impact.RAISES_BAR}
        said |= {id(c) for c in changes if c.kind is Kind.NOT_APPLICABLE_CHANGED and c.new is None
                 and c.impact is Impact.RAISES_BAR and (c.level, c.competency) in asked}
    return said


def _levels_moved(diff: FrameworkDiff, changes: list[Change], lowered: bool = False) -> list[str]:
    """The levels ``changes`` reach, lowest first, as every format says them
    (``reached_as_said``: a level added that now asks for what is raised);
    ``lowered``: what they ask less of, at the levels that asked for it (a
    level added never did, whichever way the change goes as a whole)."""
    return sorted({level for c in changes for level in (diff.reached(c) if lowered else diff.reached_as_said(c))},
                  key=level_order(diff))


def _at(diff: FrameworkDiff, levels: list[str], count: int = 1) -> str:
    """" (at IC1 and IC2)", of ``levels``; "" where there are none. Of
    ``count`` changes, several, over several levels: " (reaching IC1 to
    IC4)", which says where they reach between them; "2 expectations (at
    IC1, IC2 and IC3)" reads as 2 at each."""
    def name(level: str) -> str:
        return _in_sentence(diff.level_name(level) if diff.levels is not None else short_level_name(diff, level))
    if not levels:
        return ""
    if count < 2 or len(levels) < 2:
        return f" (at {and_list([name(level) for level in levels])})"
    ladder = [level.id for level in diff.framework.levels]
    places = [ladder.index(level) if level in ladder else -1 for level in levels]
    in_a_row = -1 not in places and places == list(range(places[0], places[0] + len(places)))
    said = levels_said(diff, levels, name=name) if in_a_row else and_list([name(level) for level in levels])
    return f" (reaching {said})"


#: What each level says of itself, apart from what it expects: each level has its own, so two levels compared differ.
_LEVEL_TEXTS = ("summary", "description")


def _said_of_the_level(change: Change) -> bool:
    """A level's own summary or description, or its introduction of a
    dimension, changed: what each level says of itself."""
    return change.kind is Kind.SUMMARY_CHANGED and change.field in _LEVEL_TEXTS and not change.competency \
        and bool(change.level)


def _raised(diff: FrameworkDiff, raised: list[Change], on_page: bool = False) -> list[str]:
    """The new or higher expectations, counted: of two levels compared, the
    level's summary and the proficiencies expected are said apart from the
    expectations the page lists (its statements and what they ask)."""
    # The levels each line names for what it now asks, a level added among them too ("IC1 and above"): the
    # count must not leave out one its lines name.
    levels = _levels_moved(diff, raised)
    at = _at(diff, levels, len(raised))
    if on_page and diff.levels is not None and levels == [diff.levels[1]]:
        at = ""  # on the page of the level they are at
    if diff.levels is None:
        return [f"{plural(len(raised), 'new or higher expectation')}{at}"]
    headline = [c for c in raised if _said_of_the_level(c)]
    summaries = [c for c in headline if not c.dimension and c.field == "summary"]
    descriptions = [c for c in headline if not c.dimension and c.field == "description"]
    intros = [c for c in headline if c.dimension]
    proficiencies = [c for c in raised if c.kind is Kind.PROFICIENCY_CHANGED]
    expectations = [c for c in raised if c not in headline and c not in proficiencies]
    parts = [f"{plural(len(expectations), 'new or higher expectation')}{at}"] if expectations else []
    if proficiencies:
        parts.append(f"a higher proficiency in {plural(len(proficiencies), 'competency', 'competencies')}")
    if intros:
        parts.append(f"a new introduction to {plural(len(intros), 'dimension')}")
    if summaries:
        parts.append("a new summary")
    if descriptions:
        parts.append("a new description")
    if parts and not expectations:
        parts[-1] += at
    return parts


def _summary(diff: FrameworkDiff, on_page: bool = False) -> str:
    if not diff.changes:
        return "**In short:** no changes."
    if on_page and diff.levels is not None and not diff.framework.cumulative:
        return _step_up_summary(diff)
    if any(c.kind is Kind.FRAMEWORK_REMOVED for c in diff.changes):
        return "**In short:** this framework is removed."
    # Changes are counted, not listings: a move listed at both its levels is
    # one change, of the impact `ladderlint diff` gives it.
    listed = _listed(diff.changes)
    said = _said_by_another(diff, listed)
    held = {id(c) for c in still_held(diff, listed)}
    # A level removed is said once, apart, though the gate holds it as a lowered bar too (REMOVED_IMPACTS).
    counts = {impact: [c for c in listed if impact in c.impacts and id(c) not in said | held
                       and not (impact is Impact.LOWERS_BAR and (c.kind in REMOVALS or c.not_read))]
              for impact, _ in _SECTIONS}
    parts = []
    # A level removed is counted apart from the raised bars: its people lose the level; said first.
    removed = [c for c in counts[Impact.RAISES_BAR] if c.kind is Kind.LEVEL_REMOVED]
    if removed:
        parts.append(plural(len(removed), "level") + " removed")
    raised = [c for c in counts[Impact.RAISES_BAR] if c.kind is not Kind.LEVEL_REMOVED and not c.not_read]
    unread = [c for c in counts[Impact.RAISES_BAR] if c.not_read]
    if raised:
        # In a cumulative framework, what is asked at IC1 is asked at the levels above it too.
        parts += _raised(diff, raised, on_page)
    if counts[Impact.LOWERS_BAR]:
        if diff.levels is not None:
            parts += [f"{len(items)} {name[0].lower()}{name[1:]}"
                      for name, items in _lowered_groups(diff, counts[Impact.LOWERS_BAR], on_page) if items]
        else:
            lowered = counts[Impact.LOWERS_BAR]
            # A move that raises the bar where it went lowers it at the level it left.
            where = [c if c.impact is Impact.LOWERS_BAR else at_level_left(c) or c for c in lowered]
            parts.append(plural(len(lowered), "lower expectation")
                         + _at(diff, _levels_moved(diff, where, lowered=True), len(lowered)))
        # A change that may ask more in one way and less in another is listed under both: counted twice
        # unsaid, "13 new or higher, 13 lower" reads as 26 changes where there are 20.
        raised_ids = {id(c) for c in raised}
        both = sum(1 for c in counts[Impact.LOWERS_BAR] if id(c) in raised_ids and c.also_impact is Impact.LOWERS_BAR)
        if both:
            also = "it is also among the new or higher" if len(counts[Impact.LOWERS_BAR]) == 1 \
                else f"{both} of them also among the new or higher"
            parts[-1] = f"{parts[-1][:-1]}; {also})" if parts[-1].endswith(")") else f"{parts[-1]} ({also})"
    if unread:  # held for a reviewer: no reading says which way they go
        languages = and_list(list(dict.fromkeys(str(c.not_read) for c in unread)))
        parts.append(plural(len(unread), "change") + f" in {languages} not graded"
                     + _at(diff, _levels_moved(diff, unread), len(unread)))
    # A level moved to another framework: its people keep it there; said apart from the other structure.
    moved = [c for c in counts[Impact.STRUCTURAL] if c.kind is Kind.LEVEL_MOVED]
    for went_to in dict.fromkeys(_went_to(diff, c) for c in moved):
        parts.append(plural(sum(1 for c in moved if _went_to(diff, c) == went_to), "level")
                     + f" moved to {went_to}")
    structure = [c for c in counts[Impact.STRUCTURAL] if c.kind is not Kind.LEVEL_MOVED]
    if diff.levels is not None:
        # Two levels compared: each has its own summary and description, which differ by nature;
        # said as what they are, not as a change of structure ("a new description"). One the
        # higher level lacks is no new text: its section says it is gone, among the other differences.
        own = [c for c in structure if _said_of_the_level(c) and not c.dimension and c.new is not None]
        structure = [c for c in structure if c not in own]
        parts += [f"a new {field}" for field in _LEVEL_TEXTS if any(c.field == field for c in own)
                  and f"a new {field}" not in parts]
    explained = [c for c in structure if _explains(c)] if diff.levels is None else []
    structure = [c for c in structure if c not in explained]
    if structure:
        parts.append(plural(len(structure), *_OTHER_DIFFERENCE) if diff.levels is not None
                     else plural(len(structure), "change") + " of structure or names")
    if explained:
        parts.append(plural(len(explained), "change") + " to "
                     + ("a note or explanation" if len(explained) == 1 else "notes or explanations"))
    reordered = [c for c in counts[Impact.EDITORIAL] if c.kind in REORDERINGS]
    if len(reordered) < len(counts[Impact.EDITORIAL]):
        parts.append(plural(len(counts[Impact.EDITORIAL]) - len(reordered), "wording fix", "wording fixes"))
    if reordered:
        parts.append(plural(len(reordered), "change") + " of order")
    if not parts and any(provenance(c) for c in diff.changes):
        return "**In short:** nothing changes for the people on the ladder; only the record of where " \
               "the framework was taken from."
    if not parts:
        return "**In short:** nothing changes but the version number."
    return f"**In short:** {and_list(parts)}."


def _listed(changes: list[Change]) -> list[Change]:
    """The changes engineers read: the version, and the release it makes,
    are the maintainers' (a section of their own), and so is where the
    framework was taken from (``provenance``), which changes nothing they read."""
    return [c for c in changes if not (c.kind is Kind.FRAMEWORK_CHANGED and c.field == "version" or provenance(c))]


def _by_level(diff: FrameworkDiff) -> dict[str | None, list[Change]]:
    out: dict[str | None, list[Change]] = {}
    # A competency merged into another: its removal's line says the statements that moved with it.
    folded = folded_moves(competencies_merged(diff))
    for level, changes in groups(diff, [c for c in _listed(diff.changes) if id(c) not in folded]):
        for change in changes:
            # A level added, removed, renamed or moved: the notes say it about the ladder as a whole.
            # (A level removed is said to its people, under its own heading.)
            if change.kind is Kind.FRAMEWORK_REMOVED:
                continue  # said at the top, once
            ladder = change.kind in (Kind.LEVEL_RENAMED, Kind.LEVEL_REORDERED, Kind.LEVEL_ADDED)
            out.setdefault(None if ladder and diff.levels is None else level, []).append(change)
    return out


def _reach_said(diff: FrameworkDiff, change: Change) -> bool:
    """Whether a change's own line names the levels it reaches ("(now
    expected at IC1 and above)")."""
    said = escape(reach(diff, change, name=_namer(diff)))
    return bool(said) and said in _sentence(diff, change, set())


def _reaching(diff: FrameworkDiff, by_level: dict[str | None, list[Change]]) -> dict[str, list[str]]:
    """For each level that changes listed at the levels below it reach (in
    a cumulative framework, each level includes the levels below it), the
    lines that tell its people so, where they look: under their own level.
    A level added is told of what is now asked below it, as the summary
    counts it (``reached_as_said``); not of what is no longer asked, which
    it never asked for. A level with no changes of its own is not given a
    section for changes whose own line already names the levels they reach
    ("(now expected at IC1 and above)"): a heading per level above for one
    added statement would only repeat it."""
    found: dict[str, dict[str, list[Change]]] = {}
    everywhere: dict[str, list[Change]] = {}
    added = diff.added_levels()
    for listed, changes in by_level.items():
        for change in changes:
            for level in diff.reached_as_said(change):
                if listed is None:
                    if (change.field == "description" or (change.field or "").startswith("glossary.")) \
                            and change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR):
                        # A description that holds at every level (with its competency): said to each of them.
                        everywhere.setdefault(level, []).append(change)
                elif level != listed and (level in by_level or level in added or not _reach_said(diff, change)):
                    # At a level added, what a change asks less of was never asked: what it now asks, alone.
                    found.setdefault(level, {}).setdefault(listed, []).append(
                        replace(change, also_impact=None) if level in added else change)
    name = _namer(diff)
    out: dict[str, list[str]] = {}
    for level, below in found.items():
        changes = [c for group in below.values() for c in group]
        at = escape(and_list([name(lv) for lv in sorted(below, key=level_order(diff))]))
        out[level] = ["", f"Each level includes the levels below it: {_expectations(changes)} at {at} "
                          f"{'applies' if _said_once(changes) else 'apply'} here too (listed under {at})."]
    for level, changes in everywhere.items():
        said = _expectations(changes)
        where = "in the glossary" if all((c.field or "").startswith("glossary.") for c in changes) else "in a description"
        out.setdefault(level, []).extend([
            "", f"{said[:1].upper()}{said[1:]} {where} "
                f"{'applies' if _said_once(changes) else 'apply'} here too (listed under Across the framework)."])
    return out


def _said_once(changes: list[Change]) -> bool:
    """Whether ``_expectations`` says one expectation: one change, that does not count as two."""
    return len(changes) == 1 and (changes[0].also_impact is None or bool(changes[0].not_read))


def _expectations(changes: list[Change]) -> str:
    """How many of ``changes`` raise the bar and how many lower it, said:
    "1 new or higher expectation and 2 lower expectations"."""
    raised = sum(1 for c in changes if c.impact is Impact.RAISES_BAR and not c.not_read)
    # One that raises the bar one way and lowers it another counts as both, as it is listed.
    lowered = sum(1 for c in changes if Impact.LOWERS_BAR in (c.impact, c.also_impact) and not c.not_read)
    unread = sum(1 for c in changes if c.not_read)
    counts = [plural(raised, "new or higher expectation")] if raised else []
    if lowered:
        counts.append(plural(lowered, "lower expectation"))
    if unread:
        counts.append(plural(unread, "change") + " not graded")
    return and_list(counts)


def _section_names(diff: FrameworkDiff, on_page: bool = False) -> tuple[tuple[Impact, str], ...]:
    if diff.levels is None:
        return _SECTIONS
    lower, higher = (_level(diff, level) for level in diff.levels)
    # Two levels differ in their own summaries and descriptions by nature: no "change of structure".
    other = _OTHER_DIFFERENCE[1].capitalize()
    names = {
        Impact.RAISES_BAR: "New or higher",
        Impact.LOWERS_BAR: f"Lower than at {lower}",
        Impact.STRUCTURAL: other,
    } if on_page else {
        Impact.RAISES_BAR: f"New or higher at {higher}",
        Impact.LOWERS_BAR: f"Lower at {higher} than at {lower}",
        Impact.STRUCTURAL: f"{other} between {lower} and {higher}",
    }
    return tuple((impact, names.get(impact, name)) for impact, name in _SECTIONS)


def _lowered_groups(diff: FrameworkDiff, changes: list[Change], on_page: bool = False
                    ) -> list[tuple[str, list[Change]]]:
    """Of two levels compared, what the higher asks less of, by heading:
    where levels stand alone, a statement of the lower level it does not
    list ("Listed at IC6 but not at IC7") apart from what it says and asks
    less of ("Lower at IC7 than at IC6")."""
    lower, higher = (_level(diff, level) for level in diff.levels or ("", ""))
    below = f"Lower than at {lower}" if on_page else f"Lower at {higher} than at {lower}"
    if diff.framework.cumulative:
        return [(below, changes)]
    # A competency that no longer applies is said with the statement taken from its cell (``said_together``):
    # under the statement's heading, once, not again under "Lower".
    together = said_together(changes)
    with_statement = {id(together[c.fingerprint]) for c in changes
                      if c.kind is Kind.STATEMENT_REMOVED and c.fingerprint in together}
    unlisted = [c for c in changes if c.kind is Kind.STATEMENT_REMOVED or id(c) in with_statement]
    listed = f"Listed at {lower} but not here" if on_page else f"Listed at {lower} but not at {higher}"
    return [(listed, unlisted), (below, [c for c in changes if c not in unlisted])]


def _section(diff: FrameworkDiff, heading: str, changes: list[Change], depth: int,
             on_page: bool = False, links: PageLinks | None = None, labelled: bool = True) -> list[str]:
    h = "#" * depth
    lines = [f"{h} {heading}"]
    held = {id(c) for c in still_held(diff, changes)}
    if held and diff.levels is not None:
        lower, higher = (_level(diff, level) for level in diff.levels)
        lines.append("")
        one = len(held) == 1
        lines.append(f"{plural(len(held), 'statement')} of {lower} {'is' if one else 'are'} not repeated at "
                     f"{higher}; {'it still holds' if one else 'they still hold'} there.")
    for change in changes:
        if change.kind is Kind.LEVEL_REMOVED:
            lines += ["", _level_removed(diff, change)]
        if change.kind is Kind.LEVEL_MOVED:
            lines += ["", _level_moved(diff, change)]
    # A change that raises the bar one way and lowers it another is listed under both, as it is counted.
    sections = [(impact, name, [c for c in changes if impact in (c.impact, c.also_impact)
                                and id(c) not in held and c.kind not in (Kind.LEVEL_REMOVED, Kind.LEVEL_MOVED)])
                for impact, name in _section_names(diff, on_page)]
    if diff.levels is not None:
        sections = [part for impact, name, items in sections
                    for part in ([(impact, title, group) for title, group in _lowered_groups(diff, items, on_page)]
                                 if impact is Impact.LOWERS_BAR else [(impact, name, items)])]
    sections = _not_graded_apart(sections)
    if diff.levels is None:
        sections = [part for impact, name, items in sections for part in (
            [(impact, name, [c for c in items if not _explains(c)]),
             (impact, _EXPLANATIONS, [c for c in items if _explains(c)])]
            if impact is Impact.STRUCTURAL else [(impact, name, items)])]
    for impact, name, items in sections:
        if not items:
            continue
        if impact is Impact.EDITORIAL and any(c.kind in REORDERINGS for c in items):
            name = name.replace("Wording fixes", "Order" if all(c.kind in REORDERINGS for c in items)
                                else "Wording fixes and order")
        lines.append("")
        lines.append(f"{h}# {name}")
        lines.append("")
        if items[0].not_read and impact is Impact.RAISES_BAR:
            lines += [_not_graded_note(items, gated=diff.levels is None), ""]
        said = _said_by_another(diff, items)
        items = [c for c in items if id(c) not in said]
        spacing = [c for c in items if formatting_only(c)]
        twice = {c.fingerprint for c in left_behind(diff)}
        items, through = _through_levels(diff, items, links)
        lines.extend(_bullet(diff, change, twice, links, labelled) for change in items if change not in spacing)
        if spacing:
            lines.append(f"- {tidied_said(diff, spacing, most=_TIDIED_NAMED)}.")
        lines.extend(through[1:] if len(lines) and lines[-1] == "" else through)
    return lines


def _explains(change: Change) -> bool:
    """Whether a change is to a text that explains rather than one that asks
    or names: a summary, a note, an introduction or a description (a note
    added, a statement moved into a note). Listed apart from the changes of
    structure and names (``_EXPLANATIONS``)."""
    return change.kind is Kind.SUMMARY_CHANGED or change.kind is Kind.FRAMEWORK_CHANGED and change.field == "description"


def _not_graded_apart(sections: list[tuple[Impact, str, list[Change]]]) -> list[tuple[Impact, str, list[Change]]]:
    """The sections with the rewordings the grader did not read (another
    language: ``Change.not_read``) taken out of the raised and the lowered
    bars, under a heading of their own after the lowered ones: the gate
    holds them for a reviewer, whichever impact it guards, which says
    nothing of which way they go."""
    unread: dict[str, list[Change]] = {}
    out = []
    for impact, name, items in sections:
        if impact is Impact.RAISES_BAR:
            for change in items:
                if change.not_read:
                    unread.setdefault(change.not_read, []).append(change)
        if impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR):
            items = [c for c in items if not c.not_read]
        out.append((impact, name, items))
    at = next((i + 1 for i, (impact, _, _) in enumerate(out) if impact is Impact.LOWERS_BAR), len(out))
    out[at:at] = [(Impact.RAISES_BAR, f"Changed (not graded: {language})", items) for language, items in unread.items()]
    return out


def _not_graded_note(items: list[Change], gated: bool) -> str:
    """Said once under the heading of the rewordings not graded; ``gated``:
    of a change between revisions, which the release gate holds (two levels
    of one revision compared, on a level page, are no release)."""
    language = items[0].not_read
    held = " (the release gate holds them until one approves them)" if gated else ""
    return (f"Written in {language}, which ladderlint's grader does not read: whether each asks more or less is "
            f"for a reviewer who reads it to say{held}.")


def _went_to(diff: FrameworkDiff, change: Change) -> str:
    """The framework a level moved to, by its title in the notes."""
    crossing = diff.crossing(change)
    return escape(crossing.went_to) if crossing is not None else escape(str(change.new))


def _level_moved(diff: FrameworkDiff, change: Change) -> str:
    """Where a level that left for another framework went, said to its people under its heading."""
    level = _in_sentence(diff.label(change.level or "", change.old))
    crossing = diff.crossing(change)
    now = ""
    if crossing is not None and crossing.level != change.level:
        now = f" (as {_in_sentence(diff.label(crossing.level, crossing.title))})"
    return (f"**This level moves to {_went_to(diff, change)}{now}.** The people on {level} keep their level, "
            f"in that framework: what changes for them is in its notes.")


def _moved_here(diff: FrameworkDiff) -> list[str]:
    """Of a framework that levels came to from another one: where they came
    from, said once under its title (a new track split from a framework)."""
    came = [crossing for crossing in diff.crossings if crossing.change.framework != diff.framework_id]
    lines = []
    for left in dict.fromkeys(crossing.left for crossing in came):
        levels = [_in_sentence(diff.label(crossing.level, crossing.title)) for crossing in came
                  if crossing.left == left]
        one = len(levels) == 1
        split = "A new framework, split from" if diff.old is None else "Levels moved here from"
        lines += ["", f"{split} {escape(left)}: {and_list(levels)} {'moves' if one else 'move'} here from it, and "
                      f"the people on {'it keep their level' if one else 'them keep their levels'}. "
                      f"What changed in {'its' if one else 'their'} statements on the way, if anything, is "
                      f"listed under {'its heading' if one else 'their headings'}."]
    return lines


def _level_removed(diff: FrameworkDiff, change: Change) -> str:
    """What a level removed means for its people, said under its heading."""
    level = _in_sentence(diff.label(change.level or "", change.old))
    return (f"**This level is removed.** The people on {level} no longer have this level, and what it asked "
            f"of them is no longer asked; the level each of them is on from now is to be agreed with them.")


def _bullet(diff: FrameworkDiff, change: Change, twice: set[str], links: PageLinks | None = None,
            labelled: bool = True) -> str:
    """One change as a line; ``twice``: the fingerprints of the moves listed
    at both of their levels; its label a link where ``links`` has one;
    ``labelled``: a change about a competency led by its name."""
    # A new name is said once, in the sentence, not also as the label.
    renamed = change.kind in (Kind.DIMENSION_RENAMED, Kind.COMPETENCY_RENAMED) and change.field != "id"
    name = "" if renamed or (not labelled and change.competency) else subject(diff, change)
    sentence = _sentence(diff, change, twice)
    part = diff.said_with(change)
    if part is not None and part.kind is Kind.NOT_APPLICABLE_CHANGED and (part.new is not None or part.old_competency):
        # The competency no longer applies here: the edit, said first; the statement is what it takes away.
        # (One that now applies is said by what its cell now says: the statements are what applies.)
        sentence = f"{_sentence(diff, part, twice).removesuffix('.')}; {sentence}"
    if change.also_impact is not None and not change.not_read:  # one not read is listed apart, once
        # A statement rewritten as another says both expectations already.
        sentence += " (listed under both)" if change.rewritten else f" ({BOTH_WAYS}: listed under both)"
    if change.wording_approved is not None:
        # Read as a raised bar, judged by its approver to be wording only: the readers are told why it is here.
        sentence = f"{sentence.removesuffix('.')} ({escape(wording_approved(change) or '')})."
    if name:
        return f"- **{_linked(escape(name), links, change=change)}:** {sentence}"
    return f"- {sentence[:1].upper()}{sentence[1:]}"


def _through_level(diff: FrameworkDiff, change: Change) -> str:
    """Why a statement of a level added or removed under others in a
    cumulative framework is listed for the level above it."""
    above = change.reaches or ""
    top = highest(diff, above)
    named = _in_sentence(diff.label(above, diff.level_title(above)))
    those = named if top else f"{named} and the levels above it"
    if change.kind is Kind.STATEMENT_ADDED:
        level = _in_sentence(diff.label(change.level or "", diff.level_title(change.level)))
    else:  # the removed level, by its own title: another level may have its id now
        level = _in_sentence(diff.label(change.level or "", diff.old_level_title(change.level)))
    if change.kind is Kind.STATEMENT_ADDED:
        return f"now expected here, from the new {_level_noun(level)} below, which {those} {'includes' if top else 'include'}"
    former = "former " if diff.gone_key(change.level or "") else ""
    return f"no longer expected, with the {former}{_level_noun(level)} below removed, which {those} included"


def _through_levels(diff: FrameworkDiff, changes: list[Change],
                    links: PageLinks | None = None) -> tuple[list[Change], list[str]]:
    """The statements of a level added or removed under others, said once
    for all of them where there are several (the reason is long, and the
    same for each): the changes left to list one by one, and the lines."""
    groups: dict[tuple[Kind, str | None], list[Change]] = {}
    for change in changes:
        if change.reaches and change.kind in (Kind.STATEMENT_ADDED, Kind.STATEMENT_REMOVED):
            groups.setdefault((change.kind, change.level), []).append(change)
    grouped = {id(c) for group in groups.values() if len(group) > 1 for c in group}
    lines: list[str] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        reason = _through_level(diff, group[0])
        lines += ["", f"{reason[:1].upper()}{reason[1:]}:", ""]
        for change in group:
            text = escape(str(change.new if change.kind is Kind.STATEMENT_ADDED else change.old))
            name = subject(diff, change)
            lines.append(f"- **{_linked(escape(name), links, change=change)}:** {text}" if name else f"- {text}")
    return [c for c in changes if id(c) not in grouped], lines


def _reason(text: str) -> str:
    """A reason written as a sentence, in brackets inside another: its full
    stop would stand before the sentence's own ("(at IC2.)."); an ellipsis stays."""
    return escape(text if text.endswith("..") else text.removesuffix("."))


def _sentence(diff: FrameworkDiff, change: Change, twice: set[str]) -> str:
    kind, old, new = change.kind, change.old, change.new
    levels_mode = diff.levels is not None
    if kind is Kind.STATEMENT_ADDED and change.field == "placeholder":
        what = "a question, not an expectation" if a_question(new) else "a placeholder, not yet an expectation"
        return f"{what}: {_statement(new)}"
    if change.reaches:
        return f"{_through_level(diff, change)}: {_statement(new if kind is Kind.STATEMENT_ADDED else old)}"
    # The levels above that include it, in a cumulative framework.
    reached = escape(reach(diff, change, name=_namer(diff)))
    if kind is Kind.STATEMENT_ADDED:
        since = f" (since {_level(diff, change.since)})" if change.since else ""  # a level between the two compared
        if change.added_below:  # the same expectation added at a level below, which this level includes
            return f"written here too, as a level below now asks for it: {_statement(new)}"
        # A clause cut from a statement the level still asks for: where it came from.
        clause = f" ({escape(change.clause_moved)})" if change.clause_moved else ""
        if change.clause_moved and change.impact not in (Impact.RAISES_BAR, Impact.LOWERS_BAR):
            return f"a clause made a statement of its own: {_statement(new, clause)}"
        above = diff.asked_above(change)
        # Why it reaches no higher: an engineer at the level above can tell it is theirs already.
        only = f" (new at {escape(_namer(diff)(change.level or ''))} only: {escape(_namer(diff)(above))} already " \
            f"asks for it, the same or more)" if above is not None else ""
        return f"written here too, as already asked for: {_statement(new)}" if change.impact is Impact.EDITORIAL \
            else _statement(new, (f" (now expected at {reached})" if reached else "") + only + clause + since)
    if kind is Kind.STATEMENT_REMOVED and change.field == "summary":
        return f"moved into the level's summary: {_statement(old)}"
    if kind is Kind.STATEMENT_REMOVED and change.field == "placeholder":
        return f"{'a question' if a_question(old) else 'a placeholder'} taken out: {_statement(old)}"
    if kind is Kind.STATEMENT_REMOVED and change.impact is Impact.EDITORIAL:
        return f"a copy taken out, still asked for: {_statement(old)}"  # at this level or one below
    if kind is Kind.STATEMENT_REMOVED:
        return _statement(old) if levels_mode else f"no longer expected{' at ' + reached if reached else ''}: {_statement(old)}"
    if kind is Kind.STATEMENT_REWORDED:
        if change.field == "examples":
            # Which statement, and what came and went: an engineer cannot tell from "examples changed".
            said = statement_at(diff, change.new_path)
            whose = f"the examples of “{escape(said)}”" if said else "the examples of a statement"
            found = examples_changed(old, new)
            parts = ([f"new: {_quotes(found.added)}"] if found.added else []) \
                + [f"reworded: {_words(was, now)}" for was, now in found.reworded] \
                + ([f"taken out: {_quotes(found.taken_out)}"] if found.taken_out else [])
            return f"{whose} changed; {'; '.join(parts)}." if parts else f"{whose} are in a new order."
        if change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR) and same_words(old, new):
            # The same words, a glossary term marked with * or no longer: its definition is asked for with them.
            way = "now marks a glossary term, whose definition now applies" if change.impact is Impact.RAISES_BAR \
                else "no longer marks a glossary term, whose definition no longer applies"
            return f"{way}{', for ' + reached if reached else ''}: “{escape(new)}” (was “{escape(old)}”)"
        if change.rewritten:
            # Another statement in its place: the expectation dropped and the one asked, in the notes' words.
            return f"rewritten{', for ' + reached if reached else ''}: no longer expected: “{escape(old)}”; " \
                f"now expected: “{escape(new)}”"
        # A clause moved to or from another statement: where, in the text output's words.
        clause = f" ({escape(change.clause_moved)})" if change.clause_moved else ""
        return f"reworded{', for ' + reached if reached else ''}: {_words(old, new)}{clause}"
    if kind in (Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED):
        olds = old if isinstance(old, list) else [old]
        news = new if isinstance(new, list) else [new]
        moved = f"moved here from {_origin(diff, change)} and " \
            if change.old_level or change.old_competency else ""
        if reached:
            moved = f"for {reached}, {moved}"
        # One that moves a bar says why, as a rewording does: the words put in and taken out.
        marked = _regrouped_words(olds, news, change)
        # The same words, only regrouped: the parts say it all, not the whole quoted again beside them.
        regrouped = same_words(" ".join(map(str, olds)), " ".join(map(str, news)))
        if kind is Kind.STATEMENT_SPLIT:
            return f"{moved}split in {_count_word(len(news))}: {_quotes(news)}" \
                + ("" if regrouped else f" (was “{escape(olds[0])}”)") + (f"; word by word: {marked}" if marked else "")
        return f"{moved}{_count_word(len(olds))} statements merged into one: {marked or '“' + escape(news[0]) + '”'}" \
               + ("" if regrouped else f" (was {_quotes(olds)})")
    if kind in REORDERINGS:
        what = "the statements" if kind is Kind.STATEMENT_REORDERED else (
            "the competencies" if kind is Kind.COMPETENCY_REORDERED else "the dimensions")
        return f"{what} are listed in a new order: {escape('; '.join(new_order(diff, change)))}."
    if kind is Kind.STATEMENT_ID_CHANGED:
        return f"a statement's identifier changes from {_value(old)} to {_value(new)}."
    if kind is Kind.STATEMENT_MOVED:
        if change.impact is Impact.LOWERS_BAR and diff.levels is None:
            # (Of two levels compared, it is found again at the higher, whose page lists it: moved here.)
            # Listed at the level it left. Up, as moves that lower the bar
            # mostly go; down where a level added below takes it.
            way = "up" if moved_up(diff, change) else "down"
            to = escape(_namer(diff)(change.level or ''))
            if left_competency(diff, change):
                # Named by the competency it left (``subject``): where it went, by the one it is in now.
                to += f" ({escape(known_as(diff.competency_named(change.competency or ''), colon=True))})"
            if asked_earlier(diff, change):
                # The levels above still ask for it through the lower level: only its new words lower their bar.
                where = f"now expected from {to}, earlier in the ladder, in softer words " \
                        f"{'for ' + reached if reached else 'here'}"
            elif change.both_ends:
                # The level it reached had it from below: it asks for it still, in the new, softer words.
                lost, softened = both_ends_reached(diff, change)
                ends = [escape(levels_said(diff, ids, name=_namer(diff))) for ids in (lost, softened)]
                where = f"no longer expected {'at ' + ends[0] if len(lost) > 1 else 'here'}, moved {way} to {to}, " \
                        f"and in softer words for {ends[1]}"
            else:
                where = f"no longer expected {'at ' + reached if reached else 'here'}, moved {way} to {to}"
        else:
            where = f"moved here from {_origin(diff, change)}"
        gained, stronger = both_ends_reached(diff, change) if change.impact is Impact.RAISES_BAR else ((), ())
        if change.fingerprint in twice:
            where += " (listed under that level too)"
        if stronger:
            # Moved down: the level it left has the new words from below.
            ends = [escape(levels_said(diff, ids, name=_namer(diff))) for ids in (gained, stronger)]
            # Words that ask more one way and less another (listed under both) are not stronger, only other.
            words = "in stronger words" if len(change.impacts) < 2 else "reworded"
            where += f"; now expected at {ends[0]}, and {words} for {ends[1]}" if len(gained) > 1 \
                else f", and {words} for {ends[1]}"
        elif reached and change.impact is Impact.RAISES_BAR:
            where += f"; now expected at {reached}"
        if change.impact is Impact.EDITORIAL:
            where += ", a copy of what a lower level asks for anyway"
        return f"{where}: {_words(old, new) if old != new else escape(new)}"
    if kind is Kind.NOT_APPLICABLE_CHANGED:
        # Above a cumulative ladder's statements the mark says the level adds nothing new: what the level
        # below expects holds here, for a competency new in this version as for one that was there.
        holder = diff.new.framework.still_holds(change.level or "", change.competency or "") \
            if old is None and diff.new is not None and diff.levels is None else None
        if old is None and change.old_path is None:  # a competency new here
            if holder is not None:
                return f"nothing new at this level ({_reason(new)}); what " \
                       f"{_level(diff, holder.id)} expects still holds."
            return f"does not apply at this level ({_reason(new)})."
        # Only what the level asks, moved within it from (to) another competency (``old_competency``).
        if old is None:
            if change.old_competency:
                went = known_as(diff.competency_named(change.old_competency), ("“", "”"), colon=True)
                return f"no longer applies at this level ({_reason(new)}); what it asked here moved to " \
                       f"the competency {escape(went)}."
            if holder is not None:
                # A cumulative ladder's level that now adds nothing: what the level below expects holds here.
                return f"nothing new at this level any more ({_reason(new)}); what " \
                       f"{_level(diff, holder.id)} expects still holds."
            return f"no longer applies at this level ({_reason(new)})."
        if new is None and not _describes(diff, change):
            # No entry at all: the level asks nothing of it, which is not "now applies".
            if diff.levels is not None:
                return f"not described at this level; at {_level(diff, diff.levels[0])} it does not apply ({_reason(old)})."
            return f"not described at this level any more; it did not apply ({_reason(old)})."
        if new is None:
            return f"now applies at this level, with what moved here from {_origin(diff, change)}." \
                if change.old_competency else "now applies at this level."
        return f"the reason it does not apply changed: {_words(old, new)}"
    if kind is Kind.PROFICIENCY_CHANGED:
        places = diff.scale_places(change)
        if places is not None:
            (rank, length), (new_rank, new_length) = places
            higher = "higher" if change.impact is Impact.RAISES_BAR else "lower"
            return (f"the expected proficiency, {_value(new)}, stands {higher} on the changed proficiency scale: "
                    f"{new_rank} of {new_length} (was {rank} of {length}).")
        return f"the expected proficiency changes from {_value(old)} to {_value(new)}."
    if kind is Kind.SUMMARY_CHANGED:
        what = {"summary": "the summary", "note": "the note", "description": "the description"}.get(
            change.field or "", "the text"
        )
        if change.dimension and change.level:
            what = "the introduction"
        if levels_mode and old is not None and new is not None:
            lower, higher = (_level(diff, level) for level in diff.levels)  # type: ignore[union-attr]
            return f"{what} at {higher}: “{escape(new)}” (at {lower}: “{escape(old)}”)"
        holding = diff.reached(change) if change.level is None and change.field == "description" else ()
        if holding:
            # A competency's description holds at every level that has it: its people are all concerned.
            noun = "competency" if change.competency else "dimension's competencies"
            levels = escape(and_list([_namer(diff)(level) for level in holding]))
            what += f", which applies at every level that has this {noun} ({levels}),"
        elif change.field == "note" and not levels_mode:
            # In a cumulative framework the levels above include the level's note, as they include its statements.
            reached = escape(reach(diff, change, name=_namer(diff)))
            what += f", which applies at {reached}," if reached else ""
        demands = _demands(change, new)
        if old is None and demands:
            # A long note new, of which one sentence asks something: that sentence in bold, so that a reader sees
            # which of them binds them.
            shown = escape(new)
            for sentence in demands:
                shown = shown.replace(escape(sentence), f"**{escape(sentence)}**", 1)
            return f"{what} is new (what it asks is in bold): {shown}"
        if old is None:
            return f"{what} is new: {escape(new)}"
        if new is None:
            return f"{what} was removed."
        if demands:
            # Its words marked as any rewording's are, and the sentences that ask something said again.
            stop = "" if demands[-1].rstrip().endswith((".", "!", "?")) else "."  # not “... level.”.
            return f"{what} changed: {_words(old, new)} New: {_quotes(demands)}{stop}"
        return f"{what} changed: {_words(old, new)}"
    if kind is Kind.LEVEL_ADDED:
        return f"New {_level_noun(_in_sentence(diff.label(change.level or '', new)))}."
    if kind is Kind.LEVEL_REMOVED:
        return f"{_in_sentence(diff.label(change.level or '', old))} is removed; the people on it lose their level."
    if kind is Kind.LEVEL_RENAMED:
        renamed = _level_renamed(diff, change, old, new)
        if TITLE_RAISED in change.reasons or TITLE_LOWERED in change.reasons:
            # Its title moved along the scale of level names, not what it asks: said to whoever holds that title.
            title = escape(str(new if change.field == "title" else diff.level_title(change.level or "")))
            former = escape(str(old if change.field == "title" else diff.former_name(change.level or "")))
            renamed = f"{renamed.removesuffix('.')}, asking what it asked before: the title “{title}” now asks what " \
                      f"“{former}” asked ({'less' if TITLE_RAISED in change.reasons else 'more'} than before)."
        return renamed
    if kind is Kind.LEVEL_REORDERED:
        return f"The level {escape(change.level or '')} moves in the ladder ({change.field} {_value(old)} → {_value(new)})."
    if kind in (Kind.DIMENSION_ADDED, Kind.COMPETENCY_ADDED):
        noun = "dimension" if kind is Kind.DIMENSION_ADDED else "competency"
        return f"new {noun}."
    merge = competencies_merged(diff).get(id(change)) if kind is Kind.COMPETENCY_REMOVED else None
    if merge is not None:
        return merged_said(diff, merge, lambda name: f"“{escape(name)}”") + "."
    if kind in (Kind.DIMENSION_REMOVED, Kind.COMPETENCY_REMOVED):
        noun = "dimension" if kind is Kind.DIMENSION_REMOVED else "competency"
        return f"this {noun} is removed."
    if kind in (Kind.DIMENSION_RENAMED, Kind.COMPETENCY_RENAMED):
        if change.field == "id":
            return f"its identifier changes from {escape(old)} to {escape(new)}."
        noun = "dimension" if kind is Kind.DIMENSION_RENAMED else "competency"
        # By the id it had, where another has (or had) its old name: which of four “Capabilities”.
        was = diff.competency_named(change.competency or "", old=True) if kind is Kind.COMPETENCY_RENAMED \
            else (old, change.dimension if old in diff.items().shared_dimension_names else None)
        return f"the {noun} {escape(known_as(was, ('“', '”')))} is now called “{escape(new)}”."
    if kind is Kind.COMPETENCY_MOVED:
        before = known_as(diff.dimension_named(old))
        after = known_as(diff.dimension_named(new))
        return f"moves from {escape(before)} to {escape(after)}."
    # framework-changed
    holding = diff.reached(change) if change.field == "description" else ()
    if holding and isinstance(new, str):
        # The framework's description holds at every level: everyone on the ladder is concerned.
        levels = escape(and_list([_namer(diff)(level) for level in holding]))
        what = f"the framework's description, which applies at every level ({levels}),"
        return f"{what} is new: {escape(new)}" if old is None else f"{what} changed: {_words(str(old), new)}"
    if change.field == "cumulative" and isinstance(old, bool) and isinstance(new, bool):
        # The statements of the levels below written out at each level, or taken out: how many (the message says).
        copies = " " + escape("(" + change.message.partition(" (")[2]) if " (" in change.message else ""
        if new:
            return ("each level now includes the levels below it: what a level asks for, "
                    f"every level above it asks for too{copies}.")
        if change.impact is Impact.STRUCTURAL and copies:
            return f"each level now stands alone: it asks for what it lists{copies}."
        return ("each level now stands alone: it asks for what it lists, and no longer "
                f"for what the levels below it ask{copies}.")
    marking = diff.reached(change) if (change.field or "").startswith("glossary.") else ()
    if marking:
        # A definition is asked for where statements mark its term with a star.
        levels = escape(and_list([_namer(diff)(level) for level in marking]))
        return f"{_field_name(change.field or '')}, which statements mark with * (it applies at {levels}): " \
               f"{_value(old)} → {_value(new)}."
    if change.field == "description" and isinstance(old, str) and isinstance(new, str):
        # Prose, marked word by word as a summary's rewording is: a letter fixed in a long text shows.
        return f"{_field_name(change.field)} changed: {_sentences_changed(old, new)}"
    return f"{_field_name(change.field or '')}: {_value(old)} → {_value(new)}."


def _demands(change: Change, text: Any) -> list[str]:
    """The sentences put in ``text``, a summary, note or description of
    more than one sentence that raises the bar, that ask something
    (``sentences_put_in``), each as ``text`` has it; none of a text of one
    sentence, which is all the demand, nor where one is not there word for
    word (it is then said whole, as before)."""
    if change.impact is not Impact.RAISES_BAR or not isinstance(text, str) \
            or len([part for part in _PROSE_BREAK.split(text.strip()) if part.strip()]) < 2:
        return []
    found = sentences_put_in(change)
    return found if all(sentence in text for sentence in found) else []


#: Where a description's sentences, headings and list items end.
_PROSE_BREAK = lazy(r"(?<=[.!?])\s+|\s*\n\s*")
#: The longest description the notes show whole where it changed, in characters (a paragraph).
_WHOLE_DESCRIPTION = 400
_BULLET = lazy(r"^\s*[-*+\u2022]\s+")


def _sentences_changed(old: str, new: str) -> str:
    """A long text changed, as the notes show it: the sentences (headings,
    list items) that changed, marked word by word, and "…" for the ones
    kept around them, as the text output shows them; not the whole page
    run together."""
    # A list item without its bullet: the notes' own bullet is before it.
    before = [_BULLET.sub("", part) for part in _PROSE_BREAK.split(old) if part.strip()]
    after = [_BULLET.sub("", part) for part in _PROSE_BREAK.split(new) if part.strip()]
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    changed = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not changed or len(old) <= _WHOLE_DESCRIPTION:
        return _words(old, new)
    first, last = changed[0], changed[-1]
    shown = _words(" ".join(before[first[1]:last[2]]), " ".join(after[first[3]:last[4]]))
    return ("… " if first[1] or first[3] else "") + shown + (" …" if last[2] < len(before) or last[4] < len(after) else "")


_FIELD_NAMES = {
    "id": "Identifier",
    "name": "Name",
    "track": "Track",
    "version": "Version",
    "organisation.name": "Organisation",
    "organisation.aliases": "Other spellings of the organisation's name",
    "organisation.domains": "The organisation's web domains",
    "cumulative": "Each level includes the levels below it",
    "description": "Description",
    "voice": "Voice",
    "language": "Language",
    "owners": "Owners",
    "licence": "Licence",
    "effective": "Effective date",
    "source": "Source",
    "proficiency_scale": "Proficiency scale",
    "glossary": "Glossary",
    "omitted_levels": "Levels left out",
}


def _field_name(field: str) -> str:
    if field in _FIELD_NAMES:
        return _FIELD_NAMES[field]
    head, _, rest = field.partition(".")
    if head == "glossary":
        return f"Glossary entry “{escape(rest)}”"
    if head == "omitted_levels":
        return f"Level {escape(rest)} left out"
    return escape(field)


def _value(value: object) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, (list, tuple)):
        return ", ".join(escape(str(v)) for v in value) or "(none)"
    if isinstance(value, dict):
        return "; ".join(f"{escape(str(k))}: {escape(str(v))}" for k, v in value.items())
    return f"“{escape(str(value))}”" if isinstance(value, str) else escape(str(value))


_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _count_word(count: int) -> str:
    return _NUMBER_WORDS.get(count, str(count))


def _quotes(texts: list[str]) -> str:
    quoted = [f"“{escape(text)}”" for text in texts]
    return and_list(quoted)


def _level_renamed(diff: FrameworkDiff, change: Change, old: Any, new: Any) -> str:
    """A level's id or title renamed, as the notes say it."""
    if change.field == "id":
        if diff.new is not None and any(lv.id == old for lv in diff.new.framework.levels):
            # Another level has its old id now (a level inserted, the ones above renumbered).
            return f"The former {_in_sentence(diff.label(old, diff.level_title(change.level)))} is now {escape(new)}."
        return f"The level {escape(old)} is now called {escape(new)}."
    former = diff.former_name(change.level or "")
    id_changed = any(c.kind is Kind.LEVEL_RENAMED and c.level == change.level and c.field == "id" for c in diff.changes)
    if not id_changed and former == str(old) and id_is_a_code(change.level or ""):
        # Only its title changed, and the level was known by it ("Level 3"): what it is called now, not its
        # id beside the new title, which would read as an id changed ("Level 3 is now L3 (...)").
        return f"{_level_noun(_in_sentence(former))[:1].upper()}{_level_noun(_in_sentence(former))[1:]} " \
               f"is now called “{escape(str(new))}”."
    if former and not former.startswith(f"{change.level} ") and former != change.level:
        # Its id changed too (levels renumbered): the level as it was known, and as it is now.
        now = diff.label(change.level or "", str(new))
        return f"{_level_noun(_in_sentence(former))[:1].upper()}{_level_noun(_in_sentence(former))[1:]} " \
               f"is now {_in_sentence(now)}."
    return f"The level {escape(change.level or '')} is now titled “{escape(new)}” (was “{escape(old)}”)."


def _regrouped_words(olds: list[str], news: list[str], change: Change) -> str:
    """What a split or a merge that moves a bar put in and took out, word
    by word, as it is graded (the old texts together into the new ones):
    the reason it asks more or less, as a rewording's marks say it; "" for
    one that moves none, or whose texts have too little in common to mark
    (the statements are quoted as they are)."""
    if Impact.RAISES_BAR not in (change.impact, change.also_impact) \
            and Impact.LOWERS_BAR not in (change.impact, change.also_impact):
        return ""
    old, new = " ".join(olds), " ".join(news)
    if whitespace_only(old, new) or similarity(old, new) < REWRITE_SIMILARITY:
        return ""
    return _marked(word_runs(old, new), "-+")


def _words(old: str, new: str) -> str:
    if whitespace_only(old, new) or similarity(old, new) < REWRITE_SIMILARITY:
        return f"“{escape(new)}” (was “{escape(old)}”)"
    return _marked(word_runs(old, new), "-+")


#: How a word diff marks words removed and added: struck out, and in bold.
_MARKS = {"-": ("~~", "del"), "+": ("**", "ins")}


def _marked(runs: list[Run], marked: str) -> str:
    """A word diff's runs (of the ops in ``marked``) in Markdown, each
    spaced as its text has it ("customer~~.~~"): removed words struck out,
    added ones in bold. Where Markdown would not read a mark as one (it
    opens after a letter before punctuation, as a comma added to a word
    does, or closes after punctuation before a letter), the run is in
    ``<del>`` or ``<ins>`` instead, which GitHub and the pages show alike."""
    runs = [run for run in runs if run.op == "=" or run.op in marked]
    bodies = [escape(run.text) for run in runs]
    # Kept words right after struck ones are spaced as the old text has them: they are read on together.
    spaced = [run.spaced_in_old if i and runs[i - 1].op == "-" and run.spaced_in_old is not None else run.spaced
              for i, run in enumerate(runs)]
    out = ""
    for i, (run, body) in enumerate(zip(runs, bodies)):
        # A replacement reads as one unit, the removed words right before the added ones, a space
        # between them unless the added text is punctuation that the word before carries ("~~and~~**,**").
        replaced = i > 0 and runs[i - 1].op == "-" and run.op == "+"
        out += " " if out and (spaced[i] or (replaced and body[:1].isalnum())) else ""
        if run.op == "=":
            out += body
            continue
        mark, tag = _MARKS[run.op]
        after = bodies[i + 1][:1] if i + 1 < len(runs) and not spaced[i + 1] else " "
        out += f"{mark}{body}{mark}" if _flanks(out[-1:] or " ", body, after) else f"<{tag}>{body}</{tag}>"
    return out


def _flanks(before: str, body: str, after: str) -> bool:
    """Whether Markdown reads delimiters around ``body`` as emphasis, with
    ``before`` and ``after`` around them (CommonMark's flanking rules: a
    mark next to punctuation on its inner side needs space or punctuation
    on its outer side)."""
    def punctuation(c: str) -> bool:
        return not c.isalnum() and not c.isspace()
    opens = not body[:1].isspace() and (not punctuation(body[:1]) or before.isspace() or punctuation(before))
    closes = not body[-1:].isspace() and (not punctuation(body[-1:]) or after.isspace() or punctuation(after))
    return bool(body) and opens and closes


# -- the step up between two levels that stand alone --------------------------------

#: How an item of a level's step up is labelled, in the order each
#: competency lists them ("{lower}": the level below, by name).
_STEP_LABELS = ("New", "Rewritten", "Higher", "Lower", "Changed", "Only at {lower}")
#: How the summary counts each, in the same order: "1 lower" alone leaves
#: a reader asking lower than what.
_STEP_COUNTS = ("new", "rewritten", "higher than at {lower}", "lower than at {lower}", "changed otherwise",
                "listed at {lower} but not here")


def _lower_name(diff: FrameworkDiff) -> str:
    """The level below, as the labels of a level's step up name it, each
    time: its id where its title holds it as a word ("IC2" of "IC2
    Software Engineer"), else as a line names a level."""
    lower = (diff.levels or ("", ""))[0]
    title = diff.level_title(lower) or ""
    if re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", title):
        return lower
    return _namer(diff)(lower)


def _step_up(diff: FrameworkDiff, changes: list[Change]
             ) -> tuple[list[Change], list[tuple[str, list[tuple[int, str]]]]]:
    """Of two levels compared whose levels stand alone, on the higher
    level's page: the changes about the level as a whole (its summary, an
    introduction), and the others by competency, in the framework's order,
    each as (which of ``_STEP_LABELS``, its line). A statement of the
    higher level that rewrites one of the lower level (the differ's
    rewording: between two levels that stand alone, one that restates it
    in other words too, ``restated_pairs``, as ``diff --levels`` pairs them)
    is one item, the two texts one under the other, the words they do not
    share marked; so what is new is what the lower level has nothing like."""
    lower = _lower_name(diff)
    said = _said_by_another(diff, changes)
    listed = [c for c in _listed(changes) if id(c) not in said]
    twice = {c.fingerprint for c in left_behind(diff)}
    whole: list[Change] = []
    by_competency: dict[str, list[tuple[int, str]]] = {}
    for change in listed:
        if change.competency is None:
            whole.append(change)
            continue
        if change.kind is Kind.STATEMENT_REWORDED and change.field == "text" \
                and isinstance(change.old, str) and isinstance(change.new, str):
            kind = 3 if change.impact is Impact.LOWERS_BAR else 1
            # The lower level's statement said whole, with more: what is added is worth marking.
            mine = meaning_words(change.old)
            line = _was_now(_STEP_LABELS[kind], lower, change.old, change.new,
                            marked=len(mine) >= 2 and said_in_order(mine, meaning_words(change.new)))
        elif change.kind is Kind.STATEMENT_ADDED and change.field is None and change.impact is Impact.RAISES_BAR:
            kind, line = 0, f"- **New:** {_statement(change.new)}"
        elif change.kind is Kind.STATEMENT_REMOVED and change.field is None:
            kind, line = 5, f"- **Only at {escape(lower)}:** {_statement(change.old)}"
        else:
            kind = {Impact.RAISES_BAR: 2, Impact.LOWERS_BAR: 3}.get(change.impact, 4)
            sentence = _sentence(diff, change, twice)
            line = f"- **{_STEP_LABELS[kind]}:** {sentence[:1].upper()}{sentence[1:]}"
        by_competency.setdefault(change.competency, []).append((kind, line))
    order = {c.id: i for i, c in enumerate(diff.framework.competencies)}
    grouped = [(competency, sorted(items, key=lambda item: item[0]))  # stable: each kind in the differ's order
               for competency, items in sorted(by_competency.items(), key=lambda kv: order.get(kv[0], len(order)))]
    return whole, grouped


def _was_now(label: str, lower: str, old: str, new: str, *, marked: bool = False) -> str:
    """A statement and the lower level's statement it rewrites: the new text,
    its words the old one lacks in bold, and under it the old text, its words
    the new one dropped struck out; texts with little in common are shown
    whole (as ``_words`` shows them), unless ``marked`` (the new one says
    the old one whole, with more: what it adds is worth marking)."""
    if whitespace_only(old, new) or similarity(old, new) < REWRITE_SIMILARITY and not marked:
        now, was = escape(new), escape(old)
    else:
        runs = word_runs(old, new)
        now, was = _marked(_own_final_stop(runs, "+"), "+"), _marked(_own_final_stop(runs, "-"), "-")
    return f"- **{label}:** {now}\n  - **At {escape(lower)}:** {was}"


#: Punctuation a statement may end with, or not, as it was typed.
_FINAL_STOP = lazy(r"[.;:!,]+")


def _own_final_stop(runs: list[Run], op: str) -> list[Run]:
    """A word diff's runs with the full stop (or other final punctuation)
    that one level's statement ends with and the other's does not shown as
    written on its side, not marked (the ``op`` side's): two levels' pages
    were typed apart, and one ending with a stop asks nothing the other
    does not ("... solve defined problems~~.~~")."""
    end = len(runs)
    while end and runs[end - 1].op != "=" and _FINAL_STOP.fullmatch(runs[end - 1].text.strip()):
        end -= 1
    if end == len(runs) or not any(run.op != "=" for run in runs[:end]):
        return runs  # nothing but the stop changed: that is the change
    return runs[:end] + [Run("=", run.text, run.spaced) if run.op == op else run for run in runs[end:]]


def _step_up_lines(diff: FrameworkDiff, changes: list[Change], depth: int) -> list[str]:
    whole, grouped = _step_up(diff, changes)
    twice = {c.fingerprint for c in left_behind(diff)}
    lines: list[str] = []
    if whole:
        lines += [""] + [_bullet(diff, change, twice) for change in whole]
    for competency, items in grouped:
        name = known_as(diff.competency_named(competency), colon=True)
        lines += ["", f"{'#' * (depth + 1)} {escape(name)}", ""] + [line for _kind, line in items]
    return lines


def _step_up_summary(diff: FrameworkDiff) -> str:
    """The summary of ``_step_up``: what it lists, counted as it lists it."""
    lower = _namer(diff)((diff.levels or ("", ""))[0])
    # What the page lists: the changes as the notes group them (``_diff``).
    whole, grouped = _step_up(diff, [c for _level, listed in groups(diff, _listed(diff.changes)) for c in listed])
    # The level's summary and introductions, whatever their impact: "a new summary", as each level has its own.
    headline = [c for c in whole if c.kind is Kind.SUMMARY_CHANGED and c.field in _LEVEL_TEXTS]
    parts = _raised(diff, headline, True) if headline else []
    if len(whole) > len(headline):
        parts.append(plural(len(whole) - len(headline), "other change") + " to the level as a whole")
    counts = [sum(1 for _c, items in grouped for kind, _line in items if kind == k) for k in range(len(_STEP_COUNTS))]
    said = [f"{count} {_STEP_COUNTS[k].format(lower=escape(lower))}" for k, count in enumerate(counts) if count]
    if said:
        where = f"in {plural(len(grouped), 'competency', 'competencies')}"
        parts.append(f"{where}, {and_list(said)}" if not parts else f"{where}: {and_list(said)}")
    if not parts:
        return "**In short:** nothing is new."
    return f"**In short:** {'; '.join(parts)}."
