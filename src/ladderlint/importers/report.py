"""The import report: what was not placed, and what to review.

One line per entry, sorted by file and line, so it reads like compiler
output and diffs cleanly::

    002.txt:1: not placed: stray symbol, not text: ×
    000.txt:11: review: the export lost the borders of a table ...

The report (``render``, for ``--report FILE``) prints text in full (nothing
is dropped, not even from the report); line breaks inside it are shown as
'\\n'. On the terminal (``shortened``) a site's chrome would bury the rest:
the same text left out on many pages (a navigation block, a menu's '☰') is
said once, after the other entries, with the pages and lines it is on; what
one page says alike at each of its levels or tables is said once, naming
them; the text of a section left out whole (an FAQ after the levels), or
pieces of text left out together for one reason, is said on one line with
their count and lines; and a long text is cut, saying how much more there
is::

    docs/: on 48 pages (line 17 of each: ic1.html, ... ic5.html and 43 more): not placed: block of
    links (navigation), not part of the ladder: × Overview What is Impact? ... [1,795 more characters]
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

from ..text import plural
from . import ImportResult
from .document import COLUMN_HEADER, NO_COMPETENCY_HEADING, ReportEntry

_LABELS = {"unplaced": "not placed", "notice": "review", "layout": "layout"}
#: Pages or more a text is left out on to be said once for them all: as many as make a site's repeated text.
_MANY_PAGES = 3
#: Characters of a long text shown on the terminal, cut at a word near this length; a text is long
#: where what is cut would be half as long again (cutting a few words off saves no one's reading).
_SHOWN = 200
#: Pages named in an entry said once for many; the others are counted.
_PAGES_NAMED = 5
#: Pieces of text left out together (a section that is no level, the lines of one paragraph) to be said
#: on one line on the terminal: an FAQ said a line per paragraph buries the few entries that matter.
_TOGETHER = 3
#: Lines at most between two pieces of text left out for one reason, outside a section left out whole, to
#: be said together: the next line, or the one after a blank line (the next paragraph).
_APART = 2
#: What parts the texts of a run said on one line.
_JOINED = " / "


#: What a page says at each of its levels or tables alike, said once for the page, with what it is
#: said of: where a level has no competency headings, each has none; each table of a competency
#: ('## Delivery' over 'Level | Expectations') has the same header. The entry's text names the level;
#: for a header, it is the header's words, and the tables are counted.
_SAID_OF_EACH = {NO_COMPETENCY_HEADING: "level", COLUMN_HEADER: "table"}


def _said_once(entries: Sequence[ReportEntry]) -> tuple[list[ReportEntry], int]:
    """The entries, with those ``_SAID_OF_EACH`` names said at several places
    of one file joined into one, at the first, and how many were joined
    (on the terminal; ``render`` keeps each): 'bullets with no competency
    heading above them, at 3 levels: Junior, Mid, Senior'; 'table column
    header, not content, in 4 tables (lines 3, 9, 15, 21): Level'. A
    workbook's entries, which name their cells, stay as they are."""
    groups: dict[tuple[str, str, str, str], list[ReportEntry]] = {}
    for entry in entries:
        if entry.reason in _SAID_OF_EACH and not entry.place:
            text = entry.text if _SAID_OF_EACH[entry.reason] == "table" else ""
            groups.setdefault((entry.file, entry.kind, entry.reason, text), []).append(entry)
    joined: dict[int, ReportEntry | None] = {}
    for (file, kind, reason, text), group in groups.items():
        lines = list(dict.fromkeys(e.line for e in group))
        if len(lines) < 2:
            continue  # said of one level or one table
        what = _SAID_OF_EACH[reason]
        if what == "level":
            names = list(dict.fromkeys(e.text for e in group if e.text))
            entry = ReportEntry(file, group[0].line, kind, f"{reason}, at {plural(len(names) or len(lines), what)}",
                                ", ".join(names))
        else:
            entry = ReportEntry(file, group[0].line, kind, f"{reason}, in {plural(len(lines), what)} (lines "
                                                           f"{', '.join(map(str, lines))})", text)
        joined[id(group[0])] = entry
        for other in group[1:]:
            joined[id(other)] = None
    result = []
    for entry in entries:
        if id(entry) not in joined:
            result.append(entry)
        elif (replacement := joined[id(entry)]) is not None:
            result.append(replacement)
    return result, len(joined)


def render(entries: Sequence[ReportEntry]) -> str:
    """The whole report, one line per entry, every text in full."""
    lines = [_line(_where(entry), entry.kind, entry.reason, _escaped(entry.text)) for entry in entries]
    return "\n".join(lines) + ("\n" if lines else "")


def shortened(entries: Sequence[ReportEntry]) -> str:
    """The report for a person at a terminal: each entry of one page as
    ``render`` writes it, its text cut where it is long, what a page says
    alike at each level or table said once (``_said_once``), the pieces of
    text left out together said on one line (``_runs``); then each text left
    out on many pages, once; then, where anything was cut or joined, how to
    have it whole."""
    entries, joined = _said_once(entries)
    groups: dict[tuple[str, str, str], list[ReportEntry]] = {}
    for entry in entries:
        groups.setdefault(_said_alike(entry), []).append(entry)
    repeated = [group for group in groups.values() if len({e.file for e in group}) >= _MANY_PAGES]
    said_once = {id(e) for group in repeated for e in group}
    cut = _Cut()
    lines = []
    together: list[int] = []  # the length of each run said on one line
    for run in _runs([e for e in entries if id(e) not in said_once]):
        if len(run) < _TOGETHER:
            lines += [_line(_where(e), e.kind, e.reason, cut(_escaped(e.text))) for e in run]
            continue
        together.append(len(run))
        first = run[0]
        lines.append(_line(_where(first), first.kind, f"{first.reason} ({plural(len(run), 'piece')} of text, lines "
                                                      f"{first.line} to {run[-1].line})",
                           _excerpt(_JOINED.join(_escaped(e.text) for e in run), _JOINED)))
    for group in repeated:
        first = group[0]
        if first.kind == "layout":
            lines.append(_line(_pages(group), first.kind, f"{_said_alike(first)[1]} (each page's evidence: "
                                                          "--report FILE)", ""))
        else:
            lines.append(_line(_pages(group), first.kind, first.reason, cut(_escaped(first.text))))
    if repeated or cut.count or joined or together:
        parts = ([f"{plural(sum(len(g) for g in repeated), 'entry', 'entries')} said once for the "
                  f"{plural(len({e.file for g in repeated for e in g}), 'page')} they are on"] if repeated else []) \
            + ([f"{plural(joined, 'entry', 'entries')} said once for the levels or tables of a page"]
               if joined else []) \
            + ([f"{plural(sum(together), 'piece')} of text left out together said on "
                f"{plural(len(together), 'line')}"] if together else []) \
            + ([f"{plural(cut.count, 'long text')} cut"] if cut.count else [])
        lines.append(f"(shortened: {' and '.join(parts)}; --report FILE writes every entry whole)")
    return "\n".join(lines) + ("\n" if lines else "")


def _runs(entries: Sequence[ReportEntry]) -> list[list[ReportEntry]]:
    """The entries in runs, each said on one line on the terminal where it
    is long: the text of a section left out as a whole (its heading, then
    each paragraph of an FAQ), or pieces of text left out for one reason on
    lines one after another, or a blank line apart (the lines of a
    paragraph, a list's items, the paragraphs of a closing note). Every
    other entry is a run of its own; so is a workbook's, which names its
    cell."""
    runs: list[list[ReportEntry]] = []
    for entry in entries:
        last = runs[-1][-1] if runs else None
        if last is not None and entry.kind == last.kind == "unplaced" and entry.file == last.file \
                and entry.line and last.line and not entry.place and not last.place \
                and entry.section == last.section \
                and (entry.section or entry.reason == last.reason and entry.line - last.line <= _APART):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def _said_alike(entry: ReportEntry) -> tuple[str, str, str]:
    """What entries of many pages share to be said once for them: the same
    reason about the same text; for a layout, its name alone (each page says
    what names its level: 'level-per-page: the heading on line 198 names
    one level (IC3 Software Engineer)')."""
    if entry.kind == "layout":
        return entry.kind, entry.reason.split(": ", 1)[0], ""
    return entry.kind, entry.reason, entry.text


def _line(where: str, kind: str, reason: str, text: str) -> str:
    return f"{where}: {_LABELS[kind]}: {reason}" + (f": {text}" if text else "")


def _where(entry: ReportEntry) -> str:
    if entry.place:
        return f"{entry.file}:{entry.place}"  # a workbook's cell: 'Levels'!C4
    return f"{entry.file}:{entry.line}" if entry.line else entry.file  # no line: about several files


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _pages(group: list[ReportEntry]) -> str:
    """Where a text left out on many pages is: their directory, how many,
    the line (or lines) and the first pages by name."""
    files = sorted({e.file for e in group})
    if len({os.path.isabs(f) for f in files}) == 1:
        directory = os.path.commonpath(files) or os.curdir  # 'a.md', 'b.md' are in the current directory
        if directory in files:  # a page's own path (a page read twice) is no directory of them all
            directory = os.path.dirname(directory) or os.curdir
        names = [os.path.relpath(f, directory) for f in files[:_PAGES_NAMED]]
        where = os.path.join(directory, "")
    else:
        names, where = files[:_PAGES_NAMED], "several files"
    lines = sorted({e.line for e in group})
    places = {e.place for e in group}
    at = f"line {lines[0]} of each" if len(lines) == 1 else f"lines {lines[0]} to {lines[-1]}"
    if len(places) == 1 and "" not in places:
        at = f"{places.pop()} of each"  # workbooks: the same sheet and cell
    more = f" and {len(files) - len(names)} more" if len(files) > len(names) else ""
    return f"{where}: on {len(files)} pages ({at}: {', '.join(names)}{more})"


def _excerpt(text: str, joined: str = " ") -> str:
    """A long text cut at a word near ``_SHOWN`` characters, saying how much
    more there is; a text that is not long, whole. ``joined``: what joins its
    parts, not left dangling where it is cut."""
    if len(text) <= _SHOWN * 3 // 2:
        return text
    end = text.rfind(" ", _SHOWN * 3 // 4, _SHOWN)
    kept = text[: end if end > 0 else _SHOWN].rstrip().removesuffix(joined.rstrip()).rstrip()
    return f"{kept} … [{len(text) - len(kept):,} more characters]"


@dataclass
class _Cut:
    """Cuts long texts, counting them."""

    count: int = 0

    def __call__(self, text: str) -> str:
        shown = _excerpt(text)
        self.count += shown != text
        return shown


def summary(result: ImportResult, destination: str) -> str:
    data = result.data
    competencies = sum(len(d["competencies"]) for d in data["dimensions"])
    statements = sum(
        len(cell if isinstance(cell, list) else cell.get("statements", []))
        for level in data["levels"]
        for cell in level["competencies"].values()
    )
    # A page of two tables is one file; a page with no levels that gave the framework something
    # (its axes, its name: said in a layout line of its own) was read too.
    files = len({document.path for document in result.documents}
                | {entry.file for entry in result.report if entry.kind == "layout" and entry.line})
    marked = sum(1 for level in data["levels"] for cell in level["competencies"].values()
                 if isinstance(cell, dict) and "not_applicable" in cell)
    rated = sum(1 for level in data["levels"] for cell in level["competencies"].values()
                if isinstance(cell, dict) and "proficiency" in cell)
    return (
        f"imported {plural(len(data['levels']), 'level')}, {plural(len(data['dimensions']), 'dimension')}, "
        f"{plural(competencies, 'competency', 'competencies')} and {plural(statements, 'statement')} "
        + (f"({plural(marked, 'cell')} not applicable) " if marked else "")
        + (f"({plural(rated, 'cell')} naming a proficiency) " if rated else "") +
        f"from {plural(files, 'file')} into {destination}; {plural(len(result.unplaced), 'piece')} of text "
        f"not placed, {plural(len(result.notices), 'notice')} to review{_besides_shared(result)}\n"
    )


def _besides_shared(result: ImportResult) -> str:
    """Of a track read from a page that other tracks come from too, that the
    page's entries, said once on a line of their own (``shared_summary``),
    are this track's to review as well: its counts leave them out, and
    '0 notices to review' alone reads as nothing to review."""
    unplaced = sum(1 for entry in result.shared if entry.kind == "unplaced")
    notices = sum(1 for entry in result.shared if entry.kind == "notice")
    if not unplaced and not notices:
        return ""
    return (f", besides the page's {unplaced} not placed and {notices} to review, which it shares with "
            "other tracks (said below)")


def shared_summary(results: Sequence[ImportResult]) -> str:
    """What the summaries of the tracks leave out, said once: the report's
    entries of a page that several tracks come from (its text not placed
    before, between or after their ladders), with the tracks' names."""
    shared: dict[str, set[ReportEntry]] = {}
    tracks: dict[str, list[str]] = {}
    for result in results:
        for entry in result.shared:
            shared.setdefault(entry.file, set()).add(entry)
            named = tracks.setdefault(entry.file, [])
            if result.data["track"] not in named:
                named.append(result.data["track"])
    lines = []
    for file in sorted(shared):
        unplaced = sum(1 for entry in shared[file] if entry.kind == "unplaced")
        notices = sum(1 for entry in shared[file] if entry.kind == "notice")
        names = " and ".join(f"'{name}'" for name in tracks[file])
        lines.append(f"{file}, the page of tracks {names}: {plural(unplaced, 'piece')} of text not placed, "
                     f"{plural(notices, 'notice')} to review\n")
    return "".join(lines)
