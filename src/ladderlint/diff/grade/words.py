"""The words of a text, before any of them is read as asking something.

``Word`` is one word with the role it plays (content, function, qualifier,
brand, or a word of a scale) and its rank on that scale; the scale modules
set both. Here too: the word sets every part of the grader shares
(``FUNCTION_WORDS``, ``QUALIFIERS``, ``BE`` ...), the split of a text into
clauses with its numbers written out one way ("10k" -> "10000", "200ms" ->
"200 ms", "the 99th percentile" -> "p99": ``clauses``), the brand names
that ask nothing (``BrandNames``), small readings of grammar (which word
is a verb, which clause a word is in, a negation), the names of the
scales and the rank a scale has where a text does not say it
(``SCALE_NAMES``, ``UNSTATED``), and who a clause is about
(``ladder_subject``: the people on the ladder, or someone else).
"""

from __future__ import annotations

import re
from typing import Iterable

from ... import vocabulary as vocab
from ...dictionary import verb_form
from ...text import words as text_words
from ..wording import stem, words
from ...patterns import lazy


#: Articles, pronouns, prepositions, conjunctions and auxiliaries: words
#: that carry grammar, not an expectation. Negations are not among them.
FUNCTION_WORDS = frozenset(
    """
    a an the i i'm i've i'll i'd me my mine myself we we're we've we'll we'd us our ours ourselves you you're
    you've you'll you'd your yours yourself yourselves he he's him his himself she she's her hers herself they
    they're they've they'll they'd them their theirs themselves themself it it's its itself one's this that these
    those who whom whose which what whatever whichever whoever there here of to in on at by for with from into onto about as over
    per via upon during among amongst toward towards regarding concerning despite and or but nor so yet if
    when whenever while because then than also both either neither plus though although whereas thus hence
    therefore however instead moreover furthermore nevertheless nonetheless consequently such
    be is am are was were been being do does did doing done have has had having would e g eg i ie etc
    """.split()
)



def meaning_words(text: str) -> tuple[str, ...]:
    """The stems of the words of a text that carry meaning (not the small
    words of grammar), in order, for telling whether one text says all of another."""
    return tuple(stem(w) for w in words(text) if w not in FUNCTION_WORDS)


def meaning_places(found: tuple[str, ...]) -> tuple[int, ...]:
    """Where the words that carry meaning are among a text's ``words``:
    those ``meaning_words`` gives the stems of."""
    return tuple(k for k, w in enumerate(found) if w not in FUNCTION_WORDS)


#: Words before a clause's verb that say how often, how surely or how it is
#: done, not what ("Sometimes coordinates", "will usually review"): but
#: those that say it is not done.
_BEFORE_THE_ASK = (frozenset(vocab.FREQUENCY) - vocab.AVOIDING_FREQUENCY) | frozenset(vocab.LIKELIHOOD) \
    | frozenset(vocab.CERTAINTY) | vocab.TENDING

#: Persons other than the ladder's own: a clause they open asks something of someone else.
_OTHER_PERSONS = frozenset("they he she".split())


def opening(found: tuple[str, ...]) -> int | None:
    """Where the word a clause (given as its ``words``) asks with is: its
    first word of meaning, past the words that say how often, how surely or
    in what manner ("Sometimes coordinates", "Actively mentors"); None where
    someone else is its subject ("they coordinate") or it has no such word."""
    for k, w in enumerate(found):
        if w in _OTHER_PERSONS:
            return None
        if w in FUNCTION_WORDS or w in _BEFORE_THE_ASK or w.endswith("ly") and w not in vocab.PERIODIC \
                and not verb_form(w):  # "actively", not "applies" or "rely"
            continue
        return k
    return None


def said_in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``whole`` says the words of ``part`` in their order, with others between them."""
    rest = iter(whole)
    return all(word in rest for word in part)


def unsaid_in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> tuple[int, ...]:
    """Where the words of ``part`` are that ``whole`` does not say in their
    order, each of the others found after the one before it (none where
    ``said_in_order``)."""
    missing: list[int] = []
    at = 0
    for k, word in enumerate(part):
        try:
            at = whole.index(word, at) + 1
        except ValueError:
            missing.append(k)
    return tuple(missing)

#: Qualifiers that ask nothing new of their own: "appropriate monitoring".
QUALIFIERS = frozenset(
    """
    appropriate appropriately relevant necessary proper properly suitable suitably right particular
    specific various overall actual actually really own whole entire certain
    """.split()
)

BE = frozenset("am i'm im is are was were be being".split())


#: The persons a statement speaks of.
SUBJECTS = frozenset("i we you they he she".split())

#: Words before a noun that name it (shared with the rules: ``vocabulary``).
POSSESSIVES = vocab.POSSESSIVES
DETERMINERS = vocab.DETERMINERS


#: Verbs that put what follows in the future: "You will be assessed ...".
FUTURE = frozenset("will shall".split())


#: "get" before a participle says what "be" does: "how to get unblocked".
GETTING = frozenset("get gets getting got".split())


#: Verbs of grammar that may follow a subject: "Engineers at this level have ...", "... do the on-call".
AUXILIARIES = frozenset("have has do does".split())


#: Words that negate besides the negations: "with no help" is "without
#: help", "do not ship" is "never ship".
NEGATING = vocab.NEGATIONS | {"without", "never", "nor", "neither", "none", "nothing", "nobody"}

AUTONOMY = frozenset({"independent", "guidance"})


#: Roles that never carry an expectation of their own.
NEUTRAL_ROLES = frozenset({"function", "qualifier", "brand"})


class Word:
    __slots__ = ("text", "stem", "role", "rank", "neutral", "phrase", "says", "clause", "slashed", "spread",
                 "team_spread", "unit", "bound", "bound_words", "of_a_noun", "sentence", "aside",
                 "ends_with_period", "approximates")

    def __init__(self, text: str, clause: int, sentence: int = 0):
        self.text = text
        #: Which clause of its text the word is in.
        self.clause = clause
        #: Which sentence of its text the word is in.
        self.sentence = sentence
        self.stem = stem(text)
        #: function, qualifier, brand, content, or a scale: frequency,
        #: certainty, scope, bound, audience, guidance, independent, size,
        #: degree, involvement, learning, condition; help-topic (what help is needed with).
        self.role = "content"
        #: Place on its scale (for a bound: -1 narrows, +1 widens).
        self.rank = 0.0
        #: Changed, but in a way that keeps the meaning.
        self.neutral = False
        #: Where the phrase of several words that says one word of scale starts ("at all times"), or -1.
        self.phrase = -1
        #: Of a word of a phrase of the vocabulary: where the phrase starts, and the stem of the one word it
        #: says ("take part in": "participate").
        self.says: tuple[int, str] | None = None
        #: Where the words it is joined to by a slash are, from it ("mentor/buddy": +1 of "mentor").
        self.slashed: tuple[int, ...] = ()
        #: Of a deadline or a frequency counted with a vague word ("within a few days", "every few
        #: weeks"): its ranks at the least and the most the word may name, lower first.
        self.spread: tuple[float, float] | None = None
        #: Of a deadline or a frequency counted in sprints: its ranks at the shortest and the longest a
        #: sprint may be (``vocab.SPRINT_HOURS``), lower first, read against a period of the calendar.
        self.team_spread: tuple[float, float] | None = None
        #: Of a deadline, whether it ends with the period it started in ("the same day", "same-week"): two
        #: such are read by their periods, not by their spreads.
        self.ends_with_period = False
        #: Of a number measured ("200 ms", "99.9%"), what it measures ("time", "percent", "rps"); its rank
        #: is its size in that measure's smallest common unit (0.2 for "200 ms").
        self.unit = ""
        #: Of a number, which way the words around it bound it: -1 a most ("under 200 ms", "fewer than
        #: five"), 1 a least ("at least 99.9%"), 2 either ("up to 10k rps"), 0 none; and those words.
        self.bound = 0
        self.bound_words: tuple[Word, ...] = ()
        #: Of a word of frequency, whether it names a kind of the thing after it ("the quarterly roadmap",
        #: "my annual goals") rather than how often the work is done ("reviews it quarterly").
        self.of_a_noun = False
        #: Which bracketed aside of its text the word is in ("conducts interviews (with training) and ..."),
        #: counted from 1; 0 outside any.
        self.aside = 0
        #: Of a word that brings the word of scale after it short of it ("nearly" of "nearly always",
        #: ``vocab.APPROXIMATING``), the rank that word has alone; None otherwise.
        self.approximates: float | None = None

    def __repr__(self) -> str:
        return f"{self.text}:{self.role}{'~' if self.neutral else ''}"


#: Where a clause ends: its punctuation (not a dot inside "node.js").
_CLAUSE_END = lazy(r"[.;:!?,](?=\s|$)|\s[-\u2013\u2014]\s")


#: Words that start another clause: what came before it no longer says
#: what help is needed with.
CLAUSE_STARTS = frozenset("but while whereas although though yet so".split())


def clauses(text: str) -> tuple[list[Word], list[int]]:
    """The words of a text, and for each the index just past the end of its
    clause."""
    found: list[Word] = []
    ends: list[int] = []
    text = _AND_SIGN.sub(lambda m: f" {vocab.AND_SIGNS[m.group(1)]} ", text)
    # The sentence each clause is in: a full stop, "!" or "?" ends one.
    sentences = [0]
    for end in _CLAUSE_END.finditer(text):
        sentences.append(sentences[-1] + (end.group() in ".!?"))
    asides, depth = 0, 0
    for k, clause in enumerate(_CLAUSE_END.split(text)):
        # A number with a decimal point is one word: "1.5 weeks" is one and a half, not "1" and "5"; so are
        # a version ("v3.11", "3.10.2") and a percentile ("p99.9").
        for n, part in enumerate(_ONE_WORD.split(_numbers_written_out(clause))):
            if n % 2:
                found.append(Word(_one_word(part), k, sentences[k]))
                found[-1].aside = asides if depth else 0
                continue
            for piece in _BRACKET.split(part):
                if piece == "(":
                    depth += 1
                    asides += depth == 1
                elif piece == ")":
                    depth = max(0, depth - 1)
                else:
                    for w in text_words(piece):
                        found.append(Word(w, k, sentences[k]))
                        found[-1].aside = asides if depth else 0
        ends += [len(found)] * (len(found) - len(ends))
    return found, ends


#: A bracket that opens or closes an aside: its words are told apart (``Word.aside``).
_BRACKET = lazy(r"([()])")


#: "&" or "+" standing alone between two words, as the word it stands for
#: ("unit & integration tests"); not "R&D", "C++" nor "2+ engineers".
_AND_SIGN = lazy(r"(?<=\w)\s+([&+])\s+(?=\w)")


#: A number with a decimal point, not part of a version or an address: "1.5", "0.5"; not "v1.2" or "3.10.2".
_DECIMAL = lazy(r"(?<![\w.])(\d+\.\d+)(?![\w.])")


#: A version ("v3.11", "3.10.2"), a percentile ("p99", "P99.9"; not "P1", a priority) or a decimal: one word each.
_ONE_WORD = lazy(
    r"(?<![\w.])([vV]\d+(?:\.\d+)*|\d+(?:\.\d+){2,}|[pP]\d{2,3}(?:\.\d+)?|\d+\.\d+)(?![\w.])")


#: A number after a name, "I" aside: "Python 3.11", "Java 1.8"; a version, where no unit follows it. The
#: sentence's first word too ("Python 3.11 experience"): a number with a point is no count of things.
_NAMED_VERSION = lazy(r"(?:^|(?<=\s))([A-Z][\w+#-]*\s+)(\d+\.\d+)(?![\w.])(?!\s*%)(\s+[A-Za-z]+)?")
#: A whole number after a name inside a sentence: "Java 8", "Node 16", "iOS 17". A count follows a word of
#: the sentence ("mentors 2 engineers", "Mentors 2 engineers" opening it); a name with a capital letter
#: is a product, and the number its version. Not a year, nor "Level 3" (a level named), nor "I 2".
_NAMED_WHOLE_VERSION = lazy(
    r"(?:(?<=[\w,;:)]\s)|(?<=\be\.g\.\s))((?=[\w+#-]*[A-Z])[A-Za-z][\w+#-]*\s+)(\d{1,2})(?![\w.,])(?!\s*%)"
    r"(\s+[A-Za-z]+)?")
#: A number with a point that opens a sentence as what it is about ("3.11 is used"), or that later ones are
#: said to do as well as ("3.11 or later", "2.7 and newer"): a version, no count.
_BARE_VERSION = lazy(
    r"(?:^\s*|(?<=\s))(\d+\.\d+)(?=\s+(?:or|and)\s+(?:later|newer|above)\b)|^(\s*)(\d+\.\d+)(?=\s+(?:is|was)\b)",
    re.IGNORECASE)


#: A number with its unit written on it: "200ms", "99.9%", "0.2s", "16GB"; not "1:1s" (one-to-ones).
_GLUED_UNIT = lazy(r"(?<![\w.:])(\d+(?:\.\d+)?)(%|[a-zA-Z]+)(?![\w])")


#: An incident's severity or priority written as one word before what it ranks: "SEV2 incidents", "P1
#: bugs" (a "P3" alone is as often a level); read as the word and the number ("SEV 2", "P 1"), on their
#: scale that runs the other way (``vocab.INVERTED_SCALES``). Not one of a list ("P1/P2 bugs", "P1 and P2
#: bugs"), whose numbers are no one bound.
_PRIORITY_CODE = lazy(
    r"(?<![\w./])(?<!and )(?<!or )(?<!, )(SEV|Sev|sev|P)-?(\d)"
    r"(?=\s+(?:incidents?|issues?|bugs?|outages?|tickets?|alerts?|pages?)\b)")


#: A number with a plus after it, at least: "2+ engineers" is "2 or more engineers" (not "C++", "1+1").
_AT_LEAST_SIGN = lazy(r"(?<![\w.+])(\d+)\+(?![\w+])")


#: Numbers in words below a hundred, by their value: "eighty", "nineteen".
_SPELT_ONES, _SPELT_TENS = vocab.SPELT_ONES, vocab.SPELT_TENS
_BELOW_A_HUNDRED = rf"(?:{'|'.join(_SPELT_TENS)})(?:[ -](?:{'|'.join(_SPELT_ONES[1:10])}))?|{'|'.join(_SPELT_ONES)}"
#: A percentage with its number in words: "eighty percent", "ninety-five per cent", "a hundred percent", "one
#: hundred and twenty percent"; never the end of a number read in part ("two hundred and twenty", "ninety-nine
#: point nine"), which would be another number.
_SPELT_PERCENTAGE = lazy(
    rf"(?<![\w-])(?<!hundred )(?<!hundred and )(?<!point )"
    rf"(?:(?:a|one) hundred(?:(?: and)? (?:{_BELOW_A_HUNDRED}))?|{_BELOW_A_HUNDRED})"
    r"\s*(?=(?:percent|per cent)\b|%)", re.IGNORECASE)


#: A number in words from two to ninety-nine, read as its figures wherever it stands ("three of my goals",
#: "within fifteen minutes", "twenty-five engineers"), so that every reader of numbers reads it as the same
#: number. Not "one", which is a pronoun as often ("the right one", "one of the"; its readers tell which), nor
#: "zero", nor a number joined to another word ("two-pizza teams", "one-on-ones", "three-tier").
_SPELT_COUNT = lazy(
    rf"(?<![\w-])(?:(?:{'|'.join(_SPELT_TENS)})(?:[ -](?:{'|'.join(_SPELT_ONES[1:10])}))?|{'|'.join(_SPELT_ONES[2:])})"
    r"(?![\w-])", re.IGNORECASE)
#: A quarter of an hour, and three quarters of one: its minutes, as "half an hour" is read as 30 of them.
_QUARTER_HOUR = lazy(r"(?<![\w-])(?:(three) quarters|(?:a|one) quarter) of an hour(?![\w-])", re.IGNORECASE)


def as_spelt(number: str) -> str:
    """A pattern of the ways a number read in figures may have been
    written (``_SPELT_COUNT``): "25" as "25", "twenty-five" or "twenty five";
    the number alone where it is not one written so."""
    value = int(number) if number.isdigit() else 0
    if not 2 <= value <= 99:
        return re.escape(number)
    tens, ones = divmod(value, 10)
    spelt = _SPELT_ONES[value] if value < 20 else _SPELT_TENS[tens - 2] + (f"[ -]{_SPELT_ONES[ones]}" if ones else "")
    return f"(?:{number}|{spelt})"


def _spelt_number(words: str) -> int:
    """The value of a number in words up to a hundred and ninety-nine ("ninety-five", "a hundred", "one hundred
    and twenty")."""
    parts = [part for part in re.split(r"[\s-]+", words.strip().casefold()) if part not in ("a", "and")]
    hundreds = 100 if "hundred" in parts else 0
    parts = parts[parts.index("hundred") + 1 :] if hundreds else parts
    if not parts:
        return hundreds
    tens = 10 * (_SPELT_TENS.index(parts[0]) + 2) if parts[0] in _SPELT_TENS else 0
    return hundreds + tens + (_SPELT_ONES.index(parts[-1]) if parts[-1] in _SPELT_ONES else 0)


#: A sign of a bound before a number: "<200ms", "≤ 5%".
_BOUND_SIGN = lazy(r"(<=|>=|[<>\u2264\u2265])\s*(?=\d)")


#: A percentile in words: "the 99th percentile", "95th-percentile latency".
_PERCENTILE_WORDS = lazy(r"\b(?:the\s+)?(\d{2,3}(?:\.\d+)?)(?:st|nd|rd|th)?[\s-]+percentile\b", re.IGNORECASE)


def _numbers_written_out(clause: str) -> str:
    """A clause with its numbers written one way, so that one written
    another way is the same number: "10k" and "10,000" are "10000", "200ms"
    is "200 ms", "99.9%" is "99.9 percent", "<200ms" is "under 200 ms", "P1"
    is "P 1", "2+" is "2 or more", "eighty percent" is "80 percent", "the
    99th percentile" is "p99", and a number after a name, or with a point
    before "or later" or opening a sentence ("3.11 is used"), a version
    ("Python 3.11" is "Python v3.11")."""
    clause = _BOUND_SIGN.sub(lambda m: f" {vocab.BOUND_SIGNS[m.group(1)]} ", clause)
    clause = vocab.numbers_in_digits(clause)
    clause = _PRIORITY_CODE.sub(r"\1 \2", clause)
    clause = _AT_LEAST_SIGN.sub(r"\1 or more", clause)
    clause = _SPELT_PERCENTAGE.sub(lambda m: f"{_spelt_number(m.group(0))} ", clause)
    clause = _QUARTER_HOUR.sub(lambda m: "45 minutes" if m.group(1) else "15 minutes", clause)
    clause = _SPELT_COUNT.sub(lambda m: str(_spelt_number(m.group(0))), clause)
    clause = re.sub(r"(?<=\d)\s*%|\bper cent\b", " percent", clause)
    clause = _GLUED_UNIT.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2).lower() in vocab.MEASURE_UNITS
                             else m.group(0), clause)
    clause = _PERCENTILE_WORDS.sub(lambda m: f"p{m.group(1)}", clause)
    clause = _BARE_VERSION.sub(lambda m: f"v{m.group(1)}" if m.group(1) else f"{m.group(2)}v{m.group(3)}", clause)
    clause = _NAMED_VERSION.sub(_version_after_a_name, clause)
    return _NAMED_WHOLE_VERSION.sub(_version_after_a_name, clause)


def _version_after_a_name(m: re.Match[str]) -> str:
    """"Python 3.11" as "Python v3.11", "Java 8" as "Java v8"; not "I 1.5", "Level 3", "March 5", nor a
    number with a unit or a period after it."""
    after = (m.group(3) or "").strip().lower()
    name = m.group(1).strip()
    if name == "I" or name.lower() in _NUMBERED_NAMES or name.lower() in vocab.ROLE_NOUNS \
            or name.lower() in vocab.SENIORITY_WORDS or after in vocab.MEASURE_UNITS or after in vocab.DURATION_HOURS:
        return m.group(0)
    return f"{m.group(1)}v{m.group(2)}{m.group(3) or ''}"


#: Words a number follows that name no product: a level ("Level 3", read as one), the calendar's months
#: and days ("by March 5"), and the words that number parts of a document or a process ("Step 2").
_NUMBERED_NAMES = frozenset({
    "level", "lvl", "grade", "band", "tier", "rung", "stage", "step", "phase", "part", "chapter", "section",
    "page", "figure", "table", "appendix", "question", "round", "week", "day", "sprint", "quarter", "year",
    # A rank ("OWASP Top 10") or an incident's severity or priority ("SEV 1", "P 2"): an order, not a product.
    "top", "sev", "severity", "priority", "p",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})


def _one_word(part: str) -> str:
    """A number read as one word, written one way: "V3.11" and "3.10.2" as
    versions, "v3.11" and "v3.10.2"; "P99" as "p99"."""
    part = part.lower()
    return "v" + part if part.count(".") >= 2 and not part.startswith("v") else part


#: A range of numbers, as one word: "2-3", "3-5" (an en dash is read as a hyphen).
NUMBER_RANGE = lazy(r"\d+(?:-\d+)+")


def count_of(word: str) -> float | None:
    """How many a word says: a number in words or digits, or the largest of
    a range ("2-3 engineers" asks for up to three); None for another word."""
    if word in vocab.COUNT or word.isdigit():
        return float(vocab.COUNT.get(word) or int(word))
    if _DECIMAL.fullmatch(word):
        return float(word)
    if NUMBER_RANGE.fullmatch(word):
        return float(max(int(n) for n in word.split("-")))
    return None


class BrandNames:
    """The organisations' names a grader recognises: the ones given (a
    framework's own name and aliases) and the built-in list of organisations
    known to publish their frameworks, found in one scan of a text."""

    def __init__(self, names: Iterable[str] = ()):
        from ...rules.brands import brand_spellings

        spellings = dict(brand_spellings())
        #: The words of the names given: the frameworks' own organisation, which a text names as it says "our".
        self.own = frozenset(word for name in names if name for word in text_words(name))
        for name in names:
            if name:
                spellings[name] = False  # named by the framework: it is the organisation wherever it appears
        ordered = sorted(spellings, key=lambda name: (-len(name), name))
        self._context_only = {name for name, context in spellings.items() if context}
        self._scan = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)") if ordered else None

    def words_in(self, text: str) -> set[str]:
        """The (lower-case) words of the organisations' names in ``text``."""
        from ...rules.brands import in_organisation_context

        out: set[str] = set()
        if self._scan is None:
            return out
        for m in self._scan.finditer(text):
            if m.group() not in self._context_only or in_organisation_context(text, m.start(), m.end()):
                out.update(text_words(m.group()))
        return out


def clause_of(text: list[Word], i: int) -> tuple[int, int]:
    """Where the clause of the word at ``i`` starts, and the index just
    past its end: for one word, where ``clause_ends`` reads them all."""
    clause, start, end = text[i].clause, i, i + 1
    while start and text[start - 1].clause == clause:
        start -= 1
    while end < len(text) and text[end].clause == clause:
        end += 1
    return start, end


def clause_ends(text: list[Word]) -> list[int]:
    """For each word of a text, the index just past the end of its clause
    (what ``clauses`` gives as the text is read)."""
    ends, end = [0] * len(text), len(text)
    for i in range(len(text) - 1, -1, -1):
        if i + 1 < len(text) and text[i + 1].clause != text[i].clause:
            end = i + 1
        ends[i] = end
    return ends


def phrases(words: Iterable[Word]) -> set[int]:
    """The words or phrases among ``words``, by where each starts."""
    return {w.phrase if w.phrase >= 0 else -1 - id(w) for w in words}


#: Words after which a word stands as a verb: "I support", "to lead", "can help", "does not drive".
_BEFORE_A_VERB = SUBJECTS | frozenset(
    "to who that which also can could will would may might must should shall do does did not never help helps "
    "helping helped".split()
) | (vocab.NEGATIONS - {"no"})


#: Words that say what a verb is done to: "support the team", "lead others".
_OBJECTS = POSSESSIVES | vocab.PEOPLE | frozenset("them us him it this these those".split())


def a_verb(texts: list[str], i: int, clause_ends: list[int]) -> bool:
    """Whether a word that may be a noun or a verb ("support", "lead")
    stands as a verb: at the start of a clause ("Supports ...", "Lead the
    design"), after a subject, "to", an auxiliary or an adverb ("I
    actively support"), or after "and" or "or" with what it is done to
    ("identify and support areas"); not "provide support", "the tech lead",
    "the needs of users and support"."""
    if not i or clause_ends[i - 1] <= i:
        return True
    before = texts[i - 1]
    if before in _BEFORE_A_VERB or before in vocab.FREQUENCY or before.endswith("ly") and before not in vocab.PERIODIC:
        return True
    after = texts[i + 1] if i + 1 < clause_ends[i] else None
    return before in ("and", "or") and after is not None and (after in _OBJECTS or after not in FUNCTION_WORDS)


def verbs(run: list[Word], text: list[Word], had: set[str]) -> list[Word]:
    """The words of a run (of ``text``) that stand as verbs, but those whose
    stems are in ``had``."""
    texts, ends = [w.text for w in text], clause_ends(text)
    where = {id(w): i for i, w in enumerate(text)}
    return [w for w in run if w.role in ("content", "involvement") and w.stem not in had
            and a_verb(texts, where[id(w)], ends) and verb_form(w.text)]


def where_said(text: list[Word]) -> dict[int, tuple[bool, str, bool]]:
    """Where each word of a text (by id) stands in what it asks: whether a
    negation or a contrast before it in its clause sets it against what is
    asked ("not at night", "rather than owning it"); the stem of the verb
    it is said of: the nearest before it, or, before any, the first after
    ("For their team, writes docs"), a verb said of itself or, after "to",
    of the verb that takes it ("asks a peer to review"); and whether it is
    a verb."""
    texts, ends = [w.text for w in text], clause_ends(text)
    against = negated_places(text)
    said_of: list[str | None] = []
    is_verb = [_a_verb_here(text, texts, ends, i) for i in range(len(text))]
    verb: str | None = None
    for i, w in enumerate(text):
        if is_verb[i]:
            said_of.append(verb if i and texts[i - 1] == "to" and verb is not None else w.stem)
            verb = w.stem
        else:
            said_of.append(verb)
    after = ""
    for i in range(len(text) - 1, -1, -1):
        if said_of[i] is None:
            said_of[i] = after
        elif is_verb[i]:
            after = text[i].stem
    return {id(w): (i in against, said_of[i] or "", is_verb[i]) for i, w in enumerate(text)}


def _a_verb_here(text: list[Word], texts: list[str], ends: list[int], i: int) -> bool:
    """Whether the word at ``i`` stands as a verb of what the text asks:
    not after a "not" that no auxiliary makes a verb's ("reviews code, not
    designs"; "does not design")."""
    if i and texts[i - 1] == "not" and (i < 2 or texts[i - 2] not in _AUXILIARY_BEFORE_NOT):
        return False
    return text[i].role in ("content", "involvement") and a_verb(texts, i, ends) \
        and verb_form(texts[i])


#: Words before "not" that make it negate a verb: "does not design", "will not block".
_AUXILIARY_BEFORE_NOT = frozenset("do does did will would can could should must may might shall".split())


def negated_places(text: list[Word]) -> set[int]:
    """Where the words of a text are that a negation or a contrast before
    them in their clause sets against what it asks ("not at night", "rather
    than owning it", "(but doesn't implement it)")."""
    found: set[int] = set()
    texts, ends = [w.text for w in text], clause_ends(text)
    clause, setting = -1, False
    for i, w in enumerate(text):
        if w.clause != clause and w.text not in ("or", "nor") or w.text == "but" \
                or i and texts[i - 1] == "and" and _a_verb_here(text, texts, ends, i):
            # A clause of its own, what "but" sets against the negation ("not only code but tests", "not
            # designs but code": asked), or a verb joined to the clause: "doesn't wait to be asked and fixes
            # bugs"; not one that goes on with what the negation covers: "aren't moving the needle, or serving ...".
            setting = False
        clause = w.clause
        if setting:
            found.add(i)
        elif (w.role == "negation" or w.text in NEGATING and w.role not in AUTONOMY) \
                and texts[i + 1 : i + 2] != ["only"] and texts[i + 1 : i + 2] != ["just"] \
                or any(tuple(x.text for x in text[i : i + len(c)]) == c for c in vocab.CONTRASTS):
            # "Not only" and "not just" add to what is asked ("not only in writing but also in meetings").
            setting = True
    return found


def negating(w: Word) -> bool:
    # A "not" read as a bound ("not only internal ones" reaches past them) is read on the scope's scale; one
    # inside a phrase of one word ("more often than not": "usually", "without fail": "always") says its word.
    return not w.neutral and (w.role == "negation" or w.text in NEGATING and w.role not in AUTONOMY
                              and w.role != "bound" and w.says is None)


SCALE_NAMES = {
    "frequency": "frequency", "certainty": "certainty", "scope": "scope", "bound": "scope",
    "audience": "audience", "guidance": "autonomy", "independent": "autonomy", "size": "size of work",
    "degree": "degree", "involvement": "involvement", "learning": "mastery", "count": "number",
    "condition": "unconditional ask", "deadline": "deadline", "span": "span of time", "quantity": "quantity", "level": "level named",
    "allowance": "allowance", "owner": "owner",
}


#: How a reader says a move the grader reads on a scale, where "raised" or
#: "lowered" would mislead: a deadline "raised" is a shorter one, a limit
#: "lowered" a larger most ("under 80 ms" -> "under 250 ms").
_AS_READ = {"deadline raised": "deadline tightened", "deadline lowered": "deadline relaxed",
            "limit raised": "limit tightened", "limit lowered": "limit loosened",
            # Taken out, an allowance ("or only part of it", "or jointly with others") raises the bar.
            "allowance raised": "allowance taken out", "allowance lowered": "allowance added",
            # Whose a thing is taken out ("my team's services" -> "the services"): all of it is asked.
            "owner raised": "owner taken out", "owner lowered": "owner put in"}


def word_said(w: Word) -> str:
    """The word ``w`` says: its own, or that of the phrase of one word it is
    part of ("for the most part" says "mostly", "more often than not"
    "usually")."""
    return _PHRASE_WORDS.get(w.says[1], w.text) if w.says else w.text


#: The word a phrase of the vocabulary says, by its stem: "up to date" says "current", "keep them informed" "inform".
_PHRASE_WORDS = {stem(word): word for word in (*vocab.PHRASES_OF_ONE_WORD.values(), vocab.KEEPING_TOLD_SAYS,
                                                vocab.GETTING_DONE_SAYS)}


def as_read(reason: str) -> str:
    """A grader's reason in the words the differ's output gives it."""
    return _AS_READ.get(reason, reason)


def reasons_as_read(reasons: Iterable[str]) -> tuple[str, ...]:
    """A grader's reasons as the differ's output gives them (``as_read``),
    each once, in their order: two readings that it says alike are one."""
    return tuple(dict.fromkeys(as_read(reason) for reason in reasons))


#: Where a statement without a word of the scale stands on it: a plain
#: "I design services" is done more than sometimes and as surely as "will";
#: its audience is everyone, mid-level included; its work of no stated size.
UNSTATED = {"frequency": 2.5, "certainty": 4.0, "audience": 3.0, "size": 2.0, "degree": 2.0, "involvement": 2.0,
             # "I review pull requests" asks for nearly all of them: "most" is less, "all" more.
             "quantity": 4.5}


def read_on_scale(role: str, direction: int, avoided: bool) -> tuple[int, str]:
    """A move along a scale, as a direction and a reason: more often raises
    the bar, but for what is avoided ("never", "rarely") lowers it."""
    if role == "frequency" and avoided:
        return (-direction, f"frequency of what is avoided {'raised' if direction > 0 else 'lowered'}")
    return (direction, f"{SCALE_NAMES[role]} {'raised' if direction > 0 else 'lowered'}")


def sign(value: float) -> int:
    return (value > 0) - (value < 0)


#: Words before a sentence's subject that say where it holds: "At this level, ...".
_LEADING_PREPOSITIONS = frozenset("at in on from for within across as by".split())


#: Words that open a subject of people without naming them: "Every engineer", "All our staff engineers".
SUBJECT_OPENERS = POSSESSIVES | frozenset("every each all any senior junior".split())

LADDER_PEOPLE = vocab.ROLE_NOUNS | vocab.LADDER_PEOPLE


def ladder_subject(found: list[Word]) -> tuple[int, str | None] | None:
    """Where the verb of a sentence (or clause) whose subject is the people
    on the ladder is ("I", "You", "Engineers at this level", "Every
    engineer", "At this level, engineers"), and the verb said in the
    subject ("You'll": "will"); None where its subject is not those people,
    or someone else's ("Your manager will discuss ..."), or it has no verb."""
    start = 0
    if found[0].text in _LEADING_PREPOSITIONS or found[0].text == "here":
        # "At this level, engineers ...", "In this role you ...", "Here, you ...": where the sentence is said,
        # before its subject.
        start = next((k for k, w in enumerate(found[:7]) if w.text in LADDER_PEOPLE or w.text in CONTRACTED),
                     len(found))
    k = start
    if k < len(found) and found[k].text == "the" and _names_a_level(found, k + 1):
        k += 1  # "The Senior 2 engineer exhibits ...": the people of a level, named
    while k < len(found) and found[k].text not in LADDER_PEOPLE and (
            found[k].text in SUBJECT_OPENERS or found[k].role == "audience" or _names_a_level(found, k)):
        k += 1  # "Every engineer", "All senior engineers", "S1 engineers", "Senior 2 engineers"
    if k < len(found) and found[k].text in CONTRACTED:
        verb_said: str | None = CONTRACTED[found[k].text]  # "You'll lead", "You're expected to": the verb is in it
    elif k >= len(found) or found[k].text not in LADDER_PEOPLE or (k and found[k - 1].text in _OTHERS_OF):
        return None  # no people of the ladder, or someone else's ("Your manager will discuss ...")
    else:
        verb_said = None
    k += 1
    if k < len(found) and found[k].text in _OF_A_ROLE:
        return None  # "The senior engineer role was introduced in 2019": the subject is the role
    if k < len(found) and found[k].text in _LEADING_PREPOSITIONS:
        # "Engineers at this level", "Someone in this role": the subject narrowed, up to its verb.
        k = next((j for j in range(k + 1, min(len(found), k + 6))
                  if _verb_like(found[j]) and found[j].text not in SUBJECT_OPENERS), len(found))
    while k < len(found) and (found[k].text.endswith("ly") and found[k].role != "frequency" or found[k].text == "here"):
        k += 1  # "Engineers also present", "You actively seek", "Engineers here join": not the verb yet
    return None if k >= len(found) else (k, verb_said)


def _names_a_level(found: list[Word], k: int) -> bool:
    """Whether the word at ``k`` names a level before the people of it: a
    level's code ("S1 engineers", "L4 engineers"), its number after a word
    of seniority ("Senior 2 engineers"), or a word of seniority ("The
    Senior engineer")."""
    if k >= len(found):
        return False
    text = found[k].text
    return vocab.code_rung(text) is not None or text in vocab.SENIORITY_WORDS \
        or text.isdigit() and k > 0 and found[k - 1].text in vocab.SENIORITY_WORDS


#: Nouns the people's name may qualify, which are then the subject: "The senior engineer role", "the engineer track".
_OF_A_ROLE = frozenset("role roles level levels track tracks ladder title titles position positions".split())
#: A subject and its verb said as one word: "You'll lead", "You're expected to".
CONTRACTED = {"you'll": "will", "i'll": "will", "you're": "are", "i'm": "am", "you’ll": "will",
               "i’ll": "will", "you’re": "are", "i’m": "am"}


#: Possessives that make the people named someone else's: "Your manager will discuss ...", "my lead".
_OTHERS_OF = frozenset("my your his her their its".split())


def _verb_like(w: Word) -> bool:
    """Whether a word after "at this level" may be the subject's verb: not a word of grammar nor one of a level."""
    # A word of grammar by its role, or by itself where its role is not yet read (``autonomy._subject_helped``).
    return (w.role != "function" and w.text not in FUNCTION_WORDS or w.text in BE or w.text in AUXILIARIES) \
        and not w.text.isdigit() \
        and vocab.code_rung(w.text) is None and w.text not in _PLACES


#: Words that say where on the ladder, or in what role: "at this level", "at IC3 and above", "in this role".
_PLACES = frozenset("level levels role roles team grade band rung above below up beyond".split())
