"""`ladderlint check`: paths in, findings out (and `--fix`, `--diff`)."""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from typing import Any, Sequence

import click

from ..text import and_list, plural
from .app import (
    CONTEXT, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, error_text, exit_on_config_error, fail, main, note_excluded,
    named_path, split_codes,
)

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
    "(SARIF 2.1.0), github (workflow commands) or junit (JUnit XML).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), callback=named_path,
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
@click.option("--stdin-filename", metavar="PATH",
              help="With PATHS `-` (a framework read from standard input): the file it stands for, whose "
              "configuration applies and whose name findings show.")
@click.option("--require-frameworks", is_flag=True,
              help="Exit with code 2 when no file checked is a framework (a CI job pointed at the wrong "
              "path). Without it, such a run says so on standard error and exits 0.")
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
    stdin_filename: str | None,
    require_frameworks: bool,
    jobs: int | None,
) -> None:
    """Check frameworks against the schema and the consistency rules.

    PATHS are files or directories (default: the current directory).
    Directories are searched for *.yaml and *.yml files that declare
    `ladderlint: 1`; other YAML files are skipped. Each file is checked with
    the configuration nearest to it (.ladderlint.yaml, or [tool.ladderlint]
    in pyproject.toml); options given here win. `-` reads one framework
    from standard input (as editors send an unsaved buffer); with --fix, the
    fixed framework is written to standard output and the report to
    standard error.

    Rules: `ladderlint rules`, `ladderlint explain CODE`. Output formats and
    configuration: https://github.com/ladderlint/ladderlint/tree/main/docs
    """
    from ..config import CommandLine, ConfigError, Configuration

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
    targets = paths or (".",)
    given: dict[str, bytes] = {}
    if "-" in targets:
        if len(targets) > 1:
            raise click.BadParameter("`-` reads one framework from standard input; name no other path with it",
                                     param_hint="PATHS")
        name = os.path.normpath(stdin_filename) if stdin_filename else "-"
        given[name] = sys.stdin.buffer.read()
        targets = (name,)
    elif stdin_filename is not None:
        raise click.BadParameter("applies to a framework read from standard input (PATHS `-`)",
                                 param_hint="--stdin-filename")
    from .. import formatters  # noqa: F401  (loaded before the check, so that it is left out of collections)
    from ..checker import collect_garbage_seldom

    collect_garbage_seldom()
    try:
        configuration = Configuration(command_line)
        if diff or fix:
            code, result = _fix(targets, configuration, diff=diff, given=given, render=lambda result: _report(
                result, output_format, output, statistics, color,
                to_stderr=bool(given) and not diff))
        else:
            from ..checker import check_paths

            result = check_paths(targets, configuration, sources=given, jobs=jobs)
            _report(result, output_format, output, statistics, color)
            code = _exit_code(result, configuration)
        note_excluded(result.excluded)
        if not result.checked and not result.has_input_errors:
            code = _no_framework(targets, result, require_frameworks) or code
    except ConfigError as error:
        _report_configuration_errors(error, output_format, output, statistics)
        exit_on_config_error(error)
    _notices(configuration)
    sys.exit(code)


def _no_framework(targets: Sequence[str], result: Any, required: bool) -> int | None:
    """Say that no framework was found (a hook on a commit without one is
    fine; a CI job pointed at the wrong path is not): the exit code with
    --require-frameworks, else None."""
    # The configuration named with the frameworks (as pre-commit names every
    # staged YAML file) is no framework that was looked for.
    targets = [t for t in targets if os.path.normpath(t) not in result.configurations]
    if not targets:
        if not required:
            return None
        sys.stderr.write("ladderlint: error: no framework checked: only ladderlint's configuration was named\n")
        return EXIT_ERROR
    if all(os.path.normpath(target) in result.excluded for target in targets):
        # Each path named is excluded, and a note above says by what: no framework was looked for.
        if not required:
            return None
        sys.stderr.write("ladderlint: error: no framework checked: the configuration excludes every path named\n")
        return EXIT_ERROR
    from ..checker import EXCLUDED

    where = ", ".join(targets)
    named = result.skipped_named()
    found = len(result.skipped) - sum(len(paths) for why, paths in named if why != EXCLUDED)  # in directories walked
    # The paths named are said just before: counted here, not named again.
    reasons = [f"{plural(len(paths), 'file')} skipped: {why}" for why, paths in named]
    if found:
        reasons.append(f"{plural(found, 'other YAML file')} skipped")
    if result.links_not_followed:
        # A frameworks folder that is a link would otherwise pass for an empty one.
        reasons.append(f"{plural(len(result.links_not_followed), 'symbolic link')} to a directory not followed: "
                       f"{and_list(result.links_not_followed)}; name it to check what it holds")
    said = f" ({'; '.join(reasons)})" if reasons else ""
    level = "error" if required else "warning"
    sys.stderr.write(
        f"ladderlint: {level}: no framework found in {where}{said}; "
        "frameworks are YAML files that declare `ladderlint: 1`\n"
    )
    return EXIT_ERROR if required else None


def _in_file_order(notice: str) -> tuple[str, int, int, str]:
    """A notice's place: its file, then line and column as numbers (line 10 after line 2)."""
    where = re.match(r"(.*?):(\d+):(\d+): ", notice)
    if where is None:
        return (notice, 0, 0, notice)
    return (where.group(1), int(where.group(2)), int(where.group(3)), notice)


def _notices(configuration: Any) -> None:
    """What the configuration files used should change, once each."""
    notices = {n for settings in configuration.every_settings() for n in settings.notices}
    for notice in sorted(notices, key=_in_file_order):
        sys.stderr.write(f"ladderlint: warning: {notice}\n")
    for path in sorted(configuration.misnamed):
        sys.stderr.write(
            f"ladderlint: warning: {path} is not read: ladderlint reads its configuration from .ladderlint.yaml "
            "(with the dot; YAML), or from [tool.ladderlint] in pyproject.toml\n")


def _exit_code(result: Any, configuration: Any) -> int:
    """2 for a file that cannot be read; 1 for a finding at or above the
    --fail-on of its file's configuration; else 0."""
    if result.has_input_errors:
        return EXIT_ERROR
    failing = [f for f in result.findings if _fails(f, configuration)]
    if not failing:
        return EXIT_OK
    from ..rules.base import Severity

    if all(f.severity < Severity.ERROR for f in failing):
        # Warnings fail a check only where someone asked: say who, as a
        # reader expects them not to (the hook's output says "Passed" otherwise).
        _say_what_fails(failing, configuration)
    return EXIT_FINDINGS


def _fails(finding: Any, configuration: Any) -> bool:
    threshold = configuration.for_path(finding.file).fail_on
    return threshold is not None and finding.severity >= threshold


def _say_what_fails(failing: Sequence[Any], configuration: Any) -> None:
    """A note on standard error: the check fails on findings below error,
    because of `fail-on` in which configuration file, or --fail-on."""
    settings = configuration.for_path(failing[0].file)
    counts = Counter(str(f.severity) for f in failing)
    threshold = str(settings.fail_on)
    if configuration.command_line.fail_on is not None:
        where = f"--fail-on {threshold}"
    else:
        where = f"`fail-on: {threshold}` in {settings.config_file}"
    found = and_list([plural(counts[kind], kind) for kind in ("warning", "info") if counts[kind]])
    sys.stderr.write(f"ladderlint: note: the check fails on {found} and no error, as "
                     f"{where} asks; with `fail-on: error`, the default, only errors fail it\n")


def _report(
    result: Any,
    output_format: str,
    output: str | None,
    statistics: bool,
    color: bool | None,
    to_stderr: bool = False,
) -> None:
    from ..formatters import FORMATTERS, STATISTICS, RenderContext

    if color is None:
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    context = RenderContext.of_check(result, color=color)
    render = STATISTICS[output_format] if statistics else FORMATTERS[output_format]
    text = render(result.findings, context)
    if output is None:
        if to_stderr:  # standard output carries the fixed framework
            sys.stderr.write(text)
        else:
            emit(text)
        return
    from ..atomic import write_atomically

    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")


def _report_configuration_errors(error: Any, output_format: str, output: str | None, statistics: bool) -> None:
    """A report for a run its configuration stopped, in the formats a CI
    step reads from a file (json, sarif): a valid document that says why
    nothing was checked, rather than none."""
    if statistics or output_format not in ("json", "sarif"):
        return
    from ..formatters import json_format, sarif

    render = json_format.render_configuration_errors if output_format == "json" else sarif.render_configuration_errors
    text = render(error.every())
    if output is None:
        emit(text)
        return
    from ..atomic import write_atomically

    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError:
        pass  # the configuration error is the one to say


def _fix(
    paths: Sequence[str], settings: Any, *, diff: bool, render: Any, given: dict[str, bytes]
) -> tuple[int, Any]:
    """--fix and --diff; returns the exit code and what the last check found.
    A framework read from standard input is written back to standard output,
    fixed."""
    from ..fixer import fix_paths, unified_diff, write_fixes

    run = fix_paths(paths, settings, given)
    for skipped in run.skipped:
        sys.stderr.write(f"{skipped}\n")
    files = len(run.changed)
    problems = plural(run.applied, "problem")
    in_files = f"in {plural(files, 'file')}"
    if diff:
        emit("".join(unified_diff(path, before, after) for path, (before, after) in run.changed.items()))
        sys.stderr.write(f"ladderlint: would fix {problems} {in_files}\n")
        if run.result.has_input_errors:
            return EXIT_ERROR, run.result
        return (EXIT_FINDINGS if run.changed else EXIT_OK), run.result
    if given:
        (name, data), = given.items()
        sys.stdout.buffer.write(run.changed[name][1] if name in run.changed else data)
        sys.stdout.flush()
        render(run.result)
        return _exit_code(run.result, settings), run.result
    not_written: list[str] = []
    written, notes = write_fixes(run.changed, not_written)
    for note in notes:
        sys.stderr.write(f"{note}\n")
    if not_written:
        # The report says what the files hold: one left unwritten keeps its findings.
        from ..checker import check_paths

        run.result = check_paths(paths, settings)
    render(run.result)
    if written:
        fixed = sum(count for path, count in run.applied_in.items() if path not in not_written)
        sys.stderr.write(f"ladderlint: fixed {plural(fixed, 'problem')} in {plural(written, 'file')}\n")
    if not_written:
        sys.stderr.write(error_text(f"{plural(len(not_written), 'file')} not fixed: {and_list(not_written)}"))
        return EXIT_ERROR, run.result
    return _exit_code(run.result, settings), run.result


