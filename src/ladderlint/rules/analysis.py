"""What the rules derive from one framework, made once and shared.

Several rules read the same derived data: every text of the framework
joined into one string (to scan it with one expression; it also keeps the
words written in lower case), the words of each statement. :class:`Analysis` makes each on
first use and keeps it while the framework is checked; the checker makes a
new one for each framework and drops it once the framework's rules have run.
"""

from __future__ import annotations

from functools import cached_property

from ..dictionary import english_vocabulary, english_words
from ..model import Competency, Framework, TextField
from ..text import reads_as_english, too_long_to_read, words, words_of_each
from .messages import closest
from .prose import Prose
from .run_index import RunIndex
from ..patterns import lazy


# A digit that starts a number: at a text's start, or after a letter, a
# white space or a hyphen ("L4", "3-5 engineers", "within 2 days"); not a
# label's ("#3", "(2)"). A pattern that starts with a digit skips to one.
_NUMBER_START = lazy(r"\d(?<!(?![\s-])[\W\d_]\d)")
_DIGIT = lazy(r"\d")
_ASCII_DIGITS = tuple("0123456789")
# A digit of another script ("٣", "３"); a class, not a lookahead, so that a
# search skips to the digits at once.
_OTHER_DIGIT = lazy(r"[^\D0-9]")


class WordsByText(dict[str, list[str]]):
    """``words(text)`` by text, each split on first lookup; none for a text
    too long to read (``text.too_long_to_read``: LL508 reports it), which
    the rules that compare words then pass over as they do punctuation."""

    def __missing__(self, text: str) -> list[str]:
        tokens = self[text] = [] if too_long_to_read(text) else words(text)
        return tokens


class Analysis:
    """One framework's derived data, and the run it is checked in."""

    def __init__(self, framework: Framework, run: RunIndex | None = None) -> None:
        self.framework = framework
        #: The frameworks checked together (just this one when checked alone).
        self.run = run if run is not None else RunIndex.of([framework.header])

    @cached_property
    def shadowed_references(self) -> dict[Competency, str]:
        """The competencies declared with an id another has (a line copied,
        its id left), each with the id the levels use for it instead (LL110
        tells it to take that id, LL402 says the levels' id is undeclared
        and why): see :func:`shadowed_references`."""
        return shadowed_references(self.framework)

    @cached_property
    def texts(self) -> tuple[TextField, ...]:
        """Every piece of prose the wording rules read, with its path and
        kind (Framework.texts): all but those too long to be prose
        (``text.too_long_to_read``, reported by LL508)."""
        every = self.framework.texts()
        if not any(too_long_to_read(field.text) for field in every):
            return tuple(every)
        return tuple(field for field in every if not too_long_to_read(field.text))

    @cached_property
    def too_long(self) -> tuple[TextField, ...]:
        """The texts too long to be prose, which the wording rules do not read."""
        return tuple(field for field in self.framework.texts() if too_long_to_read(field.text))

    @cached_property
    def prose(self) -> Prose:
        """Every text joined into one string, for rules that scan them all."""
        return Prose(self.texts)

    @cached_property
    def words(self) -> WordsByText:
        """The words of each text (``analysis.words[statement.text]``),
        split once for the rules that compare statements word by word: those
        of every text at once (most rules read them all)."""
        texts = [field.text for field in self.texts]
        return WordsByText(zip(texts, words_of_each(texts)))

    @cached_property
    def levels_with_repeats(self) -> frozenset[int]:
        """Indexes of the levels where two statements have the same words,
        in one cell or two: only there may two be the same statement (two
        texts with one normal form have the same words), for the rules
        that look for one (LL507 in a cell, LL515 across a level's
        competencies). Most levels have none, found without normal forms."""
        words = self.words
        found = set()
        for index, level in enumerate(self.framework.levels):
            joined = [" ".join(words[statement.text]) for cell in level.cells for statement in cell.statements]
            if len(set(joined)) < len(joined):
                found.add(index)
        return frozenset(found)

    @cached_property
    def numbered(self) -> tuple[int, ...]:
        """Indexes (in ``prose.fields``) of the texts in which a number
        starts ("L4", "3-5 engineers", "within 2 days"), for the rules that
        read numbers: most texts have none, and of those with a digit many
        only a label's ("#3"). Where every digit is 0-9 (nearly always),
        str.find finds the texts with one much faster than a pattern does."""
        prose = self.prose
        with_a_digit = prose.hits(_DIGIT) if prose.may_match(_OTHER_DIGIT) else prose.containing(_ASCII_DIGITS)
        return tuple(i for i in with_a_digit if _NUMBER_START.search(prose.fields[i].text) is not None)

    @cached_property
    def in_english(self) -> bool:
        """Whether the framework is written in English, for the rules whose
        dictionary or grammar is English: worked out only when one of them
        needs it. It is when it holds English's words of grammar as English
        prose does (``reads_as_english``), or, written in fragments and
        lists of names and terms ("Python, SQL, Spark", "review code, mentor
        peers"), when the words it writes in lower case are English words
        (``english_vocabulary``): lists of names say nothing of the
        language. A language the document declares ('language: de') is
        taken at its word: a few texts are too few to read the language
        from."""
        declared = self.framework.language
        if declared:
            return declared.split("-")[0].casefold() == "en"
        return reads_as_english(self.words[field.text] for field in self.texts) or english_vocabulary(
            field.text for field in self.texts
        )

    def english(self, text: str) -> bool:
        """Whether one of the framework's texts is English, for the rules
        whose grammar is English and read each text on its own: every text
        of a framework written in English (``in_english``); in one written
        in another language, a text whose words are all English
        (``english_words``), such as a statement left in English
        ("Mentors junior developers." among French ones)."""
        return self.in_english or english_words(self.words[text])


def shadowed_references(framework: Framework) -> dict[Competency, str]:
    """The competencies whose id another declared before them has (a line
    copied, its id left), each with the key the levels list its statements
    under, which no competency declares and which is closest to it (its
    name's, as `tooling` for Tooling): the id it was meant to have."""
    seen: set[str] = set()
    shadowed: list[Competency] = []
    for competency in framework.competencies:
        if competency.id in seen:
            shadowed.append(competency)
        seen.add(competency.id)
    if not shadowed:
        return {}
    candidates = [(c.id, c.name) for c in framework.competencies]
    found: dict[Competency, str] = {}
    for level in framework.levels:
        for cell in level.cells:
            if cell.competency_id in seen:
                continue
            match = closest(cell.competency_id, candidates)
            meant = next((c for c in shadowed if match == (c.id, c.name)), None)
            if meant is not None:
                found.setdefault(meant, cell.competency_id)
    return found
