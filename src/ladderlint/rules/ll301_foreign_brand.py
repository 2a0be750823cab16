"""LL301 foreign-brand."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..model import ORGANISATION, Framework
from ..text import plural
from .analysis import Analysis
from .base import LIST_OF_TEXT, Option, Rule, Severity, Violation
from .brands import OwnNames, Source, own_domains
from .addresses import cited_in_words
from .ll406_placeholder import only_placeholder
from .messages import excerpt
from .run_index import WithKnownBrands
from .textscan import addresses_off


class ForeignBrand(Rule):
    """Another organisation's name, or one of its web domains, in the framework's text.

    The names come from three lists: a built-in list of organisations known
    to publish their career frameworks (Dropbox, Monzo, Etsy, GitLab, ...),
    the organisations declared by the other frameworks of the same run, and
    the `known-brands` option. Names are matched whole and case-sensitively,
    so "medium-sized" or "a square" never match. Names that are also
    ordinary words, products people use at work, sources they learn from or
    methods they cite (Medium, Square, GitLab, CircleCI, Khan Academy, the
    Spotify model, ...) are reported only where they stand for the
    organisation: "at GitLab" (in French "chez GitLab"), "GitLab's values", "Medium employees", "the
    Spotify Diversity Commitments", and as a copied ladder names the
    employer: owning its business, architecture, systems or technical
    choices ("Artsy's general architecture"), "the Codecademy business",
    "sell Codecademy to candidates"; before its best practices, knowledge,
    standards or conventions ("Artsy best practices") only where the
    framework names it as the organisation elsewhere too. Not where the
    possessive names a product's parts ("GitLab's merge requests",
    "Intercom's inbox") or a product's advice ("GitLab's best
    practices"), nor a place to learn ("Codecademy courses"), nor where
    the name is a measure or a method ("at Spotify scale", "Spotify-style
    guilds").
    Every name is left out where the text uses it as a tool: after "via",
    "using", "through" or "on" ("syncs files through Dropbox", "hosts the
    code on GitLab"; not "works on Dropbox"; nor after "with", which names
    a partner as often: "associate with Monzo"), in a list of tools ("notes in Google Docs or Dropbox"), or
    before a part of the product ("Dropbox Paper", "a Dropbox folder"),
    and where it names a source to learn from ("reads the Etsy and Monzo
    engineering blogs");
    not after "in" alone, which as often names a place in the organisation
    ("impact in Dropbox"), nor where it owns what follows ("via Dropbox's
    API"), nor before an app the text makes, the organisation's own
    product ("designs features for the Monzo app", "knows the Monzo app";
    not "syncs files with the Dropbox app").
    So are the names other frameworks of the run declare that are English
    words, terms of the trade or products people use at work ("Ramp",
    "Kanban", "GitHub") or short acronyms ("ML"), and those the framework
    also writes in lower case; but such a name that is an English word is
    also reported where a sentence writes it capitalised, on its own
    ("works on RFCs alongside Postman", "in Postman", "Postman's product
    owners"): not where it starts a sentence ("Canopy cover grows"), in a
    name of several capitalised words ("a Postman Engineer") or one of the
    framework's own level or competency names, in a title, used as a
    tool ("tests the API using Postman"), or after an article or a
    possessive with no noun of its own after it, the word given a capital
    ("acts as a Compass for new joiners"; "the Postman team" is the name). A name written in lower case is reported
    only where it clearly names an employer: after "at" ("chez"), "join",
    "represent" or "the values of" at the end of its clause ("worked at
    spotify.", "at monzo, we ...", "the values of monzo"), or owning a
    word of an organisation or a team ("monzo's values", "monzo's Platform
    squad"), or naming its people's chat channel or go-link ("#monzo-eng",
    "go/monzo-oncall"; not "#dropbox-sync-alerts"); not before a noun it
    modifies ("at shopify scale", "shopify stores"), not after "within",
    "across" or "in" ("manages content within shopify"), and never where
    the name is an English word, two English words written as one, or a
    term of the trade ("at linear rates", "at medium scale", "shares
    knowledge at basecamp"). The framework's own organisation (its
    name, aliases and domains) is never reported: a name that is the
    organisation's own under another name (its company's, a former name:
    "37signals" in Basecamp's handbook) goes in `organisation.aliases`, as
    the message says; no list can know that. Nor are the names in the
    `allowed-names` option, nor what the framework's `credits` say, nor a
    citation in the text, one that credits a source: what follows
    "inspired by", "adapted from", "based on", "see" ("see Etsy's
    ladder") or "source:" to the end of its sentence, and a link in
    brackets. A name after "as described in", "as set out in", "following"
    or "in line with" is not a citation: it names another organisation's
    document as the framework's own ("how we work, as described in the
    Monzo Principles"), and is reported; an address there is still a
    reference to read ("as described in https://..."). Nor, in a text that
    cites an organisation, its other
    mentions ("we based our levels on Etsy's model ... So we took Etsy's
    model and adjusted it"). Web addresses and e-mail addresses on its domains are
    reported too (an address is cited only by such words, "adapted from
    https://...", "(source: https://...)": a link or an address in brackets
    alone may be the framework's own page on the other's site, "our wiki
    (https://wiki.monzo.com/engineering)", and is reported), with or without "https://" ("progression.monzo.com",
    "careers@monzo.com"), and so are those of its space on a platform, a
    host named after it (`monzo.atlassian.net`, `monzo.slack.com`,
    `monzo.zendesk.com`, `monzo.okta.com`; with "https://" or not, and
    never left out as a tool: "tickets in monzo.atlassian.net"), but for those of a platform or a source (Medium,
    GitLab), which LL303 judges; an address without "https://" used as a
    tool is left out as a name is ("shares files via dropbox.com links",
    "keeps notes in dropbox.com"). While the framework's own organisation is
    still a placeholder (`⟨organisation⟩`, left by an import that did not
    find it), each name is reported once, at its first mention, with how
    many texts name it: a name named throughout is most likely the
    organisation's own. Otherwise each name is reported once per text:
    one text, one fix.

    Why this matters:
        A framework adapted from another organisation's keeps that
        organisation's name in places nobody re-reads: people are asked to
        "practice the Dropbox Diversity Commitments" at EscrowTab. It tells
        every reader the text was copied, and points them at values that
        are not theirs.

    Example:
        ```yaml
        organisation: {name: EscrowTab}
        levels:
          - id: IC1
            competencies:
              organizational-health:
                - I practice the Dropbox Diversity Commitments on a regular basis
        ```
        Fix: name your own organisation ("the EscrowTab Diversity
        Commitments"), or add the name to `allowed-names` where it is meant:
        a repository that keeps the frameworks of one group's companies
        (a parent and its subsidiaries, each its own `organisation`) lists
        their names there, and the message of a name another framework of
        the run declares says so.
    """

    code = "LL301"
    name = "foreign-brand"
    severity = Severity.ERROR
    needs = frozenset({ORGANISATION})
    scope = "run"
    options = (
        Option("known-brands", LIST_OF_TEXT, (), "other organisations' names to report as well"),
        Option("allowed-names", LIST_OF_TEXT, (), "names that are not leftovers here, such as a partner or a tool"),
    )

    def __init__(self, values: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(values, **kwargs)
        self._names = WithKnownBrands(self.option("known-brands"))

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        index = self._names.index(analysis.run)
        allowed: Sequence[str] = self.option("allowed-names")
        org = framework.organisation
        own_names = OwnNames(org, allowed)
        own: dict[str, bool] = {}

        def foreign(source: Source) -> bool:
            if source.brand not in own:
                own[source.brand] = own_names.include((source.brand,))
            return not own[source.brand]

        prose = analysis.prose
        # With its own name still a placeholder (an import that did not find
        # it), the name a framework keeps naming is most likely its own:
        # each name is said once, at its first mention, with how often.
        unnamed = only_placeholder(org.name)
        named: Counter[str] = Counter()  # how many texts name each organisation
        first: dict[str, _Mention] = {}  # where each is first named
        seen: set[tuple[int, str]] = set()
        for i, start, end, source in index.mentions(prose, own_names):
            if (i, source.brand) in seen:
                continue
            text = prose.fields[i].text
            spelling = text[start:end]
            seen.add((i, source.brand))
            if unnamed:
                named[source.brand] += 1
                mention = _Mention(i, start, end, source.why, excerpt(text, start, end))
                if source.brand not in first or mention.place < first[source.brand].place:
                    first[source.brand] = mention
                continue
            label = source.why if spelling == source.brand else f"{source.brand}, {source.why}"
            yield Violation(
                prose.fields[i].path,
                f"'{spelling}' is another organisation's name ({label}), not {org.name}'s: "
                f"'{excerpt(text, start, end)}'{_SISTER_ADVICE if source.in_run else _alias_advice(org.name)}",
                file=framework.file,
                span=(start, end),
            )
        for brand, mention in sorted(first.items(), key=lambda item: item[1].place):
            count = named[brand]
            yield Violation(
                prose.fields[mention.text].path,
                f"'{brand}' ({mention.why}) is named in {plural(count, 'text')}, and the "
                f"organisation's name is still '{org.name}': if {brand} is this framework's organisation, write it "
                f"there; if not, each mention is another organisation's: '{mention.quote}'",
                file=framework.file,
                span=(mention.start, mention.end),
            )
        domains = own_domains(org)
        # Only words cite another organisation's page ("adapted from
        # https://..."): a link in brackets may be the text's own page on it
        # ("our wiki (https://wiki.monzo.com/...)"), a leftover.
        for field, kind, host, start, end in addresses_off(prose, domains, cited_in_words):
            owner = index.domain_owner(host)
            # The domains of a platform or a source (Medium, GitLab) are
            # where articles and code live: LL303's to judge, not leftovers.
            if owner is not None and not owner.context_only and foreign(owner):
                yield Violation(
                    field.path,
                    f"{kind} on {host}, a domain of {owner.brand} ({owner.why}), not of {org.name}",
                    file=framework.file,
                    span=(start, end),
                )
        # An address written without "https://" ("progression.monzo.com"),
        # as the ones above are, and said as they are.
        for field, start, end, host, owner in index.bare_addresses_off(prose, domains):
            if owner is not None and not owner.context_only and foreign(owner):
                yield Violation(
                    field.path,
                    f"URL on {host}, a domain of {owner.brand} ({owner.why}), not of {org.name}",
                    file=framework.file,
                    span=(start, end),
                )


# Frameworks of one group's companies kept together name each other on
# purpose ("the Kestrel Group design system"): say how to allow that.
_SISTER_ADVICE = "; if it is a parent or sister organisation named on purpose, list it in LL301's `allowed-names` option"


def _alias_advice(own: str) -> str:
    """How to accept a name that is the organisation's own under another
    name (its company's, a former one: "37signals" in Basecamp's handbook),
    which no list of names can know."""
    return f"; if it is another name of {own} (its company's, a former name), list it in organisation.aliases"


@dataclass(frozen=True)
class _Mention:
    """An organisation's name in a text of the framework."""

    text: int  # the text's index among the framework's texts
    start: int
    end: int
    why: str  # why the name is known
    quote: str  # the words around it

    @property
    def place(self) -> tuple[int, int]:
        return (self.text, self.start)
