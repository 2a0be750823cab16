"""Glossary terms that statements mark with a star.

A statement that marks a term ("Writes runbooks* for the services they
build") asks for what the glossary says the term is: the definition is
part of what it asks. So a definition reworded to ask for more raises the
bar at the levels whose statements mark the term, and a term newly marked
in a statement brings its definition into that statement. The marks are
read as LL407 reads them (a term that ends in a mark, "Yahoo!*", too).
"""

from __future__ import annotations

from typing import Mapping

from ..model import Framework
from ..rules.ll407_undefined_term import named_term, starred
from ..text import normal, words

#: A glossary field of a metadata change ("glossary.runbooks") starts so.
FIELD_PREFIX = "glossary."
#: What the grader read where a statement marks a glossary term, or no longer does.
DEFINITION_ASKED = "a glossary term's definition asked"
DEFINITION_NO_LONGER_ASKED = "a glossary term's definition no longer asked"


def marked_terms(text: str, glossary: Mapping[str, str]) -> dict[str, str]:
    """The glossary's terms that ``text`` marks with a star, each (the
    glossary's own key) with its definition."""
    if "*" not in text or not glossary:
        return {}
    keys = {normal(key): key for key in glossary}
    longest_first = sorted(keys, key=len, reverse=True)
    out: dict[str, str] = {}
    for star in starred(text, glossary):
        _term, key = named_term(text[:star], longest_first)
        if key is not None:
            out[keys[key]] = glossary[keys[key]]
    return out


def levels_marking(framework: Framework, term: str) -> list[str]:
    """The levels (ids, in the ladder's order) with a statement that marks ``term``."""
    glossary = {**framework.glossary, term: framework.glossary.get(term, "")}
    found = {level.id for level, _cell, statement in framework.statements()
             if term in marked_terms(statement.text, glossary)}
    return [level.id for level in framework.levels if level.id in found]


def marking_revision(old: Framework | None, new: Framework, term: str, removed: bool) -> Framework:
    """The revision whose statements a change of ``term``'s definition is
    graded against: the old one where the definition was taken away (what
    its marks asked is no longer asked), or where only the old statements
    marked the term (marks taken off in the same change); else the new one."""
    if old is None:
        return new
    if removed or not levels_marking(new, term) and levels_marking(old, term):
        return old
    return new


def named_anywhere(framework: Framework, term: str) -> bool:
    """Whether a statement or a level's summary uses ``term``, marked with a
    star or not ("the on-call rota" uses "on-call"): most frameworks do not
    mark their terms, and a definition is what the words they use mean."""
    wanted = words(term)
    if not wanted:
        return False
    texts = [statement.text for _level, _cell, statement in framework.statements()]
    texts += [level.summary for level in framework.levels if level.summary]
    return any(_runs_in(wanted, words(text)) for text in texts)


def _runs_in(wanted: list[str], found: list[str]) -> bool:
    """Whether ``wanted`` comes in ``found`` as a run of words, its last
    one maybe in the plural ("runbooks" uses "runbook")."""
    size, *first, last = len(wanted), *wanted
    return any(found[i : i + size - 1] == first and found[i + size - 1 : i + size] in ([last], [last + "s"], [last + "es"])
               for i in range(len(found) - size + 1))
