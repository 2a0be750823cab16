"""Grading a rewording as a reader would: does it ask for more, less, or the same?

The two texts are compared word by word (formatting and export debris
aside: what LL504 removes) and each changed run of words is read:

- **editorial** (what is expected does not change): spelling (a slip of the
  hand in a small word too: "teh" / "the"), inflection and
  words joined or parted ("eachother" / "each other", "well-defined" /
  "well defined"); word order (the same words elsewhere in the text);
  punctuation and spacing; small words (articles, pronouns, prepositions
  such as "during" / "for", conjunctions, connectors such as "instead" or
  "therefore", auxiliaries and their forms ("doing" / "done"), "how" before
  "to" ("learning to" / "learning how to"); none of them a misspelling of
  a word that is not small: "their" / "other"); a word the text already
  has elsewhere; a
  qualifier that asks nothing new ("appropriate", "good"); one word for
  another known to say the same (a synonym of ``vocabulary.SYNONYMS``:
  "issues" / "bugs"; not one only related or alike in spelling, "review" /
  "approve", "SLO" / "SLA", which asks another thing), and several
  words that say what one says for it ("break down" / "split", "in a
  timely manner" / "promptly", "easy to read" / "readable", "other people"
  / "others", "team members" / "teammates", "acts as" / "is", "take care
  of" / "look after", "speak up" / "voice my opinion", "get buy-in" / "win
  support"); a compound for its
  words in another order ("peer-reviewed" / "reviewed by peers"); a light verb
  and its noun for the noun's verb ("take ownership of" / "own"), and a
  light verb for one verb ("have a high standard" / "hold a high
  standard"); a noun for its adverb, one word in another part of speech
  ("with clarity" / "clearly", "with care" / "carefully"); "am" for
  a verb that says it lasts ("am on top of" / "stay on top of"); a brand name
  replaced or removed with the words around it ("as we did at Dropbox"); both
  ends of a range put in or taken out ("the risk in the short and long
  term" / "the risk"), which is the whole range; and
  examples, in brackets or after a marker ("(e.g. PGP, training)", ",
  for example READMEs"), or things listed in brackets or after "such as"
  ("tools (Grafana, Honeycomb)"); one side of two words joined by a slash
  taken out or put in, the other kept ("a mentor/buddy" / "a mentor",
  "unit/integration tests" / "unit tests"): a slash says neither that
  both are asked nor that either will do, most often it gives one thing
  two names, so it reads neither as fewer ways to meet the statement nor
  as less asked;
- a change along one of the scales of growth (``ladderlint.vocabulary``):
  more or less often ("always", "regularly"; "sometimes"; "every day" >
  "every week", "daily" > "weekly", "twice a year" > "once a year", "one
  week in four" > "one week in six", "twice a day" > "daily", "one
  project a quarter" > "one project a year"; periods the
  same within the calendar's slack, a month being four weeks to four and a
  half and a year twelve months or 52 weeks, are one: "every four weeks" =
  "monthly", "twice a month" = "every two weeks", "every six months" =
  "twice a year", "one week in four" = "every four weeks" (a phrase of how
  often changed in part, "four" kept, is read whole), "twice weekly" =
  "twice per week" = "twice a week", "semi-annually" = "twice a year", "at
  least once a quarter" = "quarterly" = "quarterly or more often" (a period says how often at least;
  "or less often" makes it how often at most, which asks less), "biennially" =
  "every two years", and for deadlines "within a month" = "within four weeks"; a hedge, "usually", "typically",
  "generally" or "mostly", taken out leaves it asked every time, as
  "always" does; what is said to be done "never" or "rarely" is to be
  avoided, so more often asks less: "never" > "rarely"), a tighter or looser deadline ("within a
  day" < "within a week", "within half a day" < "within 1.5 days" < "within
  two days", "in four weeks" < "in six weeks", "after 3 months" < "after 6
  months", "by the end of
  the month" < "by the end of the quarter"; "in" only before a counted
  time, not "in 2 teams", "in sprints" or "one in four weeks"; a deadline
  changed in part read whole: "in my first two weeks" < "in my first
  week"; another person's first weeks, or anyone's after "during",
  "for", "over" or "throughout", are the span of an engagement, where
  longer asks more whatever the preposition: "a culture coach for a new
  team member in their first month" < "... during their first three
  months"; one's first weeks a deadline in one text and a span in the
  other needs a reader; a sprint against a period of the calendar is any length a
  team's sprints have, a week to four: "every sprint" < "every week",
  "within a sprint" / "within two weeks" needs a reader; a working or
  business day is a day of a five-day week: "within five working days" =
  "within a week"), how many ("all" > "most"; "or" -> "and" asks
  for both), more or fewer ("one or two" < "three or more"; a vague word
  names a span, "a few" two to four: "2-3" < "several"; a number
  read with its unit, however written, "200ms" = "0.2 s", "10k" = "10,000",
  "99.9%" = "99.9 percent", "the 99th percentile" = "p99"; under a most,
  "under", "below", "fewer than", "at most", "within", "or less", a lower
  number asks more, as a tighter deadline does: "under 200ms" < "under
  100ms", "below 1%" < "below 0.1%"; a higher percentile under a most asks
  more, "p95 under 300ms" < "p99 under 300ms"), more or less
  certainly ("must"; "may", "can"), a wider or narrower scope (team < group
  < organisation < company < industry; "within their own code" narrows it,
  "in their team" removed widens it, "across teams" and "other teams"
  widen it; an "or" that offers a wider scope, "the immediate or extended
  team", "their team or organisation", says how far the work reaches, not
  one more way to meet it; nor does an "or" that gives the role held
  another title, "As a Software Engineer IV or Platform Manager": a name,
  which asks nothing new), a higher or
  lower audience ("senior engineers" > "engineers" > "junior engineers";
  people an audience in one text and the ones who help in the other, "with
  less experienced engineers" -> "with more experienced engineers", are
  read as help had, and so is the subject helped where it helped: "I
  mentor junior engineers" -> "I am mentored by senior engineers"),
  a higher or lower level named ("beyond L3" < "beyond L4", "as an L5
  would" < "as an L6 would"),
  more or less autonomy ("independently", "on my own", "alone", "by
  myself"; "with guidance", work said to be reviewed ("reviewed by my lead"),
  "with my manager", "with help from the security team", "relies on
  others", "(usually with others)" where how often it is shared is said,
  not "collaborates with others"; help traded for independence
  however each is said: "Works independently" -> "Needs help"; help
  negated, as far as the amount negated says: "without the need for
  constant input" > "with regular input"; help needed less often:
  "rarely needs direction" > "often needs direction"; what help
  is needed with: "needs help with complex tasks and estimates" -> "...
  with complex tasks" asks more), on a condition or
  not ("when asked", "if needed", "on request", "where appropriate",
  "(optional)"), larger or smaller work ("simple" < "large", "defined" <
  "ambiguous", "well-scoped" < "loosely scoped"), how good or how deep
  ("a reasonable level of quality" < "good" < "of high caliber" <
  "the highest standards", "basic" < "deep"; an adverb of intensity moves
  the word it qualifies, "reasonably good" < "good" < "very good"; "high"
  only of a standard, a bar or a level of something, not "high-level
  design"), more or less involvement ("help", "use", "read",
  "understand", "know" < a plain verb of making it, "implement", "write",
  "build" < "lead"; not "knows when to", which says the act;
  "support", "lead" or "use" where it stands as a verb, not "provide
  support", "the tech lead", "the use of"), and a skill had
  rather than being learnt ("I'm gaining" < "I have");
- a word of scale for a plain word, read on its scale against the plain
  word ("I work with product" -> "I lead product": more involvement);
- a qualifier of what is to be absent, after a negation, a word of
  avoiding or "free of" in its clause ("free of obvious bugs" -> "free of
  bugs", "avoids risky shortcuts" -> "avoids shortcuts"): taken out, more
  is to be absent, which asks more; put in, less;
- a negation added or taken out ("I escalate risks" -> "I don't escalate
  risks"), wherever else the text has one: the opposite is asked, which
  reads both ways; one form of negation for another ("do not" -> "never",
  "with no" -> "without") and a clause joined to one the same negation
  covers are wording;
- a word of a scale listed with "and" beside another of its scale and
  of another rank ("major incidents" -> "major and minor incidents"): both
  kinds are asked, which asks more, however low the word stands; taken
  out, less;
- anything else changes what is asked: words added ask for more
  (raises-bar); words taken out ask for less (lowers-bar); both, for more,
  unless what was added is small beside what was dropped (a third of it or
  less) and puts in no new action: a verb the old text did not have, of
  no less involvement than the words it takes the place of ("I ask
  questions to clarify expectations" -> "I set expectations" asks another
  thing, not less; "Takes responsibility for quality ..." -> "Delivers
  quality code" gives up owning for making), and where it is one verb for
  one, of more ("I adapt my work" -> "I drive change"; "I write clear
  design documents" -> "I produce design documents" is a synonym, its
  qualifiers taken out).

A scale word is read as such only where the run it is in holds nothing else
of meaning; inside a rewritten clause it counts as a word like any other, and
so does a verb of involvement taken out or put in beside another the text
keeps ("reads and writes docs" -> "writes docs": a verb taken out). Not a
condition, help had or a skill still being learnt, which ask less wherever
they are put in: "I improve our monitoring so that the team spends less
time on incidents" -> "I improve our monitoring when asked" asks less,
on a condition and with a purpose taken out. A
change that reads both ways is graded by its stronger side: raises-bar;
so is one whose way cannot be told, which needs a reviewer: a vague count
that overlaps what it replaces ("2-3" -> "a few", "within a few days" ->
"within three days"), "biannually" (twice a year or every two years)
put in, taken out or replaced, and a number whose way the words do not
say (``measured_numbers``): in another unit ("200ms" -> "200 rps"), its bound
turned ("under" -> "over"), after "up to" (a most or a reach), a
percentile with no bound, a version ("Python 3.11" -> "Python 3.12"), any
other word with a digit replaced ("IPv4" -> "IPv6"). A word with a digit
in it is never a slip of the hand nor a synonym: "99.9%" -> "99.95%".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ... import vocabulary as vocab
from ...dictionary import english, forms
from ...text import only_links_differ, strip_markdown
from ...text import words as text_words
from ..changes import Impact
from .autonomy import (
    HELPERS, ability_for_help, autonomy_traded, guidance_amount, help_given_for_help_had, help_moved,
    other_helpers, people_now_helpers, with_help,
)
from .counts import count_direction, levels_named, measured_numbers
from .neutral import (
    adverbs_for_nouns, another_word, both_ends, bounds_kept, changed_runs, compounds, easy_to, light_verb_for,
    light_verbs, linking_verbs, negation_flip, neutral_moves, neutral_repeats, neutral_respellings, new_action,
    one_side_of_a_slash, phrases_for_their_word, replaced_negations, spelt_out, things_said, whole_phrases,
)
from .periods import ambiguous_period, deadline_for_span, split_phrase, vague_time
from .scales import moved_scale_words, read, scale_directions
from .scope import (
    alternative, another_title, avoided_qualifier, concedes, either_way, listed_beside, one_of_two_ways,
    or_of_and_or, possibility_described, wider_reach,
)
from .words import (
    AUTONOMY, AUXILIARIES, BE, BrandNames, CLAUSE_STARTS, DETERMINERS, FUNCTION_WORDS, FUTURE, LADDER_PEOPLE,
    NEUTRAL_ROLES, POSSESSIVES, QUALIFIERS, Word, ladder_subject, negating, read_on_scale, sign,
)

__all__ = ["BrandNames", "FUNCTION_WORDS", "Grade", "QUALIFIERS", "asks_nothing", "bars", "demand", "grade"]


# Brackets that give examples, which illustrate an expectation without being one.
_EXAMPLES = re.compile(
    r"\(\s*(?:e\.?\s?g\b\.?|eg\b|i\.?\s?e\b\.?|for example|for instance|such as|including|like)[^()]*\)",
    re.IGNORECASE,
)
# Examples after a marker without brackets, to the end of the sentence: ", e.g. READMEs and ADRs".
_EXAMPLES_AFTER = re.compile(
    r"(?<![^\s,;:(\u2013\u2014-])(?:e\.?\s?g\.?|eg\.?|for example|for instance)(?=[\s,:]).*?(?=[;.!?](?:\s|$)|$)",
    re.IGNORECASE,
)
# Things listed after "such as" or "including" to the end of the sentence: "tools such as Grafana and Honeycomb".
_LISTED_AFTER = re.compile(r"\b(?:such as|including)\s+([^;.!?()]*?)(?=[;.!?](?:\s|$)|$)", re.IGNORECASE)
# Brackets after a word, and what parts the things a list in them names.
_BRACKETS = re.compile(r"(?<=[^\s(])(\s*)\(([^()]*)\)")
_LIST_SEPARATORS = re.compile(r"\s*(?:[,/;]|\band\b|\bor\b|\betc\b\.?)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Grade:
    """The impact of a rewording, and the readings that led to it."""

    impact: Impact
    #: What was read, in the order found: "frequency raised", "words added" ...
    reasons: tuple[str, ...] = ()
    #: The way the readings of a scale of growth alone move the bar (words
    #: of meaning added, taken out or replaced aside): 1 raises, -1 lowers,
    #: 0 neither. A text that describes rather than asks (a level's summary)
    #: asks more only along a scale: "independently" -> "across the
    #: organisation".
    scale: int = 0


def grade(old: str, new: str, brands: "BrandNames | Iterable[str]" = (), levels: Iterable[str] = ()) -> Grade:
    """Grade the rewording of one expectation from ``old`` to ``new``.

    ``brands``: names of the organisations involved (the frameworks' own
    names and aliases), or a BrandNames made of them once for many texts;
    names of organisations known to publish their frameworks are always
    recognised. ``levels``: the ids of the ladder's levels, whose
    sequences ("IC" of IC1 ... IC7) name a level in a text, as "L4" and
    "level 4" always do: "operates beyond L4" -> "beyond L3" asks less.
    """
    from ...rules.ll504_export_debris import without_debris  # what `check --fix` removes is no expectation

    if only_links_differ(old, new):
        return Grade(Impact.EDITORIAL, ("a link written another way",))  # where it points asks nothing new
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    families = frozenset(rung.family for rung in map(vocab.id_rung, levels) if rung is not None)
    old_text, new_text = (_without_examples(strip_markdown(without_debris(text)), names) for text in (old, new))
    a, b = read(old_text, names), read(new_text, names)
    levels_named(a, families)
    levels_named(b, families)
    if [w.text for w in a] == [w.text for w in b]:
        return Grade(Impact.EDITORIAL, ("formatting",) if old != new else ())
    runs = changed_runs(a, b)
    # Read before the words of the runs are neutralised: "annually" -> "biannually" is no slip of the hand.
    unsure = ambiguous_period(runs) or vague_time(runs, a, b)
    # Read before a slip of the hand is looked for: "99.9%" -> "99.95%" is no slip.
    measured = measured_numbers(runs, a, b, families)
    one_side_of_a_slash(runs, a, b)
    neutral_moves(runs)
    adverbs_for_nouns(runs)
    bounds_kept(runs, a, b)
    phrases_for_their_word(runs)
    compounds(runs, a, b)
    whole_phrases(runs)
    # "Never ships untested code": what is said to be done rarely or never is to be avoided.
    avoided = any(w.role == "frequency" and w.text in vocab.AVOIDING_FREQUENCY for w in (*a, *b))
    directions = moved_scale_words(runs, avoided) + measured
    turned = deadline_for_span(runs)
    if turned:
        directions.append(turned)
    for role in ("deadline", "span", "frequency"):
        split = split_phrase(role, runs, a, b, avoided)
        if split:
            directions.append(split)
    for removed, inserted in runs:
        light_verbs(removed, inserted)  # before a respelling takes the noun alone
        light_verbs(inserted, removed)
        spelt_out(removed, inserted, old_text)
        spelt_out(inserted, removed, new_text)
        neutral_respellings(removed, inserted)
    linking_verbs(runs)
    easy_to(runs, a, b)
    whole_phrases(runs)
    neutral_repeats(runs, a, b)
    both_ends(runs)
    # How many, read over both whole texts: "one or two" -> "three or more"
    # changes two runs, and "one or two" -> "one" only takes a word out.
    counted = count_direction(runs, a, b)
    if counted:
        directions.append(counted)
    ability_for_help(runs, a, b)
    moved_help = help_moved(runs, a, b) or help_given_for_help_had(runs, a, b)
    if moved_help:
        directions.append(moved_help)
    added = dropped = 0
    acted = False  # a new action put in where words were taken out: another thing asked, not less
    for removed, inserted in runs:
        for w in (*removed, *inserted):
            if w.role in AUTONOMY and w.text in POSSESSIVES:
                w.neutral = True  # "with manager" -> "with my manager": the same help
    replaced_negations(runs, a, b)
    for removed, inserted in runs:
        conceded = concedes(inserted, b), concedes(removed, a)
        if conceded[0] and conceded[1]:
            continue  # "though not always" -> "though not necessarily": one concession, said another way
        if conceded[0] != conceded[1]:
            # "..., though not necessarily for every change", "I don't always": less is asked. Put for a
            # plain negation ("(not implement it)" -> "(but doesn't necessarily implement it)"), neither asks it.
            # Of help needed or what is to be avoided ("I don't necessarily need guidance", "I don't always
            # miss deadlines"), the other way round.
            if not any(negating(w) for w in (removed if conceded[0] else inserted)):
                text, run = (b, inserted) if conceded[0] else (a, removed)
                clauses = {w.clause for w in run if negating(w) or w.text in vocab.CONCEDED}
                against = any(w.role in AUTONOMY or w.text in vocab.AVOIDING for w in text if w.clause in clauses)
                direction = (-1 if conceded[0] else 1) * (-1 if against else 1)
                directions.append((direction, "a concession added" if conceded[0] else "a concession taken out"))
            continue
        flipped = negation_flip(removed, inserted, a, b)
        if flipped:
            directions.append(flipped)
        live_removed = [w for w in removed if not w.neutral and not (counted and w.role == "count")
                        and w.role != "negation"]
        live_inserted = [w for w in inserted if not w.neutral and not (counted and w.role == "count")
                         and w.role != "negation"]
        said = ([w.text for w in removed if not w.neutral], [w.text for w in inserted if not w.neutral])
        if said in ((["or"], ["and"]), (["and"], ["or"])):
            # "unit or integration tests" -> "unit and integration tests": both are now asked.
            directions.append((1, "alternatives all asked") if said[0] == ["or"] else (-1, "one of them asked"))
            continue
        if said in ((["or"], []), ([], ["or"])) and or_of_and_or(removed or inserted, a if removed else b):
            # "reviews and/or writes" -> "reviews and writes": both are now asked; the other way, one of them.
            directions.append((1, "alternatives all asked") if removed else (-1, "one of them asked"))
            continue
        one_side = (inserted, b) if live_inserted else (removed, a)
        if not (live_removed and live_inserted) and (either_way(*one_side) or possibility_described(*one_side)):
            # "(alone or with a pair)": both ways allowed, neither asked; "This could be all of it or part":
            # what the statement may cover, described.
            continue
        changed = [w for w in live_removed + live_inserted if w.role not in NEUTRAL_ROLES]
        if changed and not (live_removed and live_inserted) and with_help(a) and with_help(b) \
                and other_helpers(changed):
            # "with guidance from my manager/TL" -> "from my manager": one fewer of those who may help, the
            # help had the same (with "and", both help: read as an amount of help).
            continue
        traded = autonomy_traded(live_removed, live_inserted)
        if traded:
            directions.append(traded)
            continue
        if changed and (all(w.role in AUTONOMY and w.rank for w in changed) or all(
                w.role == "guidance" and w.text not in HELPERS for w in changed) and with_help(a) and with_help(b)):
            # "with support" -> "with minimal support", "rarely needs" -> "often needs", "without constant
            # input" -> "without input", "work with my manager" -> "with my manager": the amount is read over
            # both whole phrases.
            amount = sign(guidance_amount(a, b) - guidance_amount(b, a))
            if amount:
                directions.append((amount, f"autonomy {'raised' if amount > 0 else 'lowered'}"))
            continue
        if changed and all(w.role == "help-topic" for w in changed) and not (live_removed and live_inserted):
            # "needs help with complex tasks [and estimates]": less to need help with asks for more.
            directions.append((1, "less help asked for") if live_removed else (-1, "more help asked for"))
            continue
        # "reads and writes docs" -> "writes docs": one of its verbs taken out, its involvement kept.
        joined_verb = not (live_removed and live_inserted) \
            and any(w.text in ("and", "or") for w in removed + inserted) \
            and any(w.role == "involvement" for w in live_removed + live_inserted)
        run = live_inserted if not live_removed else live_removed if not live_inserted else []
        if alternative(run, b if live_inserted else a) and wider_reach(run, b if live_inserted else a):
            # "the immediate or extended team" -> "the immediate team": how far the work reaches, narrowed; not
            # one way fewer to meet it.
            directions.append(read_on_scale("scope", 1 if live_inserted else -1, avoided))
            continue
        if alternative(run, b if live_inserted else a) and another_title(run, b if live_inserted else a):
            # "As a Software Engineer IV, ..." -> "As a Software Engineer IV or Platform Manager, ...": the role
            # given another name, as its level's title is; no other way to meet what the text asks.
            directions.append((0, "another name of the role"))
            continue
        if alternative(run, b if live_inserted else a):
            # "... in reviews" -> "... in reviews or in planning sessions": one more way to meet it asks for
            # less, whatever it says ("alone" -> "alone or with my team"); one taken away, for more.
            directions.append((-1, "an alternative added") if live_inserted else (1, "an alternative taken out"))
            continue
        if listed_beside(run, b if live_inserted else a):
            # "for major incidents" -> "for major and minor incidents": one more kind asked for, not a smaller one.
            directions.append((1, "words added") if live_inserted else (-1, "words taken out"))
            continue
        if all(w.role != "content" for w in live_removed + live_inserted) and not joined_verb:
            if people_now_helpers(live_removed, live_inserted, a, b):
                # "with less experienced engineers" -> "with more experienced engineers": the same people,
                # now the ones who help; read as help had, not also as an audience taken out.
                live_removed = [w for w in live_removed if w.role != "audience"]
                live_inserted = [w for w in live_inserted if w.role != "audience"]
            directions.extend(scale_directions(live_removed, live_inserted, avoided))
            continue
        if any(w.role in _ASKING_LESS for w in live_removed + live_inserted):
            # "... so that the team spends less time on incidents" -> "... when asked": a condition, help had
            # or a skill still being learnt asks less wherever it is put in, beside words rewritten too; it
            # is no word asked for.
            directions.extend(scale_directions([w for w in live_removed if w.role in _ASKING_LESS],
                                                [w for w in live_inserted if w.role in _ASKING_LESS], avoided))
            live_removed = [w for w in live_removed if w.role not in _ASKING_LESS]
            live_inserted = [w for w in live_inserted if w.role not in _ASKING_LESS]
        if avoided_qualifier(run, b if live_inserted else a):
            # "free of obvious bugs" -> "free of bugs": all bugs are now to be absent.
            directions.append((-1, "what is avoided narrowed") if live_inserted else (1, "what is avoided widened"))
            continue
        meaning_removed = [w for w in live_removed if w.role not in NEUTRAL_ROLES]
        meaning_inserted = [w for w in live_inserted if w.role not in NEUTRAL_ROLES]
        if any(w.role == "degree" for w in meaning_removed) and any(w.role == "degree" for w in meaning_inserted):
            # "Highly efficient at" -> "Reasonably good at": how well is read on its scale, whatever else the
            # run changes; the rest is read as words.
            directions.extend(scale_directions([w for w in meaning_removed if w.role == "degree"],
                                                [w for w in meaning_inserted if w.role == "degree"]))
            meaning_removed = [w for w in meaning_removed if w.role != "degree"]
            meaning_inserted = [w for w in meaning_inserted if w.role != "degree"]
        one_for_one = len(meaning_removed) == 1 and len(meaning_inserted) == 1 \
            or light_verb_for(live_removed, meaning_inserted, b) or light_verb_for(live_inserted, meaning_removed, a)
        if one_for_one and not any(w.role in AUTONOMY for w in meaning_removed + meaning_inserted) \
                and not another_word(meaning_removed, meaning_inserted):
            # "have a high standard" -> "hold a high standard": a light verb for one verb is one word for one.
            # One plain word for another is a synonym ("issues" -> "bugs");
            # a word of scale for a plain one is read on its scale. Not
            # independence for a plain word: "alone" -> "with others" asks
            # to work with others, which is no help had.
            directions.extend(scale_directions(
                [w for w in meaning_removed if w.role != "content"],
                [w for w in meaning_inserted if w.role != "content"], avoided))
            continue
        added += things_said(meaning_inserted)
        dropped += things_said(meaning_removed)
        acted = acted or new_action(meaning_inserted, meaning_removed, a, b)
    if added or dropped:
        if not dropped:
            directions.append((1, "words added"))
        elif not added:
            directions.append((-1, "words taken out"))
        elif added * 3 <= dropped and not acted:
            directions.append((-1, "more words taken out than added"))
        else:
            directions.append((1, "another action asked" if added * 3 <= dropped else "words replaced"))
    if unsure and unsure[1].endswith(" unclear"):
        # The way a word that cannot be told was read by itself ("biannually" as twice a year) says nothing.
        told = unsure[1].removesuffix(" unclear")
        directions = [d for d in directions if not d[1].startswith(f"{told} ")] + [unsure]
    elif unsure and unsure not in directions:
        directions.append(unsure)
    reasons = tuple(reason for _d, reason in directions)
    scaled = [d for d, reason in directions if reason not in _WORDS_OF_MEANING]
    scale = 1 if any(d > 0 for d in scaled) else -1 if any(d < 0 for d in scaled) else 0
    if any(d > 0 for d, _r in directions):
        return Grade(Impact.RAISES_BAR, reasons, scale)
    if any(d < 0 for d, _r in directions):
        return Grade(Impact.LOWERS_BAR, reasons, scale)
    return Grade(Impact.EDITORIAL, reasons or ("wording",))


#: The scales whose words ask less where they are put in: on a condition, with help, still learning.
_ASKING_LESS = frozenset({"condition", "guidance", "learning"})
#: The readings of words of meaning added or taken out, on no scale.
_WORDS_OF_MEANING = frozenset({"words added", "words taken out", "more words taken out than added", "words replaced",
                               "another action asked"})


def _without_examples(text: str, names: BrandNames) -> str:
    """A text without the examples it gives: in brackets after a marker
    ("(e.g. PGP, training)"), after a marker to the end of the sentence
    (", for example READMEs and ADRs") where they say nothing of how
    often, how many or without help, or that only list things, after
    "such as" or "including" to the end of the sentence ("tools such as
    Grafana and Honeycomb") or in brackets after what they illustrate
    ("observability tools (Grafana, Honeycomb)", "CS concepts (data
    structures, databases, DNS)"). A
    bracket that says how, how often or how far ("(at least weekly)",
    "(with guidance)", "(team-wide)") or adds a clause ("(and keep it up to
    date)") is part of the expectation."""
    # An example that says how often, how many or without help ("e.g.
    # always with tests", "(e.g. within a day)") sets a bar as the
    # statement does: it stays, and is read with it.
    illustrates = lambda m: " " if _says_no_scale(m.group(0), names) else m.group(0)  # noqa: E731
    text = _EXAMPLES_AFTER.sub(illustrates, _EXAMPLES.sub(illustrates, text))
    text = _LISTED_AFTER.sub(lambda m: " " if _names_things(m.group(1), names) else m.group(0), text)
    return _BRACKETS.sub(lambda m: " " if _names_things(m.group(2), names) else m.group(0), text)


#: What an example may not say and still only illustrate: how often or how
#: soon, how many, or without whose help.
_BARS_IN_EXAMPLES = frozenset({"frequency", "deadline", "count", "independent"})


def _says_no_scale(text: str, names: BrandNames) -> bool:
    """Whether an example says nothing of how often or how soon, how many,
    or without whose help ("e.g. always with tests", "(e.g. within a day)")."""
    return not any(w.role in _BARS_IN_EXAMPLES and not w.neutral for w in read(text, names))


def bars(text: str, brands: "BrandNames | Iterable[str]" = ()) -> frozenset[str]:
    """The words with which a text that is not itself an expectation (an
    example, a cell's note, a competency's description) sets a bar all the
    same: what an example may not say and still only illustrate (how often,
    how soon, how many, without whose help), where it asks at least what a
    plain statement asks, and an obligation.

    - how often: "always", "consistently", "regularly", "every sprint",
      "weekly", and what is to be avoided, "never", "rarely"; not a hedge
      ("usually", "typically": in most cases) nor "sometimes", which ask
      less than a plain statement does, nor how often after a concession
      ("not always, but often", "not necessarily every week"): it says
      what is usual, not what is asked;
    - how soon: "within a day", "by the end of the sprint"; not "in two
      years" or "after two years", as often the time something takes as
      the time allowed;
    - how many, as a minimum: "at least two" (not a number alone, which
      a text names years, levels and the situation with: "Level 3", "in
      2024", "data written in two or more services");
    - without help: "independently", "on my own";
    - an obligation: "must", "shall", "is expected to", "are required to".

    So "I always write a design document before any change" sets a bar
    ({"always"}), and "For example, the migration of the billing service"
    or "Area of ownership and level of autonomy" do not. Empty where the
    text only explains or illustrates."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    found = read(strip_markdown(without_debris(text)), names)
    texts = [w.text for w in found]
    out = set()
    conceded = -2  # the clause of the last concession read ("not always"), none yet
    for i, w in enumerate(found):
        if negating(w) and texts[i + 1:i + 2] and texts[i + 1] in vocab.CONCEDED:
            conceded = w.clause
        if w.neutral or w.text in FUNCTION_WORDS:
            continue
        if w.role == "frequency" and (w.clause == conceded or w.clause == conceded + 1 and _opens_with(
                found, w.clause, CLAUSE_STARTS)):
            continue  # "not always, but often", "not necessarily every week": how often it is done, conceded
        if any(negating(x) for x in found[max(0, i - 2):i]) or w.role == "independent" and one_of_two_ways(found, i):
            continue  # "not expected to", "not always"; "independently or with a pair": no bar set
        if w.role == "frequency" and w.phrase >= 0 and w.says is None \
                and any(x.phrase == w.phrase and x.role == "frequency" for x in found[i + 1 : i + 5]):
            continue  # "every day", "twice a week": one bar, named by the phrase's last word
        if w.text in vocab.PERIODIC and i and texts[i - 1] in DETERMINERS:
            continue  # "the daily standup", "a weekly release": a thing named, not how often it is done
        if w.role == "frequency":
            asks = w.text in vocab.AVOIDING_FREQUENCY or (
                w.text not in vocab.HEDGES and w.rank >= vocab.FREQUENCY["often"])
        elif w.role == "count":
            asks = texts[max(0, i - 2):i] == ["at", "least"]
        elif w.role == "certainty":
            asks = w.rank >= vocab.CERTAINTY["must"]
        elif w.role == "deadline":
            # "within a day", not "(most engineers) reach this level in two years": the time it takes, described.
            start = next(k for k in range(i, -1, -1) if k == 0 or found[k - 1].role != "deadline")
            asks = texts[start] not in vocab.COUNTED_DEADLINE_WORDS
        elif w.role == "content":
            asks = w.text in vocab.OBLIGED and texts[i + 1:i + 2] == ["to"]
        else:
            asks = w.role in _BARS_IN_EXAMPLES
        if asks:
            out.add(w.text)
    return frozenset(out)


def demand(text: str, brands: "BrandNames | Iterable[str]" = ()) -> str | None:
    """What a sentence of a text that is not itself an expectation (a note,
    an example, a description) asks of the people on the ladder where it
    says what they do as a statement does, with no word of a bar
    (``bars``): its subject is those people ("I", "you", "Engineers at this
    level", "Every engineer", "Someone in this role"), and its verb
    says what they do, now ("Engineers at this level present their work at
    the quarterly all-hands": "present their work at the quarterly
    all-hands"). None where it does not: another subject ("Templates live
    in the design repository", "We use the architecture guide"), none ("The
    billing migration", "Uses locking where appropriate": an illustration);
    what may be ("You can find the templates in the wiki"), what is usual
    ("Engineers here typically own one service", "Most engineers reach this
    level in two years"), what was ("I decided to X instead of Y"), what is
    done to them ("Engineers at this level are assessed on their impact"),
    what they are not to do or need not do (the negation is read by
    ``bars`` where it asks: "never"), who they are ("Engineers at this
    level are senior ICs"), what they think (a comment quoted: "I think
    this code could be improved"), or a question."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    plain = strip_markdown(without_debris(text)).strip()
    found = read(plain, names)
    if not found or plain.endswith("?"):
        return None
    expected = _expected_of_them(found)
    if expected is not None:
        return expected
    subject = ladder_subject(found)
    if subject is None:
        return None
    k, verb_said = subject
    verb, rest = found[k], found[k:]
    said = [verb_said, *(w.text for w in rest)] if verb_said else [w.text for w in rest]
    if said[0] in FUTURE and said[1:2] == ["be"]:
        said = said[1:]  # "You will be assessed": what is done to them, read as "are assessed" is
    if said[0] in vocab.POSSIBILITY or said[0] in _PAST or said[0] in _IRREGULAR_PAST or _past(said[0]) \
            or said[0] in _OPINION \
            or said[0] in _RECEIVING or any(word in _LADDER_STEPS for word in said[1:4]) \
            or said[0] in _REPORTING and said[1:2] == ["to"] \
            or said[0] in BE and len(said) > 1 and _participle(said[1]) and said[1] not in vocab.OBLIGED:
        return None
    after = rest if verb_said else rest[1:]
    named = after[1:2] if after[:1] and after[0].text in ("a", "an") else after[:1]
    if said[0] in BE and any(w.role == "audience" or w.text in LADDER_PEOPLE for w in named):
        return None  # "Engineers at this level are senior ICs", "You are a senior engineer": who, not what they do
    verb_of_place, place = said[0], after
    if place and place[0].text == verb_of_place:
        place = place[1:]  # "will be part of": read from "be", "will" passed already
    elif verb_of_place in FUTURE and place and (place[0].text in _POSSESSING or place[0].text == "be"):
        verb_of_place, place = place[0].text, place[1:]  # "You'll have a mentor", "will have a budget"
    if _describes_their_place(verb_of_place, place):
        return None  # "are part of a squad", "have a mentor": where they are and what they have, not what they do
    # A negation in another clause says something else: "..., which is not required at lower levels".
    if any(negating(w) and w.clause == verb.clause for w in found) \
            or any(w.text in vocab.HEDGES or w.text in _DESCRIBING for w in found) \
            or any(w.text in vocab.FREQUENCY and w.rank < vocab.FREQUENCY["often"] for w in found):
        return None
    return " ".join(w.text for w in rest)


#: Verbs that say what someone thinks, as a comment quoted in an example does ("I think this could be ...").
_OPINION = frozenset("think thinks believe believes guess reckon suppose wonder".split())
#: Verbs that say what was, not what is asked.
_PAST = frozenset("was were had did used".split())
#: Words that say a sentence describes how many do what, not what each is to do: "Most engineers ...".
_DESCRIBING = frozenset("most some many few sometimes".split())


def asks_nothing(text: str, brands: "BrandNames | Iterable[str]" = ()) -> bool:
    """Whether a sentence of a level's summary asks nothing of the people on
    the ladder, whatever it says: it states what the organisation does
    ("Roomle does not currently hire Juniors", "We are not hiring at this
    level"), what the document does ("This level is documented for
    completeness"), points elsewhere ("See the boundaries page for
    context"), or is the label of a note ("Current organisational note.").
    Not where it sets a bar (``bars``), where the organisation asks them
    something ("We expect engineers at this level to ...", "Acme trusts its
    seniors to ..."), nor where the subject is the people, the organisation's
    ("Acme engineers own their services")."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    found = read(strip_markdown(without_debris(text)).strip(), names)
    if not found or bars(text, names):
        return False
    texts = [w.text for w in found]
    if texts[0] in _POINTING or len(texts) <= _LABEL_WORDS and texts[-1] in _NOTE_NAMES:
        return True
    if any((w.text in LADDER_PEOPLE or w.role == "audience") and "to" in texts[k + 1 : k + 6]
           for k, w in enumerate(found)):
        return False  # "We want engineers at this level to ...", "Acme trusts its seniors to ...": asked of them
    k = 0
    while k < len(found) and (found[k].role == "brand" or texts[k] == "we" and k == 0):
        k += 1  # "Roomle", "We": the organisation
    if not k and texts[:1] in (["the"], ["our"]) and texts[1:2] and texts[1] in _ORGANISATION:
        k = 2  # "The company", "Our organisation"
    if k:
        rest = [w for w in found[k:] if not (w.text.endswith("ly") or w.text in _NOT_YET_THE_VERB)]
        if not rest or rest[0].text in LADDER_PEOPLE or rest[0].role == "audience":
            return False  # "Acme engineers own their services": the people, the organisation's
        verb = rest[0].text
        if texts[0] == "we":
            # "We" may be the people on the ladder ("We own our services"): the organisation where it
            # hires, promotes or pays them.
            acts = [w.text for w in rest if not (w.text in BE or w.text in AUXILIARIES or w.text in FUTURE)]
            return bool(acts) and acts[0] in _ORGANISATION_ACTS
        # Its verb agrees with it: "Roomle hires", "Roomle does not" (not "Roomle Script literacy").
        agrees = verb in BE or verb in AUXILIARIES or verb in FUTURE or verb in vocab.POSSIBILITY or \
            verb.endswith("s") and any(english().verb(f) for f in forms(verb))
        return agrees and not any(w.text in _ASKING for w in rest[:3])
    # "This level is documented for completeness": what is done with the document, not asked of anyone.
    return texts[0] == "this" and len(texts) > 3 and texts[1] in _DOCUMENT_PARTS and texts[2] in BE \
        and _participle(texts[3]) and texts[3] not in vocab.OBLIGED


#: Words a pointer to another place opens with: "See the boundaries page", "Refer to ...", "cf. ...".
_POINTING = frozenset("see refer cf".split())
#: What the label of a note names itself ("Current organisational note."), of at most this many words.
_NOTE_NAMES = frozenset("note notes nb disclaimer".split())
_LABEL_WORDS = 4
#: What an organisation calls itself after "the" or "our": "The company does not ...".
_ORGANISATION = frozenset("company organisation organization business".split())
#: Words between a subject and its verb that are not the verb: "Roomle does not currently hire".
_NOT_YET_THE_VERB = frozenset("not also currently still now no longer".split())
#: What an organisation does to the people on its ladder: "We do not hire Juniors", "We promote twice a year".
_ORGANISATION_ACTS = frozenset(
    "hire hires hiring hired recruit recruits recruiting promote promotes promoting employ employs pay pays".split())
#: The parts of the document a sentence may be about: "This level is documented for completeness".
_DOCUMENT_PARTS = frozenset("level framework document page section ladder track".split())


def _expected_of_them(found: list[Word]) -> str | None:
    """What "We expect engineers at this level to ..." asks of them: the
    organisation as the subject, a verb of asking, the people of the ladder
    and what they are to do ("present at the all-hands"); None for any
    other sentence, or one that asks nothing ("We expect to hire")."""
    if len(found) < 4 or found[0].text != "we" or found[1].text not in _ASKING:
        return None
    people = next((k for k in range(2, min(len(found), 5)) if found[k].text in LADDER_PEOPLE), None)
    if people is None:
        return None
    to = next((k for k in range(people + 1, min(len(found), people + 6)) if found[k].text == "to"), None)
    if to is None or to + 1 >= len(found) or any(negating(w) and w.clause == found[to].clause for w in found):
        return None
    return " ".join(w.text for w in found[to + 1 :])


#: Verbs with which an organisation says what it asks: "We expect engineers at this level to ...".
_ASKING = frozenset("expect expects ask asks require requires".split())


#: Verbs of whom someone answers to: "Engineers at this level report to a director".
_REPORTING = frozenset("report reports".split())
#: Verbs of the group someone is in, as "are part of" says it: "Engineers at this level belong to a guild".
_BELONGING = frozenset("belong belongs".split())
#: Verbs of having: what follows is what the subject has, given or earned.
_POSSESSING = frozenset("have has".split())


def _describes_their_place(verb: str, after: list[Word]) -> bool:
    """Whether what follows the subject's verb (``verb``, then ``after``)
    says which group they are in or what they are given, and so does each
    verb joined to it ("are part of a product squad and have a dedicated
    manager"); not where another joined verb says what they do ("are part
    of a squad and lead its design reviews")."""
    predicates: list[tuple[str, list[Word]]] = [(verb, [])]
    k = 0
    while k < len(after):
        w = after[k]
        following = after[k + 1] if k + 1 < len(after) else None
        if w.text in ("and", "or") and following is not None and following.clause == w.clause \
                and following.text not in POSSESSIVES and (following.text in BE or following.text in _POSSESSING
                                                            or any(english().verb(f) for f in forms(following.text))):
            predicates.append((following.text, []))  # "and lead ...", "and have ...": another verb of the subject
            k += 2
            continue
        predicates[-1][1].append(w)
        k += 1
    return all(v in BE and _member_of_a_group(rest) or v in _POSSESSING and _given_to_them(rest)
               or v in _BELONGING and [w.text for w in rest[:1]] == ["to"] and _a_group(rest[1:])
               for v, rest in predicates)


def _member_of_a_group(after: list[Word]) -> bool:
    """Whether the words after "are" say which group of people the subject
    is in ("part of a product squad", "members of the platform guild", "a
    member of a cross-functional team"): where they sit, not what they do.
    Not part of an activity ("part of the on-call rotation", "part of the
    hiring panel"), which asks them to take part in it (``_a_group``)."""
    texts = [w.text for w in after]
    k = 1 if texts[:1] in (["a"], ["an"]) else 0
    if texts[k : k + 2] not in (["part", "of"], ["member", "of"], ["members", "of"]):
        return False
    return _a_group(after[k + 2 :])


#: After a group's name, the words that say what it does: "the team that runs the on-call rotation".
_WHO_DO = frozenset("that who which whose".split())


def _a_group(phrase: list[Word]) -> bool:
    """Whether a phrase names a group of people by where it sits, and no
    more ("a product squad", "the platform guild", "a team of five
    engineers", "a squad in the payments tribe"): to be in it describes
    someone. Not a group named by what it does, which asks them to do it:
    a duty ("the on-call rotation", "the team on call rotation", "the
    incident roster"), what follows it ("the team that runs the on-call
    rotation") or the people it is of ("the team of incident commanders")."""
    head = _head_noun(phrase)
    if head is None or not (vocab.scope_rank(head.text) >= vocab.SCOPE_RANK["team"] or head.text in vocab.UNITS):
        return False
    texts = [w.text for w in phrase]
    if any(t in vocab.DUTIES or t == "call" and texts[k - 1 : k] == ["on"] for k, t in enumerate(texts)):
        return False
    rest = phrase[phrase.index(head) + 1 :]
    if rest and rest[0].text in _WHO_DO:
        return False
    if rest and rest[0].text == "of":
        of = _head_noun(rest[1:])  # "a team of (five) engineers", not "the team of incident commanders"
        return of is not None and (of.text in vocab.PEOPLE or of.text in LADDER_PEOPLE
                                   or vocab.scope_rank(of.text) >= vocab.SCOPE_RANK["team"])
    return True


def _given_to_them(after: list[Word]) -> bool:
    """Whether what the subject is said to have (the words after "have") is
    what they are given, not what they have shown or hold: someone who
    guides them ("a mentor", "a manager and a tech lead", "a dedicated
    buddy"), help from someone ("support from their lead", "the support of
    their manager"), or a provision ("a learning budget", "access to
    production"). "A track record of shipping", "ownership of a service",
    "deep knowledge of SQL" and "oversight of the architecture" are what
    they are asked to have; so are people in their care ("two mentees",
    "direct reports")."""
    phrases: list[list[Word]] = [[]]
    for w in after:
        if w.clause != after[0].clause:
            break
        if w.text in ("and", "or"):
            phrases.append([])
        else:
            phrases[-1].append(w)
    if not all(phrases):
        return False
    for phrase in phrases:
        head = _head_noun(phrase)
        if head is None:
            return False
        rest = [w.text for w in phrase[phrase.index(head) + 1 :]]
        if head.text in vocab.TIME_GIVEN and "to" in rest[:3]:
            return False  # "time to mentor two engineers", "time set aside to mentor": the activity asked
        if head.text in vocab.GUIDING_ROLES or head.text in vocab.PROVISIONS:
            continue  # "a mentor who ...", "a budget for conferences", "access to production"
        if (head.text in vocab.GUIDANCE_NOUNS or head.text in vocab.HELP_EITHER_WAY) and (
                not rest or rest[0] in vocab.SOURCE_WORDS or rest[0] == "of" and any(
                    t in vocab.GUIDING_ROLES or t in vocab.PEOPLE for t in rest[1:4])):
            continue  # "support from their lead", "the support of their manager"; not "oversight of the architecture"
        return False
    return True


def _head_noun(phrase: list[Word]) -> Word | None:
    """The noun a phrase names, at the end of its first words before a word
    of grammar ("a dedicated mentor" who ..., "a learning budget" for ...):
    the last word of meaning before the first small word after them."""
    head = None
    for w in phrase:
        if w.text in FUNCTION_WORDS and w.text not in POSSESSIVES:
            if head is not None:
                break
            continue
        if w.text not in POSSESSIVES:
            head = w
    return head


#: Verbs in the past that do not end in -ed: "I led the kickoff", "I wrote down the questions".
_IRREGULAR_PAST = frozenset(
    "led wrote built ran took made gave saw went found brought taught thought met won began chose drove spoke "
    "left kept held sent told knew grew drew fought caught sold bought paid rose stood understood became came "
    "got felt heard lost meant spent".split()
)
#: Verbs that say what someone is given, not what they do: "Engineers at this level get a conference budget".
_RECEIVING = frozenset("get gets receive receives earn earns".split())
#: Words of the ladder itself after the verb: "Engineers move to this level after a review", "reach this grade".
_LADDER_STEPS = frozenset("level levels grade grades band bands rung rungs ladder promotion promotions promoted".split())


#: Participles not made with -ed: "Engineers are paid on band B", "You are given a mentor".
_IRREGULAR_PARTICIPLES = frozenset(
    "paid given taken seen made known held told sent shown chosen written put set led kept brought found "
    "taught thought sought met heard won".split()
)


def _participle(word: str) -> bool:
    """Whether a word after "are" reads as a participle: what is done to the subject."""
    return _past(word) or word in _IRREGULAR_PARTICIPLES


def _past(word: str) -> bool:
    """Whether a word reads as a verb in the past ("decided", "presented"), not "need" or "embed"."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _opens_with(found: list[Word], clause: int, opening: frozenset[str]) -> bool:
    """Whether a clause's first word is one of ``opening`` ("but often")."""
    return next((w.text for w in found if w.clause == clause), None) in opening


def _names_things(inside: str, names: BrandNames) -> bool:
    """Whether a bracket's text is a list of things named (each of a few
    words, none of scale, help, negation or condition), or one name ("(Grafana)",
    not "(optional)")."""
    items = [item for item in _LIST_SEPARATORS.split(inside) if item.strip()]
    if not items or any(len(text_words(item)) > 4 for item in items):
        return False
    if len(items) == 1 and inside.islower():
        return False
    return all(w.role in ("content", "qualifier", "brand") or w.text in POSSESSIVES
               for w in read(" , ".join(items), names))
