"""Helpers the wording rules share: excerpts for messages, and the parts of
a text (web addresses, e-mail addresses, quotations) some rules look past.

Everything here is a pure function of a string, so rules stay linear in
the length of the framework's prose.
"""

from __future__ import annotations

import re
from typing import ClassVar, Iterable, Iterator

from ..model import Framework, TextField
from .base import Fix, Rule, Violation

#: A web address with a scheme, or starting with "www."; it ends at white
#: space, at quotes and angle brackets, and never with trailing punctuation.
URL = re.compile(
    r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'`]+?(?=[.,;:!?)\]}'"]*(?:\s|$|[<>"'`]))""",
    re.IGNORECASE,
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b", re.IGNORECASE)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?([^/?#:\s]+)", re.IGNORECASE)

#: Words: letters (any script), digits and inner apostrophes or hyphens.
WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


def excerpt(text: str, start: int, end: int, width: int = 24) -> str:
    """The text around ``text[start:end]``, shortened with ellipses, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    shown = text[left:right]
    if left > 0:
        shown = "…" + shown
    if right < len(text):
        shown += "…"
    return one_line(shown)


def one_line(text: str) -> str:
    """Show line breaks and tabs as escapes so a message stays on one line."""
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def shorten(text: str, limit: int = 60) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        while end < len(text) and text[end] == ")" and text.count("(", m.start(), end) > text.count(")", m.start(), end):
            end += 1
        yield m.start(), end


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


def inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(s < end and start < e for s, e in spans)


def on_domain(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains."""
    return host == domain or host.endswith("." + domain)


def lower_words(texts: Iterable[str]) -> set[str]:
    """Every word that appears in lower case somewhere in the texts."""
    words: set[str] = set()
    for text in texts:
        words.update(w for w in WORD.findall(text) if w.islower())
    return words


_CHAR_NAMES = {
    " ": "space",
    "\t": "tab",
    "\n": "line break",
    "\r": "carriage return",
    "\u00a0": "non-breaking space",
    "\u202f": "narrow non-breaking space",
    "\u200b": "zero-width space",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space",
    "\u3000": "ideographic space",
}


def describe_char(ch: str) -> str:
    """A character as a message names it: "non-breaking space (U+00A0)"."""
    name = _CHAR_NAMES.get(ch, "space")
    return name if ch in " \n\t" else f"{name} (U+{ord(ch):04X})"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class TextRule(Rule):
    """A rule that looks at each piece of prose on its own.

    Subclasses set ``kinds`` (the TextField kinds they read, None for all)
    and implement ``check_text``.
    """

    kinds: ClassVar[frozenset[str] | None] = None

    def check(self, framework: Framework) -> Iterable[Violation]:
        for field in framework.texts():
            if self.kinds is None or field.kind in self.kinds:
                yield from self.check_text(field)

    def check_text(self, field: TextField) -> Iterable[Violation]:
        return ()

    @staticmethod
    def fixed(field: TextField, message: str, replacement: str | None) -> Violation:
        """A violation at the text, with a fix when the replacement changes it."""
        fix = Fix(field.path, replacement) if replacement is not None and replacement != field.text else None
        return Violation(field.path, message, fix=fix)
