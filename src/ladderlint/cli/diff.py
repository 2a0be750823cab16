"""`ladderlint diff`: two revisions (or two levels) compared in the ladder's terms."""

from __future__ import annotations

import os
import sys

import click

from .app import CONTEXT, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, exit_on_input_error, main


@main.command(context_settings=CONTEXT)
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
    from ..diff.formatters import RENDERERS, RenderOptions
    from ..diff.gate import parse_fail_on
    from ..diff.session import DiffError, InputError, Request, run, usage_problem

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
        exit_on_input_error(error)
    except DiffError as error:
        sys.stderr.write(f"ladderlint: {error}\n")
        sys.exit(EXIT_ERROR)
    if color is None:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    emit(RENDERERS[output_format](report, RenderOptions(color=color)))
    sys.exit(EXIT_FINDINGS if report.failed else EXIT_OK)
