"""Markdown: heading ladders (level, then category, then bullets, as many
public frameworks are written), table pages (Paper or Google Docs exports
with ``<br>``-separated bullets inside cells), HTML blocks inside Markdown
(tables of one column per level), and YAML front matter.

The block structure is parsed by markdown-it (CommonMark with tables);
HTML blocks go through the HTML reader into the same blocks, with their
lines in this file. ``outline`` decides what is a level, a dimension or a
competency. Inline markup is kept as written (``check`` shows what an
export left behind), except that a name wholly in bold or italics is read
as its words.
"""

from __future__ import annotations

import re
from dataclasses import replace
import unicodedata
from typing import Any

from .blocks import CONTENTS, CONTENTS_TITLE, Block, Cell, CellLine, Heading, Item, Other, Outline, Paragraph, Row, Signal
from . import site_syntax
from .blocks import Table, block_text
from .blocks import in_italics, set_aside_page_properties, labelled_item, lead_block, lead_of, without_lead_markers
from .common import BULLET, TYPED_BULLET, cell_statements, goes_on_after_break, rst_footnotes
from .source import is_blank
from .outline.helpers import names_a_part
from .textutil import SUBJECT_PRONOUNS, aside_name, lists_what_to_avoid, unwrap
from ..text import GOES_ON, MARKDOWN_HEADING, THIRD_PERSON_START, WIKI_LINK, backticked, code_blanked, outside_code
from ..text import name_key, replaced, strip_markdown, unescape, within
from ..text import wiki_links_as_links, wiki_links_as_text
from ..patterns import lazy

NAME = "markdown"

_SETEXT = lazy(r"^ {0,3}(=+|-+)[ \t]*$")
_BR = lazy(r"<br\s*/?>", re.IGNORECASE)
#: HTML that makes a cell's lines: a list, its items, paragraphs.
_BLOCK_TAG = lazy(r"</?(?:ul|ol|li|p|div)\b[^<>]*>", re.IGNORECASE)
_LINK = lazy(r"!?\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)[^)]*\)")
#: An image that is a link, as a README's badges are ('[![License](https://img.shields.io/...)](LICENSE)').
_LINKED_IMAGE = lazy(r"\[(!\[[^\]]*\]\([^)]*\))\]\([^)]*\)")
_HOST = lazy(r"(?:\]\(|<)(?:https?:)?//(?P<host>[A-Za-z0-9.-]+)")
_COMMENT = lazy(r"^\s*<!--")
_TAGS = lazy(r"<[^>]*>")
#: A toggle's opening and closing tags, in the HTML blocks of a Markdown page.
_TOGGLE_TAG = lazy(r"<(/?)details\b[^>]*>", re.IGNORECASE)
_TASK_BOX = lazy(r"^\[[ xX]\][ \t]+")
# A link to the next or previous page, said as such ('*Next up*: [L4](L4.md)',
# '← [Back](index.md)'): the site's navigation, not the ladder's text.
_ONE_LINK = r"\[[^\]\n]+\]\([^)\s]+\)"
_ARROWS = r"[\u2190\u2192\u00ab\u00bb<>]+"
_NEXT_PAGE = lazy(
    r"(?:[*_]*(?:next(?: up| level| page)?|previous(?: level| page)?|prev|back(?: to)?|up next|continue(?: to)?|"
    r"go back(?: to)?|return to|see also)[*_]*\s*[:\-\u2013\u2014]?\s*[*_]*\s*|" + _ARROWS + r"\s*)"
    + _ONE_LINK + r"[*_]*\s*(?:" + _ARROWS + r")?|" + _ONE_LINK + r"\s*" + _ARROWS,
    re.IGNORECASE,
)
# A link whose own words say it leads to another page ('[← Back to all levels](./index.md)',
# '[Next: Senior Engineer →](senior.md)'), as a level page's foot writes one.
_NAVIGATION_LINK = lazy(
    r"[*_]*\[[*_]*\s*(?:(?:" + _ARROWS + r")\s*[^\]\n]*|(?:" + _ARROWS + r"\s*)?(?:back to|return to|go back|"
    r"previous|prev|next|up to)\b[^\]\n]*|[^\]\n]*?\s*(?:" + _ARROWS + r"))[*_]*\]\([^)\s]+\)[*_]*",
    re.IGNORECASE,
)
#: A reference link: full '[style guide][sg]', collapsed '[style guide][]' or shortcut '[style guide]'
#: (a shortcut one is a link only where its label is defined, and is no inline link's text '[x](url)');
#: a code span ('`[x]`') is matched only to be kept as it is.
_REFERENCE_LINK = lazy(r"(?P<code>`+)[^`]+?(?P=code)|(?<![!\]\\])\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\]|(?![(:]))")
#: A paragraph wholly in bold italics ('***Technical Expectations***', '___x___').
_BOLD_ITALIC = lazy(r"(\*\*\*|___)(?![*_\s])[^*_\n]+(?<![*_\s])\1")
#: A paragraph whose first line is a bold label and nothing else.
_LABEL_LINE = lazy(r"^[ \t]*(\*\*|__)[^\n]+?\1[ \t:]*\n[ \t]*\S")
#: The marker of a callout that sums up (Obsidian's '> [!summary]', '[!abstract]', '[!tldr]', folded or not).
_SUMMING_UP_CALLOUT = lazy(r"^\[!(?:summary|abstract|tldr)\][+-]?[ \t]*", re.IGNORECASE)
#: A Liquid include (Jekyll sites): '{% include role_level.html level='I' %}'; a Hugo shortcode that
#: includes a file ('{{% include "includes/nav.md" %}}', '{{< readfile file="x.md" >}}').
_INCLUDE = lazy(r"\{\{[<%]-?\s*(?:include|readfile)\b[^\n]*?[%>]\}\}|\{%-?\s*include(?:_relative)?\s[^%\n]*%\}")
#: Hugo shortcodes ('{{< tab "Backend" >}}', '{{% /note %}}'), Kramdown attribute lists and header ids, and
#: Liquid tags (Jekyll sites): a shortcode whole, its double braces too, as no brace of it is text.
#: Not after a backslash: '\\{% raw %\\}' is text that says so.
_SITE_MARKUP = lazy(r"(?<!\\)(?:\{\{[<%][^\n]*?[%>]\}\}|\{:[^}\n]*\}|\{#[\w:.-]+[^}\n]*\}|\{%[^%\n]*%\})")
#: Obsidian's embeds alone ('![[delivery-checklist]]', '![[radar.png|300]]'): what a reader sees there is another
#: note, or a picture.
_EMBEDS_ALONE = lazy(r"(?:!\[\[[^\[\]\n]+\]\][ \t]*)+")
_IMAGE_FILE = lazy(r"\.(?:png|jpe?g|gif|svg|webp|bmp|avif)(?:[|#\]])", re.IGNORECASE)
#: How the report names an embedded note.
EMBED = "an embedded note (Obsidian's '![[...]]'): its text is in another file, not in this one"
#: Obsidian's marks at the end of a paragraph: a block's id ('... on the team. ^mentor-block'), which links
#: point to, and tags after its last sentence ('... than a day. #needs-review'), which file it; a tag inside a
#: sentence, or one with no full stop before it ('Posts in #eng-updates'), is words of the sentence (a channel).
_BLOCK_ID = lazy(r"[ \t]+\^[A-Za-z0-9-]+[ \t]*$")
_TRAILING_TAGS = lazy(r"(?<=[.!?)\"\u201d\u2019])(?P<tags>(?:[ \t]+#(?![\d/-]*(?:[ \t]|$))[\w/-]+)+)[ \t]*$")
#: How the report names a tag it leaves out.
OBSIDIAN_TAG = "a tag (Obsidian's '#tag') after the statement, which files it: not its words"
_STYLE_OR_SCRIPT = lazy(r"<(style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TABLE_OPEN = lazy(r"<table\b", re.IGNORECASE)
_IMAGE_TAG = lazy(r"<img\b[^>]*>", re.IGNORECASE)
#: A picture, video or frame written in HTML inside a paragraph or a bullet ('<picture><img ...></picture>'
#: on the lines after it): the element whole, or a tag of one left unclosed.
_MEDIA = lazy(r"<(picture|video|audio|iframe|object)\b[^>]*>.*?</\1\s*>"
              r"|</?(?:picture|video|audio|iframe|object|img|source|embed|track)\b[^>]*>", re.IGNORECASE | re.DOTALL)
_TABLE_CLOSE = lazy(r"</table\s*>", re.IGNORECASE)
# A line that only opens an element whose content kramdown reads as Markdown
# ('<div class="callout" markdown="1">', Jekyll sites), and one that only
# closes an element.
_MARKDOWN_INSIDE = lazy(
    r"""^ {0,3}<(?P<tag>[A-Za-z][\w-]*)\b[^<>]*\bmarkdown\s*=\s*(["']?)(?:1|block|span)\2[^<>]*>\s*$""", re.IGNORECASE
)
_CLOSING_TAG = lazy(r"^ {0,3}</(?P<tag>[A-Za-z][\w-]*)\s*>\s*$")
#: A class or role that sets a box apart from the text.
_CALLOUT = lazy(r"\b(?:class|role)\s*=\s*[\"'][^\"']*\b(?:callout|note|tip|warning|alert|info|admonition|caution|"
                      r"important|notice|sidebar|aside)", re.IGNORECASE)


def _still_open(html: str) -> bool:
    """Whether HTML opens more tables than it closes."""
    return len(_TABLE_OPEN.findall(html)) > len(_TABLE_CLOSE.findall(html))


def parse(lines: list[str], first_line: int = 1) -> Outline:
    """Markdown lines (from ``first_line``, 1-based) into blocks."""
    from markdown_it import MarkdownIt  # lazily: `ladderlint check` never needs it

    read = lines[first_line - 1 :]
    outline = Outline()
    boxes = _markdown_boxes(read)
    tags = {i for opening, closing, _ in boxes for i in (opening, closing)}
    if tags:
        read = ["" if i in tags else line for i, line in enumerate(read)]
        outline.structure.extend(sorted(i + first_line for i in tags))
    syntax = site_syntax.find(read, first_line)
    read = syntax.lines
    outline.structure.extend(syntax.structure)
    read, notes = _footnotes(read, first_line)
    read, rst_notes = rst_footnotes(read)  # an '.rst' page given --format markdown
    notes += [Other(text, first + first_line, last + first_line, "a footnote") for first, last, text in rst_notes if text]
    outline.structure.extend(first + first_line for first, _, text in rst_notes if not text)
    notes.sort(key=lambda note: note.line)
    text = "\n".join(read)
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    env: dict[str, Any] = {}
    tokens = parser.parse(text, env)
    references = env.get("references", {})
    for reference in references.values():  # '[sg]: https://...': read into the links that name it
        first, end = reference.get("map") or (0, 0)
        outline.structure.extend(range(first + first_line, end + first_line))
    walker = _Walker(outline, first_line - 1, lines, references)
    walker.run(tokens)
    outline.breaks.extend(walker.rules)
    outline.breaks.sort()
    outline.blocks = _empty_labels(outline.blocks, walker.rules, lines)
    outline.blocks = _headings_one_too_deep(outline)
    outline.blocks = site_syntax.apply(outline.blocks, syntax)
    for opening, closing, aside in boxes:
        if not aside:
            continue  # a wrapper of the page's layout ('<section class="level" markdown="1">'): its text is the page's
        # A box set apart from the text (a callout, references): read as the
        # site shows it, and reported, never taken for the ladder's.
        top, bottom = opening + first_line, closing + first_line
        outline.blocks = [Other(block_text(b), b.line, b.last, "in a box set apart from the text (a callout)")
                          if top < b.line < bottom else b for b in outline.blocks]
    for note in notes:
        at = next((i for i, b in enumerate(outline.blocks) if b.line > note.line), len(outline.blocks))
        outline.blocks.insert(at, note)
    for match in _HOST.finditer(text):
        line = text.count("\n", 0, match.start()) + first_line
        outline.signals.append(Signal("host", match.group("host").lower(), line))
    set_aside_page_properties(outline)
    return outline


#: A bold label with its colon and nothing after it ('**Glue:**', '**Glue**:').
_EMPTY_LABEL = lazy(r"^ {0,3}(?:[-*+][ \t]+)?(\*\*|__)[^*_]+?(?::\1|\1[ \t]*:)[ \t]*$")


def _empty_labels(blocks: list[Block], rules: list[int], lines: list[str]) -> list[Block]:
    """A label left empty ('**Glue:**' with no text after it) is reported, not a heading over
    what follows, where what follows is not its text: past a thematic break ('---'), between
    two labelled paragraphs, or where the same label heads text elsewhere in the document
    (a competency another level fills in) and no list follows it.
    Read as a heading, it made the level's summary its statement, or the next label its
    competency under a dimension, in one revision and not in the next."""
    filled = {name_key(b.labelled.label) for b in blocks if isinstance(b, (Paragraph, Item)) and b.labelled}
    out = list(blocks)
    for n in reversed(range(len(out))):  # from the end: a run of empty labels before a '---' is empty throughout
        block = out[n]
        if isinstance(block, Heading) and block.bold and block.line == block.last and block.description is None \
                and _EMPTY_LABEL.match(lines[block.line - 1]):
            following = next((b for b in out[n + 1:] if not isinstance(b, Other)), None)
            past_rule = following is not None and any(block.line < rule < following.line for rule in rules)
            # A list under the label is its text, whatever other levels write.
            labels_next = following is None or isinstance(following, Heading) \
                or isinstance(following, Paragraph) and following.labelled is not None
            preceding = next((b for b in reversed(out[:n]) if not isinstance(b, Other)), None)
            # Between two labelled paragraphs ('**Technical Knowledge:** ...', '**Impact:** ...'): one of the run.
            in_run = isinstance(preceding, Paragraph) and preceding.labelled is not None \
                and isinstance(following, Paragraph) and following.labelled is not None
            if past_rule or in_run or labels_next and name_key(block.text) in filled:
                out[n] = Other(block.text, block.line, block.last, "a label with no text after it")
    return out


def _headings_one_too_deep(outline: Outline) -> list[Block]:
    """A heading written one level deeper than its siblings ('### Leadership' after '## Impact',
    '## Reach', '## Communication'), read as their sibling, and said.

    Where it is the only sub-heading of a section that has statements of its own before it, and
    no sibling section has a sub-heading, it is one more section of the same kind: read as a
    sub-heading, it made a dimension of the section above it, and one revision that fixes the
    depth removed that dimension. A sub-heading that names a kind of text ('Examples', 'Notes')
    is a part of its section, and stays one."""
    blocks = outline.blocks
    headings = [(n, b) for n, b in enumerate(blocks) if isinstance(b, Heading) and not b.bold]

    def section(at: int) -> list[tuple[int, Heading]]:
        """The headings under the heading at ``at`` in ``headings``, up to the next at its depth or above."""
        depth = headings[at][1].depth
        end = next((k for k in range(at + 1, len(headings)) if headings[k][1].depth <= depth), len(headings))
        return headings[at + 1:end]

    def own_text(at: int) -> bool:
        """Whether the section of the heading at ``at`` has statements before its first sub-heading."""
        start = headings[at][0] + 1
        end = headings[at + 1][0] if at + 1 < len(headings) else len(blocks)
        return any(isinstance(b, (Item, Paragraph)) for b in blocks[start:end])

    out = list(blocks)
    for at, (n, heading) in enumerate(headings):
        parent = next((k for k in reversed(range(at)) if headings[k][1].depth < heading.depth), None)
        if parent is None or headings[parent][1].depth != heading.depth - 1 or not own_text(parent) \
                or [h for _, h in section(parent)] != [heading]:
            continue
        grand = next((k for k in reversed(range(parent)) if headings[k][1].depth < heading.depth - 1), None)
        around = section(grand) if grand is not None else headings
        siblings = [h for h in around if h[1].depth == heading.depth - 1 and h[0] != headings[parent][0]]
        siblings_at = [headings.index(h) for h in siblings]
        if len(siblings) < 2 or any(section(k) or not own_text(k) for k in siblings_at):
            continue
        name = unwrap(heading.text).rstrip(":")
        if aside_name(name) is not None or lists_what_to_avoid(name) or names_a_part(name):
            continue
        out[n] = replace(heading, depth=heading.depth - 1)
        outline.notices.append((heading.line, f"the heading '{heading.text}' is one level deeper than its "
                                              "siblings, and read as one of them", ""))
    return out


#: A footnote's definition, as GitHub and most Markdown readers write it ('[^1]: Written in 2023.').
_FOOTNOTE = lazy(r"^\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*)$")
_FENCE = lazy(r"^ {0,3}(```|~~~)")
#: A footnote numbered in brackets, as a document typed without Markdown's footnotes writes it
#: ('[1] On-call is paid.', '[1]: On-call is paid.'): one only where the text cites '[1]' after a word.
_NUMBERED_FOOTNOTE = lazy(r"^\[(?P<label>\d{1,2})\]:?[ \t]+(?P<text>\S.*)$")
#: A number in brackets right after a word ('business hours[1]'), not a link's ('[1](x.md)', '[text][1]');
#: ``_citations`` finds those outside code.
_NUMBER_CITED = lazy(r"(?<=[^\s\[\]])[ \t]?\[(?P<label>\d{1,2})\](?![(\[:])")
#: A footnote numbered in superscript digits, as a word processor's text pasted into Markdown writes it
#: ('¹ See the progression guide.'): at a line's start, cited or not, it is never a statement.
_SUPERSCRIPT_FOOTNOTE = lazy(r"^ {0,3}(?P<label>[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})[ \t\u00a0]*(?P<text>\S.*)$")
#: Superscript digits right after a word or its full stop ('concerns²', 'each level.¹'), not a unit's
#: or a formula's power ('10 m²', 'O(n²)', 'km²'), which follows one or two letters.
_SUPERSCRIPT_CITED = lazy(r"(?:(?<=[^\W\d_]{3})|(?<=[.,;:!?)\]\u201d\u2019'*_]))"
                          r"(?P<label>[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})(?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])")


def _footnotes(lines: list[str], first_line: int) -> tuple[list[str], list[Other]]:
    """The lines without their footnotes, and the footnotes as text to
    report: each definition ('[^1]: ...', and the indented lines after it;
    '[1] ...' or '[1]: ...' at a line's start where a sentence cites '[1]')
    is no statement of the section it ends, and each mark that refers to
    one ('... to maintain.[^1]', '... hours[1]') no words of its sentence."""
    notes: list[Other] = []
    labels: set[str] = set()
    numbered: set[str] = set()
    superscript: set[str] = set()
    fenced = _fenced(lines)
    cited = {m["label"] for line, code in zip(lines, fenced) if not code for m in _citations(line)}
    out = list(lines)
    i = 0
    while i < len(out):
        match = None if fenced[i] else _FOOTNOTE.match(out[i])
        if match is None and not fenced[i] and (number := _NUMBERED_FOOTNOTE.match(out[i])) is not None \
                and number["label"] in cited and not _LINK_DESTINATION.fullmatch(number["text"]):
            numbered.add(number["label"])
            notes.append(Other(out[i].strip(), i + first_line, i + first_line, "a footnote"))
            out[i] = ""
        elif match is None and not fenced[i] and (number := _SUPERSCRIPT_FOOTNOTE.match(out[i])) is not None:
            superscript.add(number["label"])
            notes.append(Other(out[i].strip(), i + first_line, i + first_line, "a footnote"))
            out[i] = ""
        if match is None:
            i += 1
            continue
        start, words = i, [match.group("text").strip()]
        out[i] = ""
        i += 1
        while i < len(out) and out[i].startswith(("    ", "\t")) and out[i].strip():
            words.append(out[i].strip())
            out[i] = ""
            i += 1
        labels.add(match.group("label"))
        notes.append(Other(f"[^{match.group('label')}]: {' '.join(w for w in words if w)}", start + first_line,
                           i - 1 + first_line, "a footnote"))
    if labels:
        marks = re.compile(r"[ \t]*\[\^(?:" + "|".join(re.escape(label) for label in labels) + r")\]")
        out = [line if code else marks.sub("", line) for line, code in zip(out, fenced)]
    if numbered:
        out = [line if code else replaced(line, ((m.start(), m.end(), "") for m in _citations(line)
                                                 if m["label"] in numbered))
               for line, code in zip(out, fenced)]
    if superscript:
        out = [line if code else replaced(line, ((m.start(), m.end(), "") for m in _superscript_citations(line)
                                                 if m["label"] in superscript))
               for line, code in zip(out, fenced)]
    return out, notes


def _fenced(lines: list[str]) -> list[bool]:
    """Whether each line is a fence of a code block or inside one: code,
    whose '[^1]: ...' and 'data[1]' are the code's own."""
    found, fenced = [], False
    for line in lines:
        fence = _FENCE.match(line) is not None
        fenced ^= fence
        found.append(fenced or fence)
    return found


def _citations(line: str) -> list[re.Match[str]]:
    """The numbers in brackets that cite a footnote in a line: right after
    a word outside `code` ('business hours[1]'), not in it ('`argv[1]`') nor
    right after it."""
    spans = backticked(line)
    return [m for m in _NUMBER_CITED.finditer(code_blanked(line)) if not within(spans, m.start() - 1, m.start())]


def _superscript_citations(line: str) -> list[re.Match[str]]:
    """The superscript digits that cite a footnote in a line, outside
    `code` ('security concerns²')."""
    spans = backticked(line)
    return [m for m in _SUPERSCRIPT_CITED.finditer(line) if not within(spans, m.start(), m.end())]


#: What a link reference definition gives after its label ('[1]: https://example.com "Title"'), no footnote.
_LINK_DESTINATION = lazy(r"(?:<[^>]*>|\S+)(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?")


def _markdown_boxes(lines: list[str]) -> list[tuple[int, int, bool]]:
    """The lines (0-based) that open and close elements written with
    kramdown's ``markdown="1"`` (the Markdown inside is read as the site
    shows it, not as raw HTML; the tags are structure), and whether the
    element is an aside: an ``aside``, or a box whose class says it is a
    callout, note, tip, warning ..."""
    found: list[tuple[int, int, bool]] = []
    open_tags: list[tuple[str, int, bool]] = []
    for i, line in enumerate(lines):
        if "<" not in line:
            continue
        opening = _MARKDOWN_INSIDE.match(line)
        if opening:
            tag = opening.group("tag").lower()
            open_tags.append((tag, i, tag == "aside" or _CALLOUT.search(line) is not None))
            continue
        closing = _CLOSING_TAG.match(line)
        if closing and open_tags and open_tags[-1][0] == closing.group("tag").lower():
            _, start, aside = open_tags.pop()
            found.append((start, i, aside))
    return found


def _wholly_emphasised(children: list[Any]) -> bool:
    """Whether the inline tokens are one emphasis from the first to the
    last ('*Writes **clear** code*'), not two ('*Quality* over *speed*')."""
    if len(children) < 2 or children[0].type != "em_open" or children[-1].type != "em_close":
        return False
    depth = 0
    for child in children[:-1]:
        depth += {"em_open": 1, "em_close": -1}.get(child.type, 0)
        if depth == 0:
            return False
    return True


#: A line opened by a symbol and a space ('✅ Writes code', '→ Leads', '★ Mentors'), an emoji's
#: variation selector or skin tone kept with it.
_SYMBOL_MARKER = lazy(r"^[ \t]*(?P<marker>[^\w\s\x00-\x7f][\ufe0f\U0001f3fb-\U0001f3ff]*)[ \t\u00a0]+(?P<text>\S.*)$")


def _markers(lines: list[str]) -> frozenset[str]:
    """The symbols that open two lines or more, each then a space: a list's
    marks where a writer typed '✅' or '→' for bullets (one such line alone
    may be a picture before a sentence)."""
    seen: set[str] = set()
    markers: set[str] = set()
    for line in lines:
        match = _SYMBOL_MARKER.match(line)
        if match is None or unicodedata.category(match["marker"][0]) not in ("So", "Sm"):
            continue
        (markers if match["marker"] in seen else seen).add(match["marker"])
    return frozenset(markers)


def _lines_of_a_list(lines: list[str]) -> bool:
    """Lines of one paragraph that are the items of a list written without
    bullets: three or more, each starting with a capital letter (running
    text wrapped over lines goes on in lower case) and none ending as a
    sentence that goes on below ('... and', '... of the', a comma). Two
    lines are two items only where both open a statement the same way
    (``_opening``: 'Designs systems', then 'Leads projects'), each says
    two words or more and ends on a word (two sentences with their full
    stops are a paragraph of prose), and the second goes on no name: a
    sentence wrapped before a name ('Ships features using', then
    'Kubernetes and Terraform') is one statement."""
    if len(lines) < 2 or not all(line[:1].isupper() for line in lines):
        return False
    if any(line.endswith((",", ";", ":", "-")) or line.split()[-1].casefold() in GOES_ON for line in lines):
        return False
    if len(lines) == 2:
        first, second = (line.split() for line in lines)
        return len(first) >= 2 and len(second) >= 2 and first[-1].isalpha() and second[-1][-1:].isalnum() \
            and _opening(first[0]) is not None and _opening(first[0]) == _opening(second[0]) \
            and not _goes_on_a_name(first, second)
    return True


#: The most words a label that opens a line has ('**Technical skills:**', 'Scope:').
_LABEL_WORDS = 6
#: A label in plain text that opens a line: a short name in capitals, then a colon and its text ('Scope: Owns ...').
_PLAIN_LABEL = lazy(r"[A-Z][\w&'’/-]*(?:[ \t]+[\w&'’/-]+){0,2}:[ \t]+\S")


def _ends_on_a_lead_in(lines: list[str]) -> bool:
    """Whether a paragraph's last line is a sentence of its own that the
    list after it finishes ('The engineer needs to', 'At this level, you
    are expected to:'), under lines that end their sentences: a colon ends
    it, or a word no sentence ends on. A line that goes on a sentence
    ('... and is expected to:') is that sentence's."""
    if len(lines) < 2 or not lines[-1]:
        return False
    above = strip_markdown(lines[-2]).rstrip(" \t*_)\"'’”")
    said = strip_markdown(lines[-1]).strip()
    if not above.endswith((".", "!", "?")) or not said[:1].isupper():
        return False
    return said.endswith(":") or said[-1:].isalnum() and said.split()[-1].casefold() in GOES_ON


def _opens_with_label(line: str, plain: bool) -> bool:
    """Whether a line of a paragraph opens with a label: bold words with a
    colon ('**Scope:** ...', '**Scope**: ...'), a short name wholly in bold
    ('**Scope**', its text on the lines below), or, with ``plain``, a short
    name in capitals and a colon ('Scope: ...')."""
    lead, rest, _ = lead_of(line)
    if lead is not None:
        return len(lead.split()) <= _LABEL_WORDS and (lead.rstrip().endswith(":") or rest.startswith(":")
                                                      or not rest.strip(" \t:"))
    return plain and _PLAIN_LABEL.match(line) is not None


def _labelled_lines(lines: list[str]) -> list[tuple[int, int]] | None:
    """Labelled items written on lines of one paragraph, no blank line
    between them ('**Scope:** Owns features.' then '**Impact:** Delivers
    work.'): Markdown reads one paragraph, its line breaks soft, where a
    reader sees a label open each line. The lines of each item (start, end),
    from its label to the next, a line that wraps going on with its label's
    ('Owns features' then 'within a team.'); None where the first line opens
    with no label or no other line does. Labels in plain text part lines
    only where every line opens with one: a sentence may say 'Note: ...'."""
    plain = lead_of(lines[0])[0] is None
    if plain and not all(_opens_with_label(line, True) for line in lines):
        return None
    starts = [n for n, line in enumerate(lines) if _opens_with_label(line, plain)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    return list(zip(starts, [*starts[1:], len(lines)]))


def _opening(word: str) -> str | None:
    """How a statement's first word opens it: with a subject pronoun ('I',
    'You'; the pronoun itself), a verb in the third person ('Designs',
    'Prioritises', 'Is') or one in its base form ('Design', 'Lead'), as
    far as the dictionary tells; None for another word ('Kubernetes',
    'Product')."""
    from ..dictionary import american, english, s_stems  # lazily: read only for two lines without bullets

    folded = word.casefold()
    if folded in SUBJECT_PRONOUNS:
        return folded
    dictionary = english()
    if folded in _IRREGULAR_THIRD_PERSON or (THIRD_PERSON_START.match(word) and any(
            dictionary.verb(stem) or dictionary.verb(american(stem)) for stem in s_stems(folded))):
        return "third-person"
    return "base" if word[1:].islower() and dictionary.verb(folded) else None


#: Verbs in the third person that are no stem and "-s".
_IRREGULAR_THIRD_PERSON = frozenset({"is", "has"})


def _goes_on_a_name(first: list[str], second: list[str]) -> bool:
    """Whether the second of two lines goes on with a name: the first ends
    on a capitalised word ('Partners with Google Cloud', then 'Platform
    engineers'), or the second's first word is one of capitalised words,
    next to it or joined by 'and' ('Platform and Data teams', 'Design
    Systems'); an acronym after it names no more ('Leads AWS migrations')."""
    after = [w for w in second[1:3] if w.casefold() not in _NAME_JOINS][:1]
    return not first[-1].islower() or any(w[:1].isupper() and not w.isupper() for w in after)


#: Words that join names ('Product and Design', 'Data & AI').
_NAME_JOINS = frozenset({"and", "or", "&"})


def _inline_text(content: str, paragraph: bool = False, site_markup: bool = False) -> str:
    """The text of an inline token: its lines joined by one space, each
    without the indentation and trailing spaces Markdown ignores (a
    no-break space is text and stays). A ``paragraph`` (or a bullet) of
    wiki links and nothing else keeps them as links, as Markdown writes
    them: it is navigation ('[[Overview]] · [[Expert]]'), as a line of
    Markdown links is, where a wiki link in a sentence is its words.
    Without the ``site_markup`` (Liquid tags, attribute lists): taken out
    before escapes are resolved, as an escaped brace is text."""
    if site_markup:
        content = _SITE_MARKUP.sub("", content)
    text = _without_inline_tags(" ".join(part.strip(" \t") for part in content.split("\n")).strip(" \t"))
    links = wiki_links_as_links if paragraph and _wiki_links_alone(text) else wiki_links_as_text
    # Stripped again once resolved: an export's "&#x20;" after a bullet is no text.
    return unescape(links(text)).strip(" \t")


def _without_obsidian_marks(text: str) -> tuple[str, str]:
    """A paragraph without the block id and tags Obsidian writes after its
    last sentence, and the tags ('' for none)."""
    text = _BLOCK_ID.sub("", text)
    tags = _TRAILING_TAGS.search(text)
    if tags is None:
        return text, ""
    return text[:tags.start()], " ".join(tags["tags"].split())


def _wiki_links_alone(text: str) -> bool:
    """Whether a line is wiki links and nothing else but marks between them
    and a short label before them ('Next: [[Expert]]', '_See: [[A]] · [[B]]_'),
    or before each ('Previous: [[Engineer I]] · Next: [[Senior Engineer]]')."""
    rest = WIKI_LINK.sub("", text)
    if rest == text:
        return False
    return not any(ch.isalnum() for ch in _NAVIGATION_LABEL.sub("", rest.strip("*_ \t") + " ", 1)) \
        or _labelled_links(text, WIKI_LINK) > 0


def _without_inline_tags(text: str) -> str:
    """Inline HTML ('<span className="axis">Impact</span>'): its text, as a browser shows it."""
    if "<" not in text:
        return text
    from ..rules.ll504_export_debris import INLINE_TAG

    return outside_code(text, lambda part: INLINE_TAG.sub("", part))


def _shown(text: str) -> str:
    """A paragraph as a browser shows its words: without the HTML tags
    Markdown keeps in it ('<picture>', '<img alt=... src=...>' on the
    lines after a line of links), which are no words a reader sees."""
    return " ".join(_TAGS.sub(" ", text).split()) if "<" in text else text


def links_alone(text: str) -> list[re.Match[str]]:
    """The links and images of a paragraph that is those and nothing else
    but marks between them; [] for another paragraph. Two links or more
    are a bar of navigation ('[Levels](index.md) | [Competencies](...)'); an
    image is a picture ('![Skill radar](radar.png)'), not an expectation."""
    text = _LINKED_IMAGE.sub(r"\1", text)  # a badge is its image
    if any(ch.isalnum() for ch in _LINK.sub("", text)):
        return []
    return list(_LINK.finditer(text))


#: A label of up to three words before a line of links ('Job Descriptions: [A](a.md) · [B](b.md)'), in bold
#: or not: the links are still the page's navigation.
_NAVIGATION_LABEL = lazy(r"^(?:\*\*|__)?[A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}(?:\*\*|__)?:(?:\*\*|__)?\s+")


#: What may stand between the links of a line of navigation besides their labels: marks, arrows, emphasis.
_BETWEEN_LINKS = " \t*_\u00b7|\u2022/\u2013\u2014-,;\u2190\u2192\u00ab\u00bb<>"


def _labelled_links(text: str, link: re.Pattern[str]) -> int:
    """How many links a line is, where it is links and nothing else but
    marks between them and a short label before each ('Previous: [A](a.md)
    · Next: [B](b.md)'): a footer of the site's navigation; 0 for another line."""
    pieces = link.sub("\x00", text).split("\x00")
    if len(pieces) < 2:
        return 0
    for n, piece in enumerate(pieces):
        words = piece.strip(_BETWEEN_LINKS)
        if words and (n == len(pieces) - 1 or not _NAVIGATION_LABEL.fullmatch(words + " ")):
            return 0
    return len(pieces) - 1


def link_words(text: str) -> str:
    """A paragraph as a reader sees its links: their words, without where
    they go ('[Job Description](jobs/l3.md)' -> 'Job Description')."""
    return _LINK.sub(lambda m: m.group("text"), text).strip()


def _link_dense(texts: list[str]) -> bool:
    # A cell that is a picture alone ('![Advanced](advanced.png)', a skills matrix drawn in icons)
    # links to nothing a reader follows: no navigation.
    texts = [t for t in texts if not (t.lstrip().startswith("![") and not strip_markdown(t).strip())]
    links = [m for t in texts for m in _LINK.finditer(t)]
    if len(links) < 3:
        return False
    visible = sum(len(_LINK.sub(lambda m: m.group("text"), t).strip()) for t in texts)
    linked = sum(len(m.group("text").strip()) for m in links)
    return visible > 0 and linked >= 0.6 * visible


class _Walker:
    def __init__(self, outline: Outline, offset: int, lines: list[str], references: dict[str, Any] | None = None):
        self.outline = outline
        #: The link reference definitions, by normalised label.
        self.references = references or {}
        self.lines = lines
        self.offset = offset
        self.list_depth = 0
        self.quote = 0
        #: The item whose first paragraph is still to come, and the items of each open list.
        self.item: Item | None = None
        self.lists: list[list[Block]] = []
        #: The line span of the last token that had one (closing tokens have none).
        self.known: list[int] = [0, 1]
        #: The toggles ('<details>') an HTML block opened and a later one has
        #: still to close: the depth of the heading each stands under.
        self.toggles: list[int] = []
        #: The symbols ('✅', '→') that open two lines or more of the document: bullets typed as such.
        self.markers = _markers(lines)
        #: The lines of the thematic breaks ('---').
        self.rules: list[int] = []

    def marked(self, line: str) -> re.Match[str] | None:
        """A line opened by a symbol that opens other lines of the document too, as a bullet."""
        match = _SYMBOL_MARKER.match(line)
        return match if match is not None and match["marker"] in self.markers else None

    def line(self, token: Any) -> int:
        if token.map:
            self.known = token.map
        return self.known[0] + 1 + self.offset

    def last(self, token: Any) -> int:
        if token.map:
            self.known = token.map
        return self.known[1] + self.offset

    def inline_link(self, match: re.Match[str]) -> str:
        """A reference link ('[style guide][sg]', '[runbook]') as an inline one, where its label is defined."""
        from markdown_it.common.utils import normalizeReference

        if match.group("code"):
            return match.group()
        cited = match.start() - (match.string[match.start() - 1:match.start()] in (" ", "\t"))
        if match.group(3) is None and match.start() > 0 and _NUMBER_CITED.match(match.string, cited):
            return match.group()  # 'business hours[1]': a citation of a note, kept as the text writes it
        found = self.references.get(normalizeReference(match.group(3) or match.group(2)))
        return f"[{match.group(2)}]({found['href']})" if found else match.group()

    def text(self, inline: Any, token: Any, site_markup: bool = False) -> str:
        """The text of an inline token, with the no-break spaces at its ends
        that markdown-it trims as white space: they are the document's;
        without a site generator's markup with ``site_markup``."""
        text = _inline_text(inline.content, paragraph=token.type == "paragraph_open", site_markup=site_markup)
        if self.references and "]" in text:
            text = _REFERENCE_LINK.sub(self.inline_link, text)
        if token.type == "paragraph_open" and "<" in text:
            text = self.without_media(inline, token, text)
        if not token.map or not text:
            return text
        first = self.lines[token.map[0] + self.offset].strip(" \t")
        last = self.lines[token.map[1] - 1 + self.offset].strip(" \t")
        lead = re.match(r"[^\S \t\n]*", first).group(0)  # type: ignore[union-attr]
        trail = re.search(r"[^\S \t\n]*$", last).group(0)  # type: ignore[union-attr]
        if trail and not text.endswith(trail) and token.type == "paragraph_open":
            text += trail
        if lead and not text.startswith(lead) and token.type == "paragraph_open":
            text = lead + text
        return text

    def without_media(self, inline: Any, token: Any, text: str) -> str:
        """A paragraph's or a bullet's text without the pictures, videos and
        frames written in HTML in it ('<picture>' then '<img ...>' on the
        lines after a statement or a line of links, which Markdown reads as
        more of it): no words of the ladder, each reported as an image, as
        one on lines of its own is."""
        if _MEDIA.search(code_blanked(text)) is None:
            return text  # none, or only in `code` ('Writes `<img>` tags with alt text'), where it is the code's
        first = self.line(token)
        content = inline.content
        for media in _MEDIA.finditer(code_blanked(content)):
            self.outline.set_aside.append((first + content.count("\n", 0, media.start()), "image",
                                           " ".join(content[media.start():media.end()].split())))
        return re.sub(r"[ \t]{2,}", " ", outside_code(text, lambda part: _MEDIA.sub("", part))).strip(" \t")

    def piece_text(self, content: str) -> str:
        """The text of some lines of a paragraph or a bullet read as a block
        of their own (a label's lines: '**Scope:** ...' then '**Impact:**
        ...'), as ``text`` reads a whole one: inline marks, reference links
        resolved, no task box nor Obsidian's block id and tags."""
        piece = _inline_text(content, paragraph=True, site_markup=True)
        if self.references and "]" in piece:
            piece = _REFERENCE_LINK.sub(self.inline_link, piece)
        return _without_obsidian_marks(_TASK_BOX.sub("", piece))[0].strip()

    def add(self, block: Block) -> None:
        self.outline.blocks.append(block)
        if self.lists:
            self.lists[-1].append(block)

    def run(self, tokens: list[Any]) -> None:
        index = 0
        while index < len(tokens):
            index = self.token(tokens, index)

    def token(self, tokens: list[Any], index: int) -> int:
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            inline = tokens[index + 1]
            text = self.text(inline, token, site_markup=True).strip()  # '## Senior {#senior}'
            for child in inline.children or ():
                if child.type == "html_inline":  # '## <a id="senior"></a>Senior': what a browser shows
                    text = text.replace(child.content, "", 1).strip()
            if not text:  # '## <a id="top"></a>': an anchor, no heading a reader sees
                self.outline.structure.extend(range(self.line(token), self.last(token) + 1))
                return index + 3
            line, last = self.line(token), self.last(token)
            if token.markup and token.markup[0] in "=-":
                self.outline.structure.append(last)  # the underline
            if self.quote:
                self.add(Other(text, line, last, "block quote"))
            else:
                self.add(Heading(int(token.tag[1]), text, line, last))
            return index + 3
        if kind == "paragraph_open":
            inline = tokens[index + 1]
            text = self.text(inline, token)
            line, last = self.line(token), self.last(token)
            if is_blank(text):  # a line of no-break spaces: nothing a reader sees
                self.outline.structure.extend(range(line, last + 1))
                return index + 3
            if _EMBEDS_ALONE.fullmatch(inline.content.strip()):
                # '![[delivery-checklist]]' (Obsidian): another note or a picture shown here, no words of this one.
                written = inline.content.strip()
                self.add(Other(written, line, last, "image" if _IMAGE_FILE.search(written) else EMBED))
                self.item = None
                return index + 3
            text, tags = _without_obsidian_marks(text)
            if tags:
                self.outline.set_aside.append((last, OBSIDIAN_TAG, tags))
            if _SITE_MARKUP.search(inline.content):
                # A site generator's markup ('{: .no_toc }', '{% if ... %}') is
                # structure, never text; what is left is the paragraph. An
                # include brings text from another file: reported, as it is not here.
                for include in _INCLUDE.findall(text):
                    self.add(Other(include, line, last, "a site include: its text is in another file, not in this one"))
                text = _without_obsidian_marks(self.text(inline, token, site_markup=True))[0].strip()
                if not text:
                    if not _INCLUDE.search(inline.content):
                        self.outline.structure.extend(range(line, last + 1))
                    return index + 3
            if self.quote:
                # An Obsidian callout that sums up ('> [!summary]', '[!abstract]', '[!tldr]') is
                # a quote of what it says, no aside: under a level's heading, the level's summary.
                marker = _SUMMING_UP_CALLOUT.match(text)
                if marker is not None and text[marker.end():].strip():
                    # Words after the marker on its line are the callout's title, where its text follows below.
                    title = _SUMMING_UP_CALLOUT.sub("", re.sub(r"^[ \t]*(?:>[ \t]?)+", "", self.lines[line - 1])).strip()
                    text = text[marker.end():].strip()
                    if last > line and title and text.startswith(title) and text[len(title):].strip():
                        text = text[len(title):].strip()
                self.add(Other(text, line, last, "block quote"))
            elif self.item is not None and self.list_depth:
                item = self.item
                text = _TASK_BOX.sub("", text)  # '- [ ] Manages a team': a task list's box, not text
                written = [piece.strip(" \t") for piece in inline.content.split("\n")]
                labelled = _labelled_lines(written) if lead_of(written[0])[1].strip(" \t:") else None
                if labelled is not None:
                    # '- **Scope:** Owns features.' then '  **Impact:** Delivers work.' with no bullet of its
                    # own: an item per label, as a reader sees it, each at the bullet's depth.
                    for start, end in labelled:
                        piece = self.piece_text("\n".join(written[start:end]))
                        part = item if start == 0 else Item("", line + start, line + end - 1, depth=item.depth)
                        part.text, part.line, part.last = piece, line + start, line + end - 1
                        lead, rest, _ = lead_of(piece)
                        self.add(labelled_item(part, lead, rest, without_lead_markers(piece)))
                    self.item = None
                    return index + 3
                item.text, item.line, item.last = text, line, last
                lead, rest, _ = lead_of(text)
                self.add(labelled_item(item, lead, rest, without_lead_markers(text)))
                self.item = None
            elif self.list_depth and (owner := self.open_item()) is not None:
                if owner is self.outline.blocks[-1]:
                    # A second paragraph of a list item continues it; after a
                    # title in bold ('- **Management**'), as its text.
                    owner.opening = owner.opening or owner.text
                    owner.continued.append(Paragraph(text, line, last))
                    owner.text += (": " if owner.bold and owner.text[-1:].isalnum() else " ") + text
                    owner.last = last
                else:  # after the item's nested bullets: a statement of its own, at its depth
                    lead, rest, _ = lead_of(text)
                    self.add(labelled_item(Item(text, line, last, depth=owner.depth), lead, rest,
                                           without_lead_markers(text)))
            elif _NEXT_PAGE.fullmatch(shown := _shown(text)) or _NAVIGATION_LINK.fullmatch(shown):
                self.add(Other(text, line, last, "link to another page (navigation)"))
            elif (alone := links_alone(shown)) and all(m.group().startswith("!") for m in alone):
                self.add(Other(text, line, last, "image"))  # a picture, or a README's line of badges
            elif len(alone) >= 2 or len(links_alone(_NAVIGATION_LABEL.sub("", shown, 1))) >= 2 \
                    or _labelled_links(shown, _LINK) >= 2:
                # Lines of links, with or without marks between them, and HTML after them ('<picture>' on
                # the next line, which Markdown reads as more of the paragraph): the page's navigation.
                self.add(Other(text, line, last, "line of links (navigation)"))
            elif any(m.group().startswith("!") for m in alone):
                self.add(Other(text, line, last, "image"))
            else:
                italic = not _BOLD_ITALIC.fullmatch(text) and in_italics(text) \
                    and _wholly_emphasised(inline.children or [])
                if _BOLD_ITALIC.fullmatch(text):
                    text = text[1:-1]  # '***Technical Expectations***': in bold (and italics), a name
                elif italic:
                    text = text[1:-1]  # a paragraph wholly in italics: its words, as a reader sees them
                written = [piece.strip(" \t") for piece in inline.content.split("\n")]
                if self.definitions(written, line):
                    return index + 3
                typed = [TYPED_BULLET.match(piece) or self.marked(piece) for piece in written]
                # The line that names them may come first ('IC3 Senior Engineer', 'Delivery'), typed right over them.
                over = 1 if len(typed) > 1 and not typed[0] and all(typed[1:]) and not self.list_depth else 0
                if over:
                    lead, rest, emphasised = lead_of(written[0], after_a_footnote_mark=True)
                    self.add(lead_block(written[0], line, line, lead, rest, emphasised))
                if all(typed[over:]):
                    # '• Ships tasks' or '✅ Ships tasks' on lines of their own: a list typed without Markdown's marks.
                    for offset, bullet in enumerate(typed[over:], start=over):
                        assert bullet is not None
                        said = bullet.group("text")
                        lead, rest, _ = lead_of(said)
                        self.add(labelled_item(Item(_inline_text(said), line + offset, line + offset,
                                                    depth=max(self.list_depth - 1, 0)),
                                               lead, rest, without_lead_markers(_inline_text(said))))
                    return index + 3
                labelled = _labelled_lines(written) if not italic else None
                if labelled is not None:
                    # '**Scope:** Owns features.' then '**Impact:** Delivers work.' with no blank line between:
                    # one paragraph to Markdown, a labelled item per label to a reader.
                    for start, end in labelled:
                        content = "\n".join(written[start:end])
                        self.labelled(self.piece_text(content), content, line + start, line + end - 1)
                    return index + 3
                if lead_of(text, after_a_footnote_mark=True)[0] is None and _lines_of_a_list(written):
                    # 'Can use version control\nCan pair\nIs inquisitive': a list without its bullets.
                    for offset, piece in enumerate(written):
                        self.add(Paragraph(_inline_text(piece), line + offset, line + offset, of_paragraph=line))
                    return index + 3
                if not italic and _ends_on_a_lead_in(written) and index + 3 < len(tokens) \
                        and tokens[index + 3].type in ("bullet_list_open", "ordered_list_open"):
                    # 'A first job after college.' then 'The engineer needs to' over a list: the last
                    # line leads in to the list, which finishes it, as a paragraph of its own would;
                    # the sentences above it are prose of their own.
                    above = "\n".join(written[:-1])
                    self.labelled(self.piece_text(above), above, line, last - 1)
                    self.add(Paragraph(self.piece_text(written[-1]), last, last))
                    return index + 3
                self.labelled(text, inline.content, line, last, italic)
            return index + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.list_depth += 1
            self.lists.append([])
            return index + 1
        if kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
            members = self.lists.pop()
            self.navigation(members)
            if self.lists:
                self.lists[-1].extend(members)
            return index + 1
        if kind == "list_item_open":
            self.item = Item("", self.line(token), self.last(token), depth=self.list_depth - 1,
                             number=int(token.info) if token.markup in (".", ")") and token.info.isdigit() else None)
            return index + 1
        if kind == "list_item_close":
            self.item = None
            return index + 1
        if kind == "blockquote_open":
            self.quote += 1
            if token.map:  # a line that is only the quote's '>' is structure
                first, end = token.map
                self.outline.structure.extend(
                    number + 1 + self.offset for number in range(first, end)
                    if number + self.offset < len(self.lines) and self.lines[number + self.offset].strip() == ">")
            return index + 1
        if kind == "blockquote_close":
            self.quote -= 1
            return index + 1
        if kind == "hr":
            self.outline.structure.append(self.line(token))
            self.rules.append(self.line(token))
            return index + 1
        if kind in ("fence", "code_block"):
            self.add(Other(token.content.rstrip("\n"), self.line(token), self.last(token), "code block"))
            return index + 1
        if kind == "html_block":
            return self.html(tokens, index)
        if kind == "table_open":
            return self.table(tokens, index)
        return index + 1

    def labelled(self, text: str, content: str, line: int, last: int, italic: bool = False) -> None:
        """A paragraph (its text and its Markdown ``content``), labelled by
        the bold words it opens with, a heading in bold, or plain."""
        lead, rest, emphasised = lead_of(text, after_a_footnote_mark=True)
        if lead is not None and rest and _LABEL_LINE.match(content) \
                and lead.rstrip()[-1:] not in ".!?" and len(lead.split()) <= 6:
            lead += ":"  # '**Toolkit**' on a line of its own, then its text: a label, as with a colon
        block = lead_block(text, line, last, lead, rest, emphasised)
        self.add(replace(block, italic=True) if italic and isinstance(block, Paragraph) else block)

    def definitions(self, written: list[str], line: int) -> bool:
        """A definition list as kramdown, PHP Markdown Extra and Pandoc write
        it: a term on a line of its own, then its definitions, each on a line
        starting with ': ' (a line after one without it goes on with it);
        the term may also end the paragraph before, a blank line between
        them. Read as an HTML definition list is: the term a title over its
        definitions, each a statement. A line after a definition goes on
        with it, but for a term marked as MediaWiki marks it ('; Operations'),
        whose terms follow their definitions with no blank line between
        them. Whether the paragraph was one."""
        start = 0 if written[0].startswith(": ") else 1
        if len(written) <= start or not written[start].startswith(": ") or \
                any(piece.startswith(": ") for piece in written[:start]):
            return False
        term: Item | None = None
        if start == 1:
            term = Item(_inline_text(written[0].removeprefix("; ")), line, line, 0)
        else:
            before = self.outline.blocks[-1] if self.outline.blocks else None
            if not isinstance(before, Paragraph) or before.last != before.line or before.labelled is not None:
                return False
            self.outline.blocks.pop()
            term = Item(before.text, before.line, before.last, 0)
        self.add(labelled_item(term, term.text, ""))
        definition: Item | None = None
        for offset, piece in enumerate(written[start:], start=start):
            if piece.startswith("; ") and written[offset + 1:offset + 2] and written[offset + 1].startswith(": "):
                term = Item(_inline_text(piece[2:]), line + offset, line + offset, 0)
                self.add(labelled_item(term, term.text, ""))
                definition = None
                continue
            if piece.startswith(": ") or definition is None:
                definition = Item(_inline_text(piece[2:] if piece.startswith(": ") else piece),
                                  line + offset, line + offset, 1)
                self.add(definition)
            else:
                definition.text += " " + _inline_text(piece)
                definition.last = line + offset
        return True

    def open_item(self) -> Item | None:
        """The item of the innermost open list, whose paragraphs are being read."""
        for block in reversed(self.outline.blocks):
            if isinstance(block, Item) and block.depth < self.list_depth:
                return block if block.depth == self.list_depth - 1 else None
        return None

    def navigation(self, members: list[Block]) -> None:
        """A list whose items are only links is a menu, not content; one
        whose items are each a link to a heading of the page ('[Levels](#levels)'),
        however few, is its table of contents (and 'Contents' over it its title)."""
        items = [b for b in members if isinstance(b, Item)]
        contents = bool(items) and all(
            (found := links_alone(i.text)) and all(m.group("url").startswith("#") and len(m.group("url")) > 1
                                                   for m in found) for i in items)
        # Inline HTML after a link ('[PM 7](pm7.md)' then '<picture>' on the next line, which
        # Markdown reads as more of the item) is no words a reader sees.
        shown = [_TAGS.sub(" ", i.text) for i in items]
        if not contents and (len(items) < 3 or not _link_dense(shown)):
            self.pointers(members, items, shown)
            return
        before = self.outline.blocks.index(items[0]) - 1 if contents and self.list_depth == 0 else -1
        for item in items:
            position = self.outline.blocks.index(item)
            self.outline.blocks[position] = Other(item.text, item.line, item.last,
                                                  CONTENTS if contents else "list of links (navigation)")
        members[:] = [b for b in members if not isinstance(b, Item)]
        position = before
        title = self.outline.blocks[position] if position >= 0 else None
        if isinstance(title, (Heading, Paragraph)) and CONTENTS_TITLE.match(title.text.strip("*_ ")):
            self.outline.blocks[position] = Other(title.text, title.line, title.last, CONTENTS)

    def pointers(self, members: list[Block], items: list[Item], shown: list[str]) -> None:
        """Bullets that are only links ('- [Engineer I: Impact](./engineer_I#impact)'),
        among a list's statements, point to other pages: navigation, never
        statements, however their addresses are written. A bullet over
        nested bullets names them, and stays."""
        for n, item in enumerate(items):
            found = links_alone(shown[n])
            if not found or all(m.group().startswith("!") for m in found) or \
                    n + 1 < len(items) and items[n + 1].depth > item.depth:
                continue
            self.outline.blocks[self.outline.blocks.index(item)] = Other(
                item.text, item.line, item.last, "link to another page (navigation)")
            members.remove(item)

    def html(self, tokens: list[Any], index: int) -> int:
        """HTML blocks: comments are reported; the rest is read as HTML.
        Consecutive blocks are read together (a table CommonMark cut at a
        blank line is one table)."""
        from .html_page import parse as parse_html

        token = tokens[index]
        if _COMMENT.match(token.content):
            self.add(Other(token.content.rstrip("\n"), self.line(token), self.last(token), "comment"))
            return index + 1
        start = token.map[0]
        parts = [token.content]
        end = index + 1
        while end < len(tokens) and tokens[end].type == "html_block" and not _COMMENT.match(tokens[end].content):
            written = start + sum(p.count("\n") for p in parts)
            parts.append("\n" * max(tokens[end].map[0] - written, 0) + tokens[end].content)
            end += 1
        joined = "".join(parts)
        if _still_open(joined):
            end, joined = self.rest_of_table(tokens, index, end, joined)
        # A toggle ('<details><summary>Examples</summary>') is a heading under the one it stands in.
        under = next((b.depth for b in reversed(self.outline.blocks) if isinstance(b, Heading) and not b.bold), 0)
        under = self.toggled(joined, under)
        fragment = parse_html(joined, start + 1 + self.offset, under=under)
        self.outline.breaks.extend(fragment.breaks)
        # Lines that hold only tags are structure: their text, if any, is in
        # the blocks. So are a style sheet's and a script's, never text.
        first = start + 1 + self.offset
        for number, raw in enumerate(joined.split("\n"), start=first):
            if not _TAGS.sub("", raw).strip():
                self.outline.structure.append(number)
        for code in _STYLE_OR_SCRIPT.finditer(joined):
            top, bottom = joined.count("\n", 0, code.start()), joined.count("\n", 0, code.end())
            self.outline.structure.extend(range(first + top, first + bottom + 1))
        # An image on lines of tags alone ('<picture>', '<img alt=...>') is
        # no text of the ladder, and is reported as a Markdown image is.
        blocks: list[Block] = list(fragment.blocks)
        texts = {number for block in blocks for number in range(block.line, block.last + 1)}
        for image in _IMAGE_TAG.finditer(joined):
            number = first + joined.count("\n", 0, image.start())
            if number not in texts:
                blocks.append(Other(image.group(), number, number, "image"))
        for block in sorted(blocks, key=lambda b: b.line):
            self.add(block)
        self.outline.signals.extend(fragment.signals)
        return end

    def toggled(self, html: str, under: int) -> int:
        """The depth of the heading an HTML block stands under, where toggles
        are written as Markdown between their tags (Notion's and GitHub's
        '<details><summary>Delivery</summary>', bullets, '</details>'): a
        block that closes a toggle an earlier one opened stands where that
        toggle did, so that the next toggle is its sibling, not its child.
        The toggles the block leaves open are remembered for the blocks after it."""
        opened: list[int] = []  # the toggles opened in this block, by the depth they stand under
        for tag in _TOGGLE_TAG.finditer(html):
            if not tag.group(1):
                opened.append(under + len(opened))
            elif opened:
                opened.pop()
            elif self.toggles:
                under = self.toggles.pop()
        self.toggles.extend(opened)
        return under

    def rest_of_table(self, tokens: list[Any], first: int, end: int, joined: str) -> tuple[int, str]:
        """A table left open where CommonMark ended its HTML block (at a
        blank line in a cell): the page up to the HTML block that closes it,
        as GitHub shows it, the Markdown written in the cells between blank
        lines rendered to HTML (on the lines it takes, so that places hold);
        the tokens in between are part of the table. (End token, HTML.)"""
        blocks: list[Any] = []
        opened, line = 0, tokens[first].map[0]  # tables opened and not closed in the lines read so far
        for index in range(first, len(tokens)):
            token = tokens[index]
            if not (token.type == "html_block" and token.map and token.level == 0):
                continue
            read = "\n".join(self.lines[line + self.offset : token.map[1] + self.offset])
            opened += len(_TABLE_OPEN.findall(read)) - len(_TABLE_CLOSE.findall(read))
            line = token.map[1]
            blocks.append(token)
            if index >= end and opened <= 0:
                return index + 1, self.with_cells_rendered(blocks)
        return end, joined

    def with_cells_rendered(self, blocks: list[Any]) -> str:
        """The lines from the first HTML block to the last, the Markdown
        between them rendered to HTML on the lines it takes."""
        from markdown_it import MarkdownIt

        renderer = MarkdownIt("commonmark", {"html": True})
        pieces = []
        line = blocks[0].map[0]
        for block in blocks:
            between = self.lines[line + self.offset : block.map[0] + self.offset]
            lead = next((i for i, text in enumerate(between) if text.strip()), len(between))
            rendered = renderer.render("\n".join(between)).replace("\n", " ").strip() if lead < len(between) else ""
            pieces.append("\n" * lead + rendered + "\n" * (len(between) - lead))
            pieces.append("\n".join(self.lines[block.map[0] + self.offset : block.map[1] + self.offset]) + "\n")
            line = block.map[1]
        return "".join(pieces)

    def table(self, tokens: list[Any], index: int) -> int:
        table_token = tokens[index]
        from .html_page import STATUS_LABEL, STATUS_ROW, status_row

        rows: list[Row] = []
        row: Row | None = None
        in_head = False
        surplus: list[Other] = []
        labels: list[list[str]] = []  # the status labels of the row's cells ('<span class="status-macro">')
        # Rows typed with an opening pipe: a line of the table without one goes on with the row above.
        piped = self.raw_row(self.line(table_token)).startswith("|")
        written: list[str] = []  # the row's cells as written, to go on with
        continued = False  # the row being read is a line going on with the row above
        index += 1
        while index < len(tokens) and tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
                self.outline.structure.append(self.last(token) + 1)  # the separator line
            elif token.type == "tr_open":
                line = self.line(token)
                continued = piped and not in_head and row is not None and not row.header \
                    and self.goes_on_with_row(row, written, line, len(rows[0].cells), surplus)
                if not continued:
                    row = Row([], line, header=in_head)
                    rows.append(row)
                    labels = []
                    written = self.raw_cells(line)
                    if not in_head:
                        surplus.extend(self.cells_past_header(row.line, len(rows[0].cells)))
            elif token.type == "inline" and row is not None and continued:
                pass  # read from the line as written (``goes_on_with_row``)
            elif token.type == "inline" and row is not None:
                labels.append([_inline_text(m.group("text")) for m in STATUS_LABEL.finditer(token.content)])
                row.cells.append(_cell(STATUS_LABEL.sub("", token.content), row.line))
            elif token.type == "tr_close" and row is not None and any(labels):
                if not row.header and status_row([c.joined() for c in row.cells], [bool(found) for found in labels]):
                    said = [" ".join(filter(None, [c.joined(), *found])) for c, found in zip(row.cells, labels)]
                    surplus.append(Other(" | ".join(filter(None, said)), row.line, row.line, STATUS_ROW))
                    rows.remove(row)
                else:
                    surplus.extend(Other(label, row.line, row.line, "status label, not part of the ladder")
                                   for found in labels for label in found)
            index += 1
        texts = [c.joined() for r in rows if not r.header for c in r.cells if not c.empty]
        table = Table(rows, self.line(table_token), self.last(table_token), in_item=self.list_depth > 0)
        if _link_dense(texts):
            self.add(Other(" | ".join(c.joined() for r in rows for c in r.cells if not c.empty), table.line,
                           table.last, "table of links (navigation)"))
        else:
            self.add(table)
        for other in surplus:
            self.add(other)
        return index + 1

    def raw_row(self, line: int) -> str:
        """A table's line as written, without the quote's marks it is in."""
        raw = self.lines[line - 1].strip()
        if self.quote:
            raw = re.sub(r"^(?:>[ \t]?)+", "", raw).strip()
        return raw

    def raw_cells(self, line: int) -> list[str]:
        """The cells a table's line writes, as markdown-it splits them."""
        from markdown_it.rules_block.table import escapedSplit

        cells = escapedSplit(self.raw_row(line))
        if cells and cells[0].strip() == "":  # the row's opening and closing pipes, as markdown-it reads them
            cells.pop(0)
        if cells and cells[-1].strip() == "":
            cells.pop()
        return cells

    def goes_on_with_row(self, row: Row, written: list[str], line: int, columns: int, surplus: list[Other]) -> bool:
        """Whether a line of a table whose rows open with a pipe, that opens
        with none and writes fewer cells than the header, goes on with the
        row above: a cell's text broken over two lines ('| Senior | Leads
        projects across' then 'several teams |'), which GitHub shows as a
        row of its own, its text under the first column. Its first piece
        goes on with the last cell the row wrote, the others fill the
        cells after it; the row's cells are read again (``written``)."""
        from .html_page import STATUS_LABEL

        raw = self.raw_row(line)
        pieces = self.raw_cells(line)
        if raw.startswith("|") or not pieces or len(pieces) >= columns or not written:
            return False
        last = len(written) - 1
        written[last] = f"{written[last].rstrip()}<br>{pieces[0].strip()}"
        written.extend(pieces[1:])
        for n, text in enumerate(written[last:], start=last):
            if n < len(row.cells):
                row.cells[n] = _cell(STATUS_LABEL.sub("", text.strip()), row.line)
            elif not _cell(text, line).empty:
                surplus.append(Other(_cell(text.strip(), line).joined(), line, line, "table cell past the header's "
                                     "columns (a Markdown table does not show it)"))
        self.outline.notices.append((line, "this line of the table opens with no '|': it is read as going on "
                                           f"with the cell above it, on line {row.line}", ""))
        return True

    def cells_past_header(self, line: int, columns: int) -> list[Other]:
        """The cells of a row written past the header's columns, which
        markdown-it drops as GitHub does (no reader sees them): reported,
        never lost."""
        return [Other(_cell(text.strip(), line).joined(), line, line, "table cell past the header's columns "
                      "(a Markdown table does not show it)") for text in self.raw_cells(line)[columns:]
                if not _cell(text, line).empty]


def _cell(text: str, line: int) -> Cell:
    if _BLOCK_TAG.search(text):
        return Cell(_html_cell(text), line)
    pieces: list[CellLine] = []
    for piece in _BR.split(_without_inline_tags(text)):
        piece = piece.strip(" \t")
        if not piece:
            continue
        bullet = BULLET.match(piece)
        said = unescape(wiki_links_as_text(bullet.group("text") if bullet else piece))
        more = cell_statements(said, bullet is not None)
        if bullet is None and not more[0].bullet and pieces and goes_on_after_break(pieces[-1].text, said):
            # '... with data;<br>coaches others ...': a sentence wrapped in the cell, one statement.
            pieces[-1] = replace(pieces[-1], text=f"{pieces[-1].text} {more[0].text}")
            more = more[1:]
        pieces.extend(more)
    return Cell(pieces, line)


def _html_cell(text: str) -> list[CellLine]:
    """A cell written with HTML lists or paragraphs ('<ul><li>Writes
    tests.</li></ul>', as GitHub shows it: a list), read as the HTML reader
    reads a cell; a line written with a Markdown bullet ('1. Writes code.')
    stays a bullet."""
    from .html_page import cell_lines

    pieces: list[CellLine] = []
    for piece in cell_lines(text):
        bullet = None if piece.bullet else BULLET.match(piece.text)
        pieces.append(CellLine(bullet.group("text"), True) if bullet else piece)
    return pieces


def looks_like(text: str) -> int:
    """How strongly ``text`` looks like markdown (0: not at all)."""
    score = 0
    for raw in text.split("\n")[:400]:
        if MARKDOWN_HEADING.match(raw):
            score += 2
        elif raw.strip().startswith("|") and raw.strip().endswith("|"):
            score += 1
        elif _SETEXT.match(raw) and len(raw.strip()) > 3:
            score += 1
        elif "<br>" in raw or "**" in raw:
            score += 1
    return score
