"""Reading a text: the role each word plays, and which way a scale moves.

``read`` splits a text into words (``words.clauses``) and gives each the
role it plays in the expectation: a brand, a word of grammar, or a word
of one of the scales of growth of ``ladderlint.vocabulary`` with its rank
(frequency, certainty, size, degree and quality, involvement, learning,
condition, audience, scope, count ...). The scales with readings of their
own are read by their modules (``periods``, ``counts``, ``autonomy``,
``scope``); the others here. When two texts are compared,
``moved_scale_words`` and ``scale_directions`` say which way each word of
scale changed moves the bar (``_direction``). To add a scale: its words
and ranks in ``vocabulary``, its role in ``read``, its name in
``words.SCALE_NAMES``, and its rank where unstated in ``words.UNSTATED``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Iterable, Sequence

from ... import vocabulary as vocab
from ...dictionary import edits, engineering_term, english, verb_form
from ...patterns import lazy
from ...text import MODALS, as_latin, in_the_plural, without_possessive
from ...text import words as text_words
from ..wording import phrases_in, stem
from .autonomy import OWNERS, UNSTATED_GUIDANCE, guidance, guidance_amount, help_had, help_topics, on_ones_own, overseen, traded_for_help, work_of_others
from .counts import ARTICLES_OF_ONE, article_of_one, comparative_tails, measures
from .periods import (
    along, deadlines, how_often, joined_parts, per_period, period_rank, periods_apart, share_of_periods, sprint_ranks,
    times_before, times_said, vague_in,
)
from .scope import allowances, bounds, owned_after, units_named_in_full, wide_scope
from .words import (
    AUXILIARIES, BE, BrandNames, DETERMINERS, FUNCTION_WORDS, GETTING, LADDER_PEOPLE, NEUTRAL_ROLES, QUALIFIERS, SUBJECTS,
    UNSTATED, Word, a_verb, clauses, count_of, phrases, read_on_scale, sign, where_said, word_said,
)


#: Several words that together do the work of one small word.
_FUNCTION_PHRASES = (("as", "part", "of"), ("as", "well"), ("in", "order", "to"), ("such", "as"), ("how", "to"))
#: The way open to the subject, closing its clause: "helps how they can" / "helps however they can" say how
#: it is done, as a manner does, not what is done ("explains how they can improve" asks something of its own).
_WAYS_OPEN = tuple((how, subject, "can") for how in ("how", "however") for subject in "i you we they he she".split())


def read(text: str, brands: BrandNames) -> list[Word]:
    """The words of a text, each with the role it plays in the expectation."""
    found, clause_ends = _negated_frequencies(*clauses(_optional_labels(
        _independence_weakened(_one_to_ones(_WELL_DONE.sub("well ", text))))))
    brand_words = brands.words_in(text)
    _slips_read(found, brand_words)
    texts = [w.text for w in found]
    if "/" in text:
        _slashed(found, text)
    for i, w in enumerate(found):
        own = without_possessive(w.text)  # "Acme's goals" names Acme as "our goals" does
        if own in brand_words or any(own.startswith(b + "-") for b in brand_words):
            w.role = "brand"
    for phrase in _FUNCTION_PHRASES:
        for i in _starts(texts, phrase):
            for w in found[i : i + len(phrase)]:
                w.role = "function"
    if "can" in texts:
        for phrase in _WAYS_OPEN:
            for i in _starts(texts, phrase):
                if clause_ends[i] == i + len(phrase):
                    for w in found[i : i + len(phrase)]:
                        w.role = "function"
    _one_word_phrases(found)
    deadlines(found)
    measures(found, clause_ends)
    on_ones_own(found)  # before "own" is read as stress or as a verb
    bounds(found)
    owned_after(found)
    for start, end, scope in vocab.placed_scopes(texts):
        # "their domain", "across the firm": a unit named where it stands, on the scale LL207 reads too.
        if all(w.role == "content" for w in found[start:end]):
            # A community is named by its noun and the words that place it outside, either of which a
            # rewording may keep or replace ("the tech organization" -> "the tech community", "the
            # engineering community" -> "the tech community"): each says the scope.
            # So is the noun of a discipline's team ("the engineering team" -> "the engineering organisation").
            head = next((k for k in range(start, end) if texts[k] in vocab.COMMUNITIES or texts[k] in vocab.SCOPE_OF),
                        start)
            for k, w in enumerate(found[start:end], start=start):
                w.role = "function"
                if k in (start, head):
                    w.role, w.rank = "scope", vocab.SCOPE_RANK[scope]
    _community_labels(found)
    guidance(found)
    overseen(found)
    work_of_others(found)
    help_topics(found, clause_ends)
    _conditions(found)
    _ways_out(found)
    _time_windows(found)
    _tenure(found)
    for i, w in enumerate(found):
        if w.role != "content":
            continue
        word = w.text
        if word == "without" and texts[i + 1 : i + 2] and help_had(found, i + 1):
            w.role = found[i + 1].role = "independent"  # 'without guidance': autonomy, not a negation
        elif word in ("rather", "instead") and texts[i + 1 : i + 2] in (["than"], ["of"]):
            w.role = "negation"  # 'risks rather than problems' is 'risks, not problems'
        elif word in vocab.NEGATIONS:
            w.role = "negation"
        elif word in vocab.INDEPENDENT:
            w.role = "independent"
        elif word in vocab.OPTIONAL:
            w.role = "condition"  # "Writes tests (optional)": only if they choose to
        elif word in vocab.FREQUENCY:
            w.role, w.rank = "frequency", vocab.FREQUENCY[word]
        elif word in vocab.FREQUENCY_ADJECTIVES and texts[i + 1 : i + 2] and texts[i + 1] not in FUNCTION_WORDS \
                and texts[i + 1] not in vocab.FREQUENCY_ADJECTIVE_TERMS and found[i + 1].clause == w.clause:
            # "has regular conversations" -> "occasional conversations": how often, said of the noun, on the
            # scale of "regularly" -> "occasionally" (a kind of thing between a determiner and its noun, as
            # "the quarterly roadmap" is).
            w.role, w.rank = "frequency", vocab.FREQUENCY[vocab.FREQUENCY_ADJECTIVES[word]]
            w.of_a_noun = bool(i and texts[i - 1] in DETERMINERS)
        elif word in vocab.PERIODIC and word in vocab.PERIODIC_PERIOD and (said_before := times_before(texts, i)):
            # "twice weekly", "three times monthly": as "twice a week" and "three times a month" say.
            hours = vocab.DURATION_HOURS[vocab.PERIODIC_PERIOD[word]] / times_said(texts, i)
            how_often(found[i - said_before : i + 1], period_rank(hours), i - said_before)
        elif word in vocab.PERIODIC:  # "weekly" -> "daily"
            w.role, w.rank = "frequency", vocab.PERIODIC[word]
            # "the quarterly roadmap": between a determiner and the noun it is said of.
            w.of_a_noun = bool(i and texts[i - 1] in DETERMINERS and texts[i + 1 : i + 2]
                               and texts[i + 1] not in FUNCTION_WORDS and found[i + 1].clause == w.clause)
        elif word_said(w) in vocab.ATTEMPTING and texts[_after_phrase(found, i) : _after_phrase(found, i) + 1] == ["to"]:
            # "I try to write tests", "does their best to write tests": maybe
            w.role, w.rank = "certainty", vocab.CERTAINTY["may"]
        elif word in vocab.INVITED and texts[i + 1 : i + 2] == ["to"]:
            w.role, w.rank = "certainty", vocab.CERTAINTY["may"]  # "Encouraged to mentor": if they choose to
        elif word in vocab.FEELING and i + 1 < clause_ends[i]:
            w.role, w.rank = "certainty", vocab.CERTAINTY["should"]  # "feels responsible for": hoped, not done
        elif word in vocab.NOT_YET and (i == 0 or texts[i - 1] in vocab.CERTAINTY or found[i - 1].clause != w.clause):
            w.role = "learning"  # "will eventually lead": not yet, as "is learning to lead"; not "eventually consistent"
        elif word in vocab.LIKELIHOOD and _hedging(texts, i, 1, clause_ends):
            w.role, w.rank = "certainty", vocab.LIKELIHOOD[word]  # "Probably leads": not for certain
        elif word in vocab.TENDING and texts[i + 1 : i + 2] == ["to"] and _tends_to_a_deed(texts, i + 1):
            w.role, w.rank = "certainty", vocab.LIKELIHOOD["probably"]  # "Tends to lead": as a rule
            found[i + 1].role = "function"
        elif word in vocab.STARTING and texts[i + 1 : i + 2] == ["to"]:
            w.role = "learning"  # "I start to write tests": still learning to
            if texts[i + 2 : i + 3] and texts[i + 2] in vocab.BECOMING:
                found[i + 2].role = "function"  # "I begin to become an expert": the start says it
        elif (taken := _still_learning(texts, i, clause_ends)) is not None:
            # "Learns to write", "I start writing", "gets better at", "gains experience in"
            w.role = "learning"
            for other in found[i + 1 : i + 1 + taken]:
                other.role = "function"
        elif word in vocab.CERTAINTY:
            w.role, w.rank = "certainty", vocab.CERTAINTY[word]
        elif word in vocab.CAN_PHRASES and texts[i + 1 : i + 2] == [vocab.CAN_PHRASES[word]] and _own_ability(texts, i):
            w.role, w.rank = "certainty", vocab.CERTAINTY["can"]  # 'able to', 'capable of'
            if i > 1 and texts[i - 2] in _HAVING and found[i - 2].role == "content":
                found[i - 2].role = "function"  # 'demonstrates the ability to' says 'can' as 'has the ability to' does
        elif word in vocab.SIZE:
            w.role, w.rank = "size", vocab.SIZE[word]
        elif word in vocab.LOOSELY and texts[i + 1 : i + 2] and texts[i + 1] in vocab.DEFINED:
            w.role, w.rank = "size", vocab.SIZE["ambiguous"]  # "loosely scoped tasks" are ambiguous ones
        elif word in GETTING and texts[i + 1 : i + 2] and texts[i + 1].endswith(("ed", "en")) \
                and len(texts[i + 1]) > 4:
            w.role = "function"  # "get unblocked" is "be unblocked": an auxiliary
        elif word in vocab.DEGREE and not (word == "working" and texts[i + 1 : i + 2]
                                           and texts[i + 1] in FUNCTION_WORDS) \
                and not (word == "some" and not (texts[i + 1 : i + 2] and texts[i + 1] in vocab.ACQUIRED)):
            # "a working knowledge of", not "working with a senior engineer"; "some knowledge of", not
            # "some of the services" or "some bugs": how many of them, as "a few of" and "most bugs" say
            # (read below)
            w.role, w.rank = "degree", vocab.DEGREE[word]
        elif word in vocab.QUALITY and not (word == "outstanding" and texts[i + 1 : i + 2]
                                            and texts[i + 1] in vocab.PENDING):
            # "of excellent quality", "a reasonable level"; not "closes outstanding issues"
            w.role, w.rank = "degree", vocab.QUALITY[word]
        elif quality := _quality_of(texts, i):
            w.role, w.rank = "degree", quality  # "high standards", "high-quality code", "the highest level of"
        elif word == "well":
            # "understands it well" says "good": a degree here, but no word of growth for check, where
            # it would make "well-being" one.
            w.role, w.rank = "degree", vocab.DEGREE["good"]
        elif word in vocab.NOUNS_TOO and i and texts[i - 1] in vocab.GIVING:
            found[i - 1].role = "function"  # "provides support to": the noun says what its verb does
            w.role, w.rank = "involvement", vocab.INVOLVEMENT[word]
        elif word in vocab.INVOLVEMENT and (word not in vocab.NOUNS_TOO or a_verb(texts, i, clause_ends)) \
                and not (word in vocab.KNOWING and _knows_how_to(texts, i)) \
                and not (word in vocab.ATTENDING and texts[i + 1 : i + 2] == ["to"]):
            w.role, w.rank = "involvement", vocab.INVOLVEMENT[word]
        elif word in vocab.GOING and texts[i + 1 : i + 2] == ["to"] and texts[i + 2 : i + 3] \
                and (texts[i + 2] in DETERMINERS or texts[i + 2] in vocab.POSSESSIVES):
            w.role, w.rank = "involvement", vocab.INVOLVEMENT["attends"]  # "goes to the standup" attends it
        elif word == "own" and not (i and texts[i - 1] in OWNERS) and a_verb(texts, i, clause_ends):
            # "I own the roadmap", "build and own services"; "my own work" is "my work", said with stress.
            w.role, w.rank = "involvement", vocab.INVOLVEMENT["owns"]
        elif word in vocab.PERIOD and word in vocab.DURATION_HOURS and (share := share_of_periods(texts, i)):
            # "one week in six", "one in four weekends": once in that many periods, as "every six weeks" is.
            start, end, apart = share
            how_often(found[start:end], period_rank(apart * vocab.DURATION_HOURS[word]), start,
                       team_spread=sprint_ranks(word, apart, apart))
        elif word in vocab.PERIOD and word in vocab.DURATION_HOURS and (every := periods_apart(texts, i)):
            # "every two weeks", "every other month", "every one and a half weeks": that many periods
            # apart, less often than one ("once every two weeks" says it too).
            start, periods = every
            if start and texts[start - 1] == "once":
                start -= 1
            vague = vague_in(found[start:i])  # "every few weeks": further apart the more it names
            spread = (period_rank(vague[1] * vocab.DURATION_HOURS[word]),
                      period_rank(vague[0] * vocab.DURATION_HOURS[word])) if vague else None
            how_often(found[start : i + 1], period_rank(periods * vocab.DURATION_HOURS[word]), start, spread,
                       sprint_ranks(word, *(vague or (periods, periods))))
        elif word == "once" and texts[i + 1 : i + 2] and (texts[i + 1] in DETERMINERS or texts[i + 1] in SUBJECTS) \
                and not (texts[i + 2 : i + 3] and texts[i + 2] in vocab.PERIOD and per_period(texts, i + 2)):
            w.role = "function"  # "Once a sprint is planned", "once the design is agreed": "when", a conjunction
        elif word in vocab.PERIOD and (said := per_period(texts, i)):
            words_before, times = said
            spread = None
            team_spread = sprint_ranks(word, 1 / times, 1 / times)
            if times == 1 or word not in vocab.DURATION_HOURS:
                # "every day", "once a week": the period says how often, as "daily" and "weekly" do.
                rank = float(vocab.PERIOD[word])
            else:
                # "twice a week", "three times a month": more often than once.
                rank = period_rank(vocab.DURATION_HOURS[word] / times)
                vague = vague_in(found[i - words_before : i])  # "a few times a year"
                if vague:
                    spread = period_rank(vocab.DURATION_HOURS[word] / vague[0]), \
                        period_rank(vocab.DURATION_HOURS[word] / vague[1])
                    team_spread = sprint_ranks(word, 1 / vague[1], 1 / vague[0])
            how_often(found[i - words_before : i + 1], rank, i - words_before, spread, team_spread)
        elif _part_of_a_set(texts, i, clause_ends[i]):
            # "one of the designs", "a few of our services": some of them where the bare plural asks for
            # nearly all, read below "few" on the scale of how much ("all" -> "some" lowers it too), the
            # larger count the more ("one of the" < "two of the").
            some = _counted(word) or 0
            w.role, w.rank = "quantity", vocab.QUANTITY["few"] * some / (some + 1)
        elif word == "ones" or word == "one" and _stands_for_a_noun(texts, i, clause_ends[i]):
            w.role = "function"  # "the right one(s)", "when one is needed": a pronoun, as "it" is; no count
        elif word in ARTICLES_OF_ONE and article_of_one(texts, i, clause_ends[i]):
            w.role, w.rank = "count", 1.0  # "a month or two", "an engineer or two": one or two, as "1-2" is
        elif (count := count_of(word)) is not None:
            w.role, w.rank = "count", count
        elif i and texts[i - 1] in vocab.LETTERED_RUNGS and (place := vocab.lettered_number(word)) is not None:
            w.role, w.rank = "count", place  # "band 8a": above band 8, below band 8b, as "band 7" is a number
        elif word == "more" and i > 1 and texts[i - 1] == "or" and (counted := _counted_before(found, i - 1)):
            # "three or more", "three engineers or more": at least three, as a number alone is read (a floor,
            # as "at least three" is), so grammar here; "three or more" -> "four or more" is a number raised.
            w.role = found[i - 1].role = "function"
            if not counted.bound:
                counted.bound, counted.bound_words = 1, (found[i - 1], w)
        elif word in vocab.LEARNING and i and _after_be(texts, i) \
                or (i == 0 or found[i - 1].clause != w.clause) and word in ("learning", "gaining"):
            # 'I am learning to ...', 'Is still learning to ...'; 'Learning the core language' as a sentence's start
            w.role = "learning"
        elif word in vocab.SENIORITY_WORDS and _before_people(texts, i) or \
                word[-1:] == "s" and word[:-1] in vocab.SENIORITY_WORDS:  # "juniors": the people themselves
            level = vocab.seniority(word.removesuffix("s") if word not in vocab.SENIORITY_WORDS else word)
            if level is not None:
                w.role, w.rank = "audience", level.middle
        elif (rank := vocab.scope_rank(without_possessive(word)) or wide_scope(without_possessive(word))
              or vocab.SCOPE_RANK.get(vocab.piece_of_work(texts, i) or "", 0)) \
                and not (word in vocab.ADJECTIVE_SCOPES and i + 1 < clause_ends[i]
                         and texts[i + 1] not in FUNCTION_WORDS):  # "my org's processes"; not "collective knowledge"
            w.role, w.rank = "scope", rank
        elif word in _EACH and i + 1 < clause_ends[i] \
                and found[i + 1].stem in {x.stem for x in found[:i] if x.sentence < w.sentence}:
            # "Stage projects into milestones. Ship each milestone as an MVP": each of the ones a sentence before
            # named, pointing back at them as "them" does; no more of them asked. Not "Reviews designs and
            # approves each design", where "each" may say all the designs approved.
            w.role = "function"
        elif word in vocab.QUANTITY:  # "most pull requests" -> "all pull requests"
            w.role, w.rank = "quantity", vocab.QUANTITY[word]
        elif word in FUNCTION_WORDS or word == "too" and (i + 1 == clause_ends[i] or texts[i + 1] in FUNCTION_WORDS):
            # "Writes tests too" says what "also" and "as well" say; "too many", "too late" say a degree.
            w.role = "function"
        elif word in QUALIFIERS or word in vocab.AS_IT_SHOULD_BE and i + 1 < clause_ends[i] \
                and texts[i + 1] not in FUNCTION_WORDS:  # "healthy relationships"; not "keeps it healthy"
            w.role = "qualifier"
    for floor in _AT_LEAST:
        for i in _starts(texts, floor):
            after = i + len(floor)
            if after < len(found) and found[after].role == "frequency" and found[after].text not in vocab.FREQUENCY:
                # "at least once a quarter" is "once a quarter": a period says how often at least, as it is.
                for w in found[i:after]:
                    w.role = "function"
    units_named_in_full(found)  # "their area of ownership", "their team of focus": after every unit is read
    _deeds_of_others(found)
    _knowing_had(found)
    _ambiguity_said(found)
    allowances(found)  # after the roles they override: "with help" in "alone or with help" is allowed, not had
    joined_parts(found)
    _intensities(found)
    _approximations(found)
    comparative_tails(found)
    return found


def _after_phrase(found: list[Word], i: int) -> int:
    """Where the text goes on after the word at ``i``: past the phrase of
    one word it is part of ("tries their best" of "tries"), else the next
    word."""
    said = found[i].says
    if said is None:
        return i + 1
    return max(k for k in range(i, len(found)) if found[k].says == said) + 1


def _ambiguity_said(found: list[Word]) -> None:
    """How unclear the work is, said by an amount before a noun of it
    (``vocab.AMBIGUITY_NOUNS``): "with limited uncertainty", "with little
    ambiguity" say defined work, "with high ambiguity" ambiguous work, read
    on the scale of size as "well-defined" and "ambiguous" are."""
    for i, w in enumerate(found[1:], start=1):
        amount = found[i - 1]
        if w.text in vocab.AMBIGUITY_NOUNS and amount.text in vocab.AMBIGUITY_AMOUNT and amount.clause == w.clause \
                and w.role == "content" and amount.role in ("content", "negation"):
            rank = vocab.SIZE[vocab.AMBIGUITY_AMOUNT[amount.text]]
            amount.role, amount.rank = "size", rank
            w.role, w.rank = "size", rank


def _knowing_had(found: list[Word]) -> None:
    """A noun of knowing (``vocab.KNOWN_NOUNS``) had, before what it is of:
    "has exposure to messaging flows", "has some familiarity with security
    tests", "with a working knowledge of SQL": read as the verb of knowing
    is, on involvement ("Implements security tests" -> "Has exposure to
    security tests" asks less), the words of how well before it read on
    their own scale. Not one done to others ("raises awareness of"), nor
    one not had ("reduces exposure to risk")."""
    for i, w in enumerate(found):
        if w.role != "content" or w.text not in vocab.KNOWN_NOUNS or i + 1 >= len(found) \
                or found[i + 1].text not in _OF_WHAT_IS_KNOWN or found[i + 1].clause != w.clause:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and (found[j].text in ("a", "an") or found[j].role == "degree"):
            j -= 1
        if j >= 0 and found[j].text in _HAVING and found[j].clause == w.clause:
            w.role, w.rank = "involvement", vocab.INVOLVEMENT["know"]


#: Words after a noun of knowing that name what is known: "exposure to", "knowledge of", "familiarity with".
_OF_WHAT_IS_KNOWN = frozenset("of with to about in".split())


def _deeds_of_others(found: list[Word]) -> None:
    """The one helped, named between a verb of helping others and the deed
    (``vocab.HELPING_OTHERS``), where they are above the one on the
    ladder: "supports their lead in proposing strategies", "helps their
    manager plan the roadmap". The deed is theirs and the helping is the
    subject's part in it, read on involvement below the deed (a plain word
    of what is done, no involvement of the subject's own); who is helped
    asks nothing of its own (grammar). So "Proposes strategies" ->
    "Supports their lead in proposing strategies" lowers the bar as "->
    Helps propose strategies" does."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.role != "involvement" or w.text not in vocab.HELPING_OTHERS:
            continue
        named = vocab.senior_helper_named(texts, i + 1)
        k = i + 1 + named
        if named and k < len(texts) and texts[k] in _BEFORE_THE_DEED:
            k += 1
        if not named or k >= len(texts) or found[k].clause != w.clause or not verb_form(texts[k]) \
                or found[k].role not in ("content", "involvement"):
            continue
        for helped in found[i + 1 : k]:
            helped.role = "function"
        deed = found[k]
        w.rank = min(w.rank, (deed.rank if deed.role == "involvement" else UNSTATED["involvement"]) - _BELOW_THE_DEED)
        deed.role, deed.rank = "content", 0.0


#: How far below the deed helping another in it stands on involvement: "supports their lead in proposing" <
#: "proposes".
_BELOW_THE_DEED = 0.5
#: Words between the one helped and the deed they are helped in: "supports their lead in proposing".
_BEFORE_THE_DEED = frozenset("in with to on".split())


def _community_labels(found: list[Word]) -> None:
    """A community alone in its clause ("Community: makes an impact on the
    tech community") where the text names a community of the world outside
    (``vocab.wider_communities``): the label names that community, on the
    scale as it is ("Company: ..." -> "Community: ..." widens it). Not a
    community the text places nowhere ("Community: runs our guild")."""
    wider = next((w.rank for w in found if w.text in vocab.COMMUNITIES and w.role == "scope"), None)
    if wider is None:
        return
    for i, w in enumerate(found):
        if w.text in vocab.COMMUNITIES and w.role == "content" \
                and all(x.clause != w.clause for x in found[max(i - 1, 0) : i] + found[i + 1 : i + 2]):
            w.role, w.rank = "scope", wider


def _negated_frequencies(found: list[Word], ends: list[int]) -> tuple[list[Word], list[int]]:
    """The words of a text (and where each one's clause ends) with a
    negation before a word of frequency, before the verb it says how often
    of, read as the one word it says (``vocab.NEGATED_FREQUENCY``): "Does
    not always suggest improvements" is done usually, more often than
    "occasionally". Not at its clause's end, where it concedes ("I write
    docs, though not always", as "though not necessarily")."""
    k = 0
    while k + 2 < len(found):
        said, word = found[k], found[k + 1]
        if said.text in vocab.NEGATIONS and word.text in vocab.NEGATED_FREQUENCY \
                and said.clause == word.clause == found[k + 2].clause:
            meant = vocab.NEGATED_FREQUENCY[word.text]
            word.text, word.stem = meant, stem(meant)
            del found[k], ends[k]
            ends = [end - 1 if end > k else end for end in ends]
        k += 1
    return found, ends


def _slips_read(found: list[Word], brand_words: set[str]) -> None:
    """Read a misspelt word of the grader's vocabularies as the word meant
    ("with guidence", "when aksed", "ocasionally"), whichever side of a
    change has it: taking out "with guidence from a senior engineer" asks
    for more autonomy, as taking out "with guidance" does. Only a word no
    dictionary or list of terms knows, whose likeliest spelling one edit
    away (the one LL512 suggests; for a word with one letter not in ASCII,
    "mаy" with a Cyrillic "а", the likeliest with that letter typed again)
    is such a word; other words keep their spelling, and a slip fixed
    ("guidence" -> "guidance") is the same word. A number is read from a
    slip only in a number's place, or where no verb is as near the slip:
    "Identifie and fixe security vulnerabilities" fixes them ("fix", one
    letter away as "five" is), "Mentors fiv engineers" mentors five."""
    for i, w in enumerate(found):
        word = w.text
        latin = as_latin(word)
        if latin is not None and english().exact(latin):
            # Look-alike letters pasted in ("do nоt", "nееd hеlp" with Cyrillic letters) hide no word from
            # a reader: read as the word they spell, whatever it is.
            w.text, w.stem = latin, stem(latin)
            continue
        # Most words are no edit away from a word of the vocabularies: the dictionary is asked only of the few.
        if word in vocab.GRADED_WORDS or _graded_neighbours().isdisjoint(_one_letter_out(word) | {word}):
            continue
        dictionary = english()
        if len(word) < (_SHORTEST_SLIP if word.isascii() else 2) or not word.isalpha() or word in brand_words \
                or dictionary.knows(word) or engineering_term(word):
            continue
        meant = _retyped(word) or dictionary.suggestion(word)
        if meant in vocab.COUNT and not _in_a_numbers_place(found, i) \
                and any(dictionary.verb(near) for near in edits(word)):
            continue  # "fixe": as near "fix" as "five", and where a verb stands
        if meant in vocab.GRADED_WORDS:
            w.text, w.stem = meant, stem(meant)


def _in_a_numbers_place(found: list[Word], i: int) -> bool:
    """Whether the word at ``i`` stands where a number does: after a word
    that is no joiner of verbs ("and", "or") nor a subject ("I"), and
    before a plural noun in its clause ("Mentors fiv engineers"); not where
    a statement opens with its verb ("Fixe bugs")."""
    if not i or i + 1 >= len(found) or found[i + 1].clause != found[i].clause:
        return False
    before, after = found[i - 1].text, found[i + 1].text
    return before not in ("and", "or", "&") and before not in SUBJECTS and found[i - 1].clause == found[i].clause \
        and in_the_plural(after)


def _one_letter_out(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@functools.cache
def _graded_neighbours() -> frozenset[str]:
    """The words of the grader's vocabularies, each also with one letter
    left out: a word one edit away from one of them (a letter put in, left
    out, changed, or two swapped) shares one of these with it, itself or
    with a letter left out."""
    return frozenset(word for graded in vocab.GRADED_WORDS for word in (graded, *_one_letter_out(graded)))


def _retyped(word: str) -> str | None:
    """The word the dictionary holds, the most frequent, that a word with
    one letter outside ASCII is with that letter typed in ASCII: a
    look-alike pasted in ("mаy", "nеeded" with a Cyrillic letter); None
    for a word in ASCII, or with more such letters."""
    foreign = [i for i, letter in enumerate(word) if not letter.isascii()]
    if len(foreign) != 1:
        return None
    i = foreign[0]
    dictionary = english()
    retyped = [typed for typed in (word[:i] + letter + word[i + 1 :] for letter in _ASCII_LETTERS)
               if dictionary.exact(typed)]
    return max(retyped, key=dictionary.frequency, default=None)


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: The fewest letters of a word read as a slip of another: shorter ones are as often abbreviations (but
#: for a look-alike letter in one, "mаy" with a Cyrillic "а", which no abbreviation has).
_SHORTEST_SLIP = 4


def _counted_before(found: list[Word], i: int) -> Word | None:
    """The number that an "or" at ``i`` follows, directly or after the
    noun it counts ("three or", "three engineers or"), in its clause."""
    j = i - 1
    while j >= 0 and i - j <= 3 and found[j].role == "content" and found[j].clause == found[i].clause:
        j -= 1
    return found[j] if j >= 0 and found[j].role == "count" and found[j].clause == found[i].clause else None


def _part_of_a_set(texts: list[str], i: int, end: int) -> bool:
    """Whether the count at ``i`` (its clause ending at ``end``) counts some
    of a set: "one of the", "a few of our", "one or two of the", "two of
    these", "3 of my team's goals" (a number in figures or in words, the same count); not "one of" with no set
    after it."""
    if _counted(texts[i]) is None or i and texts[i - 1] in vocab.RANKING_TOPS:
        return False  # "in the top 10 of the CTF": a place in a ranking, no share of a set
    j = i + 1
    while j + 1 < end and texts[j] in ("or", "to", "and") and count_of(texts[j + 1]) is not None:
        j += 2  # "one or two of the"
    return j + 1 < end and texts[j] == "of" and (texts[j + 1] in DETERMINERS or texts[j + 1] in _DEMONSTRATIVES) \
        and not (j + 2 < end and texts[j + 2] in _SUPERLATIVES)  # "one of the best engineers" ranks, counts none


#: How many "some" of a set counts: more than "a few", fewer than "several".
_SOME = 2.5


def _counted(word: str) -> float | None:
    """How many a word counts, as ``count_of`` says, and "some" of a set."""
    return _SOME if word == "some" else count_of(word)


#: Words that take one at a time of what they qualify: "each milestone", "every release".
_EACH = frozenset({"each", "every"})
#: Words that point at a set of things named: "two of these services".
_DEMONSTRATIVES = frozenset("these those".split())
#: Words after "one of the" that rank the person or thing among the rest, no share of a set asked for.
_SUPERLATIVES = frozenset("most best least worst top strongest greatest biggest largest".split())


def _stands_for_a_noun(texts: list[str], i: int, end: int) -> bool:
    """Whether "one" at ``i`` (its clause ending at ``end``) is a pronoun, no
    noun after it that it counts: "no one", "when one is needed", "one of
    the", "one another", and after a determiner at the end of its clause
    or before a small word ("the right one", "each one for the team");
    not "one service", "one or two", "at least one", "picks one"."""
    before = texts[i - 1] if i else ""
    after = texts[i + 1] if i + 1 < end else ""
    if before == "no" or after in _AFTER_A_PRONOUN:
        return True
    if after and (after not in FUNCTION_WORDS or after in ("or", "to", "and") and i + 2 < end
                  and (count_of(texts[i + 2]) is not None or texts[i + 2] in _MORE_OR_FEWER)):
        return False  # "one service", "one or two", "one or more"
    return before in DETERMINERS or before in _PICKING or i > 1 and texts[i - 2] in DETERMINERS


#: Words after "one" that make it a pronoun: a verb of its own ("when one is
#: needed", "one can"), "of" ("one of the"), "another" and "else", a relative.
_AFTER_A_PRONOUN = BE | AUXILIARIES | frozenset(vocab.CERTAINTY) | frozenset(
    "was were of another else who whom whose which that".split())
#: Words that pick one of several: "each one", "which one".
_PICKING = frozenset("each every any which".split())
#: After "one or", the words that make the two one count: "one or more".
_MORE_OR_FEWER = frozenset("more fewer less".split())


def _quality_of(texts: list[str], i: int) -> float:
    """The rank on DEGREE of a word of HIGH that says how good something is:
    before a noun of quality ("high standards", "of high caliber", "the
    highest level of quality"), or joined to one ("high-quality",
    "good-quality"); 0 for "high-level design", "high impact" and others."""
    word = texts[i]
    if word in vocab.HIGH:
        after = texts[i + 1 : i + 3]
        if after[:1] and (after[0] in vocab.QUALITY_NOUNS or after[0] in vocab.QUALITY_LEVELS and after[1:] == ["of"]):
            return float(vocab.HIGH[word])
        return 0.0
    first, _dash, last = word.rpartition("-")
    if last in vocab.QUALITY_NOUNS and first:
        return float(vocab.HIGH.get(first) or vocab.QUALITY.get(first) or vocab.DEGREE.get(first) or 0)
    return 0.0


def _intensities(found: list[Word]) -> None:
    """Adverbs of intensity (``vocab.INTENSITY``), read on DEGREE: before a
    word of it, both stand where the adverb moves that word ("reasonably
    good" below "good", "very good" as "strong"), so that either changed
    reads as one move; before another word, where it moves a plain one
    ("highly efficient" above "efficient")."""
    for i, w in enumerate(found):
        if w.role != "content" or w.text not in vocab.INTENSITY:
            continue
        shift = vocab.INTENSITY[w.text]
        after = found[i + 1] if i + 1 < len(found) and found[i + 1].clause == w.clause else None
        if after is not None and after.role == "degree":
            w.role = "degree"
            w.rank = after.rank = max(0.0, after.rank + shift)
        elif after is not None and after.role not in NEUTRAL_ROLES:
            w.role, w.rank = "degree", UNSTATED["degree"] + shift


#: Scales whose words a word of ``vocab.APPROXIMATING`` brings short of themselves: "almost always", "nearly all".
_APPROXIMATED = frozenset({"frequency", "quantity"})
#: How far short: less than the step between two words of those scales ("almost always" between "always" and
#: "consistently", "nearly all" between "all" and "most").
_SHORT_OF = 0.5


def _approximations(found: list[Word]) -> None:
    """A word of ``vocab.APPROXIMATING`` before a word of how often or how
    many in its clause: read on that word's scale, short of it ("almost
    always" below "always", "nearly every commit" below "every commit"),
    or above it where it is the bottom of the scale ("almost never" above
    "never"). It keeps the rank of the word it qualifies, so that taken
    out or put in alone it is read against that word (``scale_directions``)."""
    for i, w in enumerate(found[:-1]):
        after = found[i + 1]
        if w.role == "content" and w.text in vocab.APPROXIMATING and after.role in _APPROXIMATED \
                and after.clause == w.clause:
            w.role, w.approximates = after.role, after.rank
            w.rank = after.rank + (_SHORT_OF if after.rank <= 0 else -_SHORT_OF)


#: Words that make what follows a floor: "at least once a week", "at a minimum weekly".
_AT_LEAST = (("at", "least"), ("at", "a", "minimum"), ("at", "minimum"))


#: "well-" before a participle: "well-defined" says "well defined", as
#: "clearly defined" does ("well-being" is no such compound).
_WELL_DONE = lazy(r"\bwell-(?=[a-z]+(?:ed|en|wn)\b)", re.IGNORECASE)


#: A word of independence ("independently", "autonomous") after a prefix or a comparative that says only
#: part of it: "semi-independently", "quasi-autonomously", "near-independently", "more independently",
#: "increasingly independently" (not "more independent teams": teams that are); a word of how much written
#: joined to it, "mostly-independently".
_PART_INDEPENDENT = lazy(
    r"\b(?:(semi|quasi|near|nearly|almost|mostly|largely|partly|partially)-(?=(?:independent|autonomous)(?:ly)?\b)"
    r"|(?:semi|quasi|more|increasingly)\s+(?=(?:independently|autonomously)\b))", re.IGNORECASE)
#: Words of how much that the grader reads apart ("mostly independently": how often), joined by a hyphen.
_READ_APART = frozenset({"mostly", "largely", "partly", "partially"})
#: Independence turned into its opposite by a prefix: "interdependently", "co-dependently" say reliance.
_DEPENDENT = lazy(r"\b(?:inter|co-?)(?=dependent(?:ly)?\b)", re.IGNORECASE)


def _one_to_ones(text: str) -> str:
    """A text with each one-to-one meeting written one way ("1:1s", "1-1s",
    "one-on-ones": ``vocab.ONE_TO_ONE``), so that one spelling for another
    is no word replaced."""
    if "1" not in text and "one" not in text.casefold():
        return text  # the cheap test before the pattern
    return vocab.ONE_TO_ONE.sub(lambda m: vocab.ONE_TO_ONE_SAYS + m.group("plural"), text)


def _independence_weakened(text: str) -> str:
    """A word of independence with a prefix that weakens it, as the reader
    takes it: "semi-independently" and "more independently" as "fairly
    independently" (part of it: less autonomy than "independently" alone,
    a degree on its scale; at a level, "more" says more than before, not
    all of it), "mostly-independently" as "mostly independently";
    "interdependently" and "co-dependently" as "dependently" (relying on
    others). Without such a prefix the text is unchanged."""
    def part(found: re.Match[str]) -> str:
        joined = (found.group(1) or "").casefold()
        return f"{joined} " if joined in _READ_APART else "fairly "
    return _DEPENDENT.sub("", _PART_INDEPENDENT.sub(part, text))


def _optional_labels(text: str) -> str:
    """A text with a label that makes it a choice ("Bonus:", "(stretch)",
    "Nice to have:"), or a noun said of it ("... is a plus", "... would be a
    bonus"), written "optional", and points offered for it ("Bonus points
    for ...") "optionally": the words that say so anywhere. Taken out, the
    statement is asked; put in, it no longer is."""
    if not _OPTIONAL_WORD.search(text):  # most texts have none: the cheaper test first
        return text
    text = _OPTIONAL_LABEL.sub(lambda m: m.group(1) + "optional", text)
    text = _OPTIONAL_PREDICATE.sub(lambda m: m.group(1) + "optional", text)
    text = _OPTIONAL_REWARD.sub("optionally", text)
    return _NICE_TO_HAVE.sub("nice-to-have", text)


_OPTIONAL_WORD = lazy(r"\b(?:" + "|".join(sorted({phrase.split()[0] for phrase in (
    *vocab.OPTIONAL_LABELS, *vocab.OPTIONAL_PREDICATES, *vocab.OPTIONAL_REWARDS)})) + r")", re.IGNORECASE)
_LABELS = "|".join(label.replace(" ", r"[\s-]+") for label in vocab.OPTIONAL_LABELS)
#: What a statement is said to be, after "is", "are", "would be", "counts as" ...: "is a plus", "would be a big
#: bonus", "is nice to have"; the noun at its clause's end, with one word of how much before it at most.
_OPTIONAL_PREDICATE = lazy(
    r"(\b(?:is|are|be|counts?\s+as|considered)\s+)(?:an?\s+)?(?:[a-z]+\s+)??(?:"
    + "|".join(word.replace(" ", r"[\s-]+") for word in vocab.OPTIONAL_PREDICATES)
    + r")(?:es)?(?=\s*(?:[.,;:!)\]]|$))", re.IGNORECASE)
#: Points offered for a statement, and who gets them: "(you get) bonus points for", "extra credit if".
_OPTIONAL_REWARD = lazy(
    r"\b(?:(?:you\s+)?(?:get|gets|earn|earns|score|scores)\s+)?(?:"
    + "|".join(word.replace(" ", r"\s+") for word in vocab.OPTIONAL_REWARDS)
    + r")\s+(?:for|if|when)\b", re.IGNORECASE)
#: A label: at the text's start before a colon or a dash ("Bonus: ...", "**Stretch** - ..."), or alone in
#: brackets ("(bonus)", "[Nice to have]").
_OPTIONAL_LABEL = lazy(
    rf"(^\W*|[(\[]\s*)(?:{_LABELS})(?=\s*(?:[:)\]]|[-\u2013\u2014]\s)|\s*$)", re.IGNORECASE)
_NICE_TO_HAVE = lazy(r"\bnice[\s-]+to[\s-]+have\b", re.IGNORECASE)


#: Before "the ability to": words that make it the subject's own.
_HAVING = frozenset(
    "has have had having shows show demonstrates demonstrate displays display exhibits exhibit possesses possess with"
    .split()
)


#: Words after a verb of knowing that make it know how to act: "knows when to escalate", "know how to deploy".
_HOW = frozenset("how when where what which whether who whom why".split())


def _knows_how_to(texts: list[str], i: int) -> bool:
    """Whether the verb of knowing at ``i`` knows how or when to act ("knows
    when to ask for help", "knows how to deploy"), which says the act, not
    knowing alone."""
    return texts[i + 1 : i + 2] != [] and texts[i + 1] in _HOW and texts[i + 2 : i + 3] == ["to"]


def _own_ability(texts: list[str], i: int) -> bool:
    """Whether the word of "can" at ``i`` is said of the subject: an
    adjective ("able to"), or a noun that starts the text or follows "has
    the" ("Ability to explain", "Has the ability to run"), not someone
    else's ("improves the team's ability to recover")."""
    if texts[i] in ("able", "capable"):
        return True
    if i == 0:
        return True
    return texts[i - 1] in ("the", "an") and (i == 1 or texts[i - 2] in _HAVING)


def _starts(texts: list[str], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(texts) - n + 1) if tuple(texts[i : i + n]) == phrase]


#: Words between the start of a condition and what it names: "if they are asked".
_CONDITION_FILLER = SUBJECTS | BE | {"it"}
#: Words that may come between "is" and what it says, as between "is" and "learning": "is still learning".
_BESIDE_BE = frozenset("still currently now also".split())


#: Words before a verb that make it the subject's own: "I learn", "I still learn".
_OWN_VERB = SUBJECTS | _BESIDE_BE


def _still_learning(texts: list[str], i: int, clause_ends: list[int]) -> int | None:
    """How many words after the one at ``i`` it takes with it to say the
    subject is still acquiring a skill, or None where it does not say so:
    "learn(s)" as the subject's verb before "to", "how to" or what is learnt
    ("Learns to write Go", "I learn our deployment process"; not "learn
    from" mistakes, nor "helps new hires learn"); "start(s)", "begin(s)",
    "practise(s)" before a verb in "-ing" ("I start writing tests"); "get(s)
    better at"; "gain(s)", "build(s)", "develop(s)" before the experience or
    skill acquired ("gains experience in", "builds an understanding of");
    "work(s) towards" a verb in "-ing" ("works towards performing TDD")."""
    word, after = texts[i], texts[i + 1 : clause_ends[i]]
    own = i == 0 or clause_ends[i - 1] <= i or texts[i - 1] in _OWN_VERB
    if word in vocab.LEARNING_VERBS and own and after and after[0] != "from":
        return 2 if after[:2] == ["how", "to"] else 1 if after[0] == "to" else 0
    if word in vocab.STARTING_ING and after and after[0] in vocab.BECOMING:
        return 1  # "I start becoming a domain resource": the start says it, as "is" will once it is gone
    if word in vocab.STARTING_ING and after and after[0].endswith("ing") and len(after[0]) > 4:
        return 0
    if word in GETTING and after[:2] == ["better", "at"]:
        return 2
    if word in vocab.PROGRESSING and after[:1] and after[0] in vocab.TOWARDS and after[1:2] \
            and (after[1] in vocab.BECOMING or after[1].endswith("ing") and len(after[1]) > 4
                 and after[1] not in FUNCTION_WORDS):
        # "works towards performing TDD": not yet done; "working towards becoming an expert": "is" says the rest
        return 2 if after[1] in vocab.BECOMING else 1
    if word in vocab.ACQUIRING and own:
        skip = 1 if after[:1] in (["a"], ["an"]) else 0
        if after[skip : skip + 1] and after[skip] in vocab.ACQUIRED:
            return skip
    return None


def _after_be(texts: list[str], i: int) -> bool:
    """Whether the word at ``i`` follows "is" (or "am", "are"), past a word of when ("is still")."""
    j = i - 1
    if j > 0 and texts[j] in _BESIDE_BE:
        j -= 1
    return j >= 0 and texts[j] in BE


def _conditions(found: list[Word]) -> None:
    """Conditions on what is asked: "when asked", "if they are asked", "on
    request", "where appropriate", "wherever practical"; and how far it is
    asked, "as far as possible", "to the extent practical"
    (``vocab.CONDITION_EXTENTS``)."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.text == "at" and [x.text for x in found[i + 1 : i + 3]] == ["the", "request"]:
            # "at the request of their manager"; said of nobody, still on request.
            for part in found[i : _asker_after(found, i + 2) + 1]:
                part.role = "condition"
            continue
        extent = next((len(opener) for opener in vocab.CONDITION_EXTENTS
                       if tuple(texts[i : i + len(opener)]) == opener), 0)
        if not extent and w.text not in vocab.CONDITION_OPENERS or w.role not in ("content", "function"):
            continue
        if w.text == "as" and i > 1 and found[i - 2].text == "as":
            continue  # "as soon as possible" says how soon, on no condition
        j = i + (extent or 1)
        while j < len(found) and j - i <= 3 + extent and found[j].text in _CONDITION_FILLER:
            j += 1
        if j + 1 < len(found) and found[j + 1].text in vocab.CONDITIONS and found[j].text not in vocab.CONDITIONS:
            j += 1  # "if time allows", "when bandwidth permits"
        if j < len(found) and found[j].text in vocab.CONDITIONS and found[j].role in ("content", "function"):
            j = _asker_after(found, j) if found[j].text in vocab.ASKED else j  # "when asked by their manager"
        elif extent:
            continue  # "as far as I know", "as much as the team": no condition
        else:
            j = _asker_asking(found, i)  # "when their manager asks them to"
        if j > i:
            for part in found[i : j + 1]:
                part.role = "condition"


#: Phrases that make what is asked a choice or leave a way out, with no word of "when" or "if": "time
#: permitting", "in theory", "on a voluntary basis", "voluntarily", "where they can".
_WAYS_OUT = (("time", "permitting"), ("in", "theory"), ("in", "principle"), ("on", "a", "voluntary", "basis"),
             ("voluntarily",), ("where", "they", "can"), ("when", "they", "can"), ("if", "they", "can"),
             ("when", "i", "can"), ("if", "i", "can"), ("where", "i", "can"))
#: Words that open a clause that says when what is asked need not be done: "unless the team is busy".
_EXCEPT_WHEN = frozenset({"unless"})


def _ways_out(found: list[Word]) -> None:
    """Conditions said with no word of "when" or "if": a way out ("time
    permitting", "in theory", "on a voluntary basis") and a clause opened
    by "unless" to the end of its clause ("unless the team is busy"). Put
    in, what is asked is asked less, as "when asked" asks it."""
    texts = [w.text for w in found]
    for phrase in _WAYS_OUT:
        for i in _starts(texts, phrase):
            if all(w.role in ("content", "function") for w in found[i : i + len(phrase)]):
                for w in found[i : i + len(phrase)]:
                    w.role = "condition"
    for i, w in enumerate(found):
        if w.text in _EXCEPT_WHEN and w.role in ("content", "function"):
            for part in found[i:]:
                if part.clause != w.clause:
                    break
                part.role = "condition"


def _time_windows(found: list[Word]) -> None:
    """Windows of time that limit when what is asked applies: "during
    business hours", "in normal working hours", "on weekdays" (not "within
    one business day", a deadline, nor "outside working hours", which
    widens the duty)."""
    for i, w in enumerate(found):
        if w.text not in vocab.WINDOW_OPENERS or w.role not in ("content", "function"):
            continue
        j = i + 1
        while j < len(found) and j - i <= 2 and found[j].text in vocab.WINDOW_KINDS:
            j += 1
        if j < len(found) and found[j].text in vocab.WINDOW_TIMES and (j > i + 1 or found[j].text == "weekdays") \
                and found[j].clause == w.clause:
            for part in found[i : j + 1]:
                part.role = "condition"


def _tenure(found: list[Word]) -> None:
    """Time in the role before what is asked applies ("once onboarded",
    "after their first quarter", "once familiar with the codebase": see
    ``vocab.TENURE_OPENERS``), to the end of its clause or an "and" or "or"
    that joins something else to it: a condition on what is asked, as a
    window of time is; put in, less is asked. Read over a deadline's
    reading of its period ("after their first quarter" is no deadline)."""
    texts = [w.text for w in found]
    for i, w in enumerate(found):
        if w.text not in vocab.TENURE_OPENERS or w.role not in ("content", "function", "deadline"):
            continue
        j = i + 1
        while j < len(found) and found[j].clause == w.clause and (
                texts[j] in vocab.TENURE_FILLER or texts[j] in vocab.POSSESSIVES):  # "after their onboarding"
            j += 1
        if j >= len(found) or found[j].clause != w.clause or not (
                texts[j] in vocab.SETTLING_IN or w.text == "after" and _first_time_in_role(texts, j)):
            continue
        if texts[j].endswith("ing") and j + 1 < len(found) and found[j + 1].clause == w.clause \
                and texts[j + 1] not in FUNCTION_WORDS and texts[j + 1] not in _SETTLING_ON:
            continue  # "after onboarding new hires": the act done to others, not their own time in the role
        end = j + 1
        while end < len(found) and found[end].clause == w.clause and not (
                texts[end] in ("and", "or") and texts[end + 1 : end + 2] != [] and texts[end + 1] not in vocab.SETTLING_IN
                and texts[end + 1] not in vocab.TENURE_FILLER) and texts[end] not in SUBJECTS:
            end += 1
        for part in found[i:end]:
            part.role = "condition"


#: Words after a word of settling in "-ing" that still say one's own: "after ramping up", "after the onboarding
#: period".
_SETTLING_ON = frozenset("up period phase".split())


def _first_time_in_role(texts: list[str], j: int) -> bool:
    """Whether the words from ``j``, after "after", name a first stretch of
    time in the role: "their first quarter", "the first 3 months", "6
    months in the role" (not "2 weeks", a wait, nor "incidents")."""
    while j < len(texts) and texts[j] in vocab.POSSESSIVES:
        j += 1
    first = j < len(texts) and texts[j] in vocab.TENURE_FIRST
    j += first
    while j < len(texts) and (texts[j].isdigit() or texts[j] in ("few", "couple", "of", "a")):
        j += 1
    if j >= len(texts) or texts[j] not in vocab.PERIOD:
        return False
    return first or texts[j + 1 : j + 2] in (["in"], ["on"], ["at"]) and any(
        word in vocab.TENURE_PLACES for word in texts[j + 2 : j + 5])


#: How many words may come before who asks in a condition: "by the most senior engineer".
_ASKER_REACH = 4


def _asker_after(found: list[Word], j: int) -> int:
    """Where a condition that ends at ``j`` ("when asked", "at the request")
    ends with who asks, said after it: "by" (or "of") and, within a few
    words, a person or a group ("by their manager", "when asked to by the
    team lead", "at the request of customers"), with others joined to them
    ("by their manager or tech lead"); ``j`` where none is said."""
    k = j + 1
    if found[j].text in vocab.ASKED and k < len(found) and found[k].text == "to":
        found[k].role = "function"  # "when asked to by their manager" says "when asked by" them
        k += 1
    if k + 1 >= len(found) or found[k].text not in ("by", "of", "from") or found[k].clause != found[j].clause:
        return j
    end = _asker(found, k + 1)
    if end is None:
        return j
    # Others who may ask, joined: "by their manager or tech lead", "by the team and stakeholders".
    while end + 2 < len(found) and found[end + 1].text in ("or", "and"):
        joined = _asker(found, end + 2, titled=True)
        if joined is None:
            break  # "... and mentors engineers": another thing asked, not another who asks
        end = joined
    return end


def _asker(found: list[Word], k: int, *, titled: bool = False) -> int | None:
    """Where who asks ends, when a person or a group is named within a few
    words from ``k`` in its clause ("the team lead", "their manager's
    manager", "the VP of Engineering"); None where none is, or a verb in
    -ing comes first ("by mentoring engineers" says how). With ``titled``,
    only words of a title may come first ("or tech lead", not "and mentors
    engineers")."""
    for m in range(k, min(k + _ASKER_REACH, len(found))):
        text = found[m].text
        if found[m].clause != found[k].clause or text.endswith("ing"):
            return None
        if without_possessive(text) in vocab.ASKERS:
            if titled and text.endswith("s") and m + 1 < len(found) and found[m + 1].text in vocab.ASKERS:
                return None  # "and mentors engineers", "and leads peers": a verb and whom it is done for
            while m + 1 < len(found) and found[m + 1].clause == found[k].clause:
                if without_possessive(found[m + 1].text) in vocab.ASKERS:
                    m += 1  # "the team lead", "a senior engineer", "the team lead's manager"
                elif found[m + 1].text == "of" and m + 2 < len(found) and found[m + 2].text not in FUNCTION_WORDS \
                        and found[m + 2].clause == found[k].clause:
                    m += 2  # "the VP of Engineering", "the head of product"
                else:
                    break
            return m
        if titled and text not in vocab.ASKER_TITLE_WORDS:
            return None
    return None


#: Roles of the words that ask less of what they qualify: on a condition, with help, still learning, in
#: part or shared ("all or part of", "individually or jointly": ``scope.allowances``).
ASKING_LESS = frozenset({"condition", "guidance", "learning", "allowance"})


def asks_another_thing(words: list[Word], before: list[Word]) -> bool:
    """Whether ``words`` ask a thing ``before`` does not: a word of meaning
    of their own ("They run projects with coaching" after "Reviews code"),
    not one ``before`` says ("Reviews them only when asked"), nor one of a
    clause of when or on what condition ("Does so only when asked by their
    manager") or beside "is" ("Is still learning to review them")."""
    said = {w.stem for w in before}
    conditioned = {k for span in _state_conditions(words, _SUBORDINATING) for k in span}
    return any(w.role == "content" and not w.neutral and w.text not in FUNCTION_WORDS and w.stem not in said
               and w.text not in _BESIDE_BE and k not in conditioned for k, w in enumerate(words))


def qualifying_what_is_added(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """Words that ask less, put in after "and" or "or" with a thing asked of
    their own ("... within a day" -> "... within a day and teaches others
    when asked", "..., and, with guidance, larger projects"), or in a
    sentence put in whole that asks a thing of its own ("... They run small
    projects with coaching."), qualify what the edit adds, not what was
    asked before: they lower no bar. Before the "and" ("... within a day
    when asked, and teaches others"), they qualify what was there, and do."""
    # The first word of each sentence of the new text: a run that holds it puts that sentence in.
    openers = {id(w) for k, w in enumerate(b) if k == 0 or b[k - 1].sentence != w.sentence}
    for removed, inserted in runs:
        if removed:
            continue
        # Not the "or" of an allowance ("all aspects or only part of the process"), which offers what it qualifies.
        joint = next((k for k, w in enumerate(inserted) if w.text in ("and", "or")
                      and not (k + 1 < len(inserted) and inserted[k + 1].role == "allowance")), None)
        added = inserted[joint + 1 :] if joint is not None else []
        new_sentences = {w.sentence for w in inserted if id(w) in openers}
        sentences = [w for w in inserted if w.sentence in new_sentences]
        for part, asks in ((added, any(w.role == "content" and not w.neutral and w.text not in FUNCTION_WORDS
                                       for w in added)),
                           (sentences, asks_another_thing(sentences, a))):
            if asks:
                for w in part:
                    if w.role in ASKING_LESS:
                        w.neutral = True


def conditions_reworded(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> None:
    """A condition said another way is the same condition: where both texts
    set as many conditions ("when asked by their manager" -> "at the
    request of their lead"), the words of a condition that changed say
    nothing."""
    # Each condition by the verb it is said of: "fixes bugs when asked and writes tests" -> "fixes bugs
    # and writes tests when asked" moves it to another deed.
    counted = [Counter(said[id(w)][1] for k, w in enumerate(text) if w.role == "condition"
                       and (k == 0 or text[k - 1].role != "condition")) for text, said in ((a, where_said(a)),
                                                                                             (b, where_said(b)))]
    if counted[0] != counted[1] or not counted[0]:
        return
    for removed, inserted in runs:
        for w in (*removed, *inserted):
            if w.role == "condition":
                w.neutral = True


#: Words that open a condition of a state or an event ("when on call", "if stuck", "while on rotation").
_STATE_OPENERS = frozenset("when whenever if while".split())
#: Words that open a clause of when or on what condition, whose words are not asked: "once a sprint is
#: planned", "after the design is agreed", "unless told otherwise".
_SUBORDINATING = _STATE_OPENERS | frozenset("once after before until unless".split())


def _meant(words: list[Word]) -> list[str]:
    """The stems of the words of meaning of ``words``, a compound's parts apart
    ("on-call": "call"): "if they lead the team" says what "Leads the team" asks."""
    return [stem(part) for w in words for part in w.text.split("-") if part not in FUNCTION_WORDS]


def _state_conditions(found: list[Word], openers: frozenset[str] = _STATE_OPENERS) -> list[range]:
    """Where each condition of a state or an event that a text puts on what
    it asks is ("when on call", "if stuck"), from its opener to the end of
    its clause, an "and" or "or", or a subject after its own ("When a sprint
    is planned I break it down"; "when they are blocking others" is one).
    Not a condition of being asked or of need, read on its
    own (``_conditions``), nor "when to"."""
    spans = []
    for i, w in enumerate(found):
        if w.text not in openers or w.role not in ("content", "function") \
                or found[i + 1 : i + 2] and found[i + 1].text == "to":
            continue
        end = i + 1
        while end < len(found) and found[end].clause == w.clause and found[end].text not in ("and", "or") \
                and found[end].role != "condition" and not (end > i + 1 and found[end].text in SUBJECTS):
            end += 1
        spans.append(range(i, end))
    return spans


def _an_occasion(found: list[Word], i: int) -> bool:
    """Whether the word at ``i`` opens the occasion something is asked on,
    not what is asked: "follows runbooks during on call"; "in" only before
    "a" or "an" ("in an incident"), where "takes part in the on-call
    rotation" asks it."""
    return found[i].text == "during" \
        or found[i].text == "in" and found[i + 1 : i + 2] != [] and found[i + 1].text in ("a", "an")


def _asserted(found: list[Word], meant: list[str]) -> bool:
    """Whether a text says ``meant`` in a row outside its clauses of when or
    on what condition, and its phrases of on what occasion: as what it asks."""
    conditioned = {k for span in _state_conditions(found, _SUBORDINATING | {"during", "in"})
                   if found[span.start].text in _SUBORDINATING or _an_occasion(found, span.start) for k in span}
    plain = _meant([w for k, w in enumerate(found) if k not in conditioned and w.role != "condition"])
    return any(plain[k : k + len(meant)] == meant for k in range(len(plain)))


def condition_made_a_duty(a: list[Word], b: list[Word]) -> tuple[int, str] | None:
    """A condition on what is asked turned into something asked, or the
    reverse: "Follows runbooks when on call" -> "Is on call and follows
    runbooks" asks them to be on call, where the old text asked something
    only if they were; the other way, less is asked."""
    def moved(one: list[Word], other: list[Word]) -> bool:
        conditions = [meant for span in _state_conditions(one) if (meant := _meant([one[k] for k in span]))]
        return any(not _asserted(one, meant) and _asserted(other, meant) for meant in conditions)

    if moved(a, b):
        return 1, "condition made a duty"
    if moved(b, a):
        return -1, "duty made a condition"
    return None


#: Words that open a condition of a state or an event put on what is asked, before it or after it: "If a
#: sprint is at risk, I escalate", "Reviews designs where the service is shared", "Deploys once approved",
#: "Given a clear spec, delivers features" (``_opens_a_condition``).
_CONDITION_OPENERS = frozenset("when whenever if where once given".split())
#: Words beside "once" that make it how often, not a condition: "once a quarter", "once or twice", "at least once",
#: "more than once", "once in a while".
_ONCE_AS_OFTEN = frozenset("a an per every each or and more again in least than twice".split())
#: Words before "given" that make it a verb of handing over: "is given", "has been given", "they are given".
_GIVEN_AS_A_VERB = BE | SUBJECTS | frozenset("has have had been".split())


def _opens_a_condition(found: list[Word], i: int) -> bool:
    """Whether the opener at ``i`` (of ``_CONDITION_OPENERS``) opens a
    condition: "once" not as how often ("once approved", not "once a
    quarter"), "given" before what is given as a condition ("given a clear
    spec", not "given the constraints", "given to them", "is given")."""
    word, after = found[i].text, found[i + 1 : i + 2]
    before = found[i - 1].text if i else ""
    if word == "once":
        return bool(after) and after[0].clause == found[i].clause and after[0].text not in _ONCE_AS_OFTEN \
            and before not in _ONCE_AS_OFTEN
    if word == "given":
        return bool(after) and after[0].text in vocab.GIVEN_CONDITION and before not in _GIVEN_AS_A_VERB
    return True


def conditions_taken_out(runs: list[tuple[list[Word], list[Word]]], a: list[Word],
                         b: list[Word]) -> list[tuple[int, str]]:
    """A condition of a state or an event taken out whole, what it qualified
    kept: "If a sprint is at risk, I escalate" -> "I escalate" asks it every
    time, as "when asked" taken out does; put in, it asks only sometimes.
    Not a condition said another way, moved, or made a duty (the other text
    keeps its words: ``condition_made_a_duty``), nor one replaced by another
    (each text sets as many), nor one in a text with help had, where it may
    say when the help is had ("needs guidance when on call": taken out, help
    is had every time), nor one that names a thing asked for ("when
    leadership requires a new strategy": an event, words like any other).
    The words of each are read here, and no more."""
    found: list[tuple[int, str]] = []
    spans = [[span for span in _state_conditions(text, _CONDITION_OPENERS) if _opens_a_condition(text, span.start)]
             for text in (a, b)]
    for side, (text, other) in enumerate(((a, b), (b, a))):
        if len(spans[side]) <= len(spans[1 - side]) or _help_had(text, other):
            continue
        at = {id(w): k for k, w in enumerate(text)}
        for run in (pair[side] for pair in runs):
            live = [w for w in run if not w.neutral]
            if not live or any(w.role in AUTONOMY_ROLES or w.role in ("condition", "negation") for w in live):
                continue
            first, last = at[id(live[0])], at[id(live[-1])]
            span = next((s for s in spans[side] if s.start == first), None)
            if span is None or last - first + 1 != len(live) or last >= span.stop:
                continue  # not one stretch from the opener, or past the condition
            if last + 1 < span.stop and text[last + 1].clause == text[last].clause \
                    and text[last + 1].text not in SUBJECTS and text[last + 1].text not in DETERMINERS:
                continue  # "when they are" taken out of "when they are shared": no whole condition
            if any(w.text in vocab.REQUESTING for w in live):
                continue  # "when leadership requires a new strategy": a thing asked for, an event (``_asker_asking``)
            meant = _meant(live)
            elsewhere = [_meant([other[k] for k in s]) for s in spans[1 - side]]
            if not meant or _asserted(other, meant) or any(meant == said for said in elsewhere):
                continue
            for w in live:
                w.neutral = True
            found.append(read_on_scale("condition", 1 if side == 0 else -1, False))
    return found


#: Roles of the words of help had or independence: a condition in their text may say when help is had.
AUTONOMY_ROLES = frozenset({"guidance", "independent"})


def _help_had(text: list[Word], other: list[Word]) -> bool:
    """Whether a text says help is had (or needed), so that a condition in
    it may say when the help is had ("needs guidance when on call", "with
    some guidance when the scope is unclear"). Not where the help it names
    is little or none ("with minimal guidance", "independently"): a
    condition there limits when that is asked ("... with minimal guidance,
    once the scope is clear"), as it limits any ask."""
    return any(w.role in AUTONOMY_ROLES for w in text) and guidance_amount(text, other) > vocab.GUIDANCE_AMOUNT["little"]


def _asker_asking(found: list[Word], i: int) -> int:
    """Where a condition opened at ``i`` that names who asks as the
    subject of asking ends ("when their manager asks them to", "if a
    customer requires it"), at the end of its clause: "when stakeholders
    request changes" names a thing asked for, an event, not a condition
    on the statement. ``i`` where the words after ``i`` say no such thing."""
    asker = _asker(found, i + 1)
    if asker is None or asker + 1 >= len(found) or found[asker + 1].text not in vocab.REQUESTING:
        return i
    end = asker + 1
    while end + 1 < len(found) and found[end + 1].text in vocab.ASKED_OF and found[end + 1].clause == found[i].clause:
        end += 1
    if end + 1 < len(found) and found[end + 1].clause == found[i].clause:
        return i  # more said in the clause: what is asked for
    return end


def _one_word_phrases(found: list[Word]) -> None:
    """Several words that say what one word says, read as that word: the
    rest of them carry grammar. A phrase of the vocabulary ("at all times"
    / "always", "a large number of" / "many", "responsible for" / "owns",
    "take into account" / "consider"), on the scale of its word; a phrasal
    verb ("break down" / "split", "carry out" / "conduct"); a manner ("in a
    timely manner" / "promptly", "in a consistent way" / "consistently").
    """
    texts = [w.text for w in found]
    for at, phrase, word in _phrases_found(texts):
        i, words = at[0], [found[k] for k in at]
        if any(w.role != "content" for w in words if w.text not in FUNCTION_WORDS):
            continue  # part of another phrase already
        if word in FUNCTION_WORDS:  # "acts as" says "is": grammar, as its word is
            for w in words:
                w.role = "function"
            continue
        role, rank = _scale_of(word)
        level = vocab.seniority(word) if word in vocab.SENIORITY_WORDS else None
        if level is not None and _before_people(texts, i + len(phrase) - 1):
            role, rank = "audience", level.middle  # "less experienced engineers" are junior ones
        # The words that carry it: the one word itself ("take the lead on"); else, on a scale, each of its
        # words of meaning, as one ("on a regular basis" -> "on an ongoing basis"); else its last one.
        itself = next((w for w in words if stem(w.text) == stem(word)), None)
        last = next(w for w in reversed(words) if w.text not in FUNCTION_WORDS)
        for w in words:
            w.role, w.says = "function", (i, stem(word))
            if w is itself or itself is None and (w is last or role != "content" and w.text not in FUNCTION_WORDS):
                w.role, w.rank, w.phrase = role, rank, i
    for i, j in _kept_told(texts):
        if found[i].role == found[j].role == "content":
            # The verb's place carries it, as "inform" would stand there: "communicate with your peers" ->
            # "keep your peers informed" is one verb for another.
            found[i].says = found[j].says = (i, stem(vocab.KEEPING_TOLD_SAYS))
            found[j].role = "function"
    for i, j in _got_done(texts):
        if found[i].role == found[j].role == "content" or found[j].text in FUNCTION_WORDS:
            # "Gets tasks done" is "completes tasks": the verb's place carries it, the state is grammar.
            found[i].says = found[j].says = (i, stem(vocab.GETTING_DONE_SAYS))
            found[j].role = "function"
    for i, w in enumerate(found):
        if w.role != "content":
            continue
        if w.text in vocab.PARTICLES and i and found[i - 1].role == "content" \
                and found[i - 1].text not in FUNCTION_WORDS and texts[i + 1 : i + 2] != ["of"]:  # "out of scope"
            w.role = "function"  # "breaks down", "breaks large tasks down"
        elif w.text in vocab.MANNER_NOUNS and any(
                texts[j : j + 2] in (["in", "a"], ["in", "an"], ["on", "a"], ["on", "an"])
                for j in range(max(0, i - 4), i - 1)):
            w.role = "function"  # "in a timely manner": the manner is its adjective


def _phrases_found(texts: list[str]) -> list[tuple[list[int], tuple[str, ...], str]]:
    """The phrases of the vocabulary in a text (``phrases_in``), each with
    where its words are; and those with an adverb of manner inside, which
    says how and leaves the phrase whole ("works effectively with" is "works
    with", effectively; "works well with", "works closely with"): the adverb
    is read by itself. Not a phrase of
    grammar ("acts quickly as soon as ..." is no "acts as")."""
    out = [(list(range(i, i + len(phrase))), phrase, word) for i, phrase, word in phrases_in(texts)]
    kept = [k for k, text in enumerate(texts) if not _manner_adverb(text)]
    if len(kept) < len(texts):
        for i, phrase, word in phrases_in([texts[k] for k in kept]):
            at = kept[i : i + len(phrase)]
            if at[-1] - at[0] >= len(phrase) and word not in FUNCTION_WORDS:  # only those an adverb parts
                out.append((at, phrase, word))
    return out


def _kept_told(texts: list[str]) -> list[tuple[int, int]]:
    """Where "keep" and "informed" or "updated" part the people kept told
    ("keeps their mentor/buddy informed", "keep the team updated"): a verb of
    telling, not of keeping something going. The people are a determiner
    and up to three words, none of grammar."""
    out = []
    for i, word in enumerate(texts):
        if word not in vocab.KEEPING_TOLD or texts[i + 1 : i + 2] == [] or texts[i + 1] not in DETERMINERS:
            continue
        for j in range(i + 2, min(i + 6, len(texts))):
            if texts[j] in vocab.TOLD:
                out.append((i, j))
                break
            if texts[j] in FUNCTION_WORDS:
                break
    return out


#: Words that stand for the thing got done ("gets it done", "get things done").
_THINGS_DONE = frozenset("it them this that things everything".split())


def _got_done(texts: list[str]) -> list[tuple[int, int]]:
    """Where "get" and "done" or "finished" part the thing got done ("gets
    well-defined tasks done", "get the work done", "gets it done"): a verb
    of completing, not of getting something. The thing is up to four words
    after a determiner or none, none of grammar but what stands for a thing."""
    out = []
    for i, word in enumerate(texts):
        if word not in vocab.GETTING_DONE:
            continue
        start = i + 2 if texts[i + 1 : i + 2] and texts[i + 1] in DETERMINERS else i + 1
        for j in range(start, min(start + 5, len(texts))):
            if texts[j] in vocab.DONE and j > i + 1:
                out.append((i, j))
                break
            if texts[j] in FUNCTION_WORDS and texts[j] not in _THINGS_DONE:
                break
    return out


def _hedging(texts: list[str], i: int, ahead: int, clause_ends: list[int]) -> bool:
    """Whether a word of likelihood at ``i`` hedges a deed, not a thing: no
    determiner before it and, ``ahead`` words on, "to", a verb or the end
    ("is likely to lead", "Probably leads", "..., probably"; not "the likely
    cause", "likely failures"). A word that is an adjective too, before
    another word, names a kind of the thing after it, whatever that word may
    be as a verb, where the word before it takes that thing (``_takes_a_thing``:
    "identifies likely risks", "plans for likely bottlenecks", as "identifies
    potential risks"); after a subject it hedges the verb ("Senior engineers
    likely own a service", "Teams likely rely on you")."""
    if i and texts[i - 1] in DETERMINERS:
        return False
    after = texts[i + ahead] if i + ahead < len(texts) else None
    if texts[i] in _ADJECTIVES_TOO and after not in (None, "to") and _takes_a_thing(texts, i, clause_ends):
        return False
    return after is None or after == "to" or verb_form(after)


def _takes_a_thing(texts: list[str], i: int, clause_ends: list[int]) -> bool:
    """Whether the word before ``i``, in its clause, takes the thing named
    after it: a preposition ("plans for ..."), or a verb where it stands as
    one (``a_verb``: "Identifies ...", "I identify ..."), not a word of
    people or of a unit, which is the subject there ("Teams ...",
    "Engineers ..."), and not a noun after a word that names it ("Senior
    engineers", "Your work", "At this level, ...")."""
    if not i or clause_ends[i - 1] <= i:
        return False
    before = texts[i - 1]
    if before in _BEFORE_A_THING:
        return True
    return before not in FUNCTION_WORDS and before not in MODALS and before not in _WHO \
        and a_verb(texts, i - 1, clause_ends) and verb_form(before)


#: Words of likelihood that are adjectives too: "likely risks" are risks of a kind, "likely leads" a hedge.
_ADJECTIVES_TOO = frozenset({"likely"})
#: Prepositions before what a word of likelihood may be said of: "plans for likely failures".
_BEFORE_A_THING = frozenset("for of about against with from into on".split())
#: Words of people or of a unit of them, a subject where they open a sentence ("Teams likely rely on you").
_WHO = vocab.PEOPLE | LADDER_PEOPLE | frozenset(vocab.SCOPE_OF) | vocab.UNITS


def _tends_to_a_deed(texts: list[str], to: int) -> bool:
    """Whether "tends to" at ``to`` hedges the verb right after it ("tends
    to lead", "tends to review code"), not "tends to" a thing, caring for it
    ("tends to the test suite", "tends to the team's needs", "tends to
    builds"). A determiner or a possessive after "to" names a thing."""
    if to + 1 == len(texts):
        return True
    after = texts[to + 1]
    return after not in DETERMINERS and not after.endswith(("'s", "’s")) and english().verb(after)


def _manner_adverb(word: str) -> bool:
    """Whether a word is an adverb made of an adjective ("effectively",
    "closely", "directly"), or "well", the adverb of "good" ("works well
    with"); not "only", "early" or "apply". "as well as" is grammar already
    (``_FUNCTION_PHRASES``) and "well-defined" one word of size."""
    return word == "well" or len(word) > 5 and word.endswith("ly") and english().knows(word[:-2])


#: The scales one word of a phrase can be read on, in the order a word is read.
_WORD_SCALES = (
    ("frequency", vocab.FREQUENCY), ("frequency", vocab.PERIODIC), ("certainty", vocab.CERTAINTY),
    ("size", vocab.SIZE), ("degree", vocab.DEGREE), ("involvement", vocab.INVOLVEMENT), ("count", vocab.COUNT),
)


def _scale_of(word: str) -> tuple[str, float]:
    """The role and rank one word is read with on its own: "always" is a
    frequency, "many" a number; a plain word is content."""
    for role, scale in _WORD_SCALES:
        if word in scale:
            return role, float(scale[word])
    return "content", 0.0


#: Words joined by slashes, not in an address or a path: "mentor/buddy",
#: "frontend / backend / mobile", "and/or".
_SLASHED = lazy(r"(?<![\w./:@-])[A-Za-z][A-Za-z'-]*(?: ?/ ?[A-Za-z][A-Za-z'-]*)+(?![\w./:@-])")


def _slashed(found: list[Word], text: str) -> None:
    """Mark the words of the text joined by a slash ("a mentor/buddy"),
    each with where the word it is joined to is."""
    pairs: set[tuple[str, str]] = set()
    for m in _SLASHED.finditer(text):
        parts = [text_words(part) for part in m.group().split("/")]
        pairs.update((left[-1], right[0]) for left, right in zip(parts, parts[1:]) if left and right)
    for i in range(len(found) - 1):
        if (found[i].text, found[i + 1].text) in pairs:
            found[i].slashed += (1,)
            found[i + 1].slashed += (-1,)


def _before_people(texts: list[str], i: int) -> bool:
    """A seniority word that describes people: "senior engineers", "more junior team members"."""
    return any(t in vocab.PEOPLE for t in texts[i + 1 : i + 4])


def moved_scale_words(runs: list[tuple[list[Word], list[Word]]], avoided: bool,
                      fixed: Iterable[str] = ()) -> list[tuple[int, str]]:
    """One word (or phrase) of scale taken out in one place and another of
    the same scale put in elsewhere: one change along that scale, "I am
    polite at all times" -> "I am always polite" none, "... -> I am usually
    polite" less often. Words of one phrase go together. ``fixed``: scales
    read where their words are, not as moved."""
    directions: list[tuple[int, str]] = []
    for role in sorted(_MOVABLE_SCALES - set(fixed)):
        out = [(k, w) for k, (r, _i) in enumerate(runs) for w in r if not w.neutral and w.role == role]
        into = [(k, w) for k, (_r, i) in enumerate(runs) for w in i if not w.neutral and w.role == role]
        if not out or not into or {k for k, _w in out} & {k for k, _w in into}:
            continue  # in one run, read there; or nothing moved
        if len(phrases(w for _k, w in out)) != 1 or len(phrases(w for _k, w in into)) != 1:
            continue  # several on either side: read where they are
        direction = along(role, out[0][1].rank, into[0][1].rank)
        for _k, w in out + into:
            w.neutral = True
        if direction:
            directions.append(read_on_scale(role, direction, avoided))
    return directions


#: Scales whose words, joined by a slash, name a range on it: "small/medium problems", "team/org initiatives".
_RANGED_SCALES = frozenset({"size", "scope", "degree", "frequency"})


def slashed_ranges(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word],
                   avoided: bool) -> list[tuple[int, str]]:
    """Words of a scale taken out of, or put into, words of the same scale
    joined by a slash, the other side kept: the slash names a range, read
    by its ends. "small/medium problems" -> "small problems" takes its top
    off (size lowered), "-> medium problems" its bottom (size raised); put
    in, the other way ("small" -> "small/medium" reaches higher). Read
    against the word kept, not against none said, which would make one of
    the two a wording fix."""
    out: list[tuple[int, str]] = []
    for removed, inserted in runs:
        if removed and inserted:
            continue
        run, text = (removed, a) if removed else (inserted, b)
        if not run or any(w.neutral or not w.slashed for w in run):
            continue
        role = run[0].role
        if role not in _RANGED_SCALES or any(w.role != role for w in run):
            continue
        at = {id(w): i for i, w in enumerate(text)}
        inside = {at[id(w)] for w in run}
        kept = [text[at[id(w)] + step] for w in run for step in w.slashed if at[id(w)] + step not in inside]
        if not kept or any(k.role != role for k in kept):
            continue
        ranks = [w.rank for w in run], [k.rank for k in kept]
        whole, left = ranks[0] + ranks[1], ranks[1]
        before, after = (whole, left) if removed else (left, whole)
        direction = along(role, max(before), max(after)) or along(role, min(before), min(after))
        for w in run:
            w.neutral = True
        if direction:
            out.append(read_on_scale(role, direction, avoided))
    return out


#: Scales whose words say the same wherever they stand in a statement, more the higher.
_MOVABLE_SCALES = frozenset({"frequency", "certainty", "degree", "involvement", "count", "bound", "scope"})


#: Words of a run that, before "to", say an obligation: "Has to lead projects".
_OBLIGING = frozenset("have has had having".split())


def _plain_verb(words: Sequence[Word]) -> bool:
    """Whether the words a run changes on one side say no more than the
    plain verb does: none at all, or only function words ("is", "to"),
    not a word of obligation ("has to"), a modal or a hedge."""
    return all(w.role in NEUTRAL_ROLES and w.text not in _OBLIGING for w in words)


def scale_directions(
    removed: Sequence[Word], inserted: Sequence[Word], avoided: bool = False, *, plain: bool = True
) -> list[tuple[int, str]]:
    """Which way a run that changes only words of scale moves the bar: +1 raises, -1 lowers.
    ``avoided``: the text says what it names is done rarely or never, so more often asks less.
    ``plain``: the run changes no word of meaning beside its words of scale (the caller reads such
    words itself: "Is expected to" -> "Is able to" swaps "expected" for "able")."""
    out: list[tuple[int, str]] = []
    roles = {w.role for w in (*removed, *inserted)} - NEUTRAL_ROLES - {"help-topic"}
    for role in sorted(roles):
        before = [w.rank for w in removed if w.role == role]
        after = [w.rank for w in inserted if w.role == role]
        if role == "scope":
            before, after = _scope_ranks(removed), _scope_ranks(inserted)
        if role == "learning" and traded_for_help(removed, inserted):
            # "Learning contributor" -> "Guided contributor": both say the level is not asked to do it
            # alone; one for the other is read by the help alone, which "learning" does not say.
            continue
        if role == "scope" and roles & {"bound", "owner"} and not (before and after):
            continue  # "in their team", "the services my team owns" taken out: read as a bound or an owner
        if role == "bound" and _scopes_named_apart(removed, inserted):
            # "used by other teams" -> "used by the whole company": the scope named says how far it reaches,
            # the whole company beyond other teams; "other" taken out narrows nothing.
            continue
        if role == "involvement" and not (before and after) \
                and any(w.role == "degree" or w.role == "learning" and _only_knowing(removed, inserted)
                        for w in (inserted if before else removed)):
            # "I understand X" -> "I am familiar with X", or "I learn X": knowing said by how well, or as
            # still being learnt (read on mastery), not a plain verb of doing.
            continue
        if role == "certainty" and bool(before) != bool(after) \
                and all(rank == vocab.CERTAINTY["can"] for rank in before or after) \
                and plain and _plain_verb(inserted if before else removed):
            # "Can onboard new hires" -> "Onboards new hires", "Is able to debug" -> "Debugs": a ladder's "can"
            # says what the level does, in another voice. Not a hedge ("may lead", "could lead"), which asks
            # less than the plain verb, nor against an obligation ("Is required to lead", "has to lead",
            # "needs to lead": "can" asks less) or a hedge of how often ("usually leads").
            continue
        alone = [w for w in (*removed, *inserted) if w.role == role]
        if bool(before) != bool(after) and all(w.approximates is not None for w in alone):
            # "nearly all the time" -> "all the time", "every commit" -> "almost every commit": read against the
            # word it qualifies, which the other text says alone.
            before, after = before or [w.approximates or 0.0 for w in alone], after or [w.approximates or 0.0 for w in alone]
        elif role == "frequency" and bool(before) != bool(after) and all(word_said(w) in vocab.HEDGES for w in alone):
            # "Usually estimates" -> "Estimates", "For the most part, estimates" -> "Estimates": with the hedge
            # gone, it is asked every time, more whatever it says how often of ("Their code is usually clean
            # and rarely needs a refactor" -> "... is clean and rarely ...": the hedge is no word of how
            # often what is avoided is done).
            out.append(read_on_scale(role, 1 if before else -1, False))
            continue
        if role == "frequency" and bool(before) != bool(after) and all(
                _of_a_period(w) for w in (*removed, *inserted) if w.role == role):
            # A period put in where none was said ("every quarter", "yearly", "once a year") is a
            # recurring obligation: asked for more, however rarely it comes round; taken out, less.
            # (Its rank stands on the scale of the words of frequency, where no word is
            # "sometimes" to "often": a yearly one is not "rarely".)
            direction = 1 if after else -1
        else:
            direction = _direction(role, before, after)
        if direction:
            out.append(read_on_scale(role, direction, avoided))
    return out


def shared_deeds(runs: list[tuple[list[Word], list[Word]]], a: list[Word], b: list[Word]) -> list[tuple[int, str]]:
    """A verb replaced in its place by itself with a prefix that shares the
    deed (``vocab.SHARING_PREFIXES``): "Hosts retros" -> "Co-hosts retros"
    is less involvement, as "Owns" -> "Co-owns" is; the other way, more.
    Who it is shared with, said after it in its clause ("with the Scrum
    master"), goes with it and asks nothing of its own."""
    out: list[tuple[int, str]] = []
    for removed, inserted in runs:
        for side, other, direction in ((inserted, removed, -1), (removed, inserted, 1)):
            for w in side:
                base = next((x for x in other if not x.neutral and _shares(w.text, x.text)), None)
                if w.neutral or base is None:
                    continue
                w.neutral = base.neutral = True
                out.append(read_on_scale("involvement", direction, False))
                _partner_named(runs, w, inserted is side and b or a)
    return out


def _shares(word: str, base: str) -> bool:
    """Whether ``word`` is ``base`` (or another form of its verb) with a prefix that shares the deed."""
    return any(word.startswith(prefix) and len(word) > len(prefix) + 2
               and stem(word.removeprefix(prefix)) == stem(base) not in _NOT_SHARED for prefix in vocab.SHARING_PREFIXES)


_NOT_SHARED = frozenset(map(stem, vocab.NOT_SHARED))


def _partner_named(runs: list[tuple[list[Word], list[Word]]], verb: Word, text: list[Word]) -> None:
    """Mark as read a run put in or taken out whole that names, after a
    shared verb in its clause, whom it is shared with: "with" and the
    people, a determiner before them and no other small word ("with the
    Scrum master", "with their lead"; not "with a focus on quality")."""
    for removed, inserted in runs:
        run = removed or inserted
        if (removed and inserted) or not any(x is run[0] for x in text) or run[0].text not in vocab.BESIDE:
            continue
        at = next(k for k, x in enumerate(text) if x is run[0])
        named = run[1:]
        if named and len(named) <= 4 and all(x.clause == verb.clause for x in run) \
                and any(x is verb for x in text[:at]) \
                and all(x.text in DETERMINERS or x.text in vocab.POSSESSIVES or x.role not in NEUTRAL_ROLES
                        for x in named) and named[-1].text not in FUNCTION_WORDS:
            for x in run:
                x.neutral = True


def kinds_of_a_thing(runs: list[tuple[list[Word], list[Word]]]) -> None:
    """An adjective of how often where the other text says no word of how
    often (adjective, adverb or period) in its place, read as a plain word:
    after a determiner, put in or taken out ("Follows the regular process"
    -> "the standard process" names the usual process, not one followed
    less often); and, with none, where other words take its place ("Fixes
    regular bugs" -> "Fixes critical bugs", "Gives regular updates" ->
    "Gives detailed updates": another kind of bug or update, words
    replaced). Against a word of how often ("the regular team sync" -> "the
    weekly team sync", "regular feedback" -> "occasional feedback") it stays
    on the scale, as "the quarterly roadmap" does; taken out or put in
    alone ("Gives regular feedback" -> "Gives feedback") it says how often."""
    for removed, inserted in runs:
        for side, other in ((removed, inserted), (inserted, removed)):
            if any(w.role == "frequency" for w in other):
                continue
            replaced = any(w.role != "function" for w in other)
            for w in side:
                if w.role == "frequency" and w.text in vocab.FREQUENCY_ADJECTIVES and (w.of_a_noun or replaced):
                    w.role, w.rank = "content", 0.0


def _only_knowing(removed: Sequence[Word], inserted: Sequence[Word]) -> bool:
    """Whether the words of involvement of a run are all verbs of knowing
    ("understand", "know"): what "learn" says is being acquired, where
    "contribute" for "I am learning to interview" is less involvement."""
    return all(w.text in vocab.KNOWING for w in (*removed, *inserted) if w.role == "involvement")


def _scopes_named_apart(removed: Sequence[Word], inserted: Sequence[Word]) -> bool:
    """Whether both sides name a scope, and of other ranks: what each reaches
    is said by its scope, whatever the bounds around it say."""
    before, after = _scope_ranks(removed), _scope_ranks(inserted)
    return bool(before and after) and max(before) != max(after)


def _scope_ranks(words: Sequence[Word]) -> list[float]:
    """The ranks of the scopes ``words`` name: those of its words of scope,
    and of a bound that names one ("cross-team", read as "across teams":
    several teams, above one team and below a department)."""
    return [w.rank if w.role == "scope" else float(vocab.scope_rank(w.text)) for w in words
            if w.role == "scope" or w.role == "bound" and vocab.scope_rank(w.text)]


def _of_a_period(w: Word) -> bool:
    """Whether a word of frequency is part of a period that says how often
    ("every quarter", "weekly", "once a year", "twice a month"), not a word
    of the scale of frequency ("often") or a phrase that says one ("from
    time to time"), nor a bound put on a period ("or less often"), nor a
    kind of a thing ("the quarterly roadmap": read on the scale, as before)."""
    return w.says is None and (w.phrase >= 0 or w.text in vocab.PERIODIC) and not w.of_a_noun


def _direction(role: str, before: list[float], after: list[float]) -> int:
    if role == "guidance" and before and after and (max(before) or max(after)):
        return sign((max(before) or UNSTATED_GUIDANCE) - (max(after) or UNSTATED_GUIDANCE))  # less of it asks more
    if role in ("guidance", "learning", "condition", "allowance", "owner"):
        # with help, learning, when asked, in part, someone's: taken out, more is asked
        return (1 if before else 0) - (1 if after else 0)
    if role == "independent":
        negated = max(before, default=0.0), max(after, default=0.0)  # the amount of help each negates
        if before and after and any(negated):
            return sign(negated[0] - negated[1])  # "without constant input" -> "without regular input": more
        return (1 if after else 0) - (1 if before else 0)
    if role == "bound":  # a bound added narrows (-1 * +1), a widening removed narrows
        return int(sign(sum(after) - sum(before)))
    if role in ("scope", "count", "deadline", "span", "level"):
        if before and after:
            return along(role, max(before), max(after))
        # A scope named is wider than none, a number asks for what it counts;
        # taken out, less is asked.
        return 1 if after else -1
    unstated = UNSTATED[role]
    old = max(before) if before else unstated
    new = max(after) if after else unstated
    return along(role, old, new)
