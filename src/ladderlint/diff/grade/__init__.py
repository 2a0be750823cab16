"""Grading a rewording as a reader would: does it ask for more, less, or the same?

The two texts are compared word by word (formatting and export debris
aside: what LL504 removes) and each changed run of words is read:

- **editorial** (what is expected does not change): spelling (a slip of the
  hand in a small word too: "teh" / "the"), inflection and
  words joined or parted ("eachother" / "each other", "well-defined" /
  "well defined"); word order (the same words elsewhere in the text,
  each on the same side of a negation or a contrast, "not", "rather
  than", and a condition, a verb or a word of how many, how often or how
  surely said of the same verb: "fixes bugs when asked and writes tests"
  -> "fixes bugs and writes tests when asked" asks more in one way and
  less in another, as a negation moved across words does, "debugs their
  own code, not code written by others" -> "debugs code written by
  others, not their own code");
  punctuation and spacing; small words (articles, pronouns, prepositions
  such as "during" / "for", conjunctions, connectors such as "instead" or
  "therefore", auxiliaries and their forms ("doing" / "done"), "how" before
  "to" ("learning to" / "learning how to"), "too" closing a clause as "also"
  does (not "too many"), "one" with no noun after it that it counts ("when
  one is needed", "the right one"; not "one service"); none of them a misspelling of
  a word that is not small: "their" / "other"); a word the text already
  has elsewhere, on the same side of a negation; words the text says
  before, said once and pointed back at ("do the same", "do so", "them":
  "do the same" for all that the verb before it asks); a word the next
  one says again ("first before"); a
  qualifier that asks nothing new ("appropriate", "good"; "healthy" before
  its noun); a word replaced
  in its place by "one" that stands for it ("the right tool" / "the right
  one"); one word for
  another known to say the same (a synonym of ``vocabulary.SYNONYMS``:
  "issues" / "bugs"; a synonym of a word of scale at that word's place on
  it, "understand" / "grasp"; not one only related or alike in spelling, "review" /
  "approve", "SLO" / "SLA", which asks another thing), and several
  words that say what one says for it ("break down" / "split", "in a
  timely manner" / "promptly", "easy to read" / "readable", "other people"
  / "others", "team members" / "teammates" / "the people on the team",
  "acts as" / "is", "works
  with" / "collaborates with" (an adverb inside a phrase is read by
  itself: "works effectively with", "works well with", "works closely
  with"), "just because" / "because", "take care
  of" / "look after", "speak up" / "voice my opinion", "get buy-in" / "win
  support"); a compound for its
  words in another order ("peer-reviewed" / "reviewed by peers"); a light verb
  and its noun for the noun's verb ("take ownership of" / "own"), a verb
  with a preposition for one that says it of the same things in another
  order ("comes to their manager with problems" / "brings problems to their
  manager"), the same request with the one asked before what is asked for
  or after it ("seeks feedback from peers" / "asks peers for feedback"),
  "full", "whole", "entire" and "all of the" before what the work reaches
  ("across full product areas" / "across the whole product area"), and a
  light verb for one verb ("have a high standard" / "hold a high
  standard"), "have" for a verb of making what it names ("has
  documentation" / "produces documentation"); an outcome said as its deed
  ("ensures security is built in" / "builds security in"); a noun for its adverb, one word in another part of speech
  ("with clarity" / "clearly", "with care" / "carefully"); "am" for
  a verb that says it lasts ("am on top of" / "stay on top of"); a brand name
  replaced or removed with the words around it ("as we did at Dropbox"), or
  replaced by a proper name in its place, where neither framework names its
  organisation too ("associate with Monzo" / "associate with Bright"); a
  leader's title for another of the same office and field ("the VP
  Engineering" / "the Head of Engineering", "the CTO" / "the Head of
  Technology"; not "Director" / "VP", which are two offices); both
  ends of a range put in or taken out ("the risk in the short and long
  term" / "the risk"), which is the whole range; and
  examples, in brackets or after a marker ("(e.g. PGP, training)", ",
  for example READMEs"; not one put in that owns, leads or runs something
  the statement asks less of them in, "(e.g. runs hiring committees)" of
  "Contributes to hiring") or in a list led by bullets after a label
  ("Examples:\n- billing\n- the ledger"; not an item changed, read as
  words, nor one dropped that owns something or says how widely), the
  items of a list left open after its first, where it names things and
  the other text keeps it open ("opinion on code quality, coding
  standards etc." / "on code quality etc."; not duties: "You lead
  projects, mentor juniors etc.", nor scope, people or what is owned), or
  things listed in brackets or after "such as"
  ("tools (Grafana, Honeycomb)"); one marker of examples for another, the
  items kept ("such as pairing" / "for example pairing", "e.g." / "for
  instance by": ``subject.examples_marked_alike``); one side of two words joined by a slash
  taken out or put in, the other kept ("a mentor/buddy" / "a mentor",
  "unit/integration tests" / "unit tests"): a slash says neither that
  both are asked nor that either will do, most often it gives one thing
  two names, so it reads neither as fewer ways to meet the statement nor
  as less asked (words of one scale so joined name a range, read by its
  ends: ``scales.slashed_ranges``, "small/medium" / "small" lowers the bar);
- a change along one of the scales of growth (``ladderlint.vocabulary``):
  more or less often ("always", "regularly"; "sometimes"; "every day" >
  "every week", "daily" > "weekly", "twice a year" > "once a year", "one
  week in four" > "one week in six", "twice a day" > "daily", "one
  project a quarter" > "one project a year"; periods the
  same within the calendar's slack, a month being four weeks to four and a
  half and a year twelve months or 52 weeks (hours, days and weeks have
  no slack: "two weeks" > "13 days"), are one: "every four weeks" =
  "monthly", "twice a month" = "every two weeks", "every six months" =
  "twice a year", a part of a period as often as the period ("every
  weekend" = "weekly" in how often, though all of the week asks more than
  its weekend; "every weekday" = "daily", as "every working day" is),
  "every second week" = "every other week" = "every two weeks",
  "one week in four" = "every four weeks" (a phrase of how
  often changed in part, "four" kept, is read whole), "twice weekly" =
  "twice per week" = "twice a week", "semi-annually" = "twice a year", "at
  least once a quarter" = "quarterly" = "quarterly or more often" (a period says how often at least;
  "or less often" makes it how often at most, which asks less), "biennially" =
  "every two years", and for deadlines "within a month" = "within four weeks"; a hedge, "usually", "typically",
  "generally" or "mostly" (or a phrase that says one, "for the most part",
  "as a rule"), taken out leaves it asked every time, as
  "always" does, whatever else the text says how often of; "nearly" or
  "almost" brings "always", "all" or "every" short of itself ("nearly all
  the time" < "all the time"; "almost never" > "never"); what is said to be done "never" or "rarely" is to be
  avoided where the act says a failure ("misses a deadline", "causes
  outages": ``vocabulary.says_a_failure``), so more often asks less: "never" >
  "rarely"; of an act the words do not say is a failure ("holds reviews"),
  or of a failure beside a mending it is not the object of ("breaks the
  build when fixing bugs"), more often is read both ways), a tighter or looser deadline ("within a
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
  "within a week"; a working hour an hour of a clock that stops out of
  hours, so "within 2 working hours" < "within 4 hours" < "within 4
  working hours"; a calendar day a day), how many ("all" > "most"; "or" -> "and" asks
  for both; "one of the designs", "a few of our services" ask fewer
  than "designs", "services"), more or fewer ("one or two" < "three or more"; a vague word
  names a span, "a few" two to four: "2-3" < "several"; a number
  read with its unit, however written, "200ms" = "0.2 s", "10k" = "10,000",
  "99.9%" = "99.9 percent", "the 99th percentile" = "p99"; a length of
  time in another unit by its length, "90 days" < "six months" < "a year",
  "six months" = "26 weeks", a sprint a week to four; under a most,
  "under", "below", "fewer than", "at most", "within", "or less", a lower
  number asks more, as a tighter deadline does: "under 200ms" < "under
  100ms", "below 1%" < "below 0.1%"; a higher percentile under a most asks
  more, "p95 under 300ms" < "p99 under 300ms"; "up to" before a count
  is how far the work done reaches, not a limit to stay within, and reads
  as a plain count does: "reviews up to 3 designs a quarter" < "up to 5",
  "teams of up to 5 engineers" < "up to 10", as "up to level 4" < "up to
  level 5"), more or less
  certainly ("must"; "may", "can"; an attempt, "tries to", "endeavours to",
  "does their best to"; "can" or "able to" against the plain
  verb is wording: a ladder's "can" says what the level does; against an
  obligation, "is required to", "has to", it asks less), a wider or narrower scope (task <
  feature < project < team < group, where initiatives and programmes
  stand, < organisation < company < industry; "within their own code"
  narrows it, "in one team" and ", typically in one team" put in do too,
  "the wider team" widens it,
  "in their team" removed widens it, as "in their area" and whose the work is ("the code they own",
  "the services my team owns") do, "across teams" and "other teams"
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
  would" < "as an L6 would", "level 8a" < "level 8b" < "level 9"; so are
  bands and grades with a letter after the number, "band 7" < "band 8a"),
  more or less autonomy ("independently", "on my own", "alone", "by
  myself"; "with guidance", work said to be reviewed ("reviewed by my lead"),
  "with my manager", "with help from the security team", "relies on
  others", "(usually with others)" where how often it is shared is said,
  not "collaborates with others"; help traded for independence
  however each is said: "Works independently" -> "Needs help"; help
  negated, as far as the amount negated says: "without the need for
  constant input" > "with regular input"; help needed less often:
  "rarely needs direction" > "often needs direction", "review is rarely
  needed" > "review is needed" > "review is frequently needed"; what help
  is needed with: "needs help with complex tasks and estimates" -> "...
  with complex tasks" asks more), on a condition or
  not ("when asked", "if needed", "on request", "where appropriate",
  "wherever practical", "as far as possible",
  "(optional)", a label that makes it a choice: "Bonus:", "Nice to
  have:", "(stretch)", a noun said of it: "... is a plus", "... would be
  a bonus", "... is nice to have", and points offered for it: "Bonus
  points for ..."), in whole or with an allowance (in part, "all or part
  of", "at least partly", "This could be all aspects or only part of the
  process", "ownership of parts of the project"; or shared or helped beside done alone, "(individually or
  jointly with other people)", "either alone or with help": taken out,
  the whole duty, alone, is asked), larger or smaller work ("simple" < "large", "defined" <
  "ambiguous", "well-scoped" < "loosely scoped", "with little ambiguity" <
  "with high ambiguity"), narrower or wider work ("Leads incident reviews"
  -> "... for SEV1 incidents": a kind of a thing the text names), how good or how deep
  ("a reasonable level of quality" < "good" < "of high caliber" <
  "the highest standards", "basic" < "deep"; an adverb of intensity moves
  the word it qualifies, "reasonably good" < "good" < "very good"; "high"
  only of a standard, a bar or a level of something, not "high-level
  design"), more or less involvement ("help", "use", "read",
  "understand", "know" < a plain verb of making it, "implement", "write",
  "build" < "lead"; not "knows when to", which says the act;
  "support", "lead" or "use" where it stands as a verb, not "provide
  support", "the tech lead", "the use of"; "has exposure to" knows;
  "co-hosts" < "hosts"; "supports their lead in proposing" < "proposes"),
  and a skill had rather than being learnt ("I'm gaining", "is working
  towards integrating" < "I have");
- a word of scale for a plain word, read on its scale against the plain
  word ("I work with product" -> "I lead product": more involvement);
- an expectation negated or withdrawn ("I lead reviews" -> "I am not
  expected to lead reviews", "is not required to", "has no need to", "I
  can lead" -> "I cannot yet lead", "able" -> "unable", "I do not fail
  to" -> "I fail to", "This is not yet expected."): less is asked, and
  the other way more (``neutral.expectation_withdrawn``); not help said
  not to be needed, nor what is not expected to happen, nor a sentence of
  its own about another act (an exclusion);
- a qualifier of what is to be absent, after a negation, a word of
  avoiding or "free of" in its clause ("free of obvious bugs" -> "free of
  bugs", "avoids risky shortcuts" -> "avoids shortcuts"): taken out, more
  is to be absent, which asks more; put in, less;
- a negation added or taken out ("I escalate risks" -> "I don't escalate
  risks"), wherever else the text has one: the opposite is asked, which
  reads both ways; one form of negation for another ("do not" -> "never",
  "with no" -> "without") and a clause joined to one the same negation
  covers, or two words joined so ("not looking at or not working in" /
  "not looking at / working in"), are wording;
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
condition, help had, an allowance or a skill still being learnt, which ask
less wherever they are put in: "I improve our monitoring so that the team spends less
time on incidents" -> "I improve our monitoring when asked" asks less,
on a condition and with a purpose taken out. A condition of a state or an
event made something asked, its words kept, asks more ("Follows runbooks
when on call" -> "Is on call and follows runbooks": ``condition_made_a_duty``),
and the other way less. A
change that reads both ways is graded by its stronger side: raises-bar;
so is one whose way cannot be told, which needs a reviewer: a vague count
that overlaps what it replaces ("2-3" -> "a few", "within a few days" ->
"within three days"), "biannually" (twice a year or every two years)
put in, taken out or replaced, and a number whose way the words do not
say (``counts.measured_numbers``): in another unit ("200ms" -> "200 rps"), its bound
turned ("under" -> "over"), a measure after "up to" (a most or a reach:
"up to 200ms", "up to 10k rps"), "up to" put in or taken out before a
count ("3 designs" -> "up to 3 designs"), a
percentile with no bound, a version ("Python 3.11" -> "Python 3.12", "3.11
is used" -> "3.12 is used", "Python 3" -> "Python 3.11", "Java 8" -> "Java
17"), any
other word with a digit replaced ("IPv4" -> "IPv6"). A word with a digit
in it is never a slip of the hand nor a synonym: "99.9%" -> "99.95%".

Where each part is done (``ladderlint.diff.grade``):

- ``words``: a text split into words and clauses, numbers written out one
  way, the word sets the parts share, brand names, whom a clause is about;
- ``scales``: ``read``, the role each word plays, and which way a word of
  scale changed moves the bar;
- ``periods``: how often, deadlines and spans;
- ``counts``: counts, numbers measured, levels named;
- ``autonomy``: help, guidance and independence;
- ``scope``: scope and reach, "or" and the ways to meet a statement,
  concessions;
- ``neutral``: the editorial readings (respellings, synonyms, phrases,
  compounds, light verbs, both ends ...) and negations;
- ``subject``: examples, ``bars``, ``demand``, ``asked_in_summary``, ``asks_nothing`` and ``about_the_ladder``;
- this module: ``Grade`` and ``grade``, which weighs the readings.
"""

from __future__ import annotations

import functools
import re

from dataclasses import dataclass
from typing import Iterable, Sequence

from ... import vocabulary as vocab
from ...patterns import lazy
from ...text import QUESTION_OPENED, as_asked, as_seen, name_key, only_links_differ, other_language, other_script, without_possessive
from ...text import words as text_words
from ..changes import NOT_READ, Impact
from ..wording import label_still_said, stem, synonyms, topic_label
from .autonomy import (
    HELPERS, ability_for_help, autonomy_traded, conditions_of_help, guidance_amount, help_asked_now_done,
    generic_helpers, help_given_for_help_had, help_moved, help_of_the_clause_before, help_qualified, helpers_seniority, other_helpers,
    people_now_helpers, with_help,
)
from .counts import (
    amounts_of_time, count_direction, kinds_counted, levels_named, measured_numbers, number_of_things,
    sub_levels_unlettered, vague_counts_for_quantities,
)
from .neutral import (
    adverbs_for_nouns, another_word, both_ends, expectation_withdrawn, bounds_kept, brands_put_in, changed_runs, compounds, easy_to, known_synonym,
    light_verb_for, light_verb_taken_out, kept_told, light_verbs, opposites, linking_verbs, names_for_brands, NEGATION_PUT, negated_alone, negation_flip, role_noun_modifiers, negation_moved, neutral_moves,
    memberships, neutral_repeats, neutral_respellings,
    new_action, one_for_an_article, one_side_of_a_slash, phrases_for_their_word, pro_forms, pronouns_for_nouns,
    replaced_negations, requests_reordered, said_by_the_next, clause_said_as_a_noun, short_forms, spelt_out,
    fields_of_a_scope, outcome_said_as_deed, teammates_by_place, things_said, titles_renamed, verb_frames, whole_phrases,
)
from .periods import (
    ambiguous_period, deadline_for_span, deadline_for_vague_time, deadline_put_off, due_reworded, part_of_period, rate_direction, split_phrase, vague_time, waits,
    weekdays_only,
)
from .scales import (
    ASKING_LESS, condition_made_a_duty, conditions_reworded, conditions_taken_out, moved_scale_words,
    slashed_ranges, asks_another_thing, kinds_of_a_thing, qualifying_what_is_added, read, scale_directions,
    shared_deeds,
)
from .scope import (
    alternative, alternative_with_its_noun, another_title, avoided_qualifier, concedes, exception_put, excludes, kind_named,
    kind_restated, listed_beside,
    or_for_a_comma, or_of_and_or,
    hedged_bounds, owners_taken_out, possibility_described, restriction_taken_out, scopes_of_bounds_moved,
    whole_reach_alike, wider_reach,
)
from .subject import (
    EXAMPLE_MARKERS, about_the_ladder, actions_put_in, asked_in_summary, asks_nothing, bars, demand,
    examples_marked_alike, takes_charge_beyond, without_examples,
)
from .words import (
    AUTONOMY, BE, BrandNames, FUNCTION_WORDS, NEUTRAL_ROLES, POSSESSIVES, QUALIFIERS, SUBJECT_OPENERS, Word, as_spelt,
    meaning_words, negating, read_on_scale, sign, verbs,
)

__all__ = [
    "ANOTHER_THING_ASKED", "BrandNames", "FUNCTION_WORDS", "Grade", "NOT_READ", "QUALIFIERS", "Reading", "actions_put_in",
    "about_the_ladder", "asked_in_summary", "asks_nothing", "bars", "demand", "grade", "restates",
    "takes_charge_beyond", "unread_language", "words_read",
]


def unread_language(*texts: str) -> str | None:
    """The language of texts the grader does not read, as one rewording's
    two wordings or one sentence put in: their script read from all at once
    (a short one, "Решаю задачи", may not tell Russian from Ukrainian where
    the other does, "Решает задачи самостоятельно"), else the words of each
    (``text.other_language``). None where they read as English."""
    lists = [text_words(text) for text in texts]
    return other_script([w for found in lists for w in found]) \
        or next(filter(None, map(other_language, lists)), None)


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
    #: Lowers-bar beside a raises-bar ``impact`` where the rewording asks
    #: more in one way and less in another ("Runs meetings" -> "Attends all
    #: meetings": more meetings, a smaller part in them); None otherwise.
    also: Impact | None = None
    #: Whether a reading of a scale of growth lowers the bar, beside one that
    #: raises it (``scale`` 1): the ``also`` of a text that describes.
    scale_lowered: bool = False

    def __post_init__(self) -> None:
        # Each reading said once, where first found: two runs read alike ("scope lowered") are one reason.
        object.__setattr__(self, "reasons", tuple(dict.fromkeys(self.reasons)))

    @property
    def not_read(self) -> str | None:
        """The language of a rewording the grader did not read (``NOT_READ``), else None."""
        return next((reason.removeprefix(NOT_READ) for reason in self.reasons if reason.startswith(NOT_READ)), None)

    @property
    def scale_reasons(self) -> tuple[str, ...]:
        """The readings of a scale of growth (words of meaning aside): what
        moves the bar of a text that describes (``scale``)."""
        return tuple(reason for reason in self.reasons if reason not in _WORDS_OF_MEANING)


class Reading(str):
    """A reading of words of meaning ("words replaced", "words added" ...)
    with the words that carried it, one (taken out, put in) pair a changed
    run, either side empty where the run has none: what a reviewer judges
    by, where no scale says which way the text went. It is its reason as a
    string (compared, keyed and written out as that alone), so the code
    that reads reasons reads it unchanged."""

    words: tuple[tuple[str, str], ...]

    def __new__(cls, reason: str, words: tuple[tuple[str, str], ...]) -> "Reading":
        reading = super().__new__(cls, reason)
        reading.words = words
        return reading


def words_read(reason: str) -> tuple[tuple[str, str], ...]:
    """The words that carried a reading of words of meaning (``Reading``):
    (taken out, put in) pairs; none for another reading."""
    return reason.words if isinstance(reason, Reading) else ()


def _scopes_swapped(a: Sequence[Word], b: Sequence[Word]) -> bool:
    """Whether both texts name the same scopes (as many of each, "the
    team's" the team), so that a rewording only moves them to other places
    in the sentence."""
    def scopes(text: Sequence[Word]) -> list[str]:
        return sorted(without_possessive(w.text).casefold() for w in text if w.role == "scope")
    before = scopes(a)
    return bool(before) and before == scopes(b)


@functools.lru_cache(maxsize=8)
def _families(levels: tuple[str, ...]) -> frozenset[str]:
    """The sequences of a ladder's level ids ("IC" of IC1 ... IC7), read once
    for the many texts of one ladder a run grades (a ladder of 200 levels
    read them again for each text)."""
    return frozenset(rung.family for rung in map(vocab.id_rung, levels) if rung is not None)


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
    labels = topic_label(old), topic_label(new)
    if (labels[0] is None) != (labels[1] is None) and not any(
            found and found[0] in _OPTIONAL_LABELS for found in labels) \
            and not label_still_said(old, new) and not label_still_said(new, old):  # "Stretch: ..." makes it a choice
        # "Continuous improvement: You have ..." -> "You have ...": a label that names what the statement is
        # about, put in or taken out, asks nothing; the rest is read. Not the sentence's own opening words
        # with a colon put after them ("Makes others better through: code reviews"): read whole.
        old, new = labels[0][1] if labels[0] else old, labels[1][1] if labels[1] else new
        if old == new:
            return Grade(Impact.EDITORIAL, ("a label naming its topic",))
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    families = _families(tuple(levels))
    # Each read against the other: which items of a list one has and not the other.
    # "~~Leads reviews~~", "<!-- Leads reviews -->": struck through or hidden, no longer asked.
    # "No\ufe0ft", "Opt\u0131onally": read as a reader sees them.
    cleaned = [without_debris(as_asked(as_seen(old))), without_debris(as_asked(as_seen(new)))]
    # "I identify the right solutions" -> "For example, I identify the right solutions": made an example of what
    # the statements around it ask, it asks nothing of its own; the other way, it is now asked. Its words are read
    # without the marker, which is no word of what is asked.
    exemplified = [bool(_MADE_AN_EXAMPLE.match(text)) for text in cleaned]
    example = ((-1, "made an example") if exemplified[1] else (1, "example made a statement")) \
        if exemplified[0] != exemplified[1] else None
    if example:
        cleaned = [_MADE_AN_EXAMPLE.sub("", text, count=1) for text in cleaned]
    # "..., such as pairing" -> "..., for example pairing": the same examples, led another way.
    marked = examples_marked_alike(*cleaned)
    if marked != cleaned[1] and marked == cleaned[0]:  # a marker changed, and nothing else did
        return Grade(Impact.EDITORIAL, ("examples led by another marker",))
    cleaned[1] = marked
    old_text, new_text = (without_examples(cleaned[k], names, cleaned[1 - k]) for k in (0, 1))
    a, b = read(old_text, names), read(new_text, names)
    levels_named(a, families)
    levels_named(b, families)
    if [w.text for w in a] == [w.text for w in b]:
        if example:
            return Grade(Impact.LOWERS_BAR if example[0] < 0 else Impact.RAISES_BAR, (example[1],), example[0])
        return Grade(Impact.EDITORIAL, ("formatting",) if old != new else ())
    # The grader reads English: of a text in another language, no reading, not even of how many words changed,
    # says which way it goes. A reviewer who reads it does: it is held as asking more and as asking less, so
    # that a gate on either impact holds it.
    language = unread_language(old_text, new_text)
    if language:
        return Grade(Impact.RAISES_BAR, (f"{NOT_READ}{language}",), 1, Impact.LOWERS_BAR)
    runs = changed_runs(a, b)
    names_for_brands(runs, old_text, new_text, names.own)
    brands_put_in(runs, names.own)
    renamed = titles_renamed(runs, a, b)
    fields_of_a_scope(runs, a, b)
    owners_taken_out(runs, a, b)  # "my team's services" -> "the services": all of them
    # "Fixes bugs in the code they wrote" -> "Fixes any bug": whose the thing is, taken out whole, widens it.
    restricted = restriction_taken_out(runs, a, b)
    outcome_said_as_deed(runs, a, b)  # "ensures security is built in" -> "builds security in"
    # Read before the words of the runs are neutralised: "annually" -> "biannually" is no slip of the hand.
    unsure = ambiguous_period(runs) or vague_time(runs, a, b)
    # Lengths of time in other units, on one scale ("six months" -> "90 days"), before their numbers are read.
    timed = [(direction, Reading(reason, ((_as_written(said[0], old_text), _as_written(said[1], new_text)),)))
             for direction, reason, said in amounts_of_time(runs, a, b)]
    sub_levels_unlettered(runs)  # "from 2A to 3A" -> "from 2 to 3": names respelt, no number raised
    vague_counts_for_quantities(runs)  # "all aspects" -> "many aspects": fewer of them, no number put in
    kinds_counted(runs)  # "at different levels" -> "at one or two levels": counted, as "multiple" is
    # Read before a slip of the hand is looked for: "99.9%" -> "99.95%" is no slip.
    measured = timed + measured_numbers(runs, a, b, families)
    one_side_of_a_slash(runs, a, b)
    neutral_moves(runs, a, b)
    requests_reordered(runs, a, b)  # "seeks guidance from their manager" / "asks their manager for guidance"
    generic_helpers(runs, a, b)  # "seeks guidance" / "asks other engineers for guidance"
    conditions_reworded(runs, a, b)
    qualifying_what_is_added(runs, a, b)
    adverbs_for_nouns(runs)
    bounds_kept(runs, a, b)
    scopes_of_bounds_moved(runs, a, b)  # "the processes" -> "processes within the team": read by "within"
    whole_reach_alike(runs, a, b)  # "across full product areas" -> "across the whole product area"
    hedged_bounds(runs)  # ", typically in one team" put in: the bound, not how often
    phrases_for_their_word(runs)
    role_noun_modifiers(runs, a, b)  # "solid individual contributors" -> "solid contributors"
    memberships(runs, a, b)  # "is part of the rotation" / "is on the rotation"
    teammates_by_place(runs, a, b)
    compounds(runs, a, b)
    whole_phrases(runs)
    kinds_of_a_thing(runs)  # "the regular process" -> "the standard process": a kind, not how often
    # "Never ships untested code", "infrequent outages": what is said to be done rarely or never is to be avoided.
    avoided = any(w.role == "frequency" and vocab.says_avoided(w.text) for w in (*a, *b))
    # "Rarely" and "never" say an act is to be avoided only where the act is a failure ("Rarely misses a
    # deadline"); of a wanted act ("Rarely holds reviews"), more often asks more. Where the words do not
    # tell, both readings are given, so that neither gate lets the change by.
    failure = vocab.says_a_failure([w.text for w in a], [w.text for w in b]) if any(
        w.role == "frequency" and w.text in vocab.AVOIDING_FREQUENCY for w in (*a, *b)) else True
    avoided = avoided and failure is True
    # Before the words of how often are read as the same: "every week" -> "every weekend" is as often.
    parted = part_of_period(runs) or weekdays_only(runs, a, b) or rate_direction(runs, a, b, avoided)
    # "Keeps the organisation informed of the team's progress" -> "Keeps the team informed of the
    # organisation's progress": the same scopes, in other roles; no reach widened nor narrowed, each run
    # read as it stands (both ways), not as one scope moved along its scale.
    swapped = _scopes_swapped(a, b)
    # "in a timely manner" -> "within 4 hours": a deadline put in, before its words are read as a deadline moved.
    vague_deadline = deadline_for_vague_time(runs, a, b)
    put_off = deadline_put_off(runs, a, b)  # "on time" -> "eventually": the deadline taken out
    due_reworded(runs, a, b)  # "on time" -> "on schedule": the same deadline
    # "small/medium" -> "small": a range's top taken off, read against the side kept.
    directions = slashed_ranges(runs, a, b, avoided) \
        + moved_scale_words(runs, avoided, fixed=("scope",) if swapped else ()) + measured \
        + [d for d in (parted, renamed, vague_deadline, put_off, restricted) if d] + negation_moved(runs, a, b)
    if example:
        directions.append(example)
    asked = [bool(_QUESTION.match(text)) for text in cleaned]
    if asked[0] != asked[1]:
        # "I lead reviews" -> "Do I lead reviews?": a question asks nothing of the reader; the other way, it is
        # now asked.
        directions.append((-1, "made a question") if asked[1] else (1, "question made a statement"))
    for unclear in (deadline_for_span(runs), waits(runs)):
        if unclear:
            directions.append(unclear)
    for role in ("deadline", "span", "frequency"):
        split = split_phrase(role, runs, a, b, avoided)
        if split:
            directions.append(split)
    opposites(runs)  # "proactively" -> "reactively": the first taken out, before either is read as a respelling
    directions += shared_deeds(runs, a, b)  # "Hosts retros" -> "Co-hosts retros": before "co-hosts" is a respelling
    for removed, inserted in runs:
        light_verbs(removed, inserted)  # before a respelling takes the noun alone
        light_verbs(inserted, removed)
        spelt_out(removed, inserted, old_text)
        spelt_out(inserted, removed, new_text)
        short_forms(removed, inserted)
        short_forms(inserted, removed)
        neutral_respellings(removed, inserted)
        pronouns_for_nouns(removed, inserted)
        one_for_an_article(removed, inserted)
    light_verb_taken_out(runs, a, b)  # "Make steady progress" / "Progress steadily"
    linking_verbs(runs)
    verb_frames(runs)
    kept_told(runs, a, b)  # after "keep" is read as "make sure ... is" where the other text says that
    easy_to(runs, a, b)
    whole_phrases(runs)
    neutral_repeats(runs, a, b)
    pro_forms(runs, b)
    said_by_the_next(runs, a, b)
    clause_said_as_a_noun(runs, a, b)  # "on how TDD influences design" / "about the influence of TDD on design"
    both_ends(runs)
    # How many, read over both whole texts: "one or two" -> "three or more"
    # changes two runs, and "one or two" -> "one" only takes a word out.
    counted = count_direction(runs, a, b)
    if counted:
        directions.append(counted)
    else:
        # "fixes complex bugs" -> "fixes a complex bug": one where it was all of them, though each word is
        # only inflected or small.
        numbered = number_of_things(a, b)
        if numbered:
            directions.append(numbered)
    ability_for_help(runs, a, b)
    moved_help = help_moved(runs, a, b) or help_given_for_help_had(runs, a, b) or help_asked_now_done(runs, a, b)
    if moved_help:
        directions.append(moved_help)
    # "Follows runbooks when on call" -> "Is on call and follows runbooks": now asked to be on call.
    duty = condition_made_a_duty(a, b)
    if duty:
        directions.append(duty)
    # "I lead reviews" -> "I am not expected to lead reviews", "I can lead" -> "I cannot yet lead": no longer asked.
    # A sentence of its own that says what is not asked ("I am not expected to approve them") is an exclusion,
    # read as one below.
    withdrawn = not any(excludes(inserted, b) or excludes(removed, a) for removed, inserted in runs) \
        and expectation_withdrawn(a, b)
    if withdrawn:
        directions.append(withdrawn)
    # "If a sprint is at risk, I escalate" -> "I escalate": now asked every time.
    directions.extend(conditions_taken_out(runs, a, b))
    added = dropped = 0
    carried: list[tuple[str, str]] = []  # the words of meaning each run put in or took out, as said
    acted = False  # a new action put in where words were taken out: another thing asked, not less
    # A verb put in for another, where the grader knows neither's rank: "... and mitigates them" -> "... and flags
    # them", "Fixes bugs" -> "Triages bugs". How much is done may be less, as another thing is asked.
    verb_for_verb = False
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
        # "Legal terms are out of scope at L1", "Sole ownership is Senior L2 territory", put in or taken out
        # whole: a bound put on what is asked, as a concession is; no new thing asked. Read before its
        # negation is taken for one put in.
        meant = [[w for w in run if not w.neutral and w.role not in NEUTRAL_ROLES] for run in (removed, inserted)]
        if not meant[0] and excludes(inserted, b) or not meant[1] and excludes(removed, a):
            directions.append((-1, "an exclusion added") if inserted and not meant[0] else (1, "an exclusion taken out"))
            continue
        # "..., except for production ones", "..., but not architecture proposals": what it names is left out of
        # what is asked, however much the words name; taken out, it is asked again. Read before its negation is.
        excepted = exception_put(inserted, b) if not removed else exception_put(removed, a) if not inserted else None
        if excepted == "condition":
            # "... unless CI is red": a case left out, or a care asked; both, so that neither gate lets it by.
            directions += [(-1, "a condition added"), (1, "a condition added")] if inserted else [
                (1, "a condition taken out"), (-1, "a condition taken out")]
            continue
        if excepted:
            directions.append((-1, "an exception added") if inserted else (1, "an exception taken out"))
            continue
        flipped = negation_flip(removed, inserted, a, b)
        if flipped:
            directions.append(flipped)
            if flipped[1] in NEGATION_PUT and negated_alone(removed, inserted):
                # "I escalate risks" -> "I don't escalate risks": the opposite may be asked, and what was asked is
                # no longer; both, so that neither gate lets it by. (Not with a joining word, "Does not break the
                # build. Does not ship ..." -> "Does not break the build or ship ...", one negation for both; nor
                # of a noun, "with little or no guidance", an amount of help.)
                directions.append((-1, flipped[1]))
        live_removed = [w for w in removed if not w.neutral and not (counted and w.role == "count")
                        and w.role != "negation"]
        live_inserted = [w for w in inserted if not w.neutral and not (counted and w.role == "count")
                         and w.role != "negation"]
        telling = _telling_how(inserted, b, a)
        if telling:
            # "Leads incidents. Does so only when asked by their manager": the rest of a sentence put in to
            # say how the one before is done (who asks, what it is still learnt for) is no new thing asked.
            live_inserted = [w for w in live_inserted if id(w) not in telling]
        said = ([w.text for w in removed if not w.neutral], [w.text for w in inserted if not w.neutral])
        joined = _joining(said[0]), _joining(said[1])
        if joined in (("or", "and"), ("and", "or")):
            # "unit or integration tests" -> "unit and integration tests" ("& integration", "as well as
            # integration"): both are now asked.
            directions.append((1, "alternatives all asked") if joined[0] == "or" else (-1, "one of them asked"))
            continue
        if joined == ("and", "and"):
            continue  # "designs and reviews" -> "designs as well as reviews": both asked, said another way
        if said in ((["or"], []), ([], ["or"])) and or_of_and_or(removed or inserted, a if removed else b):
            # "reviews and/or writes" -> "reviews and writes": both are now asked; the other way, one of them.
            directions.append((1, "alternatives all asked") if removed else (-1, "one of them asked"))
            continue
        if not (removed and inserted) and or_for_a_comma(removed or inserted, a if removed else b, b if removed else a):
            # "Writes blogposts, speaks at conferences" -> "Writes blogposts or speaks at conferences": a list
            # asks for each of its items, as "and" does; made alternatives, one of them will do.
            directions.append((1, "alternatives all asked") if removed else (-1, "one of them asked"))
            continue
        one_side = (inserted, b) if live_inserted else (removed, a)
        if not (live_removed and live_inserted) and possibility_described(*one_side):
            # "This could be a design doc or an RFC": what the statement may be, described. One that allows
            # less, "This could be all aspects or only part of the process", is an allowance (``allowances``).
            continue
        changed = [w for w in live_removed + live_inserted if w.role not in NEUTRAL_ROLES]
        if changed and not (live_removed and live_inserted) and with_help(a) and with_help(b) \
                and other_helpers(changed, a, b):
            # "with guidance from my manager/TL" -> "from my manager": one fewer of those who may help, the
            # help had the same (with "and", both help: read as an amount of help).
            continue
        if changed and all(w.role == "guidance" for w in changed) and with_help(a) and with_help(b) \
                and (seniority := helpers_seniority(a, b)):
            # "with guidance from a senior engineer" -> "... from a junior engineer", "... from a peer": help
            # from someone less senior is less help.
            directions.append(seniority)
            continue
        traded = autonomy_traded(live_removed, live_inserted)
        if traded:
            if traded[0]:
                directions.append(traded)  # not "without much" -> "with little": the same amount of help
            # How far, how often or how much, said beside the help: "on my own" -> "across several teams, with
            # guidance from my lead" widens the scope as it asks for help. Who helps is read with the help.
            directions.extend(scale_directions([w for w in live_removed if w.role not in _NOT_BESIDE_HELP],
                                               [w for w in live_inserted if w.role not in _NOT_BESIDE_HELP], avoided))
            continue
        if changed and (all(w.role in AUTONOMY and w.rank for w in changed) or all(
                w.role == "guidance" and w.text not in HELPERS for w in changed) and with_help(a) and with_help(b)):
            # "with support" -> "with minimal support", "rarely needs" -> "often needs", "without constant
            # input" -> "without input", "work with my manager" -> "with my manager": the amount is read over
            # both whole phrases.
            amount = sign(guidance_amount(a, b) - guidance_amount(b, a))
            if amount:
                directions.append((amount, f"autonomy {'raised' if amount > 0 else 'lowered'}"))
            elif help_qualified(changed, a, b):
                # "with guidance" -> "with hands-off guidance": less help, or other help, by a word of no known
                # amount; a reviewer says which.
                directions.append((1, "help changed" + UNCLEAR))
            continue
        if changed and all(w.role == "help-topic" for w in changed) and not (live_removed and live_inserted):
            # "needs help with complex tasks [and estimates]": less to need help with asks for more. Help with
            # nothing named is help with all of it: "with guidance" -> "with guidance on complex parts" narrows
            # the help, as taking out the last of what it is with widens it.
            kept = b if live_removed else a
            fewer = bool(live_removed) == any(w.role == "help-topic" for w in kept)
            directions.append((1, "less help asked for") if fewer else (-1, "more help asked for"))
            continue
        # "reads and writes docs" -> "writes docs": one of its verbs taken out, its involvement kept.
        joined_verb = not (live_removed and live_inserted) \
            and any(w.text in ("and", "or") for w in removed + inserted) \
            and any(w.role == "involvement" for w in live_removed + live_inserted)
        run = live_inserted if not live_removed else live_removed if not live_inserted else []
        offered = alternative_with_its_noun(live_removed, live_inserted, a, b) if not run else None
        if offered:
            # "planning meetings" -> "planning or Three Amigos sessions": one more way to meet it, its own noun
            # said once for both, as "planning or refinement meetings" is.
            directions.append(offered)
            continue
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
            carried.append((_as_written(_said(live_removed, removed), old_text),
                            _as_written(_said(live_inserted, inserted), new_text)))
            continue
        if not (live_removed and live_inserted) and kind_restated(inserted or removed, b if inserted else a):
            # "Leads incident reviews" -> "Leads incident reviews for SEV1 incidents": only that kind of them is
            # asked, which asks less; taken out, more. A word of scale among the words that pick the kind is read
            # too ("for major incidents": harder ones, and fewer).
            directions.append((-1, "kind narrowed") if inserted else (1, "kind widened"))
            picked = [w for w in (inserted or removed) if w.role not in NEUTRAL_ROLES and w.role != "content"]
            directions.extend(scale_directions([] if inserted else picked, picked if inserted else [], avoided))
            continue
        if all(w.role != "content" for w in live_removed + live_inserted) and not joined_verb:
            if people_now_helpers(live_removed, live_inserted, a, b):
                # "with less experienced engineers" -> "with more experienced engineers": the same people,
                # now the ones who help; read as help had, not also as an audience taken out.
                live_removed = [w for w in live_removed if w.role != "audience"]
                live_inserted = [w for w in live_inserted if w.role != "audience"]
            if not (live_removed and live_inserted):
                # "I write code" -> "I write code my team can maintain": a verb of keeping put in or taken out
                # alone is as often another's deed; it is read against a verb in its place ("raise" -> "maintain").
                live_removed, live_inserted = ([w for w in run if w.text not in vocab.KEEPING]
                                               for run in (live_removed, live_inserted))
            directions.extend(scale_directions(live_removed, live_inserted, avoided))
            continue
        # "Ships features. Plans work with guidance from their lead." -> "Ships features.": the help goes with
        # the clause it was had for, taken out whole; what that clause asked is what is no longer asked. Put
        # in whole, so only where it asks a thing of its own: "Leads incidents. Does so only when asked"
        # narrows the statement before it.
        whole = _whole_clauses(removed, a) | _whole_clauses(inserted, b, a)
        if any(w.role in ASKING_LESS and id(w) not in whole for w in live_removed + live_inserted):
            # "... so that the team spends less time on incidents" -> "... when asked": a condition, help had
            # or a skill still being learnt asks less wherever it is put in, beside words rewritten too; it
            # is no word asked for.
            directions.extend(scale_directions(
                [w for w in live_removed if w.role in ASKING_LESS and id(w) not in whole],
                [w for w in live_inserted if w.role in ASKING_LESS and id(w) not in whole], avoided))
            live_removed = [w for w in live_removed if w.role not in ASKING_LESS or id(w) in whole]
            live_inserted = [w for w in live_inserted if w.role not in ASKING_LESS or id(w) in whole]
            # "..., with guidance when the scope is unclear" taken out: the help is gone with its condition,
            # which asked nothing of its own. Put in, its words are still read: a reviewer sees what it names.
            conditions = conditions_of_help(removed, a)
            live_removed = [w for w in live_removed if id(w) not in conditions or id(w) in whole]
        if avoided_qualifier(run, b if live_inserted else a) and all(w.text == "any" for w in run):
            continue  # "without needing first aid" -> "... any first aid": none of it, said so
        if avoided_qualifier(run, b if live_inserted else a):
            # "free of obvious bugs" -> "free of bugs": all bugs are now to be absent.
            directions.append((-1, "what is avoided narrowed") if live_inserted else (1, "what is avoided widened"))
            continue
        if kind_named(run, b if live_inserted else a):
            # "Reviews code" -> "Reviews backend code": only that kind of it is asked, which asks less; taken out,
            # all of it, more. Not "senior stakeholders", "critical systems" (words added: more is asked).
            directions.append((-1, "kind narrowed") if live_inserted else (1, "kind widened"))
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
        if not swapped and any(w.role == "scope" for w in meaning_removed) \
                and any(w.role == "scope" for w in meaning_inserted):
            # "with people in the industry" -> "with other teams": how far the work reaches is read on its scale
            # (team < group < organisation < company < industry), as a degree is, whatever else the run
            # rewrites; the rest is read as words. The bounds around each scope go with it ("other teams" ->
            # "people in the industry"): the scopes named say how far it reaches (``scale_directions``).
            reach = ("scope", "bound")
            directions.extend(scale_directions([w for w in meaning_removed if w.role in reach],
                                                [w for w in meaning_inserted if w.role in reach], avoided))
            meaning_removed = [w for w in meaning_removed if w.role not in reach]
            meaning_inserted = [w for w in meaning_inserted if w.role not in reach]
        bounded = [w for w in meaning_removed if w.role == "bound"], [w for w in meaning_inserted if w.role == "bound"]
        if meaning_removed and meaning_inserted and bool(bounded[0]) != bool(bounded[1]) \
                and not any(w.role == "scope" for w in meaning_removed + meaning_inserted):
            # "multi-tenant ML platforms" -> "only small single-tenant ML platforms": a bound put in beside the
            # words it rewrites ("only", "within the team") narrows what is asked as it does put in alone; the
            # rest is read as words.
            directions.extend(scale_directions(*bounded, avoided))
            meaning_removed = [w for w in meaning_removed if w.role != "bound"]
            meaning_inserted = [w for w in meaning_inserted if w.role != "bound"]
        if any(w.role == "involvement" for w in meaning_removed) \
                and any(w.role == "involvement" for w in meaning_inserted) \
                and not any(w.role == "involvement" for w in meaning_inserted if w.stem in
                            {x.stem for x in meaning_removed}):
            # "drive and complete new assignments" -> "participate in new assignments": how much a part they
            # take is read on its scale (help < do < lead), as a degree is, whatever else the run rewrites; the
            # rest is read as words ("complete" taken out).
            # Of one rank ("suggests" -> "participates in"), the verbs are read as words.
            involved = scale_directions([w for w in meaning_removed if w.role == "involvement"],
                                        [w for w in meaning_inserted if w.role == "involvement"], avoided)
            if involved:
                directions.extend(involved)
                meaning_removed = [w for w in meaning_removed if w.role != "involvement"]
                meaning_inserted = [w for w in meaning_inserted if w.role != "involvement"]
        quantity_removed = [w for w in meaning_removed if w.role == "quantity"]
        quantity_inserted = [w for w in meaning_inserted if w.role == "quantity"]
        if bool(quantity_removed) != bool(quantity_inserted):
            # "Runs all meetings" -> "Attends meetings": how many, said on one side only, is read on its
            # scale beside a verb swapped, as it is alone ("Runs all meetings" -> "Runs meetings").
            directions.extend(scale_directions(quantity_removed, quantity_inserted, avoided))
            meaning_removed = [w for w in meaning_removed if w.role != "quantity"]
            meaning_inserted = [w for w in meaning_inserted if w.role != "quantity"]
        if known_synonym(meaning_removed, meaning_inserted) \
                and not any(w.role in AUTONOMY for w in meaning_removed + meaning_inserted):
            # "Understand where your project fits" -> "Grasp where ...": a synonym of a word of scale says what
            # it says, not a plain verb of doing beside it.
            continue
        # A light verb for the verb it stands for is one word for one, whatever the dictionary says of the two
        # ("makes a plan" / "prepares a plan").
        light = light_verb_for(live_removed, meaning_inserted, b) or light_verb_for(live_inserted, meaning_removed, a)
        one_for_one = len(meaning_removed) == 1 and len(meaning_inserted) == 1 or light
        if one_for_one and not any(w.role in AUTONOMY for w in meaning_removed + meaning_inserted) \
                and (light or not another_word(meaning_removed, meaning_inserted)):
            # "have a high standard" -> "hold a high standard": a light verb for one verb is one word for one.
            # One plain word for another is a synonym ("issues" -> "bugs");
            # a word of scale for a plain one is read on its scale. Not
            # independence for a plain word: "alone" -> "with others" asks
            # to work with others, which is no help had.
            directions.extend(scale_directions(
                [w for w in meaning_removed if w.role != "content"],
                [w for w in meaning_inserted if w.role != "content"], avoided,
                plain=not any(w.role == "content" for w in meaning_removed + meaning_inserted)))
            continue
        added += things_said(meaning_inserted)
        dropped += things_said(meaning_removed)
        if meaning_removed or meaning_inserted:
            carried.append((_as_written(_said(_not_still_said(meaning_removed, cleaned[1]), removed), old_text),
                            _as_written(_said(_not_still_said(meaning_inserted, cleaned[0]), inserted), new_text)))
        acted = acted or new_action(meaning_inserted, meaning_removed, a, b)
        verb_for_verb = verb_for_verb or _verbs_for_verbs(meaning_removed, meaning_inserted, a, b)
    if added or dropped:
        if not dropped:
            directions.append((1, "words added"))
        elif not added:
            directions.append((-1, "words taken out"))
        elif added * 3 <= dropped and not acted:
            directions.append((-1, "more words taken out than added"))
        elif added < dropped and not acted:
            # Fewer words for more, no new action among them, but not so few as to say less of the
            # same: "Uses a programming language" -> "Uses code". A reviewer says which way it goes.
            directions.append((1, "replacement" + UNCLEAR))
        else:
            directions.append((1, "another action asked" if added * 3 <= dropped else "words replaced"))
    if unsure:
        # The way a word that cannot be told was read by itself ("biannually" as twice a year) says nothing;
        # nor, where the texts were read whole on the scale, each run apart ("same-day fixes" -> "fixes
        # within a week": not a deadline taken out and another put in, but one lowered).
        told = unsure[1].removesuffix(UNCLEAR) if unsure[1].endswith(UNCLEAR) else unsure[1].rsplit(" ", 1)[0]
        directions = [d for d in directions if not d[1].startswith(f"{told} ")] + [unsure]
    if failure is None:
        # "Rarely holds reviews" -> "Regularly holds reviews": read as the act it most often is, wanted, and as
        # one to avoid.
        directions += [read_on_scale("frequency", d, True) for d, reason in directions
                       if reason in ("frequency raised", "frequency lowered")]
    if (-1, _AVOIDED_MORE_OFTEN) in directions and not any(
            w.role == "frequency" and w.text in vocab.AVOIDING_FREQUENCY for w in (*a, *b)):
        # "Holds infrequent reviews" -> "Holds regular reviews": where only the adjective says "rarely", it may
        # be of a thing to avoid ("infrequent mistakes") or of one seldom done (reviews): more often is read
        # both ways, for a reviewer, never as a lower bar alone. ("Rarely ..." and "never ..." say it is
        # avoided, as ladders use them: "Rarely misses a deadline".)
        directions.append((1, "frequency raised"))
    if any(reason.startswith(_AUTONOMY_READ) for _d, reason in directions):
        # "without the need for constant guidance" -> "with guidance": help negated is read on autonomy, as far
        # as the amount negated says; the negation reworded with it says no way of its own. ("I must review"
        # -> "I mustn't review" asks the opposite: read both ways, as before.)
        directions = [(0, reason) if reason == _NEGATION_REWORDED else (d, reason) for d, reason in directions]
    reasons = tuple(Reading(reason, tuple(carried)) if reason in _WORDS_OF_MEANING and carried else reason
                    for _d, reason in directions)
    scaled = [d for d, reason in directions if reason not in _WORDS_OF_MEANING]
    scale = 1 if any(d > 0 for d in scaled) else -1 if any(d < 0 for d in scaled) else 0
    if any(d > 0 for d, _r in directions):
        # Read as asking more, it may ask less too: some reading lowers the bar, or the way of one cannot
        # be told ("2-3 reviews" -> "a few reviews"), which a reviewer says, whichever bar the gate guards.
        lowered = any(d < 0 or reason.endswith(UNCLEAR) for d, reason in directions) \
            or verb_for_verb and any(reason == "words replaced" for _d, reason in directions)
        return Grade(Impact.RAISES_BAR, reasons, scale, Impact.LOWERS_BAR if lowered else None,
                     scale == 1 and any(d < 0 for d in scaled))
    if any(d < 0 for d, _r in directions):
        return Grade(Impact.LOWERS_BAR, reasons, scale)
    return Grade(Impact.EDITORIAL, reasons or ("wording",))


#: A statement that is one question, opened by an auxiliary or a word of asking: "Do I lead design reviews?",
#: "How do I grow?"; not a statement that quotes one ("I ask: why did it fail?").
_QUESTION = lazy(QUESTION_OPENED.pattern + r"[^.!?]*\?\W*$", re.IGNORECASE)


#: A statement made an example, opened by a marker of examples: "For example, I ...", "E.g. leads ...",
#: "For instance: ...", "Say, ...", the markers that lead examples everywhere else. Not one that names a thing
#: its examples are of ("Examples of impact: ..."), nor one opened by "Like" ("Like my peers, I ...").
_MADE_AN_EXAMPLE = lazy(r"^\W*" + EXAMPLE_MARKERS + r"\s*[,:]?\s+(?=\w)", re.IGNORECASE)


#: The reading of a negation said in other words with what it negates ("I do not ignore failing tests" -> "I never
#: fix failing tests"): the opposite may be asked, which way only the other readings can say.
_NEGATION_REWORDED = "negation reworded"
#: How a reading of help had or independence begins: "autonomy lowered".
_AUTONOMY_READ = "autonomy "
#: The reason of a move to more often of what is avoided ("Rarely misses deadlines" -> "Often misses deadlines").
_AVOIDED_MORE_OFTEN = read_on_scale("frequency", 1, True)[1]


def _verbs_for_verbs(removed: list[Word], inserted: list[Word], a: list[Word], b: list[Word]) -> bool:
    """Whether the words of meaning a run takes out and those it puts in are
    all verbs, as the dictionary knows them and where they stand ("mitigates"
    -> "flags", "writes" -> "reviews"): the same thing done another way,
    more or less of it no word says. Not a noun among them ("concept" ->
    "backlog", "reports to a broad audience" -> "presents to stakeholders"):
    another thing asked, which asks more."""
    if not removed or not inserted:
        return False
    return len(verbs(removed, a, set())) == len(removed) and len(verbs(inserted, b, set())) == len(inserted)


def _not_still_said(meant: list[Word], other: str) -> list[Word]:
    """Words of meaning a run takes out (or puts in) that the other text
    does not say anywhere, in any case or number, examples too: "(ADRs,
    issues, wiki)" -> "(e.g. ADRs)" takes out "issues, wiki", not "ADRs",
    which is still there as an example. All of them where the other text
    says each (the words are quoted as read)."""
    there = {stem(word.casefold()) for word in text_words(other)}
    gone = [w for w in meant if w.stem not in there and stem(w.text) not in there]
    return gone or meant


def _said(meant: list[Word], run: list[Word]) -> str:
    """The words of meaning ``meant`` of a changed run as a reviewer reads
    them, with the run's words between them: "other teams' leads"; with
    the rest of a phrase of the vocabulary one of them ends or starts
    ("points of view", read as "perspectives" on its last word) and the
    particle of a phrasal verb ("draw out"), which say the thing with it:
    a quote of the word alone reads as another word replaced."""
    at = [k for k, w in enumerate(run) if any(w is x for x in meant)]
    if not at:
        return ""
    first, last = at[0], at[-1]
    phrases = {w.says for w in meant if w.says is not None}

    def joined(k: int) -> bool:
        return run[k].says is not None and run[k].says in phrases

    while first > 0 and joined(first - 1):
        first -= 1
    while last + 1 < len(run) and (joined(last + 1) or run[last + 1].text in vocab.PARTICLES
                                   and run[last + 1].role == "function" and run[last].role != "function"):
        last += 1
    return " ".join(w.text for w in run[first : last + 1])


#: Words the grader reads for a sign ("+" as "plus", "&" as "and", "%" as "percent"): either is the text's.
_SIGNS_READ = {word: "(?:" + "|".join(re.escape(s) for s in (word, *signs)) + ")" for word, signs in (
    ("plus", ("+",)), ("and", ("&",)), ("percent", ("%", "per cent")))}


def _as_written(said: str, text: str) -> str:
    """Words a reading quotes (``_said``: "ruby plus javascript ruby plus
    objc") with the marks ``text`` writes between them, in lower case as
    every reading quotes words ("ruby + javascript, ruby + objc"); as said
    where the text does not have them so (a number written out); a number
    read in figures as the text spells it ("nine months")."""
    if not said:
        return said
    pattern = r"[\W_]*?".join(r"(?<!\w)" + _SIGNS_READ.get(word, as_spelt(word)) + r"(?!\w)"
                               for word in said.split(" "))
    found = re.search(pattern, text, re.IGNORECASE)
    return found.group(0).casefold() if found else said


def _joining(said: list[str]) -> str | None:
    """Whether words put in or taken out join two things as "or" does (one
    of them asked) or as "and" does (both asked): "or", "and", or None."""
    if said == ["or"]:
        return "or"
    return "and" if tuple(said) in vocab.AND_PHRASES else None


def _whole_clauses(run: list[Word], text: list[Word], before: list[Word] | None = None) -> set[int]:
    """The words (by id) of the clauses of ``text`` the run takes in whole,
    where such a clause asks something of its own beside its words of help,
    condition or learning: a content word, not "when asked" alone. Of a
    clause put in (``before`` the text it was put in beside), only one
    that does not point back at what was there: with no word standing for
    it ("does so", "them") nor its verb said again ("Designs services." ->
    "Designs services. Learning to design them independently."), for
    such a clause says how the rest is done, and its help or condition
    asks less of it."""
    inside = {id(w) for w in run}
    verbs = _verbs(before) if before is not None else set()
    found: set[int] = set()
    for clause in {w.clause for w in run}:
        words = [w for w in text if w.clause == clause]
        if before is not None and any(w.text in _POINTING_BACK or w.stem in verbs for w in words):
            continue
        if help_of_the_clause_before(words):
            continue  # ", with guidance when the scope is unclear": no verb of its own, the help of the rest
        if all(id(w) in inside for w in words) and any(
                w.role == "content" and not w.neutral for w in words):
            found.update(id(w) for w in words)
    return found


def _telling_how(run: list[Word], text: list[Word], before: list[Word]) -> set[int]:
    """The words (by id) of the clauses put in whole by ``run`` that point
    back at what ``before`` said and say it is done on a condition, with
    help, still learning or only in part, other than those words: what
    they are read by. Not a clause that asks a thing of its own ("... are
    capable of helping peers. They are capable of running projects with
    coaching."): the help is had for that."""
    inside = {id(w) for w in run}
    verbs = _verbs(before)
    told: set[int] = set()
    for clause in {w.clause for w in run}:
        words = [w for w in text if w.clause == clause]
        asking_less = [w for w in words if w.role in ASKING_LESS or w.role == "owner"
                       or w.role == "bound" and w.rank < 0]
        if asking_less and all(id(w) in inside for w in words) \
                and any(w.text in _POINTING_BACK or w.stem in verbs for w in words) \
                and not asks_another_thing([w for w in words if w.text not in _POINTING_BACK], before):
            told.update(id(w) for w in words if w not in asking_less)
    return told


def restates(wanted: str, statement: str, brands: "BrandNames | Iterable[str]" = ()) -> bool:
    """Whether what a sentence of a note asks (``demand``: "designs systems
    that are not only functional but scalable, resilient, and
    cost-efficient") is the statement it explains said again, in other
    words and more of them ("Designs scalable, robust architectures that
    are resource-efficient and cost-effective"): each action it asks does
    what the statement names, two or more of the statement's words of
    meaning beside its verb ("scalable", "cost-efficient" for
    "cost-effective": a compound's parts count), not counting whom or how
    far (one word alone may name another thing: "runs the design review"
    of "Leads the design of the team's systems"); it has the people take
    no more charge (``takes_charge_beyond``); and, read as a rewording of
    the statement, it moves no scale of growth up, nor names a wider reach
    than it ("across the company" for "in their team"). An action of its
    own joined with "and" ("writes code and mentors two juniors" of "Writes
    code") is read apart."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    if takes_charge_beyond(wanted, statement, names) or grade(statement, wanted, names).scale > 0:
        return False
    theirs = {part for word in meaning_words(statement) for part in (word, *_parts(word))}
    found, said = read(wanted, names), read(statement, names)
    if _reach(found) > _reach(said):
        return False  # "... services used across the whole company" of "Designs services": a wider reach
    asked = set(map(id, verbs(found, found, set())))
    actions: list[list[Word]] = [[]]
    for k, w in enumerate(found):
        # "writes code and mentors two juniors": a verb after "and" opens an action of its own where the one
        # before has its verb and what it is done to; "maintains and evolves the architecture" is one action.
        done = [x for x in actions[-1] if id(x) in asked]
        if id(w) in asked and k and found[k - 1].text == "and" and done \
                and any(x.text not in FUNCTION_WORDS for x in actions[-1][actions[-1].index(done[0]) + 1 : -1]):
            actions.append([])
        actions[-1].append(w)

    def said_by_it(w: Word) -> bool:  # a word of what the action does, not its verb, that the statement says
        return id(w) not in asked and w.text not in FUNCTION_WORDS and w.role not in _WHO_OR_HOW_FAR \
            and any(part in theirs for part in (w.stem, *_parts(w.stem)))

    # The action says the statement's verb, or one known to say the same: another verb over the same things
    # is another duty ("reviews design documents" of "Writes design documents", "operates services" of
    # "Designs services").
    after_and = {id(b) for a, b in zip(said, said[1:]) if a.text == "and"}
    opening = _verbs([w for w in said if w.clause == said[0].clause]) if said else set()
    deeds = opening | {w.stem for w in verbs(said, said, set()) if id(w) in after_and}  # "... and influences"
    deed_words = [w for w in said if w.stem in deeds]

    def does_the_same(action: list[Word]) -> bool:
        return any(w.stem in deeds or any(synonyms(w.text, d.text) for d in deed_words)
                   for w in action if w.text not in FUNCTION_WORDS)

    return all(does_the_same(action) and sum(map(said_by_it, action)) >= 2 for action in actions if action)


def _reach(found: list[Word]) -> float:
    """How far the work a text names reaches: the widest scope it names (``vocab.SCOPE_RANK``), 0 for none."""
    return max((w.rank for w in found if w.role == "scope"), default=0.0)


#: The roles of words that say whom the work is for or with, or how far it reaches: "the team", "other teams".
_WHO_OR_HOW_FAR = frozenset({"scope", "bound", "audience", "owner"})


def _parts(word: str) -> tuple[str, ...]:
    """The stems of the parts of a compound ("cost" and "effici" of "cost-efficient"), none of a plain word."""
    return tuple(stem(part) for part in word.split("-") if part) if "-" in word else ()


def _verbs(text: list[Word]) -> set[str]:
    """The stems of the verbs ``text``'s clauses open with ("Leads incidents": "lead"), past a subject
    ("I lead", "The engineer leads") and "is"."""
    verbs: set[str] = set()
    for clause in dict.fromkeys(w.clause for w in text):
        words = [w for w in text if w.clause == clause and w.text.isalpha()]
        opening = next((w for w in words if w.text not in FUNCTION_WORDS and w.text not in BE
                        and w.text not in SUBJECT_OPENERS and w.text not in vocab.ROLE_NOUNS), None)
        if opening is not None:
            verbs.add(opening.stem)
    return verbs


#: Words of a clause put in that stand for what the text said before it: "Does so only when asked", "Is
#: still learning to lead them".
_POINTING_BACK = frozenset({"so", "this", "that", "them", "it"})


#: Roles read with the help traded for independence (or the other way), not beside it.
_NOT_BESIDE_HELP = AUTONOMY | NEUTRAL_ROLES | {"content", "audience", "help-topic"}
#: How the reason of a reading whose way cannot be told ends: "number unclear", "frequency unclear".
UNCLEAR = " unclear"
#: Labels that make a statement a choice ("Stretch: ...", "Nice to have: ..."), as ``topic_label`` keys them:
#: read as "optional", not as a topic.
_OPTIONAL_LABELS = frozenset(name_key(label) for label in vocab.OPTIONAL_LABELS)
#: The readings of words of meaning put in for others: another thing asked, not more of the same.
ANOTHER_THING_ASKED = frozenset({"words replaced", "another action asked", "replacement" + UNCLEAR})
#: The readings of words of meaning added or taken out, on no scale.
_WORDS_OF_MEANING = frozenset({"words added", "words taken out", "more words taken out than added"}) \
    | ANOTHER_THING_ASKED
