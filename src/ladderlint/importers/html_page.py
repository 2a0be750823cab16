"""HTML pages, as published career-framework sites are (and Word documents,
through mammoth's HTML, and HTML blocks inside Markdown).

The page is parsed by lxml (libxml2's HTML parser) into one document tree,
as a browser would: end tags that HTML lets a page omit (``<td>a<td>b``,
``<li>``, ``<p>``), entities, lists inside lists, tables inside lists. The
tree is then read into the blocks of ``blocks.py``, a definition list as
the list it is (each term a title over its definitions). Text is taken as a
browser shows it: runs of white space are one space, no-break spaces stay.

What is not content is reported, never read as part of the ladder: scripts
and styles (skipped), and the page's chrome: HTML5 landmarks (``nav``,
``footer``, ``aside``, a ``header`` without a heading, the same ARIA roles),
cookie banners, blocks made mostly of links (a site's table of contents),
what a site prints where no landmark says so ('Back to top', 'Was this
page helpful?', 'Edit this page', a copyright line, a cookie notice,
``class="site-footer"``), what follows the page's main content outside it
(Google Sites' footer), and a card that links to another page. Headings
written as ARIA's (``role="heading" aria-level="3"``) are headings.
Buttons are no text, but for those that open a part of the page (an
accordion's), whose words name it.
The page's ``<title>``, site name, copyright line and the hosts its links
point to are kept as signals of whose framework it is.

Exports of word processors write their formatting as style sheet classes
(Google Docs: ``.c3{font-weight:700}``, ``<span class="c3">``): a class's
weight and style count as the element's own. Their document title is a
paragraph styled so (``<p class="title">``) at the top: the page's title
heading. A no-break space (``&nbsp;``) is how such exports write a space a
browser would otherwise fold (after a bold run, two spaces typed): it is a
space.
"""

from __future__ import annotations

import copy
import html
import os
import re
from dataclasses import replace
from typing import Any, Callable
from urllib.parse import urlsplit

from .blocks import ASIDE, BOLD_DEPTH, PANEL, TASK_LIST, TITLE_DEPTH, Block, Cell, CellLine, Heading, Item, Other, Outline, Paragraph, Row, Signal, Table
from .blocks import CONTENTS, CONTENTS_TITLE, DESCRIBES_THE_FRAMEWORK, FOOTNOTE_MARK, VERSION_LINE, is_page_property, labelled_item, lead_block, lead_of, mark_repeated_headers, set_aside_page_properties
from .common import BULLET, TYPED_BULLET, cell_statements, goes_on_after_break
from ..text import ends_a_sentence
from ..vocabulary import names_promotion_advice
from ..schema_file import language_tag
from ..patterns import lazy

NAME = "html"

_SKIPPED = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "button",
    "math", "title", "meta", "link", "input", "textarea", "option",
})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "menu"})
#: Elements that start a new block of text inside a cell or an item.
_BREAKING = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "dl", "dt", "dd", "figure", "figcaption", "details",
    "summary", "form", "fieldset", "address", "pre", "hr", "table", "tr", "li", "ul", "ol", "br", "header",
    "footer", "nav", "aside",
}) | frozenset(_HEADINGS)
_PARAGRAPHS = frozenset({"p", "dt", "dd", "figcaption", "summary", "address", "caption"})
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_CHROME_NAMES = {"nav": "navigation", "aside": ASIDE}
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
#: What a reader calls the parts of a page ARIA's roles name.
_ROLE_NAMES = {"contentinfo": "footer", "complementary": "sidebar", "search": "search box"}
_BANNER = lazy(r"cookie|consent|gdpr", re.IGNORECASE)
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i"})
_FONT_WEIGHT = lazy(r"font-weight\s*:\s*([\w-]+)", re.IGNORECASE)
_FONT_STYLE = lazy(r"font-style\s*:\s*([\w-]+)", re.IGNORECASE)
#: A font size in points or pixels ('font-size:16pt'), as word processors export it.
_FONT_SIZE = lazy(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(pt|px)\b", re.IGNORECASE)
#: A style sheet rule for one class alone ('.c3{font-weight:700;...}'), as word processors export them;
#: not one for an element's class ('ol.lst-kix_x{...}') nor a selector of more ('.lst-kix_x>li:before{...}').
_CLASS_RULE = lazy(r"(?<![\w.#:>~+-])\.(?P<name>-?[A-Za-z_][\w-]*)\s*\{(?P<body>[^{}]*)\}")
#: The class a word processor gives its document's title paragraph (Google Docs; Word through mammoth).
#: The class Google Docs gives a list, its depth of nesting at the end ('lst-kix_a1b2c3-1').
#: An attribute's integer as HTML reads it: ASCII spaces, a sign, ASCII digits (not '\d', which takes any script's).
_HTML_INTEGER = lazy(r"[\t\n\f\r ]*([-+]?)([0-9]+)")
_NESTED_LIST = lazy(r"(?:^|\s)lst-kix_\w+-(\d)(?:\s|$)")
_TITLE_CLASS = "title"
#: ... and its subtitle's, under the title.
_SUBTITLE_CLASS = "subtitle"
#: The ids wikis give the heading that is the page's title, above the page's own headings:
#: Confluence's export ('Space : Page'), MediaWiki's.
_TITLE_HEADING_IDS = frozenset({"title-heading", "firstheading"})
#: Confluence writes a page's title after its space's name: 'Engineering : Career Ladder'.
_SPACE_PREFIX = lazy(r"^[^:]{1,80}? : (?=\S)")
#: What a wiki prints around a page, by its id or class (MediaWiki's): never the page's text.
_WIKI_CHROME = {
    "sitesub": "the wiki's tagline", "contentsub": "the wiki's tagline", "jump-to-nav": "the wiki's navigation",
    "mw-jump-link": "the wiki's navigation", "printfooter": "the wiki's print footer",
    "catlinks": "the page's categories", "noprint": "the wiki's interface (not printed)",
}
#: A heading's link to edit its section ('[edit]', MediaWiki's 'mw-editsection'): no word of the heading.
_EDIT_LINK = lazy(r"^\[\s*edit(?: source)?\s*\]$", re.IGNORECASE)
#: Classes of a box set apart from the text: Notion's callout, Confluence's info, note, tip and warning
#: panels, the admonitions of documentation sites.
#: GitBook's hints ('hint hint-warning').
_CALLOUT_CLASSES = frozenset({"callout", "confluence-information-macro", "admonition", "hint"})
#: A button's attributes that say it opens and closes a part of the page (ARIA's, Bootstrap's).
_DISCLOSING = ("aria-expanded", "aria-controls", "data-bs-toggle", "data-toggle", "data-bs-target", "data-target")
#: Classes of a button that opens and closes a part of the page ('accordion', 'collapsible', 'expand-toggle').
_DISCLOSURE_CLASS = lazy(r"accordion|collaps|expand", re.IGNORECASE)
#: The title Confluence's expand macro shows when it is given none.
_DEFAULT_EXPAND = lazy(r"^click here to expand\W*$", re.IGNORECASE)
#: Classes of a status label (Confluence's status macro, a 'lozenge'): 'IN PROGRESS', 'APPROVED'.
_STATUS_CLASSES = frozenset({"status-macro", "aui-lozenge"})
#: A status label written as HTML inside another format (a Markdown table's cell, as converters keep it).
STATUS_LABEL = lazy(
    r"<(span|div)\b[^<>]*\bclass\s*=\s*[\"'][^\"']*(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _STATUS_CLASSES)))
    + r")(?![\w-])[^<>]*>(?P<text>[^<>]*)</\1\s*>", re.IGNORECASE)
#: Why a table row is no part of the ladder: it holds status labels alone.
STATUS_ROW = "table row of status labels only, not part of the ladder"


def status_row(texts: list[str], labelled: list[bool]) -> bool:
    """Whether a row of cells (their text but their status labels, and
    whether each held any) is one of status labels ('Status | APPROVED | IN
    REVIEW'): no competency, nor a group of them (a group's row names it in
    its first cell alone, maybe with a label: 'Craft NEW')."""
    return any(labelled[1:]) and all(not text or n == 0 and len(text.split()) <= 3 for n, text in enumerate(texts))
#: A page's record of who wrote it and when, as wikis and their exports print it above or below the text.
#: (A line that opens with the version, VERSION_LINE, is one too.)
_PAGE_RECORD = lazy(
    r"^\W*(?:created by|(?:last )?(?:modified|updated|edited)(?: by| on| at|:| time\b)|owned by|"
    r"edit (?:this )?page\b|edit (?:this page )?on (?:github|gitlab|bitbucket)\b|suggest (?:an )?edits?\b|"
    r"improve this page\b|view (?:page )?source\b|"
    r"this page was last (?:edited|modified)|document generated by)", re.IGNORECASE)
#: Longer than this, a block is text of its own, whatever its first words.
_PAGE_RECORD_LENGTH = 200
#: The title of a page's record of its changes, as a toggle or an expand folds it away ('Change history').
_CHANGE_RECORD_TITLE = lazy(r"^(?:(?:change|revision|version|page|edit|document)\s+(?:history|log)|change-?log)\W*$",
                            re.IGNORECASE)
_SPACES = lazy(r"[ \t\n\r\f]+")
_MARKUP_IN_TITLE = lazy(r"</?[A-Za-z][^<>]*>")
_COPYRIGHT = lazy(r"(?:©|\(c\)|copyright)", re.IGNORECASE)
#: Where a link back to the top of the page goes ('#top', '#page-top', '#back-to-top', '#top-of-page'),
#: not a section named so ('#top-level-goals').
_PAGE_TOP = lazy(r"#(?:(?:[\w-]*[-_])?top|top[-_]of[-_](?:the[-_])?page)", re.IGNORECASE)
#: What a link to '#' alone says when it goes back to the top ('Back to top', '↑').
_TOP_WORDS = lazy(r"\btop\b|[\u2191\u2b06\u25b2\u2963]", re.IGNORECASE)
_NON_WORD = lazy(r"\W")
#: A page's question whether it helped, over its buttons ('Was this page helpful?', 'Did this article help you?').
_FEEDBACK_QUESTION = lazy(r"^\W*(?:was|is|did|do you find) this (?:page|article|doc(?:ument)?|guide|section|content|"
                          r"information|answer) (?:helpful|useful|help)\b", re.IGNORECASE)
#: What a page's own id or class calls its footer ('site-footer', behind a short prefix of the tool's:
#: 'kr-doc-footer', 'md-footer'), where no ``<footer>`` tag nor ARIA role says so; not a box's own
#: ('card-footer', 'modal-footer').
_FOOTER_MARK = lazy(r"(?:[a-z]{1,3}[-_])?(?:(?:site|page|global|main|doc|docs)[-_])?footer"
                    r"(?:[-_](?:wrapper|container|inner))?")
#: A line that says the site sets cookies ('This site uses cookies from Google to ...', 'We use cookies
#: to ...'): a cookie notice, whatever its box is called.
_COOKIE_NOTICE = lazy(r"^\W*(?:this (?:site|website|page) uses cookies|we use cookies|"
                      r"by (?:continuing to use|using) (?:this|our) (?:site|website)\b.{0,60}\bcookies)\b", re.IGNORECASE)
#: What a page's own id or class calls its feedback form ('feedback', 'page-feedback', 'was-this-helpful').
_FEEDBACK_MARK = lazy(r"(?:\w+[-_])?(?:feedback|helpful)(?:[-_]\w+)?")


#: An end tag of a block, as a page holds many and other formats few.
#: The marks a list's bullet is drawn with, as text of its own (Coda's '•').
_BULLET_MARKS = frozenset("\u2022\u25e6\u25aa\u25cf\u2023\u2043\u00b7\u25a0\u25cb")

_BLOCK_END_TAG = lazy(r"</(?:p|div|li|td|h[1-6]|table)>", re.IGNORECASE)


def looks_like(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return len(_BLOCK_END_TAG.findall(text[:20000])) >= 5


def parse(text: str, first_line: int = 1, page: str | None = None, under: int = 0) -> Outline:
    """The blocks of an HTML page (or fragment starting at ``first_line`` of
    a larger file, under a heading of depth ``under``, where a toggle's
    heading is one deeper). ``page`` is the page's file name, to find its
    place in the site's navigation."""
    import lxml.html  # lazily: `ladderlint check` never needs it

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    outline = Outline()
    if page is not None:
        text, outline.spread = _spread(text)
    storage = _STORAGE_FORMAT.search(text) is not None
    if storage:  # Confluence keeps a link's words and a code block's text in CDATA, which lxml drops
        text = _CDATA.sub(lambda m: html.escape(m.group(1), quote=False), text)
    data = text.encode("utf-8")
    if not data.strip():
        return outline
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except Exception:  # lxml raises ParserError on a page with no elements at all
        return outline
    reader = _Reader(outline, first_line - 1, page)
    reader.under = under
    if storage:
        _from_storage_format(root)
    _apply_class_styles(root)
    _plain_spaces(root)
    labels = _status_labels(root, first_line - 1)
    labels += _links_onward(root, first_line - 1)
    _without_note_marks(root)
    _scripts_written(root)
    _aria_headings(root)
    _without_bullet_marks(root)
    reader.head(root)
    reader.after_main = _after_main(root)
    reader.tabs = _tabs(root)
    body = root.find("body")
    _open_templates(body if body is not None else root)
    reader.walk(body if body is not None else root)
    reader.flush()
    _headings_by_size(outline, reader.sized, _body_size(body if body is not None else root))
    outline.blocks.extend(labels)
    mark_repeated_headers(outline)
    if reader.subtitle is not None:
        _subtitle_describing_nothing(outline, reader.subtitle)
    set_aside_page_properties(outline)
    return outline


def _subtitle_describing_nothing(outline: Outline, subtitle: Paragraph) -> None:
    """A document's subtitle describes it, but for a line of its record
    ('Version 2.0 · Approved by ...', 'Individual contributor track, 2025
    edition') over a paragraph that says what the framework is ('This
    framework sets out ...'): that paragraph describes it, and the subtitle
    is reported; the version it opens with is the framework's."""
    at = next(n for n, block in enumerate(outline.blocks) if block is subtitle)
    below = next((b for b in outline.blocks[at + 1:] if not isinstance(b, Other)), None)
    if DESCRIBES_THE_FRAMEWORK.match(subtitle.text) or not isinstance(below, Paragraph) \
            or not DESCRIBES_THE_FRAMEWORK.match(below.text):
        return
    if VERSION_LINE.match(subtitle.text):
        outline.signals.append(Signal("version", subtitle.text, subtitle.line))
    outline.blocks[at] = Other(subtitle.text, subtitle.line, subtitle.last,
                               "the document's subtitle (a line of its record: version, edition), "
                               "not its description: the paragraph below says what the framework is")


#: Confluence's storage format, as its REST API and space exports give a page: 'ac:' and 'ri:' elements.
_STORAGE_FORMAT = lazy(r"<(?:ac|ri):[a-z-]+\b")
_CDATA = lazy(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
#: Macros whose text is a box set apart from the page's: Confluence's panels.
_PANEL_MACROS = frozenset({"info", "note", "tip", "warning", "panel", "excerpt-include"})
#: Panel macros that, holding one paragraph under a level's heading, sum up the level.
_SUMMING_UP_MACROS = frozenset({"info", "panel"})
#: The class of such a panel once rewritten as HTML.
_PANEL_OF_ONE = "panel-of-one-paragraph"
#: The class of a list of tasks (Confluence's, in its export too): the page's editors' to-dos, or
#: (under a competency's heading) its statements with check boxes.
_TASK_LIST = "inline-task-list"
#: The class of a mention of a user, in Confluence's export (and given the storage format's).
_MENTION = "user-mention"
#: Macros that draw what the page (or the space) holds, with no text of their own.
_GENERATED_MACROS = frozenset({"toc", "toc-zone", "children", "pagetree", "recently-updated", "contentbylabel",
                               "anchor", "page-properties-report", "livesearch", "attachments"})


def _from_storage_format(root: Any) -> None:
    """Rewrite Confluence's storage format into the HTML Confluence exports
    for the page, which the reader knows: a panel macro is a callout, an
    expand macro an expand container under its title, a status macro a
    lozenge, a code macro preformatted text, a task list a list; a link
    reads as its words, else as the title of the page it names; a macro's
    parameters and a template's placeholders are never text, and a macro
    that draws the page's contents (toc, children) has none."""
    for element in reversed([e for e in root.iter() if isinstance(e.tag, str)]):
        tag = element.tag.lower()
        if tag == "time" and element.get("datetime"):
            # A date as Confluence shows it: '<time datetime="2025-01-14" />' is 14 Jan 2025.
            _replace(element, "time", _shown_date(element.get("datetime") or ""))
        if not tag.startswith(("ac:", "ri:")):
            continue
        if tag == "ac:structured-macro" or tag == "ac:macro":
            _storage_macro(element, (element.get("ac:name") or "").lower())
        elif tag == "ac:link":
            body = next((c for c in element if isinstance(c.tag, str)
                         and c.tag.lower() in ("ac:link-body", "ac:plain-text-link-body")), None)
            target = next((c for c in element if isinstance(c.tag, str) and c.tag.lower().startswith("ri:")), None)
            words = body.text_content() if body is not None else (
                (target.get("ri:content-title") or target.get("ri:filename") or target.get("ri:value")
                 or ("@user" if target.tag.lower() == "ri:user" else ""))
                if target is not None else element.get("ac:anchor") or "")
            mention = target is not None and target.tag.lower() == "ri:user"
            _replace(element, "span", words).set("class", _MENTION if mention else "")
        elif tag in ("ac:task-list",):
            element.tag = "ul"
            element.set("class", _TASK_LIST)  # as Confluence's export has it
        elif tag == "ri:user" and _tag(element.getparent()) == "ac:link":
            continue  # a mention: read by its link
        elif tag == "ac:task":
            element.tag = "li"
        elif tag in ("ac:parameter", "ac:plain-text-body", "ac:link-body", "ac:plain-text-link-body"):
            continue  # read by the macro or link they stand in
        elif tag in ("ac:task-id", "ac:task-status", "ac:placeholder", "ac:emoticon"):
            element.drop_tree()
        elif tag == "ac:image":
            target = next((c for c in element if isinstance(c.tag, str) and c.tag.lower().startswith("ri:")), None)
            _replace(element, "img", None).set("alt", element.get("ac:alt") or (
                target.get("ri:filename") or target.get("ri:value") or "") if target is not None else "")
        elif tag in ("ac:layout", "ac:layout-section", "ac:layout-cell", "ac:rich-text-body", "ac:task-body"):
            element.tag = "div" if tag != "ac:task-body" else "span"
        elif tag.startswith("ri:"):
            continue  # read by the link or image it stands in
        else:
            element.drop_tag()  # an inline comment's marker and the like: its words, as Confluence shows them


def _storage_macro(element: Any, name: str) -> None:
    """One Confluence macro in storage format, rewritten as its export's HTML."""
    parameters = {(c.get("ac:name") or ""): c.text_content() for c in element
                  if isinstance(c.tag, str) and c.tag.lower() == "ac:parameter"}
    if name in _GENERATED_MACROS:
        element.drop_tree()
        return
    if name == "status":
        _replace(element, "span", parameters.get("title") or parameters.get("colour") or "").set(
            "class", "status-macro aui-lozenge")
        return
    plain = next((c for c in element if isinstance(c.tag, str) and c.tag.lower() == "ac:plain-text-body"), None)
    if plain is not None:  # a code block, a plain-text panel
        _replace(element, "pre", plain.text_content())
        return
    for parameter in [c for c in element if isinstance(c.tag, str) and c.tag.lower() == "ac:parameter"]:
        parameter.drop_tree()
    element.tag = "div"
    for key in list(element.attrib):
        del element.attrib[key]
    if name in _PANEL_MACROS:
        blocks = [c for body in element if isinstance(body.tag, str) for c in body if isinstance(c.tag, str)]
        one = name in _SUMMING_UP_MACROS and not parameters.get("title") \
            and len(blocks) == 1 and blocks[0].tag == "p"
        element.set("class", "confluence-information-macro" + (f" {_PANEL_OF_ONE}" if one else ""))
        if parameters.get("title"):
            title = element.makeelement("p", {})
            title.text = parameters["title"]
            element.insert(0, title)
    elif name == "expand":
        element.set("class", "expand-container")
        control = element.makeelement("div", {"class": "expand-control"})  # a line of its own, as a browser shows it
        title = control.makeelement("span", {"class": "expand-control-text"})
        title.text = parameters.get("title") or "Click here to expand..."
        control.sourceline = title.sourceline = element.sourceline  # the title's line: the macro's
        control.append(title)
        element.insert(0, control)
        for body in element:
            if body is not control and isinstance(body.tag, str) and body.tag == "div":
                body.set("class", "expand-content")


def _shown_date(datetime: str) -> str:
    """A date as a page shows it ('2025-01-14' is '14 Jan 2025'); as written if it is none."""
    import datetime as dates

    try:
        day = dates.date.fromisoformat(datetime[:10])
        return f"{day.day} {day.strftime('%b %Y')}"
    except ValueError:
        return datetime


def _replace(element: Any, tag: str, text: str | None) -> Any:
    """Make ``element`` a ``tag`` holding ``text`` alone (its tail kept)."""
    for child in list(element):
        element.remove(child)
    for key in list(element.attrib):
        del element.attrib[key]
    element.tag, element.text = tag, text
    return element


def _unwrapped(url: str) -> str:
    """Where a link goes: Google Docs sends every link through
    'https://www.google.com/url?q=WHERE&sa=D...'."""
    parts = urlsplit(url)
    if parts.hostname in ("www.google.com", "google.com") and parts.path == "/url":
        from urllib.parse import parse_qs

        return (parse_qs(parts.query).get("q") or [url])[0]
    return url


#: A mark in the text that points to a comment or a footnote at the end ('[a]', '[1]', Google Docs'), or
#: from a footnote back to its mark ('↑', mammoth's).
_NOTE_MARK = lazy(r"^(?:\[\w{1,3}\]|\u2191)$")
#: The ids Google Docs gives the comments and footnotes at the end of a document ('cmnt1', 'ftnt1'), and
#: mammoth the footnotes and endnotes of a Word document ('footnote-1', 'endnote-1').
_NOTE_ID = lazy(r"^(?P<kind>cmnt|ftnt|footnote-|endnote-)\d+$")
_NOTE_KINDS = {"cmnt": "a comment on the document", "ftnt": "a footnote", "footnote-": "a footnote",
               "endnote-": "an endnote"}
#: A line of a word processor's table of contents: a link to a heading's bookmark (Word's '_Toc123',
#: Google Docs' 'h.abc'), or to another place in the page with its page number after a tab ('Engineer I\t2').
_TOC_TARGET = lazy(r"^#(?:_Toc\d+|h\.\w+)$")
_PAGE_NUMBER = lazy(r"\t\s*\d+\s*$")
_UNLINKED_CONTENTS_LINE = lazy(r"^[^\t\n]{1,80}\t+ *\d{1,4}$")


def _without_note_marks(root: Any) -> None:
    """Leave out of the text the marks that point to a comment or a
    footnote ('Ships small changes[a]'): no words of the sentence. What
    they point to is reported where it stands, at the end."""
    for link in list(root.iter("a")):
        if (link.get("href") or "").startswith("#") and _NOTE_MARK.match(_clean(link.text_content())) \
                and not _NOTE_ID.match(link.get("id") or ""):
            mark = link.getparent() if _tag(link.getparent()) == "sup" and not _clean(
                "".join(t for t in link.getparent().itertext())).replace(_clean(link.text_content()), "") else link
            if mark.getparent() is not None:
                mark.drop_tree()  # its tail, text after it, stays


#: The characters Unicode has a superscript (subscript) of: a power ('2ⁿ', 'n²') or an index ('x₁') kept as one.
_SUPERSCRIPTS = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUBSCRIPTS = str.maketrans("0123456789+-=()aeoxhklmnpst", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ")
#: What a superscript says in words, not as a power: an ordinal's ending
#: after a number ('1<sup>st</sup>', '2<sup>e</sup>', '1<sup>º</sup>'), a
#: mark after a name ('Cloud<sup>®</sup>', 'AWS<sup>TM</sup>': the trade
#: mark written as one character), or a note's sign.
_ORDINAL_ENDINGS = frozenset("st nd rd th er re e ème eme o a º ª °".split())
_MARKS = {"tm": "™", "sm": "℠", "®": "®", "©": "©", "™": "™", "℠": "℠", "(r)": "®", "(c)": "©"}
_NOTE_SIGNS = frozenset("*†‡§¶")
#: A script that is mathematics: numbers, single letters and signs
#: ('n', '-3', '2k+1', 'i,j'), not a word ('st', 'TM', 'beta').
_MATH_SCRIPT = lazy(r"(?:[\d.]+|[^\W\d_](?![^\W\d_])|[-+−=()*/^,\s])+")


#: A caption's number ('Table 1:', 'Tab. 2 -') and its words about the table's
#: shape ('rows', 'columns', 'below'): no name of what the table holds.
_CAPTION_NUMBER = lazy(r"^(?:table|tab\.|fig(?:ure|\.)?)\s*[\divxlc]*[.:)\s–—-]*", re.IGNORECASE)
_TABLE_SHAPE = frozenset("table tables row rows column columns grid below above following this each".split())


def _caption_name(caption: str, above: Heading | None) -> str | None:
    """What a table's caption names the table holds ('Computer Science';
    'Table 2: Computer Science' without its number), as a heading over it
    does; None for a caption that only numbers and describes the table
    ('Table 1: expectations by level', 'Competencies (rows) by level
    (columns)') or repeats the heading it stands under: the heading stays
    the name."""
    from .outline.helpers import names_the_ladder
    from ..text import name_key, words

    name = _CAPTION_NUMBER.sub("", caption).strip() or caption
    said = [w for w in words(name) if w not in _TABLE_SHAPE and not w.isdigit()]
    if not said or names_the_ladder(Heading(1, " ".join(said), 0, 0)):
        return None
    return name if above is None or name_key(name) != name_key(above.text) else None


def _text_before(element: Any) -> str:
    """The text that stands right before an element: its previous
    sibling's tail, or its parent's own text."""
    previous = element.getprevious()
    if previous is not None:
        return previous.tail or ""
    return element.getparent().text or ""


def _scripts_written(root: Any) -> None:
    """Write a superscript or subscript so that it still reads as one once
    the markup is gone: ``2<sup>n</sup>`` is 2ⁿ, not '2n' (another number),
    ``x<sub>1</sub>`` is x₁; where Unicode has no such character for
    each of its characters, ``^`` or ``_`` before it ('10^(-3k)'). Only
    mathematics is so written: an ordinal's ending ('1st'), a mark
    ('Cloud®', 'AWS™') or a word stays text. A footnote's mark was left
    out before (_without_note_marks)."""
    for tag, table, sign in (("sup", _SUPERSCRIPTS, "^"), ("sub", _SUBSCRIPTS, "_")):
        for element in list(root.iter(tag)):
            text = element.text_content()
            said = text.strip()
            if not said or element.getparent() is None:
                continue
            before = _text_before(element)
            if said.casefold() in _MARKS:
                written = _MARKS[said.casefold()]
            elif said in _NOTE_SIGNS or before[-1:].isdigit() and said.casefold() in _ORDINAL_ENDINGS:
                written = said
            elif _MATH_SCRIPT.fullmatch(said):
                written = said.translate(table)
                if any(a == b for a, b in zip(said, written)):  # a character with no such form
                    written = sign + (said if said.isalnum() else f"({said})")
            else:
                # Words ('Cloud<sup>beta</sup>'): words of the sentence, apart from the one before.
                written = (" " if before[-1:].isalnum() else "") + text
            tail = element.tail or ""
            element.clear()
            element.text = written
            element.tail = tail
            element.tag = "span"


def _note(element: Any) -> str | None:
    """What a block is, when it is a comment or a footnote at the end of a
    document: it starts with the link back to its mark ('<a id="cmnt1">[a]</a>')."""
    first = next((e for e in element.iter("a")), None)
    found = _NOTE_ID.match(element.get("id") or "") or (
        _NOTE_ID.match(first.get("id") or "") if first is not None else None)
    return _NOTE_KINDS[found.group("kind")] if found else None


def _contents_line(element: Any) -> bool:
    """Whether a paragraph is a line of a word processor's table of contents:
    one link to a heading in the document, its page number after a tab."""
    links = [a for a in element.iter("a") if a.get("href") is not None]
    text = element.text_content().strip()
    if not links:
        return bool(_UNLINKED_CONTENTS_LINE.match(text))  # a table of contents without links: 'Engineer I\t2'
    linked = links[0].text_content().strip() if len(links) == 1 else ""
    # The page number may be the link's or after it ('Engineer I' linked, then '\t3').
    if not linked or not text.startswith(linked) or not (text[len(linked):].strip() or "0").isdigit():
        return False
    href = links[0].get("href") or ""
    return bool(_TOC_TARGET.match(href)) or href.startswith("#") and bool(_PAGE_NUMBER.search(text))


def _is_status(element: Any) -> bool:
    return bool(_STATUS_CLASSES & set((element.get("class") or "").split()))


def _without_labels(element: Any) -> list[str]:
    """The text of an element but its status labels'."""
    if _is_status(element):
        return [element.tail or ""]
    return [element.text or ""] + [t for child in element for t in _without_labels(child)] + [element.tail or ""]


def _status_labels(root: Any, offset: int) -> list[Other]:
    """Take the status labels (Confluence's 'IN PROGRESS', 'APPROVED'
    lozenges) out of the page's text: they say where the page's work
    stands, not what a level expects. Each is reported."""
    found = []
    for row in list(root.iter("tr")):
        cells = [c for c in row if c.tag in ("td", "th")]
        labelled = [any(_is_status(e) for e in c.iter("span", "div", "p")) for c in cells]
        if status_row([_clean("".join(_without_labels(c))) for c in cells], labelled) and row.getparent() is not None:
            line = (row.sourceline or 1) + offset
            found.append(Other(" | ".join(filter(None, (_clean(c.text_content()) for c in cells))), line, line,
                               STATUS_ROW))
            row.drop_tree()
    for element in list(root.iter("span", "div", "p")):
        if _is_status(element) and element.getparent() is not None:
            text = _clean(element.text_content())
            if text:
                found.append(Other(text, (element.sourceline or 1) + offset, (element.sourceline or 1) + offset,
                                   "status label, not part of the ladder"))
            element.drop_tree()  # its tail, text after it, stays
    return found


#: Where a link onward may end: an item of a list, a paragraph, a definition.
_ONWARD_BLOCKS = frozenset({"li", "p", "dd", "td"})
#: The most words a link onward says ('Read more', '+What is Impact?', 'See the full guide').
_ONWARD_WORDS = 6


def _links_onward(root: Any, offset: int) -> list[Other]:
    """Take out of the text the links to another page that end a block
    after its sentence has ended ('Impact: the effect on the business.
    <a href="impact.html">+What is Impact?</a>', 'Read more'): where to
    read on, not what a level expects or a term means. A link inside a
    sentence is kept, its words read as the sentence's. Each is reported."""
    found = []
    for link in list(root.iter("a")):
        href = (link.get("href") or "").strip()
        block = link.getparent()
        if not href or href.startswith(("#", "mailto:")) or block is None or _tag(block) not in _ONWARD_BLOCKS \
                or block[-1] is not link or (link.tail or "").strip() or _has_blocks(link):
            continue
        said = _clean(link.text_content())
        before = _clean(_inline(block, leave_out=lambda element: element is link))
        if not said or len(said.split()) > _ONWARD_WORDS or not ends_a_sentence(before):
            continue
        line = (link.sourceline or 1) + offset
        found.append(Other(said, line, line, "a link to read on elsewhere, not part of the ladder"))
        link.drop_tree()
    return found


def _open_templates(root: Any) -> None:
    """A page whose text is all inside ``<template>`` (a Vue single-file
    component: the page's markup, then its ``<script>``) is read as that
    markup; elsewhere a template is markup a script may show, never text."""
    import copy

    templates = [e for e in root.iter("template") if not any(a.tag == "template" for a in e.iterancestors())]
    if not templates:
        return
    shown = copy.deepcopy(root)
    for element in list(shown.iter(*_SKIPPED)):
        if element.getparent() is not None:
            element.drop_tree()  # its tail, text after it, stays
    if not shown.text_content().strip():
        for template in templates:
            template.drop_tag()


def _aria_headings(root: Any) -> None:
    """Read an element ARIA calls a heading (``<div role="heading"
    aria-level="3">``, as Coda and pages built by scripts write their
    headings) as the heading of its level (``<h3>``; ARIA's default level
    is 2); one that holds blocks of its own is left as it stands."""
    for element in [e for e in root.iter() if _has_role(e, "heading") and _tag(e) not in _HEADINGS]:
        if not _has_blocks(element):
            element.tag = f"h{min(max(_integer(element.get('aria-level'), 2), 1), 6)}"


def _without_bullet_marks(root: Any) -> None:
    """Leave out a list's bullet drawn as an element of its own before the
    item's words (Coda's ``<span class="kr-bullet">•</span>``, a
    ``<div>•</div>`` beside the text's ``<div>``): the mark of a list, no
    word of it nor a line of its own."""
    for element in list(root.iter("span", "div")):
        said = _clean(element.text_content())
        if len(said) != 1 or said not in _BULLET_MARKS or element.getparent() is None:
            continue
        after = element.getnext()
        if (element.tail or "").strip() or after is not None and _clean(after.text_content()):
            element.drop_tree()  # its tail, the item's words after it, stays


def _after_main(root: Any) -> set[Any]:
    """What a page shows after its main content (the one element ``<main>``
    or ``role="main"`` marks, holding a heading), outside it: its footer,
    whatever its boxes are called (Google Sites': 'Report abuse', 'Page
    updated'), and notices that float over the page."""
    mains = [e for e in root.iter() if _tag(e) == "main" or _has_role(e, "main")]
    if len(mains) != 1 or not any(True for _ in mains[0].iter(*_HEADINGS)):
        return set()
    after: set[Any] = set()
    element = mains[0]
    while element is not None and _tag(element) not in ("body", "html"):
        after.update(e for e in element.itersiblings() if isinstance(e.tag, str))
        element = element.getparent()
    return after


#: Where a block starts: before its opening tag.
_BLOCK_START = lazy(
    r"(?<!\n)(?=<(?:h[1-6]|p|li|tr|td|th|div|section|article|ul|ol|table|thead|tbody|dl|dt|dd|blockquote|header|"
    r"footer|nav|main|aside)\b)", re.IGNORECASE)


_HEADING_TAG = lazy(r"<h[1-6]\b", re.IGNORECASE)
#: Lines this long on average, or three lines or fewer, are a page minified.
_MINIFIED_LINE = 1000
#: A line holding a heading and this many blocks more is a page's text written on a line (an export's).
_CROWDED_BLOCKS = 5
_PREFORMATTED = lazy(r"<(pre|textarea)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _spread(page: str) -> tuple[str, bool]:
    """A page that puts a heading and other blocks on one line (minified)
    with each block on a line of its own, as the reader orders blocks by
    their lines (a line break before a block's tag changes nothing a
    browser shows), and whether it was; the page itself where no heading
    shares its line."""
    body = page[max(page.lower().find("<body"), 0):]  # a long <head> of meta lines says nothing of the body
    lines = body.split("\n")
    crowded = [line for line in lines if _HEADING_TAG.search(line) and len(_BLOCK_START.findall(line)) > 1]
    if not crowded:
        return page, False
    # A page of lines as people write them, whatever a line or two holds; but a page whose text
    # an export writes on one long line in the middle of its chrome (Confluence's) is read a block a line.
    if len(lines) > 3 and len(body) < _MINIFIED_LINE * len(lines) and all(
            len(_BLOCK_START.findall(line)) < _CROWDED_BLOCKS for line in crowded):
        return page, False
    # Inside <pre> and <textarea> a line break is text: none is added there.
    kept = [m.span() for m in _PREFORMATTED.finditer(page)] if "<pre" in page.lower() or "<textarea" in page.lower() \
        else []
    return _BLOCK_START.sub(lambda m: "\n" if m.start() and not any(s < m.start() < e for s, e in kept) else "",
                            page), True


#: Spaces and tabs that a browser shows as one space.
_RUN = lazy(r"[ \t]+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" ")


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _declared(element: Any, declaration: re.Pattern[str]) -> str:
    """The value a span's style gives a property last (the one that holds), in lower case."""
    if _tag(element) != "span":
        return ""
    values = declaration.findall(element.get("style", ""))
    return values[-1].lower() if values else ""


def _is_strong(element: Any) -> bool:
    weight = _declared(element, _FONT_WEIGHT)
    return _tag(element) in _STRONG or weight in ("bold", "bolder") or weight in ("600", "700", "800", "900")


def _is_emphasised(element: Any) -> bool:
    return _tag(element) in _EMPHASIS or _declared(element, _FONT_STYLE) in ("italic", "oblique")


def _apply_class_styles(root: Any) -> None:
    """Give each element the font weight and style its classes declare in
    the page's style sheets, before its own ``style`` (which wins): a word
    processor's export marks bold text so (``<span class="c3">``)."""
    rules: dict[str, str] = {}
    for sheet in root.iter("style"):
        for rule in _CLASS_RULE.finditer(sheet.text or ""):
            said = "; ".join(m.group(0) for pattern in (_FONT_WEIGHT, _FONT_STYLE, _FONT_SIZE)
                             for m in pattern.finditer(rule.group("body")))
            if said:
                rules[rule.group("name")] = said
    if not rules:
        return
    for element in root.iter():
        classes = (element.get("class") or "").split() if isinstance(element.tag, str) else []
        declared = [rules[name] for name in classes if name in rules]
        if declared:
            try:
                element.set("style", "; ".join([*declared, element.get("style") or ""]))
            except ValueError:
                pass  # a style holding control characters, which lxml will not set: the element's own is kept


def _size(element: Any) -> float | None:
    """The largest font size (in points) an element's style or its spans'
    give its text, None where none does."""
    sizes = [float(n) * (0.75 if unit.lower() == "px" else 1.0)
             for e in element.iter() if isinstance(e.tag, str) and (e.text or "").strip() or e is element
             for n, unit in _FONT_SIZE.findall(e.get("style") or "")]
    return max(sizes) if sizes else None


def _body_size(root: Any) -> float | None:
    """The font size most of a page's text is set in (points), where its
    styles say: the size of its running text."""
    from collections import Counter

    counted: Counter[float] = Counter()
    for element in root.iter("span", "p", "li"):
        text = (element.text or "").strip()
        found = _FONT_SIZE.findall(element.get("style") or "")
        if text and found:
            number, unit = found[-1]
            counted[float(number) * (0.75 if unit.lower() == "px" else 1.0)] += len(text)
    return counted.most_common(1)[0][0] if counted else None


def _headings_by_size(outline: Outline, sized: list[tuple[Heading, float]], body: float | None) -> None:
    """A document written without heading styles (a Google Docs or Word
    export whose headings are bold text set larger): where it has no
    heading of its own and sets its bold in two sizes or more, its
    paragraphs wholly in bold and larger than its running text are
    headings, the larger the shallower ('Engineer I' in 18pt over
    'Delivery' in 12pt); bold text at the running text's size stays a line
    in bold (under them)."""
    if body is None or any(isinstance(b, Heading) and not b.bold and b.depth != TITLE_DEPTH for b in outline.blocks):
        return
    larger = sorted({size for _, size in sized if size > body}, reverse=True)
    if not larger or len({size for _, size in sized}) < 2:
        return  # bold of one size: what bold already says
    depth = {size: n for n, size in enumerate(larger, start=1)}
    promoted = {id(heading): replace(heading, depth=depth[size], bold=False) for heading, size in sized if size in depth}
    outline.blocks = [promoted.get(id(b), b) for b in outline.blocks]


def _plain_spaces(root: Any) -> None:
    """A no-break space in a page is a space: exports write one where a
    browser would fold the space typed (after a bold run, two spaces)."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        try:
            if element.text and "\u00a0" in element.text:
                element.text = element.text.replace("\u00a0", " ")
            if element.tail and "\u00a0" in element.tail:
                element.tail = element.tail.replace("\u00a0", " ")
        except ValueError:
            pass  # lxml will not set text holding control characters: such text stays as the page has it


class _Tabs:
    """A page's tabs (ARIA's ``role="tablist"``, as Docusaurus and Bootstrap
    draw them) and the buttons that open and close a part of it (an
    accordion's): the tab or button that names each panel, and the lists of
    tabs whose every tab names one."""

    def __init__(self) -> None:
        self.panels: dict[Any, Any] = {}
        self.lists: set[Any] = set()


def _has_role(element: Any, role: str) -> bool:
    return isinstance(element.tag, str) and (element.get("role") or "").strip().lower() == role


def _tabs(root: Any) -> _Tabs:
    """Which tab names each tab panel: the one its ``aria-labelledby`` or
    the tab's ``aria-controls`` names, else the tab at its place, the first
    panels after a list of tabs in the order of its tabs. A list of tabs
    some tab of which names no panel is left to be read as it stands."""
    found = _Tabs()
    if not any(_has_role(e, "tablist") or _discloses(e) for e in root.iter()):
        return found
    order = {e: n for n, e in enumerate(e for e in root.iter() if isinstance(e.tag, str))}
    by_id = {e.get("id"): e for e in order if e.get("id")}
    panels = [e for e in order if _has_role(e, "tabpanel")]
    taken: set[Any] = set()
    for tablist in (e for e in order if _has_role(e, "tablist")):
        tabs = [e for e in tablist.iterdescendants() if _has_role(e, "tab") and _clean(e.text_content())]
        after = [p for p in panels if p not in taken and order[p] > order[tablist]]
        named: dict[Any, Any] = {}
        for n, tab in enumerate(tabs):
            panel = by_id.get(tab.get("aria-controls") or "")
            panel = panel if panel is not None and _has_role(panel, "tabpanel") else next(
                (p for p in panels if p.get("aria-labelledby") and p.get("aria-labelledby") == tab.get("id")), None)
            if panel is None and n < len(after) and not after[n].get("aria-labelledby"):
                panel = after[n]
            if panel is None or panel in taken or panel in named:
                break
            named[panel] = tab
        if tabs and len(named) == len(tabs):
            found.panels.update(named)
            found.lists.add(tablist)
            taken.update(named)
    for button in root.iter("button"):
        # A button standing over the part of the page it opens and closes, as a toggle's summary does;
        # one inside a heading is read as the heading's words.
        if not _discloses(button) or any(_tag(a) in _HEADINGS for a in button.iterancestors()) \
                or not _clean(button.text_content()):
            continue
        target = (button.get("aria-controls") or button.get("data-bs-target")
                  or button.get("data-target") or "").strip()
        panel = by_id.get(target.lstrip("#")) if target else button.getnext()
        if panel is not None and panel not in taken and _tag(panel) not in _HEADINGS:
            found.panels[panel] = button
            taken.add(panel)
    return found


def _discloses(element: Any) -> bool:
    """Whether a button opens and closes a part of the page (an accordion's
    header, a collapsible section's title): its words name that part, where
    a form's or a banner's buttons ('Accept all', 'Yes') say nothing of it."""
    if _tag(element) != "button" or _has_role(element, "tab"):
        return False
    return any(element.get(name) is not None for name in _DISCLOSING) \
        or bool(_DISCLOSURE_CLASS.search(element.get("class") or ""))


class _Reader:
    def __init__(self, outline: Outline, offset: int, page: str | None):
        self.outline = outline
        self.offset = offset
        self.page = os.path.splitext(os.path.basename(page))[0].lower() if page else None
        self.loose: list[str] = []  # text directly inside a container, outside any paragraph
        self.loose_line = 0
        self.loose_last = 0
        self.list_depth = 0
        #: Paragraphs wholly in bold, with their font's size where their style gives one (points).
        self.sized: list[tuple[Heading, float]] = []
        #: The depth of the heading the text now stands under (0: the page's title, or none).
        self.under = 0
        self.tabs = _Tabs()
        #: The paragraph of the document's Subtitle style (a word processor's ``<p class="subtitle">``).
        self.subtitle: Paragraph | None = None
        #: What the page shows after its main content, outside it (see ``_after_main``).
        self.after_main: set[Any] = set()

    def line(self, element: Any) -> int:
        return (element.sourceline or 1) + self.offset

    def last(self, element: Any) -> int:
        # The line of the last tag, or of text that runs on below its tag
        # ("<p>" alone on a line, then the text).
        lines = [e.sourceline + (e.text or "").rstrip().count("\n") for e in element.iter()
                 if isinstance(e.tag, str) and e.sourceline]
        return (max(lines) if lines else element.sourceline or 1) + self.offset

    def add(self, block: Block) -> None:
        self.flush()
        self.outline.blocks.append(block)

    # --- the page's head: title and site name ----------------------------------

    def head(self, root: Any) -> None:
        declared = language_tag(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
        if declared is not None:
            self.outline.language = (declared, self.line(root))
        title = root.find(".//title")
        if title is not None:
            # A <title> is text only: markup written in it ('Engineering<br/> @ Beyond') is no part of its words.
            text = _clean(_MARKUP_IN_TITLE.sub(" ", title.text_content()))
            if any((e.get("id") or "").lower() in _TITLE_HEADING_IDS for e in root.iter(*_HEADINGS)):
                text = _SPACE_PREFIX.sub("", text)  # 'Engineering : Career Ladder': the page is 'Career Ladder'
            if text:
                self.outline.title, self.outline.title_line = text, self.line(title)
                self.outline.signals.append(Signal("title", text, self.line(title)))
        for meta in root.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() in ("og:site_name", "application-name"):
                content = _clean(meta.get("content") or "")
                if content:
                    self.outline.signals.append(Signal("site", content, self.line(meta)))
        for element in root.iter("a", "img", "link"):
            url = _unwrapped(element.get("href") or element.get("src") or "")
            host = urlsplit(url).hostname if url.startswith(("http://", "https://", "//")) else None
            if host:
                self.outline.signals.append(Signal("host", host.lower(), self.line(element)))

    # --- the body ------------------------------------------------------------------

    def flush(self) -> None:
        text = _clean("".join(self.loose))
        if text:
            self.outline.blocks.append(Paragraph(text, self.loose_line, max(self.loose_line, self.loose_last)))
        self.loose = []
        self.loose_last = 0

    def loose_text(self, text: str | None, line: int) -> None:
        """Text loose in a container, from ``line``: where it starts, past the
        line breaks before it ('<div>', then the text on the next line), and
        where it ends, so that the paragraph stands on the lines it is
        written on, and none of them is left over as unread."""
        if text and text.strip():
            if not "".join(self.loose).strip():
                self.loose_line = line + text[: len(text) - len(text.lstrip())].count("\n")
            self.loose_last = max(self.loose_last, line + text.rstrip().count("\n"))
            self.loose.append(text)

    def walk(self, element: Any) -> None:
        self.loose_text(element.text, self.line(element))
        for child in element:
            tag = _tag(child)
            if tag and tag not in _SKIPPED:
                self.block(child, tag)
            self.loose_text(child.tail, self.line(child))

    def block(self, element: Any, tag: str) -> None:
        if element in self.tabs.lists:
            return  # its tabs' words are the headings of their panels, read there (though they may be links)
        chrome = self.chrome(element, tag)
        if chrome == CONTENTS:
            self.flush()
            title = self.outline.blocks[-1] if self.outline.blocks else None
            if isinstance(title, (Paragraph, Heading)) and CONTENTS_TITLE.match(title.text):
                # 'Contents' over the table's lines is its title, not the page's text.
                self.outline.blocks[-1] = Other(title.text, title.line, title.last,
                                                f"{CONTENTS}, not part of the ladder")
        if chrome:
            self.report_chrome(element, chrome)
            return
        if tag in _HEADINGS:
            text = _clean(_inline(element, leave_out=lambda child: _permalink(child) or _set_apart(child)))
            if text and (element.get("id") or "").lower() in _TITLE_HEADING_IDS:
                # A wiki's page title: over the page's own headings (its h1s), as a document's title is.
                self.add(Heading(TITLE_DEPTH, _SPACE_PREFIX.sub("", text), self.line(element), self.last(element)))
            elif text:
                self.add(Heading(_HEADINGS[tag], text, self.line(element), self.last(element)))
                self.under = _HEADINGS[tag]
            for child in element:
                if _set_apart(child) and (subtitle := _clean(child.text_content())):
                    self.add(Other(subtitle, self.line(child), self.last(child),
                                   "the line set apart under a heading (its subtitle), not part of the ladder"))
        elif tag == "details" or (tag == "div" and "expand-container" in _classes(element)):
            self.toggle(element)
        elif tag == "div" and (title := _toggle_title(element)) is not None:
            self.folded(_clean(_inline(title)), title, [element])
        elif element in self.tabs.panels:
            tab = self.tabs.panels[element]
            self.folded(_clean(tab.text_content()), tab, [element])
        elif tag == "table" and (properties := _page_properties(element)) is not None:
            self.add(Other(properties, self.line(element), self.last(element),
                           "the page's properties (owner, tags, dates), not part of the ladder"))
        elif tag == "p" and _TITLE_CLASS in (element.get("class") or "").split() and not any(
                isinstance(b, (Heading, Paragraph, Item, Table)) for b in self.outline.blocks):
            # A word processor's document title, at the top: the heading over all the others.
            text = _clean(_inline(element))
            if text:
                self.add(Heading(TITLE_DEPTH, text, self.line(element), self.last(element)))
        elif tag == "p" and _SUBTITLE_CLASS in (element.get("class") or "").split() and self.subtitle is None:
            before = len(self.outline.blocks)
            self.paragraphs(element)
            said = self.outline.blocks[before:]
            if len(said) == 1 and isinstance(said[0], Paragraph):
                self.subtitle = said[0]
        elif tag in _PARAGRAPHS:
            self.paragraphs(element)
        elif tag in _LISTS:
            self.flush()
            # Google Docs writes a nested list as a list of its own after its parent's, its depth in
            # its class ('lst-kix_a1b2-1'): as deep as if it stood in the item before it.
            nested = _NESTED_LIST.search(element.get("class") or "") if self.list_depth == 0 else None
            saved_depth = self.list_depth
            self.list_depth += 1 + (int(nested.group(1)) if nested else 0)
            for child in element:
                child_tag = _tag(child)
                if child_tag == "li" and _toggle_of(child) is not None:
                    self.toggle(_toggle_of(child))  # a toggle list's item (Notion's): the toggle, no bullet
                elif child_tag == "li" and (note := _note(child)) is not None:
                    self.report_chrome(child, note)  # a Word document's footnote, as mammoth lists them
                elif child_tag == "li":
                    self.item(child)
                elif child_tag and child_tag not in _SKIPPED:
                    self.block(child, child_tag)
                self.loose_text(child.tail, self.line(child))
            self.list_depth = saved_depth
            self.flush()
        elif tag == "li":
            self.list_depth += 1
            self.item(element)
            self.list_depth -= 1
        elif tag == "table":
            self.caption(element)
            self.table(element)
        elif tag == "div" and (grid := _div_rows(element)):
            self.div_table(element, grid)
        elif tag == "dl":
            self.definitions(element)
        elif tag == "pre":
            text = element.text_content().strip("\n")
            if text.strip():
                self.add(Other(text, self.line(element), self.last(element), "preformatted text"))
        elif tag == "blockquote":
            text = _clean(element.text_content())
            if text:
                self.add(Other(text, self.line(element), self.last(element), "block quote"))
        elif tag == "br" or tag == "hr":
            self.flush()
            if tag == "hr":
                self.outline.breaks.append(self.line(element))
        elif tag in _BREAKING or _has_blocks(element):
            self.flush()
            self.walk(element)
            self.flush()
        else:  # inline element (a, span, strong ...) loose in a container
            if not "".join(self.loose).strip():
                self.loose_line = self.line(element)
            self.loose_last = max(self.loose_last, self.last(element))
            self.loose.append(_inline(element))

    def toggle(self, details: Any) -> None:
        """A toggle (``<details>``, Notion's toggles and toggle headings;
        Confluence's expand macro): its summary a heading one deeper than
        the one it stands under, and what it folds away the text under that
        heading. An expand left with its default title ('Click here to
        expand...') has no heading of its own; one that folds away the page's
        record of its changes ('Change history') is reported, no heading."""
        if _tag(details) == "details":
            summary = next((c for c in details if _tag(c) == "summary"), None)
            folded = [details]
        else:
            summary = next((e for e in details.iter() if "expand-control-text" in _classes(e)), None)
            folded = [e for e in details.iter() if "expand-content" in _classes(e)]
        text = _clean(_inline(summary)) if summary is not None else ""
        if _CHANGE_RECORD_TITLE.match(text):
            # The page's record of its edits, folded away: no heading over the ladder's text, as
            # a 'Last modified by' line is none of it.
            self.flush()
            self.report_chrome(details, "the page's record of its changes")
            return
        titled = summary is not None and not _DEFAULT_EXPAND.match(text)
        # GitBook's expandable 'Path to IC5', most often at the end of a level's page after its last
        # competency's section, but wherever it is folded under a section of the level (mid-page too):
        # advice on the level, never part of the competency it stands in, so a section beside it (its
        # sub-labels under it, not under the competency). Directly under the level's heading, one deeper.
        beside = titled and names_promotion_advice(text) and any(
            isinstance(block, Heading) and TITLE_DEPTH < block.depth < self.under for block in self.outline.blocks)
        self.folded(text if titled else "", summary, folded, beside=beside)

    def folded(self, title: str, titled_by: Any, folded: list[Any], beside: bool = False) -> None:
        """What a toggle or a tab folds away (the blocks in ``folded``, but
        ``titled_by``): the text under a heading of ``title``, one deeper
        than the heading it stands under (``beside``: as deep, a section of
        its own); where it stands, without one."""
        saved = self.under, self.list_depth
        if title:
            depth = self.under if beside else min(self.under + 1, max(_HEADINGS.values()))
            self.add(Heading(depth, title, self.line(titled_by), self.last(titled_by)))
            self.under, self.list_depth = depth, 0
        self.flush()
        for container in folded:
            self.loose_text(container.text, self.line(container))
            for child in container:
                tag = _tag(child)
                if child is not titled_by and tag and tag not in _SKIPPED:
                    self.block(child, tag)
                self.loose_text(child.tail, self.line(child))
        self.flush()
        self.under, self.list_depth = saved

    def chrome(self, element: Any, tag: str) -> str | None:
        """Why an element is page chrome, or None if it is content."""
        role = (element.get("role") or "").lower()
        if tag in _CHROME_TAGS or role in _CHROME_ROLES - {"banner"}:
            return f"page {_CHROME_NAMES.get(tag, tag) if tag in _CHROME_TAGS else _ROLE_NAMES.get(role, role)}"
        if (tag == "header" or role == "banner") and not any(_tag(e) in _HEADINGS for e in element.iter()):
            return "page header"
        if _BANNER.search(f"{element.get('id', '')} {element.get('class', '')} {element.get('aria-label', '')}") \
                and tag in ("div", "section", "aside"):
            return "cookie banner"
        if element in self.after_main and not any(True for _ in element.iter(*_HEADINGS)):
            return "cookie banner" if _COOKIE_NOTICE.match(_clean(_inline(element))) \
                else "page footer (after the page's main content)"
        if tag == "a" and _has_blocks(element) and not (element.get("href") or "#").startswith("#"):
            # A card that links to another page (GitBook's content-ref): where to read on.
            return "a link to another page (a card)"
        if tag == "div" and _PANEL_OF_ONE in _classes(element):
            return PANEL
        if tag in ("div", "figure", "aside", "section") and (_CALLOUT_CLASSES & _classes(element) or role == "note"):
            return "a box set apart from the text (a callout)"
        marks = [(element.get("id") or "").lower(), *(element.get("class") or "").lower().split()]
        wiki = next((_WIKI_CHROME[mark] for mark in marks if mark in _WIKI_CHROME), None)
        if wiki is not None:
            return wiki
        if tag in ("div", "section", "p") and any(_FOOTER_MARK.fullmatch(mark) for mark in marks):
            return "page footer"
        if tag in ("div", "section", "form", "p", "aside") and any(_FEEDBACK_MARK.fullmatch(mark) for mark in marks):
            return "the page's feedback form"
        if tag in ("p", "div", "span") and not _has_blocks(element) and _sign_up_prompt(element):
            return "the site's prompt to sign up"
        if tag in ("p", "div", "span", "a") and _to_the_top(element):
            return "a link back to the top of the page"
        if (any("breadcrumb" in mark for mark in marks) or "breadcrumb" in (element.get("aria-label") or "").lower()) \
                and not any(True for _ in element.iter(*_HEADINGS)):
            return "the page's breadcrumbs (navigation)"
        if _in_page_contents(element):
            return CONTENTS
        if tag in ("div", "ul", "ol", "table", "section", "p") and _link_dense(element) and not any(
                (e.get("id") or "").lower() in _TITLE_HEADING_IDS for e in element.iter(*_HEADINGS)):
            # A wiki's page header holds its breadcrumbs and the page's title: only the breadcrumbs are links.
            return "block of links (navigation)"
        if tag in ("div", "p") and (note := _note(element)) is not None:
            return note
        if tag == "p" and _contents_line(element):
            return CONTENTS
        if tag in ("div", "p", "section", "span") and not _has_blocks(element):  # a line, not a container
            said = _clean(_inline(element))
            if len(said) <= _PAGE_RECORD_LENGTH and VERSION_LINE.match(said):
                # 'Version 3.0 – Approved by ...': the framework's version
                self.outline.signals.append(Signal("version", said, self.line(element)))
                return "the page's record of its authors and edits"
            if len(said) <= _PAGE_RECORD_LENGTH and _PAGE_RECORD.match(said):
                return "the page's record of its authors and edits"
            if len(said) <= _PAGE_RECORD_LENGTH and _FEEDBACK_QUESTION.match(said):
                return "the page's feedback form"
            if len(said) <= _PAGE_RECORD_LENGTH and _COPYRIGHT.match(said):
                return "the site's copyright line"
            if len(said) <= _PAGE_RECORD_LENGTH and _COOKIE_NOTICE.match(said):
                return "cookie banner"
        return None

    def report_chrome(self, element: Any, reason: str) -> None:
        text = _clean(_inline(element))  # as a browser shows it: a space between blocks
        for match in _COPYRIGHT.finditer(text):
            self.outline.signals.append(Signal("copyright", text[match.start() : match.start() + 80], self.line(element)))
        self.navigation(element)
        if text:
            self.add(Other(text, self.line(element), self.last(element), f"{reason}, not part of the ladder"))

    def navigation(self, element: Any) -> None:
        """The heading of the group of links that holds this page's own link."""
        if self.page is None or self.outline.navigation_group is not None:
            return
        heading: str | None = None
        for node in element.iter():
            tag = _tag(node)
            if tag in _HEADINGS:
                heading = _clean(node.text_content())
            elif tag == "a":
                target = os.path.splitext(os.path.basename(urlsplit(node.get("href") or "").path))[0].lower()
                if target == self.page and heading:
                    self.outline.navigation_group = heading
                    return

    def paragraphs(self, element: Any) -> None:
        """A paragraph; a <br> inside it starts another."""
        pieces = _split_at_breaks(element)
        typed = [TYPED_BULLET.match(_clean(text)) for text, _ in pieces]
        if all(typed) and typed and not self.list_depth:
            # '<p>• Ships tasks</p>', '• Ships tasks<br>• Writes tests': a list typed, not made.
            for bullet, (_, line) in zip(typed, pieces):
                assert bullet is not None
                said = bullet.group("text")
                self.add(labelled_item(Item(said, line + self.offset, line + self.offset, 0), *lead_of(said)[:2]))
            return
        if len(pieces) == 1:
            text = _clean(_inline(element))
            if text:
                lead, rest, emphasised = _lead(element, after_a_footnote_mark=True)
                # The text as a browser shows it: runs of spaces are one (its lines are
                # kept, for bullets written as lines after a bold name).
                block = lead_block(text, self.line(element), self.last(element), lead, _RUN.sub(" ", rest),
                                   emphasised)
                if isinstance(block, Heading) and block.bold and (size := _size(element)) is not None:
                    self.sized.append((block, size))
                self.add(block)
            return
        for text, line in pieces:
            text = _clean(text)
            if text:
                self.add(Paragraph(text, line + self.offset, line + self.offset))

    def item(self, element: Any) -> None:
        text = _clean(_inline(element, stop=_LISTS | {"table"}))
        depth = max(self.list_depth - 1, 0)
        if text:
            # The item's own text, as Markdown's is: its nested list is no part of its bold title.
            lead, rest, _ = _lead(element, stop=_LISTS | {"table"})
            task = element.getparent() is not None and _TASK_LIST in _classes(element.getparent())
            if task and any((_tag(e) == "time" or _MENTION in _classes(e)) and _nearest(e, _LISTS | {"li"}) is element
                            for e in element.iter()):
                # A task for someone, or by a date: the page's editors' to-do, wherever it stands.
                self.add(Other(text, self.line(element), self.last(element), f"{TASK_LIST}, not part of the ladder"))
            else:
                self.add(labelled_item(Item(text, self.line(element), self.line(element), depth,
                                            number=_ordinal(element), task=task), lead, _RUN.sub(" ", rest)))
        for child in element.iter():
            if child is element:
                continue
            tag = _tag(child)
            if tag in _LISTS and _nearest(child, _LISTS | {"li"}) is element:
                self.flush()
                self.list_depth += 1
                for grandchild in child:
                    if _tag(grandchild) == "li":
                        self.item(grandchild)
                self.list_depth -= 1
            elif tag == "table" and _nearest(child, _LISTS | {"li", "table"}) is element:
                self.table(child, in_item=True)

    def definitions(self, element: Any) -> None:
        """A definition list read as the list it is: each term (``dt``) a
        title over what its definitions (``dd``) say, as a bold item is over
        its nested items ('- **Technical skills**' over '- Writes small
        features.'); a definition's text, and each paragraph and each list
        item in it, one item under its term."""
        self.flush()
        depth = self.list_depth
        under = depth  # a definition with no term before it stands at the list's own depth
        for part in _definition_parts(element):
            if _tag(part) == "dt":
                text = _clean(_inline(part))
                if text:
                    self.add(labelled_item(Item(text, self.line(part), self.last(part), depth, term=True), text, ""))
                    under = depth + 1
                continue
            self.list_depth = under + 1  # item() puts what it reads at one less than the list's depth
            pieces = [c for c in part if _tag(c) in _LISTS or _tag(c) in _PARAGRAPHS or _tag(c) == "div"]
            if not pieces:
                self.item(part)
            else:
                text = _clean(_inline(part, stop=_LISTS | _PARAGRAPHS | {"div", "table"}))
                if text:  # text of its own beside its paragraphs
                    self.add(Item(text, self.line(part), self.line(part), under))
                for piece in pieces:
                    for each in [li for li in piece if _tag(li) == "li"] if _tag(piece) in _LISTS else [piece]:
                        self.item(each)
        self.list_depth = depth
        self.flush()

    def caption(self, table: Any) -> None:
        """A table's ``<caption>`` names what the table holds, as a heading
        over it would: read as a heading one deeper than the one the table
        stands under, so that tables each captioned with a dimension's name
        ('Computer Science', 'Programming') give a dimension each. The
        table's own later text stays under the heading it stood under."""
        above = next((b for b in reversed(self.outline.blocks) if isinstance(b, Heading)), None)
        for child in table:
            if _tag(child) == "caption" and (name := _caption_name(_clean(_inline(child)), above)):
                depth = min(self.under + 1, max(_HEADINGS.values()))
                self.add(Heading(depth, name, self.line(child), self.last(child)))

    def table(self, element: Any, in_item: bool = False) -> None:
        rows: list[Row] = []
        pending: dict[int, int] = {}  # column -> rows still covered by a rowspan above
        for tr in _rows(element):
            cells: list[Cell] = []
            column = 0
            for cell in tr:
                tag = _tag(cell)
                if tag not in ("td", "th"):
                    continue
                while pending.get(column, 0) > 0:
                    pending[column] -= 1
                    cells.append(Cell([], self.line(cell), covered=True))
                    column += 1
                span = _int(cell.get("colspan"))
                addresses = tuple(href for a in cell.iter("a") if (href := (a.get("href") or "").strip())
                                  and not href.startswith("#"))
                cells.append(Cell(_cell_lines(cell), self.line(cell), columns=span, links=addresses))
                rowspan = _int(cell.get("rowspan"))
                if rowspan > 1:
                    pending[column] = rowspan - 1
                for extra in range(1, span):
                    cells.append(Cell([], self.line(cell), covered=True))
                    if rowspan > 1:
                        pending[column + extra] = rowspan - 1
                column += span
            while pending.get(column, 0) > 0:
                pending[column] -= 1
                cells.append(Cell([], self.line(tr), covered=True))
                column += 1
            if cells:
                in_head = _tag(tr) == "thead" or _tag(tr.getparent()) == "thead"
                rows.append(Row(cells, self.line(tr), header=in_head or (not rows and all_th(tr)),
                                bold=_all_bold(tr)))
        if rows:
            self.add(Table(rows, self.line(element), self.last(element), in_item))

    def div_table(self, element: Any, grid: list[Any]) -> None:
        """A table drawn with ``div``s, its rows and cells named by their
        ARIA role or their class (a notion.site database's table view):
        read as a table, its first row the header where it says so. What
        the element holds outside the rows (the database's title) is read
        as ever, before the table."""
        self.flush()
        inside = {id(e) for row in grid for e in row.iter()}
        for child in element.iter():
            if child is not element and id(child) not in inside and not any(
                    id(e) in inside for e in child.iterdescendants()) and _tag(child) == "div" \
                    and not _has_blocks(child) and _clean(_inline(child)):
                self.add(Paragraph(_clean(_inline(child)), self.line(child), self.last(child)))
        rows: list[Row] = []
        for row in grid:
            cells = [Cell(_cell_lines(cell), self.line(cell)) for cell in row if _tag(cell) in ("div", "span")]
            header = (row.get("role") or "").lower() == "row" and all(
                (cell.get("role") or "").lower() == "columnheader" for cell in row if _tag(cell) in ("div", "span")) \
                or any("header" in mark for mark in _classes(row))
            rows.append(Row(cells, self.line(row), header=header and not rows))
        self.add(Table(rows, self.line(element), self.last(element)))


def _div_rows(element: Any) -> list[Any]:
    """The rows of a table drawn with ``div``s, as web apps draw one (an
    element of ARIA role 'table' or 'grid', or a class naming a table view,
    its rows of role 'row' or a class naming a row or a collection's item,
    two or more, of two cells or more each); none for any other ``div``."""
    marks = _classes(element)
    if (element.get("role") or "").lower() not in ("table", "grid") and not any(
            _TABLE_VIEW.fullmatch(mark) for mark in marks):
        return []
    rows = [e for e in element.iterdescendants() if _tag(e) == "div" and (
        (e.get("role") or "").lower() == "row" or any(_ROW_MARK.fullmatch(mark) for mark in _classes(e)))]
    rows = [r for r in rows if not any(a in rows for a in r.iterancestors())]
    if len(rows) < 2 or any(sum(1 for c in r if _tag(c) in ("div", "span")) < 2 for r in rows):
        return []
    return rows


#: A class that names a table drawn with ``div``s ('notion-table-view', 'table-view').
_TABLE_VIEW = lazy(r"(?:[\w-]+-)?table-view")
#: A class that names a row of such a table ('notion-table-view-header-row', 'notion-collection-item').
_ROW_MARK = lazy(r"(?:[\w-]+-)?(?:row|collection-item)")


def _definition_parts(dl: Any) -> list[Any]:
    """The terms and definitions of a definition list, in order, those a
    ``div`` groups among them."""
    parts = []
    for child in dl:
        if _tag(child) in ("dt", "dd"):
            parts.append(child)
        elif _tag(child) == "div":
            parts.extend(c for c in child if _tag(c) in ("dt", "dd"))
    return parts


def _rows(table: Any) -> list[Any]:
    """The rows of a table, in order: its ``tr``, and a ``thead``, ``tbody``
    or ``tfoot`` (or the table) whose cells stand in it without one, which a
    browser reads as a row. Rows of a table inside a cell are that table's."""
    rows = []
    for element in table.iter():
        tag = _tag(element)
        if tag not in ("tr", "thead", "tbody", "tfoot", "table"):
            continue
        if element is not table and _nearest(element, {"table"}) is not table:
            continue
        if tag == "tr" or any(_tag(child) in ("td", "th") for child in element):
            rows.append(element)
    return rows


def all_th(tr: Any) -> bool:
    return all(_tag(cell) == "th" for cell in tr if _tag(cell) in ("td", "th"))


def _all_bold(tr: Any) -> bool:
    """Whether every cell of a row that holds text holds it wholly in bold
    (``<td><p><strong>Area</strong></p></td>``, a Word table's header)."""
    said = [cell for cell in tr if _tag(cell) in ("td", "th") and _clean(cell.text_content())]
    return bool(said) and all(_squeezed(_bold_text(cell)) == _squeezed(cell.text_content()) for cell in said)


def _bold_text(element: Any) -> str:
    if _is_strong(element):
        return str(element.text_content())
    return "".join(_bold_text(child) for child in element if _tag(child) not in _SKIPPED)


_ANY_SPACES = lazy(r"\s+")


def _squeezed(text: str) -> str:
    return _ANY_SPACES.sub("", text)


def _int(value: str | None) -> int:
    """A cell's colspan or rowspan: 1 where it gives no number of one or more."""
    return max(1, min(_integer(value, 1), 100))


def _ordinal(item: Any) -> int | None:
    """The number an ordered list shows before an item ('<ol start="2">',
    '<li value="4">' as a browser counts them), as Markdown's '2.' gives
    one; None in a list with no numbers."""
    parent = item.getparent()
    if parent is None or _tag(parent) != "ol":
        return None
    number = _integer(parent.get("start"), 1) - 1
    for sibling in parent:
        if _tag(sibling) == "li":
            number = _integer(sibling.get("value"), number + 1)
        if sibling is item:
            return number
    return None


def _integer(value: str | None, default: int) -> int:
    """The number an attribute gives, read as a browser reads it (HTML's
    rules for parsing integers): spaces skipped, a sign, ASCII digits, what
    follows them ignored; ``default`` where it gives none or one a browser
    cannot hold ('--2', '', '1e99999'), as a browser ignores the attribute."""
    found = _HTML_INTEGER.match(value or "")
    if found is None or len(found.group(2)) > 10:
        return default
    number = int(found.group(2)) * (-1 if found.group(1) == "-" else 1)
    return number if -2 ** 31 <= number < 2 ** 31 else default


def _nearest(element: Any, tags: set[str] | frozenset[str]) -> Any:
    parent = element.getparent()
    while parent is not None and _tag(parent) not in tags:
        parent = parent.getparent()
    return parent


def _has_blocks(element: Any) -> bool:
    return any(_tag(e) in _BREAKING or _tag(e) in _PARAGRAPHS for e in element.iterdescendants())


def _inline(element: Any, stop: frozenset[str] | set[str] = frozenset(),
            leave_out: Callable[[Any], bool] | None = None) -> str:
    """The text of an element as a browser shows it on one line; the text of
    descendants named in ``stop`` (and skipped elements, and those
    ``leave_out`` picks) left out."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag and tag not in stop and (tag not in _SKIPPED or _discloses(child)) \
                and not (leave_out and leave_out(child)):
            parts.append(" " if tag == "br" else _inline(child, stop, leave_out))
            if tag in _BREAKING and tag != "br":
                parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts)


def _permalink(element: Any) -> bool:
    """A heading's link to itself that site generators add ('#', '¶', '§'):
    a link within the page with no word in it; or a wiki's link to edit
    the heading's section ('[edit]')."""
    if "mw-editsection" in (element.get("class") or "").split() or _EDIT_LINK.match(_clean(element.text_content())):
        return True
    return _tag(element) == "a" and (element.get("href") or "").startswith("#") \
        and not any(ch.isalnum() for ch in element.text_content())


def _set_apart(element: Any) -> bool:
    """An element that ends a heading, its words run into the heading's
    own with no space between ('IC1 Engineer<span class="track">Acme
    Framework</span>'): the page's style shows it apart, a line of its own
    under the heading (a subtitle), never words of the heading's name."""
    parent = element.getparent()
    if parent is None or _tag(element) not in ("span", "small") or (element.tail or "").strip() \
            or element.getnext() is not None:
        return False
    before = element.getprevious()
    said = (before.tail if before is not None else parent.text) or ""
    text = element.text_content()
    return bool(said) and said[-1:].isalnum() and text[:1].isalnum()


def _split_at_breaks(element: Any) -> list[tuple[str, int]]:
    """The pieces of a paragraph between its <br>s, with their lines."""
    pieces: list[tuple[str, int]] = [(element.text or "", element.sourceline or 1)]
    for child in element:
        if _tag(child) == "br":
            pieces.append((child.tail or "", child.sourceline or 1))
        else:
            text, line = pieces[-1]
            extra = "" if _tag(child) in _SKIPPED else _inline(child)
            pieces[-1] = (text + extra + (child.tail or ""), line)
    return [(text, line) for text, line in pieces if text.strip()]


def _lead(element: Any, stop: frozenset[str] = frozenset(), *,
          after_a_footnote_mark: bool = False) -> tuple[str | None, str, bool]:
    """The bold text a paragraph starts with, the text after it, and
    whether that text is all in italics; what is inside the elements named
    in ``stop`` (an item's nested list) is no part of it, text after them is.
    With ``after_a_footnote_mark``, the bold may follow a footnote's mark
    (``<p>* <b>ML lifecycle</b> refers to ...</p>``)."""
    before = (element.text or "").strip()
    if before and not (after_a_footnote_mark and FOOTNOTE_MARK.fullmatch(before + " ")):
        return None, "", False
    children = [c for c in element if _tag(c) not in _SKIPPED or _tag(c) == ""]
    if not children or not _is_strong(children[0]):
        return None, "", False
    if all(_is_strong(c) or _tag(c) == "br" or _tag(c) in stop for c in children) \
            and not any((c.tail or "").strip() for c in children):
        # All of it in bold, in several runs ('<b>Architecture</b> <b>design</b>').
        return _clean(_inline(element, stop)), "", False
    first = children[0]
    lead = _clean(_inline(first))
    rest_parts = [first.tail or ""]
    emphasised = not (first.tail or "").strip()
    for child in children[1:]:
        said = "" if _tag(child) in stop else " " if _tag(child) == "br" else _inline(child)
        rest_parts.append(said)
        rest_parts.append(child.tail or "")
        if not _is_emphasised(child) and _tag(child) != "br" and said.strip():
            emphasised = False
        if (child.tail or "").strip():
            emphasised = False
    rest = "".join(rest_parts)  # line breaks kept: bullets may be written as lines
    return lead, rest, emphasised and bool(rest.strip())


def cell_lines(html: str) -> list[CellLine]:
    """The lines of a table cell written as HTML inside another format (a
    Markdown table's ``<ul><li>...</li></ul>``), read as a cell of an HTML
    table is."""
    import lxml.html  # lazily: `ladderlint check` never needs it

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(f"<div>{html}</div>".encode("utf-8"), parser=parser)
    except Exception:  # lxml raises ParserError on a text with no elements at all
        return []
    _plain_spaces(root)
    body = root.find("body")
    return _cell_lines(body if body is not None else root)


def _cell_lines(cell: Any) -> list[CellLine]:
    """The lines of a table cell: each list item a bullet, each paragraph,
    heading or <br>-separated run of text a line."""
    lines: list[CellLine] = []
    current: list[str] = []
    bullet = [False]
    after_break = [False]  # the text to flush follows a <br>

    def flush() -> None:
        text = _clean("".join(current))
        typed = BULLET.match(text) if text and not bullet[0] else None
        more = cell_statements(text, False) if text and typed is None and not bullet[0] and after_break[0] else []
        after_break[0] = False
        if more and not more[0].bullet and lines and goes_on_after_break(lines[-1].text, text):
            # '... with data;<br>coaches others ...': a sentence wrapped in the cell, one statement.
            lines[-1] = replace(lines[-1], text=f"{lines[-1].text} {more[0].text}")
            lines.extend(more[1:])
        elif typed is not None:
            # A bullet typed at the start of a line ('• Ships tasks<br>• Writes tests'), as in
            # a spreadsheet's cell: the line is a bullet, without its mark.
            lines.extend(cell_statements(typed.group("text"), True))
        elif text:
            lines.extend(cell_statements(text, bullet[0]))
        current.clear()
        bullet[0] = False

    def walk(element: Any) -> None:
        current.append(element.text or "")
        for child in element:
            tag = _tag(child)
            if tag in _SKIPPED:
                pass
            elif tag == "li":
                flush()
                bullet[0] = True
                walk(child)
                flush()
            elif tag == "br":
                flush()
                after_break[0] = True
            elif tag == "table":
                # A table in a cell: a line per cell, after its column's header ('Example: ...').
                flush()
                lines.extend(_nested_table_lines(child))
            elif tag in _BREAKING:
                flush()
                walk(child)
                flush()
            elif tag:
                current.append(_inline(child))
            current.append(child.tail or "")

    walk(cell)
    flush()
    return lines


def _sign_up_prompt(element: Any) -> bool:
    """Whether an element is a short line whose link asks the reader to sign
    up for or log in to the site that shows the page ('Get Notion free'),
    a few words at most."""
    links = [a for a in element.iter("a") if _SIGN_UP.match(urlsplit(a.get("href") or "").path)]
    said = _clean(_inline(element))
    # The link is the line ('Get Notion free', 'Sign in'), not a word of a
    # statement that links to a page of that name ('Joins the on-call rota').
    linked = sum(len(_clean(_inline(a))) for a in links)
    return bool(links) and len(said.split()) <= 6 and linked * 2 >= len(said)


#: Where a link to sign up or log in goes: the site's own page for it, at
#: the top of its paths ('/signup', '/sign-up', '/login', '/en/register'),
#: not a page of that name deeper in ('/oncall/join').
_SIGN_UP = lazy(r"/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:sign[-_]?(?:up|in)|log[-_]?in|register|join)(?:/|$)", re.IGNORECASE)


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _toggle_title(element: Any) -> Any:
    """The line that titles a toggle drawn in ``div``s (notion.site's
    ``notion-toggle-block``: a line holding the control that opens it and
    the title, over the blocks it folds away), else None. A heading's
    toggle, and a ``<button>`` over what it opens, are read as they are."""
    children = [c for c in element if _tag(c)]
    if len(children) < 2 or _tag(children[0]) in _SKIPPED or not _clean(_inline(children[0])):
        return None
    first = children[0]
    if not any(e.get("aria-expanded") is not None for e in first.iter() if isinstance(e.tag, str)) \
            or any(True for _ in first.iter(*_HEADINGS)):
        return None
    return first


def _toggle_of(item: Any) -> Any:
    """The toggle a list item is wholly (Notion writes each toggle as a
    list of one item holding a ``<details>``), else None."""
    children = [c for c in item if _tag(c)]
    if len(children) == 1 and _tag(children[0]) == "details" and not (item.text or "").strip() \
            and not (children[0].tail or "").strip():
        return children[0]
    return None


def _page_properties(table: Any) -> str | None:
    """A page's table of properties (Notion's ``table.properties``:
    Owner, Tags, Last edited; a wiki's page properties), written as the
    report shows it ('Owner: Jane Smith; Tags: Engineering, Careers'); None
    for another table. Every row names a property in its one header cell,
    and its value in the one cell after it; most of the names are a page's
    (an owner, tags, dates), unless the table says it is its properties."""
    rows = [[c for c in row if _tag(c) in ("td", "th")] for row in _rows(table)]
    if not rows or any(len(row) != 2 or _tag(row[0]) != "th" or _tag(row[1]) != "td" for row in rows):
        return None
    names = [_clean(row[0].text_content()) for row in rows]
    said = "properties" in (table.get("class") or "").split()
    if not said and sum(is_page_property(name) for name in names) * 2 < len(names):
        return None
    return "; ".join(f"{name}: {_property_value(row[1])}" for name, row in zip(names, rows))


def _property_value(cell: Any) -> str:
    """A property's value as a reader sees it: each value of a list of them
    (Notion's tags, people) apart by a comma; the icons beside them left out."""
    def shown(element: Any) -> str:
        if "icon" in (element.get("class") or "") or _tag(element) in _SKIPPED:
            return ""
        return _clean("".join([element.text or "", *(shown(c) + (c.tail or "") for c in element if _tag(c))]))

    values = [shown(c) for c in cell if _tag(c)]
    if len([v for v in values if v]) > 1 and not (cell.text or "").strip():
        return ", ".join(v for v in values if v)
    return shown(cell)


def _nested_table_lines(table: Any) -> list[CellLine]:
    """The lines of a table inside a cell: each cell's text, after the
    header of its column where the table has one ('Example: Leaves
    actionable comments'), so no word is lost and each reads on its own."""
    rows = [[c for c in row if _tag(c) in ("td", "th")] for row in _rows(table)]
    rows = [row for row in rows if row]
    header: list[str] = []
    if rows and all(_tag(c) == "th" for c in rows[0]) and len(rows) > 1:
        header = [_clean(c.text_content()) for c in rows.pop(0)]
    lines = []
    for row in rows:
        for n, cell in enumerate(row):
            for line in _cell_lines(cell):
                name = header[n] if n < len(header) else ""
                lines.append(CellLine(f"{name}: {line.text}" if name else line.text, line.bullet))
    return lines


def _in_page_contents(element: Any) -> bool:
    """Whether a list is a table of contents of the page (a wiki's, as
    Confluence's toc macro writes it): each of its items, nested lists
    aside, only a link to a heading of the page ('#Ladder-P1-Engineer'),
    however few they are."""
    tag = _tag(element)
    if tag == "div" and ((element.text or "").strip() or not len(element)
                         or any(_tag(child) not in ("ul", "ol") or (child.tail or "").strip() for child in element)):
        return False  # a box that holds more than the list (the page's content, around a list of links)
    if tag not in ("ul", "ol", "div"):
        return False
    items = list(element.iter("li"))
    for item in items:
        if not any((a.get("href") or "").startswith("#") for a in item.iter("a")):
            return False  # most lists: no link to the page's headings, nothing to copy
        own = copy.deepcopy(item)
        for nested in [e for e in own.iter("ul", "ol") if e is not own]:
            if nested.getparent() is not None:
                nested.getparent().remove(nested)
        links = [a for a in own.iter("a") if len(a.get("href") or "") > 1 and (a.get("href") or "").startswith("#")]
        linked = _clean(" ".join(a.text_content() for a in links))
        if not linked or linked != _clean(own.text_content()):
            return False
    return bool(items)


def _to_the_top(element: Any) -> bool:
    """Whether an element says nothing but its links back to the top of the
    page ('Back to top ↑' to '#top', '↑ Top' to '#')."""
    links = list(element.iter("a"))
    if not links or not all(_PAGE_TOP.fullmatch(href := (a.get("href") or "").strip())
                            or href == "#" and _TOP_WORDS.search(a.text_content()) for a in links):
        return False
    linked = "".join(a.text_content() for a in links)
    return _NON_WORD.sub("", linked) == _NON_WORD.sub("", element.text_content()) != ""


def _link_dense(element: Any) -> bool:
    """A block made mostly of links (three or more): a table of contents, a
    menu, a list of related pages."""
    links = [a for a in element.iter("a") if a.get("href") is not None]
    if len(links) < 3:
        return False
    text = len(_clean(element.text_content()))
    linked = sum(len(_clean(a.text_content())) for a in links)
    return text > 0 and linked >= 0.6 * text


__all__ = ["BOLD_DEPTH", "NAME", "STATUS_LABEL", "STATUS_ROW", "cell_lines", "looks_like", "parse", "status_row"]
