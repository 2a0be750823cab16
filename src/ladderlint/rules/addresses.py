"""Web and e-mail addresses in a text, and the parts of it that cite a
source: pure functions of a string, read by the wording rules and by the
brand index alike (which the rules' base, through the run index, needs:
so they live apart from the rules' helpers in textscan)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..text import CJK_PUNCTUATION, CJK_SCRIPT, REFERENCE_LINK, in_ranges
from ..patterns import lazy

#: A web address with a scheme, or starting with "www."; it ends at white
#: space, at quotes and angle brackets, and never with trailing punctuation.
#: In CJK text (``_urls``) it may start right after the script, which needs
#: no space before it, and it ends at full-width punctuation and at the
#: script right after a letter, a digit or a stop of its own ("/bylaws来设计":
#: the sentence goes on; not "/wiki/开源", a page's name). Those ranges are
#: read in Python: as classes of this pattern they took 16 ms to compile,
#: a tenth of a one-file check.
URL = lazy(r"""(?:(?:https?|ftp)://|www\.)[^\s<>"'`]+?(?=[.,;:!?)\]}'"]*(?:\s|$|[<>"'`]))""", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""
EMAIL = lazy(r"(?<![\w.+-])[\w.+-]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b", re.IGNORECASE)
#: Every URL or EMAIL match holds one of these (plain substrings, found much
#: faster than by an alternation).
ADDRESS_HINTS = ("://", "www.", "@")
_HOST = lazy(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?([^/?#:\s]+)", re.IGNORECASE)

def url_spans(text: str) -> list[tuple[int, int]]:
    """Where web and e-mail addresses are, as (start, end) pairs, in order."""
    if "." not in text:
        return []
    spans = [(start, end) for start, end in _urls(text)]
    if "@" in text:
        spans.extend(m.span() for m in EMAIL.finditer(text))
        spans.sort()
    return spans


def web_address_spans(text: str) -> list[tuple[int, int]]:
    """Where web addresses are (not e-mail addresses), as (start, end)
    pairs, in order: the addresses the rules read are those the pages link."""
    return list(_urls(text)) if "." in text else []


def _urls(text: str) -> Iterator[tuple[int, int]]:
    at = 0
    while (m := URL.search(text, at)) is not None:
        start, end = m.span()
        before = text[start - 1 : start]
        if before and (before.isalnum() or before == "_") and not in_ranges(CJK_SCRIPT, before):
            at = start + 1  # inside a word ("xhttps://"): an address may still start further on
            continue
        if not m.group().isascii():
            end = _cjk_end(text, start, end)
        # "https://en.wikipedia.org/wiki/Ownership_(psychology)": the closing
        # bracket belongs to the address when it opened one.
        while text[end : end + 1] == ")" and text.count("(", m.start(), end) > text.count(")", m.start(), end):
            end += 1
        yield start, end
        at = end


def _cjk_end(text: str, start: int, end: int) -> int:
    """Where an address that holds CJK text ends: at full-width punctuation,
    or at the script right after a letter, a digit or a stop, with the
    punctuation before that left out as at any address's end."""
    for i in range(start + 1, end):
        char = text[i]
        if in_ranges(CJK_PUNCTUATION, char) or (in_ranges(CJK_SCRIPT, char) and (text[i - 1].isascii() and
                                                                  (text[i - 1].isalnum() or text[i - 1] == "."))):
            cut = len(text[start:i].rstrip(_TRAILING))
            return start + cut
    return end


# A phrase that credits a source: what follows it, to the end of its
# sentence or bracket, names where something comes from, not who the text
# is for.
_CREDITING = (
    r"\b(?:(?:heavily|largely|partly|loosely)\s+)?(?:inspired|adapted|derived|borrowed|taken|copied|"
    r"reproduced|excerpted|quoted)\s+(?:[\w'’]+\s+){0,4}?(?:by|from)\b|\b(?:based|basing)\s+(?:[\w'’]+\s+){0,3}?on\b|"
    r"\bmodell?ed\s+(?:on|after)\b|\b(?:with\s+)?(?:thanks|credits?)\s+to\b|"
    r"\bcourtesy\s+of\b|(?:^|(?<=[(,;:.!?]))\s*see(?:\s+also)?\b|\bcf\.|\b(?:sources?|references?|credits?|further\s+reading|"
    r"recommended\s+reading|read\s+more)\s*:"
)
# "as described in", "as explained by": a document the text follows. An
# address there is a reference to read; a name there is not credited but
# named as the framework's own ("as described in the Initech Principles").
_FOLLOWING = r"\bas\s+(?:described|explained|discussed|outlined)\s+(?:in|by)\b"
_CITING = lazy(rf"(?i:{_CREDITING}|{_FOLLOWING})")
_CREDITS = lazy(rf"(?i:{_CREDITING})")
_SENTENCE_END = lazy(r"[.!?;](?:\s|$)|\)|\n")
_BRACKETED_ADDRESS = lazy(r"(?<!!)\[[^\]\n]*\]\([^)\s]+\)|" + REFERENCE_LINK.pattern + r"|(?<![\]\w])\((?:[^()\n]*?)(?:https?://|www\.)[^()\s]*(?:\([^()\s]*\))?[^()\n]*\)")


# A bracketed aside that names the template the text was made from
# ("(template: https://...)"): the page copied, not a source cited.
_TEMPLATE = lazy(r"\((?:[\w-]+\s+){0,2}?(?i:templates?)\s*:")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where a text cites a source, as (start, end) pairs: what follows
    "inspired by", "adapted from", "based on", "see", "source:", "as
    described in" ... to the end of its sentence, a Markdown link (not an
    image; a reference link "[the guide][1]" too), and a bracketed aside
    that holds a web address ("Effective Go (https://...)"), but for one
    that names the template the text was made from ("(template: https://...)")."""
    return _cited(text, _CITING)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The citations of ``citation_spans`` that credit a source ("inspired
    by", "adapted from", "based on", "see", "source:" ...), and the links:
    not what follows "as described in", which names the document the text
    follows, and a name there as its own."""
    return _cited(text, _CREDITS)


def cited_in_words(text: str) -> list[tuple[int, int]]:
    """The citations of ``citation_spans`` that words make ("adapted from
    https://...", "(source: https://...)", "as described in https://..."):
    not a link or an address in brackets alone, which may be the text's own
    page on another's site ("our wiki (https://wiki.initech.com)")."""
    return _cited(text, _CITING, links=False)


def _cited(text: str, citing: re.Pattern[str], links: bool = True) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BRACKETED_ADDRESS.finditer(text) if not _TEMPLATE.match(text, m.start())] \
        if links and ("(" in text or "][" in text) else []
    for m in citing.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return sorted(spans)


def host_of(address: str) -> str:
    """The lower-case host of a URL or an e-mail address."""
    if "@" in address and "://" not in address:
        return address.rsplit("@", 1)[1].lower().rstrip(".")
    match = _HOST.match(address)
    return match.group(1).lower().rstrip(".") if match else ""


def addresses(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Every web or e-mail address: (kind, host, start, end); kind is "URL" or "e-mail address"."""
    if "." not in text:
        return
    for start, end in _urls(text):
        yield "URL", host_of(text[start:end]), start, end
    if "@" in text:
        for m in EMAIL.finditer(text):
            yield "e-mail address", m.group(1).lower(), m.start(), m.end()


def type_parameters(text: str, start: int) -> bool:
    """Whether the '<' at ``start`` opens a type's parameters, written
    against the type's name ('List<T>', 'std::vector<int>'): code, neither
    a blank to fill in nor markup."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(s < end and start < e for s, e in spans)


def on_domain(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains."""
    return host == domain or host.endswith("." + domain)


# The first part of a host that is an organisation's own intranet, and
# the platforms that give each organisation a space of its own there: no
# reader outside the organisation can follow such a link.
_INTRANET_LABELS = frozenset("intranet confluence jira internal corp".split())
_WORKSPACE_DOMAINS = ("atlassian.net", "sharepoint.com", "slack.com")
# A company's wiki (wiki.initech.com, wiki.nubank.com.br) is its intranet
# too: the host alone does not say who keeps a wiki, and a copied ladder's
# link into another company's wiki is the leftover most worth reporting.
# But open projects keep public wikis, on .org (wiki.python.org,
# wiki.debian.org) or on the domains below, which engineers cite
# (wiki.php.net/rfc, wiki.qt.io, wiki.openjdk.java.net, wiki.c2.com), and so
# do pages on GitHub's and GitLab's public hosting. The list cannot be
# whole: another project's public wiki is reported until `allowed-domains`
# names it, and a non-profit's intranet wiki on .org is missed.
_WIKI_LABEL = "wiki"
_PUBLIC_WIKIS = (
    "c2.com", "php.net", "qt.io", "java.net", "ubuntu.com", "jenkins.io", "tcl.tk", "wikia.com", "fandom.com",
    "github.io", "gitlab.io",
)


# The platforms that give each organisation a space on a host named after
# it: "monzo.atlassian.net" is Monzo's tracker, "acme.okta.com" Acme's login.
NAMED_SPACE_DOMAINS = (
    *_WORKSPACE_DOMAINS, "zendesk.com", "okta.com", "freshdesk.com", "service-now.com", "pagerduty.com",
    "sentry.io", "zoom.us", "notion.site", "gitbook.io",
)


# Code hosts, where the first part of a path is an organisation's account:
# "github.com/monzo/typhon" is Monzo's code.
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org")


def first_path_part(address: str, host: str) -> str:
    """The first part of an address's path after its host, without an
    account's "@" or "~" ("acme" of "github.com/acme/ladder" and
    "medium.com/@acme"); '' where it has none."""
    path = address[address.lower().find(host) + len(host) :]
    parts = [p for p in path.split("?", 1)[0].split("#", 1)[0].split("/") if p]
    return parts[0].lstrip("@~") if parts else ""


def space_owner_label(host: str) -> str | None:
    """The label of a host on a platform's space that names the
    organisation it belongs to ("monzo" of "monzo.atlassian.net" and
    "wiki.monzo.atlassian.net"); None for another host."""
    for domain in NAMED_SPACE_DOMAINS:
        if host.endswith("." + domain):
            return host[: -len(domain) - 1].rsplit(".", 1)[-1]
    return None


def intranet(host: str) -> bool:
    """Whether a host is an organisation's own space: its intranet
    (confluence.initech.com, wiki.initech.com; not an open project's public
    wiki: one on .org, wiki.python.org, or on a domain of ``_PUBLIC_WIKIS``,
    wiki.php.net, wiki.qt.io, wiki.c2.com) or its workspace on a platform
    (initech.atlassian.net)."""
    labels = host.split(".")
    if len(labels) > 2 and labels[0] == _WIKI_LABEL:
        return labels[-1] != "org" and not any(on_domain(host, domain) for domain in _PUBLIC_WIKIS)
    return (len(labels) > 2 and labels[0] in _INTRANET_LABELS) or any(
        host.endswith("." + domain) for domain in _WORKSPACE_DOMAINS
    )
