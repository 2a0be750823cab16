"""MediaWiki's markup (wikitext: a wiki page's source, a ``.wiki`` or
``.mediawiki`` file of a Gollum or GitHub wiki), read as the Markdown it
says the same as, line for line, so the report's line numbers are the
page's own:

- ``== Engineer I ==`` is a heading of depth 2, as ``## Engineer I``;
- ``*`` and ``#`` start bullets (``**`` nested one deeper), ``;`` a term
  and ``:`` its definition: a term on a line of its own over ``:`` lines
  is a definition list as kramdown writes it (the term, its ``;`` kept,
  each definition after ``: ``);
- ``'''bold'''`` and ``''italics''`` that start a line (a title, a
  label) are Markdown's ``**`` and ``*``; inside a sentence, their words;
  ``[https://x label]`` is a link; ``[[Page|label]]`` is read as its label
  where any wiki link is;
- a table (``{|`` ... ``|}``) is an HTML table, as a browser shows it;
- the page's categories (``[[Category:X]]``), magic words (``__TOC__``) and
  comments are no text;
- a footnote (``<ref>...</ref>``) is reported, and its mark and the list
  of footnotes (``<references />``) are no text;
- a template (``{{Infobox ...}}``, ``{{Draft}}``, ``{{citation needed}}``)
  is the wiki's text, which the page's source does not hold: reported, and
  left out of the text around it; but for the templates that only format
  the words given them (``{{nowrap|end to end}}``, ``{{abbr|IC|Individual
  contributor}}``), which are those words.
"""

from __future__ import annotations

import html
import re
from typing import Callable

from ..text import wiki_links_as_text
from .blocks import Other, Outline
from ..patterns import lazy

NAME = "mediawiki"
SUFFIXES = (".wiki", ".mediawiki", ".wikitext")

_HEADING = lazy(r"^(?P<marks>={1,6})\s*(?P<text>.+?)\s*(?P=marks)\s*$")
_BULLET = lazy(r"^(?P<marks>[*#:;]+)\s*(?P<text>.*)$")
_BOLD_ITALIC = lazy(r"'''''(.+?)'''''")
_BOLD = lazy(r"'''(.+?)'''")
_ITALIC = lazy(r"''(.+?)''")
_EXTERNAL_LINK = lazy(r"(?<!\[)\[(?P<url>(?:https?:)?//[^\s\]]+)(?:\s+(?P<label>[^\]]+))?\](?!\])")
_CATEGORY = lazy(r"\[\[\s*Category\s*:[^\]]*\]\]", re.IGNORECASE)
_MAGIC = lazy(r"__[A-Z]+__")
_COMMENT = lazy(r"<!--.*?-->")


def looks_like(path: str, text: str) -> bool:
    """A wiki's page source: by its file's name, or two headings written
    ``== so ==`` and no Markdown heading."""
    if path.lower().endswith(SUFFIXES):
        return True
    lines = text.split("\n")
    headings = sum(1 for line in lines if _HEADING.match(line) and line.startswith("=="))
    return headings >= 2 and not any(line.startswith("#") and line[1:2] in (" ", "#") for line in lines)


#: Templates that show the words given them, and which of their arguments they show (MediaWiki's and
#: Wikipedia's formatting templates): '{{nowrap|end to end}}' is 'end to end'.
_SHOWING = {"nowrap": 1, "nobr": 1, "small": 1, "smaller": 1, "big": 1, "larger": 1, "em": 1, "strong": 1,
            "code": 1, "mono": 1, "kbd": 1, "var": 1, "abbr": 1, "tooltip": 1, "lang": 2, "!": 0}
_TEMPLATE_BRACES = lazy(r"\{\{|\}\}")
_SPACES = lazy(r"[ \t]*")
#: What may follow a word with no space between: the line's end, a full stop, a comma.
_ENDS_A_WORD = lazy(r"\n|$|[^\w\s]")
#: A footnote ('<ref>...</ref>', '<ref name="x">...</ref>'), a mark to one ('<ref name="x" />'), or the
#: list of them ('<references />', '<references>...</references>').
_FOOTNOTE = lazy(r"<ref\b[^<>]*?/>|<ref\b[^<>]*>(?P<text>.*?)</ref\s*>|<references\b[^<>]*?/>"
                       r"|<references\b[^<>]*>.*?</references\s*>", re.IGNORECASE | re.DOTALL)


def parse(text: str) -> tuple[str, Outline]:
    """The page as the Markdown it says the same as, and its outline, with
    its footnotes and templates reported."""
    from .markdown import parse as parse_markdown

    written, notes = _without_footnotes(text)
    written, templates = _without_templates(written)
    markdown = to_markdown(written)
    outline = parse_markdown(markdown.split("\n"))
    outline.blocks = sorted([*outline.blocks, *notes, *templates], key=lambda b: b.line)
    return markdown, outline


def _without_footnotes(text: str) -> tuple[str, list[Other]]:
    """The page without its footnotes ('<ref>As the handbook says.</ref>',
    a mark to one given elsewhere, '<ref name="x" />', and the list of them,
    '<references />'), on as many lines; each footnote's text as reported."""
    found: list[Other] = []

    def left_out(match: re.Match[str]) -> str:
        said = match.group("text")
        if said and said.strip():
            line = text.count("\n", 0, match.start()) + 1
            found.append(Other(said.strip(), line, line + said.count("\n"), "a footnote, not part of the ladder"))
        return "\n" * match.group().count("\n")

    return _FOOTNOTE.sub(left_out, text), found


def _without_templates(text: str) -> tuple[str, list[Other]]:
    """The page without its templates, on as many lines, and each template
    as reported: one that stands on lines of its own leaves them blank, one
    inside a line leaves the words it shows, if it only formats them."""
    out: list[str] = []
    found: list[Other] = []
    at = 0
    for start, end in _templates(text):
        line, last = text.count("\n", 0, start) + 1, text.count("\n", 0, end) + 1
        written, before = text[start:end], text[at:start]
        shown = _shown(written)
        if shown is None:
            found.append(Other(written, line, last, "a template: its text is the wiki's, not in this page's source"))
            shown = ""
            # Its place leaves one space between the words around it, and none before a full stop.
            spaces = _SPACES.match(text, end)
            if spaces is not None and _ENDS_A_WORD.match(text, spaces.end()):
                before = before.rstrip(" \t")
            elif spaces is not None and (not before or before[-1] in " \t\n"):
                end = spaces.end()
        out.append(before + shown + "\n" * written.count("\n"))
        at = end
    out.append(text[at:])
    return "".join(out), found


def _templates(text: str) -> list[tuple[int, int]]:
    """Where the outermost templates of a text are (start, end), templates
    inside them included in theirs."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for brace in _TEMPLATE_BRACES.finditer(text):
        if brace.group() == "{{":
            if depth == 0:
                start = brace.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, brace.end()))
    return spans


def _shown(template: str) -> str | None:
    """The words a formatting template shows ('{{nowrap|end to end}}' shows
    'end to end', '{{!}}' a bar); None for any other template."""
    name, *arguments = [part.strip() for part in template[2:-2].split("|")]
    shown = _SHOWING.get(name.casefold())
    if shown is None or "{{" in template[2:-2]:
        return None
    if shown == 0:
        return "|"
    positional = [a for a in arguments if "=" not in a]
    return positional[shown - 1] if len(positional) >= shown else None


def to_markdown(text: str) -> str:
    """The page as Markdown, a line for each of its lines."""
    out: list[str] = []
    table: list[str] | None = None
    lines = _COMMENT.sub("", text).split("\n")
    defining = False  # in a definition list: a term ('; Operations') over its definitions (': Leads ...')
    for number, line in enumerate(lines):
        stripped = line.strip()
        if table is not None:
            table.append(line)
            if stripped.startswith("|}"):
                out.extend(_table(table))
                table = None
            continue
        if stripped.startswith("{|"):
            table = [line]
            continue
        term = _term_alone(line)
        if term is not None and number + 1 < len(lines) and _marks(lines[number + 1]) == ":":
            # As kramdown writes a definition list, each definition after ': ', the term on a line of its
            # own, its mark kept: the next term may follow a definition with no blank line between.
            out.append("; " + _inline(term))
            defining = True
        elif defining and _marks(line) == ":" and line.lstrip(" :").strip():
            out.append(": " + _inline(line.lstrip(" :")))
        else:
            defining = False
            out.append(_line(line))
    if table is not None:
        out.extend(_table(table + ["|}"])[: len(table)])
    return "\n".join(out)


def _marks(line: str) -> str:
    """A list line's marks ('*', '##', ';', ':'), or none."""
    bullet = _BULLET.match(line)
    return bullet.group("marks") if bullet else ""


def _term_alone(line: str) -> str | None:
    """A term on a line of its own ('; Operations'), not one with its
    definition after it ('; Operations : Leads ...')."""
    bullet = _BULLET.match(line)
    if bullet is None or bullet.group("marks") != ";" or ":" in bullet.group("text"):
        return None
    return bullet.group("text").strip() or None


def _line(line: str) -> str:
    line = _MAGIC.sub("", _CATEGORY.sub("", line))
    if not line.strip():
        return ""
    heading = _HEADING.match(line)
    if heading:
        return "#" * len(heading.group("marks")) + " " + _inline(heading.group("text"))
    bullet = _BULLET.match(line)
    if bullet:
        marks = bullet.group("marks")
        if marks[-1] == ";":  # a term: bold, as a title over what follows
            term, _, definition = bullet.group("text").partition(":")
            said = f"**{_inline(term.strip())}**" + (f": {_inline(definition.strip())}" if definition.strip() else "")
            return "  " * (len(marks) - 1) + "- " + said
        if marks == ":":
            return _inline(bullet.group("text"))  # an indented line: a paragraph of its own
        return "  " * (len(marks) - 1) + "- " + _inline(bullet.group("text"))
    return _inline(line)


def _inline(text: str) -> str:
    """A line's text as Markdown. Bold or italics that start it (a title,
    a label: 'Scope:' in bold) are structure, as Markdown's are; inside a
    sentence they are the wiki's emphasis, which plain text does not have:
    its words alone."""
    text = text.strip()
    for pattern, marks in ((_BOLD_ITALIC, "***"), (_BOLD, "**"), (_ITALIC, "*")):
        text = pattern.sub(_emphasis(marks), text)
    return _EXTERNAL_LINK.sub(lambda m: f"[{m.group('label') or m.group('url')}]({m.group('url')})", text)


def _emphasis(marks: str) -> Callable[[re.Match[str]], str]:
    def written(match: re.Match[str]) -> str:
        return f"{marks}{match.group(1)}{marks}" if match.start() == 0 else match.group(1)

    return written


def _table(lines: list[str]) -> list[str]:
    """A wiki table as an HTML table on as many lines: each row's cells on
    the line that opens the row, text that runs on in the cell after it."""
    out: list[str] = []
    cells: list[tuple[str, list[str]]] = []
    rows: list[list[tuple[str, list[str]]]] = []
    captions: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|+"):
            captions.append(f"<p>{_inline_html(stripped[2:].strip())}</p>")  # the table's caption: text above it
            continue
        if stripped.startswith("{|"):
            continue
        if stripped.startswith("|-") or stripped.startswith("|}"):
            if cells:
                rows.append(cells)
            cells = []
            continue
        if stripped.startswith("!") or stripped.startswith("|"):
            kind = "th" if stripped[0] == "!" else "td"
            separator = "!!" if kind == "th" else "||"
            for cell in stripped[1:].split(separator):
                # 'style="..." | text': the attributes before a single bar are no text.
                parts = re.split(r"(?<!\|)\|(?!\|)", cell, maxsplit=1)
                cells.append((kind, [parts[-1].strip()]))
        elif cells:
            cells[-1][1].append(stripped)
    rendered = captions + ["<table>"] + [
        "<tr>" + "".join(f"<{kind}>{_cell_html(texts)}</{kind}>" for kind, texts in row) + "</tr>" for row in rows
    ] + ["</table>"]
    # As many lines as the table had: the rows first, then blank lines.
    joined = ["".join(rendered)] if len(lines) < len(rendered) else rendered
    out.extend(joined + [""] * (len(lines) - len(joined)))
    return out


def _cell_html(texts: list[str]) -> str:
    """A cell's lines as HTML: bullets as a list, other lines as paragraphs."""
    parts: list[str] = []
    bullets: list[str] = []
    for text in (t for t in texts if t):
        bullet = _BULLET.match(text)
        if bullet and bullet.group("marks")[0] in "*#":
            bullets.append(f"<li>{_inline_html(bullet.group('text'))}</li>")
            continue
        if bullets:
            parts.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        parts.append(f"<p>{_inline_html(text)}</p>")
    if bullets:
        parts.append("<ul>" + "".join(bullets) + "</ul>")
    return "".join(parts)


def _inline_html(text: str) -> str:
    text = html.escape(wiki_links_as_text(text), quote=False)
    text = _BOLD_ITALIC.sub(r"<b><i>\1</i></b>", text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    text = _ITALIC.sub(r"<i>\1</i>", text)
    return _EXTERNAL_LINK.sub(lambda m: f"{m.group('label') or m.group('url')}", text)
