"""Write the pages: frameworks in, files out.

Frameworks are read as `check` reads them (``sources``), compared level by
level and with their history by the differ (``history``), turned into page
data (``pages``) and laid out by Jinja2 templates (``templates``). Every
file is written with ``write_atomically``. The same input gives the same
bytes: frameworks are taken in the order of their files (as the pages name
them), whatever the order of the arguments or how they are typed, and no
page holds a time or a host name (a release's date is its commit's).

A render lists the files it wrote in ``.ladderlint-render`` in the output
directory, each with the framework file it came from; the next render into
it removes those it no longer writes of the frameworks it renders again or
whose file is gone (deleted or renamed), so a published site does not keep
serving them. The pages of a framework rendered by another call into the
same directory stay, and files it did not write are never touched.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..atomic import write_atomically
from ..findings import Finding
from .errors import RenderError
from .names import UniqueNames
from .pages import FrameworkView, Inputs, framework_view
from ..config import SettingsSource
from .sources import InputError, Loaded, Loader, read_frameworks

FORMATS = ("html", "markdown")

@dataclass(frozen=True)
class RenderOptions:
    output: str
    format: str = "html"
    #: A directory of templates that replace the shipped ones of the same name.
    templates: str | None = None
    #: Show the check's findings where they are.
    with_findings: bool = False
    #: Release notes only for versions after this git revision.
    since: str | None = None
    #: The settings of each file (its configuration's `exclude`, and the
    #: findings it shows); default: the built-in settings.
    settings: SettingsSource | None = None
    #: Gets the findings of ``paths`` when ``with_findings`` is set.
    check: Callable[[Sequence[str]], Sequence[Finding]] | None = None


@dataclass
class RenderResult:
    frameworks: list[FrameworkView]
    #: Paths of the files written, sorted.
    written: list[str] = field(default_factory=list)
    #: What to tell about how the frameworks were read (levels listed out of order).
    notices: list[str] = field(default_factory=list)
    #: Paths of the files an earlier render wrote that this one no longer does, removed; sorted.
    removed: list[str] = field(default_factory=list)


#: The list of the files a render wrote, in its output directory.
MANIFEST = ".ladderlint-render"
_MANIFEST_HEADER = (
    "# Files `ladderlint render` wrote here, each with the framework file it came from (relative to this\n"
    "# directory); the next render removes those it no longer writes of the frameworks it renders again.\n"
)


def render(paths: Sequence[str], options: RenderOptions) -> RenderResult:
    """Render the frameworks in ``paths`` into ``options.output``.

    Raises InputError for a path that is not a valid framework, and
    RenderError for templates or an output directory that cannot be used.
    """
    if options.format not in FORMATS:
        raise RenderError(f"unknown format '{options.format}' (choose from {', '.join(FORMATS)})")
    if options.templates is not None and not os.path.isdir(options.templates):
        raise RenderError(f"{options.templates}: no such directory of templates")
    frameworks = read_frameworks(paths, options.settings)
    findings = _findings(paths, options)
    made = _views(frameworks, findings, options.since)
    views = [view for view, _source in made]
    from .templates import Templates

    templates = Templates(options.templates)
    files = templates.site(views) if options.format == "html" else templates.markdown(views)
    result = RenderResult(views, notices=list(dict.fromkeys(n for loaded in frameworks for n in loaded.notices)))
    for relative, data in sorted(files.items()):
        target = os.path.join(options.output, *relative.split("/"))
        _write(target, data)
        result.written.append(target)
    by_slug = {view.slug: source for view, source in made}
    written = {relative: _source_of(relative, by_slug, options.output) for relative in files}
    result.removed = _remove_stale(options.output, written, {os.path.abspath(p) for p in by_slug.values()})
    return result


def _source_of(relative: str, by_slug: dict[str, str], output: str) -> str:
    """The framework file a page was made from, relative to the output
    directory ("" for the site's own files: the index, the assets)."""
    first = relative.split("/", 1)[0]
    slug = first if "/" in relative else first.removesuffix(".md")
    source = by_slug.get(slug)
    return os.path.relpath(source, output).replace(os.sep, "/") if source is not None else ""


def _remove_stale(output: str, written: dict[str, str], rendered: set[str]) -> list[str]:
    """Remove the files the last render into ``output`` wrote and this one
    did not, of the frameworks rendered now, of those whose file is gone
    and of the site itself (and the folders that leaves empty); then record
    this render's files, with those of the frameworks left as they were."""
    manifest = os.path.join(output, MANIFEST)
    try:
        with open(manifest, encoding="utf-8") as file:
            lines = [line.rstrip("\n") for line in file if line.strip() and not line.startswith("#")]
    except FileNotFoundError:
        lines = []
    except (OSError, UnicodeDecodeError) as error:
        raise RenderError(f"cannot read {manifest}: {error}") from None
    before: dict[str, str] = {}
    for line in lines:
        relative, _tab, source = line.partition("\t")  # no tab: a site file of no framework
        before[relative] = source
    removed = []
    kept = dict(written)
    for relative, source in sorted(before.items()):
        parts = relative.split("/")
        if relative in written or not relative or relative.startswith("/") or ".." in parts:
            continue  # written again; or written by hand: never a path outside the output
        origin = os.path.abspath(os.path.join(output, source)) if source else ""
        if origin and origin not in rendered and os.path.exists(origin):
            kept[relative] = source  # a framework another render put here, still in its file
            continue
        target = os.path.join(output, *parts)
        if os.path.isfile(target) and not os.path.islink(target):
            try:
                os.remove(target)
            except OSError as error:
                raise RenderError(f"cannot remove {target}: {error.strerror or error}") from None
            removed.append(target)
            _remove_empty_folders(output, os.path.dirname(target))
    body = _MANIFEST_HEADER + "".join(f"{relative}\t{kept[relative]}\n" for relative in sorted(kept))
    _write(manifest, body.encode("utf-8"))
    return removed


def _write(target: str, data: bytes) -> None:
    """Write a file of the output (and its folder), or say which cannot be."""
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        write_atomically(target, data)
    except OSError as error:
        raise RenderError(f"cannot write {error.filename or target}: {error.strerror or error}") from None


def _remove_empty_folders(output: str, folder: str) -> None:
    top = os.path.abspath(output)
    while os.path.abspath(folder) != top and os.path.isdir(folder) and not os.listdir(folder):
        os.rmdir(folder)
        folder = os.path.dirname(folder)


def _findings(paths: Sequence[str], options: RenderOptions) -> dict[str, list[Finding]] | None:
    if not options.with_findings:
        return None
    if options.check is None:
        from ..checker import check_paths

        found: Sequence[Finding] = check_paths(paths).findings
    else:
        found = options.check(paths)
    by_file: dict[str, list[Finding]] = {}
    for finding in found:
        by_file.setdefault(finding.file, []).append(finding)
    return by_file


def _views(
    frameworks: list[Loaded], findings: dict[str, list[Finding]] | None, since: str | None,
) -> list[tuple[FrameworkView, str]]:
    """Each framework's page data, in the order of their files, with the file it was read from."""
    from ..diff.session import level_diff
    from .history import changelog

    loader = Loader()
    shown = shown_paths([loaded.source.path for loaded in frameworks])
    if findings is not None:
        findings = files_named_as_shown(findings, shown)
    slugs = UniqueNames(reserved=("assets", "index"))
    views = []
    for loaded in in_file_order(frameworks, shown):
        framework = loaded.framework
        levels = framework.levels
        comparisons = [None] + [level_diff(loaded, levels[i - 1].id, levels[i].id) for i in range(1, len(levels))]
        inputs = Inputs(
            framework,
            comparisons,
            changelog(loaded, since, loader),
            findings.get(framework.file, []) if findings is not None else None,
            shown[loaded.source.path],
        )
        views.append((framework_view(slugs.take(framework.id, "framework"), inputs), loaded.source.path))
    return views


def in_file_order(frameworks: list[Loaded], shown: dict[str, str]) -> list[Loaded]:
    """Each file once, in the order of the names the pages give them: the
    order (and so which of two frameworks with one id gets ``<id>-2``) does
    not depend on how a path was typed, relative or absolute, nor on a file
    named twice."""
    by_file: dict[str, Loaded] = {}
    for loaded in frameworks:
        by_file.setdefault(os.path.realpath(loaded.source.path), loaded)
    return [by_file[real] for real in sorted(by_file, key=lambda real: (shown[by_file[real].source.path], real))]


def files_named_as_shown(findings: dict[str, list[Finding]], shown: dict[str, str]) -> dict[str, list[Finding]]:
    """The findings, their messages naming the files rendered as the pages
    name them: a rule about several files ("also used by b/acme.yaml")
    names them as they were typed, perhaps by the machine's path."""
    if not shown:
        return findings
    # Longest first, so that a path is never replaced inside a longer one.
    alternatives = "|".join(re.escape(path) for path in sorted(shown, key=len, reverse=True))
    typed = re.compile(rf"(?<![\w./-])(?:{alternatives})(?![\w/-]|\.\w)")

    def named(finding: Finding) -> Finding:
        message = typed.sub(lambda match: shown[match.group(0)], finding.message)
        return finding if message == finding.message else dataclasses.replace(finding, message=message)

    return {file: [named(finding) for finding in found] for file, found in findings.items()}


def shown_paths(paths: Sequence[str]) -> dict[str, str]:
    """How the pages name each file: from the top of its git repository
    ("frameworks/ic.yaml"), or, for files in no repository, from the
    directory that holds them all. Never an absolute path, and the same
    however the path was typed or wherever ladderlint was run from: a
    published page says where the text lives in the project, not on the
    machine that wrote it."""
    from ..diff.revisions import Git

    real = {path: os.path.realpath(path) for path in paths}
    tops: dict[str, str | None] = {}
    outside: list[str] = []
    for path, absolute in real.items():
        directory = os.path.dirname(absolute)
        if directory not in tops:
            try:
                tops[directory] = os.path.realpath(Git(directory).toplevel)
            except InputError:  # not in a repository, or git is not installed
                tops[directory] = None
        if tops[directory] is None:
            outside.append(absolute)
    common = os.path.commonpath([os.path.dirname(a) for a in outside]) if outside else ""
    return {
        path: os.path.relpath(absolute, tops[os.path.dirname(absolute)] or common).replace(os.sep, "/")
        for path, absolute in real.items()
    }


__all__ = ["FORMATS", "InputError", "RenderError", "RenderOptions", "RenderResult", "render"]
