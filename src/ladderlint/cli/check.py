"""`ladderlint check`: paths in, findings out (and `--fix`, `--diff`)."""

from __future__ import annotations

import os
import sys
from typing import Any, Sequence

import click

from .app import CONTEXT, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, main, settings_or_exit, split_codes


FORMATS = ["text", "concise", "json", "sarif", "github", "junit"]


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format: text (grouped by file), concise (one line per finding), json, sarif "
    "(SARIF 2.1.0), github (workflow commands) or junit (JUnit XML). See docs/output.md.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--statistics", is_flag=True,
              help="Print how many findings each rule produced instead of the findings.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Exit with code 1 when a finding is at or above this severity. [default: error]",
)
@click.option("--select", multiple=True, metavar="CODES",
              help="Run only these rules: codes, prefixes or names (comma-separated).")
@click.option("--extend-select", multiple=True, metavar="CODES",
              help="Run these rules as well as those selected by the configuration.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (comma-separated).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files, keeping comments and layout.")
@click.option("--diff", is_flag=True,
              help="Print a diff of what --fix would change and write nothing; exit 1 if there is any.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Read configuration from FILE (.ladderlint.yaml or pyproject.toml) "
              "instead of searching for one.")
@click.option("--isolated", "--no-config", "isolated", is_flag=True,
              help="Ignore all configuration files.")
@click.option("--force-exclude/--no-force-exclude", default=None,
              help="Apply the configuration's `exclude` to files named on the command line too "
              "(the pre-commit hook does).")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the text output. Default: only on a terminal, and never when NO_COLOR is set.",
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Read files in at most N processes. Default: one per CPU (up to 8) when the files "
              "hold over 1 MB of YAML, else 1. The findings are the same whatever N.")
def check(
    paths: tuple[str, ...],
    output_format: str,
    output: str | None,
    statistics: bool,
    fail_on: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fix: bool,
    diff: bool,
    config_file: str | None,
    isolated: bool,
    force_exclude: bool | None,
    color: bool | None,
    jobs: int | None,
) -> None:
    """Check frameworks against the schema and the consistency rules.

    PATHS are files or directories (default: the current directory).
    Directories are searched for *.yaml and *.yml files that declare
    `ladderlint: 1`; other YAML files are skipped. Settings come from
    .ladderlint.yaml or [tool.ladderlint] in pyproject.toml (see
    docs/configuration.md); options given here win.
    """
    from ..config import CommandLine

    if statistics and output_format not in ("text", "concise", "json"):
        raise click.BadParameter("--statistics works with the text, concise and json formats",
                                 param_hint="--statistics")
    command_line = CommandLine(
        select=split_codes(select) or None,
        extend_select=split_codes(extend_select),
        ignore=split_codes(ignore),
        fail_on=fail_on,
        config=config_file,
        isolated=isolated,
        force_exclude=force_exclude,
    )
    settings = settings_or_exit(command_line)

    targets = paths or (".",)
    if diff or fix:
        sys.exit(_fix(targets, settings, diff=diff, render=lambda result: _report(
            result, output_format, output, statistics, color)))
    from ..checker import check_paths

    result = check_paths(targets, settings, jobs=jobs)
    _report(result, output_format, output, statistics, color)
    sys.exit(_exit_code(result, settings))


def _exit_code(result: Any, settings: Any) -> int:
    if result.has_input_errors:
        return EXIT_ERROR
    if settings.fail_on is not None and result.failed(settings.fail_on):
        return EXIT_FINDINGS
    return EXIT_OK


def _report(result: Any, output_format: str, output: str | None, statistics: bool, color: bool | None) -> None:
    from ..formatters import FORMATTERS, STATISTICS, RenderContext

    if color is None:
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    context = RenderContext(checked=len(result.checked), color=color, files=tuple(sorted(result.checked)))
    render = STATISTICS[output_format] if statistics else FORMATTERS[output_format]
    text = render(result.findings, context)
    if output is None:
        emit(text)
        return
    from ..atomic import write_atomically

    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as error:
        sys.stderr.write(f"ladderlint: error: cannot write {output}: {error.strerror or error}\n")
        sys.exit(EXIT_ERROR)


def _fix(paths: Sequence[str], settings: Any, *, diff: bool, render: Any) -> int:
    """--fix and --diff; returns the exit code."""
    from ..fixer import fix_paths, unified_diff, write_fixes

    run = fix_paths(paths, settings)
    for skipped in run.skipped:
        sys.stderr.write(f"{skipped}\n")
    files = len(run.changed)
    problems = f"{run.applied} problem{'s' if run.applied != 1 else ''}"
    in_files = f"in {files} file{'s' if files != 1 else ''}"
    if diff:
        emit("".join(unified_diff(path, before, after) for path, (before, after) in run.changed.items()))
        sys.stderr.write(f"ladderlint: would fix {problems} {in_files}\n")
        if run.result.has_input_errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if run.changed else EXIT_OK
    written, notes = write_fixes(run.changed)
    for note in notes:
        sys.stderr.write(f"{note}\n")
    render(run.result)
    if written:
        sys.stderr.write(f"ladderlint: fixed {problems} {in_files}\n")
    return _exit_code(run.result, settings)


