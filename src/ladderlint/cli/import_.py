"""`ladderlint import`: documents in, framework YAML out."""

from __future__ import annotations

import sys

import click

from .app import CONTEXT, EXIT_OK, emit, fail, main

# The choices are the library's (ladderlint.importers); written out here so
# that `ladderlint --help` does not load the importer.
FORMAT_CHOICES = ["auto", "markdown", "text", "html", "monzo", "progression", "jobframe", "csv", "xlsx", "docx",
                  "mediawiki"]
LAYOUT_CHOICES = ["level-per-page", "level-per-section", "levels-as-columns", "levels-as-rows", "proficiency-matrix",
                  "competency-per-section"]
HEADING_CHOICES = ["h1", "h2", "h3", "h4", "h5", "h6", "bold"]


@main.command("import", context_settings=CONTEXT, short_help="Turn documents into framework YAML.")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "input_format",
    type=click.Choice(FORMAT_CHOICES),
    metavar="FORMAT",
    default="auto",
    show_default=True,
    help="Format of the documents: " + ", ".join(FORMAT_CHOICES[1:]) + "; auto tells them apart by their content "
         "and file name.",
)
@click.option("--org", "organisation", metavar="NAME", help="The organisation whose framework this is.")
@click.option(
    "--domain",
    "domains",
    multiple=True,
    metavar="DOMAIN",
    help="A domain the organisation owns (repeatable); links elsewhere are reported by check.",
)
@click.option("--track", metavar="NAME",
              help="The track (role family), when the documents do not name it; the track to import when they "
              "hold several.")
@click.option("--name", metavar="NAME", help="The framework's name, when the documents do not give it.")
@click.option(
    "--level",
    "levels",
    multiple=True,
    metavar="ID",
    help="Level id of a one-level document; once per FILE, in the order of the files.",
)
@click.option("--id", "framework_id", metavar="ID",
              help="Framework id (default: the id of the framework -o names, if it exists; else from -o's file "
                   "name).")
@click.option("--version", "framework_version", metavar="VERSION",
              help="The framework's version to write, as MAJOR.MINOR.PATCH (default: the version of the framework "
                   "-o names, if it exists; else 1.0.0).")
@click.option("--fresh-ids", is_flag=True,
              help="Make every level, dimension and competency id from the headings (default: keep the ids of the "
                   "framework -o names where `diff` pairs the headings with its own, renamed).")
@click.option("--cumulative/--no-cumulative", default=None,
              help="Whether each level includes the levels below it (default: the documents' reading; over a "
                   "framework -o names, its own).")
@click.option("--layout", type=click.Choice(LAYOUT_CHOICES), metavar="LAYOUT",
              help="How the ladder is laid out, when the evidence is weak: " + ", ".join(LAYOUT_CHOICES) + ".")
@click.option("--level-heading", type=click.Choice(HEADING_CHOICES), help="The headings that name the levels.")
@click.option("--dimension-heading", type=click.Choice(HEADING_CHOICES),
              help="The headings that name the dimensions.")
@click.option("--competency-heading", type=click.Choice(HEADING_CHOICES),
              help="The headings that name the competencies.")
@click.option("--split-tracks", is_flag=True,
              help="Write one framework per track the documents hold, as DIR/<id>.yaml (needs -o DIR).")
@click.option("-o", "--output", type=click.Path(),
              help="Write the YAML here (default: stdout); a directory with --split-tracks.")
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False),
    help="Write the report (layouts, text not placed, notices, summary) here; - for stdout (default: stderr).",
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
    framework_version: str | None,
    fresh_ids: bool,
    cumulative: bool | None,
    layout: str | None,
    level_heading: str | None,
    dimension_heading: str | None,
    competency_heading: str | None,
    split_tracks: bool,
    output: str | None,
    report_file: str | None,
    check: bool,
) -> None:
    """Turn the documents a career framework lives in into framework YAML.

    FILES are the documents: Markdown, HTML pages, plain-text exports,
    Monzo-format files, CSV, Excel (.xlsx), Word (.docx) and MediaWiki
    (.wiki) files; a
    directory stands for the documents in it and below it. The pages
    of one track merge into one framework; with --split-tracks, a whole site
    becomes one framework per track. The layout found, and every piece of
    text not placed, are reported with their line numbers (on the terminal,
    the text of a section left out whole, an FAQ, on one line; --report
    FILE lists each piece). Exit code 0 when
    the import succeeded (whatever the findings), 2 when a document cannot
    be imported.

    Layouts and steering options:
    https://github.com/ladderlint/ladderlint/tree/main/docs/import.md
    """
    from ..importers import (HEADING_NAMES, ImportFailure, InvalidOption, Options, Steering, check_destinations,
                             check_options, import_tracks)
    from ..importers.report import render, shared_summary, shortened, summary

    options = Options(organisation=organisation, domains=domains, track=track, name=name, id=framework_id,
                      version=framework_version, output=output, fresh_ids=fresh_ids,
                      cumulative=cumulative)
    steering = Steering(
        layout=layout,
        level_heading=HEADING_NAMES[level_heading] if level_heading else None,
        dimension_heading=HEADING_NAMES[dimension_heading] if dimension_heading else None,
        competency_heading=HEADING_NAMES[competency_heading] if competency_heading else None,
    )
    import os

    from ..atomic import write_atomically

    try:
        check_options(options, levels, split_tracks)
        check_destinations(files, output, report_file, split_tracks)
    except InvalidOption as error:
        raise click.BadParameter(error.message, param_hint=error.option) from None
    except ImportFailure as failure:
        fail(str(failure))
    try:
        results = import_tracks(files, options, input_format, levels, steering, split_tracks)
    except InvalidOption as error:
        raise click.BadParameter(error.message, param_hint=error.option) from None
    except ImportFailure as failure:
        # A CI job that keeps the report keeps the refusal too; the exit code still says it.
        refusal = f"import refused: {failure}\n"
        if report_file == "-":
            emit(refusal)
        elif report_file is not None:
            try:
                os.makedirs(os.path.dirname(report_file) or ".", exist_ok=True)
                write_atomically(report_file, refusal.encode("utf-8"))
            except OSError as error:
                fail(str(failure), details=f"(the report could not be written to {report_file}: "
                                           f"{error.strerror or error})\n")
        fail(str(failure))

    entries = sorted(dict.fromkeys(entry for result in results for entry in result.report), key=lambda e: e.sort_key())
    destinations = [result.path or (output if output not in (None, "-") else "stdout") for result in results]
    summaries = "".join(summary(result, destination) for result, destination in zip(results, destinations)) \
        + shared_summary(results)
    report = render(entries) + summaries

    def write(path: str, data: str) -> None:
        # `-o frameworks/acme.yaml` in a new repository: the folder is made, as `render -o` makes its own.
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            write_atomically(path, data.encode("utf-8"))
        except (FileExistsError, NotADirectoryError):
            fail(f"cannot write {path}: a part of its folder is a file, not a folder")
        except OSError as error:
            fail(f"cannot write {path}: {error.strerror or error}")

    if split_tracks:
        try:
            os.makedirs(output or ".", exist_ok=True)
        except OSError as error:
            fail(f"cannot write {output}: {error.strerror or error}")
    for result, destination in zip(results, destinations):
        if destination == "stdout":
            emit(result.yaml)
        else:
            write(destination, result.yaml)
    if report_file == "-":
        emit(report)
    elif report_file is not None:
        write(report_file, report)
    # The report goes to its file whole, the summary is also shown; on the terminal, the report is
    # shortened so that what a site repeats on every page does not bury the rest.
    sys.stderr.write(shortened(entries) + summaries if report_file is None else summaries)
    written = [d for d in destinations if d != "stdout"]
    if check and written:
        from ..checker import check_paths
        from ..config import Configuration
        from ..formatters import FORMATTERS, RenderContext

        checked = check_paths(written, Configuration())
        sys.stderr.write(FORMATTERS["text"](checked.findings, RenderContext(checked=len(written), color=False)))
    sys.exit(EXIT_OK)
