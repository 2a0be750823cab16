"""`ladderlint render`: frameworks as a web site or as Markdown."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Sequence

import click

from ..text import and_list, plural
from .app import (
    CONTEXT, EXIT_OK, configuration_or_exit, exit_on_config_error, exit_on_input_error, fail, main, named_path,
)

#: The most files a warning names; of more, it names these and counts the rest.
_FILES_NAMED = 3

if TYPE_CHECKING:
    from ..findings import Finding


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), metavar="DIR", callback=named_path,
              help="Write the pages into DIR (created if needed). Pages an earlier render of the same format "
              "wrote there are replaced, and those of a framework rendered again or gone that this one does "
              "not write are removed; a file no render wrote is never replaced (see --overwrite).")
@click.option("--format", "output_format", type=click.Choice(["html", "markdown"]), default="html",
              show_default=True,
              help="html: a static site that works offline; markdown: one GitHub-flavoured file per framework.")
@click.option("--templates", type=click.Path(file_okay=False), metavar="DIR", callback=named_path,
              help="Jinja2 templates that replace the shipped ones of the same name; the render "
              "documentation lists the data each template gets.")
@click.option("--with-findings", is_flag=True,
              help="Show what `ladderlint check` reports, where it is (for reviewers).")
@click.option("--since", metavar="REV",
              help="Release notes only for the versions after git revision REV (default: the whole history).")
@click.option("--overwrite", is_flag=True,
              help="Replace files in DIR with the names of pages that no render of this format wrote there, or "
              "that were changed since "
              "(by default they are an error, and nothing is written).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Read configuration from FILE instead of searching for one (for --with-findings and `exclude`).")
@click.option("--isolated", "--no-config", "isolated", is_flag=True, help="Ignore all configuration files.")
def render(
    paths: tuple[str, ...],
    output: str,
    output_format: str,
    templates: str | None,
    with_findings: bool,
    since: str | None,
    overwrite: bool,
    config_file: str | None,
    isolated: bool,
) -> None:
    """Write frameworks as pages people read.

    PATHS are framework files or directories (default: the current
    directory), found as `check` finds them. The site has an index, a grid
    per framework (levels as columns, competencies by dimension as rows), a
    page per level with what is new compared with the level below, every
    level on one printable page, and a changelog of the releases in the
    file's git history. The same input gives the same bytes. Exit codes:
    0 written, 2 a path that is not a valid framework, a template that
    fails or an output that cannot be written.
    """
    from ..config import CommandLine, ConfigError
    from ..render import RenderError, RenderOptions
    from ..render import render as render_pages
    from ..render.sources import InputError

    settings = configuration_or_exit(CommandLine(config=config_file, isolated=isolated))
    targets = paths or (".",)

    def check(found: Sequence[str]) -> Sequence[Finding]:
        from ..checker import check_paths

        return check_paths(found, settings).findings

    options = RenderOptions(
        output=output,
        format=output_format,
        templates=templates,
        with_findings=with_findings,
        since=since,
        settings=settings,
        check=check,
        overwrite=overwrite,
    )
    try:
        result = render_pages(targets, options)
    except InputError as error:
        exit_on_input_error(error)
    except ConfigError as error:  # a configuration found beside a framework
        exit_on_config_error(error)
    except RenderError as error:
        fail(str(error))
    for notice in result.notices:
        sys.stderr.write(f"ladderlint: warning: {notice}\n")
    if result.errors and not with_findings:
        # Published all the same (the exit code says whether pages were
        # written, as with --with-findings), but not without a word: a
        # placeholder title or a doubled word would go out unseen.
        # Which files: named where they are a few ("in fw/a.yaml and fw/b.yaml"), as the other warnings do.
        named = result.error_files
        if len(result.frameworks) == 1:
            files = "the file rendered"
        elif len(named) <= _FILES_NAMED:
            files = and_list(named)
        else:
            files = (f"{plural(len(named), 'file')} rendered "
                     f"({', '.join(named[:_FILES_NAMED])} and {len(named) - _FILES_NAMED} more)")
        sys.stderr.write(
            f"ladderlint: warning: `ladderlint check` reports {plural(result.errors, 'error')} in {files}, "
            f"not shown on the pages: run `ladderlint check` to see them, or render with "
            f"--with-findings to show each where it is\n"
        )
    count = len(result.frameworks)
    sys.stderr.write(
        f"ladderlint: rendered {plural(count, 'framework')} "
        f"into {plural(len(result.written), 'file')} in {output}"
        + (f", {plural(len(result.removed), 'stale file')} of an earlier render removed" if result.removed else "")
        + "\n"
    )
    sys.exit(EXIT_OK)
