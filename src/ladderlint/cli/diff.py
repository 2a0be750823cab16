"""`ladderlint diff`: two revisions (or two levels) compared in the ladder's terms."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import click

from .app import (
    CONTEXT, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, error_text, exit_on_config_error, exit_on_input_error, fail, main,
    note_excluded,
)

if TYPE_CHECKING:
    from ..diff.session import Request


def comparison_options(command: Any, *, levels: bool = True) -> Any:
    """The operands and options that say what to compare (diff, approve);
    ``levels``: whether --levels is one (two levels of one revision are not
    a change anyone approves: approve does without it)."""
    command = click.option(
        "--approvals", type=click.Path(dir_okay=False),
        help="File of approved change fingerprints, one per line (default: the .ladderlint-approvals nearest "
        "to each framework, in its repository, which approves the frameworks of its directory and below; with "
        "--base, one git tracks).",
    )(command)
    if levels:
        command = click.option("--levels", nargs=2, metavar="LOWER HIGHER",
                               help="Compare two levels of one framework FILE: what is new at HIGHER "
                               "(release notes; no gate).")(command)
    command = click.option(
        "--allow-unrelated", is_flag=True,
        help="Compare two frameworks that look unrelated (other ids, other organisations, few statements in "
        "common): one became the other. Without it, they are compared, with a warning, and the exit code is 2.",
    )(command)
    command = click.option(
        "--force-exclude/--no-force-exclude", default=None,
        help="With --base: skip the files named (and deleted, with --deleted) that the configuration's `exclude` "
        "matches, as `check --force-exclude` does (the pre-commit hook does).",
    )(command)
    command = click.option(
        "--deleted", is_flag=True,
        help="With --base: also compare the framework files deleted since REV, which a pre-commit hook is never "
        "given (with no PATHS, only those).",
    )(command)
    command = click.option(
        "--base", metavar="REV",
        help="Compare PATHS in the working tree (default: .) with the same paths at git revision REV.",
    )(command)
    metavar = "[OLD NEW | PATHS... | FILE]" if levels else "[OLD NEW | PATHS...]"
    return click.argument("operands", nargs=-1, metavar=metavar)(command)


def compare_as_asked(operands: tuple[str, ...], base: str | None, levels: tuple[str, str] | None, fail_on: str,
                     approvals: str | None, deleted: bool = False, allow_unrelated: bool = False,
                     force_exclude: bool | None = None, *, levels_offered: bool = True,
                     report_shows_warnings: bool = False) -> tuple[Any, str | None]:
    """The report of the comparison the command line asks for, and the base
    it compared with (a hook's range of commits has its own, see
    ``hook_base``); exits 2 on a usage or input error. Two frameworks that
    look unrelated are warned about on stderr, unless ``allow_unrelated``:
    see ``Report.refused``. ``levels_offered``: whether the command takes
    --levels (for the usage message); ``report_shows_warnings``: whether
    the report printed next (text) shows each framework's warnings, which
    stderr then does not repeat."""
    from ..config import CommandLine, ConfigError, Configuration
    from ..diff.gate import parse_fail_on
    from ..diff.revisions import hook_base
    from ..diff.formatters.text import warnings_shown
    from ..diff.session import DiffError, InputError, Request, run, usage_problem

    try:
        impacts = parse_fail_on(fail_on)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--fail-on") from None
    request = Request(tuple(operands), base, (levels[0], levels[1]) if levels else None, impacts, approvals,
                      deleted=deleted, allow_unrelated=allow_unrelated, force_exclude=force_exclude)
    problem = usage_problem(request, levels_offered=levels_offered)
    if problem:
        raise click.UsageError(problem)
    try:
        if base is not None:
            # A hook run over a range of commits compares the range, not HEAD with itself.
            request = replace(request, base=hook_base(base, os.environ))
        report = run(request, settings=Configuration(CommandLine(force_exclude=force_exclude)))
        note_excluded(report.excluded)
        # A warning the text report shows under its framework is not said twice.
        shown = warnings_shown(report) if report_shows_warnings else set()
        for notice in report.notices:
            if notice not in shown:
                sys.stderr.write(f"ladderlint: warning: {notice}\n")
        if not allow_unrelated:
            for diff in report.diffs:
                if diff.unrelated:
                    # Exit code 2 follows, once the output is written.
                    sys.stderr.write(error_text(diff.unrelated, "If one became the other (its id changed), "
                                                "pass --allow-unrelated."))
        return report, request.base
    except ConfigError as error:
        exit_on_config_error(error)
    except InputError as error:
        exit_on_input_error(error)
    except DiffError as error:
        fail(str(error))


@main.command(context_settings=CONTEXT)
@comparison_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown", "github"]),
    default="text",
    show_default=True,
    help="text, json, markdown release notes, or github annotations.",
)
@click.option(
    "--fail-on",
    default=["never"],
    multiple=True,
    show_default=True,
    metavar="IMPACTS",
    help="Exit 1 when a change of one of these impacts is not approved: raises-bar, lowers-bar, "
    "structural, editorial, any or never (comma-separated; given again, the impacts add up).",
)
@click.option("--color/--no-color", default=None,
              help="Colour the text output. Default: only on a terminal, and never when NO_COLOR is set.")
def diff(
    operands: tuple[str, ...],
    base: str | None,
    levels: tuple[str, str] | None,
    output_format: str,
    fail_on: tuple[str, ...],
    approvals: str | None,
    color: bool | None,
    deleted: bool,
    allow_unrelated: bool,
    force_exclude: bool | None,
) -> None:
    """Compare two revisions of a framework, in the ladder's own terms.

    \b
      diff OLD NEW               two files, or two directories (paired by id)
      diff main:f.yaml f.yaml    REV:path is a file at a git revision
      diff --base REV [PATHS]    the working tree against REV (hooks and CI)
      diff --levels IC1 IC3 F    what is new at IC3 compared with IC1

    Every change has a kind, an impact (raises-bar, lowers-bar, structural,
    editorial) and a fingerprint. Exit codes: 0 no failing change, 1 a
    change with an impact in --fail-on that is not approved, 2 usage or
    input error (a revision that does not exist, a file that is not a valid
    framework).

    How changes are graded, and the JSON output:
    https://github.com/ladderlint/ladderlint/tree/main/docs/diff.md
    """
    from ..diff.formatters import RENDERERS, RenderOptions
    from ..diff.formatters.common import how_to_approve, retitled_levels, words_replaced
    from ..diff.session import approve_command

    # Given twice (a hook's entry, then its args), the impacts add up: the
    # second never quietly drops the first.
    report, base = compare_as_asked(operands, base, levels, ",".join(fail_on), approvals, deleted, allow_unrelated,
                                    force_exclude, report_shows_warnings=output_format == "text")
    if color is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    request = _approve_request(operands, base, levels, report, approvals, deleted, allow_unrelated, force_exclude)
    options = RenderOptions(color=color, approve_command=approve_command(request),
                            branch_approve_command=_branch_approve_command(request),
                            branch_base=base if base not in (None, "HEAD") else None,
                            in_hook=os.environ.get("PRE_COMMIT") == "1")
    emit(RENDERERS[output_format](report, options))
    failure = report.gate_failure()
    if failure and output_format in ("markdown", "json"):
        # The notes and the JSON are for readers and programs; whoever ran
        # the gate still learns why it failed, and what to do.
        advice = how_to_approve(options, report.approvals.path or ".ladderlint-approvals", report.counts()["blocking"],
                                words_replaced(report), retitled_levels(report) if options.branch_base else ())
        sys.stderr.write(f"ladderlint diff: {failure}. {advice}\n")
    if report.refused:
        sys.exit(EXIT_ERROR)  # whatever the gate says: these are not two revisions of one framework
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_OK)


def _approve_request(operands: tuple[str, ...], base: str | None, levels: tuple[str, str] | None, report: Any,
                     approvals: str | None, deleted: bool, allow_unrelated: bool, force_exclude: bool | None) -> Request:
    """The request `ladderlint approve` is given to accept what this run's gate fails on."""
    from ..diff.session import Request

    pair = (levels[0], levels[1]) if levels else None
    return Request(tuple(operands), base, pair, report.fail_on, approvals, deleted=deleted,
                   allow_unrelated=allow_unrelated, force_exclude=force_exclude)


def _branch_approve_command(request: Request) -> str | None:
    """At a commit (``--base HEAD``, the hook), the command that approves
    what the whole branch changes, as a pull request's gate compares it:
    the repository against the branch it goes into."""
    from ..diff.session import approve_command

    if request.base != "HEAD":
        return None
    return approve_command(replace(request, base="origin/main", operands=(), deleted=False, force_exclude=None))
