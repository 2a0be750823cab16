"""LL517 wrong-verb-form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..dictionary import english, s_stems, verb_in_s
from ..model import TextField
from ..patterns import lazy
from ..text import FUNCTION_WORDS
from ..vocabulary import DETERMINERS
from .base import Fix, Severity, Violation
from .prose import Prose
from .textscan import TextRule

# "to", an adverb in "-ly", and a word in "-s": "to reliably ships".
_TO_ADVERB_S = lazy(r"(?<!\S)(?P<to>[Tt]o)[ \t]+(?P<adverb>[a-z]{3,}ly)[ \t]+(?P<word>[a-z]{3,}s)\b(?![-'’])")
# What every text either shape is in holds, each starting with a fixed text,
# which the pattern engine finds much faster than a word boundary or a
# choice of letters: run over a framework's joined texts, these cost a
# tenth of the shapes themselves.
_TO_HINT = lazy(r"to[ \t]+[a-z]{3,}ly[ \t]+[a-z]{3,}s\b")
_CAPITAL_TO_HINT = lazy(r"To[ \t]+[a-z]{3,}ly[ \t]+[a-z]{3,}s\b")
_ABLE_HINT = lazy(r"ble[ \t]+(?!to\b)[a-z]{2,}[ \t]+[A-Za-z]")
# "able", a word and the word after it: "Able determine what matters".
_ABLE_WORD = lazy(r"(?<!\S)(?P<able>[Aa]ble)[ \t]+(?!to\b)(?P<word>[a-z]{2,})[ \t]+(?P<next>[A-Za-z]+)\b(?![-'’])")
#: Endings only an adverb made of an adjective has ("reliably", "visibly",
#: "technically", "proactively", "successfully", "continuously",
#: "consistently", "constantly", "repeatedly", "increasingly",
#: "accurately", "directly", "effortlessly"); not "-ly" as such, which
#: ends adjectives made of nouns too ("weekly updates", "early adopters",
#: "family members", "friendly reminders").
_ADVERB_ENDINGS = ("ably", "ibly", "ally", "ively", "fully", "ously", "ently", "antly", "edly", "ingly",
                   "ately", "ctly", "lessly")
#: Adverbs that single out the words after them, a noun as well as a verb:
#: "applies to especially teams ...", "to mainly engineers".
_FOCUSING = frozenset(
    "especially particularly specifically primarily mainly mostly largely chiefly exclusively solely "
    "predominantly typically usually generally principally essentially virtually".split())
#: Words after "able" and a verb that show the verb has its object, so that
#: "able" is not an adjective before a noun ("an able mentor, and ..."):
#: a determiner, a pronoun or a question word.
_OBJECT_STARTS = frozenset(
    "the a an their its our your his her my this these those what how when which whether why who whom where "
    "them it others".split())
#: Words before "able" that make it an adjective before a noun ("an able
#: engineer", "their most able mentor").
_BEFORE_A_NOUN = DETERMINERS | frozenset("these those every each any some most very more less".split())
# The word before "able", past the spaces.
_WORD_BEFORE = lazy(r"([A-Za-z]+)[ \t]+\Z")


#: One base form of an "-s" form is the meant one when the dictionary has
#: seen it this many times as often as the other ("carry", not "carrie";
#: "do", not "doe"), where "use" and "us" are of like weight.
_FAR_LIKELIER = 100


@dataclass(frozen=True)
class _Slip:
    span: tuple[int, int]
    written: str
    meant: str | None
    why: str


def _adverb(word: str) -> bool:
    """Whether a word in "-ly" is an adverb made of an adjective, that
    stands before a verb and not before a noun: by its ending, or by the
    dictionary's adjectives ("clearly", "quickly")."""
    return word not in _FOCUSING and (word.endswith(_ADVERB_ENDINGS) or english().adverb_of_adjective(word))


def _base_form(word: str) -> str | None:
    """The base form a verb's "-s" form is of ("ships": "ship", "carries":
    "carry", not the name "carrie"), or None where the dictionary allows
    two of like weight ("uses": "use" or "us") or none."""
    dictionary = english()
    found = sorted(((dictionary.frequency(stem), stem) for stem in s_stems(word) if dictionary.verb(stem)),
                   reverse=True)
    if len(found) > 1 and found[0][0] < _FAR_LIKELIER * found[1][0]:
        return None
    return found[0][1] if found else None


def _to_adverb_slips(text: str) -> Iterable[_Slip]:
    for m in _TO_ADVERB_S.finditer(text):
        word = m.group("word")
        if word.endswith(("ss", "us", "is")) or not _adverb(m.group("adverb")) or not verb_in_s(word):
            continue
        base = _base_form(word)
        start, end = m.span()
        yield _Slip((start, end), m.group(), m.group()[: -len(word)] + base if base else None,
                    "after 'to' a verb takes its base form")


def _able_slips(text: str) -> Iterable[_Slip]:
    for m in _ABLE_WORD.finditer(text):
        word = m.group("word")
        if m.group("next").lower() not in _OBJECT_STARTS or word in FUNCTION_WORDS or not english().verb(word):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() in _BEFORE_A_NOUN:
            continue
        start, end = m.span("able")[0], m.end("word")
        written = text[start:end]
        yield _Slip((start, end), written, f"{m.group('able')} to {m.group('word')}",
                    "'able' takes 'to' before its verb")


def slips(text: str) -> list[_Slip]:
    """The verbs in the wrong form for the words before them, in order."""
    return sorted((*_to_adverb_slips(text), *_able_slips(text)), key=lambda s: s.span)


class WrongVerbForm(TextRule):
    """A verb in the wrong form for the words before it: its "-s" form
    after "to" and an adverb ("to reliably ships"), or after "able" with
    no "to" ("Able determine what matters").

    These are slips of grammar made of real words, which the spelling rule
    (LL512) cannot see: a word left in the form an earlier draft of the
    sentence needed. Only two shapes are reported, where the words tell the
    slip for certain:

    - "to", an adverb made of an adjective ("reliably", "consistently",
      "proactively", "successfully", "clearly", "quickly": by its ending,
      or by an adjective the dictionary knows compared, "clearest"), and a
      verb's "-s" form. An adverb in
      "-ly" made of a noun ("to weekly updates", "to early adopters"), or
      one that may single out a noun ("to especially teams"), is no sign of
      a verb, and "to" with a noun right after it ("contributes to
      changes", "gives feedback to peers") is a preposition: not reported.
    - "able" and a verb in its base form, followed by a word that starts
      its object ("the", "their", "what", "how", "them" ...). "able" as an
      adjective before a noun ("an able mentor", "their most able
      engineer") is not reported.

    Not reported, because the dictionary cannot tell a verb from a noun:
    "a" before a verb's "-s" form ("a proposes solution"), which reads as
    a noun used as a modifier as often ("a needs analysis", "a rewards
    programme", "a claims process", "a tools team").

    Why this matters:
        A reader stumbles on the sentence, and the framework reads as
        unreviewed. The slip is easy to miss in review, because every word
        is spelt right.

    Example:
        ```yaml
        impact:
          - Trusted by the team to reliably ships things
          - Able determine what really matters for an analysis
        ```
        Fix: "to reliably ship things", "Able to determine what really
        matters". `ladderlint check --fix` makes both, but leaves a verb
        whose base form the dictionary cannot tell ("uses": "use" or "us").
    """

    code = "LL517"
    name = "wrong-verb-form"
    severity = Severity.WARNING
    def candidates(self, prose: Prose) -> list[int]:
        # Few texts hold either shape; the dictionary is read only for those.
        # "To" and "able" between spaces are in few frameworks (a set's look-up
        # tells), "to" in all of them: only the patterns that may match are run.
        patterns = [_TO_HINT]
        if "To" in prose.pieces:
            patterns.append(_CAPITAL_TO_HINT)
        if "able" in prose.pieces or "Able" in prose.pieces:
            patterns.append(_ABLE_HINT)
        return prose.hits_any(patterns)

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        found = slips(text)
        if not found:
            return
        replacement: str | None = None
        if all(slip.meant is not None for slip in found):
            replacement = text
            for slip in reversed(found):
                start, end = slip.span
                replacement = replacement[:start] + (slip.meant or "") + replacement[end:]
        # Spliced and read again: the fix must leave none of these slips.
        if replacement is not None and slips(replacement):
            replacement = None
        for slip in found:
            said = f"'{slip.written}': {slip.why}"
            said += f"; did you mean '{slip.meant}'?" if slip.meant else ""
            fix = Fix(field.path, replacement) if replacement is not None else None
            yield Violation(field.path, said, fix=fix, span=slip.span)
