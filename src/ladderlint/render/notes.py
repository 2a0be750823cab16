"""The differ's notes (what is new at a level, what a release changed) on a
page: the differ writes them as Markdown (``release_notes``), and this
module turns that Markdown into HTML.

The differ escapes every text it quotes from a framework, so its Markdown
is a small, known subset: headings, paragraphs, ``-`` bullets, ``**strong**``,
``*emphasised*`` and ``~~struck~~`` words, and backslash escapes. Only that subset is read;
everything else is text, escaped for HTML. The words stay the differ's: the
page and ``diff --format markdown`` never disagree. A release's notes leave
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as html_escape

from ..diff.formatters.markdown import release_notes, shown_within_page
from ..diff.report import FrameworkDiff

_HEADING = re.compile(r"^(#{1,6}) (.*)$")
_INLINE = re.compile(r"\\(.)|\*\*|~~|\*")
#: What a screen reader says before the words of a tag (shown to no one else).
_SPOKEN = {"del": "removed: ", "ins": "added: "}


@dataclass(frozen=True)
class Notes:
    diff: FrameworkDiff

    @classmethod
    def of(cls, diff: FrameworkDiff) -> "Notes":
        return cls(diff)

    @property
    def count(self) -> int:
        """How many changes the notes list (none: nothing is new)."""
        return len(shown_within_page(self.diff))

    def markdown(self, depth: int = 1) -> str:
        """The notes with their first heading at ``depth``, as engineers read
        them on a page of the framework (see ``release_notes``)."""
        return release_notes(self.diff, depth, within_page=True)

    def html(self, depth: int = 1) -> str:
        return markdown_to_html(self.markdown(depth))


def markdown_to_html(text: str) -> str:
    """The differ's Markdown as HTML (see the module's docstring)."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            out.append("<ul>\n" + "\n".join(f"<li>{inline(item)}</li>" for item in items) + "\n</ul>")
            items.clear()

    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            flush()
            depth = len(heading.group(1))
            out.append(f"<h{depth}>{inline(heading.group(2))}</h{depth}>")
        elif line.startswith("- "):
            if paragraph:
                flush()
            items.append(line[2:])
        elif not line.strip():
            flush()
        elif items:  # a bullet's text goes on
            items[-1] += " " + line.strip()
        else:
            paragraph.append(line.strip())
    flush()
    return "\n".join(out) + "\n"


def inline(text: str) -> str:
    """Escapes, labels, added and removed words; tags left open are closed."""
    out: list[str] = []
    open_tags: list[str] = []
    done = 0
    for match in _INLINE.finditer(text):
        out.append(html_escape(text[done : match.start()], quote=False))
        done = match.end()
        if match.group(1) is not None:
            out.append(html_escape(match.group(1), quote=False))
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
            spoken = _SPOKEN.get(tag)
            out.append(f'<{tag}><span class="visually-hidden">{spoken}</span>' if spoken else f"<{tag}>")
    out.append(html_escape(text[done:], quote=False))
    out.extend(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(out)
