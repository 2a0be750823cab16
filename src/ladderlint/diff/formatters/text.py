"""Human-readable diff, grouped by level; rewordings as word-level diffs.

    IC3 (IC3 Machine Learning Engineer)
      raises-bar  statement-added     Ownership: + I take responsibility ...  [1a2b3c4d5e6f]
      editorial   statement-reworded  Hiring: I [-conduct-]{+lead+} interviews  [...]

Without colour, removed words are shown as ``[-...-]`` and added ones as
``{+...+}``, as ``git diff --word-diff`` does; on a terminal they are red and
green instead.
"""

from __future__ import annotations

from typing import Any, Callable

from ...text import and_list, plural, shortened_pair
from ..changes import GONE, IMPACTS, REMOVALS, Change, Impact, Kind, in_sentence
from ..glossary import DEFINITION_ASKED, DEFINITION_NO_LONGER_ASKED, FIELD_PREFIX, levels_marking
from ..metadata import provenance
from ..report import FrameworkDiff, Report
from ..wording import REWRITE_SIMILARITY, same_words, similarity, whitespace_only, word_runs
from .common import (
    both_ways, known_as,
    REORDERINGS, RenderOptions, a_question, asked_earlier, wording_approved, words_replaced, examples_changed, groups, how_to_approve,
    left_behind, listed_as, moved_up, new_order, retitled_levels,
    levels_said, reach, short_level_name, show, both_ends_reached, side_labels, statement_at, subject, read_as,
    left_competency, Merged, competencies_merged, folded_moves, merged_said, formatting_only, still_held, tidied_said,
)

_RED, _GREEN, _YELLOW, _CYAN, _DIM, _BOLD, _RESET = (
    "\033[31m", "\033[32m", "\033[33m", "\033[36m", "\033[2m", "\033[1m", "\033[0m",
)
_IMPACT_COLOURS = {
    Impact.RAISES_BAR: _RED,
    Impact.LOWERS_BAR: _YELLOW,
    Impact.STRUCTURAL: _CYAN,
    Impact.EDITORIAL: _DIM,
}
_KIND_WIDTH = max(len(kind.value) for kind in Kind)
_IMPACT_WIDTH = max(len(impact.value) for impact in Impact)


class _Painter:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, *styles: str) -> str:
        return "".join(styles) + text + _RESET if self.color and styles else text


def render(report: Report, options: RenderOptions) -> str:
    paint = _Painter(options.color)
    blocks = [_diff(report, diff, paint) for diff in shown(report)]
    blocks.append(_footer(report, paint, options))
    return "\n\n".join(block for block in blocks if block) + "\n"


def shown(report: Report) -> list[FrameworkDiff]:
    """The frameworks the text report has a block for, with their warnings:
    each changed, or moved (said to have been followed there, changed or
    not), or the one compared."""
    return [diff for diff in report.diffs if diff.changes or diff.moved or len(report.diffs) == 1]


def warnings_shown(report: Report) -> set[str]:
    """The warnings the text report shows under their framework's heading."""
    return {said for diff in shown(report) for said in (diff.base_unreadable, diff.undeclared) if said}


def _diff(report: Report, diff: FrameworkDiff, paint: _Painter) -> str:
    lines = [paint(_title(diff), _BOLD)]
    if diff.unrelated:
        lines.append(paint("warning:", _YELLOW) + f" {diff.unrelated}.")
    if diff.base_unreadable:
        lines.append(paint("warning:", _YELLOW) + f" {diff.base_unreadable}.")
    if diff.undeclared:
        lines.append(paint("warning:", _YELLOW) + f" {diff.undeclared}.")
    # A level renamed in its id and its title is one change: one line that says both (and so on: said_together).
    said = {id(part) for part in diff.together().values()}
    # A competency merged into another: one line, not one per statement that moved with it.
    merged = competencies_merged(diff)
    folded = folded_moves(merged)
    # Of two levels of a cumulative ladder, what the lower one asks and the higher does not repeat still holds
    # there: no difference, counted on one line (the JSON keeps each record), as the release notes say it.
    held = {id(c) for c in still_held(diff, diff.changes)}
    for level, changes in groups(diff, [c for c in diff.changes if id(c) not in folded]):
        lines.append("")
        lines.append(paint(_level_heading(diff, level), _BOLD))
        kept = [c for c in changes if id(c) in held]
        if kept and diff.levels is not None:
            lower, higher = (_namer(diff)(level) for level in diff.levels)
            one = len(kept) == 1
            lines.append(paint(f"  {plural(len(kept), 'statement')} of {lower} {'is' if one else 'are'} not repeated "
                               f"at {higher}; {'it still holds' if one else 'they still hold'} there "
                               "(levels are cumulative; --format json lists them)", _DIM))
        changes = [c for c in changes if id(c) not in held]
        # Quotes, capitals or spacing tidied in several texts (a document re-exported): one line, as
        # the release notes say it, with each one's fingerprint.
        tidied = [c for c in changes if formatting_only(c) and id(c) not in said]
        for change in changes:
            if id(change) in said or len(tidied) > 1 and change in tidied[1:]:
                continue
            lines.append(_tidied(report, diff, tidied, paint) if len(tidied) > 1 and change is tidied[0] else
                         _line(report, diff, change, paint, diff.said_with(change), merged.get(id(change))))
    lines.append("")
    lines.append(_summary(report, diff))
    if diff.advice is not None and diff.advice.required is not None:
        prefix = "Version: " if diff.advice.ok else paint("warning:", _YELLOW) + " "
        lines.append(prefix + diff.advice.message)
    elif diff.advice is not None and not diff.advice.ok:
        lines.append(paint("warning:", _YELLOW) + " " + diff.advice.message)
    return "\n".join(lines)


def _title(diff: FrameworkDiff) -> str:
    if diff.levels is not None:
        lower, higher = (in_sentence(diff.level_name(level)) for level in diff.levels)
        return f"What changes from {lower} to {higher} in {diff.new.label if diff.new else ''}"
    old, new = side_labels(diff)
    return f"{old} -> {new}"


def _level_heading(diff: FrameworkDiff, level: str | None) -> str:
    if level is None:
        return "Framework"
    if level.endswith(GONE):  # a removed level whose id another level has now
        return f"{diff.label(level.rstrip(GONE), diff.level_title(level))}, removed"
    return diff.label(level, diff.level_title(level))  # a rename is listed under it


def _line(report: Report, diff: FrameworkDiff, change: Change, paint: _Painter, part: Change | None = None,
          merge: Merged | None = None) -> str:
    """A change on one line; ``part``: the record said with it (the rename of its item's id, or its
    competency no longer applying at its level); ``merge``: the competency removed was merged into
    another, its statements' moves said on this line (their fingerprints are in the JSON output)."""
    impact = paint(f"{change.impact.value:<{_IMPACT_WIDTH}}", _IMPACT_COLOURS[change.impact])
    where = subject(diff, change)
    what = "in a new order: " + "; ".join(new_order(diff, change)) if change.kind in REORDERINGS else \
        merged_said(diff, merge) if merge is not None else _what(diff, change, paint)
    if part is not None:
        what = f"{_what(diff, part, paint)}; {what}"
    # A dimension or competency added or removed is the line's subject: "+ Delivery", not "Delivery: + Delivery"
    # (one merged into another is named before what became of it).
    itself = change.kind in _ITEM_ITSELF and merge is None and part is None
    body = f"{where}: {what}" if where and not itself else what
    if provenance(change):
        body += " (where the framework was taken from: no change of it)"
    if change.also_impact is not None:
        body += f" (also {change.also_impact.value}: {both_ways(change)})"
    body += read_as(change, words=True)
    both = [change] if part is None else [part, change]
    tail = " ".join(paint(f"[{c.fingerprint}]", _DIM) for c in both)
    said = both + list(merge.moved if merge is not None else ())
    if all(report.approved(c) for c in said):
        tail += f" ({wording_approved(change, graded=True) or 'approved'}{listed_as(report, both)})"
    elif any(report.blocking(c) for c in said):
        tail += " " + paint("(fails --fail-on)", _RED, _BOLD)
    return f"  {impact}  {change.kind.value:<{_KIND_WIDTH}}  {body}  {tail}"


#: Changes whose line says the item itself, which names it.
_ITEM_ITSELF = frozenset({Kind.DIMENSION_ADDED, Kind.COMPETENCY_ADDED, Kind.DIMENSION_REMOVED, Kind.COMPETENCY_REMOVED})


def _tidied(report: Report, diff: FrameworkDiff, changes: list[Change], paint: _Painter) -> str:
    """Several texts whose words are the same, tidied (``formatting_only``), on one line that names
    them all: the maintainers who read it look each one up."""
    impact = paint(f"{Impact.EDITORIAL.value:<{_IMPACT_WIDTH}}", _IMPACT_COLOURS[Impact.EDITORIAL])
    kinds = {c.kind for c in changes}
    kind = changes[0].kind.value if len(kinds) == 1 else "several"
    body = tidied_said(diff, changes)
    tail = " ".join(paint(f"[{c.fingerprint}]", _DIM) for c in changes)
    if all(report.approved(c) for c in changes):
        tail += " (approved)"
    elif any(report.blocking(c) for c in changes):
        tail += " " + paint("(fails --fail-on)", _RED, _BOLD)
    return f"  {impact}  {kind:<{_KIND_WIDTH}}  {body}  {tail}"


def _what(diff: FrameworkDiff, change: Change, paint: _Painter) -> str:
    kind = change.kind
    # Levels by their titles where the titles spell their ids out, as the release notes name them.
    name = _namer(diff)
    # The levels it reaches: in a cumulative framework, the levels above include it.
    reached = reach(diff, change, name=name) or (name(change.reaches) if change.reaches else "") \
        or (f"{name(diff.reached_as_said(change)[0])} only"
            if change.kind is not Kind.STATEMENT_MOVED and diff.reached_alone(change) else "")
    # A copy added or taken out of what is still asked for (the message says where).
    if kind is Kind.STATEMENT_ADDED:
        # Why it reaches no higher, where it does not: an engineer above can tell it is theirs already.
        above = diff.asked_above(change)
        note = _placeholder(change.new) if change.field == "placeholder" else (
            " (added at a level below too)" if change.added_below else
            " (already asked for)" if change.impact is Impact.EDITORIAL else
            f" (at {name(change.level or '')} only: {name(above)} already asks for it, the same or more)"
            if above is not None else
            f" (now asked for at {reached})" if reached else "")
        if change.since:  # of two levels compared: it came in at a level between them
            note += f" (since {change.since})"
        if change.clause_moved:  # a clause cut from a statement the level still asks for
            note += f" ({change.clause_moved})"
        return paint("+ " + change.new, _GREEN) + note
    if kind is Kind.STATEMENT_REMOVED:
        note = _placeholder(change.old) if change.field == "placeholder" else (
            " (still asked for)" if change.impact is Impact.EDITORIAL else
            f" (no longer asked for at {reached})" if reached else "")
        return paint("- " + change.old, _RED) + note
    applies = f" (at {reached})" if reached else ""
    # A move that lowers the bar at the level it left as well as raising it where it went.
    # The output lists the move under both levels' headings: "listed under" says so, where
    # "listed there" read as the statement still being in the level it left.
    left = f" ({change.old_level_impact.value} at {name(change.old_level)}, listed under that level too)" \
        if change.old_level_impact is not None and change.old_level else ""
    # From a removed level whose id the level it reached has now: that level as it was.
    from_level = f"removed {change.old_level}" if change.old_level and change.old_level_removed else \
        change.old_level and name(change.old_level)
    # The competency it left, by the name it had (not that of a half of it split off and renamed).
    origin = ", ".join(x for x in (from_level, change.old_competency and known_as(diff.competency_named(
        change.old_competency, old=True))) if x)
    if kind is Kind.STATEMENT_MOVED and change.impact is Impact.LOWERS_BAR \
            and change.old_level and change.old_level != change.level and diff.levels is None:
        # Listed at the level it left, whose bar it lowers: where it went, it is still asked for. (Of two levels
        # compared, every change is listed at the higher, where a statement of the lower is found again.)
        way = "up" if moved_up(diff, change) else "down"
        to = name(change.level or "")
        # Named by the competency it left (``subject``): where it went, by the one it is in now.
        went = f"{to}, {known_as(diff.competency_named(change.competency or ''))}" \
            if left_competency(diff, change) else to
        lost, softened = (levels_said(diff, ids, name=name) for ids in both_ends_reached(diff, change))
        there = f"listed under {to} too" if change.fingerprint in {c.fingerprint for c in left_behind(diff)} \
            else f"in softer words at {softened}" if softened else f"still asked for at {to}"
        if asked_earlier(diff, change):
            # The levels it left still ask for it through the lower level: only its new words lower their bar.
            return f"(moved {way} to {went}) " + _words(change.old, change.new, paint) \
                + f" (now asked from {to}, earlier; in softer words for {reached or name(change.old_level)}; {there})"
        return f"(moved {way} to {went}) " + _words(change.old, change.new, paint) \
            + f" (no longer asked for at {lost or reached or name(change.old_level)}; {there})"
    if kind is Kind.STATEMENT_MOVED:
        gained, stronger = (levels_said(diff, ids, name=name) for ids in both_ends_reached(diff, change))
        if stronger and change.impact is Impact.RAISES_BAR:  # moved down: the level it left has the new words from below
            applies = f" (now asked for at {gained}; in stronger words at {stronger})"
        return f"(from {origin}) " + _words(change.old, change.new, paint) + (left or applies)
    if kind is Kind.STATEMENT_REWORDED and change.field == "text":
        shown = _words(change.old, change.new, paint)
        if change.impact in (Impact.RAISES_BAR, Impact.LOWERS_BAR) and shown.endswith(_FORMATTING_ONLY):
            # The same words, but a sign that says more or less ("5" -> "5+"), or a glossary term marked (or
            # no longer): its definition is asked for with them.
            shown = shown[:-len(_FORMATTING_ONLY)]
            if DEFINITION_ASKED in change.reasons or DEFINITION_NO_LONGER_ASKED in change.reasons:
                shown += " (a glossary term's mark: its definition " \
                    + ("now applies)" if change.impact is Impact.RAISES_BAR else "no longer applies)")
        if change.clause_moved:
            shown += f" ({change.clause_moved})"
        return shown + applies
    if kind is Kind.STATEMENT_REWORDED and change.field == "examples":
        said = statement_at(diff, change.new_path)
        return f"examples of {show(said, _LONGEST // 2) if said else 'a statement'}: " \
            + examples_said(change.old, change.new, paint) + applies
    if kind in (Kind.STATEMENT_SPLIT, Kind.STATEMENT_MERGED):
        olds = change.old if isinstance(change.old, list) else [change.old]
        news = change.new if isinstance(change.new, list) else [change.new]
        before = " + ".join(paint(show(text), _RED) for text in olds)
        after = " + ".join(paint(show(text), _GREEN) for text in news)
        return (f"(from {origin}) " if origin else "") + f"{before} -> {after}{left or applies}"
    if kind in (Kind.LEVEL_ADDED, Kind.DIMENSION_ADDED, Kind.COMPETENCY_ADDED):
        return paint("+ " + str(change.new), _GREEN)
    if kind is Kind.LEVEL_REMOVED:
        return paint("- " + str(change.old or change.level), _RED) + " (the people on this level lose it)"
    if kind is Kind.LEVEL_MOVED:
        crossing = diff.crossing(change)
        went = crossing.went_to if crossing is not None else str(change.new)
        now = f" as {crossing.title}" if crossing is not None and crossing.level != change.level else ""
        return f"{change.old or change.level} -> {went}{now} (moved to framework '{change.new}'; " \
            "the people on this level keep it)"
    if kind is Kind.FRAMEWORK_REMOVED:
        # By its track too, as the release notes name it: the tracks of one organisation often share a name.
        track = diff.framework.distinct_track
        named = f"{change.old} ({track})" if track else str(change.old)
        return paint("- " + named, _RED) + " (the people on its levels lose them)"
    if kind in (Kind.DIMENSION_REMOVED, Kind.COMPETENCY_REMOVED):
        return paint("- " + str(change.old), _RED)
    label = change.field or ""
    places = diff.scale_places(change)
    if places is not None:
        (rank, length), (new_rank, new_length) = places
        return f"{label}: {show(change.new)} now {new_rank} of {new_length} on the scale (was {rank} of {length})"
    if kind is Kind.COMPETENCY_MOVED:  # dimensions by name, as the headings of the framework say them
        before, after = (known_as(diff.dimension_named(d)) for d in (str(change.old), str(change.new)))
        return f"dimension: {show(before)} -> {show(after)}"
    # A competency's description that asks for more or less: at every level that has the competency.
    holding = diff.reached(change) if change.level is None and label == "description" else ()
    that_has_it = "" if kind is Kind.FRAMEWORK_CHANGED else " that has it"
    everywhere = f" (at every level{that_has_it}: {and_list([name(level) for level in holding])})" if holding else applies
    marking = diff.reached(change) if kind is Kind.FRAMEWORK_CHANGED and label.startswith("glossary.") else ()
    if marking:
        # A definition is asked for where statements mark its term, and at the levels that include them.
        marked = levels_marking(diff.marking_framework(change) or diff.framework, label[len(FIELD_PREFIX):])
        where = "statements mark the term with *" if list(marking) == marked or not marked \
            else f"marked with * at {and_list([name(level) for level in marked])}"
        everywhere = f" (at {and_list([name(level) for level in marking])}: {where})"
    if isinstance(change.old, str) and isinstance(change.new, str):
        # A description, a summary or a note may run to paragraphs: one line,
        # the words that changed and a few around them.
        return f"{label}: {_words(change.old, change.new, paint, context=_CONTEXT)}{everywhere}"
    before, after = _brief(show(change.old), show(change.new))
    if kind is Kind.FRAMEWORK_CHANGED and label == "cumulative" and " (" in change.message:
        # The statements of the levels below written out, or taken out: how many, and whether that is all.
        everywhere = " (" + change.message.partition(" (")[2]
    return f"{label}: {before} -> {after}{everywhere}"


#: What a rewording of the same words says it is.
_FORMATTING_ONLY = " (formatting only)"

#: Words kept on either side of a change in a long text, and the longest
#: value shown whole, in characters.
_CONTEXT = 6
_LONGEST = 160


def _brief(old: str, new: str) -> tuple[str, str]:
    """Two values on one line each, cut short where they are long, around
    their first difference (cut at their starts, they could read the same)."""
    return shortened_pair(old, new, _LONGEST)


def _elided(text: str, first: bool, last: bool, context: int | None) -> str:
    """Unchanged words between changes, on one line: with ``context``, a
    long run keeps that many words next to each change ("... "), not the
    paragraphs between them."""
    kept = text.split()
    if context is None or len(kept) <= 2 * context + 1:
        return " ".join(kept)
    head = [] if first else kept[:context]
    tail = [] if last else kept[-context:]
    return " ".join(head + ["..."] + tail)


def examples_said(old: Any, new: Any, paint: _Painter | None = None) -> str:
    """A statement's examples changed, one by one: each put in (``+``),
    reworded (as a word diff) and taken out (``-``), or that they are in a
    new order."""
    paint = paint or _Painter(False)
    found = examples_changed(old, new)
    parts = [paint("+ " + show(e), _GREEN) for e in found.added] \
        + [_words(was, now, paint) for was, now in found.reworded] \
        + [paint("- " + show(e), _RED) for e in found.taken_out]
    return "; ".join(parts) if parts else "in a new order"


def words_changed(old: str, new: str, context: int | None = None) -> str:
    """What changed from ``old`` to ``new`` on one line, without colour, as
    this format shows it: removed words ``[-...-]``, added ones ``{+...+}``;
    with ``context``, only that many words kept next to each change."""
    return _words(old, new, _Painter(False), context)


def _words(old: str, new: str, paint: _Painter, context: int | None = None) -> str:
    if old == new:
        return new
    if whitespace_only(old, new):
        return (_brief(new, new)[1] if context else " ".join(new.split())) + " (spacing only)"
    if similarity(old, new) < REWRITE_SIMILARITY:
        # Little in common: a word diff would be noise; show both texts whole (or, in brief, cut short).
        before, after = _brief(show(old), show(new)) if context else (show(old), show(new))
        return f"{paint(before, _RED)} -> {paint(after, _GREEN)}"
    out = ""
    previous, removed_spaced = None, False
    runs = word_runs(old, new)
    for i, (op, text, spaced, spaced_in_old) in enumerate(runs):
        if op == "=":
            shown = _elided(text, i == 0, i == len(runs) - 1, context)
        elif paint.color:
            shown = paint(text, _RED if op == "-" else _GREEN)
        else:
            shown = f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
        # Each run spaced as its text has it ("customer[-.-]"); a replacement reads as one unit, removed
        # words right before added ones, told apart by a space where only colour marks them.
        if previous is None:
            joiner = ""
        elif previous == "-" and op == "+":
            joiner = " " if paint.color or (spaced and not removed_spaced) else ""
        elif previous == "-" and op == "=" and spaced_in_old is not None:
            # Kept words after removed ones: spaced as the old text has them ("clear.-] Makes"), as the notes
            # do; but removed words glued to the kept word before them leave only the space the new text has
            # between the two kept words ('"[-on-]time"' for '"on time"' -> '"time"', not '"[-on-] time"').
            glued = i > 1 and runs[i - 2].op == "=" and not removed_spaced
            joiner = " " if spaced_in_old and (spaced or not glued) else ""
        else:
            joiner = " " if spaced else ""
        out += joiner + shown
        previous, removed_spaced = op, spaced
    suffix = _FORMATTING_ONLY if same_words(old, new) else ""
    return out + suffix


def _placeholder(text: str | None) -> str:
    """What a statement that asks nothing yet is: an editor's question ("What about views?"), or a placeholder."""
    return " (a question, not an expectation)" if a_question(text) else " (a placeholder)"


def _namer(diff: FrameworkDiff) -> Callable[[str], str]:
    """How a line names a level: its id, or its title where the title spells
    the id out (``short_level_name``), in quotes where a sentence would read
    it as its own words."""
    return lambda level: in_sentence(short_level_name(diff, level))


#: Fields that say which release a framework is, and what the text summary calls them.
_RELEASE_FIELDS = {"version": "the version number", "effective": "the date it applies from"}


def _summary(report: Report, diff: FrameworkDiff) -> str:
    # What still holds at the higher of two levels compared is no difference (said on its own line).
    held = {id(c) for c in still_held(diff, diff.changes)}
    counts = report.counts([c for c in diff.changes if id(c) not in held])
    # Where the framework was taken from is listed, but is no change of it.
    taken = "the record of where it was taken from differs" if counts["provenance"] else ""
    if not counts["changes"]:
        return f"No changes to the framework; only {taken}." if taken else "No changes."
    taken = f"; {taken} (no change of the framework)" if taken else ""
    # Said so that they add up: a level removed apart from the raised bars (as the release notes say it),
    # and a move counted under the impact at each of its two levels said to be.
    parts = [plural(counts["levels_removed"], "level") + " removed"] if counts["levels_removed"] else []
    parts += [f"{counts[impact.value]} {impact.value}" for impact in IMPACTS if counts[impact.value]]
    # The release's own number or date is counted as every format counts it, editorial; said so, as it asks
    # nothing of anyone and a reader counting "5 editorial" looks for the fifth among the expectations.
    release = [_RELEASE_FIELDS[c.field] for c in diff.changes
               if c.kind is Kind.FRAMEWORK_CHANGED and c.field in _RELEASE_FIELDS and c.impact is Impact.EDITORIAL]
    if release and counts[Impact.EDITORIAL.value]:
        at = parts.index(f"{counts[Impact.EDITORIAL.value]} {Impact.EDITORIAL.value}")
        parts[at] += f" ({'one' if len(release) == 1 else 'two'} of them {' and '.join(release)})" \
            if counts[Impact.EDITORIAL.value] > len(release) else f" ({' and '.join(release)})"
    # A rewording that asks more in one way and less in another is counted under both too (Change.also_impact).
    # A statement rewritten as another (Change.rewritten) is, and says so.
    # A removal is counted once (REMOVED_IMPACTS).
    twofold = [c for c in diff.changes if c.also_impact is not None and c.kind not in REMOVALS]
    rewritten = sum(1 for c in twofold if c.rewritten)
    moves = counts["counted_twice"] - len(twofold)
    notes = [f"{plural(moves, 'move')} counted at each of {'its' if moves == 1 else 'their'} two levels"] if moves else []
    if len(twofold) > rewritten:
        notes.append(f"{plural(len(twofold) - rewritten, 'change')} counted under both, asking more in one way and "
                     "less in another or in a way that cannot be told")
    if rewritten:
        notes.append(f"{plural(rewritten, 'statement')} rewritten as another, counted under both")
    # After the counts, not in brackets: those of the version number may end the counts in brackets already.
    both = "".join(f"; {note}" for note in notes)
    extra = f"; {counts['approved']} approved" if counts["approved"] else ""
    return f"{plural(counts['changes'], 'change')}: {', '.join(parts)}{both}{extra}{taken}."



def _footer(report: Report, paint: _Painter, options: RenderOptions) -> str:
    lines = []
    if len(report.diffs) != 1:
        changed = sum(1 for diff in report.diffs if report.counts(diff.changes)["changes"])
        total = report.counts()
        lines.append(
            f"{plural(total['changes'], 'change')} in {plural(changed, 'framework')} "
            f"({plural(len(report.diffs), 'framework')} compared)."
        )
    failure = report.gate_failure()
    if failure:
        source = report.approvals.path or ".ladderlint-approvals"
        advice = how_to_approve(options, source, report.counts()["blocking"], words_replaced(report),
                                retitled_levels(report) if options.branch_base else ())
        lines.append(paint(f"{failure}.", _RED, _BOLD) + " " + advice)
    return "\n".join(lines)
