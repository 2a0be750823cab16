"""The differ's notes (what is new at a level, what a release changed) on a
page: the differ writes them as Markdown (``release_notes``), and this
module turns that Markdown into HTML.

The differ escapes every text it quotes from a framework, so its Markdown
is a small, known subset: headings, paragraphs, ``-`` bullets, ``**strong**``,
``*emphasised*`` and ``~~struck~~`` words, ``<del>`` and ``<ins>`` where Markdown's marks
would not read as marks, ```code```, ``[links](page.html#anchor)``
(the page's own, to what is new at a level and to what a change is about) and backslash escapes. Only that subset is read;
a web address written out in the words is a link, as on every page;
everything else is text, escaped for HTML. The words stay the differ's: the
page and ``diff --format markdown`` never disagree (where levels stand
alone, the page lists a level's changes by competency, each rewrite as one
item: ``release_notes``). A release's notes leave
out the differ's title ("What changes in ...") and its last section, "For
the framework's maintainers" (the version, and the release the changes
call for): the page names the framework and heads each release with its
version, and its readers are engineers.

The differ's ``**`` is a label where it opens a line ("**In short:**",
"- **Mentoring:** ..."), and anywhere else words a rewording added (as
``~~`` marks those it removed). On the page those are ``<ins>`` and
``<del>``, each led by a visually hidden "added:" or "removed:", so that a
screen reader does not read both wordings run together as one sentence;
they look as before (struck out, bold).

Messages of ladderlint's own (a finding's, why a release has no notes)
are plain text whose names and commands are in backticks, as a terminal
shows them: ``message_html`` shows those as ``<code>``, the one way the
pages turn such text into HTML, as the notes' code spans are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as html_escape

from markupsafe import Markup

from ..diff.formatters.markdown import LevelPointer, PageLinks, release_notes, shown_within_page
from ..diff.formatters.markdown import escape as markdown_escape
from ..diff.report import FrameworkDiff
from ..text import MARKDOWN_HEADING
from ..vocabulary import PUNCTUATION_NAMES
from ..patterns import lazy
from .prose import web_addresses

#: A code span: what is between two backticks, on one line.
_CODE = lazy(r"`([^`\n]+)`")
_LINK = r"\[((?:[^\]\\]|\\.)*)\]\(([^()\s]*)\)"
#: The differ's own ``<del>`` and ``<ins>``: words removed or added where
#: Markdown's marks would not read as marks ("customer<del>.</del>").
_TAG = r"<(/?)(del|ins)>"
_INLINE = lazy(rf"\\(.)|{_CODE.pattern}|{_LINK}|{_TAG}|\*\*|~~|\*")
#: What a screen reader says before the words of a tag (shown to no one else).
_SPOKEN = {"del": "removed: ", "ins": "added: "}


@dataclass(frozen=True)
class Notes:
    diff: FrameworkDiff
    #: Where the pages show what is new at a level (by its id): the page
    #: and anchor, and what the level is called.
    levels: tuple[tuple[str, str, str], ...] = ()
    #: Where the pages show what each change and level is about: the HTML
    #: links each level's heading and each change's label there.
    links: PageLinks | None = None

    @classmethod
    def of(cls, diff: FrameworkDiff, levels: tuple[tuple[str, str, str], ...] = (),
           links: PageLinks | None = None) -> "Notes":
        """``levels``: (id, label, page#anchor) of each level the pages
        show what is new at, for the notes to point to rather than to a command."""
        return cls(diff, levels, links)

    @property
    def count(self) -> int:
        """How many changes the notes list (none: nothing is new)."""
        return len(shown_within_page(self.diff))

    def markdown(self, depth: int = 1) -> str:
        """The notes with their first heading at ``depth``, as engineers read
        them on a page of the framework (see ``release_notes``)."""
        return release_notes(self.diff, depth, within_page=True, see=self._pointer(linked=False))

    def html(self, depth: int = 1, interface: str = "") -> str:
        """The notes as HTML; ``interface``: the attributes (`` lang="en"``)
        of the differ's own words, where the framework is written in
        another language (``markdown_to_html``)."""
        return markdown_to_html(release_notes(self.diff, depth, within_page=True, see=self._pointer(linked=True),
                                              links=self.links), interface)

    def _pointer(self, linked: bool) -> LevelPointer | None:
        if not self.levels:
            return None
        by_id = {level_id: (label, target) for level_id, label, target in self.levels}

        def pointer(level_id: str) -> str | None:
            if level_id not in by_id:
                return None
            label, target = by_id[level_id]
            words = f"what is new at {markdown_escape(label)}"
            return f"[{words}]({target})" if linked else f"“{words}”"

        return pointer


#: A line of a list under a bullet (a statement's own list): indented, a bullet or a number.
_NESTED = lazy(r"^ {2,}(?:-|(\d{1,3})\.) (.*)$")


def markdown_to_html(text: str, interface: str = "") -> str:
    """The differ's Markdown as HTML (see the module's docstring).
    ``interface``: the attributes (`` lang="en"``) of the differ's own
    words where the framework is written in another language: its
    headings, its paragraphs and what a screen reader says before added
    and removed words; a list's items are the framework's statements, in
    its language."""
    out: list[str] = []
    paragraph: list[str] = []
    #: Each bullet's text, and the lists under it (a statement's own list).
    items: list[tuple[list[str], list[tuple[int | None, list[str]]]]] = []

    def item_html(words: list[str], lists: list[tuple[int | None, list[str]]]) -> str:
        nested = []
        for start, entries in lists:
            tag = "ul" if start is None else "ol"
            opening = f'<ol start="{start}">' if start not in (None, 1) else f"<{tag}>"
            nested.append(opening + "".join(f"<li>{inline(entry, interface)}</li>" for entry in entries) + f"</{tag}>")
        return f"<li>{inline(' '.join(words), interface)}{''.join(nested)}</li>"

    def flush() -> None:
        if paragraph:
            out.append(f"<p{interface}>{inline(' '.join(paragraph), interface)}</p>")
            paragraph.clear()
        if items:
            out.append("<ul>\n" + "\n".join(item_html(*item) for item in items) + "\n</ul>")
            items.clear()

    for line in text.splitlines():
        heading = MARKDOWN_HEADING.match(line)
        nested = _NESTED.match(line) if items else None
        if heading:
            flush()
            depth = len(heading.group(1))
            out.append(f"<h{depth}{interface}>{inline(heading.group(2), interface)}</h{depth}>")
        elif line.startswith("- "):
            if paragraph:
                flush()
            items.append(([line[2:].strip()], []))
        elif nested:
            lists = items[-1][1]
            number = int(nested.group(1)) if nested.group(1) else None
            if lists and (lists[-1][0] is None) == (number is None):
                lists[-1][1].append(nested.group(2))
            else:
                lists.append((number, [nested.group(2)]))
        elif not line.strip():
            flush()
        elif items:  # a bullet's text goes on
            lists = items[-1][1]
            if lists:
                lists[-1][1][-1] += " " + line.strip()
            else:
                items[-1][0].append(line.strip())
        else:
            paragraph.append(line.strip())
    flush()
    return "\n".join(out) + "\n"


def message_html(text: str) -> Markup:
    """One of ladderlint's messages as HTML: escaped, its code spans as ``<code>``."""
    out: list[str] = []
    done = 0
    for match in _CODE.finditer(text):
        out.append(html_escape(text[done : match.start()], quote=False))
        out.append(_code(match.group(1)))
        done = match.end()
    out.append(html_escape(text[done:], quote=False))
    return Markup("".join(out))


def _code(text: str) -> str:
    return f"<code>{html_escape(text, quote=False)}</code>"


def _spoken(tag: str, text: str, start: int, end_mark: str) -> str:
    """What a screen reader says before the words of a ``<del>`` or
    ``<ins>`` that starts at ``start`` of ``text``: "removed: ", or, for
    punctuation alone, which is often not read out, its name ("removed
    full stop: ")."""
    end = text.find(end_mark, start)
    marks = re.sub(r"\\(.)", r"\1", text[start:end if end >= 0 else len(text)]).replace(" ", "")
    if marks and all(mark in PUNCTUATION_NAMES for mark in marks):
        names = list(dict.fromkeys(PUNCTUATION_NAMES[mark] for mark in marks))
        return f"{_SPOKEN[tag][:-2]} {' and '.join(names)}: "
    return _SPOKEN[tag]


def inline(text: str, interface: str = "") -> str:
    """Escapes, code, links, labels, added and removed words; tags left
    open are closed. ``interface``: the attributes of what a screen reader
    says before added and removed words (``markdown_to_html``)."""
    out: list[str] = []
    open_tags: list[str] = []
    #: The text read since the last mark, its escapes undone: written out
    #: at the next mark, its web addresses links (as on every page).
    pending: list[str] = []

    def flush() -> None:
        out.append(_linked_words("".join(pending)))
        pending.clear()

    done = 0
    for match in _INLINE.finditer(text):
        pending.append(text[done : match.start()])
        done = match.end()
        if match.group(1) is not None:
            pending.append(match.group(1))
            continue
        flush()
        if match.group(2) is not None:
            out.append(_code(match.group(2)))
            continue
        if match.group(3) is not None:
            words = re.sub(r"\\(.)", r"\1", match.group(3))
            address = re.sub(r"\\(.)", r"\1", match.group(4))  # Markdown reads an escape in an address as the character
            out.append(f'<a href="{html_escape(address)}">{html_escape(words, quote=False)}</a>')
            continue
        if match.group(6) is not None:
            tag = match.group(6)
            if match.group(5):
                if open_tags and open_tags[-1] == tag:
                    open_tags.pop()
                    out.append(f"</{tag}>")
            else:
                open_tags.append(tag)
                out.append(f'<{tag}><span class="visually-hidden"{interface}>{_spoken(tag, text, match.end(), f"</{tag}>")}</span>')
            continue
        if match.group(0) == "~~":
            tag = "del"
        elif match.group(0) == "*":
            tag = "em"  # a text quoted whole: a new level's summary
        elif open_tags and open_tags[-1] in ("strong", "ins"):
            tag = open_tags[-1]
        else:
            tag = "strong" if match.start() == 0 else "ins"
        if open_tags and open_tags[-1] == tag:
            open_tags.pop()
            out.append(f"</{tag}>")
        else:
            open_tags.append(tag)
            spoken = _spoken(tag, text, match.end(), match.group(0)) if tag in _SPOKEN else ""
            out.append(f'<{tag}><span class="visually-hidden"{interface}>{spoken}</span>' if spoken else f"<{tag}>")
    pending.append(text[done:])
    flush()
    out.extend(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(out)


def _linked_words(text: str) -> str:
    """Words of the notes as HTML, escaped, each web address a link."""
    return "".join(f'<a href="{html_escape(part.url)}">{html_escape(part.text, quote=False)}</a>' if part.url
                   else html_escape(part.text, quote=False) for part in web_addresses(text))
