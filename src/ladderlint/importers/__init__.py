"""`ladderlint import`: turn the documents career frameworks live in into framework YAML.

Each document is read into one document tree (``blocks``: Markdown through
markdown-it, HTML through lxml, Word documents through mammoth, spreadsheets
through csv and openpyxl) whose layout ``outline`` recognises with evidence,
or by a reader of its own (plain-text exports, Monzo front matter, flattened
progression tables, JobFrame pages). Each gives
:class:`~.document.ImportedDocument` s (levels, dimensions, competencies and
statements in the document's words, with line numbers, plus a report of what
it could not place). :mod:`.tracks` groups them by track, :mod:`.merge`
turns each track into one framework, and :mod:`.writer` writes it as YAML,
the same bytes every time.

The rules of an import live here, not in the command line: what option
values are valid, which files may be written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Sequence

from ..files import is_yaml_name
from ..text import name_key, plural
from .document import ImportedDocument, ImportFailure, ReportEntry
from .merge import VERSION_GIVEN, Options, define, names_its_level, restatements
from .outline import HEADING_NAMES, LAYOUTS, NO_LEVELS, Steering
from .outline.helpers import track_named
from .textutil import is_folder_page, without_decoration
from .spreadsheet import reads_as_delimited

if TYPE_CHECKING:
    from .blocks import Outline
    from .overview import Overview
    from .glossary import Section
    from ..model import Restatements
    from .tracks import Track

#: Input formats, in the order ``auto`` tries them (binary ones by their file name).
FORMATS = ("monzo", "html", "jobframe", "progression", "markdown", "text", "csv", "xlsx", "docx", "mediawiki")
#: Formats read into the document tree, whose layout is recognised on it.
_TREE_FORMATS = frozenset({"html", "markdown", "csv", "xlsx", "docx", "mediawiki"})
_BINARY = {".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx"}
#: The files a directory named to `import` is read for: the documents of
#: every format it reads. Style sheets, images and the like are left out.
DOCUMENT_SUFFIXES = (".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml", ".txt", ".text", ".csv", ".tsv",
                     ".wiki", ".mediawiki", ".wikitext", *_BINARY)
#: Optional extras and the package each needs.
EXTRAS = {"xlsx": "openpyxl", "docx": "mammoth"}

__all__ = [
    "EXTRAS", "FORMATS", "HEADING_NAMES", "LAYOUTS", "ImportFailure", "ImportResult", "InvalidOption", "Options",
    "ReportEntry", "STRUCTURE_RULES", "Steering", "check_destinations", "check_options", "detect", "import_files", "import_tracks",
]


class InvalidOption(ValueError):
    """An option value the import cannot use; ``option`` names it as typed."""

    def __init__(self, option: str, message: str):
        super().__init__(message)
        self.option = option
        self.message = message


@dataclass
class ImportResult:
    data: dict[str, Any]
    yaml: str
    documents: list[ImportedDocument]
    report: list[ReportEntry] = field(default_factory=list)
    #: Where --split-tracks writes this framework (None: where -o says).
    path: str | None = None
    #: The entries of the report that other tracks' reports hold too (a
    #: page of two tracks reports its text once for both): counted once, for
    #: the page, not with each track.
    shared: frozenset[ReportEntry] = frozenset()
    #: The framework's keys read from how the documents are written, not from their words or an option
    #: (``merge.build``: a track from the levels' titles, the voice from the statements): a framework
    #: written before keeps its own.
    read_from_how: frozenset[str] = frozenset()

    @property
    def unplaced(self) -> list[ReportEntry]:
        """The texts of this track not placed (not those of a page it shares)."""
        return [entry for entry in self.report if entry.kind == "unplaced" and entry not in self.shared]

    @property
    def notices(self) -> list[ReportEntry]:
        """The notices of this track (not those of a page it shares)."""
        return [entry for entry in self.report if entry.kind == "notice" and entry not in self.shared]


# --- the rules of a request -------------------------------------------------------


def check_options(options: Options, levels: Sequence[str] = (), split_tracks: bool = False) -> None:
    """Option values must be what the schema allows where they end up."""
    from ..schema_file import schema

    definitions = schema()["$defs"]
    patterns = {
        "slug": definitions["slug"]["pattern"],
        "levelId": definitions["levelId"]["pattern"],
        "domain": definitions["organisation"]["properties"]["domains"]["items"]["pattern"],
        "text": r"\S",
        "version": schema()["properties"]["version"]["pattern"],
    }
    checks: list[tuple[str, str, Sequence[str]]] = [
        ("--id", "slug", (options.id,) if options.id is not None else ()),
        ("--version", "version", (options.version,) if options.version is not None else ()),
        ("--level", "levelId", levels),
        ("--domain", "domain", options.domains),
        ("--org", "text", (options.organisation,) if options.organisation is not None else ()),
        ("--track", "text", (options.track,) if options.track is not None else ()),
        ("--name", "text", (options.name,) if options.name is not None else ()),
    ]
    for option, kind, values in checks:
        for value in values:
            if not re.search(patterns[kind], value.lower() if kind == "domain" else value):
                if kind == "version":
                    raise InvalidOption(option, f"'{value}' is not a semantic version (MAJOR.MINOR.PATCH, for "
                                                "example '2.1.0')")
                example = {"slug": "acme-backend", "levelId": "IC3", "domain": "acme.com"}.get(kind)
                hint = f" (for example '{example}')" if example else ""
                raise InvalidOption(option, f"'{value}' is not a valid value{hint}")
    if split_tracks:
        given: list[tuple[str, object]] = [("--id", options.id), ("--name", options.name), ("--level", levels)]
        for named, one_framework in given:
            if one_framework:
                raise InvalidOption(named, "names one framework; --split-tracks writes one per track, each "
                                            "named after its track")


def document_paths(paths: Sequence[str]) -> list[str]:
    """The files named, with each directory replaced by the documents in
    it and below it (``DOCUMENT_SUFFIXES``), in order of their paths; hidden
    files and directories (``.git``) and files named already (a link to
    one, a file also named on its own) are left out of a directory."""
    named = [path for path in paths if not os.path.isdir(path)]
    seen = {os.path.realpath(path) for path in named}
    found: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            found.append(path)
            continue
        inside = []
        for top, directories, files in os.walk(path):
            directories[:] = sorted(d for d in directories if not d.startswith("."))
            inside += [os.path.join(top, name) for name in files
                       if not name.startswith(".") and name.lower().endswith(DOCUMENT_SUFFIXES)]
        if not inside:
            raise ImportFailure(path, "is a directory with no documents in it (files ending "
                                      f"{', '.join(DOCUMENT_SUFFIXES)})")
        for document in sorted(inside):
            if os.path.realpath(document) not in seen:
                seen.add(os.path.realpath(document))
                found.append(document)
    return found


def check_destinations(inputs: Sequence[str], output: str | None, report: str | None,
                       split_tracks: bool = False) -> None:
    """ladderlint never writes over the documents it reads, nor a document
    into a directory it reads (the next import would read it as a page),
    and never writes the YAML and the report into one file."""
    real = {os.path.realpath(path): path for path in document_paths(inputs)}
    directories = [os.path.realpath(path) for path in inputs if os.path.isdir(path)]
    for written, what in ((output, "output"), (report, "report")):
        if written is None or written == "-":
            continue
        if os.path.realpath(written) in real:
            raise ImportFailure("", f"refusing to write the {what} over its input {real[os.path.realpath(written)]}")
        inside = [d for d in directories if os.path.realpath(written).startswith(d + os.sep)]
        if inside and written.lower().endswith(DOCUMENT_SUFFIXES):
            raise ImportFailure(written, f"refusing to write the {what} into {inside[0]}, which is imported: the "
                                         "next import would read it as one of its documents; write it elsewhere")
    if report == "-" and (output is None or output == "-"):
        raise ImportFailure("", "the YAML and --report - would both go to stdout: name a file with -o or --report")
    if output is not None and report is not None and os.path.realpath(output) == os.path.realpath(report):
        raise ImportFailure("", "-o and --report name the same file")
    if split_tracks:
        if output is None or output == "-":
            raise ImportFailure("", "--split-tracks writes one file per track: name their directory with -o DIR")
        if os.path.exists(output) and not os.path.isdir(output):
            raise ImportFailure(output, "is a file; --split-tracks needs -o to name a directory")
        if not os.path.isdir(output) and is_yaml_name(output):
            # A directory named 'x.yaml' is not what anyone asks for.
            raise ImportFailure(output, "names a YAML file; --split-tracks writes one file per track into the "
                                        "directory -o names (-o frameworks/)")
    elif output is not None and os.path.isdir(output):
        raise ImportFailure(output, "is a directory; name the YAML file to write (or use --split-tracks)")


# --- reading ------------------------------------------------------------------------


def detect(path: str, text: str) -> str:
    """The format of a document, from its content (and its file name for HTML and CSV)."""
    from . import html_page, jobframe, markdown, monzo, progression, spreadsheet, wikitext

    if monzo.looks_like(text):
        return "monzo"
    markdown_name = path.lower().endswith((".md", ".markdown", ".mdown"))
    if markdown_name:
        return "markdown"
    if path.lower().endswith((".html", ".htm", ".xhtml")) or (not markdown_name and html_page.looks_like(text)
                                                                 and not text.startswith("---\n")):
        return "html"
    if spreadsheet.looks_like_csv(path) or spreadsheet.looks_tab_separated(text):
        return "csv"  # a table saved as '.txt' (Excel's 'Unicode Text') too
    if wikitext.looks_like(path, text):
        return "mediawiki"
    if jobframe.looks_like(text):
        return "jobframe"
    if progression.looks_like(text):
        return "progression"
    if text.startswith("---\n") or markdown.looks_like(text) >= 2 or markdown_name:
        return "markdown"
    return "text"


#: Documents of formats the import does not read, by suffix: what they are, how to get one it reads
#: ({name} is the file's name, {stem} without its suffix), and, for text, how --format may still
#: read it (reStructuredText's underlined titles, bullets and footnotes read as Markdown's, not as text's).
_PANDOC = "convert it to Markdown first (`pandoc {name} -t gfm -o {stem}.md`)"
_AS_TEXT = " (or pass --format markdown or --format text to read it as such)"
_UNREAD = {
    ".rst": ("reStructuredText", _PANDOC, " (or pass --format markdown, which reads its underlined titles, bullets "
                                          "and footnotes)"),
    ".adoc": ("AsciiDoc", "convert it to HTML first (`asciidoctor {name}`)", _AS_TEXT),
    ".asciidoc": ("AsciiDoc", "convert it to HTML first (`asciidoctor {name}`)", _AS_TEXT),
    ".org": ("An Org document", _PANDOC, _AS_TEXT),
    ".tex": ("LaTeX", _PANDOC, _AS_TEXT),
    ".odt": ("An OpenDocument text", "save it as a Word document (.docx) first", ""),
    ".rtf": ("Rich Text", "save it as a Word document (.docx) first", ""),
    ".doc": ("A Word 97-2003 document", "save it as a Word document (.docx) first", ""),
    ".pages": ("A Pages document", "export it as a Word document (.docx) first", ""),
    ".ods": ("An OpenDocument spreadsheet", "save it as an Excel workbook (.xlsx) or CSV first", ""),
    ".xls": ("An Excel 97-2003 workbook", "save it as an Excel workbook (.xlsx) or CSV first", ""),
    ".numbers": ("A Numbers spreadsheet", "export it as an Excel workbook (.xlsx) or CSV first", ""),
    ".pdf": ("PDF", "export the document it was made from as Markdown, HTML or a Word document (.docx)", ""),
}

#: Data files: another tool's export, which names its fields its own way.
_DATA = {".yaml": "YAML", ".yml": "YAML", ".json": "JSON"}
#: The formats the import reads, as a person knows them.
_READ_FORMATS = "Markdown, HTML, plain text, CSV or TSV, Excel .xlsx, Word .docx and MediaWiki"
_FORMAT_DOCS = "https://github.com/ladderlint/ladderlint/tree/main/docs/format.md"


def _data_failure(path: str, kind: str) -> ImportFailure:
    return ImportFailure(path, f"this is {kind} data, not a document "
                               "`ladderlint import` reads: export the ladder from that tool as CSV, Markdown or "
                               f"HTML and import that, or write it in the framework format ({_FORMAT_DOCS})")


def _json_data(text: str) -> bool:
    """Whether a text is JSON's objects or arrays (a '.txt' that holds an export)."""
    import json

    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        return isinstance(json.loads(text), (dict, list))
    except ValueError:
        return False


@dataclass
class _Input:
    path: str
    format: str
    text: str = ""
    outline: Any = None
    documents: list[ImportedDocument] = field(default_factory=list)
    #: The glossaries the page holds (see glossary.take), taken out of its outline.
    glossaries: list[Section] = field(default_factory=list)


def _prepare(path: str, format: str, level: str | None, steering: Steering) -> _Input:
    from importlib import import_module

    from .source import WINDOWS_1252, read_binary, read_text_or_legacy

    chosen = format
    if format == "auto":
        suffix = os.path.splitext(path)[1].lower()
        if suffix in _UNREAD:
            name, how, textual = _UNREAD[suffix]
            base = os.path.basename(path)
            raise ImportFailure(path, f"{name} is not a format `ladderlint import` reads; "
                                      f"{how.format(name=base, stem=os.path.splitext(base)[0])}, and import that"
                                      + textual)
        chosen = _BINARY.get(suffix, "")
    if chosen in ("xlsx", "docx"):
        data = read_binary(path)
        if chosen == "xlsx":
            from .spreadsheet import parse_xlsx

            return _Input(path, chosen, outline=parse_xlsx(path, data))
        from .docx import parse

        return _Input(path, chosen, outline=parse(path, data))
    from .spreadsheet import looks_like_csv

    # A CSV file Excel saved on Windows is in its code page; other text documents are UTF-8.
    csv_named = chosen == "csv" or (not chosen and looks_like_csv(path))
    # A web page saved in another encoding says which in a <meta>, as browsers read it.
    html_named = chosen == "html" or (not chosen and path.lower().endswith((".html", ".htm", ".xhtml")))
    text, encoding = read_text_or_legacy(path, WINDOWS_1252 if csv_named else None, html=html_named)
    from ..loader.reading import declares_format

    if declares_format(text.encode("utf-8")):
        raise ImportFailure(path, "this is a ladderlint framework already (it declares `ladderlint: 1`): "
                                  "run `ladderlint check` on it instead")
    if format == "auto" and (kind := _DATA.get(os.path.splitext(path)[1].lower())) is not None:
        raise _data_failure(path, kind)
    if not chosen and _json_data(text):
        raise _data_failure(path, "JSON")
    if not chosen:
        chosen = detect(path, text)
    if chosen == "html":
        from .html_page import parse as parse_html

        return _Input(path, chosen, text, outline=parse_html(text, page=path))
    if chosen == "csv":
        from .spreadsheet import parse_csv

        outline = parse_csv(path, text)
        outline.encoding = encoding
        return _Input(path, chosen, text, outline=outline)
    if chosen == "mediawiki":
        from .wikitext import parse as parse_wikitext

        # Read as the Markdown it says the same as, line for line.
        written, outline = parse_wikitext(text)
        return _Input(path, "markdown", written, outline=outline)
    if chosen == "text":
        from .text import has_bullets, outline_of_columns, outline_of_levels

        several = outline_of_levels(text)  # a document of several levels, read as the tree of a page
        if several is not None:
            return _Input(path, chosen, text, outline=several)
        if not has_bullets(text) and (table := outline_of_columns(text)) is not None:
            return _Input(path, chosen, text, outline=table)  # a PDF's table, as pdftotext -layout writes it
    from . import frontmatter

    if chosen == "markdown" and not frontmatter.present(text):
        from . import rendered

        if rendered.looks_like(text):  # ladderlint's own page: read by its layout, back to the framework
            return _Input(path, chosen, text, documents=[rendered.read(path, text)])
        from .markdown import parse as parse_markdown

        return _Input(path, chosen, text, outline=parse_markdown(text.split("\n")))
    if chosen == "markdown":
        chosen = "monzo"  # front matter: Monzo's reader reads it, topics or not
    module = import_module(f"{__name__}.{'html_page' if chosen == 'html' else chosen}")
    try:
        found = module.read(path, text, level, steering) if chosen == "monzo" else module.read(path, text, level)
    except ImportFailure as failure:
        suffix = os.path.splitext(path)[1].lower()
        if format != "auto" or chosen != "text" or not suffix or suffix in DOCUMENT_SUFFIXES:
            raise
        # A file of another kind ('job-data.js') read as plain text as a last resort: say so first.
        raise ImportFailure(path, f"'{suffix}' is not a format `ladderlint import` reads ({_READ_FORMATS}); "
                                  f"read as plain text, {failure.message}; convert it to one of those, or pass "
                                  "--format", failure.line, failure.column) from failure
    documents = found if isinstance(found, list) else [found]
    return _Input(path, chosen if documents[0].format == chosen else documents[0].format, text, documents=documents)


def _band(documents: list[ImportedDocument], line: int, text: str) -> None:
    """A band merged over a sheet's levels' columns ('Individual contributor'):
    the track of a sheet that names none, else said, for the reader to check."""
    for document in documents:
        if document.track is None:
            document.track = text
            document.track_evidence = f"the band merged over the levels' columns says '{text}'"
        else:
            document.notice(line, f"a band merged over the levels' columns says '{text}'; the track is "
                                  f"'{document.track}' (set it with --track)")


def _interpret(item: _Input, level: str | None, steering: Steering) -> list[ImportedDocument]:
    if item.outline is None:
        return item.documents
    from .outline import interpret
    from .source import Ledger

    document = ImportedDocument(item.path, item.format)
    document.navigation_group = item.outline.navigation_group
    ledger = Ledger.of(item.text) if item.format in ("markdown", "csv", "text") else None
    if item.outline.spread:
        # How the report counts, not a guess to confirm: exports (Google Docs, Notion) write a page on one line.
        document.notice(1, "the page writes several blocks on one line (minified, as exports and site generators "
                           "do): the report counts each of its blocks as a line", kind="layout")
    if item.outline.encoding:
        document.notice(1, f"the file is not UTF-8: read as {item.outline.encoding}, the encoding Excel on Windows "
                           "saves CSV files in; check its accented letters and quotation marks, or save it as "
                           "CSV UTF-8 and import that")
    for line, reason, place in item.outline.notices:
        document.report.append(ReportEntry(item.path, line, "notice", reason, "", place))
    if ledger is not None:
        # The lines of the glossary's entries are read, as the interpreter's blocks are.
        for section in item.glossaries:
            for block in section.taken:
                ledger.use_range(block.line, block.last)
    found = interpret(document, item.outline, ledger, level, steering)
    for each in found:
        each.places = item.outline.places
    if any(each.levels for each in found):
        _steering_not_applied(document, item.outline, found, steering)
    if item.outline.band is not None:
        _band(found or [document], *item.outline.band)
    if item.glossaries:
        _glossary_of_the_page(document, item.glossaries)
        for each in found:  # each track the page holds
            for term, definition in document.glossary.items():
                each.glossary.setdefault(term, definition)
    return found


def _steering_not_applied(document: ImportedDocument, outline: Outline, found: list[ImportedDocument],
                          steering: Steering) -> None:
    """Say so where a heading option the user gave made nothing of what it
    names: no heading stands at that depth, or none there was read as one.
    An option the user gave is never dropped without a word."""
    from .blocks import BOLD_DEPTH, Heading

    made = {
        "level": {level.line for each in found for level in each.levels},
        "dimension": {dimension.line for each in found for dimension in each.dimensions if dimension.name},
        "competency": {competency.line for each in found for dimension in each.dimensions
                       for competency in dimension.competencies if competency.name},
    }
    for what, depth in (("level", steering.level_heading), ("dimension", steering.dimension_heading),
                        ("competency", steering.competency_heading)):
        if depth is None or depth == BOLD_DEPTH:  # bold labels are made headings as the layout is read
            continue
        option = f"--{what}-heading h{depth}"
        headings = [b for b in outline.blocks if isinstance(b, Heading) and b.depth == depth]
        applied = any(heading.line in made[what] for heading in headings)
        if what == "competency":
            for each in found:
                each.competencies_by_option = applied
        if not headings:
            document.notice(1, f"{option} was not applied: the document has no heading at depth {depth}")
        elif not applied:
            read = [f"'{h.text}' (line {h.line}, read as "
                    f"{next((f'a {kind}' for kind, lines in made.items() if h.line in lines), 'no part of the ladder')})"
                    for h in headings[:3]]
            document.notice(headings[0].line, f"{option} was not applied: no heading at depth {depth} "
                                              f"names a {what} where the levels are: {', '.join(read)}")


def _glossary_of_the_page(document: ImportedDocument, sections: list[Section]) -> None:
    """The entries of a page's glossary sections into its glossary (the
    first of two definitions of a term kept), and the report's word on each."""
    for section in sections:
        for entry in section.entries:
            clash = define(document.glossary, entry.term, entry.definition)
            if clash is not None:
                document.unplaced(entry.line, clash, entry.definition)
        document.notice(section.heading.line, f"a glossary ('{section.heading.text}'): "
                                              f"{plural(len(section.entries), 'term')} read into the glossary",
                        kind="layout")


@dataclass(frozen=True)
class _SiteText:
    """The paragraphs every page of a site repeats, and how many pages."""

    texts: frozenset[str]
    pages: int
    #: Paragraphs that are only a link ('*[Back to the overview](../README.md)*')
    #: that says the same on two pages or more: the site's navigation (its words, wherever it goes).
    links: frozenset[str] = frozenset()
    #: The site's name in the pages' own titles, as name keys (see textutil.site_name_parts).
    titles: frozenset[str] = frozenset()


def _site_chrome(inputs: list[_Input], known: _SiteText | None = None) -> _SiteText | None:
    """Text repeated on every page of one site (a banner, a footer written
    as plain paragraphs) is the site's, not the ladder's: found on three
    pages or more, or ``known`` from the site's other pages. So is a
    Markdown paragraph that is only a link, written the same on two pages
    or more (a back-link in any language): a statement is no link."""
    from collections import Counter

    from .blocks import Other, Paragraph
    from .markdown import link_words, links_alone
    from .textutil import site_name_parts

    pages = [i for i in inputs if i.format == "html" and i.outline is not None]
    found = known
    if found is None and len(pages) >= 3:
        common: set[str] | None = None
        for page in pages:
            texts = {b.text for b in page.outline.blocks if isinstance(b, Paragraph) and b.labelled is None}
            common = texts if common is None else common & texts
        found = _SiteText(frozenset(common or ()), len(pages))
    if found is not None and found.texts:
        for page in pages:
            page.outline.blocks = [
                Other(b.text, b.line, b.last, f"text repeated on all {found.pages} pages (the site's, not the ladder's)")
                if isinstance(b, Paragraph) and b.labelled is None and b.text in found.texts else b
                for b in page.outline.blocks
            ]
    written = [i for i in inputs if i.format == "markdown" and i.outline is not None]
    links = known.links if known is not None else frozenset()
    if known is None and len(written) >= 2:
        # Where the link goes may differ from page to page ('[Job Description](jobs/l3.md)'): what it says does not.
        counted = Counter(text for page in written for text in {
            link_words(b.text) for b in page.outline.blocks if isinstance(b, Paragraph) and links_alone(b.text)})
        links = frozenset(text for text, count in counted.items() if count >= 2)
        if links:
            found = replace(found, links=links) if found is not None else _SiteText(frozenset(), len(inputs), links)
    for page in written if links else ():
        page.outline.blocks = [
            Other(b.text, b.line, b.last, "link repeated on the site's pages (navigation)")
            if isinstance(b, Paragraph) and links_alone(b.text) and link_words(b.text) in links else b
            for b in page.outline.blocks
        ]
    titles = site_name_parts(i.outline.title for i in inputs if i.outline is not None and i.outline.title) \
        if known is None else known.titles
    if titles:
        found = replace(found, titles=titles) if found is not None else _SiteText(frozenset(), len(inputs), titles=titles)
    return found


def read_documents(paths: Sequence[str], format: str = "auto", levels: Sequence[str] = (),
                   steering: Steering = Steering()
                   ) -> tuple[list[ImportedDocument], list[ReportEntry], list[ImportedDocument]]:
    """Every document of the import (a directory: the documents in it), the
    report of the files that hold no ladder, and the pages that are a
    glossary (each an ImportedDocument with only its ``glossary``). Pages
    that could not tell their level are read again knowing the roles the
    other pages' levels name: a page titled 'Engineer' beside 'Senior
    Engineer' is a level."""

    from ..vocabulary import id_rung, level_code
    from .textutil import role_keys

    paths = document_paths(paths)
    documents, skipped, failures, chrome, glossaries = _read_documents(paths, format, levels, steering)
    roles = role_keys(level.title for d in documents for level in d.levels)
    rungs = (id_rung((None if d.level_id_line else level.id) or level_code(level.title) or "")
             for d in documents for level in d.levels)
    families = frozenset(rung.family for rung in rungs if rung is not None)
    unsure = [entry.file for entry in skipped if _NO_LEVEL in entry.reason]
    if unsure and (roles or families) and not levels:
        known = replace(steering, site_roles=roles, site_families=families, site_pages=len(paths))
        try:
            again, *_ = _read_documents(unsure, format, (), known, chrome, alone=False)
        except ImportFailure:
            again = []  # read again, the page is no clearer: it stays set aside
        read_again = {d.path for d in again}
        documents = sorted(documents + again, key=lambda d: paths.index(d.path))
        skipped = [entry for entry in skipped if entry.file not in read_again]
    if steering.layout != "level-per-page":  # else the user says each page is a level, whatever its title
        documents = _titled_pages_of_the_ladder(documents, skipped)
    if not documents:
        raise failures[0]
    _shared_page_ids(documents)
    return _one_kind_of_page(documents, skipped), skipped, glossaries


def _shared_page_ids(documents: list[ImportedDocument]) -> None:
    """A front-matter id that two pages or more give ('id: career-ladder' on
    each page of a collection) is the site's, not a level's: those pages'
    levels take their ids from their titles, and the key is reported."""
    from collections import Counter

    given = Counter(d.levels[0].id for d in documents if d.level_id_line is not None and d.levels)
    for document in documents:
        if document.level_id_line is not None and document.levels and given[document.levels[0].id] > 1:
            written, line = document.level_id_line
            document.levels[0].id = None
            document.level_id_line = None
            document.unplaced(line, "front matter id that other pages give too, not its level's", written)


def _titled_pages_of_the_ladder(documents: list[ImportedDocument], skipped: list[ReportEntry]) -> list[ImportedDocument]:
    """A page whose own title alone named its level ('Staff Engineer FAQ')
    is a level of the site only if its track is one that a page whose
    headings name its level has, or that other pages have too, or the role
    such a track specialises ('Staff Engineer' beside 'Software Engineer
    III'); else it is reported, as a page with no ladder, saying how to
    import it if it is one."""
    from collections import Counter

    from ..text import words
    from .tracks import track_key

    counts = Counter(track_key(d.track or "") for d in documents)
    tracks = {track_key(d.track or "") for d in documents if not d.level_by_page_title} | {
        track for track, count in counts.items() if count >= 2}
    if not tracks:
        return documents  # one page, or pages of a track each: nothing to tell them apart by
    # A track that is the role another track specialises ('Engineer' of 'Software Engineer': the
    # 'Staff Engineer' page beside 'Software Engineer III') is that ladder's too.
    written = {track_key(d.track): words(d.track) for d in documents if d.track}
    tracks |= {track for track, said in written.items()
               if any(len(other) > len(said) and other[-len(said):] == said
                      for key, other in written.items() if key in tracks)}
    kept = []
    for document in documents:
        if document.level_by_page_title and track_key(document.track or "") not in tracks:
            skipped.append(ReportEntry(document.path, 1, "unplaced", f"no ladder in this file: only its title "
                                       f"('{document.level_by_page_title}') names a level, and no other page of "
                                       f"the import names one of its track ('{document.track}'); if it is a level of "
                                       f"the ladder, import it with --layout level-per-page"))
        else:
            kept.append(document)
    return kept


#: What a page that names no level says, when it is read on its own.
_NO_LEVEL = "cannot tell which level this document describes"


def _with_site_groups(steering: Steering, inputs: list[_Input]) -> Steering:
    """The steering, knowing the names of bullets over nested bullets that
    two pages or more give ('- Responsibilities:' on each level's page, or
    on one and as the label of a bullet on another), and the labels of
    bullets that half the pages or more give ('- **Role**: ...'): each is a
    competency, as it is where one page gives it twice."""
    from collections import Counter

    from .markdown import parse as parse_markdown
    from .outline import bullet_groups, bullet_labels

    heads: set[str] = set()
    labels: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    for item in inputs:
        outline = item.outline
        if outline is None and item.format == "markdown":  # read whole when prepared: its blocks, for this
            outline = parse_markdown(item.text.split("\n"))
        if outline is not None:
            named, labelled = set(bullet_groups(outline.blocks)), bullet_labels(outline.blocks)
            heads |= named
            labels.update(labelled)
            pages.update(named | labelled)
    read = sum(1 for item in inputs if item.outline is not None or item.format == "markdown")
    found = frozenset(name for name in heads if pages[name] >= 2) | frozenset(
        name for name, count in labels.items() if count >= 2 and count * 2 >= read)
    return replace(steering, site_groups=steering.site_groups | found) if found else steering


def _read_documents(
    paths: Sequence[str], format: str, levels: Sequence[str], steering: Steering, chrome: _SiteText | None = None,
    alone: bool = True,
) -> tuple[list[ImportedDocument], list[ReportEntry], list[ImportFailure], _SiteText | None,
           list[ImportedDocument]]:
    """The documents of ``paths``, the report of those with no ladder, why,
    the text the site repeats on its pages (``chrome``, where the pages
    are some of a site's already read; ``alone``: whether ``paths`` are the
    whole import), and the pages that are a glossary."""
    from .axes import Axis, axes_defined, place_steps
    from .organisation import guess, named_across, named_by_pages_without_ladder

    if levels and len(levels) != len(paths):
        raise ImportFailure("", f"--level was given {plural(len(levels), 'time')} for {plural(len(paths), 'file')}; "
                                "give it once per file, in the order of the files, or not at all")
    seen: dict[str, str] = {}
    inputs: list[_Input] = []
    for path in paths:
        real = os.path.realpath(path)
        if real in seen:
            raise ImportFailure(path, f"the same file is named twice (also as {seen[real]})")
        seen[real] = path
    level_of: dict[str, str | None] = dict(zip(paths, levels)) if levels else {}  # each file's --level
    skipped: list[ReportEntry] = []
    failures: list[ImportFailure] = []
    # A page read whole as it is prepared (front matter) is one of the site's too, not alone.
    steering = replace(steering, site_pages=max(steering.site_pages, len(paths)))
    bare: list[_Input] = []  # the pages with no ladder: an overview, a README may say whose the ladder is
    overviews: list[Overview] = []
    for path in paths:
        try:
            inputs.append(_prepare(path, format, level_of.get(path), steering))
        except ImportFailure as failure:
            if (alone and len(paths) == 1) or not _no_ladder(failure):
                raise
            failures.append(failure)
            skipped.append(_no_ladder_entry(path, failure))
            if os.path.splitext(path)[1].lower() not in _BINARY:  # a page read whole (front matter): its text
                from .source import read_text_or_legacy

                try:
                    bare.append(_Input(path, "text", read_text_or_legacy(path, None)[0]))
                except (OSError, ValueError, ImportFailure):
                    continue  # its failure is reported; it says nothing of whose the ladder is
                # A vault's index page ('# Engineering Ladder' under its front matter), Hugo's '_index.md'
                # (its title in the front matter) is the framework's overview.
                overview = _overview(bare[-1], paths)
                if overview is not None:
                    overviews.append(overview)
                    skipped.pop()  # said by the overview's entries
    chrome = _site_chrome(inputs, chrome)
    from .glossary import take as take_glossaries

    for item in inputs:
        if item.outline is not None:
            item.glossaries = take_glossaries(item.outline)
    if chrome is not None and chrome.titles:
        steering = replace(steering, site_title_parts=chrome.titles)
    known = _with_site_groups(steering, inputs)
    if known != steering:
        steering = known
        # Pages read whole as they were prepared (front matter), again knowing the groups.
        inputs = [_prepare(item.path, format, level_of.get(item.path), steering)
                  if item.outline is None and item.format == "markdown" else item for item in inputs]
    documents: list[ImportedDocument] = []
    glossaries: list[ImportedDocument] = []
    axes: list[Axis] = []  # the steps of a scale that pages with no ladder define
    steering = replace(steering, site_pages=len(inputs))
    for item in inputs:
        level = level_of.get(item.path)
        try:
            found = _interpret(item, level, steering)
            for document in found:
                _check_has_ladder(document)
                if level is not None and len(document.levels) > 1:
                    raise ImportFailure(item.path, f"--level applies to a document that describes one level; "
                                                   f"this one describes {len(document.levels)}")
        except ImportFailure as failure:
            if item.outline is not None and item.outline.places is not None and failure.path == item.path:
                item.outline.places.locate(failure)
            if format == "auto" and item.format in ("markdown", "text") and _no_ladder(failure) \
                    and (cut_by := reads_as_delimited(item.text)) is not None:
                # A spreadsheet saved under a document's name ('ladder.md'): read as prose, it has no levels.
                failure.message += f"; the file reads as a spreadsheet's rows (cells cut by {cut_by}): pass --format csv"
                failure.args = (failure.message,)
            if (alone and len(paths) == 1) or not _no_ladder(failure):
                raise
            failures.append(failure)
            bare.append(item)
            page_axes = axes_defined(item.path, item.outline.blocks) if item.outline is not None else []
            axes += page_axes
            page = _glossary_page(item)
            if page is not None:
                glossaries.append(page)
                skipped.extend(page.report)
                continue
            overview = _overview(item, paths)
            if overview is not None:
                overviews.append(overview)
            if overview is None or page_axes:
                if overview is not None:
                    overview.rest = []  # the axes' entry says what the framework took of it, and the rest
                skipped.append(_no_ladder_entry(item.path, failure))
            continue
        signals = item.outline.signals if item.outline is not None else []
        page_title = item.outline.title if item.outline is not None else None
        version = next((signal for signal in signals if signal.kind == "version"), None)
        declared = item.outline.language if item.outline is not None else None
        for document in found:
            if version is not None and document.version_line is None:  # the front matter's says it first
                document.version_line = (version.text, version.line)
            document.language = document.language or declared
            if document.organisation is None:
                # A title that starts with the track ('Machine Learning Engineer Progression
                # Framework') names no organisation.
                title = None if document.track and (document.name or "").startswith(document.track) \
                    or document.named_by_file else document.name
                document.organisation_guess = guess(item.text, signals, title, page_title,
                                                    document.named_by_file and document.name, document.description)
            documents.append(document)
    if len(documents) >= 2 and not any(d.organisation or (d.organisation_guess and d.organisation_guess.taken)
                                       for d in documents):
        # Pages of levels that each name the organisation once name it together.
        texts = {i.path: i.text for i in inputs}
        site = named_across([texts[path] for path in dict.fromkeys(d.path for d in documents) if path in texts])
        for document in documents if site is not None else ():
            if document.organisation is None:
                document.organisation_guess = site
    if documents and bare and not any(d.organisation or (d.organisation_guess and d.organisation_guess.taken)
                                      for d in documents):
        # The ladder's pages name no one; the import's other pages (an overview, a README) may.
        named = named_by_pages_without_ladder(
            [(i.path, i.text, i.outline.signals if i.outline is not None else [],
              i.outline.title if i.outline is not None else None) for i in bare])
        for document in documents if named is not None else ():
            if document.organisation is None:
                document.organisation_guess = named
    if axes:
        defined = place_steps(documents, axes)
        skipped = [_axes_page_entry(e, defined) for e in skipped] + defined
    skipped = _competency_pages(bare, documents, skipped)
    # Pages of a level each titled after it ('# E1 Associate Engineer') name no framework.
    titled_by_level = len(documents) >= 2 and all(not d.name or names_its_level(d) for d in documents)
    skipped += _from_the_overview(overviews, documents, titled_by_level, paths)
    places = {i.path: i.outline.places for i in inputs if i.outline is not None and i.outline.places is not None}
    return documents, _located(skipped, places), failures, chrome, glossaries


def _located(entries: list[ReportEntry], places: dict[str, Any]) -> list[ReportEntry]:
    """The entries, each of a workbook naming its sheet and cell ('Levels'!C4) where its line is."""
    return [places[entry.file].located(entry) if entry.file in places else entry for entry in entries]


def _glossary_page(item: _Input) -> ImportedDocument | None:
    """A page that is a glossary and nothing else besides what every page
    of its site has (its navigation): its terms, for the glossary of the
    frameworks of the import (``import_tracks`` says of which), and what
    in it defines no term, reported."""
    from .blocks import Heading, Other, block_text
    from .glossary import NO_TERM

    if not item.glossaries or item.outline is None:
        return None
    if any(not isinstance(b, (Heading, Other)) for b in item.outline.blocks):
        return None  # text of its own besides: a page the import cannot read, reported as such
    page = ImportedDocument(item.path, item.format, navigation_group=item.outline.navigation_group)
    _glossary_of_the_page(page, item.glossaries)
    page.report = [entry for entry in page.report if entry.kind != "layout"]  # import_tracks says where it goes
    for section in item.glossaries:
        for block in section.left:
            page.unplaced(block.line, NO_TERM, " ".join(block_text(block).split()))
    for block in item.outline.blocks:  # what the page set aside: its navigation, a link to read on
        if isinstance(block, Other):
            page.unplaced(block.line, block.reason, block.text, block.place)
    return page


def _glossary_pages_said(glossaries: list[ImportedDocument],
                         tracks: list[Track]) -> list[tuple[ImportedDocument, list[Track]]]:
    """Each glossary page and the tracks whose frameworks it defines the
    terms of: those of its group of the site's navigation, if a track's
    pages are listed under it, else every track."""
    said = []
    for page in glossaries:
        own = [t for t in tracks if page.navigation_group
               and any(d.navigation_group == page.navigation_group for d in t.documents)]
        said.append((page, own or list(tracks)))
    return said


def _framework_folder(paths: Sequence[str]) -> str | None:
    """The name of the folder that holds all the pages, or of the folder
    above it ('Levels' in 'Engineering Ladder'), where it reads as the name
    of a framework ('Engineering Ladder', 'Career Framework')."""
    from .outline.helpers import ABOUT_LEVELS, LEVELS
    from .textutil import is_framework_title

    folder = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    for name in (os.path.basename(folder), os.path.basename(os.path.dirname(folder))):
        # 'Levels' holds the pages of the levels; it names no framework.
        if name and is_framework_title(name) and not set(re.findall(r"\w+", name.casefold())) <= LEVELS | ABOUT_LEVELS:
            return name
    return None


def _competency_pages(bare: list[_Input], documents: list[ImportedDocument],
                      skipped: list[ReportEntry]) -> list[ReportEntry]:
    """Pages with no ladder titled after one of the ladder's competencies (a
    vault's 'Competencies/Delivery.md', '# Delivery' over a paragraph): the
    first paragraph describes it, where nothing else does. The report says
    so of each page instead of that it holds no ladder."""
    from .blocks import Heading, Paragraph

    competencies = {name_key(c.name): c for d in documents for x in d.dimensions for c in x.competencies if c.name}
    described: dict[str, int] = {}  # each page that describes a competency, and its title's line
    for item in bare:
        body = item if item.outline is not None else _without_front_matter(item)
        blocks = body.outline.blocks if body.outline is not None else []
        headings = [b for b in blocks if isinstance(b, Heading)]
        if not headings or headings[0].depth != 1 or name_key(headings[0].text) not in competencies:
            continue
        competency = competencies[name_key(headings[0].text)]
        first = next((b.text for b in blocks if isinstance(b, Paragraph) and b.labelled is None
                      and len(b.text.split()) >= 3 and not b.text.casefold().startswith(("see ", "refer to "))), None)
        if first is None or competency.description:
            continue
        for document in documents:  # the competency of each page of a level, alike by name
            for dimension in document.dimensions:
                for other in dimension.competencies:
                    if other.name and name_key(other.name) == name_key(headings[0].text):
                        other.description = other.description or first
        described[item.path] = headings[0].line
    return [ReportEntry(e.file, described[e.file], "layout", f"a page about a competency, no ladder: its first "
                        "paragraph describes it") if e.file in described and e.kind == "unplaced" else e
            for e in skipped]


def _without_front_matter(item: _Input) -> _Input:
    """A Markdown page read as its text under its front matter (blank lines
    in its place, so that lines keep their numbers); any other as it is."""
    from . import frontmatter
    from .markdown import parse as parse_markdown

    lines = item.text.split("\n")
    end = frontmatter.closing(lines)
    if not item.path.lower().endswith((".md", ".markdown")) or end is None:
        return item
    return replace(item, outline=parse_markdown([""] * end + lines[end:]))


def _overview(item: _Input, paths: Sequence[str]) -> Overview | None:
    """The framework's overview a page with no ladder is, if it is one
    (see overview.py): read under its front matter, where it has one."""
    from .overview import front_matter_keys, read

    folder = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    folder_page = is_folder_page(item.path) and os.path.dirname(os.path.abspath(item.path)) == folder
    if item.outline is not None:
        return read(item.path, item.outline.blocks, None, folder_page)
    body = _without_front_matter(item)
    if body.outline is None:
        return None
    return read(item.path, body.outline.blocks, front_matter_keys(item.path, item.text.split("\n")), folder_page)


def _from_the_overview(overviews: list[Overview], documents: list[ImportedDocument], titled_by_level: bool,
                       paths: Sequence[str]) -> list[ReportEntry]:
    """What the one overview of the import gives the framework, where no
    page of the ladder names it (or each page's title names its level): its
    name, its description (which the merge weighs against the documents'),
    its licence where no document states one; where no page names the
    framework, the folder that holds the pages may. The report's entries for
    each overview, and every piece of its text the framework does not take."""
    from .overview import entries

    one = overviews[0] if len(overviews) == 1 and documents else None
    taken = one is not None and (titled_by_level or not any(d.name for d in documents))
    named = described = licensed = False
    found: list[ReportEntry] = []
    if one is not None:
        named, described = taken and one.names, taken and one.description is not None
        spdx = one.licence[2] if one.licence is not None else None
        licensed = spdx is not None and not any(d.licence for d in documents)
        for document in documents:
            document.framework_name = one.title if named else document.framework_name
            if described and one.description is not None:
                document.overview_description = (one.path, *one.description)
            document.licence = spdx if licensed else document.licence
    if not named and titled_by_level and any(d.name for d in documents) and (folder := _framework_folder(paths)):
        # No page names the framework: the folder that holds them may.
        for document in documents:
            document.framework_name = folder
        found.append(ReportEntry(documents[0].path, 1, "notice", f"no page names the framework: it is named "
                                 f"after the folder that holds the pages, '{folder}'"))
    why = f"one of {len(overviews)} overviews, none of them chosen" if len(overviews) > 1 else \
        "the pages of the ladder name the framework already"
    for overview in overviews:
        mine = overview is one
        found += entries(overview, named and mine, described and mine, licensed and mine, why,
                         "a page of the ladder states the licence" if mine else why)
    return found


def _one_kind_of_page(documents: list[ImportedDocument], skipped: list[ReportEntry]) -> list[ImportedDocument]:
    """A site publishes a page per level: among three or more such pages, a
    page of another layout (an appendix laid out by level) is not one of
    its tracks. Beside pages of levels, a matrix of proficiencies (Beginner
    ... Expert) describes skills, not more levels. Each is reported; import
    it alone to import it."""
    matrices = [d for d in documents if d.layout == "proficiency-matrix"]
    if matrices and len(matrices) < len(documents):
        for document in matrices:
            skipped.append(ReportEntry(document.path, 1, "unplaced",
                                       "a matrix of proficiencies, where the other documents describe levels: not "
                                       "imported with them (import it alone)"))
        documents = [d for d in documents if d.layout != "proficiency-matrix"]
    pages = [d for d in documents if d.layout == "level-per-page"]
    if len(documents) < 3 or len(pages) * 4 < len(documents) * 3:
        return documents
    for document in documents:
        if document.layout != "level-per-page":
            skipped.append(ReportEntry(document.path, 1, "unplaced",
                                       f"laid out as {document.layout}, where the other {len(pages)} pages each "
                                       "describe one level: not imported with them (import it alone)"))
    return pages


def _no_ladder(failure: ImportFailure) -> bool:
    """Failures that say a file holds no ladder (rather than that it is unreadable)."""
    return any(phrase in failure.message for phrase in (
        "cannot tell which level", "no statements found", NO_LEVELS, "no headings or tables", "no bulleted statements",
        "no progression table", "not a Monzo-format", "no recognisable ladder",
    ))


def _axes_page_entry(entry: ReportEntry, defined: list[ReportEntry]) -> ReportEntry:
    """The report's entry for a page with no ladder (``_no_ladder_entry``)
    that gave the levels of the other pages their axes (``defined``, an
    entry per page that did): what the framework took of it, and that the
    rest of its text is not imported, as for an overview."""
    said = next((d for d in defined if d.file == entry.file), None)
    if said is None or entry.kind != "unplaced" or not entry.reason.startswith("no ladder in this file"):
        return entry
    return replace(entry, kind="layout", reason=f"no levels of its own: it defines the axes of the ladder (line "
                                               f"{said.line}); the rest of its text is not imported")


def _no_ladder_entry(path: str, failure: ImportFailure) -> ReportEntry:
    """The report's entry for a page with no ladder among others: an
    overview, an index, a wiki's sidebar. Why, without the advice to steer
    the import of a ladder's page ('pass --level ID'), which is not for it."""
    if failure.message.startswith(_NO_LEVEL):
        # One reason for every such page, so that the report says it once for them all.
        return ReportEntry(path, 1, "unplaced", f"no ladder in this file: {_NO_LEVEL} (no heading names a level, "
                                                "no headings repeat from level to level, and no table names levels)")
    why = re.split(r"; pass --level|\. If a table's header", failure.message)[0]
    return ReportEntry(path, failure.line or 1, "unplaced", f"no ladder in this file: {why}")


def _check_has_ladder(document: ImportedDocument) -> None:
    rated = any(cell.proficiency for level in document.levels for cell in level.cells)
    # A level's page that says its list is empty is a level still (see ``ImportedLevel.lists_nothing``).
    if not document.levels or (document.statement_count == 0 and not rated
                               and not all(level.lists_nothing for level in document.levels)):
        if document.levels and all(level.summary for level in document.levels):
            # 'Title | Role | Guideline' rows alone: a table of the levels, not of what each expects.
            raise ImportFailure(document.path, f"no statements found when reading it as {document.format}: the "
                                               "levels have a summary each but no competencies: a table of the "
                                               "levels, not of what each expects; import it with the documents "
                                               "that say that")
        raise ImportFailure(document.path, f"no statements found when reading it as {document.format}: the "
                                           "document has no recognisable ladder (levels with competencies and "
                                           "their statements)")


# --- importing ----------------------------------------------------------------------


def import_tracks(
    paths: Sequence[str],
    options: Options,
    format: str = "auto",
    levels: Sequence[str] = (),
    steering: Steering = Steering(),
    split_tracks: bool = True,
) -> list[ImportResult]:
    """One framework per track of the documents (one in all unless
    ``split_tracks``); raise ImportFailure for input that cannot be imported."""
    documents, skipped, glossaries = read_documents(paths, format, levels, replace(steering, split_tracks=split_tracks))
    places = {d.path: d.places for d in documents + glossaries if d.places is not None}
    try:
        return _frameworks(documents, skipped, glossaries, places, options, split_tracks)
    except ImportFailure as failure:
        if failure.path in places:
            places[failure.path].locate(failure)
        for path, known in places.items():  # another workbook it names ('also described in ...')
            failure.message = re.sub(rf"{re.escape(path)}:(\d+)\b",
                                     lambda found: f"{path}:{known.cell(int(found.group(1))) or found.group(1)}",
                                     failure.message)
        raise


def _track_size(track: Track, one_file: bool) -> str:
    """How much of the documents a track holds, as a reader counts it: its
    documents, or within one file its levels."""
    if one_file:
        return plural(sum(len(d.levels) for d in track.documents), "level")
    return plural(len(track.documents), "document")


def _standing_alone(tracks: list[Track]) -> dict[int, tuple[str, Restatements]]:
    """For each track (by id) that shares a page with another track whose
    levels stand on their own (restating those below word for word), that
    track's name and restatements: the tracks of one page are judged
    together, as the page is written one way; a short track (two levels)
    cannot show it by itself. A track that shows it itself is left out."""
    restated = {id(track): restatements(track.documents) for track in tracks}
    found: dict[int, tuple[str, Restatements]] = {}
    for track in tracks:
        if restated[id(track)].levels_stand_alone:
            continue
        pages = {d.path for d in track.documents}
        other = next((t for t in tracks if t is not track and restated[id(t)].levels_stand_alone
                      and pages & {d.path for d in t.documents}), None)
        if other is not None:
            found[id(track)] = (without_decoration(other.name) if other.name else "unnamed", restated[id(other)])
    return found


def _not_chosen(document: ImportedDocument, track: str | None, chosen: str | None) -> None:
    """Unsay what the page's report says was done with the text of a track
    --track did not choose ('review: ... it ends the framework's
    description'): that text is in no framework written. How the track
    was read (its layout) stays said."""
    other = {id(entry) for entry in document.track_entries if entry.kind == "notice"}
    why = f"text of another track ('{track}'); --track chose '{chosen}'"
    document.report[:] = [replace(entry, kind="unplaced", reason=why) if id(entry) in other else entry
                          for entry in document.report]


def _tracks_of_roles(track: Any) -> list[Any]:
    """One track per role the statements are tagged for ('[PM] ...',
    '[Eng] ...'), each with the untagged statements every role shares, as
    --track naming the role imports it; or ``track`` itself, where they name
    fewer than two roles."""
    from copy import deepcopy

    from .role_tags import tagged_roles
    from .tracks import Track

    roles = tagged_roles(track.documents)
    if len(roles) < 2:
        return [track]
    # Each role's framework reads the tags anew, and drops the other roles' statements from its own copy.
    return [Track(role, deepcopy(track.documents), f"the statements tagged [{role}], and those every role shares "
                                                   f"(untagged, or tagged for no role); --track {role} imports it "
                                                   "alone") for role in roles]


def _frameworks(documents: list[ImportedDocument], skipped: list[ReportEntry], glossaries: list[ImportedDocument],
                places: dict[str, Any], options: Options, split_tracks: bool) -> list[ImportResult]:
    """The frameworks of the documents read: one per track, or the one
    ``options.track`` names; ``places``: where a workbook's lines are."""
    from . import tracks as tracks_module

    tracks = tracks_module.group(documents)
    defining = _glossary_pages_said(glossaries, tracks)
    if split_tracks and len(tracks) == 1:
        tracks = _tracks_of_roles(tracks[0])
    standing_alone = _standing_alone(tracks) if len(tracks) > 1 else {}  # before --track chooses one
    if len(tracks) > 1 and not split_tracks:
        # The track as the import names it, or as its heading says it ('Engineering Competencies').
        asked = {name_key(options.track), name_key(track_named(options.track))} if options.track else set()
        chosen = [t for t in tracks if name_key(t.name or '') in asked]
        if not chosen and options.track and (one := tracks_module.named_as_one(tracks, options.track)) is not None:
            # 'Dev Senior Backend Engineer' and 'Dev Staff Backend Engineer' under --track 'Backend Engineer':
            # the levels of the one role the user names, which the titles' other words parted.
            tracks = chosen = [one]
        if not chosen:
            # Tracks parted within one file are counted by their levels: each is a document of one.
            one_file = len({d.path for d in documents}) == 1
            listed = "; ".join(f"'{t.name or 'unnamed'}' ({_track_size(t, one_file)})" for t in tracks)
            holder = "document holds" if one_file else "documents hold"
            # Said where the first track starts (its heading), as the tracks are listed: in the documents' order.
            first = tracks[0].documents[0] if tracks[0].documents else documents[0]
            raise ImportFailure(first.path, f"the {holder} {len(tracks)} tracks: {listed}. Import "
                                            "one framework per track with --split-tracks -o DIR, or one "
                                            "track with --track NAME; if the headings that part them name "
                                            "dimensions, say which with --dimension-heading",
                                tracks_module.where_it_starts(first), 1)
        for track in tracks:
            if track is not chosen[0]:
                for document in track.documents:
                    skipped.append(ReportEntry(document.path, 1, "unplaced",
                                               f"a document of another track ('{track.name}'); --track chose "
                                               f"'{chosen[0].name}'"))
                    _not_chosen(document, track.name, chosen[0].name)
        tracks = chosen
        # The track is named as the import names it, whichever way --track wrote it.
        if chosen[0].name:
            options = replace(options, track=without_decoration(chosen[0].name))
    results = []
    several = len(tracks) > 1
    if several and not options.organisation:
        from .organisation import of_the_site, read_one_way

        read_one_way([track.documents for track in tracks])
        of_the_site([track.documents for track in tracks])
    for track in tracks:
        track_options = replace(options, beside_standing_alone=standing_alone.get(id(track)))
        if several or split_tracks:
            # The track's name as every name is written: without the emoji that decorate it. Written
            # into a directory, a track's id is its own, never the directory's name.
            track_options = Options(organisation=options.organisation, domains=options.domains,
                                    track=without_decoration(track.name) if track.name else options.track,
                                    name=None, id=None, output=None, several_tracks=several,
                                    fresh_ids=options.fresh_ids, cumulative=options.cumulative,
                                    beside_standing_alone=standing_alone.get(id(track)))
        pages = [page for page, where in defining if any(t is track for t in where)]
        result = _build(track.documents, track_options, pages)
        if several or split_tracks:
            first = track.documents[0]
            # A workbook's line 1 is its first sheet's: a track of another sheet is said where its levels are.
            line = 1 if first.places is None else min((lv.line for lv in first.levels), default=1)
            result.report.insert(0, ReportEntry(first.path, line, "layout", f"track '{result.data['track']}': "
                                                f"{track.evidence or 'the only track'}"))
            if split_tracks and options.output:
                result.path = os.path.join(options.output, f"{result.data['id']}.yaml")
        _as_before(result, result.path or options.output, options)
        result.report = _located(result.report, places)
        results.append(result)
    if split_tracks:
        taken: dict[str, int] = {}
        for result in results:
            if result.path in taken:
                raise ImportFailure(result.path or "", "two tracks would be written to this file: name them apart")
            taken[result.path or ""] = 1
    if len(results) > 1:
        from collections import Counter

        held = Counter(entry for result in results for entry in set(result.report))
        for result in results:
            result.shared = frozenset(entry for entry in result.report if held[entry] > 1)
    for page, where in defining:
        names = [result.data["track"] for track, result in zip(tracks, results) if any(t is track for t in where)]
        if not names:
            continue  # the glossary of a track --track did not choose
        into = ("the framework" if len(results) == 1 else f"every track's framework ({len(names)})"
                if len(names) == len(results) else "the framework of " + ", ".join(f"'{n}'" for n in names))
        skipped.append(ReportEntry(page.path, 1, "layout", f"a glossary, no ladder: its "
                                                           f"{plural(len(page.glossary), 'term')} go to the "
                                                           f"glossary of {into}"))
    if results:
        results[0].report = sorted(results[0].report + _located(skipped, places), key=ReportEntry.sort_key)
    return results


def import_files(
    paths: Sequence[str],
    options: Options,
    format: str = "auto",
    levels: Sequence[str] = (),
    steering: Steering = Steering(),
) -> ImportResult:
    """Read, merge and write one framework; raise ImportFailure for input
    that cannot be imported (several tracks included: see import_tracks)."""
    return import_tracks(paths, options, format, levels, steering, split_tracks=False)[0]


def _framework_in(path: str) -> dict[str, Any] | None:
    """The data of the framework a file holds, or None: no such file, or
    one that is no framework (or cannot be read as one)."""
    from ..loader import declares_format, load_document
    from ..loader.errors import LoadError

    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return None
    if not declares_format(data):
        return None
    try:
        found = load_document(path, data).data
    except (LoadError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _as_before(result: ImportResult, path: str | None, options: Options) -> None:
    """Where the framework is written over one written before (a new
    revision of the documents imported again), its id and its version stay
    those of the file, unless --id or --version say otherwise: the
    documents say neither, and ``diff`` would otherwise read a new file name
    as another framework and 1.0.0 as the version going down. With
    --split-tracks each file is named after its id already: its version
    alone is kept. So are whether its levels build on those below, unless
    --cumulative or --no-cumulative say otherwise, what the import read from
    how the documents are written and not from their words (a track and
    the name made of it from the levels' titles, the voice from the
    statements: ``ImportResult.read_from_how``), unless --track or --name
    say otherwise, and the ids of its levels, dimensions and competencies
    the new ones pair with (``kept_ids``), unless --fresh-ids: a revision
    read another way would otherwise show in ``diff`` as the framework
    changed. The report says what was kept."""
    from ..schema_file import schema

    if not path or path == "-":
        return
    before = _framework_in(path)
    if before is None:
        return
    patterns = {"id": schema()["$defs"]["slug"]["pattern"], "version": schema()["properties"]["version"]["pattern"]}
    kept = []
    overruled = ""
    read = result.read_from_how
    # A name made of the track follows a track --track gives.
    for key, given in (("id", options.id or options.output != path), ("version", options.version),
                       ("track", options.track or "track" not in read),
                       ("name", options.name or options.track or "name" not in read)):
        value = before.get(key)
        if given or not isinstance(value, str) or not re.search(patterns.get(key, r"\S"), value) \
                or value == result.data[key]:
            continue
        given_instead = result.data[key]
        result.data[key] = value
        kept.append(f"its {key} '{value}'")
        if key == "version":
            # The documents' own version ('version: 1.10') is not the one written: say so once, not twice.
            theirs = [e for e in result.report if VERSION_GIVEN in e.reason]
            result.report[:] = [e for e in result.report if VERSION_GIVEN not in e.reason]
            if theirs:
                overruled = f"; the version the documents give, {given_instead}, is not written"
    cumulative = _cumulative_as_before(result.data, before) if options.cumulative is None else None
    voice = _voice_as_before(result.data, before) if "voice" in read else None
    ids = 0
    if not options.fresh_ids:
        from .kept_ids import keep_ids

        ids = keep_ids(result.data, before, path)
    if not kept and cumulative is None and voice is None and not ids:
        return
    from .merge import about_all

    result.yaml = _dumped(result.data)
    where = about_all(result.documents, result.data.get("track"))
    if kept:
        option = " and ".join(f"--{said.split()[1]}" for said in kept)
        advice = "; if the documents now ask more of a level, raise it (`ladderlint diff` says which part)" \
            if "version" in option else ""
        result.report.append(ReportEntry(*where, "notice",
                                         f"{path} holds this framework already: {' and '.join(kept)} "
                                         f"{'are' if len(kept) > 1 else 'is'} kept (pass {option} to write "
                                         f"{'others' if len(kept) > 1 else 'another'}){overruled}{advice}"))
    if cumulative is not None:
        said = "build on the levels below (cumulative)" if cumulative else "stand on their own (`cumulative: false`)"
        # Why the import read otherwise: a sentence of the documents ('levels are cumulative'), or
        # how their statements repeat and their tables read.
        sentence = next((e for e in result.report if e.kind == "layout" and e.text
                         and e.reason.startswith("the document says each level includes")), None)
        over = f"over the documents' own words, which say each level includes those below it " \
            f"('{' '.join(sentence.text.split())}'), so `cumulative: {str(cumulative).lower()}` is written, " \
            "not the `cumulative: true` said above" if sentence is not None \
            else "over how the statements repeated in these documents read"
        result.report.append(ReportEntry(*where, "notice",
                                         f"{path} says its levels {said}: that is kept {over}; if the ladder "
                                         "itself changed, pass --cumulative or --no-cumulative"))
    if voice is not None:
        result.report.append(ReportEntry(*where, "notice",
                                         f"{path} says its statements are written in the {voice.split('-')[0]} "
                                         "person (`voice`): that is kept over how the statements read now; if "
                                         "they are written in another, change `voice` in the file"))
    if ids:
        result.report.append(ReportEntry(*where, "notice",
                                         f"{path} holds this framework already: {plural(ids, 'id')} of its "
                                         "levels, dimensions and competencies "
                                         f"{'are' if ids > 1 else 'is'} kept where `ladderlint diff` reads "
                                         "the new headings as theirs renamed, so approvals still match "
                                         "(pass --fresh-ids to make them from the headings)"))


def _cumulative_as_before(data: dict[str, Any], before: dict[str, Any]) -> bool | None:
    """Keep whether the levels build on those below as the file written
    before says it, where the new import reads it otherwise: a revision that
    adds a second statement repeated through three levels must not turn a
    cumulative ladder into levels that stand alone (``diff`` would then read
    every statement of the levels below as no longer asked). Returns the
    kept value, or None where nothing changed."""
    was = before.get("cumulative", True)
    if not isinstance(was, bool) or was == data.get("cumulative", True):
        return None
    if "cumulative" in before:
        data.pop("cumulative", None)
        _put(data, "cumulative", was, after=("organisation",))
    else:
        del data["cumulative"]
    return was


def _voice_as_before(data: dict[str, Any], before: dict[str, Any]) -> str | None:
    """Keep the voice the file written before declares, where the import
    reads the statements' voice otherwise or reads none (no clear majority:
    a revision that adds a few statements in another person): the owner
    declared it, or an import read it from most of the same statements.
    Returns the kept voice, or None where nothing changed."""
    was = before.get("voice")
    if not isinstance(was, str) or was == data.get("voice"):
        return None
    _put(data, "voice", was, after=("cumulative", "organisation"))
    return was


def _put(data: dict[str, Any], key: str, value: Any, after: Sequence[str]) -> None:
    """Set ``key`` where the merge writes it: right after the first key of
    ``after`` the data holds (a key it left out goes back in its place)."""
    if key in data:
        data[key] = value
        return
    items = list(data.items())
    at = next((i + 1 for one in after for i, (held, _) in enumerate(items) if held == one), len(items))
    items.insert(at, (key, value))
    data.clear()
    data.update(items)


def _dumped(data: dict[str, Any]) -> str:
    from . import writer

    return writer.dump(data, header=f"Imported with `ladderlint import` from {data['source']}.")


def _build(documents: list[ImportedDocument], options: Options,
           glossaries: Sequence[ImportedDocument] = ()) -> ImportResult:
    from . import merge
    from .cells import only_says_cumulative

    data, merge_report, read_from_how = merge.build(documents, options, glossaries)
    if not data["dimensions"]:
        # What held the only statements was no statement after all (an empty label, a placeholder section).
        raise ImportFailure(documents[0].path, f"no statements found when reading it as {documents[0].format}: "
                                               "the document has no recognisable ladder (levels with competencies "
                                               "and their statements)")
    _validate(data, documents[0].path)
    text = _dumped(data)
    entries: list[ReportEntry] = []
    seen: set[int] = set()
    for document in documents:
        if id(document.report) not in seen:  # the documents of one page share its report
            seen.add(id(document.report))
            entries.extend(document.report)
    merge_report = _offer_organisation(text, data, merge_report)
    # A sentence left out of a level that the merge placed (the framework's `cumulative`, from 'Each
    # level includes ...') is said once, where it went; the page's report, shared by its tracks, keeps it.
    placed = {(e.file, e.line, e.text) for e in merge_report if e.kind == "layout" and e.text}
    entries = [e for e in entries if e.kind != "unplaced" or (e.file, e.line, " ".join(e.text.split())) not in placed
               or not only_says_cumulative(e.text)]  # a box or paragraph that says more is left out, and said
    report = sorted(entries + merge_report + _structure_findings(text, data, documents), key=ReportEntry.sort_key)
    return ImportResult(data, text, documents, report, read_from_how=read_from_how)


def _offer_organisation(text: str, data: dict[str, Any], report: list[ReportEntry]) -> list[ReportEntry]:
    """Where the import found no organisation's name, the names `check`
    will read as one (LL302: 'the values and beliefs of LMG') offered in
    the report's notice, for a person to decide: never set, as a name in
    passing may be another's, left over from a copied framework."""
    import shlex

    from ..checker import check_paths
    from ..config import Selection, Settings
    from .merge import UNNAMED_ORGANISATION
    from .organisation import PLACEHOLDER

    if data["organisation"]["name"] != PLACEHOLDER or not any(e.reason.startswith(UNNAMED_ORGANISATION) for e in report):
        return report
    name = f"{data['id']}.yaml"
    checked = check_paths([name], Settings(selection=(Selection(select=("LL302",)),)), sources={name: text.encode("utf-8")})
    lines = text.splitlines()
    offered: list[str] = []
    for finding in checked.findings:
        if finding.end_line == finding.line and finding.end_column is not None and 0 < finding.line <= len(lines):
            said = lines[finding.line - 1][finding.column - 1:finding.end_column - 1]
            if said and said not in offered:
                offered.append(said)
    if not offered:
        return report
    perhaps = " or ".join(f"'{n}'" for n in offered[:3])
    return [replace(e, reason=f"{e.reason}; perhaps {perhaps}, which `check` reads as an organisation's name "
                              f"(LL302)? pass --org {shlex.quote(offered[0])} if it is this framework's")
            if e.reason.startswith(UNNAMED_ORGANISATION) else e for e in report]


#: The rules that judge what the import itself builds (ids, names, the
#: references between them, the levels' order), not the documents' words.
STRUCTURE_RULES = ("LL110", "LL201", "LL202", "LL402", "LL403", "LL405", "LL408")


def _structure_findings(text: str, data: dict[str, Any], documents: list[ImportedDocument]) -> list[ReportEntry]:
    """What ``STRUCTURE_RULES`` still find in the framework the import
    writes, each a notice of the report: the import resolves what it can
    (names spelt two ways, a name that joins two others), and says what
    it leaves for a person, rather than leave it to the first `check`."""
    from ..checker import check_paths
    from ..config import Selection, Settings
    from .merge import about_all

    name = f"{data['id']}.yaml"
    checked = check_paths([name], Settings(selection=(Selection(select=STRUCTURE_RULES),)), sources={name: text.encode("utf-8")})
    file, line = about_all(documents, data.get("track"))
    return [ReportEntry(file, line, "notice", f"`ladderlint check` will report {finding.code} "
                                              f"({finding.name}) on line {finding.line} of the YAML: {finding.message}")
            for finding in checked.findings]


def _validate(data: dict[str, Any], path: str) -> None:
    """The importer must write valid frameworks; a failure here is a bug."""
    import copy

    from ..schema import SchemaValidator

    # On a copy: the fast validator fills in defaults, and the YAML must say
    # only what the documents say.
    violations = SchemaValidator().violations(copy.deepcopy(data))
    if violations:
        details = "; ".join(f"{'/'.join(map(str, v.path))}: {v.message}" for v in violations[:5])
        raise RuntimeError(f"the imported framework does not pass the schema ({details})")
