"""Statements a ladder writes for one role among those it serves, tagged in
brackets: a cell says what every role does, then '[PM] ...' and '[Eng] ...'
for each role's own part. The tag names a track; it is no word of the
statement.

``read_role_tags`` takes the tags out of the statements (a statement
whose sentences change role is split where they do), keeps only the
untagged statements and those of the track the import is for where
``--track`` names one of the tags, and says once what it found. Only a
tag that names a role drops a statement: one that marks the part every
role shares ('[Core]', '[All]') or that names no role the import knows
('[X]') is taken out and its statements kept for every role; one that says
what the statement is ('[Important]', '[Optional]') stays in it.
"""

from __future__ import annotations

import re

from .document import ImportedDocument, ImportedStatement, ReportEntry
from ..rules.ll406_placeholder import only_placeholder
from ..vocabulary import NOT_A_ROLE_TAG, ROLE_TAG, SHARED_PART_TAGS, names_a_role, names_track


def _brackets(text: str) -> list[re.Match[str]]:
    """The brackets that open the text or one of its sentences, a template's placeholders aside."""
    return [m for m in ROLE_TAG.finditer(text) if not only_placeholder(f"[{m['tag']}]")]


def _own(tag: str) -> bool:
    """Whether a bracket says what the statement is ('[Optional]', '[Important]'): its own words."""
    return tag.casefold() in NOT_A_ROLE_TAG


def _parts(statement: ImportedStatement, roles: set[str]) -> list[tuple[str | None, str]]:
    """The statement's parts, each with the role its tag names (None for the
    part every role shares: untagged, or tagged with no role of ``roles``).
    A bracket that is the statement's own stays in its part's text."""
    found = _brackets(statement.text)
    parts: list[tuple[str | None, str]] = []
    head = statement.text[: found[0].start()].strip() if found else statement.text
    if head:
        parts.append((None, head))
    for n, match in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(statement.text)
        start = match.start("tag") - 1 if _own(match["tag"]) else match.end()
        parts.append((match["tag"] if match["tag"] in roles else None, statement.text[start:end].strip()))
    return parts


def _tagged(document: ImportedDocument) -> list[tuple[ImportedStatement, list[re.Match[str]]]]:
    """Each statement of ``document`` with the brackets in it that may name a role."""
    return [(statement, [m for m in _brackets(statement.text) if not _own(m["tag"])])
            for level in document.levels for cell in level.cells for statement in cell.statements]


def _roles(tags: list[str], tracks: list[str]) -> set[str]:
    """The ``tags`` that name a role: one the import knows, or one of ``tracks``."""
    return {tag for tag in tags if tag.casefold() not in SHARED_PART_TAGS
            and (names_a_role(tag) or any(names_track(tag, t) for t in tracks))}


def tagged_roles(documents: list[ImportedDocument]) -> list[str]:
    """The roles the statements of ``documents`` are tagged for ('PM',
    'Eng'), in the order they first appear: the tracks --split-tracks
    parts them into, as --track names each. None where no document tags
    two statements, or its brackets name no role."""
    found: list[str] = []
    for document in documents:
        tagged = _tagged(document)
        tags = list(dict.fromkeys(m["tag"] for _, brackets in tagged for m in brackets))
        roles = _roles(tags, [document.track] if document.track else [])
        if sum(len(brackets) for _, brackets in tagged) >= 2:
            found.extend(tag for tag in tags if tag in roles and tag not in found)
    return found


def read_role_tags(document: ImportedDocument, track: str | None, report: list[ReportEntry]) -> None:
    """Take the role tags out of ``document``'s statements; with ``track``
    (--track) naming one of them, drop the statements tagged for the
    others. Said once per document, at the first tag's line."""
    tagged = _tagged(document)
    tags = list(dict.fromkeys(m["tag"] for _, found in tagged for m in found))
    roles = _roles(tags, [t for t in (track, document.track) if t])
    count = sum(len(found) for _, found in tagged)
    if count < 2 or not roles:
        return  # one bracket opening one statement is the statement's own, and so are brackets that name no role
    line = next(statement.line for statement, found in tagged if found)
    kept = [tag for tag in tags if tag in roles and track is not None and names_track(tag, track)]
    dropped = 0
    for level in document.levels:
        for cell in level.cells:
            statements: list[ImportedStatement] = []
            for statement in cell.statements:
                for tag, text in _parts(statement, roles):
                    if tag is not None and kept and tag not in kept:
                        dropped += 1
                        continue
                    if text:
                        statements.append(ImportedStatement(text, statement.line, list(statement.examples))
                                          if text != statement.text else statement)
            cell.statements = statements
    shown = ", ".join(f"[{tag}]" for tag in tags if tag in roles)
    if kept:
        left = f", and the {dropped} tagged for another role are left out" if dropped else ""
        said = (f"statements tagged for a role ({shown}): --track '{track}' is {', '.join(kept)}, so the "
                f"untagged statements and those tagged {', '.join(kept)} are kept, without their tag{left}")
    elif track is not None:
        said = (f"statements tagged for a role ({shown}): --track '{track}' names none of them, so all are kept, "
                "without their tag")
    else:
        said = (f"statements tagged for a role ({shown}): kept for every role, without their tag; to keep only "
                "the untagged statements and one role's, import with --track naming that role")
    others = [tag for tag in tags if tag not in roles]
    if others:
        # '[Core]', '[All]' mark what every role shares; a tag the import cannot tell is no role's either.
        said += (f"; {', '.join(f'[{tag}]' for tag in others)} {'names' if len(others) == 1 else 'name'} no role, "
                 "so those statements are kept for every role, without the tag")
    report.append(ReportEntry(document.path, line, "notice", said))
