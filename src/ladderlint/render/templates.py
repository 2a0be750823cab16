"""The Jinja2 templates that lay out the pages, and what they are given.

The shipped templates are in ``templates/`` beside this module; a file of
the same name in the user's ``--templates DIR`` replaces one of them. Each
shipped template is also named ``ladderlint/<name>``, whatever the user's
directory holds, so that a user's ``level.html`` can ``{% extends
"ladderlint/level.html" %}`` (its own name would be itself).
docs/render.md lists the templates and the data each one gets.

Jinja2 is imported here only, so that commands that do not render never
load it.
"""

from __future__ import annotations

import os
from typing import Any

import jinja2
from markupsafe import Markup, escape

from .. import __version__
from ..diff.formatters.markdown import escape as markdown_escape
from . import anchors
from .pages import ABOUT_COMPETENCY, CUMULATIVE_NOT_SAID, EMPTY, MISSING, NOT_APPLICABLE, CellView, FrameworkView, LevelView, mark_words, organisations
from .notes import message_html
from .prose import Block, Prose
from ..text import normal, slug
from .errors import RenderError
from ..patterns import lazy

#: The style sheet and script every HTML site gets (templates may replace them).
ASSETS = ("assets/ladderlint.css", "assets/filter.js", "assets/print.js")

SHIPPED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
#: The name under which a shipped template can always be reached ("ladderlint/level.html").
SHIPPED_PREFIX = "ladderlint"


#: A slash between two words ("ideas/approaches", "frontend/backend").
_SLASH_BETWEEN_WORDS = lazy(r"(?<=\w)/(?=\w)")


def breakable(text: str) -> Markup:
    """A text for a page, escaped, with a place for the line to break after
    each slash between two words: browsers break no line there, and a
    narrow column of the grid would cut such a pair inside a word."""
    return Markup(_SLASH_BETWEEN_WORDS.sub("/<wbr>", str(escape(text))))


def shared_with(cell: CellView, other: CellView) -> frozenset[str]:
    """The anchors of the statements of ``cell`` that ``other`` writes the
    same (up to spacing, capitals and a full stop): on a page of two levels
    side by side, what both ask for is told from what differs."""
    said = {normal(statement.text.text) for statement in other.statements}
    return frozenset(s.anchor for s in cell.statements if normal(s.text.text) in said)


def write_the_same(framework: FrameworkView, lower: LevelView, higher: LevelView) -> bool:
    """Whether two levels write any statement the same: a page of the two
    side by side says what its grey means only where it greys something."""
    return any(shared_with(row.cells[lower.index], row.cells[higher.index])
               for group in framework.dimensions for row in group.rows)


#: Languages written right to left, by their primary subtag: Arabic,
#: Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi, Kurdish (Sorani),
#: Dhivehi, Uyghur, Syriac.
_RIGHT_TO_LEFT = frozenset({"ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ckb", "dv", "ug", "syr"})
#: Scripts written right to left, where a tag names one ("az-Arab", "pa-Arab").
_RIGHT_TO_LEFT_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"})


def direction(language: str) -> str:
    """"rtl" for a language written right to left ("ar", "he-IL",
    "az-Arab"), else "ltr"."""
    primary, script = _language_key(language)
    if script:
        return "rtl" if script in _RIGHT_TO_LEFT_SCRIPTS else "ltr"
    return "rtl" if primary in _RIGHT_TO_LEFT else "ltr"


def _language_key(tag: str) -> tuple[str, str]:
    """A tag's language and script (lower case; "" where it names none): a
    region (en-GB, pt-BR) reads the same words with the same letters; a
    script (zh-Hans, zh-Hant) does not."""
    primary, *rest = tag.casefold().split("-")
    scripts = [part for part in rest if len(part) == 4 and part.isalpha()]
    return primary, scripts[0] if scripts else ""


def language_attributes(language: str, within: str = "en") -> Markup:
    """The `lang` (and `dir`, where the direction changes) of an element
    written in ``language`` inside one written in ``within``: nothing
    where they are the same language (an English framework's page and its
    English words stay as they were)."""
    if _language_key(language) == _language_key(within):
        return Markup("")
    attributes = f' lang="{escape(language)}"'
    if direction(language) != direction(within):
        attributes += f' dir="{direction(language)}"'
    return Markup(attributes)


def html_attributes(fw: Any = None) -> Markup:
    """The page's `lang` and, for a language written right to left, its
    `dir`: the framework's on its own pages, English elsewhere."""
    language = getattr(fw, "language", None) or "en"
    return Markup(f' lang="{escape(language)}"' + (' dir="rtl"' if direction(language) == "rtl" else ""))


def interface(fw: Any = None) -> Markup:
    """The `lang` of the site's own words (English: "Levels", "Grid") on a
    page of ``fw``, where the framework is written in another language."""
    return language_attributes("en", getattr(fw, "language", None) or "en")


def written_in(item: Any, within: Any = None) -> Markup:
    """The `lang` of the text of ``item`` (a framework, an organisation)
    inside an element of ``within``'s language (a framework), or of the
    site's own words (English) where ``within`` is none."""
    return language_attributes(getattr(item, "language", None) or "en", getattr(within, "language", None) or "en")


def in_own_language(fw: Any, text: Any) -> Markup:
    """``text`` of ``fw`` (a level's title) in a sentence of the site's own
    words: in a span of the framework's language where it is not English."""
    attributes = written_in(fw)
    return Markup(f"<span{attributes}>{escape(text)}</span>") if attributes else escape(text)


def say(fw: Any, words: str) -> Markup:
    """The site's own ``words`` (English: "Version") in a sentence of
    ``fw``'s text: in a span that says so where the framework is written in
    another language."""
    attributes = interface(fw)
    return Markup(f"<span{attributes}>{escape(words)}</span>") if attributes else escape(words)


class _Utf8Loader(jinja2.FileSystemLoader):
    """Templates are UTF-8: one that is not says where, as a framework does,
    rather than stopping the render with a decoding error."""

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError:
            from ..encoding import NotUtf8Text, read_utf8

            for directory in self.searchpath:
                path = os.path.join(directory, *template.split("/"))
                try:
                    read_utf8(path)
                except OSError:
                    continue
                except NotUtf8Text as error:
                    where = error.position
                    raise RenderError(f"{path}:{where.line}:{where.column}: template {error.message}") from None
            raise


class _Undefined(jinja2.StrictUndefined):
    """An undefined name is an error, said without Python's module path:
    "LevelView has no attribute 'nope'", not "'ladderlint.render.pages.LevelView
    object' has no attribute 'nope'" (the render documentation lists what
    each object has)."""

    @property
    def _undefined_message(self) -> str:
        owner = self._undefined_obj
        if self._undefined_hint or owner is jinja2.utils.missing or not isinstance(self._undefined_name, str) \
                or not type(owner).__module__.startswith("ladderlint."):
            return super()._undefined_message
        return f"{type(owner).__name__} has no attribute {self._undefined_name!r}"


class Templates:
    def __init__(self, user_directory: str | None = None) -> None:
        directories = ([user_directory] if user_directory else []) + [SHIPPED]
        self.user_directory = user_directory
        shipped = _Utf8Loader(SHIPPED, encoding="utf-8")
        self.env = jinja2.Environment(
            # "ladderlint/<name>" first: the shipped template, whatever the user's directory holds.
            loader=jinja2.ChoiceLoader([
                jinja2.PrefixLoader({SHIPPED_PREFIX: shipped}),
                _Utf8Loader(directories, encoding="utf-8"),
            ]),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
            undefined=_Undefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["md"] = markdown_text
        self.env.filters["md_prose"] = markdown_prose
        self.env.filters["md_paragraphs"] = markdown_paragraphs
        self.env.filters["md_line"] = markdown_line
        self.env.filters["md_cell"] = markdown_cell
        self.env.filters["md_expectations"] = markdown_expectations
        self.env.filters["md_url"] = markdown_url
        self.env.filters["md_about"] = markdown_about
        self.env.globals["hidden_id"] = hidden_id
        self.env.globals["hidden_dimension"] = hidden_dimension
        self.env.filters["breakable"] = breakable
        self.env.filters["message"] = message_html
        self.env.filters["shared_with"] = shared_with
        self.env.globals["write_the_same"] = write_the_same
        self.env.globals["version"] = __version__
        self.env.globals["cumulative_not_said"] = CUMULATIVE_NOT_SAID
        self.env.globals["about_competency_label"] = ABOUT_COMPETENCY
        self.env.globals["mark_words"] = mark_words
        # Languages: the page's, the site's own words', a framework's text's (docs/render.md).
        self.env.globals["html_attributes"] = html_attributes
        self.env.globals["interface"] = interface
        self.env.globals["written_in"] = written_in
        self.env.globals["in_own_language"] = in_own_language
        self.env.globals["say"] = say
        # Markdown: a link to a heading of the page, and the heading it goes to (``anchors``).
        self.env.globals["heading_link"] = anchors.ref
        self.env.globals["heading_anchor"] = anchors.target

    # -- the web site -------------------------------------------------------------

    def site(self, frameworks: list[FrameworkView], index: list[FrameworkView] | None = None) -> dict[str, bytes]:
        """Every file of the site, by its path relative to the output
        directory; the index lists ``index`` (default: ``frameworks``), which
        holds those rendered into the site before too."""
        files: dict[str, bytes] = {}
        listed = frameworks if index is None else index
        files["index.html"] = self._page("index.html", root="", frameworks=listed,
                                         organisations=organisations(listed), sources=_sources(listed))
        for asset in ASSETS:
            files[asset] = self._asset(asset)
        for fw in frameworks:
            common = dict(fw=fw, sources=fw.file)
            files[f"{fw.slug}/index.html"] = self._page("framework.html", root="../", **common)
            files[f"{fw.slug}/all-levels.html"] = self._page("all-levels.html", root="../", **common)
            files[f"{fw.slug}/changelog.html"] = self._page("changelog.html", root="../", **common)
            for level in fw.levels:
                files[f"{fw.slug}/{level.page}"] = self._page("level.html", root="../../", level=level, **common)
            for (lower, higher), page in fw.side_by_side_pages.items():
                files[f"{fw.slug}/{page}"] = self._page("side-by-side.html", root="../../", lower=fw.level_in(lower),
                                                        higher=fw.level_in(higher), **common)
        return files

    # -- Markdown -----------------------------------------------------------------

    def markdown(self, frameworks: list[FrameworkView]) -> dict[str, bytes]:
        """One Markdown file per framework."""
        return {
            f"{fw.slug}.md": anchors.resolve(self._page("framework.md", fw=fw, sources=fw.file).decode("utf-8"))
            .encode("utf-8")
            for fw in frameworks
        }

    # -- helpers ------------------------------------------------------------------

    def _page(self, name: str, **context: Any) -> bytes:
        try:
            text = self.env.get_template(name).render(**context)
        except jinja2.TemplateSyntaxError as error:
            where = error.filename or error.name or name
            raise RenderError(f"{where}:{error.lineno}: template error: {error.message}") from None
        except jinja2.TemplateError as error:
            at = _template_line(error)
            if at is not None:
                raise RenderError(f"{at[0]}:{at[1]}: template error: {_template_problem(error)}") from None
            raise RenderError(f"template {name}: {_template_problem(error)}") from None
        except RecursionError:
            # A template that extends, includes or imports itself, directly or through others.
            raise RenderError(
                f"template {name}: a template extends, includes or imports itself; to build on a "
                f'shipped template, name it "{SHIPPED_PREFIX}/<name>" ({{% extends "{SHIPPED_PREFIX}/{name}" %}})'
            ) from None
        return text.encode("utf-8")

    def _asset(self, name: str) -> bytes:
        for directory in ([self.user_directory] if self.user_directory else []) + [SHIPPED]:
            path = os.path.join(directory, *name.split("/"))
            if os.path.isfile(path):
                try:
                    with open(path, "rb") as handle:
                        return handle.read()
                except OSError as error:
                    raise RenderError(f"cannot read {path}: {error.strerror or error}") from None
        raise RenderError(f"{name}: missing from the templates")  # pragma: no cover - shipped


def _template_line(error: BaseException) -> tuple[str, int] | None:
    """The template file and line an error while rendering was raised at:
    Jinja2 puts the template's own frames, named by its file, in the
    traceback; the innermost is where the error is."""
    found = None
    trace = error.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".md")) and os.path.isfile(filename):
            found = (filename, trace.tb_lineno)
        trace = trace.tb_next
    return found


def _template_problem(error: jinja2.TemplateError) -> str:
    message = getattr(error, "message", None) or str(error)
    return message


def _sources(frameworks: list[FrameworkView]) -> str:
    files = [fw.file for fw in frameworks]
    return files[0] if len(files) == 1 else f"{len(files)} framework files"


# -- Markdown filters -------------------------------------------------------------


def markdown_text(text: Any) -> str:
    """Text shown as written in Markdown: spacing made single, markup escaped."""
    if text is None:
        return ""
    text = anchors.strip_marks(str(text))
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + markdown_escape(text) + trail


def markdown_url(url: str) -> str:
    """A web address as the target of a Markdown link: the brackets that
    would end the link encoded, as a browser would send them."""
    return url.translate({ord("("): "%28", ord(")"): "%29", ord("<"): "%3C", ord(">"): "%3E"})


def markdown_prose(prose: Prose | None) -> str:
    """Prose with its glossary terms linked to the glossary section."""
    if prose is None:
        return ""
    out = []
    for part in prose.parts:
        if part.topic:
            out.append(f"**{markdown_text(part.text)}**")
        elif part.term is not None:
            out.append(f"[{markdown_text(part.text)}]({anchors.ref('glossary')})")
        elif part.url is not None:
            out.append(f"[{markdown_text(part.text)}]({markdown_url(part.url)})")
        else:
            out.append(markdown_text(part.text))
    return "".join(out)


def markdown_paragraphs(prose: Prose | None, depth: int | None = None) -> str:
    """Prose as its paragraphs and lists, each paragraph escaped as
    ``md_prose`` escapes it, a list's items as Markdown list items; its
    headings at ``depth`` and below (without one, a paragraph in bold)."""
    if prose is None:
        return ""
    if not prose.blocks:
        return markdown_prose(prose)
    out = []
    for block in prose.blocks:
        if block.is_list:
            out.append("\n".join(f"{marker} {markdown_prose(item)}" for marker, item in _items(block)))
        elif block.heading and (depth or block.marked):
            words = markdown_prose(block.items[0])
            out.append(f"{'#' * min(depth + block.heading - 1, 6)} {words}" if depth else f"**{words}**")
        else:
            out.append(markdown_prose(block.items[0]))
    return "\n\n".join(out)


def markdown_line(prose: Prose | None) -> str:
    """Prose on one line (a table's cell, a list's item): its paragraphs
    and list items apart by ``<br>``, each item with its bullet or number."""
    if prose is None:
        return ""
    if not prose.blocks:
        return markdown_prose(prose)
    lines: list[str] = []
    for block in prose.blocks:
        if block.is_list:
            lines.extend(f"{'•' if marker == '-' else marker} {markdown_prose(item)}" for marker, item in _items(block))
        elif block.heading and block.marked:
            lines.append(f"**{markdown_prose(block.items[0])}**")
        else:
            lines.append(markdown_prose(block.items[0]))
    return "<br>".join(lines)


def markdown_about(prose: Prose) -> str:
    """A competency's description on one line (a table's cell), after the
    label the HTML pages give it (``ABOUT_COMPETENCY``): a list starts on a
    line of its own, under the label."""
    line = markdown_line(prose)
    starts_a_list = bool(prose.blocks) and prose.blocks[0].is_list
    return f"*{ABOUT_COMPETENCY}*{'<br>' if starts_a_list else ' '}{line}"


def _items(block: Block) -> list[tuple[str, Prose]]:
    """A list's items, each with its marker: "-", or its number ("3.")."""
    if block.start is None:
        return [("-", item) for item in block.items]
    return [(f"{block.start + i}.", item) for i, item in enumerate(block.items)]


def not_applicable_label(cell: CellView) -> str:
    """What goes before the reason of a cell marked not applicable: in a
    cumulative ladder, above the levels that describe the competency, the
    level adds nothing new and what they expect still holds (``CellView.holds``);
    elsewhere it is not assessed. `import` reads either back as the mark."""
    if cell.holds:
        return f"*Nothing new at this level; what {markdown_text(cell.holds)} expects still holds:*"
    return "*Not assessed:*"


def markdown_cell(cell: CellView, flag_missing: bool = False) -> str:
    """One cell of a Markdown table, on one line; a missing cell marked as a
    problem only with ``flag_missing`` (where the findings are shown)."""
    lines: list[str] = []
    if cell.state == MISSING:
        return "**Missing**" if flag_missing else "*Not described at this level*"
    if cell.state == EMPTY:
        return "*No statements*"
    if cell.state == NOT_APPLICABLE:
        lines.append(f"{not_applicable_label(cell)} {markdown_line(cell.reason)}")
    if cell.proficiency is not None:
        step = f" ({cell.proficiency_step})" if cell.proficiency_step else ""
        lines.append(f"Proficiency: **{markdown_text(cell.proficiency)}**{step}")
    for statement in cell.statements:
        lines.append(f"• {markdown_line(statement.text)}")
        lines.extend(f"&nbsp;&nbsp;*Example:* {markdown_line(example)}" for example in statement.examples)
    if cell.note is not None:
        lines.append(f"*Note:* {markdown_line(cell.note)}")
    return "<br>".join(lines)


def hidden_id(kind: str, given: str | None, name: str) -> str:
    """A dimension's or competency's id as a Markdown comment readers do not
    see (``<!-- competency id: tests -->``), for `import` to keep it; nothing
    where the id is the one `import` makes of the name anyway."""
    return "" if not given or given == slug(name) else f"<!-- {kind} id: {given} -->"


def hidden_dimension(name: str) -> str:
    """The name of a dimension the page gives no heading (a framework's only
    one, named as a container: `FrameworkView.dimension_bands`), as a
    Markdown comment readers do not see (``<!-- dimension: Competencies
    -->``), where the heading would be: `import` reads the dimension there.
    Nothing where the name would end the comment."""
    return "" if "--" in name else f"<!-- dimension: {name} -->"


def markdown_expectations(cell: CellView, name: str, flag_missing: bool = False) -> str:
    """What one level expects of a competency, as a Markdown list item: the
    competency's name, then each statement an item under it (its examples
    under it), the proficiency, a reason it does not apply, a note; a
    missing cell said plainly, or marked as a problem with ``flag_missing``."""
    head = f"- **{markdown_text(name)}:**"
    if cell.state == MISSING:
        return f"{head} {'**Missing**' if flag_missing else '*Not described at this level*'}"
    if cell.state == EMPTY:
        return f"{head} *No statements*"
    if cell.state == NOT_APPLICABLE:
        head += f" {not_applicable_label(cell)} {markdown_line(cell.reason)}"
    if cell.proficiency is not None:
        step = f" ({cell.proficiency_step})" if cell.proficiency_step else ""
        head += f" Proficiency **{markdown_text(cell.proficiency)}**{step}."
    lines = [head]
    for statement in cell.statements:
        # A statement's id, which the differ follows it by, in a comment readers do not see: `import` keeps it.
        said_id = f" <!-- id: {statement.id} -->" if statement.id else ""
        lines.append(f"  - {markdown_line(statement.text)}{said_id}")
        lines.extend(f"    - *Example:* {markdown_line(example)}" for example in statement.examples)
    if cell.note is not None:
        lines.append(f"  - *Note:* {markdown_line(cell.note)}")
    return "\n".join(lines)
