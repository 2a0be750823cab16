"""`check --fix` and `--diff`: apply the rules' safe fixes to YAML text.

A fix (rules/base.py ``Fix``) gives the new text of one scalar, addressed
by its document path. The scalar is found through the loader's node tree,
and only its characters (start to end mark) are replaced, so comments,
key order, indentation and every other line stay as they were. The new
value is written in the scalar's own style where that is safe: plain stays
plain if the value can be plain on one line, single-quoted stays
single-quoted, literal (``|``) and folded (``>``) blocks are re-emitted at
their indentation (a folded block wrapped at its old width); anything else
becomes a double-quoted scalar with escapes. The style is the one the file
had before the run's first fix: the value of the last pass decides whether
it can be kept. Each fixed text is parsed again and must give the old
document with exactly the new values, or the fix is not applied.

Fixes are applied in passes (a fix may reveal or overlap another) until
none is left, as ruff does; a second ``--fix`` then changes nothing.
"""

from __future__ import annotations

import codecs
import copy
import os
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import groupby
from typing import Any, Mapping, Sequence

from yaml.nodes import CollectionNode, Node, ScalarNode

from .checker import CheckResult, check_paths
from .config import SettingsSource
from .findings import Finding
from .loader import LoadError, decode, load_document, read_bytes
from .positions import Document, scalar_offsets
from .schema import item_as_written
from .yaml_scalars import double_quoted, plain_ok, printable, quoted, single_quoted

MAX_PASSES = 10
_STR_TAG = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class Skipped:
    """A fix that was not applied, and why."""

    finding: Finding
    reason: str

    def __str__(self) -> str:
        f = self.finding
        return f"{f.file}:{f.line}:{f.column}: {f.code} not fixed: {self.reason}"


@dataclass
class FixRun:
    #: The findings left after fixing (what a check of the fixed files
    #: reports); a fix that was refused is taken off its finding, so the
    #: report does not offer `--fix` for what `--fix` just could not do.
    result: CheckResult
    #: Files whose content changes: path -> (original bytes, fixed bytes).
    changed: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    applied: int = 0
    #: How many of ``applied`` each file holds.
    applied_in: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)


def fix_paths(paths: Sequence[str], settings: SettingsSource, given: Mapping[str, bytes] | None = None) -> FixRun:
    """Check ``paths`` and fix what can be fixed, in memory (nothing is
    written); ``given`` holds the content of files not read from disk (a
    framework read from standard input)."""
    sources: dict[str, bytes] = dict(given or {})
    originals: dict[str, bytes] = dict(sources)
    refused: set[tuple[str, str, tuple[Any, ...]]] = set()
    written: dict[str, dict[tuple[Any, ...], str]] = {}  # file -> path -> style of the scalar as the file had it
    run = FixRun(CheckResult([]))
    for attempt in range(MAX_PASSES + 1):
        run.result = check_paths(paths, settings, sources)
        fixable = [
            f for f in run.result.findings
            if f.fix is not None and (f.file, f.code, f.fix.path) not in refused
        ]
        if not fixable or attempt == MAX_PASSES:
            break
        progress = False
        # A file with a duplicate key is checked, but cannot be rewritten.
        unloadable = {f.file: f for f in reversed(run.result.findings) if f.is_input_error}
        for file, group in groupby(fixable, key=lambda f: f.file):
            found = list(group)
            if file in unloadable:
                error = unloadable[file]
                reason = f"the file cannot be rewritten until its {error.code} error (line {error.line}) is fixed"
                for finding in found:
                    refused.add((file, finding.code, finding.fix.path))  # type: ignore[union-attr]
                    run.skipped.append(Skipped(finding, reason))
                continue
            if file not in sources:
                originals[file] = sources[file] = read_bytes(file, settings.for_path(file).max_file_size)
            bom, text = _split_bom(sources[file])
            values = [f for f in found if not f.fix.drops_bom]  # type: ignore[union-attr]
            fixed, applied, skipped = fix_text(text, values, written.setdefault(file, {})) if values else (text, 0, [])
            for item in skipped:
                refused.add((file, item.finding.code, item.finding.fix.path))  # type: ignore[union-attr]
                run.skipped.append(item)
            if bom and len(values) < len(found) and decode(fixed.encode("utf-8")) == fixed:
                bom = b""  # LL009: the same text, without the mark
                applied += 1
            if applied:
                sources[file] = bom + fixed.encode("utf-8")
                run.applied += applied
                run.applied_in[file] = run.applied_in.get(file, 0) + applied
                progress = True
        if not progress:
            break
    run.result.findings = [
        replace(f, fix=None) if f.fix is not None and (f.file, f.code, f.fix.path) in refused else f
        for f in run.result.findings
    ]
    run.changed = {f: (originals[f], sources[f]) for f in sorted(sources) if sources[f] != originals[f]}
    return run


def _split_bom(data: bytes) -> tuple[bytes, str]:
    """The byte order mark (kept as it was, unless LL009 is fixed) and the text."""
    return (codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""), decode(data)


# --- one file ------------------------------------------------------------------


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str
    path: tuple[Any, ...]
    value: str
    finding: Finding
    #: The value written anew (``_emit``), for an edit made in place that
    #: does not read back: tried instead of it.
    anew: str | _Refusal | None = None


def fix_text(
    text: str, findings: Sequence[Finding], written: dict[tuple[Any, ...], str] | None = None
) -> tuple[str, int, list[Skipped]]:
    """Apply the fixes of ``findings`` to ``text``: (new text, fixes applied, skipped).

    At most one fix per scalar is applied in one call; the next pass sees
    the result and may fix it again. ``written`` holds the style of each
    scalar before the first pass (filled in here): a later pass writes the
    scalar in that style where its final value allows, so a text quoted
    for a passing trailing space is plain again once the space is gone.
    """
    written = {} if written is None else written
    try:
        document = load_document("<fix>", text.encode("utf-8"))
    except LoadError as error:
        return text, 0, [Skipped(f, f"the file no longer loads: {error.message}") for f in findings]
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[_Edit] = []
    skipped: list[Skipped] = []
    seen: set[tuple[Any, ...]] = set()
    for finding in findings:
        fix = finding.fix
        assert fix is not None
        if fix.path in seen:
            continue  # another fix of this scalar is applied first
        chain = document.nodes(tuple(fix.path)) or []
        node = chain[-1] if chain else None
        if fix.quotes_item:
            edit = _quoted_item(document, text, finding)
            if isinstance(edit, _Refusal):
                skipped.append(Skipped(finding, edit.reason))
            else:
                seen.add(fix.path)
                edits.append(edit)
            continue
        if node is None or not isinstance(node, ScalarNode) or node.tag != _STR_TAG:
            skipped.append(Skipped(finding, "the fix does not point at a text value"))
            continue
        if node.value == fix.replacement:
            continue
        in_flow = any(isinstance(n, CollectionNode) and n.flow_style for n in chain[:-1])
        style = written.setdefault(tuple(fix.path), node.style or "")  # plain: None from PyYAML, "" from libyaml
        # The lines, quotes and escapes as written, where the change can be made in
        # place (and the scalar is in the style the file had); else, or where that
        # does not read back, the value written anew.
        parent = chain[-2] if len(chain) > 1 else None
        in_place = _in_place(node, parent, fix.replacement, text, in_flow) if style == (node.style or "") else None
        anew = _emit(node, fix.replacement, text, in_flow, newline, style)
        emitted = in_place if in_place is not None else anew
        if isinstance(emitted, _Refusal):
            skipped.append(Skipped(finding, emitted.reason))
            continue
        seen.add(fix.path)
        edits.append(_Edit(node.start_mark.index, node.end_mark.index, emitted, tuple(fix.path),
                           fix.replacement, finding, anew if in_place is not None else None))

    fixed = _apply_verified(text, document.data, edits)
    if fixed is not None:
        return fixed, len(edits), skipped
    # Some edit does not round-trip: keep those that do, one at a time.
    accepted: list[_Edit] = []
    for edit in edits:
        tries = [edit] + ([replace(edit, text=edit.anew)] if isinstance(edit.anew, str) else [])
        kept = next((e for e in tries if _apply_verified(text, document.data, accepted + [e]) is not None), None)
        if kept is not None:
            accepted.append(kept)
        else:
            why = edit.anew.reason if isinstance(edit.anew, _Refusal) else "the rewritten value would not read back the same"
            skipped.append(Skipped(edit.finding, why))
    return _apply_verified(text, document.data, accepted) or text, len(accepted), skipped


def _quoted_item(document: Document, text: str, finding: Finding) -> _Edit | _Refusal:
    """The edit that writes a list item YAML read as a key and a value
    (`- Support: I answer in #help`) as the one text it was meant to be, in
    quotes: only the item's characters on its line change, so a comment
    written as one after it stays."""
    fix = finding.fix
    assert fix is not None
    written = item_as_written(document, tuple(fix.path))
    nodes = document.nodes(tuple(fix.path))
    if written is None or not nodes:
        return _Refusal("the statement is not one key and a value on one line")
    start = nodes[-1].start_mark.index
    end = start + len(written[0]) + len(written[1])
    return _Edit(start, end, quoted(fix.replacement), tuple(fix.path), fix.replacement, finding)


def _apply_verified(text: str, data: Any, edits: list[_Edit]) -> str | None:
    """Apply ``edits``; the new text must load to ``data`` with the new values."""
    out = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: edit.start] + edit.text + out[edit.end :]
    expected = copy.deepcopy(data)
    for edit in edits:
        _set(expected, edit.path, edit.value)
    try:
        return out if load_document("<fix>", out.encode("utf-8")).data == expected else None
    except LoadError:
        return None


def _set(data: Any, path: tuple[Any, ...], value: str) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


# --- writing one scalar --------------------------------------------------------


def _in_place(node: ScalarNode, parent: Node | None, value: str, text: str, in_flow: bool) -> str | None:
    """The scalar as written, with only the characters the fix changes
    replaced: a text wrapped over several lines keeps its lines, its quotes
    and its escapes. None where a change touches a character written
    otherwise than it reads (a line break folded into a space, an escape),
    which the scalar written anew (``_emit``) handles."""
    offsets = scalar_offsets(text, node, parent)
    old = node.value
    if offsets is None or not old:
        return None
    if not node.style and not plain_ok(value, in_flow=in_flow):
        return None  # read back by one parser, perhaps, but not plain text to every YAML tool
    start = node.start_mark.index
    out = text[start : node.end_mark.index]
    for tag, i1, i2, j1, j2 in reversed(SequenceMatcher(None, old, value, autojunk=False).get_opcodes()):
        if tag == "equal":
            continue
        if any(not printable(c) or c in "\t\n\"'\\" for c in value[j1:j2]):
            return None  # characters a quoted style writes otherwise: the scalar is written anew
        if i1 < i2:
            first, last = offsets[i1], offsets[i2 - 1]
            if text[first : last + 1] != old[i1:i2]:
                return None  # a fold or an escape among the characters changed
            a, b = first - start, last + 1 - start
        else:  # put in before old[i1], or after the last character
            a = b = (offsets[i1] if i1 < len(old) else offsets[-1] + 1) - start
        out = out[:a] + value[j1:j2] + out[b:]
    return out



@dataclass(frozen=True)
class _Refusal:
    reason: str


def _emit(node: ScalarNode, value: str, text: str, in_flow: bool, newline: str, style: str) -> str | _Refusal:
    """``value`` written in ``style`` (the scalar's style in the file before
    the fixes) where it can be, else double-quoted."""
    if not style and plain_ok(value, in_flow=in_flow):
        return value
    if style == "'":
        quoted = single_quoted(value)
        if quoted is not None:
            return quoted
    if style in ("|", ">") and node.style == style:
        return _block(node, value, text, newline)
    return double_quoted(value)


def _block(node: ScalarNode, value: str, text: str, newline: str) -> str | _Refusal:
    """Re-emit a literal or folded block scalar at its own indentation."""
    region = text[node.start_mark.index : node.end_mark.index]
    header, _, body = region.partition("\n")
    header = header.rstrip("\r")
    indicator = header.split("#", 1)[0].strip()
    if re.search(r"\d", indicator) or "+" in indicator:
        # Changed in place where the change stays within its lines (_in_place).
        return _Refusal("this change is not within the lines of a block scalar with an indentation indicator "
                        "or `+` chomping, which is not rewritten whole")
    lines = body.split("\n")
    content = [line.rstrip("\r") for line in lines if line.strip()]
    if not content:
        return _Refusal("an empty block scalar is not rewritten")
    indent = min(len(line) - len(line.lstrip(" ")) for line in content)
    # Blank lines between the content and the next key stay as they are.
    last = max(i for i, line in enumerate(lines) if line.strip())
    trailing = newline.join(line.rstrip("\r") for line in lines[last + 1 :])

    body_value = value[:-1] if value.endswith("\n") else value
    if value.endswith("\n\n"):
        return _Refusal("a value ending in blank lines needs `+` chomping; not rewritten")
    if any(not printable(c) and c != "\t" and c != "\n" for c in value) or value.startswith((" ", "\t")):
        return _Refusal("this value cannot be written as a block scalar")
    chomp = "" if value.endswith("\n") else "-"
    # Keep a comment after the indicator exactly as it was.
    rest = header[len(header.split("#", 1)[0].rstrip()):] if "#" in header else ""
    head = indicator[0] + chomp + rest
    pad = " " * indent
    if indicator[0] == "|":
        out_lines = [pad + line if line else "" for line in body_value.split("\n")]
    else:
        if "\n" in body_value:
            return _Refusal("a folded block holding line breaks is not rewritten")
        width = max(40, max(len(line) - indent for line in content))
        out_lines = [pad + line for line in _wrap(body_value, width)]
    rewritten = head + newline + newline.join(out_lines) + newline
    return rewritten + (trailing if trailing else "")


def _wrap(value: str, width: int) -> list[str]:
    """Wrap at single spaces between words: exactly what folding joins back."""
    words = re.split(r"(?<=\S) (?=\S)", value)
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


# --- writing and showing -------------------------------------------------------


def write_fixes(changed: dict[str, tuple[bytes, bytes]],
                not_written: list[str] | None = None) -> tuple[int, list[str]]:
    """Write the fixed files atomically; a file that changed on disk since it
    was read, or that is read-only, is left alone. Returns (files written,
    notes); ``not_written`` collects the paths left alone."""
    from .atomic import write_atomically

    written, notes = 0, []
    for path, (before, after) in changed.items():
        try:
            with open(path, "rb") as handle:
                current = handle.read()
            if current != before:
                notes.append(f"{path}: changed while it was being fixed; not written")
            else:
                write_atomically(path, after)
                written += 1
                continue
        except OSError as error:
            notes.append(f"{path}: cannot write the fixes: {error.strerror or error}")
        if not_written is not None:
            not_written.append(path)
    return written, notes


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    """A unified diff of one file, as `git apply` and `patch` read it."""
    import difflib

    old = before.decode("utf-8", errors="replace").splitlines(keepends=True)
    new = after.decode("utf-8", errors="replace").splitlines(keepends=True)
    out = []
    # a/ and b/ prefixes as git writes them, for `git apply`; not before an absolute path.
    before_name, after_name = (path, path) if os.path.isabs(path) else (f"a/{path}", f"b/{path}")
    for line in difflib.unified_diff(old, new, fromfile=before_name, tofile=after_name):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
