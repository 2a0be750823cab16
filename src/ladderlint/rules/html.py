"""HTML in a framework's text: which `<name>` is a tag and which a placeholder.

`<br>` and `<picture>` are markup that a page export left behind; `<date>`
and `<target>` are blanks a template left to fill in. Some HTML element
names are also words a template uses as blanks (`<time>`, `<title>`,
`<label>`): written bare, those read as blanks; with attributes, a closing
tag or a self-closing slash, as markup. A tag holds only attributes after
its name (`<a href="...">`, `<input disabled>`): words that are none
(`<link to onboarding doc>`, `<main KPI>`) name a blank.
"""

from __future__ import annotations

import re
from ..patterns import lazy

#: HTML elements whose names are not words a template leaves as a blank.
MARKUP_ONLY = frozenset(
    """
    a abbr article aside audio b base bdi bdo big blockquote body br canvas caption center cite code col
    colgroup datalist dd del details dfn div dl dt em embed fieldset figcaption figure font footer h1 h2 h3
    h4 h5 h6 head header hgroup hr html i iframe img ins kbd legend li link main mark meta meter nav noscript
    ol optgroup p param picture pre q rp rt ruby s samp script section small span strike strong style sub
    sup svg table tbody td tfoot th thead tr tt u ul var video wbr
    """.split()
)
#: HTML elements whose names are also words of a blank ("<time>").
AMBIGUOUS = frozenset(
    """
    address area button data dialog form image input label map menu object option output progress search
    select slot source summary template textarea time title track
    """.split()
)
#: Attributes that stand without a value ("<input disabled>", "<details open>").
BOOLEAN_ATTRIBUTES = frozenset(
    """
    allowfullscreen async autofocus autoplay checked controls default defer disabled formnovalidate hidden
    inert ismap itemscope loop multiple muted nomodule novalidate open playsinline readonly required
    reversed selected
    """.split()
)
# What may follow a tag's name: attributes with a value ('href="..."',
# "rel=nofollow", 'className="axis"'), a boolean one, or one of the
# "data-" and "aria-" kind. Other words make a blank of it: "<link to
# onboarding doc>", "<input from your manager>", "<main KPI>".
_BOOLEAN = "|".join(sorted(BOOLEAN_ATTRIBUTES))
ATTRIBUTES = (
    r"(?:\s+(?:[A-Za-z_:@][\w:.@-]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>`]+)"
    rf"|(?i:{_BOOLEAN})(?![\w-])|(?:data|aria)-[a-z][\w-]*))*\s*"
)
_TAG = lazy(rf"</?([A-Za-z][A-Za-z0-9]*)({ATTRIBUTES})/?>")


def is_html_tag(text: str, start: int, end: int) -> bool:
    """Whether the `<...>` at text[start:end] is an HTML tag rather than a blank."""
    match = _TAG.fullmatch(text, start, end)
    if match is None:
        return False
    name = match.group(1).casefold()
    if name in MARKUP_ONLY:
        return True
    if name not in AMBIGUOUS:
        return False
    tag = match.group()
    return tag.startswith("</") or tag.endswith("/>") or bool(match.group(2).strip()) or f"</{name}" in text.casefold()


def html_tags(text: str) -> list[re.Match[str]]:
    """The HTML tags in a text, in order."""
    if "<" not in text:
        return []
    return [m for m in _TAG.finditer(text) if is_html_tag(text, m.start(), m.end())]
