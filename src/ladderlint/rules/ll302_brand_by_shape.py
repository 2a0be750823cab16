"""LL302 brand-by-shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from ..model import ORGANISATION, Framework, Organisation
from ..text import MODALS, name_key, words
from ..vocabulary import DISCIPLINES, ORGANISATION_BODIES
from .analysis import Analysis
from .base import LIST_OF_TEXT, Option, Rule, Severity, Violation
from .brands import (
    CITED_ORGANISATIONS, TITLE_KINDS, OwnNames, in_organisation_context, organisation_key, own_spellings,
    starts_sentence,
)
from .ll406_placeholder import SAMPLE_ORGANISATION, only_placeholder
from .messages import excerpt
from .run_index import WithKnownBrands
from .prose import Prose
from .addresses import credit_spans, inside, url_spans
from ..patterns import lazy

# A name: one to three capitalised words ("Acme", "EscrowTab", "Rent the
# Runway" is out of reach and is in the built-in list instead).
_NAME = r"(?P<name>[A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){0,2}?)"
_FOLLOWERS = (
    "values", "mission", "vision", "culture", "principles", "diversity", "employees", "engineers", "people",
    "leadership", "brand", "handbook", "way of working", "career framework",
    # What only an organisation has, not a product or a technology ("Initech's
    # customers", "Initech's product owners", "Initech's operational
    # infrastructure"; not "React's codebase" or "Kafka's architecture").
    "customers", "clients", "product owners", "product managers", "offices", "headquarters",
    "operational infrastructure",
)
# Words an organisation puts before its own values or principles ("Initech's
# engineering principles", "Initech's core values"). Not "design": a
# designer's principles are as often a person's ("Dieter Rams's design principles").
_QUALIFIERS = ("engineering", "core", "company", "cultural", "guiding", "leadership", "operating", "tech",
               "technical", "founding")
# What follows the possessive: one of the followers, after a qualifier or
# not, or a ladder of levels ("Initech's engineering ladder", "Initech's
# career framework"); not a ladder alone ("Jacob's ladder") or a law or a
# principle named after its author ("Conway's law", "Postel's principle").
_POSSESSED = (
    rf"(?:(?:{'|'.join(_QUALIFIERS)}) )?(?:{'|'.join(_FOLLOWERS)})"
    r"|(?:(?:engineering|career|progression|competency) ){1,2}(?:ladder|framework|levels|matrix)"
    # The organisation itself, where no noun follows it: not a product's "organization settings".
    r"|(?:engineering )?organi[sz]ation(?!\s+[a-z])"
)
# Words between an organisation's name and its values or principles, as
# organisations name them: "the Amazon Leadership Principles", "the Stripe
# Operating Principles", "the Initech Core Engineering Values".
_DOCUMENT_QUALIFIERS = ("Engineering", "Operating", "Leadership", "Core", "Company")
_POSSESSED_STARTS = (*_FOLLOWERS, *_QUALIFIERS, "career", "progression", "competency", "organisation", "organization")


@dataclass(frozen=True)
class _Shape:
    #: A text the shape can match contains one of these words; finding them
    #: as plain substrings is much faster than a regex scan.
    words: tuple[str, ...]
    shape: re.Pattern[str]
    #: Instead of the words, where they are too common ("at ") or too many:
    #: patterns that match (in a Prose) every text the shape can match, and
    #: few others, each starting with a fixed text (which the regex engine
    #: finds as fast as str.find).
    trigger: tuple[re.Pattern[str], ...] = ()
    #: The words are followed by the name, and so by a capital letter, in
    #: every text the shape matches.
    name_after_words: bool = False
    #: Weak shapes are not looked for in title-case texts such as names.
    weak: bool = False
    #: The shape cites an organisation's work, as frameworks cite the
    #: exemplars of CITED_ORGANISATIONS ("the Google SRE Handbook").
    cites: bool = False
    #: An acronym in the shape may be an organisation's name ("LMG's
    #: values", "the LMG Values"): only in shapes that nothing but an
    #: organisation fills. "at X", "X employees" and "X Career Ladder" are
    #: as often a forum, a team or a role ("at QBR", "HR employees", "TPM
    #: Career Ladder").
    acronyms: bool = False
    #: The shape is filled as often by an idea or a practice ("the culture of
    #: Continuous Delivery", "the culture of Trust"): a name of English
    #: words and terms of the trade alone is no organisation's there.
    of_an_idea: bool = False
    #: The shape is filled as often by a place, a part of the organisation,
    #: a product or a person's work ("across Europe", "within Payments",
    #: "inside Jira", "React's roadmap", "within ML Platform"): a name of
    #: English words, terms of the trade and acronyms alone is no
    #: organisation's there.
    of_a_place: bool = False
    #: The shape is filled as often by a technology, a tool or a product as by
    #: an organisation ("a trusted voice in Rust", "beyond React", "the
    #: Python way", "Terragrunt's success"): a name of
    #: English words, terms of the trade, names of tools and acronyms alone
    #: is no organisation's there.
    of_a_tool: bool = False
    #: The shape is "at X" before a word that goes on with the sentence: the
    #: organisation only where its people come before it and a verb after it
    #: ("everyone at Initech owns quality"); elsewhere the word after is as
    #: often a noun the name describes ("at Spotify scale", "at Exco level").
    said_of_its_people: bool = False
    #: The shape says someone acts for the organisation ("Represents
    #: Microsoft at conferences"): a name of CITED_ORGANISATIONS alone is the
    #: organisation there, not a word or a work of its that is cited.
    acts_for: bool = False


# "at X", "join X": every text either shape after "at" or "join" can match.
_AT_TRIGGER = (
    # "I" alone is no name, but it may start one joined by a hyphen,
    # a dot or an ampersand ("I.Initech"), as _NAME reads it.
    lazy(r"at (?!I\b(?![-.&][A-Za-z0-9]))[A-Z]"), lazy(r"At (?!I\b(?![-.&][A-Za-z0-9]))[A-Z]"),
    lazy(r"oin(?:ed|ing)? (?!I\b(?![-.&][A-Za-z0-9]))[A-Z]"),
)

# Where a name ends the phrase that "at X" and "join X" start: the text
# ends, a mark follows, or a word that goes on into another phrase (or
# ends a comparison: "as engineers at Initech do").
_GOING_ON = (
    "and|or|we|in|as|for|to|since|is|was|has|have|had|you|I|our|where|who|which|that|the|with|on|from|because|"
    "are|were|do|does|did|" + "|".join(sorted(MODALS))
)
_PHRASE_END = rf"(?=$|[^\w\s-]|\s+(?:{_GOING_ON})\b)"
# The same after "across X", "within X" and "Represents X": also before
# where it is represented ("Represents Initech at conferences", "by").
_WIDER_PHRASE_END = rf"(?=$|[^\w\s-]|\s+(?:{_GOING_ON}|at|by|when|while|through)\b)"
# What an organisation owns that a person, a product or a team seldom
# does: its strategy, its roadmap, its methods, its people and customers,
# after a word or two saying which ("Initech's experimentation
# methodology", "Initech's enterprise customers"). Not its "vision", which
# is as often a person's ("Zoë's vision").
_OWNED_BY_AN_ORGANISATION_WIDER = (
    "roadmaps?", "strateg(?:y|ies)", "methodolog(?:y|ies)", "customers", "clients", "engineers", "employees",
    "culture", "values", "mission",
    # Not "users" or "partners": a product has them as often ("Figma's users").
    "stakeholders",
)
# What follows the possessive "'s" there.
_OWNS_WIDER = rf" (?:[a-z][a-z-]* ){{0,2}}?(?i:{'|'.join(_OWNED_BY_AN_ORGANISATION_WIDER)})\b"

# The organisation speaking of itself around "at X": "we" (or "our", "us")
# a few words before it ("as we did at X", "what we do here at X", "we at
# X"), or right after it ("At X, we ...").
_WE_BEFORE = lazy(r"\b(?i:we|our|us)\b(?:\W+\w+){0,3}?\W+$")
_WE_AFTER = lazy(r"^\s*,?\s*(?i:we|our)\b")


def _we_at(text: str, start: int, end: int) -> bool:
    """Whether "at X" (from ``start`` to ``end``) is where "we" work: the
    framework's own organisation, whatever the name."""
    return _WE_BEFORE.search(text, max(0, start - 40), start) is not None or _WE_AFTER.match(text[end:]) is not None


# Before "at X": the framework's own people, or its own ways, at X ("as
# engineers at X do", "everyone at X", "as at X"), not a person cited for
# work done there ("Steve Wozniak at Apple").
_OWN_PEOPLE_BEFORE = lazy(
    r"\b(?i:as|engineers|developers|people|everyone|everybody|colleagues|staff|staffers|employees|teams|"
    r"team\s+members|leaders|managers|peers|folks)\s+$"
)
# After a cited organisation's name: its values, which a framework asks its
# own people to live by ("in line with the Google Engineering Values",
# "Netflix's values"), not a work of its that frameworks cite ("the Google
# SRE Handbook", "Amazon's Leadership Principles", "the Toyota Way").
_VALUES_OWNED = lazy(r"\b(?i:values)$")


# The word after "at X" and, where that one is an adverb, the word after it.
_NEXT_WORDS = lazy(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def _where_its_people_do(text: str, start: int, end: int) -> bool:
    """Whether "at X" (from ``start``, the name ending at ``end``) names
    where the people before it work, the subject of the verb after it
    ("everyone at Initech owns quality", "engineers at Initech should",
    "people at Initech actively own"), not a name that describes the noun
    after it ("peers at Exco level", "engineers at Expert level"): a
    modal, a verb in "-s", or one in its base form that is no noun."""
    if _OWN_PEOPLE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    from ..dictionary import english, verb_in_s  # read only for "everyone at X" before a word

    dictionary = english()
    word = m.group(1)
    if word.endswith("ly") and m.group(2):
        word = m.group(2)  # "everyone at Initech actively owns"
    return word in MODALS or (word.endswith("s") and verb_in_s(word)) \
        or (dictionary.verb(word) and not dictionary.noun(word))


def _spoken_of_as_ones_own(text: str, start: int, match: str) -> bool:
    """Whether a cited organisation's name in ``match`` (from ``start``)
    is spoken of as the framework's own: where its people work, or where
    its ways are the framework's ("as engineers at Google do", "as at
    Google"), or its values."""
    if match.startswith(("at ", "At ")):
        return _OWN_PEOPLE_BEFORE.search(text, max(0, start - 40), start) is not None
    return _VALUES_OWNED.search(match) is not None


# What an organisation says of itself after "At X, we" ("At LMG, we believe
# ...", "we value", "we're proud"), which no meeting says: at a meeting,
# "we" do something ("At ELT, we present the roadmap", "At QBR we discuss").
_ORGANISATION_SAYS = lazy(
    r"^\s*,?\s*(?:(?i:we)(?:(?:['’]re|\s+are)\s+(?:[a-z]+ly\s+)?"
    # "we are proud", "we're a team of": what it is, not what is expected there ("we are expected to present")
    r"(?:proud|committed|passionate|obsessed|dedicated|driven|united|a|an|one)\b"
    r"|\s+(?:(?:[a-z]+ly|all|really|always|still)\s+){0,2}"
    r"(?:believe|value|care|strive|aim|pride|love|embrace|champion|foster|hire)s?\b)"
    r"|(?i:our)\s+(?:core\s+)?(?:values|mission|culture|people|customers|clients)\b)"
)
# "what we do here at LMG": where "we" work, not a meeting.
_HERE_AT = lazy(r"\bhere\s+$")


def _an_organisation_speaking(text: str, start: int, end: int) -> bool:
    """Whether the acronym after "at" (from ``start`` to ``end``) is where
    "we" work, which only an organisation is ("here at LMG", "At LMG, we
    believe ..."), not a meeting or a body where "we" do something ("At
    ELT, we present the roadmap")."""
    return _HERE_AT.search(text, max(0, start - 10), start) is not None \
        or _ORGANISATION_SAYS.match(text[end:]) is not None


# Where a name ends a phrase that says the organisation one belongs to or
# gives back to ("a trusted voice in Initech and ...", "investing back into
# Initech."): not before a possessive, which names a person's or a body's
# ("a voice in Priya's team").
_BELONGING_END = r"(?!['’]s\b)" + _WIDER_PHRASE_END
# What a company has and a tool does not, after its name as a modifier or
# a possessive: its business and how it is seen ("Initech business
# success", "Initech's presence in the community", "part of Initech's
# success"). Not "growth": as often a person's ("Priya's career growth").
_BUSINESS = ("success", "goals", "objectives", "outcomes", "needs", "priorities", "strategy", "results")
_STANDING = ("presence", "reputation", "success", "business", "bottom line")

# The possessive shapes' texts, found in one pass (a shape whose trigger is the
# same object reads the texts found for another): "Initech's values" (what a
# possessive of an organisation starts), "Initech's product strategy" (what it
# owns), "Initech's presence" (how it stands).
_POSSESSIVE_TRIGGER = tuple(
    lazy(rf"{s}(?: (?i:{'|'.join(_POSSESSED_STARTS)})|{_OWNS_WIDER}| (?:[a-z-]+ )?(?:{'|'.join(_STANDING)})\b)")
    for s in ("'s", "’s")
)
# What follows "the" in "the Initech values", "the Initech engagement model", "the Initech way".
_THE_NAME_VALUES = (_NAME + r" (?:(?:engineering|core|company|operating|leadership) ){0,2}"
                    r"(?:values|mission|culture|brand|(?:engagement|operating|business) model)\b")
_THE_NAME_WAY = _NAME + r" (?:(?:engineering|core|company|operating|leadership) ){0,2}(?:way|principles)\b"
# Both, in one pass: "he", a capital, ... (few texts hold one).
_THE_NAME_TRIGGER = (lazy(rf"he (?:{_THE_NAME_VALUES}|{_THE_NAME_WAY})".replace("(?P<name>", "(?:")),)

_SHAPES: tuple[_Shape, ...] = (
    _Shape(
        # Not a pattern starting " ": the engine would stop at every space.
        ("Diversity", "Values", "Principles", "Way", "Handbook", "Code of Conduct", "Culture Code", "Mission"),
        # The name is the words before what an organisation calls its own
        # values, after a word of its kind or not: "the Stripe Operating
        # Principles", "the Initech Engineering Values" name Stripe and Initech.
        shape=lazy(
            r"\bthe " + _NAME + r" (?:(?:" + "|".join(_DOCUMENT_QUALIFIERS) + r") ){0,2}(?:Diversity Commitments?|"
            r"Diversity Principles|Values|Principles|Way|Handbook|Code of Conduct|Culture Code|Mission)\b"
        ),
        cites=True,
        acronyms=True,
    ),
    _Shape(
        ("ramework", "adder", "atrix", "ubric", "evels"),  # "Framework" and "framework"
        lazy(
            r"\b" + _NAME + r" (?:(?i:engineering) )?(?:(?i:career|progression|growth|competency|levell?ing) ){1,2}"
            r"(?i:framework|ladder|matrix|rubric|levels)\b"
        ),
    ),
    _Shape(
        (),
        # "'s " alone is in many texts, each then read by the whole shape.
        trigger=_POSSESSIVE_TRIGGER,
        shape=lazy(r"\b" + _NAME + rf"['’]s (?i:{_POSSESSED})\b"),
        cites=True,
        acronyms=True,
    ),
    _Shape(
        ("mployees", "taffers", "eam members"),
        lazy(r"\b" + _NAME + r" (?i:employees|staffers|team members)\b"),
        weak=True,
    ),
    # "the values and beliefs of LMG", "the culture of Initech": what only an
    # organisation has, owned by a name that ends the phrase; not an idea's
    # ("the culture of Continuous Delivery", "the values of Scrum"), and
    # not an acronym's culture ("a culture of HCD": a practice's).
    _Shape(
        ("values", "beliefs", "mission", "culture", "Values", "Beliefs", "Mission", "Culture"),
        lazy(
            r"\b(?i:values|beliefs|mission|culture)(?: and [a-z]+)? of (?:the )?" + _NAME
            + r"(?=$|[^\w\s-]|\s+(?:and|or|we|in|as|for|to|is|was|has|have|are|were|where|who|which|that|with|"
            r"on|from|because|will)\b)"
        ),
        weak=True,
        cites=True,
        acronyms=True,
        of_an_idea=True,
    ),
    # "at Exco level", "join C Suite meetings": a name that ends the phrase.
    # A name that is "I" is never reported ("that I", "at I/O").
    _Shape(
        (),
        trigger=_AT_TRIGGER,
        shape=lazy(
            r"(?<!\w)(?:[Aa]t|[Jj]oin|[Jj]oined|[Jj]oining) " + _NAME + _PHRASE_END
        ),
        weak=True,
    ),
    # "everyone at Initech owns quality": the workplace of the people before
    # it, the subject of the verb after it (which the check reads).
    _Shape(
        (),
        trigger=_AT_TRIGGER,  # the texts found for the shape above: not looked for again
        shape=lazy(r"(?<!\w)[Aa]t " + _NAME + r"(?=\s+[a-z])"),
        weak=True,
        said_of_its_people=True,
    ),
    # "at Brightfold and Initech": a second workplace named beside the first
    # (one's own, most often, which the shape above passes over).
    _Shape(
        (),
        trigger=_AT_TRIGGER,  # the texts found for the shape above: not looked for again
        shape=lazy(
            r"(?<!\w)(?:[Aa]t|[Jj]oin|[Jj]oined|[Jj]oining) [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*"
            r"(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){0,2}? (?:and|or|&) " + _NAME
            + _PHRASE_END
        ),
        weak=True,
    ),
    # "across Initech", "inside and outside Initech": where an organisation
    # stands as often as a place, a team or a tool ("across Europe", "within
    # Payments", "inside Jira").
    _Shape(
        ("cross ", "ithin ", "hroughout ", "utside ", "nside ", "utside of ", "nside of "),  # "across" and "Across"
        lazy(
            r"\b(?:[Aa]cross|[Ww]ithin|[Tt]hroughout|(?:[Oo]ut|[Ii]n)side(?: of)?) "
            + _NAME + _WIDER_PHRASE_END
        ),
        name_after_words=True,
        weak=True,
        of_a_place=True,
    ),
    # "Represents Initech at conferences": acting for an organisation, or for
    # a team ("Represents Payments in planning"); a cited organisation
    # alone is the one acted for ("Represents Microsoft at conferences").
    _Shape(
        ("epresent",),  # "Represents" and "represents"
        lazy(r"\b[Rr]epresent(?:s|ed|ing)? " + _NAME + _WIDER_PHRASE_END),
        weak=True,
        of_a_place=True,
        acts_for=True,
    ),
    # "stakeholders in BrightHR", "operational teams in Initech at peer
    # level": the organisation its people are in. Not "customers in" or
    # "users in", which name a region or the tool they are kept in as often
    # ("segments customers in Klaviyo"); the people "at X", "across X" and
    # "within X" are the shapes' above.
    _Shape(
        ("takeholders in ", "olleagues in ", "eams in "),
        shape=lazy(r"\b(?i:stakeholders|colleagues|teams) in " + _NAME + _BELONGING_END),
        name_after_words=True,
        weak=True,
        cites=True,
        of_a_tool=True,
    ),
    # "as Staffbase does", "as Initech did", "as Initech do.": the
    # organisation whose ways the text follows, ending its clause; as often a
    # technology ("as Rust does") or a team ("as Platform does"). Not before
    # "for" or "with": what a person does for someone ("as Priya did for them").
    _Shape(
        # The verb, rarer than "as " (in "has", "was", "areas"): "do", "has" and "have" only before a mark.
        (" does", " did", " done", *(f" {verb}{mark}" for verb in ("do", "has", "have") for mark in ".,;!?")),
        shape=lazy(
            r"(?<![\w-])[Aa]s " + _NAME + r" (?:(?:does|did|(?:has|have) done)(?=$|[^\w\s-]|\s+(?:and|or|but|so|"
            r"when|while|today|now|here|there|in)\b)|(?:do|has|have)(?=[.,;!?]))"
        ),
        weak=True,
        cites=True,
        of_a_tool=True,
    ),
    # "Initech's experimentation methodology", "Initech's product strategy":
    # what an organisation owns, after a word or two saying which.
    _Shape(
        (),
        # The words owned are in many texts ("values", "customers"): the possessive before them is not.
        trigger=_POSSESSIVE_TRIGGER,
        shape=lazy(r"\b" + _NAME + r"['’]s" + _OWNS_WIDER),
        weak=True,
        cites=True,
        of_a_place=True,
    ),
    # "the Initech values", "the Initech engagement model": what a company
    # calls its own, in lower case (in capitals, the first shape's); a
    # language's or a tool's values are seldom named so, but a tool's name
    # may be a company's ("the Atlassian values").
    # The words after the name are common (" values", " model", " way"): the
    # trigger is the shape from "he" and a capital on, which few texts hold.
    _Shape(
        (),
        trigger=_THE_NAME_TRIGGER,
        shape=lazy(r"\b[Tt]he " + _THE_NAME_VALUES),
        weak=True,
        cites=True,  # "the Amazon values"
        of_a_place=True,
    ),
    # "the Initech way", "the Initech principles": as often a language's or a
    # tool's ("the Python way", "the Rails way", "the React principles").
    _Shape(
        (),
        trigger=_THE_NAME_TRIGGER,
        shape=lazy(r"\b[Tt]he " + _THE_NAME_WAY),
        weak=True,
        cites=True,  # "the Toyota way"
        of_a_tool=True,
    ),
    # "Initech's presence in the technology community", "part of Initech's
    # success", "Initech business success": how a company stands and does.
    _Shape(
        (),
        trigger=_POSSESSIVE_TRIGGER,
        shape=lazy(r"\b" + _NAME + rf"['’]s (?:[a-z-]+ )?(?:{'|'.join(_STANDING)})\b"),
        weak=True,
        cites=True,
        of_a_tool=True,
    ),
    _Shape(
        (" business ",),
        lazy(r"\b" + _NAME + rf" business (?:{'|'.join(_BUSINESS)})\b"),
        weak=True,
        of_a_tool=True,
    ),
    # "a trusted voice in Initech", "an ambassador for Initech", "investing
    # back into Initech", "known beyond Initech": the organisation one
    # belongs to or invests in; as often a community's technology ("a
    # voice in Rust", "beyond React"). Giving or contributing back is what
    # people do for open-source projects ("gives back to ClojureScript",
    # "contributes back into Babashka"), so only investing says a company;
    # so is advocating ("an advocate for Kotlin", developer advocates), where
    # an ambassador speaks for an organisation (a brand's, a foundation's).
    _Shape(
        ("voice", "mbassador", "nvest", "eyond "),
        lazy(
            r"(?:\b(?:voice|ambassador)s? (?:in|of|for|within)|\b[Ii]nvest(?:s|ed|ing)? back (?:in)?to"
            r"|\b[Rr]einvest(?:s|ed|ing)? (?:back )?(?:in|into)|\b[Bb]eyond) "
            + _NAME + _BELONGING_END
        ),
        weak=True,
        of_a_tool=True,
    ),
)
# Capitalised words that start a noun phrase but never a name: the
# calendar's too (days, months, holidays), and a place of study named by
# its kind ("at University").
_NOT_NAMES = frozenset(
    """A An The This That These Those Our Their Your My His Her Its We Every Each All Any Some No
    Least Most Level Levels Stage Step Grade Band Senior Junior Staff Principal Lead Head Director Manager
    Engineering Product Design Data Team Teams Company Organisation Organization Group Department Squad Tribe
    Chapter Guild Scale Work Home Office University College School Times Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December I
    Christmas Xmas Easter Thanksgiving Diwali Ramadan Eid Hanukkah Passover Halloween""".split()
)
# "Elite at TypeScript", "good at Go": "at" after a word of skill names what
# someone is good at, not where they work.
_SKILLED = frozenset(
    "good great elite excellent proficient skilled expert experts adept better best strong stronger competent "
    "fluent effective brilliant exceptional outstanding capable poor weak bad".split()
)
# What someone gives at an event: "a talk at DEF CON", "a paper at CVPR".
# Not "talks": "gives tech talks at Initech" are an organisation's own.
_GIVEN = frozenset("talk keynote keynotes paper papers poster posters".split())
# "speak at QCon", "present at Devoxx", "publishes at NeurIPS", "gives a
# talk at DEF CON", "a paper at CVPR": where someone speaks or publishes is
# an event, a conference (named in capitals or not).
_SPEAKING = _GIVEN | frozenset(
    "speak speaks spoke speaking present presents presented presenting publish publishes published publishing".split()
)
# Where a paper is written is where its author works: "wrote a paper at
# Initech" names an employer, as "a paper at CVPR" does not.
_WRITING = frozenset("write writes wrote written writing author authors authored authoring co-authored".split())
# What a meeting or an event is called after: "Sprint Review", "Demo Day",
# "Lunch and Learn sessions", "Tech Talks".
_EVENTS = frozenset(
    """review reviews retro retros retrospective retrospectives standup standups stand-up stand-ups demo demos
    day days week summit summits conference conferences meetup meetups hackathon hackathons showcase showcases
    offsite offsites planning kickoff kickoffs session sessions workshop workshops talk talks meeting meetings
    event events sync syncs hours hall halls bash bashes""".split()
)
# A conference named as conferences are: "KotlinConf", "QCon", "PyCon".
_CONFERENCE = lazy(r"[A-Za-z0-9]Conf?$")
# "Lunch and Learn sessions": a name that goes on into an event.
_EVENT_AFTER = lazy(r"((?:\s+(?:and|&|or|n['’]?)\s+[A-Z][\w-]*)*)\s+([a-z][\w-]*)")
#: Methods, and a public document, that frameworks cite for their values,
#: principles and codes ("the Scrum Values", "the Contributor Covenant Code
#: of Conduct"): no words around them tell them from an organisation's name
#: in the same shape, and they are few and well known.
_METHODS = frozenset({"Agile", "Contributor Covenant", "DevOps", "Kaizen", "Kanban", "Lean", "SAFe", "Scrum"})
#: What the name of a book, a method or an idea ends with ("the Agile
#: Manifesto's values", "the Twelve-Factor App's principles"): a work that
#: is cited, not an organisation. An organisation's own is still found by
#: the name before it ("the Initech Handbook").
_WORKS = frozenset(
    "Manifesto Guide Handbook Book Playbook Charter Method Methodology Model Philosophy Pattern Law Theorem "
    "Principle Rule App".split()
)


class BrandByShape(Rule):
    """A name in no list that reads like another organisation's, found by its shape.

    Shapes: "the X Diversity Commitments" (Values, Principles, Way,
    Handbook, Code of Conduct, Mission; also after one or two of the words
    organisations put there, Engineering, Operating, Leadership, Core and
    Company, which are not part of X: "the X Operating Principles", "the X
    Engineering Values", "the X Leadership Principles"), "X Engineering Career Framework"
    (or Progression Framework, Career Ladder, ...), "X's values" (mission,
    culture, employees, customers, product owners, operational
    infrastructure, ...: what only an organisation has, not "React's
    codebase"; also after a word such as "engineering" or
    "core": "X's engineering principles", "X's core values"), "X's
    engineering ladder" (career framework, progression levels, ...; not a
    law or a principle named after a person: "Conway's law", "Postel's
    principle"), "the values of X" (beliefs, mission, culture: "the
    values and beliefs of X"; not an idea's: "the culture of Continuous
    Delivery", "the culture of TDD", "a culture of HCD", "the values of
    DEI"), "X employees", "at X" and "join X" where X ends the phrase
    ("worked at X, and ...", "at X should"), "at X" before a verb where
    people come before it ("everyone at X owns quality", "engineers at X
    write tests"; not before a noun X describes: "peers at Exco level",
    nor English words capitalised, a stage, a meeting or a section:
    "everyone at Onboarding learns ...", "at Kickoff", "at Level Three";
    a product's or a service's name is still a company's there, "at
    Slack", and so is one frameworks cite, "at Apple"),
    and the name beside another there ("at Brightfold and X"), "across X" (within,
    throughout, outside, "inside and outside X") and "Represents X"
    ("Represents X at conferences"), its people in it ("stakeholders in
    X", "operational teams in X at peer level", "colleagues in X"; not
    "customers in X" or "users in X", as often a region or the tool they
    are kept in), its ways followed ("as X does", did, "as X has done",
    or "do", "has" before a mark: "as X do."; not before "for" or
    "with", a person's doing: "as Priya did for them"), and "X's" before what an
    organisation owns, after a word or two saying which ("X's
    experimentation methodology", "X's product strategy", roadmap,
    customers, stakeholders, engineers, culture, values, mission; not
    "vision", as often a person's, nor "users", as often a product's), and where the context says a company rather than
    a technology: "the X values" in lower case (mission, culture,
    principles, way, brand, engagement model, operating model: "the X
    way", "the X engagement model"), "X's presence" (reputation, success,
    business, after a word or not: "part of X's continued success"), "X
    business success" (goals, objectives, needs, strategy ...), "a
    trusted voice in X" (an ambassador for X), "investing back into X"
    ("reinvests into X"; not "gives back to X", "contributes back into X"
    or "an advocate for X", which people do for open-source projects and
    technologies: "gives back to ClojureScript", "an advocate for Tauri") and "beyond X", where X is a
    capitalised name. In "across X", "Represents X", "X's product
    strategy" and "the X values" in lower case, X is not reported when all its
    words are English words, terms of the trade or acronyms, as a place's,
    a team's, a tool's or a product's are ("across Europe", "within
    Payments", "within ML Platform", "inside Jira", "React's roadmap",
    "the Kubernetes values"); in "the X way" (principles), "X's
    presence", "X business success", "a trusted voice in X", "back into
    X", "beyond X", "stakeholders in X" and "as X does", nor when each word is also a tool's, a service's
    or a library's name, as a technology fills them too ("a trusted voice
    in Rust", "the Python way", "the
    Node.js way", "Terragrunt's success", "teams in Jira", "as Rust
    does"); in the shapes of both lists, nor when X is a function named as its
    operations ("stakeholders in RevOps", "across PeopleOps"). "X best
    practices" alone is no shape: tools have best practices too, and no
    list names every tool ("Pulumi best practices"); it is reported once
    another shape has found X.
    X is not reported when it is the framework's own organisation or one
    of its aliases, or their initials ("LMG" for Loan Market Group), or
    starts with its name ("across Acme Labs Engineering" by Acme Labs: a
    part of it), a name LL301 knows (its built-in list and its
    `known-brands`; a name another framework of the run declares only
    where LL301 reports it, so that the run says at least what the file
    checked alone says: "Netlify's product owners" where LL301 leaves
    "Netlify", a term of the trade) or one that overlaps a name
    where LL301 reports it ("at Monzo Bank": LL301's 'Monzo'), the sample company of
    templates, Acme, which LL406 reports, one in
    the `allowed-names` option, an organisation frameworks cite for its
    books, methods and people ("the Google SRE Handbook", "Amazon's
    Leadership Principles", "Steve Wozniak at Apple"; but not where "we"
    work there: "as we did at Google", "At Google, we ...", nor where its
    people or its ways are spoken of as the framework's own: "as engineers
    at Google do", "everyone at Google", "as at Google", nor its values,
    which a framework asks its own people to live by: "in line with the
    Google Engineering Values", "Google's values", "the Google values",
    though "Google" is also a word and a product's name, nor where
    someone acts for it: "Represents Microsoft at conferences", but not
    "Represents Google Cloud", a product; its other mentions are then
    reported only where it stands for the organisation, "worked at
    Microsoft", not "meets in Microsoft Teams"), a level, competency,
    dimension or glossary
    term of the framework, a word the framework writes right after its own
    organisation's name (a part of it: "the Tech Leadership Principles"
    beside "BuzzFeed Tech"), a word the framework also uses in lower case
    ("at Scale" / "scale"), an acronym's plural ("at AMAs"), an acronym
    ("at FAM", "HR employees", "the TPM Career Ladder": a forum, a body or
    a role far more often) but where only an organisation fits: "LMG's
    values" (culture, customers, engineering ladder ...; not
    after "the" or "our", nor owning what a body has too: "the CTO's
    vision", "SLT's vision", "PMO's mission"), "the LMG Values", "the
    values of LMG" (not "the values of the SLT", "the mission of the
    CoE": a body of one's own), "At LMG, we believe ..." (value, care,
    strive ...: what an organisation says of itself; not what is done at
    a meeting: "At ELT, we present the roadmap"), "here at LMG", and
    then only one of three letters or more that is no chief's title,
    body, term of the trade, tool or English word ("API", "SRE",
    "SOLID"), an English word that is capitalised only because it starts a sentence
    ("Holds team members to ...", also on a line of a list: "- Holds
    ..."), a day, a month or a
    holiday ("at Christmas"), a place of study named by its kind ("at
    University", "at School"), or followed by a number ("at Level 3", "at
    Sev-1"); nor is "at X" after a
    word of skill ("Elite at TypeScript") or of speaking or publishing
    ("speak at Devoxx", "publishes at NeurIPS", "gives a talk at DEF CON
    or Black Hat", "a paper at CVPR"; but not "speak at Initech's
    all-hands", nor "gives tech talks at Initech", nor "wrote a paper at
    Initech": where a paper is written is a workplace). Nor is X an event: a
    conference named as they are ("KotlinConf", "QCon"), or a meeting or
    an event named in English words ("at Sprint Review", "at Lunch and
    Learn sessions", "at Town Hall", "at Stand-up", "at Post-Incident
    Review"; not "at Initech Summit", an event of Initech's), or by two
    things done there joined by "and" or "&" ("at Show & Tell", "at Lunch
    and Learn", "at Meet & Greet"; not "at Marks & Spencer"); nor
    a method or a public document frameworks cite for their values ("the
    Scrum Values", "the Contributor Covenant Code of Conduct": Agile,
    DevOps, Kaizen, Kanban, Lean, SAFe, Scrum), a method's book or body ("the
    Agile Manifesto's values", "the Scrum Guide"), or a work or an idea
    named by what it is ("the Twelve-Factor App's principles", "the Unix
    Philosophy": a Manifesto, Guide, Handbook, Model, Law ...; but "the
    Initech Handbook" still names Initech). "X employees", "at X",
    "join X", "across X", "Represents X", "stakeholders in X", "as X does"
    and "X's product strategy" are
    not looked for in names and titles, where every word is
    capitalised, and no shape is looked for in credits and citations
    ("heavily inspired by the Initech Engineering Ladder", "see ..."; not
    after "as described in": "as described in the Initech Handbook" names
    it as the framework's own, as LL301 says). Once
    a name is found by its shape, its other mentions in the framework are
    reported too ("grow the Initech team"), once per text and name, unless
    the framework's own organisation is still a placeholder: then the name
    may be its own, and the finding asks which it is, saying how many
    texts name it. Where two names
    found overlap ("Initech Pay" and "Initech"), a mention is reported by
    the longest alone.

    Why this matters:
        The built-in list of LL301 cannot know every organisation whose
        framework was adapted. These shapes are how an organisation's own
        name appears in its framework, so a name in them that is not yours
        is most likely a leftover; a line pasted from another company's
        ladder often names it once, in such a shape ("a trusted voice in
        Carvago", "Packback's presence in the technology community"). It
        is a warning: the shape is a guess.

    Example:
        ```yaml
        organisation: {name: EscrowTab}
        levels:
          - id: IC1
            competencies:
              culture:
                - I live the Initech Values every day
                - I am a trusted voice in Initech and investing back into it
        ```
        Fix: write your own organisation's name, or add the name to
        `allowed-names` if it is not an organisation's.
    """

    code = "LL302"
    name = "brand-by-shape"
    severity = Severity.WARNING
    needs = frozenset({ORGANISATION})
    scope = "run"
    options = (
        Option("allowed-names", LIST_OF_TEXT, (), "names that are not another organisation's, such as a partner"),
    )
    # The names LL301 is configured to report are its too.
    reads = (("LL301", "known-brands"),)

    def __init__(self, values: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(values, **kwargs)
        self._names = WithKnownBrands((values or {}).get("known-brands", ()))

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        # Names LL301 knows are its to report, whatever its allowed-names say.
        known = self._names.index(analysis.run)
        known_spans: dict[int, list[tuple[int, int]]] | None = None  # where LL301 reports them
        allowed = set(self.option("allowed-names"))
        prose = analysis.prose
        vocabulary = _vocabulary(framework)
        org = framework.organisation
        unnamed = only_placeholder(org.name)
        own = OwnNames(org)
        found: dict[int, list[tuple[int, str, re.Match[str], _Shape]]] = {}
        triggered: list[tuple[tuple[re.Pattern[str], ...], list[int]]] = []  # shapes may share a trigger
        for shape in _SHAPES:
            if shape.trigger:
                shared = [hits for trigger, hits in triggered if trigger is shape.trigger]
                candidates = shared[0] if shared else prose.hits_any(shape.trigger)
                triggered.append((shape.trigger, candidates))
            else:
                candidates = prose.containing(shape.words, before_a_capital=shape.name_after_words)
            for i in candidates:
                field = prose.fields[i]
                if (shape.weak and field.kind in TITLE_KINDS) or field.kind == "credit":
                    continue
                if field.kind in TITLE_KINDS and own.include(field.text.split()[:1]):
                    # "Pangolin Extremely Long Named Engineering Career Framework" by Pangolin: a title
                    # in title case that opens with the organisation's own name is its own.
                    continue
                for m in shape.shape.finditer(field.text):
                    found.setdefault(i, []).append((m.start("name"), m.group("name"), m, shape))
        departments: set[str] | None = None
        reported: dict[str, set[int]] = {}  # each name reported, and the texts it was reported in
        reported_spans: dict[int, list[tuple[int, int]]] = {}  # where, in each text
        for i in sorted(found):
            field = prose.fields[i]
            text = field.text
            spans = url_spans(text) + credit_spans(text)
            seen: set[str] = set()
            for _, _, m, shape in sorted(found[i], key=lambda item: item[:2]):
                start, end = m.span("name")
                if shape.said_of_its_people and not _where_its_people_do(text, m.start(), end):
                    continue
                # "at Apple" cites where someone works; "join Apple", "Apple employees", and "at Apple"
                # said by "we" ("as we did at Apple", "At Apple, we ...") speak of one's own.
                at = m.group().startswith(("at ", "At "))
                cites = (shape.cites or (at and not _we_at(text, m.start(), end))) \
                    and not _spoken_of_as_ones_own(text, m.start(), m.group())
                name = _trim(text, start, end, own, vocabulary)
                if name is None or name in seen or name in allowed or inside(spans, end - len(name), end):
                    continue
                cited = not CITED_ORGANISATIONS.isdisjoint(name.split(" "))
                if shape.of_an_idea and _an_acronym(name) and text[: end - len(name)].endswith("the "):
                    continue  # "the mission of the PMO", "the values of the SLT": a body of one's own
                # An acronym is an organisation's name only in a shape that nothing else fills,
                # and "at X" only where "we" work there ("At LMG, we believe ...").
                acronym_ok = (shape.acronyms and not _owned(text, end - len(name), end)
                              and not (shape.of_an_idea and m.group().casefold().startswith("culture"))) \
                    or (at and _an_organisation_speaking(text, m.start(), end))
                if (
                    not _looks_like_a_name(name, text[end:], prose.lower_words, vocabulary, acronym_ok)
                    # A name of the run's LL301 reports where it stands for the organisation, and
                    # where it does not, is reported here as it is where the file is checked alone.
                    or (known.knows(name) and not known.declared_in_run(name))
                    or (cites and cited)
                    or own.include((name,))
                    or SAMPLE_ORGANISATION.match(name)  # "at Acme Corp": a template's sample company, LL406's
                    or _word_starting_a_sentence(text, end - len(name), name)
                ):
                    continue
                if m.group().startswith(("at ", "At ")) and _not_a_workplace(text, m.start(), text[end:]):
                    continue
                if shape.of_an_idea and not name.isupper() and _english(name.split(" ")):
                    continue
                if shape.of_a_place and _english([w for w in name.split(" ") if not _an_acronym(w)]) \
                        and not (cited and _VALUES_OWNED.search(m.group())) \
                        and not (shape.acts_for and name in CITED_ORGANISATIONS):
                    # "within ML Platform", "across Europe": a team's or a place's words; but "the Google
                    # values" are an organisation's, whatever else its name means.
                    continue
                if shape.said_of_its_people and not cited and _ordinary_words(name):
                    continue  # "everyone at Onboarding learns ...", "at Kickoff", "at Level Three": a stage or a section
                if shape.of_a_tool and _a_tool(name):
                    continue  # "a trusted voice in Rust", "the Python way": a technology's
                if (shape.of_a_place or shape.of_a_tool) and _OPERATIONS.fullmatch(name):
                    continue  # "stakeholders in RevOps", "across PeopleOps": a function, a team
                if _a_method_or_a_work(name) or _an_event(name, text[end:]) \
                        or _a_pair_of_doings(text, end - len(name), end):
                    continue
                if departments is None:
                    departments = _departments(prose.text, org)
                if name in departments:
                    continue  # 'the Tech Leadership Principles' where the framework says 'BuzzFeed Tech'
                if known_spans is None:
                    known_spans = known.mention_spans(prose, own)
                if inside(known_spans.get(i, ()), end - len(name), end):
                    continue  # "at Monzo Bank": LL301 reports 'Monzo'
                seen.add(name)
                reported.setdefault(name, set()).add(i)
                reported_spans.setdefault(i, []).append((end - len(name), end))
                # With no name of its own yet (an import that found none), the name may be its own.
                # Its other mentions are not reported one by one then: say how many texts name it.
                named = _texts_naming(prose, name) if unnamed else 1
                whose = (f"an organisation's name{f', named in {named} texts' if named > 1 else ''}, and the "
                         f"organisation's name is still '{org.name}': if {name} "
                         "is this framework's organisation, write it there; if not, it is a leftover"
                         if unnamed else f"another organisation's name, not {org.name}'s")
                yield Violation(
                    field.path,
                    f"'{name}' reads like {whose}: '{excerpt(text, m.start(), m.end(), 12)}'"
                    + ("" if unnamed else _advice(name, org.name)),
                    file=framework.file,
                    span=(end - len(name), end),
                )
        if not unnamed:  # with no name of its own, any name may be the organisation's
            if reported and known_spans is None:
                known_spans = known.mention_spans(prose, own)
            for i, spans_here in (known_spans or {}).items():  # LL301's: not said twice
                reported_spans.setdefault(i, []).extend(spans_here)
            yield from _other_mentions(framework, prose, reported, reported_spans)


def _mention_pattern(name: str) -> re.Pattern[str]:
    """A name written on its own: "Initrode-wide", "Initrode-specific" name
    it too, "Initrode-Globex" is another name; an acronym's possessive is
    often written without its apostrophe ("LMGs most important needs")."""
    plural = "s?" if name.isupper() else ""
    return re.compile(rf"(?<![\w-]){re.escape(name)}{plural}(?!\w|-(?![a-z]))")


def _texts_naming(prose: Prose, name: str) -> int:
    """How many of the framework's texts, credits aside, name ``name``."""
    return sum(prose.fields[i].kind != "credit" for i in prose.hits(_mention_pattern(name)))


def _other_mentions(
    framework: Framework, prose: Prose, reported: dict[str, set[int]], spans: dict[int, list[tuple[int, int]]]
) -> Iterable[Violation]:
    """The other texts that name an organisation found by its shape ('grow
    the Initrode team' beside 'Initrode's mission'): once a name reads as
    another organisation's, each of its mentions is a leftover to fix.
    A mention is reported once, by the longest name found there ('Initrode
    Pay', not 'Initrode' too); ``spans`` are those reported already."""
    mentions: dict[str, list[tuple[int, list[re.Match[str]]]]] = {}
    for name, texts in sorted(reported.items()):
        pattern = _mention_pattern(name)
        for i in prose.hits(pattern):
            if i in texts or prose.fields[i].kind == "credit":
                continue
            text = prose.fields[i].text
            matches = [m for m in pattern.finditer(text)
                       # A cited organisation's name is as often its product's ("Microsoft Teams", "Google
                       # Docs") or a work's: again only where it stands for the organisation ("at Microsoft").
                       if name not in CITED_ORGANISATIONS or in_organisation_context(text, m.start(), m.end())]
            if matches:
                mentions.setdefault(name, []).append((i, matches))
    # Longest names first, each taking its first mention in a text that no longer name's covers.
    claimed = {i: list(reported_here) for i, reported_here in spans.items()}
    first: dict[tuple[str, int], re.Match[str]] = {}
    for name in sorted(mentions, key=len, reverse=True):
        for i, matches in mentions[name]:
            free = [m for m in matches if not any(a < m.end() and m.start() < b for a, b in claimed.get(i, ()))]
            if free:
                claimed.setdefault(i, []).append(free[0].span())
                first[name, i] = free[0]
    for name, found in sorted(mentions.items()):
        for i, _ in found:
            m = first.get((name, i))
            if m is None:
                continue
            field = prose.fields[i]
            yield Violation(
                field.path,
                f"'{name}' again, which reads elsewhere in the framework as another organisation's name, not "
                f"{framework.organisation.name}'s: '{excerpt(field.text, m.start(), m.end(), 12)}'"
                + _advice(name, framework.organisation.name),
                file=framework.file,
                span=m.span(),
            )


def _advice(name: str, organisation: str) -> str:
    """What to do with a name that reads as another organisation's."""
    return f"; write {organisation} there, or add '{name}' to this rule's `allowed-names` if it is meant"


def _trim(text: str, start: int, end: int, own: OwnNames, vocabulary: set[str]) -> str | None:
    """The name without a first word capitalised only because it starts a
    sentence ("Exemplifies Monzo's culture"); None if any of its tails is
    the framework's own organisation or one of its own terms ("Senior
    Machine Learning Engineer Career Ladder"), or if it starts with the
    own organisation's name, a part of it following ("across Acme Labs
    Engineering" by Acme Labs)."""
    words = text[start:end].split(" ")
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if (i and tail in vocabulary) or own.include((tail,)):
            return None
        if i and organisation_key(" ".join(words[:i])) in own.keys:
            return None
    if len(words) > 1 and starts_sentence(text, start):
        words = words[1:]
    return " ".join(words)


def _not_a_workplace(text: str, at: int, after: str) -> bool:
    """Whether the "at" that starts at ``at`` follows a word of skill ("Elite
    at TypeScript", "good at Go"): what someone is good at, not where; or a
    word of speaking or publishing ("speak at QCon", "publishes at NeurIPS",
    "a talk at DEF CON"): an event, unless it is someone's
    ("present at Initech's all-hands"), or a paper written there ("wrote a
    paper at Initech": a workplace)."""
    word = text[max(0, at - 40) : at].rstrip().rsplit(" ", 1)[-1].casefold()
    if word in _GIVEN and not _WRITING.isdisjoint(text[max(0, at - 60) : at].casefold().split()[-4:-1]):
        return False
    return word in _SKILLED or (word in _SPEAKING and not after.startswith(("'s", "’s")))


def _a_method_or_a_work(name: str) -> bool:
    """Whether the name is a method's ("Scrum"), of a method's book or body
    ("the Scrum Guide", "the Agile Alliance"), or a work's or an idea's
    ("the Unix Philosophy")."""
    words = name.split(" ")
    return name in _METHODS or words[0] in _METHODS or (len(words) > 1 and words[-1] in _WORKS)


def _an_event(name: str, after: str) -> bool:
    """Whether the name is a conference's ("KotlinConf", "QCon") or a
    meeting's or an event's made of English words ("Sprint Review", "Lunch
    and Learn sessions"). An event named after someone ("Initech Summit")
    is theirs, and so still a leftover."""
    words = name.split(" ")
    if _CONFERENCE.search(words[-1]):
        return True
    if words[-1].casefold() in _EVENTS:
        return _english(words[:-1])  # "Sprint Review"; or a meeting's word alone: "Stand-up", "Retro"
    m = _EVENT_AFTER.match(after)
    return m is not None and m.group(2) in _EVENTS and _english(words + m.group(1).split()[1::2])


# A capitalised word joined to the name by "and", "&" or "n'", before it or after it.
_PARTNER_BEFORE = lazy(r"(?<![\w-])([A-Z][a-z]+)\s+(?:and|&|n['’]?)\s+$")
_PARTNER_AFTER = lazy(r"\s+(?:and|&|n['’]?)\s+([A-Z][a-z]+)(?![\w-])")


def _a_pair_of_doings(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is one of two verbs joined by
    "and" or "&" that name a meeting by what is done there ("Show & Tell",
    "Lunch and Learn", "Meet & Greet"), not an organisation ("Marks &
    Spencer", "Initech and Globex")."""
    name = text[start:end]
    if " " in name:
        return False
    before = _PARTNER_BEFORE.search(text, max(0, start - 30), start)
    after = _PARTNER_AFTER.match(text, end)
    partner = before or after
    if partner is None:
        return False
    from ..dictionary import english  # read only for a name joined to another

    return all(english().verb(word.casefold()) for word in (name, partner.group(1)))


def _english(words: list[str]) -> bool:
    """Whether each word is English or a term of the trade ("Tech"), as is
    each part of a word joined by hyphens, a prefix one of them
    ("Post-Incident", "Fix-it")."""
    from ..dictionary import engineering_term, english, hyphenated_prefix  # read only for a name that may be an event's

    parts = [(part, i < len(joined) - 1) for joined in (w.casefold().split("-") for w in words)
             for i, part in enumerate(joined)]
    return all(english().knows(part) or engineering_term(part) or (before_hyphen and hyphenated_prefix(part))
               for part, before_hyphen in parts)


def _ordinary_words(name: str) -> bool:
    """Whether each word of the name is English or a term of the trade
    ("Onboarding", "Kickoff", "Level Three"), capitalised as a stage, a
    meeting or a section is, and none the name of a product or a service
    as well ("Slack"), which a company may bear."""
    from ..dictionary import software_term, trade_names  # read only for a name after "everyone at"

    words = name.split(" ")
    return _english(words) and not any(
        software_term(w.casefold()) or w.casefold() in trade_names() for w in words)


# An organisation's function named as its operations ("PeopleOps",
# "RevOps", "BizOps"): a team, where a place, a team or a tool stands.
_OPERATIONS = lazy(r"(?:[A-Z][a-z]+)+Ops")


def _a_tool(name: str) -> bool:
    """Whether each word of the name is English, a term of the trade, an
    acronym or a tool's, a service's or a library's name ("Rust",
    "Kubernetes", "AWS", "Terragrunt", "Node.js"): a technology, not an
    organisation."""
    from ..dictionary import software_term  # read only for a name in a shape a tool fills too

    def a_tool(word: str) -> bool:
        # "Node.js" is listed as "nodejs"; "Leads.io" is no "leads" and "io".
        return _an_acronym(word) or any(_english([spelling]) or software_term(spelling.casefold())
                                        for spelling in {word, word.replace(".", "")})

    return all(a_tool(word) for word in name.split(" "))


def _departments(text: str, organisation: Organisation) -> set[str]:
    """The capitalised words the framework writes right after its own
    organisation's name: its parts ('BuzzFeed Tech', 'Acme Labs')."""
    spellings = "|".join(re.escape(s) for s in sorted(own_spellings(organisation), key=len, reverse=True) if s)
    if not spellings:
        return set()
    return set(re.findall(rf"(?<!\w)(?:{spellings})[ \t]+([A-Z][\w&-]*)", text))


def _word_starting_a_sentence(text: str, start: int, name: str) -> bool:
    """Whether the name is one English word that starts a sentence, and so
    is capitalised for that reason alone ("Holds team members to ...")."""
    if " " in name or not starts_sentence(text, start):
        return False
    from ..dictionary import english  # read only for a name that starts a sentence

    return english().knows(name.casefold())


def _looks_like_a_name(
    name: str, after: str, common: frozenset[str], vocabulary: set[str], acronym_ok: bool = False
) -> bool:
    words = name.split(" ")
    if len(name) < 2 or words[0] in _NOT_NAMES or name in vocabulary or name_key(name) in vocabulary:
        return False
    if len(words) == 1 and name[:-1].isupper() and name.endswith("s") and len(name) > 2:
        return False  # an acronym's plural ("at AMAs", "at QBRs"): forums and meetings
    if len(words) == 1 and name.isupper():
        # An acronym ("at FAM level"): a team, a forum or a process far more
        # often; an organisation's only in the shapes that say so.
        return acronym_ok and _an_organisations_acronym(name)
    if re.match(r"\s*\d", after) or re.search(r"-\d+$", name):  # "at Level 3", "join Phase 2", "at Sev-1"
        return False
    if all(w.casefold() in DISCIPLINES for w in words):
        return False  # "the Data Science Career Ladder": a discipline
    # Every word also written in lower case: ordinary words, capitalised.
    return not all(w.casefold() in common for w in words)


# "the CTO's vision", "our SLT's priorities": a word before the acronym
# that makes it a body or a role of one's own, not another organisation.
_DETERMINER_BEFORE = lazy(r"\b(?i:the|a|an|our|your|their|his|her|its|my|each|every|this|that)\s+$")
# A chief's title: CEO, CTO, CMO, CISO.
_CHIEF = lazy(r"C[A-Z]{1,2}O")


# What an acronym's possessive must own to be an organisation's: not what a
# body or a role has too ("SLT's vision", "PMO's mission", "the VP's principles").
_OWNED_BY_AN_ORGANISATION = lazy(
    r"['’]s (?i:(?:(?:engineering|core|company|cultural|founding) )?(?:values|culture|diversity|employees|"
    r"customers|clients|offices|headquarters|handbook|brand)|(?:(?:engineering|career|progression|competency) )"
    r"{1,2}(?:ladder|framework|levels|matrix))\b"
)


def _owned(text: str, start: int, end: int) -> bool:
    """Whether the possessive name at text[start:end] is a role's or a
    body's: after a determiner ("the CTO's vision"), or owning what a body
    has too ("SLT's vision"), not what only an organisation has ("LMG's
    values")."""
    if not text.startswith(("'s", "’s"), end):
        return False
    return _DETERMINER_BEFORE.search(text, max(0, start - 10), start) is not None \
        or _OWNED_BY_AN_ORGANISATION.match(text, end) is None


def _an_acronym(name: str) -> bool:
    """Whether the name is one short word of capitals, a small letter
    between them or not ("PMO", "SLT", "CoE")."""
    capitals = sum(c.isupper() for c in name)
    return name.isalpha() and len(name) <= 6 and capitals >= max(2, len(name) - 1)


def _an_organisations_acronym(name: str) -> bool:
    """Whether an acronym may be an organisation's name ("LMG"): three
    letters or more, not a chief's title or a body ("CTO", "HR", "SVP"),
    not a term of the trade or a tool ("API", "SQL", "SRE", "AWS"), nor an
    English word written in capitals ("SOLID", "DRY") or a discipline."""
    from ..dictionary import engineering_term, english, software_term, software_term_near_a_word  # only for an acronym

    word = name.casefold()
    return (
        len(name) >= 3 and name.isalpha() and not _CHIEF.fullmatch(name)
        and word not in ORGANISATION_BODIES and word not in DISCIPLINES
        and not (engineering_term(word) or software_term(word) or software_term_near_a_word(word)
                 or english().knows(word))
    )


def _vocabulary(framework: Framework) -> set[str]:
    """The framework's own names for things: levels, competencies, dimensions, glossary terms."""
    # Not the framework's name: "Acme Engineering Career Framework" is the
    # very leftover this rule is for.
    names = [framework.track, *framework.glossary]
    for level in framework.levels:
        names += [level.id, level.title]
    for dimension in framework.dimensions:
        names += [dimension.id, dimension.name]
        names += [c.name for c in dimension.competencies]
    out = set(names) | {name_key(n) for n in names}
    for name in names:
        out.update(words(name, keep_case=True))
    return out
