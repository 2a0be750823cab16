"""LL501 doubled-word."""

from __future__ import annotations

import re
from itertools import compress, islice
from operator import eq
from typing import Callable, Iterable

from ..model import Framework, TextField
from ..text import MODALS, QUOTES, ascii_words_table
from .analysis import Analysis
from .base import Severity, Violation
from .messages import excerpt
from .prose import Prose
from .textscan import TextRule
from ..patterns import lazy

# A word (letters, with an inner apostrophe) said twice or more in a row,
# in any case and on one line: "team team", "The the", "my team team's".
# Numbers ("2 2") are not words here; a heading and a paragraph that start
# with the same word are on two lines. A word joined by ".", ":" or "/" to
# what touches it is part of a name, not a word: "Gradle gradle.properties",
# "the ARN arn:aws:iam::...", "Node node:20-alpine", "IAM iam:PassRole".
_DOUBLED = lazy(
    r"(?<![\w'’-])(?<!\w[.:/])([^\W\d_]+(?:['’][^\W\d_]+)?)(?:[ \t\u00a0]+\1)+"
    r"(?=['’]s\b|(?![\w'’-]|[.:/]\w))",
    re.IGNORECASE,
)
#: Doublings that are grammatical: "I know that that works", "had had",
#: "what we do do".
_GRAMMATICAL = frozenset({"that", "had", "do"})
#: Words English says twice as one word: "mahi mahi" (the fish), "tut tut",
#: "chop chop", "aye aye", "yada yada".
_REDUPLICATED = frozenset({"mahi", "tut", "tsk", "chop", "aye", "yada", "bye", "pooh", "knock"})
#: In a framework written in another language, doubled words shorter than
#: this are left alone: a language's articles and pronouns are said twice on
#: purpose ("das Team, das das Produkt verantwortet", "nous nous engageons").
_LONGEST_GRAMMAR_WORD = 4


def _a_doubled_name(text: str, m: re.Match[str]) -> bool:
    """Whether a word said twice in English text is a name that doubles a
    word: the word capitalised each time, one space between, and either
    neither an English word nor an engineering term ("Walla Walla", "Pago
    Pago", "Mahi Mahi"; not "Kubernetes Kubernetes"), or a word the
    dictionary holds but has hardly seen in use, starting a name in
    mid-sentence ("customers in Bora Bora", "the Baden Baden spa"). A
    common word capitalised twice is a slip wherever it stands ("Product
    Product managers", "In short, Team Team leads"): frameworks capitalise
    teams and functions mid-sentence, and the dictionary cannot tell "Sing
    Sing" from those."""
    word = m.group(1)
    if m.group() != f"{word} {word}" or not (word[:1].isupper() and word[1:].islower()):
        return False
    from ..dictionary import engineering_term, english  # read only for a capitalised word doubled

    lower = word.casefold()
    if engineering_term(lower):
        return False
    dictionary = english()
    if not dictionary.knows(lower):
        return True
    return dictionary.rare(lower) and _starts_a_name_mid_sentence(text, m.start())


# The word before a doubling, past the spaces.
_PREVIOUS_WORD = lazy(r"([^\W\d_]+)[ \t\u00a0]+\Z")


def _starts_a_name_mid_sentence(text: str, start: int) -> bool:
    """Whether a capitalised word at ``start`` is capitalised as a name,
    not as a sentence's first word: after a word in lower case ("in Bora
    Bora") or a comma or bracket, not after a full stop or at the start of
    the text, nor after a capitalised word ("the Platform Team Team")."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:;\u2026" or before[-1] in "-*•#>|":
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return previous is None or previous.group(1)[:1].islower()


#: Verbs whose particle, doubled by the preposition after it, is English:
#: "log in in the morning", "chime in in meetings", "sign up up front",
#: "roll out out of hours", "take on on top of".
_PHRASAL_VERBS = {
    "in": frozenset(
        "log check sign opt plug chime weigh buy drop fill step hand dial lock factor bake build join pitch tune "
        "loop call dig ease fit kick settle zoom phase bring fold rope give sit listen jump lean".split()),
    "up": frozenset(
        "sign follow set back speak step show own team ramp spin scale level clean wrap pair sum open line pick "
        "free skill start stand gear beef shore tee".split()),
    "on": frozenset("take carry pass build follow sign log hold move focus".split()),
    "out": frozenset(
        "reach roll check opt log figure work point sort map spell carve farm stand branch hand print sign zoom "
        "scale fan seek help".split()),
    "off": frozenset("hand kick sign log sign pass spin tail head ward".split()),
}
# The word before a doubled particle, and the verb it may be a form of:
# "logs", "logged", "logging", "chimed", "chiming".
_WORD_BEFORE = lazy(r"([A-Za-z]+)[ \t]+$")
# "What it is is what matters": the subject a clause in "what", "all",
# "how" ... makes, before its verb.
_WH_CLAUSE = lazy(r"\b(?:what|whatever|all|how|why|where|who|whoever)\b[^.!?;:\n]*$", re.IGNORECASE)


def _verb_forms(word: str) -> set[str]:
    """The verbs a word may be a form of: itself, and without "-s",
    "-ed" or "-ing" (a doubled consonant undoubled, an "e" put back)."""
    out = {word}
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


def _grammatical_doubling(text: str, m: re.Match[str]) -> bool:
    """Whether a doubling reads as English: a verb's particle and the same
    word as a preposition ("log in in the morning"), or "is" after a
    clause in "what" that is the subject ("what it is is what matters")."""
    word = m.group(1).casefold()
    if m.group() != f"{m.group(1)} {m.group(1)}":
        return False  # said three times, or with a possessive
    if word == "is":
        return _WH_CLAUSE.search(text, 0, m.start()) is not None
    verbs = _PHRASAL_VERBS.get(word)
    if verbs is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return before is not None and not _verb_forms(before.group(1).casefold()).isdisjoint(verbs)


def _quoted_doubling(text: str, m: re.Match[str]) -> bool:
    """Whether a word said twice is all a quotation holds: a word doubled
    on purpose, to say it is meant in full ('"done done"': shipped, not
    only merged; '“ready ready”'), as nobody quotes a slip of the hand."""
    if m.group() != f"{m.group(1)} {m.group(1)}" or m.start() == 0:
        return False
    closing = QUOTES.get(text[m.start() - 1])
    return closing is not None and text[m.end() : m.end() + 1] == closing


def _in_guillemets(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is inside « guillemets », which quote French
    (or another language) in an English text: "« nous nous engageons »"."""
    return text.rfind("«", 0, start) > text.rfind("»", 0, start) and "»" in text[end:]


#: Words that may stand between a modal and its verb: "can always lead".
_BETWEEN_MODAL_AND_VERB = frozenset("not also always often still usually never even then now".split())
# The word after a doubling, past the spaces.
_NEXT_WORD = lazy(r"[ \t\u00a0]+([A-Za-z]+)")


def _verb_lost(text: str, m: re.Match[str]) -> bool:
    """Whether a modal said twice stands before no verb ("Can can
    prototypes"), so that removing one copy leaves no verb: the second copy
    is likelier a mistyped verb ("can create") than a repeat, and the
    repair is left to a person."""
    if m.group(1).casefold() not in MODALS:
        return False
    after = _NEXT_WORD.match(text, m.end())
    if after is None:
        return True
    word = after.group(1).casefold()
    if word in _BETWEEN_MODAL_AND_VERB or word.endswith("ly"):
        return False
    from ..dictionary import english  # read only for a modal said twice

    return not english().verb(word)


# For the byte-level split: apostrophes and hyphens are parts of a word to
# _DOUBLED; the NUL between the texts of a Prose parts words.
_SPLIT = ascii_words_table("'-")


def _doubled_ascii_words(text: str) -> set[str]:
    """Lower-case ASCII words that the next word repeats (perhaps with a
    possessive "'s"): a superset of those _DOUBLED finds in ASCII texts.

    _DOUBLED needs a word of letters (with one apostrophe) that no letter,
    digit, apostrophe or hyphen touches, then spaces, then the same word:
    parting the text at every other character puts the two side by side
    (any character beyond ASCII becomes a "?", which parts words too).
    "'s" is dropped first, so "team team's" is found.
    """
    data = (text.encode("ascii", "replace") + b" ").translate(_SPLIT).replace(b"'s ", b" ")
    words = data.split()
    found = {w.decode() for w in compress(words, map(eq, words, islice(words, 1, None)))}
    # Grammatical doublings are left to check_text: "that's that's" is one
    # here, once its "'s" is dropped.
    return {w for w in found if w[:1].isalpha()}


class DoubledWord(TextRule):
    """The same word twice in a row ("team team", "the The").

    Case does not matter; the two words must be on one line. Numbers are
    not words here, and "that that", "had had" and "do do", which can be
    correct English, are not reported, nor a verb's particle followed by
    the same word as a preposition ("log in in the morning", "chime in in
    meetings", "sign up up front"; not "the team in in the office"), nor
    "is is" after a clause in "what", "all", "how" ... that is its subject
    ("what it is is what matters"; not "the issue is is"); nor a word
    said twice that is all a quotation holds, as people stress a word
    ('gets work to "done done"', '“ready ready”'; not '"the the team"');
    nor a word whose other copy is part of a name joined by ".", ":" or
    "/" to what touches it, as a file name, an image, an ARN or a
    permission is ("Gradle gradle.properties", "Cargo Cargo.toml", "the
    ARN arn:aws:iam::...", "Node node:20-alpine", "IAM iam:PassRole"), as
    with a hyphen or an underscore ("Docker docker-compose");
    nor, in English text, is a name
    that doubles a word: a capitalised word, twice capitalised, that is
    neither an English word nor an engineering term ("the Walla Walla
    office", "Pago Pago"), or a rare English word (one the dictionary
    counts at most four times its least count) that starts a name in
    mid-sentence, after a word in lower case or a comma ("customers in
    Bora Bora", "the Baden Baden spa": a name far more often than a slip,
    and removing half of it would corrupt it). A common English word
    doubled is reported wherever it stands: "Product Product managers",
    "Design Design", "In short, Team Team leads", "the Platform Team
    Team", "Kubernetes Kubernetes", and also "the Sing Sing Correctional
    Facility", as "sing" is as common as "team" (a name with a common
    word is kept with a suppression comment); so are "the the" and "I I". In a framework written in another
    language (it lacks the words of grammar English cannot do without: "the",
    "and", "with" ..., and its words in lower case are not English words;
    LL519 says so), a doubled word of four letters or fewer is not
    reported either: articles and pronouns double on purpose there ("das
    Team, das das Produkt verantwortet", "nous nous engageons"); a longer
    word doubled ("Produkt Produkt") still is; so is a short word doubled
    inside « guillemets », which quote such a language in an English text
    ('ends with « nous nous engageons »'). Nor words English itself says
    twice: "mahi mahi" (the fish), "tut tut", "chop chop", "aye aye",
    "yada yada".

    A modal verb ("can", "will", "should" ...) said twice before a word
    that is no verb in its base form ("Can can prototypes") is reported
    but not fixed: removing one copy would leave no verb ("Can
    prototypes"), and the second copy is likelier a verb typed as the
    modal ("Can create prototypes"). Before a verb ("can can lead") it is
    fixed as any doubled word is.

    Why this matters:
        A doubled word is a typo every reader stumbles on, usually left
        where a sentence was edited or two export fragments were joined.
        `ladderlint check --fix` removes the repetition.

    Example:
        ```yaml
        impact:
          - I deliver some of my team team's goals on time
        ```
        Fix: "I deliver some of my team's goals on time".
    """

    code = "LL501"
    name = "doubled-word"
    severity = Severity.ERROR

    def candidates(self, prose: Prose) -> list[int]:
        # Words equal to the next one, found by splitting every text at once
        # (much faster than the pattern over them all); then only the texts
        # holding one of them are read. Texts beyond ASCII, which are few,
        # are read with the pattern itself: case is subtler there.
        found: set[int] = set()
        doubled = _doubled_ascii_words(prose.text)
        if doubled:
            words = "(?:" + "|".join(map(re.escape, sorted(doubled))) + ")"
            found.update(prose.hits(re.compile(rf"{words}(?:['’]s)?[ \t\u00a0]+{words}\b", re.IGNORECASE)))
        if not prose.text.isascii():
            found.update(i for i, f in enumerate(prose.fields) if not f.text.isascii() and _DOUBLED.search(f.text))
        return sorted(found)

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        candidates = self.candidates(analysis.prose)
        if not candidates:
            return
        for i in candidates:
            # The language is read only for a short word doubled, which few frameworks have.
            yield from self.check_text(analysis.prose.fields[i], english=lambda: analysis.in_english)

    def check_text(self, field: TextField, *, english: Callable[[], bool] = lambda: True) -> Iterable[Violation]:
        """The doubled words of one text; ``english`` tells whether the
        framework is written in English."""
        text = field.text

        def meant(m: re.Match[str]) -> bool:
            word = m.group(1)
            if word.casefold() in _GRAMMATICAL or _grammatical_doubling(text, m) or _quoted_doubling(text, m):
                return True
            if word.casefold() in _REDUPLICATED and m.group() == f"{word} {word}":
                return True
            if len(word) <= _LONGEST_GRAMMAR_WORD and (not english() or _in_guillemets(text, m.start(), m.end())):
                return True
            return _a_doubled_name(text, m) and english()

        found = [m for m in _DOUBLED.finditer(text) if not meant(m)]
        if not found:
            return
        first = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        # A modal said twice before no verb is left as it is: a person
        # knows which verb was meant.
        lost = [m for m in found if _verb_lost(text, m)]
        kept = {m.span() for m in lost}
        replacement = _DOUBLED.sub(lambda m: m.group() if meant(m) or m.span() in kept else m.group(1), text)
        said = f"doubled word '{first.group(1)}'{more}: '{excerpt(text, first.start(), first.end())}'"
        if lost:
            word = lost[0].group(1).casefold()
            said += (f" (not fixed: removing one '{word}' leaves no verb after it;"
                     f" the second '{word}' may be a verb mistyped, as 'can create' typed 'can can')")
        yield self.fixed(field, said, replacement, first.span())
