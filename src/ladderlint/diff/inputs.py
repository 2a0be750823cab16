"""Turn the bytes of one revision of a file into a framework, as `check` would.

The differ reads through the same pipeline as ``ladderlint check``
(ladderlint.pipeline), with the configuration of each file applied. A
revision that is not a valid framework cannot be compared: its findings are
kept in :class:`InputError`, printed, and the run exits 2 (an old revision
at a git revision is read through its earlier ones instead: see
``session.Base``).

A diff holds two revisions of a framework at once, which may be large, and
shows only the changes it finds: revisions are read without their document
tree (``Reader.read(keep_document=False)``), and positions are found later,
for the changes shown only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, TypeVar

from ..config import Settings, SettingsSource
from ..findings import Finding
from ..loader import EMPTY_FILE, is_blank
from ..loader.events import PackedPositions
from ..model import DocPath, Framework
from ..pipeline import Reader
from ..positions import Document, Position
from ..rules.ll201_level_order import lowest_first
from ..text import normal


@dataclass(frozen=True)
class Source:
    """One revision of one file: what to call it, where it lives, and its bytes."""

    #: Shown to users: a path, or `REV:path` for a file at a git revision.
    label: str
    #: The path in the working tree (for annotations), relative as given.
    path: str
    data: bytes
    #: The git revision the bytes come from; None for the working tree.
    revision: str | None = None


@dataclass
class Loaded:
    """A revision read into its framework; positions are found when asked for.

    ``source`` is the revision without its bytes: only positions need them
    again, and text output and release notes never ask for positions."""

    source: Source
    framework: Framework
    #: Where paths are: the document, or the compressed bytes; None when no
    #: change will be shown in this revision (every position is 1:1).
    where: Document | PackedPositions | None = field(default=None, repr=False)
    #: What to tell about how the revision was read (levels listed out of order).
    notices: tuple[str, ...] = ()
    #: Read in place of a later revision that is not a valid framework:
    #: which, and why (the diff's warning).
    stands_in: str | None = None

    @property
    def label(self) -> str:
        return self.source.label

    def locate(self, paths: Iterable[DocPath]) -> None:
        """Find where each of ``paths`` is, all at once (before asking one by one)."""
        if isinstance(self.where, PackedPositions):
            self.where.locate(paths)

    def position(self, path: DocPath) -> Position:
        """Where ``path`` is (or its deepest part that exists)."""
        if self.where is None:
            return Position(1, 1)
        return self.where.position(tuple(path))


class InputError(Exception):
    """Inputs that cannot be compared; ``findings`` locate the problems where known."""

    def __init__(self, message: str, findings: list[Finding] | None = None, *, unreadable: bool = False,
                 counted: tuple[int, int] | None = None):
        super().__init__(message)
        self.message = message
        self.findings = findings or []
        #: The findings' file could not be read as a framework at all (not YAML,
        #: not a mapping), as `check` counts it; else it was read, and is invalid.
        self.unreadable = unreadable
        #: (frameworks read, valid or not; files that could not be read) where
        #: more was read than the findings' files (render reads every file
        #: before it stops); None: counted from the findings.
        self.counted = counted


@dataclass
class Loader:
    """Reads sources through the one read pipeline (as `check` reads files),
    with each file's configuration applied to the findings it shows."""

    settings: SettingsSource = field(default_factory=Settings)
    _reader: Reader = field(default_factory=Reader, repr=False)

    def load(self, source: Source, *, positions: bool = True) -> Loaded:
        """Read ``source`` into its framework; without ``positions``, nothing
        is kept to find them (no change will be shown in it)."""
        read = self._reader.read(source.label, source.data, self.settings.for_path(source.path), keep_document=False)
        if read.framework is None:
            findings = sorted(read.findings, key=Finding.sort_key)
            if read.document is None:
                raise InputError(f"{source.label} cannot be read as a framework", findings, unreadable=True)
            raise InputError(f"{source.label} is not a valid framework", findings)
        where = (read.positions or read.document) if positions else None
        framework, notices = in_ladder_order(source.label, read.framework)
        return Loaded(replace(source, data=b""), framework, where, notices)


def in_ladder_order(label: str, framework: Framework) -> tuple[Framework, tuple[str, ...]]:
    """The framework with its levels lowest first, and a notice, when it
    lists them out of order (LL201) and their ranks, numbers or titles tell
    the order: the differ reads the ladder's order from the list, and would
    take a statement moved up for one moved down."""
    ordered = lowest_first(framework.levels)
    if ordered is None:
        return framework, ()
    listed, lowest = (", ".join(level.id for level in levels) for levels in (framework.levels, ordered))
    notice = (f"{label} lists its levels out of order ({listed}); they are read lowest first ({lowest}); "
              "`ladderlint check` reports where (LL201)")
    return replace(framework, levels=ordered), (notice,)


def said(framework: Framework) -> frozenset[str]:
    """The normal forms of a framework's statements (text.normal): what it
    says word for word, wherever it says it."""
    return frozenset(normal(statement.text) for _, _, statement in framework.statements())


def kept_share(old: Framework, new: Framework) -> float:
    """The share of ``old``'s statements that ``new`` says word for word
    (anywhere in it): how much of one framework the other still is."""
    before = said(old)
    return len(before & said(new)) / len(before) if before else 0.0


def best_kept(candidates: Iterable[tuple[T, Framework | None]], new: Framework) -> T | None:
    """Of ``candidates`` (a key and a framework gone from the other side),
    the key of the one that ``new`` is (``same_ladder``): statements kept
    word for word count first, then the name, then the ids; the first of
    the best, in the order given."""
    return _most_alike(candidates, lambda old: same_ladder(old, new))


def best_went_to(old: Framework, candidates: Iterable[tuple[T, Framework | None]]) -> T | None:
    """Of ``candidates`` (a key and a framework new on the other side), the
    key of the one that ``old`` became, as ``best_kept`` finds it."""
    return _most_alike(candidates, lambda new: same_ladder(old, new))


def _most_alike(candidates: Iterable[tuple[T, Framework | None]],
                evidence_of: Callable[[Framework], tuple[float, int, float]]) -> T | None:
    """The key of the candidate with the most evidence of being the same
    ladder, if any; the first of the best, in the order given."""
    best: tuple[tuple[float, int, float], T] | None = None
    for key, framework in candidates:
        if framework is None:
            continue
        evidence = evidence_of(framework)
        if any(evidence) and (best is None or evidence > best[0]):
            best = (evidence, key)
    return best[1] if best else None


def same_ladder(old: Framework, new: Framework) -> tuple[float, int, float]:
    """How surely ``new`` is ``old`` under another id, by the evidence a
    reader goes by: the share of its statements kept word for word (where
    at least KEPT_TO_BE_THE_SAME); 1 where the name, track and organisation
    are the same, though every statement was reworded (written in another
    voice); and, on the same track, the share of level ids and of
    competency ids in common (the lesser, where both are most). All zero
    where nothing says so."""
    share = kept_share(old, new)
    named = int(all(normal(a or "") == normal(b or "") for a, b in
                    ((old.name, new.name), (old.track, new.track), (old.organisation.name, new.organisation.name))))
    # Another track of the organisation often shares the ladder's level ids
    # and a company-wide competency model: it is another ladder.
    ids = min(_common([lv.id for lv in old.levels], [lv.id for lv in new.levels]),
              _common([c.id for c in old.competencies], [c.id for c in new.competencies])) \
        if normal(old.track or "") == normal(new.track or "") else 0.0
    return (share if share >= KEPT_TO_BE_THE_SAME else 0.0, named, ids if ids > KEPT_TO_BE_THE_SAME else 0.0)


def _common(old: list[str], new: list[str]) -> float:
    """The share of ids in common, of the longer list: most of both."""
    longer = max(len(set(old)), len(set(new)))
    return len(set(old) & set(new)) / longer if longer else 0.0


#: A framework that kept at least this share of another's statements, in
#: another file and under another id, is that framework moved: as a level
#: that kept half of another's statements is that level renumbered. More
#: than this share of its level ids and its competency ids says so too.
KEPT_TO_BE_THE_SAME = 0.5

T = TypeVar("T")


def read_framework(source: Source) -> Framework | None:
    """The framework in ``source`` as the built-in settings read it, or
    None: for finding where a framework went, not for comparing it."""
    return Reader().read(source.label, source.data, Settings(), keep_document=False).framework


def not_a_framework(source: Source) -> InputError:
    if is_blank(source.data):  # in the words `check` uses (LL005)
        return InputError(f"{source.label}: {EMPTY_FILE}")
    from ..importers import DOCUMENT_SUFFIXES  # only on this error: the import is not loaded otherwise

    advice = ""
    if source.path.lower().endswith(DOCUMENT_SUFFIXES):
        # Two versions of the document a framework lives in: compare their imports. One at a
        # revision is written out first: `import` reads files.
        written = f"`git show {source.label} > OLD{os.path.splitext(source.path)[1]}`, then " \
            if source.revision is not None else ""
        document = f"OLD{os.path.splitext(source.path)[1]}" if source.revision is not None else source.path
        advice = (f"; to compare versions of a document, import each first ({written}`ladderlint import "
                  f"{document} -o FILE.yaml`) and compare the frameworks")
    return InputError(f"{source.label} is not a ladderlint framework (it does not declare `ladderlint: 1`){advice}")
