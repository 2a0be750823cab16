"""The framework model: typed, read-only views of a schema-valid document.

Every element keeps ``path``, its place in the document (a tuple of keys and
indexes), so a rule can report a finding that the loader turns into a line
and column. The shape and meaning of each field is defined by the JSON
Schema; this module only gives it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

DocPath = tuple[Any, ...]

# The parts of a framework that rules may need whole. A framework built from
# the valid parts of a document the schema refuses names, in
# ``Framework.incomplete``, the parts it lost something of; a rule that
# needs one of them (``Rule.needs``) does not run on it, as it would report
# what is missing as the framework's defect.
HEADER = "header"  # id, name, track, version
ORGANISATION = "organisation"
LEVELS = "levels"  # every level, its rank, omitted_levels
LEVEL_IDS = "level ids"  # every level's id valid (an invalid one is kept, as text)
COMPETENCIES = "competencies"  # every dimension and competency
CELLS = "cells"  # every level's entry for each competency
STATEMENTS = "statements"
SUMMARIES = "summaries"
PROFICIENCY = "proficiency"  # the scale and each cell's proficiency
GLOSSARY = "glossary"
CUMULATIVE = "cumulative"
#: How messages name each part: "(it needs every level)".
PART_NAMES = {
    HEADER: "the framework's id, name, track and version",
    ORGANISATION: "the organisation",
    LEVELS: "every level",
    LEVEL_IDS: "every level id to be valid",
    COMPETENCIES: "every competency",
    CELLS: "every entry of every level",
    STATEMENTS: "every statement",
    SUMMARIES: "every level summary",
    PROFICIENCY: "the proficiency scale and proficiencies",
    GLOSSARY: "the whole glossary",
    CUMULATIVE: "the 'cumulative' setting",
}


@dataclass(slots=True)
class Statement:
    """One expected behaviour. Read-only by convention: a framework has
    hundreds of thousands of them in a large run, and frozen dataclasses are
    four times slower to build."""

    text: str
    path: DocPath
    id: str | None = None
    examples: tuple[str, ...] = ()
    #: Written as a mapping with 'text' rather than as plain text.
    detailed: bool = False

    @property
    def text_path(self) -> DocPath:
        """Path of the text itself (inside the mapping form, if used)."""
        return self.path + ("text",) if self.detailed else self.path


@dataclass(frozen=True, slots=True)
class Cell:
    """What is expected for one competency at one level."""

    level_id: str
    competency_id: str
    path: DocPath
    statements: tuple[Statement, ...] = ()
    proficiency: str | None = None
    not_applicable: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Competency:
    id: str
    name: str
    dimension_id: str
    path: DocPath
    description: str | None = None
    renamed_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    path: DocPath
    competencies: tuple[Competency, ...]
    description: str | None = None
    renamed_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class Level:
    id: str
    title: str
    path: DocPath
    cells: tuple[Cell, ...]
    summary: str | None = None
    rank: int | None = None
    renamed_from: tuple[str, ...] = ()
    #: What else is said of the level (its introduction, typical experience,
    #: who holds it): neither its summary nor an expectation.
    description: str | None = None
    #: Per-level introduction of a dimension, by dimension id.
    dimension_summaries: dict[str, str] = field(default_factory=dict)

    def cell(self, competency_id: str) -> Cell | None:
        for cell in self.cells:
            if cell.competency_id == competency_id:
                return cell
        return None


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameworkHeader:
    """A framework's file, id, names and organisation: all that rules
    comparing frameworks know of the others in a run. Small, so that a run
    of thousands of files keeps these and not every framework."""

    file: str
    id: str
    name: str
    track: str
    version: str
    organisation: Organisation

    @property
    def distinct_track(self) -> str | None:
        """The track, where the name does not already say it."""
        return distinct_track(self.name, self.track)


def distinct_track(name: str, track: str) -> str | None:
    """The track of a framework named ``name``, or None where the name says it
    ("Acme Ladder: Backend Engineer"): titles then name the track once."""
    return None if track.casefold() in name.casefold() else track


@dataclass(frozen=True)
class Framework(FrameworkHeader):
    """One track of one organisation's career framework: its header, then
    its content."""

    dimensions: tuple[Dimension, ...]
    levels: tuple[Level, ...]
    cumulative: bool = True
    voice: str | None = None
    #: The BCP 47 tag of the language the text is written in, where the
    #: document says it ("ko", "pt-BR").
    language: str | None = None
    description: str | None = None
    owners: tuple[str, ...] = ()
    licence: str | None = None
    effective: str | None = None
    source: str | None = None
    proficiency_scale: tuple[str, ...] = ()
    glossary: dict[str, str] = field(default_factory=dict)
    omitted_levels: dict[str, str] = field(default_factory=dict)
    #: Parts left incomplete because the document breaks the schema there
    #: (empty for a valid framework).
    incomplete: frozenset[str] = frozenset()
    #: Credits and references: text adapted from or inspired by others.
    credits: tuple[Credit, ...] = ()
    #: Whether the document says `cumulative` (rather than leaving it to its default).
    cumulative_declared: bool = False

    @property
    def header(self) -> "FrameworkHeader":
        """What the framework says about itself, for rules that compare frameworks."""
        return FrameworkHeader(self.file, self.id, self.name, self.track, self.version, self.organisation)

    @property
    def competencies(self) -> tuple[Competency, ...]:
        return tuple(c for d in self.dimensions for c in d.competencies)

    def still_holds(self, level_id: str, competency_id: str) -> "Level | None":
        """In a cumulative framework, the level whose expectations of a
        competency still hold at a level that marks it not_applicable above
        them: the highest at or below ``level_id`` that describes it. A level
        includes those below, so the mark says it adds nothing new there (as
        LL401 reads it: 'nothing beyond the level below'), not that the
        competency is no longer assessed. None below its first statements
        (*First expected at L3*: not assessed yet), or where levels stand alone."""
        if not self.cumulative:
            return None
        holding = None
        for level in self.levels:
            cell = level.cell(competency_id)
            if cell is not None and (cell.statements or cell.proficiency is not None):
                holding = level
            if level.id == level_id:
                return holding
        return None

    def statements(self) -> list[tuple[Level, Cell, Statement]]:
        """Every statement with its level and cell, in document order."""
        return [(lv, cell, st) for lv in self.levels for cell in lv.cells for st in cell.statements]

    def texts(self) -> list[TextField]:
        """Every piece of prose in the framework, with its path and kind,
        in document order. Rules about wording (brand names, placeholders,
        clean text) read this (through their Analysis, which keeps it)
        rather than walking the model themselves. The organisation's name
        and the reasons for omitted levels are shown to readers as much as
        the levels are, so they are read too."""
        out = [
            TextField(("name",), self.name, "name"),
            TextField(("track",), self.track, "track"),
            TextField(("organisation", "name"), self.organisation.name, "organisation"),
        ]
        if self.description:
            out.append(TextField(("description",), self.description, "description"))
        for dimension in self.dimensions:
            out.append(TextField(dimension.path + ("name",), dimension.name, "dimension-name"))
            if dimension.description:
                out.append(TextField(dimension.path + ("description",), dimension.description, "description"))
            for competency in dimension.competencies:
                out.append(TextField(competency.path + ("name",), competency.name, "competency-name"))
                if competency.description:
                    out.append(
                        TextField(competency.path + ("description",), competency.description, "description")
                    )
        for index, reason in enumerate(self.omitted_levels.values()):
            out.append(TextField(("omitted_levels", index, "reason"), reason, "reason"))
        for level in self.levels:
            out.append(TextField(level.path + ("title",), level.title, "level-title"))
            if level.summary:
                out.append(TextField(level.path + ("summary",), level.summary, "summary"))
            if level.description:
                out.append(TextField(level.path + ("description",), level.description, "description"))
            for dimension_id, text in level.dimension_summaries.items():
                out.append(TextField(level.path + ("dimensions", dimension_id), text, "summary"))
            for cell in level.cells:
                for statement in cell.statements:
                    out.append(TextField(statement.text_path, statement.text, "statement"))
                    for i, example in enumerate(statement.examples):
                        out.append(TextField(statement.path + ("examples", i), example, "example"))
                if cell.not_applicable:
                    out.append(TextField(cell.path + ("not_applicable",), cell.not_applicable, "reason"))
                if cell.note:
                    out.append(TextField(cell.path + ("note",), cell.note, "note"))
        for term, definition in self.glossary.items():
            out.append(TextField(("glossary", term), definition, "glossary"))
        for credit in self.credits:
            out.append(TextField(credit.text_path, credit.text, "credit"))
        return out


@dataclass(frozen=True)
class Restatements:
    """Statements said again, word for word, at higher levels: the mark of
    a ladder whose levels stand on their own (``cumulative: false``)."""

    #: Statements repeated word for word at a higher level.
    repeats: int
    #: Of them, those carried through three levels or more.
    through_three: int

    @property
    def levels_stand_alone(self) -> bool:
        """More than one statement carried through three levels or more: a
        slip is copied once, not twice, so the levels restate on purpose."""
        return self.through_three >= 2

    @classmethod
    def of(cls, levels: Iterable[Iterable[str]]) -> "Restatements":
        """``levels``: each level's statements, lowest level first, each as
        its words (``text.words``) joined by spaces."""
        levels_of: dict[str, set[int]] = {}
        for order, statements in enumerate(levels):
            for key in statements:
                if key:
                    levels_of.setdefault(key, set()).add(order)
        return cls(
            repeats=sum(len(orders) - 1 for orders in levels_of.values()),
            through_three=sum(1 for orders in levels_of.values() if len(orders) >= 3),
        )


@dataclass(frozen=True)
class Credit:
    """A credit or reference: where text was adapted from or inspired by."""

    text: str
    path: DocPath
    url: str | None = None
    #: Written as a mapping with 'text' rather than as plain text.
    detailed: bool = False

    @property
    def text_path(self) -> DocPath:
        return self.path + ("text",) if self.detailed else self.path


@dataclass(slots=True)  # slots: a large run keeps a hundred thousand
class TextField:
    """One piece of prose: where it is, what it says, and what kind it is
    (name, track, description, dimension-name, competency-name, level-title,
    summary, statement, example, reason, note, glossary, credit). Read-only by
    convention, like Statement: a frozen dataclass is three times slower
    to build."""

    path: DocPath
    text: str
    kind: str


def build_header(file: str, data: dict[str, Any]) -> FrameworkHeader:
    """The header of a framework: its file, id, names and organisation."""
    org = data["organisation"]
    return FrameworkHeader(
        file=file,
        id=data["id"],
        name=data["name"],
        track=data["track"],
        version=data["version"],
        organisation=Organisation(
            name=org["name"],
            aliases=tuple(org.get("aliases", ())),
            domains=tuple(org.get("domains", ())),
        ),
    )


def build_framework(
    file: str, data: dict[str, Any], skip: frozenset[DocPath] = frozenset(), incomplete: frozenset[str] = frozenset()
) -> Framework:
    """Build the model from a document that passed the schema; or, from one
    that did not, from its valid parts: ``skip`` holds the paths of the
    list items left out (the others keep their places), ``incomplete`` the
    parts that lost something."""
    header = build_header(file, data)
    return Framework(
        **{name: getattr(header, name) for name in FrameworkHeader.__dataclass_fields__},
        dimensions=tuple(
            _dimension(d, ("dimensions", i), skip) for i, d in _kept(data["dimensions"], ("dimensions",), skip)
        ),
        levels=tuple(_level(lv, ("levels", i), skip) for i, lv in _kept(data["levels"], ("levels",), skip)),
        cumulative=data.get("cumulative", True),
        cumulative_declared="cumulative" in data,
        voice=data.get("voice"),
        language=data.get("language"),
        description=data.get("description"),
        owners=tuple(data.get("owners", ())),
        licence=data.get("licence"),
        effective=data.get("effective"),
        source=data.get("source"),
        proficiency_scale=tuple(data.get("proficiency_scale", ())),
        glossary=dict(data.get("glossary", {})),
        omitted_levels={o["id"]: o["reason"] for o in data.get("omitted_levels", ())},
        incomplete=incomplete,
        credits=tuple(_credit(c, ("credits", i)) for i, c in _kept(data.get("credits", ()), ("credits",), skip)),
    )


def _kept(items: Any, path: DocPath, skip: frozenset[DocPath]) -> list[tuple[int, Any]]:
    """The items of a list with their indexes, less those left out."""
    if not skip:
        return list(enumerate(items))
    return [(i, item) for i, item in enumerate(items) if path + (i,) not in skip]


def _credit(item: Any, path: DocPath) -> Credit:
    if isinstance(item, str):
        return Credit(item, path)
    return Credit(item["text"], path, item.get("url"), detailed=True)


def _dimension(data: dict[str, Any], path: DocPath, skip: frozenset[DocPath] = frozenset()) -> Dimension:
    return Dimension(
        id=data["id"],
        name=data["name"],
        path=path,
        description=data.get("description"),
        renamed_from=tuple(data.get("renamed_from", ())),
        competencies=tuple(
            Competency(
                id=c["id"],
                name=c["name"],
                dimension_id=data["id"],
                path=path + ("competencies", i),
                description=c.get("description"),
                renamed_from=tuple(c.get("renamed_from", ())),
            )
            for i, c in _kept(data["competencies"], path + ("competencies",), skip)
        ),
    )


def _level(data: dict[str, Any], path: DocPath, skip: frozenset[DocPath] = frozenset()) -> Level:
    return Level(
        id=data["id"],
        title=data["title"],
        path=path,
        summary=data.get("summary"),
        description=data.get("description"),
        rank=data.get("rank"),
        renamed_from=tuple(data.get("renamed_from", ())),
        dimension_summaries=dict(data.get("dimensions", {})),
        cells=tuple(
            _cell(data["id"], competency_id, value, path + ("competencies", competency_id), skip)
            for competency_id, value in data["competencies"].items()
        ),
    )


def _cell(level_id: str, competency_id: str, value: Any, path: DocPath, skip: frozenset[DocPath]) -> Cell:
    if isinstance(value, list):  # the shorthand: a plain list of statements
        return Cell(level_id, competency_id, path, statements=_statements(value, path, skip))
    return Cell(
        level_id,
        competency_id,
        path,
        statements=_statements(value.get("statements", []), path + ("statements",), skip),
        proficiency=value.get("proficiency"),
        not_applicable=value.get("not_applicable"),
        note=value.get("note"),
    )


def _statements(items: list[Any], path: DocPath, skip: frozenset[DocPath]) -> tuple[Statement, ...]:
    out = []
    for i, item in _kept(items, path, skip):
        if isinstance(item, str):
            out.append(Statement(text=item, path=path + (i,)))
        else:
            out.append(
                Statement(
                    text=item["text"],
                    path=path + (i,),
                    id=item.get("id"),
                    examples=tuple(item.get("examples", ())),
                    detailed=True,
                )
            )
    return tuple(out)
