"""LL304 brand-misspelt."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..model import ORGANISATION, Framework, Organisation
from ..text import name_key, unaccented
from .analysis import Analysis
from .base import Rule, Severity, Violation
from .brands import OwnNames, own_spellings
from .messages import excerpt
from .prose import Prose
from .addresses import inside, url_spans
from ..patterns import lazy

# Where a spelling may be split or joined: "EscrowTab", "Escrow Tab", "Escrow-Tab".
_SEGMENT = lazy(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W_\d]+")
_SEPARATOR = r"[\s\-_.&'’]?"
_WORD_GLUE = lazy(r"[\w'’-]")
_SENTENCE_START = lazy(r"(?:^|[.!?:;]\s+|\n\s*)$")


#: Words after which a bare word is a body one works across or joins, as
#: a name is: "relationships across skylight", "since they joined skylight".
#: Not "at", "in", "on", "within" or "with", after which ordinary words stand
#: bare ("at scale", "within reason", "on target", "in unity", "with gusto").
_NAME_AFTER = r"(?<![\w-])(?i:across|join|joins|joined|joining)\s+"


def _lower_case_where_a_name_stands(org: Organisation, prose: Prose) -> Iterator[tuple[int, int, int]]:
    """An own name of one word, written so with a capital in the texts, in
    lower case where only a name can stand: after "across" or "join", with
    no determiner ("across skylight" for Skylight; "across the skylight" is
    the ordinary word). As (text index, start, end)."""
    text = prose.text
    for name in own_spellings(org):
        lower = name.lower()
        if not name.isalpha() or name == lower or not name[1:].islower():
            continue  # several words, a capital inside (reported as any other case), or written in lower case
        if f" {lower}" not in text:
            continue  # most frameworks: never in lower case after a space (a plain search, before any pattern)
        found = list(re.finditer(rf"{_NAME_AFTER}({re.escape(lower)})(?![\w@]|[-_/.]\w)", text))
        if not found:
            continue
        capitalised = re.compile(rf"(?<![\w@./-]){re.escape(name)}(?![\w@])")
        if not any(capitalised.search(f.text) for f in prose.fields if f.kind != ORGANISATION):
            continue  # the texts never write it as a name (its own field aside): "skylight" may be the word
        # Written in lower case elsewhere too, it is also the framework's ordinary word ("a skylight").
        if not found or len(re.findall(rf"(?<![\w@./-]){re.escape(lower)}(?![\w@]|[-_/.]\w)", text)) > len(found):
            continue
        for m in found:
            i, start = prose.locate(m.start(1))
            yield i, start, start + len(lower)


def _flexible(spelling: str) -> str:
    return _SEPARATOR.join(re.escape(s) for s in _SEGMENT.findall(spelling))


class BrandMisspelt(Rule):
    """The framework's own organisation name misspelt, wrongly cased or split.

    Any spelling that differs from `organisation.name` and its `aliases`
    only in case, spaces, hyphens or dots is reported ("Escrowtab",
    "ESCROWTAB", "Escrow Tab", "Escrow-Tab" for EscrowTab), and so is a
    capitalised word one letter away from a name of six letters or more
    ("EscrowTap"), or with two neighbouring letters swapped in a name of
    five ("Miero" for Meiro), or with a letter typed twice or a double
    typed once in a name of four or five ("Metta" for Meta, also where
    it stands as an organisation's name: "across Metta"; one letter more,
    less or other makes too many other names of five or fewer: "Miro",
    "Mongo", "Beta"), unless it is an English word or
    a name the dictionary holds ("the Strike Team", "the Stride app" beside
    Stripe, "Miro" beside Meiro) or another organisation's known name. LL302
    leaves such a slip to this rule. Not reported: a name written all in lower case when it
    has no capital inside ("monzo": it may be a handle or a plain word), except
    a name of one word that the texts also write capitalised, in lower case
    right after "across" or "join" ("relationships across skylight", "since
    they joined skylight" for Skylight), where only a name stands bare, and
    the word is in lower case nowhere else (then it is also an ordinary word
    of the framework: "lets light in through a skylight"); not
    after "at", "in", "on", "within" or "with", after which an ordinary word
    stands bare too ("at scale" beside Scale, "on target", "with gusto"), nor
    at the end of a sentence alone, which tells nothing of what the word is; a
    name that is written in lower case capitalised where a sentence starts
    ("Leads.io engineers plan" for leads.io), the organisation's own
    domain, as addresses are written ("any leads.io engagement" for
    Leads.io, where `organisation.domains` lists leads.io), a name that ends with an
    abbreviation's full stop written without it ("Acme Ltd" for "Acme
    Ltd.", as at the end of a sentence), web
    and e-mail addresses, identifiers (`escrowtab-mle`), and, for the
    one-letter rule, words at the start of a sentence or also written in
    lower case elsewhere.

    A name with accents is spelt with them: the name without its accents
    is reported like any other spelling, alone ("Zoe Labs", "Muller GmbH"
    for Zoë Labs, Müller GmbH) or also cased or joined wrong ("ZOE LABS",
    "ZoeLabs"), and the message says the accents are left out. Alone it
    is still a warning: the framework is the organisation's own document,
    a reader searching for "Zoë" does not find "Zoe", and two spellings in
    one framework read as carelessness; where the plain spelling is used
    on purpose (a keyboard's, a legal name's, "Mueller GmbH"), list it in
    `aliases` and it is accepted.

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
    needs = frozenset({ORGANISATION})

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        org = framework.organisation
        accepted = set(own_spellings(org))
        # "Acme Ltd." is "Acme Ltd" where its full stop is not written, or
        # ends the sentence: the name is not misspelt for that.
        accepted |= {s.rstrip(".") for s in accepted if s.endswith(".") and s.rstrip(".")}
        # A name with accents is looked for without them too ("Zoe Labs",
        # "ZOE LABS" for Zoë Labs): reported unless an alias spells it so.
        folded = {unaccented(s) for s in accepted} - accepted
        spellings = sorted(accepted | folded, key=lambda s: (-len(s), s))
        initials = re.escape("".join(sorted({c for s in spellings for c in (s[0].lower(), s[0].upper())})))
        pattern = re.compile(
            rf"(?=[{initials}])(?<![\w@./-])(?:" + "|".join(_flexible(s) for s in spellings) + r")(?![\w@]|[-_/.]\w)",
            re.IGNORECASE,
        )
        # A name in lower case is a misspelling only if it has a capital inside.
        lower_ok = not any(any(c.isupper() for c in s[1:]) or not s.isalnum() for s in accepted)
        prose = analysis.prose
        hits: list[tuple[int, int, int]] = []
        # A name written in lower case takes a capital where a sentence starts ("Leads.io engineers ...").
        capitalised = {s[:1].upper() + s[1:] for s in accepted if s[:1].islower()}
        # The organisation's own domain is its name as an address is written ("leads.io" for Leads.io).
        domains = set(org.domains)
        for m in _matches(pattern, prose, spellings):
            found = m.group()
            if found not in accepted and found not in domains and not (lower_ok and found.islower()):
                i, start = prose.locate(m.start())
                if found in capitalised and _SENTENCE_START.search(prose.fields[i].text, 0, start):
                    continue
                hits.append((i, start, start + len(found)))
        hits.extend(_near_misses(org, prose))
        if lower_ok:
            hits.extend(_lower_case_where_a_name_stands(org, prose))
        seen: set[tuple[int, str]] = set()
        spans: dict[int, list[tuple[int, int]]] = {}
        for i, start, end in sorted(hits):
            text = prose.fields[i].text
            found = text[start:end]
            if (i, found) in seen:
                continue
            if i not in spans:
                spans[i] = url_spans(text)
            if inside(spans[i], start, end):
                continue
            seen.add((i, found))
            accepted_list = ", ".join(own_spellings(org))
            # Said where the name's accents are what is missing, not its case alone.
            accents = "its accents left out; " if folded and unaccented(found) == found and \
                name_key(found) in {name_key(s) for s in folded} else ""
            yield Violation(
                prose.fields[i].path,
                f"'{found}' is not how {org.name} is spelt ({accents}accepted: {accepted_list}): "
                f"'{excerpt(text, start, end)}'",
                span=(start, end),
            )


def _matches(pattern: re.Pattern[str], prose: Prose, spellings: list[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(prose.text)``, tried only where the first part of
    a spelling starts: a case-insensitive pattern cannot skip ahead, a plain
    substring search can."""
    text, lowered = prose.text, prose.lowered
    if lowered is None:  # a character whose lower case is longer: positions would drift
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for spelling in spellings:
        first = _SEGMENT.findall(spelling)[:1]
        if not first:
            yield from pattern.finditer(text)
            return
        needle = first[0].lower()
        position = lowered.find(needle)
        while position != -1:
            starts.add(position)
            position = lowered.find(needle, position + 1)
    end = -1
    for position in sorted(starts):
        if position < end:
            continue  # inside the previous match, as finditer would skip it
        m = pattern.match(text, position)
        if m is not None:
            end = m.end()
            yield m


def _near_misses(org: Organisation, prose: Prose) -> Iterator[tuple[int, int, int]]:
    """Capitalised words that are a slip of a single-word own name
    (``OwnNames.misspelt``: "EscrowTap", "Miero"), as (text index, start, end)."""
    own = OwnNames(org)
    initials = "".join(sorted({t[0].upper() for t in own.slipped if t[0].isalpha()}))
    if not initials:
        return
    # Starts with the letters themselves (fast to find); the character
    # before is checked below.
    candidates = re.compile(rf"[{initials}][\w'’-]{{3,}}")
    verdicts: dict[str, bool] = {}
    text = prose.text
    for m in candidates.finditer(text):
        if m.start() and _WORD_GLUE.match(text, m.start() - 1):
            continue
        word = re.sub(r"['’]s$", "", m.group())  # "EscrowTap's"
        if word not in verdicts:
            verdicts[word] = own.misspelt(word)
        if not verdicts[word]:
            continue
        if word.casefold() in prose.lower_words:
            continue
        i, start = prose.locate(m.start())
        text = prose.fields[i].text
        camel = any(c.isupper() for c in word[1:])
        if not camel and _SENTENCE_START.search(text[max(0, start - 3) : start]):
            continue
        yield i, start, start + len(word)
