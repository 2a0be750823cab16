"""LL511 repeated-phrase."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import Framework, TextField
from ..text import FUNCTION_WORDS, word_spans
from .analysis import Analysis
from .base import Severity, Violation
from .messages import excerpt
from .textscan import TextRule
from ..patterns import lazy

# A sentence ends at these: a phrase said again in the next sentence is
# style, and so is one after a label ("Technical Strategy - I align the
# technical strategy ...").
_SENTENCE_BREAK = lazy(r"[.!?;:\n•()]|\s[-–—]\s")
# Between two copies, these make a list or a contrast, said on purpose:
# "assumptions they've made, and decisions they've made", "between
# Principal Engineers and Senior Principal Engineers".
_PARALLEL = lazy(r",|/|\b(?:and|or|but|nor|vs|versus|than|to|from|then)\b", re.IGNORECASE)
# Between two copies, a subordinating conjunction starts a second clause,
# which names the thing again as a clause of its own may: "run e2e tests in
# multiple browsers if we support multiple browsers".
_CLAUSE = lazy(
    r"\b(?:if|when|whenever|because|unless|since|while|where|wherever|whereas|although|though|until)\b",
    re.IGNORECASE,
)
# Between two copies, a quotation mark: one copy is quoted, and the other
# says it again on purpose ('Says "I don't know" when they don't know').
# Not an apostrophe: a single quotation mark is one only beside no letter.
_QUOTE = lazy("[\"\u201c\u201d\u00ab\u00bb]|(?<![A-Za-z])['\u2018\u2019]|['\u2018\u2019](?![A-Za-z])")
# Between two copies, only a verb that says they are the same ("knows when
# good enough is good enough", "a production incident is a production
# incident": a saying), or a word that makes a series or a comparison of
# them ("pull request after pull request", "service area by service area",
# "treats technical debt as technical debt"): written on purpose.
_LINKED = lazy(
    r"\s*(?:(?:is|are|was|were|means|remains|stays)(?:n['’]t|\s+not)?(?:\s+(?:still|always|just|simply|only))?"
    r"|after|by|upon|as|against|for|with|over|into)(?:\s+(?:a|an|the))?\s*",
    re.IGNORECASE,
)
#: At most this many words between the two copies; none, the phrase said
#: again right after itself ("pairing sessions pairing sessions"), is one.
_MOST_BETWEEN = 3


class RepeatedPhrase(TextRule):
    """A phrase of two words or more said twice in one sentence, right
    after itself or a word or three apart ("use meeting practices inclusive
    meeting practices", "through pairing sessions pairing sessions and
    reviews").

    The phrase must be made of words that carry meaning (not "of the" or
    "and the"), and both copies must be in one sentence, with nothing
    between them that makes a list or a contrast (a comma, "and", "or",
    "than": "assumptions they've made, and decisions they've made" is said
    on purpose), nor a subordinating conjunction that starts a second clause
    ("if", "when", "because", "unless", "since", "while", "where": "run
    tests in multiple browsers if we support multiple browsers"), nor a
    quotation mark (one copy is quoted and the other
    says it again: 'Says "I don't know" when they don't know'), nor only
    "is", "means" or the like (a saying: "knows when good enough is good
    enough", "a customer promise is a customer promise") or a word that
    makes a series or a comparison ("ships pull request after pull
    request", "service area by service area", "treats technical debt as
    technical debt"), and a
    name or title said twice is a comparison ("the
    Senior Backend Engineer role extends the Backend Engineer role"); a
    phrase said again after a comma is a list ("pairing sessions, pairing
    sessions and reviews"); a single word repeated right after itself is
    LL501's. Reported
    once per text, at the two copies.

    Why this matters:
        A phrase said twice a few words apart is an edit left half done: a
        word was inserted before the phrase ("inclusive") instead of
        replacing it, or two versions of a sentence were joined. Readers
        stumble on it, and the statement no longer says one clear thing. It
        is a warning: which copy to keep needs a person.

    Example:
        ```yaml
        culture:
          - I use meeting practices inclusive meeting practices
        ```
        Fix: "I use inclusive meeting practices".
    """

    code = "LL511"
    name = "repeated-phrase"
    severity = Severity.WARNING

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        # A first look at the words the rules share, once for each distinct
        # text. Two copies of a pair say meaningful words again at least
        # twice (and, in a row, take four words): most texts repeat only
        # words of grammar ("I ... and I ..."), and a set of their other
        # words tells. The rest are read word by word, and closely if a pair
        # comes again soon.
        said_again: set[str] = set()
        for text, tokens in analysis.words.items():
            if len(tokens) < 4:
                continue
            meaningful = [word for word in tokens if word not in FUNCTION_WORDS]
            if len(set(meaningful)) <= len(meaningful) - 2 and _pair_again_soon(tokens):
                said_again.add(text)
        for field in analysis.texts:
            if field.text in said_again:
                yield from self.check_text(field)

    def check_text(self, field: TextField) -> Iterable[Violation]:
        found = repeated_phrase(field.text)
        if found is not None:
            start, end, phrase = found
            # Right after itself, the second copy starts where the first ends, past a space.
            in_a_row = field.text[start + len(phrase) : end].strip().casefold() == phrase.casefold()
            apart = " in a row" if in_a_row else ", a few words apart"
            yield Violation(
                field.path,
                f"'{phrase}' said twice{apart}: '{excerpt(field.text, start, end)}'; keep it once",
                span=(start, end),
            )


def _pair_again_soon(words: list[str]) -> bool:
    """Whether a pair of meaningful words comes again right after itself or
    one to three words after, sentences aside (what repeated_phrase looks
    for, and more)."""
    last: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(zip(words, words[1:])):
        if pair[0] in FUNCTION_WORDS or pair[1] in FUNCTION_WORDS:
            continue
        if 2 <= i - last.get(pair, -99) <= 2 + _MOST_BETWEEN:
            return True
        last[pair] = i
    return False


def repeated_phrase(text: str) -> tuple[int, int, str] | None:
    """The first phrase of two meaningful words or more repeated right
    after itself or one to three words later in one sentence: (start of
    the first copy, end of the second, the phrase as first written)."""
    for start_offset, body in _sentences(text):
        tokens = [(start + start_offset, end + start_offset, word) for start, end, word in word_spans(body)]
        words = [t[2] for t in tokens]
        at: dict[tuple[str, str], list[int]] = {}
        for i in range(len(words) - 1):
            at.setdefault((words[i], words[i + 1]), []).append(i)
        found = []
        for (first, second), places in at.items():
            if len(places) < 2 or first in FUNCTION_WORDS or second in FUNCTION_WORDS:
                continue
            for i, j in zip(places, places[1:]):
                between = (tokens[i + 1][1], tokens[j][0])
                if 2 <= j - i <= 2 + _MOST_BETWEEN and not _PARALLEL.search(text, *between) \
                        and not _CLAUSE.search(text, *between) \
                        and not _QUOTE.search(text, *between) \
                        and not _LINKED.fullmatch(text, *between) \
                        and not (_a_name(text, tokens, i) and _a_name(text, tokens, j)) \
                        and (j - i > 2 or _one_phrase(text, tokens, i) and _one_phrase(text, tokens, j)):
                    found.append((i, j))
        if found:
            i, j = min(found)
            length = 2
            while i + length < j and j + length < len(words) and words[i + length] == words[j + length]:
                length += 1
            phrase = text[tokens[i][0] : tokens[i + length - 1][1]]
            return tokens[i][0], tokens[j + length - 1][1], phrase
    return None


def _one_phrase(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the two words at ``i`` have only a space between them: a
    phrase, not the end of one item of a list and the start of the next
    ("deliver value, deliver value": 'value, deliver' is no phrase said in a row)."""
    return text[tokens[i][1] : tokens[i + 1][0]].isspace()


def _a_name(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the two words at ``i`` are written as a name or a title:
    capitalised, where a sentence's first word does not count."""
    return text[tokens[i + 1][0]].isupper() or (i > 0 and text[tokens[i][0]].isupper())


def _sentences(text: str) -> Iterable[tuple[int, str]]:
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        yield start, text[start : m.start()]
        start = m.end()
    yield start, text[start:]
