"""`ladderlint import`: turn exported career-framework documents into framework YAML.

One reader per input format turns a document into an
:class:`~.document.ImportedDocument` (levels, dimensions, competencies and
statements in the document's words, with line numbers, plus a report of
what it could not place); :mod:`.merge` turns one or more of them into one
framework, and :mod:`.writer` writes it as YAML, the same bytes every time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from .document import ImportedDocument, ImportFailure, ReportEntry
from .merge import Options

#: Input formats, in the order ``auto`` tries them.
FORMATS = ("monzo", "html", "jobframe", "progression", "markdown", "text")

__all__ = ["FORMATS", "ImportFailure", "ImportResult", "Options", "ReportEntry", "detect", "import_files"]


@dataclass
class ImportResult:
    data: dict[str, Any]
    yaml: str
    documents: list[ImportedDocument]
    report: list[ReportEntry] = field(default_factory=list)

    @property
    def unplaced(self) -> list[ReportEntry]:
        return [entry for entry in self.report if entry.kind == "unplaced"]

    @property
    def notices(self) -> list[ReportEntry]:
        return [entry for entry in self.report if entry.kind == "notice"]


def _reader(name: str) -> Callable[..., ImportedDocument]:
    from importlib import import_module

    module = import_module(f"{__name__}.{'html_page' if name == 'html' else name}")
    return module.read  # type: ignore[no-any-return]


def detect(path: str, text: str) -> str:
    """The format of a document, from its content (and its file name for HTML)."""
    from . import html_page, jobframe, markdown, monzo, progression

    if monzo.looks_like(text):
        return "monzo"
    if path.lower().endswith((".html", ".htm")) or html_page.looks_like(text):
        return "html"
    if jobframe.looks_like(text):
        return "jobframe"
    if progression.looks_like(text):
        return "progression"
    if text.startswith("---\n") or markdown.looks_like(text) >= 2:
        return "markdown"
    return "text"


def import_files(
    paths: Sequence[str],
    options: Options,
    format: str = "auto",
    levels: Sequence[str] = (),
) -> ImportResult:
    """Read, merge and write; raise ImportFailure for input that cannot be imported.

    ``levels`` are level ids for the documents, in the order of ``paths``
    (one per file, or none).
    """
    from . import merge, writer
    from .source import read_text

    if levels and len(levels) != len(paths):
        raise ImportFailure("", f"--level was given {len(levels)} times for {len(paths)} files; "
                                      "give it once per file, in the order of the files, or not at all")
    seen: dict[str, str] = {}
    documents: list[ImportedDocument] = []
    for index, path in enumerate(paths):
        real = os.path.realpath(path)
        if real in seen:
            raise ImportFailure(path, f"the same file is named twice (also as {seen[real]})")
        seen[real] = path
        if os.path.isdir(path):
            raise ImportFailure(path, "is a directory; name the document files to import")
        text = read_text(path)
        chosen = detect(path, text) if format == "auto" else format
        level = levels[index] if levels else None
        document = _reader(chosen)(path, text, level)
        if not document.levels or document.statement_count == 0:
            raise ImportFailure(path, f"no statements found when reading it as {chosen}: the document has no "
                                      "recognisable ladder (levels with competencies and their statements)")
        if level is not None and len(document.levels) > 1:
            raise ImportFailure(path, f"--level applies to a document that describes one level; this one "
                                      f"describes {len(document.levels)}")
        documents.append(document)
    data, merge_report = merge.build(documents, options)
    _validate(data, paths[0])
    text = writer.dump(data, header=f"Imported with `ladderlint import` from {data['source']}.")
    report = sorted([e for d in documents for e in d.report] + merge_report, key=ReportEntry.sort_key)
    return ImportResult(data, text, documents, report)


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
