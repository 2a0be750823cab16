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
        codes.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return tuple(codes)


def _check_codes(codes: Sequence[str], option: str) -> None:
    from .rules import ALL_RULES

    for code in codes:
        if not any(rule.code.startswith(code) for rule in ALL_RULES):
            raise click.BadParameter(f"no rule code starts with '{code}'", param_hint=option)


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
