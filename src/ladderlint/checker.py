"""`ladderlint check` as a library call: paths in, sorted findings out.

Data flows one way: files -> loaded documents (with positions) -> schema
check -> framework model -> rules -> findings. Each file is read and parsed
once; its node tree is dropped as soon as its own rules have run, and a file
is parsed again only if a rule that compares frameworks reports on it.

After every rule has run, findings are filtered by `per-file-ignores` and
by each file's inline suppressions (suppressions.py), which are read only
from files whose text holds a `# ladderlint:` comment.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Sequence

from .config import Settings
from .files import discover
from .findings import Finding
from .loader import (
    EMPTY_FILE,
    Document,
    LoadError,
    declares_format,
    empty_document,
    is_blank,
    load_document,
    read_bytes,
    read_head,
)
from .model import Framework, build_framework
from .positions import Position
from .rules import RULES_BY_CODE, Rule, Violation
from .rules.base import Severity
from .suppressions import FileSuppressions, has_suppressions
from .suppressions import apply as apply_suppressions
from .suppressions import parse as parse_suppressions


@dataclass
class CheckResult:
    findings: list[Finding]
    #: Files checked as frameworks.
    checked: list[str] = field(default_factory=list)
    #: YAML files skipped because they do not declare the format.
    skipped: list[str] = field(default_factory=list)

    @property
    def has_input_errors(self) -> bool:
        return any(f.is_input_error for f in self.findings)

    def failed(self, threshold: Severity) -> bool:
        return any(f.severity >= threshold for f in self.findings)


def check_paths(
    paths: Sequence[str],
    settings: Settings | None = None,
    sources: Mapping[str, bytes] | None = None,
) -> CheckResult:
    """Check ``paths``; ``sources`` replaces the content of some files (as
    ``--fix`` does between passes, and ``--diff`` without writing)."""
    with _collector_paused():
        return _check_paths(paths, settings or Settings(), sources or {})


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the run.

    The models of every checked framework stay alive until the end (rules
    that compare frameworks need them), and each collection would walk all
    of them again: on a 200-file corpus that is most of the run time. The
    loader breaks its own reference cycles, so little waits for collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_paths(paths: Sequence[str], settings: Settings, sources: Mapping[str, bytes]) -> CheckResult:
    candidates, path_errors = discover(paths, settings.excluded, settings.force_exclude)
    findings: list[Finding] = [
        _finding(settings, error.path, Position(1, 1), "LL001", error.message) for error in path_errors
    ]
    result = CheckResult(findings)
    rules = settings.active_rules()
    per_file_rules = [r for r in rules if r.scope == "framework"]
    run_rules = [r for r in rules if r.scope == "run"]
    validator = None
    loaded: list[Framework] = []
    suppressions: dict[str, FileSuppressions] = {}
    fully_checked: set[str] = set()

    for candidate in candidates:
        try:
            if candidate.path in sources:
                data = sources[candidate.path]
            else:
                data = read_bytes(candidate.path, settings.max_file_size)
        except LoadError as error:
            if error.code == "LL008" and _not_a_framework(candidate.path):
                result.skipped.append(candidate.path)  # a big data file is not ours to judge
                continue
            findings.append(_finding(settings, candidate.path, error.position, error.code, error.message))
            continue
        if not declares_format(data):
            # Other YAML is not ours to judge; an empty file someone named
            # explicitly, though, is a mistake worth reporting.
            if candidate.explicit and is_blank(data):
                findings.append(_finding(settings, candidate.path, Position(1, 1), "LL005", EMPTY_FILE))
            else:
                result.skipped.append(candidate.path)
            continue
        result.checked.append(candidate.path)
        try:
            document = load_document(candidate.path, data)
        except LoadError as error:
            findings.append(_finding(settings, candidate.path, error.position, error.code, error.message))
            continue
        for code, message, position in document.notices:
            findings.append(_finding(settings, candidate.path, position, code, message))
        if has_suppressions(document.text):
            suppressions[candidate.path] = parse_suppressions(document)

        if validator is None:
            from .schema import SchemaValidator

            validator = SchemaValidator()
        violations = validator.violations(document.data)
        if violations:
            for v in violations:
                if settings.enabled(v.code):
                    findings.append(
                        _finding(settings, candidate.path, document.position(v.path, key=v.on_key),
                                 v.code, v.message, v.path)
                    )
            continue

        framework = build_framework(candidate.path, document.data)
        for rule in per_file_rules:
            findings.extend(_locate(settings, rule, rule.check(framework), {candidate.path: document}))
        fully_checked.add(candidate.path)
        if run_rules:  # only rules that compare frameworks need them kept
            framework.release_derived()
            loaded.append(framework)

    if run_rules and loaded:
        findings.extend(_check_run(settings, run_rules, loaded, sources))

    result.findings = _filter(findings, settings, suppressions, fully_checked)
    return result


def _check_run(
    settings: Settings, rules: list[Rule], frameworks: list[Framework], sources: Mapping[str, bytes]
) -> Iterable[Finding]:
    """Rules that compare frameworks. Only the files they report on are read
    again, for positions: keeping every file's text would double the memory
    of a large run."""
    documents: dict[str, Document] = {}
    for rule in rules:
        violations = list(rule.check_run(frameworks))
        for v in violations:
            if v.file is not None and v.file not in documents:
                documents[v.file] = _reload(v.file, settings, sources)
        yield from _locate(settings, rule, violations, documents)


def _reload(path: str, settings: Settings, sources: Mapping[str, bytes]) -> Document:
    try:
        data = sources[path] if path in sources else read_bytes(path, settings.max_file_size)
        return load_document(path, data)
    except LoadError:  # changed on disk since it was checked: point at its top
        return empty_document(path)


def _filter(
    findings: list[Finding],
    settings: Settings,
    suppressions: dict[str, FileSuppressions],
    fully_checked: set[str],
) -> list[Finding]:
    """Apply per-file-ignores and inline suppressions, then sort."""
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        if settings.enabled_for(finding.file, finding.code):
            by_file.setdefault(finding.file, []).append(finding)
    kept: list[Finding] = []
    for file in sorted(set(by_file) | set(suppressions)):
        found = by_file.get(file, [])
        if file in suppressions:
            found = apply_suppressions(file, found, suppressions[file], settings, file in fully_checked)
        kept.extend(found)
    kept.sort(key=Finding.sort_key)
    return kept


def _not_a_framework(path: str) -> bool:
    head = read_head(path)
    return head is not None and not declares_format(head)


def _locate(
    settings: Settings, rule: Rule, violations: Iterable[Violation], documents: dict[str, Document]
) -> Iterable[Finding]:
    default_file = next(iter(documents), None)
    for v in violations:
        file = v.file or default_file
        if file is None:
            continue
        position = documents[file].position(v.path, key=v.on_key)
        yield Finding.at(file, position, rule, v.message, v.path, settings.severity_of(type(rule)), fix=v.fix)


def _finding(
    settings: Settings,
    file: str,
    position: Position,
    code: str,
    message: str,
    doc_path: tuple = (),
) -> Finding:
    rule = RULES_BY_CODE[code]
    return Finding.at(file, position, rule, message, doc_path, settings.severity_of(rule))
