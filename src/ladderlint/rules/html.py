"""HTML in a framework's text: which `<name>` is a tag and which a placeholder.

`<br>` and `<picture>` are markup that a page export left behind; `<date>`
and `<target>` are blanks a template left to fill in. Some HTML element
names are also words a template uses as blanks (`<time>`, `<title>`,
`<label>`): written bare, those read as blanks; with attributes, a closing
tag or a self-closing slash, as markup, and so where the text names them as
elements ("the native <dialog> element", "a <div> where a <button>
belongs"). A tag holds only attributes after its name (`<a href="...">`,
`<input disabled>`): words that are none (`<link to onboarding doc>`,
`<main KPI>`) name a blank.

An element written as a word of a sentence ("rather than <div> for",
"gives every <img> alt text") is named, not left over: see `named_element`.
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
    return tag.startswith("</") or tag.endswith("/>") or bool(match.group(2).strip()) \
        or f"</{name}" in text.casefold() or _named_as_an_element(text, start, end)


# What stands either side of an element named as a word: a space, or the
# sentence's punctuation ("such as <nav>, <main> and <article>.", "(<div>)").
_BEFORE_A_WORD = " \t(\"'\u201c\u2018"
_AFTER_A_WORD = " \t,.;:!?)\"'\u201d\u2019"


def named_element(text: str, start: int, end: int) -> bool:
    """Whether the tag at text[start:end] is an element the sentence names
    ("uses <button> rather than <div> for", "gives every <img> alt text"),
    not markup: a bare opening tag (no attributes, no slash) of a known
    element, none of whose closing tags the text holds, after a word of the
    text, with a space or the sentence's punctuation either side. Markup a
    page leaves is written against its text ("projects<br>that",
    "<li>Owns"), around it ("<p>text</p>"), with attributes, or on a line of
    its own."""
    match = _TAG.fullmatch(text, start, end)
    if match is None or match.group().startswith("</") or match.group().endswith("/>") or match.group(2).strip():
        return False
    name = match.group(1).casefold()
    if name not in MARKUP_ONLY and name not in AMBIGUOUS or f"</{name}" in text.casefold():
        return False
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    return before != "" and before in _BEFORE_A_WORD and (after == "" or after in _AFTER_A_WORD) \
        and any(ch.isalnum() for ch in text[:start])


# A word after an element's name that says it is one ("the <dialog> element").
_ELEMENT_AFTER = lazy(r"[ \t]+(?i:elements?|tags?)\b")


def _named_as_an_element(text: str, start: int, end: int) -> bool:
    """Whether a bare `<name>` that may be a blank ("<time>", "<button>")
    is named as an element: the word after says so ("the native <dialog>
    element"), or the text names an element that is no blank's word
    ("never a <div> where a <button> belongs")."""
    if not named_element(text, start, end):
        return False
    return _ELEMENT_AFTER.match(text, end) is not None \
        or any(m.group(1).casefold() in MARKUP_ONLY for m in _TAG.finditer(text) if m.start() != start)


def html_tags(text: str) -> list[re.Match[str]]:
    """The HTML tags in a text, in order."""
    if "<" not in text:
        return []
    return [m for m in _TAG.finditer(text) if is_html_tag(text, m.start(), m.end())]
