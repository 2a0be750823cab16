"""The command line: a thin shell over the library.

Exit codes (all commands):
  0  success, nothing to report at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or input error (a file that cannot be read)
"""

from __future__ import annotations

import os
import sys
from typing import Any, Sequence

import click

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # A callback rather than click.version_option(version=...), so that the
    # version is looked up only when asked for, not on every run.
    if not value or ctx.resilient_parsing:
        return
    from . import __version__

    click.echo(f"ladderlint {__version__}")
    ctx.exit()


def _split_codes(values: Sequence[str]) -> tuple[str, ...]:
    codes: list[str] = []
    for value in values:
        codes.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(codes)


@click.group(context_settings=_CONTEXT)
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
    help="Show the version and exit.",
)
def main() -> None:
    """Lint, validate and diff engineering career frameworks kept as YAML.

    Run `ladderlint COMMAND --help` for the options of a command.
    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
    """


FORMATS = ["text", "concise", "json", "sarif", "github", "junit"]


@main.command(context_settings=_CONTEXT)
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
    from .config import CommandLine, ConfigError, resolve_settings

    if statistics and output_format not in ("text", "concise", "json"):
        raise click.BadParameter("--statistics works with the text, concise and json formats",
                                 param_hint="--statistics")
    command_line = CommandLine(
        select=_split_codes(select) or None,
        extend_select=_split_codes(extend_select),
        ignore=_split_codes(ignore),
        fail_on=fail_on,
        config=config_file,
        isolated=isolated,
        force_exclude=force_exclude,
    )
    try:
        settings = resolve_settings(command_line)
    except ConfigError as error:
        if error.option:
            raise click.BadParameter(error.message, param_hint=error.option) from None
        sys.stderr.write(f"ladderlint: error: {error}\n")
        sys.exit(EXIT_ERROR)

    targets = paths or (".",)
    if diff or fix:
        sys.exit(_fix(targets, settings, diff=diff, render=lambda result: _report(
            result, output_format, output, statistics, color)))
    from .checker import check_paths

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
    from .formatters import FORMATTERS, STATISTICS, RenderContext

    if color is None:
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    context = RenderContext(checked=len(result.checked), color=color, files=tuple(sorted(result.checked)))
    render = STATISTICS[output_format] if statistics else FORMATTERS[output_format]
    text = render(result.findings, context)
    if output is None:
        _emit(text)
        return
    from .atomic import write_atomically

    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as error:
        sys.stderr.write(f"ladderlint: error: cannot write {output}: {error.strerror or error}\n")
        sys.exit(EXIT_ERROR)


def _fix(paths: Sequence[str], settings: Any, *, diff: bool, render: Any) -> int:
    """--fix and --diff; returns the exit code."""
    from .fixer import fix_paths, unified_diff, write_fixes

    run = fix_paths(paths, settings)
    for skipped in run.skipped:
        sys.stderr.write(f"{skipped}\n")
    files = len(run.changed)
    problems = f"{run.applied} problem{'s' if run.applied != 1 else ''}"
    in_files = f"in {files} file{'s' if files != 1 else ''}"
    if diff:
        _emit("".join(unified_diff(path, before, after) for path, (before, after) in run.changed.items()))
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


@main.command(context_settings=_CONTEXT)
def schema() -> None:
    """Print the framework JSON Schema (draft 2020-12)."""
    from .schema import schema_text

    _emit(schema_text())


@main.command(context_settings=_CONTEXT)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(output_format: str) -> None:
    """List every rule: code, name, default severity and summary."""
    from .rules import ALL_RULES

    if output_format == "json":
        import json

        _emit(json.dumps([rule.metadata() for rule in ALL_RULES], indent=2, ensure_ascii=False) + "\n")
        return
    width = max(len(rule.name) for rule in ALL_RULES)
    lines = [
        f"{rule.code}  {rule.name:<{width}}  {str(rule.severity):<7}  {rule.summary()}" for rule in ALL_RULES
    ]
    _emit("\n".join(lines) + "\n")


@main.command(context_settings=_CONTEXT)
@click.argument("code")
def explain(code: str) -> None:
    """Print the documentation of one rule, by code (LL110) or name (duplicate-id)."""
    from .rules import find_rule

    rule = find_rule(code)
    if rule is None:
        raise click.BadParameter(f"no rule '{code}'; run `ladderlint rules` for the list", param_hint="CODE")
    header = f"{rule.code} {rule.name} (default severity: {rule.severity})"
    _emit(f"{header}\n{'=' * len(header)}\n\n{rule.docs()}\n")


@main.command("import", context_settings=_CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["auto", "markdown", "text", "html", "monzo", "progression", "jobframe"]),
    default="auto",
    show_default=True,
    help="Format of the documents; auto tells them apart by their content. See docs/import.md.",
)
@click.option("--org", "organisation", metavar="NAME", help="The organisation whose framework this is.")
@click.option(
    "--domain",
    "domains",
    multiple=True,
    metavar="DOMAIN",
    help="A domain the organisation owns (repeatable); links elsewhere are reported by check.",
)
@click.option("--track", metavar="NAME", help="The track (role family), when the documents do not name it.")
@click.option("--name", metavar="NAME", help="The framework's name, when the documents do not give it.")
@click.option(
    "--level",
    "levels",
    multiple=True,
    metavar="ID",
    help="Level id of a one-level document; once per FILE, in the order of the files.",
)
@click.option("--id", "framework_id", metavar="ID", help="Framework id (default: from -o's file name).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML here (default: stdout).")
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False),
    help="Write the report of text not placed here (default: stderr).",
)
@click.option(
    "--check/--no-check",
    default=True,
    show_default=True,
    help="After writing -o, check the framework and show its findings.",
)
def import_(
    files: tuple[str, ...],
    input_format: str,
    organisation: str | None,
    domains: tuple[str, ...],
    track: str | None,
    name: str | None,
    levels: tuple[str, ...],
    framework_id: str | None,
    output: str | None,
    report_file: str | None,
    check: bool,
) -> None:
    """Turn exported career-framework documents into framework YAML.

    FILES are the documents: Markdown or plain-text exports, HTML pages,
    Monzo-format files. Several files that are levels of one track merge
    into one framework. Text that could not be placed is reported with its
    line numbers. Exit code 0 when the import succeeded (whatever the
    findings), 2 when a document cannot be imported.
    """
    from .importers import ImportFailure, Options, import_files
    from .importers.report import render, summary

    _check_option_values(
        ("--id", "slug", (framework_id,) if framework_id is not None else ()),
        ("--level", "levelId", levels),
        ("--domain", "domain", domains),
        ("--org", "text", (organisation,) if organisation is not None else ()),
        ("--track", "text", (track,) if track is not None else ()),
        ("--name", "text", (name,) if name is not None else ()),
    )

    inputs = {os.path.realpath(path): path for path in files}
    for written, what in ((output, "output"), (report_file, "report")):
        if written is not None and written != "-" and os.path.realpath(written) in inputs:
            _fail(f"refusing to write the {what} over its input {inputs[os.path.realpath(written)]}")
    if output is not None and report_file is not None and os.path.realpath(output) == os.path.realpath(report_file):
        _fail("-o and --report name the same file")
    options = Options(
        organisation=organisation, domains=domains, track=track, name=name, id=framework_id, output=output
    )
    try:
        result = import_files(files, options, input_format, levels)
    except ImportFailure as failure:
        _fail(str(failure))
    from .atomic import write_atomically

    report = render(result.report)
    try:
        if report_file is not None:
            write_atomically(report_file, report.encode("utf-8"))
        if output is None or output == "-":
            _emit(result.yaml)
        else:
            write_atomically(output, result.yaml.encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {error.filename}: {error.strerror}")
    if report_file is None:
        sys.stderr.write(report)
    destination = "stdout" if output is None or output == "-" else output
    sys.stderr.write(summary(result, destination))
    if check and output is not None and output != "-":
        from .checker import check_paths
        from .config import Settings
        from .formatters import FORMATTERS, RenderContext

        checked = check_paths([output], Settings())
        sys.stderr.write(FORMATTERS["text"](checked.findings, RenderContext(checked=1, color=False)))
    sys.exit(EXIT_OK)


def _check_option_values(*checks: tuple[str, str, Sequence[str]]) -> None:
    """Option values must be what the schema allows where they end up."""
    import re

    from .schema import schema

    definitions = schema()["$defs"]
    patterns = {
        "slug": definitions["slug"]["pattern"],
        "levelId": definitions["levelId"]["pattern"],
        "domain": definitions["organisation"]["properties"]["domains"]["items"]["pattern"],
        "text": r"\S",
    }
    for option, kind, values in checks:
        for value in values:
            if not re.search(patterns[kind], value.lower() if kind == "domain" else value):
                example = {"slug": "acme-backend", "levelId": "IC3", "domain": "acme.com"}.get(kind)
                hint = f" (for example '{example}')" if example else ""
                raise click.BadParameter(f"'{value}' is not a valid value{hint}", param_hint=option)


def _fail(message: str) -> None:
    sys.stderr.write(f"ladderlint import: {message}\n")
    sys.exit(EXIT_ERROR)


def _emit(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `ladderlint ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)


def run(argv: Sequence[str] | None = None) -> Any:
    """Entry point that turns any unexpected failure into exit code 2."""
    try:
        return main.main(args=list(argv) if argv is not None else None, prog_name="ladderlint")
    except KeyboardInterrupt:
        sys.stderr.write("ladderlint: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as error:  # pragma: no cover - a bug; never show a traceback to users
        if os.environ.get("LADDERLINT_DEBUG"):
            raise
        sys.stderr.write(
            f"ladderlint: internal error: {type(error).__name__}: {error}\n"
            "Set LADDERLINT_DEBUG=1 to see the traceback, and please report it.\n"
        )
        sys.exit(EXIT_ERROR)


# --- ladderlint diff -----------------------------------------------------------


@main.command(context_settings=_CONTEXT)
@click.argument("operands", nargs=-1, metavar="[OLD NEW | PATHS... | FILE]")
@click.option("--base", metavar="REV", help="Compare PATHS in the working tree (default: .) with the same paths at git revision REV.")
@click.option("--levels", nargs=2, metavar="LOWER HIGHER", help="Compare two levels of one framework FILE: what is new at HIGHER.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown", "github"]),
    default="text",
    show_default=True,
    help="text, json (docs/diff.md), markdown release notes, or github annotations.",
)
@click.option(
    "--fail-on",
    default="never",
    show_default=True,
    metavar="IMPACTS",
    help="Exit 1 when a change of one of these impacts is not approved: raises-bar, lowers-bar, "
    "structural, editorial, any or never (comma-separated).",
)
@click.option(
    "--approvals",
    type=click.Path(dir_okay=False),
    help="File of approved change fingerprints, one per line (default: .ladderlint-approvals if it exists).",
)
@click.option("--color/--no-color", default=None, help="Colour the text output. Default: only on a terminal, and never when NO_COLOR is set.")
def diff(
    operands: tuple[str, ...],
    base: str | None,
    levels: tuple[str, str] | None,
    output_format: str,
    fail_on: str,
    approvals: str | None,
    color: bool | None,
) -> None:
    """Compare two revisions of a framework, in the ladder's own terms.

    \b
      ladderlint diff OLD NEW                 two files, or two directories (paired by framework id)
      ladderlint diff main:f.yaml f.yaml      REV:path is a file at a git revision
      ladderlint diff --base REV [PATHS...]   the working tree against REV (for hooks and CI)
      ladderlint diff --levels IC1 IC3 FILE   what is new at IC3 compared with IC1

    Every change has a kind, an impact (raises-bar, lowers-bar, structural,
    editorial) and a fingerprint; docs/diff.md describes them. Exit codes:
    0 no failing change, 1 a change with an impact in --fail-on that is not
    approved, 2 usage or input error (a revision that does not exist, a file
    that is not a valid framework).
    """
    from .diff.formatters import RENDERERS, RenderOptions
    from .diff.gate import parse_fail_on
    from .diff.session import DiffError, InputError, Request, run, usage_problem

    try:
        impacts = parse_fail_on(fail_on)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--fail-on") from None
    request = Request(tuple(operands), base, tuple(levels) if levels else None, impacts, approvals)
    problem = usage_problem(request)
    if problem:
        raise click.UsageError(problem)
    try:
        report = run(request)
    except InputError as error:
        _diff_input_error(error)
    except DiffError as error:
        sys.stderr.write(f"ladderlint: {error}\n")
        sys.exit(EXIT_ERROR)
    if color is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _emit(RENDERERS[output_format](report, RenderOptions(color=color)))
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_OK)


def _diff_input_error(error: Any) -> None:
    from .formatters import RenderContext
    from .formatters.text import render

    sys.stderr.write(f"ladderlint: {error.message}\n")
    if error.findings:
        sys.stderr.write(render(error.findings, RenderContext(checked=1)))
    sys.exit(EXIT_ERROR)
