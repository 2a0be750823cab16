"""LL512 spelling."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Iterable

from ..model import Framework, TextField
from ..text import FUNCTION_WORDS, STOPPED_ABBREVIATIONS, other_language, words
from ..vocabulary import DURATION_ABBREVIATIONS, MEASURE_ABBREVIATIONS, ROLE_NOUNS, roman_numeral
from .analysis import Analysis
from .base import Fix, Rule, Severity, Violation
from .messages import shorten
from .addresses import inside, type_parameters, url_spans
from .html import is_html_tag
from .named_code import EMOJI_SHORTCODE
from ..patterns import lazy

if TYPE_CHECKING:
    from ..wordlists import Vocabulary

# A word as the rule checks it: ASCII letters, with inner apostrophes, not
# part of an address, a path, a file name, a handle or a code ("v2", "k8s").
# The parts of "cross-team" are words of their own; a prefix ("pre-") is read
# with the word after it (_known_compound). Nor a name in code: see _in_code.
# Nor the name of an HTML entity ("&nbsp;"), which LL504 reports.
_WORD = lazy(r"(?<![\w@/.#\\'’])(?!(?<=&)[A-Za-z]+;)[A-Za-z]+(?:['’][A-Za-z]+)*(?![\w@/\\]|\.\w)")
_CODE = lazy(r"`[^`\n]*`")
# Before a word that starts a sentence: the start of the text or of a line
# (with a list marker), or the end of a sentence (not of "e.g." or "etc."). A
# capitalised word after a bracket or a quote is a name: "(Kaizen)".
_SENTENCE_START = lazy(
    r"(?:^|" + "".join(rf"(?<!\b{re.escape(short)})" for short in STOPPED_ABBREVIATIONS)
    + r"[.!?:;]\s+|\n\s*(?:[-*•]\s+)?|^\s*[-*•]\s+)$",
    re.IGNORECASE,
)
_POSSESSIVE = lazy(r"['’]s$")
# The small words inside a person's name ("Franz von Holzhausen", "Ludwig
# van Beethoven"): part of the name between two capitalised words.
_NAME_PARTICLES = frozenset("von van der den de da di du del della dos das ter ten zu".split())
_NAME_BEFORE = lazy(r"[A-Z][\w'’.-]*\s+$")
_NAME_AFTER = lazy(r"\s+[A-Z]")
#: Words shorter than this are not checked: abbreviations, not typos.
_SHORTEST = 3


class Spelling(Rule):
    """A word that is not in the dictionary, and that the framework does not use as its own.

    Every text of the framework is read. A word is reported when it is
    none of these:

    - an English word: pyspellchecker's dictionary, with British spellings
      ("organisation", "prioritise", "neighbourhood", "calibre",
      "marvellous") and the forms English makes of its
      words ("managing", "management"; "strategize", "productionise",
      "cruftify", of a word or a term of the trade; "supercritical"; two
      words written as one: "webshop", "hackweek"; but not one edit from
      a word seen in use or from a form the list holds of one:
      "maintanable" is no "main" + "tanable" but "maintainable").
      A form spelt the way a slip spells it is still reported: a letter
      doubled, undoubled or an "e" kept ("commiting", "assesment",
      "untill", "knowledgable"), two letters swapped or a vowel kept at
      the joint of a word and its ending where the dictionary spells the
      word otherwise ("thier", "arguement", "truely", "explaination"),
      the other of two rival endings ("superviser", "accessable",
      "basicly", "grammer", "publically", "testible", "independant",
      "existance"; and so where the dictionary's word list took the
      misspelling in without seeing it in use, and has seen the other
      ending ten times as often: "dependancy", "dependance", "detectible",
      not "ascendency", "propellent" or "dependants"; but a word in "-er"
      the list holds is a word, "-er" making one of any verb: "honer",
      "edger", "censer" are not "honor", "edgar", "censor"), a form
      written as its word and ending side by side where English changes
      the word ("studyed", "happyer", "companys"), one letter off a common word
      ("judement", "issuses", "summerize", "usefull") or its double on
      the wrong letter ("begginer", "reffered"), or two words run together
      where one is a word of grammar ("fromother"). A prefix is read once,
      before an English word ("reassigns", "rearchitected", "coleads"), not
      before another prefix ("recoginses" is no "re" + "co" + "gins" +
      "es"), and not where two letters swapped make a word seen in use
      ("recats": "reacts");
    - a term of the trade: engineering (KTLO, SLO, on-call, runbook,
      timebox), computer science and tooling (deque, tuple, npm, webpack,
      grpc, yaml, postgres, nginx, kubectl, datadog, pytest), and the
      disciplines beside engineering that ladders are written for
      (design crits, affordances; frequentist, upsampling; exfiltration;
      upsell; coachee, reorg), everyday jargon ("ack", "perf", "sev"), and
      the names of tools, services, libraries and companies that cspell's
      dictionaries of software terms list ("pydantic", "uvicorn",
      "kinesis", "pubsub", "vitest", "kms"); but not a term a slip makes of an English
      word, such as "trie" or "struct", nor a form of a term that is an
      English word with a consonant doubled ("comming" of "comms"). A name
      one edit from an everyday word ("vite": "vote", "iam": "aim" or "I
      am", "aws": "was") is a typo as often: it is accepted only beside
      another term of the trade, a few words either side in its clause
      ("from webpack to vite", "cdn, waf, iam and kms"; not "iam ready");
    - a word English as written in New Zealand, Australia or Canada takes
      from another language and the dictionary lacks: te reo Maori words
      ("kia ora", "te reo", "iwi", "manaakitanga", "tino rangatiratanga")
      and French phrases of English ("joie de vivre");
    - the one a verb is done to, or the partner of the one who does it,
      made with "-ee" ("sponsee" of the sponsor, "onboardee", "advisee");
    - a prefix joined to a word by a hyphen ("pre-mortems", "non-goals",
      "self-serve"), read with the word after it;
    - the framework's own vocabulary: the words of its name, track,
      organisation, dimensions, competencies, levels and glossary (but for
      a word of a level title or a dimension's or competency's name that
      is one slip of the hand (in a word of six letters or more, a letter
      left out: "Reliabilty", "Stakholder"), or one edit from an everyday word, and that
      no other text uses: "Senoir Engineer", "Stakeholder Managment" are
      reported on the title or the name, the most visible words of a
      ladder; a name of its own, "Kaizen", "DevEx", stays quiet), and
      every word it uses more than once (but for a word of six letters
      or more used two or three times that is one slip from an English
      word, a letter doubled, undoubled, two swapped or one left out:
      "fullfill", "proactivley", "experimentaion", or one letter changed
      or added in an everyday word: "standart", a typo copied to the
      next level; a word used four times or more, a name or an acronym
      stays the framework's own);
    - on the accept list of the project's vocabulary (the `vocabulary`
      configuration key, as Vale keeps one);
    - another organisation's name in lower case ("at monzo"): spelt right,
      and LL301 reports it where it stands for the organisation.

    Not checked: names (capitalised words inside a sentence, after a
    bracket or "e.g.", or alone in a text: Kubernetes, "(Kaizen)"; a word
    in lower case among the names of a list in brackets, as some makers
    write theirs: "(Polyspace, cppcheck)"),
    unless a name unknown to the dictionary is one slip of the hand (two
    letters swapped; in a long name, a letter doubled or undoubled) from
    a term of the trade (a mixed-case name too: "SwfitUI": SwiftUI), from
    a name of the trade that is also an English word ("Dcoker",
    "Terrafrom", "Pyhton", "Jetpack Compsoe": Docker, Terraform, Python,
    Compose; not "Shapley", one slip from "shapely", a word and no name),
    in a name of eight letters or more from a name of cspell's lists of
    software terms ("Elasticsaerch": Elasticsearch), or from a
    name the framework writes inside another sentence ("Kuberentes",
    "Jria"; not "Figma" or "Flickr", names made of words), which is reported with the
    name meant as the term list writes it ("Javascirpt": "JavaScript"),
    and as a typo copied where it is in several places, wherever it is,
    or unless a capitalised word of eight letters or more is an English
    word with one letter left out, beside no other name or term of the
    trade ("Improves Mentorshp across the team": "Mentorship"; not "AWS
    Inferentia", "(TPU, Inferentia)": a long name is seldom a word short
    of a letter, a short one often is: "Flickr"),
    acronyms and mixed-case words otherwise (SLO, iOS, PagerDuty), words with
    digits, words of fewer than three letters, an abbreviation written
    with its full stop ("incl.", "excl.", "esp.", "viz.", "cf.": those
    of `ladderlint.text.STOPPED_ABBREVIATIONS`; without the stop it is
    checked as a word), a run of x's for the number of a ticket after its
    key ("GAME-xxxx"), Roman numerals ("(iii)",
    "chapter viii"), units of time or of a measure after a number
    ("within 4 hrs", "2 wks", "10k rps", "60 fps", "2k iops"), web
    addresses, paths and `code` (but words joined by "/" as alternatives
    are checked, each in lower case where the others are English words:
    "exemplar/advoacate/evangelist"; not "src/utils", "CI/CD"), the names of HTML entities ("&nbsp;", which
    LL504 reports), the filler of a template ("Lorem ipsum dolor sit
    amet") and a marker in lower case where it stands as a placeholder
    ("tbc", "Owns the roadmap (tbd)"), both of which LL406 reports. A
    framework written in another language (most of the words looked up
    are not English, or it lacks the words of grammar English cannot do
    without: "the", "and", "with" ..., and the words it writes in lower
    case are not English words either; its lists of names and tools,
    "Python, SQL, Spark", tell nothing) is not spell-checked: the
    dictionary is English. LL519 says so, once, unless the framework
    declares its `language`. A text left in another language inside an
    English framework (none of those words of English grammar, two or
    more of German's, French's, Dutch's, Spanish's or Portuguese's: "und",
    "das"; "je", "par"; "não", "com"; and at least half of its words unknown to the dictionary:
    "Ich dokumentiere jeden Fehler im Ticketsystem und informiere das
    Team.") is reported once, as a text in that language, with no word
    suggested and no word to accept: translate it, or keep it with a
    suppression comment that says why ("kept in German for the works
    council"). Putting "und" on the accept list would hide a typo of
    "and" later.

    The message offers the word one edit away that is most used, or the
    two words whose space was lost ("failureswith": "failures with";
    "alot": "a lot", not "lot" too; and "the alot" leaves "the" as it is,
    not "thea lot"); but a word with the other of two rival endings comes
    before them all, the stem kept and the ending put right ("testible":
    "testable", not the commoner "testicle"; "independant": "independent",
    then "in dependant"), and so does a form spelt as English spells it
    ("companys": "companies", not "company"; "companys have" is not
    "company shave"); first, a word the framework writes elsewhere that
    the word is with a letter left out inside it ("doman" where it writes
    "domain": not "do man" or "woman"); and where the space between the
    word and its neighbour slipped by a letter or two, so that moving it
    back makes two words seen in use, that pair alone ("askin gothers":
    "asking others", "wit hminimal": "with minimal"; a word such as
    "gothers", read as a form of a word, is not reported by itself). But no word a slip of the hand does not make where
    it is unlikely: a word of three letters with one changed or added is
    an abbreviation more often ("ssr": not "sir"), and beside names of
    tools a letter changed makes a word of a name ("memcached and valkey":
    not "valley"); a slip there keeps its suggestion ("recieve").

    Also reported, wherever they appear:

    - a word on the vocabulary's reject list, in the dictionary or not;
    - a word that mixes Latin letters with Cyrillic or Greek ones that
      look the same ("сollaborative" with a Cyrillic "с", as text pasted
      from another keyboard has);
    - a word written for its look-alike where only that fits, repaired
      by `--fix`: "Principle" in a level title or before a role in title
      case ("Principle Engineer": the rank is "Principal"; not "the
      principle of least privilege"); "your" before a verb at the start
      of a sentence or after a comma ("Your are able to ...": "You are";
      not "Your will to learn"), or before "expected to", "able to",
      "responsible for" and the like there ("Your expected to lead":
      "You're").

    Why this matters:
        A misspelling in the expectations people are assessed against
        ("clraification", "witihn") reads as carelessness, defeats search,
        and makes two statements that mean the same thing differ for
        `ladderlint diff` and the duplicate checks. A warning: a word
        unknown to the dictionary may be right; add it to the vocabulary's
        accept list, and it is never reported again.

    Example:
        ```yaml
        levels:
          - id: IC2
            competencies:
              communication:
                - I ask for clraification when a task is unclear
        ```
        Fix: "clarification". A word that is right but unknown (a product
        or an internal term) goes in `accept.txt` of the directory the
        `vocabulary` key names.
    """

    code = "LL512"
    name = "spelling"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        vocabulary = self.vocabulary
        texts = analysis.texts
        # Every word is counted, from the words the rules share; only the
        # few used once and unknown are then looked for in their texts.
        yield from _lookalikes(analysis, vocabulary)
        yield from _confused_words(analysis)
        counts = Counter(chain.from_iterable(analysis.words[field.text] for field in texts))
        parts: Counter[str] = Counter()
        for token, n in counts.items():
            for part in token.removesuffix("'s").split("-"):
                parts[part] += n
        own = _own_words(framework)
        # A word of a level title or a dimension's or a competency's name is
        # checked where it is a slip of an English word that no other text
        # uses ("Senoir Engineer", "Stakeholder Managment").
        titled = _slipped_title_words(texts, analysis, own, parts, vocabulary)
        own -= titled
        # The words to look up: those used once, and those a typo copied to a
        # place or two may be (long, used two or three times).
        looked_up = [
            (part, n) for part, n in parts.items()
            if (n == 1 or len(part) >= _SLIP_LENGTH and n <= _MOST_COPIES) and len(part) >= _SHORTEST
            and part.isascii() and part.isalpha() and part not in own and not vocabulary.accepts(part)
        ]
        not_english = [(part, n) for part, n in looked_up
                       if not roman_numeral(part) and not _english(part) and not _engineering(part)
                       and not _software(part) and not _compound(part)]
        if (not_english or titled) and (
            len(looked_up) >= _LANGUAGE_SAMPLE and len(not_english) * 2 > len(looked_up)
            or not analysis.in_english
        ):
            not_english = []  # written in another language: the dictionary is English
            titled = set()
        # Another organisation's name in lower case ("at monzo") is spelt
        # right: LL301 reports it where it stands for the organisation.
        brands = analysis.run.brands
        # A word copied to two or three places is still a typo where it is one
        # edit from a word: a slip of the hand ("fullfill") or a letter off an
        # everyday word ("standart"), as a title's word is (_near_a_word).
        unknown = {part for part, n in not_english if (n == 1 or _near_a_word(part)) and not brands.knows(part)}
        unknown |= titled
        rejected = {part for part in parts if vocabulary.rejected and vocabulary.rejects(part)}
        if not unknown and not rejected and not vocabulary.rejected:
            return
        wanted = unknown | rejected
        for field in texts:
            tokens = analysis.words[field.text]
            if not vocabulary.rejected and not any(
                p in wanted for t in tokens for p in t.removesuffix("'s").split("-")
            ):
                continue
            if _filler(field.text):
                continue  # "Lorem ipsum dolor sit amet": LL406 reports the text; its words are no typos
            # A sentence left in another language is said once, as such: its
            # words are no typos, and none belongs on the accept list ("und").
            language = _other_language(tokens, unknown)
            if language is not None:
                yield Violation(field.path, _foreign_message(field, language), span=(0, len(field.text)))
                if not vocabulary.rejected:
                    continue
            titles = field.kind in _TITLE_KINDS and bool(titled)
            for start, end, word, name in _words(field.text, names=bool(unknown) or titles):
                lower = word.casefold()
                if language is not None and not (vocabulary.rejects(word) or vocabulary.rejects(lower)):
                    continue  # only a word the vocabulary rejects is said of a text in another language
                if name and titles and lower in titled:
                    name = False  # a word of a title, in title case: checked as a word
                if name:
                    meant = _misspelt_name(word, lower, unknown, analysis.prose.text)
                    if meant is not None and not vocabulary.accepts(word):
                        yield Violation(field.path, _message(word, lower, parts[lower], vocabulary, meant=meant),
                                        span=(start, end))
                    elif word[1:] == word[1:].lower() and _capitalised_word_short_of_a_letter(lower, unknown) \
                            and not vocabulary.accepts(word) \
                            and not _beside_a_name(field.text, start, end):
                        yield Violation(field.path, _message(word, lower, parts[lower], vocabulary), span=(start, end))
                    continue
                if vocabulary.rejected and (vocabulary.rejects(word) or vocabulary.rejects(lower)):
                    yield Violation(
                        field.path,
                        f"'{word}' is on the reject list of the vocabulary ({vocabulary.source}); use another word",
                        span=(start, end),
                    )
                elif lower in unknown and not vocabulary.accepts(word) and not _known_compound(field.text, start, end, own) \
                        and not _unit_after_number(field.text, start, lower) and not _stopped_abbreviation(field.text, end, lower) \
                        and not _ticket_number_left_out(field.text, start, lower) \
                        and not _placeholder_marker(field.text, start, end):
                    beside = _beside_a_term(field.text, start, end)
                    if beside and _software_near(lower):
                        continue  # "from webpack to vite": a name among names, not "vote"
                    if _in_a_list_of_names(field.text, start, end):
                        # "(Polyspace, cppcheck)": a name its makers write in lower case, checked as names are.
                        meant = _misspelt_name(word, lower, unknown, analysis.prose.text)
                        if meant is not None:
                            yield Violation(field.path, _message(word, lower, parts[lower], vocabulary, meant=meant),
                                            span=(start, end))
                        continue
                    # A name where a sentence starts ("Pyhton is used") is said as it is inside one.
                    meant = _misspelt_name(word, lower, unknown, analysis.prose.text) \
                        if word[:1].isupper() and lower not in titled else None
                    yield Violation(field.path, _message(word, lower, parts[lower], vocabulary, meant=meant,
                                                         among_names=beside and lower not in titled,
                                                         moved=_space_moved(field.text, start, end),
                                                         used=_used_with_a_letter(lower, parts)),
                                    span=(start, end))


def _other_language(tokens: list[str], unknown: set[str]) -> str | None:
    """The language a text with unknown words reads as, when it is not
    English (``ladderlint.text.other_language``) and at least half of its
    words of three letters or more are no English words ("Ich dokumentiere
    jeden Fehler im Ticketsystem und informiere das Team."): a sentence
    left in German inside an English framework. None otherwise."""
    parts = [p for t in tokens for p in t.removesuffix("'s").split("-")]
    if not any(p in unknown for p in parts):
        return None
    language = other_language(tokens)
    if language is None:
        return None
    long = [p for p in parts if len(p) >= _SHORTEST]
    foreign = [p for p in long if not (p.isascii() and p.isalpha()) or p in unknown
               or not (_english(p) or _engineering(p) or _software(p) or _compound(p))]
    return language if len(foreign) * 2 >= len(long) else None


def _foreign_message(field: TextField, language: str) -> str:
    """What is said of a text left in another language."""
    what = "statement" if field.kind == "statement" else "text"
    return (f"this {what} reads as {language}, not English like the rest of the framework: translate it, "
            f"or keep it with a reason (# ladderlint: disable=LL512 -- why it stays in {language})")


def _stopped_abbreviation(text: str, end: int, lower: str) -> bool:
    """Whether the word ending at ``end`` is an abbreviation written with
    its full stop ("incl.", "viz.", "esp.", "excl.": ``STOPPED_ABBREVIATIONS``);
    without the stop ("incl the budget") it is checked as a word."""
    return text[end : end + 1] == "." and lower in STOPPED_ABBREVIATIONS


# A ticket's key in capitals and its hyphen, before the number a pattern leaves out: "GAME-xxxx", "SEC-XXX".
_TICKET_KEY = lazy(r"(?<![\w-])[A-Z][A-Z0-9]+-\Z")


def _ticket_number_left_out(text: str, start: int, lower: str) -> bool:
    """Whether the word at ``start`` is a run of x's standing for a
    ticket's number after its key ("GAME-xxxx", "SEC-xxx"): the pattern of
    a ticket, not a word."""
    return len(lower) >= 2 and lower == "x" * len(lower) and _TICKET_KEY.search(text, max(0, start - 20), start) is not None


# A Cyrillic or Greek letter that looks like a Latin one, and a word that
# mixes one with Latin letters ("сollaborative" with a Cyrillic "с"): it
# looks right, and is no word. Not the symbols "Δt" or "μs" are written with.
_LOOKALIKE = lazy("[аеорсухкуіјѕһԁԛԝӏѵАВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοανικρυϲ]")
_MIXED_WORD = lazy(r"(?<!\w)(?=\w*[A-Za-z])(?=\w*" + _LOOKALIKE.pattern + r")\w+")


def _lookalikes(analysis: Analysis, vocabulary: "Vocabulary") -> Iterable[Violation]:
    """Words that mix Latin letters with Cyrillic or Greek ones."""
    prose = analysis.prose
    if not prose.may_match(_LOOKALIKE):
        return  # looked for in the distinct pieces: a twentieth of the texts
    for m in _MIXED_WORD.finditer(prose.text):
        i, start = prose.locate(m.start())
        word = m.group()
        if vocabulary.accepts(word):
            continue
        letters = "".join(dict.fromkeys(ch for ch in word if _LOOKALIKE.match(ch)))
        script = "Cyrillic" if unicodedata.name(letters[0], "").startswith("CYRILLIC") else "Greek"
        yield Violation(
            prose.fields[i].path,
            f"'{word}' mixes {script} letters ('{letters}') with Latin ones: it reads right but is no word to a "
            "search or a dictionary; type the word again",
            span=(start, start + len(word)),
        )


# Words written for others that sound or look like them, in a place only
# the other fits: the rank in a role title is "Principal" (first in
# importance), a "principle" is a rule; a verb does not follow "your" at
# the start of a clause ("Your are able to ..." is "You are").
_ROLES = "|".join(sorted(noun.capitalize() for noun in ROLE_NOUNS))
# In a level title every "principle" is the rank; elsewhere, where a role
# in title case follows ("Principle Engineer", "Principle Product
# Manager"), not "the principle of least privilege" or "a principle
# engineers follow".
_PRINCIPLE_IN_TITLE = lazy(r"\b(?P<word>principle)\b", re.IGNORECASE)
_PRINCIPLE_BEFORE_ROLE = lazy(
    rf"\b(?P<word>[Pp]rinciple)(?P<role>(?:\s+[A-Z][\w&-]*){{0,2}}?\s+(?:{_ROLES}))\b(?![\w-])")

# "Your" where a clause starts: a sentence, a line or a list item, or
# after a comma.
_CLAUSE_START_YOUR = r"(?:^|(?<=[.!?;:,])|\n)[ \t]*(?:[-*•][ \t]+)?(?P<word>[Yy]our)"
_VERBS = "are|were|have|has|had|will|can|should|could|would|must|may"
_STATES = "expected|required|supposed|able|responsible|accountable|encouraged|empowered"

# A verb (not one that is also a noun before "to", "of", "is": "Your will
# to learn", "your must-haves") after "your" where a clause starts.
_YOUR_BEFORE_VERB = lazy(
    _CLAUSE_START_YOUR + rf"(?P<verb>\s+(?:{_VERBS}))\b" + r"(?![-'’]|\s+(?:to|is|was|and|or|of)\b)"
)

# "your" for "you're" where a clause starts: before a word that, followed
# by "to" or "for", says what one is ("Your expected to lead", "Your
# responsible for"); not "your expected to-do list".
_YOUR_BEFORE_STATE = lazy(_CLAUSE_START_YOUR + rf"(?P<state>\s+(?:{_STATES})\s+(?:to|for))\b" + r"(?![-'’])")

# What every match of _YOUR_BEFORE_VERB and _YOUR_BEFORE_STATE holds, with a
# literal to search for: found in the joined texts at once, it tells the few
# texts to read.
_YOUR_VERB_HINT = lazy(rf"our\s+(?:{_VERBS}|{_STATES})\b")


_RANK = "the rank is 'Principal' (first in importance); a 'principle' is a rule"
_VERB_AFTER_YOUR = "a verb does not follow 'your'"
_STATE_AFTER_YOUR = "'your' says whose; 'you're' is 'you are'"


@dataclass(frozen=True)
class _Confused:
    """A word written for its look-alike: where, what was meant, and why."""

    match: re.Match[str]
    meant: str
    #: The words after it that show the slip ("Engineer", "are").
    context: str
    why: str

    @property
    def written(self) -> str:
        return self.match.group("word")

    @property
    def fixed(self) -> str:
        return _in_case_of(self.meant, self.written)


def _confused_words(analysis: Analysis) -> Iterable[Violation]:
    """Words confused with their look-alikes: "Principle Engineer", "Your
    are", "Your expected to"."""
    prose = analysis.prose
    # Most texts hold "our ", few "your" before a verb: only those (and
    # those with "principle") are read.
    for i in sorted({*prose.containing(("rinciple",)), *prose.hits(_YOUR_VERB_HINT)}):
        field = prose.fields[i]
        found = [_Confused(m, "Principal", m.group("role"), _RANK) for m in _PRINCIPLE_BEFORE_ROLE.finditer(field.text)]
        if field.kind == "level-title" and not found:
            found = [_Confused(m, "Principal", "", _RANK) for m in _PRINCIPLE_IN_TITLE.finditer(field.text)]
        found += [_Confused(m, "You", m.group("verb"), _VERB_AFTER_YOUR)
                  for m in _YOUR_BEFORE_VERB.finditer(field.text)]
        found += [_Confused(m, "You're", m.group("state"), _STATE_AFTER_YOUR)
                  for m in _YOUR_BEFORE_STATE.finditer(field.text)]
        found.sort(key=lambda c: c.match.start("word"))
        replacement = field.text
        for c in reversed(found):
            start, end = c.match.span("word")
            replacement = replacement[:start] + c.fixed + replacement[end:]
        for c in found:
            yield Violation(
                field.path,
                f"'{c.written}{c.context}': {c.why}; did you mean '{c.fixed}{c.context}'?",
                span=c.match.span("word"),
                fix=Fix(field.path, replacement),
            )


def _in_case_of(word: str, written: str) -> str:
    """``word`` capitalised as ``written`` is."""
    return word if written[:1].isupper() else word.lower()


#: A framework is written in another language when most of the words
#: looked up, this many at least, are not English.
_LANGUAGE_SAMPLE = 10


def _words(text: str, *, names: bool = False) -> Iterable[tuple[int, int, str, bool]]:
    """The words to check in a text: (start, end, word, False), possessive
    dropped; with ``names``, also the names inside its sentences, which
    only a slip of a known name makes a finding of: (start, end, word, True)."""
    if not text:
        return
    skipped = url_spans(text) + [m.span() for m in _CODE.finditer(text)] if ("`" in text or "." in text) else []
    if ":" in text:  # an emoji code (":tada:") is LL504's export debris, not a misspelt word
        skipped += [m.span() for m in EMOJI_SHORTCODE.finditer(text)]
    code = "<" in text or "::" in text
    for m in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", m.group()).replace("’", "'")
        start, end = m.start(), m.start() + len(word)
        if word[1:] != word[1:].lower():
            # An acronym or a mixed-case name: SLO, iOS, PagerDuty; read as a
            # name, which only a slip of a term makes a finding of ("SwfitUI").
            if names and word[:1].isupper() and not word.isupper() and not (skipped and inside(skipped, start, end)) \
                    and not (code and _in_code(text, start, end)):
                yield start, end, word, True
            continue
        if word[0].isupper() and (not _SENTENCE_START.search(text, 0, start) or end == len(text.rstrip(" .!?"))
                                  and not text[:start].strip(" -*•")):
            # A capitalised word inside a sentence, or alone in its text: a name.
            if names and "'" not in word and not (skipped and inside(skipped, start, end)):
                yield start, end, word, True
            continue
        if "'" in word:
            continue  # a contraction ("won't", "o'clock") or a name ("O'Reilly")
        if word in _NAME_PARTICLES and _NAME_BEFORE.search(text, 0, start) and _NAME_AFTER.match(text, end):
            continue  # inside a person's name
        if skipped and inside(skipped, start, end):
            continue
        if code and _in_code(text, start, end):
            continue
        yield start, end, word, False
    if "/" in text:
        yield from _alternatives(text, skipped)


# Words joined by "/" that name alternatives ("exemplar/advocate",
# "and/or"), not a path or an address: letters only, nothing that a path
# or an address holds around them.
_ALTERNATIVES = lazy(r"(?<![\w@/.#\\'’:~-])[A-Za-z]+(?:/[A-Za-z]+)+(?![\w@/\\'’-]|\.\w)")


def _alternatives(text: str, skipped: list[tuple[int, int]]) -> Iterable[tuple[int, int, str, bool]]:
    """The words of a text written as alternatives, joined by "/"
    ("exemplar/advoacate/evangelist"), as ``_words`` gives words: each in
    lower case (not "CI/CD") where the others are English words, so the
    whole reads as words, not as a path ("src/utils")."""
    for m in _ALTERNATIVES.finditer(text):
        if skipped and inside(skipped, *m.span()):
            continue
        parts = m.group().split("/")
        at = m.start()
        for i, part in enumerate(parts):
            others = parts[:i] + parts[i + 1 :]
            if part == part.lower() and len(part) >= _SHORTEST and all(_english(o.casefold()) for o in others):
                yield at, at + len(part), part, False
            at += len(part) + 1


def _slips_of(word: str) -> set[str]:
    """What a slip of the hand makes of a name, undone: two letters next
    to each other swapped ("Kuberentes", "Pyhton"), and in a long name a
    letter doubled or undoubled ("Kubernettes"). Not a letter changed or
    dropped, as product names are made of words ("Figma", "Flickr")."""
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    if len(word) >= _SLIP_LENGTH:
        found.update(word[:i] + word[i] + word[i:] for i in range(len(word)))
        found.update(word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1])
    found.discard(word)
    return found


def _misspelt_name(word: str, lower: str, unknown: set[str], prose: str) -> str | None:
    """The name a capitalised word inside a sentence misspells, if it is
    unknown and a slip of the hand (``_slips_of``) from a name of the
    trade, one the dictionary lacks ("Kuberentes": "Kubernetes", "Jria":
    "Jira") or one English also has as a word ("Dcoker": "Docker",
    "Terrafrom": "Terraform"), or from a name the framework writes,
    capitalised, inside another sentence ("Pyhton" where it says "in
    Python"); else None. A name that is no slip of one ("Figma", "Peakon"),
    or is one only of an English word that is no name of the trade
    ("Shapley" of "shapely"), is left alone."""
    if lower not in unknown or len(lower) < _SHORTEST + 1:
        return None
    for slipped in sorted(_slips_of(lower)):
        # A long name one slip from a name of cspell's lists ("Elasticsaerch")
        # is that name: long names are seldom one slip from another.
        if _engineering(slipped) or _trade_name(slipped) or len(lower) >= _LONG_NAME and _software(slipped):
            from ..dictionary import term_spelling

            return term_spelling(slipped)  # "JavaScript", as the list writes it
        if word[1:] != word[1:].lower():
            continue  # a mixed-case name is only a slip of a term's
        written = slipped.capitalize()
        if written in prose and re.search(rf"[a-z,;:(] {written}\b", prose):
            return written
    return None


#: A capitalised word inside a sentence this long, one letter short of a
#: word, is that word capitalised and misspelt ("Improves Mentorshp across
#: the team"): names made of a word with a letter left out are short
#: ("Flickr", "Tumblr").
_LONG_NAME = 8


def _capitalised_word_short_of_a_letter(lower: str, unknown: set[str]) -> bool:
    """Whether a capitalised word inside a sentence, unknown, is a long
    word of the dictionary with a letter left out ("Mentorshp",
    "Stakholder"): a word capitalised as a competency's name often is, not
    a name."""
    return lower in unknown and len(lower) >= _LONG_NAME and _letter_dropped(lower) is not None


#: The word before a word, and the word after it, in its clause.
_WORD_BEFORE = lazy(r"([\w.+#-]+)[\s,/(]*$")
_WORD_AFTER = lazy(r"[\s,/)]*([\w.+#-]+)")


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands among names: beside a term of the
    trade ("(TPU, Inferentia)") or next to another capitalised word inside
    the sentence ("AWS Inferentia", "Inferentia Chips"): part of a name."""
    if _beside_a_term(text, start, end):
        return True
    before = _WORD_BEFORE.search(text, 0, start)
    after = _WORD_AFTER.match(text, end)
    return bool(before and before.group(1)[0].isupper() and not _SENTENCE_START.search(text, 0, before.start(1))
                or after and after.group(1)[0].isupper())


#: The items of a list in brackets: parted by commas, slashes, semicolons, "and" and "or".
_LIST_ITEMS = lazy(r"\s*(?:[,/;]|\band\b|\bor\b)\s*")


def _in_a_list_of_names(text: str, start: int, end: int) -> bool:
    """Whether a word is an item of a list in brackets whose other items,
    one or two words each, include a capitalised name ("static-analysis
    findings (Polyspace, cppcheck)"): a list of names, of which one its
    makers write in lower case."""
    opening = text.rfind("(", 0, start)
    closing = text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    items = [item for item in _LIST_ITEMS.split(text[opening + 1 : closing]) if item]
    mine = text[start:end]
    others = [item for item in items if item != mine]
    return len(items) >= 2 and len(others) < len(items) and all(len(item.split()) <= 2 for item in items) \
        and any(item[:1].isupper() for item in others)


def _filler(text: str) -> bool:
    """Whether a text holds the filler a template leaves ("Lorem ipsum
    dolor sit amet") or names it ("replaces lorem ipsum with real
    content"): Latin, not English misspelt."""
    from .ll406_placeholder import mentions_filler

    return mentions_filler(text)


def _placeholder_marker(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a marker that LL406 reports
    as a placeholder there ("tbc" as the whole text, "(tbd)"): a blank
    left in, not a word misspelt."""
    from .ll406_placeholder import marker_placeholder

    return marker_placeholder(text, start, end)


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a name in code: a type's
    parameter written against the type's name ("vector<int>",
    addresses.type_parameters), a namespace or its member ("std::move"), or
    the element of an HTML tag ("<img>", "</tbody>")."""
    return (text[start - 1 : start] == "<" and type_parameters(text, start - 1)) \
        or text[start - 2 : start] == "::" or text[end : end + 2] == "::" or _element_name(text, start)


def _element_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` names the element of an HTML tag."""
    opening = start - 1 if text[start - 1 : start] == "<" else start - 2 if text[start - 2 : start] == "</" else -1
    closing = text.find(">", start) if opening >= 0 else -1
    return closing != -1 and is_html_tag(text, opening, closing + 1)


# A number, perhaps in thousands or millions, and the space or hyphen
# before a unit: "4 hrs", "2-3 yrs", "a 4-hr window", "10+ yrs", "10k rps".
_NUMBER_BEFORE = lazy(r"\d(?:[kKmM]|[+%])?[ \u00a0-]?$")


def _unit_after_number(text: str, start: int, word: str) -> bool:
    """Whether the word is the short form of a unit after a number: of time
    ("within 4 hrs") or of a measure ("10k rps", "60 fps")."""
    return (word in DURATION_ABBREVIATIONS or word in MEASURE_ABBREVIATIONS) \
        and _NUMBER_BEFORE.search(text, max(0, start - 3), start) is not None


def _known_compound(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether the word is part of a hyphenated compound that is a word
    written as one ("post-mortems" is "postmortems", "pre-mortems"
    "premortems"), or a prefix joined to the next word ("pre" of
    "pre-launch", "pre-IPO"): the word after a prefix is checked on its own,
    or as one with it."""
    before = re.search(r"([A-Za-z]+)-$", text[max(0, start - 30) : start])
    after = re.match(r"-([A-Za-z]+)", text[end : end + 30])
    if before is None and after is None:
        return False
    from ..dictionary import engineering_term, hyphenated_prefix

    word = text[start:end].casefold()
    if after is not None and hyphenated_prefix(word):
        return True
    if before is not None and after is None and word.endswith("s") and _english(word[:-1]):
        return True  # the plural of a compound: "how-tos", "go-tos"
    joined = ((before.group(1) if before else "") + text[start:end] + (after.group(1) if after else "")).casefold()
    return joined in own or engineering_term(joined) or _english(joined)


def _own_words(framework: Framework) -> set[str]:
    """The framework's own words: those of its names, levels and glossary."""
    names = [framework.name, framework.track, framework.organisation.name, *framework.organisation.aliases]
    for dimension in framework.dimensions:
        names.append(dimension.name)
        names += [c.name for c in dimension.competencies]
    for level in framework.levels:
        names += [level.id, level.title]
    for term, definition in framework.glossary.items():
        names += [term, definition]
    return {w for name in names for part in words(name) for w in part.split("-")}


#: The texts that name a level, a dimension or a competency, in title case.
_TITLE_KINDS = frozenset({"level-title", "dimension-name", "competency-name"})
_MARKUP = frozenset("*_~`")


def _slipped_title_words(texts: tuple[TextField, ...], analysis: Analysis, own: set[str], uses: Counter[str],
                         vocabulary: "Vocabulary") -> set[str]:
    """The words of level titles and of dimensions' and competencies' names
    that are typos, not names of the framework's own: unknown to the
    dictionary and to the terms of the trade, one slip of the hand (a
    letter doubled, undoubled or two swapped) or one edit from an everyday
    word ("Senoir": "senior", "Managment": "management"), and used in no
    other text: a word the statements also use is the framework's, unless
    it is a typo copied as a statement's is (six letters or more, one edit
    from a word as above, in three places at most: "Senoir"). A name
    written with capitals inside ("DevEx"), or no slip of a word ("Figma",
    "Kaizen"), is the framework's own."""
    found: set[str] = set()
    titles = [field for field in texts if field.kind in _TITLE_KINDS]
    # A word is used elsewhere where the framework's texts use it more often than its titles and names do.
    in_titles = Counter(part for field in titles for token in analysis.words[field.text]
                        for part in token.removesuffix("'s").split("-"))
    for field in titles:
        for m in _WORD.finditer(field.text):
            word = m.group()
            lower = word.casefold()
            if len(lower) < _SHORTEST + 1 or lower not in own or lower in found or word[1:] != word[1:].lower() \
                    or "'" in word or "’" in word or vocabulary.accepts(word) or vocabulary.accepts(lower):
                continue
            if field.text[m.start() - 1 : m.start()] in _MARKUP or field.text[m.end() : m.end() + 1] in _MARKUP:
                continue  # a word markup cuts ("**D****esign**"): LL510 reports the markup
            copied = uses[lower] > in_titles[lower]
            if copied and (len(lower) < _SLIP_LENGTH or uses[lower] > _MOST_COPIES) or roman_numeral(lower):
                continue  # looked for first: the dictionary is read only where a word needs it
            if _english(lower) or _engineering(lower) or _software(lower) or _trade_name(lower) or _compound(lower):
                continue
            if _near_a_word(lower):
                found.add(lower)
    return found


def _near_a_word(word: str) -> bool:
    """Whether the dictionary's suggestion for a word is one slip of the
    hand from it, or an everyday word one edit from it."""
    from ..dictionary import english, moved_doubles, slip

    suggestion = english().suggestion(word)
    return suggestion is not None and (
        slip(word, suggestion) or suggestion in moved_doubles(word) or english().frequency(suggestion) >= _EVERYDAY
    ) or _letter_dropped(word) is not None


#: A word used this often in the dictionary's sources (about the 5,000
#: commonest) is an everyday word.
_EVERYDAY = 10_000

# The words of a clause around a word: commas and "and" go on (a list of
# tools), the end of a sentence or a line does not.
_CLAUSE_BEFORE = lazy(r"[^.;:!?\n]*$")
_CLAUSE_AFTER = lazy(r"[^.;:!?\n]*")
_NEIGHBOURS = 3


def _beside_a_term(text: str, start: int, end: int) -> bool:
    """Whether one of the few words either side of the word in its clause
    names a tool or is a term of the trade ("from webpack to vite", "with
    pydantic and uvicorn", "waf, iam, kms"): there an unknown word is
    likelier a name than a typo."""
    before = _CLAUSE_BEFORE.search(text, 0, start)
    after = _CLAUSE_AFTER.match(text, end)
    near = _content_words(before.group() if before else "")[-_NEIGHBOURS:] \
        + _content_words(after.group() if after else "")[:_NEIGHBOURS]
    return any(_engineering(w) or _software(w) or _trade_name(w) for w in near)


_TOKEN = lazy(r"[A-Za-z][\w.+#-]*")
#: Words of grammar that join a list; none of them is a term.
_TERM_GLUE = frozenset("and or with to from in on of the a an".split())


def _content_words(clause: str) -> list[str]:
    """The words of a clause, lower case, but for those that join a list."""
    return [w for w in (m.group().casefold().rstrip(".") for m in _TOKEN.finditer(clause)) if w not in _TERM_GLUE]


def _software(word: str) -> bool:
    from ..dictionary import software_term

    return software_term(word)


def _software_near(word: str) -> bool:
    from ..dictionary import software_term_near_a_word

    return software_term_near_a_word(word)


def _engineering(word: str) -> bool:
    from ..dictionary import engineering_term  # read only when a word needs it

    return engineering_term(word)


def _trade_name(word: str) -> bool:
    from ..dictionary import trade_names

    return word in trade_names()


#: A word used more than once is the framework's own, unless it is this
#: long, used at most so many times, and one slip of the hand from an
#: English word or one letter off an everyday one ("fullfill",
#: "proactivley", "standart"): a typo copied to the next level.
_SLIP_LENGTH = 6
_MOST_COPIES = 3


def _letter_dropped(word: str, *, first: bool = True) -> str | None:
    """The word of the dictionary, or term of the trade, that a long word
    (``_SLIP_LENGTH`` letters or more) is with one letter left out, the
    commonest of several ("experimentaion": "experimentation",
    "stakholder": "stakeholder"); None if there is none; not ``first``:
    a letter other than the first. A short word one letter short of a word
    is as often an abbreviation or a name ("mgmt", "Flickr")."""
    if len(word) < _SLIP_LENGTH:
        return None
    from ..dictionary import english

    dictionary = english()
    found = {whole for i in range(0 if first else 1, len(word) + 1) for letter in _LETTERS
             if (whole := word[:i] + letter + word[i:]) and (dictionary.exact(whole) or _engineering(whole))}
    return max(sorted(found), key=dictionary.frequency) if found else None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _compound(word: str) -> bool:
    from ..dictionary import english

    return english().compound(word)


def _english(word: str) -> bool:
    from ..dictionary import english, loanwords  # the dictionary is read only when a word needs it

    return english().knows(word) or word in loanwords()


def _unlikely(word: str, suggestion: str, *, among_names: bool) -> bool:
    """Whether a suggestion is too unlikely to offer, where it is no slip of
    the hand (a letter doubled, undoubled or two swapped): a word of three
    letters with one changed or added ("tsc": "tic", "ssr": "sir", "bff":
    "off") is an abbreviation more often than a typo; and among names of
    tools (``among_names``) a letter changed makes a word of a name more
    often than a name of a word ("with memcached and valkey": not
    "valley")."""
    from ..dictionary import moved_doubles, slip

    if slip(word, suggestion) or suggestion in moved_doubles(word):
        return False
    return among_names and len(word) == len(suggestion) or len(word) == _SHORTEST and len(suggestion) >= len(word)


# The word before a space, and the word after one, as neighbours of a word.
_NEIGHBOUR_BEFORE = lazy(r"(?<![\w'’-])[A-Za-z]+ \Z")
_NEIGHBOUR_AFTER = lazy(r" [A-Za-z]+(?![\w'’-])")
#: How far a space may have slipped from where it belongs: a letter or two.
_SPACE_SLIP = 2


def _space_moved(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The two words a word and its neighbour are with the space between
    them moved by a letter or two ("askin gothers": "asking others", "wit
    hminimal": "with minimal"), as (what is written, what is meant); the
    smallest move, then the commoner words; None if there is none. Each
    word of the pair is one the dictionary has seen in use, of two letters
    or more."""
    from ..dictionary import english

    dictionary = english()
    pairs = []
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        pairs.append((before.start(), end))
    after = _NEIGHBOUR_AFTER.match(text, end)
    if after is not None:
        pairs.append((start, after.end()))
    found: list[tuple[int, int, str, str]] = []
    for first, last in pairs:
        written = text[first:last]
        left, right = written.split(" ")
        joined = left + right
        for shift in (1, -1, 2, -2)[: 2 * _SPACE_SLIP]:
            i = len(left) + shift
            head, tail = joined[:i], joined[i:]
            if len(head) < 2 or len(tail) < 2:
                continue
            counts = [dictionary.frequency(head.casefold()), dictionary.frequency(tail.casefold())]
            if all(count > 0 and not dictionary.rare(w.casefold()) for count, w in zip(counts, (head, tail))):
                found.append((abs(shift), -min(counts), written, f"{head} {tail}"))
    best = min(found, default=None)
    return (best[2], best[3]) if best else None


def _used_with_a_letter(word: str, uses: Counter[str]) -> str | None:
    """The word the framework uses elsewhere that a word is with one letter
    left out inside it ("doman" where it writes "domain"), the most used;
    a slip of a word the same text or its neighbours write is likelier than
    two words run together ("do man") or another word ("woman")."""
    found = [(uses[whole], whole) for i in range(1, len(word) + 1) for letter in _LETTERS
             if uses[whole := word[:i] + letter + word[i:]] and _english(whole)]
    return max(found)[1] if found else None


def _message(word: str, lower: str, uses: int, vocabulary: "Vocabulary", *, meant: str | None = None,
             among_names: bool = False, moved: tuple[str, str] | None = None, used: str | None = None) -> str:
    """What is said of a misspelt word; ``meant`` is the name a misspelt
    name stands for ("Pyhton": "Python"), whose words are the same but for
    "name" where the word is said to be used nowhere else. No suggestion
    is made where it is unlikely (``_unlikely``; ``among_names``: the word
    stands among names of tools)."""
    from ..dictionary import dropped_letter, english, slip

    # The other of two rival endings ("independant": "independent", "testible": "testable") is the
    # misspelling most written: it keeps the stem the writer meant, whatever word one letter else makes.
    # So is a form spelt without the change English makes at the joint ("companys": "companies").
    rival = None if meant else english().rival_spelling(lower) or english().regular_form(lower)
    suggestion = meant or english().suggestion(lower)
    if meant is None and suggestion is not None and suggestion != rival and not slip(lower, suggestion):
        # "stakholder": "stakeholder", not "stadholder"; but a word's first letter is the one a hand
        # least often leaves out ("issuses": "issues", not "missuses").
        suggestion = _letter_dropped(lower, first=False) or suggestion
    if meant is None and suggestion is not None and _unlikely(lower, suggestion, among_names=among_names):
        suggestion = None
    if suggestion and word[0].isupper() and meant is None:
        suggestion = suggestion.capitalize()
    if uses > 1:
        # A letter doubled, undoubled, swapped or left out is a slip of the hand; another a letter off a word.
        meant_lower = (suggestion or "").casefold()
        how = "one slip of the hand from" if slip(lower, meant_lower) or dropped_letter(lower, meant_lower) \
            else "one letter off"
        said = f"and {how} '{suggestion}': a typo copied to all {uses} places it is in?"
    else:
        # Two words with the space lost ("failureswith", "alot") come first:
        # where one is a word of grammar, that is likelier than an edit.
        together = None if meant else english().run_together(lower)
        if together and word[0].isupper():
            together = together.capitalize()
        # A word the framework writes elsewhere, a letter left out ("doman": "domain"), comes first;
        # then two words with the space moved ("askin gothers": "asking others"), said with the pair.
        if used and word[0].isupper():
            used = used.capitalize()
        # But a rival ending or a form's joint put right is the likelier ("independant": not "in
        # dependant"; "companys have": "companies", not "company shave").
        ranked = [used, suggestion, together] if rival is not None else [used, together, suggestion]
        if together and suggestion and suggestion.casefold() in together.casefold().split():
            ranked.remove(suggestion)  # "alot": "a lot"; "lot" alone is the same reading with a word lost
        choices = " or ".join(f"'{m}'" for m in dict.fromkeys(m for m in ranked if m))
        # A word that is two words with the space lost inside it ("the alot": "a lot") keeps a word
        # of grammar beside it as written: no space moved into it ("thea lot"). Beside a word
        # that is no word of grammar, the moved space is the likelier ("askin gothers": not "ask in").
        beside = [w for w in moved[0].casefold().split(" ") if w != lower] if moved is not None else []
        if together and beside and all(w in FUNCTION_WORDS for w in beside):
            moved = None
        if moved is not None and not meant and rival is None:
            choices = f"'{moved[1]}' for '{moved[0]}'"  # the word alone is no slip of one word then
        said = f"nor a {'name' if meant else 'word'} the framework uses elsewhere" \
            + (f"; did you mean {choices}?" if choices else "")
    if vocabulary.source is not None:
        where = f"add it to {vocabulary.source}/accept.txt"
    else:
        where = "add it to the project's own words: a file accept.txt in the folder the `vocabulary` setting names"
    # A long run of letters (a pasted hash, text that lost its spaces) is quoted by its start.
    return f"'{shorten(word)}' is not in the dictionary, {said} (if it is right, {where})"

