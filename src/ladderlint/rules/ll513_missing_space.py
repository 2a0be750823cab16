"""LL513 missing-space."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import TextField
from ..text import GOES_ON, NAME_ABBREVIATIONS, STOPPED_ABBREVIATIONS, code_spans, plural
from .base import Severity, Violation
from .messages import excerpt
from .prose import Prose
from .addresses import inside, url_spans
from .textscan import TextRule
from ..patterns import lazy

# A sentence's last word (all lower case, or a closing bracket) and its
# full stop, then the next sentence's first word with no space between.
# "Node.Js", "ASP.NET", "e.g.", "Console.WriteLine", "README.md" and code
# ("fmt.Errorf(", "io.Reader", "errors.Is") are not: a word with a capital,
# of one or two letters, a capital inside the next, or a call after it.
# A hyphenated word ends a sentence as well ("end-to-end.Handles",
# "Follow-up.Then"): its parts all letters, in lower case but for the
# first's capital, the last of two letters or more.
_JOINED = lazy(r"(?:(?<![\w'’.-])((?:[A-Za-z][a-z]*-(?:[a-z]+-)*)?[a-z]{3,}|[A-Za-z][a-z]*-(?:[a-z]+-)*[a-z]{2})|\))"
               r"[.!?](?=([A-Z][a-z]{2,})(?![\w'’(\[-]|\.\w))")
# An abbreviation and its full stop ("i.e.", "etc.", "St."), then a
# capitalised word with no space between ("i.e.Kafka", "St.Albans"): the
# abbreviation ends no word a name is written with.
_ABBREVIATION_JOINED = lazy(
    r"(?<![\w.'’-])(?:(?i:" + "|".join(re.escape(short) for short in STOPPED_ABBREVIATIONS) + r")|"
    + "|".join(re.escape(short) for short in NAME_ABBREVIATIONS) + r")\.(?=[A-Z][a-z])"
)
# The packages of the standard libraries (and a few of the most used
# others) that prose names code from, written without backticks:
# "json.Marshal", "http.Client", "strings.Builder". Some are words a
# sentence may end on ("on time.", "with strings."), so a name is code only
# where the sentence goes on after it: _QUALIFIED.
_PACKAGES = frozenset("""
    atomic base64 bufio bytes context errgroup errors exec filepath fmt grpc heap http httptest ioutil
    json log maps math mux net proto rand reflect regexp runtime signal slices slog sort sql strconv
    strings sync template testing time unicode url utf8 zap
    asyncio collections dataclasses datetime functools itertools logging pathlib subprocess threading
    typing unittest
""".split())
# What follows a qualified name in the sentence it belongs to: a word in
# lower case ("http.Client per service"), an aside ("errgroup.Group (or
# ..."), a comma or a closing bracket.
_QUALIFIED = lazy(r"[A-Z][a-z]+(?:,|\)|[ \t]+[a-z(])")
# Two words in lower case joined by a comma ("providing input,asking
# questions"): not a list of names or code ("a,b", "foo,bar(", "utf-8,latin-1").
_COMMA_JOINED = lazy(r"(?<![\w'’.@/-])[a-z]{3,},(?=[a-z]{3,}(?![\w'’(\[@/-]|\.\w))")
# A comma with a space before it, between two words ("high quality work ,
# and", "work ,and"): a word deleted or moved in an edit left its space.
# Not a comma after a number, a quotation mark or code ("1 ,000", '"yes" ,').
_SPACED_COMMA = lazy(r"(?<=[^\W\d_]|[)\]]) +,(?=[ \t]?[^\W\d_(])")
# What the pieces between white space hold where _SPACED_COMMA matches: one
# that starts with the comma.
_SPACED_COMMA_PIECE = lazy(r"^,(?:[^\W\d_(]|$)", re.MULTILINE)
# A sentence's full stop on the wrong side of its space, the next sentence
# run into it ("others' ideas .Meets the community"): a word (or a closing
# bracket), space, the mark, then a capitalised word. Not an ellipsis, a
# file name (".env"), a number (".5") or a name written with a dot
# (".NET"), whose letters after the capital are not all lower case; a
# name such as ".Net" follows a word no sentence ends on ("in .Net",
# "and .Net"), which check_text leaves out.
_SPACED_STOP = lazy(
    r"(?:(?<![\w'’.-])([^\W\d_]{2,})|\))[ \t]+[.!?](?=[A-Z][a-z]{2,}(?![\w'’(\[-]|\.\w))")
_SPACED_STOP_PIECE = lazy(r"^[.!?][A-Z][a-z]{2}", re.MULTILINE)


class MissingSpace(TextRule):
    """Two sentences run together: no space after a full stop, a question
    mark or an exclamation mark ("professionals.Greater than half").

    Reported where a word in lower case (or a closing bracket) ends with the
    mark and a capitalised word follows at once (a hyphenated word too,
    its first part maybe capitalised: "end-to-end.Handles",
    "Follow-up.Then"), and where two words in
    lower case, of three letters or more, are joined by a comma ("providing
    input,asking questions"), and where a comma has a space before it
    between two words ("high quality work , and I test it", "work ,and"):
    the space a word deleted or moved in an edit left behind; and where a
    full stop (or a question or exclamation mark) has the space before it
    and none after, a capitalised word run into it ("others' ideas .Meets
    the community"), but after a word no sentence ends on ("in .Net"); and
    where an abbreviation's full stop ("i.e.", "e.g.", "etc.", "vs.", "St.")
    has a capitalised word run into it ("i.e.Kafka", "St.Albans"; not "Dr."
    or "Mr.", which names of software are written with: "Dr.Jit"). Names
    written with a dot (`Node.js`, `ASP.NET`), abbreviations (`e.g.`),
    addresses and code in backticks are not, nor a comma after a number,
    a quotation mark or code; nor a name from a standard library's package
    written without backticks ("json.Marshal and", "one http.Client per
    service"), where a word in lower case, a comma or a bracket goes on
    after it ("on time.Often I help" is two sentences).

    Why this matters:
        Sentences joined without a space are what copying from a
        spreadsheet cell, a slide or a PDF leaves behind. They read as a
        typo to everyone on the ladder, and the joined word hides from
        search. A comma after a space is what an edit leaves when it
        deletes the word before the comma, and reads as a typo too.

    Example:
        ```yaml
        scope:
          - Task oriented, but gaining independence.Core skills functional
        ```
        Fix: "Task oriented, but gaining independence. Core skills functional".
        Not fixed by `--fix`: a name written in code (`sync.Mutex`) reads
        the same, and only a person can tell.
    """

    code = "LL513"
    name = "missing-space"
    severity = Severity.WARNING

    def candidates(self, prose: Prose) -> list[int]:
        # A run of sentences holds no white space: most frameworks have none,
        # which the pieces tell before the texts are read.
        patterns = [pattern for pattern in (_JOINED, _COMMA_JOINED, _ABBREVIATION_JOINED) if prose.may_match(pattern)]
        if prose.may_match(_SPACED_COMMA_PIECE):
            patterns.append(_SPACED_COMMA)
        if prose.may_match(_SPACED_STOP_PIECE):
            patterns.append(_SPACED_STOP)
        return prose.hits_any(patterns)

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        skipped = url_spans(text) + code_spans(text)
        sentences = [m.end() for m in _JOINED.finditer(text) if not inside(skipped, m.start(), m.end() + 1)
                     and (m.group(1) or "") != m.group(2).lower()  # "context.Context" is code
                     and not (m.group(1) in _PACKAGES and _QUALIFIED.match(text, m.end()))]
        commas = [m.end() for m in _COMMA_JOINED.finditer(text) if not inside(skipped, m.start(), m.end() + 1)]
        # "etc.The" ends a sentence too, said once.
        abbreviations = [m.end() for m in _ABBREVIATION_JOINED.finditer(text)
                         if not inside(skipped, m.start(), m.end() + 1) and m.end() not in sentences]
        for marks, after in ((sentences, "the end of a sentence"), (abbreviations, "an abbreviation"),
                             (commas, "a comma")):
            if not marks:
                continue
            where = f" ({plural(len(marks), 'place')})" if len(marks) > 1 else ""
            first = marks[0]
            yield Violation(
                field.path,
                f"no space after {after}{where}: '{excerpt(text, first - 1, first + 1, 16)}'",
                span=(first - 1, first + 1),
            )
        stops = [m for m in _SPACED_STOP.finditer(text) if not inside(skipped, m.start(), m.end() + 1)
                 and (m.group(1) or "").casefold() not in GOES_ON]
        if stops:
            where = f" ({plural(len(stops), 'place')})" if len(stops) > 1 else ""
            # From the space to the mark: what the fix would swap.
            first_stop = stops[0].end() - 1
            space = len(text[:first_stop]) - len(text[:first_stop].rstrip(" \t"))
            yield Violation(
                field.path,
                f"a space before the end of a sentence and none after it{where}: "
                f"'{excerpt(text, first_stop - space, first_stop + 1, 16)}'; the mark goes right after the word, "
                "the space after the mark",
                span=(first_stop - space, first_stop + 1),
            )
        spaced = [m for m in _SPACED_COMMA.finditer(text) if not inside(skipped, m.start(), m.end())] \
            if " ," in text else []
        if spaced:
            where = f" ({plural(len(spaced), 'place')})" if len(spaced) > 1 else ""
            first_comma = spaced[0]
            yield Violation(
                field.path,
                f"a space before a comma{where}: '{excerpt(text, first_comma.start(), first_comma.end(), 16)}'; "
                "the comma goes right after the word, the space after the comma",
                span=first_comma.span(),
            )
