"""JobFrame goal-template pages (a web page copied as text).

The page wraps JobFrame's canon for one role and level in goal templates
(SMART goals, OKRs, MBO areas, a scorecard), each printed twice: laid out,
then again under 'Copy / print as text'. The import keeps the canon the
templates quote, as the page prints it the first time:

- each paragraph under a 'JFM responsibility (P3)' line: a statement of
  the competency 'Core responsibilities' (dimension 'Responsibilities');
  the page prints them under SMART goals and again under OKRs, and both
  printings are kept, so ``check`` shows the repetition;
- each 'Meets the <bar> bar: "..."' line: the level's bar on one of
  JobFrame's level dimensions (scope, autonomy ...), one competency each in
  'Level bars', template wrapper and placeholders included;
- the first line quoting each 'jfm <name> rubric: "..."': one competency
  each in 'Rubrics'.

The templates themselves (and every second printing) are reported.
"""

from __future__ import annotations

import re

from .common import BULLET
from .document import ImportedDimension, ImportedDocument, ImportedLevel, ImportedStatement, ImportFailure
from .source import BLANK_CHARACTERS, Ledger, is_blank
from ..vocabulary import level_code
from ..patterns import lazy

NAME = "jobframe"
ORGANISATION = "JobFrame"

_RESPONSIBILITY = lazy(r"^JFM responsibility \((?P<level>[^)]+)\)$")
_BAR = lazy(r"Meets the (?P<bar>[\w ]+?) bar: \"(?P<canon>[^\"]*)\"")
_RUBRIC = lazy(
    r"(?P<clause>[A-Z][a-z]+(?: [a-z]+)* this level's jfm (?P<name>\S+) rubric: \"(?P<canon>[^\"]*)\".*)$"
)
_TEMPLATES = lazy(r"^Goal templates [—-] ")


def looks_like(text: str) -> bool:
    head = text[:20000]
    return bool(re.search(r"^JFM responsibility \(", head, re.MULTILINE)) or bool(
        re.search(r"^Goal templates [—-] ", head, re.MULTILINE)
    )


def read(path: str, text: str, level: str | None = None) -> ImportedDocument:
    document = ImportedDocument(path, NAME, organisation=ORGANISATION)
    ledger = Ledger.of(text)
    lines = [line.rstrip(" \t") for line in ledger.lines]
    nonblank = [n for n, line in enumerate(lines, 1) if not is_blank(line)]
    if not nonblank:
        raise ImportFailure(path, "the page is empty")

    title = lines[nonblank[0] - 1].strip()
    track, _, level_name = title.rpartition(" — ")
    document.track = track or None
    ledger.use(nonblank[0])
    imported = ImportedLevel(title=level_name or title, line=nonblank[0], id=level or level_code(level_name))
    for n in nonblank:
        line = lines[n - 1]
        if _TEMPLATES.match(line) and document.name is None:
            document.name = line.strip()
            ledger.use(n)
        elif " · " in line and level_name and line.split(" · ")[-1].startswith(level_name) and n not in ledger.used:
            imported.title = line.split(" · ")[-1].strip()  # 'P3 — Mid-Level Professional'
            imported.line = n
            trail = " · ".join(line.split(" · ")[:-1]).strip()
            if trail:
                document.unplaced(n, "where the role sits on the site (job family · role), not part of "
                                     "the framework", trail)
            ledger.use(n)
    document.levels.append(imported)

    responsibilities = document.dimension("Responsibilities", nonblank[0]).competency(
        "Core responsibilities", nonblank[0]
    )
    bars = document.dimension("Level bars", nonblank[0])
    rubrics = document.dimension("Rubrics", nonblank[0])
    seen: set[str] = set()

    def first_printing(dimension: ImportedDimension, what: str, name: str, text: str, n: int) -> bool:
        """Keep the first printing of a piece of canon; report the others."""
        if f"{what} {name}" in seen:
            ledger.explain(document, n, f"the {name} {what} printed again")
            return False
        seen.add(f"{what} {name}")
        competency = dimension.competency(name, n)
        imported.cell(competency).statements.append(ImportedStatement(text, n))
        ledger.use(n)
        return True

    for index, n in enumerate(nonblank):
        line = lines[n - 1]
        stripped = line.strip(BLANK_CHARACTERS)
        if _RESPONSIBILITY.match(stripped) and index + 1 < len(nonblank):
            following = nonblank[index + 1]
            imported.cell(responsibilities).statements.append(
                ImportedStatement(lines[following - 1].strip(BLANK_CHARACTERS), following)
            )
            ledger.explain(document, n, "label of the responsibility below it")
            ledger.use(following)
            continue
        bar = _BAR.search(stripped)
        if bar:
            bullet = BULLET.match(line)
            name = bar.group("bar")
            first_printing(bars, "bar", name[:1].upper() + name[1:], bullet.group("text") if bullet else stripped, n)
            continue
        rubric = _RUBRIC.search(stripped)
        if rubric:
            kept = first_printing(rubrics, "rubric", _rubric_name(rubric.group("name")), rubric.group("clause"), n)
            if kept and rubric.start() > 0:
                document.unplaced(n, "another cell of the table, glued in front of the rubric",
                                  stripped[: rubric.start()])
    # The page quotes the canon in template order; the level lists it in the
    # order of its dimensions.
    order = [id(c) for d in document.dimensions for c in d.competencies]
    imported.cells.sort(key=lambda cell: order.index(id(cell.competency)))
    ledger.report_rest(document, "goal-template text around the canon, not imported")
    document.prune()
    return document


def _rubric_name(name: str) -> str:
    words = " / ".join(name.split("/")) if "/" in name else name.replace("-", " ")
    return words[:1].upper() + words[1:]
