"""Small readings that more than one layout's module needs, kept apart so
that those modules need not import each other.

Here: a heading's text without its number (``heading_text``); the marks that
open each level's part of a section, as headings, labelled list items or
lines (``level_marks``, ``mark_name``) and the body under a heading
(``section_body``); the words that say a heading names competencies or
levels; the statements a table cell holds (``cell_statements``,
``name_and_description``); and the labels of a summary or an overview line.

It imports no other module of the package. Put a helper here only when two
layout modules use it; otherwise keep it, with a leading underscore, in the
module that does.
"""

from __future__ import annotations

import itertools
import re
from typing import Sequence

from ..blocks import Block, Cell, Heading, Item, Paragraph
from ..cells import not_applicable
from ..document import ImportedStatement
from ..source import BLANK_CHARACTERS
from ...text import FUNCTION_WORDS, name_key, split_label, unaccented, words
from ..textutil import (
    FRAMEWORK_WORDS, ORDER_PREFIX, is_level_name, names_a_role, names_role_fully, normalise, reads_as_sentence, role_keys, role_of,
    title_cased, unwrap, without_nickname, written_in_title_case,
)
from ...vocabulary import TITLE_NOUNS, note_label, stages_named
from ...patterns import lazy


#: Headings over a level's summary ('### Overview' over a paragraph).
SUMMARY_HEADINGS = frozenset({"overview", "summary", "level summary", "role summary", "about this level",
                               "description", "in short", "tl;dr", "tldr"})
#: Row labels of a table of levels as columns over a portrait of each level in a sentence or a few
#: ('Role | A developing designer focused on core skills ...', 'Who you are | You are a designer early in
#: your career ...'): its summary where the cells read as sentences, not where they are short ('Role: Support').
PORTRAIT_LABELS = frozenset({"role", "the role", "who they are", "who you are", "who is this", "profile", "persona",
                             "at a glance", "in a nutshell"})
#: Words of a heading over what a level is for, in the languages ladders are
#: written in (English, Spanish, Portuguese, French, German; without accents):
#: 'Role description', 'Purpose', 'Descripción & objetivo del cargo'.
#: The words of those that name a description of what a level is, not what it is for
#: ('General description', 'Descrição Geral', 'Resumen'; not 'Purpose', 'Mission').
_DESCRIPTION_WORDS = frozenset(
    "summary overview description "
    "descripcion resumen "
    "descricao resumo "
    "resume apercu "
    "beschreibung rollenbeschreibung stellenbeschreibung zusammenfassung uberblick ubersicht".split())
_SUMMARY_WORDS = _DESCRIPTION_WORDS | frozenset(
    "purpose objective objectives mission about tldr tl dr "
    "objetivo objetivos proposito mision "
    "missao "
    "objectif objectifs "
    "zweck ziel ziele".split())
#: Words that say whose summary it is ('of the role', 'del cargo', 'de la fonction'), how much of the
#: level it covers ('General description', 'Descrição Geral', 'Description générale', 'Allgemeine
#: Beschreibung', 'Overall summary'), or join two of the above.
_SUMMARY_OF = frozenset(
    "the this of and role level position job general overall short in scope "
    "geral generale allgemeine allgemein "
    "el la del de y e rol cargo puesto nivel posicion "
    "o a do da funcao "
    "le du des et poste niveau fonction "
    "der die das und rolle stelle position".split())


_ROLE_ALONE = frozenset("role rol cargo puesto funcao poste rolle".split())


def names_a_summary(text: str) -> bool:
    """Whether a heading names what a level is (its description, summary,
    purpose or objective: 'Overview', 'Role description', 'Description &
    objective of the role', 'Descripción & objetivo del cargo', 'About
    the role'), and nothing else."""
    if normalise(unwrap(text)).casefold() in SUMMARY_HEADINGS:
        return True
    said = set(words(unaccented(normalise(unwrap(text)))))
    if said and said <= _ROLE_ALONE | {"the", "el", "la", "le", "o", "a", "die", "about"}:
        return True  # 'Role', 'The role', 'About the role': what the level's role is
    return bool(said & _SUMMARY_WORDS) and said <= _SUMMARY_WORDS | _SUMMARY_OF


def names_a_description(text: str) -> bool:
    """Whether a table's column header names a description of each level and
    nothing else ('Description', 'General description', 'Descrição Geral',
    'Descripción general', 'Overview', 'Summary'); not what the level is for
    ('Purpose', 'Mission') nor its role ('Role'), which a ladder's table may
    give as a column of its own."""
    said = set(words(unaccented(normalise(unwrap(text)))))
    return bool(said & _DESCRIPTION_WORDS) and said <= _DESCRIPTION_WORDS | _SUMMARY_OF


#: Headings of a part of a page that opens it, besides a summary's ('Introduction', 'Contents').
_PAGE_PARTS = frozenset({"introduction", "intro", "background", "contents", "table of contents", "context",
                         "preface", "welcome", "scope", "getting started", "about this document",
                         "about this page", "about this guide", "how to use this document", "how to use this guide"})


def names_a_part(text: str) -> bool:
    """Whether a heading names a part of a page, as any page has one
    ('Overview', 'Introduction', 'Summary', 'About', 'Purpose',
    'Background', 'Contents'), not what the page is."""
    return names_a_summary(text) or normalise(unwrap(text)).casefold().rstrip(" :") in _PAGE_PARTS


def heading_text(heading: Heading) -> str:
    # A heading's own number ('### 2. Designer', '# 01 Junior') is its place, as a list's marker is.
    return ORDER_PREFIX.sub("", unwrap(heading.text))


#: A competency heading that names it, then says what it is: 'Communication: shares
#: context early and clearly', 'Evangelizes: 데이터 과학 분야에서의 ...'. The label is a
#: name of a few words, not a note's ('Note: ...'); what follows the colon, a sentence, not a second
#: name ('Scope: Team', 'Craft: Code Quality and Testing'). A
#: full-width colon ('沟通：与团队尽早分享背景') needs no space after it (``Labelled.spaced``).
_LABEL_CHARACTERS = 40
_LABEL_WORDS = 3
_SENTENCE_WORDS = 4
#: A sentence in a script written without spaces (Chinese, Japanese) is long in characters instead.
_SENTENCE_CHARACTERS = 12


def competency_heading(heading: Heading) -> tuple[str, str | None]:
    """A competency's name and description as its heading gives them: a
    short label, a colon, then a sentence ('#### Communication: shares
    context early and clearly with the team') is the name and the
    description; any other heading ('Level 3: Senior Engineer', 'Scope:
    Team', a label of many words) is the name whole, with the description
    in italics after a bold heading, if any."""
    name = heading_text(heading)
    if heading.description is not None:
        return name, heading.description
    found = split_label(name, longest=_LABEL_CHARACTERS)
    if found is None or not found.spaced:
        return name, None
    label, rest = found.label, found.rest.strip()
    said = rest.split()
    if len(label.split()) > _LABEL_WORDS or label.split()[0].casefold() in FUNCTION_WORDS or is_level_name(label) \
            or not (len(said) >= _SENTENCE_WORDS or len(said) == 1 and len(rest) >= _SENTENCE_CHARACTERS) \
            or written_in_title_case(rest) or note_label(name) is not None:
        # 'Craft: Code Quality and Testing' is a name and a second name; 'Note: this section is new in
        # 2024' a note, no competency.
        return name, None
    return label, rest


#: A block that names a level in a competency's section.
Mark = Heading | Item | Paragraph


def section_body(blocks: list[Block], heading: Heading, positions: dict[int, int] | None = None) -> list[Block]:
    """The blocks under a heading, to the next heading as high or higher
    (``positions``: each block's index in ``blocks`` by its id, for a
    caller that asks of many headings of a long document)."""
    start = (positions[id(heading)] if positions is not None else next(
        i for i, b in enumerate(blocks) if b is heading)) + 1
    for end in range(start, len(blocks)):
        below = blocks[end]
        if isinstance(below, Heading) and below.depth <= heading.depth:
            return blocks[start:end]
    return blocks[start:]
#: What a heading over the competencies' descriptions says ('Required skills', 'Our competencies').
COMPETENCY_WORDS = frozenset("skill skills competency competencies area areas definition definitions dimension "
                              "dimensions capability capabilities attribute attributes".split())
#: What a heading over the levels' descriptions says besides 'levels' ('Career Levels', 'Our roles').
ABOUT_LEVELS = frozenset("career careers engineering job our the of at a glance overview summary summaries "
                          "descriptions definitions".split())
LEVELS = frozenset("level levels role roles title titles grade grades band bands ladder".split())


def names_the_levels(heading: Heading) -> bool:
    """Whether a heading names the levels as a whole ('Levels', 'Career
    Levels', 'The ladder'), not a group of what they expect."""
    said = set(words(normalise(heading.text)))
    return bool(said & LEVELS) and said <= LEVELS | ABOUT_LEVELS


#: Words of a heading that name a ladder's table as a whole ('Competency matrix', 'Career framework'),
#: and that may stand beside the words of levels ('Expectations by level', 'Level expectations').
_THE_LADDER = frozenset("matrix framework".split())
_OF_THE_LADDER = frozenset("expectations expectation by per".split()) | COMPETENCY_WORDS


def names_the_ladder(heading: Heading) -> bool:
    """Whether a heading over a table names the ladder as a whole: the levels
    ('Levels', 'The ladder', 'Expectations by level', 'Level expectations')
    or its matrix ('The matrix', 'Competency matrix', 'Career framework'),
    no group of competencies."""
    said = set(words(normalise(heading.text)))
    return bool(said & (LEVELS | _THE_LADDER)) and said <= LEVELS | ABOUT_LEVELS | _THE_LADDER | _OF_THE_LADDER


def mark_name(block: Mark) -> str:
    if isinstance(block, Paragraph):
        return _introduced_level(block) or ""
    return unwrap(normalise(block.text)).strip().rstrip(":")


#: Words in bold or italics.
_EMPHASIS = lazy(r"(\*\*|__|\*|_)(?![\s*_])(.+?)(?<![\s*_])\1")


def _introduced_level(paragraph: Paragraph) -> str | None:
    """The level a short lead-in names in bold or italics before its list
    ('A **Junior Developer** is capable of:', '_Senior_ engineers:'), or
    a line that is only a level's name, with a colon or not ('Level 1:',
    'Awareness'); None for another paragraph."""
    text = paragraph.text.strip()
    alone = unwrap(normalise(text)).strip().rstrip(":").strip()
    # Only a name: no emphasis within (a lead-in's, read below), no word of a sentence ('A Junior
    # Developer is capable of' is a lead-in, not a name).
    if alone == text.rstrip(":").strip() and 0 < len(alone.split()) <= 4 and is_level_name(alone) \
            and not any(word.casefold() in FUNCTION_WORDS for word in alone.split()):
        return alone
    if not text.endswith(":") or len(text.split()) > 12:
        return None
    named = [normalise(m.group(2)).strip().rstrip(":") for m in _EMPHASIS.finditer(text)]
    return named[0] if len(named) == 1 and is_level_name(named[0]) else None


def lists_after(item: Item, after: Item) -> bool:
    """Whether the list right after a top-level item holds what the item
    heads, though not nested in it: a list of the other kind at the same
    depth, bullets after a numbered item ('1. Awareness', then '  -
    understands ...' indented less than the item's text, which Markdown
    reads as a list of its own, as a page may write it too) or numbers
    after a bullet; or, in one list, the items after one wholly in bold
    ('- **Awareness**', then '- understands ...')."""
    return item.depth == after.depth == 0 and ((item.number is None) != (after.number is None)
                                               or item.bold and not after.bold)


def items_headed(item: Item, after: list[Block]) -> list[Block]:
    """The items a level's list item heads, of the blocks right after it:
    those nested in it, or those listed right after it (``lists_after``),
    up to the next item as it is, with the items nested in them."""
    if not after or not isinstance(after[0], Item) or not lists_after(item, after[0]):
        return list(itertools.takewhile(lambda b: isinstance(b, Item) and b.depth > 0, after))
    return list(itertools.takewhile(lambda b: isinstance(b, Item) and (b.depth > 0 or lists_after(item, b)), after))


def level_marks(body: list[Block], beside: Sequence[str] = ()) -> list[Mark]:
    """The blocks of a section that name a level: its own sub-headings
    (the shallowest under it) that do, when none has sub-headings of its
    own (levels holding competencies are another layout); else its
    top-level list items that are only a level's name with items nested
    under them (or listed right after them, ``lists_after``), or its lead-ins that name a level before a list ('A
    **Junior Developer** is capable of:'). ``beside``: the names of the
    other sections' sub-headings, among which a role alone is a level."""
    headings = [b for b in body if isinstance(b, Heading)]
    if headings:
        top = min(h.depth for h in headings)
        if any(h.depth > top for h in headings):
            return []
        # The role alone beside its levels is one too ('Engineer' beside 'Senior Engineer'), in
        # this section or another ('Engineer' beside 'Apprentice' here, 'Senior Engineer' there).
        at_top = [h for h in headings if h.depth == top]
        titled = [(i, mark_name(h)) for i, h in enumerate(at_top)]
        titled += [(len(at_top) + n, name) for n, name in enumerate(beside)]
        levels = {i for i, _ in levels_named(titled) if i < len(at_top)}
        named: list[Mark] = [h for i, h in enumerate(at_top) if i in levels]
        if any(is_level_name(mark_name(h)) for h in named):
            return named
    # A remark in brackets after the name says more of it ('Engenheiro de nível trainee (o que esperar)').
    over = [block for block, after in zip(body, body[1:]) if isinstance(block, Item) and block.depth == 0
            and len(without_nickname(block.text).split()) <= 6 and isinstance(after, Item)
            and (after.depth > 0 or lists_after(block, after))]
    levels = {i for i, _ in levels_named([(i, mark_name(item)) for i, item in enumerate(over)])}
    items = {id(item) for i, item in enumerate(over) if i in levels} \
        if any(is_level_name(mark_name(item)) for item in over) else set()
    marks: list[Mark] = []
    for block, after in zip(body, body[1:]):
        if isinstance(block, Item) and id(block) in items:
            marks.append(block)
        elif isinstance(block, Paragraph) and isinstance(after, Item) and _introduced_level(block):
            marks.append(block)
    names = [name_key(mark_name(m)) for m in marks]
    if headings and len(set(names)) < len(names):
        return []  # the levels again under each sub-heading: those are the competencies ('Technical' > 'Testing')
    return marks
def says_not_applicable(cell: Cell) -> bool:
    """Whether a cell only says that the competency does not apply there
    ('N/A', '—', 'None', 'N/A – first expected at L3'): no statement. A
    statement that starts with such a word ('None of the above ...') is one."""
    return not cell.bullets and not_applicable(cell.joined().strip(" []")) is not None


BARE_NUMBER = lazy(r"\d{1,2}")
#: A number, or two of them spanning levels ('3/4', '3-4', '3 to 4'), as a level's cell under 'Level' gives them.
SPANNED_NUMBERS = lazy(r"\d{1,2}(?:\s*(?:[-–—/]|to)\s*\d{1,2})?")


def levels_named(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (index, text) pairs that name a level: a level name, or the role
    the others name with no level word of its own ('Engineer' beside
    'Senior Engineer', 'Software Engineer' beside 'Staff Engineer'), as
    among headings; or a stage of a performance scale beside others
    ('Learning | Developing | Performing | Leading')."""
    staged = set(stages_named(normalise(t) for _, t in cells))
    named = [(i, t) for i, t in cells if is_level_name(normalise(t)) or normalise(t) in staged]
    roles = role_keys(t for _, t in named)
    return [(i, t) for i, t in cells
            if (i, t) in named or name_key(normalise(t)) in roles or names_role_fully(normalise(t), roles)]


#: Words that say a heading is about a role, not one of its rungs ('Programmer FAQ', 'Developer guide',
#: 'Engineer promotion process'), in the languages ladders are written in.
_ABOUT_A_ROLE = _SUMMARY_WORDS | frozenset(
    "faq faqs guide guides guidance notes tips process processes glossary track tracks path paths career careers "
    "promotion promotions how what why who when where with for the your our my to on at vs versus "
    "guia guias processo carreira promocao proceso promocion notas consejos "
    "processus promotion conseils parcours "
    "leitfaden hinweise prozess karriere beforderung "
    # Words that describe a person rather than rank one ('Example Engineer', 'Next Engineer', 'Développeur idéal').
    "example examples sample ideal typical next new future model hypothetical "
    "exemple typique prochain nouveau futur modele "
    "exemplo tipico proximo novo futuro modelo ejemplo nuevo "
    "beispiel typisch nachste neue zukunftige".split())
#: A word of a rung's name: letters, maybe joined by a hyphen or an apostrophe ('semi-senior').
_QUALIFIER = lazy(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _remark(title: str) -> str:
    """What a title says in brackets at its end ('(o que esperar)'), as a key: the form its siblings share."""
    return name_key(title[len(without_nickname(title)):]) if title.rstrip().endswith(")") else ""


def level_siblings(titles: Sequence[str], named: set[int]) -> dict[int, list[str]]:
    """The titles of a run of headings (or list items) at one depth, in
    order, that are levels because they are written as the levels among
    them are (``named``, by index), though their own word for the rung is
    one the vocabulary does not know: the role the levels name, with one
    to three words of its rung where theirs stand ('Développeur expert'
    beside 'Développeur junior', 'Développeur senior'; 'Master Programmer'
    beside 'Lead Programmer'; 'Engenheiro de nível mestre (o que esperar)'
    beside 'Engenheiro de nível pleno (o que esperar)'), standing between
    two levels, or after the last with no other heading between where its
    word follows the role's ('Développeur expert', as Romance languages
    rank a role; in English, words before the role after the levels say
    which engineer a section is about: 'Example Engineer'). Not a heading
    of another role ('Engineering Manager'), one about the role
    ('Programmer FAQ', 'Developer guide', 'Ideal Engineer'), nor one of
    another form ('Glossary', 'Promotion process'). Each, by index, with
    the levels that are its siblings."""
    if len(named) < 2:
        return {}
    roles: dict[str, list[int]] = {}
    for i in sorted(named):
        role = role_of(titles[i])
        if role:
            roles.setdefault(name_key(role), []).append(i)
    if not roles:
        return {}
    key, same = max(roles.items(), key=lambda kv: len(kv[1]))
    if len(same) < 2 or len(same) * 2 < len(named):
        return {}
    role_words = [name_key(w) for w in (role_of(titles[same[0]]) or "").split()]
    # Where the levels' own words for their rungs stand: before the role ('Lead Programmer'), after it
    # ('Développeur senior'), or both, as French has them ('Lead développeur', 'Développeur senior').
    sides = set()
    for i in same:
        written = [name_key(w) for w in without_nickname(titles[i]).split()]
        if written[len(written) - len(role_words):] == role_words and len(written) > len(role_words):
            sides.add("before")
        if written[:len(role_words)] == role_words and len(written) > len(role_words):
            sides.add("after")
    remarks = {_remark(titles[i]) for i in same}
    found: dict[int, list[str]] = {}
    first, last = min(named), max(named)
    for i in range(first + 1, len(titles)):
        if i in named:
            continue
        if i > last and any(j not in found for j in range(last + 1, i)):
            break  # after the levels, only a run of such headings right after the last
        title = titles[i]
        words = without_nickname(title).split()
        keys = [name_key(w) for w in words]
        if _remark(title) not in remarks or len(remarks) != 1 or reads_as_sentence(title) \
                or any(mark in title for mark in ":?!"):
            continue
        if keys[:len(role_words)] == role_words and "after" in sides:
            rung = words[len(role_words):]
        elif keys[len(keys) - len(role_words):] == role_words and "before" in sides and i < last:
            rung = words[:len(keys) - len(role_words)]
        else:
            continue
        folded = [unaccented(w).casefold() for w in rung]
        if not 1 <= len(rung) <= 3 or not all(_QUALIFIER.fullmatch(w) for w in rung) \
                or not _ABOUT_A_ROLE.isdisjoint(folded) or not TITLE_NOUNS.isdisjoint(folded) \
                or names_a_role(" ".join(rung)):
            continue
        found[i] = [titles[j] for j in same]
    return found


def name_and_description(cell: Cell) -> tuple[str | None, str | None]:
    texts = [piece.text for piece in cell.texts]
    if not texts:
        return None, None
    name = unwrap(texts[0])
    description = " ".join(unwrap(t) for t in texts[1:]) or None
    return name, description


def cell_statements(cell: Cell) -> list[ImportedStatement]:
    if says_not_applicable(cell):
        return []
    if cell.bullets:
        pieces = cell.lines  # text between bullets is kept as its own statement
    else:
        pieces = cell.texts
    # A cell holding only a no-break space is empty, not a statement; one
    # wholly in bold is its words, as a reader sees them.
    return [ImportedStatement(unwrap(piece.text), cell.line) for piece in pieces if piece.text.strip(BLANK_CHARACTERS)]


#: Why the rows of a group of what to avoid ('Red flags', 'Potential misalignments') are reported.
AVOIDED = "'{}' lists what to avoid (counter-examples), not what the level expects"


#: How a heading over a track ends ('Management track', 'Individual contributor path (IC1-IC6)'); what is
#: before it names the track.
TRACK_WORD = lazy(r"(?i)[\s:–—-]*\b(?:career\s+)?(?:track|path|pathway|ladder)s?(?:\s*\([^()]*\))?\s*$")


#: How a heading over one track's part of a page names the kind of section it is ('Engineering
#: Competencies', 'Sales Competency Matrix', 'Design Levels', 'Product Framework'): words after a name.
_SECTION_KIND = lazy(r"(?i)(?<=\w)[\s:–—-]+(?:(?:competency|competence|skills?)\s+(?:matrix|framework|model)"
                     r"|competencies|competences|levels|levelling|leveling|(?:career\s+)?framework|matrix)\s*$")


def track_named(heading: str) -> str:
    """The track a heading over its levels names, as every layout names it:
    without 'the', the word 'track' ('The individual contributor track'
    -> 'Individual Contributor', 'Backend track' -> 'Backend') and the
    words that say what kind of section it heads ('Engineering
    Competencies' -> 'Engineering'), where a name is left."""
    name = re.sub(r"(?i)^the\s+", "", TRACK_WORD.sub("", heading)).strip() or heading
    named = _SECTION_KIND.sub("", name).strip()
    # 'Career Framework' names no track: its words are all of the kind.
    if not named or {word.casefold() for word in named.split()} <= FRAMEWORK_WORDS:
        named = name
    return title_cased(named)
