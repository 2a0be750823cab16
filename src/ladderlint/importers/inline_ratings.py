"""A proficiency written inside a level's statement: 'Working (3)', 'Practitioner:
explains test strategy to the team', '[Expert] designs the approach', a
whole cell 'Awareness'. Where the framework has a proficiency_scale (a
legend, a row of proficiencies, a page ladderlint rendered) and the word is
one of its steps, it is the cell's proficiency, as the format writes it
(``proficiency:`` beside the cell's statements), and the statement is what
follows it, as written, its links and emphasis kept (none, when it said
nothing else). Where there is no scale, or
one cell names two steps, the statements are kept as written and the
report says so. Any reader's cells are read here, once, by the merge.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..text import slug, strip_markdown
from ..vocabulary import proficiency
from .document import ImportedCell, ImportedDocument, ImportedStatement, ReportEntry

#: A rating and what follows it: '[Expert] designs ...', '(Working) ...', 'Working (3)', 'Working (2/4): ...',
#: 'Practitioner: explains ...', 'Practitioner – explains ...', or the rating alone. 'Expert in Kotlin'
#: and 'Working with the team ...' go on without a mark: no rating.
_RATED = re.compile(
    r"\s*(?:\[(?P<bracketed>[^\W\d_][\w -]{0,40}?)\]|\((?P<parenthesised>[^\W\d_][\w -]{0,40}?)\)"
    r"|(?P<named>[^\W\d_][\w -]{0,40}?)(?P<figure>\s*\(\s*\d+(?:\s*/\s*\d+)?\s*\))?(?=\s*(?:[:–—]|\s-\s|$)))"
    r"(?:\s*[:–—]|\s+-\s)?\s*(?P<rest>.*)", re.DOTALL)


#: Markup a rating may be written in ("**Practitioner**:", "_Working_ -"), and that the plain text has not.
_MARKUP = frozenset("*_\\")


def _rating(text: str) -> tuple[str, str] | None:
    """The rating a statement opens with (or is) and the rest of it, as
    written (its links and emphasis kept); None when it opens with none.
    The rating is read in the text without its markup ("**Working**:"
    is "Working:"), and cut from the text as written."""
    said = _RATED.fullmatch(strip_markdown(text))
    if said is None:
        return None
    word = said["bracketed"] or said["parenthesised"] or said["named"]
    return " ".join(word.split()), _after(text, said.group()[:said.start("rest")], said["rest"].strip())


def _after(text: str, opening: str, rest: str) -> str:
    """What follows ``opening`` (the plain words of the rating, with its
    mark) in ``text`` as written, markup passed over on the way; the plain
    ``rest`` where the rating's markup does not end before the rest (a bold
    run that goes on past it: "**Working: builds** models")."""
    at = 0
    for character in opening:
        while at < len(text) and text[at] != character and text[at] in _MARKUP:
            at += 1
        if at == len(text) or text[at] != character:
            return rest
        at += 1
    while at < len(text) and (text[at] in _MARKUP or text[at].isspace()):
        at += 1  # the rating's closing emphasis: "**Practitioner:** explains"
    # A "*" or "_" opening the rest's own emphasis ("Working: **reliable** models") is not the rating's.
    start = at
    while start > 0 and text[start - 1] in _MARKUP:
        start -= 1
    # Emphasis opened before the rating and not closed before the rest holds the rest's words too.
    first = next((k for k, character in enumerate(text) if character not in _MARKUP and not character.isspace()), 0)
    opened = sum(1 for character in text[:first] if character in _MARKUP)
    cut = text[start:].strip()
    if opened != sum(1 for character in text[first:start] if character in _MARKUP) \
            or " ".join(strip_markdown(cut).split()) != " ".join(rest.split()):
        return rest
    return cut


def read_inline_ratings(documents: Sequence[ImportedDocument], scale: Sequence[str],
                        report: list[ReportEntry]) -> None:
    """Make each rating on ``scale`` (the framework's proficiency ids, lowest
    first; empty: it has none) that opens a cell's statements the cell's
    proficiency; report the ratings it cannot place."""
    steps = set(scale)
    read: list[tuple[ImportedDocument, int, str]] = []
    unscaled: list[tuple[ImportedDocument, int, str]] = []
    mixed: list[tuple[ImportedDocument, int, str]] = []
    for document in documents:
        for level in document.levels:
            for cell in level.cells:
                if cell.proficiency or not cell.statements:
                    continue
                rated = [(s, _rating(s.text)) for s in cell.statements]
                on_scale = {slug(r[0]) for _, r in rated if r is not None and slug(r[0]) in steps}
                if len(on_scale) == 1:
                    _rate(cell, on_scale.pop(), rated)
                    read.extend((document, s.line, s.text) for s, r in rated if r is not None and slug(r[0]) in steps)
                elif len(on_scale) > 1:
                    mixed.extend((document, s.line, s.text) for s, r in rated if r is not None and slug(r[0]) in steps)
                elif not steps:
                    unscaled.extend((document, s.line, s.text) for s, r in rated
                                    if r is not None and proficiency(r[0]) is not None)
    if read:
        document, line, _ = read[0]
        report.append(ReportEntry(document.path, line, "layout",
                                  f"{len(read)} statements open with a step of the proficiency scale: each is "
                                  "its cell's proficiency, the statement what follows it",
                                  ", ".join(dict.fromkeys(text for _, _, text in read[:4]))))
    if mixed:
        document, line, _ = mixed[0]
        report.append(ReportEntry(document.path, line, "notice",
                                  "statements of one cell open with different steps of the proficiency scale: "
                                  "kept as written (a cell has one proficiency)",
                                  ", ".join(dict.fromkeys(text for _, _, text in mixed[:4]))))
    if unscaled:
        document, line, _ = unscaled[0]
        report.append(ReportEntry(document.path, line, "notice",
                                  f"{len(unscaled)} statements open with a proficiency word, but the framework has "
                                  "no proficiency_scale: kept as written; to rate the cells, write the "
                                  "proficiency_scale and each cell's proficiency",
                                  ", ".join(dict.fromkeys(text for _, _, text in unscaled[:4]))))


def _rate(cell: ImportedCell, step: str, rated: list[tuple[ImportedStatement, tuple[str, str] | None]]) -> None:
    """Give ``cell`` the proficiency ``step``; its rated statements keep what follows the rating."""
    cell.proficiency = step
    kept: list[ImportedStatement] = []
    for statement, rating in rated:
        if rating is None or slug(rating[0]) != step:
            kept.append(statement)
        elif rating[1]:
            kept.append(replace(statement, text=rating[1], label=None, rest=None))
    cell.statements = kept
