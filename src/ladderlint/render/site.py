"""Write the pages: frameworks in, files out.

Frameworks are read as `check` reads them (``sources``), compared level by
level and with their history by the differ (``history``), turned into page
data (``pages``) and laid out by Jinja2 templates (``templates``). Every
file is written with ``write_atomically``. The same input gives the same
bytes: frameworks are taken in the order of their files (as the pages name
them), whatever the order of the arguments or how they are typed, and no
page holds a time or a host name (a release's date is its commit's).

A render lists the files it wrote in a manifest of its format in the output
directory (``.ladderlint-render-html``, ``.ladderlint-render-markdown``),
each with the framework file it came from, those it wrote before a
failure too (else the next render would take them for someone else's
and refuse to replace them); the next render of that format
into it removes those it no longer writes of the frameworks it renders
again or whose file is gone (deleted or renamed), so a published site does
not keep serving them. Nothing else is lost: the pages of a framework
rendered by another call into the same directory stay (and the site's
index lists them, read again from their files), the files of the other
format stay, and a file the render did not write is never replaced (an
error, unless ``overwrite``) nor removed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import re
from dataclasses import dataclass, field
from typing import Callable, NamedTuple, Sequence

from ..atomic import write_atomically
from ..findings import Finding
from ..rules.base import Severity
from .errors import RenderError
from .names import UniqueNames
from .pages import UNNAMED_ORGANISATION, FrameworkView, Inputs, framework_view
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
    #: Gets the findings of ``paths``: shown with ``with_findings``, and
    #: their errors counted (``RenderResult.errors``).
    check: Callable[[Sequence[str]], Sequence[Finding]] | None = None
    #: Replace files in the output that no render of this format wrote
    #: (by default their names are an error, and nothing is written).
    overwrite: bool = False


@dataclass
class RenderResult:
    frameworks: list[FrameworkView]
    #: Paths of the files written, sorted.
    written: list[str] = field(default_factory=list)
    #: What to tell about how the frameworks were read (levels listed out of order).
    notices: list[str] = field(default_factory=list)
    #: Paths of the files an earlier render wrote that this one no longer does, removed; sorted.
    removed: list[str] = field(default_factory=list)
    #: The errors `check` reports in the files rendered, and the files that
    #: have them (sorted): a site is published whatever they say, and its
    #: maker is told where.
    errors: int = 0
    error_files: list[str] = field(default_factory=list)

    @property
    def files_with_errors(self) -> int:
        return len(self.error_files)


#: The list of the files a render of each format wrote, in its output directory.
MANIFESTS = {name: f".ladderlint-render-{name}" for name in FORMATS}
#: The one list of an earlier ladderlint, for both formats: read (a
#: Markdown render writes only ``<id>.md`` at the top), then replaced.
LEGACY_MANIFEST = ".ladderlint-render"
_MANIFEST_HEADER = (
    "# Files `ladderlint render --format {format}` wrote here, each with the framework file it came from\n"
    "# (relative to this directory) and the SHA-256 of what it wrote; the next render removes those it no\n"
    "# longer writes of the frameworks it renders again, and replaces no other file nor one changed since.\n"
)


class Listed(NamedTuple):
    """A file a render wrote: the framework file it came from (relative to
    the output; "" for the site's own files), and the SHA-256 of what was
    written ("" where an earlier ladderlint did not say)."""

    source: str
    digest: str = ""


def render(paths: Sequence[str], options: RenderOptions) -> RenderResult:
    """Render the frameworks in ``paths`` into ``options.output``.

    Raises InputError for a path that is not a valid framework, and
    RenderError for templates or an output directory that cannot be used,
    or that holds a file of the same name as a page that no render of this
    format wrote (unless ``options.overwrite``); then nothing is written.
    """
    if options.format not in FORMATS:
        raise RenderError(f"unknown format '{options.format}' (choose from {', '.join(FORMATS)})")
    if options.templates is not None and not os.path.isdir(options.templates):
        raise RenderError(f"{options.templates}: no such directory of templates")
    frameworks = read_frameworks(paths, options.settings)
    before = _read_manifest(options.output, options.format)
    rendered = {os.path.realpath(loaded.source.path) for loaded in frameworks}
    others = _others(options.output, options.format, before, rendered)
    found = _check(paths, options)
    errors = [finding for finding in found if finding.severity is Severity.ERROR]
    findings = _by_file(found) if options.with_findings else None
    reserved = tuple(slug for slugs in others.values() for slug in slugs)
    history_notices: list[str] = []
    made = _views(frameworks, findings, options.since, reserved, history_notices)
    views = [view for view, _source in made]
    from .templates import Templates

    templates = Templates(options.templates)
    # Each once: one approvals file serves the frameworks beside and below it.
    notices = dict.fromkeys([*(n for loaded in frameworks for n in loaded.notices), *history_notices])
    result = RenderResult(views, notices=list(notices),
                          errors=len(errors), error_files=sorted({finding.file for finding in errors}))
    if options.format == "html":
        result.notices.extend(_unnamed_organisations(views))
        listed = _listed(others, options, result.notices)
        index = sorted(views + listed, key=lambda view: (view.file, view.slug)) if listed else views
        files = templates.site(views, index)
    else:
        files = templates.markdown(views)
    targets = {relative: os.path.join(options.output, *relative.split("/")) for relative in sorted(files)}
    if not options.overwrite:
        _refuse_foreign(targets, files, before, options.format)
    by_slug = {view.slug: source for view, source in made}
    written: dict[str, Listed] = {}
    try:
        for relative, target in targets.items():
            _write(target, files[relative])
            written[relative] = Listed(_source_of(relative, by_slug, options.output), _digest(files[relative]))
            result.written.append(target)
    except BaseException:
        # The pages written before the failure are listed, so that the next render replaces them
        # rather than refusing them as not its own; the error said is the first.
        with contextlib.suppress(RenderError):
            _write_manifest(options.output, options.format, {**before, **written})
        raise
    result.removed, kept = _remove_stale(options.output, options.format, before, written, rendered)
    result.notices.extend(f"{target}: changed since ladderlint wrote it, so left as it is (it is no longer "
                          f"a page of the site)" for target in kept)
    return result


def _unnamed_organisations(views: Sequence[FrameworkView]) -> list[str]:
    """What the index does with frameworks whose organisation is still a
    placeholder, and why: a publisher who left it would otherwise find
    them apart from their organisation's other tracks, or, named alike,
    read them as one organisation's."""
    unnamed = [view for view in views if not view.organisation_named]
    if not unnamed:
        return []
    files = ", ".join(view.file for view in unnamed)
    names = list(dict.fromkeys(view.organisation for view in unnamed))
    one = len(unnamed) == 1
    return [f"{files}: the organisation's name is still the placeholder {' or '.join(names)}, which names no "
            f"organisation: the pages list {'it' if one else 'each'} under “{UNNAMED_ORGANISATION}”, "
            f"{'with no other tracks' if one else 'not as one organisation, none linked to another as its other track'}; "
            f"set `organisation.name`"]


def _slug_of(relative: str) -> str | None:
    """The framework whose page a file of the output is (its folder, or
    ``<id>.md``); None for the site's own files (the index, the assets)."""
    first, slash, _rest = relative.partition("/")
    if slash:
        return None if first == "assets" else first
    return first.removesuffix(".md") if first.endswith(".md") else None


def _source_of(relative: str, by_slug: dict[str, str], output: str) -> str:
    """The framework file a page was made from, relative to the output
    directory ("" for the site's own files: the index, the assets)."""
    slug = _slug_of(relative)
    source = by_slug.get(slug) if slug is not None else None
    return os.path.relpath(source, output).replace(os.sep, "/") if source is not None else ""


def _read_manifest(output: str, format: str) -> dict[str, Listed]:
    """The files the last render of ``format`` into ``output`` wrote, each
    with the framework file it came from (relative to ``output``; "" for
    the site's own files). A path outside ``output`` is never one of them."""
    manifest = os.path.join(output, MANIFESTS[format])
    lines = _manifest_lines(manifest)
    if lines is None:  # written by an earlier ladderlint, for both formats
        lines = [line for line in _manifest_lines(os.path.join(output, LEGACY_MANIFEST)) or []
                 if _legacy_format(line) == format]
    listed: dict[str, Listed] = {}
    for line in lines:
        relative, _tab, rest = line.partition("\t")  # no tab: a site file of no framework
        source, _tab, digest = rest.partition("\t")
        parts = relative.split("/")
        if relative and not relative.startswith("/") and ".." not in parts and "\\" not in relative:
            listed[relative] = Listed(source, digest)
    return listed


def _manifest_lines(manifest: str) -> list[str] | None:
    try:
        with open(manifest, encoding="utf-8") as file:
            return [line.rstrip("\n") for line in file if line.strip() and not line.startswith("#")]
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise RenderError(f"cannot read {manifest}: {error}") from None


def _legacy_format(line: str) -> str:
    relative = line.partition("\t")[0]
    return "markdown" if "/" not in relative and relative.endswith(".md") else "html"


def _others(output: str, format: str, before: dict[str, Listed], rendered: set[str]) -> dict[str, list[str]]:
    """The frameworks an earlier render of ``format`` put into ``output``
    that this one does not render again, whose file is still there: their
    file (absolute), with the names of their pages (``<id>``, ``<id>-2``)."""
    others: dict[str, list[str]] = {}
    for relative, (source, _digest) in sorted(before.items()):
        slug = _slug_of(relative)
        if not source or slug is None:
            continue
        origin = os.path.realpath(os.path.join(output, source))
        if origin not in rendered and os.path.isfile(origin):
            slugs = others.setdefault(origin, [])
            if slug not in slugs:
                slugs.append(slug)
    return others


def _listed(others: dict[str, list[str]], options: RenderOptions, notices: list[str]) -> list[FrameworkView]:
    """The frameworks rendered into the site before, for its index: read
    again from their files (as the pages were made, with the findings when
    they are shown), without what only their own pages show (the
    comparisons of levels, the changelog)."""
    views: list[FrameworkView] = []
    readable: list[tuple[Loaded, str]] = []
    for origin, slugs in sorted(others.items()):
        try:
            [loaded] = read_frameworks([origin], options.settings)[:1]
        except InputError:
            notices.append(f"{os.path.relpath(origin)}, whose pages are in {options.output}, is no longer a valid "
                           f"framework: it is left out of the index (its pages stay)")
            continue
        readable.append((loaded, slugs[0]))
    if not readable:
        return views
    paths = [loaded.source.path for loaded, _slug in readable]
    found = _by_file(_check(paths, options)) if options.with_findings else None
    shown = shown_paths(paths)
    if found is not None:
        found = files_named_as_shown(found, shown)
    for loaded, slug in readable:
        framework = loaded.framework
        inputs = Inputs(framework, [], None, found.get(framework.file, []) if found is not None else None,
                        shown[loaded.source.path])
        views.append(framework_view(slug, inputs))
    return views


def _refuse_foreign(targets: dict[str, str], files: dict[str, bytes], before: dict[str, Listed], format: str) -> None:
    """Raise a RenderError naming the files of ``targets`` that are there
    but that no render of ``format`` wrote (a hand-written page, the other
    format's, an older site's), or that were changed since: replacing them
    would lose them. A file that already holds what would be written loses
    nothing."""
    foreign = []
    for relative, target in targets.items():
        if not os.path.lexists(target):
            continue
        try:
            with open(target, "rb") as handle:
                data = handle.read()
        except OSError:
            foreign.append(target)  # a folder, or a file that cannot be read: not ours either
            continue
        if data == files[relative] or _ours(before.get(relative), data):
            continue
        foreign.append(target)
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        it = "it" if len(foreign) == 1 else "them"
        raise RenderError(
            f"{shown}: not written by `ladderlint render --format {format}` (or changed since), and would be "
            f"replaced; nothing was written (move {it} away, render into another folder, or use --overwrite "
            f"to replace {it})"
        )


def _ours(listed: Listed | None, data: bytes) -> bool:
    """Whether a file is as a render wrote it: listed, and unchanged where
    the list says what was written."""
    return listed is not None and (not listed.digest or listed.digest == _digest(data))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _remove_stale(output: str, format: str, before: dict[str, Listed], written: dict[str, Listed],
                  rendered: set[str]) -> tuple[list[str], list[str]]:
    """Remove the files the last render of ``format`` into ``output`` wrote
    and this one did not, of the frameworks rendered now, of those whose
    file is gone and of the site itself (and the folders that leaves
    empty), but not one changed since; then record this render's files,
    with those of the frameworks left as they were. Returns the files
    removed, and those left because they were changed."""
    removed: list[str] = []
    changed: list[str] = []
    kept = dict(written)
    for relative, listed in sorted(before.items()):
        if relative in written:
            continue
        origin = os.path.realpath(os.path.join(output, listed.source)) if listed.source else ""
        if origin and origin not in rendered and os.path.exists(origin):
            kept[relative] = listed  # a framework another render put here, still in its file
            continue
        target = os.path.join(output, *relative.split("/"))
        if os.path.isfile(target) and not os.path.islink(target):
            try:
                with open(target, "rb") as handle:
                    unchanged = _ours(listed, handle.read())
            except OSError as error:
                raise RenderError(f"cannot read {target}: {error.strerror or error}") from None
            if not unchanged:
                changed.append(target)  # edited by hand since: no longer the render's, and kept
                continue
            try:
                os.remove(target)
            except OSError as error:
                raise RenderError(f"cannot remove {target}: {error.strerror or error}") from None
            removed.append(target)
            _remove_empty_folders(output, os.path.dirname(target))
    _write_manifest(output, format, kept)
    _retire_legacy_manifest(output, format)
    return removed, changed


def _write_manifest(output: str, format: str, listed: dict[str, Listed]) -> None:
    body = _MANIFEST_HEADER.format(format=format) + "".join(
        f"{relative}\t{listed[relative].source}\t{listed[relative].digest}\n" for relative in sorted(listed))
    _write(os.path.join(output, MANIFESTS[format]), body.encode("utf-8"))


def _retire_legacy_manifest(output: str, format: str) -> None:
    """Take ``format``'s files out of an earlier ladderlint's one list, now
    in their own; the list goes once it holds none."""
    legacy = os.path.join(output, LEGACY_MANIFEST)
    lines = _manifest_lines(legacy)
    if lines is None:
        return
    left = [line for line in lines if _legacy_format(line) != format]
    if len(left) == len(lines):
        return
    if not left:
        try:
            os.remove(legacy)
        except OSError as error:
            raise RenderError(f"cannot remove {legacy}: {error.strerror or error}") from None
        return
    _write(legacy, ("".join(f"{line}\n" for line in left)).encode("utf-8"))


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


def _check(paths: Sequence[str], options: RenderOptions) -> Sequence[Finding]:
    if options.check is None:
        from ..checker import check_paths

        return check_paths(paths).findings
    return options.check(paths)


def _by_file(found: Sequence[Finding]) -> dict[str, list[Finding]]:
    by_file: dict[str, list[Finding]] = {}
    for finding in found:
        by_file.setdefault(finding.file, []).append(finding)
    return by_file


def _views(
    frameworks: list[Loaded], findings: dict[str, list[Finding]] | None, since: str | None,
    reserved: tuple[str, ...] = (), notices: list[str] | None = None,
) -> list[tuple[FrameworkView, str]]:
    """Each framework's page data, in the order of their files, with the
    file it was read from; no framework is named as one in ``reserved``
    (the pages of another file, rendered into the output before); what
    to tell of how their histories were read goes to ``notices``."""
    from ..diff.session import level_diff
    from .history import changelog

    loader = Loader()
    shown = shown_paths([loaded.source.path for loaded in frameworks])
    if findings is not None:
        findings = files_named_as_shown(findings, shown)
    slugs = UniqueNames(reserved=("assets", "index", *reserved))
    views = []
    for loaded in in_file_order(frameworks, shown):
        framework = loaded.framework
        levels = framework.levels
        comparisons = [None] + [level_diff(loaded, levels[i - 1].id, levels[i].id) for i in range(1, len(levels))]
        history = changelog(loaded, since, loader)
        if notices is not None:
            notices.extend(history.notices)
        inputs = Inputs(
            framework,
            comparisons,
            history,
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
