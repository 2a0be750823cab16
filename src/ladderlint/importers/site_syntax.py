"""The syntax documentation sites add to Markdown, read as the site shows
it: MkDocs Material's (Python-Markdown and pymdownx) admonitions
('!!! tip', '??? example "Examples"', their body indented by four spaces),
content tabs ('=== "Backend"') and snippet includes ('--8<-- "file.md"');
GitBook's tabs ('{% tab title="Delivery" %}' ... '{% endtab %}');
Docusaurus's admonitions (':::caution' ... ':::'), GitBook's hints ('{%
hint style="warning" %}' ... '{% endhint %}'), MDX tabs ('<TabItem
value="x" label="Backend">') and the imports and exports at the top of an
MDX page, which are the site's code.

``find`` reads the lines before markdown-it does: it says where each box,
tab and include is, and gives the lines as markdown-it should read them
(the markers blanked, a body indented under its marker moved to the
margin, on the lines it takes, so that places hold). ``apply`` then puts
what it found into the blocks markdown-it's reader made of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, Heading, Item, Other, Table
from .textutil import aside_name
from ..patterns import lazy

#: An admonition's first line ('!!! note "How to read this page"', '???+ example', '!!! tip inline end'):
#: its type, any further classes, its title in quotes.
_ADMONITION = lazy(r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+(?P<type>[\w-]+)(?:[ \t]+[\w-]+)*"
                   r"(?:[ \t]+\"(?P<title>[^\"]*)\")?[ \t]*$")
#: A content tab's label ('=== "Backend"', '===! "First"', '===+ "Chosen"').
_TAB = lazy(r"^(?P<indent>[ \t]*)===[!+]?[ \t]+\"(?P<label>[^\"]+)\"[ \t]*$")
#: A snippet include: the line that names the file ('--8<-- "includes/abbreviations.md"'), or a
#: line alone that opens and closes a block of file names.
_SNIPPET = lazy(r"^[ \t]*-{1,2}8<-{1,2}(?:[ \t]+(?P<file>\S.*?))?[ \t]*$")
_FENCE = lazy(r"^[ \t]*(```|~~~)")
#: A Docusaurus admonition's first line (':::note', ':::tip[Your title]', ':::info Levels are cumulative'),
#: of a kind of box: another word after ':::' is a fenced div of some other sort.
_FENCED_BOX = lazy(r"^ {0,3}(?P<colons>:{3,})[ \t]*(?P<type>note|tip|info|warning|danger|caution|important|success|"
                   r"secondary|example|question|abstract|quote|bug|failure|attention|hint|error|todo)"
                   r"(?:\[(?P<bracketed>[^\]]*)\]|[ \t]+(?P<title>[^\s{][^{]*?))?[ \t]*(?:\{[^}]*\})?[ \t]*$",
                   re.IGNORECASE)
_FENCE_CLOSE = lazy(r"^ {0,3}(?P<colons>:{3,})[ \t]*$")
#: A GitBook hint's first and last lines, as its Markdown export writes them
#: ('{% hint style="warning" %}' ... '{% endhint %}').
_HINT = lazy(r"""^[ \t]*\{%-?[ \t]*hint[ \t]+style[ \t]*=[ \t]*["'](?P<type>[\w-]+)["'][ \t]*-?%\}[ \t]*$""")
_HINT_END = lazy(r"^[ \t]*\{%-?[ \t]*endhint[ \t]*-?%\}[ \t]*$")
#: MDX tabs: the line of a tab's opening tag with its label ('<TabItem value="x" label="Backend" default>'),
#: and the lines that only open or close tabs.
_TAB_ITEM = lazy(r"""^[ \t]*<TabItem\b(?=[^<>]*\b(?:label|value)\s*=)[^<>]*>[ \t]*$""")
_TAB_LABEL = lazy(r"""\b(?P<key>label|value)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|\{["'](?P<braced>[^"'}]*)["']\})""")
_TAB_TAG = lazy(r"^[ \t]*</?(?:Tabs|TabItem)\b[^<>]*>[ \t]*$")
#: GitBook's tabs in Markdown: a tab's opening tag with its title ('{% tab title="Delivery" %}'), and the
#: tags that only open or close the tabs ('{% tabs %}', '{% endtab %}', '{% endtabs %}').
_GITBOOK_TAB = lazy(r"""^[ \t]*\{%-?[ \t]*tab[ \t]+title[ \t]*=[ \t]*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')[ \t]*-?%\}[ \t]*$""")
#: GitBook's card that links to another page ('{% content-ref url="faq.md" %}' ... '{% endcontent-ref %}').
_CONTENT_REF = lazy(r"^[ \t]*\{%-?[ \t]*content-ref\b[^%]*%\}[ \t]*$")
_CONTENT_REF_CLOSE = lazy(r"^[ \t]*\{%-?[ \t]*endcontent-ref[ \t]*-?%\}[ \t]*$")
_GITBOOK_TAB_TAG = lazy(r"^[ \t]*\{%-?[ \t]*(?:tabs|endtabs|endtab)[ \t]*-?%\}[ \t]*$")
#: A line that opens an ECMAScript import or export, as an MDX page's code starts one.
_ESM = lazy(r"^(?:import\s+(?:[\w*{}\s,]+?\s+from\s+)?[\"'][^\"']+[\"']|export\s+(?:const|let|var|function|async|class|"
            r"default|\{|\*))")

#: How the report names an include: its text is not in the document read.
INCLUDE = "a site include: its text is in another file, not in this one"
#: How the report names GitBook's card that links to another page.
PAGE_CARD = "a link to another page (a GitBook page card), not part of the ladder"
#: How the report names an MDX page's imports and exports.
SITE_CODE = "the site's code (an MDX page's imports and exports), not part of the ladder"


@dataclass
class Box:
    """An admonition: its type ('note', 'example'), title, and the lines
    (1-based, in the file) of its marker and its last line of text."""

    kind: str
    title: str | None
    line: int
    last: int


@dataclass
class SiteSyntax:
    """What ``find`` found, and the lines as markdown-it should read them."""

    lines: list[str]
    boxes: list[Box] = field(default_factory=list)
    #: Tabs: their line and label.
    tabs: list[tuple[int, str]] = field(default_factory=list)
    others: list[Other] = field(default_factory=list)
    #: Lines that are markers only: structure.
    structure: list[int] = field(default_factory=list)


def _width(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip(" "))


def _indented_body(lines: list[str], start: int, indent: int) -> int:
    """Where the body indented under a marker on line ``start - 1`` ends
    (0-based, exclusive): the lines after it that are blank or indented
    four spaces past it, without the blank lines at their end."""
    end = start
    for n in range(start, len(lines)):
        if lines[n].strip() and _width(lines[n]) < indent + 4:
            break
        if lines[n].strip():
            end = n + 1
    return end


def _dedented(line: str, by: int) -> str:
    expanded = line.expandtabs(4)
    return expanded[min(by, _width(expanded)):]


def find(lines: list[str], first_line: int) -> SiteSyntax:
    """Where ``lines`` (the first one is line ``first_line`` of the file)
    write a site's syntax, and the lines as markdown-it should read them."""
    out = list(lines)
    found = SiteSyntax(out)
    fenced = False
    n = _site_code(out, first_line, found)
    while n < len(out):
        line = out[n]
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or not line.strip():
            n += 1
            continue
        marker = _ADMONITION.match(line) or _TAB.match(line)
        if marker is not None:
            indent = _width(marker["indent"])
            end = _indented_body(out, n + 1, indent)
            for body in range(n + 1, end):
                out[body] = _dedented(out[body], indent + 4)
            out[n] = ""
            if "label" in marker.groupdict():
                found.tabs.append((n + first_line, marker["label"].strip()))
            else:
                found.boxes.append(Box(marker["type"].lower(), marker["title"], n + first_line,
                                       max(end - 1, n) + first_line))
            found.structure.append(n + first_line)
            n += 1  # the body is read as Markdown, which may hold more
            continue
        fenced_box = _FENCED_BOX.match(line)
        close = None if fenced_box is None else next(
            (k for k in range(n + 1, len(out)) if (c := _FENCE_CLOSE.match(out[k])) and c["colons"] == fenced_box["colons"]),
            None)
        if fenced_box is not None and close is not None:
            title = fenced_box["bracketed"] if fenced_box["bracketed"] is not None else fenced_box["title"]
            found.boxes.append(Box(fenced_box["type"].lower(), title.strip() if title else None, n + first_line,
                                   close + first_line))
            found.structure.extend([n + first_line, close + first_line])
            out[n] = out[close] = ""
            n += 1  # the body, between, is Markdown
            continue
        hint = _HINT.match(line)
        close = None if hint is None else next((k for k in range(n + 1, len(out)) if _HINT_END.match(out[k])), None)
        if hint is not None and close is not None:
            # A GitBook hint ('info', 'warning', 'danger', 'success') is a box set apart, as an admonition is.
            found.boxes.append(Box(hint["type"].lower(), None, n + first_line, close + first_line))
            found.structure.extend([n + first_line, close + first_line])
            out[n] = out[close] = ""
            n += 1  # the body, between, is Markdown
            continue
        if _TAB_ITEM.match(line):
            named = {m["key"]: m["double"] or m["single"] or m["braced"] or "" for m in _TAB_LABEL.finditer(line)}
            if named.get("label") or named.get("value"):
                found.tabs.append((n + first_line, (named.get("label") or named["value"]).strip()))
        card = _CONTENT_REF.match(line)
        close = None if card is None else next(
            (k for k in range(n + 1, len(out)) if _CONTENT_REF_CLOSE.match(out[k])), None)
        if card is not None and close is not None:
            said = " ".join(part.strip() for part in out[n + 1:close] if part.strip()) or line.strip()
            found.others.append(Other(said, n + first_line, close + first_line, PAGE_CARD))
            for k in range(n, close + 1):
                out[k] = ""
            n = close + 1
            continue
        gitbook_tab = _GITBOOK_TAB.match(line)
        if gitbook_tab is not None and (gitbook_tab["double"] or gitbook_tab["single"] or "").strip():
            found.tabs.append((n + first_line, (gitbook_tab["double"] or gitbook_tab["single"]).strip()))
        if _TAB_TAG.match(line) or gitbook_tab is not None or _GITBOOK_TAB_TAG.match(line):
            found.structure.append(n + first_line)
            out[n] = ""
            n += 1
            continue
        snippet = _SNIPPET.match(line)
        if snippet is not None:
            end = n + 1
            if snippet["file"] is None:  # a block of file names, up to the line that closes it
                close = next((k for k in range(n + 1, len(out)) if (s := _SNIPPET.match(out[k])) and not s["file"]),
                             None)
                end = close + 1 if close is not None else n + 1
            said = " ".join(part.strip() for part in out[n:end] if part.strip())
            found.others.append(Other(said, n + first_line, end - 1 + first_line, INCLUDE))
            for k in range(n, end):
                out[k] = ""
            n = end
            continue
        n += 1
    return found


def _site_code(lines: list[str], first_line: int, found: SiteSyntax) -> int:
    """The imports and exports at the top of an MDX page ('import Tabs from
    '@theme/Tabs';'), each to the blank line after it: the site's code,
    reported as one entry, never the page's description. Where the rest starts."""
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    n = end = first
    while n < len(lines) and _ESM.match(lines[n]):
        while n < len(lines) and lines[n].strip():
            n += 1
        end = n
        while n < len(lines) and not lines[n].strip():
            n += 1
    if end == first:
        return 0
    said = " ".join(line.strip() for line in lines[first:end] if line.strip())
    found.others.append(Other(said, first + first_line, end - 1 + first_line, SITE_CODE))
    lines[first:end] = [""] * (end - first)
    return end


def _words(blocks: list[Block]) -> str:
    """The text of blocks, as one line: a table's its cells'."""
    said = [" | ".join(c.joined() for r in b.rows for c in r.cells if not c.empty) if isinstance(b, Table) else b.text
            for b in blocks]
    return " ".join(s for s in said if s)


def apply(blocks: list[Block], syntax: SiteSyntax) -> list[Block]:
    """The blocks with what ``syntax`` found put in: an admonition is a box
    set apart from the text, reported whole; an example's right after a
    bullet, holding bullets only, gives that bullet's examples (as '-
    Examples' over nested bullets does); a tab's label is a heading one
    deeper than the heading it stands under, over its panel; an include is
    reported."""
    result = list(blocks)
    for box in syntax.boxes:
        inside = [b for b in result if box.line <= b.line <= box.last]
        rest = [b for b in result if not box.line <= b.line <= box.last]
        at = next((i for i, b in enumerate(rest) if b.line > box.line), len(rest))
        before = rest[at - 1] if at else None
        examples = box.kind == "example" or aside_name(box.title or "") == "examples"
        if examples and inside and isinstance(before, Item) and all(isinstance(b, Item) for b in inside):
            shift = before.depth + 1 - min(b.depth for b in inside if isinstance(b, Item))
            nested: list[Block] = [Item("Examples", box.line, box.line, depth=before.depth)]
            for block in inside:
                assert isinstance(block, Item)
                block.depth += shift
                nested.append(block)
            result = rest[:at] + nested + rest[at:]
            continue
        title = f"{box.title}: " if box.title else ""
        said = f"{title}{_words(inside)}".strip().rstrip(":") or box.kind
        reason = f"a box set apart from the text (an admonition, '{box.kind}'), not part of the ladder"
        last = max([box.last, *(b.last for b in inside)])
        result = rest[:at] + [Other(said, box.line, last, reason)] + rest[at:]
    for line, label in syntax.tabs:
        at = next((i for i, b in enumerate(result) if b.line > line), len(result))
        under = next((b.depth for b in reversed(result[:at]) if isinstance(b, Heading) and not b.bold
                      and (b.line, b.text) not in syntax.tabs), 0)
        result.insert(at, Heading(min(under + 1, 6), label, line, line))
    for other in syntax.others:
        at = next((i for i, b in enumerate(result) if b.line > other.line), len(result))
        result.insert(at, other)
    return result
