"""LL510 markdown-markup."""

from __future__ import annotations

import re
from typing import Iterable

from ..model import TextField
from ..text import MARKDOWN_LINK, REFERENCE_LINK, code_blanked, globs_blanked, links_as_text, replaced
from ..text import EMPHASIS as _EM, STRIKETHROUGH as _STRIKE, STRONG as _STRONG
from .base import Severity, Violation
from .html import html_tags, named_element
from .ll504_export_debris import BROKEN_BOLD, EXPORT_TAGS, HEADING_MARKER, SHORT_KINDS
from .named_code import WORD_BEFORE
from .messages import shorten
from .textscan import TextRule
from ..patterns import lazy

# A heading: '## ' at the start of a line, or '# ' over more text ('# of
# incidents' alone is a count, as people write it).
_HEADING = lazy(r"^[ \t]{0,3}(?:#{2,6}|#(?=[ \t]+\S[^\n]*\n\s*\S))[ \t]+(?=\S)", re.M)
_CLOSING_HASHES = lazy(r"[ \t]+#+[ \t]*$")
# Bold opened and never closed ("Reports **confidence intervals, not just
# p-values"): "**" or "__" that hugs the word after it, as an opening marker
# does, left over once the text's pairs are taken. "2 ** 10" and "x**2" open
# nothing; "**kwargs", "**extra_fields" and "__init__" are Python's names.
_UNCLOSED_STRONG = lazy(
    r"(?<![\w*\\])\*\*(?=[^\s*])(?!(?:kw)?args\b|kw\b|[a-z]\w*_|[a-z]\w*\))"
    r"|(?<![\w\\])__(?=[^\s_])(?![a-z][a-z0-9_]*(?:__|_\w|\)))"
)


def _without_headings(text: str) -> str:
    """Each heading as a paragraph of its words: the blank line after it
    that the markers stood for."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        marker = _HEADING.match(line)
        if marker is None:
            out.append(line)
            continue
        words = line[marker.end():]
        while (marker := _HEADING.match(words)) is not None:  # "## ## team": markers typed twice
            words = words[marker.end():]
        out.append(_CLOSING_HASHES.sub("", words))
        if i + 1 < len(lines) and lines[i + 1].strip():
            out.append("")
    return "\n".join(out)


def _first_heading(text: str, kind: str) -> re.Match[str] | None:
    """The first heading of a text of ``kind`` that is this rule's: the
    marker that starts a name, title, summary, statement or example is
    LL504's (an export's leftover), which would otherwise be reported twice."""
    m = _HEADING.search(text)
    if m is not None and kind in SHORT_KINDS:
        marker = HEADING_MARKER.match(text)
        if marker is not None and m.start() < marker.end():
            m = _HEADING.search(text, marker.end())
    return m


def _emphases(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The text's emphases that are this rule's: emphasis across bold split
    inside a word ("**B****ehaviors**" reads as "**B****") is LL504's broken
    bold, which would otherwise be reported twice."""
    seams = [m.span() for m in BROKEN_BOLD.finditer(text)]
    return [m for m in pattern.finditer(text) if not any(m.start() < end and start < m.end() for start, end in seams)]


def _unclosed(text: str) -> list[re.Match[str]]:
    """The text's bold markers that open and are not closed: those outside
    its pairs of markers (``_UNCLOSED_STRONG``)."""
    pairs = [m.span() for m in _STRONG.finditer(text)]
    return [m for m in _UNCLOSED_STRONG.finditer(text) if not any(start <= m.start() < end for start, end in pairs)]


def _outside(text: str) -> str:
    """``text`` with its `code` spans and its path globs' stars blanked:
    the marks in code are the code's, and "apps/**/*.kt" is a path."""
    return globs_blanked(code_blanked(text))


#: The styles a piece of emphasis may name, each with the marks that show
#: it: "**bold**", "*italics*", "~~strikethrough~~"; not "*bold*", whose
#: marks show another style.
_STYLE_MARKS = {
    **dict.fromkeys(("bold", "strong", "underline", "underlined"), _STRONG),
    **dict.fromkeys(("italic", "italics", "emphasis"), _EM),
    "strikethrough": _STRIKE,
}
#: The words after which a sentence names a style it shows: "use **bold**", "prefer *italics*".
_STYLE_NAMING_WORDS = frozenset(
    "use uses used using prefer prefers preferring avoid avoids avoiding like as than".split())
# What may follow a style's name when the sentence names it, and not a noun
# it qualifies ("use **bold** judgement", "**strong** typing"): the end of
# the text or a punctuation mark, an adverb in "-ly" ("sparingly"), a word
# that links on ("for", "to", "in", "and", "than" ...), or a noun for the
# text so styled ("**bold** text", "font", "formatting").
_AFTER_A_STYLE_NAME = lazy(
    r"(?:[ \t]*(?:[,.;:!?)\]]|\Z)|[ \t]+(?i:[a-z]+ly|for|to|in|on|at|over|than|and|or|but|instead|when|where|only|"
    r"text|type|font|formatting)\b)"
)


def _shown_styles(text: str) -> set[tuple[int, int]]:
    """The spans of emphasis that shows the style it names, in a text
    with its code blanked, in a sentence about markup: the marks of that
    style around its name ("**bold**", "*italics*"; not "*bold*"), beside
    another style so shown ("I use **bold** sparingly and prefer *italics*
    for new terms"; not "**bold** and **strong**", one style twice), or
    after a word that names it and before no noun ("prefer
    ~~strikethrough~~ to deleting"; not "use **bold** judgement"). Not
    "Be **bold**": one alone, after another word, is emphasis."""
    shown = [m for pattern in (_STRONG, _EM, _STRIKE) for m in pattern.finditer(text)
             if _STYLE_MARKS.get(next((g for g in m.groups() if g is not None), "").casefold()) is pattern]
    if len({m.re for m in shown}) >= 2:
        return {m.span() for m in shown}
    return {m.span() for m in shown
            if (word := WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None
            and word.group(1).casefold() in _STYLE_NAMING_WORDS and _AFTER_A_STYLE_NAME.match(text, m.end())}


def _unmarked(pattern: re.Pattern[str], text: str, kept: tuple[int, ...] = (),
              shown: bool = False) -> str:
    """``text`` with each match of ``pattern`` replaced by the first of its
    ``kept`` groups that took part (or by nothing), matched with the `code`
    spans and globs blanked (``_outside``): no match starts, ends or lies in
    code ("`**kwargs` and `**opts`" holds no bold), nor takes a glob's stars."""
    def kept_text(m: re.Match[str]) -> str:
        group = next((g for g in kept if m.start(g) != -1), None)
        return "" if group is None else text[m.start(group) : m.end(group)]

    outside = _outside(text)
    # Emphasis that shows the style it names is the sentence's subject: kept as written.
    keep = _shown_styles(outside) if shown else set()
    return replaced(text, ((m.start(), m.end(), kept_text(m)) for m in pattern.finditer(outside)
                           if m.span() not in keep))


def _plain(text: str) -> str:
    text = _unmarked(BROKEN_BOLD, text)  # broken bold joins back into one run
    for _ in range(3):  # "**_I_**": bold around italics; "**## Craft**": a heading once plain
        before = text
        text = _without_headings(text) if "#" in text else text
        text = _unmarked(_STRONG, text, (1, 2), shown=True)
        text = _unmarked(_EM, text, (1, 2), shown=True)
        text = _unmarked(_STRIKE, text, (1,), shown=True)
        blanked = _outside(text)
        text = replaced(text, ((m.start(), m.end(), "") for m in _unclosed(blanked)))
        if text == before:
            break
    # A reference link's label names a definition plain text has not: its text is what stays.
    return _unmarked(REFERENCE_LINK, links_as_text(text), (1,))


class MarkdownMarkup(TextRule):
    """Markdown emphasis (also bold never closed) or a Markdown link, or an HTML tag, in a framework's plain text.

    Reported: headings (`### How does it work?` at the start of a line of a
    description; `# ` only over more text, as `# of incidents` alone is a
    count), bold and italics (`**Impact**`, `_Area of ownership_`,
    `**_I_**`), bold opened and never closed in the same text
    (`Reports **confidence intervals, not just p-values`), whose marker
    `--fix` removes, strikethrough (`~~old~~`), links (`[principles](https://...)`,
    and `[principles][1]`, whose definition plain text does not hold),
    and HTML tags other than those a document export leaves, which LL504
    reports (`<picture srcset="...">`, `<video>...</video>`; `<time>` with attributes
    or a closing tag: bare, it reads as a blank to fill, LL406's; so does
    an element's name followed by words that are no attributes, `<link to
    onboarding doc>`, `<main KPI>`).
    Not reported: a heading marker that starts a name, title, summary,
    statement or example (`## Craft`), which LL504 reports as an export's
    leftover; bold split inside a word (`**B****ehaviors**`), LL504's;
    stars that open nothing (`2 ** 10`, `x**2`, a footnote
    mark `* `) and Python's `**kwargs` outside code; the stars of a path
    glob (`**/*.proto`, `apps/**/*.kt`, `libs/*.swift`, `logs/*`), which
    `--fix` leaves as written; a star after a
    glossary term (`lifecycle*`), underscores
    inside words (`user_id`), a Python name between double underscores
    (`__init__`, which Markdown would show as bold "init"), anything in
    a `code` span (`` `**kwargs` ``, `` `<img>` ``), or from one span
    into the next (`` `**kwargs` and `**opts` ``), which `--fix` leaves as
    written, and an HTML element the sentence names, as a word of it
    ("gives every <img> alt text", "uses <nav> and <main>", "semantic
    HTML (<button>, <nav>, <label>)"; see LL504:
    not one between other words, `Delivers projects <nav> on time`, or
    starting a sentence or clause), and emphasis that shows the style it
    names, in a sentence about markup: the style's name in that style's
    marks (`**bold**`, `**strong**`, `*italics*`, `~~strikethrough~~`;
    not `*bold*`), beside another style so shown ("I use **bold**
    sparingly and prefer *italics* for new terms"; not "I am **bold** and
    **strong**", one style twice), or after "use", "prefer", "avoid",
    "like", "as" or "than" and before no noun it would qualify (followed
    by punctuation, an adverb in "-ly", "for", "to", "in", "and" ..., or
    "text", "font": "I prefer ~~strikethrough~~ to deleting"; not "I am
    **bold** in decisions", "I use **bold** judgement", "I prefer
    **strong** typing"), which `--fix` leaves as written. Image links are
    LL504's. Paragraphs (a blank line between them) and list items (a line
    that starts with `- ` or `1. `) are how plain text is written, and
    `ladderlint render` shows them.

    Why this matters:
        The format's texts are plain text: asterisks and underscores show
        as they are wherever the framework is read or compared, and word-by-
        word bold from an export ("**Collaborative**  **Reach**") hides the
        words from search. It is a warning, because some teams render their
        framework as Markdown on purpose; they can turn the rule off.
        `ladderlint check --fix` removes the markers (a heading becomes a
        paragraph of its words) and writes a link as "text (address)"
        ("text: address" inside brackets already, which would otherwise
        nest) where its address is a web or mail address, and as its text
        alone where it is a path or a place on the page ("[the guide](guide.md)",
        "[Leads](#glossary)"), which lead nowhere from the framework's
        text, as the import writes both; a reference link as its text.

    Example:
        ```yaml
        competencies:
          - id: collaborative-reach
            name: "**Collaborative** **Reach**"
        ```
        Fix: `name: Collaborative Reach`.
    """

    code = "LL510"
    name = "markdown-markup"
    severity = Severity.WARNING
    # A heading's "#" starts a line: "#" elsewhere ("#channel", "issue #8")
    # is common text, not worth a closer look. The start of the joined texts
    # is a pattern of its own: "\A" in an alternation leaves the engine no
    # first character to skip to, and it would try every position.
    # "#" comes first so that the engine skips to it; a look-behind has one
    # width, so there is one for each number of blanks before the "#".
    trigger = (*"*_~[<", lazy(r"\A[ \t]{0,3}#"),
               lazy("#(?:" + "|".join(rf"(?<=[\x00\n][ \t]{{{n}}}#)" for n in range(4)) + ")"))

    def check_text(self, field: TextField) -> Iterable[Violation]:
        text = field.text
        # Each kind of markup: the first one quoted, and how many more `--fix` removes.
        found: dict[str, list[re.Match[str]]] = {}
        # Matched with the `code` spans and globs blanked: "`**kwargs`" holds the code's own marks.
        outside = _outside(text)
        shown = _shown_styles(outside)
        for label, pattern in (("heading", _HEADING), ("emphasis", _STRONG), ("emphasis", _EM),
                               ("strikethrough", _STRIKE), ("link", MARKDOWN_LINK), ("link", REFERENCE_LINK)):
            if pattern is _HEADING:
                heading = _first_heading(outside, field.kind)
                matches = [heading] if heading else []
            elif label == "emphasis":
                matches = [m for m in _emphases(pattern, outside) if m.span() not in shown]
            elif label == "strikethrough":
                matches = [m for m in pattern.finditer(outside) if m.span() not in shown]
            else:
                matches = list(pattern.finditer(outside))
            if matches:
                found.setdefault(label, []).extend(matches)
        if unclosed := _unclosed(outside):
            found["unclosed bold"] = unclosed
        # An element the sentence names ("rather than <div> for") is a word of it, not markup.
        tags = [m for m in html_tags(outside) if m.group(1).casefold() not in EXPORT_TAGS
                and not named_element(outside, m.start(), m.end())]
        if tags:
            found["HTML tag"] = tags
        if not found:
            return
        for label, matches in found.items():
            matches.sort(key=lambda m: (m.start(), -m.end()))
            # Italics inside bold ("**_I_**") are one piece of emphasis to remove, not two.
            found[label] = [m for i, m in enumerate(matches)
                            if not any(o.start() <= m.start() and m.end() <= o.end() for o in matches[:i])]
        first = min((matches[0] for matches in found.values()), key=lambda m: m.start()).span()

        def quoted(label: str, matches: list[re.Match[str]]) -> str:
            m = matches[0]
            # A heading is quoted as its line, so is bold that is not closed: the words it would make bold.
            whole_line = label in ("heading", "unclosed bold")
            example = text[m.start():].split("\n", 1)[0] if whole_line else text[m.start():m.end()]
            more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
            return f"{label} '{shorten(example, 40)}'{more}"

        what = ", ".join(quoted(label, matches) for label, matches in found.items())
        markup = "Markdown " if next(iter(found)) != "HTML tag" else ""
        yield self.fixed(field, f"{markup}{what} in plain text; readers see the marks as typed: remove them",
                         _plain(text), first)
