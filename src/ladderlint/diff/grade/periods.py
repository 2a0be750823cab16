"""How often, how soon and for how long: frequencies, deadlines and spans.

Read as a text is read (``deadlines``, ``per_period``, ``periods_apart``,
``share_of_periods``, ``how_often``): "every two weeks", "twice a month",
"one week in four", "within a day", "by the end of the sprint", "in my
first month". Each is ranked by the hours of its period (``period_rank``),
periods the same within the calendar's slack being one ("every four
weeks" = "monthly"); a sprint is any length from a week to four, a vague
count ("a few days") a spread of ranks. Read when two texts are compared:
a word that cannot be told ("biannually": ``ambiguous_period``), a vague
time that overlaps the one it replaces (``vague_time``), a phrase changed
in part and read whole (``split_phrase``), one's first weeks turned from a
deadline into a span (``deadline_for_span``), and which way a move along
these scales goes (``along``).
"""

from __future__ import annotations

import math
from typing import Sequence

from ... import vocabulary as vocab
from .words import BE, FUNCTION_WORDS, NUMBER_RANGE, SCALE_NAMES, SUBJECT_OPENERS, SUBJECTS, Word, count_of, negating, read_on_scale, sign


def ambiguous_period(runs: list[tuple[list[Word], list[Word]]]) -> tuple[int, str] | None:
    """A word that says one of two periods ("biannually": twice a year or
    every two years) put in, taken out or replaced: whether more or less is
    asked cannot be told, so a reader must say; read as asking more, its
    stronger side, as a change that reads both ways is. Not one spelling of
    it for another ("biannually" / "bi-annually")."""
    said = [sorted(vocab.PERIODIC[w.text] for run in side for w in run if w.text in vocab.AMBIGUOUS_PERIODIC)
            for side in zip(*runs)] if runs else [[], []]
    return (1, "frequency unclear") if said[0] != said[1] else None


def deadline_for_span(runs: list[tuple[list[Word], list[Word]]]) -> tuple[int, str] | None:
    """Someone's first weeks read as a deadline in one text and as a span
    in the other ("ship a change in my first week" -> "during my first two
    weeks"): whether sooner or longer asks more cannot be told, so a reader
    must say; read as asking more, as a change that reads both ways is."""
    removed = [w for r, _i in runs for w in r if w.role in ("deadline", "span")]
    inserted = [w for _r, i in runs for w in i if w.role in ("deadline", "span")]
    if not ({w.role for w in removed} | {w.role for w in inserted}) >= {"deadline", "span"} \
            or {w.role for w in removed} == {w.role for w in inserted}:
        return None
    for w in removed + inserted:
        w.neutral = True
    return (1, "deadline unclear")


def waits(runs: list[tuple[list[Word], list[Word]]]) -> tuple[int, str] | None:
    """How long to try before acting, changed ("escalates after 30 minutes
    without progress" -> "after a few hours without progress"): whether
    trying longer on one's own asks more, or acting sooner does, the words
    do not say, so a reader must; read as asking more, as a change that
    reads both ways is."""
    waited = [w for removed, inserted in runs for w in (*removed, *inserted) if w.role == "wait"]
    for w in waited:
        w.neutral = True
    return (1, "wait unclear") if waited else None


def vague_time(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """A deadline or a frequency counted with a vague word ("within a few
    days", "a few times a year", "every few weeks") against another, where
    a change touched one: read as the least and the most each may say, as a
    number is (``counts.count_direction``). Sooner or more often only where all
    the new text may say is at least all the old may ("within a few days"
    -> "within two days"); where that cannot be told ("within three days"),
    a reader must say, read as asking more. None where neither says one with
    a vague word, or each text says more than one, or what is done is to be
    avoided ("rarely"). A sprint against a period of the calendar is read
    so too, as any length a team's sprints may have ("every sprint" ->
    "every two weeks": a reader must say; -> "every day", more often
    however long they are); against another sprint, as long as it."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    for role in ("deadline", "span", "frequency"):
        said = [[w for w in text if w.role == role] for text in (a, b)]
        in_sprints = {any(w.team_spread for w in words) for words in said}
        mixed = all(said) and len(in_sprints) == 2
        if not any(id(w) in changed for words in said for w in words) \
                or not (mixed or any(w.spread for words in said for w in words)) \
                or any(w.text in vocab.AVOIDING_FREQUENCY for words in said for w in words):
            continue
        spans = [{(w.team_spread if mixed else None) or w.spread or (w.rank, w.rank) for w in words}
                 for words in said]
        if any(len(span) != 1 for span in spans):
            return None
        (old,), (new,) = spans
        if old == new:
            return None
        if role == "deadline" and all(w.ends_with_period for words in said for w in words):
            # "by the end of the quarter" -> "the same month": the one ends no later, by its period.
            direction = 1 if new[0] > old[0] else -1
        elif not mixed and not any(w.text in vocab.VAGUE_COUNT for words in said for w in words):
            # Ranges of numbers, each end said ("within 1-2 years" -> "within 1-3 years"): each end compared,
            # as a count's are; ends that move apart ("2-3" -> "1-4") a reader must say.
            ends = {sign(new[0] - old[0]), sign(new[1] - old[1])}
            direction = 0 if ends >= {1, -1} else max(ends, key=abs)
        else:
            direction = 1 if new[0] >= old[1] else -1 if new[1] <= old[0] else 0
        if not direction:
            return (1, f"{SCALE_NAMES[role]} unclear")
        return (direction, f"{SCALE_NAMES[role]} {'raised' if direction > 0 else 'lowered'}")
    return None


def deadline_for_vague_time(runs: list[tuple[list[Word], list[Word]]], a: list[Word],
                            b: list[Word]) -> tuple[int, str] | None:
    """A definite deadline said in the place of a word that only says to act
    soon (``vocab.VAGUE_SOON``: "Escalates issues in a timely manner" ->
    "... within 4 hours", "promptly" -> "within a day", "as soon as
    possible" -> "by the end of the day"): a deadline put in, which raises
    the bar as one put in where no word of time was does. The other way
    ("within a couple of days" -> "promptly") whether sooner or later is
    asked cannot be told, so a reader must say (read both ways); only one
    who said to act at once ("immediately" -> "promptly") asks less. Its
    words are read so, and not as words replaced.
    None where the text that loses the vague word keeps or had a deadline
    ("quickly, within 2 days" -> "within a day": the deadline moved, read on
    its scale), or the other still says one ("promptly" -> "promptly, within
    a day": a deadline put in beside it), or nothing of time is changed."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    for old, new, direction in ((a, b, 1), (b, a, -1)):
        vague = _vague_soon(old)
        said = [w for w in new if w.role == "deadline" and not w.neutral]
        if not vague or not said or _vague_soon(new) or any(w.role == "deadline" for w in old) \
                or not all(id(w) in changed for w in vague) or not any(id(w) in changed for w in said):
            continue  # a deadline changed in part ("within a couple of days" -> "in a timely manner") is read whole
        for w in (*vague, *said):
            w.neutral = True
        if direction > 0 and _past_soon(said):
            # "promptly" -> "at the next weekly sync", "as soon as they see them" -> "by the end of the sprint": later
            # than soon allows.
            return (-1, "deadline lowered")
        if direction > 0:
            return (1, "deadline put in")
        if all(w.rank == IMMEDIATE_RANK for w in said):
            return (-1, "deadline taken out")  # "immediately" -> "promptly": no sooner than at once
        # "within a couple of days" -> "promptly": sooner or later than the deadline, the word does not say.
        return (1, "deadline unclear")
    return None


def deadline_put_off(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """A word of when a deed is due ("on time", "on schedule", "promptly",
    "within a week", "immediately") replaced by one that puts it off to no
    time set (``vocab.NOT_YET``, ``vocab.NOT_YET_PHRASES``: "eventually",
    "in due course", "at some point"): the deadline taken out, which lowers
    the bar; the other way, one put in. None where either text says both,
    or none of the words of either changed ("eventually, within a
    week"), or "eventually" says what is still learnt ("will eventually
    lead", read as learning)."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    due, later = [_due(a), _due(b)], [_put_off(a), _put_off(b)]
    for old, new, direction in ((0, 1, -1), (1, 0, 1)):
        if not due[old] or not later[new] or due[new] or later[old] \
                or not all(any(id(w) in changed for w in words) for words in (due[old], later[new])):
            continue  # a phrase changed in part is read whole: "on time" -> "in due time"
        for w in (*due[old], *later[new]):
            w.neutral = True
        return (direction, "deadline taken out" if direction < 0 else "deadline put in")
    return None


def due_reworded(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """One word of a deed due with no time said in it for another ("on
    time" / "on schedule" / "by the deadline" / "promptly": ``_due_untimed``):
    the same deadline, wording; its words are read so, not as words
    replaced. Not where either text says a deadline of its own ("within a
    day", "immediately": read on its scale) or puts the deed off
    (``deadline_put_off``), or none of the words of either changed."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    said = [_due_untimed(a), _due_untimed(b)]
    if not all(said) or any(w.role == "deadline" for w in (*a, *b)) or _put_off(a) or _put_off(b) \
            or not all(any(id(w) in changed for w in words) for words in said):
        return  # a phrase changed in part is read whole: "on time" -> "on schedule"
    for words in said:
        for w in words:
            w.neutral = True


def _due(text: list[Word]) -> list[Word]:
    """The words of a text that say when its deed is due: a deadline, a word that says soon, "on time"."""
    return [w for w in text if w.role == "deadline"] + _due_untimed(text)


def _due_untimed(text: list[Word]) -> list[Word]:
    """The words of a text that say its deed is due and say no time: a word that says soon ("promptly",
    ``_vague_soon``), "on time", "on schedule", "by the deadline" (``vocab.ON_TIME_PHRASES``)."""
    return _vague_soon(text) + _phrases(text, vocab.ON_TIME_PHRASES)


def _put_off(text: list[Word]) -> list[Word]:
    """The words of a text that put its deed off to no time set ("eventually", "later", "in due course");
    not "eventually" read as what is still learnt ("will eventually lead"), nor "later" of a deadline
    ("no later than Friday") or of a thing ("in later stages")."""
    return [w for i, w in enumerate(text) if w.text in vocab.NO_SET_TIME and w.role not in ("learning", "deadline")
            and not (w.text == "later" and i + 1 < len(text) and (text[i + 1].text == "than"
                                                                  or text[i + 1].role == "content"))] \
        + _phrases(text, vocab.NOT_YET_PHRASES)


def _phrases(text: list[Word], phrases: Sequence[tuple[str, ...]]) -> list[Word]:
    """The words of ``text`` that make up any of ``phrases``, where they are said whole."""
    texts = [w.text for w in text]
    return [w for phrase in phrases for i in range(len(texts) - len(phrase) + 1)
            if tuple(texts[i : i + len(phrase)]) == phrase for w in text[i : i + len(phrase)]]


def _past_soon(said: list[Word]) -> bool:
    """Whether a deadline's words give longer than a word that only says soon allows (``vocab.SOON_HOURS``),
    however short a sprint or a vague count in it may be."""
    shortest = [max((w.rank, *(w.spread or ()), *(w.team_spread or ()))) for w in said]
    return bool(shortest) and -max(shortest) > vocab.SOON_HOURS


def _vague_soon(text: list[Word]) -> list[Word]:
    """The words of a text that say to act soon and set no time (``vocab.VAGUE_SOON``), "as soon as
    possible" and "as soon as" a thing comes to notice ("as soon as they see them": ``_as_soon_as_noticed``);
    not "as soon as" before what it waits for ("as soon as the incident is resolved"), which says when, as
    "once" does."""
    texts = [w.text for w in text]
    found = []
    for i, w in enumerate(text):
        if w.text not in vocab.VAGUE_SOON:
            continue
        if texts[i - 1 : i] == ["as"] and texts[i + 1 : i + 2] == ["as"] and i + 2 < len(texts):
            if texts[i + 2] in _AS_SOON_AS_CAN_BE:
                found.extend(text[i - 1 : i + 3])  # "as soon as possible", said whole
            else:
                found.extend(text[i - 1 : i - 1 + _as_soon_as_noticed(text, i - 1)])
            continue
        found.append(w)
    return found + _phrases(text, vocab.VAGUE_SOON_PHRASES)


def _as_soon_as_noticed(found: list[Word], i: int) -> int:
    """How many words from ``i`` ("as soon as") say to act soon on a thing
    as it comes to notice or about: "as soon as" and a clause of
    ``vocab.NOTICED`` ("as soon as they see them", "as soon as issues
    arise", "as soon as they become aware of it"), to its verb and what it
    is done to; 0 for any other."""
    clause = found[i].clause
    end = next((k for k in range(i + 3, min(i + 7, len(found))) if found[k].text in vocab.NOTICED), None)
    if end is None or any(w.clause != clause for w in found[i : end + 1]):
        return 0
    while end + 1 < len(found) and found[end + 1].clause == clause and found[end + 1].text in _NOTICED_OBJECTS:
        end += 1
    return end + 1 - i


#: Words after a verb of ``vocab.NOTICED`` that name what came to notice: "as soon as they see them", "... become
#: aware of it".
_NOTICED_OBJECTS = frozenset("them it this that these those of".split())


#: What "as soon as" says of itself where it sets no time: "as soon as possible", "as soon as practical".
_AS_SOON_AS_CAN_BE = frozenset("possible practical practicable feasible reasonable".split())


def part_of_period(runs: list[tuple[list[Word], list[Word]]]) -> tuple[int, str] | None:
    """A period said how often something is done replaced by a part of it
    that comes round as often, or the other way ("every week" -> "every
    weekend", "daily" -> "every morning"): as often, but the part asks for
    less of the period (on call every weekend, not all week), the whole
    for more; one part for another ("every morning" -> "every evening")
    asks another time, read as asking more, as a change that reads both
    ways is. None where the periods are not as long: how often is read."""
    said: list[list[str]] = [[], []]
    for side, run in enumerate(zip(*runs)):
        for words in run:
            for k, w in enumerate(words):
                if w.role == "frequency" and not w.neutral:
                    period = vocab.PERIODIC_PERIOD.get(w.text, w.text)
                    if period in vocab.PERIOD and period in vocab.DURATION_HOURS:
                        if w.phrase >= 0 and any(x.phrase == w.phrase and x.text in vocab.PERIOD
                                                 for x in words[k + 1 :]):
                            return None  # parts joined ("every morning and every evening"): how often is read
                        if period in ("day", "days") and k and words[k - 1].text in vocab.WORKING_TIME:
                            said[side].append("weekday")  # "every working day", "every business day"
                            continue
                        said[side].append(vocab.WORKING_DAYS.get(w.text, w.text))
    if [len(words) for words in said] != [1, 1]:
        return None
    (old,), (new,) = said
    periods = [vocab.PERIODIC_PERIOD.get(word, word) for word in (old, new)]
    if vocab.DURATION_HOURS[periods[0]] != vocab.DURATION_HOURS[periods[1]]:
        return None
    if any(word in vocab.PERIODIC for word in (old, new)) and any(p in vocab.WORKING_DAYS.values() for p in periods):
        return None  # "daily" is written for the working days as often as for all seven: "the daily standup"
    parts = [word in vocab.PART_OF_PERIOD for word in periods]
    if parts == [False, True]:
        return (-1, "a part of the period asked")
    if parts == [True, False]:
        return (1, "all of the period asked")
    if parts == [True, True] and periods[0].rstrip("s") != periods[1].rstrip("s"):
        return (1, "another part of the period asked")
    return None


def weekdays_only(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """Every day said in one text and the working days alone in the other
    ("every day" -> "every working day", "on weekdays", "every day except
    weekends", "every day, weekdays only", "Monday to Friday"), where a
    change touched either: five days of seven asked, or all seven; the
    words of both are read by it, not as words put in. None where both
    texts say the working days ("every weekday" -> "every working day")."""
    changed = {id(w) for removed, inserted in runs for w in (*removed, *inserted)}
    said = [(_every_day(text), _weekdays(text)) for text in (a, b)]
    if not any(id(w) in changed for days, weekdays in said for w in (*days, *weekdays)):
        return None
    (old_days, old_weekdays), (new_days, new_weekdays) = said
    if old_days and not old_weekdays and new_weekdays:
        direction = -1
    elif new_days and not new_weekdays and old_weekdays:
        direction = 1
    else:
        return None
    for days, weekdays in said:
        for w in (*days, *weekdays):
            if id(w) in changed:
                w.neutral = True
    return (-1, "a part of the period asked") if direction < 0 else (1, "all of the period asked")


def _every_day(text: list[Word]) -> list[Word]:
    """The words of "every day", "each day" in ``text``."""
    return [w for i, w in enumerate(text[:-1]) if w.text in vocab.PER_PERIOD and text[i + 1].text in ("day", "days")
            for w in (w, text[i + 1])]


#: Words before "weekends" that leave them out: "except weekends", "excluding the weekend", "not on weekends".
_LEAVING_OUT = frozenset("except excluding not outside".split())


def _weekdays(text: list[Word]) -> list[Word]:
    """The words in ``text`` that say the working days alone: "working
    day", "weekdays", "except weekends", "Monday to Friday"."""
    found: list[Word] = []
    texts = [w.text for w in text]
    for i, word in enumerate(texts):
        if word in vocab.WORKING_DAYS:
            found += text[i : i + 2] if texts[i + 1 : i + 2] == ["only"] else [text[i]]
        elif word in vocab.WORKING_TIME and texts[i + 1 : i + 2] in (["day"], ["days"]):
            found += text[i : i + 2]
        elif word in _LEAVING_OUT:
            end = next((j for j in range(i + 1, min(i + 4, len(texts))) if texts[j] in ("weekend", "weekends")), None)
            if end is not None and all(t in ("on", "at", "the") for t in texts[i + 1 : end]):
                found += text[i : end + 1]
        elif word == "monday" and "friday" in texts[i + 1 : i + 4]:
            found += text[i : texts.index("friday", i) + 1]
    return found


def joined_parts(found: list[Word]) -> None:
    """Read parts of one period joined by "and" or a comma ("every morning
    and every evening", "every week and every weekend") as how often they
    say together: each part is its own time in the period, so twice a day,
    twice a week. One part kept of them asks less ("every evening",
    "daily"); all of them said another way ("twice a day") as much. The
    joined phrases become one, which ``part_of_period`` does not read as a
    part for the whole."""
    chains: list[list[int]] = []
    bare: set[int] = set()
    for i, w in enumerate(found):
        if w.text not in vocab.PERIOD or w.text not in vocab.DURATION_HOURS:
            continue
        if i and w.role == "frequency" and w.phrase == i - 1 and found[i - 1].text in vocab.PER_PERIOD:
            if chains and _joined(found, chains[-1][-1], i - 1):  # "every week and every weekend"
                chains[-1].append(i)
            else:
                chains.append([i])
        elif chains and w.role == "content" and _joined(found, chains[-1][-1], i):
            # "every morning and evening", "every morning, afternoon and evening": "every" said once for all.
            chains[-1].append(i)
            bare.add(i)
    for chain in chains:
        said = [found[i].text for i in chain]
        wholes = {vocab.PART_OF_PERIOD.get(word, word).rstrip("s") for word in said}
        if len(chain) < 2 or len(wholes) != 1 or len({word.rstrip("s") for word in said}) != len(said):
            continue
        rank = period_rank(vocab.DURATION_HOURS[wholes.pop()] / len(chain))
        start = chain[0] - 1
        for i in chain:
            if i in bare:
                found[i].role = "frequency"
            for w in found[i if i in bare else i - 1 : i + 1]:
                w.rank, w.phrase = rank, start


def _joined(found: list[Word], last: int, start: int) -> bool:
    """Whether the phrase that starts at ``start`` follows the period at
    ``last`` with nothing but "and" (or a comma) between them."""
    return start > last and [w.text for w in found[last + 1 : start]] in (["and"], [])


def per_period(texts: list[str], i: int) -> tuple[int, float] | None:
    """How the words before the period at ``i`` say how often: (how many
    of them do, how many times a period): "every week", "each sprint",
    "per month" (1, 1); "once a quarter", "once every week" (2, 1);
    "twice a month" (2, 2); "three times a year" (3, 3); "a couple of
    times a week" (4, 2); "one project a year" (1, 1), the count counting
    the projects. None where the period says no frequency
    ("within a week")."""
    before = texts[max(0, i - 3) : i]
    if before[-2:-1] and before[-2] in vocab.PER_PERIOD and before[-1] in vocab.WORKING_TIME \
            and texts[i] in vocab.WORKING_HOURS:
        return 2, 1.0  # "every working day": every day, of those worked
    if before and before[-1] in vocab.PER_PERIOD and not (before[-1] == "per" and times_before(texts, i - 1)):
        # "once every week" is "every week"; "Once every sprint is planned" is "when".
        once = before[-2:-1] == ["once"] and not (texts[i + 1 : i + 2] and texts[i + 1] in _AFTER_ONCE)
        return (2, 1.0) if once else (1, 1.0)
    if len(before) < 2 or before[-1] not in ("a", "an", "per"):  # "twice a week", "twice per week"
        return None
    if before[-2] not in ("once", "twice", "times") and before[-2] not in FUNCTION_WORDS \
            and any(count_of(word) is not None or word in ("a", "an") for word in texts[max(0, i - 4) : i - 2]):
        # "one project a year", "two design reviews a quarter", "one week a month", "a design review a
        # month": that many a period.
        return 1, 1.0
    if before[-2] == "once":
        # "Once a sprint is planned, ...": as soon as, not how often.
        return None if texts[i + 1 : i + 2] and texts[i + 1] in _AFTER_ONCE else (2, 1.0)
    if before[-2] == "twice":
        return 2, 2.0
    if before[-2] == "times":
        count = texts[i - 3] if i >= 3 else ""
        if count == "of" and i >= 4:  # "a couple of times a week"
            count = texts[i - 4]
        times = count_of(count) or 0
        if times and count != texts[i - 3]:
            return 4, float(times)  # "a couple of times a week": the count is of the phrase
        # A count not read ("many more times a week"): the period says how often, as before.
        return (3, float(times)) if times else (2, 1.0)
    return None


def times_before(texts: list[str], i: int) -> int:
    """How many words before ``i`` say how many times ("once", "twice",
    "three times", "a couple of times"); 0 where none do."""
    if i and texts[i - 1] in ("once", "twice"):
        return 1
    if i > 1 and texts[i - 1] == "times":
        if count_of(texts[i - 2]) is not None:
            return 2
        if i > 3 and texts[i - 2] == "of" and count_of(texts[i - 3]) is not None:
            return 4 if texts[i - 4] in ("a", "an") else 3
    return 0


def times_said(texts: list[str], i: int) -> float:
    """How many times the words just before ``i`` say (``times_before``)."""
    word = texts[i - 1]
    if word in ("once", "twice"):
        return 1.0 if word == "once" else 2.0
    return count_of(texts[i - 2]) or count_of(texts[i - 3]) or 1.0


def how_often(phrase: list[Word], rank: float, start: int, spread: tuple[float, float] | None = None,
               team_spread: tuple[float, float] | None = None) -> None:
    """Read the words of a phrase that says how often ("once a year", "every
    two weeks", "one week in six") as one word of frequency, of the whole
    phrase's rank: "once a year" -> "twice a year" changes "once" alone, and
    asks for it more often. Its small words are grammar. ``spread``: the
    ranks a vague count in it may say ("a few times a year");
    ``team_spread``: those a sprint may say, however long the team's are."""
    for part in phrase:
        if part.text in FUNCTION_WORDS:
            part.role = "function"
        else:
            part.role, part.rank, part.phrase, part.spread = "frequency", rank, start, spread
            part.team_spread = team_spread


def sprint_ranks(word: str, fewest: float, most: float) -> tuple[float, float] | None:
    """The ranks of how often something done every ``fewest`` to ``most``
    of ``word``'s periods apart may be, from the longest a sprint may last
    to the shortest (``vocab.SPRINT_HOURS``); None for a period of the
    calendar."""
    if word not in vocab.SPRINT_HOURS:
        return None
    shortest, longest = vocab.SPRINT_HOURS[word]
    return period_rank(most * longest), period_rank(fewest * shortest)


def vague_in(words: list[Word]) -> tuple[float, float] | None:
    """The least and the most the vague count or the range among ``words``
    may name ("a few", "several", "2-3"), None where they have none."""
    return next((span for w in words if (span := vocab.VAGUE_COUNT.get(w.text) or _range_ends(w.text))), None)


def _range_ends(word: str) -> tuple[float, float] | None:
    """The ends of a range of numbers ("2-3" days: two to three), None for another word."""
    if not NUMBER_RANGE.fullmatch(word):
        return None
    numbers = [float(n) for n in word.split("-")]
    return min(numbers), max(numbers)


#: Words between a share and the whole it is of: "one week in six", "one week out of every four".
_SHARE_OF = (("in", "every"), ("in",), ("out", "of", "every"), ("out", "of", "each"), ("out", "of"))


def share_of_periods(texts: list[str], i: int) -> tuple[int, int, float] | None:
    """Where a phrase that gives a share of the periods (the period at
    ``i``) starts and ends, and how many periods apart it says the thing is
    done: "one week in six" (once in six weeks), "two weeks out of every
    eight", "one in four weekends"; None for another phrase ("one week in
    advance", "in six weeks")."""
    for between in _SHARE_OF:
        n = len(between)
        # "<one> week in <six>"
        if i and tuple(texts[i + 1 : i + 1 + n]) == between and i + 1 + n < len(texts):
            share, whole = count_of(texts[i - 1]), count_of(texts[i + 1 + n])
            if share and whole and whole > share and texts[i + 2 + n : i + 3 + n] not in ([p] for p in vocab.PERIOD):
                return i - 1, i + 2 + n, whole / share
        # "<one> in <four> weeks"
        if i >= n + 2 and tuple(texts[i - 1 - n : i - 1]) == between:
            share, whole = count_of(texts[i - 2 - n]), count_of(texts[i - 1])
            if share and whole and whole > share:
                return i - 2 - n, i + 1, whole / share
    return None


#: Words after "once a <period>" that make it "as soon as": "Once a sprint is planned".
_AFTER_ONCE = BE | frozenset("has have had starts begins ends closes gets becomes".split())


def periods_apart(texts: list[str], i: int) -> tuple[int, float] | None:
    """Where a phrase that says how many periods apart ("every two weeks",
    "every other week", "every second week", "every 1.5 weeks", "every one and a half weeks";
    the period at ``i``) starts, and how many it says; None where it says no
    such thing."""
    half = 0.5 if texts[max(0, i - 3) : i] == _AND_A_HALF else 0.0
    k = i - 1 - (3 if half else 0)  # the count
    if k < 1 or texts[k - 1] not in vocab.PER_PERIOD:
        return None
    if texts[k] == "other" and not half:
        return k - 1, 2.0
    if texts[k] in vocab.ORDINAL_APART and not half:  # "every second week", "every third sprint"
        return k - 1, float(vocab.ORDINAL_APART[texts[k]])
    count = count_of(texts[k])
    return (k - 1, count + half) if count else None


def _periods() -> list[tuple[float, float]]:
    """The periods of PERIOD by their length in hours, shortest first:
    (hours, rank); of two as long, the less often ("fortnight", not
    "sprint", whose rank is a team's habit); and the hour, as often as
    "hourly" says, so that "twice a day" is more often than "daily"."""
    ranks: dict[float, float] = {vocab.DURATION_HOURS["hour"]: float(vocab.PERIODIC["hourly"])}
    for word, rank in vocab.PERIOD.items():
        hours = vocab.DURATION_HOURS.get(word)
        if hours is not None:
            ranks[hours] = min(ranks.get(hours, float(rank)), float(rank))
    return sorted(ranks.items())


_PERIODS = _periods()


def period_rank(hours: float) -> float:
    """Where something done every so many hours stands on the scale of
    PERIOD: between the ranks of the periods around it, by the logarithm of
    their lengths ("every two weeks" as "every fortnight", "every three
    months" as "every quarter"); beyond the longest, less often the longer
    ("every two years" half as often as "yearly"), never as rarely as
    "never"."""
    if hours <= _PERIODS[0][0]:
        return _PERIODS[0][1]
    for (shorter, high), (longer, low) in zip(_PERIODS, _PERIODS[1:]):
        if hours <= longer:
            return high - (high - low) * math.log(hours / shorter) / math.log(longer / shorter)
    longest, low = _PERIODS[-1]
    return low * longest / hours


def _rank_hours(rank: float) -> float:
    """How many hours apart something done at a rank of the scale of
    PERIOD is done: the inverse of ``period_rank`` (a word of frequency,
    "often", stands where its rank puts it); infinite for "never"."""
    if rank >= _PERIODS[0][1]:
        return _PERIODS[0][0]
    for (shorter, high), (longer, low) in zip(_PERIODS, _PERIODS[1:]):
        if rank >= low:
            return shorter * (longer / shorter) ** ((high - rank) / (high - low))
    longest, low = _PERIODS[-1]
    return longest * low / rank if rank > 0 else math.inf


#: The periods of the calendar whose days vary, each in hours with its
#: months: a month, and half a year (so a year, a quarter, six months). A
#: length that is a whole number of one is the calendar's, with its slack;
#: one of hours, days and weeks is exact (``_calendar_range``).
_CALENDAR_PERIODS = ((vocab.DURATION_HOURS["month"], 1.0), (vocab.DURATION_HOURS["year"] / 2, 6.0))
_DAY = vocab.DURATION_HOURS["day"]
#: Half months: "a month and a half" is "six weeks", and how often "twice a month" is "every two weeks"; a
#: length shorter than a month is exact, "15 days" is not "two weeks".
_HALF_MONTH = (vocab.DURATION_HOURS["month"] / 2, 0.5)
#: How far apart two rates may be and still be the same: a rate shares its
#: period's slack among its things, so which period said it is not read
#: ("5 a week" is "20 a month", a month four weeks to four and a half).
_RATE_SLACK = 1.1
#: The calendar's average month, in days.
_AVERAGE_MONTH = 365.25 / 12


def _calendar_range(hours: float, often: bool) -> tuple[float, float] | None:
    """The hours a length of ``hours`` may be by the calendar, where it is a
    whole number of one of ``_CALENDAR_PERIODS`` (a month and a half too,
    half a month where it says how ``often``): four weeks
    a month to four and a half, but never more than a week off the
    calendar's average, so a year is 52 weeks, not 50, six months 26 weeks,
    three months 90 days or 13 weeks. None for an exact length (hours,
    days, weeks), whose slack is none: "two weeks" -> "13 days" is shorter."""
    for size, months_in in (*_CALENDAR_PERIODS, _HALF_MONTH):
        count = hours / size
        if count >= 1 - 1e-9 and abs(count - round(count)) < 1e-9 and (often or round(count) * months_in >= 1):
            months = round(count) * months_in
            low = max(28 * months, _AVERAGE_MONTH * months - 7)
            high = min(31.5 * months, _AVERAGE_MONTH * months + 7)
            return low * _DAY, high * _DAY
    return None


def _same_time(hours: float, other: float, often: bool = False) -> bool:
    """Whether two lengths of time are the same by the calendar: one of its
    periods has the slack of its days (``_calendar_range``), an exact one
    none ("every four weeks" is "monthly", "a year" "52 weeks"; "a week" is
    not "6 days", nor "2 days" "47 hours"). How ``often`` may be said in
    half months too."""
    if math.isclose(hours, other, rel_tol=1e-9):
        return True
    if not (0 < hours < math.inf and 0 < other < math.inf):
        return False
    for one, two in ((hours, other), (other, hours)):
        calendar = _calendar_range(one, often)
        if calendar and calendar[0] - 1e-6 <= two <= calendar[1] + 1e-6:
            return True
    return False


def along(role: str, old: float, new: float) -> int:
    """Which way a move from rank ``old`` to ``new`` goes along a scale:
    how often and how soon, within the calendar's slack ("twice a year" ->
    "every six months", "within a month" -> "within four weeks" are the
    same)."""
    if role == "frequency" and _same_time(_rank_hours(old), _rank_hours(new), often=True):
        return 0
    if role in ("deadline", "span") and _same_time(abs(old), abs(new)):
        return 0
    return sign(new - old)


def deadlines(found: list[Word]) -> None:
    """Deadlines: "within a day", "within four hours", "in under an hour",
    "in six weeks", "in my first month", "by the end of the quarter", the
    time the person takes ("Takes 1.5 days to review a design"). Each
    word of one gets the length of time, less for a tighter one. Not "in"
    where nothing counts the time ("works in sprints"), nor where it is a
    share or a frequency: "one in four weeks", "three times in a week".
    Someone's first weeks after "during", "for", "over" or "throughout",
    or after "in" where they are another person's ("coach a new team member
    in their first month"), are the span of an engagement, whatever the
    preposition: a "span" whose words get the length of time, more for a
    longer one, as a longer engagement asks more."""
    texts = [w.text for w in found]
    _immediately(found)
    _next_occasions(found)
    for i, word in enumerate(texts):
        if found[i].role != "content":
            continue
        before, hyphen, period = word.partition("-")
        if before == "same" and hyphen and period in vocab.DURATION_HOURS and not period.endswith("s"):
            _same_period(found[i : i + 1], period)  # "same-day fixes", "fixed same-day": "the same day"
            continue
        if word in vocab.END_OF_PERIOD_WORDS:
            end = _end_of_period(texts, i)
            if end:
                # "by the end of the day" ends with the day it started in, as "the same day" does.
                _same_period(found[i : end + 1], texts[end])
            continue
        unit = _worked(texts, i + 1)
        if word == "same" and i and texts[i - 1] == "the" and texts[unit : unit + 1] \
                and texts[unit] in vocab.DURATION_HOURS and not texts[unit].endswith("s") \
                and found[i - 1].role == "content":
            # "responds the same day", "on the same day", "fixed the same week": no later than the one period
            # it started in, a deadline of that period, as "within a day" is; "within 2 days" -> "the same day"
            # tightens it. "The same working day" ends with that day too. (After "within", "within the same
            # day" is read there.)
            _same_period(found[i : unit + 1], texts[unit])  # "the" is grammar: "same-day" says it all
            continue
        spanning = word in vocab.SPAN_WORDS
        # The time the person takes ("Takes 1.5 days to ...", "I take a week"), where they are its subject:
        # a clause's first word, or after "I" or "you"; not what a project takes ("projects that take months").
        taken = word in vocab.TIME_TAKEN_WORDS and (
            i == 0 or found[i - 1].clause != found[i].clause or texts[i - 1] in SUBJECTS)
        counted = word in vocab.COUNTED_DEADLINE_WORDS or spanning or taken
        # "an SLA of 7 days", "SLA: 7 days", "a target of 3 days": a deadline named by a noun.
        of = texts[i + 1 : i + 2] == ["of"]
        named = word in vocab.DEADLINE_NOUNS or of and word in vocab.DEADLINE_NOUNS_OF
        if not (counted or named or word in vocab.DEADLINE_WORDS):
            continue
        if counted and i and (texts[i - 1] in _TIMES or count_of(texts[i - 1]) is not None):
            continue
        amount, said, j, more = 1.0, not counted, i + 1, 0  # more: words of the amount beyond the usual three
        ranged: tuple[float, float] | None = None  # the ends of a range said in words: "one to two days"
        if named and of:
            j, more = j + 1, 1
        working = False  # "within five working days": days worked, five to a week
        while j < len(texts) and j - i - more <= 3 and texts[j] not in vocab.DURATION_HOURS:
            if texts[j] in vocab.WORKING_TIME and texts[j + 1 : j + 2] and texts[j + 1] in vocab.WORKING_HOURS:
                working, more, j = True, more + 1, j + 1
                continue
            if texts[j] in vocab.CALENDAR_TIME and texts[j + 1 : j + 2] and texts[j + 1] in vocab.DURATION_HOURS:
                more, j = more + 1, j + 1  # "within 3 calendar days": the days of the calendar, as unsaid
                continue
            if said and texts[j : j + 3] == _AND_A_HALF:  # "one and a half weeks"
                amount, more, j = amount + 0.5, more + 3, j + 3
                continue
            if texts[j : j + 2] == ["up", "to"] and j == i + 1 + (1 if named and of else 0):
                # "in up to six weeks", "an SLA of up to 2 days", "takes up to 2 days": the time allowed, a
                # most as a deadline always is; "up to" adds nothing to it.
                more, j = more + 2, j + 2
                continue
            if texts[j : j + 2] in _STRETCH_OF and texts[j - 1] in ("the", "a"):
                # "within the course of 1-2 years", "in the space of a month": the time allowed, said longer.
                more, j = more + 2, j + 2
                continue
            if texts[j] in _RANGE_JOINERS and said and count_of(texts[j - 1]) is not None \
                    and (high := count_of(texts[j + 1]) if j + 1 < len(texts) else None) is not None:
                # "within one to two days", "in two or three weeks": a range, as "within 1-2 days" is.
                ranged, amount, more, j = (amount, high), high, more + 1, j + 2
                continue
            if texts[j] == "of" and count_of(texts[j - 1]) is not None:
                more += 1  # "within a couple of days": "of" belongs to the count
            elif (count := count_of(texts[j])) is not None:
                amount, said = count, True
            elif texts[j] == HALF:  # "half a day"
                amount, said = amount / 2, True
            elif texts[j] in ("a", "an", "first"):
                said = True
            elif texts[j] not in _BEFORE_A_DEADLINE:
                break
            j += 1
        first = "first" in texts[i + 1 : j]
        if spanning and not first:
            continue  # "for two weeks", "over the next quarter": read as words and numbers
        if said and j < len(texts) and texts[j] in vocab.DURATION_HOURS:
            # "within the same working day": the end of that day, as "the same day" is; not days worked, counted.
            working = working and "same" not in texts[i + 1 : j]
            period, end = texts[j], j
            if texts[j + 1 : j + 4] == _AND_A_HALF:  # "a month and a half"
                amount, end = amount + 0.5, j + 3
            elif texts[j - 1] in ("a", "an") and texts[j + 1 : j + 2] == ["or"] \
                    and (high := count_of(texts[j + 2]) if j + 2 < len(texts) else None) is not None:
                ranged, amount, end = (1.0, high), high, j + 2  # "within a day or two": one to two days
            if taken and texts[end + 1 : end + 2] == ["of"]:
                continue  # "Takes a week of on-call each month": time given to a duty, not how fast it is done
            if word == "after" and texts[end + 1 : end + 2] and (texts[end + 1] in _WAITED or (
                    texts[end + 1] in ("of", "with") and texts[end + 2 : end + 3] and texts[end + 2] in _TRYING)):
                # "escalates after 30 minutes without progress": how long to try first, no deadline (``waits``).
                for w in found[i + 1 : end + 1]:
                    if w.role == "content":
                        w.role = "wait"
                continue
            vague = vague_in(found[i:j]) or ranged  # "within a few days": two days to four
            span = spanning or first and word == "in" and _someone_elses(found, i, j)
            sign = 1 if span else -1  # a longer span asks more, a longer deadline less
            team = _sprint_hours(texts[j], *(vague or (amount, amount)))

            def length(count: float) -> float:
                # Working time on the calendar's scale, read alike however it is counted ("8 working hours",
                # "1 working day").
                if working:
                    return vocab.working_time(count * vocab.WORKING_HOURS[period])
                return count * vocab.DURATION_HOURS[period]

            if "same" in texts[i + 1 : j] and not span:
                _same_period(found[i : end + 1], period)  # "within the same day": "the same day"
                continue
            for w in found[i : end + 1]:
                w.role, w.rank = "span" if span else "deadline", sign * length(amount)
                ends = sorted((sign * length(vague[0]), sign * length(vague[1]))) if vague else None
                w.spread = (ends[0], ends[1]) if ends else None
                w.team_spread = (-team[1], -team[0]) if span and team else team


#: The rank of a deadline of no time at all ("immediately"): tighter than any other.
IMMEDIATE_RANK = -0.0


def _immediately(found: list[Word]) -> None:
    """Words that say to act at once (``vocab.IMMEDIATE``: "immediately",
    "right away", "at once"): a deadline of no time, tighter than any
    other. Not "at once" after a count or many things in its clause
    ("handles several incidents at once", "two things at once"), which
    says together."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        phrase = next((p for p in vocab.IMMEDIATE_PHRASES if tuple(texts[i : i + len(p)]) == p), None)
        if phrase is None and w.text not in vocab.IMMEDIATE:
            continue
        words = found[i : i + len(phrase or (w.text,))]
        if any(x.role not in ("content", "function", "qualifier") for x in words):
            continue
        if any(negating(x) for x in found[max(0, i - 2) : i] if x.clause == w.clause):
            continue  # "not immediately effective": no deadline asked
        if phrase == ("at", "once") and any(
                x.text in vocab.MANY_AT_ONCE or count_of(x.text) is not None for x in _things_before(found, i)):
            continue
        for x in words:
            x.role, x.rank = "deadline", IMMEDIATE_RANK


def _things_before(found: list[Word], i: int) -> list[Word]:
    """The words before ``i`` back to the start of its clause or to a word
    that joins another action to it ("and", "or", "then"): what "at once"
    may say is done together ("handles several incidents at once"), not a
    count of something else the clause names ("owns several services and
    fixes their outages at once")."""
    start = i
    while start and found[start - 1].clause == found[i].clause and found[start - 1].text not in _JOINING:
        start -= 1
    return found[start:i]


#: Words that join one action to another in a clause.
_JOINING = frozenset("and or then but while".split())


def _next_occasions(found: list[Word]) -> None:
    """A deadline said as the next of a meeting that comes round each period
    ("at the next weekly sync", "by the next monthly review":
    ``vocab.NEXT_OCCASION_WORDS``): no later than one period on, read as the
    end of the period it started in is (``_same_period``), so "promptly" ->
    "at the next weekly sync" allows longer than soon."""
    texts = [w.text for w in found]
    for i in range(len(found) - 4):
        if texts[i] in vocab.NEXT_OCCASION_WORDS and texts[i + 1 : i + 3] == ["the", "next"] \
                and texts[i + 3] in vocab.PERIODIC_PERIOD and found[i + 4].role == "content" \
                and found[i + 4].text not in FUNCTION_WORDS and all(w.clause == found[i].clause for w in found[i : i + 5]) \
                and all(w.role in ("content", "function", "frequency") for w in found[i : i + 5]):
            _same_period(found[i : i + 5], vocab.PERIODIC_PERIOD[texts[i + 3]])


def _same_period(words: list[Word], period: str) -> None:
    """A deadline said as the period it started in ("the same day", "on the
    same week", "same-day"): no later than the end of that period, which is
    never later than "within a day" and most often sooner, read as a quarter
    of it to all of it. So "within a day" -> "the same day" tightens it, "within two
    days" too, and "within half a day" -> "the same day" needs a reader."""
    hours = vocab.DURATION_HOURS[period]
    for w in words:
        w.role, w.rank = "deadline", -hours
        w.spread = (-hours, -hours / _PERIOD_LEFT)
        w.team_spread = _sprint_hours(period, 1, 1)
        w.ends_with_period = True


#: What is left of a period at the least, for a deadline that ends with it ("the same day"), read as a
#: share of it: a quarter.
_PERIOD_LEFT = 4


def _someone_elses(found: list[Word], i: int, j: int) -> bool:
    """Whether the first weeks after "in" at ``i`` (their length at ``j``)
    are those of another person the clause names before them, the one the
    work is for ("a culture coach for a new team member in their first
    month", "pair with every onboardee in their first week"), not the
    subject's own ("I ship a change in my first two weeks", "New hires ship
    a change in their first month")."""
    if not {"their", "his", "her", "the"} & set(w.text for w in found[i + 1 : j]):
        return False
    clause = [k for k in range(i) if found[k].clause == found[i].clause]
    for k in clause:
        if found[k].text in vocab.PEOPLE | vocab.NEWCOMERS and any(
                found[m].text not in SUBJECT_OPENERS | {"new"} for m in clause if m < k):
            return True  # named after a verb or a preposition: whom the work is for
    return False


def _sprint_hours(word: str, fewest: float, most: float) -> tuple[float, float] | None:
    """The ranks of a deadline of ``fewest`` to ``most`` of ``word``'s
    periods, from the longest a sprint may last to the shortest
    (``vocab.SPRINT_HOURS``); None for a period of the calendar."""
    if word not in vocab.SPRINT_HOURS:
        return None
    shortest, longest = vocab.SPRINT_HOURS[word]
    return -most * longest, -fewest * shortest


#: The word that halves a period: "within half a day", "for half a year".
HALF = "half"
#: Half again of what comes before: "one and a half weeks", "a month and a half".
_AND_A_HALF = ["and", "a", HALF]


def half_before(texts: Sequence[str], k: int) -> int:
    """Where the words start that say half of the period at ``k``, read
    as deadlines read them: "half a year", "half an hour", "a half year",
    "the next half year"; -1 where none do."""
    if k >= 2 and texts[k - 2] == HALF and texts[k - 1] in ("a", "an"):
        return k - 2
    if k >= 1 and texts[k - 1] == HALF:
        return k - 1
    return -1


def and_a_half(texts: Sequence[str], j: int) -> bool:
    """Whether "and a half" starts at ``j``: "a month and a half", "one and a half years"."""
    return list(texts[j : j + 3]) == _AND_A_HALF
#: Words between a word of deadline and its length of time: "within the next day", "in my first week".
#: Words that stretch a length of time without changing it: "within the course of two years".
_STRETCH_OF = (["course", "of"], ["space", "of"], ["period", "of"])
_BEFORE_A_DEADLINE = frozenset("less than the same next my our their your his her".split())
#: Words that join the two ends of a range said in words: "within one to two days", "in two or three weeks".
_RANGE_JOINERS = frozenset({"to", "or"})
#: Words that say how many times: "three times in a week" is a frequency, not a deadline.
_TIMES = frozenset("times once twice".split())
#: Words after "after" and a length of time that make it a wait before
#: acting, not a deadline: "escalates after 30 minutes without progress",
#: "after an hour of debugging", "after a day with no answer", "after a few
#: hours stuck". Whether trying longer asks more or less is not in the words.
_WAITED = frozenset("without stuck spent trying".split())
#: After "of" or "with", the words of trying that make it a wait: "after an hour of debugging", "after a day with
#: no answer"; not time in the job, "after 3 months of onboarding", "after 2 weeks with the team".
_TRYING = frozenset("debugging trying investigating investigation troubleshooting digging searching no little".split())
#: Words between "the end of" and its period: "by the end of this sprint", "by end of day".
_OF_A_PERIOD = frozenset("the this that each every a my our their next".split())


def _end_of_period(texts: list[str], i: int) -> int:
    """Where the period is of "by the end of the quarter" (the word of
    END_OF_PERIOD_WORDS at ``i``); 0 for other words."""
    j = i + 1
    if texts[j : j + 1] == ["the"]:
        j += 1
    if texts[j : j + 2] != ["end", "of"]:
        return 0
    j += 2
    if texts[j : j + 1] and texts[j] in _OF_A_PERIOD:
        j += 1
    j = _worked(texts, j)  # "by the end of the working day": the end of that day
    return j if j < len(texts) and texts[j] in vocab.DURATION_HOURS else 0


def _worked(texts: list[str], j: int) -> int:
    """Past a word that says a period is one worked ("working", "business":
    "the same working day", "the end of the business day") where a unit of
    time follows it: where the unit is; else ``j``. A point in time (the end
    of that day) is the same point, however the day is called."""
    if texts[j : j + 1] and texts[j] in vocab.WORKING_TIME and texts[j + 1 : j + 2] \
            and texts[j + 1] in vocab.DURATION_HOURS:
        return j + 1
    return j


def split_phrase(
    role: str, runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word], avoided: bool
) -> tuple[int, str] | None:
    """How often or how soon, where a change took only part of a phrase
    that says it and left the rest ("one week in four" -> "every four
    weeks" keeps "four", "in my first two weeks" -> "in my first week"
    keeps "in my first"): the phrases each text says it with, read whole
    and compared, not each run against a plain statement (a word of
    frequency of its own, a hedge, is read where it is). None where no
    such phrase was split, or one text says it with none."""
    texts = (a, b)
    changed = ({id(w) for removed, _i in runs for w in removed}, {id(w) for _r, inserted in runs for w in inserted})
    units: list[dict[int, list[int]]] = [{}, {}]  # each phrase, by where it starts
    for side, text in enumerate(texts):
        for k, w in enumerate(text):
            if w.role != role or w.neutral:
                continue
            if role in ("deadline", "span"):  # the words of one deadline stand together: "within the next two days"
                units[side].setdefault(next(j for j in range(k, -1, -1) if j == 0 or text[j - 1].role != role),
                                       []).append(k)
            elif w.phrase >= 0:
                units[side].setdefault(w.phrase, []).append(k)
    touched = [{start for start, ks in units[side].items() if any(id(texts[side][k]) in changed[side] for k in ks)}
               for side in (0, 1)]
    if not any(any(id(texts[side][k]) not in changed[side] for k in units[side][start])
               for side in (0, 1) for start in touched[side]):
        return None
    # The words neither run holds are the same in both texts, in the same order.
    kept = [[k for k, w in enumerate(text) if id(w) not in changed[side]] for side, text in enumerate(texts)]
    counterpart = [dict(zip(kept[0], kept[1])), dict(zip(kept[1], kept[0]))]
    for side in (0, 1):  # a phrase the change left whole, whose kept words are in one it split
        other = 1 - side
        held = {k for start in touched[other] for k in units[other][start]}
        for start, ks in units[side].items():
            if any(counterpart[side].get(k) in held for k in ks):
                touched[side].add(start)
    before, after = ([texts[side][units[side][start][0]].rank for start in touched[side]] for side in (0, 1))
    if not (before and after):
        return None
    for side in (0, 1):
        for start in touched[side]:
            for k in units[side][start]:
                texts[side][k].neutral = True
    direction = along(role, max(before), max(after))
    return read_on_scale(role, direction, avoided) if direction else None


def rate_direction(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word], avoided: bool
                   ) -> tuple[int, str] | None:
    """How many a period, compared as one rate where both texts say it and
    the change touched its number or its period ("5 pull requests a week"
    -> "a pull request a day" asks more; -> "10 pull requests a fortnight"
    asks as much, within the calendar's slack): its number and period are
    then read as one, not each on its own scale."""
    old, new = _rate(a), _rate(b)
    if old is None or new is None:
        return None
    changed = {id(w) for run in runs for side in run for w in side}
    words = [w for w in (*old[0], *new[0]) if id(w) in changed]
    if not any(w.role == "frequency" for w in words):
        return None  # the number alone changed: read as a number ("5 a week" -> "7 a week")
    for w in words:
        w.neutral = True
    if max(old[1], new[1]) / min(old[1], new[1]) <= _RATE_SLACK:
        return None
    return read_on_scale("frequency", 1 if new[1] < old[1] else -1, avoided)


def _rate(text: list[Word]) -> tuple[list[Word], float] | None:
    """The words of the one rate a text says, a number of things a period
    ("5 pull requests a week", "a pull request a day": one), and how many
    hours apart each thing comes; None where it says none, or several."""
    periods = [k for k, w in enumerate(text) if w.role == "frequency" and w.text in vocab.DURATION_HOURS
               and w.phrase >= 0]
    if len(periods) != 1 or any(w.role == "frequency" and w.phrase != text[periods[0]].phrase for w in text):
        return None
    end = periods[0]
    start = text[end].phrase
    if end != start + 1 or text[start].text not in ("a", "an", "per", "each", "every"):
        return None  # "twice a year", "every two weeks": how often, said by the phrase itself
    clause = text[end].clause
    counts = [k for k, w in enumerate(text[:start]) if w.role == "count" and w.clause == clause]
    if len(counts) > 1 or counts and any(w.role in ("quantity", "function") and w.text in ("or", "to", "and")
                                         for w in text[counts[0] : start]):
        return None  # "one or two a week": an amount, read as one
    if counts:
        number, words = text[counts[0]].rank, [text[counts[0]], *text[start : end + 1]]
    elif any(w.text in ("a", "an") for w in text[max(0, start - 4) : start]):
        number, words = 1.0, text[start : end + 1]  # "a pull request a day"
    else:
        return None
    if number <= 0:
        return None
    return words, vocab.DURATION_HOURS[text[end].text] / number
