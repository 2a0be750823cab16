"""How many and how much: counts, numbers measured, and levels named.

Numbers read with their unit and the words that bound them ("under 200
ms", "at least 99.9%", "p99", "v3.11": ``measures``, ``comparative_tails``),
each compared with the number it replaces (``measured_numbers``: under a
most a lower number asks more; a number whose way the words do not say
needs a reader); counts and vague counts ("one or two" < "three or
more", "a few" two to four: ``count_direction``); and the levels a text
names ("beyond L4", "as an L6 would": ``levels_named``).
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

from ... import vocabulary as vocab
from ...text import in_the_plural
from ..wording import stem
from .periods import HALF, along, and_a_half, half_before
from .words import FUNCTION_WORDS, NUMBER_RANGE, POSSESSIVES, Word, count_of, ladder_subject, sign
from ...patterns import lazy


#: Words of a number that are read whole, with what they measure: "200 ms", "p99", "v3.11".
_QUANTITIES = frozenset({"measure", "percentile", "version", "share"})


def measured_numbers(
    runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word], families: frozenset[str]
) -> list[tuple[int, str]]:
    """Numbers measured, percentiles and versions changed in place, each
    against the one it replaces: a number measured in the same unit
    compared by its size ("0.2 s" = "200 ms"), the other way under a most
    ("under 200 ms" -> "under 100 ms" asks more, as a tighter deadline
    does); a percentile higher under a most asks more ("p95 under 300 ms"
    -> "p99 under 300 ms"), under a least less. Where the way cannot be
    told, a reader must say, read as asking more: another unit, a bound
    turned ("under" -> "over"), a bound that says a most as often as a
    reach ("up to 10k rps"), a percentile with no bound, a version
    ("Python 3.11" -> "Python 3.12": another version is another thing
    asked, newer no more than older; a whole number a version replaced in
    its place is one too, "Python 3" -> "Python 3.11"). The words read are neutral, the
    words of their bounds with them; one put in or taken out is read as a
    word like any other. A number kept whose unit or bound changed ("200
    ms" -> "200 rps", "under 200 ms" -> "over 200 ms", "fewer than five" ->
    "more than five") is read so too; and any other word with a digit
    replaced by one ("IPv4" -> "IPv6", "P1" -> "P2" alone) says another
    number, which way no reader of the words can tell;
    not a level's code (of ``families``, the ladder's, or "L") that names
    another thing, "L4 load balancers" -> "L7 load balancers"."""
    out: list[tuple[int, str]] = []
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    kept = zip((w for w in a if id(w) not in changed), (x for x in b if id(x) not in changed))
    for w, x in kept:
        if {w.role, x.role} == {"measure", "deadline"}:
            # "in under a second" -> "in under a minute": "a" kept, one limit of time read two ways.
            phrase = [[y for y in text if y.role == "deadline" and y.rank == z.rank and y.clause == z.clause]
                      if z.role == "deadline" else [z] for z, text in ((w, a), (x, b))]
            if any(id(y) in changed for y in (*phrase[0], *phrase[1], *w.bound_words, *x.bound_words,
                                               *_unit_of(w, a), *_unit_of(x, b))):
                timed = _time_limit_for_deadline(*phrase)
                for y in (*_unit_of(w, a), *_unit_of(x, b)):
                    y.neutral = True
                if timed and timed not in out:
                    out.append(timed)
            continue
        around = [part for y, text in ((w, a), (x, b)) for part in (*y.bound_words, *_unit_of(y, text))]
        if w.role in ("measure", "count") and x.role == w.role and any(id(part) in changed for part in around):
            reading = _quantity_direction(w, x, a, b)
            for part in around:
                part.neutral = True
            if reading and reading not in out:
                out.append(reading)
    for removed, inserted in runs:
        _fractions_as_percentages(removed, inserted)
        timed = _time_limit_for_deadline(removed, inserted)
        if timed and timed not in out:
            out.append(timed)
        for kind in sorted(_QUANTITIES):
            old = [w for w in removed if w.role == kind]
            new = [w for w in inserted if w.role == kind]
            if kind == "version" and len(old) + len(new) == 1:
                whole = _whole_number_for(old or new, inserted if old else removed, (a, b) if old else (b, a))
                if whole is not None:
                    whole.role = "version"
                    old, new = (old, [whole]) if old else ([whole], new)
            if len(old) != len(new):
                for w in old + new:
                    w.role = "content"  # a number put in or taken out: words added or taken out
                continue
            for w, x in zip(old, new):
                reading = _quantity_direction(w, x, a, b)
                for part in (w, x, *w.bound_words, *x.bound_words):
                    if part in removed or part in inserted:
                        part.neutral = True
                if reading and reading not in out:
                    out.append(reading)
        # Not a level's code where it names no level of the reader's ("L4 load balancers", "guidance from
        # IC3s"): read as a level where it names one (``levels_named``), else a thing named.
        numbered = [[w for w in run if w.role == "content" and not w.neutral and any(c.isdigit() for c in w.text)
                     and (vocab.code_rung(w.text) or ("",))[0] not in families | {"l"}] for run in (removed, inserted)]
        if all(len(side) == 1 for side in numbered):
            numbered[0][0].neutral = numbered[1][0].neutral = True
            if (1, "number unclear") not in out:
                out.append((1, "number unclear"))
    return out


def _time_limit_for_deadline(removed: list[Word], inserted: list[Word]) -> tuple[int, str] | None:
    """A length of time under a most read as a number measured ("under 10
    seconds", "in under a second") replaced by one read as a deadline
    ("under a minute", "within 5 minutes"), or the other way: one limit on
    how long something takes, compared by its length, a longer one asking
    less ("under a second" -> "under a minute" loosens it)."""
    for old, new, way in ((removed, inserted, 1), (inserted, removed, -1)):
        limits = [w for w in old if w.role == "measure" and w.unit == "time" and w.bound == -1 and not w.neutral]
        deadlines = [w for w in new if w.role == "deadline" and not w.neutral]
        if len(limits) != 1 or not deadlines or any(w.role == "measure" for w in new) \
                or len({w.rank for w in deadlines}) != 1:
            continue
        limit, deadline = limits[0], deadlines[0]
        seconds = -deadline.rank * vocab.MEASURE_UNITS["hour"][1]  # a deadline's rank: its hours, less for longer
        if math.isclose(limit.rank, seconds, rel_tol=1e-9):
            direction = 0
        else:
            # old -> new: a longer limit after asks less (way 1: the limit was taken out, the deadline put in).
            direction = sign(limit.rank - seconds) * way
        for w in (limit, *limit.bound_words, *deadlines):
            w.neutral = True
        return (direction, _moved("limit", direction)) if direction else None
    return None


#: A number with the letter of a sub-level ("2A", "3c"); not of a unit or a multiple ("5k", "2x", "3d").
_LETTERED = lazy(r"(\d+)[a-e]")


def sub_levels_unlettered(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A number that names a level with a letter of its sub-level ("from
    2A to 3A") written without the letter ("from 2 to 3"), or with it: a
    name respelt (the company dropped its sub-levels), not an amount
    raised; each word in its place. Not one letter for another ("3A" ->
    "3B": another sub-level), nor a number for another."""
    for removed, inserted in runs:
        olds = [w for w in removed if w.role != "function"]
        news = [w for w in inserted if w.role != "function"]
        if not olds or len(olds) != len(news):
            continue
        pairs = list(zip(olds, news))
        if all(_unlettered(w, x) or _unlettered(x, w) for w, x in pairs):
            for w, x in pairs:
                w.neutral = x.neutral = True


def _unlettered(lettered: Word, bare: Word) -> bool:
    m = _LETTERED.fullmatch(lettered.text)
    return lettered.role == "content" and m is not None and m.group(1) == bare.text


def _fractions_as_percentages(removed: list[Word], inserted: list[Word]) -> None:
    """A fraction written with a point and no unit ("0.8") in the place of
    a percentage ("80%"), or a percentage in the place of one: the same
    share written another way ("coverage above 80%" / "coverage above
    0.8"), read as that percentage, so compared by its value. Not a number
    with a unit of its own ("0.8 seconds" is a measure, no share), nor one
    past 1 ("1.5" is no share), nor where the place holds more than one of
    either."""
    for one, other in ((removed, inserted), (inserted, removed)):
        percentages = [w for w in one if w.role == "measure" and w.unit == "percent"]
        fractions = [w for w in other if w.role == "count" and "." in w.text and 0 < w.rank <= 1]
        if len(percentages) == 1 and len(fractions) == 1:
            fractions[0].role, fractions[0].unit, fractions[0].rank = "measure", "percent", fractions[0].rank * 100


def _whole_number_for(version: list[Word], run: list[Word], texts: tuple[list[Word], list[Word]]) -> Word | None:
    """The whole number of ``run`` that a version replaced or was replaced by
    in its place, after the same word or both first ("Python 3" / "Python
    3.11", "3 is used" / "3.11 is used"): a version too, read as a count no
    longer; None where there is none."""
    whole = [w for w in run if w.role == "count" and w.text.isdigit()]
    if len(whole) != 1:
        return None
    before = [_word_before(w, text) for w, text in zip((version[0], whole[0]), texts)]
    return whole[0] if before[0] == before[1] else None


def _word_before(w: Word, text: list[Word]) -> str | None:
    k = next(k for k, y in enumerate(text) if y is w)
    return text[k - 1].text if k else None


def _unit_of(w: Word, text: list[Word]) -> list[Word]:
    """The unit written after a number measured ("ms" of "200 ms"), none for another word."""
    if w.role != "measure":
        return []
    k = next(k for k, y in enumerate(text) if y is w)
    return text[k + 1 : k + 2]


def _quantity_direction(w: Word, x: Word, a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """Which way one number read whole (``measured_numbers``), replaced by another, moves the bar."""
    if w.role == "version":
        return (1, "version unclear")
    if w.role == "share":
        return (1, "share of time unclear")
    if w.role == "percentile":
        bounds = {_bound_of_clause(w, a), _bound_of_clause(x, b)}
        if math.isclose(w.rank, x.rank):
            return None
        if len(bounds) != 1 or bounds & {0, 2}:
            return (1, "percentile unclear")
        # A higher percentile is a larger value: under a most it asks more, over a least less.
        direction = sign(x.rank - w.rank) * (-1 if bounds == {1} else 1)
        return (direction, f"percentile {'raised' if direction > 0 else 'lowered'}")
    if w.unit != x.unit:
        return (1, "number unclear")
    ceilings = {w.bound == -1, x.bound == -1}
    if w.bound == 2 or x.bound == 2 or len(ceilings) > 1:
        return (1, "number unclear") if not (w.bound == x.bound and math.isclose(w.rank, x.rank)) else None
    if math.isclose(w.rank, x.rank, rel_tol=1e-9):
        return None
    direction = sign(x.rank - w.rank) * (-1 if ceilings == {True} else 1)
    return (direction, _moved("limit" if ceilings == {True} and _limits((w, x)) else "number", direction))


#: Words before a number on a scale that runs the other way ("severity 1", "top 3"): a place on it, no limit.
_INVERTED_SCALES = frozenset(vocab.INVERTED_SCALES)


def _limits(numbers: Iterable[Word]) -> bool:
    """Whether numbers under a most are limits to stay within ("latency
    under 200 ms", "fewer than five open bugs"), not places on a scale that
    runs the other way ("SEV 1", "in the top 3", "near the top 5%", "5%
    reach this level")."""
    return not any(tuple(b.text for b in w.bound_words) in _INVERTED_SCALES
                   or w.bound_words[:1] and (w.bound_words[0].text in vocab.RANKING_TOPS
                                             or w.bound_words[0].text in _ARRIVING) for w in numbers)


#: After "top" and a number, words that make it a place in a ranking: "top 3 of the team", "top 10
#: contributors"; not a list known by its length ("the OWASP Top 10").
_RANKED = vocab.PEOPLE | frozenset("of performer performers contributor contributors percentile percentiles".split())


def _ranked(found: list[Word], i: int, end: int) -> bool:
    """Whether the number at ``i``, after "top", is a place in a ranking:
    a share ("top 5%", "top 10 percent"), or a number of people or of a
    group ("top 3 engineers", "top 10 of their title"). Below the bottom
    of one ("not in the bottom 10%") a larger share is a higher bar, as any
    number is read: "bottom" is no such word."""
    w = found[i]
    after = found[i + 1].text if i + 1 < end else ""
    return w.unit == "percent" or w.role in ("count", "measure", "content") and after in _RANKED


def _moved(scale: str, direction: int) -> str:
    """The reason of a number moved: "number raised", "limit lowered" (a
    limit loosened: a most made larger, as ``words.as_read`` says it)."""
    return f"{scale} {'raised' if direction > 0 else 'lowered'}"


def _bound_of_clause(w: Word, text: list[Word]) -> int:
    """The bound of the numbers of the clause ``w`` is in ("p99 latency under
    200 ms": a most), 0 where none is bounded, 2 where they differ."""
    bounds = {x.bound for x in text if x.clause == w.clause and x is not w and x.bound}
    return bounds.pop() if len(bounds) == 1 else 2 if bounds else 0


def measures(found: list[Word], clause_ends: list[int]) -> None:
    """Numbers measured ("200 ms", "99.9 percent", "10000 rps"), with what
    they measure and their size in its smallest common unit ("0.2 s" and
    "200 ms" are one size), the unit itself grammar; percentiles ("p99");
    versions ("v3.11"); and for each number, the words that bound it ("under
    200 ms", "fewer than five", "99.9% or more"); "a" before a unit after
    such words is one of it ("in under a second"). Not a number already read
    as a deadline ("within 15 minutes")."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.role != "content":
            continue
        if w.text[:1].isdigit() and _share_of_time(texts, i):
            w.role, found[i + 1].role = "share", "function"
        elif _VERSION.fullmatch(w.text):
            w.role = "version"
        elif _PERCENTILE.fullmatch(w.text):
            w.role, w.rank = "percentile", float(w.text[1:])
        elif w.text[:1].isdigit() and not NUMBER_RANGE.fullmatch(w.text) and (value := count_of(w.text)) is not None:
            unit = vocab.MEASURE_UNITS.get(texts[i + 1]) if i + 1 < clause_ends[i] else None
            if unit is not None and unit[0] == "time" and i and texts[i - 1] in vocab.PER_PERIOD:
                unit = None  # "every 4 hours": how many periods apart, read as how often, not a measure
            if unit is not None and found[i + 1].role == "content":
                w.role, w.unit, w.rank = "measure", unit[0], value * unit[1]
                found[i + 1].role = "function"  # "ms" in "200 ms": the number says how much
            _bounded(found, i, clause_ends[i], 2 if w.role == "measure" else 0)
        elif w.text in vocab.COUNT and w.text not in vocab.VAGUE_COUNT:
            _bounded(found, i, clause_ends[i], 0)  # "fewer than five"
        elif w.text in ("a", "an") and i + 1 < clause_ends[i] and texts[i + 1] in vocab.MEASURE_UNITS \
                and found[i + 1].role == "content" and _bound_before(texts, i, _clause_start(found, i))[0]:
            # "in under a second", "below a percent": one of the unit, bounded as "under 10 seconds" is
            # ("a second opinion" is no measure: no bound before it).
            w.role, w.unit, w.rank = "measure", vocab.MEASURE_UNITS[texts[i + 1]][0], vocab.MEASURE_UNITS[texts[i + 1]][1]
            found[i + 1].role = "function"
            _bounded(found, i, clause_ends[i], 2)


def _share_of_time(texts: list[str], i: int) -> bool:
    """Whether the number at ``i`` is a share of the person's time ("50-65%
    of my time", "20 percent of their time", "80% of their week"): how time is
    split between kinds of work, where less of one is more of another, not
    an amount asked."""
    if texts[i + 1 : i + 3] != ["percent", "of"]:
        return False
    if any(tuple(texts[max(0, i - len(bound)) : i]) == bound
           for bound in (*vocab.CEILINGS, *vocab.FLOORS, *vocab.EITHER_BOUNDS)):
        return False  # "no more than 10% of their time on toil": a limit, read as a number under a most
    rest = texts[i + 3 : i + 6]
    # The person's own time ("of my time"); "95% of the time" says how often something holds, a number.
    if not rest[:1] or rest[0] not in _WHOSE:
        return False
    rest = rest[1:]
    if rest[:1] and rest[0] in ("working", "work"):
        rest = rest[1:]  # "of my working time"
    return rest[:1] != [] and rest[0] in _TIME_SPENT


#: Whose time a share of it is: the person's own.
_WHOSE = frozenset("my their your his her our".split())
#: What a share of time is a share of: "of my time", "of their week".
_TIME_SPENT = frozenset("time week weeks day days month sprint sprints quarter hours".split())


def _longest_first(bounds: Iterable[tuple[int, tuple[str, ...]]]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple(sorted(bounds, key=lambda found: -len(found[1])))


#: The words before a number that bound it, with which way (-1 a most, 1 a least, 2 either), the longest
#: first: "no more than" is a most, "more than" a least.
_LIMITS_BEFORE = _longest_first([*((-1, bound) for bound in vocab.CEILINGS), *((1, bound) for bound in vocab.FLOORS),
                                 *((2, bound) for bound in vocab.EITHER_BOUNDS)])
#: Those, and a scale that runs the other way ("severity 1", "in the top 3"), read as under a most.
_BOUNDS_BEFORE = _longest_first([*_LIMITS_BEFORE, *((-1, bound) for bound in vocab.INVERTED_SCALES)])
#: The words after a number and its unit that bound it: "200 ms or less", "5 or more".
_BOUNDS_AFTER = _longest_first([*((-1, bound) for bound in vocab.CEILINGS_AFTER),
                                *((1, bound) for bound in vocab.FLOORS_AFTER)])


def _bounded(found: list[Word], i: int, end: int, width: int) -> None:
    """Read the words that bound the number at ``i`` (its clause ending at
    ``end``): before it ("under", "at least", "up to"; a scale that runs
    the other way, "severity 1", "top 3", is read as under a most) or, for a number of
    ``width`` words with its unit, after ("200 ms or less"); after a count,
    "or fewer" is read with it as a ceiling (``comparative_tails``)."""
    texts = [w.text for w in found]
    start = next((k + 1 for k in range(i - 1, -1, -1) if found[k].clause != found[i].clause), 0)
    # Of one before and one after ("under 200 ms or less"), the one before says it.
    for way, bound in _BOUNDS_AFTER if width else ():
        if i + width + len(bound) <= end and tuple(texts[i + width : i + width + len(bound)]) == bound:
            found[i].bound, found[i].bound_words = way, tuple(found[i + width : i + width + len(bound)])
            break
    way, length = _bound_before(texts, i, start, _BOUNDS_BEFORE)
    if way:
        found[i].bound, found[i].bound_words = way, tuple(found[i - length : i]) + found[i].bound_words
        return
    if i > start and texts[i - 1] in vocab.RANKING_TOPS and _ranked(found, i, end):
        # "at or near the top 5%", "that top 5% bar", "the top 3 engineers", "the best 10%": a place in a
        # ranking, however it is led to; a larger share of it is an easier bar, as "in the top 5%" is read.
        found[i].bound, found[i].bound_words = -1, (found[i - 1],) + found[i].bound_words
    elif (reached := _share_reaching(found, i, end)) is not None:
        # "About 5% of engineers reach this level": how few get there, as "the top 5%" says; 10% is easier.
        found[i].bound, found[i].bound_words = -1, (reached,) + found[i].bound_words


def _share_reaching(found: list[Word], i: int, end: int) -> Word | None:
    """The verb after the percentage at ``i`` that says the share of people
    who reach where the text places them ("5% reach this level", "5% of
    engineers make it to Staff", "only 5% of the people in the company
    attain it"): read as a place in a ranking, as "the top 5%" is. None for
    a share of anything else ("90% of tickets", "95% of the time") or of
    people doing a thing asked ("mentors 50% of new hires")."""
    if found[i].unit != "percent":
        return None
    j = i + 1
    if j < end and found[j].text in ("percent", "per", "cent"):
        j += 1  # "5 percent", "5 per cent"
    if j < end and found[j].text == "cent":
        j += 1
    if j < end and found[j].text == "of":
        j += 1
        while j < end and found[j].text in vocab.DETERMINERS:
            j += 1
        if not (j < end and found[j].text in vocab.PEOPLE):
            return None  # "90% of tickets": a share of the work
        j += 1
        while j < end and found[j].text in _PEOPLE_PLACED:
            j += 1  # "5% of engineers in the company", "at Acme"
    return _arriving(found, j, end)


def _arriving(found: list[Word], j: int, end: int) -> Word | None:
    """The verb at ``j`` if it says people arrive at a place of the ladder:
    "reach this level", "make it (to Staff)", "get to L5", "progress to
    the next level", "get promoted", "are promoted"; None for what they do
    or are given ("get training", "make a promotion case", "reach their
    goals"), a share of the work, which stays a number."""
    if j >= end:
        return None
    verb = found[j].text
    if verb in vocab.PROMOTED_AFTER and j + 1 < end and found[j + 1].text == "promoted" or verb == "promoted":
        return found[j]
    if verb not in vocab.REACHING:
        return None
    k = j + 1
    for word in vocab.REACHING[verb]:
        if not (k < end and found[k].text == word):
            return None
        k += 1
    if verb in ("make", "makes", "made"):
        if k >= end or found[k].clause != found[j].clause:
            return found[j]  # "only 10% make it": to the level the text is about
        if found[k].text == "to":
            k += 1
    while k < end and (found[k].text in vocab.DETERMINERS or found[k].text in _BEFORE_A_PLACE):
        k += 1
    if k < end and (found[k].text in vocab.LADDER_PLACES or found[k].text in vocab.SENIORITY_WORDS
                    or vocab.code_rung(found[k].text) is not None):
        return found[j]
    return None


#: Words between an arriving verb and the place it arrives at: "reach the next level", "a higher band".
_BEFORE_A_PLACE = frozenset("the a an next following higher".split())
#: A share that arrives, read as a place in a ranking: its verb (``_arriving``).
_ARRIVING = frozenset(vocab.REACHING) | vocab.PROMOTED_AFTER | {"promoted"}


#: Words that may place the people a share is of before its verb: "5% of engineers in the company reach it".
_PEOPLE_PLACED = vocab.DETERMINERS | frozenset("in at across within company organisation organization team teams "
                                         "engineering here".split())


#: A version, as ``words._one_word`` writes it: "v3.11", "v2".
_VERSION = lazy(r"v\d+(?:\.\d+)*")
#: A percentile, as ``words._one_word`` writes it: "p99", "p99.9".
_PERCENTILE = lazy(r"p\d{2,3}(?:\.\d+)?")


#: Where a frequency that only bounds it from above stands: below all that is asked, as "never".
_AT_MOST = float(vocab.FREQUENCY["never"])


def comparative_tails(found: list[Word]) -> None:
    """Read the words after a frequency or a deadline that say which way it
    bounds what is asked: not another thing asked (an alternative), but the
    bound. "monthly or more often" and "within a week or sooner" say what a
    period and a deadline say alone (a period says how often at least, a
    deadline how late at most): grammar, as "at least" is. "quarterly or
    less often" makes it how often at most: nothing is asked at least, so
    it asks less than "quarterly" does, read on the scale of how often as
    the least."""
    texts = [w.text for w in found]
    for i, w in enumerate(found[:-1]):
        if w.role == "count" and texts[i + 1] == "or" and texts[i + 2 : i + 3] and texts[i + 2] in vocab.FEWER:
            # "three or fewer": at most three, none at least.
            found[i + 1].role = "function"
            found[i + 2].role, found[i + 2].rank = "count", 0.0
            continue
        if w.role not in ("frequency", "deadline") or found[i + 1].role == w.role \
                or w.text in vocab.AVOIDING_FREQUENCY:
            continue
        floors = vocab.MORE_OFTEN if w.role == "frequency" else vocab.SOONER
        ceilings = vocab.LESS_OFTEN if w.role == "frequency" else ()
        for tail in (*floors, *ceilings):
            if tuple(texts[i + 1 : i + 1 + len(tail)]) == tail:
                for part in found[i + 1 : i + 1 + len(tail)]:
                    part.role = "function"
                if tail in ceilings:
                    found[i + 2].role, found[i + 2].rank = "frequency", _AT_MOST  # "less"
                break


def count_direction(
    runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]
) -> tuple[int, str] | None:
    """More or fewer, where a number changed and both texts say how many:
    the least and the most each asks for, compared, of the numbers the
    change touched ("one or two" -> "three or four", "one or two" -> "one",
    "1-2" -> "at least 2": the least raised, the most not lowered, asks
    more; ends that move apart, "2-3" -> "1-4", a reader must say); a
    number the change left as it was ("... during their first 90 days")
    counts something else."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    if not any(w.role == "count" and not w.neutral for removed, inserted in runs for w in (*removed, *inserted)) \
            and not _floor_changed(changed, a, b):
        return None
    for run in (run for pair in runs for run in pair):
        inside = {id(w) for w in run}
        for w in run:
            if w.role == "count" and w.bound == 1 and all(id(part) in inside for part in w.bound_words):
                # "members" -> "at least two members": a least, as the number alone says; the count is read.
                for part in w.bound_words:
                    part.neutral = True
    before, after, vague, ceilings, whole = _changed_counts(runs, a, b)
    if not (before and after):
        return None  # a number added or taken out: words like any other
    # An amount in a clause put in or taken out whole ("Your goal is mastery in 3+ areas." added) counts what
    # that clause asks, read as its words; of the rest, each amount is compared with its own.
    kept = [[span for span, new_clause in zip(spans, whole[side]) if not new_clause]
            for side, spans in enumerate((before, after))]
    if len(before) != len(after) and len(kept[0]) == len(kept[1]) > 0:
        paired = kept
    else:
        paired = [before, after]
    if len(paired[0]) == len(paired[1]) > 1 and ceilings == {False}:
        # "a few areas ... 1-3 areas" -> "a handful of areas ... 3+ areas": as many amounts in each, each
        # compared with its own; more where one asks more and none less.
        pairs = {_amount_direction(old_span, new_span, vague) for old_span, new_span in zip(*paired)}
        if 2 in pairs or pairs >= {1, -1}:
            return (1, "number unclear")
        direction = max(pairs, key=abs)
        if direction:
            return (direction, _moved("number", direction))
    old = max(low for low, _h in before), max(high for _l, high in before)
    new = max(low for low, _h in after), max(high for _l, high in after)
    if not vague and ceilings != {False} and ceilings != {_REACH}:
        # "fewer than five open bugs" -> "fewer than three": under a most, fewer asks more; a most put in
        # for a least ("at least two" -> "at most two"), or a reach put in or taken out ("five designs" ->
        # "up to five designs"), cannot be told. "up to" of things done is how far one goes, as a plain
        # number is: "reviews up to three designs" -> "up to five" asks more.
        if ceilings != {True}:
            return (1, "number unclear")
    if not vague:
        # Each end of the amount compared: "1-2" -> "2+" and "2-3" -> "3" raise the least asked, and no end
        # falls; ends that move apart ("2-3" -> "1-4") no reader can tell. Under a most the other way round.
        ends = {sign(new[0] - old[0]), sign(new[1] - old[1])}
        if ends >= {1, -1}:
            return (1, "number unclear")
        direction = max(ends, key=abs) * (-1 if ceilings == {True} else 1)
    else:
        # A word that names no number exactly ("a few": two to four), or a ceiling ("three or fewer"): more
        # only where all the new text may name is at least all the old may ("2-3" -> "several"), less only
        # the other way round; else ("2-3" -> "a few") no reader can tell, and one is needed: read as asking
        # more, its stronger side, as a change that reads both ways is.
        direction = 0 if old == new else 1 if new[0] >= old[1] else -1 if new[1] <= old[0] else 2
        if direction == 2:
            return (1, "number unclear")
    if not direction:
        for removed, inserted in runs:  # "a lot of" -> "lots of": as many, said another way
            for w in (*removed, *inserted):
                if w.role == "count":
                    w.neutral = True
                    if w.bound == 1:  # "5" -> "at least five": a least, as the number alone says
                        for part in w.bound_words:
                            part.neutral = True
        return None
    # Under a most ("under 80 ms", "fewer than five open bugs") the number is a limit, unless it is a place on a
    # scale that runs the other way ("SEV 1").
    limits = ceilings == {True} and _limits(w for w in (*a, *b) if w.role == "count" and w.bound == -1)
    return (direction, _moved("limit" if limits else "number", direction))


def kinds_counted(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A word of several kinds (``vocab.DISTINCT_KINDS``: "different",
    "various") where a number takes its place, or the other way: "at
    different levels" -> "at one or two levels" counts them, read as
    "multiple" is (``count_direction``), not as words replaced."""
    for removed, inserted in runs:
        for run, other in ((removed, inserted), (inserted, removed)):
            if not any(w.role == "count" for w in other) or any(w.role == "count" for w in run):
                continue
            for w in run:
                if w.text in vocab.DISTINCT_KINDS and w.role in ("content", "qualifier"):
                    w.role, w.rank = "count", float(vocab.COUNT["multiple"])


def vague_counts_for_quantities(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A vague word of how many ("many", "several", "a few") put in the
    place of a word of how much of a set ("all", "most", "every"), or the
    other way: "across all aspects" -> "across many aspects" names fewer
    of them, read on the scale of how much (``vocab.QUANTITY``), not as a
    number put in; and so is a word that picks the ones that matter out
    ("across key aspects", ``vocab.SELECTING``), as "some"."""
    for removed, inserted in runs:
        for run, other in ((removed, inserted), (inserted, removed)):
            if not any(w.role == "quantity" for w in other):
                continue
            # "all key designs" keeps its word of how much: the selection is another word of meaning.
            selects = not any(w.role == "quantity" for w in run)
            for w in run:
                if w.role == "count" and w.text in vocab.QUANTITY:
                    w.role, w.rank = "quantity", float(vocab.QUANTITY[w.text])
                elif selects and w.text in vocab.SELECTING and w.role in ("content", "bound"):
                    w.role, w.rank = "quantity", float(vocab.QUANTITY["some"])


def _strict_floor_in(w: Word, changed: set[int]) -> bool:
    """Whether the words that make a count a least leaving the number out
    ("more than one", ``vocab.STRICT_FLOORS``) are among ``changed``."""
    return w.bound == 1 and any(id(x) in changed for x in w.bound_words) \
        and tuple(x.text for x in w.bound_words) in vocab.STRICT_FLOORS


def _floor_changed(changed: set[int], a: list[Word], b: list[Word]) -> bool:
    """Whether a count of either text had such a least put in or taken out around it."""
    return any(w.role == "count" and _strict_floor_in(w, changed) for w in (*a, *b))


def _amount_direction(old: tuple[float, float], new: tuple[float, float], vague: bool) -> int:
    """Which way one amount, the least and the most it may name, moves to
    another: 1 more, -1 fewer, 0 as many, 2 where no reader can tell (as
    ``count_direction`` reads them)."""
    if not vague:
        ends = {sign(new[0] - old[0]), sign(new[1] - old[1])}
        return 2 if ends >= {1, -1} else max(ends, key=abs)
    return 0 if old == new else 1 if new[0] >= old[1] else -1 if new[1] <= old[0] else 2


#: A count after "up to": how far the work done reaches ("mentors up to two engineers", "interviews up to level
#: 5"), read as a plain count is, not as a most ("at most", "fewer than"), which sets a limit to stay within.
#: Of a measure ("up to 200 ms", "up to 10k rps") it says a most as often as a reach: ``measured_numbers``.
_REACH = "reach"

#: Words that join the numbers of one amount: "one or two", "two to three", "between two and four".
_COUNT_JOINERS = frozenset({"or", "to", "and"})


#: Articles that count one where a number follows their noun after "or": "a month or two".
ARTICLES_OF_ONE = frozenset({"a", "an"})


def article_of_one(texts: Sequence[str], i: int, end: int) -> bool:
    """Whether the article at ``i`` counts one of the noun after it, a
    number after "or" counting more ("a month or two", "an engineer or
    two": one or two, as "one to two months" and "1-2 engineers" say), up
    to ``end``, where its clause ends."""
    return texts[i] in ARTICLES_OF_ONE and i + 3 < end and texts[i + 2] == "or" \
        and count_of(texts[i + 3]) is not None and count_of(texts[i + 1]) is None \
        and texts[i + 1] not in FUNCTION_WORDS


def amounts_of(texts: Sequence[str], counts: Iterable[int]) -> list[list[int]]:
    """The amounts of a text's words (``texts``): its words of how many
    (``counts``, their indices in order) grouped where they name one amount,
    side by side or with a joiner between ("one or two", "two to three",
    "between two and four"), or around the noun they count ("a month or
    two": ``article_of_one``). The one reading of a range in words, for the
    differ's grading and for LL207, which compares two statements with each
    amount as one word."""
    found: list[list[int]] = []
    for k in counts:
        group = found[-1] if found else None
        if group is not None and (group[-1] == k - 1 or group[-1] == k - 2 and texts[k - 1] in _COUNT_JOINERS
                                  or group[-1] == k - 3 and texts[k - 1] == "or" and texts[k - 3] in ARTICLES_OF_ONE):
            group.append(k)
        else:
            found.append([k])
    return found


def _changed_counts(
    runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]
) -> tuple[list[tuple[float, float]], list[tuple[float, float]], bool, set[bool | str], list[list[bool]]]:
    """The amounts of each text a change touched, each as the least and the
    most it may name, whether one of them names no number exactly (a
    vague word, "a few", or a ceiling, "three or fewer"), and for each
    whether words before it make it a most ("fewer than five": True) or a
    reach ("up to ten": ``_REACH``), and whether every word of its clause
    changed (a clause put in or taken out whole): an amount is
    numbers joined ("one or two"), and it is touched where a word of it
    changed or a word kept from it is in an amount touched in the other text
    ("one" -> "one or two")."""
    texts = (a, b)
    changed = ({id(w) for removed, _i in runs for w in removed}, {id(w) for _r, inserted in runs for w in inserted})
    amounts = [amounts_of([w.text for w in text], [k for k, w in enumerate(text) if w.role == "count"])
               for text in texts]
    # The words neither run holds are the same in both texts, in the same order.
    kept = [[k for k, w in enumerate(text) if id(w) not in changed[side]] for side, text in enumerate(texts)]
    counterpart = [dict(zip(kept[0], kept[1])), dict(zip(kept[1], kept[0]))]
    touched: list[set[int]] = [set(), set()]  # by the amount's first word
    for side, text in enumerate(texts):
        for group in amounts[side]:
            # "more than one component" -> "one component": the floor before a number kept changes the amount.
            if any(id(text[k]) in changed[side] or _strict_floor_in(text[k], changed[side]) for k in group):
                touched[side].add(group[0])
    for _ in range(2):  # a kept word carries its amount's change across
        for side in (0, 1):
            other = 1 - side
            for group in amounts[other]:
                if group[0] in touched[other]:
                    continue
                across = {counterpart[other].get(k) for k in group} - {None}
                if any(k in g and g[0] in touched[side] for g in amounts[side] for k in across):
                    touched[other].add(group[0])
    spans: list[list[tuple[float, float]]] = [[], []]
    whole: list[list[bool]] = [[], []]  # of each amount touched: whether every word of its clause changed
    vague = False
    ceilings: set[bool | str] = set()  # of each amount touched: a most (True), a reach (_REACH)
    # Of each amount touched: the least it says where it is one vague word that says a least ("several").
    leasts: list[list[float | None]] = [[], []]
    others_vague = False  # a vague word touched that says more than a least ("a few"), or a ceiling
    for side, text in enumerate(texts):
        for g in amounts[side]:
            if g[0] in touched[side]:
                parts = [_count_span(text[k]) for k in g]
                low, high = min(low for low, _h in parts), max(high for _l, high in parts)
                spans[side].append((low, high))
                clause = text[g[0]].clause
                whole[side].append(all(id(w) in changed[side] for w in text if w.clause == clause))
                least = _vague_least(text[g[0]]) if len(g) == 1 else None
                leasts[side].append(least)
                if least is None and any(text[k].text in vocab.FEWER or _vague_span(text[k]) for k in g):
                    others_vague = True
                vague = vague or any(text[k].text in vocab.FEWER or _vague_span(text[k]) for k in g)
                ceilings.add(_REACH if text[g[0]].bound == 2 else text[g[0]].bound == -1)
    # "multiple" -> "at least three", "several" -> "two": a vague word that says a least, against numbers alone
    # or leasts ("three", "at least three", "three or more"), is read as that least, as they are; so is one
    # against another ("multiple" -> "several", two or more -> three or more), so that a raise cannot pass in
    # two steps read as wording ("multiple" -> "several" -> "three"). Against another vague word or a range,
    # as all it may name.
    for side in (0, 1):
        other = 1 - side
        if (not others_vague and any(least is not None for least in leasts[side])
                and spans[other] and all(low == high or least is not None
                                         for (low, high), least in zip(spans[other], leasts[other]))):
            spans[side] = [span if least is None else (least, least) for span, least in zip(spans[side], leasts[side])]
            vague = False
    return spans[0], spans[1], vague, ceilings, whole


#: The numbers each vague word of how many may name, by its stem: "a handful of" says "few".
_VAGUE_COUNT = {stem(word): span for word, span in vocab.VAGUE_COUNT.items()}


def _vague_span(w: Word) -> tuple[float, float] | None:
    """What a vague word of how many may name ("a few", "a handful of"), None for another word."""
    return None if w.text in vocab.FEWER else _VAGUE_COUNT.get(w.says[1] if w.says else stem(w.text))


#: The least each vague word of how many that says only a least names, by its stem: "a number of" says "several".
_VAGUE_LEAST = {stem(word): least for word, least in vocab.VAGUE_LEAST.items()}


def _vague_least(w: Word) -> float | None:
    """The least a vague word of how many says where it says only a least
    ("several": three or more), None for another word."""
    return _VAGUE_LEAST.get(w.says[1] if w.says else stem(w.text))


def _count_span(w: Word) -> tuple[float, float]:
    """The least and the most a word of how many may name: a number, the
    number; a range ("2-3"), its ends; a vague word ("a few", "several", "a
    handful of"), what VAGUE_COUNT says."""
    if w.text in vocab.FEWER:
        return 0.0, 0.0  # "or fewer": none at least ("fewer" is no form of "few" here)
    span = _vague_span(w)
    if span is not None:
        return span
    if NUMBER_RANGE.fullmatch(w.text):
        numbers = [float(n) for n in w.text.split("-")]
        return min(numbers), max(numbers)
    if w.bound == 1 and w.rank.is_integer() and tuple(x.text for x in w.bound_words) in vocab.STRICT_FLOORS:
        return w.rank + 1, w.rank + 1  # "more than one component": two at least, as "two" alone says
    return w.rank, w.rank


def levels_named(found: list[Word], families: frozenset[str]) -> None:
    """The levels a text names ("as an L5 would", "beyond level 4",
    "mentors IC3s"), on the scale of the ladder: a higher level named asks
    for more, wherever in the sentence it stands."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        number = vocab.level_named(texts, i, families) if w.role not in _QUANTITIES else None
        if number is not None:
            w.role, w.rank = "level", float(number)
            if w.text.isdigit() or vocab.lettered_number(w.text) is not None:
                found[i - 1].role = "function"  # "level" in "level 4": the number says which


def amounts_of_time(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]
                    ) -> list[tuple[int, str, tuple[str, str]]]:
    """Lengths of time said in other units, each compared with the one it
    replaces on one scale, their hours ("for the next six months" -> "for
    the next 90 days" is shorter, "-> two years" longer; "six months" =
    "26 weeks" within the calendar's slack), in whatever way the number is
    written ("a year", "the next quarter", "1.5 years", "2-3 months", "3
    wks", "36 hours"). Which way longer goes is a number's: more asks
    more, under a most ("at most two weeks") less; a length whose bound
    changed too, or a range that overlaps the other, needs a reader. A
    sprint is as long as a team's are, a week to four
    (``vocab.SPRINT_HOURS``): "six months" -> "3 sprints" is shorter
    however long they are, "-> 4 sprints" cannot be told. Lengths in the
    same unit are left to the count they are ("six" -> "three months").
    Deadlines and frequencies are read as such (``periods``), not here.
    The words read are neutral, and no longer counts. Each reading comes
    with the lengths as written, old and new, which a reviewer reads it by."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    said = [_lengths_of_time(text) for text in (a, b)]
    touched = [[amount for amount in lengths if any(id(w) in changed for w in amount[0])] for lengths in said]
    if len(said[0]) == len(said[1]):  # each length with the one in its place, changed on either side ("half" put in)
        pairs = [(old, new) for old, new in zip(*said) if any(id(w) in changed for w in (*old[0], *new[0]))]
    elif len(touched[0]) == len(touched[1]):
        pairs = list(zip(*touched))
    else:
        return []
    out: list[tuple[int, str, tuple[str, str]]] = []
    for (old_words, old_unit, old_hours, old_bound), (new_words, new_unit, new_hours, new_bound) in pairs:
        if old_unit == new_unit and not any(w.text == HALF for w in (*old_words, *new_words)):
            continue  # "six" -> "three months": a number, read as one; "a year" -> "half a year" is read here
        for w in (*old_words, *new_words):
            w.neutral = True
            if w.role in ("count", "measure"):
                w.role = "function"  # the length is read here, not its number again
        quoted = " ".join(w.text for w in old_words), " ".join(w.text for w in new_words)
        if old_bound != new_bound or 2 in (old_bound, new_bound):
            out.append((1, "duration unclear", quoted))
            continue
        if old_hours[0] == old_hours[1] and new_hours[0] == new_hours[1]:
            longer = along("span", old_hours[0], new_hours[0])
        else:
            longer = 0 if all(along("span", o, n) == 0 for o, n in zip(old_hours, new_hours)) \
                else 1 if new_hours[0] >= old_hours[1] else -1 if new_hours[1] <= old_hours[0] else 2
        if longer == 2:
            out.append((1, "duration unclear", quoted))
        elif longer:
            direction = -longer if old_bound == -1 else longer
            out.append((direction, f"duration {'lengthened' if longer > 0 else 'shortened'}", quoted))
    return out


def _lengths_of_time(text: list[Word]) -> list[tuple[list[Word], str, tuple[float, float], int]]:
    """The lengths of time ``text`` says with a number or one period, not
    read as a deadline or a frequency: their words, their unit ("month",
    "sprint"), the least and the most hours they may be, and the bound of
    their number (as ``Word.bound``)."""
    texts = [w.text for w in text]
    counts = [k for k, w in enumerate(text) if w.role == "count"
              or w.role == "measure" and w.unit == "time" and texts[k + 1 : k + 2] and texts[k + 1] in _CLOCK_UNITS]
    # Each amount by the word its unit follows: its last number, or the bound said after it ("5 or more years").
    starts = {max([group[-1], *(k for k, y in enumerate(text) if any(y is b for b in text[group[0]].bound_words))])
              : group for group in amounts_of(texts, counts)}
    found: list[tuple[list[Word], str, tuple[float, float], int]] = []
    for k, w in enumerate(text):
        if w.text not in vocab.DURATION_HOURS or w.text in vocab.PART_OF_PERIOD or w.role not in ("content", "function"):
            continue  # "within a week", "every two weeks", "every weekend": read by ``periods``
        unit = vocab.DURATION_ABBREVIATIONS.get(w.text, w.text).removesuffix("s")
        group = starts.get(k - 1) or (starts.get(k - 2) if texts[k - 1 : k] == ["of"] else None)  # "a couple of months"
        half = 0.0
        if group is None and and_a_half(texts, k - 3) and starts.get(k - 4):
            group, half = starts[k - 4], 0.5  # "one and a half years"
        halved = half_before(texts, k)  # "half a year", "a half year": read as a deadline reads them
        if group is not None:
            spans = [_count_span(text[g]) if text[g].role == "count" else (count_of(text[g].text) or 0.0,) * 2
                     for g in group]
            amount = min(low for low, _h in spans) + half, max(high for _l, high in spans) + half
            start, bound = group[0], text[group[0]].bound
        elif unit == w.text and (halved >= 0 or any(
                tuple(texts[max(0, k - len(one)) : k]) == one for one in vocab.ONE_PERIOD_BEFORE)):
            # "a year", "the next quarter", "half a year"; "at most a month" bounds it as a number is bounded.
            start = halved if halved >= 0 else k
            if texts[start - 1 : start] in (["a"], ["an"]):
                start -= 1
            amount, bound = (0.5, 0.5) if halved >= 0 else (1.0, 1.0), _bound_before(texts, start)[0]
        else:
            continue
        end = k + 3 if and_a_half(texts, k + 1) else k  # "a year and a half", "six months and a half"
        if end > k:
            amount = amount[0] + 0.5, amount[1] + 0.5
        words = text[start : end + 1]
        if unit in vocab.SPRINT_HOURS:
            shortest, longest = vocab.SPRINT_HOURS[unit]
            hours = amount[0] * shortest, amount[1] * longest
        else:
            hours = amount[0] * vocab.DURATION_HOURS[unit], amount[1] * vocab.DURATION_HOURS[unit]
        found.append((list(words), unit, hours, bound))
    return found


def _clause_start(found: list[Word], i: int) -> int:
    """Where the clause of the word at ``i`` starts."""
    return next((k + 1 for k in range(i - 1, -1, -1) if found[k].clause != found[i].clause), 0)


def _bound_before(texts: list[str], i: int, start: int = 0,
                  bounds: Sequence[tuple[int, tuple[str, ...]]] = _LIMITS_BEFORE) -> tuple[int, int]:
    """Which way the words just before ``i`` (from ``start`` on) bound what
    follows, and how many words they are: -1 a most ("at most"), 1 a least
    ("at least"), 2 either ("up to"); (0, 0) for none. Of ``bounds``,
    longest first, the first that fits."""
    for way, bound in bounds:
        if i - len(bound) >= start and tuple(texts[i - len(bound) : i]) == bound:
            return way, len(bound)
    return 0, 0


#: The units of time a number measured may have that are lengths of time as a calendar's are: "36 hours".
_CLOCK_UNITS = frozenset(unit for unit in vocab.MEASURE_UNITS if unit in vocab.DURATION_HOURS)


#: Words that name one thing before its noun: "a complex bug", "an issue", "one more junior engineer".
_ONE_OF_THEM = frozenset({"a", "an", "one"})
#: Words between "a" and its noun that end the noun's phrase: another noun's determiner, a preposition, a
#: conjunction ("a review of designs" counts reviews, not designs).
_PHRASE_BREAKS = frozenset(
    "the a an this that these those of and or to for with in on by from at as into about than but nor so "
    "my our your their his her its each every all any".split())
#: Nouns whose singular after "a" says a kind, not one of them: "a variety of", "a number of", "a lot of".
_NOT_ONE = frozenset("number lot variety range set couple handful bit few kind sort type series group".split())


def number_of_things(a: Sequence[Word], b: Sequence[Word]) -> tuple[int, str] | None:
    """How many things a text asks for, said by a noun's number alone:
    "fixes complex bugs" -> "fixes a complex bug", "feedback to colleagues"
    -> "to a colleague" ask for fewer (one, where it was any and all of
    them); "writes a design doc" -> "writes design docs" for more. Read
    only where a noun plural in one text is, in the other, one thing named
    by "a", "an" or "one" before it (words that describe it between, "a
    more junior engineer"), and neither text has it the other way too; not
    a noun that describes the next ("a test suite"), nor "a number of",
    "a lot of". None where no noun's number changed so."""
    lowered = _singled(a, b)
    raised = _singled(b, a)
    if lowered and not raised:
        return (-1, "quantity lowered")
    if raised and not lowered:
        return (1, "quantity raised")
    # "Fixes bugs and writes a test" -> "Fixes a bug and writes tests": fewer of one, more of another.
    return (1, "quantity unclear") if raised and lowered else None


def _singled(plural_in: Sequence[Word], single_in: Sequence[Word]) -> bool:
    """Whether a noun plural in ``plural_in`` is one thing named by "a",
    "an" or "one" in ``single_in``, which has no plural of it, and
    ``plural_in`` none of it named one."""
    singled = {w.stem for w in _plurals(plural_in)} & {w.stem for w in _named_one(single_in)}
    return bool(singled - {w.stem for w in _plurals(single_in)} - {w.stem for w in _named_one(plural_in)})


def _plurals(text: Sequence[Word]) -> list[Word]:
    """Content words of ``text`` in the plural after the first of their
    clause (which is most often a verb: "fixes"): "bugs", "colleagues";
    not the verb after the people the sentence is about ("An engineer
    focuses on ...")."""
    found = []
    subject = ladder_subject(list(text)) if text else None
    for i, w in enumerate(text):
        if subject is not None and i == subject[0]:
            continue
        if w.role in ("content", "size", "audience") and w.text.isalpha() and in_the_plural(w.text) \
                and i and text[i - 1].clause == w.clause \
                and text[i - 1].text not in POSSESSIVES | {"i", "he", "she", "it", "who", "that", "which"} \
                and w.text not in vocab.DURATION_HOURS and w.text not in vocab.SPRINT_HOURS \
                and not any(x.role == "count" and x.clause == w.clause for x in text[max(0, i - 3) : i]) \
                and not _one_of(text, i):
            # Not a length of time ("a day" -> "two days") nor a noun a number counts: the counts read them.
            found.append(w)
    return found


#: Words that pick one out of the plural after "of": "one of the strongest engineers", "each of the teams".
_ONE_OUT_OF = frozenset("one each either neither".split())


def _one_of(text: Sequence[Word], i: int) -> bool:
    """Whether the plural at ``i`` names the set one is picked out of ("is
    one of the strongest engineers", "each of my reports"): one thing
    still, ranked among the rest."""
    for j in range(i - 1, max(0, i - 5), -1):
        if text[j].clause != text[i].clause:
            return False
        if text[j].text == "of":
            return text[j - 1].text in _ONE_OUT_OF
    return False


def _named_one(text: Sequence[Word]) -> list[Word]:
    """Nouns of ``text`` named one by "a", "an" or "one" before them, in the
    singular, the words between describing them ("a complex bug")."""
    found = []
    for i, w in enumerate(text):
        if not w.text.isalpha() or w.text.endswith("s") and not w.text.endswith("ss") or w.text in FUNCTION_NOUNS:
            continue
        after = text[i + 1] if i + 1 < len(text) else None
        if after is not None and after.clause == w.clause and after.text.isalpha() \
                and after.text not in _PHRASE_BREAKS and after.role == "content" \
                and not after.text.endswith(("ly", "ing", "ed")):
            continue  # "a test suite": the noun describes the next
        for j in range(i - 1, max(-1, i - 5), -1):
            if text[j].clause != w.clause:
                break
            if text[j].text in _ONE_OF_THEM:
                found.append(w)
                break
            if text[j].text in _PHRASE_BREAKS or not text[j].text.replace("-", "").isalpha():
                break
    return found


#: Singular nouns that say no one thing after "a": "a number of", "a lot of".
FUNCTION_NOUNS = _NOT_ONE
