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

An element the words of a sentence name ("rather than <div> for", "gives
every <img> alt text", "the <dialog> element") is named, not left over;
between other words ("Delivers projects <div> on time") or starting a
sentence ("Mentors others. <p> Leads") it is a leftover: see
`named_element`.
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
# sentence's punctuation ("such as <nav>, <main> and <article>.", "(not a <div>)").
_BEFORE_A_WORD = " \t(\"'\u201c\u2018"
_AFTER_A_WORD = " \t,.;:!?)\"'\u201d\u2019"
#: The words after which a sentence names an element: determiners ("a
#: <table>", "every <img>"), prepositions ("rather than <div>", "such as
#: <nav>", "prefers <strong> to <b>"), words that set one against another
#: ("<button>, not <div>", "either <a> or <button>") and verbs of using one
#: ("uses <button>"). After another word ("Delivers projects <div> on
#: time") a tag is a page's leftover.
NAMING_WORDS = frozenset(
    """
    a an the every each any no one another this that these those its their our your
    not either neither nor both versus vs
    about across around as at between by for from in inside into like of on outside over than to under via with
    within without
    add adds adding avoid avoids avoiding choose chooses choosing nest nests nesting prefer prefers preferring
    render renders rendering replace replaces replacing use uses used using wrap wraps wrapping write writes writing
    """.split()
)
#: Nouns that say the elements after them are elements, in brackets or not:
#: "semantic HTML (<button>, <nav>)", "the landmark elements <nav> and <main>".
ELEMENT_NOUNS = frozenset("html markup element elements tag tags".split())
# A list of this many elements or more is named ("<header>, <nav>, <main>"):
# a page leaves no list of bare tags joined by commas and "and".
_NAMED_LIST = 3
# The word before an element, past the spaces and an opening bracket or quote ('a "<div>"').
_WORD_BEFORE = lazy(r"(?<![\w'\u2019-])([A-Za-z]+)[ \t]+[(\"'\u201c\u2018]?\Z")
# Elements in a list: "<nav>, <main> and <article>", "<b> or <i>", "<nav>, and <main>".
_JOIN = r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
_LISTED_BEFORE = lazy(rf"<[A-Za-z][A-Za-z0-9]*>{_JOIN}\Z")
_LISTED_AFTER = lazy(rf"{_JOIN}(?=<[A-Za-z][A-Za-z0-9]*>)")
# How far back the word naming an element, or the list it is in, may start ("<blockquote>, and ").
_REACH = 40


def named_element(text: str, start: int, end: int) -> bool:
    """Whether the tag at text[start:end] is an element the sentence names
    ("uses <button> rather than <div> for", "gives every <img> alt text"),
    not markup: a bare opening tag (no attributes, no slash) of a known
    element, none of whose closing tags the text holds, written as a word
    (a space or the sentence's punctuation either side, and words after
    it), that the words around name: a determiner, a preposition or a verb
    of use before it (NAMING_WORDS), a noun that says what they are
    ("semantic HTML (<button>, <nav>)", ELEMENT_NOUNS), or "element" or
    "tag" after it ("the native <dialog> element"); or that stands in a
    list with such a one ("such as <nav>, <main> and <article>"), or in a
    list of three or more ("<header>, <nav> and <main>"). Markup a page leaves is
    written against its text ("projects<br>that", "<li>Owns"), around it
    ("<p>text</p>"), with attributes, on a line of its own, at the end of
    the text, at the start of a sentence or clause ("Mentors others. <p>
    Leads", "on time, <li> owns") or after another word ("Delivers
    projects <div> on time")."""
    if not _written_as_a_word(text, start, end):
        return False
    members = [(start, end)]
    # The list it stands in, both ways: each element in it is written as a word too.
    while (joined := _listed_before(text, members[0][0])) is not None and _written_as_a_word(text, *joined):
        members.insert(0, joined)
    while (joined := _listed_after(text, members[-1][1])) is not None and _written_as_a_word(text, *joined):
        members.append(joined)
    return len(members) >= _NAMED_LIST or any(_named_by_words(text, *member) for member in members)


def _written_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether the tag at text[start:end] is a known element's bare opening
    tag, none of whose closing tags the text holds, written as a word of a
    sentence that goes on after it."""
    match = _TAG.fullmatch(text, start, end)
    if match is None or match.group().startswith("</") or match.group().endswith("/>") or match.group(2).strip():
        return False
    name = match.group(1).casefold()
    if name not in MARKUP_ONLY and name not in AMBIGUOUS or f"</{name}" in text.casefold():
        return False
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    return before != "" and before in _BEFORE_A_WORD and after != "" and after in _AFTER_A_WORD \
        and text[end:].strip() != ""


def _named_by_words(text: str, start: int, end: int) -> bool:
    """Whether the words around the tag at text[start:end] name it: a
    word of NAMING_WORDS or ELEMENT_NOUNS before it ("semantic HTML
    (<button>"), or "element" or "tag" after it where it goes on from a
    word or a list, not starting a sentence or clause."""
    word = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    if word is not None and (word.group(1).casefold() in NAMING_WORDS or word.group(1).casefold() in ELEMENT_NOUNS):
        return True
    goes_on = word is not None or _listed_before(text, start) is not None
    return goes_on and _ELEMENT_AFTER.match(text, end) is not None


def _listed_before(text: str, start: int) -> tuple[int, int] | None:
    """The tag joined to the one at ``start`` as the item before it in a list."""
    joined = _LISTED_BEFORE.search(text, max(0, start - _REACH), start)
    return None if joined is None else (joined.start(), text.index(">", joined.start()) + 1)


def _listed_after(text: str, end: int) -> tuple[int, int] | None:
    """The tag joined to the one ending at ``end`` as the item after it in a list."""
    joined = _LISTED_AFTER.match(text, end)
    return None if joined is None else (joined.end(), text.index(">", joined.end()) + 1)


def named_beside(text: str, start: int, end: int) -> bool:
    """Whether the tag at text[start:end], written as a word of the
    sentence, stands beside an element the sentence names: a sentence
    that talks about markup names each element in it ("when to use <br>
    and when to start a new <p>")."""
    if not _written_as_a_word(text, start, end):
        return False
    return any(named_element(text, m.start(), m.end()) for m in _TAG.finditer(text) if m.start() != start)


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
