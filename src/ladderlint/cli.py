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


def _version() -> str:
    from . import __version__

    return __version__


def _split_codes(values: Sequence[str]) -> tuple[str, ...]:
    codes: list[str] = []
    for value in values:
        codes.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return tuple(codes)


def _check_codes(codes: Sequence[str], option: str) -> None:
    from .rules import ALL_RULES

    for code in codes:
        if not any(rule.code.startswith(code) for rule in ALL_RULES):
            raise click.BadParameter(f"no rule code starts with '{code}'", param_hint=option)


@click.group(context_settings=_CONTEXT)
@click.version_option(version=_version(), prog_name="ladderlint", message="%(prog)s %(version)s")
def main() -> None:
    """Lint, validate and diff engineering career frameworks kept as YAML.

    Run `ladderlint COMMAND --help` for the options of a command.
    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
    """


@main.command(context_settings=_CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format. json is documented in docs/output.md.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit with code 1 when a finding is at or above this severity.",
)
@click.option("--select", multiple=True, metavar="CODES", help="Run only these rule codes or prefixes (comma-separated).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rule codes or prefixes (comma-separated).")
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the text output. Default: only on a terminal, and never when NO_COLOR is set.",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    fail_on: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    color: bool | None,
) -> None:
    """Check frameworks against the schema and the consistency rules.

    PATHS are files or directories (default: the current directory).
    Directories are searched for *.yaml and *.yml files that declare
    `ladderlint: 1`; other YAML files are skipped.
    """
    from .checker import check_paths
    from .config import Settings
    from .formatters import FORMATTERS, RenderContext
    from .rules.base import Severity

    selected, ignored = _split_codes(select), _split_codes(ignore)
    _check_codes(selected, "--select")
    _check_codes(ignored, "--ignore")
    settings = Settings(select=selected or ("LL",), ignore=ignored)
    result = check_paths(paths or (".",), settings)

    if color is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    context = RenderContext(checked=len(result.checked), color=color)
    _emit(FORMATTERS[output_format](result.findings, context))

    if result.has_input_errors:
        sys.exit(EXIT_ERROR)
    if fail_on != "never" and result.failed(Severity.parse(fail_on)):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


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
