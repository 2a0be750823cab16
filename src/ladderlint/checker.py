"""`ladderlint check` as a library call: paths in, sorted findings out.

Data flows one way: files -> loaded documents (with positions) -> schema
check -> framework model -> rules -> findings. Each file is read and parsed
once; its node tree is dropped as soon as its own rules have run, and a file
is parsed again only if a rule that compares frameworks reports on it.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from .config import Settings
from .files import discover
from .findings import Finding
from .loader import Document, LoadError, declares_format, is_blank, load_document, read_bytes, read_head
from .model import Framework, build_framework
from .positions import Position
from .rules import RULES_BY_CODE, Rule, Violation
from .rules.base import Severity


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


@dataclass
class _Loaded:
    """A file that passed the schema, kept for the rules that compare files."""

    path: str
    #: The file's bytes as read: half the memory of the decoded text when the
    #: file has any non-ASCII character, and parsed again only on a finding.
    data: bytes
    framework: Framework


def check_paths(paths: Sequence[str], settings: Settings | None = None) -> CheckResult:
    with _fewer_collections():
        return _check_paths(paths, settings or Settings())


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the garbage collector less often while checking.

    Parsing allocates hundreds of thousands of small objects that are freed
    by reference counting; at the default thresholds the collector would
    scan them again and again (a third of a 200-file check). They form
    next to no cycles (a few objects per file), so fewer collections cost
    no memory to speak of.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 50_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _check_paths(paths: Sequence[str], settings: Settings) -> CheckResult:
    candidates, path_errors = discover(paths)
    findings: list[Finding] = [
        _finding(settings, error.path, Position(1, 1), "LL001", error.message) for error in path_errors
    ]
    result = CheckResult(findings)
    rules = settings.active_rules()
    per_file_rules = [r for r in rules if r.scope == "framework"]
    run_rules = [r for r in rules if r.scope == "run"]
    validator = None
    loaded: list[_Loaded] = []

    for candidate in candidates:
        try:
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
                findings.append(
                    _finding(settings, candidate.path, Position(1, 1), "LL005", "file is empty; "
                             "expected a ladderlint framework")
                )
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
        if run_rules:  # only rules that compare files need them kept
            loaded.append(_Loaded(candidate.path, data, framework))

    if run_rules and loaded:
        frameworks = [item.framework for item in loaded]
        raw = {item.path: item.data for item in loaded}
        documents: dict[str, Document] = {}
        for rule in run_rules:
            violations_found = list(rule.check_run(frameworks))
            for v in violations_found:
                if v.file is not None and v.file not in documents:
                    documents[v.file] = load_document(v.file, raw[v.file])
            findings.extend(_locate(settings, rule, violations_found, documents))

    findings.sort(key=Finding.sort_key)
    return result


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
        yield Finding.at(file, position, rule, v.message, v.path, settings.severity_of(type(rule)))


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
