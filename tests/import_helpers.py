"""What the import tests share: importing a document through the CLI and
reading the framework it wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pytest

from conftest import CORPORA
from ladderlint.loader import load_document


def imported(cli, path: Path, *args: str) -> tuple[dict[str, Any], Any]:
    """Import ``path`` (with ``args``) next to itself (a copy in a temporary folder, never a fixture of
    the repository); the framework's data and the run."""
    out = path.parent / f"{path.stem}-out.yaml"
    run = cli("import", str(path), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


def workbook_file(path: Path, *sheets: tuple[str, Sequence[Sequence[Any]]]) -> Path:
    """Write an Excel workbook of ``sheets`` (each a title and its rows, in
    order) at ``path``, as a person types one; skips without openpyxl."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def cells(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each level's cells by competency: a list of statements, or a mapping
    (``not_applicable``)."""
    return {level["id"]: dict(level["competencies"]) for level in data["levels"]}


#: Codecademy's engineering competencies (MIT licence, Copyright (c) 2022
#: Codecademy LLC), in tests/fixtures/corpora/ with their licence: the words
#: of the tests that write them out in the layouts companies publish.
CODECADEMY = CORPORA / "codecademy-engineering-competencies" / "README.md"
CODECADEMY_LEVELS = ["Software Engineering Apprentice", "Software Engineer", "Software Engineer 2",
                     "Senior Software Engineer"]
CODECADEMY_COMPETENCIES = ["Software Engineering & Design", "Execution & Results", "Collaboration & Communication"]


def codecademy(most: int | None = None) -> dict[str, dict[str, list[str]]]:
    """Level -> competency -> statements, as the README writes them
    ('## Level', '### Competency', '- statement'); the first ``most`` of each."""
    found: dict[str, dict[str, list[str]]] = {}
    level = competency = None
    for line in CODECADEMY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            level = line[3:]
            found[level] = {}
        elif line.startswith("### ") and level is not None:
            competency = line[4:]
            found[level][competency] = []
        elif line.startswith("- ") and level is not None and competency is not None:
            found[level][competency].append(line[2:])
    return {lv: {c: found[lv][c][:most] for c in CODECADEMY_COMPETENCIES} for lv in CODECADEMY_LEVELS}


def by_name(data: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """Level title -> competency name -> statements, in the YAML's order."""
    names = {c["id"]: c["name"] for d in data["dimensions"] for c in d["competencies"]}
    return {level["title"]: {names[cid]: cell for cid, cell in level["competencies"].items()}
            for level in data["levels"]}


#: WordprocessingML's namespace, as a document's root element declares it.
WORD_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_package(body: str, styles: str | None = None) -> bytes:
    """A .docx holding ``body`` (the XML inside ``<w:body>``) and, if given,
    ``styles`` (the XML inside ``<w:styles>``): the parts Word needs, no more."""
    import io
    import zipfile

    style_part = ('<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.styles+xml"/>') if styles is not None else ""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/'
            'word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            f'document.main+xml"/>{style_part}</Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'))
        if styles is not None:
            archive.writestr("word/_rels/document.xml.rels", (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'))
            archive.writestr("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:styles {WORD_NAMESPACE}>'
                                                f"{styles}</w:styles>")
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {WORD_NAMESPACE}>'
                                              f"<w:body>{body}</w:body></w:document>")
    return buffer.getvalue()
