"""Plain-text exports of a level page, where structure survives only as line
order and indentation.

The shape this reads (a copy of a career-framework page out of a browser or
a word processor, one level per document)::

    EscrowTab Engineering Career Framework      framework name
    IC3 Machine Learning Engineer               the level (a line naming IC3, P2, Level 4 ...)
    I independently identify and deliver ...    the level's summary
    Scope                                       column headers of a table that lost
    Area of ownership and level of autonomy     its borders, each with its description,
    ...                                         then all the table's bullets
      • I own and deliver projects ...

    Results                                     a dimension: a heading between blank lines
                                                (an emoji's name may stand in front of it)
    Responsibility                              table headers, reported as not content
    Key Behaviors
    Impact                                      a competency: the line before bullets
      • I deliver some of my team's goals ...   statements, indented bullets
    ...
    * ML development lifecycle refers to ...    a footnote: a glossary entry

Lines that are neither are reported with their line numbers.

A document of several levels (a line per level after a blank line: 'L2 —
Software Engineer', 'Senior Engineer') is read instead as the document tree
of a page (:func:`outline_of_levels`), whose layout ``outline`` recognises.
"""

from __future__ import annotations

import re

from .blocks import Cell, Heading, Item, Other, Outline, Paragraph, Row, Table
from .common import BULLET, Bullet, Column, cell_statements, distribute, glossary_from_footnote, rst_footnotes, statements
from .document import (COLUMN_HEADER, ImportedCompetency, ImportedDimension, ImportedDocument, ImportedLevel,
                       ImportedStatement, ImportFailure)
from .source import BLANK_CHARACTERS, Ledger, is_blank
from ..patterns import lazy
from ..text import goes_on_below, name_key
from ..vocabulary import LEVEL_LINE, level_code
from .textutil import emoji_prefix, is_level_name, is_title_like, organisation_in

NAME = "text"


def read(path: str, text: str, level: str | None = None) -> ImportedDocument:
    document = ImportedDocument(path, NAME)
    ledger = Ledger(word_list_marks(text.split("\n")))
    lines = ledger.lines
    chrome = page_chrome(lines)
    lines[:] = [line.replace("\f", "") for line in lines]  # a form feed starts a page: no text
    for n in sorted(chrome):
        ledger.explain(document, n + 1, PAGE_CHROME)
        lines[n] = ""
    total = len(lines)

    def content(number: int) -> str:
        return lines[number - 1].rstrip(" \t")

    first_bullet = next((n for n in range(1, total + 1) if _bullet(content(n))), None)
    # A list typed by hand ('- I design ...' at the margin): where the page
    # has no other bullets, its items are the statements. Only those typed
    # with its first item's mark: '* ' under a '- ' list is still a footnote.
    margin_mark = ""
    if first_bullet is None and not _laid_out_in_columns(lines):
        typed = next(((n, m) for n in range(1, total + 1) if (m := BULLET.match(content(n)))), None)
        if typed is not None:
            first_bullet, margin_mark = typed[0], typed[1].group("marker")
    if first_bullet is None:
        if _laid_out_in_columns(lines):
            raise ImportFailure(path, "text laid out in columns of spaces (as `pdftotext -layout` writes a table) "
                                      "whose header row does not name levels, or whose lines do not keep its "
                                      "columns, cannot be read: export the table to CSV, or run pdftotext "
                                      "without -layout")
        raise ImportFailure(path, "no bulleted statements and no lines naming levels: plain text is read as one "
                                  "level's page (a line naming the level, then bullets) or as a section per level "
                                  "(a line naming each level, after a blank line, over its bullets)")

    # --- the level: framework name, level title, summary, column headers ---
    head = [n for n in range(1, first_bullet) if not is_blank(lines[n - 1])]
    level_line = next((n for n in head if level_code(content(n).strip())), None)
    if level_line is None and level is None:
        raise ImportFailure(path, *_no_level_line(lines, head))
    # Without a line naming the level, the page still opens with the
    # framework's name and the level's title, when the lines look like them.
    name_line: int | None = None
    if level_line is None and head:
        first = content(head[0]).strip(" \t")
        if organisation_in(first) or any(w in first.lower() for w in ("framework", "ladder", "competencies")):
            name_line = head[0]
            if len(head) > 1 and is_title_like(content(head[1]).strip()):
                level_line = head[1]
        elif is_title_like(first):
            level_line = head[0]
    imported = ImportedLevel(
        title=content(level_line).strip(" \t") if level_line else level or "",
        line=level_line or 1,
        id=level,
    )
    document.levels.append(imported)
    if level_line:
        ledger.use(level_line)
    header_end = level_line or name_line or 0
    for n in head:
        if n >= header_end and n != name_line:
            break
        line = content(n).strip(" \t")
        if not any(ch.isalnum() for ch in line):
            ledger.explain(document, n, "stray symbol, not text")
        elif document.name is None:
            document.name = line
            document.organisation = organisation_in(line)
            ledger.use(n)
    rest = [n for n in head if n > header_end]
    if rest and not is_title_like(content(rest[0]).strip()):
        imported.summary = content(rest[0]).strip(" \t")
        ledger.use(rest[0])
        rest = rest[1:]
    if imported.title:
        document.track = _track(imported.title)

    # --- the body, line by line ---
    reader = _Body(document, ledger, imported, margin_mark)
    reader.start_columns(rest)
    for n in range(first_bullet, total + 1):
        reader.feed(n)
    reader.finish()
    ledger.report_rest(document)
    document.prune()
    return document


#: The marks Word's "Plain Text" export gives a list's second and third levels ('o', then '§', each
#: then a tab, at the margin as the first level's '•' is): a letter and a symbol no list reader knows.
_WORD_SUB_BULLET = lazy(r"^(?P<indent>[ \t]*)(?P<marker>o(?=[\t ])|§(?=\t))[ \t]+(?P<text>\S.*)$")
_WORD_DEPTHS = {"o": 1, "§": 2}


def has_bullets(text: str) -> bool:
    """Whether a plain-text document has a bullet the level page's reader reads."""
    return any(_bullet(line.rstrip(" \t")) for line in word_list_marks(text.split("\n")))


def word_list_marks(lines: list[str]) -> list[str]:
    """The lines with Word's plain-text marks of nested list items ('o\te.g.
    the payments gateway' under '•\tDesigns services ...') written as the
    bullets of nested items, indented under the bullet above them; only
    right under a bullet, where a line is never prose that starts 'o '."""
    out: list[str] = []
    base: str | None = None  # the indent of the list's first level, while the list lasts
    for line in lines:
        nested = _WORD_SUB_BULLET.match(line) if base is not None else None
        if nested is not None and base is not None:
            out.append(f"{base}{'    ' * _WORD_DEPTHS[nested['marker']]}◦ {nested['text']}")
            continue
        bullet = BULLET.match(line)
        base = bullet["indent"].expandtabs(4) if bullet is not None else None
        out.append(line)
    return out


def _bullet(line: str, margin_mark: str = "") -> bool:
    """Whether a line is a bullet of a level page: indented, or marked with a
    symbol or a number; '*', '+' or '-' at the margin only where it is
    ``margin_mark``, the mark of a list typed at the margin (else '* ' opens
    a footnote, and '-' a line of prose)."""
    match = BULLET.match(line)
    return match is not None and (bool(match.group("indent")) or match.group("marker") not in "*+-"
                                  or match.group("marker") == margin_mark)


def _no_level_line(lines: list[str], head: list[int]) -> tuple[str, int]:
    """Why a level's page is not read, and its line: no line above its
    bullets names the level with a code. What to write instead, for one
    level and for several (whose headings, without codes, read as
    competencies)."""
    unnamed = "no line above its bullets names a level code (IC3, P2, Level 4 ...)"
    if head:
        unnamed = f"this line ('{lines[head[0] - 1].strip()}'), like every line above its bullets, names no " \
                  "level code (IC3, P2, Level 4 ...)"
    return (f"cannot tell which level this document describes: {unnamed}; if it describes one level, pass "
            "--level ID, or write the level's code on the line that names it ('IC3 Senior Engineer'); if it "
            "describes several, start each one's section with a line that names it with its code ('L2 — "
            "Software Engineer'), after a blank line", head[0] if head else 0)


def _track(title: str) -> str | None:
    token = level_code(title)
    if token and title.startswith(token):
        rest = title[len(token) :].strip(" \t-–—:")
        return rest or None
    return None


class _Body:
    """Walks the lines after the level's header and builds its cells."""

    def __init__(self, document: ImportedDocument, ledger: Ledger, level: ImportedLevel, margin_mark: str):
        self.document = document
        #: The mark of the page's list where it is typed at the margin ('-', '*'), else "".
        self.margin_mark = margin_mark
        self.ledger = ledger
        self.level = level
        self.dimension: ImportedDimension | None = None
        self.competency: ImportedCompetency | None = None
        self.pending: list[int] = []
        self.columns: list[Column] = []
        self.column_bullets: list[Bullet] = []
        self.group = 0
        self.footnotes: list[int] = []
        #: The statement the last line read belongs to (a bullet, or a line that went on with it), and that line.
        self.said: Bullet | ImportedStatement | None = None
        self.said_line = 0

    def text(self, n: int) -> str:
        return self.ledger.lines[n - 1]

    # The block of column headers right after the summary.
    def start_columns(self, numbers: list[int]) -> None:
        for n in numbers:
            line = self.text(n).strip(BLANK_CHARACTERS)
            if is_title_like(line):
                self.columns.append(Column(line, n))
            elif self.columns and self.columns[-1].description is None:
                self.columns[-1].description = line
            else:  # a description whose heading the export lost
                self.columns.append(Column(None, n, line))
            self.ledger.use(n)
        if len(self.columns) == 1 and self.columns[0].name is not None:
            # One heading is not a table: it is the first competency.
            column = self.columns[0]
            self.competency = self._dimension().competency(column.name, column.line, column.description)
            self.columns = []

    def feed(self, n: int) -> None:
        raw = self.text(n)
        if is_blank(raw):
            self.group += 1
            return
        match = BULLET.match(raw.rstrip(" \t"))
        if match and _bullet(raw.rstrip(" \t"), self.margin_mark):
            self.bullet(Bullet(match.group("text"), n, self.group))
            return
        if raw.startswith("* ") or raw.startswith("*\t"):
            self.footnotes.append(n)  # '* term refers to ...' at the margin, after the bullets
            return
        below = self.text(n + 1) if n < len(self.ledger.lines) else ""
        if self.said is not None and self.said_line == n - 1 and goes_on_below(self.said.text, raw, below):
            # A bullet's sentence wrapped onto the next line, at the margin: the same statement.
            self.go_on(self.said, n)
            return
        if self.columns and self.column_bullets:
            self.flush_columns()
        if self._is_dimension_heading(n):
            self.dimension = self.document.dimension(raw.strip(BLANK_CHARACTERS), n)
            self.competency = None
            self.flush_pending(final=True)
            self.ledger.use(n)
            return
        if self.competency is not None and self.said_line == n - 1 and raw[:1] in " \t" and not self.pending:
            # An indented line right under a bullet continues it (a blank line ends it).
            cell = self.level.cell(self.competency)
            if cell.statements:
                self.go_on(cell.statements[-1], n)
                return
        self.pending.append(n)

    def go_on(self, said: Bullet | ImportedStatement, n: int) -> None:
        """Line ``n`` goes on with the statement ``said``."""
        said.text = rejoined(said.text, self.text(n).strip(" \t"))
        self.said, self.said_line = said, n
        self.ledger.use(n)

    def bullet(self, bullet: Bullet) -> None:
        self.ledger.use(bullet.line)
        self.said_line = bullet.line
        if self.columns and self.dimension is None and not self.pending:
            self.column_bullets.append(bullet)
            self.said = bullet
            return
        if self.columns:
            self.flush_columns()
        if self.pending:
            heading = self.pending.pop()
            self.flush_pending(final=False)
            name = self.text(heading).strip(" \t")
            self.competency = self._dimension().competency(name, heading)
            self.ledger.use(heading)
        elif self.competency is None:
            self.competency = self._dimension().competency(None, bullet.line)
        self.said = statements([bullet])[0]
        self.level.cell(self.competency).statements.append(self.said)

    def _dimension(self) -> ImportedDimension:
        if self.dimension is None:
            return self.document.dimension(None, 1)
        return self.dimension

    def flush_pending(self, final: bool) -> None:
        """Text lines before a competency heading: the dimension's summary
        (sentences before its first competency) or table headers."""
        summary: list[int] = []
        for n in self.pending:
            line = self.text(n).strip(BLANK_CHARACTERS)
            if is_title_like(line):
                self.ledger.explain(self.document, n, COLUMN_HEADER)
            elif self.dimension is not None and self.competency is None and not final:
                summary.append(n)
            else:
                self.ledger.explain(self.document, n, "text outside any competency")
        if summary:
            # Keep the lines between the paragraphs (often a lone no-break space) as they are.
            first, last = summary[0], summary[-1]
            text = "\n".join(self.text(k).rstrip(" \t") for k in range(first, last + 1))
            self.level.dimension_summaries.append((self.dimension, text))  # type: ignore[arg-type]
            self.ledger.use_range(first, last)
        self.pending = []

    def flush_columns(self) -> None:
        groups = distribute(self.columns, self.column_bullets, self.document)
        dimension = self.document.dimension(None, self.columns[0].line)
        for column, bullets in zip(self.columns, groups):
            competency = dimension.competency(column.name, column.line, column.description)
            if bullets:
                self.level.cell(competency).statements.extend(statements(bullets))
        self.columns, self.column_bullets = [], []

    def _is_dimension_heading(self, n: int) -> bool:
        lines = self.ledger.lines
        raw = lines[n - 1].strip(BLANK_CHARACTERS)
        before = n == 1 or lines[n - 2] == "" or not lines[n - 2].strip()
        after = n == len(lines) or lines[n] == "" or not lines[n].strip()
        words = raw[len(emoji_prefix(raw)) :].strip()
        return before and after and is_title_like(words)

    def finish(self) -> None:
        if self.columns:
            self.flush_columns()
        self.flush_pending(final=True)
        corpus = "\n".join(self.ledger.lines)
        for n in self.footnotes:
            footnote = self.text(n)[1:].strip(" \t")
            term = glossary_from_footnote(self.document, footnote, corpus)
            if term is None:
                self.ledger.explain(self.document, n, "footnote that no starred term refers to")
            else:
                self.ledger.use(n)


# --- plain text of several levels --------------------------------------------


def outline_of_levels(text: str) -> Outline | None:
    """A plain-text document of several levels, as the document tree:
    lines that each open a level's section ('L2 — Software Engineer',
    'Level 3: Senior Engineer', 'Senior Software Engineer' alone on a line
    after a blank one) are its level headings, two or more naming
    different levels; bullets are list items (nested by indentation; a
    line indented under one, or right under it going on with its
    sentence, wraps it), a short line right before bullets names their
    competency, and other lines are paragraphs. The first line, where it opens no level, is the
    title. None where fewer than two lines open levels (a level page)."""
    lines, rst_notes = rst_footnotes(word_list_marks(text.split("\n")))  # an '.rst' page given --format text
    notes = {first: (last, said) for first, last, said in rst_notes}
    chrome = page_chrome(lines)
    written = list(lines)
    lines = ["" if n in chrome else line.replace("\f", "") for n, line in enumerate(lines)]
    starts = [n for n, line in enumerate(lines) if _opens_level(lines, n)]
    if len({name_key(lines[n]) for n in starts}) < 2:
        return None
    indents = sorted({len(m.group("indent").expandtabs(4)) for m in map(BULLET.match, lines) if m})
    groups = {n for n in range(len(lines)) if n not in starts and _heads_a_group(lines, n)}
    outline = Outline(plain_text=True)
    blocks = outline.blocks
    paragraph: list[int] = []

    def close() -> None:
        if paragraph:
            said = lines[paragraph[0]].strip()
            for n in paragraph[1:]:
                said = rejoined(said, lines[n].strip())
            blocks.append(Paragraph(said, paragraph[0] + 1, paragraph[-1] + 1))
            paragraph.clear()

    first = next((n for n, line in enumerate(lines) if not is_blank(line)), 0)
    for n, line in enumerate(lines):
        stripped = line.strip(BLANK_CHARACTERS)
        bullet = BULLET.match(line)
        after = lines[n + 1] if n + 1 < len(lines) else ""
        if n in chrome:
            close()
            blocks.append(Other(written[n].strip(BLANK_CHARACTERS + "\f"), n + 1, n + 1, PAGE_CHROME))
        elif n in notes and notes[n][1]:
            close()
            blocks.append(Other(notes[n][1], n + 1, notes[n][0] + 1, "a footnote"))
        elif n in notes:
            outline.structure.append(n + 1)  # a line that held only a footnote's mark
        elif not stripped:
            if written[n].strip(BLANK_CHARACTERS):
                outline.structure.append(n + 1)  # a form feed alone: where a page starts
            close()
        elif _UNDERLINE.fullmatch(stripped) and blocks and isinstance(blocks[-1], Heading) and blocks[-1].last == n:
            blocks[-1].last = n + 1  # '=====' under a title: part of it, as Markdown's setext headings
        elif n in starts:
            close()
            blocks.append(Heading(2, stripped, n + 1, n + 1))
        elif bullet is not None:
            close()
            depth = indents.index(len(bullet.group("indent").expandtabs(4)))
            blocks.append(Item(bullet.group("text").strip(), n + 1, n + 1, depth=depth))
        elif blocks and isinstance(blocks[-1], Item) and blocks[-1].last == n and not paragraph and \
                (_wraps_under(lines[blocks[-1].line - 1], line) or goes_on_below(blocks[-1].text, stripped, after)):
            # A bullet's continuation: right under it, indented or going on with its sentence
            # (a blank line ends it).
            blocks[-1].text = rejoined(blocks[-1].text, stripped)
            blocks[-1].last = n + 1
        elif n == first and first < starts[0]:
            blocks.append(Heading(1, stripped, n + 1, n + 1))  # the document's title
        elif n in groups:
            close()
            blocks.append(Heading(3, stripped, n + 1, n + 1))
        elif _names_bullets(lines, n):
            close()
            blocks.append(Heading(4 if groups else 3, stripped.rstrip(":").strip(), n + 1, n + 1))
        else:
            paragraph.append(n)
    close()
    return outline


#: A word a line ends on, broken with a hyphen ('guid-'); and the lower-case word a line starts with ('ance.').
_HYPHENATED = lazy(r"(?<![\w-])(?P<start>[A-Za-z]+)-$")
_WORD_START = lazy(r"(?P<end>[a-z]+)\b")

#: A line of '=' or '-' under a title, underlining it.
_UNDERLINE = lazy(r"={3,}|-{3,}")


def _wraps_under(bullet: str, line: str) -> bool:
    """Whether ``line``, right under the bullet's line ``bullet``, is indented
    as its wrapped text is, rather than a label ('  Teamwork:') less indented
    than the bullet's text."""
    if line[:1] not in " \t":
        return False
    match = BULLET.match(bullet)
    if match is None or not line.rstrip().endswith(":"):
        return True
    indent = len(line) - len(line.lstrip(" \t"))
    return len(line[:indent].expandtabs(4)) >= len(bullet[:match.start("text")].expandtabs(4))


def _opens_level(lines: list[str], n: int) -> bool:
    """Whether line ``n`` opens a level's section: after a blank line (or
    first), not a bullet, its words a level's code and title ('L2 —
    Software Engineer') or only a level's name with its code or seniority
    ('Senior Software Engineer', 'Level 3')."""
    if BULLET.match(lines[n]) or (n > 0 and not is_blank(lines[n - 1])):
        return False
    return _names_a_level(lines[n])


def _names_a_level(text: str) -> bool:
    """Whether a line, not a sentence, is a level's code and title ('L2 —
    Software Engineer') or only a level's name with its code or seniority
    ('Senior Software Engineer', 'Level 3')."""
    line = " ".join(text.split())
    if not line or line[-1] in ".!?,;":
        return False
    coded = LEVEL_LINE.fullmatch(line)
    if coded is not None and level_code(coded.group("code")):
        return True
    return len(line.split()) <= 6 and is_title_like(line) and is_level_name(line)


def _heads_a_group(lines: list[str], n: int) -> bool:
    """A short line alone between blank lines over a line that names
    bullets ('Technical Competencies', then 'Engineering' over its bullets):
    a group of competencies, as a dimension's heading."""
    line = " ".join(lines[n].split())
    if not line or BULLET.match(lines[n]) or not is_title_like(line) or (n > 0 and not is_blank(lines[n - 1])):
        return False
    below = next((m for m in range(n + 1, len(lines)) if not is_blank(lines[m])), None)
    return below is not None and below > n + 1 and _names_bullets(lines, below)


def _names_bullets(lines: list[str], n: int) -> bool:
    """A short line right before bullets ('Technical skills', 'Delivery:'): their competency."""
    line = " ".join(lines[n].split())
    below = lines[n + 1] if n + 1 < len(lines) else ""
    return BULLET.match(below) is not None and len(line.split()) <= 6 and line[-1:] not in ".!?,;" and \
        (is_title_like(line.rstrip(":")) or line.endswith(":"))


# --- what a PDF's text keeps of its pages ---------------------------------------

#: How the report names a page's running header or footer.
PAGE_CHROME = "page chrome: a page's number, or a header or footer repeated on each page, not part of the ladder"
#: A page's number as a PDF's footer writes it: 'Page 3 of 12', 'Page 3', '3 of 12', '3 / 12', '- 3 -'.
_PAGE_NUMBER = lazy(r"(?:page[ \t]+\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?|\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}|"
                    r"[-\u2013\u2014][ \t]*\d{1,4}[ \t]*[-\u2013\u2014])", re.IGNORECASE)
#: A line of a page laid out in columns (pdftotext -layout), its last field, after two spaces or more.
_LAST_FIELD = lazy(r"\S(?:[ \t]{2,})(?P<field>\S.*?)[ \t]*$")
#: The most lines a running header or footer takes.
_CHROME_LINES = 3


def _page_number(line: str) -> bool:
    """Whether a line is a page's number, alone or at the end of a footer
    laid out on one line ('Acme Inc. - Confidential      Page 1 of 2')."""
    words = line.strip(BLANK_CHARACTERS + "\f")
    if _PAGE_NUMBER.fullmatch(words):
        return True
    field = _LAST_FIELD.search(words)
    return field is not None and _PAGE_NUMBER.fullmatch(field["field"]) is not None


def page_chrome(lines: list[str]) -> set[int]:
    """The lines (0-based) of a PDF's text that are its pages' running
    headers and footers: a page's number ('Page 1 of 2') with the lines set
    apart with it (a paragraph of up to three lines: 'Acme Inc. -
    Confidential' over it), and a paragraph as short that opens or ends
    two pages or more (pages part at form feeds and page numbers) alike,
    but for its numbers, except where it opens the document, as its title.
    Never a bullet, nor a line naming a level ('Level 2' atop its page)."""
    paragraphs: list[list[int]] = []
    opening: set[int] = set()  # the paragraphs a form feed comes before: each opens a page
    current: list[int] = []
    form_feed = False
    for n, line in enumerate(lines):
        if "\f" in line or is_blank(line):
            form_feed = form_feed or "\f" in line
            if current:
                paragraphs.append(current)
                current = []
        if not is_blank(line.replace("\f", "")):
            if not current and form_feed:
                opening.add(len(paragraphs))
                form_feed = False
            current.append(n)
    if current:
        paragraphs.append(current)
    short = [len(p) <= _CHROME_LINES and not any(BULLET.match(lines[n].replace("\f", "")) for n in p)
             for p in paragraphs]
    chrome: set[int] = set()
    numbered = [i for i, p in enumerate(paragraphs) if short[i] and any(_page_number(lines[n]) for n in p)]
    for i in numbered:
        chrome.update(paragraphs[i])
    # The pages: each ends at a page's number, or where a form feed starts the next.
    pages: list[list[int]] = [[]]
    for i, paragraph in enumerate(paragraphs):
        if i in opening and pages[-1]:
            pages.append([])
        pages[-1].append(i)
        if i in numbered:
            pages.append([])
    pages = [page for page in pages if page]
    if len(pages) < 2:
        return chrome
    edges: dict[str, list[int]] = {}
    for page in pages:
        body = [i for i in page if i not in numbered]
        for i in {body[0], body[-1]} if body else ():
            # A level's name opening each page ('Level 2', then 'Level 3') is alike but for its number, and no header.
            if short[i] and not any(_names_a_level(lines[n].replace("\f", "")) for n in paragraphs[i]):
                said = " ".join(" ".join(lines[n].split()) for n in paragraphs[i])
                edges.setdefault(re.sub(r"\d+", "#", said), []).append(i)
    for found in edges.values():
        if len(found) >= 2:
            # The header that opens the document is its title too ('Acme Engineering Framework'): kept, its copies not.
            chrome.update(n for i in found if i != 0 for n in paragraphs[i])
    return chrome


def rejoined(said: str, line: str) -> str:
    """``said`` and the next ``line`` that goes on with it, as one text: a
    space between, but for a word a line break hyphenated ('guid-', then
    'ance.'), which is one word again ('guidance.') where the dictionary
    holds it, and a compound ('well-', then 'known') whose hyphen stays."""
    head = _HYPHENATED.search(said)
    tail = _WORD_START.match(line)
    if head is None or tail is None:
        return f"{said} {line}"
    from ..dictionary import english  # lazily: read only for a hyphen at a line's end

    dictionary = english()
    start, end = head["start"].lower(), tail["end"].lower()
    word = start + end
    # Two words on their own, joined in a word the dictionary hardly saw, are a compound ('follow-up').
    compound = dictionary.exact(start) and dictionary.exact(end) and dictionary.rare(word)
    if dictionary.exact(word) and not compound:
        return said[:-1] + line
    return said + line


# --- a table laid out in columns of spaces (pdftotext -layout) -----------------

#: A field of a line laid out in columns: text with single spaces inside, two spaces or more around it.
_FIELD = lazy(r"\S+(?: \S+)*")
#: How far a field may start from its column's start and still be the column's.
_SLACK = 2


def _fields(line: str) -> list[tuple[int, str]]:
    """The fields of a line laid out in columns, each with where it starts."""
    return [(m.start(), m.group()) for m in _FIELD.finditer(line.expandtabs(8))]


def _laid_out_in_columns(lines: list[str]) -> bool:
    """Whether text is laid out in columns of spaces: three lines or more
    hold three fields or more, parted by two spaces or more."""
    return sum(1 for line in lines if len(_fields(line)) >= 3) >= 3


def _columns_header(lines: list[str]) -> int | None:
    """The line (0-based) of a table's header laid out in columns: three
    fields or more, parted by two spaces or more, of which two or more
    name levels ('Competency   Engineer I   Engineer II   Senior Engineer')."""
    for n, line in enumerate(lines):
        fields = _fields(line)
        if len(fields) >= 3 and sum(1 for _, said in fields[1:] if level_code(said) or is_level_name(said)) >= 2:
            return n
    return None


def _cells(line: str, starts: list[int]) -> list[str] | None:
    """A line cut into the columns that start at ``starts``: each field in
    the column it starts in, a field running past the next column's start
    cut there where a space is; None where a field starts between columns
    or a word runs across a column's start (the line is not laid out so)."""
    cells = [""] * len(starts)
    text = line.expandtabs(8)
    for at, said in _fields(text):
        end = at + len(said)
        column = max((i for i, start in enumerate(starts) if start - _SLACK <= at), default=None)
        if column is None or (column + 1 < len(starts) and at >= starts[column + 1] - _SLACK):
            return None
        if column > 0 and at > starts[column] + _SLACK and cells[column]:
            return None
        while column + 1 < len(starts) and end > starts[column + 1]:
            cut = starts[column + 1]
            if text[cut - 1] != " ":
                return None  # a word across the column's start
            cells[column] = f"{cells[column]} {text[at:cut].strip()}".strip()
            at, column = cut, column + 1
        cells[column] = f"{cells[column]} {text[at:end].strip()}".strip()
    return cells


def outline_of_columns(text: str) -> Outline | None:
    """A table laid out in columns of spaces, as ``pdftotext -layout``
    writes a PDF's table: a header line whose fields name the levels
    ('Competency   Engineer I   Engineer II'), their starts the columns'; then
    each row a paragraph (up to a blank line), each line's text in the column
    it starts in, the lines of a cell joined as wrapped text is. The header
    again on a later page is structure, page chrome is reported, the lines
    before the header are the title and what follows it. None where no such
    header is found, or a line of the table does not keep its columns."""
    written = text.split("\n")
    chrome = page_chrome(written)
    lines = ["" if n in chrome else line.replace("\f", "") for n, line in enumerate(written)]
    header = _columns_header(lines)
    if header is None:
        return None
    starts = [at for at, _ in _fields(lines[header])]
    titles = [said for _, said in _fields(lines[header])]
    outline = Outline(plain_text=True)
    for n in range(header):
        said = lines[n].strip(BLANK_CHARACTERS)
        if said:
            first = not outline.blocks
            outline.blocks.append(Heading(1, " ".join(said.split()), n + 1, n + 1) if first
                                  else Paragraph(" ".join(said.split()), n + 1, n + 1))
    rows = [Row([Cell(cell_statements(title, False), header + 1) for title in titles], header + 1, header=True)]
    row: list[str] | None = None
    last = header + 1
    for n in range(header + 1, len(lines)):
        if n in chrome:
            outline.blocks.append(Other(" ".join(written[n].split()), n + 1, n + 1, PAGE_CHROME))
            continue
        if is_blank(lines[n]):
            if not is_blank(written[n]):
                outline.structure.append(n + 1)  # a form feed alone: where a page starts
            row = None
            continue
        if [said for _, said in _fields(lines[n])] == titles:
            outline.structure.append(n + 1)  # the header again, atop a later page
            row = None
            continue
        cells = _cells(lines[n], starts)
        if cells is None:
            return None
        if row is None:
            row = cells
            rows.append(Row([], n + 1))
        else:
            row[:] = [rejoined(said, more) if said and more else said or more for said, more in zip(row, cells)]
        rows[-1].cells = [Cell(cell_statements(said, False) if said else [], rows[-1].line) for said in row]
        last = n + 1
    if len(rows) < 2:
        return None
    table = Table(rows, header + 1, last)
    at = next((i for i, b in enumerate(outline.blocks) if b.line > header + 1), len(outline.blocks))
    outline.blocks.insert(at, table)
    return outline
