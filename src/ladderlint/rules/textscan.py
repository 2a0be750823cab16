"""Helpers the wording rules share: excerpts for messages, and the parts of
a text (web addresses, e-mail addresses, quotations) some rules look past.

Everything here is a pure function of a string, so rules stay linear in
the length of the framework's prose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar, Iterable, Iterator, Sequence

from ..model import Framework, TextField
from ..text import REFERENCE_LINK
from .base import Fix, Rule, Violation
from .prose import Prose

if TYPE_CHECKING:
    from .analysis import Analysis

#: A web address with a scheme, or starting with "www."; it ends at white
#: space, at quotes and angle brackets, and never with trailing punctuation.
URL = re.compile(
    r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'`]+?(?=[.,;:!?)\]}'"]*(?:\s|$|[<>"'`]))""",
    re.IGNORECASE,
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b", re.IGNORECASE)
#: Every URL or EMAIL match holds one of these (plain substrings, found much
#: faster than by an alternation).
ADDRESS_HINTS = ("://", "www.", "@")
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?([^/?#:\s]+)", re.IGNORECASE)

#: The start and the end of one text inside a Prose, for triggers.
TEXT_START = r"(?:\A|(?<=\x00))"
TEXT_END = r"(?=\x00|\Z)"


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where web and e-mail addresses are, as (start, end) pairs, in order."""
    if "." not in text:
        return []
    spans = [(start, end) for start, end in _urls(text)]
    if "@" in text:
        spans.extend(m.span() for m in EMAIL.finditer(text))
        spans.sort()
    return spans


def _urls(text: str) -> Iterator[tuple[int, int]]:
    for m in URL.finditer(text):
        end = m.end()
        # "https://en.wikipedia.org/wiki/Ownership_(psychology)": the closing
        # bracket belongs to the address when it opened one.
        while text[end : end + 1] == ")" and text.count("(", m.start(), end) > text.count(")", m.start(), end):
            end += 1
        yield m.start(), end


# A phrase that cites a source: what follows it, to the end of its sentence
# or bracket, names where something comes from, not who the text is for.
_CITING = re.compile(
    r"(?i:\b(?:(?:heavily|largely|partly|loosely)\s+)?(?:inspired|adapted|derived|borrowed|taken|copied|"
    r"reproduced|excerpted|quoted)\s+(?:[\w'’]+\s+){0,4}?(?:by|from)\b|\b(?:based|basing)\s+(?:[\w'’]+\s+){0,3}?on\b|"
    r"\bmodell?ed\s+(?:on|after)\b|\b(?:with\s+)?(?:thanks|credits?)\s+to\b|"
    r"\bcourtesy\s+of\b|(?:^|(?<=[(,;:.!?]))\s*see(?:\s+also)?\b|\bcf\.|\b(?:sources?|references?|credits?|further\s+reading|"
    r"recommended\s+reading|read\s+more)\s*:|\bas\s+(?:described|explained|discussed|outlined)\s+(?:in|by)\b)"
)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\)|\n")
_BRACKETED_ADDRESS = re.compile(r"(?<!!)\[[^\]\n]*\]\([^)\s]+\)|" + REFERENCE_LINK.pattern + r"|(?<![\]\w])\((?:[^()\n]*?)(?:https?://|www\.)[^()\s]*(?:\([^()\s]*\))?[^()\n]*\)")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where a text cites a source, as (start, end) pairs: what follows
    "inspired by", "adapted from", "based on", "see", "source:" ... to the
    end of its sentence, a Markdown link (not an image; a reference link
    "[the guide][1]" too), and a bracketed
    aside that holds a web address ("Effective Go (https://...)")."""
    spans = [m.span() for m in _BRACKETED_ADDRESS.finditer(text)] if ("(" in text or "][" in text) else []
    for m in _CITING.finditer(text):
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


def intranet(host: str) -> bool:
    """Whether a host is an organisation's own space: its intranet
    (confluence.initech.com) or its workspace on a platform
    (initech.atlassian.net)."""
    labels = host.split(".")
    return (len(labels) > 2 and labels[0] in _INTRANET_LABELS) or any(
        host.endswith("." + domain) for domain in _WORKSPACE_DOMAINS
    )


def addresses_off(prose: Prose, domains: Sequence[str]) -> Iterator[tuple[TextField, str, str, int, int]]:
    """Web and e-mail addresses on none of the domains (or their
    subdomains): (text, kind, host, start, end), each host once per text.
    Credits and citations ("see https://...", a link in brackets) are
    references, not leftovers, and are left out; but not a link into
    another organisation's intranet ("see https://confluence.initech.com/..."),
    which cites nothing a reader can follow."""
    for i in prose.containing(ADDRESS_HINTS):
        field = prose.fields[i]
        if field.kind == "credit":
            continue
        seen: set[str] = set()
        cited: list[tuple[int, int]] | None = None
        for kind, host, start, end in addresses(field.text):
            if host in seen or any(on_domain(host, d) for d in domains):
                continue
            if kind == "URL" and not intranet(host):
                cited = citation_spans(field.text) if cited is None else cited
                if inside(cited, start, end):
                    continue
            seen.add(host)
            yield field, kind, host, start, end


class TextRule(Rule):
    """A rule that looks at each piece of prose on its own.

    Subclasses set ``kinds`` (the TextField kinds they read, None for all)
    and ``trigger``, what is in (a Prose of) every text the rule could
    report and in few others, and implement ``check_text``. A trigger is
    a pattern, a text, or a tuple of them, whose hits are taken together.
    Texts are found with ``str.find``, ten times faster than the regular
    expression engine tries a choice of characters at every position: a
    class of characters (``[()"]``) is faster as a tuple of texts, and so
    is an alternation whose parts each start with a fixed text.
    """

    kinds: ClassVar[frozenset[str] | None] = None
    trigger: ClassVar[re.Pattern[str] | str | tuple[re.Pattern[str] | str, ...] | None] = None

    def check(self, framework: Framework, analysis: "Analysis") -> Iterable[Violation]:
        prose = analysis.prose
        for i in self.candidates(prose):
            field = prose.fields[i]
            if self.kinds is None or field.kind in self.kinds:
                yield from self.check_text(field)

    def candidates(self, prose: Prose) -> list[int]:
        """Indexes of the texts worth a closer look: those ``trigger`` matches."""
        if self.trigger is None:
            return list(range(len(prose.fields)))
        triggers = self.trigger if isinstance(self.trigger, tuple) else (self.trigger,)
        texts = [t for t in triggers if isinstance(t, str)]
        patterns = [t for t in triggers if not isinstance(t, str)]
        if not patterns:
            return prose.containing(texts)
        return sorted(set(prose.containing(texts)).union(prose.hits_any(patterns)))

    def check_text(self, field: TextField) -> Iterable[Violation]:
        return ()

    @staticmethod
    def fixed(
        field: TextField, message: str, replacement: str | None, span: tuple[int, int] | None = None
    ) -> Violation:
        """A violation at the text (at ``span`` in it), with a fix when the
        replacement changes it and leaves some text (the format has no
        empty texts)."""
        useful = replacement is not None and replacement != field.text and replacement.strip() != ""
        fix = Fix(field.path, replacement) if replacement is not None and useful else None
        return Violation(field.path, message, fix=fix, span=span)
