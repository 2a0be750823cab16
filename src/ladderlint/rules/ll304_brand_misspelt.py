"""LL304 brand-misspelt."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import Framework, Organisation
from .base import Rule, Severity, Violation
from .brands import key, own_spellings
from .textscan import WORD, excerpt, inside, lower_words, url_spans

# Where a spelling may be split or joined: "EscrowTab", "Escrow Tab", "Escrow-Tab".
_SEGMENT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W_\d]+")
_SEPARATOR = r"[\s\-_.&'’]?"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def _flexible(spelling: str) -> str:
    return _SEPARATOR.join(re.escape(s) for s in _SEGMENT.findall(spelling))


class BrandMisspelt(Rule):
    """The framework's own organisation name misspelt, wrongly cased or split.

    Any spelling that differs from `organisation.name` and its `aliases`
    only in case, spaces, hyphens or dots is reported ("Escrowtab",
    "ESCROWTAB", "Escrow Tab", "Escrow-Tab" for EscrowTab), and so is a
    capitalised word one letter away from a name of six letters or more
    ("EscrowTap"). Not reported: a name written all in lower case when it
    has no capital inside ("monzo": it may be a handle or a plain word), web
    and e-mail addresses, identifiers (`escrowtab-mle`), and, for the
    one-letter rule, words at the start of a sentence or also written in
    lower case elsewhere.

    Why this matters:
        The organisation's name is the one word every reader knows how to
        spell. Two spellings in one framework read as carelessness, and
        they defeat search. It is a warning: a spelling can be deliberate
        (a legal name, a product), and then it belongs in `aliases`.

    Example:
        ```yaml
        organisation: {name: EscrowTab}
        levels:
          - id: IC1
            competencies:
              culture:
                - I represent Escrowtab at meetups
        ```
        Fix: write "EscrowTab", or add "Escrowtab" to `organisation.aliases`
        if it is also correct.
    """

    code = "LL304"
    name = "brand-misspelt"
    severity = Severity.WARNING

    def check(self, framework: Framework) -> Iterable[Violation]:
        org = framework.organisation
        accepted = set(own_spellings(org))
        spellings = sorted(accepted, key=lambda s: (-len(s), s))
        pattern = re.compile(
            r"(?<![\w@./-])(?:" + "|".join(_flexible(s) for s in spellings) + r")(?![\w@]|[-_/.]\w)",
            re.IGNORECASE,
        )
        fields = framework.texts()
        near = _NearMisses(org, fields)
        for field in fields:
            text = field.text
            spans = url_spans(text)
            seen: set[str] = set()
            for m in pattern.finditer(text):
                found = m.group()
                if found in accepted or found in seen or inside(spans, m.start(), m.end()):
                    continue
                if found.islower() and not any(any(c.isupper() for c in s[1:]) or not s.isalnum() for s in accepted):
                    continue  # "monzo": a plain name in lower case may be a word or a handle
                seen.add(found)
                yield Violation(field.path, _message(found, org, text, m.start(), m.end()))
            for start, end in near.find(text):
                found = text[start:end]
                if found not in seen and not inside(spans, start, end):
                    seen.add(found)
                    yield Violation(field.path, _message(found, org, text, start, end))


def _message(found: str, org: Organisation, text: str, start: int, end: int) -> str:
    accepted = ", ".join(own_spellings(org))
    return f"'{found}' is not how {org.name} is spelt (accepted: {accepted}): '{excerpt(text, start, end)}'"


class _NearMisses:
    """Capitalised words one edit away from a long own name ("EscrowTap")."""

    def __init__(self, org: Organisation, fields: list) -> None:
        self.targets = {key(s) for s in own_spellings(org) if len(key(s)) >= 6 and s.isalnum()}
        self.common = lower_words(f.text for f in fields) if self.targets else set()
        self.accepted = {key(s) for s in own_spellings(org)}
        self._verdicts: dict[str, bool] = {}

    def find(self, text: str) -> Iterable[tuple[int, int]]:
        if not self.targets:
            return
        for m in WORD.finditer(text):
            word = re.sub(r"['’]s$", "", m.group())  # "EscrowTap's"
            if not word[0].isupper() or len(word) < 5 or word.casefold() in self.common:
                continue
            camel = any(c.isupper() for c in word[1:])
            if not camel and _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
                continue
            if word not in self._verdicts:
                k = key(word)
                self._verdicts[word] = k not in self.accepted and any(
                    k[0] == t[0] and _one_edit(k, t) for t in self.targets
                )
            if self._verdicts[word]:
                yield m.start(), m.start() + len(word)


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]
