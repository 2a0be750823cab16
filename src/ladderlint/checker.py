"""`ladderlint check` as a library call: paths in, sorted findings out.

Data flows one way: files -> loaded documents (with positions) -> schema
check -> framework model -> rules -> findings. Each file is read and parsed
once; its node tree is dropped as soon as its own rules have run, and a file
is parsed again only if a rule that compares frameworks reports on it.

Rules that compare frameworks (scope "run") run once every file has been
read, when the run's frameworks are known by their headers (file, id,
organisation): ``check_run`` on the headers alone, and ``check_in_run`` on
each framework, where it was read. A large run reads its files in several
processes (``jobs``), each keeping its own frameworks for that second step.

After every rule has run, findings are filtered by `per-file-ignores` and
by each file's inline suppressions (suppressions.py), which are read only
from files whose text holds a `# ladderlint:` comment.
"""

from __future__ import annotations

import contextlib
import gc
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Protocol, Sequence

from .config import Settings
from .files import Candidate, discover
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
from .model import Framework, FrameworkHeader, Run, build_framework
from .positions import Position
from .rules import RULES_BY_CODE, Rule, Violation
from .rules.base import Severity
from .schema import SchemaValidator
from .suppressions import FileSuppressions, has_suppressions
from .suppressions import apply as apply_suppressions
from .suppressions import parse as parse_suppressions

#: A run reads its files in several processes only when they hold at least
#: this much YAML: below it, starting the processes costs more than it saves.
PARALLEL_MIN_BYTES = 1024 * 1024


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
    jobs: int | None = None,
) -> CheckResult:
    """Check ``paths``; ``sources`` replaces the content of some files (as
    ``--fix`` does between passes, and ``--diff`` without writing).

    ``jobs`` is the most processes to read files in; None uses every CPU
    for a large run. The result is the same whatever the number.
    """
    with _collector_paused():
        return _check_paths(paths, settings or Settings(), sources or {}, jobs)


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


def _check_paths(
    paths: Sequence[str], settings: Settings, sources: Mapping[str, bytes], jobs: int | None
) -> CheckResult:
    candidates, path_errors = discover(paths, settings.excluded, settings.force_exclude)
    findings: list[Finding] = [
        _finding(settings, error.path, Position(1, 1), "LL001", error.message) for error in path_errors
    ]
    validator = SchemaValidator()
    sizes = file_sizes(candidates)
    chunks = _chunks(candidates, sizes, _job_count(jobs, sizes))
    if len(chunks) > 1:
        from .parallel import ProcessBatches

        validator.prepare()  # once, rather than in each process
        batches: Batches = ProcessBatches(chunks, lambda: _Batch(settings, sources, validator))
    else:
        batches = _InProcess(_Batch(settings, sources, validator), candidates)
    result = CheckResult(findings)
    suppressions: dict[str, FileSuppressions] = {}
    fully_checked: set[str] = set()
    headers: list[FrameworkHeader] = []
    for outcome in batches.outcomes:
        findings.extend(outcome.findings)
        result.checked.extend(outcome.checked)
        result.skipped.extend(outcome.skipped)
        suppressions.update(outcome.suppressions)
        fully_checked.update(outcome.fully_checked)
        headers.extend(outcome.headers)
    run_rules = [r for r in settings.active_rules() if r.scope == "run"]
    run = Run.of(headers) if run_rules and headers else None
    # Every batch is told the run (or that there is none) so that each
    # process can finish.
    findings.extend(batches.check_in_run(run))
    if run is not None:
        locator = _Locator(settings, sources)
        for rule in run_rules:
            findings.extend(locator.locate(rule, rule.check_run(run), None))
    result.findings = _filter(findings, settings, suppressions, fully_checked)
    return result


class Batches(Protocol):
    """The files of a run, checked in batches (in this process or others)."""

    #: What each batch found, in the order of the files.
    outcomes: list["BatchOutcome"]

    def check_in_run(self, run: Run | None) -> list[Finding]:
        """Findings of the run-scope rules in every batch's frameworks."""


class _InProcess:
    """One batch of every file, checked in this process."""

    def __init__(self, batch: "_Batch", candidates: Sequence[Candidate]) -> None:
        batch.check_files(candidates)
        self.batch = batch
        self.outcomes = [batch.outcome]

    def check_in_run(self, run: Run | None) -> list[Finding]:
        return self.batch.check_in_run(run) if run is not None else []


def file_sizes(candidates: Sequence[Candidate]) -> list[int]:
    """Each file's size in bytes (0 if it cannot be read), read once to
    decide on and share out the processes; none for a run of one file."""
    return [_size(c.path) for c in candidates] if len(candidates) > 1 else [0] * len(candidates)


def _job_count(jobs: int | None, sizes: Sequence[int]) -> int:
    """How many processes to read the files in: 1 for a small run."""
    if jobs is None:
        try:
            jobs = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            jobs = os.cpu_count() or 1
        jobs = min(jobs, 8)
        if sum(sizes) < PARALLEL_MIN_BYTES:
            return 1
    count = max(1, min(jobs, len(sizes)))
    if count > 1:
        from .parallel import can_fork

        return count if can_fork() else 1
    return 1


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _chunks(candidates: Sequence[Candidate], sizes: Sequence[int], count: int) -> list[list[Candidate]]:
    """``count`` runs of consecutive files with about as many bytes each."""
    if count <= 1:
        return [list(candidates)]
    share = (sum(sizes) + len(sizes)) / count  # a byte more each: empty files count too
    chunks: list[list[Candidate]] = [[]]
    filled = 0
    for candidate, size in zip(candidates, sizes):
        if filled >= share * len(chunks) and len(chunks) < count:
            chunks.append([])
        chunks[-1].append(candidate)
        filled += size + 1
    return [chunk for chunk in chunks if chunk]


@dataclass
class BatchOutcome:
    """What checking a batch of files found before the run-scope rules ran."""

    findings: list[Finding] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    suppressions: dict[str, FileSuppressions] = field(default_factory=dict)
    #: Files whose every rule ran (schema-valid frameworks).
    fully_checked: set[str] = field(default_factory=set)
    headers: list[FrameworkHeader] = field(default_factory=list)


class _Batch:
    """Checks files one by one with their own rules, keeping each framework
    for the rules that compare frameworks (if any is on)."""

    def __init__(self, settings: Settings, sources: Mapping[str, bytes], validator: SchemaValidator) -> None:
        self.settings = settings
        self.sources = sources
        self.validator = validator
        rules = settings.active_rules()
        self.per_file_rules = [r for r in rules if r.scope == "framework"]
        self.run_rules = [r for r in rules if r.scope == "run"]
        self.outcome = BatchOutcome()
        self.frameworks: list[Framework] = []

    def check_files(self, candidates: Iterable[Candidate]) -> None:
        for candidate in candidates:
            self.check_file(candidate)

    def check_file(self, candidate: Candidate) -> None:
        settings, outcome, path = self.settings, self.outcome, candidate.path
        findings = outcome.findings
        try:
            data = self.sources[path] if path in self.sources else read_bytes(path, settings.max_file_size)
        except LoadError as error:
            if error.code == "LL008" and _not_a_framework(path):
                outcome.skipped.append(path)  # a big data file is not ours to judge
                return
            findings.append(_finding(settings, path, error.position, error.code, error.message))
            return
        if not declares_format(data):
            # Other YAML is not ours to judge; an empty file someone named
            # explicitly, though, is a mistake worth reporting.
            if candidate.explicit and is_blank(data):
                findings.append(_finding(settings, path, Position(1, 1), "LL005", EMPTY_FILE))
            else:
                outcome.skipped.append(path)
            return
        outcome.checked.append(path)
        try:
            document = load_document(path, data)
        except LoadError as error:
            findings.append(_finding(settings, path, error.position, error.code, error.message))
            return
        for code, message, position in document.notices:
            findings.append(_finding(settings, path, position, code, message))
        if has_suppressions(document.text):
            outcome.suppressions[path] = parse_suppressions(document)

        violations = self.validator.violations(document.data)
        if violations:
            for v in violations:
                if settings.enabled(v.code):
                    findings.append(
                        _finding(settings, path, document.position(v.path, key=v.on_key), v.code, v.message, v.path)
                    )
            return

        framework = build_framework(path, document.data)
        locator = _Locator(settings, self.sources, document)
        for rule in self.per_file_rules:
            findings.extend(locator.locate(rule, rule.check(framework), path))
        outcome.fully_checked.add(path)
        if self.run_rules:  # only rules that compare frameworks need it kept
            framework.release_derived()
            self.frameworks.append(framework)
            outcome.headers.append(framework.header)

    def check_in_run(self, run: Run) -> list[Finding]:
        """The run-scope rules' findings in this batch's frameworks."""
        locator = _Locator(self.settings, self.sources)
        findings: list[Finding] = []
        frameworks, self.frameworks = self.frameworks, []
        for i, framework in enumerate(frameworks):
            for rule in self.run_rules:
                findings.extend(locator.locate(rule, rule.check_in_run(framework, run), framework.file))
            frameworks[i] = None  # type: ignore[call-overload]  # done with: let it go
        return findings


class _Locator:
    """Turns violations into findings at their line and column, from the
    document a file was just read into, or, for the rules that compare
    frameworks, from the files they report on read again: keeping every
    file's node tree would double the memory of a large run."""

    def __init__(self, settings: Settings, sources: Mapping[str, bytes], document: Document | None = None) -> None:
        self.settings = settings
        self.sources = sources
        self.documents: dict[str, Document] = {document.path: document} if document else {}

    def locate(self, rule: Rule, violations: Iterable[Violation], default_file: str | None) -> Iterable[Finding]:
        for v in violations:
            file = v.file or default_file
            if file is None:
                continue
            if file not in self.documents:
                self.documents[file] = _reload(file, self.settings, self.sources)
            position = self.documents[file].position(v.path, key=v.on_key)
            yield Finding.at(file, position, rule, v.message, v.path, self.settings.severity_of(type(rule)),
                             fix=v.fix)


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
