"""`ladderlint import`: documents in, framework YAML out."""

from __future__ import annotations

import os
import sys
from typing import Sequence

import click

from .app import CONTEXT, EXIT_ERROR, EXIT_OK, emit, main


@main.command("import", context_settings=CONTEXT)
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
    from ..importers import ImportFailure, Options, import_files
    from ..importers.report import render, summary

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
    from ..atomic import write_atomically

    report = render(result.report)
    try:
        if report_file is not None:
            write_atomically(report_file, report.encode("utf-8"))
        if output is None or output == "-":
            emit(result.yaml)
        else:
            write_atomically(output, result.yaml.encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {error.filename}: {error.strerror}")
    if report_file is None:
        sys.stderr.write(report)
    destination = "stdout" if output is None or output == "-" else output
    sys.stderr.write(summary(result, destination))
    if check and output is not None and output != "-":
        from ..checker import check_paths
        from ..config import Configuration
        from ..formatters import FORMATTERS, RenderContext

        checked = check_paths([output], Configuration())
        sys.stderr.write(FORMATTERS["text"](checked.findings, RenderContext(checked=1, color=False)))
    sys.exit(EXIT_OK)


def _check_option_values(*checks: tuple[str, str, Sequence[str]]) -> None:
    """Option values must be what the schema allows where they end up."""
    import re

    from ..schema import schema

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


