"""How far the work reaches, and the ways a statement may be met.

Scope and its bounds ("within their own code" narrows it, "across teams"
widens it: ``wide_scope``, ``bounds``); an "or" that offers a wider reach
(``wider_reach``) or gives the role another title (``another_title``)
rather than one more way to meet the statement (``alternative``); "and/or"
(``or_of_and_or``); an allowance, a duty that may be done in part or
shared ("all or part of", "alone or with a pair": ``allowances``), a kind listed beside another of its scale ("major and
minor incidents": ``listed_beside``), a concession ("not necessarily":
``concedes``), what a statement may cover (``possibility_described``) and
a qualifier of what is to be avoided ("free of obvious bugs":
``avoided_qualifier``), a kind of what is asked ("backend code":
``kind_named``) and the whole of what the work reaches said another way
("full product areas" / "all of the product areas": ``whole_reach_alike``).
"""

from __future__ import annotations

from typing import Literal

from ... import vocabulary as vocab
from ...text import in_the_plural, without_possessive
from .words import (
    AUTONOMY, BE, CLAUSE_STARTS, DETERMINERS, FUNCTION_WORDS, NEUTRAL_ROLES, POSSESSIVES, QUALIFIERS, SUBJECTS, Word, count_of,
    negating,
)


def alternative(run: list[Word], text: list[Word]) -> bool:
    """Whether words added or taken out on their own (``run``, of ``text``)
    are an alternative: "or" and what it offers ("or in three amigo
    sessions"), or what it offered before "or" ("a design doc or"), with no
    "and" that would join more to it; not under a negation or a word of
    avoiding ("never merges untested code or undocumented code", "avoids
    regressions or outages"), where one more thing is one more to avoid."""
    run = [w for w in run if not _and_of_and_or(w, text)]  # "reviews and/or writes": "or", inclusive
    if not run or any(w.text == "and" for w in run):
        return False
    if run[0].text == "or":
        offered = run[1:]
    elif run[-1].text == "or":
        offered = run[:-1]
    else:
        return False
    if not any(w.role not in NEUTRAL_ROLES and w.role != "count" and not _bound_said(w) for w in offered):
        return False  # "or more", "or less often": how the number or frequency bounds it, read on its scale
    before = text[: next((i for i, w in enumerate(text) if w is run[0]), 0)]
    return not any(w.role == "negation" or w.text in vocab.AVOIDING for w in before)


def alternative_with_its_noun(removed: list[Word], inserted: list[Word], a: list[Word],
                              b: list[Word]) -> tuple[int, str] | None:
    """An alternative put in (or taken out) with the noun it ends in in the
    place of the noun the words before it had: "Attends planning meetings"
    -> "Attends planning or Three Amigos sessions" offers one more way to
    meet it, as "... planning or refinement meetings" does, whether or not
    the last noun is shared ("planning" is now "planning sessions"). Only
    where the words replaced are one or two plain words (a noun and what
    names it), and the alternative names a thing, not an act ("or leads
    retros" asks another thing)."""
    for nouns, offered, text, direction in ((removed, inserted, b, (-1, "an alternative added")),
                                            (inserted, removed, a, (1, "an alternative taken out"))):
        if not 1 <= len(nouns) <= 2 or any(w.role != "content" for w in nouns):
            continue
        if len(offered) < 2 or offered[0].text != "or" or offered[-1].role != "content" \
                or any(w.role == "involvement" for w in offered) or not alternative(offered, text):
            continue
        at = next(i for i, w in enumerate(text) if w is offered[0])
        if at and text[at - 1].role == "content" and text[at - 1].clause == offered[0].clause:
            return direction  # "planning" before it, what the noun replaced was said of
    return None


#: Words before a title that say the role someone holds: "As a Staff Engineer", "You are a Tech Lead".
_HOLDING = BE | frozenset("as become becomes becoming".split())


def another_title(run: list[Word], text: list[Word]) -> bool:
    """Whether an alternative (``run``, of ``text``) names the role held by
    another title ("As a Software Engineer IV or Salesforce Platform
    Manager"): both sides of the "or" end in a word of a title (a role
    noun, "lead", a seniority word or a level's number) and the two follow
    a word of holding a role, "as" or "is". Not "pair with a designer or
    an analyst", which offers whom to work with."""
    at = next(i for i, w in enumerate(text) if w is run[0])
    end = at + len(run)
    start = at
    while start and text[start - 1].clause == run[0].clause and text[start - 1].role != "function":
        start -= 1
    while end < len(text) and text[end].clause == run[0].clause and text[end].role != "function":
        end += 1
    opener = start - 1 if start and text[start - 1].text in ("a", "an") else start
    if not opener or text[opener - 1].text not in _HOLDING or text[opener - 1].clause != run[0].clause:
        return False
    span = text[start:end]
    ors = [k for k, w in enumerate(span) if w.text == "or"]
    if len(ors) != 1:
        return False
    return all(side and _ends_a_title(side[-1].text) for side in (span[: ors[0]], span[ors[0] + 1 :]))


def _ends_a_title(word: str) -> bool:
    """Whether a word may end a title: "Engineer", "Tech Lead", "Senior", "IV", "L4", "2"."""
    return word in vocab.TITLE_NOUNS or word in vocab.SENIORITY_WORDS or word.isdigit() \
        or vocab.roman_numeral(word) or vocab.code_rung(word) is not None


def wider_reach(run: list[Word], text: list[Word]) -> bool:
    """Whether an alternative (``alternative``: ``run``, of ``text``)
    offers a wider reach of the work than the one it is offered beside:
    a wider scope than the kept one ("their team or organisation"), or a
    word of a wider group before a kept one ("the immediate or extended
    team", "their team or the wider organisation"). Such an "or" says how
    far the work reaches, so taken out it narrows the scope, which asks
    less; put in, it widens it. A narrower one ("their organisation or
    team") is one more way to meet it, as any alternative is."""
    where = {id(w): k for k, w in enumerate(text)}
    first, last = where[id(run[0])], where[id(run[-1])]
    offered = [w for w in run if w.text != "or" and w.role not in NEUTRAL_ROLES]
    if not offered:
        return False
    # The kept side of "or": before the run where it starts with "or", else after it.
    kept = text[:first] if run[0].text == "or" else text[last + 1 :]
    kept = [w for w in kept if w.clause == run[0].clause]
    kept_scope = next((w for w in (reversed(kept) if run[0].text == "or" else kept) if w.role == "scope"), None)
    scopes = [w.rank for w in offered if w.role == "scope"]
    if scopes:
        return kept_scope is not None and max(scopes) > kept_scope.rank
    after = text[last + 1] if last + 1 < len(text) else None
    if run[0].text != "or" or after is None or after.role != "scope" or after.clause != run[0].clause:
        return False
    before = text[first - 1].text if first else ""
    return any(w.text in vocab.WIDER for w in offered) or before in vocab.NARROWER


#: Scales whose words name a kind of thing or people, which "and" lists: "major and minor incidents".
_LISTED_SCALES = frozenset({"size", "audience", "scope", "degree"})


def listed_beside(run: list[Word], text: list[Word]) -> bool:
    """Whether words put in or taken out on their own (``run``, of
    ``text``) are a word of a scale joined by "and" to a kept word of the
    same scale and of another rank: "major" -> "major and minor", "senior"
    -> "junior and senior". Both kinds are asked, so the list asks for more,
    however low the word listed stands on its scale; taken out, for less."""
    said = [w for w in run if w.role not in NEUTRAL_ROLES]
    if not said or len({w.role for w in said}) != 1 or said[0].role not in _LISTED_SCALES:
        return False
    at = [i for i, w in enumerate(text) if any(w is x for x in run)]
    if not at or at != list(range(at[0], at[-1] + 1)):
        return False
    first, last = text[at[0]], text[at[-1]]
    if first.text == "and" and at[0] > 0:
        beside = text[at[0] - 1]
    elif last.text == "and" and at[-1] + 1 < len(text):
        beside = text[at[-1] + 1]
    else:
        return False
    # Of one rank they qualify one kind further ("simple and well-understood bugs"), read on the scale.
    return beside.role == said[0].role and all(w.rank != beside.rank for w in said)


def _bound_said(w: Word) -> bool:
    """Whether a word says which way a frequency bounds what is asked ("or
    less often"): read on its scale, no alternative."""
    return w.role == "frequency" and w.text in vocab.FEWER


def or_of_and_or(run: list[Word], text: list[Word]) -> bool:
    """Whether a run is the "or" of "and/or" alone, its "and" kept."""
    return len(run) == 1 and run[0].text == "or" and -1 in run[0].slashed and _joined(run[0], -1, text).text == "and"


def or_for_a_comma(run: list[Word], text: list[Word], other: list[Word]) -> bool:
    """Whether a run put in or taken out alone (of ``text``) is an "or" (or
    "and/or") that joins two things ``other`` listed with a comma or a
    semicolon, or said in two sentences: "Writes blogposts, speaks at
    conferences" -> "Writes blogposts or speaks at conferences". A list so
    written asks for each of its items, as "and" does; with "or" one of
    them will do. Not where
    ``other``'s list already offers its items as alternatives ("..., speaks
    or runs workshops"): its comma was an "or". An "or" inside its last
    item ("..., reviews code, and mentors juniors or interns") offers that
    item's things, not the list's items: the list is joined by "and"."""
    said = [w.text for w in run]
    if not (said == ["or"] or or_of_and_or(run[1:], text) and said == ["and", "or"]):
        return False
    at = {id(w): i for i, w in enumerate(text)}
    start, end = at[id(run[0])], at[id(run[-1])]
    if start == 0 or end + 1 >= len(text):
        return False
    before, after = text[start - 1], text[end + 1]
    # The same words either side in the other text, where a clause ended between them.
    for i in range(len(other) - 1):
        if other[i].text == before.text and other[i + 1].text == after.text:
            return other[i].clause != other[i + 1].clause and after.text not in _JOINING \
                and _list_joined_by(other, i + 1) != "or"
    return False


def _list_joined_by(text: list[Word], start: int) -> str | None:
    """The word that joins the items of the list whose item starts at
    ``start``, after a comma: the one that opens a later item of it ("...,
    and mentors juniors or interns"), else the first of "and" and "or" in
    the rest of its sentence ("..., speaks or runs workshops", "..., builds
    and ships features or fixes"); "and/or" offers its items as "or" does
    ("..., integrate, and/or improve"). None where there is none."""
    rest = [w for w in text[start:] if w.sentence == text[start].sentence]
    joining = [(k, "or" if _and_of_and_or(w, text) else w.text) for k, w in enumerate(rest) if w.text in ("and", "or")]
    return next((word for k, word in joining if k and rest[k].clause != rest[k - 1].clause),
                joining[0][1] if joining else None)


#: Words that join or open a clause by themselves: an "or" put before one joins no comma's list.
_JOINING = frozenset("and or but nor".split())


def _and_of_and_or(w: Word, text: list[Word]) -> bool:
    """Whether ``w`` (of ``text``) is the "and" of "and/or"."""
    return w.text == "and" and 1 in w.slashed and _joined(w, 1, text).text == "or"


def _joined(w: Word, step: int, text: list[Word]) -> Word:
    """The word ``step`` words from ``w`` in ``text``."""
    return text[next(i for i, x in enumerate(text) if x is w) + step]


def allowances(found: list[Word]) -> None:
    """Words that let a statement be met with less than the whole of it,
    alone (an allowance), read as such (role "allowance"): in part ("Is at
    least partly responsible", "all or part of", "in whole or in part",
    "This could be all aspects or only part of the process"), or shared
    with others or helped, offered beside working alone ("(individually or
    jointly with other people)", "alone or with others", "either alone or
    with help"). An allowance asks less, as a condition does: put in, it
    lowers the bar; taken out, the whole duty, alone, is asked. The way it
    is offered beside ("all", "alone", "or") says nothing of its own, so
    working alone offered beside a way with others the text already says
    ("with my team" -> "alone or with my team") puts no allowance in. Not
    "takes part in", "part of the on-call rota" nor "jointly owns", which
    say what is done (but "owns part of the roadmap", "across part of the
    lifecycle", "ownership of parts of the project", "responsible for part
    of the system" do offer a part), nor "individually" alone, which is
    autonomy."""
    for i, w in enumerate(found):
        if w.text in vocab.PARTIAL:
            _part_allowed(found, i, i)
        elif w.text in ("part", "parts"):
            j = i - 1
            while j >= 0 and found[j].text in ("a", "an"):
                j -= 1
            if j > 0 and found[j].text in ("only", "in") and found[j - 1].text == "or":
                j -= 1  # "or only part", "or in part"
            if j >= 0 and found[j].text in _OFFERING_PART and found[j].clause == w.clause and w.text == "part":
                _part_allowed(found, j, i)
            elif j == i - 1 >= 0 and [x.text for x in found[i + 1 : i + 2]] == ["of"] \
                    and found[j].clause == w.clause and found[i + 2 : i + 3] \
                    and (found[i + 2].text in DETERMINERS or found[i + 2].text in POSSESSIVES) \
                    and (found[j].text in vocab.SPANNING or found[j].role == "involvement"
                         or found[j].text in _OF_A_PART):
                # "across part of the SSDLC", "Owns part of the roadmap", "ownership of parts of the project": a
                # part of what the words after it name. (Not "is part of the rota", "a key part of", "as part of".)
                _part_allowed(found, i, i)
    for k, w in enumerate(found):
        if w.text == "or":
            _shared_allowed(found, k)


#: Prepositions before "part of" that make it what a duty is of or for: "ownership of parts of the project",
#: "responsible for part of the system", "contributes to parts of the codebase".
_OF_A_PART = frozenset("of for to over on".split())
#: Words before "part" that offer a part of a duty: "or part of", "only part of", "in part".
_OFFERING_PART = frozenset("or only in".split())
#: Words that open a way of working with others: "with a pair", "in a team", "jointly", "together with".
_ACCOMPANIED = frozenset("with in jointly together collaboratively alongside".split())
#: Verbs after "This could" that say what a statement may cover: "This could be all aspects or only part".
_COVERING = BE | frozenset("include includes cover covers involve involves mean means".split())


def _part_allowed(found: list[Word], start: int, end: int) -> None:
    """Mark the words from ``start`` to ``end`` as a part allowed, with the
    words around that only offer it: "at least" before it, "of" after it,
    the whole offered before its "or" ("all", "in whole", "all aspects")
    and "This could be" opening its clause."""
    clause = found[start].clause
    for w in found[start : end + 1]:
        w.role, w.rank = ("function", 0.0) if w.text == "or" else ("allowance", 0.0)
    offering: list[Word] = []
    if start >= 2 and [found[start - 2].text, found[start - 1].text] == ["at", "least"]:
        offering += found[start - 2 : start]
    if end + 1 < len(found) and found[end + 1].text == "of":
        offering.append(found[end + 1])
    if found[start].text == "or":
        k = start - 1
        if k > 0 and found[k].text not in vocab.WHOLE and found[k - 1].text in vocab.WHOLE:
            k -= 1  # "all aspects or only part"
        if k >= 0 and found[k].text in vocab.WHOLE and found[k].clause == clause:
            if k and found[k - 1].text in ("in", "the") and found[k - 1].clause == clause:
                k -= 1  # "in whole or in part"
            offering += found[k:start]
    first = next(i for i, w in enumerate(found) if w.clause == clause)
    said = [w.text for w in found[first : first + 3]]
    if said[:1] and said[0] in vocab.ANAPHORA and said[1:2] and said[1] in vocab.POSSIBILITY:
        # "This could be all aspects or only part of the process": what the statement may cover.
        offering += found[first : first + (3 if said[2:] and said[2] in _COVERING else 2)]
    for w in offering:
        w.role = "function"


def _shared_allowed(found: list[Word], k: int) -> None:
    """Where the "or" at ``k`` offers working alone, next to it, and working
    with others or with help, opened next to it on the other side ("alone
    or with a pair", "individually or jointly with other people", "with my
    team or on my own"), mark the way with others as an allowance and the
    way alone and the "or" as saying nothing of their own."""
    clause = found[k].clause
    left = [m for m in range(max(0, k - 4), k) if found[m].clause == clause]
    right = [m for m in range(k + 1, min(len(found), k + 5)) if found[m].clause == clause]
    if not left or not right:
        return
    if _alone([found[k - 1]]):
        alone_start = k - 1
        while alone_start - 1 in left and _alone([found[alone_start - 1]]):
            alone_start -= 1  # "on my own"
        if alone_start and found[alone_start - 1].text == "either":
            alone_start -= 1
        if not (found[k + 1].text in _ACCOMPANIED or found[k + 1].role == "guidance"):
            return
        others = [m for m in right if found[m].text in vocab.TOGETHER or found[m].role == "guidance"]
        if not others:
            return
        alone, shared = range(alone_start, k), range(k + 1, max(others) + 1)
    elif _alone([found[k + 1]]):
        alone_end = k + 1
        while alone_end + 1 in right and _alone([found[alone_end + 1]]):
            alone_end += 1
        opened = [m for m in left if found[m].text in _ACCOMPANIED or found[m].role == "guidance"]
        if not opened or not any(found[m].text in vocab.TOGETHER or found[m].role == "guidance"
                                 for m in range(opened[0], k)):
            return
        alone, shared = range(k + 1, alone_end + 1), range(opened[0], k)
    else:
        return
    for m in (*alone, k):
        found[m].role = "function"
    for m in shared:
        found[m].role, found[m].rank = "allowance", 0.0


def one_of_two_ways(found: list[Word], i: int) -> bool:
    """Whether the word of working alone at ``i`` is one of two ways, the
    other with others, around an "or" of its clause ("independently or
    with a pair", "with my team or alone")."""
    for k in range(max(0, i - 4), min(len(found), i + 5)):
        if found[k].text == "or" and found[k].clause == found[i].clause:
            left, right = _sides_of_or(found, k)
            if _together(right if k > i else left):
                return True
    return False


def _sides_of_or(text: list[Word], k: int) -> tuple[list[Word], list[Word]]:
    """The words of the clause of the "or" at ``k`` within four words before it, and after it."""
    clause = text[k].clause
    return ([w for w in text[max(0, k - 4):k] if w.clause == clause],
            [w for w in text[k + 1:k + 5] if w.clause == clause])


def _alone(words: list[Word]) -> list[Word]:
    """The words of working alone ("alone", "individually", "on my own")."""
    return [w for w in words if w.role == "independent" or w.text in vocab.ALONE]


def _together(words: list[Word]) -> bool:
    """Whether words say working with others ("jointly", "with a pair", "my team")."""
    return any(w.text in vocab.TOGETHER for w in words)


def concedes(run: list[Word], text: list[Word]) -> bool:
    """Whether a run (of ``text``) says a concession: a negation before
    "necessarily" or "always", either of them in the run ("not necessarily",
    "always" -> "doesn't always", "not always" -> "not necessarily")."""
    where = {id(w): i for i, w in enumerate(text)}
    for w in run:
        i = where[id(w)]
        if negating(w) and i + 1 < len(text) and text[i + 1].text in vocab.CONCEDED \
                or w.text in vocab.CONCEDED and i and negating(text[i - 1]):
            return True
    return False


def possibility_described(run: list[Word], text: list[Word]) -> bool:
    """Whether a run (of ``text``) is a clause of its own that says what the
    statement may be or cover ("This could be all aspects or only part of
    the process"): its subject stands for the statement, its verb is a
    modal of possibility; it describes, it does not ask."""
    if len(run) < 3 or run[0].text not in vocab.ANAPHORA or run[1].text not in vocab.POSSIBILITY:
        return False
    if any(w.role in _SCALES_OF_A_BAR for w in run[2:]):
        return False  # "This may need approval from my lead": help, which asks less; not a description
    at = next(i for i, w in enumerate(text) if w is run[0])
    return (at == 0 or text[at - 1].clause != run[0].clause) and all(w.clause == run[0].clause for w in run)


def excludes(run: list[Word], text: list[Word]) -> bool:
    """Whether a run (of ``text``) is clauses of their own that say what a
    statement does not ask, a bound put on it: "Commercial contracts and
    legal terms are out of scope at L1", "Sole ownership of a system is
    Senior L2 territory", "I am not expected to approve them"; not a
    clause that asks for something beside them ("Keeps work out of scope
    creep" is no clause of its own: its words are the run's, and it asks)."""
    if not run:
        return False
    clauses = {w.clause for w in run}
    inside = {id(w) for w in run}
    if any(w.clause in clauses and id(w) not in inside for w in text):
        return False  # a part of a clause: what it says belongs to the clause's other words
    # Each clause says what is not asked, or whose it is ("... out of scope at L1 — those stay with the
    # CEO"): a clause that asks beside them ("..., but on-call every week is expected") is asked.
    first = True
    for clause in sorted(clauses):
        words = [w for w in run if w.clause == clause]
        if not (_excluding(words) or not first and _left_to_others(words)):
            return False
        first = False
    return True


#: What ``exception_put`` finds: an exception, which asks less, or a condition, which may ask less or more.
ExceptionKind = Literal["exception", "condition"]


def exception_put(run: list[Word], text: list[Word]) -> ExceptionKind | None:
    """Whether words put in or taken out on their own (``run``, of
    ``text``) are an exception to what the statement asks, within
    their clause: "..., except for production ones", "..., but not
    architecture proposals", "... limited to internal tools"
    (``vocab.EXCEPTING``); what it names is left out of what is asked. Or
    a condition ("... unless the change is trivial", "..., except when the
    build is red", ``vocab.CONDITIONAL_EXCEPTIONS``), which may leave out
    a case or ask a care ("Merges pull requests unless CI is red"). Not
    "but not limited to" or "but not only", which leave it open, nor "but
    not before it is reviewed", a bound on how the whole is done; not
    "other than" said of one's own ("teams other than their own"), which
    reaches past it; not a run that goes on into another clause, whose
    words are read."""
    said = [w.text for w in run]
    marker = next((m for m in vocab.EXCEPTING if tuple(said[: len(m)]) == m), None)
    if marker is None or len(said) == len(marker) or said[len(marker)] in vocab.EXCEPTING_NOT_AFTER:
        return None
    if marker == ("other", "than") and (said[len(marker)] in POSSESSIVES or "own" in said):
        return None  # "teams other than their own": other teams, a reach past one's own
    # Within its clause, at its end or in the middle of it: "..., except for production ones; designs
    # abstractions" ends at ";", "Reviews all designs except proposals before they ship" goes on past it.
    if not any(w is run[-1] for w in text) or len({w.clause for w in run}) > 1:
        return None
    conditional = marker in vocab.CONDITIONAL_EXCEPTIONS or (
        marker[0] == "except" and said[len(marker)] in vocab.CONDITION_AFTER_EXCEPT)
    return "condition" if conditional else "exception"


def _excluding(run: list[Word]) -> bool:
    """Whether a clause says what is not asked: "... are out of scope", "...
    is not expected", "... is Senior L2 territory"."""
    said = [w.text for w in run]
    for i, w in enumerate(run):
        if _RELATIVES.intersection(said[:i]):
            return False  # "Pushes back on requests that are out of scope": what the clause asks is described
        if said[i : i + 3] == ["out", "of", "scope"] and i and said[i - 1] in _COPULAS:
            return True
        if w.text in vocab.NOT_ASKED and i and negating(run[i - 1]):
            return True
        if w.text == "expected" and i and negating(run[i - 1]) and said[i + 1 : i + 2] == ["to"]:
            # "I am not expected to approve them"; not "Regressions are not expected", which asks to avoid them.
            return True
        if w.text == "territory" and any(x in _COPULAS for x in said[:i]):
            return True
    return False


def _left_to_others(run: list[Word]) -> bool:
    """Whether a clause says who keeps what the clause before left out:
    "those stay with the CEO", "that belongs to the lead"."""
    said = [w.text for w in run]
    return len(said) >= 3 and said[0] in vocab.ANAPHORA and said[1] in _KEPT_BY and said[2] in ("with", "to")


#: Words that open a clause describing a thing ("requests that are out of scope", "steps which are not
#: needed"): what follows is said of the thing, not of the statement.
_RELATIVES = frozenset("that which who whom whose".split())
#: Verbs that join a subject to what is said of it: "are out of scope", "is Senior L2 territory".
_COPULAS = frozenset("is are remains remain stays stay".split())
#: Verbs that say whose something is: "those stay with the CEO", "that belongs to the lead".
_KEPT_BY = frozenset("stay stays remain remains belong belongs sit sits rest rests".split())


#: Roles of words that move a bar, in a clause that would otherwise only describe.
_SCALES_OF_A_BAR = frozenset({"guidance", "independent", "help-topic", "deadline", "span", "frequency", "count",
                              "scope", "audience", "involvement", "condition", "learning", "allowance"})


def avoided_qualifier(run: list[Word], text: list[Word]) -> bool:
    """Whether plain words added or taken out on their own (``run``, of
    ``text``) qualify a word the text keeps, in what the clause asks to be
    absent: after a negation, a word of avoiding or "free of" ("never ships
    untested code", "avoids risky shortcuts", "free of obvious bugs").
    Taken out, more is to be absent; added, less."""
    if not run or any(w.role != "content" or w.text in ("and", "or") for w in run):
        return False
    where = {id(w): i for i, w in enumerate(text)}
    first, last = where[id(run[0])], where[id(run[-1])]
    if last - first + 1 != len(run) or last + 1 >= len(text):
        return False  # not one stretch of words, or nothing after it to qualify
    kept = text[last + 1]
    if kept.clause != run[-1].clause or kept.role in NEUTRAL_ROLES or negating(kept):
        return False
    before = [w for w in text[:first] if w.clause == run[0].clause]
    # Back to the word that says it, not past "and" or "but", which may start another clause.
    while before and not (before[-1].text in ("and", "or") or before[-1].text in CLAUSE_STARTS):
        if negating(before[-1]) or before[-1].text in vocab.AVOIDING \
                or before[-1].text == "of" and len(before) > 1 and before[-2].text == "free":
            return True
        before.pop()
    return False


def kind_named(run: list[Word], text: list[Word]) -> bool:
    """Whether plain words added or taken out on their own (``run``, of
    ``text``) name a kind of the thing after them, which the text keeps
    ("Reviews code" -> "Reviews backend code", "writing proposals" ->
    "writing test proposals"): put in, what is asked is narrowed to that
    kind (less is asked); taken out, widened to all of it, as a restriction
    taken out is (``restriction_taken_out``). Only a word of a closed list
    of technical areas and kinds of work (``vocabulary.plain_kind``): any
    other may say how senior, important, big or good the thing is as well
    ("VP stakeholders", "production systems", "critical systems"), and put
    in asks more, as words added do. Not after "and", "or" or a comma
    ("code and tests"), nor at the start of the text or its clause, where
    it may be a verb."""
    if not run or len(run) > 2 or any(w.role != "content" or not vocab.plain_kind(w.text) for w in run) \
            or any(w.role in AUTONOMY or w.role in ("guidance", "help-topic") for w in text):
        # Where the text has help, what it is had with is read by the help ("needs help when debugging
        # production issues" -> "... issues": help with more of the work).
        return False
    where = {id(w): i for i, w in enumerate(text)}
    first, last = where[id(run[0])], where[id(run[-1])]
    if last - first + 1 != len(run) or first == 0 or last + 1 >= len(text):
        return False  # not one stretch of words, or nothing before it or after it to qualify
    before, kept = text[first - 1], text[last + 1]
    if not before.clause == kept.clause == run[0].clause or before.text in ("and", "or"):
        return False
    # What it qualifies: a plain noun the text keeps ("code", "proposals", "stakeholders").
    return kept.role == "content" and kept.text not in FUNCTION_WORDS and not kept.neutral \
        and not kept.text.endswith("ly")


def kind_restated(run: list[Word], text: list[Word]) -> bool:
    """Whether words put in or taken out whole (``run``, of ``text``, its
    small words too) name again, after a preposition, a thing the text names
    before them in their clause, with words that pick a kind of it:
    "Leads incident reviews" -> "Leads incident reviews for SEV1
    incidents", "Writes postmortems" -> "Writes postmortems of customer-facing
    outages" is not one (another thing). Put in, what is asked is narrowed
    to that kind, as ``kind_named`` reads a kind put before its noun; taken
    out, widened. Not a word of how many ("for all incidents", "for every
    incident": all of them)."""
    where = {id(w): i for i, w in enumerate(text)}
    if len(run) < 3 or run[0].text not in _RESTATING or id(run[0]) not in where:
        return False
    first = where[id(run[0])]
    if where[id(run[-1])] - first + 1 != len(run) or any(w.clause != run[0].clause for w in run):
        return False
    kinds, thing = run[1:-1], run[-1]
    if thing.text in FUNCTION_WORDS or any(w.role in ("quantity", "count", "negation") or w.text in FUNCTION_WORDS
                                           and w.text not in DETERMINERS for w in kinds) \
            or not any(w.text not in DETERMINERS for w in kinds):
        return False
    return any(w.stem == thing.stem and w.role not in NEUTRAL_ROLES and w.clause == thing.clause
               for w in text[:first])


#: Prepositions after which a thing named again is picked out by kind: "reviews for SEV1 incidents", "postmortems
#: of major outages", "on-call duty in customer-facing services".
_RESTATING = frozenset("for of on in involving about".split())


def wide_scope(word: str) -> int:
    """The rank of the scope a '-wide' or '-level' word names ('team-wide',
    'multi-team-level'), 0 for another word."""
    return vocab.scope_rank(word.rsplit("-", 1)[0]) if word.endswith(("-wide", "-level")) else 0


def bounds(found: list[Word]) -> None:
    """Phrases that bound or widen a scope: "within their own code", "in
    their team", "across a whole squad", "other teams"."""
    for i, w in enumerate(found):
        if w.text in _PLACING and w.role == "content" and _reach_extended(found, i):
            w.role = "function"  # "within and outside the team": past the team, as "outside" says; no bound
    for i, w in enumerate(found):
        if w.role != "content":
            continue
        if w.text in _PLACING and _wider_world(found, i):
            w.role = "function"  # "in the industry", "within the company": the scope says how far, read on its scale
            for extent in found[i + 1 :]:
                if extent.text not in POSSESSIVES and extent.text not in vocab.EXTENT:
                    break
                extent.role = "function"  # "the whole company" is the company, "the wider organisation" no narrower
            continue
        if w.text in vocab.ONLY and i and negating(found[i - 1]) \
                and any(x.text == "but" and x.clause == w.clause for x in found[i + 1 :]):
            # "systems that are not only functional but scalable", "not only code but tests": both asked, as
            # "and" says; no reach past what it names. The words on either side are read as they are.
            found[i - 1].role = w.role = "function"
            found[i - 1].neutral = w.neutral = True  # no negation either
            continue
        if w.text in vocab.ONLY and i and negating(found[i - 1]):
            # "..., but not only internal ones": past them, as "across" is; the "not" says so, no negation put in.
            found[i - 1].role, found[i - 1].rank, direction = "bound", 1, 1
        elif w.text in vocab.BOUNDING or w.text in vocab.EXTENDING:
            direction = -1 if w.text in vocab.BOUNDING else 1
        elif w.text in ("in", "on") and _scope_follows(found, i):
            direction = -1
        elif w.text == "other" and i + 1 < len(found) and vocab.scope_rank(without_possessive(found[i + 1].text)):
            direction = 1  # "other teams' code" is beyond their own, as "across teams" is
        elif w.text.startswith("cross-") and vocab.scope_rank(w.text.removeprefix("cross-")):
            w.role, w.rank = "bound", 1  # "cross-team meetings" are meetings across teams
            continue
        else:
            continue
        j = i + 1
        while j < len(found) and (found[j].text in FUNCTION_WORDS or found[j].text in QUALIFIERS
                                  or found[j].text in vocab.QUANTITY_WORDS
                                  or found[j].text in _PLACING and found[j].role == "function"):
            j += 1  # "outside and within the team": past "within", which reads as "outside" does
        if direction > 0 and j < len(found) and found[j].text in vocab.PAST_NO_PLACE:
            continue  # "thinks outside the box", "beyond expectations": an idiom or a bar, no reach; read as words
        if w.text in vocab.SPANNING and _one_thing_spanned(found, i, j):
            w.role = "function"  # "tradeoffs across the architecture" are its tradeoffs, as "of the architecture" says
            continue
        w.role, w.rank = "bound", direction
        texts = [x.text for x in found]
        for k, part in enumerate(found[i + 1 : min(j + 1, len(found))], start=i + 1):
            # A scope word keeps its own rank: "across the organisation" and
            # "across the company" differ by it.
            # A number keeps its own scale too: "across a few teams" -> "across many teams" asks more.
            # What is one's own is the narrowest: "within their own code" < "within their team's code" <
            # "within shared code".
            unit = vocab.owned_unit(texts, k) if part.role == "content" else None
            if unit is not None:
                part.role, part.rank = "scope", vocab.SCOPE_RANK[unit[1]]  # "their area": a group, as "their group"
                for rest in found[k + 1 : unit[0]]:
                    rest.role = "function"  # "area" of "their product area"
                break
            elif part.text in _ONE_OF_A_KIND and direction < 0 and part.role == "content":
                part.role = "function"  # "in one team", "within a single team": the bound says it, no count
            elif part.text in vocab.NOT_ONES_OWN and part.role == "content":
                part.role, part.rank = "bound", 1
            elif part.text in vocab.PAST_THE_GROUP and part.role == "content":
                # "within the wider team", "across the extended team": past the group the bound names. After a
                # word that bounds, it undoes the bound and reaches past it, as "within the company" is no
                # bound but a wider world: "within the team" -> "within the wider team" widens it, and so
                # does "within the wider team" put in where no bound was (the people around them).
                part.role, part.rank = "bound", 2 if direction < 0 else 1
            elif part.text in vocab.WHOLE_OF and direction < 0 and part.role == "content":
                # "within the whole team" is within the team: all of it, and no further ("across the whole
                # organisation" reaches further than "across the organisation", as the bound widens).
                part.role = "function"
            elif part.text in vocab.QUANTITY:
                continue  # "across all aspects" -> "across most aspects": how many of them, read on its scale
            elif part.role == "content" and part.text not in FUNCTION_WORDS and not vocab.scope_rank(part.text) \
                    and count_of(part.text) is None:
                part.role, part.rank = "bound", direction * (2 if part.text == "own" else 1)


def _one_thing_spanned(found: list[Word], i: int, j: int) -> bool:
    """Whether the word of spanning at ``i`` ("across", "throughout") spans
    one thing named with a determiner, ``j`` its noun, that is no place the
    work is done in: not a group of people or a unit of the organisation
    (``vocab.SCOPE_OF``, ``vocab.placed_scopes``, "their area"), nor several
    things ("across services", "across several projects"), nor a name
    ("across Dropbox"): "across the architecture", "throughout the
    codebase" are all of it, which "of" or "in" says as well, no reach."""
    if j >= len(found) or found[j].clause != found[i].clause or found[i + 1].text not in DETERMINERS \
            or any(x.text in vocab.QUANTITY_WORDS and x.text not in vocab.WHOLE_OF for x in found[i + 1 : j]):
        return False
    texts = [x.text for x in found]
    end = j + 1
    while end < len(found) and found[end].clause == found[j].clause and found[end].text not in FUNCTION_WORDS:
        end += 1  # "the engineering organisation", "the payments domain": the last word names the thing
    noun = texts[end - 1]
    placed = any(start <= end - 1 < stop for start, stop, _scope in vocab.placed_scopes(texts))
    return not (vocab.scope_rank(without_possessive(noun)) or placed or vocab.owned_unit(texts, j) is not None
                or noun.endswith("s") or count_of(noun) is not None)


def hedged_bounds(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """A hedge put in or taken out with the bound it opens (", typically in
    one team", "usually within my team"): it says how sure the bound is, not
    how often the work is done, so only the bound is read (put in, a
    narrowing; taken out, a widening), never a frequency. A hedge put in or
    taken out before a bound both texts keep ("I work primarily within my
    team" -> "I work within my team") still says how often."""
    for run in (side for pair in runs for side in pair):
        for hedge, bound in zip(run, run[1:]):
            if hedge.text in vocab.HEDGES and hedge.role == "frequency" and bound.role == "bound" \
                    and bound.rank < 0 and hedge.clause == bound.clause:
                hedge.neutral = True


def owned_after(found: list[Word]) -> None:
    """What the people own, said after what it is: "in the codebase they
    own", "(that) I own", "the services my team owns", "the code owned by
    their team". Read as "own" before it
    is ("in their own codebase", "within their own area"): a bound narrowed
    to their own where the noun bounds the work (``bounds``, which runs
    first) or where nothing else says whose it is ("the code they own":
    taken out, "the code" is all of it, which asks more), else a word that
    stresses it ("their codebase they own" is theirs either way). Not a
    clause of its own ("Once shipped, they own it": no noun named with
    "the", "their" or a preposition before it), nor "a sense of ownership"."""
    for i, w in enumerate(found):
        if w.role != "content" or i < 2:
            continue
        owner = _owner_before(found, i) if w.text in _OWNING else 0
        if owner:
            j = i - owner - 1 - (found[i - owner - 1].text in ("that", "which") and i - owner > 1)
            if not _a_noun_named(found, j, w.clause):
                continue
        elif w.text == "owned" and found[i + 1 : i + 2] and found[i + 1].text == "by" \
                and _a_noun_named(found, i - 1, w.clause) and _owner_after(found, i + 2):
            # "the code owned by their team": as "the code their team owns".
            found[i + 1].role = "function"
            w.role, w.rank = "owner", 0.0
            continue
        else:
            continue
        for other in found[j + 1 : i]:
            if other.role == "content" and not vocab.scope_rank(without_possessive(other.text)):
                other.role = "function"  # "they", "that"; a team that owns it is still named
        if found[j].role == "bound":
            w.role, w.rank = "bound", found[j].rank * 2  # "own" in "within their own area"
        elif _whose_said(found, j):
            w.role = "qualifier"  # "own" in "in their codebase they own"
        else:
            w.role, w.rank = "owner", 0.0  # "the code they own": theirs, not all of it


def units_named_in_full(found: list[Word]) -> None:
    """A unit the work is done in, named with what it is to them after
    "of": "their area of ownership", "my domain of responsibility", "their
    area of focus", "the team's area of expertise". It is the same unit,
    named more fully: "their area" is already theirs, and nothing is
    bounded further (``vocab.UNIT_NAMED_BY``). Read after the units are
    (``bounds``, ``vocab.placed_scopes``). Not a noun that is no unit, "a
    sense of ownership", nor a unit said whose only by the words after it,
    "the area they own" (``owned_after``)."""
    for i, w in enumerate(found):
        if w.text in vocab.UNIT_NAMED_BY and i >= 2 and found[i - 1].text == "of" \
                and found[i - 2].role in ("scope", "bound") and found[i - 2].clause == w.clause:
            w.role = "function"


def _owner_before(found: list[Word], i: int) -> int:
    """How many words before the verb of owning at ``i`` name who owns
    ("they own": 1, "my team owns": 2, "the platform team owns": 3); 0 where
    none does."""
    if found[i - 1].text in SUBJECTS:
        return 1
    if not vocab.scope_rank(without_possessive(found[i - 1].text)):
        return 0
    k = i - 2
    while k >= 0 and found[k].clause == found[i].clause and k > i - 4 and found[k].text not in POSSESSIVES \
            and found[k].text not in FUNCTION_WORDS:
        k -= 1  # "the platform team owns"
    return i - k if k >= 1 and found[k].text in POSSESSIVES and found[k].text not in ("a", "an") else 0


def _owner_after(found: list[Word], k: int) -> bool:
    """Whether the words from ``k`` name people who own, after "owned by":
    "them", "me", "their team", "the team"."""
    if k < len(found) and found[k].text in _OWNERS_BY_PRONOUN:
        return True
    while k < len(found) and found[k].text in POSSESSIVES:
        k += 1
    return k < len(found) and vocab.scope_rank(without_possessive(found[k].text)) >= vocab.SCOPE_RANK["team"]


def _whose_said(found: list[Word], j: int) -> bool:
    """Whether the noun at ``j`` is said to be someone's before it ("their codebase", "my team's services")."""
    k = j - 1
    while k >= 0 and found[k].clause == found[j].clause and found[k].text not in DETERMINERS \
            and found[k].text not in FUNCTION_WORDS and not found[k].text.endswith(("'s", "’s")):
        k -= 1
    return k >= 0 and (found[k].text in POSSESSIVES and found[k].text not in _NOBODYS
                       or found[k].text.endswith(("'s", "’s")))


#: Determiners that say nothing of whose a thing is.
_NOBODYS = frozenset({"the", "a", "an"})
#: Who owns, named after "owned by": "owned by them".
_OWNERS_BY_PRONOUN = frozenset("me us them you him her".split())


#: The verbs of what one owns, after its subject: "the codebase they own".
_OWNING = frozenset("own owns".split())
#: Words that may open what a noun after them names: "in the codebase", "for services", "their area".
_NOUN_OPENERS = DETERMINERS | POSSESSIVES | frozenset("in on for within across of to with from".split())


def _a_noun_named(found: list[Word], j: int, clause: int) -> bool:
    """Whether the word at ``j`` names a thing, in ``clause``: a word of
    meaning after a determiner, a possessive or a preposition, with at most
    two words of meaning between ("in the shared codebase")."""
    if j < 1 or found[j].clause != clause or found[j].text in FUNCTION_WORDS \
            or found[j].role not in ("content", "bound"):
        return False
    for k in range(j - 1, max(j - 4, -1), -1):
        if found[k].clause != clause:
            return False
        if found[k].text in _NOUN_OPENERS:
            return True
        if found[k].text in FUNCTION_WORDS:
            return False
    return False


#: Prepositions that place the work in a group of people: "in the team", "on the team", "within the company".
_PLACING = frozenset("in on within inside".split())


#: Words that join two ways of reaching one place: "within and outside the team", "inside or beyond it".
_JOINING_REACH = frozenset("and or".split())


def _reach_extended(found: list[Word], i: int) -> bool:
    """Whether the preposition that places the work at ``i`` ("within",
    "inside", "in", "on") is joined by "and" or "or" to a word that carries
    past the place ("within and outside of your team", "inside and outside
    the company", "in and beyond the team", "outside and within it"): the
    work reaches inside the place and past it, so it is no bound on it but
    a reach extended past it, which the word of reach says alone."""
    for step in (1, -1):
        joint, other = i + step, i + 2 * step
        if 0 <= min(joint, other) and max(joint, other) < len(found) \
                and found[joint].text in _JOINING_REACH and found[other].text in vocab.EXTENDING \
                and found[joint].clause == found[other].clause == found[i].clause:
            return True
    return False


def _wider_world(found: list[Word], i: int) -> bool:
    """Whether the preposition at ``i`` places the work in a group of people
    wider than a team, named by its scope word after "the" or a possessive
    ("in the industry", "within the company", "in their organisation"),
    with words of extent or a discipline before it or not ("within the
    whole company", "the wider organisation", "the engineering
    organisation"), or by a unit that names one where it stands ("within
    the business", "within engineering": ``vocab.placed_scopes``): a
    statement that named none reached no further than the people around
    them, so the scope put in widens what is asked, read on its scale, and
    taken out narrows it. Not a team ("in the team" bounds the work), nor
    one's own or nearest ("within their own group", "the immediate
    organisation"), nor a unit named after a possessive ("within their
    area": their own patch), nor where no determiner opens it ("in teams")."""
    texts = [w.text for w in found]
    j = i + 1
    while j < len(found) and found[j].text in POSSESSIVES and found[j].text not in ("a", "an"):
        j += 1
    opened = j > i + 1
    while j < len(found) and found[j].text in vocab.EXTENT:
        j += 1  # "the whole company", "the wider organisation"
    if opened and j + 1 < len(found) and found[j].text not in FUNCTION_WORDS and not _scope_at(found, texts, j) \
            and _scope_at(found, texts, j + 1) > vocab.SCOPE_RANK["team"]:
        j += 1  # "the engineering organisation": one of its parts, still wider than a team
    if j >= len(found) or found[j].clause != found[i].clause:
        return False
    rank = _scope_at(found, texts, j) if opened else 0
    if not rank and all(x.text == "the" or x.text in vocab.EXTENT for x in found[i + 1 : j]):
        # "within the business", "within engineering"; not "within their area", their own patch.
        rank = next((vocab.SCOPE_RANK[scope] for start, _end, scope in vocab.placed_scopes(texts) if start == j), 0)
    return rank > vocab.SCOPE_RANK["team"] \
        and not any(x.text in vocab.NARROWER or x.text in vocab.BOUNDING for x in found[i + 1 : j])


def _scope_at(found: list[Word], texts: list[str], j: int) -> int:
    """The rank of the scope word at ``j`` (0 if it is none)."""
    return vocab.scope_rank(without_possessive(texts[j])) if found[j].clause == found[j - 1].clause else 0


#: Words before a group of people that say one of it: "in one team", "within a single squad".
_ONE_OF_A_KIND = frozenset("one single".split())


def _scope_follows(found: list[Word], i: int) -> bool:
    """"in my team", "on the team", "in one team", "in the wider team": a
    possessive (or "the", or "one"), perhaps a word of how far, then a group
    of people (a team or wider; "stuck on a task" bounds nothing)."""
    j = i + 1
    while j < len(found) and (found[j].text in POSSESSIVES and found[j].text not in ("a", "an")
                              or found[j].text in _ONE_OF_A_KIND
                              or found[j].text == "a" and found[j + 1 : j + 2] and found[j + 1].text == "single"):
        j += 1
    while j > i + 1 and j < len(found) and (found[j].text in vocab.WIDER or found[j].text in vocab.NARROWER):
        j += 1  # "in the wider team", "on the immediate team": how far past (or short of) it, read with the bound
    return j > i + 1 and j < len(found) and (
        vocab.scope_rank(without_possessive(found[j].text)) >= vocab.SCOPE_RANK["team"]
        or vocab.owned_unit([w.text for w in found], j) is not None)  # "in their area", as "in their team"



def owners_taken_out(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """Whose a thing is, said by the possessive of a team or of someone in
    it ("my team's services", "the squad's backlog") and taken out, leaving
    the thing said to be nobody's ("the services", "all services"): the
    whole of it is asked, as "the code they own" -> "the code" asks; read as
    an owner taken out (role "owner"), not as a scope narrowed. Put in, it
    narrows. Left with no determiner or with "a" ("a roadmap", "goals"),
    the thing is one of a kind, not all of it: the owner taken out says
    nothing more or less (neutral), as where how many of them is said
    ("one of the services", read by itself). Not an owner wider than a team ("the
    company's technical direction", "the industry's best practices": the
    whole of it already, read on the scale), nor where the other side names
    a scope in its place ("my team's" -> "my org's", read on the scale), nor
    where the thing stays someone's ("my team's services" -> "my services"),
    nor where the thing itself changes ("my team's services" -> "the
    platform"), nor where the other side bounds it otherwise ("goals on the
    team") or says whose it is after it ("the bugs I introduce", "the pull
    requests assigned to me", "the processes of the platform": ``_whose_after``)."""
    changed = {id(w) for run in runs for side in run for w in side}
    for removed, inserted in runs:
        for run, text, other, other_run in ((removed, a, b, inserted), (inserted, b, a, removed)):
            if any(w.role == "scope" for w in other_run):
                continue
            where = {id(w): k for k, w in enumerate(text)}
            for w in run:
                k = where[id(w)]
                if w.role != "scope" or without_possessive(w.text) == w.text or k + 1 >= len(text) \
                        or w.rank > vocab.SCOPE_RANK["team"]:
                    continue
                thing = text[k + 1]
                if thing.clause != w.clause or id(thing) in changed or thing.role not in ("content", "qualifier"):
                    continue
                same = [j for j, x in enumerate(other) if x.stem == thing.stem and not _whose_said(other, j)
                        and not _bounded(other, x.clause) and not _whose_after(text, k + 1, other, j, changed)]
                if not same:
                    continue
                j = same[0]
                if j and other[j - 1].text in _ALL_OF_IT and not (j > 1 and other[j - 2].text == "of"):
                    w.role, w.rank = "owner", 0.0
                else:
                    # "my team's roadmap" -> "a roadmap": one of a kind, no wider; "one of the services": how
                    # many of them is read by itself.
                    w.neutral = True


#: Words before a thing that say all of it is meant: "the services", "all services", "every service".
_ALL_OF_IT = frozenset("the all every each".split())


def _whose_after(text: list[Word], i: int, other: list[Word], j: int, changed: set[int]) -> bool:
    """Whether ``other`` says more right after the thing at ``j`` than
    ``text`` does after it at ``i``, by words changed: a relative clause or
    a phrase that says whose it is ("the bugs I introduce", "the pull
    requests assigned to me", "the services I built", "the processes of the
    platform"). The words the two share after the thing are passed over
    ("pull requests"); a word that joins another thing ("and", "or") says
    nothing of whose."""
    while i < len(text) and j < len(other) and text[i].stem == other[j].stem:
        i, j = i + 1, j + 1
    return j < len(other) and other[j].clause == other[j - 1].clause and id(other[j]) in changed \
        and other[j].text not in ("and", "or")


def _bounded(text: list[Word], clause: int) -> bool:
    """Whether a clause of ``text`` names a scope or a bound anywhere ("goals on the team", "the code they
    own"): whose the thing is, said another way than by a possessive before it."""
    return any(w.clause == clause and w.role in ("scope", "bound") for w in text)


def scopes_of_bounds_moved(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A scope put in or taken out with the bound that places the work in it,
    where the words line up so that the two fall in two runs ("improves the
    processes" -> "improves processes within the team": "the" kept, "within"
    and "team" apart): read by the bound, as where both are one run ("in
    their team" taken out), not also as a scope named where none was. Not
    where the other text puts in or takes out a scope of its own ("within
    the team" -> "within the org", "in the industry" -> "with other teams":
    read on the scale), nor where the scope is wider than a team ("is
    recognised as an expert in the industry", "improves processes within
    the company"): the work is placed in a wider world, which is read on the
    scale as "across the company" is, not only bounded."""
    for side, text in ((0, a), (1, b)):
        run_of = {id(w): k for k, run in enumerate(runs) for w in run[side]}
        where = {id(w): i for i, w in enumerate(text)}
        if any(w.role == "scope" and not w.neutral for run in runs for w in run[1 - side]):
            continue  # a scope named in its place, wherever it lines up: read on the scale
        for k, run in enumerate(runs):
            for w in run[side]:
                if w.role != "scope" or w.neutral or w.rank > vocab.SCOPE_RANK["team"]:
                    continue  # "in the industry", "within the company": a wider world, read on the scale
                i = where[id(w)] - 1
                while i >= 0 and text[i].clause == w.clause and text[i].role == "function":
                    i -= 1  # "within the", "in their"
                bound = text[i] if i >= 0 and text[i].clause == w.clause else None
                if bound is not None and bound.role == "bound" and run_of.get(id(bound), k) != k:
                    w.neutral = True


#: Words before the ones that say all of one thing that count it one, which "the" does not: "an entire
#: product area" is one of them, "the entire product area" all of the one the work is in.
_COUNTING_ONE = frozenset("a an one".split())


def _wholes(text: list[Word]) -> list[tuple[list[Word], list[Word]]]:
    """The things ``text`` names whole, each as the words that say so and
    the words that name it: "full product areas", "the whole product
    area", "their entire team", "all of the organisation", "all the
    system" (of one thing: "all of the teams" are each of them, a
    quantity). Not one counted one ("an entire product area")."""
    found = []
    for i, w in enumerate(text):
        if w.text in vocab.WHOLE_OF:
            start = i - 1 if i and text[i - 1].text in DETERMINERS and text[i - 1].clause == w.clause else i
            if start < i and text[start].text in _COUNTING_ONE:
                continue
            first, one = i + 1, False
        elif w.text == "all":
            start, first = i, i + 1
            if text[first : first + 1] and text[first].text == "of":
                first += 1
            if not text[first : first + 1] or text[first].text not in DETERMINERS or text[first].text in _COUNTING_ONE:
                continue  # "all teams", "all of it": how many of them
            first, one = first + 1, True
        else:
            continue
        end = first
        while end < len(text) and text[end].clause == w.clause and text[end].text not in FUNCTION_WORDS \
                and text[end].text.replace("-", "").isalpha():
            end += 1
        named = text[first:end]
        if named and not (one and in_the_plural(named[-1].text)):
            found.append((text[start:first], named))
    return found


def whole_reach_alike(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """All of one thing said another way: "full", "whole", "entire" and "all
    of the" before what the work reaches are one reach ("across full
    product areas" / "across the whole product area", "across the entire
    organisation" / "across all of the organisation", "owns entire systems"
    / "owns all of the systems"). Not several of it for one ("across entire
    teams" / "across the whole team" is fewer teams, as "across teams" /
    "across the whole team" is), nor a part of it ("across part of the
    product area"), nor the word of wholeness put in or taken out ("full
    product areas" / "product areas"), nor one counted one ("an entire
    product area"), nor each of several ("all of the teams"): read as they
    are."""
    changed = {id(w) for run in runs for side in run for w in side}
    if not changed:
        return
    theirs = _wholes(b)
    for said, named in _wholes(a):
        for other_said, other_named in theirs:
            if [w.stem for w in named] != [w.stem for w in other_named] \
                    or in_the_plural(named[-1].text) != in_the_plural(other_named[-1].text):
                continue  # another thing, or several of it for one ("entire teams" -> "the whole team")
            if [w.text for w in said + named] == [w.text for w in other_said + other_named]:
                continue  # the same words: nothing reworded here
            for w in (*said, *named, *other_said, *other_named):
                if id(w) in changed:
                    w.neutral = True


def restriction_taken_out(runs: list[tuple[list[Word], list[Word]]], a: list[Word],
                          b: list[Word]) -> tuple[int, str] | None:
    """A phrase or a relative clause that says the thing is theirs, taken
    out after it with the rest kept ("Fixes bugs in the parts of the code
    they wrote themselves" -> "Fixes bugs", "... that they own", "... on
    their team", "... written by their own squad"), "any", "every", "all"
    or "each" put in before the thing or not: the thing is no longer only
    theirs, all of it is asked, a scope widened (raises-bar); put in, it
    narrows. Read whole, not as more words taken out than added. Not a
    phrase that does not say whose ("bugs in the payment service"), nor an
    action taken out ("Designs and builds services" -> "Builds services"),
    nor a thing changed beside it ("bugs ... they wrote" -> "any incident")."""
    for removed_side, direction in ((0, 1), (1, -1)):
        text = (a, b)[removed_side]
        where = {id(w): k for k, w in enumerate(text)}
        restricting: list[Word] = []
        whose: set[str] = set()
        for run in (pair[removed_side] for pair in runs):
            start = _restriction_start(run, text, where)
            if start is not None:
                restricting += run[start:]
                whose |= {"scope" for w in run[start:] if w.role in ("scope", "bound")}
        if not restricting:
            continue
        inside = {id(w) for w in restricting}
        kept = sorted(w.stem for pair in runs for w in pair[removed_side]
                      if id(w) not in inside and _of_meaning(w))
        other = sorted(w.stem for pair in runs for w in pair[1 - removed_side]
                       if _of_meaning(w) and w.text not in _ANY_OF_IT)
        if kept != other:
            continue
        for pair in runs:
            for w in (*pair[0], *pair[1]):
                w.neutral = True
        reach = "scope" if whose else "owner"
        return (direction, f"{reach} {'raised' if direction > 0 else 'lowered'}")
    return None


def _of_meaning(w: Word) -> bool:
    return not w.neutral and w.role not in ("function",) and w.text not in FUNCTION_WORDS


def _restriction_start(run: list[Word], text: list[Word], where: dict[int, int]) -> int | None:
    """Where in ``run`` a phrase starts that says whose the thing before it
    is and that runs to the end of its clause, all of it in the run: "in the
    code they wrote", "that they own", "on their team", "written by my
    squad"; None where the run has none."""
    if not run:
        return None
    last = where[id(run[-1])]
    if last + 1 < len(text) and text[last + 1].clause == run[-1].clause:
        return None  # the clause goes on past the run: "bugs in code they wrote and tests" is read as words
    for r, w in enumerate(run):
        k = where[id(w)]
        opens = w.text in _RESTRICTING_OPENERS or w.text in SUBJECTS or w.text in _OWNERS_BEFORE or (
            w.text in _MADE_OR_OWNED and k + 1 < len(text) and text[k + 1].text in ("by", "to"))
        if not opens or not k or text[k - 1].clause != w.clause:
            continue
        thing = text[k - 1]
        if thing.text in FUNCTION_WORDS or thing.role not in ("content", "scope") or thing.text in SUBJECTS \
                or _whose_said(text, k - 1):
            continue  # "in their codebase they own": theirs either way
        if _says_whose(run[r:]):
            return r
    return None


def _own_patch(phrase: list[Word], n: int) -> bool:
    """Whether the scope at ``n`` is a unit named after a possessive ("for
    their area", "in my domain"): their own patch, as ``_wider_world``
    reads it, not a wider world ("in their organisation")."""
    return n > 0 and phrase[n].role == "scope" and not vocab.scope_rank(without_possessive(phrase[n].text)) \
        and phrase[n - 1].text in POSSESSIVES and phrase[n - 1].text not in ("the", "a", "an")


def _says_whose(phrase: list[Word]) -> bool:
    """Whether a phrase after a thing says whose it is: what they own or
    made ("they wrote", "that they own", "written by their squad", "the
    services their team runs"), or their team or a narrower unit ("on their
    team", "of my team's"). Not help or independence ("on my own"), a scope
    wider than a team, which places the work in a wider world ("in their
    organisation"), nor another thing of theirs alone ("for my own
    features": read as words taken out). Not a clause with a negation ("in
    code I never wrote": not theirs), nor one whose verb asks something of
    the thing rather than saying who owns or made it ("code my team can
    maintain", "tools my team relies on", "features my team is proud of",
    "processes my team runs by hand"): that is a demand put in, read as
    words."""
    if any(w.role in AUTONOMY or w.role == "scope" and w.rank > vocab.SCOPE_RANK["team"] and not _own_patch(phrase, n)
           or w.role == "bound" and w.rank > 0 or negating(w) for n, w in enumerate(phrase)):
        return False
    if phrase[0].text in _MADE_OR_OWNED:
        return True  # "written by their squad", "assigned to me"
    for n in range(len(phrase) - 1, -1, -1):
        w = phrase[n]
        if w.text in SUBJECTS or w.role == "scope" and (w.rank == vocab.SCOPE_RANK["team"] or _own_patch(phrase, n)):
            # Who is named: what follows says what they do with the thing. Only a verb of owning or
            # making, alone ("they wrote themselves", "their team runs"), says it is theirs; nothing
            # after "on their team", "of my team's".
            said = [x for x in phrase[n + 1:] if x.role != "function" and x.text not in FUNCTION_WORDS]
            return not said and w.text not in SUBJECTS \
                or len(said) == 1 and (said[0].role == "owner" or said[0].text in _OWNING_VERBS)
    return any(w.role == "owner" for w in phrase)


#: Words before a thing that say any of it is meant: "any bug", "every service", "all bugs".
_ANY_OF_IT = _ALL_OF_IT | {"any"}
#: Words that open a phrase or a clause that bounds the thing before them: "bugs in ...", "code that ...".
_RESTRICTING_OPENERS = frozenset("in on within inside for from of that which who whose".split())
#: Verbs of making or owning that say whose a thing is after it, before "by" or "to": "code written by them".
_MADE_OR_OWNED = frozenset("written owned built maintained assigned introduced authored created developed".split())
#: Verbs that say, after who does them, that the thing before is theirs: "the code they wrote", "the
#: services their team runs"; not what is asked of it ("the code my team can maintain", "relies on").
_OWNING_VERBS = frozenset("""own owns wrote write writes written build builds built maintain maintains maintained
    run runs introduce introduces introduced author authors authored create creates created develop develops
    developed""".split())
#: Possessives that open a clause of whose a thing is, after it: "the services their team runs".
_OWNERS_BEFORE = frozenset("their my our his her your".split())
