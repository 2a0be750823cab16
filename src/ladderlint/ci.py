"""What the GitHub Action (action.yml) runs: ``python -m ladderlint.ci``.

On the frameworks a pull request (or a push) changes:

1. ``check``, with each finding as an annotation on its line;
2. ``diff`` against the base (the pull request's base branch, or the commit
   before a push), with each change as an annotation, and the release notes
   written to the job summary and to a file that a later step can post as a
   pull-request comment;
3. the exit code: 2 if an input cannot be read, 1 if `check` fails its
   ``--fail-on`` or a change fails the diff's ``--fail-on`` (and is not
   approved), else 0. The notes are written first, so a failing run still
   explains itself.

The action's inputs arrive as environment variables (``INPUTS`` below);
GitHub's own (``GITHUB_BASE_REF``, ``GITHUB_EVENT_NAME``, ``GITHUB_EVENT_PATH``,
``GITHUB_STEP_SUMMARY``, ``GITHUB_OUTPUT``, ``RUNNER_TEMP``) say where the
run is. Everything is read from the working directory's git repository.
"""

from __future__ import annotations

import json
import os
from collections import Counter
import shlex
import sys
import tempfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping, Sequence

from .atomic import write_atomically
from .diff.inputs import InputError
from .files import is_yaml_name
from .text import plural

if TYPE_CHECKING:
    from .findings import Finding

#: The action's inputs, as the environment variables action.yml sets.
INPUTS = {
    "paths": "LADDERLINT_PATHS",
    "fail-on": "LADDERLINT_FAIL_ON",
    "check-fail-on": "LADDERLINT_CHECK_FAIL_ON",
    "base": "LADDERLINT_BASE",
    "approvals": "LADDERLINT_APPROVALS",
    "notes-file": "LADDERLINT_NOTES_FILE",
}

#: The first line of the notes, so that a step posting them can find its
#: earlier comment and replace it.
MARKER = "<!-- ladderlint release notes -->"

_NO_COMMIT = "0" * 40


@dataclass(frozen=True)
class Inputs:
    paths: tuple[str, ...] = (".",)
    fail_on: str = "raises-bar"
    check_fail_on: str | None = None
    base: str | None = None
    approvals: str | None = None
    notes_file: str = "ladderlint-release-notes.md"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "Inputs":
        def get(name: str) -> str:
            return env.get(INPUTS[name], "").strip()

        # Off GitHub (no RUNNER_TEMP), the notes go to the system's temporary
        # folder: a run on one's own machine leaves no file in the repository.
        temp = env.get("RUNNER_TEMP", "").strip() or tempfile.gettempdir()
        default_notes = os.path.join(temp, cls.notes_file)
        return cls(
            paths=tuple(shlex.split(get("paths"))) or (".",),
            fail_on=get("fail-on") or cls.fail_on,
            check_fail_on=get("check-fail-on") or None,
            base=get("base") or None,
            approvals=get("approvals") or None,
            notes_file=get("notes-file") or default_notes,
        )


@dataclass
class Outcome:
    exit_code: int = 0
    #: Markdown for the job summary and the comment, block by block.
    notes: list[str] = field(default_factory=list)
    #: Why the run fails, one reason per step that failed it.
    reasons: list[str] = field(default_factory=list)

    def worst(self, code: int, reason: str) -> None:
        # 2 (cannot read) wins over 1 (fails the gate), which wins over 0.
        self.exit_code = max(self.exit_code, code)
        self.reasons.append(reason)

    @property
    def failure(self) -> str | None:
        """Why the run fails ("check found 1 error (LL301)"), or None."""
        return "; ".join(self.reasons) if self.exit_code else None


#: What `python -m ladderlint.ci --help` prints.
USAGE = """usage: python -m ladderlint.ci

Runs what the GitHub Action runs on the frameworks a pull request or a push
changes: `check`, then `diff` against the base, writing the release notes to
the job summary and to a file. It takes no arguments: the action's inputs are
environment variables:

""" + "\n".join(f"  {variable:<26} {name}" for name, variable in INPUTS.items()) + """

Without RUNNER_TEMP, the notes file is written to the system's temporary
folder. Exit codes: 0 pass, 1 a gate fails, 2 an input cannot be read."""


def main(env: Mapping[str, str] | None = None, argv: Sequence[str] | None = None) -> int:
    args = list(argv or ())  # the command line's, when run as `python -m ladderlint.ci`
    if args:
        if args[0] in ("-h", "--help"):
            print(USAGE)
            return 0
        print(f"{USAGE}\n\nladderlint.ci: error: it takes no arguments (given: {shlex.join(args)}); "
              "set the LADDERLINT_* environment variables instead", file=sys.stderr)
        return 2
    env = os.environ if env is None else env
    inputs = Inputs.from_env(env)
    outcome = Outcome(notes=[MARKER + "\n## ladderlint: career framework changes"])
    # Every input is judged before anything runs: a typo fails the run
    # (exit 2) rather than let it pass what it was to judge.
    problems = _input_problems(inputs)
    try:
        base = _base(inputs, env)
    except InputError as error:
        _say_error(error.message)
        outcome.worst(2, "no revision to compare with")
        outcome.notes.append(f"ladderlint could not find the revision to compare with: {error.message}")
        base = None
    else:
        problems += _missing_paths(inputs.paths, base)
    for input_name, message in problems:
        _say_error(message)
        outcome.notes.append(f"The input {input_name} cannot be used: {message}")
    for input_name in dict.fromkeys(input_name for input_name, _message in problems):
        outcome.worst(2, f"the input {input_name} cannot be used")
    if outcome.exit_code:
        _publish(outcome, inputs, env, changed=0)
        return outcome.exit_code
    if base is None:
        files, removed = _frameworks_under(inputs.paths), list[str]()
        no_base = "No base revision to compare with: every framework is checked, and no release notes are written."
        outcome.notes.append(no_base)
        print(f"ladderlint: {no_base[0].lower()}{no_base[1:]} (set the `base` input to compare with a revision)")
    else:
        files, removed = _changed(base, inputs.paths)
        print(f"ladderlint: {plural(len(files) + len(removed), 'YAML file')} changed since {base[:12]}")
    # The check skips what the configuration excludes now; the diff is given
    # every file git lists and judges exclusion itself, as the hook does: a
    # framework compared at the base is compared still where this change
    # excludes it, or excluding it in the commit that raises its bar would pass.
    checked = _not_excluded(files)
    if checked:
        _check(checked, inputs, outcome)
    else:
        outcome.notes.append("**Check:** no framework changed.")
    if base is not None:
        _diff(base, files + removed, inputs, outcome, noted=set(files) - set(checked))
    _publish(outcome, inputs, env, changed=len(files) + len(removed))
    return outcome.exit_code


def _say_failure(outcome: Outcome) -> None:
    """The last line of the log, and of the summary: why the run failed, as
    the steps that failed it say (a passing diff's last line, "ladderlint
    diff: 14 changes.", says nothing of a check that failed the run)."""
    from .formatters.github import escape_data

    failure = outcome.failure
    if failure is None:
        return
    sys.stdout.write(f"::error title=ladderlint::{escape_data(f'failed: {failure}')}\n")
    sys.stdout.write(f"ladderlint: failed: {failure}\n")
    sys.stdout.flush()


def _say_error(message: str) -> None:
    """An input the action cannot use, said as every command says one."""
    from .cli.app import error_text

    sys.stderr.write(error_text(message))
    sys.stderr.flush()


def _say_notices(notices: Sequence[str]) -> None:
    """What the comparison should tell (a base revision read through an
    earlier one): a warning in the log, and an annotation on the run."""
    from .formatters.github import escape_data

    for notice in notices:
        sys.stdout.write(f"::warning title=ladderlint diff::{escape_data(notice)}\n")
        sys.stderr.write(f"ladderlint: warning: {notice}\n")
    sys.stdout.flush()
    sys.stderr.flush()


# -- the two commands ---------------------------------------------------------------


def _check(files: Sequence[str], inputs: Inputs, outcome: Outcome) -> None:
    from .checker import check_paths
    from .config import CommandLine, ConfigError, resolve_settings
    from .formatters import FORMATTERS, RenderContext
    from .formatters.concise import summary

    try:
        # Read as fail-on is: `Warning` is `warning`.
        fail_on = inputs.check_fail_on.lower() if inputs.check_fail_on is not None else None
        settings = resolve_settings(CommandLine(fail_on=fail_on))
    except ConfigError as error:
        for each in error.every():
            _say_error(str(each))
        outcome.worst(2, "check: the configuration cannot be used")
        outcome.notes.append("**Check:** the configuration cannot be used: " + "; ".join(map(str, error.every())))
        return
    result = check_paths(files, settings)
    context = RenderContext.of_check(result)
    sys.stdout.write(FORMATTERS["github"](result.findings, context))
    sys.stdout.write(FORMATTERS["text"](result.findings, context))
    sys.stdout.flush()
    if result.has_input_errors:
        unreadable = [finding for finding in result.findings if finding.is_input_error]
        unread = len({finding.file for finding in unreadable})
        outcome.worst(2, f"check could not read {plural(unread, 'file')} ({_codes(unreadable)})")
    elif settings.fail_on is not None and result.failed(settings.fail_on):
        failing = [finding for finding in result.findings if finding.severity >= settings.fail_on]
        outcome.worst(1, f"check found {_severities(failing)} ({_codes(failing)})")
    outcome.notes.append(f"**Check:** {summary(result.findings, context.checked, context.unreadable, context.skipped)}")


def _diff(base: str, files: Sequence[str], inputs: Inputs, outcome: Outcome, noted: set[str]) -> None:
    """Compare ``files`` with ``base``; ``noted``: the files already said to
    be skipped by the configuration (by the check)."""
    from .diff.formatters import RENDERERS, RenderOptions
    from .diff.formatters.common import named_message
    from .diff.formatters.markdown import release_notes
    from .diff.gate import parse_fail_on
    from .diff.session import DiffError, InputError, Request, approve_command, run

    if not files:
        outcome.notes.append(f"No framework changed since `{base[:12]}`: no release notes.")
        return
    from .config import CommandLine, ConfigError, Configuration

    # --force-exclude, as the `ladderlint-diff` hook: what the configuration
    # excludes is not compared, but for a framework that was compared at the base.
    request = Request(tuple(files), base=base, fail_on=parse_fail_on(inputs.fail_on), approvals=inputs.approvals,
                      force_exclude=True)
    try:
        # The findings of a file that cannot be compared follow the configuration, as the check's do.
        report = run(request, settings=Configuration(CommandLine(force_exclude=True)))
    except (InputError, DiffError, ConfigError) as error:
        # A configuration's errors name their file and line; the others say theirs in their findings.
        message = ("; ".join(map(str, error.every())) if isinstance(error, ConfigError)
                   else getattr(error, "message", str(error)))
        findings = getattr(error, "findings", [])
        _say_error(message)
        if findings:
            from .formatters import FORMATTERS, RenderContext

            context = RenderContext.of_input_error(findings, unreadable=getattr(error, "unreadable", False))
            sys.stdout.write(FORMATTERS["github"](findings, context))
            sys.stderr.write(FORMATTERS["text"](findings, context))
        outcome.worst(2, f"diff: the frameworks cannot be compared with {base[:12]}")
        outcome.notes.append(f"**Diff:** the frameworks cannot be compared with `{base[:12]}`: {message}")
        return
    from .cli.app import note_excluded

    note_excluded({file: reason for file, reason in report.excluded.items() if file not in noted})
    # What the check skipped and the diff compares still, so that the note above does not mislead:
    # the frameworks compared only (excluded YAML that is no framework is not).
    compared = {os.path.normpath(side.source.path) for diff in report.diffs
                for side in (diff.old, diff.new) if side is not None}
    still = [f"{file} is excluded by the configuration now, but not by the configuration at {base[:12]}: "
             "not checked, but compared, and its changes gated"
             for file in sorted(noted - set(report.excluded)) if os.path.normpath(file) in compared]
    # Two frameworks that look unrelated: said, as `ladderlint diff` says it. Not a failure of
    # its own here: what the new one asks that the old did not is gated as added all the same.
    notices = still + report.notices + [diff.unrelated for diff in report.diffs if diff.unrelated]
    _say_notices(notices)
    outcome.notes.extend(f"**Note:** {notice}." for notice in notices)
    options = RenderOptions()
    sys.stdout.write(RENDERERS["github"](report, options))
    sys.stdout.flush()
    if not report.diffs:
        outcome.notes.append(f"No framework changed since `{base[:12]}`: no release notes.")
        return
    outcome.notes.append(f"Compared with `{base[:12]}`.")
    # Each framework's notes under this comment's own heading.
    changed = [diff for diff in report.diffs if diff.changes]
    outcome.notes.extend(release_notes(diff, depth=3).rstrip("\n") for diff in changed)
    if not changed:
        outcome.notes.append("The changed files say the same as before: no change to the frameworks.")
    blocking = [(diff, change) for diff in report.diffs for change in diff.changes if report.blocking(change)]
    if blocking:
        # Counted as the diff counts them: a level renamed in its id and its title is one change (said_together).
        fingerprints = {change.fingerprint for _diff, change in blocking}
        said = {id(part) for diff in report.diffs for named, part in diff.together().items()
                if named in fingerprints}
        by_impact = Counter(change.impact.value for _diff, change in blocking if id(change) not in said)
        outcome.worst(1, "diff: " + ", ".join(
            plural(count, f"unapproved {impact} change") for impact, count in sorted(by_impact.items())))
        outcome.notes.append(
            f"**Not approved:** {plural(sum(by_impact.values()), 'change')} of impact "
            f"{inputs.fail_on} fail this check. Once the people on those levels have been considered, "
            f"approve them with `{approve_command(request)}`, which adds their fingerprints to "
            "`.ladderlint-approvals`, or add these lines to it:"
        )
        outcome.notes.append(
            "```\n" + "\n".join(f"{change.fingerprint}  # {named_message(diff, change)}" for diff, change in blocking)
            + "\n```"
        )


# -- where things are ---------------------------------------------------------------


def _git(*args: str, check: bool = True) -> str:
    from .diff.revisions import Git

    return Git().run(*args, check=check).stdout.decode("utf-8", "replace")


def _exists(revision: str) -> bool:
    from .diff.revisions import Git

    return Git().names_commit(revision)  # by git's exit status: of a range, rev-parse prints and fails


def _input_problems(inputs: Inputs) -> list[tuple[str, str]]:
    """The inputs that cannot be used, each with why: (input, message)."""
    from .config import FAIL_ON_CHOICES
    from .diff.gate import parse_fail_on, read_approvals

    problems: list[tuple[str, str]] = []
    try:
        parse_fail_on(inputs.fail_on)
    except ValueError as error:
        problems.append(("fail-on", f"fail-on: {error}"))
    if inputs.check_fail_on is not None and inputs.check_fail_on.lower() not in FAIL_ON_CHOICES:
        problems.append(("check-fail-on", f"check-fail-on: '{inputs.check_fail_on}' is not one of "
                                          f"{', '.join(FAIL_ON_CHOICES)}"))
    if inputs.approvals is not None:
        try:
            read_approvals(inputs.approvals)
        except InputError as error:
            problems.append(("approvals", error.message))
    return problems


def _missing_paths(paths: Sequence[str], base: str | None) -> list[tuple[str, str]]:
    """The ``paths`` that are neither in the working tree nor at ``base``
    (a typo: `framework` for `frameworks`), which git would list no change
    under, each with why: (input, message)."""
    from .diff.revisions import Git

    git = Git()
    missing: list[tuple[str, str]] = []
    for path in paths:
        if os.path.lexists(path):
            continue
        if base is None:
            missing.append(("paths", f"{path}: no such file or directory"))
            continue
        try:
            at_base = git.object_type(base, git.top_relative(path, from_cwd=True)) is not None
        except InputError as error:
            missing.append(("paths", error.message))
            continue
        if not at_base:
            missing.append(("paths", f"{path}: no such file or directory, in the working tree or at {base[:12]}"))
    return missing


def _base(inputs: Inputs, env: Mapping[str, str]) -> str | None:
    """The commit the frameworks are compared with, or None (compare nothing)."""
    wanted = inputs.base
    if wanted is None and env.get("GITHUB_BASE_REF"):
        branch = env["GITHUB_BASE_REF"]
        wanted = f"origin/{branch}"
        if not _exists(wanted):
            _git("fetch", "--no-tags", "origin", f"+refs/heads/{branch}:refs/remotes/origin/{branch}", check=False)
        if not _exists(wanted) and _exists(branch):
            wanted = branch
    elif wanted is None and env.get("GITHUB_EVENT_NAME") == "push" and env.get("GITHUB_EVENT_PATH"):
        try:
            with open(env["GITHUB_EVENT_PATH"], encoding="utf-8") as handle:
                before = json.load(handle).get("before")
        except (OSError, ValueError, AttributeError):
            before = None
        if isinstance(before, str) and before and before != _NO_COMMIT:
            wanted = before
    if wanted is None:
        return None
    if inputs.base is not None:
        _named_base_exists(wanted)
    elif not _exists(wanted):
        raise InputError(
            f"revision {wanted} not found; check out the full history (actions/checkout with fetch-depth: 0)"
        )
    # Against the point where the branch left the base, so that later commits
    # on the base are not counted as this change's.
    merge_base = _git("merge-base", wanted, "HEAD", check=False).strip()
    return merge_base or _git("rev-parse", "--verify", f"{wanted}^{{commit}}").strip()


def _named_base_exists(revision: str) -> None:
    """Raise InputError, saying why, unless ``revision`` (the `base` input)
    names a commit: one the user named is most likely misspelt, where one
    the action works out (the pull request's base branch) is not fetched."""
    from .diff.revisions import Git, range_problem

    if _exists(revision):
        return  # also a revision with ".." in it that is no range: "main^{/fix..}"
    problem = range_problem(revision, option="base:")
    if problem is not None:
        raise InputError(f"base: {problem}")
    if revision == _NO_COMMIT:
        raise InputError(
            f"base: {revision} names no commit: it is GitHub's `before` of a push that created a branch; "
            "leave `base` empty, and a push is compared with the commit before it"
        )
    if Git().is_shallow():
        raise InputError(
            f"base: revision {revision} is not in this shallow clone: check the name, or check out the full "
            "history (actions/checkout with fetch-depth: 0)"
        )
    past = Git().past_first_commit(revision)
    if past is not None:
        raise InputError(f"base: {past}")
    raise InputError(f"base: revision {revision} does not exist in this repository; check the name "
                     "(a branch fetched from GitHub is origin/NAME)")


def _changed(base: str, paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """YAML files under ``paths`` that differ from ``base``: those that exist,
    and those removed (the configuration's ``exclude`` not yet applied)."""
    listing = _git("diff", "--name-only", "--no-renames", "--relative", "-z", base, "--", *paths)
    names = sorted({name for name in listing.split("\0") if is_yaml_name(name)})
    present = [name for name in names if os.path.isfile(name)]
    return present, [name for name in names if name not in present]


def _frameworks_under(paths: Sequence[str]) -> list[str]:
    from .files import discover

    candidates, _errors = discover(list(paths))
    return [candidate.path for candidate in candidates]


def _not_excluded(files: list[str]) -> list[str]:
    """``files`` but those the configuration excludes: the Action names the
    files git lists, as pre-commit names those staged, and skips what the
    hooks skip (--force-exclude), each named in a note."""
    from .cli.app import note_excluded
    from .config import CommandLine, ConfigError, Configuration
    from .files import force_excluded

    try:
        configuration = Configuration(CommandLine(force_exclude=True))
        excluded = {file: exclusion for file in files
                    if (exclusion := force_excluded(file, configuration)) is not None}
    except ConfigError:
        return files  # the check says what is wrong with the configuration
    note_excluded(excluded)
    return [file for file in files if file not in excluded]


# -- what is written ----------------------------------------------------------------


def _publish(outcome: Outcome, inputs: Inputs, env: Mapping[str, str], changed: int) -> None:
    notes = "\n\n".join(outcome.notes + _failure_note(outcome)) + "\n"
    try:
        write_atomically(inputs.notes_file, notes.encode("utf-8"))
    except OSError as error:
        _say_error(f"cannot write {inputs.notes_file}: {error.strerror or error}")
        outcome.worst(2, f"cannot write the notes file {inputs.notes_file}")
        notes = "\n\n".join(outcome.notes + _failure_note(outcome)) + "\n"
    _append(env.get("GITHUB_STEP_SUMMARY"), notes)
    _append(env.get("GITHUB_OUTPUT"), f"notes-file={inputs.notes_file}\nchanged={changed}\n")
    _say_failure(outcome)


def _failure_note(outcome: Outcome) -> list[str]:
    failure = outcome.failure
    return [f"**Failed:** {failure}."] if failure else []


def _codes(findings: Sequence["Finding"]) -> str:
    return ", ".join(sorted({finding.code for finding in findings}))


def _severities(findings: Sequence["Finding"]) -> str:
    """"1 error", "2 errors and 1 warning": the findings that fail a check."""
    counts = Counter(str(finding.severity) for finding in findings)
    parts = [plural(counts[name], name) for name in ("error", "warning", "info") if counts[name]]
    return " and ".join(parts) if len(parts) < 3 else f"{parts[0]}, {parts[1]} and {parts[2]}"


def _append(path: str | None, text: str) -> None:
    # GitHub's files for the summary and the outputs are appended to by
    # every step of the job: they are not ours to replace.
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    sys.exit(main(argv=sys.argv[1:]))
