"""Links within a Markdown page to its own headings, as GitHub reads them.

GitHub gives each heading of a Markdown file an anchor made from its text
(``github_slug``): lower-case, punctuation taken out but for ``-`` and
``_``, each space a ``-``; a second heading of the same text gets ``-1``,
a third ``-2``. A page cannot choose them, so a link must be written to
the anchor its heading will get, which depends on every heading before it
(those of the differ's notes too: "New or higher" comes back at each level).

The template marks the heading a link goes to (``target``) and the link
(``ref``) by a key, the page data's anchor ("level-IC3"); once the page is
written, ``resolve`` reads its headings in order, as GitHub does, and puts
each heading's anchor into the links to it. A key no heading has stays as
it is (a template of the user's that names an anchor of its own).
"""

from __future__ import annotations

import html
import re
import unicodedata
from ..patterns import lazy
from ..text import MARKDOWN_HEADING

#: The marks the template leaves: characters of Unicode's private use area,
#: which no text of a framework holds (``strip_marks`` makes sure).
_REF_OPEN, _REF_CLOSE, _TARGET_OPEN, _TARGET_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"
_MARKS = lazy("[\ue000-\ue003]")
_REF = lazy(f"{_REF_OPEN}([^{_REF_CLOSE}]*){_REF_CLOSE}")
_TARGET = lazy(f"{_TARGET_OPEN}([^{_TARGET_CLOSE}]*){_TARGET_CLOSE}")

_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")


def ref(key: str) -> str:
    """Where a link to the heading marked ``key`` goes, with its ``#``."""
    return f"#{_REF_OPEN}{key}{_REF_CLOSE}"


def target(key: str) -> str:
    """The mark, at the end of a heading's line, of the heading ``key`` names."""
    return f"{_TARGET_OPEN}{key}{_TARGET_CLOSE}"


def strip_marks(text: str) -> str:
    return _MARKS.sub("", text)


def github_slug(text: str) -> str:
    """The anchor GitHub makes of a heading's text (as shown, its Markdown
    read), before a number is added to tell two of one text apart."""
    kept = "".join(c for c in text.strip().lower()
                   if c in "-_ " or unicodedata.category(c)[0] in "LM" or unicodedata.category(c) in ("Nd", "Pc"))
    return kept.replace(" ", "-")


class GitHubSlugs:
    """Anchors of a page's headings, in order: "x", then "x-1", "x-2"."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def take(self, text: str) -> str:
        slug = github_slug(text)
        count = self._seen.get(slug, 0)
        self._seen[slug] = count + 1
        return f"{slug}-{count}" if count else slug


#: What a heading's Markdown shows as text: a backslash escape, a code span,
#: a link's words, an HTML tag (nothing), an entity.
_INLINE = lazy(r"\\([!-/:-@\[-`{-~])|(`+)(.+?)\2|!?\[((?:[^\]\\]|\\.)*)\]\([^)]*\)|<[^>]+>|&#?\w+;|[*_]{1,3}")


def heading_text(markdown: str) -> str:
    """A heading's words as GitHub shows them (the text its anchor is made
    of): escapes read, emphasis and tags taken out, a link's words kept.
    Emphasis is only ``*`` and ``_`` runs that Markdown reads as such; the
    shipped pages escape every other one, so each left here is markup."""
    def shown(match: re.Match[str]) -> str:
        whole = match.group(0)
        if match.group(1) is not None:
            return match.group(1)
        if match.group(3) is not None:
            return match.group(3).strip()
        if match.group(4) is not None:
            return heading_text(match.group(4))
        if whole.startswith("&"):
            return html.unescape(whole)
        if whole[0] in "*_":
            return ""
        return ""  # an HTML tag

    return _INLINE.sub(shown, markdown)


def resolve(page: str) -> str:
    """The page with each link marked by ``ref`` pointing to the anchor
    GitHub gives the heading marked by ``target`` with the same key, and
    the marks taken out."""
    if _REF_OPEN not in page and _TARGET_OPEN not in page:
        return page
    slugs = GitHubSlugs()
    anchors: dict[str, str] = {}
    lines = page.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        keys = _TARGET.findall(line)
        line = _TARGET.sub("", line)
        lines[number] = line
        heading = MARKDOWN_HEADING.match(line)
        if heading is None:
            continue
        slug = slugs.take(heading_text(_REF.sub("", heading.group(2) or "")))
        for key in keys:
            anchors.setdefault(key, slug)
    text = "\n".join(lines)
    return strip_marks(_REF.sub(lambda match: anchors.get(match.group(1), match.group(1)), _TARGET.sub("", text)))
