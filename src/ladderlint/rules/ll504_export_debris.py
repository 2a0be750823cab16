"""LL504 export-debris."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..model import Framework, TextField
from ..text import code_blanked, replaced
from ..vocabulary import NOT_A_ROLE_TAG, ROLE_ABBREVIATIONS, ROLE_TAG, SHARED_PART_TAGS, names_track
from .base import Severity, Violation
from .html import ATTRIBUTES, named_beside, named_element
from .ll406_placeholder import only_placeholder
from .ll508_packed_statements import packed_items
from .messages import shorten
from .named_code import EMOJI_SHORTCODE, ENTITIES, names_code
from .prose import Prose
from .textscan import TextRule
from ..patterns import lazy

if TYPE_CHECKING:
    from .analysis import Analysis

_INLINE_TAGS = "b|i|u|s|em|strong|span|a|font|code|sup|sub|small|mark"
#: An inline HTML tag, opening or closing ('<span className="axis">', '</span>').
INLINE_TAG = lazy(rf"<[/\\]?(?:{_INLINE_TAGS}){ATTRIBUTES}/?>", re.IGNORECASE)
_BLOCK_TAGS = "p|div|li|ul|ol|table|tbody|thead|tr|td|th|h[1-6]|hr|blockquote|pre"
# The characters lists are bulleted with: those of Markdown and of word
# processors, dashes (an en or em dash typed as a bullet), arrows and ticks.
_BULLETS = "*•▪◦●‣·–—➢➤►▸▹✓✔❖◆■□○→"
_LIST_MARKER = rf"(?:[{_BULLETS}]|-(?=\s)|\d{{1,2}}[.)])\s"
#: Kinds of text that are a phrase or a sentence, where a list or heading
#: marker is always left over; descriptions, notes and glossary entries may
#: be longer prose with deliberate structure.
SHORT_KINDS = frozenset({
    "name", "track", "dimension-name", "competency-name", "level-title", "summary", "statement", "example",
})


#: What closes a sentence or a bracket: a removed piece before it leaves no
#: space ("on time :tada:." is "on time.", not "on time .").
_CLOSING = tuple(".,;:!?)]}\u201d\u2019\u00bb\u2026")


def _joined(text: str, start: int, end: int) -> str:
    """What a removed piece leaves behind: a space between words, nothing at
    an end or before punctuation that closes what comes before it."""
    after = text[end:].lstrip()
    return " " if text[:start].strip() and after and not after.startswith(_CLOSING) else ""


#: A heading's marker at the start of a text ("## Craft"): in SHORT_KINDS,
#: left over from an export (LL510 leaves it to this rule).
HEADING_MARKER = lazy(r"^\s*(?:#{2,6}|#(?=\s+(?!of\b)[A-Z]))\s+")
#: The seam of bold split inside a word ("**B****ehaviors**"): two bold
#: runs that should be one word (LL510 leaves emphasis across it to this rule).
BROKEN_BOLD = lazy(r"(?<=\w)(?:\*\*\*\*|____)(?=\w)")


_EMPTY = r"\{[ \t]*\}"
_NOT_CODE_BEFORE = r"(?<![\w$#%@\\^{}])"
#: Empty braces (``Debris`` "empty braces"), alone or all that emphasis or brackets hold.
EMPTY_BRACES = lazy(
    rf"\s*(?:{_NOT_CODE_BEFORE}(?<![*_])(\*{{1,3}}|_{{1,3}}){_EMPTY}\1(?![\w*])"
    rf"|{_NOT_CODE_BEFORE}(?:\({_EMPTY}\)|\[{_EMPTY}\])(?!\w)"
    # Not an argument of a call or an index: "f({})", "x[{}]".
    rf"|{_NOT_CODE_BEFORE}(?<!_)(?<!\w\()(?<!\w\[){_EMPTY}(?![\w{{}}]))\s*"
)


@dataclass(frozen=True)
class Debris:
    label: str
    pattern: re.Pattern[str]
    #: The repair of one occurrence: (text, match) -> replacement; the match
    #: is found with the text's code blanked, at the text's positions.
    repair: Callable[[str, re.Match[str]], str]
    #: Only in SHORT_KINDS.
    short_only: bool = False
    #: How much of the text around a match the message shows.
    context: str = ""
    #: Whether `--fix` may take it out: not what stands for text that is
    #: missing (a site's include), which only a person can write in.
    fixable: bool = True


def _entity(text: str, match: re.Match[str]) -> str:
    """What an HTML entity stands for ("&amp;" -> "&"); a no-break space is a
    space between words and nothing at an end of the text."""
    import html  # here: few texts hold an entity, and html's table of them costs a one-file check 1 ms

    if match.group() == "&nbsp;":
        return _joined(text, match.start(), match.end())
    return html.unescape(match.group())


_BR = lazy(r"\s*(?:<br\s*/?>\s*)+", re.IGNORECASE)
DEBRIS: tuple[Debris, ...] = (
    Debris("list marker", lazy(r"^\s*" + _LIST_MARKER + r"\s*"), lambda t, m: "", short_only=True),
    # "## Craft", "# Impact", but not "# of incidents".
    Debris("heading marker", HEADING_MARKER, lambda t, m: "", short_only=True),
    Debris("broken bold", BROKEN_BOLD, lambda t, m: "", context=r"[*_]*\w+[*_]*"),
    Debris("markdown image link", lazy(r"\s*!\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)\s*"),
           lambda t, m: _joined(t, m.start(), m.end())),
    Debris("<br> tag", _BR, lambda t, m: _joined(t, m.start(), m.end())),
    # A closing tag may be typed with a backslash ("<\\li>").
    Debris("HTML tag", lazy(rf"\s*<[/\\]?(?:{_BLOCK_TAGS}){ATTRIBUTES}/?>\s*", re.IGNORECASE),
           lambda t, m: _joined(t, m.start(), m.end())),
    Debris("HTML tag", INLINE_TAG, lambda t, m: ""),
    Debris("HTML entity", lazy(rf"&(?:{ENTITIES});"),
           _entity),
    Debris("emoji shortcode", lazy(rf"\s*{EMOJI_SHORTCODE.pattern}\s*"),
           lambda t, m: _joined(t, m.start(), m.end())),
    # Not Swift's string interpolation ("\(count) items"), whose closing
    # bracket an export would have escaped too ("\(see below\)").
    Debris("markdown escape", lazy(r"\\(?!\([A-Za-z_][^()\\\n]*\))([\\`*_{}\[\]()#+\-.!|>~])"),
           lambda t, m: m.group(1)),
    Debris("table pipe", lazy(r"^\s*\|[\s|]*|[\s|]*\|\s*$|\s*\|\s*-{3,}\s*\|\s*"), lambda t, m: ""),
    # A site generator's or a template engine's tag, which the page's text
    # came out of: Hugo's shortcodes ('{{% include "x.md" %}}', "{{< figure
    # >}}"), Jinja's and Liquid's tags and comments ("{% include x %}", "{#
    # note #}"). What it stands for is not in the text: not fixed.
    Debris("template tag", lazy(r"\s*(?:\{\{[<%][^\n]*?[>%]\}\}|\{%[^\n]*?%\}|\{#[^\n]*?#\})\s*"),
           lambda t, m: _joined(t, m.start(), m.end()), fixable=False),
    # What a template or a format leaves of a field it did not fill: "{} {}"
    # (Python's format fields, or a shortcode's braces an export emptied),
    # with the emphasis or the brackets that held nothing else ("**{}**",
    # "({})"), which would be left empty. Not "${}" or "x^{}", code and formulas.
    Debris("empty braces", EMPTY_BRACES, lambda t, m: _joined(t, m.start(), m.end())),
)
# What a text with debris holds: these texts, or ":" before a letter.
_TRIGGER_TEXTS = ("****", "____", "![", "<", "&", "\\", "|", "{")
_EMOJI_START = lazy(":[a-z]")
_TRIGGER = lazy("|".join([*map(re.escape, _TRIGGER_TEXTS), _EMOJI_START.pattern]))
_MARKER_START = frozenset(_BULLETS + "#-0123456789")
#: The HTML tags this rule reports (others are LL510's).
EXPORT_TAGS = frozenset(f"{_INLINE_TAGS}|{_BLOCK_TAGS}|h1|h2|h3|h4|h5|h6|br".split("|")) - {"h[1-6]"}
# A line break followed by a list item: the text is several statements
# (LL508), so joining the lines would be wrong.
_BR_BEFORE_ITEM = lazy(r"<br\s*/?>\s*" + _LIST_MARKER, re.IGNORECASE)


class ExportDebris(TextRule):
    """Leftovers of a document export: bold split inside a word, HTML, image links, emoji codes, template tags.

    Reported, each with what was found: bold split inside a word
    (`**B****ehaviors**`; bold opened and never closed is LL510's),
    `<br>` and other HTML tags, HTML entities (`&nbsp;`, `&amp;`), Markdown
    image links (`![trophy](https://...)`), emoji shortcodes (`:trophy:`),
    Markdown escapes (`\\*`; not Swift's string interpolation, `"\\(count)
    items"`, whose closing bracket an export would escape too), table pipes at either end (`| Impact |`),
    the tags of a site generator or a template engine that the page came
    out of (Hugo's shortcodes, `{{% include "x.md" %}}`, `{{< figure >}}`;
    Jinja's and Liquid's `{% include x %}`, `{# note #}`), empty braces,
    what a template or a format leaves of a field it did not fill (`{}
    {}`, "Leads {} projects", with the emphasis or the brackets that held
    only them, `**{}**`, `({})`; not `${}`, `x^{}` or `f({})`, code and
    formulas; a variable that names its blank, `{{ org_name }}`, is
    LL406's placeholder), and,
    in names, titles, summaries, statements and examples, a list or heading
    marker at the start (`* I own ...`, `## Craft`; a bullet of a word
    processor, a dash, an arrow or a tick typed as one: `– I own ...`,
    `➢ I own ...`, `✓ I own ...`), and in statements and examples a role
    tag at the start, left from a ladder written for several roles
    (`[PM] Operates on a 1-2 quarter horizon.`; `import` takes such tags
    out): one that names the framework's track, marks the part every role
    shares (`[Core]`, `[All]`) or is a role's short form (`[Eng]`, `[EM]`).
    Not a bracket that says what the statement is (`[Optional]`), a
    template's blank (`[Company]`, LL406's), a citation (`[1]`) nor words
    that name no role. `<date>`-style
    placeholders are not HTML and are left to the placeholder rule.
    Not reported: whatever is inside a `code` span (`` uses `<button>` ``,
    `` writes `&nbsp;` ``), or starts in one and ends outside it or in the
    next, and an HTML element the sentence names: a bare opening tag with
    no closing one in the text, written as a word after a determiner, a
    preposition or a verb of use ("uses <button> rather than <div> for
    clickable elements", "gives every <img> alt text") or after a noun
    that says what it is ("semantic HTML (<button>, <nav>)"), before
    "element" or "tag" ("the native <dialog> element"), in a list with
    such a one ("such as <nav>, <main> and <article>"), or in a list of
    three or more ("<header>, <nav> and <main>"), or written as a word beside
    one so named ("when to use <br> and when to start a new <p>"); nor an
    entity, emoji code, template tag or empty braces the sentence names: quoted, alone or as the slots of a
    quoted format ('"&nbsp;"', '"{} {}"', "'{}: {}'"), in a sentence that names a template language (Helm,
    Jinja, Liquid, Hugo, Ansible, Go templates, ...: "writes Helm charts with {{ .Values.image }}"), or written
    as a word in mid-sentence after "use", "type", "write", "escape",
    "such as", "like", "template", "tag", "syntax", or "with" after a verb of answering ("react with
    :thumbsup: in Slack", "I type &mdash; for a dash", "Jinja templates
    such as {% if %} blocks"), after or before
    "entity" or "emoji", before "tag", "block", "field", "placeholder",
    "shortcode", "variable" or "expression" ("uses {{< ref >}}
    shortcodes"), or in a list with another ("entities such as &amp; and
    &nbsp;"); and empty braces among words of values in code ("knows that
    {} is an empty dict", "an empty JSON object {}", "returns {} instead
    of null", "defaults to {}", "passing {} as a default argument",
    "initialises empty objects with {}"; a word of values that is an
    ordinary word too, "format", "slot", "argument", "sets", only beside
    another or in a sentence with a word only code has: "Leads {} projects
    in any format" is debris) or right beside other code ("prefers dict()
    over {}"; not "Uses `git` daily and leads {} projects"), which `--fix`
    would delete from the sentence about them; a determiner, "as" or "with" alone name nothing:
    "the &nbsp; design review", "mentors others as &nbsp; a lead", "works
    with &amp; supports", "celebrates wins with :tada:" are debris. `--fix` would take such a word out of the middle of the
    sentence the statement is about. Tags a page leaves are
    written against its text (`projects<br>that`, `<li>Owns`), around it
    (`<p>text</p>`), with attributes, at the start of a sentence or clause
    (`Mentors others. <p> Leads ...`, `on time, <li> owns ...`), after
    other words (`Delivers projects <div> on time`) or at the end of the
    text, and are debris; so is a `<br>` (unless the sentence names it),
    an entity glued to words (`on&nbsp;time`) or between other words
    (`Results &amp; Impact`), and an emoji code at the start or after other
    words (`:rocket: I ship ...`, `on time :tada:`).

    Why this matters:
        Copied out of a wiki, a doc or a spreadsheet, a framework brings
        markup that shows as noise wherever the text is read
        ("Key **B****ehaviors**", "Results<br><br>"), and that makes equal
        statements differ. `ladderlint check --fix` removes it, except a
        `<br>` before a list item: that text holds several statements and
        needs splitting by hand (LL508); and a template tag, whose text
        (an include's, a shortcode's) is missing and only a person can
        write in (the finding says so, and the rest of the text's debris
        is fixed); and a text that would be left empty ("{} {}"); and a
        role tag that names another role than the framework's track
        (`[Eng] ...` in a PM ladder): that statement may be the other
        role's, to remove. A piece removed between words
        leaves one space; at an end of the text, or before punctuation
        that closes a sentence or a bracket, none ("on time :tada:."
        becomes "on time.").

    Example:
        ```yaml
        dimensions:
          - id: results
            name: '![trophy](https://paper.example.com/emoji/1f3c6.png "trophy")  Results'
        ```
        Fix: `name: Results`.
    """

    code = "LL504"
    name = "export-debris"
    severity = Severity.ERROR
    # The texts found with str.find: as one pattern (_TRIGGER), the engine
    # would try its class of first characters at every position.
    trigger = (*_TRIGGER_TEXTS, _EMOJI_START)

    def candidates(self, prose: Prose) -> list[int]:
        starts = {i for i, f in enumerate(prose.fields) if f.text.lstrip()[:1] in _MARKER_START
                  or f.text[:1] == "[" and f.kind in _TAGGED_KINDS}
        return sorted(starts.union(super().candidates(prose)))

    def check(self, framework: Framework, analysis: "Analysis") -> Iterable[Violation]:
        prose = analysis.prose
        for i in self.candidates(prose):
            yield from self.check_text(prose.fields[i], framework.track)

    def check_text(self, field: TextField, track: str | None = None) -> Iterable[Violation]:
        """The debris in ``field``; with the framework's ``track``, a role tag that names it is taken out."""
        text = field.text
        found: dict[str, str] = {}
        tag = _role_tag(text, track) if text[:1] == "[" and field.kind in _TAGGED_KINDS else None
        if tag is not None:
            found["role tag"] = tag.group().strip()
        # A numbered or bulleted list packed into one text starts with its
        # first item's marker: that is the list's (LL508), not debris.
        listed = bool(packed_items(text))
        first: tuple[int, int] | None = None
        outside = code_blanked(text)
        for debris in _kinds_of(field.kind, listed):
            m = next(_debris_in(debris, outside), None)
            if m is not None and (first is None or m.start() < first[0]):
                first = (m.start(), max(m.end(), m.start() + 1))
        if tag is not None:
            first = (0, tag.end("tag") + 1)
        # A role tag `--fix` may take out goes first; the rest is cleaned as ever.
        body = text[tag.end():] if tag is not None and _removable(tag, track) else text
        cleaned = _cleaned(body, field.kind, listed, found)
        if not found:
            return
        what = ", ".join(f"{label} '{shorten(example, 40)}'" for label, example in found.items())
        # `--fix` takes out what it can and leaves what only a person can
        # write in (a template tag's text), saying so.
        left = sorted({d.label for d in DEBRIS if not d.fixable and d.label in found})
        if left:
            what += f" (--fix leaves the {' and the '.join(left)}: write in by hand the text it stands for)"
        if tag is not None and body == text:
            what += (f" (the statement of another role than the track, '{track}'? remove it if so, else the tag; "
                     "--fix leaves it)" if track else " (remove the tag, or the statement if it is another role's)")
        repaired = _cleaned(body, field.kind, listed, {}, fixable_only=True) if left else cleaned
        item_after_a_break = _BR_BEFORE_ITEM.search(outside) is not None
        replacement = None if item_after_a_break else repaired
        yield self.fixed(field, f"export debris: {what}", replacement, _trimmed(text, first))


#: The kinds of text a role tag opens, where a ladder for several roles
#: tags each one's part ('[PM] Owns the roadmap.').
_TAGGED_KINDS = frozenset({"statement", "example"})


def _role_tag(text: str, track: str | None) -> re.Match[str] | None:
    """The role tag that opens ``text`` ('[PM] Owns ...'), left from a ladder
    written for several roles (``vocabulary.ROLE_TAG``, as import reads
    it): one that names the framework's ``track``, marks the part every
    role shares ('[Core]', '[All]'), or is a role's short form ('[Eng]',
    '[EM]'). Not a bracket that says what the statement is ('[Optional]',
    the statement's own words), a template's blank ('[Company]', LL406's),
    nor words that name no role ('[Design review] ...')."""
    match = ROLE_TAG.match(text)
    if match is None:
        return None
    tag = match["tag"]
    key = tag.casefold()
    if key in NOT_A_ROLE_TAG or only_placeholder(f"[{tag}]"):
        return None
    if key in SHARED_PART_TAGS or key in ROLE_ABBREVIATIONS or track is not None and names_track(tag, track):
        return match
    return None


def _removable(tag: re.Match[str], track: str | None) -> bool:
    """Whether `--fix` may take the role tag out and keep the statement: the
    tag names the framework's track, or the part every role shares. The
    statement of another role ('[Eng] ...' in a PM ladder) is a person's
    to keep or remove."""
    return tag["tag"].casefold() in SHARED_PART_TAGS or track is not None and names_track(tag["tag"], track)


def without_debris(text: str, kind: str = "statement") -> str:
    """``text`` (of a ``kind`` of TextField) with its export debris
    removed, as `check --fix` would write it (and without template tags,
    which it leaves to a person): what a reader compares."""
    if _TRIGGER.search(text) is None and text.lstrip()[:1] not in _MARKER_START:
        return text
    return _cleaned(text, kind, bool(packed_items(text)), {})


def _kinds_of(kind: str, listed: bool) -> list[Debris]:
    """The debris to look for in a text of ``kind``; a list packed into
    one text starts with its first item's marker, which is not debris."""
    return [d for d in DEBRIS if not (d.short_only and kind not in SHORT_KINDS) and
            not (listed and d.label == "list marker")]


def _cleaned(text: str, kind: str, listed: bool, found: dict[str, str], *, fixable_only: bool = False) -> str:
    """``text`` with every piece of debris removed (or only those `--fix`
    may take out); ``found`` gets an example of each kind met."""
    repaired = text
    kinds = [d for d in _kinds_of(kind, listed) if d.fixable or not fixable_only]
    # Removing one piece can uncover another (an escaped star becomes a list
    # marker, "- - team" has a second): repeat until nothing changes. Every
    # repair shortens the text, so this ends; the bound is a guard.
    for _ in range(len(text) + 1):
        before = repaired
        for debris in kinds:
            match = next(_debris_in(debris, code_blanked(repaired)), None)
            if match is None:
                continue
            if debris.label not in found:
                found[debris.label] = _example(debris, match, repaired)
            repaired = _repair_all(debris, repaired)
        if repaired == before:
            break
    return repaired


def _trimmed(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span without the white space a debris pattern takes along."""
    if span is None:
        return None
    start, end = span
    while start < end - 1 and text[start].isspace():
        start += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return start, end


def _example(debris: Debris, match: re.Match[str], text: str) -> str:
    """What the message shows of one piece of debris (``match``, found in
    ``text`` with its code blanked)."""
    found = text[match.start() : match.end()]
    example = found.strip() or found
    if debris.context:
        shown = re.search(f"{debris.context}{re.escape(found)}{debris.context}", text)
        example = shown.group() if shown else example
    return example


def _repair_all(debris: Debris, text: str) -> str:
    """``text`` with every piece of ``debris`` in it repaired (``_debris_in``)."""
    found = _debris_in(debris, code_blanked(text))
    return replaced(text, ((m.start(), m.end(), debris.repair(text, m)) for m in found))


def _debris_in(debris: Debris, outside: str) -> Iterator[re.Match[str]]:
    """The matches of ``debris`` that are debris in a text with its `code`
    spans blanked (``outside``: text.code_blanked), so that none starts,
    ends or lies in code, whose marks are the code's ("uses `<button>`",
    "writes `&nbsp;`"); but an HTML element the sentence names ("rather
    than <div> for") is none. A match's positions are the text's, and so
    is what it holds, code aside."""
    return (m for m in debris.pattern.finditer(outside) if not _named(debris, outside, m))


def _named(debris: Debris, text: str, match: re.Match[str]) -> bool:
    """Whether a match of ``debris`` is markup the sentence names: an HTML
    element (``named_element``), or one beside such a one ("when to use
    <br> and when to start a new <p>"), or an entity or emoji code the
    words name (``named_code.names_code``)."""
    trimmed = _trimmed(text, match.span())
    if trimmed is None:
        return False
    if debris.label in ("HTML tag", "<br> tag"):
        return named_element(text, *trimmed) or named_beside(text, *trimmed)
    if debris.label in ("HTML entity", "emoji shortcode", "template tag", "empty braces"):
        return names_code(text, *trimmed)
    return False
