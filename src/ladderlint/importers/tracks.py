"""Which documents of one import belong to which track.

A site publishes a page per level of each of its tracks (software engineer,
reliability engineer, manager ...). The pages of one track become one
framework:

- where the site's navigation groups its pages under headings ('Software
  Engineer (SWE)' above the links to IC1 ... IC7), the group that lists a
  page is its track;
- otherwise the track is what the level's title says without its level:
  'IC5 Staff Software Engineer' is on the 'Software Engineer' track. Two
  such tracks of one level sequence whose numbers follow on from each other
  (Engineering Manager M3-M5, Engineering Director M6-M7) are one ladder
  that changes its title on the way up, and are joined; so are the roles of
  one field's managers, numbered or not ('Engineering Manager', 'Director
  of Engineering', 'VP Engineering'), named after the lowest.

A document that names no track joins the only track there is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import ImportedDocument
from ..text import name_key
from .textutil import role_keys, rung_among, track_key
from ..vocabulary import ROLE_OF_FIELD, LevelName, ladder_order, managed_field
from ..patterns import lazy

_ABBREVIATION = lazy(r"\s*\([A-Z][A-Za-z&]{0,7}\)$")


@dataclass
class Track:
    name: str | None
    documents: list[ImportedDocument] = field(default_factory=list)
    evidence: str = ""


def group(documents: list[ImportedDocument]) -> list[Track]:
    """The tracks of the documents, in the order of their first document by
    file name (the order of the arguments never matters)."""
    documents = sorted(documents, key=lambda d: d.path)
    if len(documents) > 1 and all(d.navigation_group for d in documents):
        tracks: dict[str, Track] = {}
        for document in documents:
            name = _ABBREVIATION.sub("", document.navigation_group or "").strip() or document.navigation_group
            key = name_key(name or "")
            if key not in tracks:
                tracks[key] = Track(name, evidence=f"the site's navigation lists its pages under "
                                                   f"'{document.navigation_group}'")
            tracks[key].documents.append(document)
        return list(tracks.values())
    named: dict[str, Track] = {}
    unnamed: list[ImportedDocument] = []
    for document in documents:
        if document.track:
            key = track_key(document.track)
            if key not in named:
                named[key] = Track(document.track)
            named[key].documents.append(document)
        else:
            unnamed.append(document)
    for track in named.values():
        _name_after_the_lowest(track)
        track.evidence = _evidence(track)
    tracks_list = _join_field(_join_above(_join_continued(list(named.values()))))
    if unnamed:
        if len(tracks_list) == 1:
            tracks_list[0].documents.extend(unnamed)
        else:
            tracks_list.append(Track(None, unnamed, "the documents do not name their track"))
    return tracks_list


def _name_after_the_lowest(track: Track) -> None:
    """A track of several roles (a field's managers: 'Engineering Manager',
    'Director of Engineering') takes the name of its lowest level's role."""
    roles = {name_key(d.track or ""): d.track for d in track.documents}
    if len(roles) < 2:
        return
    pages = [(d, level) for d in track.documents for level in d.levels]
    titles = role_keys(level.title for _, level in pages)
    lowest = ladder_order([rung_among(level.title, level.id or "", titles) for _, level in pages])[0]
    track.name = pages[lowest][0].track


def _evidence(track: Track) -> str:
    """What names a track: its one document's words, or its levels' titles."""
    evidence = {d.track_evidence for d in track.documents}
    if len(evidence) == 1 and None not in evidence:
        return evidence.pop() or ""
    levels = [level for d in track.documents for level in d.levels]
    roles = role_keys(level.title for level in levels)
    order = ladder_order([rung_among(level.title, level.id or "", roles) for level in levels])
    titles = [levels[i].title for i in order]
    shown = ", ".join(f"'{t}'" for t in titles[:3]) + (" ..." if len(titles) > 3 else "")
    if len({name_key(d.track or "") for d in track.documents}) > 1:
        return f"the titles of its levels name the managers of {managed_field(track.name or '')} ({shown})"
    return f"the titles of its levels name the role '{track.name}' ({shown})"


def _rungs(track: Track) -> tuple[str | None, set[int]]:
    families: set[str] = set()
    numbers: set[int] = set()
    for document in track.documents:
        for level in document.levels:
            rung = LevelName.read(level.title, level.id or "").rung
            if rung is None:
                return None, set()
            families.add(rung.family)
            numbers.add(rung.number)
    return (families.pop() if len(families) == 1 else None), numbers


def _join_continued(tracks: list[Track]) -> list[Track]:
    """Join tracks of one level sequence whose numbers follow on (M3-M5 then M6-M7)."""
    out: list[Track] = []
    for track in sorted(tracks, key=lambda t: min(_rungs(t)[1] or {0})):
        family, numbers = _rungs(track)
        for earlier in out:
            their_family, theirs = _rungs(earlier)
            if family is not None and family == their_family and theirs and numbers \
                    and min(numbers) == max(theirs) + 1:
                earlier.documents.extend(track.documents)
                earlier.evidence += (f"; '{track.name}' continues its level sequence "
                                     f"({family.upper()}{min(numbers)} follows {family.upper()}{max(theirs)})")
                break
        else:
            out.append(track)
    order = {id(t): min(documents_order(t)) for t in out}
    return sorted(out, key=lambda t: order[id(t)])


def where_it_starts(document: ImportedDocument) -> int:
    """The line a document's track starts at in its file: the heading that
    names it, else its first level's; 0 where neither is known."""
    if document.track_line:
        return document.track_line
    if document.track_heading is not None:
        return document.track_heading[0]
    return min((level.line for level in document.levels), default=0)


def _join_above(tracks: list[Track]) -> list[Track]:
    """Join a track of the role said shortly ('Engineer': Staff Engineer,
    Principal Engineer) to the one track of the role said in full ('Software
    Engineer' I-IV) whose levels its own are each above or below all of:
    the top (or the first rung, 'Associate Engineer') of one ladder, whose
    titles leave the discipline out, as companies write them."""
    out = list(tracks)
    for track in tracks:
        short = (track.name or "").casefold().split()
        longer = [t for t in out if t is not track and len((t.name or "").split()) > len(short)
                  and (t.name or "").casefold().split()[-len(short):] == short] if short else []
        if len(longer) != 1 or managed_field(track.name or "") is not None:
            continue
        mine = [LevelName.read(level.title, level.id or "").seniority for d in track.documents for level in d.levels]
        theirs = [LevelName.read(level.title, level.id or "").seniority
                  for d in longer[0].documents for level in d.levels]
        if not mine or any(s is None for s in mine):
            continue
        above = [m for m in mine if m is not None and all(s is None or s.below(m) for s in theirs)]
        below = [m for m in mine if m is not None and m not in above and all(s is None or m.below(s) for s in theirs)]
        if len(above) + len(below) == len(mine) and (above or below):
            where = "above all its levels" if not below else "below all its levels" if not above \
                else "below and above all its levels"
            for document in track.documents:
                document.track = longer[0].name
            longer[0].documents.extend(track.documents)
            longer[0].documents.sort(key=lambda d: d.path)
            longer[0].evidence += f"; '{track.name}' ({', '.join(_titles(track))}) is its role said shortly, {where}"
            out.remove(track)
    return out


def _join_field(tracks: list[Track]) -> list[Track]:
    """Join a track named by a field ('Software Engineering', of a
    'Software Engineering Apprentice') to the one track of the role in
    that field ('Software Engineer'): one ladder, whose first rungs name
    the field rather than its role, as titles of apprentices and interns do."""
    out = list(tracks)
    for track in tracks:
        words = (track.name or "").casefold().split()
        role = ROLE_OF_FIELD.get(words[-1]) if words and managed_field(track.name or "") is None else None
        if role is None:
            continue
        said = words[:-1] + [role]
        same = [t for t in out if t is not track and (t.name or "").casefold().split() == said]
        if len(same) != 1:
            continue
        for document in track.documents:
            document.track = same[0].name
        same[0].documents.extend(track.documents)
        same[0].documents.sort(key=lambda d: d.path)
        same[0].evidence += (f"; '{track.name}' ({', '.join(_titles(track))}) names the field of its role, "
                             "not another role")
        out.remove(track)
    return out


def _titles(track: Track) -> list[str]:
    return [f"'{level.title}'" for d in track.documents for level in d.levels]


def documents_order(track: Track) -> list[tuple[str, int]]:
    """Where a track's documents are: by file name, then, of a page of
    several tracks, where in it (the page's order, not the levels' numbers)."""
    return [(d.path, where_it_starts(d)) for d in track.documents]


def named_as_one(tracks: list[Track], name: str) -> Track | None:
    """The tracks as one, where the user names them so (--track 'Backend
    Engineer'): each track's name is that role with words before it ('Dev
    Backend Engineer', 'Dev Platform Backend Engineer'), and no two of
    their levels stand at one rung, as one ladder's levels never do. None
    where any is another role, or two levels would be one rung twice."""
    said = name.casefold().split()
    if not said or len(tracks) < 2 or any((t.name or "").casefold().split()[-len(said):] != said for t in tracks):
        return None
    rungs = [LevelName.read(level.title, level.id or "").seniority for t in tracks for d in t.documents
             for level in d.levels]
    known = [(rung.low, rung.high) for rung in rungs if rung is not None]
    if len(known) != len(rungs) or len(set(known)) < len(known):
        return None
    documents = sorted((d for t in tracks for d in t.documents), key=lambda d: d.path)
    for document in documents:
        document.track = name
    shown = "; ".join(f"'{t.name}' ({', '.join(_titles(t))})" for t in tracks)
    return Track(name, documents, f"--track names the role of the documents' tracks as one: {shown}")

