"""What the brand rules (LL301-LL305) know about organisations' names.

A framework copied from another organisation keeps that organisation's name
in places: "the Dropbox Diversity Commitments", "at GitLab", "Monzonauts".
This module holds the built-in list of organisations known to publish their
career frameworks (the ones most often copied), and the matching the rules
share: one combined expression per run, and the "organisation context" test
for names that are also ordinary words or widely used products.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from ..model import FrameworkHeader, Organisation, TextField
from ..text import FUNCTION_WORDS, name_key, words
from ..vocabulary import DETERMINERS, NAME_DOMAIN_ENDINGS
from .prose import Prose
from .addresses import (
    CODE_HOSTS, NAMED_SPACE_DOMAINS, citation_spans, credit_spans, first_path_part, inside, intranet, on_domain,
    space_owner_label, url_spans,
)
from ..patterns import lazy


@dataclass(frozen=True)
class Brand:
    """An organisation's name as it appears in text."""

    name: str
    #: Other spellings and names for its people ("Dropboxers").
    variants: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    #: The name is also an ordinary word ("Medium", "Square"), a product
    #: people use at work ("GitLab", "CircleCI"), a source they learn from
    #: ("Khan Academy", "the Financial Times") or a method they cite ("the
    #: Spotify model", 37signals' Shape Up): it is reported only where it
    #: stands for the organisation ("at GitLab", "GitLab's values").
    context_only: bool = False


#: Organisations that have published their career frameworks, progression
#: frameworks or engineering ladders, and whose text is therefore often
#: adapted by others.
KNOWN_BRANDS: tuple[Brand, ...] = (
    Brand("37signals", domains=("37signals.com",), context_only=True),
    Brand("Artsy", domains=("artsy.net",), context_only=True),
    Brand("Basecamp", domains=("basecamp.com",), context_only=True),
    Brand("Buffer", domains=("buffer.com",), context_only=True),
    Brand("Carta", domains=("carta.com",), context_only=True),
    Brand("CircleCI", ("Circle CI",), ("circleci.com",), context_only=True),
    Brand("Codecademy", domains=("codecademy.com",), context_only=True),
    Brand("Dropbox", ("Dropboxer", "Dropboxers"), ("dropbox.com", "dropboxstatic.com", "dropbox.github.io")),
    Brand("Envoy", domains=("envoy.com",), context_only=True),
    Brand("Etsy", ("Etsian", "Etsians"), ("etsy.com", "etsy.github.io")),
    Brand("Farewill", domains=("farewill.com",)),
    Brand("Financial Times", domains=("ft.com",), context_only=True),
    Brand("Fog Creek", ("Fog Creek Software",), ("fogcreek.com",)),
    Brand("GitLab", ("Gitlab", "GitLabber", "GitLabbers"), ("gitlab.com",), context_only=True),
    Brand("Government Digital Service", ("GDS",), context_only=True),
    Brand("Gusto", domains=("gusto.com",), context_only=True),
    Brand("Intercom", domains=("intercom.com",), context_only=True),
    Brand("Khan Academy", domains=("khanacademy.org",), context_only=True),
    Brand("Kickstarter", domains=("kickstarter.com",), context_only=True),
    Brand("Medium", domains=("medium.com",), context_only=True),
    Brand("Monzo", ("Monzonaut", "Monzonauts"), ("monzo.com",)),
    Brand("Patreon", domains=("patreon.com",)),
    Brand("Rent the Runway", ("Rent The Runway",), ("renttherunway.com",)),
    Brand("Shopify", ("Shopifolk", "Shopifolks"), ("shopify.com",), context_only=True),
    Brand("Songkick", domains=("songkick.com",)),
    Brand("Sourcegraph", domains=("sourcegraph.com",), context_only=True),
    Brand("Spotify", ("Spotifier", "Spotifiers"), ("spotify.com", "atspotify.com"), context_only=True),
    Brand("Square", domains=("squareup.com",), context_only=True),
    Brand("Stack Overflow", ("Stack Exchange",), ("stackoverflow.com", "stackexchange.com"), context_only=True),
    Brand("Thumbtack", domains=("thumbtack.com",), context_only=True),
    Brand("TransferWise", domains=("transferwise.com",)),
    Brand("Wise", domains=("wise.com",), context_only=True),
    Brand("Zapier", domains=("zapier.com",), context_only=True),
)

#: Organisations whose books, methods, products and people frameworks cite
#: as examples ("the Google SRE Handbook", "Amazon's Leadership
#: Principles", "the Toyota Way", "Steve Wozniak at Apple"), and which
#: publish no career framework for others to adapt: a name of theirs in a
#: shape of LL302 is a reference, not a leftover.
CITED_ORGANISATIONS = frozenset({"Amazon", "Apple", "Facebook", "Google", "Microsoft", "Netflix", "Toyota"})


def brand_spellings() -> tuple[tuple[str, bool], ...]:
    """Every spelling of the built-in organisations' names (names and
    variants), each with whether it is also an ordinary word or a product,
    which stands for the organisation only in context (see
    ``in_organisation_context``). For readers outside the brand rules."""
    return tuple((spelling, brand.context_only) for brand in KNOWN_BRANDS for spelling in (brand.name, *brand.variants))


# Words around a name that make it stand for an organisation. Case does not
# matter ("At Dropbox, we ..."; "the Dropbox Diversity Commitments"). French
# "chez" is "at" an organisation or someone's, never at a tool ("la revue de
# code chez Basecamp").
_BEFORE = lazy(
    r"\b(?:(?:at|chez|join|joins|joined|joining|across|within|throughout|beyond|represent|represents|representing|"
    # "inside and outside of Acme"; "the values and beliefs of Acme", "employees of Acme".
    r"(?:inside|outside)(?:\s+of)?|(?:values|beliefs|principles|culture|mission|vision|employees|staff)"
    r"(?:\s+and\s+\w+)?\s+of)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_AN_ORGANISATION = (
    r"(?:employees|engineers|engineering|staff|team\s+members|teammates|people|"
    r"values|principles|culture|mission|vision|diversity|commitments?|handbook|careers?|ladder|levels|"
    r"leadership|way|brand|progression|framework|code\s+of\s+conduct|offices?|HQ|headquarters)\b"
)
# A possessive that ends the phrase, or has a word of an organisation a
# word or two after it ("GitLab's values", "Buffer's transparency values"),
# not "GitLab's merge requests" or "Intercom's inbox", the product's parts.
_POSSESSIVE = (
    r"['’]s(?:\s*(?:$|[^\w\s])|\s+(?:[\w-]+\s+){0,2}?"
    + _OF_AN_ORGANISATION.replace(r"values|principles", r"values?|principles?") + ")"
)
# After the name: one of those words, or such a possessive.
_AFTER = lazy(r"^(?:-wide\b|\s+" + _OF_AN_ORGANISATION + "|" + _POSSESSIVE + ")", re.IGNORECASE)
# "rated at Medium severity" is not the blogging platform; "at Spotify
# scale", "Spotify-style guilds" are a measure and a method, not where
# someone works.
_NOT_AFTER = lazy(
    r"^[\s-]+(?:severity|priority|risk|impact|complexity|size|sized|scope|level|effort|confidence|term|scale|style|"
    r"esque|inspired)\b",
    re.IGNORECASE,
)


_NAME_GLUE = lazy(r"[\w@./-]")


def _a_go_link(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens the path of a go-link, an
    organisation's short intranet address ("go/monzo-oncall")."""
    return text[max(0, start - 3) : start].casefold() == "go/" and not (
        start > 3 and _NAME_GLUE.match(text, start - 4))


# A name used as a tool: after "via", "using", "through" or "on" ("syncs
# files through Dropbox", "hosts the code on GitLab"; not after "with",
# which names a partner as often: "associate with Monzo"), in a list of
# tools after "in" ("notes in Google Docs or Dropbox"), or before a part of
# the product ("Dropbox Paper", "a Dropbox folder"); not after "in" alone,
# which as often names a place in the organisation ("impact in Dropbox",
# "talent in Monzo"), nor where it owns what follows ("via Dropbox's API"),
# nor after "works on" (the product the organisation makes: _WORKS_ON). An address after "on" is a page ("on
# dropbox.com/home"): the prepositions are for names only.
_TOOL_BEFORE = lazy(
    r"\b(?:(?:via|using)\s+|(?:in|via|using)\s+(?:[A-Z][\w.]*\s+){1,3}(?:or|and)\s+|"
    r"(?:in|via|using)\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*,\s+(?:(?:[A-Z][\w.]*\s+){1,3}(?:,\s+)?)*(?:or|and)?\s*)$"
)
_TOOL_AFTER = lazy(r"^\s+(?:Paper|folders?|links?|files?|apps?|accounts?|desktop|client)\b")
_TOOL_PREPOSITION_BEFORE = lazy(r"\b(?:through|on)\s+$")
_WORKS_ON = lazy(r"\b(?:works?|worked|working|collaborat\w*)\s+on\s+$", re.IGNORECASE)
# A source to learn from, alone or in a list: "the Etsy and Monzo
# engineering blogs", "the Netflix tech blog".
_SOURCE_AFTER = lazy(
    r"^(?:(?:,\s+|,?\s+(?:and|or)\s+)[A-Z][\w.]*)*\s+(?:(?:engineering|tech|technology|design)\s+)?"
    r"(?:blogs?|podcasts?)\b"
)


def used_as_a_tool(text: str, start: int, end: int, *, name: bool = True) -> bool:
    """Whether the name (or, not ``name``, the address) at text[start:end]
    is a product someone uses, or a source they learn from ("the Etsy
    engineering blog")."""
    after = text[end : end + 60]
    if _TOOL_AFTER.match(after) or _SOURCE_AFTER.match(after):
        return True
    if text[end : end + 1] in ("'", "’"):
        return False
    before = text[max(0, start - 60) : start]
    if _TOOL_BEFORE.search(before):
        return True
    return name and bool(_TOOL_PREPOSITION_BEFORE.search(before)) and not _WORKS_ON.search(before)


# "the Monzo app" is a tool where the text uses it, and the organisation's
# own product where the text makes it: "designs features for the Monzo
# app", "works on the Monzo app", "knows the Monzo app".
_MAKES_THE_APP = lazy(
    r"\b(?:builds?|building|built|designs?|designing|designed|ships?|shipping|shipped|develops?|developing|"
    r"maintains?|maintaining|owns?|owning|improves?|improving|knows?|features?\s+(?:for|in|of|on)|"
    r"works?\s+on|working\s+on|contributes?\s+to|contributing\s+to|changes?\s+to)\s+the\s+$",
    re.IGNORECASE,
)
_APP_AFTER = lazy(r"^\s+apps?\b")


def makes_its_app(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] names an app the text makes, the
    organisation's own ("designs features for the Monzo app"), not one it
    uses ("syncs files with the Dropbox app")."""
    return bool(_APP_AFTER.match(text[end : end + 10]) and _MAKES_THE_APP.search(text[max(0, start - 40) : start]))


_IN_BEFORE = lazy(r"\bin\s+$", re.IGNORECASE)
_PRODUCT_PART_AFTER = lazy(r"\s+(?:APIs?|SDKs?|platform|integrations?|webhooks?)\b")


def address_used_as_a_tool(text: str, start: int, end: int) -> bool:
    """Whether the web address at text[start:end] is a product someone
    uses, as a name is (``used_as_a_tool``: "via dropbox.com", "dropbox.com
    links"), or where something is kept ("files in dropbox.com"): an
    address, unlike a name, is no place in an organisation; or it names a
    part of the product ("the squareup.com API")."""
    return used_as_a_tool(text, start, end, name=False) or bool(_IN_BEFORE.search(text, max(0, start - 10), start)) \
        or _PRODUCT_PART_AFTER.match(text, end) is not None


def in_organisation_context(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands for an organisation."""
    after = text[end : end + 40]
    # "the Monzo engineering blog" is a source to read, not where one works.
    if _NOT_AFTER.match(after) or _SOURCE_AFTER.match(text[end : end + 60]):
        return False
    return bool(_AFTER.match(after) or _BEFORE.search(text[max(0, start - 40) : start]))


# Where a name that is also a word, a product or a place to learn
# (``context_only``: Artsy, Codecademy, GitLab) stands for the organisation
# that employs the reader, as a copied ladder says it: owning its business,
# architecture or technical choices ("Artsy's general architecture", "in
# line with Artsy's overall technical choices"), "the Artsy business", and
# "sell Artsy to candidates". Not "GitLab's best practices" or "Codecademy
# courses": a product's advice and a place to learn.
_EMPLOYERS_OWN = lazy(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:architecture|systems|business|"
    r"technical\s+(?:choices|decisions|direction|strategy|vision))\b",
    re.IGNORECASE,
)
_THE_BEFORE = lazy(r"\bthe\s+$", re.IGNORECASE)
_BUSINESS_AFTER = lazy(r"^\s+business\b", re.IGNORECASE)
_SELL_BEFORE = lazy(r"\b(?:sell|sells|selling|pitch|pitches|pitching)\s+$", re.IGNORECASE)
_TO_CANDIDATES_AFTER = lazy(
    r"^\s+to\s+(?:[\w-]+\s+){0,2}?(?:candidates|hires|recruits|applicants|talent)\b", re.IGNORECASE)
# What else such a name, once it stands for the organisation elsewhere in
# the framework, stands for it before: its own ways ("Artsy best
# practices", "Artsy knowledge"). Alone, "GitLab best practices" is as
# often the product's.
_OWN_WAYS_AFTER = lazy(
    r"^(?:['’]s)?[\s-]+(?:best[\s-]practices|knowledge|ways?\s+of\s+working|standards|conventions)\b",
    re.IGNORECASE,
)


def an_employer_by_context(text: str, start: int, end: int) -> bool:
    """Whether a name that is also a word or a product (``context_only``)
    at text[start:end] stands for the employer beyond the shapes of
    ``in_organisation_context``: "Artsy's general architecture", "the
    Artsy business", "sell Artsy to candidates" (``_EMPLOYERS_OWN``)."""
    after = text[end : end + 60]
    before = text[max(0, start - 20) : start]
    return bool(
        _EMPLOYERS_OWN.match(after)
        or (_THE_BEFORE.search(before) and _BUSINESS_AFTER.match(after))
        or (_SELL_BEFORE.search(before) and _TO_CANDIDATES_AFTER.match(after))
    )


def its_own_ways(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] comes before an organisation's
    own ways ("Artsy best practices", "Artsy knowledge"): the organisation
    only where the framework names it so elsewhere (``_OWN_WAYS_AFTER``)."""
    return _OWN_WAYS_AFTER.match(text[end : end + 40]) is not None


# Where a name in lower case clearly names an employer: after "at",
# "join", "represent" or "the values of", ending its clause (the end of the
# text, a punctuation mark, "we", "our" or "us": "worked at spotify.", "at
# monzo, we ..."), or owning a word of an organisation ("monzo's values").
# Not before a noun it modifies ("at shopify scale", "shopify stores"), nor
# after "within", "across" or "in", where products and places are named
# ("within shopify", "across basecamp projects"), nor where "at" goes with
# the word before it ("looks at zapier", "good at basecamp").
_EMPLOYER_BEFORE = lazy(
    r"\b(?:at|chez|join|joins|joined|joining|represent|represents|representing|"
    r"(?:values|beliefs|principles|culture|mission|vision|employees|staff)(?:\s+and\s+\w+)?\s+of)\s+$",
    re.IGNORECASE,
)
_AT_WITH_THE_WORD_BEFORE = lazy(
    r"\b(?:look|looks|looked|looking|glance|glances|glanced|good|better|best|great|expert|skilled|aimed|targeted)"
    r"\s+at\s+$",
    re.IGNORECASE,
)
_CLAUSE_END = lazy(r"^(?:\s*$|[.,;:!?)\]}](?!\w)|\s+(?:we|our|us)\b)", re.IGNORECASE)
_OWNS = lazy("^" + _POSSESSIVE, re.IGNORECASE)
# Owning a team ("monzo's Platform squad"), which no product or place has.
_OWNS_A_TEAM = lazy(r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:squads?|teams?|tribes?|guilds?)\b", re.IGNORECASE)
# A chat channel or a go-link of its people ("#monzo-eng", "go/monzo-oncall");
# not one about a product ("#dropbox-sync-alerts", "go/dropbox-setup").
_ITS_CHANNEL = lazy(
    r"^-(?:eng|engineering|engineers|dev|devs|developers|team|teams|tech|oncall|on-call|help|general|"
    r"announcements|leads|staff|people|all|hiring)\b",
    re.IGNORECASE,
)


def names_the_employer(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end], written in lower case, clearly
    names an organisation someone works for (see ``_EMPLOYER_BEFORE``):
    also owning a team ("monzo's Platform squad") or naming its people's
    chat channel or go-link ("#monzo-eng", "go/monzo-oncall")."""
    after = text[end : end + 40]
    if _OWNS.match(after) or _OWNS_A_TEAM.match(after):
        return True
    if (text[start - 1 : start] == "#" or text[max(0, start - 3) : start].casefold() == "go/") \
            and _ITS_CHANNEL.match(after):
        return True  # "#monzo-eng", "go/monzo-oncall"
    before = text[max(0, start - 40) : start]
    return bool(_EMPLOYER_BEFORE.search(before)) and not _AT_WITH_THE_WORD_BEFORE.search(before) \
        and bool(_CLAUSE_END.match(text[end : end + 10]))


def own_spellings(organisation: Organisation) -> tuple[str, ...]:
    return (organisation.name, *organisation.aliases)


#: A web domain's ending after an organisation's name: "Cal.com" is Cal's own name.
_DOMAIN_ENDING = lazy(rf"\.(?:{'|'.join(NAME_DOMAIN_ENDINGS)})$", re.IGNORECASE)


def organisation_key(name: str) -> str:
    """The key of an organisation's name, for telling two spellings of one
    organisation apart from two organisations: case, spaces, punctuation
    and a domain's ending aside ("EscrowTab", "Escrow Tab"; "Cal", "Cal.com")."""
    return name_key(_DOMAIN_ENDING.sub("", name.strip())) or name_key(name)


class OwnNames:
    """How a framework's own organisation may be written: its name and
    aliases, in any spelling, and each of their words on its own. "Monzo"
    is the own organisation of a framework by "Monzo Bank", and of one
    whose aliases list "Monzo"."""

    def __init__(self, organisation: Organisation, allowed: Iterable[str] = ()) -> None:
        own = own_spellings(organisation)
        self.keys = {organisation_key(s) for s in own}
        self.words = {w for s in own for w in words(s)}
        self.allowed = set(allowed)
        # "LMG" for Loan Market Group: the initials of a name of several
        # words, of every word or of its capitalised ones ("BoA", "BA" for
        # Bank of America).
        self.initials: set[str] = set()
        for spelling in own:
            parts = words(spelling, keep_case=True)
            if len(parts) >= 2:
                self.initials.add("".join(p[0] for p in parts).upper())
                self.initials.add("".join(p[0] for p in parts if p[0].isupper()).upper())

        # The own names a slip of the hand is read in (LL304): single words, long enough.
        self.slipped = {name_key(s) for s in own if s.isalnum() and len(name_key(s)) >= _DOUBLED_LETTER}
        self.spelt = {name_key(s) for s in own}

    def include(self, brand_names: Iterable[str]) -> bool:
        """Whether any of the names is the organisation's own (or allowed),
        or a slip of it (``misspelt``), which LL304 reports as such."""
        for name in brand_names:
            if name in self.allowed or organisation_key(name) in self.keys or self.misspelt(name):
                return True
            if len(name) >= 2 and name.isupper() and name in self.initials:
                return True
            found = words(name)
            if len(found) == 1 and found[0] in self.words:
                return True
        return False


    def misspelt(self, word: str) -> bool:
        """Whether a word is a slip of the hand in a single-word own name:
        one letter added, dropped, changed, or two neighbours swapped in a
        name of six letters or more ("EscrowTap" for EscrowTab); two
        neighbours swapped in a name of five ("Miero" for Meiro), and a
        letter typed twice or a double typed once in a name of four or
        five ("Metta" for Meta, "Meiiro" for Meiro): one letter more, less
        or other makes too many other names of five or fewer ("Miro",
        "Mongo", "Metro", "Beta"). Not an English word or a name the
        dictionary holds ("Strike", "Stride" beside Stripe; "Miro" beside
        Meiro), nor another organisation's known name."""
        if not self.slipped:
            return False
        key = name_key(word)
        if key in self.spelt or not any(
                _one_edit(key, own) if len(own) >= _ONE_LETTER
                else _doubled(key, own) or len(own) >= _SWAPPED_LETTERS and _swapped(key, own)
                for own in self.slipped):
            return False
        from ..dictionary import english  # read only for a word one slip from the name

        return not (word.isalpha() and english().knows(word.casefold())) and word not in _known_spellings()


#: The fewest letters of an own name a slip of one letter is read in, of
#: one whose neighbouring letters are swapped, and of one with a letter
#: typed twice or a double typed once.
_ONE_LETTER = 6
_SWAPPED_LETTERS = 5
_DOUBLED_LETTER = 4


@functools.lru_cache(maxsize=1)
def _known_spellings() -> frozenset[str]:
    return frozenset(spelling for spelling, _ in brand_spellings())


def _swapped(a: str, b: str) -> bool:
    """Whether a and b differ by two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _doubled(a: str, b: str) -> bool:
    """Whether a and b differ by one letter typed twice: the longer is the
    shorter with one of its letters doubled ("metta", "meta")."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1:
        return False
    return any(a[i] == a[i - 1] and a[:i] + a[i + 1 :] == b for i in range(1, len(a)))


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or _swapped(a, b)
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class Source:
    """Where a brand name comes from, for the message."""

    brand: str
    why: str
    context_only: bool
    domains: tuple[str, ...] = ()
    #: A name declared by a framework of the run that is one word: it needs
    #: an organisation context where it is also a word: in a framework that
    #: uses it as one ("Wise", "wise decisions"), or where it is an English
    #: word or a short acronym ("Ramp-up time", "ML models").
    maybe_word: bool = False
    #: A name written in lower case ("monzo"): it stands for the
    #: organisation only where it clearly names an employer and is no
    #: English word, compound of two or term of the trade ("worked at
    #: spotify."; not "at medium scale", "within shopify", "at basecamp").
    lower_case: bool = False
    #: The organisation of another framework of the run, and no known
    #: publisher: in a repository of one group's companies, a sister or
    #: parent may be named on purpose.
    in_run: bool = False


class BrandIndex:
    """Every other organisation's name a run knows, in one expression.

    Built once per run from the built-in list, the organisations the run's
    frameworks declare, and configured names; ``find`` then scans a text in
    one pass, whatever the number of names.
    """

    def __init__(self, sources: dict[str, Source]) -> None:
        self.sources = sources
        spellings = sorted(sources, key=lambda s: (-len(s), s))
        # The expression starts with the names themselves, so the regex
        # engine skips fast to their first letters; find_in checks the
        # character before a match, as a leading look-behind would make the
        # engine try every position. Names in lower case start with letters
        # most words start with: they have an expression of their own, run
        # only on a framework whose text holds one of them.
        self._lower = [s for s in spellings if s[:1].islower()]
        self._scan = _names_pattern([s for s in spellings if not s[:1].islower()])
        self._lower_scan = _names_pattern(self._lower)
        self._domains: dict[str, Source] = {}
        # Organisations by their name's key, for a platform's space named after one ("monzo.atlassian.net").
        self._named: dict[str, Source] = {}
        for spelling in spellings:
            for domain in sources[spelling].domains:
                self._domains.setdefault(domain, sources[spelling])
            self._named.setdefault(organisation_key(spelling), sources[spelling])

    @classmethod
    def for_run(cls, frameworks: Sequence[FrameworkHeader], extra: Sequence[str] = ()) -> "BrandIndex":
        """Names from the built-in list, each framework's organisation, and ``extra``."""
        sources: dict[str, Source] = {}
        for name in extra:
            sources.setdefault(name, Source(name, "listed in known-brands", False))
        # A well-known publisher's name is a leftover even where the run declares it too.
        published = {spelling for brand in KNOWN_BRANDS for spelling in (brand.name, *brand.variants)}
        for framework in sorted(frameworks, key=lambda f: f.file):
            org = framework.organisation
            why = f"the organisation of {framework.file}"
            for spelling in own_spellings(org):
                sources.setdefault(spelling, Source(org.name, why, False, org.domains, maybe_word=" " not in spelling,
                                                      in_run=org.name not in published))
        for brand in KNOWN_BRANDS:
            why = "known to publish its career framework"
            for spelling in (brand.name, *brand.variants):
                if spelling in sources and brand.context_only:  # declared in the run, and an ordinary word
                    sources[spelling] = replace(sources[spelling], context_only=True)
                sources.setdefault(spelling, Source(brand.name, why, brand.context_only, brand.domains))
                if not brand.context_only and len(spelling) >= 4 and " " not in spelling:
                    sources.setdefault(spelling.upper(), Source(brand.name, why, False, brand.domains))
        # A name in lower case ("worked at monzo.") is a slip of the name
        # where it clearly names the employer; elsewhere it is as often a
        # product ("within shopify", "shopify stores"), a word ("a
        # dropbox", "at linear rates") or a handle: stands_for_organisation
        # tells.
        for spelling, source in list(sources.items()):
            lower = spelling.lower()
            if lower != spelling:
                sources.setdefault(lower, replace(source, context_only=True, lower_case=True))
        return cls(sources)

    def knows(self, name: str) -> bool:
        return name in self.sources

    def declared_in_run(self, name: str) -> bool:
        """Whether the index knows the name only as the organisation of a
        framework of the run: neither built in nor configured."""
        source = self.sources.get(name)
        return source is not None and source.in_run

    def find_in(self, prose: Prose) -> Iterator[tuple[int, int, int, Source]]:
        """Every name in a framework's texts, as (text index, start, end, source)."""
        text = prose.text
        scans = [self._scan]
        if self._lower_scan is not None and any(prose.may_contain(name) for name in self._lower):
            scans.append(self._lower_scan)
        for scan in scans:
            if scan is None:
                continue
            for m in scan.finditer(text):
                if m.start() and _NAME_GLUE.match(text, m.start() - 1) and not _a_go_link(text, m.start()):
                    continue  # inside a word, an address or a path
                i, start = prose.locate(m.start())
                yield i, start, start + len(m.group()), self.sources[m.group()]

    def mentions(self, prose: Prose, own: OwnNames) -> Iterator[tuple[int, int, int, Source]]:
        """Every name in a framework's texts that stands there for another
        organisation than ``own``, as (text index, start, end, source): the
        names LL301 reports. Not in credits, nor in a citation that credits
        a source ("inspired by Monzo's ladder"), nor elsewhere in a text
        that cites the organisation."""
        foreign: dict[str, bool] = {}  # each organisation's, whether it is not the own
        spans: dict[int, list[tuple[int, int]]] = {}
        citations: dict[int, str] = {}  # what each text cites, in lower case

        def cited(i: int, start: int, end: int) -> bool:
            """Whether the name is in an address or a citation, or one its text cites."""
            text = prose.fields[i].text
            if i not in spans:
                # Addresses, and citations: "inspired by Rent the Runway's ladder".
                credits = credit_spans(text)
                spans[i] = url_spans(text) + credits
                citations[i] = " ".join(text[s:e] for s, e in credits).casefold()
            return inside(spans[i], start, end) or _named_in(text[start:end], citations[i])

        # Names that are also words or products, before an organisation's own
        # ways ("Artsy best practices"): the organisation's where it is elsewhere.
        its_ways: list[tuple[int, int, int, Source]] = []
        employers: set[str] = set()  # the brands mentioned as the organisation
        for i, start, end, source in self.find_in(prose):
            text = prose.fields[i].text
            spelling = text[start:end]
            if prose.fields[i].kind == "credit":
                continue
            if source.brand not in foreign:
                foreign[source.brand] = not own.include((source.brand,))
            if not foreign[source.brand] or own.include((spelling,)):
                continue
            if not (self.stands_for_organisation(prose.lower_words, text, start, end, source)
                    or _declared_name_in_a_sentence(prose, i, start, end, source)):
                if source.context_only and not source.lower_case and its_own_ways(text, start, end):
                    its_ways.append((i, start, end, source))
                continue
            if cited(i, start, end):
                continue
            employers.add(source.brand)
            yield i, start, end, source
        for i, start, end, source in its_ways:
            if source.brand in employers and not cited(i, start, end):
                yield i, start, end, source

    def mention_spans(self, prose: Prose, own: OwnNames) -> dict[int, list[tuple[int, int]]]:
        """Where ``mentions`` are, by text index: for a rule that leaves
        them to LL301 ("at Monzo Bank" is LL301's 'Monzo')."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for i, start, end, _ in self.mentions(prose, own):
            spans.setdefault(i, []).append((start, end))
        return spans

    @staticmethod
    def stands_for_organisation(
        lower_words: frozenset[str], text: str, start: int, end: int, source: Source, *,
        lower_case_as_evidence: bool = False,
    ) -> bool:
        """Whether the name at text[start:end], in one of a framework's texts,
        is the organisation, not a word or a product; ``lower_words`` are the
        words that framework writes in lower case. A name in lower case is
        only where it clearly names the employer; with
        ``lower_case_as_evidence`` (of whose text it is, for an import), in
        any organisation context ("within monzo")."""
        if source.lower_case:
            context = in_organisation_context if lower_case_as_evidence else names_the_employer
            return context(text, start, end) and not _reads_as_word(text[start:end], lower_case=True)
        if in_organisation_context(text, start, end):
            return True
        if source.context_only:
            return an_employer_by_context(text, start, end)
        name = text[start:end]
        if source.maybe_word and (name.casefold() in lower_words or _reads_as_word(name)):
            return False
        return not used_as_a_tool(text, start, end) or makes_its_app(text, start, end)

    def bare_addresses(self, prose: Prose) -> Iterator[tuple[int, int, int, str, Source | None]]:
        """Every address on a domain the index knows, in a platform's space
        named after an organisation ("initech.atlassian.net"), or in the
        account of one it knows on a code host ("github.com/monzo"), written
        without "https://" or "www." ("progression.monzo.com",
        "dropbox.com/jobs"), as (text index, start, end, host, owner); the
        owner is None for a space of an organisation the index does not
        know. Addresses with either, and e-mail addresses, are left to
        ``addresses_off``."""
        present = [domain for domain in (*self._domains, *NAMED_SPACE_DOMAINS, *CODE_HOSTS)
                   if prose.may_contain(domain)]
        if not present:
            return  # the domains looked for in the distinct pieces: a twentieth of the texts
        pattern = re.compile(
            r"(?<![\w.@/:-])((?:[a-z0-9-]+\.)*(?:" + "|".join(map(re.escape, sorted(present, key=len, reverse=True)))
            # A path after the host, without the stop or the bracket after it.
            + r"))(?![\w-]|\.[a-z0-9])(?:/[^\s\x00<>\"'`]*?(?=[.,;:!?)\]}'\"]*(?:\s|\x00|$)))?",
            re.IGNORECASE,
        )
        for m in pattern.finditer(prose.text):
            host = m.group(1).lower()
            i, start = prose.locate(m.start())
            owner = self.domain_owner(host)
            if owner is not None or space_owner_label(host) is not None or self.code_owner(m.group(), host):
                yield i, start, start + len(m.group()), host, owner

    def bare_addresses_off(
        self, prose: Prose, domains: Sequence[str]
    ) -> Iterator[tuple[TextField, int, int, str, Source | None]]:
        """The addresses of ``bare_addresses`` on none of the domains (or
        their subdomains), as (text, start, end, host, owner), each host
        once per text; not in credits, not cited ("inspired by
        progression.monzo.com", "the Zapier platform (zapier.com)"), as
        ``addresses_off`` leaves out the addresses written with "https://"
        that are cited (but for a link into another organisation's
        intranet, which no reader can follow), and not used as a tool ("via
        dropbox.com links"; a space named after an organisation is its
        own, no tool of another's: "tickets in initech.atlassian.net")."""
        reported: set[tuple[int, str]] = set()
        spans: dict[int, list[tuple[int, int]]] = {}
        for i, start, end, host, owner in self.bare_addresses(prose):
            field = prose.fields[i]
            if (i, host) in reported or field.kind == "credit" or any(on_domain(host, d) for d in domains):
                continue
            if space_owner_label(host) is None and address_used_as_a_tool(field.text, start, end):
                continue
            if not intranet(host):
                if i not in spans:
                    spans[i] = url_spans(field.text) + citation_spans(field.text)
                bracketed = field.text[start - 1 : start] == "(" and field.text[end : end + 1] == ")"
                if bracketed or inside(spans[i], start, end):
                    continue  # cited, or in brackets as a link is: "the Zapier platform (zapier.com)"
            reported.add((i, host))
            yield field, start, end, host, owner

    def code_owner(self, address: str, host: str) -> Source | None:
        """The organisation whose account on a code host an address is in,
        if the index knows it ("github.com/monzo/typhon": Monzo's)."""
        if host.removeprefix("www.") not in CODE_HOSTS:
            return None
        account = first_path_part(address, host)
        return self._named.get(organisation_key(account)) if account else None

    def domain_owner(self, host: str) -> Source | None:
        """The organisation a host belongs to, if the index knows it: by its
        domains, or a platform's space named after it ("monzo.atlassian.net",
        "monzo.slack.com": Monzo's)."""
        # A host's own name and each parent: "paper.dropboxstatic.com", then
        # "dropboxstatic.com", then "com".
        parts = host.split(".")
        for i in range(len(parts) - 1):
            source = self._domains.get(".".join(parts[i:]))
            if source is not None:
                return source
        label = space_owner_label(host)
        return self._named.get(name_key(label)) if label else None


# Texts where every word is capitalised: a capital there says nothing.
TITLE_KINDS = frozenset({"name", "track", "dimension-name", "competency-name", "level-title"})
# Before a word that starts a sentence, on its line: nothing or a list
# marker ("- Embodies ...", "2. Holds ..." in a text of several lines), or
# the end of another sentence.
_LINE_START = lazy(r"\s*(?:(?:[-*•+]|\d+[.)])\s+)?")
_SENTENCE_END = lazy(r"[.!?:;]\s+$")
# A capitalised word right before or after a name: one name of several
# words ("Principal Engineer", "Senior Principal"), not this one alone.
_CAPITALISED_BEFORE = lazy(r"[A-Z][\w-]*['’]?\s+$")
_CAPITALISED_AFTER = lazy(r"\s+[A-Z]")
# An article or a possessive right before a word ("a Compass", "the Bench", "our Anchor").
_DETERMINER_BEFORE = lazy(rf"\b(?:{'|'.join(sorted(DETERMINERS))})\s+$", re.IGNORECASE)
_WORD_AFTER = lazy(r"[ \t]+([A-Za-z]+)")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` starts a sentence: at the start of the
    text or of a line (after a list marker, if any), or after the end of one."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return _LINE_START.fullmatch(before) is not None or _SENTENCE_END.search(before[-4:]) is not None


def _declared_name_in_a_sentence(prose: Prose, i: int, start: int, end: int, source: Source) -> bool:
    """Whether a name another framework of the run declares, one that is
    also an English word ("Postman", "Canopy"), is written there as the
    name: capitalised inside a sentence ("works alongside Postman",
    "Postman's product owners"), in a framework that never writes it in
    lower case, alone (not a word of a longer name: "Principal Engineer",
    nor of the framework's own level or competency names), and not used as
    a tool. A capital is no evidence at the start of a sentence ("Canopy
    cover grows") or in a title, nor for a term of the trade or an acronym,
    which are written in capitals anyway ("uses Kanban", "ML models")."""
    field = prose.fields[i]
    text = field.text
    name = text[start:end]
    if not source.maybe_word or source.context_only or field.kind in TITLE_KINDS:
        return False
    if not name[:1].isupper() or name.isupper() or name.casefold() in prose.lower_words:
        return False
    if starts_sentence(text, start) or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) \
            or _CAPITALISED_AFTER.match(text, end):
        return False
    from ..dictionary import engineering_term, english  # read only for such a name

    word = name.casefold()
    if not english().knows(word) or engineering_term(word):
        return False
    if any(name in words(f.text, keep_case=True) for f in prose.fields if f.kind in TITLE_KINDS):
        return False  # one of the framework's own names for its levels or competencies
    if _a_thing_named(text, start, end):
        return False
    return not used_as_a_tool(text, start, end) or makes_its_app(text, start, end)


def _a_thing_named(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` is a common noun given a capital for
    emphasis: after an article or a possessive, and naming no noun after it
    ("acts as a Compass for newer engineers", "on the Bench between
    projects", "is an Anchor during incidents"). An organisation's name
    takes no article of its own; after one it names the noun that follows
    ("the Postman team", "a Postman engineer")."""
    if not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1).casefold() in FUNCTION_WORDS


def _named_in(spelling: str, cited: str) -> bool:
    """Whether ``cited`` (lower case) names ``spelling`` as a word of its
    own ("Wise" is not in "likewise")."""
    return re.search(rf"(?<!\w){re.escape(spelling.casefold())}(?!\w)", cited) is not None


def _reads_as_word(name: str, *, lower_case: bool = False) -> bool:
    """Whether a one-word name is also an English word ("Ramp", as in
    "Ramp-up time"), a term of the trade that the English dictionary lacks
    ("Kanban boards", "GitHub", a product people use at work) or a short
    acronym ("ML", "QA"): it stands for an organisation only in an
    organisation's context. A name written in lower case (``lower_case``)
    also reads as the two English words it is made of, as English writes
    a compound ("shares knowledge at basecamp": a base camp, as a
    "bootcamp"); capitalised, such a name is a name ("Dropbox")."""
    if len(name) <= 3 and name.isupper():
        return True
    from ..dictionary import engineering_term, english  # read only when such a name is found

    word = name.casefold()
    return english().knows(word) or engineering_term(word) or (lower_case and english().compound(word))


def _names_pattern(spellings: list[str]) -> re.Pattern[str] | None:
    """One expression for the names, longest first, each ending a word."""
    if not spellings:
        return None
    return re.compile("(?:" + "|".join(re.escape(s) for s in spellings) + r")(?!\w)")


def own_domains(organisation: Organisation) -> tuple[str, ...]:
    """The organisation's declared domains, and those the built-in list knows for it."""
    domains = list(organisation.domains)
    own = OwnNames(organisation)
    for brand in KNOWN_BRANDS:
        if own.include((brand.name, *brand.variants)):
            domains.extend(brand.domains)
    return tuple(dict.fromkeys(domains))

