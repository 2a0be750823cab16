"""`ladderlint check` as a library call: paths in, sorted findings out.

Data flows one way: files -> the read pipeline (pipeline.py: bytes, text,
document with positions, schema findings, framework) -> rules -> findings,
filtered by `per-file-ignores` and inline suppressions -> a formatter.

Each file is checked with the settings of the configuration nearest to it.
Before any file is checked, the header of every framework file of the run
is read (a few YAML events each): each framework is then checked once, by
every rule, knowing the others by name, and nothing of it is kept once its
rules have run. Rules that compare the headers of the run's frameworks
(LL305-LL307) run at the end. A large run checks its files in several
processes (``jobs``); the findings are the same whatever their number.

Inline suppressions (suppressions.py) are read only from files whose text
holds a `# ladderlint:` comment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Mapping, Sequence

from .config import YAML_CONFIG_NAMES, Settings, SettingsSource
from .encoding import binary
from .files import Candidate, discover, is_yaml_name
from .findings import Finding
from .loader import (
    EMPTY_FILE,
    LoadError,
    declares_format,
    is_blank,
    load_document,
    read_bytes,
    read_head,
)
from .model import PART_NAMES, DocPath, FrameworkHeader
from .partial import PartialFramework
from .pipeline import Reader, located, read_header, undeclared_framework
from .positions import Document, Position, empty_document
from .rules.analysis import Analysis
from .rules.base import Rule, Severity, Violation
from .rules.input_errors import ADD_THE_MARKER, CannotRead, EmptyFile, FileTooLarge, UndeclaredFramework
from .rules.schema_errors import PartlyChecked
from .rules.run_index import RunIndex
from .schema import SchemaValidator, subject
from .suppressions import FileSuppressions, has_suppressions
from .suppressions import apply as apply_suppressions
from .suppressions import parse as parse_suppressions

#: A run reads its files in several processes only when they hold at least
#: this much YAML: below it, starting the processes costs more than it saves.
PARALLEL_MIN_BYTES = 1024 * 1024


@dataclass
class CheckResult:
    findings: list[Finding]
    #: Frameworks checked: files that declare the format and were read as
    #: YAML (valid against the schema or not).
    checked: list[str] = field(default_factory=list)
    #: Files with findings that could not be read at all: missing, not
    #: UTF-8, too large, not valid YAML, or named explicitly and empty.
    unreadable: list[str] = field(default_factory=list)
    #: Files skipped because they do not declare the format (other YAML,
    #: or a file named that is not YAML).
    skipped: list[str] = field(default_factory=list)
    #: Why each file named on the command line was skipped: "not YAML",
    #: or "does not declare `ladderlint: 1`".
    skip_reasons: dict[str, str] = field(default_factory=dict)
    #: Files named on the command line that the configuration's `exclude`
    #: skips (with force-exclude): path -> what excludes it.
    excluded: dict[str, str] = field(default_factory=dict)
    #: Symbolic links to directories that the walk did not follow.
    links_not_followed: list[str] = field(default_factory=list)
    #: ladderlint's configuration files named (pre-commit names a staged
    #: .ladderlint.yaml with the other YAML files): not frameworks, and
    #: not said to be skipped.
    configurations: list[str] = field(default_factory=list)

    @property
    def has_input_errors(self) -> bool:
        return any(f.is_input_error for f in self.findings)

    def failed(self, threshold: Severity) -> bool:
        return any(f.severity >= threshold for f in self.findings)

    def skipped_named(self) -> list[tuple[str, tuple[str, ...]]]:
        """The files named on the command line that were skipped, by why."""
        by_why: dict[str, list[str]] = {}
        for path, why in [*self.skip_reasons.items(), *((path, EXCLUDED) for path in self.excluded)]:
            by_why.setdefault(why, []).append(path)
        return sorted((why, tuple(sorted(paths))) for why, paths in by_why.items())


#: Why a file named was skipped, when the configuration excludes it.
EXCLUDED = "excluded by the configuration"
#: Why a file named was skipped, when it is not YAML (nor a framework).
NOT_YAML = "not YAML"
#: Why a file named was skipped, when it is YAML but no framework.
NOT_A_FRAMEWORK = "does not declare `ladderlint: 1`"
#: Why a file named was skipped, when it is no text at all (``encoding.binary``).
NOT_TEXT = "not text (a binary file)"


def collect_garbage_seldom() -> None:
    """Set a process about to check many files (the `check` command) to
    collect garbage seldom. It changes the whole process: a program calls
    it, not a library.

    A check builds and drops a node tree per file: hundreds of thousands of
    objects, which trigger collections, each of which would otherwise walk
    every object loaded at start-up again (8% of a large run). What is
    loaded so far is never garbage: it is left out of collections. And what
    a file leaves is freed as soon as the file is done (none of it is held
    in a reference cycle): a collection every 700 new objects, as Python
    does by default, finds nothing and costs 3% of a large run."""
    import gc

    gc.freeze()
    gc.set_threshold(20_000, 100, 100)


def check_paths(
    paths: Sequence[str],
    settings: SettingsSource | None = None,
    sources: Mapping[str, bytes] | None = None,
    jobs: int | None = None,
) -> CheckResult:
    """Check ``paths``; ``sources`` replaces the content of some files (as
    ``--fix`` does between passes, and ``--diff`` without writing).

    ``settings`` is one Settings for every file, or a Configuration that
    gives each file the settings nearest to it (default: built-in settings).
    ``jobs`` is the most processes to read files in; None uses every CPU
    for a large run. The result is the same whatever the number.
    """
    source: SettingsSource = settings if settings is not None else Settings()
    sources = sources or {}
    configurations = sorted({os.path.normpath(p) for p in paths if os.path.basename(p) in YAML_CONFIG_NAMES})
    paths = [p for p in paths if os.path.normpath(p) not in configurations]
    # A file given in ``sources`` need not exist on disk (a framework read
    # from standard input, under the name --stdin-filename gives it).
    unsaved = [os.path.normpath(p) for p in paths if p in sources and not os.path.lexists(p)]
    excluded: dict[str, str] = {}
    links: list[str] = []
    candidates, path_errors = discover([p for p in paths if os.path.normpath(p) not in unsaved], source, excluded,
                                       links)
    candidates = sorted([*candidates, *(Candidate(p, explicit=True) for p in unsaved)], key=lambda c: c.path)
    findings = [
        located(source.for_path(error.path), error.path, Position(1, 1), CannotRead, error.message)
        for error in path_errors
    ]
    run = _run_index(candidates, source, sources)
    sizes = file_sizes(candidates)
    chunks = _chunks(candidates, sizes, _job_count(jobs, sizes))
    validator = SchemaValidator()

    def check_batch(files: Sequence[Candidate]) -> BatchOutcome:
        batch = Batch(source, sources, validator, run)
        batch.check_files(files)
        return batch.outcome

    if len(chunks) > 1:
        from .parallel import in_processes

        validator.prepare()  # once, rather than in each process
        outcomes = in_processes(chunks, check_batch)
    else:
        outcomes = [check_batch(candidates)]
    result = CheckResult(findings, excluded=excluded, unreadable=[error.path for error in path_errors],
                         links_not_followed=sorted(set(links)), configurations=configurations)
    suppressions: dict[str, FileSuppressions] = {}
    fully_checked: set[str] = set()
    headers: list[FrameworkHeader] = []
    for outcome in outcomes:
        findings.extend(outcome.findings)
        result.checked.extend(outcome.checked)
        result.skipped.extend(outcome.skipped)
        result.unreadable.extend(outcome.unreadable)
        result.skip_reasons.update(outcome.skip_reasons)
        suppressions.update(outcome.suppressions)
        fully_checked.update(outcome.fully_checked)
        headers.extend(outcome.headers)
    findings.extend(_compare_headers(headers, source, sources))
    result.findings = _filter(findings, source, suppressions, fully_checked)
    return result


def _run_index(candidates: Sequence[Candidate], source: SettingsSource, sources: Mapping[str, bytes]) -> RunIndex:
    """The headers of every framework file of the run, read before any is
    checked (a run of one file is just that file, known once it is read)."""
    if len(candidates) < 2:
        return RunIndex(())
    headers = []
    for candidate in candidates:
        try:
            data = sources.get(candidate.path) or read_bytes(candidate.path, source.for_path(candidate.path).max_file_size)
        except LoadError:
            continue
        if declares_format(data):
            header = read_header(candidate.path, data)
            if header is not None:
                headers.append(header)
    return RunIndex.of(headers)


def _compare_headers(headers: list[FrameworkHeader], source: SettingsSource, sources: Mapping[str, bytes]) -> list[Finding]:
    """Findings of the rules that compare the headers of the run's valid frameworks."""
    if not headers:
        return []
    settings = source.for_path(".")
    run = RunIndex.of(headers)
    locator = Locator(source, sources)
    return [
        finding
        for rule in settings.rules()
        if rule.scope == "run"
        for finding in locator.locate(rule, rule.check_run(run), None)
    ]


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
    """What checking a batch of files found (small: sent between processes)."""

    findings: list[Finding] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    skip_reasons: dict[str, str] = field(default_factory=dict)
    suppressions: dict[str, FileSuppressions] = field(default_factory=dict)
    #: Files whose every rule ran (schema-valid frameworks).
    fully_checked: set[str] = field(default_factory=set)
    #: The headers of those, for the rules that compare them.
    headers: list[FrameworkHeader] = field(default_factory=list)


class Batch:
    """Checks files one by one, each with every rule its settings enable."""

    def __init__(
        self, source: SettingsSource, sources: Mapping[str, bytes], validator: SchemaValidator, run: RunIndex
    ) -> None:
        self.source = source
        self.sources = sources
        self.reader = Reader(validator)
        self.run = run
        self.outcome = BatchOutcome()
        # The rule instances of each settings in use (by its id: settings
        # live as long as the run), made once rather than for every file.
        self._rules: dict[int, list[Rule]] = {}

    def check_files(self, candidates: Iterable[Candidate]) -> None:
        for candidate in candidates:
            self.check_file(candidate)

    def check_file(self, candidate: Candidate) -> None:
        path, outcome = candidate.path, self.outcome
        settings = self.source.for_path(path)
        try:
            data = self.sources[path] if path in self.sources else read_bytes(path, settings.max_file_size)
        except LoadError as error:
            if error.rule is FileTooLarge and _not_a_framework(path):
                outcome.skipped.append(path)  # a big data file is not ours to judge
                self._skipped(candidate)
                return
            outcome.unreadable.append(path)
            outcome.findings.append(located(settings, path, error.position, error.rule, error.message))
            return
        if not declares_format(data):
            # Other YAML is not ours to judge; an empty file someone named
            # explicitly, though, is a mistake worth reporting (as the
            # framework it was named as), and so is a framework that does
            # not say it is one (not checked).
            undeclared = undeclared_framework(data, candidate.explicit)
            if candidate.explicit and is_blank(data):
                outcome.unreadable.append(path)
                outcome.findings.append(located(settings, path, Position(1, 1), EmptyFile, EMPTY_FILE))
            elif undeclared is not None:
                message = f"not checked: {undeclared}; {ADD_THE_MARKER}"
                outcome.findings.append(located(settings, path, Position(1, 1), UndeclaredFramework, message))
            else:
                outcome.skipped.append(path)
                self._skipped(candidate, binary(data))
            return
        read = self.reader.read(path, data, settings)
        outcome.findings.extend(read.findings)
        if read.document is None:
            outcome.unreadable.append(path)
            return
        outcome.checked.append(path)
        if has_suppressions(read.document.text):
            outcome.suppressions[path] = parse_suppressions(read.document)
        framework = read.checkable
        if framework is None:
            return
        analysis = Analysis(framework, self.run if self.run.frameworks else None)
        partial = read.partial
        locator = Locator(self.source, self.sources, read.document, partial.document_path if partial else None)
        not_run: list[Rule] = []
        for rule in self._rules_of(settings):
            if rule.needs & framework.incomplete:
                not_run.append(rule)
                continue
            outcome.findings.extend(locator.locate(rule, rule.check(framework, analysis), path))
        if read.framework is not None:
            outcome.fully_checked.add(path)
            outcome.headers.append(framework.header)
        elif partial is not None and (partial.left_out or not_run) and settings.is_enabled(PartlyChecked):
            outcome.findings.append(_partly_checked(settings, read.document, partial, not_run))

    def _skipped(self, candidate: Candidate, no_text: bool = False) -> None:
        """Say why a file named on the command line was skipped: not text at
        all (a binary file named .yaml is no YAML that lacks the marker)."""
        if candidate.explicit:
            # Standard input (`-`, no --stdin-filename) has no suffix: it is given as a framework.
            yaml = is_yaml_name(candidate.path) or candidate.path == "-"
            self.outcome.skip_reasons[candidate.path] = NOT_TEXT if no_text else NOT_A_FRAMEWORK if yaml else NOT_YAML

    def _rules_of(self, settings: Settings) -> list[Rule]:
        rules = self._rules.get(id(settings))
        if rules is None:
            rules = self._rules[id(settings)] = settings.rules()
        return rules


class Locator:
    """Turns violations into findings at their line and column, from the
    document a file was just read into, or, for the rules that compare
    frameworks, from the files they report on, read again."""

    def __init__(
        self,
        source: SettingsSource,
        sources: Mapping[str, bytes],
        document: Document | None = None,
        document_path: Callable[[DocPath], DocPath] | None = None,
    ) -> None:
        self.source = source
        self.sources = sources
        self.documents: dict[str, Document] = {document.path: document} if document else {}
        # Paths of a framework built from a document's valid parts name a
        # misspelt key as the key it was read as: back to the document's.
        self.document_path = document_path
        self.own_file = document.path if document else None

    def locate(self, rule: Rule, violations: Iterable[Violation], default_file: str | None) -> Iterable[Finding]:
        for v in violations:
            file = v.file or default_file
            if file is None:
                continue
            if file not in self.documents:
                self.documents[file] = self._reload(file)
            doc_path, fix = v.path, v.fix
            if self.document_path is not None and file == self.own_file:
                doc_path = self.document_path(doc_path)
                fix = replace(fix, path=self.document_path(fix.path)) if fix else None
            document = self.documents[file]
            position = document.span_position(doc_path, v.span) if v.span else None
            anchor = document.position(doc_path, key=v.on_key)
            yield located(self.source.for_path(file), file, position or anchor, type(rule), v.message, doc_path, fix,
                          anchor.line)

    def _reload(self, path: str) -> Document:
        try:
            data = self.sources.get(path) or read_bytes(path, self.source.for_path(path).max_file_size)
            return load_document(path, data, keep_going=True)
        except LoadError:  # changed on disk since it was checked: point at its top
            return empty_document(path)


def _partly_checked(settings: Settings, document: Document, partial: PartialFramework, not_run: list[Rule]) -> Finding:
    """LL108: what of a framework that breaks the schema was not checked."""
    parts = []
    if partial.left_out:
        shown = [subject(document.data, p) for p in partial.left_out[:3]]
        more = f" and {len(partial.left_out) - 3} more" if len(partial.left_out) > 3 else ""
        parts.append(f"not checked, as it breaks the schema: {'; '.join(shown)}{more}")
    if not_run:
        incomplete = partial.framework.incomplete
        needed = [PART_NAMES[part] for part in sorted({p for rule in not_run for p in rule.needs & incomplete})]
        they = "it needs" if len(not_run) == 1 else "they need"
        rules = ", ".join(rule.code for rule in not_run)
        parts.append(f"rules not run: {rules} ({they} {' and '.join(needed)})")
    position = document.position(partial.left_out[0] if partial.left_out else partial.first_problem, key=True)
    return located(settings, document.path, position, PartlyChecked, "; ".join(parts))


def _filter(
    findings: list[Finding],
    source: SettingsSource,
    suppressions: dict[str, FileSuppressions],
    fully_checked: set[str],
) -> list[Finding]:
    """Apply per-file-ignores and inline suppressions, then sort."""
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        if source.for_path(finding.file).enabled_for(finding.file, finding.rule):
            by_file.setdefault(finding.file, []).append(finding)
    kept: list[Finding] = []
    for file in sorted(set(by_file) | set(suppressions)):
        found = by_file.get(file, [])
        if file in suppressions:
            found = apply_suppressions(file, found, suppressions[file], source.for_path(file), file in fully_checked)
        kept.extend(found)
    kept.sort(key=Finding.sort_key)
    return kept


def _not_a_framework(path: str) -> bool:
    head = read_head(path)
    return head is not None and not declares_format(head)
