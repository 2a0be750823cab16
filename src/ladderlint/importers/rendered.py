"""Markdown that ``ladderlint render --format markdown`` wrote: a wiki's or a
people team's copy of a framework, read back to the same framework.

Its first line says so (``<!-- Written by ladderlint ... -->``); a wiki that
drops comments keeps its layout, which says it as well: the sections
"What each level expects" and "All levels side by side". The page is read
by that layout, and its labels as what render meant by them:

- the title (the framework's name) and the facts under it: organisation,
  track, version, proficiency scale, whether levels build on those below;
- the description: what stands between those facts and the contents;
- each level (``### Title (ID)``) with its summary, and per dimension
  (``#### Dimension``) its introduction and one item per competency:
  ``- **Competency:**`` then ``*Not assessed:* reason`` (or ``*Nothing new at
  this level; what <level> expects still holds:* reason``),
  ``Proficiency **name** (1 of 3).``, ``*Not described at this level*``
  (no cell) or ``*No statements*``; nested under it the statements, each
  with its ``*Example:*`` items, and the cell's ``*Note:*``;
- the dimensions' and competencies' descriptions, from the tables of
  all levels side by side (whose cells repeat the levels' sections);
  a framework's only dimension named as a container ('Competencies') has
  no heading, its name in a comment where the heading would be
  (``<!-- dimension: Competencies -->``): its table is the section's
  first, and under each level its competencies follow the comment (or,
  where a wiki dropped it, are the level's last list);
- the glossary.

What is new at each level and the changelog are worked out from the rest,
not read. The facts owners, licence and the date the version is in effect
from, the credits and the levels left out are carried; so are the ids render
keeps in comments readers do not see: a statement's (``<!-- id: ... -->``
after its text) and a level's whose title does not show it (``<!-- level
id: ... -->`` under its heading). A fact this reader does not know is
reported, not lost silently.
Every text is the words a reader sees: Markdown's escapes resolved and
render's own markup (bold names, links to the glossary) taken off.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .document import ImportedDimension, ImportedDocument, ImportedLevel, ImportedStatement
from ..patterns import lazy

#: Render's first line.
_SIGNATURE = "<!-- Written by ladderlint"
#: The sections only render's layout has, each a heading of its own line.
_LEVELS_SECTION = "What each level expects"
_GRID_SECTION = "All levels side by side"
_LAYOUT = lazy(rf"^## {_LEVELS_SECTION}[ \t]*$.*^## {_GRID_SECTION}[ \t]*$", re.MULTILINE | re.DOTALL)

#: A label in bold and what follows it ('**Organisation:** Stressco', '**Testing:** ...').
_LABELLED = lazy(r"\*\*(?P<label>.+?):\*\*(?:[ \t]+(?P<rest>.*))?", re.DOTALL)
#: What a competency's item says after its name, in render's words.
_NOT_DESCRIBED = frozenset({"*Not described at this level*", "**Missing**"})
_NO_STATEMENTS = "*No statements*"
# The mark before a reason, as render writes it: also, in a cumulative ladder above the levels that
# describe the competency, 'Nothing new at this level; what <level> expects still holds:'.
_NOT_ASSESSED = lazy(r"\*(?:Not assessed|Nothing new at this level; what .+? expects still holds):\* "
                     r"(?P<reason>.*?)(?= Proficiency \*\*|$)", re.DOTALL)
_PROFICIENCY = lazy(r"(?:^| )Proficiency \*\*(?P<name>.+?)\*\*(?: \(\d+ of \d+\))?\.$", re.DOTALL)
#: The label render writes before a competency's description in its table (render.pages.ABOUT_COMPETENCY).
_ABOUT = lazy(r"^[ \t]*\*About this competency:\*(?:[ \t]*<br\s*/?>|[ \t]+)")
_EXAMPLE = "*Example:* "
_NOTE = "*Note:* "
#: A level's heading: its title, and its id in brackets where the title does not say it.
_CODED = lazy(r"(?P<title>.+?) \((?P<code>[^\s()]+)\)")
#: The sentence render writes under each level of a cumulative ladder.
_INCLUDES_BELOW = "Each level includes what the levels below it expect:"
_CUMULATIVE = "each level includes what the levels below it expect"
_STANDS_ALONE = "each level stands on its own"
#: What render's facts say where the framework does not say `cumulative`
#: (render.pages.CUMULATIVE_NOT_SAID): left unsaid again.
_NOT_SAID = ("the framework does not say whether each level includes what the levels below it expect; "
             "what is new at each level is worked out as if it does (the default)")
_LEFT_OUT = lazy(r"(?P<id>\S+) is left out: (?P<reason>.+)", re.DOTALL)
#: The ids render writes in comments: a statement's after its text, a level's under its heading.
_STATEMENT_ID = lazy(r"(?P<text>.*?)[ \t]*<!-- id: (?P<id>[^\s<>]+) -->[ \t]*$", re.DOTALL)
#: The framework's id, voice, domains and language, under render's first line.
_FRAMEWORK = lazy(r"<!-- framework id: (?P<id>[^\s;<>]+); voice: (?P<voice>first-person|second-person|third-person|none)"
                   r"(?:; domains: (?P<domains>[^\s;<>]+(?: [^\s;<>]+)*))?(?:; language: (?P<language>[^\s;<>]+))? -->\s*")
_LEVEL_ID = lazy(r"<!-- level id: (?P<id>[^\s<>]+) -->\s*")
#: A dimension's id under its heading in the tables side by side, and a competency's after its name in its row.
_DIMENSION_ID = lazy(r"<!-- dimension id: (?P<id>[^\s<>]+) -->\s*")
#: Where render gives a dimension no heading (a framework's only one, named 'Competencies'): its name.
_DIMENSION_NAMED = lazy(r"<!-- dimension: (?P<name>.+?) -->\s*")
_COMPETENCY_ID = lazy(r"(?P<name>.*?)[ \t]*<!-- competency id: (?P<id>[^\s<>]+) -->[ \t]*", re.DOTALL)
#: The version's fact, with the date it is in effect from where the framework gives one.
_EFFECTIVE = lazy(r"(?P<version>[^,]+), in effect from (?P<date>\S+)")
_BR = lazy(r"<br\s*/?>", re.IGNORECASE)


def looks_like(text: str) -> bool:
    """Whether a Markdown text is a page ``render --format markdown`` wrote."""
    return text.lstrip("\ufeff").startswith(_SIGNATURE) or _LAYOUT.search(text) is not None


def read(path: str, text: str) -> ImportedDocument:
    from markdown_it import MarkdownIt  # lazily: `ladderlint check` never needs it

    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    document = ImportedDocument(path, "markdown", plain_text=True)
    _Page(document, parser, parser.parse(text)).read()
    return document


class _Page:
    def __init__(self, document: ImportedDocument, parser: Any, tokens: list[Any]):
        self.document = document
        self.parser = parser
        self.sections = _sections(tokens, 2)
        self.facts_read = False
        #: The dimension render gave no heading, if any (read from the tables side by side).
        self.headless: ImportedDimension | None = None

    def read(self) -> None:
        described = [self.title(self.sections[0][2])]
        for heading, _, body in self.sections[1:]:
            if heading == "Contents":
                break
            # A heading of the description (render writes its short paragraphs as headings): a paragraph of it.
            described += [heading, _blocks_text(body, self.parser)]
        self.document.description = "\n\n".join(part for part in described if part) or None
        # The grid first: it names the dimensions, in order, and describes them and their competencies.
        dimensions = self.grid(self.section(_GRID_SECTION)[1])
        self.levels(self.section(_LEVELS_SECTION)[1], dimensions)
        self.left_out(self.section("Levels")[1])
        self.glossary(self.section("Glossary")[1])
        self.credits(self.section("Credits")[1])

    # -- the head: title, facts, description

    def section(self, name: str) -> tuple[int, list[Any]]:
        """The line and tokens of the page's section of this name (the first)."""
        return next(((line, body) for heading, line, body in self.sections[1:] if heading == name), (0, []))

    def title(self, tokens: list[Any]) -> str:
        """Read the name and facts; the description's first paragraphs."""
        blocks = list(_blocks(tokens))
        rest = []
        for block in blocks:
            if block[0].type == "heading_open" and block[0].tag == "h1" and self.document.name is None:
                self.document.name = _plain(block[1].content, self.parser)
            elif block[0].type == "bullet_list_open" and not self.facts_read:
                self.facts(block)
            elif block[0].type == "html_block" and (said := _FRAMEWORK.fullmatch(block[0].content)) is not None:
                self.document.framework_id = said.group("id")
                self.document.voice = None if said.group("voice") == "none" else said.group("voice")
                self.document.voice_said = True
                self.document.domains = (said.group("domains") or "").split()
                if said.group("language"):
                    self.document.language = (said.group("language"), _line(block[0]))
            else:
                rest.append(block)
        if self.document.track is None and self.document.name is not None and ": " in self.document.name:
            # A page of an earlier version, titled 'Name: Track'.
            self.document.name, _, self.document.track = self.document.name.rpartition(": ")
        return _blocks_text([t for block in rest for t in block], self.parser)

    def facts(self, block: list[Any]) -> None:
        self.facts_read = True
        for item in _items(block):
            labelled = _LABELLED.fullmatch(item[0].content if item else "")
            if labelled is None:
                continue
            label, value = labelled.group("label"), _plain(labelled.group("rest") or "", self.parser)
            line = _line(item[0])
            if label == "Organisation":
                from .organisation import PLACEHOLDER  # what an import that did not find it wrote

                if value != PLACEHOLDER:
                    self.document.organisation = value
            elif label == "Track":
                self.document.track = value
                self.document.track_evidence = "the page says the track"
            elif label == "Version":
                self.document.version_line = (f"Version {value.split(',')[0]}", line)
                if (effective := _EFFECTIVE.fullmatch(value)) is not None:
                    self.document.effective = effective.group("date")
            elif label == "Owners":
                self.document.owners = [owner.strip() for owner in value.split(", ") if owner.strip()]
            elif label == "Licence":
                self.document.licence = value
            elif label == "Proficiency scale":
                self.document.proficiency_scale = [name.strip() for name in value.split(" < ")]
            elif label == "Levels" and value in (_CUMULATIVE, _STANDS_ALONE):
                self.document.cumulative = value == _CUMULATIVE
            elif label == "Levels" and value == _NOT_SAID:
                pass  # the framework did not say: neither does the one imported
            else:
                self.document.unplaced(line, f"the framework's {label.lower()}, which import does not carry", value)

    # -- all levels side by side: dimensions and competencies, described

    def grid(self, tokens: list[Any]) -> list[ImportedDimension]:
        dimensions = []
        for heading, line, body in _sections(tokens, 3):
            if not heading:
                # Before the first heading: the only dimension, where render gave it
                # none; named in a comment (a wiki that drops comments: as import names one).
                if not _table_rows(body):
                    continue
                named = next((found.group("name") for token in body if token.type == "html_block"
                              and (found := _DIMENSION_NAMED.fullmatch(token.content)) is not None), None)
                dimension = self.document.dimension(named, line)
                self.headless = dimension
                body = [token for token in body if not (token.type == "html_block"
                                                        and _DIMENSION_NAMED.fullmatch(token.content))]
            else:
                dimension = self.document.dimension(heading, line)
            dimension.description = _blocks_text(body, self.parser) or None  # the table is no paragraph
            said_id = next((found for token in body if token.type == "html_block"
                            and (found := _DIMENSION_ID.fullmatch(token.content)) is not None), None)
            if said_id is not None:
                dimension.key = said_id.group("id")
            for row in _table_rows(body)[1:]:
                first = row[0]
                parts = re.split(r"<br\s*/?>", first.content, maxsplit=1)
                if parts[0].strip() == "*Introduction*":
                    continue
                said_id = _COMPETENCY_ID.fullmatch(parts[0])
                name = _plain(said_id.group("name") if said_id is not None else parts[0], self.parser)
                competency = dimension.competency(name, _line(first))
                if said_id is not None:
                    competency.key = said_id.group("id")
                if len(parts) > 1:
                    competency.description = _line_text(_ABOUT.sub("", parts[1], count=1), self.parser)
            dimensions.append(dimension)
        return dimensions

    # -- what each level expects

    def levels(self, tokens: list[Any], dimensions: list[ImportedDimension]) -> None:
        named = {dimension.name: dimension for dimension in dimensions}
        for heading, line, body in _sections(tokens, 3)[1:]:
            parts = _sections(body, 4)
            blocks = list(_blocks(parts[0][2]))
            said_id = next((found.group("id") for block in blocks if block[0].type == "html_block"
                            and (found := _LEVEL_ID.fullmatch(block[0].content)) is not None), None)
            coded = _CODED.fullmatch(heading)
            # Render shows the id beside a title that does not say it; where
            # the page keeps the id, words in parentheses that are not it
            # are the title's own ('Level 1 (junior)' of 'level-1').
            if coded is not None and said_id is not None and coded.group("code") != said_id:
                coded = None
            level = ImportedLevel(coded.group("title") if coded else heading, line,
                                  coded.group("code") if coded else None)
            if said_id is not None:
                level.id = said_id
            self.document.levels.append(level)
            if self.headless is not None:
                # The only dimension, under no heading: from its comment, or its list of competencies.
                comment_at = next((n for n, block in enumerate(blocks) if block[0].type == "html_block"
                                   and _DIMENSION_NAMED.fullmatch(block[0].content)), None)
                ends = comment_at if comment_at is not None else \
                    max((n for n, block in enumerate(blocks) if block[0].type == "bullet_list_open"), default=len(blocks))
                starts = ends + 1 if comment_at is not None else ends
                self.dimension_at(level, self.headless, [t for block in blocks[starts:] for t in block])
                blocks = blocks[:ends]
            summary = []
            for block in blocks:
                if block[0].type == "html_block" and _LEVEL_ID.fullmatch(block[0].content):
                    continue
                said = block[1].content if block[0].type == "paragraph_open" else ""
                if said.startswith(_INCLUDES_BELOW):
                    continue
                if _LABELLED.fullmatch(said) is not None:
                    self.document.unplaced(_line(block[0]), "the introduction of a dimension the framework "
                                           "does not have", _plain(said, self.parser))
                    continue
                summary.extend(block)
            level.summary = _blocks_text(summary, self.parser) or None
            for name, _, part in parts[1:]:
                dimension = named.get(name)
                if dimension is None:
                    continue  # what is new at the level: worked out from the rest
                self.dimension_at(level, dimension, part)

    def dimension_at(self, level: ImportedLevel, dimension: ImportedDimension, tokens: list[Any]) -> None:
        blocks = list(_blocks(tokens))
        # The competencies are the last list; what comes before it is the level's introduction.
        last = max((n for n, block in enumerate(blocks) if block[0].type == "bullet_list_open"), default=len(blocks))
        intro = _blocks_text([t for block in blocks[:last] for t in block], self.parser)
        if intro:
            level.dimension_summaries.append((dimension, intro))
        if last == len(blocks):
            return
        for item in _items(blocks[last]):
            labelled = _LABELLED.fullmatch(item[0].content) if item and item[0].type == "inline" else None
            if labelled is None:
                continue
            rest = (labelled.group("rest") or "").strip()
            if rest in _NOT_DESCRIBED:
                continue
            competency = dimension.competency(_plain(labelled.group("label"), self.parser), _line(item[0]))
            cell = level.cell(competency)
            if rest == _NO_STATEMENTS:
                continue
            if (reason := _NOT_ASSESSED.match(rest)) is not None:
                cell.not_applicable = _line_text(reason.group("reason"), self.parser)
            if (proficiency := _PROFICIENCY.search(rest)) is not None:
                cell.proficiency = _plain(proficiency.group("name"), self.parser)
            for nested in _nested_lists(item):
                for entry in _items(nested):
                    self.entry(cell, entry)

    def entry(self, cell: Any, tokens: list[Any]) -> None:
        content = tokens[0].content if tokens and tokens[0].type == "inline" else ""
        if content.startswith(_NOTE):
            cell.note = _line_text(content[len(_NOTE):], self.parser)
            return
        if content.startswith(_EXAMPLE):
            if cell.statements:
                cell.statements[-1].examples.append(_line_text(content[len(_EXAMPLE):], self.parser))
            return
        said_id = _STATEMENT_ID.fullmatch(content)
        text = said_id.group("text") if said_id is not None else content
        statement = ImportedStatement(_line_text(text, self.parser), _line(tokens[0]),
                                      id=said_id.group("id") if said_id is not None else None)
        cell.statements.append(statement)
        for nested in _nested_lists(tokens):
            for example in _items(nested):
                said = example[0].content if example and example[0].type == "inline" else ""
                if said.startswith(_EXAMPLE):
                    statement.examples.append(_line_text(said[len(_EXAMPLE):], self.parser))

    # -- the rest

    def left_out(self, tokens: list[Any]) -> None:
        for token in tokens:
            if token.type == "inline" and (found := _LEFT_OUT.fullmatch(token.content)) is not None:
                self.document.omitted_levels[_plain(found.group("id"), self.parser)] = \
                    _line_text(found.group("reason"), self.parser)

    def credits(self, tokens: list[Any]) -> None:
        """Each credit an item: its text, and its address where the item is one link."""
        for block in _blocks(tokens):
            if block[0].type != "bullet_list_open":
                continue
            for item in _items(block):
                if not item or item[0].type != "inline":
                    continue
                children = self.parser.parseInline(item[0].content)[0].children or []
                if len(children) >= 2 and children[0].type == "link_open" and children[-1].type == "link_close" \
                        and not any(child.type == "link_open" for child in children[1:]):
                    text = _plain(item[0].content.partition("](")[0][1:], self.parser)
                    self.document.credits.append({"text": text, "url": str(children[0].attrs.get("href", ""))})
                else:
                    self.document.credits.append(_plain(item[0].content, self.parser))

    def glossary(self, tokens: list[Any]) -> None:
        for block in _blocks(tokens):
            if block[0].type != "bullet_list_open":
                continue
            for item in _items(block):
                labelled = _LABELLED.fullmatch(item[0].content) if item and item[0].type == "inline" else None
                if labelled is not None:
                    self.document.glossary[_plain(labelled.group("label"), self.parser)] = \
                        _line_text(labelled.group("rest") or "", self.parser)


# -- tokens -------------------------------------------------------------------------


def _line(token: Any) -> int:
    return token.map[0] + 1 if token.map else 0


def _sections(tokens: list[Any], depth: int) -> list[tuple[str, int, list[Any]]]:
    """Each heading of ``depth`` (its text; "" before the first, with the
    headings above it), its line and the tokens under it, up to the next
    heading of that depth or above; two headings alike are two sections."""
    found: list[tuple[str, int, list[Any]]] = [("", 1, [])]
    current = found[0][2]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open" and int(token.tag[1]) < depth and len(found) > 1:
            current = []  # a higher heading ends the section: what follows is not ours
        elif token.type == "heading_open" and int(token.tag[1]) == depth:
            current = []
            found.append((_plain(tokens[index + 1].content), _line(token), current))
            index += 3
            continue
        current.append(token)
        index += 1
    return found


def _blocks(tokens: list[Any]) -> Iterator[list[Any]]:
    """The top-level blocks of a run of tokens, each its tokens."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.nesting == 1:
            end = index + 1
            level = 1
            while end < len(tokens) and level:
                level += tokens[end].nesting
                end += 1
            yield tokens[index:end]
            index = end
        else:
            if token.type not in ("inline",):
                yield [token]
            index += 1


def _items(block: list[Any]) -> list[list[Any]]:
    """The items of a list: each item's tokens inside it, its own paragraph's
    inline first (a tight list's paragraphs are hidden, not gone)."""
    items: list[list[Any]] = []
    depth = 0
    for token in block[1:-1]:
        if depth == 0 and token.type == "list_item_open":
            items.append([])
        elif depth == 0 and token.type == "list_item_close":
            continue
        elif items:
            items[-1].append(token)
            depth += token.nesting
    return [[t for t in item if t.type not in ("paragraph_open", "paragraph_close")] for item in items]


def _nested_lists(item: list[Any]) -> list[list[Any]]:
    return [block for block in _blocks(item) if block[0].type in ("bullet_list_open", "ordered_list_open")]


def _table_rows(tokens: list[Any]) -> list[list[Any]]:
    """The rows of a table, each its cells' inline tokens."""
    rows: list[list[Any]] = []
    in_row = False
    for token in tokens:
        if token.type in ("tr_open", "tr_close"):
            in_row = token.type == "tr_open"
            if in_row:
                rows.append([])
        elif token.type == "inline" and in_row:
            rows[-1].append(token)
    return rows


# -- text ---------------------------------------------------------------------------


def _plain(content: str, parser: Any = None) -> str:
    """The words a reader sees of a line of inline Markdown: escapes and
    entities resolved, emphasis and render's links taken off; a link to
    another place keeps its address, as the framework's text wrote it."""
    if parser is None:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark", {"html": True})
    from urllib.parse import unquote

    out: list[str] = []
    words: list[str] = []  # of the link being read
    href: str | None = None
    for child in (parser.parseInline(content)[0].children or []) if content else []:
        kind = child.type
        said = {"text": child.content, "code_inline": child.markup + child.content + child.markup,
                "softbreak": " ", "hardbreak": "\n", "image": child.content}.get(kind)
        if kind == "html_inline":
            said = "\n" if _BR.fullmatch(child.content) else child.content
        if said is not None:
            (words if href is not None else out).append(said)
        elif kind == "link_open":
            href, words = str(child.attrs.get("href", "")), []
        elif kind == "link_close" and href is not None:
            text = "".join(words)
            # Render links glossary terms and web addresses in the text: the text is their words.
            out.append(text if href.startswith("#") or unquote(href) == text else f"[{text}]({href})")
            href = None
    return "".join(out)


def _line_text(content: str, parser: Any) -> str:
    """A text render wrote on one line (``md_line``): its paragraphs and list
    items apart by ``<br>``, a bullet as '•'. Back to its paragraphs and lists."""
    lines = _plain(content, parser).split("\n")
    out = ""
    was_item = False
    for n, line in enumerate(lines):
        item = line.startswith("• ") or re.match(r"\d+\. ", line) is not None
        written = f"- {line[2:]}" if line.startswith("• ") else line
        if n:
            out += "\n" if item and was_item else "\n\n"
        out += written
        was_item = item
    return out


def _blocks_text(tokens: list[Any], parser: Any) -> str:
    """Paragraphs and lists as the framework's text writes them: paragraphs
    apart by a blank line, a list's items one a line."""
    parts = []
    for block in _blocks(tokens):
        kind = block[0].type
        if kind == "paragraph_open":
            parts.append(_plain(block[1].content, parser))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = int(block[0].attrs.get("start", 1) or 1) if kind == "ordered_list_open" else None
            lines = []
            for n, item in enumerate(_items(block)):
                words = _plain(item[0].content, parser) if item and item[0].type == "inline" else ""
                lines.append(f"{start + n}. {words}" if start is not None else f"- {words}")
            parts.append("\n".join(lines))
    return "\n\n".join(part for part in parts if part)
