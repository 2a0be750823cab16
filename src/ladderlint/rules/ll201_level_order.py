"""LL201 level-order."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..model import LEVELS, Framework, Level
from ..patterns import lazy
from ..text import and_list
from ..vocabulary import LevelName, Rung, ladder_order
from .analysis import Analysis
from .base import Rule, Severity, Violation


class LevelOrder(Rule):
    """Levels are not listed lowest first, by declared rank, by number, or by
    seniority words in their titles.

    Reported: a declared `rank` that does not increase, a number that goes
    down within a numbered sequence (`IC1, IC3, IC2`; `Engineer II` before
    `Engineer I`; `Grade B` before `Grade A`, a lettered grade counting as its
    letter, as a role's lettered rung does (`Solutions Engineer B` before
    `Solutions Engineer A`); `Level Three` before `Level Two`, a number spelt out), or a seniority word in a title or id that comes before a
    less senior one (Intern < Apprentice < Entry/Graduate <
    Junior/Associate < Mid < Senior < Staff < Principal < Distinguished <
    Fellow; `Senior Staff` is above `Staff`; `Lead`, a role held at several
    seniorities, is above Senior but not compared with Staff, Principal or
    anything above them, which companies put on either side of it;
    `Experienced` is above Junior and not compared with Mid or Senior;
    the titles of the management track: a `Director` where a Principal is,
    above Senior and Staff, a `VP` above it and a `Chief` (CTO) above that;
    a `Head` is above Senior and below a VP, compared with nothing between;
    a bank's and a consultancy's titles: Analyst, Associate < `Assistant
    Vice President` < `Vice President` < `Managing Director`, a `Director`
    below a Managing Director and not compared with a `Vice President` named
    without a field, which a bank puts below its Directors and a company
    above them; `Managing Consultant` above `Senior Consultant`, `Managing`
    ranking the role it opens as `Staff` does, not compared with Lead, Staff
    or Principal).
    The proficiencies of a skills matrix, as whole titles
    (Novice/Beginner/Foundation/Awareness < Advanced Beginner < Working <
    Intermediate/Competent < Proficient/Advanced < Expert < Leading Expert
    < Master; a `Practitioner` is above Working and below Expert, compared
    with nothing between; and the guild's, Apprentice < Journeyman or
    Craftsperson < Master, on the same scale: a Journeyman is where a
    Practitioner is), are on a
    scale of their own, compared only with one another: an `Expert` is
    below `Senior` in some ladders (Junior, Expert, Senior) and above it in
    others; `Intermediate` is in the middle of both scales, and `Senior
    Expert` is above `Expert`.

    Seniority words compare two levels only where they rank one role: the
    title less its level words, one holding the other's (`Senior Engineer`,
    `Staff Software Engineer`, `Principal Engineer (Backend)`). `Senior` in
    `Senior Engineering Manager` ranks the manager, and says nothing of a
    `Team Lead` or a `Tech Lead` (roles whose noun is Lead, unlike the
    rung of `Lead Engineer`), a `Tech Lead Manager` or a `Staff Engineer`,
    which companies pair with their managers each its own way. Titles of
    different role nouns (`Senior Developer` and `Junior Engineer`, or
    `SWE`) are not ordered by their seniority words; a plural is its noun
    (`Junior Engineers` ranks an engineer, as `Senior Engineer` does). A
    role's title without a seniority word is its middle rung, against the
    titles of the same role that have one: `Developer Advocate` is above
    `Associate Developer Advocate` and below `Senior Developer Advocate`;
    numbered I or II (`Data Scientist II`) it is below its Senior and not
    compared with its Junior; numbered III or more (`SDE III`, which may be
    the Senior) it is not compared. A seniority
    alone (`Senior`, `Intern`) and a rung of the management track
    (`Director of Engineering`, `VP Engineering`) are compared with every
    role.

    The words only guess at a company's order; what the owner wrote
    settles it. Two levels that both declare a `rank`, or that are
    numbered in one sequence (ids `L3`, `L4`; titles `E5 ...`, `E6 ...`),
    are judged by those alone, never by their words. Levels whose titles
    name no seniority, or numbers in different sequences, are not
    compared. The importer orders the levels it reads on the same scales,
    a Lead below Principal as most ladders have it. Each level is
    reported once.

    Why this matters:
        Every other progression check (gaps, proficiency, repeated or
        shrinking expectations) reads the levels in the order they are
        listed; readers do too. A level out of place makes a promotion look
        like a step down.

    Example:
        ```yaml
        levels:
          - {id: IC1, title: Engineer I, competencies: {}}
          - {id: IC3, title: Senior Engineer, competencies: {}}
          - {id: IC2, title: Engineer II, competencies: {}}
        ```
        Fix: move IC2 between IC1 and IC3.

    Two tracks in one file (levels `IC1` to `IC9`, then `M1` to `M7`; or
    `IC1` to `IC3` ranked 1 to 3, then `M2`, `M3` ranked 2 and 3): every id
    letters and a number, each run of one prefix two levels or more, and
    each starting again at or below where the run before ended, by number
    or by rank. Each track is then checked for order on its own, and a
    level out of order only against the other track is not said to be out
    of order: one finding, at the first level of the second track, says
    these look like two tracks, and that a framework file holds one (put
    each in its own file, with the same `name` and its own `track`). A
    ladder that goes on into another prefix (`P1` to `P3`, then `M4`) is
    one track.
    """

    code = "LL201"
    name = "level-order"
    severity = Severity.ERROR
    needs = frozenset({LEVELS})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        found = out_of_order(framework.levels)
        tracks = _tracks(framework.levels) if found else None
        if tracks is None:
            yield from found
            return
        # Two tracks in one file: each is ordered on its own, and a level
        # out of order only against the other track is no slip of order.
        within = [violation for _prefix, track in tracks for violation in out_of_order(track)]
        yield from within
        if len(within) < len(found):
            yield _two_tracks(tracks)


def out_of_order(levels: Sequence[Level]) -> list[Violation]:
    """Each level listed above a level it is below, as LL201 reports it."""
    # Each level is reported against the first level listed before it that
    # it clashes with. Ladders are short, but a generated one may list
    # thousands of levels: those before are filed (_Before) so that a level
    # finds the first it clashes with without reading them all.
    before = _Before()
    found = []
    for level in levels:
        read = _Read(level, LevelName.read(level.title, level.id))
        violation = _out_of_order(read, before)
        if violation is not None:
            found.append(violation)
        before.add(read)
    return found


# A level id of a numbered track: its letters, then its number ("IC3", "M-2", "E_5").
_TRACK_ID = lazy(r"([A-Za-z]+)[-_ ]?(\d+)")
#: The fewest levels a track has (one level alone is a level out of place).
_FEWEST_IN_A_TRACK = 2


def _tracks(levels: Sequence[Level]) -> list[tuple[str, list[Level]]] | None:
    """The tracks a file lists one after another, when its levels read as
    two or more: every id is letters and a number, each run of one prefix
    ("IC1" to "IC9", then "M1" to "M7") has two levels or more and a prefix
    no other run has, and each run starts again at or below where the one
    before it ended, by number or by rank ("M2" after "IC3"; rank 2 after
    rank 3), as (prefix, levels). None otherwise: one ladder, or one that
    goes on ("P3", "M4")."""
    runs: list[tuple[str, list[Level], list[int]]] = []
    for level in levels:
        m = _TRACK_ID.fullmatch(level.id)
        if m is None:
            return None
        prefix = m.group(1)
        if not runs or runs[-1][0].upper() != prefix.upper():
            runs.append((prefix, [], []))
        runs[-1][1].append(level)
        runs[-1][2].append(int(m.group(2)))
    prefixes = {prefix.upper() for prefix, _levels, _numbers in runs}
    if len(runs) < 2 or len(prefixes) < len(runs) \
            or any(len(run) < _FEWEST_IN_A_TRACK for _prefix, run, _numbers in runs):
        return None
    for (_, lower, lower_numbers), (_, upper, upper_numbers) in zip(runs, runs[1:]):
        ranks = lower[-1].rank, upper[0].rank
        restarts = upper_numbers[0] <= lower_numbers[-1] or (
            ranks[0] is not None and ranks[1] is not None and ranks[1] <= ranks[0])
        if not restarts:
            return None
    return [(prefix, run) for prefix, run, _numbers in runs]


def _two_tracks(tracks: list[tuple[str, list[Level]]]) -> Violation:
    """One finding for a file that holds several tracks, at the first level of the second."""
    spans = and_list([f"'{track[0].id}' to '{track[-1].id}'" for _prefix, track in tracks])
    count = "two" if len(tracks) == 2 else str(len(tracks))
    return Violation(
        tracks[1][1][0].path + ("id",),
        f"levels {spans} look like {count} tracks ({', '.join(p for p, _track in tracks)}), not one ladder out "
        "of order: a framework file holds one track; put each in its own file, with the same `name` and its own "
        "`track`",
    )


def lowest_first(levels: Sequence[Level]) -> tuple[Level, ...] | None:
    """The levels lowest first, when LL201 finds them listed out of order
    and their ranks, numbers or titles tell the order; otherwise None (the
    listed order stands). For commands that read the ladder's order, such
    as `diff`, which would take a statement moved up for one moved down."""
    if not out_of_order(levels):
        return None
    if all(level.rank is not None for level in levels):
        ordered = tuple(sorted(levels, key=lambda level: level.rank or 0))
    else:
        ordered = tuple(levels[i] for i in ladder_order([LevelName.read(lv.title, lv.id) for lv in levels]))
    return None if out_of_order(ordered) else ordered


@dataclass(frozen=True)
class _Read:
    level: Level
    name: LevelName


def _out_of_order(read: _Read, before: _Before) -> Violation | None:
    level = read.level
    listed = "list levels lowest first"
    if level.rank is not None:
        earlier = before.ranked_at_least(level.rank)
        if earlier is not None and earlier.rank is not None:  # it has one: it was filed by it
            how = "the same rank as" if earlier.rank == level.rank else f"lower than the rank {earlier.rank} of"
            return Violation(
                level.path + ("rank",),
                f"level '{level.id}' has rank {level.rank}, {how} level '{earlier.id}' listed "
                f"before it; {listed}, with ranks increasing",
            )
    other = before.numbered_higher(read.name)
    if other is not None:
        return Violation(
            level.path + ("id",),
            f"level '{level.id}' ({level.title}) is listed after level '{other.level.id}' "
            f"({other.level.title}), which has a higher number; {listed}",
        )
    if read.name.named or read.name.unmarked is not None:
        other = before.named_higher(read)
        if other is not None:
            return Violation(
                level.path + ("title",),
                f"level '{level.id}' ({level.title}) is listed after the more senior level "
                f"'{other.level.id}' ({other.level.title}); {listed}",
            )
    return None


class _Before:
    """The levels listed so far, filed to find, for the next level, the
    first of them that clashes with it: the first with a rank at least its
    own, the first higher in its numbered sequence, and the first whose
    words place it higher that the owner has not ordered against it. Each
    is found without reading every level.

    The owner orders two levels that both declare a rank, or that are
    numbered in one sequence: what they say outweighs the seniority words,
    which only guess at a company's order (where it is wrong it is reported
    by rank or by number)."""

    def __init__(self) -> None:
        self.levels: list[_Read] = []
        # The ranks higher than all listed before them, and their levels:
        # the first level ranked at least r is the first of these ranked so.
        self.rank_highs: list[int] = []
        self.rank_firsts: list[int] = []
        # The same by number, for each numbered sequence.
        self.rung_highs: dict[str, tuple[list[tuple[int, str]], list[int]]] = {}
        # The levels whose words name a seniority or a proficiency, by what
        # below_by_words reads of them: one group for each place on the
        # scales and role ranked, whatever words name it, so the groups are few.
        self.by_words: dict[_Places, _WordsGroup] = {}

    def add(self, read: _Read) -> None:
        index = len(self.levels)
        self.levels.append(read)
        rank = read.level.rank
        if rank is not None and (not self.rank_highs or rank > self.rank_highs[-1]):
            self.rank_highs.append(rank)
            self.rank_firsts.append(index)
        rung = read.name.rung
        if rung is not None:
            highs, firsts = self.rung_highs.setdefault(rung.family, ([], []))
            if not highs or rung.place > highs[-1]:
                highs.append(rung.place)
                firsts.append(index)
        if read.name.named or read.name.unmarked is not None:
            places = _places(read.name)
            group = self.by_words.get(places)
            if group is None:  # made only for a new group: most levels join one
                group = self.by_words[places] = _WordsGroup(read.name)
            group.all.add(index, rung)
            if rank is None:
                group.unranked.add(index, rung)

    def ranked_at_least(self, rank: int) -> Level | None:
        """The first level listed with a rank of ``rank`` or more."""
        at = bisect.bisect_left(self.rank_highs, rank)
        return self.levels[self.rank_firsts[at]].level if at < len(self.rank_highs) else None

    def numbered_higher(self, name: LevelName) -> _Read | None:
        """The first level listed with a higher number in ``name``'s sequence."""
        if name.rung is None or name.rung.family not in self.rung_highs:
            return None
        highs, firsts = self.rung_highs[name.rung.family]
        at = bisect.bisect_right(highs, name.rung.place)
        return self.levels[firsts[at]] if at < len(highs) else None

    def named_higher(self, read: _Read) -> _Read | None:
        """The first level listed whose words place it above ``read``'s and
        that neither ranks nor numbers order against it."""
        # Both ranked: the ranks order them, so only the unranked count.
        ranked = read.level.rank is not None
        found = [
            index for group in self.by_words.values() if read.name.below_by_words(group.name)
            if (index := (group.unranked if ranked else group.all).first_unordered(read.name.rung)) is not None
        ]
        return self.levels[min(found)] if found else None


# Where a level's words place it on the seniority and the proficiency
# scales, and the role its seniority ranks: what below_by_words reads of the
# level it compares with.
# A role's title without a seniority word is grouped apart: it is placed only against its own role.
_Places = tuple[tuple[float, float, bool] | None, tuple[float, float, bool] | None, frozenset[str], bool]


def _places(name: LevelName) -> _Places:
    seniority, proficiency = name.seniority or name.unmarked, name.proficiency
    return (None if seniority is None else (seniority.low, seniority.high, seniority.open_above),
            None if proficiency is None else (proficiency.low, proficiency.high, proficiency.open_above),
            name.role_words, name.unmarked is not None)


class _WordsGroup:
    """The levels whose words name one place on the scales, all of them
    and the unranked ones."""

    def __init__(self, name: LevelName) -> None:
        self.name = name
        self.all = _FirstUnordered()
        self.unranked = _FirstUnordered()


class _FirstUnordered:
    """Some levels, filed to find the first that a level's number does not
    order against: one with no number, or one in another sequence, or at
    the same number (``below_by_number`` is None)."""

    def __init__(self) -> None:
        self.first: int | None = None
        self.first_family: str | None = None
        # The first whose sequence (or lack of one) is not the first's.
        self.other_family: int | None = None
        self.at_rung: dict[tuple[str, tuple[int, str]], int] = {}

    def add(self, index: int, rung: Rung | None) -> None:
        family = None if rung is None else rung.family
        if self.first is None:
            self.first, self.first_family = index, family
        elif self.other_family is None and family != self.first_family:
            self.other_family = index
        if rung is not None:
            self.at_rung.setdefault((rung.family, rung.place), index)

    def first_unordered(self, rung: Rung | None) -> int | None:
        if rung is None:
            return self.first
        outside = self.first if self.first_family != rung.family else self.other_family
        same = self.at_rung.get((rung.family, rung.place))
        return min((index for index in (outside, same) if index is not None), default=None)
