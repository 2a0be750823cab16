"""Help, guidance and autonomy: with how much help the work is done.

Read as a text is read: help had ("with guidance from my lead", "reviewed
by my manager", "needs direction": ``guidance``, ``help_had``), the subject
helped ("I am mentored by ...": ``overseen``), what help is needed with
(``help_topics``) and independence ("on my own": ``on_ones_own``). Read
when two texts are compared: the amount of help each whole text says
(``guidance_amount``), help moved within a text (``help_moved``), help
given traded for help had (``help_given_for_help_had``,
``people_now_helpers``), independence traded for help
(``autonomy_traded``, ``traded_for_help``), one fewer of those who may
help (``other_helpers``), help taken out with its condition
(``help_of_the_clause_before``, ``conditions_of_help``), and the work help
was asked for now done, with help only on a condition
(``help_asked_now_done``).
"""

from __future__ import annotations

from typing import Sequence

from ... import vocabulary as vocab
from ...text import without_possessive
from ..wording import stem
from .words import (
    AUTONOMY, AUXILIARIES, BE, CLAUSE_STARTS, CONTRACTED, FUNCTION_WORDS, FUTURE, GETTING, NEGATING, NEUTRAL_ROLES, POSSESSIVES,
    SUBJECTS, Word, clause_of, ladder_subject, sign, verbs,
)


def autonomy_traded(removed: list[Word], inserted: list[Word]) -> tuple[int, str] | None:
    """Help traded for independence, or independence for help, where one
    side of the run says nothing but that: "by following existing examples
    or with guidance" -> "independently", "Works independently" -> "Needs
    help". The other side's words say how the help was had, or the work
    done alone: the change is one of autonomy, whatever they are. Where the
    independence is help negated with an amount of it ("without much
    guidance" -> "with little guidance"), it allows some help: the two are
    amounts, compared as such (``guidance_amount``); direction 0 where they
    are the same ("without much" is "with little")."""
    def said(words: list[Word]) -> set[str]:
        return {w.role for w in words if w.role not in NEUTRAL_ROLES}

    before, after = said(removed), said(inserted)
    if "independent" in after and "guidance" in before and "independent" not in before and "guidance" not in after:
        direction = 1
    elif "guidance" in after and "independent" in before and "guidance" not in before and "independent" not in after:
        direction = -1
    else:
        return None
    if not (before <= AUTONOMY or after <= AUTONOMY):
        return None  # a rewritten clause on both sides: its words count
    negated, had = (inserted, removed) if direction > 0 else (removed, inserted)
    if any(w.role == "independent" and w.rank for w in negated) and any(w.role == "guidance" and w.rank for w in had):
        direction = sign(guidance_amount(removed, inserted) - guidance_amount(inserted, removed))
    return (direction, f"autonomy {'raised' if direction > 0 else 'lowered'}" if direction else "")


def ability_for_help(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """"can" (or "able to") traded for help: "I can write docs" -> "I write
    docs with help" says how able, once, on autonomy; the ability taken out
    is no more certainty asked."""
    for before, after, side in ((a, b, 0), (b, a, 1)):
        if any(w.role == "guidance" for w in before) or not any(w.role == "guidance" for w in after):
            continue
        for run in runs:
            for w in run[side]:
                if w.role == "certainty" and w.rank == vocab.CERTAINTY["can"] and not w.neutral:
                    w.neutral = True


#: Words that describe the people who help, before them: "or a more senior engineer", "or other senior engineers".
_DESCRIBING_HELPERS = POSSESSIVES | frozenset("senior seniors experienced more other another".split())


def other_helpers(changed: list[Word], a: list[Word], b: list[Word]) -> bool:
    """Whether the words changed in a phrase of help only name others who may
    help as well, or no longer ("from my manager/TL", "from my manager or
    a senior engineer"): the help had is the same. Not where the help of
    either text names no one else ("asks for help" / "asks their manager for
    help"): the one who helps is named, as "from their manager" put in
    names them."""
    def named(w: Word) -> bool:
        return w.text in vocab.GUIDING_ROLES or w.text in vocab.PEOPLE

    inside = {id(w) for w in changed}
    return all(w.role == "guidance" and (named(w) or w.text == "or" or w.text in _DESCRIBING_HELPERS)
               for w in changed) and any(named(w) for w in changed) \
        and all(any(w.role == "guidance" and named(w) and id(w) not in inside for w in text) for text in (a, b))


#: The words of a phrase of help that say who helps or what help: not the words around them ("work with").
HELPERS = vocab.GUIDING_ROLES | vocab.PEOPLE | vocab.GUIDANCE_NOUNS | vocab.HELP_EITHER_WAY


def helpers_seniority(a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """The people who help made less senior ("from a senior engineer" ->
    "from a junior engineer", "from a peer"), the help the same: less
    help had, which raises the bar; more senior, it lowers it. None where
    either text does not say how senior (``vocab.helper_seniority``)."""
    old, new = (vocab.helper_seniority(w.text for w in text if w.role == "guidance") for text in (a, b))
    if old is None or new is None or old == new:
        return None
    return (1, "autonomy raised") if new < old else (-1, "autonomy lowered")


def help_qualified(changed: list[Word], a: list[Word], b: list[Word]) -> bool:
    """Whether words changed say what help is had with no amount the
    vocabulary knows, before its noun ("with brief guidance", "with
    hands-off guidance", "with initial support"): the help changed, which
    way no word of it says."""
    inside = {id(w) for w in changed}
    for text in (a, b):
        for i, w in enumerate(text):
            if id(w) not in inside or w.rank or w.text in HELPERS or w.text in FUNCTION_WORDS \
                    or w.text in vocab.GUIDED_BY:
                continue  # "seeking help" -> "asking for help": the way it is had, not what help
            j = i + 1
            while j < len(text) and id(text[j]) in inside and text[j].text not in HELPERS:
                j += 1  # "with brief, hands-off guidance"
            if j < len(text) and text[j].clause == w.clause and text[j].role == "guidance" \
                    and (text[j].text in vocab.GUIDANCE_NOUNS or text[j].text in vocab.HELP_EITHER_WAY):
                return True
    return False


def with_help(text: list[Word]) -> bool:
    """Whether a text says its work is done with help."""
    return any(w.role == "guidance" for w in text)


def _generic_helpers(text: list[Word]) -> set[int] | None:
    """The words of ``text``'s phrases of help that name people with no
    role nor rank (``vocab.generic_helpers_named``), with what joins them to
    the help: "from other engineers", "by a peer", "asks colleagues for";
    None where the help names anyone else ("from my manager", "a senior
    engineer"), whose help is read as it was."""
    texts = [w.text for w in text]
    found: set[int] = set()
    for k, w in enumerate(text):
        if w.role != "guidance" or k in found:
            continue
        n = vocab.generic_helpers_named(texts, k)
        if not n:
            continue
        before, after = texts[k - 1] if k else "", texts[k + n] if k + n < len(texts) else ""
        if before in vocab.SOURCE_WORDS:
            phrase = range(k - 1, k + n)  # "guidance from other engineers"
        elif before in vocab.ASKING and after == "for":
            phrase = range(k, k + n + 1)  # "asks other engineers for guidance"
        else:
            continue
        if all(text[j].role == "guidance" for j in phrase):
            found.update(id(text[j]) for j in phrase)
    named = {id(w) for w in text if w.role == "guidance" and (w.text in vocab.PERSON_NOUNS or w.text in vocab.GUIDING_ROLES)}
    return found if named <= found else None


def generic_helpers(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """Help from people named with no role nor rank, against help whose
    giver goes unnamed, or others of the kind: "seeks help" / "asks others
    for help", "seeks guidance from other engineers" / "asks other engineers
    for guidance" / "seeks guidance from colleagues". Help from them is no
    more help than help from anyone: the same help had, and one verb of
    asking for help for another ("seeks" / "asks") the same act. Not help
    from one's own guide or someone said to be senior or junior ("asks for
    help" / "asks their manager for help", "from a peer" / "from a senior
    engineer"): who helps is read as ever (``helpers_seniority``)."""
    if not with_help(a) or not with_help(b):
        return
    before, after = _generic_helpers(a), _generic_helpers(b)
    if before is None or after is None:
        return
    for side, generic in ((0, before), (1, after)):
        for run in runs:
            for w in run[side]:
                if id(w) in generic:
                    w.neutral = True
    # The verbs of asking left: "seeks" for "asks", the help the same.
    removed = [w for r, _i in runs for w in r if not w.neutral and w.text in vocab.ASKING and w.role == "guidance"]
    inserted = [w for _r, i in runs for w in i if not w.neutral and w.text in vocab.ASKING and w.role == "guidance"]
    if len(removed) == len(inserted) == 1 and removed[0].stem != inserted[0].stem:
        removed[0].neutral = inserted[0].neutral = True


def help_moved(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """Help taken out in one place and put in at another, where nothing else
    of meaning changed there ("I work with my manager to navigate ambiguity"
    -> "I navigate ambiguity with support from my manager"): one change,
    read as the amount of help each whole text says."""
    def helped(words: list[Word]) -> bool:
        return any(w.role == "guidance" and not w.neutral for w in words)

    out = {k for k, (removed, _i) in enumerate(runs) if helped(removed)}
    into = {k for k, (_r, inserted) in enumerate(runs) if helped(inserted)}
    if not out or not into or out & into:
        return None  # none moved, or read in its run
    touched = [w for k in out | into for w in (*runs[k][0], *runs[k][1]) if not w.neutral]
    if any(w.role not in NEUTRAL_ROLES and w.role != "guidance" for w in touched):
        return None  # a rewritten clause: its words count
    for w in touched:
        w.neutral = True
    amount = sign(guidance_amount(a, b) - guidance_amount(b, a))
    return (amount, f"autonomy {'raised' if amount > 0 else 'lowered'}") if amount else None


#: The stems of helping, as a verb or a noun: "mentor", "mentored", "mentoring", "support", "coaching".
_HELPING = frozenset(stem(vocab.HELPED_IRREGULAR.get(word, word))
                     for word in vocab.HELPED | vocab.GUIDANCE_NOUNS | vocab.HELP_EITHER_WAY)


def help_given_for_help_had(runs: list[tuple[list[Word], list[Word]]], a: list[Word],
                             b: list[Word]) -> tuple[int, str] | None:
    """The people the subject helped now the ones who help the subject, or
    the reverse, where nothing else of meaning changed: "I mentor less
    experienced engineers" -> "I receive support from more experienced
    engineers" (or "I provide mentoring to junior engineers" -> "I receive
    mentoring from senior engineers", "I mentor engineers" -> "I receive
    mentoring from my manager", "Onboards / mentors new engineers" -> "Is
    mentored by more experienced engineers"). One change, of autonomy: help had
    where help was given asks less; not also an audience raised, nor
    another action asked."""
    for side, direction in ((0, -1), (1, 1)):
        giver, helped = (a, b) if side == 0 else (b, a)
        if with_help(giver) or not with_help(helped):
            continue
        gave = [w for run in runs for w in run[side] if not w.neutral and w.role not in NEUTRAL_ROLES]
        had = [w for run in runs for w in run[1 - side] if not w.neutral and w.role not in NEUTRAL_ROLES]
        # "mentor" -> "mentoring" is read as one word inflected: an act of helping all the same.
        acts = [w for run in runs for w in run[side] if w.stem in _HELPING or w.text in vocab.GIVING]
        # What else the giver's side says (whom they helped, what else they did: "Onboards / mentors new
        # engineers") asks the same way as the help given: less where it is gone, more where it is new.
        if not acts or not had or any(w.role != "guidance" for w in had):
            continue
        for w in gave + had:
            w.neutral = True
        if _helps_own_helpers(acts, giver, helped):
            # "I set our OKRs with my manager" -> "I help my manager set our OKRs": the same two at the
            # work, the lead now the other's; the subject only helps. Less involvement, not more autonomy.
            return (-direction, f"involvement {'lowered' if direction > 0 else 'raised'}")
        return (direction, f"autonomy {'lowered' if direction < 0 else 'raised'}")
    return None


def _helps_own_helpers(acts: list[Word], giver: list[Word], helped: list[Word]) -> bool:
    """Whether the people a text helps (after its acts of helping, in their
    clause) are those who help in the other text, with the work the other
    text has the subject do: "I help my manager set our OKRs" where the
    other says "I set our OKRs with my manager"."""
    helpers = {w.stem for w in helped if w.role == "guidance"}
    done = {w.stem for w in verbs(helped, helped, set()) if w.stem not in _HELPING}
    where = {id(w): k for k, w in enumerate(giver)}
    for act in acts:
        k = where.get(id(act))
        if k is None:
            continue
        # Whom it helps: the first people named after it, with the words that say which ("my manager",
        # "my tech lead", not "junior engineers" where "senior engineers" help).
        phrase = [w for w in giver[k + 1 : k + 4] if w.clause == act.clause]
        end = next((j for j, w in enumerate(phrase) if w.text in vocab.GUIDING_ROLES or w.text in vocab.PEOPLE), None)
        if end is None:
            continue
        named = {w.stem for w in phrase[: end + 1] if w.text not in FUNCTION_WORDS}
        # What it helps them do: the work the other text has the subject do ("set our OKRs"); helping
        # that is itself the work ("I coach engineers" / "I am coached by engineers") is help given.
        rest = {w.stem for w in giver[k + 2 + end :] if w.clause == act.clause}
        if named <= helpers and rest & done:
            return True
    return False


def guidance_amount(text: list[Word], other: list[Word]) -> float:
    """How much guidance a text says its work is done with ("with minimal
    support": little), the most it names; unstated where it names none.
    Help negated is less than the amount negated (``_negated_amount``:
    "without much guidance" is "with little guidance"), none where it
    names no amount ("without input", "with no input": less than any had). Where the ``other`` text says only
    how often help is had ("typically with guidance", "usually with
    others", "often with guidance"), help said without a word of how often
    is had every time, as a hedge taken out asks every time. A plain word
    of how often said of a verb of needing or overseeing ("often needs
    help", "frequently needed", "is frequently reviewed") says how often the
    need comes, as one said of a duty's verb does: unstated help is needed
    more than "sometimes", less than "often" ("needed" < "frequently
    needed"); a hedge there still says not every time."""
    amounts = [w.rank for w in text if w.role == "guidance" and w.rank]
    if amounts:
        return max(amounts)
    negated = [w.rank for w in text if w.role == "independent"]
    if negated:
        return _negated_amount(max(negated))
    said = [w.text for w in other if w.role == "guidance" and w.rank]
    needs = _needs_said_how_often(other)
    if said and all(word in vocab.FREQUENCY and word not in vocab.GUIDANCE_AMOUNT
                    and (word in vocab.HEDGES or not needs) for word in said) \
            and (any(w.role == "guidance" for w in text) or _says_help_of(text, other)):
        return _amount("always")
    return UNSTATED_GUIDANCE


#: Verbs of needing or overseeing a word of how often may be said of: "often needs", "frequently needed",
#: "is frequently reviewed".
_NEEDS = vocab.NEEDING | vocab.RELYING | vocab.NEEDED_PARTICIPLES | vocab.OVERSEEN


def _needs_said_how_often(text: list[Word]) -> bool:
    """Whether a word of how often in a phrase of help stands before its
    verb of needing or overseeing ("often needs help", "back-and-forth
    frequently needed", "is frequently reviewed"), not before the help said
    of the work ("often with guidance")."""
    for i, w in enumerate(text):
        if w.role != "guidance" or w.text not in vocab.FREQUENCY:
            continue
        j = i + 1
        while j < len(text) and text[j].role == "guidance" and (text[j].text in vocab.FREQUENCY or text[j].text in BE):
            j += 1
        if j < len(text) and text[j].role == "guidance" and text[j].text in _NEEDS:
            return True
    return False


def _says_help_of(text: list[Word], other: list[Word]) -> bool:
    """Whether ``text`` has the words of the help ``other`` says how often it
    is had ("with others" of "usually with others"): the same help, had
    every time."""
    help_words = [w.text for w in other if w.role == "guidance" and not w.rank]
    texts = [w.text for w in text]
    n = len(help_words)
    return n > 0 and any(texts[i : i + n] == help_words for i in range(len(texts) - n + 1))


#: Words after which "own" stresses whose something is ("my own work" is
#: "my work"), and is no verb.
OWNERS = POSSESSIVES - {"the", "a", "an"}


def on_ones_own(found: list[Word]) -> None:
    """Work done "on their own", "alone" or "by myself" (at the end of a
    clause, or before a small word or a bound: "on my own within my area",
    "alone when needed") is done independently; "on my own initiative",
    "code alone is not enough" and "leave it alone" say something else."""
    for i, word in enumerate(found):
        if word.text == "on" and i + 2 < len(found) and found[i + 1].text in OWNERS and found[i + 2].text == "own":
            phrase = found[i : i + 3]
        elif word.text == "by" and i + 1 < len(found) and found[i + 1].text in _REFLEXIVES:
            phrase = found[i : i + 2]
        elif word.text == "alone" and i and found[i - 1].text != "not" \
                and _LEAVING.isdisjoint(w.text for w in found[max(0, i - 4) : i]):
            phrase = [word]
        else:
            continue
        after = found[i + len(phrase)].text if i + len(phrase) < len(found) else None
        if after is None or (after in FUNCTION_WORDS and after not in BE) or after in vocab.BOUNDING \
                or after in vocab.EXTENDING:
            for w in phrase:
                w.role = "independent"


#: "by myself": work done without help, as "on my own" is.
_REFLEXIVES = frozenset("myself yourself himself herself themselves themself ourselves yourselves".split())
#: Before "alone", words that make it no statement of autonomy: "leave it alone".
_LEAVING = frozenset("leave leaves leaving left let lets".split())


def overseen(found: list[Word]) -> None:
    """Work said to be overseen: "my designs are reviewed by my lead",
    "works alone on standard work; reviewed on the non-standard", "changes
    approved by a senior engineer". Help had, as "with review from my lead"
    is; not what the subject does ("I have reviewed", "the code I reviewed")
    or sees to ("I make sure my designs are reviewed"). So is the subject
    said to be helped, the passive of a verb of helping: "I am mentored by
    more experienced engineers", "I get coached by my lead", "as directed by
    my lead" (not "decisions guided by data", which names nobody who helps,
    nor "I mentor others")."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.role == "content" and w.text in vocab.HELPED and _helped_person(found, texts, i):
            w.role = "guidance"  # "Guided contributor", "a supported engineer": one who works with help
            continue
        if w.role == "content" and w.text in vocab.HELPED and _subject_helped(found, texts, i):
            for x in found[i : _helpers_end(texts, i) + 1]:
                x.role = "guidance"
            # The helpers named after what they help with: "I am taught how to debug by senior engineers".
            by = next((k for k in range(i + 2, len(found)) if found[k].clause == w.clause and texts[k] == "by"), None)
            if by is not None and _helpers_end(texts, by - 1) > by:
                for x in found[by : _helpers_end(texts, by - 1) + 1]:
                    x.role = "guidance"
            continue
        if w.role != "content" or w.text.rpartition("-")[2] not in vocab.OVERSEEN:
            continue  # "reviewed", "peer-reviewed"
        # "is frequently reviewed": how often it is overseen, an amount of the help, read with it.
        often = i
        while often and texts[often - 1] in vocab.FREQUENCY and found[often - 1].clause == w.clause \
                and found[often - 1].role == "content" and texts[often - 1] != "never":
            often -= 1
        before = texts[often - 1] if often else ""
        opens = often == 0 or found[often - 1].clause != w.clause or "-" in w.text  # "peer-reviewed code"
        if not (before in BE or before in GETTING or before in ("been", "being") or opens
                or texts[i + 1 : i + 2] == ["by"] and before not in SUBJECTS):
            continue
        if any(x.stem == stem("ensure") or x.text == "sure" for x in found[:i] if x.clause == w.clause):
            continue  # "I make sure my designs are reviewed": what they see to, not help they have
        for x in found[often : _helpers_end(texts, i) + 1]:  # "reviewed by my lead": the people are of the help
            x.role, x.rank = "guidance", _amount(x.text)


#: A person a participle of helping may describe: "a guided contributor", "Supported engineer". One, as a
#: level's summary describes its people: before a plural the participle is as often a verb in the past
#: ("Mentored engineers on the team").
_HELPED_PERSON = frozenset(
    "contributor engineer developer designer analyst scientist tester researcher architect member learner "
    "practitioner individual ic person".split()
)


def _helped_person(found: list[Word], texts: list[str], i: int) -> bool:
    """Whether the participle of helping at ``i`` describes the person the
    statement is of, as a level's summary does: first in its clause, or
    after "a" or "an", and before a word for a person ("Guided
    contributor", "Is a supported engineer"); not "mentored engineers"
    ("Mentored engineers on the team", "has mentored engineers")."""
    if texts[i + 1 : i + 2] == [] or texts[i + 1] not in _HELPED_PERSON or found[i + 1].clause != found[i].clause:
        return False
    return i == 0 or found[i - 1].clause != found[i].clause or texts[i - 1] in ("a", "an")


#: Words between a verb of being and its participle: "is also mentored", "is being coached".
_BEFORE_PARTICIPLE = frozenset("also often still being".split())
#: Words before "be" of a passive: "will be mentored", "can be supported", "has been coached".
_BEFORE_BE = FUTURE | vocab.POSSIBILITY | frozenset("has have been".split())
#: Words that open a phrase said of the subject's work: "as directed by their lead", "when supported by".
_OF_THE_WORK = frozenset("as when while if once".split())


def _subject_helped(found: list[Word], texts: list[str], i: int) -> bool:
    """Whether the participle of helping at ``i`` says the subject is helped:
    the passive of its own clause, whose subject is the statement's ("Is
    mentored by more experienced engineers", "Gets coached by their lead")
    or the people of the ladder ("I am mentored", "I get coached by my
    lead", "You'll be supported by", "Engineers at this level are coached
    by"), or a phrase of its own said of the subject's work ("...,
    supported by a senior engineer", "as directed by their lead"); where
    "by" follows, the helpers named ("I am guided by our values" names
    none). Not a participle said of a thing ("the services supported by the
    platform team") nor the passive of someone else ("I ensure every new
    hire is supported by a buddy")."""
    if texts[i + 1 : i + 2] == ["by"] and _helpers_end(texts, i) <= i + 1:
        return False
    start = clause_of(found, i)[0]
    k = i - 1
    while k >= start and (texts[k].endswith("ly") or texts[k] in _BEFORE_PARTICIPLE):
        k -= 1
    said_be = k >= start and (texts[k] in BE or texts[k] in GETTING or texts[k] == "been"
                              or CONTRACTED.get(texts[k]) in BE)
    if not said_be:
        # A phrase of its own, the helpers named: "..., supported by a senior engineer", "as directed by".
        return texts[i + 1 : i + 2] == ["by"] and (k < start or texts[k] in _OF_THE_WORK)
    while k > start and (texts[k - 1] in _BEFORE_BE or texts[k - 1] in CONTRACTED):
        k -= 1  # "will be", "has been", "You'll be"
    if k == start:
        return True  # "Is mentored by ...", "I'm coached", "You'll be supported": the subject's own
    subject = ladder_subject(found[start : k + 1])
    return subject is not None and subject[0] == k - start


def guidance(found: list[Word]) -> None:
    """Work done with someone's help: "with guidance from my manager", "with
    the help of a teammate", "with support from senior engineers", "with
    direction", "I work with my manager to", "needs frequent check-ins".
    Help negated is independence ("without the need for constant input",
    "does not need guidance", "with no supervision"), as far as the amount
    negated says; help needed more or less often is an amount of it
    ("rarely needs direction", "with little need for direction")."""
    texts = [w.text for w in found]
    for i, word in enumerate(texts):
        asking = vocab.asking_words(texts, i)  # "asks", "reaches out (to)"
        if word not in vocab.GUIDED_BY and word != "without" and not asking \
                or not vocab.GIVING.isdisjoint(texts[max(0, i - 4) : i]):
            continue  # "provides other teams with help" is help given
        if word in vocab.BESIDE and any(w.text in vocab.SHARING for w in found[:i] if w.clause == found[i].clause):
            continue  # "shares my progress with my manager": whom it is told to
        if word == "with" and i and texts[i - 1] in vocab.RELATIONS:
            continue  # "builds strong relationships with their manager": the other party, no help
        end = None
        # "without a (great) lot of guidance": an amount of it, as "much" is, read as one word.
        amounts_of = sum(1 for t in texts[i + 1 : i + 5] if t in vocab.AMOUNT_OF)
        first = i + max(asking, 1)
        if asking and (asked := vocab.guide_named(texts, first)) \
                and texts[first + asked : first + asked + 1] == ["for"]:
            # "asks other engineers for guidance", "asks their manager for guidance", "reaches out to others for
            # help", as "seeks guidance from ..." says it: the people asked, then the help; who they are is read
            # as it is after "from".
            first += asked
        for j in range(first, min(first + 3 + 2 * amounts_of, len(texts))):
            if help_had(found, j) or texts[j] in vocab.REVIEW_NOUNS and texts[j + 1 : j + 2] in (
                    ["from"], ["by"]) or texts[j] in vocab.NEEDED_NOUNS and _needed(texts, i, j) \
                    or texts[j] in _NEEDED_HELP and word in vocab.NEEDING:  # "needs frequent review"
                end = _helpers_end(texts, j)
                # "with coaching and support", "with training or mentoring": one help, of several names.
                while end + 2 < len(texts) and texts[end + 1] in ("and", "or") and help_had(found, end + 2) \
                        and found[end + 2].clause == found[j].clause:
                    end = _helpers_end(texts, end + 2)
                break
            if texts[j] == "for" and (texts[j - 1] in vocab.SEEKING_HELP or asking and (
                    j == first or texts[j - 1] in vocab.PEOPLE or texts[j - 1] in vocab.GUIDING_ROLES)):
                continue  # "the need for guidance", "asks for help", "asks others for help", "reaches out for help"
            if texts[j] in FUNCTION_WORDS and texts[j] not in POSSESSIVES \
                    and not (texts[j] == "of" and texts[j - 1] in vocab.AMOUNT_OF):
                break  # "with teams to help them" is no help received
        relying = word in vocab.RELYING and texts[i + 1 : i + 2] == ["on"]
        # "(usually with others)": how often the work is shared, said of the work itself; "collaborates
        # with others" is the work, not help with it.
        shared = word in vocab.BESIDE and i > 0 and texts[i - 1] in vocab.FREQUENCY and texts[i - 1] != "never"
        if end is None and (word in vocab.BESIDE or relying):
            k = i + 2 if relying else i + 1
            while k < len(texts) and (texts[k] in POSSESSIVES or (relying or shared) and texts[k] == "other"):
                k += 1
            # "relies on others", "relies on their manager"; "relies on the team's tools" is no help received.
            if k < len(texts) and (texts[k] in vocab.GUIDING_ROLES
                                   or (relying or shared) and texts[k] in vocab.PEOPLE):
                end = k
                while end + 1 < len(texts) and texts[end + 1] in vocab.GUIDING_ROLES:
                    end += 1
            elif word in vocab.BESIDE and k < len(texts) and (i == 0 or texts[i - 1] not in vocab.COLLABORATING) \
                    and (people := _senior_people(texts, k)) is not None:
                end = people  # "working with a more senior engineer": help from someone more senior
            elif word in vocab.BESIDE and (named := vocab.senior_helper_named(texts, i + 1)) and (
                    i == 0 or texts[i - 1] not in vocab.COLLABORATING or texts[i + 1 + named : i + 2 + named] == ["to"]):
                # "works with a principal engineer to architect", "with my tech lead"; after a verb of working
                # together, only where the work follows ("pairs with a staff engineer to design"): "pairs
                # with a senior engineer on designs" is the work itself.
                end = i + named
        if end is None or any(w.role in AUTONOMY for w in found[i : end + 1]):
            continue  # none, or read already from the word that starts it ("without the need for")
        start, negated = _guidance_start(texts, i)
        if shared:
            start = i - 1  # how often, as an amount of it
        # 'with no supervision' is without it: autonomy, as 'without supervision'; 'with not much supervision'
        # is without much of it.
        negated = negated or word == "without" or "no" in texts[i : end + 1] or any(
            texts[k] in NEGATING and (texts[k + 1] in vocab.GUIDANCE_AMOUNT or texts[k + 1] == "a")
            for k in range(i + 1, end))
        for w in found[start : end + 1]:
            w.role, w.rank = ("independent" if negated else "guidance"), _amount(w.text)
        for k in range(start, end):
            if texts[k] in vocab.AMOUNT_OF and texts[k + 1] == "of":
                # "a (great) lot of": the amount is its noun's; the rest is grammar, as "much" has none.
                for w in found[max(start, k - 2) : k + 2]:
                    if w.text in ("a", "great", "of"):
                        w.role = "function"
    _help_said_needed(found)


#: Words that join others to the subject of a clause, who then does the work with them: "My manager and I".
_JOINING = frozenset("and or with".split())
#: Words that name someone else as a sentence's subject without a title: "Someone on my team".
_SOMEONE = frozenset("someone somebody another others".split())


def work_of_others(found: list[Word]) -> None:
    """The work done by someone else, or led by them, read as help had: a
    sentence whose subject is another person ("My manager identifies the
    solutions", "Their manager defines the roadmap", "Someone on my team
    identifies ...", "My manager does this for me"), one who helps the
    subject as the verb says ("My tech lead guides me through this", "A
    staff engineer walks them through it"), or the subject watching another
    do it ("I watch my lead identify ...", "shadows a principal engineer").
    Not the work shared ("My manager and I agree goals"), nor the subject
    asked or trusted to do it ("My manager expects me to ..."), nor the
    subject's own guiding ("Guides my team through incidents")."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.role in AUTONOMY:
            continue
        if texts[i] in vocab.WATCHING and (named := vocab.guide_named(texts, i + 1)) \
                and not texts[i + named].endswith(("'", "'s", "’s")):
            # "I watch my lead identify ...", "shadows a senior engineer": the other does the work; not
            # "observes others' reviews", what is theirs.
            for x in found[i : i + 1 + named]:
                x.role, x.rank = "guidance", 0.0
            continue
        if i and found[i - 1].clause == w.clause or texts[i] not in POSSESSIVES and texts[i] not in _SOMEONE:
            continue  # the subject opens its clause: "My manager ...", "Someone ...", "A staff engineer ..."
        named = vocab.guide_named(texts, i) if texts[i] not in _SOMEONE else 1
        if not named or texts[i + named - 1].endswith(("'s", "’s")):
            continue  # "My manager's feedback": no person as the subject
        j = i + named
        if j + 2 < len(texts) and texts[j] in ("on", "in", "from") and texts[j + 1] in POSSESSIVES:
            j += 3  # "Someone on my team"
        while j < len(texts) and (texts[j].endswith("ly") or found[j].role == "independent"):
            j += 1  # "... independently identifies"
        if j + 1 >= len(texts) or found[j].clause != w.clause or texts[j] in _JOINING or texts[j] in FUNCTION_WORDS \
                and texts[j] not in AUXILIARIES:
            continue  # "My manager and I ...": shared; or no verb follows
        # Helping the subject: "guides me", "walks them through it"; not "mentors one or two people".
        helping = texts[j + 1] in vocab.LADDER_OBJECTS and (
            found[j].stem in _HELPING or texts[j] in vocab.TAKING_THROUGH and "through" in texts[j + 2 : j + 5])
        if texts[i] in POSSESSIVES and texts[i] not in OWNERS and not (helping and vocab.senior_helper_named(texts, i)):
            continue  # "A senior engineer designs ...", "The engineer mentors ...": the people of the ladder
        if texts[j + 1] in vocab.LADDER_OBJECTS and not helping:
            continue  # "My manager expects me to ...", "trusts them with": the work is still theirs
        end = j
        while end + 1 < len(texts) and found[end + 1].clause == w.clause and (
                texts[end + 1] in vocab.LADDER_OBJECTS or texts[end + 1] in ("through", "for")
                or texts[end + 1] in vocab.ANAPHORA and texts[end] in ("through", "for", texts[j])):
            end += 1  # "guides me through this", "does this for me": all of it says who does the work
        for x in found[i : end + 1]:
            x.role, x.rank = "guidance", 0.0


#: Nouns of help that are guidance where the work needs them, and only there besides other help.
_NEEDED_HELP = vocab.REVIEW_NOUNS | vocab.NEEDED_ONLY_NOUNS
#: Nouns of help said to be needed: "review is needed", "with corrections often needed".
_HELP_NEEDED = vocab.GUIDANCE_NOUNS | vocab.NEEDED_NOUNS | _NEEDED_HELP


def _help_said_needed(found: list[Word]) -> None:
    """Help said to be needed, its noun before the participle: "review is
    frequently needed", "with substantial back'n'forth needed before
    merging", "close supervision is required". Help had, as "needs
    frequent review" is, and how often it is needed is an amount of it,
    read as "often needs direction" is; negated, independence ("no review
    is needed", "guidance is not required"). Not help someone else needs
    ("the guidance needed by the team"), help given ("provides the
    guidance needed"), nor a condition ("escalates when help is needed")."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.text not in vocab.NEEDED_PARTICIPLES or w.role != "content" or texts[i + 1 : i + 2] == ["by"]:
            continue
        k = i - 1  # back over "is", "frequently", "not" to the noun
        while k >= 0 and found[k].clause == w.clause and (
                texts[k] in BE or texts[k] in ("been", "being") or texts[k] in NEGATING
                or texts[k] in vocab.FREQUENCY or texts[k] in vocab.GUIDANCE_AMOUNT):
            k -= 1
        if k < 0 or texts[k] not in _HELP_NEEDED or found[k].clause != w.clause \
                or found[k].role not in ("content", "guidance") or any(x.role != "content" for x in found[k + 1 : i + 1]):
            continue
        start = k
        while start and found[start - 1].clause == w.clause and (
                texts[start - 1] in vocab.GUIDANCE_AMOUNT or texts[start - 1] == "no"):
            start -= 1  # "close supervision", "no review"
        before = texts[max(0, start - 4) : start]
        if not vocab.GIVING.isdisjoint(before) or not vocab.CONDITION_OPENERS.isdisjoint(before[-2:]):
            continue
        negated = any(t in NEGATING or t == "no" for t in texts[start : i + 1])
        for x in found[start : i + 1]:
            x.role, x.rank = ("independent" if negated else "guidance"), _amount(x.text)


#: Words that say the people named after them are more senior: "with a more experienced engineer".
_SENIOR = frozenset("senior seniors experienced".split())


def help_had(found: list[Word], j: int) -> bool:
    """Whether the word at ``j`` is a noun of help the subject has, read in
    its clause (``vocab.help_had``): "with prompting", not "with prompting
    and fine-tuning"."""
    if found[j].text not in vocab.HELP_EITHER_WAY:
        return found[j].text in vocab.GUIDANCE_NOUNS
    start, end = clause_of(found, j)
    aside = found[j].aside
    if aside:
        # An aside ("conducts interviews (with training) and writes feedback") is read on its own: what
        # follows its bracket is not named with the help.
        start = next(k for k in range(start, j + 1) if found[k].aside == aside)
        end = next((k for k in range(j, end) if found[k].aside != aside), end)
    return vocab.help_had([w.text for w in found[start:end]], j - start)


def _senior_people(texts: list[str], k: int) -> int | None:
    """Where people said to be more senior than the subject, from ``k``, end
    ("more senior engineers", "a senior team member", "more experienced
    colleagues"), or None where the words at ``k`` say no such people."""
    if texts[k] == "more":
        k += 1
    if k >= len(texts) or texts[k] not in _SENIOR:
        return None
    return next((j for j in range(k + 1, min(k + 4, len(texts))) if texts[j] in vocab.PEOPLE), None)


def people_now_helpers(removed: list[Word], inserted: list[Word], a: list[Word], b: list[Word]) -> bool:
    """Whether the people a run's words of audience describe on one side
    are, on the other, the people help comes from ("with less experienced
    engineers" / "with more experienced engineers": "experienced engineers"
    kept, an audience in one text and help in the other; "with less
    experienced engineers" / "with senior engineers")."""
    for before, after, old, new in ((removed, inserted, a, b), (inserted, removed, b, a)):
        if not any(w.role == "audience" for w in before) or not any(w.role == "guidance" for w in after) \
                or any(w.role == "guidance" for w in before) or any(w.role == "audience" for w in after):
            continue
        i = next(k for k, w in enumerate(old) if w is before[-1]) + 1
        j = next(k for k, w in enumerate(new) if w is after[-1]) + 1
        if i < len(old) and j < len(new) and old[i].text == new[j].text and new[j].role == "guidance" \
                and (old[i].role == "audience" or old[i].text in vocab.PEOPLE):
            return True
    return False


def _needed(texts: list[str], i: int, j: int) -> bool:
    """Whether the noun at ``j`` (input, check-ins) is needed or had in an
    amount in the phrase that starts at ``i``: "needs input", "without
    input", "with regular input"; not "with input from product"."""
    return texts[i] in vocab.NEEDING or texts[i] in ("without", "under") \
        or any(t in vocab.GUIDANCE_AMOUNT for t in texts[i + 1 : j])


#: Words between a negation and the help it negates: "does not need", "without the need for".
_BEFORE_HELP = frozenset("the any very much so".split())


def _guidance_start(texts: list[str], i: int) -> tuple[int, bool]:
    """Where a phrase of help that starts with the word at ``i`` really
    starts, and whether it is negated: back over how much or how often help
    is needed ("with little need for", "rarely needs") and a negation
    ("without the need for", "does not need", "never needs"); "I work with
    my manager" from "work", "together with a senior engineer" from
    "together"."""
    if texts[i] not in vocab.NEEDING and texts[i] not in vocab.RELYING:
        # "I work with my manager", "pairs with a staff engineer to": the working together is the help.
        return (i - 1 if i and (texts[i - 1] in ("work", "works", "working", "collaboratively", "together")
                                or texts[i - 1] in vocab.COLLABORATING) else i), False
    start = i
    while start and (texts[start - 1] in vocab.GUIDANCE_AMOUNT or texts[start - 1] in _BEFORE_HELP
                     or texts[start - 1] in vocab.FREQUENCY and texts[start - 1] != "never"):
        start -= 1
    if start and texts[start - 1] in NEGATING:
        start -= 1
        if start and texts[start - 1] in ("do", "does", "did") and texts[start] == "not":
            start -= 1
        return start, True
    if start < i and texts[start - 1 : start] == ["with"]:
        start -= 1  # "with little need for direction"
    return start, False


def _amount(word: str) -> float:
    """How much help a word of a phrase of help says: an amount ("close",
    "minimal"), or how often it is needed ("rarely", "often"); 0 for none."""
    if word in vocab.GUIDANCE_AMOUNT:
        return vocab.GUIDANCE_AMOUNT[word]
    return min(vocab.FREQUENCY.get(word, 0), max(vocab.GUIDANCE_AMOUNT.values()))


def help_topics(found: list[Word], clause_ends: list[int]) -> None:
    """What help is needed with ("needs help with complex tasks", "with
    guidance on estimates", "with support only when blocked"): the plain
    words of that clause, after the help, are a limit. Fewer of them ask
    for more; more, for less; none, help with all of it."""
    i = 0
    while i < len(found):
        if found[i].role != "guidance":
            i += 1
            continue
        end = i
        while end + 1 < len(found) and found[end + 1].role == "guidance":
            end += 1
        # How it is sought, said after it, is not what it is with: "seeks help in a timely manner", "asks
        # for help in good time [with estimates]". The topic, if any, comes after.
        at = end + 1
        while at < len(found) and (said := _how_said(found, at)):
            at += said
        # Help had "when" something happens ("asks for help when stuck", "receives guidance when on call")
        # is a condition on when it is had, not what the help covers: not in HELP_TOPIC.
        # "only" limits it as a topic does: "with support only when blocked", "with guidance only on estimates".
        limited = at < len(found) and found[at].text == "only"
        if at < len(found) and (found[at].text in vocab.HELP_TOPIC or limited) and \
                any(w.text in vocab.GUIDANCE_NOUNS or w.text in vocab.HELP_EITHER_WAY for w in found[i : end + 1]):
            for w in found[at + (0 if limited else 1) : clause_ends[at]]:
                if w.text in CLAUSE_STARTS and w.role in ("function", "content"):
                    break
                if w.role in ("content", "bound"):  # "outside their specialty" is part of the topic
                    w.role = "help-topic"
        i = end + 1


def _how_said(found: list[Word], k: int) -> int:
    """How many words at ``k`` say how something is done, not what it is
    about (0 for none): a phrase of one word ("in good time": "timely", "on
    a regular basis") or a manner ("in a timely manner", "in a clear way":
    ``vocab.MANNER_NOUNS``)."""
    if found[k].says is not None:
        return sum(1 for w in found[k:] if w.says == found[k].says)
    texts = [w.text for w in found[k : k + 5]]
    if texts[:1] in (["in"], ["on"]) and texts[1:2] in (["a"], ["an"]):
        manner = next((n for n, t in enumerate(texts[2:], start=2) if t in vocab.MANNER_NOUNS), None)
        if manner is not None:
            return manner + 1
    return 0


def _helpers_end(texts: list[str], j: int) -> int:
    """Where the help at ``j`` ends: at the people it comes from ("... from
    my manager", "... of a teammate", "... from other senior engineers",
    "... from their manager or tech lead"), or at the noun itself."""
    end = j
    if j + 1 < len(texts) and texts[j + 1] in ("from", "of", "by"):
        last = j + 1  # the last word known to be of the phrase
        for k in range(j + 2, min(j + 10, len(texts))):
            word = texts[k]
            person = without_possessive(word)  # "from their manager's manager", "a senior engineer's mentor"
            if person in vocab.GUIDING_ROLES or person in vocab.PEOPLE \
                    or vocab.scope_rank(without_possessive(word)) >= vocab.SCOPE_RANK["team"]:
                end = last = k  # "from the security team", "from other teams"
            elif (people := _senior_people(texts, k)) is not None:
                end = last = people  # "from a more senior team member"
                break
            elif word in ("or", "and") and end > j:
                last = k
            elif word in FUNCTION_WORDS and word not in POSSESSIVES or k - last > 2:
                break  # past the people, or not about people
    return end


def traded_for_help(removed: Sequence[Word], inserted: Sequence[Word]) -> bool:
    """Whether a skill still being learnt is on one side of a run and help
    had on the other, neither on both ("Learning contributor" -> "Guided
    contributor")."""
    def has(words: Sequence[Word], role: str) -> bool:
        return any(w.role == role for w in words)

    return (has(removed, "learning") and has(inserted, "guidance") or has(inserted, "learning")
            and has(removed, "guidance")) and not (has(removed, "learning") and has(inserted, "learning")) \
        and not (has(removed, "guidance") and has(inserted, "guidance"))


#: Guidance whose amount is not said: "with guidance" is more than "minimal", less than "close".
UNSTATED_GUIDANCE = 2.5
#: Below any amount of guidance had: where help negated with no amount stands ("without guidance").
_NO_GUIDANCE = -10.0
#: How far apart amounts negated other than "much"'s stand, around "with little" ("without constant input"
#: allows a little more than "without much input", "without regular input" a little less): less than a
#: rank of GUIDANCE_AMOUNT, so none passes another amount had.
_NEGATED_STEP = 0.1


def _negated_amount(negated: float) -> float:
    """How much guidance help negated with an amount of it allows: none for
    no amount ("without guidance", "with no guidance"); a little for "much"
    or any amount of its rank ("without much guidance", "without a lot of
    guidance", "without significant guidance" are "with little guidance",
    as "not much" is "little": ``vocab.NOT_MUCH``); a little more for a
    larger amount negated ("without constant input"), a little less for a
    smaller ("without regular input"), in the order of the amounts
    negated."""
    if not negated:
        return _NO_GUIDANCE
    return vocab.NOT_MUCH + (negated - vocab.NEGATED_MUCH) * _NEGATED_STEP


def help_of_the_clause_before(clause: list[Word]) -> bool:
    """Whether a clause is only the help the clause before it is done with,
    whatever its condition: it opens with the help and has no verb of its
    own (", with guidance when the scope is unclear", ", with support from
    a senior engineer", ", supported by their lead", ", asking for help
    when needed"). Not a sentence whose verb is the help ("Asks for help
    when blocked."), which asks something of its own."""
    words = [w for w in clause if w.text not in ("and", "but")]
    return bool(words) and words[0].role == "guidance" \
        and (words[0].text in _HELP_PREPOSITIONS or words[0].text.endswith(("ing", "ed")))


#: Words a phrase of help opens with where it has no verb: "with guidance", "under supervision".
_HELP_PREPOSITIONS = frozenset("with under".split())


def conditions_of_help(run: list[Word], text: list[Word]) -> set[int]:
    """The words (by id) of the conditions that help the run takes out or
    puts in whole is had on, right after it and up to the end of its clause
    or an "and": "when the scope is unclear" of "..., with guidance when
    the scope is unclear" taken out. The help goes with its condition: it
    was had on it, and the condition asks nothing of its own."""
    inside = {id(w) for w in run}
    found: set[int] = set()
    k = 0
    while k < len(text):
        if text[k].role != "guidance" or id(text[k]) not in inside:
            k += 1
            continue
        j = k
        while j < len(text) and text[j].role == "guidance" and text[j].clause == text[k].clause:
            j += 1
        if j < len(text) and text[j].clause == text[k].clause \
                and (text[j].text in _CONDITION_OPENERS or text[j].role == "condition"):
            end = j
            while end < len(text) and text[end].clause == text[k].clause and text[end].text not in ("and", "or", "but"):
                end += 1
            if all(id(w) in inside for w in text[j:end]):
                found.update(id(w) for w in text[j:end])
        k = j
    return found


#: Words that open the condition a help is had on, after it: "asking for help when needed", "... only if stuck".
_CONDITION_OPENERS = frozenset("when whenever if only unless where as".split())


def help_asked_now_done(runs: list[tuple[list[Word], list[Word]]], a: list[Word],
                        b: list[Word]) -> tuple[int, str] | None:
    """The work that help was asked for now done, with help had only on a
    condition: "Asks for help breaking down features into tasks" ->
    "Breaks down features into tasks, asking for help when needed" (or
    "... only when needed", "... on their own, seeking guidance if
    stuck"). The old text's main verb is the help ("asks for help",
    "needs support", "is supported in") and the work its object; the new
    one's main verb is the work, the help a concession after it. Help that
    was had every time is now had only sometimes: autonomy raised (the
    reverse, lowered). Its help, its condition and the verb said again
    are read as that one change; any other word is read as words are."""
    for side, direction in ((0, 1), (1, -1)):
        helped, doer = (a, b) if side == 0 else (b, a)
        work = _work_helped(helped)
        if work is None:
            continue
        opening = _opening(doer)
        if opening is None or doer[opening].stem != work or doer[opening].role == "guidance":
            continue
        concession = _help_on_a_condition(doer, opening)
        if concession is None:
            continue
        changed = concession | {id(w) for w in helped if w.role == "guidance" or w.stem == work} \
            | {id(doer[opening])}
        for removed, inserted in runs:
            for w in (*removed, *inserted):
                if id(w) in changed:
                    w.neutral = True
        return (direction, f"autonomy {'raised' if direction > 0 else 'lowered'}")
    return None


def _opening(text: list[Word]) -> int | None:
    """Where the main verb of a text's first clause is, past its subject and "is" ("I ask", "Is supported")."""
    k = 0
    while k < len(text) and text[k].clause == text[0].clause and (text[k].text in SUBJECTS or text[k].text in BE):
        k += 1
    return k if k < len(text) and text[k].clause == text[0].clause else None


def _work_helped(text: list[Word]) -> str | None:
    """The stem of the work a text asks help for as its main verb: "break"
    of "Asks for help breaking down ...", "Needs support to break down
    ...", "Is supported in breaking down ..."; None where its main verb is
    not the help."""
    k = _opening(text)
    if k is None or text[k].role != "guidance" or not text[k].text.isalpha():
        return None
    clause = text[k].clause
    while k < len(text) and text[k].clause == clause \
            and (text[k].role == "guidance" or text[k].text in _BEFORE_THE_WORK):
        k += 1
    if k < len(text) and text[k].clause == clause and text[k].role in ("content", "help-topic", "involvement"):
        return text[k].stem
    return None


#: Words between the help asked for and the work it is for: "Asks for help with breaking down", "Needs help to break".
_BEFORE_THE_WORK = frozenset("to with on in when while for".split())


def _help_on_a_condition(text: list[Word], opening: int) -> set[int] | None:
    """The words (by id) of the help ``text`` has after its main verb (at
    ``opening``) and of the condition it is had on, to its clause's end
    ("asking for help when needed", "with support only if stuck"); None
    where it has help elsewhere, or none on a condition."""
    helping = [k for k, w in enumerate(text) if w.role == "guidance"]
    if not helping or helping[0] <= opening:
        return None
    start, clause = helping[0], text[helping[0]].clause
    words = [k for k in range(start, len(text)) if text[k].clause == clause]
    if any(text[k].clause != clause for k in helping):
        return None
    after = [k for k in words if text[k].role != "guidance"]
    if not after or text[after[0]].text not in _CONDITION_OPENERS and text[after[0]].role != "condition":
        return None
    return {id(text[k]) for k in words}
