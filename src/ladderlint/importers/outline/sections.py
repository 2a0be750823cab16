"""The level-per-page and level-per-section layouts, with their tracks.

``SectionReader`` finds the headings that name levels (``level_headings``:
the shallowest depth where two or more do, the deepest where they nest, or
headings whose sub-headings repeat), reads a page that describes one level
(``level_page``: by its title, its only level heading, its file name or
``--level``) and a page with a section per level (``many_levels``). It also
finds levels written as top list items or as lines that open a level
(``levels_as_items``, ``levels_as_lines``), and the headings, role names or
markers that set tracks apart (``heading_tracks``, ``role_tracks``,
``marked_tracks``, ``track_sections``).

Each level's content is read by ``levels.LevelReader``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from ..blocks import (
    BOLD_DEPTH, DESCRIBES_THE_FRAMEWORK, TITLE_DEPTH, Block, Heading, Item, Other, Paragraph, Table, lead_of, paragraphs_text,
)
from ..document import ImportedDocument, ImportedLevel, ImportedStatement, ImportFailure
from ..source import is_blank
from ...text import name_key, strip_markdown, words
from ...vocabulary import (
    DISCIPLINES, LEVEL_LINE, LevelName, Rung, id_rung, level_code, managed_field, manages, note_label,
    names_skills, seniority, stages_named, titles_a_role,
)
from ..textutil import (some_names,
    after_level_title, aside_name, TITLE_PARTS, file_words, is_level_name, is_title_like, heading_track, names_competencies,
    leading_decoration, names_no_rung, normalise, says_at_any_level,
    points_to_another_document, rating_pairs, reads_as_sentence,
    names_role_fully, role_keys, role_of, slug, title_cased, track_key, without_nickname,
)
from .helpers import (
    BARE_NUMBER, COMPETENCY_WORDS, TRACK_WORD, Mark, heading_text, level_marks, level_siblings, mark_name,
    names_a_part, section_body, track_named,
)
from .reader import HEADING_NAMES
from .levels import LevelReader
from ...patterns import lazy


#: What may follow a page's level in bold on its own ('**Level 4** | **Track:** ...'): nothing, or a separator.
_LABEL_SEPARATORS = frozenset(["", "|", "·", "•", "—", "–", "/"])

#: The highest number a level of a ladder has ('Engineer 12' at most).
_HIGHEST_LEVEL_NUMBER = 20

#: Labels that say which level a page describes ('**Level:** M3').
LEVEL_LABELS = frozenset({"level", "grade", "band", "job level"})


def _names_a_role(word: str) -> bool:
    """Whether the last word of a numbered title names a role ('Engineer 2',
    'Tech Lead 5', 'Director 2'), not a week, a course or a chapter."""
    return word.casefold() in DISCIPLINES or seniority(word) is not None


def _page_level_in(paragraph: Paragraph) -> str | None:
    """The level code a paragraph names as its page's level ('**Level:** M3
    (Director)', '**Grade:** 7', '**Level 4** | ...'), or the seniority it
    names ('**Level:** Senior'); None if it names none."""
    if paragraph.labelled is not None and paragraph.labelled.label.casefold() in LEVEL_LABELS:
        rest = normalise(paragraph.labelled.rest)
        if BARE_NUMBER.fullmatch(rest.split(" ")[0]):  # '**Grade:** 7'
            rest = f"{paragraph.labelled.label} {rest}"
        code = level_code(rest)
        if code:
            return code
        if len(rest.split()) <= 3 and is_level_name(rest):
            return rest
    lead, rest, _ = lead_of(paragraph.text)
    if lead is not None and rest[:1] in _LABEL_SEPARATORS and len(lead.split()) <= 3:
        return level_code(normalise(lead))  # '**Level 4** | **Career Path:** Management'
    return None


def _codes_of_different_things(headings: list[Heading]) -> bool:
    """Whether headings name levels only by codes of a family each, with
    no seniority word ('Craftsmanship (C3)', 'Impact (I3)', 'Behavior (B2)'):
    the levels of one ladder share their family (IC1, IC2; L3, L4)."""
    names = [LevelName.read(normalise(h.text)) for h in headings]
    if len(names) < 2 or any(n.rung is None or n.named for n in names):
        return False
    families = [n.rung.family for n in names if n.rung is not None]
    return len(set(families)) == len(families)


#: Words of a heading over a section that introduces the framework ('How to use this framework').
_ABOUT_THE_FRAMEWORK = frozenset({"framework", "ladder", "levels", "introduction", "about"})


def _sub_headings(blocks: list[Block], levels: list[Heading]) -> list[Heading]:
    """The headings inside the levels' sections, in order."""
    return [b for level in levels for b in section_body(blocks, level) if isinstance(b, Heading)]


#: Words of a heading about a role, not of a role's title ('Working With Your Manager').
_NOT_IN_A_TITLE = frozenset("with for the a an your our my their to of on about and or in at how becoming working "
                            "tips notes guide guidance".split())


#: A line that says its level starts a track ('🔀 This role starts the Domain Expert track.', 'This level
#: is the start of the Management track', 'Start of the management track').
_TRACK_START = lazy(
    r"^\W*(?:(?:this|the)\s+(?:role|level|position|rung|grade|title|step)\s+(?:starts|begins|opens|is\s+the\s+"
    r"(?:start|beginning|first\s+(?:role|level|step))\s+(?:of|on|in))|(?:start|beginning)\s+of)\s+(?:the\s+)?"
    r"(?P<track>[A-Za-z][\w/&' -]{0,40}?)\s+(?:career\s+)?track\W*$", re.IGNORECASE)
_QUOTED_ITEM = lazy(r"^\s*(?:>\s*)+(?:[-*+]|\d{1,2}[.)])\s")
_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=\S)")


def _track_start_in(text: str) -> tuple[re.Match[str] | None, str]:
    """The sentence of a line that says a track starts ('🔀 This role starts
    the Domain Expert track.'), wherever it sits in the line, and what the
    line says besides; (None, '') where none does."""
    sentences = _SENTENCE_END.split(text)
    for n, sentence in enumerate(sentences):
        said = _TRACK_START.match(sentence)
        if said is not None:
            return said, " ".join(sentences[:n] + sentences[n + 1:]).strip()
    return None, ""


def _track_sentence(text: str) -> str:
    said, rest = _track_start_in(text)
    return text if said is None or not rest else said.group(0).strip()


def _names_branch(title: str, label: str) -> bool:
    """Whether a level's title names a branch ('Principal Architect', 'Architect')."""
    branch = [name_key(w) for w in words(label)]
    title_words = [name_key(w) for w in words(title)]
    return bool(branch) and any(title_words[k:k + len(branch)] == branch for k in range(len(title_words)))


def say_tracks(headings: list[str]) -> bool:
    """Whether headings each say they are over a track ('Management track')."""
    return all(TRACK_WORD.search(text) for text in headings)


def _tracks_of_headings(groups: list[tuple[Heading, list[Heading]]]) -> str | None:
    """Why headings over a page's levels set apart tracks, not bands of one
    ladder; None where nothing says so. Bands name one role, or a role
    said shortly at the top (Software Engineer I, II; Staff Engineer), or
    roles whose levels each band continues above (or, written from the top
    down, below) the last (P1 Developer, P2 Developer; P3 Architect)."""
    headings = [normalise(heading.text) for heading, _ in groups]
    if say_tracks(headings):
        return "the headings over its levels say they are tracks (" + ", ".join(f"'{t}'" for t in headings) + ")"
    titles = [[normalise(level.text) for level in members] for _, members in groups]
    names = [[LevelName.read(t) for t in group] for group in titles]
    roles = [{track_key(role): role for role in map(role_of, group) if role} for group in titles]
    if all(roles) and all(set(a).isdisjoint(b) for a, b in itertools.combinations(roles, 2)):
        said = [[r.casefold().split() for r in group.values()] for group in roles]
        shortly = any(mine[-len(theirs):] == theirs or theirs[-len(mine):] == mine
                      for a, b in itertools.combinations(said, 2) for mine in a for theirs in b)
        continued = all(any(all(low.before(high) is True for low in lower for high in higher)
                            for lower, higher in ((earlier, later), (later, earlier)))
                        for earlier, later in zip(names, names[1:]))
        if not shortly and not continued:
            return "the levels under each heading name another role (" + "; ".join(
                ", ".join(f"'{r}'" for r in group.values()) for group in roles) + ")"
    # A level named again under another heading, or codes of one family under each (IC1 ..., M1 ...).
    keys = [{name_key(t) for t in group} for group in titles]
    again = any(a & b for a, b in itertools.combinations(keys, 2))
    families = [{n.rung.family for n in group if n.rung is not None and n.rung.prefix} for group in names]
    own = all(len(f) == 1 for f in families) and len(set.union(*families)) == len(families)
    if again or own:
        return "the levels under each heading are a sequence of their own, from its own lowest level (" + "; ".join(
            f"{group[0]} ..." if len(group) > 1 else group[0] for group in titles) + ")"
    return None


def _over_levels(heading: Heading, headings: list[Heading], level_ids: set[int]) -> bool:
    """Whether level headings sit under ``heading`` (in its section)."""
    start = headings.index(heading)
    for other in headings[start + 1 :]:
        if other.depth <= heading.depth:
            return False
        if id(other) in level_ids:
            return True
    return False


def _over_all(heading: Heading, headings: list[Heading], levels: list[Heading]) -> bool:
    """Whether every level heading is in ``heading``'s section."""
    end = next((other.line for other in headings[headings.index(heading) + 1:] if other.depth <= heading.depth), None)
    return all(heading.line < level.line and (end is None or level.line < end) for level in levels)


def _children(heading: Heading, headings: list[Heading]) -> set[str]:
    """Normalised names of the headings one level below ``heading``, in its section."""
    names: set[str] = set()
    start = headings.index(heading)
    child_depth = None
    for other in headings[start + 1 :]:
        if other.depth <= heading.depth:
            break
        if child_depth is None:
            child_depth = other.depth
        if other.depth == child_depth:
            names.add(normalise(other.text).lower())
    return names


def _strays(headings: list[Heading]) -> list[Heading]:
    """Headings named like a level that are not levels: each the only one
    naming a level in its section, where most of its sibling sections name
    none ('## Performance and Reviews' over '### Mid-Quarter Check-Ins',
    '### Quarterly Reviews', '### Annual Reviews'; '## How to use' over '###
    For senior hires', '### Calibration', '### FAQ'), while another section
    holds two levels or more at that depth ('## Levels' over '### Level 1'
    ... '### Level 5'), and it says no level's code or number. An appendix, an introduction or an FAQ before or
    after the levels does not add a level, nor make tracks of the page."""
    found: list[Heading] = []
    for depth in sorted({h.depth for h in headings}):
        above = [h for h in headings if h.depth < depth]
        sections: dict[int, list[Heading]] = {}
        for heading in (h for h in headings if h.depth == depth):
            sections.setdefault(id(LevelReader.parent(heading, above)), []).append(heading)
        naming = {key: [h for h in siblings if is_level_name(normalise(h.text))] for key, siblings in sections.items()}
        if not any(len(named) >= 2 for named in naming.values()):
            continue
        # One with a level's code or number ('Level 6 (future)', 'IC4') goes on with the ladder.
        found += [named[0] for key, named in naming.items()
                  if len(named) == 1 and 2 * len(named) < len(sections[key])
                  and level_code(normalise(named[0].text)) is None]
    return found


def _headings_at(depth: int, plain_text: bool = False) -> str:
    """Headings of a depth as the report names them: 'headings at depth 2',
    'bold lines'; in plain text, which has no headings, the lines read as them."""
    if plain_text:
        return "lines that open a section (after a blank line)" if depth == 2 else "lines right before bullets"
    return "bold lines" if depth == BOLD_DEPTH else f"headings at depth {depth}"


class SectionReader(LevelReader):
    """Reads the level-per-page and level-per-section layouts."""

    def bold_under_bold_levels(self, headings: list[Heading]) -> None:
        """Lines wholly in bold of two kinds, as a word processor's document
        written without heading styles has them (Google Docs' export to Word
        keeps no font size): those naming levels ('**Senior Engineer**'), two
        or more, and those naming none right under them ('**Delivery**'). The
        others stand under the levels, as headings one deeper would."""
        bold = [h for h in headings if h.bold and h.depth == BOLD_DEPTH]
        if any(not h.bold and self.names_level(h) for h in headings):
            return
        self.roles = role_keys(h.text for h in bold if is_level_name(normalise(h.text)))
        levels = [h for h in bold if self.names_level(h)]
        if len({name_key(normalise(h.text)) for h in levels}) < 2:
            return
        first = next((b for b in self.outline.blocks if not isinstance(b, Other)), None)
        if bold[0] not in levels and bold[0] is first and len(bold) > 1 and bold[1] in levels:
            # A line in bold over all the others, the first of the document, naming no level: its
            # title, as a document typed without a Title style has it ('**Engineering Ladder**').
            bold[0].bold, bold[0].depth = False, TITLE_DEPTH
            bold = bold[1:]
        if bold[0] not in levels:
            return
        under = [h for h in bold if h not in levels]
        if len(under) < len(levels):
            return
        for heading in under:
            heading.depth = BOLD_DEPTH + 1

    def bold_title(self, headings: list[Heading]) -> None:
        """A line wholly in bold that opens the document, before any heading
        and any content, where nothing else titles it ('**Vandelay – SRE
        Levels**' over the ladder's table, a wiki's '''Stark Security
        Ladder''' over its level sections): its title, as a document typed
        without a Title style has it. Not a line that names a level, a note
        or a sentence, nor the first of bold lines that head the content
        before any real heading (a level page's '**Delivery**'), nor one
        over neither a heading nor a table."""
        if not headings or next((b for b in self.outline.blocks if not isinstance(b, Other)), None) is not headings[0]:
            return
        first = headings[0]
        if not first.bold or first.depth != BOLD_DEPTH or first.description is not None or self.outline.title:
            return
        text = normalise(first.text)
        if self.names_level(first) or reads_as_sentence(text) or note_label(text) is not None:
            return
        real = next((h for h in headings if not h.bold), None)
        if real is None and not any(isinstance(b, Table) for b in self.outline.blocks):
            return  # nothing it stands over: a wiki's sidebar ('**Career ladder**' over links)
        if any(h.bold and (real is None or h.line < real.line) for h in headings[1:]):
            return  # its peers: bold lines heading the content before any heading
        if self.title_heading(headings[1:]) is not None:
            return  # a heading of its own titles the document
        first.bold, first.depth = False, TITLE_DEPTH

    def levels_as_lines(self, blocks: list[Block]) -> int:
        """Read paragraphs that open with a level's name as the levels'
        headings, the rest of each paragraph its summary: a bold label that
        names a level ('**L2:** Owns features end to end.'), a first line
        that is a level's code and its title ('L2 — Software Engineer'), or
        a line alone right over a list that is only a level's name ('IC3
        Senior Engineer' typed over its bullets); two or more naming
        different levels, each followed by its statements. Else, a page's
        first line alone, naming a level with its code, and no list above
        it: the one level the page describes. How many levels' lines it
        read (0: none)."""
        made: dict[int, list[Block]] = {}
        for n, block in enumerate(blocks):
            if not isinstance(block, Paragraph):
                continue
            after = blocks[n + 1] if n + 1 < len(blocks) else None
            opened = self.level_line(block) or (_alone_naming_a_level(block) if isinstance(after, Item) else None)
            if opened is None:
                continue
            name, rest = opened
            if not rest and not isinstance(after, (Item, Table, Paragraph, Heading)):
                continue
            opening: list[Block] = [Heading(BOLD_DEPTH, name, block.line, block.line, bold=True)]
            made[id(block)] = opening + ([Paragraph(rest, block.line, block.last)] if rest else [])
        if len({name_key(heads[0].text) for heads in made.values() if isinstance(heads[0], Heading)}) < 2:
            made = self._page_level_line(blocks)
            if not made:
                return 0
        replaced: list[Block] = []
        for block in self.outline.blocks:
            replaced.extend(made.get(id(block), [block]))
        self.outline.blocks = replaced
        return len(made)

    @staticmethod
    def _page_level_line(blocks: list[Block]) -> dict[int, list[Block]]:
        """The page's first paragraph as its heading, where it is one line
        that names a level with its code ('IC3 Senior Engineer') over the
        page's statements, as '# IC3 Senior Engineer' would; none else."""
        first = next((n for n, b in enumerate(blocks) if not isinstance(b, Heading)), None)
        if first is None or first + 1 >= len(blocks) or not isinstance(block := blocks[first], Paragraph):
            return {}
        named = _alone_naming_a_level(block)
        if named is None or not level_code(named[0]):
            return {}
        return {id(block): [Heading(1, named[0], block.line, block.line)]}

    def level_line(self, paragraph: Paragraph) -> tuple[str, str] | None:
        """The level a paragraph opens with, and the rest of it."""
        if paragraph.labelled is not None:
            label = normalise(paragraph.labelled.label)
            if len(label.split()) <= 6 and level_code(label) and is_level_name(label):
                return label, paragraph.labelled.rest
            return None
        written = self.written(paragraph.line)
        first = strip_markdown(written).strip() if written is not None else paragraph.text
        first = " ".join(first.split())
        text = " ".join(paragraph.text.split())
        match = LEVEL_LINE.match(first)
        if match is None or not level_code(match.group("code")) or not text.startswith(first):
            return None
        return first, text[len(first):].strip()

    def levels_as_items(self, blocks: list[Block], bold: bool = False) -> bool:
        """Read top-level list items that are only a level's name, with the
        statements nested under them, as the levels' headings (the shape a
        competency section holds its levels in, here the whole page's):
        two or more such items naming different levels, and every top-level
        item one of them. Whether it did. An item whose title a paragraph
        follows before its statements (a Notion toggle: '🟢 **CS1 · Associate
        CSM**', then 'Supports a book of small accounts.') names its level by
        its title, and the paragraph is the level's summary."""
        # Each item as its title alone, with what continues it set apart.
        titles: dict[int, Item] = {id(b): replace(b, text=b.opening, continued=[]) for b in blocks
                                   if isinstance(b, Item) and b.depth == 0 and b.opening is not None}
        items = {id(title): block for block in blocks
                 if isinstance(block, Item) and (title := titles.get(id(block))) is not None}
        found = level_marks([titles.get(id(b), b) for b in blocks if not isinstance(b, Heading)])
        marks: list[Mark] = [items.get(id(m), m) for m in found]
        tops = [b for b in blocks if isinstance(b, Item) and b.depth == 0]
        # The top items with nested items right under them: what a level's name heads.
        heading = {id(b) for b, after in zip(blocks, blocks[1:])
                   if isinstance(b, Item) and b.depth == 0 and isinstance(after, Item) and after.depth > 0}
        if bold:
            # --level-heading bold: the top items wholly in bold over nested items, as the user says.
            marks = [top for top in tops if top.bold and id(top) in heading]
        elif all(isinstance(m, Item) for m in marks) and len(marks) < len(tops):
            # 'Engenheiro de nível líder' after 'Engenheiro de nível senior': a level, written as they are.
            named = {i for i, top in enumerate(tops) if any(top is m for m in marks)}
            siblings = level_siblings([mark_name(titles.get(id(t), t)) for t in tops], named)
            # (Read as levels' headings, ``many_levels`` says so of each, as of a heading.)
            marks += [tops[i] for i in siblings if id(tops[i]) in heading]
            marks.sort(key=lambda m: m.line)
        if len({name_key(mark_name(titles.get(id(m), m))) for m in marks}) < 2 \
                or any(not isinstance(m, Item) for m in marks) or len(marks) != len(tops):
            return False
        made: dict[int, list[Block]] = {
            id(m): [Heading(BOLD_DEPTH, mark_name(titles.get(id(m), m)), m.line,
                            m.continued[0].line - 1 if m.continued else m.last, bold=True), *m.continued]
            for m in marks if isinstance(m, Item)}
        nested = False
        read: list[Block] = []
        for block in self.outline.blocks:
            if id(block) in made:
                read.extend(made[id(block)])
                nested = True
                continue
            if isinstance(block, Item) and nested:
                block.depth -= 1  # a statement of the level above it
            elif not isinstance(block, Other):
                nested = False
            read.append(block)
        self.outline.blocks[:] = read
        return True

    def only_level_heading(self, headings: list[Heading], title: Heading | None) -> Heading | None:
        """The one level of a page under its title ('# Ladder' over '##
        Senior Engineer' over its competencies): the first heading under the
        title, the only one naming a level, the others deeper."""
        under = [h for h in headings if not h.bold and h is not title]
        naming = [h for h in under if is_level_name(normalise(h.text))]
        if title is None or len(naming) != 1 or naming[0] is not under[0] \
                or any(h.depth <= naming[0].depth for h in under[1:]):
            return None
        return naming[0]

    def level_headings(self, headings: list[Heading], title: Heading | None) -> tuple[list[Heading], int | None, list[str]]:
        """The headings that are levels, their depth, and the evidence."""
        candidates = [h for h in headings if h is not title]
        self.strays = frozenset()
        forced = self.steering.level_heading
        if forced is not None:
            return self.forced_level_headings(candidates, forced)
        self.strays = frozenset(id(h) for h in _strays(candidates))
        self.roles = role_keys(h.text for h in candidates if is_level_name(normalise(h.text)) and id(h) not in self.strays)
        self.stages = frozenset(stage for depth in {h.depth for h in candidates}
                                for stage in stages_named(normalise(h.text) for h in candidates if h.depth == depth))
        for depth in sorted({h.depth for h in candidates}):
            at_depth = [h for h in candidates if h.depth == depth]
            named = [h for h in at_depth if self.names_level(h)]
            if len(named) >= 3:
                # 'Misc: Tech Lead' after the rungs: a role anyone takes, not the top level.
                at_depth = [h for h in at_depth if h is named[0] or self.taken_at_any_level(h) is None]
                named = [h for h in named if any(h is a for a in at_depth)]
            if _codes_of_different_things(named):
                continue
            # Two names at least: one level's name again and again ('**Level 4
            # Attainment:**' under each skill of a page of one level) labels its parts.
            distinct = {name_key(normalise(h.text)) for h in named}
            if len(distinct) >= 2 and any(is_level_name(normalise(h.text)) or normalise(h.text) in self.stages
                                          for h in named):
                deeper = self.sub_levels(named, candidates)
                if deeper is not None:
                    return deeper
                shown = ", ".join(normalise(h.text) for h in named[:4]) + (" ..." if len(named) > 4 else "")
                said = _headings_at(depth, self.outline.plain_text)
                return at_depth, depth, [f"{len(named)} {said} name levels ({shown})"]
        for depth in sorted({h.depth for h in candidates}):
            at_depth = [h for h in candidates if h.depth == depth]
            # 'Leadership Competencies' and 'Technical Competencies', each over 'Engineering' and
            # 'Development', are the groups of one level's page.
            repeating = [h for h in at_depth if self.repeats(h, at_depth, candidates)
                         and not names_competencies(normalise(h.text))]
            if len(repeating) >= 2:
                said = _headings_at(depth, self.outline.plain_text)
                return at_depth, depth, [f"{len(repeating)} {said} have sub-headings that "
                                         "repeat from one to the next (their names do not say they are levels)"]
        return [], None, []

    def forced_level_headings(self, candidates: list[Heading], forced: int) -> tuple[list[Heading], int, list[str]]:
        """The headings the user says are levels (--level-heading), but those
        among them that are clearly none: that name no level and either name
        competencies ('Technical Skills'), name a competency as ladders do
        ('Delivery', 'Communication', once between the levels), or come again
        at that depth ('Delivery' under each level; a level is named once). Where two or
        more others name levels, those are the levels, the rest are left
        out and reported; where none does, all are taken, and the report
        says what they look like and where the levels' names are."""
        chosen = [h for h in candidates if h.depth == forced]
        name = next(k for k, v in HEADING_NAMES.items() if v == forced)
        reasons = [f"--level-heading {name}: {len(chosen)} headings"]
        self.roles = role_keys(h.text for h in candidates if is_level_name(normalise(h.text)))
        named = [h for h in chosen if self.names_level(h)]
        again = Counter(name_key(normalise(h.text)) for h in chosen)
        # Levels named again and again (under each competency's heading) say names come again by design.
        once = all(again[name_key(normalise(h.text))] == 1 for h in named)
        none = [h for h in chosen if not self.names_level(h) and (
            once and again[name_key(normalise(h.text))] >= 2 or names_competencies(normalise(h.text))
            or names_skills(normalise(h.text)))]
        if not none:
            return chosen, forced, reasons
        shown = some_names([normalise(h.text) for h in none])
        if len(named) >= 2:
            reasons.append(f"{len(none)} of them name no level and read as competencies ({shown}): not levels")
            return [h for h in chosen if all(h is not n for n in none)], forced, reasons
        # Over them, headings that name levels: they are the levels' parts ('Delivery' under each level).
        # (Under competencies' headings, levels the import does not know come again by design.)
        above = [h for h in candidates if h.depth < forced and self.names_level(h)]
        if not named and len(above) >= 2:
            depth = Counter(h.depth for h in above).most_common(1)[0][0]
            there = next(k for k, v in HEADING_NAMES.items() if v == depth)
            self.document.notice(none[0].line, f"--level-heading {name}: no {name} heading names a level, and "
                                 f"{len(none)} read as competencies ({shown}); they are taken as levels as asked; "
                                 f"the {there} headings over them name levels "
                                 f"({some_names([normalise(h.text) for h in above if h.depth == depth])}): "
                                 f"is it --level-heading {there}?")
        return chosen, forced, reasons

    def sub_levels(self, named: list[Heading], headings: list[Heading]) -> tuple[list[Heading], int, list[str]] | None:
        """Headings naming levels under headings naming levels (Senior Engineer >
        Senior Engineer I, Senior Engineer II): the deeper ones are the levels."""
        deeper = [h for h in headings if h.depth > named[0].depth and is_level_name(normalise(h.text))
                  and any(p.line < h.line for p in named)]
        # Only those in a level's section: under a section at the levels' depth that names none ('## Using
        # this matrix' after them, '**For senior candidates:**' in it), they say the levels again.
        named_ids = {id(h) for h in named}
        deeper = [h for h in deeper if id(self.parent(h, [c for c in headings if c.depth <= named[0].depth])) in named_ids]
        # 'Senior Backend Engineer Responsibilities' under 'Senior Backend Engineer' is a part of that level.
        deeper = [h for h in deeper if (p := self.parent(h, named)) is None or after_level_title(p.text, h.text) is None]
        depths = sorted({h.depth for h in deeper})
        for depth in depths:
            at_depth = [h for h in deeper if h.depth == depth]
            parents = {id(self.parent(h, named)) for h in at_depth}
            if len(at_depth) >= 2 and any(sum(1 for h in at_depth if id(self.parent(h, named)) == p) >= 2 for p in parents):
                groups = [h for h in named if any(self.parent(s, named) is h for s in at_depth)]
                leaves = [h for h in named if h not in groups]
                levels = sorted(at_depth + leaves, key=lambda h: h.line)
                beside = f"; so are the headings beside them ({', '.join(normalise(h.text) for h in leaves)})" \
                    if leaves else ""
                return levels, depth, [f"headings naming levels sit under headings naming levels "
                                       f"({', '.join(normalise(g.text) for g in groups)}): the deeper ones are the "
                                       f"levels{beside}"]
        return None

    def repeats(self, heading: Heading, siblings: list[Heading], headings: list[Heading]) -> bool:
        mine = _children(heading, headings)
        if not mine:
            return False
        for other in siblings:
            if other is heading:
                continue
            theirs = _children(other, headings)
            if len(mine & theirs) * 2 >= len(mine):
                return True
        return False

    # --- one level per page -------------------------------------------------

    def level_page(self, blocks: list[Block], headings: list[Heading], title: Heading | None) -> list[ImportedDocument]:
        named = [h for h in headings if not h.bold and level_code(normalise(h.text))]
        level_heading = title if title is not None and self.names_page_level(title) else None
        if level_heading is None and len(named) == 1:
            level_heading = named[0]
        real = [h for h in headings if not h.bold]
        if level_heading is None and real and real[0] is headings[0] and self.names_page_level(real[0]) \
                and not any(self.names_page_level(h) for h in real[1:]):
            level_heading = real[0]  # the page's first heading, '## Senior', and no other names a level
        if level_heading is None and self.level_option is None:
            level_heading = self.only_level_heading(headings, title)
        labelled = self.level_label(blocks) if self.level_option is None else None
        if labelled is not None and level_code(labelled[1]) is None:
            # '**Level:** Senior' under 'Backend Engineer': the level is the Senior Backend Engineer.
            paragraph, seniority = labelled
            self.use(paragraph)
            if level_heading is None and title is not None:
                self.use(title)
                level_heading = Heading(title.depth, f"{seniority} {heading_text(title)}", title.line, title.last)
            labelled = None
        elif labelled is not None:  # '**Level:** M3 (Director)' under 'Head of Engineering'
            paragraph, self.level_option = labelled
            self.use(paragraph)
            named_code = level_code(normalise(level_heading.text)) if level_heading is not None else None
            if named_code and named_code != self.level_option:
                self.document.notice(paragraph.line, f"the heading names level {named_code} and this line "
                                                     f"{self.level_option}: the line's is taken")
            level_heading = level_heading or title
        by_page_title = by_file_name = named_freely = False
        if level_heading is None and self.level_option is None:
            level_heading = self.page_title_level()
            by_page_title = level_heading is not None
        if level_heading is None and self.level_option is None:
            level_heading = self.file_level()
            by_file_name = level_heading is not None
        if level_heading is None and self.level_option is None and self.steering.layout == "level-per-page":
            # The user says the page is one level: its title names it, whatever it says ('Builder').
            level_heading = title or self.page_title_level(any_name=True)
            by_page_title = level_heading is not None and level_heading is not title
            named_freely = level_heading is not None and not is_level_name(heading_text(level_heading))
        if level_heading is None and self.level_option is None:
            raise ImportFailure(
                self.document.path,
                "cannot tell which level this document describes (no heading names IC3, P2, Level 4, Engineer II "
                "... and no headings repeat from level to level); pass --level ID",
            )
        if level_heading is None and title is None and len(real) == 1 and blocks[0] is real[0] \
                and not (self.outline.title and real[0].depth > 1):
            # With --level, the page's one heading, over all its text, is its title
            # (the level's or the framework's), never a competency of its own;
            # unless the page has a title of its own (front matter) and starts
            # at a section ('## Craft').
            title = real[0]
        after: list[Block] = []
        if level_heading is None and title is None and self.level_option is not None and real \
                and blocks and blocks[0] is real[0] and (self.names_page_level(real[0]) or _names_a_role(
                    (heading_text(real[0]).split() or [""])[-1])):
            # --level gives the id; the page's first heading names the level ('# QA Engineer' over
            # '## Responsibilities'): its title. A heading at its depth after its sub-sections
            # ('# Performance Indicators') is the page's, not the level's.
            at_depth = [h for h in real[1:] if h.depth <= real[0].depth]
            cut = at_depth[0].line if at_depth else None
            if any(h.depth > real[0].depth and (cut is None or h.line < cut) for h in real):
                level_heading = real[0]
                after = [b for b in blocks if cut is not None and b.line >= cut]
        reasons = []
        if labelled is not None:
            reasons.append(f"'{normalise(labelled[0].text)}' on line {labelled[0].line} names its level")
        elif by_file_name and level_heading is not None:
            reasons.append(f"the file's name names one level ({level_heading.text}), and no heading does")
        elif by_page_title and level_heading is not None:
            reasons.append(f"the page's title on line {level_heading.line} names one level "
                           f"({normalise(level_heading.text)}), and no heading does")
        elif level_heading is not None:
            reasons.append(f"the heading on line {level_heading.line} names one level ({normalise(level_heading.text)})")
        if self.level_option is not None and labelled is None:
            reasons.append(f"--level {self.level_option}")
        evidence = labelled[0].line if labelled is not None else \
            level_heading.line if level_heading is not None and not by_file_name else 1
        self.layout("level-per-page", reasons, line=evidence)
        if level_heading is not None:
            if by_page_title or by_file_name:
                # The page's title (or its file's name) names its level, not the framework.
                if title is not None:
                    self.set_name(title)
                self.document.track = None
                self.document.level_by_page_title = heading_text(level_heading)
            elif level_heading is not title or not self.restates_level(level_heading):
                self.set_name(None if level_heading is title else title)
            self.use(level_heading)
            if not named_freely:  # 'Builder' is a level's name, not a role
                self.set_track(heading_text(level_heading))
            body = [b for b in blocks if b is not level_heading and b is not title and all(b is not a for a in after)]
            before = [b for b in body if b.line < level_heading.line]
            self.preamble(before)
            for block in after:
                where = next(h for h in after if isinstance(h, Heading) and h.line <= block.line)
                self.drop(block, f"section '{normalise(where.text)}' after the level's sections, at the depth of its "
                                 "heading: not part of the level" if block is where else
                                 f"in section '{normalise(where.text)}', after the level's sections", where)
            self.one_level(level_heading, [b for b in body if b.line > level_heading.line],
                           self.written_title(level_heading))
        else:
            self.set_name(title)
            self.document.level_by_option = True
            # --level gives the level's id; its title is the one the page or its file's name gives, if
            # any, or the page's heading the id is made of ('--level engineer' for '# Engineer'), else
            # the id as the user wrote it.
            given = self.page_title_level() or self.file_level()
            if given is None and title is not None and self.level_option is not None \
                    and slug(heading_text(title)) == slug(self.level_option):
                given = title
            self.one_level(None, [b for b in blocks if b is not title], heading_text(given) if given is not None else None)
        self.paragraphs_as_statements()
        return [self.document]

    def level_label(self, blocks: list[Block]) -> tuple[Paragraph, str] | None:
        """A line that names the page's level ('**Level:** M3 (Director)',
        '**Grade:** 7', '**Level:** Senior') before any sub-heading, or else
        the front matter's ('level: 3'), and the level's code, or the
        seniority it names."""
        for block in blocks:
            if isinstance(block, Heading) and block is not blocks[0]:
                break
            if isinstance(block, Paragraph) and (found := _page_level_in(block)) is not None:
                return block, found
        label = self.outline.level_label
        found = _page_level_in(label) if label is not None else None
        return (label, found) if label is not None and found is not None else None

    def file_code(self, strict: bool = False) -> str | None:
        """The level code the file's name is, if it is one ('IC3.md', 'm3.md',
        'level-4.md'): a guess, as 'v1.md' or 'week-1.md' look the same;
        ``strict``: only as written ('IC3.md', not 'm3.md')."""
        stem = file_words(self.document.path)
        code = level_code(stem) or (None if strict else level_code(stem.upper()))
        return code if code and (name_key(code) == name_key(stem) or stem.casefold().startswith("level ")) else None

    def file_level(self) -> Heading | None:
        """The file's name as the heading of its level, where it is a level's
        code of a family the other pages' levels use ('IC4.md' beside a page
        of IC3), or says 'level' ('level-4.md'), or is a role and its number
        ('Product Manager 4.md', 'senior-engineer-2.md') or at a seniority
        ('senior-engineer.md'); a page named index or README by its folder."""
        words = " ".join(file_words(self.document.path).split())
        name = LevelName.read(words)
        rung = name.rung
        title = " ".join(w.capitalize() if w.islower() else w for w in words.split())  # 'software engineer IV'
        # A level's number is small: 'engineer-101.md' is a course, 'designer-2024.md' a year.
        if rung is not None and not rung.prefix and _names_a_role(rung.family.split()[-1]) \
                and rung.number <= _HIGHEST_LEVEL_NUMBER and is_level_name(words):
            return Heading(1, title, 0, 0)
        # A role at a seniority ('senior-engineer.md', a site's 'junior-engineer/index.html'); not a page
        # about one ('senior-engineer-faq.md'), nor a seniority alone ('staff.md').
        if name.seniority is not None and len(words.split()) >= 2 and _names_a_role(words.split()[-1]) \
                and is_level_name(words):
            return Heading(1, title, 0, 0)
        code = self.file_code()
        rung = id_rung(code) if code else None
        stem = file_words(self.document.path).casefold()
        if code is None or not (stem.startswith("level") or rung is not None
                                and rung.family in self.steering.site_families):
            return None
        # Line 0: before every block of the page, none of which it is.
        return Heading(1, code, 0, 0)

    def written_title(self, level_heading: Heading) -> str | None:
        """The front matter's title, where it names the level the heading
        names ('title: Senior Engineer' over '# Senior'): the author's name
        for the page, over a heading's or a file's."""
        page = self.page_title
        if not self.outline.title_written or not page or not is_level_name(page):
            return None
        said, heading = set(words(page)), set(words(heading_text(level_heading)))
        # All the heading's words and perhaps more ('Senior' is the 'Senior Engineer'); never fewer, as a
        # heading 'Senior Engineer II' is not the title 'Senior Engineer' says.
        return page if heading and heading <= said else None

    def page_title_level(self, any_name: bool = False) -> Heading | None:
        """The page's own title (front matter, <title>) as the heading of its
        level, where it names one (``any_name``: where it names anything): a
        page of a site whose headings do not. The site's name after it
        ('Senior Engineer | Acme Careers') is not the level's."""
        line = self.outline.title_line or 1
        for part in TITLE_PARTS.split(self.page_title or ""):
            heading = Heading(1, part.strip(), line, line)
            if part.strip() and (any_name or self.names_page_level(heading)):
                return heading
        return None

    def restates_level(self, level_heading: Heading) -> bool:
        """Whether the page's own title is only a level, one its heading
        names ('title: Junior' over '# 01 Junior'): the level's name, not
        the framework's."""
        page = self.page_title or ""
        if page and name_key(page) == name_key(heading_text(level_heading)):
            return True  # a wiki's page 'Engineer II' under the title 'Engineer II': the level's name, twice
        return is_level_name(page) and role_of(page) is None and name_key(page) in name_key(heading_text(level_heading))

    def names_page_level(self, heading: Heading) -> bool:
        """Whether a page's heading names its level: a level name, or the role
        the other pages' levels name with no level of its own (the first rung),
        or named more fully ('Software Engineer' beside 'Senior Engineer'),
        or a manager's role where other pages name the field's directors."""
        text = normalise(heading.text)
        # The role alone may carry its abbreviation ('Software Engineer (SE)').
        return is_level_name(text) or name_key(without_nickname(text)) in self.steering.site_roles \
            or names_role_fully(text, self.steering.site_roles) \
            or managed_field(text) is not None and track_key(text) in self.steering.site_roles

    def set_track(self, level_title: str) -> None:
        role = role_of(level_title)
        if role and self.document.track is None:
            self.document.track = role
            self.document.track_evidence = f"the level's title '{normalise(level_title)}' names the role '{role}'"
            self.document.track_from_titles = True

    # --- one level per section -----------------------------------------------

    def many_levels(self, body: list[Block], levels: list[Heading], title: Heading | None,
                    track: Heading | None = None) -> None:
        """Read the sections of ``levels`` in ``body``; ``track``: the heading
        of the page's track they are under, where the page holds several."""
        self.level_count = len(levels)
        self.level_titles = [normalise(h.text) for h in levels]
        level_ids = {id(h) for h in levels}
        # A heading is over the levels when it is over levels that say so; the
        # other headings at their depth are levels only if their sections repeat.
        named = [h for h in levels if self.names_level(h)]
        named_ids = {id(h) for h in named} or level_ids
        depth = min(h.depth for h in levels)
        # 'Développeur expert' between 'Lead développeur' and 'Développeur principal': a level, written as they are.
        run = [h for h in levels if h.depth == depth]
        by_name = {i for i, h in enumerate(run) if any(h is n for n in named)}
        siblings = {id(run[i]): beside for i, beside in level_siblings([normalise(h.text) for h in run], by_name).items()} \
            if self.steering.level_heading is None else {}
        # '**Conceito A – Aprendizagem Plena**' under '### Pleno': a line of the level's own text, its summary.
        made: dict[int, Block] = {id(h): Paragraph(h.text, h.line, h.last, emphasised=True)
                                  for h in self.level_subtitles(body, levels)}
        if made:
            self.outline.blocks = [made.get(id(b), b) for b in self.outline.blocks]
            body = [made.get(id(b), b) for b in body]
        subtitles = {id(b) for b in made.values()}
        closing = self.closing_words(body, levels)
        if closing:
            body = [b for b in body if not any(b is c for c in closing)]
            written = "<hr>" if self.document.format == "html" else "---"
            for paragraph in closing:
                self.drop(paragraph, f"after the last level, past a thematic break ('{written}'): words about the "
                                     "whole framework, not the level's; add them to its description if they describe it")
        headings = [b for b in body if isinstance(b, Heading)]
        preamble: list[Block] = []
        current: Heading | None = None
        #: A heading over levels ('Senior Engineer' over 'Senior Engineer I, II'), while its text lasts.
        group: Heading | None = None
        #: That heading's own text, which opens the first level under it.
        carried: list[Block] = []
        #: A heading above the levels' depth after them ('Performance Indicators'), while its text lasts.
        outside: Heading | None = None
        #: The last such heading, while no heading over levels follows: its sub-sections are not
        #: levels unless they name one ('## Specializations' over '### Delivery').
        beyond: Heading | None = None
        section: list[Block] = []
        #: The sections beside the levels' that are no level ('## Overview', '## Assessment Dimensions').
        apart: list[tuple[Heading, list[Block]]] = []
        #: The heading over all the levels that names their track ('## Product Design'): found below
        #: where the page holds one track, given where it holds several (``track_sections``).

        def close() -> None:
            if current is None:
                return
            taken = self.taken_at_any_level(current) if named and current is not named[0] else None
            if taken is not None:
                said = normalise(current.text)
                self.drop(current, f"a role taken at any level, not a rung ({taken})", current)
                for block in section:
                    self.drop(block, f"in section '{said}', a role taken at any level, not a rung", current)
            elif not self.names_level(current) and self.steering.level_heading is None and self.restates(section):
                self.drop(current, f"section '{normalise(current.text)}' restates the levels above (another view of "
                                   "the ladder), not a level", current)
                for block in section:
                    self.drop(block, f"in section '{normalise(current.text)}', which restates the levels above",
                              current)
            elif not self.names_level(current) and named and current.line < named[0].line \
                    and self.defines_competencies(current, section, named):
                pass  # 'Required skills' before the levels: what each competency is
            elif self.names_level(current) or self.repeats(current, levels, headings) \
                    or self.steering.level_heading is not None and id(current) in level_ids \
                    or self.shaped_like_a_level(current, section, named) \
                    or id(current) in siblings:
                if id(current) in siblings and not self.names_level(current):
                    beside = siblings[id(current)]
                    shown = ", ".join(f"'{t}'" for t in beside[:3]) + (" ..." if len(beside) > 3 else "")
                    self.document.notice(current.line, f"read '{normalise(current.text)}' as a level: its siblings "
                                         f"are ({shown}), written as it is, and the document's order places it "
                                         "among them; check it is one", kind="layout")
                self.use(current)
                if section and id(section[0]) in subtitles:
                    self.document.notice(section[0].line, f"the line in bold under '{normalise(current.text)}' is "
                                         "read as the level's summary, not a competency: each level opens with its own")
                self.one_level(current, section)
                if named and not self.names_level(current) and self.steering.level_heading is None \
                        and id(current) not in siblings:  # a sibling's own notice says why
                    # The layout's line counts the headings that name levels: say where this one comes from.
                    self.document.notice(current.line, f"'{normalise(current.text)}' is read as a level too, though "
                                         f"its heading names none: it stands beside the {len(named)} headings that "
                                         "name levels, at their depth, with a section like theirs")
            else:
                if named and current.line < named[0].line:
                    self.asked_of_everyone(section, heading=current)  # '## Expectations for everyone'
                self.describe_by_introduction(current, section, preamble, named)
                apart.append((current, section))  # reported once the competencies are known (see below)

        for block in body:
            if block is title:
                continue
            if isinstance(block, Heading) and (id(block) in level_ids or block.depth < depth
                                               or (block.depth == depth and not block.bold)):
                close()
                previous_group, previous_text = group, carried
                current, group, outside, section, carried = None, None, None, [], []
                if id(block) in level_ids and previous_text and previous_group is not None \
                        and block.depth > previous_group.depth:
                    # What a group of levels says is said from its first level on (levels are
                    # cumulative): 'Senior Engineer' over 'Senior Engineer I, II'.
                    section = previous_text
                    self.document.notice(previous_text[0].line, f"under '{normalise(previous_group.text)}', which "
                                         f"groups levels: read as the first of them, '{normalise(block.text)}'")
                else:
                    self.drop_all(previous_text, previous_group)
                if beyond is not None and block.depth == depth and not self.names_level(block) \
                        and not self.repeats(block, named, headings):
                    outside = block
                    self.drop(block, f"in section '{normalise(beyond.text)}', after the levels", beyond)
                elif id(block) in level_ids:
                    current = block
                    beyond = None if self.names_level(block) else beyond
                elif _over_levels(block, headings, named_ids) and block.depth < depth \
                        and self.document.track is None and _over_all(block, headings, levels) \
                        and (track_name := heading_track(normalise(heading_text(block)),
                                                    [normalise(heading_text(level)) for level in levels])):
                    # '## Product Design' over Designer I ... Design Director: the track they are the levels of
                    # (the merge says so, or reports the heading where --track names another).
                    self.use(block)
                    track = block
                    self.document.track = track_name
                    self.document.track_heading = (block.line, normalise(heading_text(block)))
                elif _over_levels(block, headings, named_ids):
                    self.drop(block, "heading above the levels, not a level itself")
                    # Beside levels, it groups some of them (its text is theirs, reported); above
                    # them all, its text may describe the framework.
                    group = block if block.depth == depth else None
                elif block.depth == depth:
                    current = block  # a level if it names one or its sub-headings repeat (see close)
                elif block.line > levels[0].line:
                    outside = beyond = block
                    self.drop(block, "section after the levels, not a level", block)
            elif current is not None:
                section.append(block)
            elif group is not None and isinstance(block, Paragraph) and block.labelled is not None and all(
                    is_level_name(normalise(part)) for part in block.labelled.rest.split(",")):
                self.drop(block, f"the levels '{normalise(group.text)}' groups")  # '**Includes:** Senior Engineer I, II'
            elif group is not None:
                carried.append(block)
            elif outside is not None:
                self.drop(block, f"in section '{normalise(outside.text)}', after the levels", beyond or outside)
            else:
                preamble.append(block)
        close()
        self.drop_all(carried, group)
        self.overview(preamble)
        self.described_before(preamble)
        for heading, blocks in apart:
            # A section that defines the competencies the levels name ('Technical Scope: Central
            # question ...'), before or after them, describes them; the rest of it is reported.
            self.described_before(blocks, "before the levels" if named and heading.line < named[0].line
                                  else "apart from the levels", heading)
            self.drop(heading, f"section '{normalise(heading.text)}' is not a level", heading)
            for block in blocks:
                self.drop(block, f"in section '{normalise(heading.text)}', which is not a level", heading)
        described = self.track_described(track, preamble)
        self.preamble([b for b in preamble if not any(b is p for p in described)])
        self.describe_track(track, described)
        self.describe_competencies()
        self.set_roles_track(levels)
        self.paragraphs_as_statements()

    def closing_words(self, body: list[Block], levels: list[Heading]) -> list[Paragraph]:
        """The paragraphs that end the page after its last level's text,
        set apart from it by a thematic break ('---', an HTML page's
        <hr>), with no heading of their own ('These levels serve as a
        reference to guide career development ...'): the framework's
        closing words, not the last level's, in whichever section of it
        they would fall. [] where the page ends otherwise."""
        tail: list[Paragraph] = []
        for block in reversed(body):
            if not isinstance(block, Paragraph) or block.labelled is not None:
                break
            tail.insert(0, block)
        before = body[len(body) - len(tail) - 1] if len(tail) < len(body) else None
        if not tail or before is None or before.line <= levels[-1].line or levels[-1] is before:
            return []  # the last level holds nothing before them: they are its text
        # The break as the page's reader saw it ('---' in Markdown, <hr> in HTML), not its lines:
        # a page read as a tree (HTML, a Word document) has none.
        return tail if any(before.last < n < tail[0].line for n in self.outline.breaks) else []

    def taken_at_any_level(self, heading: Heading) -> str | None:
        """Why a section among the levels' is a role anyone may take, not a
        rung ('Misc: Tech Lead' after Distinguished Engineer): its heading
        says it is apart ('Misc', 'Other roles', 'Tech Lead (any level)'), or
        its introduction, the paragraphs before its first bullet or
        sub-heading, says it is taken at any level ('Anyone can be a tech
        lead at any stage in their career'); None for a level. A level's
        own words about a project ('at any stage of the project') are no
        such sign, nor are its bullets."""
        if names_no_rung(heading_text(heading)):
            return f"its heading, '{normalise(heading.text)}', sets it apart from the levels"
        for block in section_body(self.outline.blocks, heading):
            if not isinstance(block, Paragraph):
                break
            said = says_at_any_level(block.text, heading_text(heading))
            if said is not None:
                return f"it says '{said}'"
        return None

    def describe_by_introduction(self, heading: Heading, section: list[Block], preamble: list[Block],
                                 levels: list[Heading]) -> None:
        """Where nothing before it describes the framework, a section before
        the levels that introduces it ('How to use this framework', 'About
        this framework', 'Introduction') describes it by its first paragraph,
        when that paragraph says what the framework is ('This framework sets
        out what we expect ...'); an instruction ('Read the level you are at')
        describes nothing. A notice says so."""
        said = normalise(heading_text(heading))
        if self.document.description is not None or self.outline.description is not None or not levels \
                or heading.line > levels[0].line or any(isinstance(b, Paragraph) for b in preamble) \
                or not (names_a_part(said) or set(words(said.casefold())) & _ABOUT_THE_FRAMEWORK):
            return
        first = next((b for b in section if isinstance(b, Paragraph) and b.labelled is None), None)
        if first is None or not DESCRIBES_THE_FRAMEWORK.match(strip_markdown(first.text)):
            return
        self.document.description = first.text
        self.use(first)
        self.document.notice(first.line, f"nothing before section '{said}' describes the framework: its first "
                                         "paragraph, which says what the framework is, is the description")

    def heading_tracks(self, blocks: list[Block], levels: list[Heading],
                       title: Heading | None) -> tuple[list[tuple[Heading, list[Heading]]], str] | None:
        """The headings over the levels that set apart tracks, each with its
        levels, and the evidence; None where the headings over the levels
        (if any) are bands of one ladder ('Early career' over Engineer I and
        II, 'Senior' over Senior and Staff Engineer). At the shallowest depth
        where two headings or more hold every level between them, they are
        tracks when they say so ('Management track'), when the levels under
        each name another role (Engineer, Engineering Manager), or when each
        holds a level sequence of its own (IC1-IC3, M1-M2; Engineer I again)."""
        headings = [b for b in blocks if isinstance(b, Heading) and b is not title]
        # The levels as many_levels reads them: headings that name a level, or whose
        # sections repeat those of the named ones; not a section after the levels.
        named = [h for h in levels if self.names_level(h)] or levels
        levels = [h for h in levels if any(h is n for n in named) or self.repeats(h, named, headings)]
        level_ids = {id(h) for h in levels}
        paths: dict[int, list[Heading]] = {}
        path: list[Heading] = []
        for heading in headings:
            while path and path[-1].depth >= heading.depth:
                path.pop()
            if id(heading) in level_ids:
                paths[id(heading)] = list(path)
            path.append(heading)
        for depth in sorted({h.depth for p in paths.values() for h in p}):
            over = [next((h for h in paths[id(level)] if h.depth == depth), None) for level in levels]
            if any(h is None or id(h) in level_ids for h in over):
                continue
            groups: dict[int, tuple[Heading, list[Heading]]] = {}
            for above, level in zip(over, levels):
                if above is not None:
                    groups.setdefault(id(above), (above, []))[1].append(level)
            if len(groups) < 2:
                continue
            evidence = _tracks_of_headings(list(groups.values()))
            return (list(groups.values()), evidence) if evidence is not None else None
        return None

    def role_tracks(self, levels: list[Heading]) -> tuple[list[tuple[Heading, list[Heading]]], str] | None:
        """Levels of a contributor's role then of a manager's, each named in
        its titles ('Engineer I' ... 'Staff Engineer', then 'Engineering
        Manager', 'Senior Engineering Manager'), two or more of each: the
        levels of each role, and the evidence; None for one ladder ('Tech
        Lead' and 'Staff Engineer' among engineers are contributors)."""
        if not all(self.names_level(h) for h in levels):
            return None
        roles = [role_of(heading_text(h)) for h in levels]
        first = next((n for n, r in enumerate(roles) if r is not None and manages(r)), None)
        if first is None or first < 2 or len(levels) - first < 2:
            return None
        below, above = roles[:first], roles[first:]
        if any(r is None or not manages(r) for r in above) or any(r is not None and manages(r) for r in below) \
                or not any(below):
            return None
        evidence = f"the page's levels name two roles, '{next(r for r in below if r)}' then '{above[0]}'"
        return [(levels[0], levels[:first]), (levels[first], levels[first:])], evidence

    def code_tracks(self, levels: list[Heading]) -> tuple[list[tuple[Heading, list[Heading]]], str, list[str]] | None:
        """Levels named by codes of two sequences or more, each numbered from
        1 and with two levels or more (P1-P5 and M1-M3; IC1-IC4 and EM1-EM3),
        however their sections are ordered (by band, P3 beside M1, or one
        sequence after the other): the levels of each sequence, the evidence
        and the tracks' names (the role the levels name, else the code's
        letters); None for one sequence."""
        codes = [level_code(heading_text(h)) or "" for h in levels]
        families: dict[str, list[tuple[Heading, str, Rung]]] = {}
        for heading, code in zip(levels, codes):
            rung = id_rung(code)
            if rung is None or not rung.prefix:
                return None
            families.setdefault(rung.family, []).append((heading, code, rung))
        if len(families) < 2:
            return None
        for members in families.values():
            places = [rung.place for _, _, rung in members]
            if len(members) < 2 or min(places)[0] != 1 or len(set(places)) != len(places):
                return None
        letters = [members[0][2].prefix.strip(" -_.").upper() for members in families.values()]
        names = [next((r for heading, _, _ in members if (r := role_of(heading_text(heading)))), None) or code
                 for members, code in zip(families.values(), letters)]
        if len({track_key(name) for name in names}) < len(names):
            names = letters
        shown = "; ".join(f"{members[0][1]}-{members[-1][1]}" for members in families.values())
        evidence = f"the levels' codes are {len(families)} sequences, each numbered from 1 ({shown})"
        groups = [[heading for heading, _, _ in members] for members in families.values()]
        return [(group[0], group) for group in groups], evidence, names

    def marked_tracks(self, levels: list[Heading]
                      ) -> tuple[list[tuple[Heading, list[Heading]]], str, list[str]] | None:
        """Levels that say where a track starts ('🔀 This role starts the
        Management track.' under 'Lead Engineer'): the levels of each track,
        the evidence and the tracks' names; None where no level past the
        first says so. A track runs to the next level that starts one. The
        levels before the first that says so lead to it, where another
        track starts after it (a ladder that forks: its first branch
        continues it, and every later branch shares them); else they are a
        track of their own, named by their role. The lines that say so are
        the import's evidence, not a summary."""
        starts: dict[int, tuple[str, Paragraph | Other]] = {}
        #: The branches a line that starts a track lists after it ('The sub-branches are:' over
        #: '- Architect: ...'), by the level that says so: a later level named after one is on its track.
        branches: dict[int, list[str]] = {}
        notes: list[tuple[Paragraph | Other, str, list[Block]]] = []
        every = self.outline.blocks  # with the block quotes, which ``blocks`` leaves out
        at = {id(b): n for n, b in enumerate(every)}
        for n, level in enumerate(levels):
            after = at[id(level)] + 1 if id(level) in at else len(every)
            under = list(itertools.takewhile(lambda b: not isinstance(b, Heading), every[after:]))
            for k, block in enumerate(under):
                if not isinstance(block, (Paragraph, Other)):
                    continue
                # The line may say more around it ('... track. The sub-branches of it are:'): any sentence of it.
                said, rest = _track_start_in(normalise(block.text))
                if said is not None:
                    starts[n] = (title_cased(said.group("track")) if said.group("track").islower()
                                 else said.group("track"), block)
                    if rest:
                        listed = self._listed_after(block, under[k + 1:]) if rest.endswith(":") else []
                        branches[n] = [label for label, _ in listed]
                        notes.append((block, rest, [b for _, b in listed]))
                    break
        cuts = [n for n in starts if n > 0]
        if not cuts:
            return None
        self._track_notes(levels, starts)
        shared: list[Heading] = []
        if 0 not in starts and len(cuts) >= 2:
            # A ladder that forks: the first branch continues the levels before it, and those rungs
            # are every branch's, as a dual-track ladder is read (a manager was a junior engineer).
            shared = levels[: cuts[0]]
            cuts = cuts[1:]
        bounds = [0] + cuts + [len(levels)]
        groups = [levels[a:b] for a, b in zip(bounds, bounds[1:])]
        # A level past a fork named after a branch the fork lists ('Principal Architect' after
        # 'The sub-branches of Principal Engineer are: - Architect: ...') is on that fork's track,
        # wherever the page puts its section (after the next track's first level, say).
        for n, labels in branches.items():
            home = next(g for g, (a, b) in enumerate(zip(bounds, bounds[1:])) if a <= n < b or (g == 0 and n < b))
            for g, group in enumerate(groups):
                if g == home:
                    continue
                for level in list(group):
                    if levels.index(level) > n and levels.index(level) not in starts and any(
                            _names_branch(heading_text(level), label) for label in labels):
                        group.remove(level)
                        groups[home].append(level)
            groups[home].sort(key=levels.index)
        names = []
        for group, first in zip(groups, bounds):
            named = next((starts[n][0] for n in range(first, first + len(group)) if n in starts), None)
            names.append(named or next((r for h in group if (r := role_of(heading_text(h)))), None) or heading_text(group[0]))
        self.report_track_notes(notes)
        for _, block in starts.values():
            self.use(block)
        evidence = "; ".join(f"'{_track_sentence(normalise(block.text))}' on line {block.line}"
                             for _, block in starts.values())
        return ([(group[0], group if n == 0 else shared + group) for n, group in enumerate(groups)],
                f"the levels say where tracks start ({evidence})", names)

    def _track_notes(self, levels: list[Heading], starts: dict[int, tuple[str, Paragraph | Other]]) -> None:
        """Report the other lines under the levels led by the pictograph that
        leads the lines that start tracks ('🔀 The sub-branches of
        Engineering Manager are:' where '🔀 This role starts ...' starts
        one), with the branches they list: notes on the tracks, as the lines
        that start them are, never a level's summary."""
        marks = {mark for _, block in starts.values() if (mark := leading_decoration(normalise(block.text)))}
        if not marks:
            return
        said = {id(block) for _, block in starts.values()}
        every = self.outline.blocks
        at = {id(b): n for n, b in enumerate(every)}
        for level in levels:
            after = at[id(level)] + 1 if id(level) in at else len(every)
            under = list(itertools.takewhile(lambda b: not isinstance(b, Heading), every[after:]))
            for k, block in enumerate(under):
                if not isinstance(block, (Paragraph, Other)) or id(block) in said:
                    continue
                text = normalise(block.text)
                mark = leading_decoration(text)
                if mark not in marks:
                    continue
                self.drop(block, f"a note on the tracks, led by '{mark}' as the lines that start them are (not "
                                 "the level's summary)")
                for _, item in self._listed_after(block, under[k + 1:]) if text.endswith(":") else []:
                    self.drop(item, "a branch that a note on the tracks lists (not the level's summary)")

    def _listed_after(self, lead: Block, after: list[Block]) -> list[tuple[str, Block]]:
        """The items of the list a lead-in ('The sub-branches of Principal
        Engineer are:') introduces in its block quote ('> - Architect: ...'),
        each with its label ('Architect')."""
        listed: list[tuple[str, Block]] = []
        line = lead.last
        for block in after:
            source = self.written(block.line) or ""
            if not (isinstance(block, Other) and block.reason == "block quote" and _QUOTED_ITEM.match(source)) \
                    or block.line > line + 2:
                break
            label = block.text.split(":", 1)[0].strip() if ":" in block.text else block.text.strip()
            listed.append((strip_markdown(label), block))
            line = block.last
        return listed

    def report_track_notes(self, notes: list[tuple[Paragraph | Other, str, list[Block]]]) -> None:
        """What a line that starts a track says besides (a lead-in, the
        branches it lists): reported, never the level's summary."""
        for block, rest, listed in notes:
            self.document.unplaced(block.line, "what the line that starts a track says besides (a note, not the "
                                   "level's summary)", rest)
            for item in listed:
                self.drop(item, "a branch that the line that starts a track lists (a note, not the level's summary)")

    def track_sections(self, blocks: list[Block], levels: list[Heading], title: Heading | None,
                       groups: list[tuple[Heading, list[Heading]]], evidence: str,
                       weak: bool = False, by_role: bool = False, names: list[str] | None = None
                       ) -> list[ImportedDocument]:
        """One document per track of the page, each read from its heading's
        section (the first with the text before it) as a page of levels of
        its own; the page's first paragraph describes each. ``by_role``: each
        group's heading is its first level, the track the role its levels name."""
        documents: list[ImportedDocument] = []
        starts = [blocks.index(heading) for heading, _ in groups]
        depth = min(h.depth for h in levels)
        intro: str | None = None
        before = set(self.placed)  # what was read before the tracks' levels (the lines that start tracks)
        for n, (heading, members) in enumerate(groups):
            document = self.track_document(documents, description=intro)
            shown = ", ".join(normalise(h.text) for h in members[:4]) + (" ..." if len(members) > 4 else "")
            lines = _headings_at(depth, self.outline.plain_text)
            if names is not None:
                name = names[n]
                document.track_evidence = f"{evidence}; these are the levels of '{name}'"
                reason = f"{len(members)} {lines} are the levels of track '{name}' ({shown})"
            elif by_role:
                name = next(r for h in members if (r := role_of(heading_text(h))))
                document.track_evidence = f"{evidence}; these name '{name}'"
                reason = f"{len(members)} {lines} name the role of track '{name}' ({shown})"
            else:
                name = track_named(heading_text(heading))  # 'The individual contributor track': 'Individual Contributor'
                document.track_evidence = f"{evidence}; these are under the heading '{normalise(heading.text)}'"
                reason = f"{len(members)} {lines} under '{normalise(heading.text)}' are the levels of track '{name}' ({shown})"
                self.use(heading)
            document.track = name
            document.track_line = heading.line
            saved, self.document = self.document, document
            said_before = len(document.report)
            self.layout("level-per-section", [reason], weak=weak, line=heading.line)
            section = blocks[0 if n == 0 else starts[n]: starts[n + 1] if n + 1 < len(starts) else len(blocks)]
            below = [h for h in members if blocks.index(h) < starts[n]] if n > 0 else []
            inside = [h for h in levels if any(h is b for b in section) and any(h is m for _, g in groups for m in g)]
            if not below and [id(h) for h in inside] != [id(h) for h in members]:
                # Tracks whose levels interleave (P3 beside M1, by band): each level's own section,
                # from its heading to the next level's, the first track's with the text before them.
                ends = [blocks.index(h) for h in levels[1:]] + [len(blocks)]
                spans = {id(h): blocks[blocks.index(h): end] for h, end in zip(levels, ends)}
                section = (blocks[: blocks.index(levels[0])] if n == 0 else []) + [
                    b for h in members for b in spans[id(h)]]
            read = self.placed
            if below:  # the rungs below a fork, which this track shares with the first
                after = levels.index(below[-1]) + 1
                end = blocks.index(levels[after]) if after < len(levels) else len(blocks)
                section = blocks[:end] + section
                # This track's file repeats those levels in full: their text (block quotes too, which
                # ``blocks`` leaves out) is read again, as if the first track had not taken it.
                last = blocks[end].line if end < len(blocks) else 10**9
                shared = {id(b) for b in self.outline.blocks if levels[0].line <= b.line < last}
                self.placed = (read - shared) | before
            others = [h for h in levels if not any(h is m for m in members) and any(h is b for b in section)]
            if below and others:
                # A level of another track whose section sits among this one's (a branch of an
                # earlier fork, after this track's first level): its section is that track's.
                ends = [blocks.index(h) for h in levels[1:]] + [len(blocks)]
                theirs = {id(b) for h, end in zip(levels, ends) if any(h is o for o in others)
                          for b in blocks[blocks.index(h): end]}
                section = [b for b in section if id(b) not in theirs]
            self.many_levels(section, [h for h in levels if any(h is b for b in section)], title,
                             track=heading if names is None and not by_role else None)
            self.placed = read | self.placed
            # The page's introduction, read with the first track's levels, is every track's.
            document.track_entries += [e for e in document.report[said_before:] if e.line >= heading.line]
            self.document = saved
            if n == 0:
                # The page's own description (before its first track) describes each of its tracks.
                said = self.document.description
                # Less what the track's heading's paragraphs added to it (``describe_track``): the track's own.
                under = paragraphs_text([b for b in blocks[starts[0]: blocks.index(members[0])]
                                         if isinstance(b, Paragraph) and id(b) in self.placed])
                if said is not None and under and said.endswith(f"\n\n{under}"):
                    said = said[: -len(under) - 2]
                intro = said if said is not None and (said == self.outline.description or any(
                    isinstance(b, Paragraph) and b.text == said for b in blocks[: starts[0]])) else None
        return documents

    def defines_competencies(self, heading: Heading, section: list[Block], levels: list[Heading]) -> bool:
        """Read a section before the levels whose sub-headings are the
        competencies the levels have, each over a paragraph or two, as their
        descriptions ('Required skills' > 'Research' > 'You plan, synthesize
        ...'); False, reading nothing, for a section of another shape."""
        said = set(words(normalise(heading.text)))
        if not said & COMPETENCY_WORDS:
            return False  # 'New Grad' over paragraphs is a level; 'Required skills' describes
        subs = [b for b in section if isinstance(b, Heading)]
        if len(subs) < 2 or len({h.depth for h in subs}) != 1 or not isinstance(section[0], Heading) \
                or not all(isinstance(b, (Heading, Paragraph)) and getattr(b, "labelled", None) is None
                           for b in section):
            return False
        theirs = {name_key(heading_text(h)) for h in _sub_headings(self.outline.blocks, levels)}
        known = sum(1 for sub in subs if name_key(heading_text(sub)) in theirs)
        if known < 2 or known * 2 <= len(subs):
            return False
        self.drop(heading, "heading over the competencies' descriptions, not a level")
        for n, sub in enumerate(subs):
            start = section.index(sub) + 1
            end = section.index(subs[n + 1]) if n + 1 < len(subs) else len(section)
            self.descriptions[name_key(heading_text(sub))] = (sub, [b for b in section[start:end] if isinstance(b, Paragraph)])
        return True

    def describe_competencies(self) -> None:
        """Give the competencies the descriptions a section before the levels
        wrote for them (defines_competencies); report those that describe none."""
        for dimension in self.document.dimensions:
            for competency in dimension.competencies:
                described = self.descriptions.pop(name_key(competency.name or ""), None)
                if described is None:
                    continue
                sub, paragraphs = described
                if competency.description is None and paragraphs:
                    competency.description = " ".join(p.text for p in paragraphs)
                    self.use(sub)
                    for p in paragraphs:
                        self.use(p)
                else:
                    self.descriptions[name_key(competency.name or "")] = described
        for sub, paragraphs in self.descriptions.values():
            self.drop(sub, "a competency's description, which names no competency of the levels")
            for p in paragraphs:
                self.drop(p, f"description of '{normalise(sub.text)}', which names no competency of the levels")
        self.descriptions.clear()

    def level_subtitles(self, body: list[Block], levels: list[Heading]) -> list[Heading]:
        """The lines in bold right under the levels' headings that are their
        subtitles ('**Conceito A – Aprendizagem Plena**' under '### Pleno',
        then its lists): every level opens with one over its bullets,
        each level's its own, and no other line in bold heads a competency
        under any of them. Where the same lines come back at level after
        level ('**Delivery**' under each), or a level has more of them, they
        head competencies."""
        if len(levels) < 2 or self.steering.competency_heading is not None:
            return []
        at = {id(b): n for n, b in enumerate(body)}
        starts = {id(h) for h in levels}
        openers: list[Heading] = []
        for level in levels:
            n = at.get(id(level))
            if n is None:
                return []
            end = next((k for k, b in enumerate(body) if k > n and (id(b) in starts or isinstance(b, Heading)
                                                                    and not b.bold and b.depth <= level.depth)),
                       len(body))
            section = body[n + 1:end]
            first = section[0] if section else None
            if not isinstance(first, Heading) or not first.bold or first.description is not None \
                    or not any(isinstance(b, Item) for b in section) \
                    or any(isinstance(b, Heading) and aside_name(b.text) is None for b in section[1:]):
                return []
            openers.append(first)
        names = {name_key(heading_text(h)) for h in openers}
        return openers if len(names) == len(openers) else []

    def shaped_like_a_level(self, heading: Heading, section: list[Block], levels: list[Heading]) -> bool:
        """A section beside the levels titled with a role the vocabulary does
        not rank ('Engineering Manager' after 'Principal Architect'), whose
        sub-headings sit at the depths of the levels' own, or, where levels
        have no sub-headings, which stands between two of them: a level too."""
        # Its abbreviation in brackets is no part of its form ('Desenvolvedor (Dev)').
        words = without_nickname(normalise(heading_text(heading))).split()
        # A role's title, in any language: 'Engineering Manager', 'Desenvolvedor', 'Desenvolvedor Backend',
        # not 'Notes for managers' or 'Our managers'.
        if not titles_a_role(words) or reads_as_sentence(heading.text) \
                or any(w.casefold() in _NOT_IN_A_TITLE for w in words):
            return False
        theirs = {h.depth for h in _sub_headings(self.outline.blocks, levels) if not h.bold}
        mine = {b.depth for b in section if isinstance(b, Heading) and not b.bold}
        if not theirs and not mine:
            # Levels of bullets alone: a role's title between two of them, over bullets too, is the
            # rung the role names alone ('Junior', 'Designer', 'Lead').
            lines = [h.line for h in levels]
            return bool(lines) and min(lines) < heading.line < max(lines) and any(isinstance(b, Item) for b in section)
        return bool(mine) and mine <= theirs

    def paragraphs_as_statements(self) -> None:
        """Levels written in paragraphs only, with no bullets, tables or
        competency headings anywhere: each paragraph is a statement of its
        level, in one competency across the levels (not the level's summary,
        which would leave the ladder with nothing to assess)."""
        levels = self.document.levels
        written = [level for level in levels if level.summary_paragraphs]
        if self.document.statement_count or not written or len(written) == 1 < len(levels) \
                or len(written) == 1 and len(written[0].summary_paragraphs) < 2:
            return
        # Paragraphs each under a run-in heading ('**Delivery.** You ship ...'), after those that
        # introduce the level: those are its summary, as above a level's bullets.
        opening = {id(level): _before_run_in_headings(level) for level in written}
        # A lead paragraph wholly in italics, over paragraphs that are not, is set apart as the
        # level's summary ('_At this point, a person is mastering ..._'), as it is above bullets.
        lead = {id(level): 1 for level in written if not opening[id(level)] and _italic_lead(level)}
        self.document.notice(levels[0].line, "levels written in paragraphs only: each paragraph is read as a "
                                             "statement of its level, and no level has a summary"
                             if not any(opening.values()) and not lead else
                             "levels written in paragraphs only: each paragraph is read as a statement of its "
                             "level, a first paragraph wholly in italics its summary"
                             if not any(opening.values()) else
                             "levels written in paragraphs only: each paragraph under a run-in heading "
                             "('**Name.** ...') is read as a statement of its level, those before them its summary")
        opening.update(lead)
        rated = [(line, text) for level in written for line, text in level.summary_paragraphs if rating_pairs(text)]
        if any(len(rating_pairs(text) or []) >= 3 for _, text in rated):
            # 'Technical: 1-2 | Problem Solving: 1-2 | ...': each level rates the competencies on a scale.
            # A cell's proficiency is one step of the framework's scale; these give ranges and a rating per
            # role ('3-4 (IC) / 2-3 (Manager)') that one step would lose: kept whole, said to be ratings.
            names = list(dict.fromkeys(name for _, text in rated for name, _ in rating_pairs(text) or []))
            self.document.notice(rated[0][0], f"{len(rated)} lines rate competencies on a scale ('Name: figure' "
                                 f"pairs: {', '.join(names[:6])}{' ...' if len(names) > 6 else ''}), not "
                                 "statements: each is kept whole as a statement of its level; to rate them, write "
                                 "a competency each, the framework's proficiency_scale and each level's proficiency")
        for level in levels:
            if not level.summary_paragraphs:
                continue
            summary, said = level.summary_paragraphs[:opening[id(level)]], level.summary_paragraphs[opening[id(level)]:]
            if len(said) > 1 and points_to_another_document(said[-1][1]):
                # 'For detailed descriptions ..., see the complete Portuguese version.' closing the
                # level's paragraphs (the ladder's last words): a note on the ladder, not one more statement.
                self.document.unplaced(said[-1][0], "a pointer to another document after the statements of "
                                                    f"'{normalise(level.title)}', not one of them", said[-1][1])
                said = said[:-1]
            competency = self.document.dimension(None, level.line).competency(None, said[0][0])
            # A paragraph's run-in heading labels it: where the labels come back level after level,
            # they are the competencies (as bullets' bold labels are).
            level.cell(competency).statements.extend(
                ImportedStatement(text, line, label=head[0] if head else None, rest=head[1] if head else None)
                for line, text in said if text.strip()
                for head in [level.summary_heads.get(line)])
            level.summary = "\n\n".join(text for _, text in summary) or None
            level.summary_paragraphs = summary

    def restates(self, section: list[Block]) -> bool:
        """Whether a section says again what the levels read so far say,
        under their names ('Designers Grouped By Theme': '*Product Designer*'
        and its statements, then '*Senior Product Designer*' and its): most
        of its text is theirs, and it names two of them or more. A level
        that restates the one below it names no levels."""
        said = {normalise(s.text) for level in self.document.levels for cell in level.cells for s in cell.statements}
        said.discard("")
        texts = [normalise(b.text) for b in section if isinstance(b, (Paragraph, Item)) and b.text.strip()]
        again = sum(1 for text in texts if any(s in text for s in said))
        if not texts or again * 2 < len(texts):
            return False
        joined = " ".join(texts).casefold()
        named = {level.title for level in self.document.levels if normalise(level.title).casefold() in joined}
        return len(named) >= 2

    def drop_all(self, blocks: list[Block], group: Heading | None) -> None:
        """Report the text of a heading over levels that no level took."""
        for block in blocks:
            self.drop(block, f"under '{normalise(group.text) if group else ''}', which groups the levels below it")

    def set_roles_track(self, levels: list[Heading]) -> None:
        """Levels whose titles all name one role ('D1 - Developer 1' ... 'D7 -
        Developer 7') are that role's track."""
        self.roles_track([h.text for h in levels if self.names_level(h)], len(levels))


def _italic_lead(level: ImportedLevel) -> bool:
    """Whether a level's first paragraph alone is written wholly in
    italics, with paragraphs after it: its lead, set apart by its emphasis."""
    lines = [line for line, _ in level.summary_paragraphs]
    return len(lines) >= 2 and lines[0] in level.summary_italics \
        and not any(line in level.summary_italics for line in lines[1:])


def _before_run_in_headings(level: ImportedLevel) -> int:
    """How many of a level's paragraphs come before those that each have a
    run-in heading ('**Delivery.** You ship ...') and introduce the level;
    0 where its paragraphs are not so written."""
    lines = [line for line, _ in level.summary_paragraphs]
    first = next((n for n, line in enumerate(lines) if line in level.summary_heads), None)
    if not first or not all(line in level.summary_heads for line in lines[first:]):
        return 0
    # A head alone ('**Stay curious.**' on a line of its own) heads what follows it: only heads that
    # open a paragraph of their own say the paragraphs before them introduce the level. A paragraph
    # going on under a head is headed by its whole text.
    texts = dict(level.summary_paragraphs)
    if not any(rest and rest != texts.get(line) for line, (_, rest) in level.summary_heads.items()):
        return 0
    return first


def _alone_naming_a_level(paragraph: Paragraph) -> tuple[str, str] | None:
    """A paragraph of one short line that names a level ('IC3 Senior
    Engineer', 'Senior Engineer'), as its heading: not a sentence, nor a
    competency's name, nor a period whose code looks like a level's ('Q3
    2024 update', 'H1 2025 goals')."""
    line = " ".join(paragraph.text.split())
    if paragraph.last != paragraph.line or not is_title_like(line) or not is_level_name(line) \
            or _CODE_OF_A_PERIOD.search(line):
        return None
    return line, ""


#: A code followed by a year: a quarter or a half of it ('Q3 2024', 'H1 2025'), not a level.
_CODE_OF_A_PERIOD = lazy(r"(?<![A-Za-z])[A-Za-z]{1,2}\s?\d{1,2}\s+(?:19|20)\d{2}\b")
