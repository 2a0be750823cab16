"""Inline suppressions: YAML comments that silence findings, with a reason.

    - "As at Dropbox, ..."  # ladderlint: disable=LL301 -- quoted from the source
    - >-  # ladderlint: disable=LL501 -- on a block scalar's header: its whole text
    # ladderlint: disable=LL301,LL502 -- on its own line: applies to the next line
    # ladderlint: disable-file=LL301 -- anywhere: applies to the whole file

Rules are named by code (``LL301``) or name (``foreign-brand``), never by
prefix nor ``ALL`` (which ``--select`` takes): they would also silence
rules added later, and every rule for a reason that is one rule's. The reason after
``--`` is required (an en or em dash, as autocorrect writes ``--``, does
too). The comment is read in any case (``# LADDERLINT: DISABLE=ll301``),
as rule codes are. Input errors (a file that cannot be read) cannot be
suppressed.

Only files whose text contains ``# ladderlint:`` are parsed, and only the
lines that contain it; the document's node tree tells a real comment from
a ``#`` inside a quoted or block scalar. Findings are filtered after every
rule has run, including the rules that compare files, and a suppression
that silences nothing is itself reported (LL010), as are a missing reason
(LL011) and a suppression that cannot be read or names no rule (LL012).
One written inside a block scalar's text is reported too (LL012): it
looks like a comment but is text, and would be published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .findings import Finding
from .loader.comments import SUPPRESSION_MARKER
from .positions import Position
from .rules.base import Rule
from .rules.ll010_unused_suppression import UnusedSuppression
from .rules.ll011_suppression_without_reason import SuppressionWithoutReason
from .rules.ll012_invalid_suppression import InvalidSuppression
from .rules.registry import is_input_error, registry
from .patterns import lazy

if TYPE_CHECKING:
    from .config import Settings
    from .positions import Document

UNUSED, NO_REASON, INVALID = UnusedSuppression, SuppressionWithoutReason, InvalidSuppression
META_CODES = frozenset(rule.code for rule in (UNUSED, NO_REASON, INVALID))

_MARKER = SUPPRESSION_MARKER
_DIRECTIVE = lazy(r"(disable-file|disable)[ \t]*=[ \t]*", re.IGNORECASE)
#: Where the reason starts: '--', or the en or em dash autocorrect makes of it.
_REASON_SEPARATOR = lazy(r"--|[\u2013\u2014]")


@dataclass(frozen=True)
class SuppressedCode:
    #: The rule code, or the text as written when it names no rule.
    code: str
    #: 1-based column of the code in the comment.
    column: int


@dataclass
class Suppression:
    line: int
    column: int
    #: The line it applies to (None if no line follows an own-line comment).
    target: int | None
    whole_file: bool
    codes: tuple[SuppressedCode, ...]
    #: Codes that silenced at least one finding.
    used: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Problem:
    """A suppression that cannot work as written."""

    rule: type[Rule]
    line: int
    column: int
    message: str


@dataclass
class FileSuppressions:
    suppressions: list[Suppression] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def has_suppressions(text: str) -> bool:
    """Cheap test: whether a file may hold suppression comments at all."""
    return _MARKER.search(text) is not None


def parse(document: "Document") -> FileSuppressions:
    """Read the suppression comments of a loaded document."""
    lines = document.text.splitlines()
    candidates: dict[int, int] = {}  # 0-based line -> 0-based column of '#'
    for number, line in enumerate(lines):
        if "ladderlint" not in line.lower():
            continue
        for match in _MARKER.finditer(line):
            start = match.start()
            if start == 0 or line[start - 1] in " \t":  # YAML needs space before a comment
                candidates[number] = start
                break
    inside = _inside_scalars(document.root, candidates)
    result = FileSuppressions()
    for number, start in sorted(candidates.items()):
        if (number, start) not in inside:
            _parse_comment(lines, number, start, result)
            continue
        header = inside[number, start]
        if header is not None:
            # In a block the author cannot see that it is text: say so. A '#'
            # in quotes is visibly text, and is left alone.
            result.problems.append(Problem(
                INVALID, number + 1, start + 1,
                f"this `# ladderlint:` is inside the block text of line {header + 1}, not a comment: "
                "it is part of the text (and would be published); "
                f"move it to the end of line {header + 1} or to a line of its own above it",
            ))
    return result


def _inside_scalars(root: Node, candidates: dict[int, int]) -> dict[tuple[int, int], int | None]:
    """Candidate positions that are text inside a scalar, not comments, each
    with the 0-based header line of its block scalar (None in a quoted one)."""
    positions = sorted(candidates.items())
    found: dict[tuple[int, int], int | None] = {}
    stack: list[Node] = [root]
    while stack and positions:
        node = stack.pop()
        start, end = (node.start_mark.line, node.start_mark.column), (node.end_mark.line, node.end_mark.column)
        within = [p for p in positions if start <= p < end]
        if not within:
            continue
        if isinstance(node, ScalarNode):
            # A block scalar's text starts on the line after its header
            # ('>-', '|2+'): a comment on the header line is a comment.
            header = node.start_mark.line if node.style in ("|", ">") else None
            found.update((p, header) for p in within if p[0] != header)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return found


def _parse_comment(lines: list[str], number: int, start: int, result: FileSuppressions) -> None:
    from .config import describe_unknown_rule

    line = lines[number]
    marker = _MARKER.match(line, start)
    assert marker is not None
    position = marker.end()
    while position < len(line) and line[position] in " \t":
        position += 1
    directive = _DIRECTIVE.match(line, position)
    if directive is None:
        result.problems.append(Problem(
            INVALID, number + 1, start + 1,
            "cannot read this suppression; write `# ladderlint: disable=CODE -- reason` "
            "or `# ladderlint: disable-file=CODE -- reason`",
        ))
        return
    body_start = directive.end()
    body = line[body_start:]
    separator = _REASON_SEPARATOR.search(body)
    codes_text, reason = (body[:separator.start()], body[separator.end():]) if separator else (body, "")
    if not reason.strip():
        result.problems.append(Problem(
            NO_REASON, number + 1, start + 1,
            "suppression without a reason; add one after `--`, "
            "such as `-- quoted from the source`",
        ))

    codes: list[SuppressedCode] = []
    offset = body_start
    for part in codes_text.split(","):
        text = part.strip()
        column = offset + (len(part) - len(part.lstrip())) + 1
        offset += len(part) + 1
        if not text or re.search(r"\s", text):
            result.problems.append(Problem(
                INVALID, number + 1, column,
                "cannot read the rule codes; separate them with commas, "
                "then write ` -- ` and the reason",
            ))
            return
        rule = registry().find(text)
        if rule is None:
            if text.upper() == "ALL":
                # `--select ALL` runs every rule; a suppression that silenced every rule would also hide
                # what the line's next edit breaks, and rules added later, for one reason that fits one rule.
                message = (f"'{text}' names every rule; a suppression names each rule it silences "
                           "(ALL would also silence rules added later)")
            elif re.fullmatch(r"(?i)ll\d{0,2}", text) and registry().with_prefix(text.upper()):
                message = f"'{text}' is a code prefix; name each rule (a prefix would also silence rules added later)"
            else:
                message = f"{describe_unknown_rule(text)}; this suppression does nothing for it"
            result.problems.append(Problem(INVALID, number + 1, column, message))
        elif is_input_error(rule):
            result.problems.append(Problem(
                INVALID, number + 1, column,
                f"{rule.code} {rule.name} cannot be suppressed: a file that cannot be read is always reported",
            ))
        else:
            codes.append(SuppressedCode(rule.code, column))

    whole_file = directive.group(1).lower() == "disable-file"
    target = None if whole_file else _target_line(lines, number, start)
    result.suppressions.append(Suppression(number + 1, start + 1, target, whole_file, tuple(codes)))


def _target_line(lines: list[str], number: int, start: int) -> int | None:
    if lines[number][:start].strip():
        return number + 1  # a trailing comment: its own line
    for following in range(number + 1, len(lines)):
        stripped = lines[following].strip()
        if stripped and not stripped.startswith("#"):
            return following + 1
    return None  # nothing follows: suppresses nothing


# --- filtering findings --------------------------------------------------------


def apply(
    file: str,
    findings: list[Finding],
    parsed: FileSuppressions,
    settings: "Settings",
    fully_checked: bool,
) -> list[Finding]:
    """The findings of one file, less the suppressed ones, plus findings about
    the suppressions themselves.

    Unused suppressions are only reported for files every rule ran on (a
    framework that fails the schema is not checked further), and only for
    rules enabled for the file. Findings about suppressions can only be
    silenced file-wide (``disable-file=LL010``).
    """
    kept = [f for f in findings if f.is_input_error or not _silence(parsed, f, line_level=True)]
    meta = [_meta_finding(file, problem, settings) for problem in parsed.problems]
    kept.extend(f for f in meta if settings.enabled_for(file, f.rule) and not _silence(parsed, f, line_level=False))
    if not fully_checked:
        return kept
    unused = []
    for suppression in parsed.suppressions:
        for item in suppression.codes:
            if item.code in suppression.used or item.code == UNUSED.code or not settings.enabled_for(
                file, registry()[item.code]
            ):
                continue
            if suppression.whole_file:
                where = "in this file"
            elif suppression.target == suppression.line:
                where = "on this line"
            elif suppression.target is None:
                where = "(no line follows this comment)"
            else:
                where = f"on line {suppression.target}"
            name = f"{item.code} {registry()[item.code].name}"
            if item.code in META_CODES and not suppression.whole_file:
                message = f"{name} can only be suppressed file-wide, with disable-file"
            else:
                message = f"unused suppression: {name} reports nothing {where}; remove it"
            unused.append(_meta_finding(file, Problem(UNUSED, suppression.line, item.column, message), settings))
    kept.extend(f for f in unused if settings.enabled_for(file, UNUSED) and not _silence(parsed, f, line_level=False))
    return kept


def _silence(parsed: FileSuppressions, finding: Finding, *, line_level: bool) -> bool:
    silenced = False
    for suppression in parsed.suppressions:
        if not suppression.whole_file and (
            not line_level or suppression.target not in (finding.line, finding.anchor_line)
        ):
            continue
        if any(item.code == finding.code for item in suppression.codes):
            suppression.used.add(finding.code)
            silenced = True
    return silenced


def _meta_finding(file: str, problem: Problem, settings: "Settings") -> Finding:
    return Finding.at(file, Position(problem.line, problem.column), problem.rule, problem.message,
                      severity=settings.severity_of(problem.rule))
