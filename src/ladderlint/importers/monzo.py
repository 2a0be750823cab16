"""Monzo's progression-framework format, which other companies reuse.

A Markdown file whose YAML front matter holds the framework::

    title: "🛠️ Backend Engineering Framework"
    levels: 6
    topics:
      - name: "communication"          # the competency's id
        title:                          # empty: the title of the same topic in generic.md
        content:
          - level: 1
            criteria: ["..."]           # statements
            exampleCriteria:            # statements with examples
              - criteria: "..."
                examples: ["..."]

The Markdown body after the front matter is the framework's description.
A file without topics (Monzo's design frameworks) has its ladder in the
body, as '## Level N' / '### Competency' / paragraphs.

Levels are 'Level N' with id 'LN'. A topic that starts above level 1 (or
ends below the last) is not applicable at the levels below (above) it,
with the reason; the import invents no statements for them.
"""

from __future__ import annotations

import os
import re
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from ..text import name_key
from ..schema_file import language_tag
from ..vocabulary import level_fact
from . import frontmatter, markdown
from .blocks import KEPT_AS_TEXT, Heading, Item, Labelled, Other, Paragraph, as_plain_text, version_alone
from .document import ImportedDocument, ImportedLevel, ImportedStatement, ImportFailure
from .outline import LEVEL_LABELS, Steering, interpret
from .outline.helpers import names_a_summary
from .source import Ledger, read_text
from .textutil import (LEVEL_ID, names_open_points, is_level_name, is_title_like, organisation_in, role_of, title_cased, track_in,
                       voice, without_decoration)
from ..patterns import lazy

NAME = "monzo"

#: Front-matter keys that steer Monzo's web site, not the framework.
_SITE_KEYS = ("path", "sidebarTitle", "sidebarGroup", "yaml", "homepage", "layout", "permalink", "parent",
              "has_children", "sidebar_label", "slug", "draft", "toc", "menu")
#: Front-matter keys that give the page's id: its level's, where the page is one level.
_PAGE_ID_KEYS = ("id", "slug")
#: Front-matter keys that place the page in its site's navigation (Jekyll's
#: 'nav_order', Hugo's 'weight', Docusaurus's 'sidebar_position').
_ORDER_KEYS = frozenset({"nav_order", "weight", "order", "sidebar_position"})
#: Front-matter keys that say the page's language ('lang: pt-BR').
_LANGUAGE_KEYS = frozenset({"lang", "language"})
#: Front-matter keys that name whose the framework is ('org: Globex Corporation'), by name key.
_ORGANISATION_KEYS = frozenset({"org", "organisation", "organization", "company"})


def read(path: str, text: str, level: str | None = None, steering: Steering = Steering()) -> list[ImportedDocument]:
    ledger = Ledger.of(text)
    matter = frontmatter.split(path, ledger.lines)
    if matter is None:
        raise ImportFailure(path, "no YAML front matter: this is not a Monzo-format framework", 1, 1)
    document = ImportedDocument(path, NAME)
    ledger.use_range(1, matter.end)
    for line in matter.repaired:
        document.notice(line, "a tab after '-' is not YAML; it was read as a space")
    if not matter.opened:
        document.notice(1, f"the lines above the '---' on line {matter.end} were read as the page's front matter, "
                           "whose opening '---' is missing")
    data, root = matter.data, matter.root
    title = data.get("title")
    lines = frontmatter.key_lines(root)
    if isinstance(title, str) and title.strip():
        document.name = without_decoration(title.strip())
        document.organisation = organisation_in(title)
        document.track = track_in(title) if document.organisation else _track(title)
        if document.track:
            document.track_evidence = f"the front matter's title is '{title.strip()}'"
    declared = _declared_track(data)
    written = frontmatter.written_values(root)
    body_ladder = frontmatter.child(root, "topics") is None or not frontmatter.items(frontmatter.child(root, "topics"))
    level_label = None
    page_ids: list[tuple[str, str]] = []
    for key in data:
        if key in ("title", "topics") or key == "levels" and not body_ladder or data[key] in (None, ""):
            continue  # the levels are read with the topics
        if body_ladder and level_label is None and isinstance(key, str) and key.casefold() in LEVEL_LABELS \
                and isinstance(data[key], (str, int)) and not isinstance(data[key], bool):
            # 'level: 3' says which level the page describes, as a '**Level:** 3' line would.
            level_label = Paragraph(f"{key}: {written[key]}", lines[key], lines[key], Labelled(key, str(data[key])))
            continue
        if key in _LANGUAGE_KEYS and isinstance(data[key], str) and language_tag(data[key]) is not None:
            document.language = (language_tag(data[key]) or "", lines[key])  # 'lang: pt-BR', as Jekyll and Hugo write it
            continue
        if key == "version" and isinstance(data[key], (str, int, float)) and not isinstance(data[key], bool) \
                and version_alone(written[key]) is not None:
            # 'version: "4.0"' is the framework's version (merge writes it as MAJOR.MINOR.PATCH, and says so).
            document.version_line = (f"Version {written[key]}", lines[key])
            document.version_in_front_matter = True
            continue
        if key in _ORDER_KEYS and isinstance(data[key], (int, float)) and not isinstance(data[key], bool):
            document.site_order = data[key]  # orders the pages of a site when their levels' names do not
            continue
        if declared is not None and key == declared[0]:
            document.track = declared[1]
            document.track_evidence = f"the front matter says '{key}: {written[key]}'"
            continue
        if key == "description" and body_ladder and isinstance(data[key], str):
            continue
        if isinstance(key, str) and name_key(key) in _ORGANISATION_KEYS and isinstance(data[key], str) \
                and data[key].strip():
            document.organisation = data[key].strip()  # said outright: before any name the title gives
            continue
        if body_ladder and key in _PAGE_ID_KEYS and isinstance(data[key], (str, int)) \
                and not isinstance(data[key], bool) and LEVEL_ID.match(str(data[key]).strip()):
            page_ids.append((key, str(data[key]).strip()))  # the level's id, if the page is one level
            continue
        reason = ("site setting in the front matter, not part of the framework" if key in _SITE_KEYS
                  else "front matter key that is not part of the framework")
        document.unplaced(lines[key], reason, f"{key}: {written[key]}")

    topics = frontmatter.child(root, "topics")
    body_first = matter.end + 1
    if topics is None or not frontmatter.items(topics):
        # The ladder is in the body.
        outline = markdown.parse(ledger.lines, body_first)
        for line, reason, _ in outline.notices:
            document.notice(line, reason)
        outline.level_label = level_label
        if document.name:
            outline.title, outline.title_line = document.name, lines.get("title", 1)
            outline.title_written = True
        description = data.get("description")
        if isinstance(description, str) and description.strip():
            outline.description, outline.description_line = description.strip(), lines.get("description", 1)
        track, evidence, organisation = document.track, document.track_evidence, document.organisation
        document.name = None  # the interpreter chooses between the title and a heading
        document.format = NAME if looks_like(text) else markdown.NAME
        documents = interpret(document, outline, ledger, level, steering)
        if outline.description and documents and not any(each.description for each in documents):
            # A page read as one level ('--level', its title) never reads its preamble: the front
            # matter's description is still the framework's, never dropped without a word.
            documents[0].description = outline.description
        elif outline.description and documents and all(  # a track's description may go on after it
                not name_key(each.description or "").startswith(name_key(outline.description)) for each in documents):
            document.unplaced(outline.description_line, "the page's description in its front matter, beside the one "
                                                        "its text gives", f"description: {outline.description}")
        _page_id(document, documents, page_ids, lines, written, given=level is not None or level_label is not None)
        if declared is not None:
            document.track, document.track_evidence = track, evidence  # the page's word over its levels' titles
        elif document.level_by_page_title is None and not document.track:
            # Else the title is the level's, its role (if any) the track.
            document.track, document.track_evidence = track, evidence
        for each in documents:
            each.organisation = organisation or each.organisation
            each.language = each.language or document.language
        return documents

    if level is not None:
        raise ImportFailure(path, "--level applies to a document that describes one level; "
                                  "this one describes a level per 'content' entry")
    generic = _generic_titles(path)
    dimension = document.dimension(None, frontmatter.line_of(topics))
    levels: dict[int, ImportedLevel] = {}
    for topic in frontmatter.items(topics):
        _topic(document, dimension, levels, topic, generic)
    document.levels = [levels[n] for n in sorted(levels)]
    _outside_their_levels(document)
    declared = data.get("levels")
    if isinstance(declared, int) and declared != len(levels):
        numbers = ", ".join(str(n) for n in sorted(levels))
        document.notice(lines["levels"], f"the front matter says 'levels: {declared}' but the topics describe "
                                         f"{len(levels)} levels ({numbers})")

    body = "\n".join(ledger.lines[body_first - 1 :]).strip("\n")
    blocks = markdown.parse(ledger.lines, body_first).blocks if body.strip() else []
    if blocks and document.levels and _expectations_in_body(document, dimension, blocks):
        ledger.use_range(body_first, len(ledger.lines))
    elif body.strip():
        # The body is Markdown; the description is plain text, with its paragraphs and lists.
        description, left = as_plain_text(blocks)
        document.description = description or None
        for block in left:
            document.unplaced(block.line, f"{block.reason}, in the description: not part of its text", block.text)
        ledger.use_range(body_first, len(ledger.lines))
    ledger.report_rest(document)
    document.prune()
    return [document]


def _expectations_in_body(document: ImportedDocument, dimension: Any, blocks: list[Any]) -> bool:
    """A body written wholly as headings each over a list of bullets
    ('### Consulting' / '- Is a trusted advisor to the client') holds what
    the role expects, not its description: each heading is a competency,
    its bullets statements (nested bullets their examples) at the first
    level, which the levels above include. A section that names a fact of
    the role ('Experience') is reported, as on a level's page. A body with
    prose, with bullets in another voice than the topics' criteria
    (guidance to the reader), or with a section that only lists names (a
    career path: 'Senior Product Engineer') is the description: False, and
    nothing is placed."""
    sections: list[tuple[Heading, list[Item]]] = []
    for block in blocks:
        if isinstance(block, Heading):
            sections.append((block, []))
        elif isinstance(block, Item) and sections and (block.depth == 0 or sections[-1][1]):
            sections[-1][1].append(block)
        elif not (isinstance(block, Other) and block.reason not in KEPT_AS_TEXT):
            return False
    if not sections or any(not items or all(is_title_like(item.text) for item in items)
                           for _heading, items in sections):
        return False
    # Said as the topics' criteria are ('Is a trusted advisor'), not to the reader ('You can ask your manager').
    written = [statement.text for level in document.levels for cell in level.cells for statement in cell.statements]
    said = voice([item.text for _heading, items in sections for item in items])
    if said is None or said != voice(written):
        return False
    first = document.levels[0]
    for heading, items in sections:
        fact = level_fact(heading.text)
        if fact is not None:
            for line, text in [(heading.line, heading.text), *((item.line, item.text) for item in items)]:
                document.unplaced(line, f"section '{heading.text}' {fact}, not what it expects", text)
            continue
        cell = first.cell(dimension.competency(heading.text, heading.line))
        cell.headings.append((heading.line, len(cell.statements)))
        for item in items:
            if item.depth and cell.statements:
                cell.statements[-1].examples.append(item.text)
            else:
                label = item.labelled
                cell.statements.append(ImportedStatement(item.text, item.line, label=label.label if label else None,
                                                         rest=label.rest if label else None))
    document.notice(sections[0][0].line, f"the body's sections under headings ({len(sections)}) are read as what "
                                         f"the role expects, at {first.title} and so at every level above it")
    for block in blocks:
        if isinstance(block, Other):
            document.unplaced(block.line, f"{block.reason}, in the body", block.text)
    return True


def _track(title: str) -> str | None:
    """The track a page's title names: without the words that say it is a
    framework ('Backend Engineering Framework', 'Software Developer Roles');
    a title that names a level names only the role left without its level
    words, as a level's heading does ('Senior Backend Engineer' is on the
    'Backend Engineer' track, 'Junior' on none)."""
    words = _FRAMEWORK_WORDS.sub("", without_decoration(title.strip())).removeprefix("The ") or title.strip()
    return role_of(words) if is_level_name(words) else words


#: Front-matter keys that name the page's track ('track: management').
_TRACK_KEYS = frozenset({"track", "careertrack"})


def _declared_track(data: dict[str, Any]) -> tuple[str, str] | None:
    """The front-matter key that names the page's track, and the track (in
    title case where it is written in lower case: 'individual contributor')."""
    for key, value in data.items():
        if isinstance(key, str) and name_key(key) in _TRACK_KEYS and isinstance(value, str) and value.strip():
            value = value.strip()
            return key, title_cased(value) if value.islower() else value
    return None


_FRAMEWORK_WORDS = lazy(r"(?:\s+(?:Career|Progression|Framework|Ladder|Levels|Roles|Titles))+$", re.IGNORECASE)


def _topic(document: ImportedDocument, dimension: Any, levels: dict[int, ImportedLevel], topic: Node,
           generic: dict[str, str]) -> None:
    data = frontmatter.construct(topic)
    line = frontmatter.line_of(topic)
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        document.unplaced(line, "topic without a name", str(data))
        return
    key = data["name"]
    title = data.get("title")
    description = None
    if not (isinstance(title, str) and title.strip()):
        head, _, rest = key.partition(":")
        title = generic.get(key) or generic.get(head.strip())
        if rest.strip():
            description = rest.strip()
        if title is None:
            title = head.strip() or key
            document.notice(line, f"topic '{key}' has no title and generic.md has none for it; "
                                  f"named '{title}'")
        key = head.strip() or key
    if names_open_points(title) or names_open_points(key):
        # 'TODO / Questions': what the authors have still to settle, reported, not expectations.
        for node in _criteria(topic):
            document.unplaced(frontmatter.line_of(node), f"in topic '{title}', the authors' open points, not "
                                                         "expectations", str(frontmatter.construct(node)))
        return
    if names_a_summary(title) or names_a_summary(key):
        _summaries(document, levels, topic, title)
        return
    competency = dimension.competency(title, line, description)
    competency.key = key
    for extra in sorted(set(data) - {"name", "title", "content"}):
        document.unplaced(line, f"topic key '{extra}' is not part of Monzo's format", f"{extra}: {data[extra]}")
    content = frontmatter.child(topic, "content")
    for entry in frontmatter.items(content):
        _entry(document, competency, levels, entry, key)


def _criteria(topic: Node) -> list[Node]:
    """The criteria of all a topic's content entries."""
    return [node for entry in frontmatter.items(frontmatter.child(topic, "content"))
            for key in ("criteria", "exampleCriteria") for node in frontmatter.items(frontmatter.child(entry, key))]


#: A criterion that names what it says, briefly ('Scope: ✅ Task', 'Summary: A new engineer ...').
_LABELLED_CRITERION = lazy(r"(?P<label>[^\W\d_][\w'’ /&-]{0,30}?)\s*:\s+(?P<rest>\S.*)", re.DOTALL)


def _summaries(document: ImportedDocument, levels: dict[int, ImportedLevel], topic: Node, title: str) -> None:
    """A topic named 'Summary' (volo's): each entry sums up its level, not a
    competency of it. Its criteria are the level's summary, those labelled
    with another name ('Scope: ✅ Task') facts of the level, in its
    description."""
    for entry in frontmatter.items(frontmatter.child(topic, "content")):
        data = frontmatter.construct(entry)
        number = data.get("level") if isinstance(data, dict) else None
        if not isinstance(number, int) or isinstance(number, bool):
            document.unplaced(frontmatter.line_of(entry), f"content entry of topic '{title}' without a level number",
                              str(data))
            continue
        level = levels.setdefault(number, ImportedLevel(title=f"Level {number}", line=frontmatter.line_of(entry),
                                                        id=f"L{number}"))
        said: list[tuple[int, str]] = []
        for node in frontmatter.items(frontmatter.child(entry, "criteria")):
            text = _scalar(node)
            if text is None or not text.strip():
                continue
            text, line = " ".join(text.split()), frontmatter.line_of(node)
            labelled = _LABELLED_CRITERION.fullmatch(text)
            if labelled is not None and not names_a_summary(labelled["label"]):
                level.describe(line, text)
            else:
                said.append((line, labelled["rest"] if labelled is not None else text))
        if said:
            level.summary = "\n\n".join(filter(None, [level.summary, *(text for _, text in said)]))
            level.summary_paragraphs = [*level.summary_paragraphs, *said]
    document.notice(frontmatter.line_of(topic), f"topic '{title}' sums up each level: the levels' summaries "
                                                "(a labelled fact, their descriptions), not a competency")


def _page_id(document: ImportedDocument, documents: list[ImportedDocument], page_ids: list[tuple[str, str]],
             lines: dict[str, int], written: dict[str, str], given: bool) -> None:
    """A page of one level that gives its id in its front matter ('id:
    senior-engineer', else 'slug:') has it as its level's id, so that the id
    stays when the page's title changes; --level or a 'level:' key says the
    level's id first. Else the key is reported, as any key the framework has
    no place for."""
    levels = [level for each in documents for level in each.levels]
    chosen = min(page_ids, key=lambda pair: _PAGE_ID_KEYS.index(pair[0])) if page_ids and not given \
        and len(levels) == 1 else None
    if chosen is not None:
        levels[0].id = chosen[1]
        document.level_id_line = (f"{chosen[0]}: {written[chosen[0]]}", lines[chosen[0]])
    for key, _value in page_ids:
        if (key, _value) != chosen:
            reason = "site setting in the front matter, not part of the framework" if key in _SITE_KEYS \
                else "front matter key that is not part of the framework"
            document.unplaced(lines[key], reason, f"{key}: {written[key]}")


def _outside_their_levels(document: ImportedDocument) -> None:
    """A topic gives its competency a place at every level: one whose
    entries start above the first level or end below the last is not
    applicable at the others (see ImportedDocument.not_applicable_outside)."""
    for competency in [c for d in document.dimensions for c in d.competencies]:
        document.not_applicable_outside(competency, document.levels,
                                        without_decoration(competency.name or competency.key or ""),
                                        f"topic '{competency.key or competency.name}'")


def _entry(document: ImportedDocument, competency: Any, levels: dict[int, ImportedLevel], entry: Node,
           topic: str) -> None:
    line = frontmatter.line_of(entry)
    data = frontmatter.construct(entry)
    number = data.get("level") if isinstance(data, dict) else None
    if not isinstance(number, int) or isinstance(number, bool):
        document.unplaced(line, f"content entry of topic '{topic}' without a level number", str(data))
        return
    level = levels.setdefault(number, ImportedLevel(title=f"Level {number}", line=line, id=f"L{number}"))
    cell = level.cell(competency)
    for node in frontmatter.items(frontmatter.child(entry, "criteria")):
        text = _scalar(node)
        if text is None:
            document.unplaced(frontmatter.line_of(node), "criterion that is not text", str(frontmatter.construct(node)))
        elif text.strip():
            cell.statements.append(ImportedStatement(text, frontmatter.line_of(node)))
    for node in frontmatter.items(frontmatter.child(entry, "exampleCriteria")):
        item = frontmatter.construct(node)
        text = item.get("criteria") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip():
            document.unplaced(frontmatter.line_of(node), "example criterion without its criterion text", str(item))
            continue
        examples = [e for e in (item.get("examples") or []) if isinstance(e, str) and e.strip()]
        cell.statements.append(ImportedStatement(text, frontmatter.line_of(node), examples))
    for extra in sorted(set(data) - {"level", "criteria", "exampleCriteria"}):
        document.unplaced(line, f"content key '{extra}' is not part of Monzo's format", f"{extra}: {data[extra]}")


def _scalar(node: Node) -> str | None:
    if isinstance(node, ScalarNode):
        value = frontmatter.construct(node)
        return value if isinstance(value, str) else None
    return None


def _generic_titles(path: str) -> dict[str, str]:
    """Titles of the topics in the nearest generic.md (this folder, then up)."""
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(3):
        candidate = os.path.join(folder, "generic.md")
        if os.path.isfile(candidate) and os.path.abspath(candidate) != os.path.abspath(path):
            return _titles(candidate)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return {}


def _titles(path: str) -> dict[str, str]:
    try:
        text = read_text(path)
        matter = frontmatter.split(path, text.split("\n"))
    except ImportFailure:
        return {}
    if matter is None:
        return {}
    titles: dict[str, str] = {}
    for topic in frontmatter.items(frontmatter.child(matter.root, "topics")):
        if isinstance(topic, MappingNode):
            data = frontmatter.construct(topic)
            if isinstance(data, dict) and isinstance(data.get("name"), str) and isinstance(data.get("title"), str):
                titles[data["name"]] = data["title"]
    return titles


def looks_like(text: str) -> bool:
    head = text[:4000]
    return head.startswith("---\n") and bool(re.search(r"^topics:\s*$", head, re.MULTILINE))
