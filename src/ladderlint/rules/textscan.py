"""Helpers the wording rules share: the base of a rule that scans every
text, and the addresses on other domains (the addresses themselves are
found by ``addresses``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, ClassVar, Iterable, Iterator, Sequence

from ..model import Framework, TextField
from .addresses import ADDRESS_HINTS, addresses, citation_spans, inside, intranet, on_domain
from .base import Fix, Rule, Violation
from .prose import Prose

if TYPE_CHECKING:
    from .analysis import Analysis

#: The start and the end of one text inside a Prose, for triggers.
TEXT_START = r"(?:\A|(?<=\x00))"
TEXT_END = r"(?=\x00|\Z)"


def addresses_off(
    prose: Prose, domains: Sequence[str], cited_in: Callable[[str], list[tuple[int, int]]] = citation_spans
) -> Iterator[tuple[TextField, str, str, int, int]]:
    """Web and e-mail addresses on none of the domains (or their
    subdomains): (text, kind, host, start, end), each host once per text.
    Credits and citations (``cited_in``: "see https://...", a link in
    brackets) are references, not leftovers, and are left out; but not a
    link into another organisation's intranet ("see
    https://confluence.initech.com/..."), which cites nothing a reader can
    follow."""
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
                cited = cited_in(field.text) if cited is None else cited
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
