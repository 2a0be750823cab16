"""LL407 undefined-term."""

from __future__ import annotations

from typing import Iterable

from ..model import GLOSSARY, Framework
from ..text import normal, plain
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .messages import describe, suggest
from ..patterns import lazy

_STARS = lazy(r"\*+")
_WORD_BEFORE = lazy(r"([^\W_][\w'’/-]*[+#]*)(\s*)$")
#: A name that ends in marks, as some languages' do: "C++", "C#", "D++".
_MARKED_NAME = lazy(r"(?<![\w+#])[^\W\d_]\w*[+#]+$")
# Words that end a term when reading backwards from its star.
_NOT_IN_TERMS = frozenset(
    "a an and as at by for from i in into is are my of on or our the their to we with you your".split()
)
# Names written with a star, which is no mark: A*'s kin (a letter and a
# star, "A*", "C*", "R*-tree", is a name too).
_STARRED_NAMES = frozenset({"ida", "sma", "lpa", "ara", "hpa", "theta"})
_WORD_AT_END = lazy(r"[^\W_]+$")
#: A regular expression's character class ("[a-z]*", "[^A-Za-z0-9_]*"):
#: ranges, escapes and marks only, so "[ML lifecycle]*" is still a term.
_CHARACTER_CLASS = lazy(r"\[\^?(?:[A-Za-z0-9]-[A-Za-z0-9]|\\.|[^\w\s\]]|_)+\]$")


def starred(text: str, glossary: Iterable[str] = ()) -> list[int]:
    """Offsets of the stars that mark a glossary term: a single `*` right
    after a word of two letters or more and not followed by one
    (`lifecycle*.`), after a name that ends in `+` or `#` (`C++*`, `C#*`),
    or after a term of ``glossary`` as it is written there, whatever its
    last character; leaving out Markdown emphasis (`*go to*`), runs of
    stars (`**bold**`), names written with a star (`A*`, `IDA*`) and a
    regular expression's character class (`[a-z]*`)."""
    out = []
    open_emphasis = False
    # The glossary's terms that end in a mark ("C++", "Q&A?"): a star after a word is found without them.
    marked = [written for written in map(_written, glossary) if written and not written[-1].isalnum()]
    for match in _STARS.finditer(text):
        start, end = match.span()
        if end - start > 1:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isspace() and not (after.isalnum() or after == "_"):
            if open_emphasis:
                open_emphasis = False  # closes `*go to*`
            elif before in ")'’\"" or before == "]" and not _CHARACTER_CLASS.search(text, 0, start) \
                    or before.isalnum() and not _named(text, start) \
                    or _MARKED_NAME.search(text, 0, start) or marked and _ends_with(text[:start], marked):
                out.append(start)
        elif before.isspace() or before in "([\"'":
            if not after.isspace():
                open_emphasis = True
    return out


def _written(text: str) -> str:
    return " ".join(plain(text).casefold().split())


def _ends_with(text: str, terms: list[str]) -> bool:
    """Whether ``text`` ends with one of ``terms`` (as ``_written``), as a whole word."""
    written = _written(text)
    return any(written.endswith(term) and (len(written) == len(term) or not written[-len(term) - 1].isalnum())
               for term in terms)


def _named(text: str, star: int) -> bool:
    """Whether the star at ``star``, after a word, is part of a name:
    after one letter ("A*", "C*") or a known name written so ("IDA*")."""
    if star < 2 or not (text[star - 2].isalnum() or text[star - 2] in "_'’/-"):
        return True  # one letter
    word = _WORD_AT_END.search(text, max(0, star - 6), star)
    return word is not None and word.group().casefold() in _STARRED_NAMES and (
        word.start() == 0 or not text[word.start() - 1].isalnum())


def named_term(text: str, glossary_keys: list[str]) -> tuple[str, str | None]:
    """The term that ends where a star is (``term_before``), and the
    glossary key it names (of ``glossary_keys``, normal forms, longest
    first), or None: the key it ends with, or else one that ends with its
    last words ("the lifecycle*" names the entry "ML development lifecycle",
    as a text does once the term is known; so do "different lifecycle*
    stages", "each lifecycle*": the star is on the last word)."""
    term, defined = term_before(text, glossary_keys)
    if defined:
        return term, term
    words = normal(term).split()
    endings = [" ".join(words[i:]) for i in range(len(words))]
    return term, next((key for key in glossary_keys for ending in endings
                       if key == ending or key.endswith(" " + ending)), None)


def term_before(text: str, glossary_keys: list[str]) -> tuple[str, bool]:
    """The term that ends where a star is: the longest glossary key the text
    ends with (True), or else what brackets right before the star hold, or
    the words before the star up to a short word such as 'in' or 'of', at
    most four (False)."""
    bracketed = text.endswith((")", "]"))
    if bracketed:  # "(ML lifecycle)*": the term is what the brackets hold
        opening = text.rfind("(" if text.endswith(")") else "[")
        text = text[opening + 1 : -1] if opening >= 0 else text[:-1]
    before = normal(text)
    for key in glossary_keys:  # longest first
        if before.endswith(key) and (len(before) == len(key) or not before[-len(key) - 1].isalnum()):
            return key, True
    if bracketed:
        return text.strip(), False
    picked: list[str] = []
    rest = text.rstrip()
    while len(picked) < 4:
        match = _WORD_BEFORE.search(rest)
        if match is None or (picked and match.group(1).casefold() in _NOT_IN_TERMS):
            break
        picked.insert(0, match.group(1))
        if picked[0][-1] in "+#" and len(picked) == 1:
            break  # a name that ends in marks is the term ("D++*")
        rest = rest[: match.start()]
        if not rest or not rest[-1].isspace():
            break  # punctuation ends the term
        rest = rest.rstrip()
    return " ".join(picked), False


class UndefinedTerm(Rule):
    """A term marked with a trailing `*` as defined in the glossary
    ("ML development lifecycle*") has no `glossary` entry.

    Glossary keys are matched without case and spacing, and the longest key
    that the text ends with before the star wins, so a key can be several
    words; a term that ends with the last words of a key ("the lifecycle*",
    "different lifecycle* stages" for "ML development lifecycle") names
    that entry too. Without a matching
    key, the term reported is what brackets before the star hold
    (`(ML lifecycle)*`), or the words before it back to a short word such
    as "in" or "of". A glossary term is marked as the glossary writes it,
    whatever its last character (`C++*`, `Yahoo!*`), and a name that ends
    in `+` or `#` (`D++*`, `C#*`) is a term of its own. Markdown emphasis
    (`*go to*`), bold (`**...**`) and the star after a regular
    expression's character class (`[a-z]*`, `[A-Za-z0-9_]*`) are not term
    marks.

    Why this matters:
        The star promises readers a definition; without one, a term that
        decides what is expected ("proficiency in the ML development
        lifecycle") means whatever each reader thinks. Exports often lose
        the footnote that defined it.

    Example:
        ```yaml
        levels:
          - id: IC3
            dimensions:
              craft: I have achieved proficiency in ML development lifecycle*.
        ```
        Fix: define the term:
        ```yaml
        glossary:
          ML development lifecycle: The stages of an ML project, from task formulation to monitoring.
        ```
    """

    code = "LL407"
    name = "undefined-term"
    severity = Severity.ERROR
    needs = frozenset({GLOSSARY})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        keys = sorted({normal(key) for key in framework.glossary}, key=len, reverse=True)
        candidates = [(key, None) for key in framework.glossary]
        prose = analysis.prose
        for i in prose.containing(("*",)):
            field = prose.fields[i]
            reported: set[str] = set()
            for offset in starred(field.text, framework.glossary):
                term, key = named_term(field.text[:offset], keys)
                if key is not None or not term or term.casefold() in reported:
                    continue
                reported.add(term.casefold())
                start = field.text.rfind(term, 0, offset)
                yield Violation(
                    field.path,
                    f"'{term}*' in {describe(framework, field.path)} is marked as a glossary term, but the "
                    f"glossary has no entry for it{suggest(term, candidates)}",
                    span=(start if start >= 0 else offset, offset + 1),
                )
