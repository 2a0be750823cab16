"""Reading one level's content, whatever layout found the level: from
the blocks under it to dimensions, competencies and statements.

``LevelReader.one_level`` reads a level's section or page: its summary,
then each heading under it as a dimension, a group or a competency
(``node``, ``kind``), bold labels and bullets as competencies, list items as
statements (with topics and lead-ins), tables inside a level, and asides
such as notes and counter-examples. ``bullet_groups`` and ``bullet_labels``
count the bullets that name groups of bullets across pages.

The level-per-page and level-per-section layouts (``sections``) build on it;
a new layout whose levels hold headings and bullets should too.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Sequence

from ..blocks import BOLD_DEPTH, PAGE_ASIDE, PAGE_PANEL, TASK_LIST, Block, Heading, Item, Other, Outline, Paragraph, Row, Table, block_text, blocks_after, blocks_before, paragraphs_text
from ..cells import SAME_AS, after_reference, only_says_cumulative, says_cumulative
from ..document import (
    COLUMN_HEADER, NO_COMPETENCY_HEADING, ImportedCompetency, ImportedDimension, ImportedDocument, ImportedLevel,
    ImportedCell, ImportedStatement, competency_description, described_under,
)
from ...dictionary import english, verb_in_s
from ...text import FUNCTION_WORDS, GOES_ON, THIRD_PERSON_START, ends_a_sentence, name_key, strip_markdown, words
from ...vocabulary import (
    ANAPHORA, EXAMPLE_WORDS, NO_BEHAVIOUR, TEXT_KIND_HEADERS, of_the_level, asks_for_promotion, column_role, level_code, level_fact, no_behaviour,
    page_fact, title_without_code,
)
from ..textutil import (
    after_level_title, pointer_line, aside_name, lists_what_to_avoid, is_level_name, is_title_like, normalise,
    names_open_points, points_to_another_document, SUBJECT_PRONOUNS, reads_as_sentence, unwrap,
)
from .helpers import (
    AVOIDED, COMPETENCY_WORDS, competency_heading, heading_text, name_and_description, names_a_description,
    names_a_summary, SUMMARY_HEADINGS,
)
from ..source import Ledger
from ...rules.addresses import cited_in_words
from .reader import Reader, Steering
from ...patterns import lazy


#: Why a table inside a list item is reported: it details the item's statement.
_IN_ITEM = "table inside a list item (a detail of the statement above it), not part of the ladder's structure"


#: A paragraph that says it sums up what follows: '**tldr;** ...', '**Summary:** ...', 'TL;DR: ...'.
_SUMMARY = lazy(
    r"^(?:(\*\*|__)\s*(?:tl;?\s?dr|summary|in short|in a nutshell)\s*[;:.,]?\s*\1|tl;?\s?dr\s*[;:])\s*[;:.,-]?\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


_SUMMARY_LABELS = frozenset({"tldr", "tl;dr", "summary", "in short", "in a nutshell"})
def _summary(block: Paragraph) -> str | None:
    """What a paragraph labelled as a summary ('**tldr;** ...', '<b>Summary:</b> ...')
    says; None for another paragraph."""
    if block.labelled is not None and block.labelled.label.casefold().strip(" ;:.") in _SUMMARY_LABELS:
        return block.labelled.rest.strip() or None
    match = _SUMMARY.match(block.text)
    return match.group("rest").strip() if match else None


#: The labels of an aside ('**Warning:**', '> **Note:** ...').
_ASIDE_LABELS = ("note", "warning", "tip", "important", "caution", "info", "update")
#: How a quote that is an aside starts: a GitHub alert ('[!NOTE]') or a label ('**Warning:**').
_ASIDE = lazy(rf"^\s*(?:\[!\w+\]|(?:\*\*|__)?(?:{'|'.join(_ASIDE_LABELS)})\b)", re.IGNORECASE)

#: Labels that set a paragraph apart as a note ('Note: ...', '**NB:** ...', '> **Note:** ...'), and as
#: ladders in other languages write them ('PD:', 'Nota:', 'Obs.:', 'Hinweis:', 'Remarque :').
_NOTE_LABELS = frozenset({*_ASIDE_LABELS, "notes", "nb", "n.b", "please note", "reminder", "disclaimer",
                          "ps", "p.s", "pd", "p.d", "nota", "obs", "hinweis", "anmerkung", "remarque"})
#: A paragraph that opens with a note's label, not in bold ('Note: this level is for new graduates.').
_NOTE_LINE = lazy(r"^(?:\*\*|__)?(?P<label>[a-z. ]{2,12}?)\s*(?:\*\*|__)?\s*[:\u2013\u2014-](?:\*\*|__)?\s+\S",
                        re.IGNORECASE)


def _a_note(block: Paragraph) -> bool:
    """Whether a paragraph opens with a note's label ('Note:', '**NB:**')."""
    label = block.labelled.label if block.labelled is not None else \
        ((said := _NOTE_LINE.match(block.text)) and said.group("label")) or ""
    return label.casefold().strip(" :.") in _NOTE_LABELS


#: What a sentence that defines a competency says after its name ('Technical depth is about ...',
#: 'Ownership means ...', 'Delivery covers ...').
_DEFINING = lazy(r"(?:is|are)\s+(?:about|all about|how|what|the|our|your|a|an)\b|means\b|covers\b|refers\s+to\b"
                 r"|describes\b|is\s+defined\s+as\b|captures\b|encompasses\b|measures\b|focuses\s+on\b",
                 re.IGNORECASE)


#: The heading of what `render` says is new at a level, compared with the level below.
_WHAT_IS_NEW = lazy(r"What is new at\b")


def _note_text(text: str) -> str | None:
    """What a line that opens with a note's label says after it ('*Note:*
    Listed under both competencies.'); None for any other line."""
    plain = strip_markdown(text).strip()
    said = _NOTE_LINE.match(plain)
    if said is None or said.group("label").casefold().strip(" :.") not in _NOTE_LABELS:
        return None
    return plain[said.end() - 1:].strip()


def _defines(name: str, text: str) -> bool:
    """Whether a paragraph defines the competency it is under: a sentence
    whose subject is the competency's name ('Technical depth is about the
    quality ...'), not what a level expects."""
    said = strip_markdown(text).lstrip()
    if not name or not said[:len(name)].casefold() == name.casefold():
        return False
    after = said[len(name):]
    return after[:1].isspace() and _DEFINING.match(after.lstrip()) is not None


@dataclass
class _Node:
    """A heading inside a level, with the blocks under it and its sub-headings."""

    heading: Heading
    blocks: list[Block] = field(default_factory=list)
    children: list["_Node"] = field(default_factory=list)


def _section_blocks(node: _Node) -> list[Block]:
    """The blocks of a section and of its sub-sections, their headings but its own."""
    return [*node.blocks, *(b for child in node.children for b in [child.heading, *_section_blocks(child)])]


#: Why a table inside a level is reported: it names the levels, a row for each.
_LEVELS_TABLE = "a table of the levels, a row for each (an overview of the ladder), not what the level expects"


def _section_text(node: _Node) -> str:
    """All a section says, its sub-sections' headings and text with it."""
    return "\n".join([*(block_text(b) for b in node.blocks),
                       *(f"{child.heading.text}\n{_section_text(child)}" for child in node.children)])


def _prose(node: _Node) -> bool:
    """Whether a section is paragraphs only."""
    return not node.children and bool(node.blocks) and all(isinstance(b, Paragraph) for b in node.blocks)


#: A field's label that says its text is what one level attains or is expected to do, in a
#: form of fields under each competency ('Attainment', 'Expectations at this level', 'Level
#: expectations'); a label that names the level itself ('Level 2 Attainment') says so too.
_LEVEL_FIELD = lazy(r"(?i)^(?:(?:level |role )?(?:attainment|expectations?|expected)|"
                    r"(?:attainment|expectations?) (?:at|for) (?:this|the) (?:level|role)|"
                    r"(?:what is )?expected at this level|at this level)$")


@dataclass
class _Field:
    """One labelled field of a competency written as a form ('**Overall
    Description:** ...'): its label (less the level's code it may start
    with), the labelled paragraph or bold heading that names it, its text,
    and whether it is the level's own (see ``LevelReader.forms``)."""

    label: str
    named: Paragraph | Heading
    text: list[Block]
    for_level: bool
    #: The label named the level by its code ('Level 2 Attainment' on level 2's page).
    by_code: bool = False


def _fields(node: _Node, code: str, named_for_level: set[int]) -> list[_Field] | None:
    """The fields of a section written as a form: labelled paragraphs
    ('**Category:** ...') and labels in bold on lines of their own over
    their text ('**Guidance Notes:**' over paragraphs), nothing else, two
    or more, no label twice; None for a section of another shape."""
    labelled = [b for b in node.blocks if isinstance(b, Paragraph) and b.labelled is not None]
    if any(child.children or not child.heading.bold for child in node.children) or len(labelled) < len(node.blocks):
        return None
    fields: list[_Field] = []
    for block in labelled:
        label = unwrap(block.labelled.label if block.labelled else "").rstrip(": ")
        coded = _after_level_code(code, label)
        fields.append(_Field(coded[1] if coded else label, block, [block],
                             coded is not None or bool(_LEVEL_FIELD.search(label)), coded is not None))
    for child in node.children:
        label = heading_text(child.heading).rstrip(": ")
        named = id(child.heading) in named_for_level
        fields.append(_Field(label, child.heading, child.blocks, named or bool(_LEVEL_FIELD.search(label)), named))
    fields.sort(key=lambda f: f.named.line)
    keys = [name_key(f.label) for f in fields]
    # Examples are a statement's own ('**Examples:**' beside '**Expectations:**'): such a section
    # is a competency's statements with their examples, not a template's form.
    if any(aside_name(f.label) == "examples" for f in fields):
        return None
    return fields if len(fields) >= 2 and len(set(keys)) == len(keys) else None


def _describes(label: str) -> bool:
    """Whether a field's label names what the competency is ('Overall
    Description', 'Description', 'Definition', 'Summary')."""
    return names_a_description(label) or name_key(label) in ("definition", "what it is", "what it means")


def _leads_in_to_nothing(node: _Node) -> bool:
    """Whether a section holds only a lead-in to a list that is not there
    ('## Required Skills' over 'The following skills define this level:'
    and nothing more, on the page of a level that lists none): it says
    nothing of the level, and is none of its sections."""
    return not node.children and bool(node.blocks) \
        and all(isinstance(b, Paragraph) and b.labelled is None for b in node.blocks) \
        and strip_markdown(block_text(node.blocks[-1])).rstrip().endswith(":")


@dataclass
class _Topics:
    """Bullets that only name the topic of the bullets nested under them
    ('- Networking' over '  - knows HTTP'), and each nested bullet's topic."""

    names: set[int] = field(default_factory=set)
    of: dict[int, str] = field(default_factory=dict)
    #: Bullets that finish the sentence of the bullet over them ('Be involved by:'), and that sentence.
    finishing: dict[int, str] = field(default_factory=dict)
    #: Bullets that give examples of the one over them ('Improve the flow of work. Examples:'):
    #: its statement, without the word that opens the examples, and theirs.
    shown: dict[int, tuple[str, list[str]]] = field(default_factory=dict)
    #: Examples given in a bullet of their own after a bullet ('- Examples' over '  - Fixed a flaky
    #: test', as Notion exports a toggle): of that bullet.
    more_examples: dict[int, list[str]] = field(default_factory=dict)
    #: Words nested under a bullet that finish its sentence ('- including the rollout plan'), by the bullet.
    fragments: dict[int, list[str]] = field(default_factory=dict)
    #: Sentences nested under a bullet that refer back to it ('- Support others to do the same.'), by the bullet.
    sequels: dict[int, list[str]] = field(default_factory=dict)

    def statement(self, item: Item) -> ImportedStatement | None:
        """The statement a bullet says, under its topic ('Networking: knows
        HTTP'), finishing the sentence of the bullet over it ('Understand
        the tools of your team: what they are for'), with its examples, or
        under its bold label; None for a bullet said in another's
        statement."""
        said = self.said(item)
        if said is not None:
            said.examples.extend(self.more_examples.get(id(item), []))
            if id(item) in self.fragments:
                said.text = _joined(said.text, self.fragments[id(item)])
                if said.rest is not None:
                    said.rest = _joined(said.rest, self.fragments[id(item)])
            if id(item) in self.sequels:
                said.text = _followed(said.text, self.sequels[id(item)])
                if said.rest is not None:
                    said.rest = _followed(said.rest, self.sequels[id(item)])
        return said

    def joined(self, item: Item) -> str | None:
        """What the report says of a bullet that nested words were joined to, or None."""
        if id(item) in self.fragments:
            return FRAGMENT_JOINED
        return SEQUEL_JOINED if id(item) in self.sequels else None

    def said(self, item: Item) -> ImportedStatement | None:
        if id(item) in self.names:
            return None
        if id(item) in self.shown:
            text, examples = self.shown[id(item)]
            return ImportedStatement(text, item.line, list(examples))
        if id(item) in self.finishing:
            return ImportedStatement(f"{self.finishing[id(item)]} {item.text}", item.line)
        topic = self.of.get(id(item))
        if topic is not None:
            return ImportedStatement(f"{topic}: {item.text}", item.line, label=topic, rest=item.text)
        tag = item.labelled
        return ImportedStatement(item.text, item.line, label=tag.label if tag else None, rest=tag.rest if tag else None)


def _topics(items: list[Item]) -> _Topics:
    """A bullet of a few words, in plain text, that is no sentence ('-
    Networking', '- Relational databases') over nested bullets names their
    topic: each of them is read 'Networking: knows HTTP', and the topic is
    no statement of its own (it would repeat at every level, apart from
    what it is about)."""
    found = _Topics()
    open_topics: dict[int, tuple[str, bool]] = {}  # depth -> the topic, or the sentence its bullets finish
    for n, item in enumerate(items):
        open_topics = {depth: name for depth, name in open_topics.items() if depth < item.depth}
        following = items[n + 1] if n + 1 < len(items) else None
        if id(item) in found.names:
            continue
        nested = following is not None and following.depth > item.depth
        before = next((b for b in blocks_before(items, n) if b.depth <= item.depth), None)
        if nested and before is not None and before.depth == item.depth and id(before) not in found.names \
                and aside_name(item.text) == "examples":
            # '- Examples' (a Notion toggle, as its Markdown export writes it) after a bullet, over its examples.
            under = list(itertools.takewhile(lambda after: after.depth > item.depth, blocks_after(items, n)))
            found.more_examples.setdefault(id(before), []).extend(after.text for after in under)
            found.names.update([id(item), *(id(after) for after in under)])
            continue
        under = list(itertools.takewhile(lambda after: after.depth > item.depth, blocks_after(items, n))) if nested else []
        if under and item.labelled is None and all(_EXAMPLE_MARK.match(after.text) for after in under):
            # '- Review the work of others' over '  - Ex: Reviewing a pull request': its examples.
            found.shown[id(item)] = (item.text, [_EXAMPLE_MARK.sub("", after.text, count=1) for after in under])
            found.names.update(id(after) for after in under)
            continue
        if under and item.labelled is None and not item.bold and (lead_in := _sentences_then_lead_in(item.text)):
            # 'Considers options, and discusses them with the lead. Some examples:' over what shows it: a
            # whole sentence, then one that leads in to the bullets, its examples; never each a copy of it.
            before_lead, lead_sentence = lead_in
            found.shown[id(item)] = (before_lead if _only_opens_a_list(lead_sentence) else item.text.strip(),
                                     [after.text for after in under])
            found.names.update(id(after) for after in under)
            continue
        if under and item.labelled is None and not item.bold and _introduces_instances(item.text):
            # 'Contribute to one initiative, any one of the following:' or '... such as:' over
            # the bullets that show it: alternatives or instances, its examples, never each an
            # expectation of its own. Written with its colon or without, it reads the same.
            lead = item.text.strip()
            if lead[-1:].isalnum() or _E_G_AT_END.search(lead):
                lead = f"{lead}:"  # '... such as' reads as '... such as:', never '... the following.:'
            found.shown[id(item)] = (lead, [after.text for after in under])
            found.names.update(id(after) for after in under)
            continue
        # The nested words that finish its sentence come first; nested statements may follow them.
        leading = list(itertools.takewhile(lambda after: after.depth == item.depth + 1 and _a_fragment(after.text),
                                           under))
        if leading and item.labelled is None and not item.bold and not _leads_into(item.text) \
                and not _names_a_topic(item) and not strip_markdown(item.text).rstrip().endswith((".", "!", "?")) \
                and all(after.depth == item.depth + 1 for after in under[len(leading):len(leading) + 1]) \
                and (len(leading) == 1 or all(_opening(after.text) in _SET_APART for after in leading)):
            # '2. Delivers features end to end' over '   - including the rollout plan': the nested
            # words finish its sentence, no statement of their own (read under its topic, as ever).
            found.fragments[id(item)] = [after.text for after in leading]
            found.names.update(id(after) for after in leading)
        elif (sequels := list(itertools.takewhile(lambda after: after.depth == item.depth + 1 and _refers_back(after),
                                                  under))) \
                and not item.bold and not _leads_into(item.text) and not _names_a_topic(item) \
                and all(after.depth == item.depth + 1 for after in under[len(sequels):len(sequels) + 1]):
            # '- Participate in our Engineering community' over '  - Support and encourage others to do the
            # same.': the nested sentence says nothing without it, so it is read with it, not on its own.
            found.sequels[id(item)] = [after.text for after in sequels]
            found.names.update(id(after) for after in sequels)
        elif nested and (_names_a_topic(item) or _a_term_topic(item)):
            open_topics[item.depth] = (unwrap(item.text).strip(), False)
            found.names.add(id(item))
            continue
        if nested and item.labelled is None and not item.bold and _leads_into(item.text):
            under = list(itertools.takewhile(lambda after: after.depth > item.depth, blocks_after(items, n)))
            opening = _EXAMPLES_OPENING.search(item.text)
            if opening is not None and opening.start() > 0:
                # 'Improve the flow of work for your team. Examples:' over what shows it.
                found.shown[id(item)] = (item.text[: opening.start()].rstrip(), [after.text for after in under])
                found.names.update(id(after) for after in under)
                continue
            # 'Understand the core tools of your team:' over '- What they are for': each finishes it. Written
            # with its colon or without ('Be involved by' over '- Encouraging others'), it reads the same, so
            # that a revision that adds or drops the colon says the same statements.
            lead = item.text.strip()
            open_topics[item.depth] = (lead if lead.endswith(":") else f"{lead}:", True)
            found.names.add(id(item))
            continue
        if open_topics:
            name, finishes = open_topics[max(open_topics)]
            (found.finishing if finishes else found.of)[id(item)] = name
    return found


#: The words that open a bullet's examples, written as its last sentence ('... for your team. Examples:'),
#: with a colon or not.
_EXAMPLES_OPENING = lazy(r"(?:^|(?<=[.!?]))\s*(?:examples?|for (?:example|instance)|e\.g\.?)\s*:?\s*$",
                               re.IGNORECASE)
#: The words that open a bullet of its own as an example: 'Ex: ...', 'E.g. ...', 'Example: ...', 'For instance, ...'.
_EXAMPLE_MARK = lazy(r"(?:ex|e\.\s?g|eg|examples?|for (?:example|instance))\s*[.:,]\s*(?=\S)", re.IGNORECASE)
#: Words a bullet ends on when the bullets nested under it are instances of what it says, not the rest
#: of its sentence ('... such as:', '... including', '..., e.g.:', '... for instance').
_INSTANCES_AT_END = lazy(r"(?:^|[\s,(])(?:such as|including|like|for (?:example|instance)|e\.\s?g\.?|eg"
                         r"|among (?:others|them)|examples? include|(?:such as|including|e\.\s?g\.?|for example),?"
                         r" the following)\s*[:.]?\s*$", re.IGNORECASE)
#: 'e.g.' at the end of a bullet, an abbreviation's stop, not a sentence's.
_E_G_AT_END = lazy(r"(?i)\be\.\s?g\.$")
#: Words anywhere in a bullet that say the bullets under it are a choice of instances: 'any one of the
#: following', 'one or more of the following', 'the examples below are illustrative'. That a list is
#: 'non-exhaustive' or 'indicative' says it is incomplete, not that its items are optional.
_INSTANCES_BELOW = lazy(r"\b(?:(?:any(?: one)?|one|some|either|at least (?:one|two)|one or more|two or more|a few"
                        r"|several|a (?:combination|mix|selection)) of the following\b"
                        r"|\bexamples? (?:below |here )?(?:is|are) (?:only |just |merely )?(?:indicative|illustrative"
                        r"|examples))", re.IGNORECASE)
#: Words in brackets ('(non-exhaustive list)'), which say nothing the lead asks.
_IN_BRACKETS = lazy(r"\s*\([^()]*\)")


#: Where a sentence ends within a bullet: its stop, any closing quotes or bracket, then a space.
_SENTENCE_GAP = lazy(r"[.!?][\"'’”)]*\s+")
#: Words of a sentence that only opens a list of what the sentence before it says ('Some examples:',
#: 'An indicative list of activities:', 'This includes:', 'For instance:'), besides ``EXAMPLE_WORDS``.
_LIST_WORDS = frozenset("instance instances list such include includes including means namely".split())


def _sentences_then_lead_in(text: str) -> tuple[str, str] | None:
    """A bullet's whole sentences and its last one, which ends in a colon
    and leads in to the bullets under it ('Considers options, and
    discusses them with the lead.' and 'Some examples:'); None for a
    bullet of one sentence ('You can:', 'Understand the tools of your
    team:'), whose bullets each finish it."""
    plain = text.strip()
    if not plain.endswith(":"):
        return None
    for gap in reversed(list(_SENTENCE_GAP.finditer(plain))):
        said = plain[: gap.start() + len(gap.group(0).rstrip())]
        if ends_a_sentence(said) and words(plain[gap.end():]):
            return said, plain[gap.end():]
    return None


#: Words of a heading that speak of the level it stands under ('Skills needed for this level', 'What
#: the role asks'), not of a group of competencies.
_OF_THE_LEVEL = lazy(r"\b(?:this|the|each|every|that|your|our)\s+(?:level|role|grade|band|rung|position|job)\b",
                     re.IGNORECASE)
#: How the report says that a heading only wraps what its level asks.
_WRAPS_THE_LEVEL = "the one heading over the competencies at each level speaks of the level"


def _sentences_leading_in(block: Block, after: list[Block]) -> tuple[str, str, list[Item]] | None:
    """A paragraph of whole sentences whose last one leads in to the list
    right after it ('... you must first deliver on your tasks. This
    means:'): its sentences, that last one, and the list's bullets; None
    for any other block, and for a paragraph of one sentence (``_lead_ins``)."""
    if not isinstance(block, Paragraph) or block.labelled is not None:
        return None
    lead_in = _sentences_then_lead_in(block.text)
    items = [b for b in itertools.takewhile(lambda b: isinstance(b, Item), after) if isinstance(b, Item)]
    if lead_in is None or not items or items[0].depth != 0:
        return None
    return lead_in[0], lead_in[1], items


def _only_opens_a_list(sentence: str) -> bool:
    """Whether a sentence only says that a list follows ('Some examples:',
    'An indicative list of activities:', 'This includes:', 'Such as:',
    'E.g.:'), which the bullets under it say, rather than asking something
    of its own ('You are responsible for:')."""
    said = {word.casefold() for word in words(sentence)}
    return bool(said & (EXAMPLE_WORDS | _LIST_WORDS)) or _EXAMPLE_MARK.match(sentence) is not None \
        or _EXAMPLES_OPENING.match(sentence) is not None or _INSTANCES_AT_END.search(sentence) is not None


def _asks_by_itself(lead: str) -> bool:
    """Whether a bullet's words, without those that introduce the bullets
    under it, ask something of their own ('Shares knowledge' of 'Shares
    knowledge, such as:', 'Contribute to one initiative' of '... any one of
    the following'), rather than only lead in to them: no words left, a
    sentence that goes on below ('Is expected to' of 'Is expected to, for
    example:'), or the name of what the bullets are ('Responsibilities',
    'Core duties', 'Key areas')."""
    cut = _INSTANCES_AT_END.search(lead)
    rest = lead[: cut.start()] if cut is not None else lead
    choice = _INSTANCES_BELOW.search(rest)
    if choice is not None:
        # 'Masters at least two of the following', '... this could be any one of the following': the
        # choice finishes what the words before it ask.
        return bool(words(rest[: choice.start()]))
    said = words(_IN_BRACKETS.sub("", rest).strip(" ,;:-–—"))
    if not said:
        return False
    if said[-1].casefold() in _GOES_ON_BELOW:
        # 'Is expected to, for example:' goes on below; '... this could be, for example, the following'
        # is finished by the words that introduce the bullets.
        return cut is not None and "following" in cut.group(0).casefold()
    first, last = said[0].casefold(), said[-1].casefold()
    names = len(said) <= 3 and not any(w.casefold() in FUNCTION_WORDS for w in said) and first not in _PRONOUNS \
        and not (first.endswith("s") and verb_in_s(first)) and (len(said) == 1 or last.endswith("s"))
    return not names


def _introduces_instances(text: str) -> bool:
    """Whether a bullet over nested bullets introduces instances or
    alternatives of what it asks ('... this could be any one of the
    following (this list is indicative)', 'Shares knowledge, such as:'),
    rather than the duties its sentence goes on to name ('Be involved by:',
    'You own the following:')."""
    plain = strip_markdown(text).strip()
    own_sentence = _EXAMPLES_OPENING.search(text)  # '... for your team. For example:' is read apart, without it
    return not (own_sentence is not None and own_sentence.start() > 0) \
        and bool(_INSTANCES_AT_END.search(plain) or _INSTANCES_BELOW.search(plain)) and _asks_by_itself(plain)


#: Words a bullet ends on when its sentence goes on in the bullets nested under it ('Help your team by', '... such as').
_GOES_ON_BELOW = GOES_ON | {"including", "like", "via", "through"}


def _leads_into(text: str) -> bool:
    """Whether a bullet over nested bullets starts a sentence they finish:
    it ends in a colon ('Be involved with the community by:'), or on a word
    no sentence ends on, its colon left out ('Be involved with the
    community by'), or opens examples ('... Examples', 'For example:')."""
    plain = strip_markdown(text).rstrip()
    if plain.endswith(":"):
        return True
    said = words(plain)
    if plain[-1:].isalnum() and said and said[-1].casefold() in _GOES_ON_BELOW:
        return True
    opening = _EXAMPLES_OPENING.search(text)
    return opening is not None and opening.start() > 0


#: Words that go on with a sentence, never open one: a bullet in lower case that opens with one
#: ('including the rollout plan') finishes the sentence of the bullet it is nested under.
_GOING_ON = frozenset("including especially particularly notably such like plus and or but with without via "
                      "through within across beyond when where while which whose".split())


#: Those of them that a comma sets apart from the words before them.
_SET_APART = frozenset("including especially particularly notably such like plus which whose".split())


#: Past this many words, nested words are a statement of their own, whatever they open with.
_FRAGMENT_WORDS = 10


def _a_fragment(text: str) -> bool:
    """Whether a bullet's words go on with another's sentence: in lower
    case, opening with a word that opens no sentence ('including the
    rollout plan', 'especially on call'), short, and with no clause of
    their own after a comma ('when paged, acknowledges within 15 minutes'
    says what to do: a statement). Several fragments under one statement
    are joined only when each is set apart ('including ...')."""
    said = strip_markdown(text).strip().split()
    return bool(said) and said[0][:1].islower() and said[0].casefold().strip(",") in _GOING_ON \
        and len(said) <= _FRAGMENT_WORDS and not any(word.endswith(",") for word in said[:-1])


def _opening(text: str) -> str:
    """The first word of a bullet, lower-cased, without a comma after it."""
    said = strip_markdown(text).split()
    return said[0].casefold().strip(",") if said else ""


def _joined(text: str, fragments: list[str]) -> str:
    """A statement's sentence with the words nested under it that finish it
    ('Delivers features end to end, including the rollout plan.')."""
    said = [text.rstrip(), *(f.strip() for f in fragments)]
    stop = "." if any(part.endswith(".") and not part.endswith("..") for part in said) else ""
    said = [part[:-1] if part.endswith(".") and not part.endswith("..") else part for part in said]
    joined = said[0]
    for part in said[1:]:
        # A comma before words set apart ('including ...'), none before those that go straight on ('and ...').
        joined += (", " if _opening(part) in _SET_APART and not joined.endswith(",") else " ") + part
    return joined + stop


#: Words that say a sentence repeats or extends the one before it: 'do the same', 'do so', '... as well',
#: and 'likewise' or 'similarly' as a sentence's adverb, opening it or set off by a comma ('Likewise,
#: ...', '..., similarly.'), whole words: not 'Similarly-sized teams ...', not 'reviews similarly complex code'.
_BACK_REFERENCE = lazy(r"(?i)\b(?:do|does|doing|did) (?:the same|so|likewise)(?![-\w])|\bas well\W*$"
                       r"|(?:^|[.!?:;]\s+)(?:likewise|similarly)(?![-\w])|,\s*(?:likewise|similarly)\s*(?:[,.;!?]|$)")


def _refers_back(item: Item) -> bool:
    """Whether a nested bullet is a sentence that refers back to the bullet
    over it, and says nothing without it: it opens with a word that stands
    for it ('This includes ...', 'It ...', 'Also ...') or says to do it
    again ('Support and encourage others to do the same.', '... do so',
    '... as well'). A labelled or bold bullet names its own subject."""
    if item.labelled is not None or item.bold:
        return False
    plain = strip_markdown(item.text).strip()
    said = plain.split()
    opening = said[0].strip(",") if said else ""
    return opening[:1].isupper() and not opening.isupper() and opening.casefold() in ANAPHORA | {"also"} \
        or _BACK_REFERENCE.search(plain) is not None


def _followed(text: str, sequels: list[str]) -> str:
    """A statement with the sentences nested under it that refer back to
    it, each after a full stop ('Participate in our Engineering community
    (SIGs, TAG, etc). Support and encourage others to do the same.')."""
    joined = text.rstrip()
    for sentence in sequels:
        joined += ("" if joined.endswith((".", "!", "?")) else ".") + " " + sentence.strip()
    return joined


#: The report's words for a statement whose nested sentences that refer back to it are joined to it.
SEQUEL_JOINED = ("a nested sentence that refers back to the bullet over it ('do the same', 'This ...'), not a "
                 "statement of its own: joined to it")


#: The report's words for a statement whose nested fragment is joined to it.
FRAGMENT_JOINED = ("words nested under a statement that go on with its sentence ('including ...'), not a "
                   "statement of their own: joined to it")


def _a_term_topic(item: Item) -> bool:
    """Whether a bullet is a definition list's term (HTML's ``<dt>``, in
    bold) that names a topic ('Code review' over its definitions): read as
    the plain words of a bullet would be, where it is no competency of its
    own, as a term of a Markdown definition list is."""
    return item.term and item.labelled is None and _names_a_topic(replace(item, bold=False))


def _names_a_topic(item: Item) -> bool:
    text = item.text.strip()
    said = text.split()
    return not item.bold and item.labelled is None and 0 < len(said) <= 4 and not any(ch in text for ch in ".!?;:,*_[`") \
        and said[0].casefold() not in _PRONOUNS and not (len(said) > 1 and THIRD_PERSON_START.match(text)) \
        and not is_level_name(text)


def _item_groups(items: list[Item], names: set[str]) -> list[tuple[Item | None, list[Item]]]:
    """Bullets in groups: those under a top-level bullet that only names
    them ('- Responsibilities include:' over nested bullets, one of the
    group ``names``), and the rest (None) in one group."""
    groups: list[tuple[Item | None, list[Item]]] = []
    group: tuple[Item | None, list[Item]] | None = None  # where the bullet being read goes
    # Beside bullets that head groups, a labelled bullet of a group's name is
    # that group ('- **Learning:** reads a book'); bullets that are all
    # labelled are left whole, for the labels to be read across the levels.
    heads = any(item.depth == 0 and _names_a_group(item) and name_key(_group_name(item)) in names for item in items)
    siblings = _sibling_groups(items, names)
    rest: tuple[Item | None, list[Item]] | None = None
    for n, item in enumerate(items):
        if item.depth == 0:
            following = items[n + 1] if n + 1 < len(items) else None
            if (_names_a_group(item) and name_key(_group_name(item)) in names or id(item) in siblings) \
                    and following is not None and following.depth > 0:
                group = (item, [])
                groups.append(group)
                continue
            group = None
            if heads and item.labelled is not None and name_key(item.labelled.label) in names:
                groups.append((item, [item]))  # '**Learning:** reads a book', where other levels list it
                continue
        if group is None:
            if rest is None:
                rest = (None, [])
                groups.append(rest)
            rest[1].append(item)
        else:
            group[1].append(item)
    return groups


def _sibling_groups(items: list[Item], names: set[str]) -> set[int]:
    """The top-level bullets over nested bullets written as their
    siblings that name groups are ('- Quality of the code produced:' beside
    '- Technical skills:' and '- Communication:'): a name and a colon, no
    sentence. Sibling bullets of one form are all groups, however long the
    name; read apart, a longer one would be glued onto each statement under
    it ('Quality of the code produced: Fixes bugs'). A bullet that introduces
    instances ('Designs systems, such as:') or starts a sentence its bullets
    finish ('Is expected to:', 'Writes well-tested code:') is none."""
    parents = [item for item, after in zip(items, items[1:]) if item.depth == 0 and after.depth > 0]
    if not any(_names_a_group(item) and name_key(_group_name(item)) in names for item in parents):
        return set()
    return {id(item) for item in parents if _a_colon_name(item)}


def _a_colon_name(item: Item) -> bool:
    """Whether a bullet is a name and a colon ('Quality of the code
    produced:'), not a sentence its nested bullets finish or show."""
    plain = strip_markdown(item.text).strip()
    name = _group_text(item.text)
    said = name.casefold().split()
    return plain.endswith(":") and (item.labelled is None or not item.labelled.rest.strip()) \
        and 0 < len(said) <= _NAME_WORDS and not any(ch in name for ch in ".!?;") \
        and said[0] not in _PRONOUNS and said[-1] not in _GOES_ON_BELOW and not reads_as_sentence(name) \
        and not THIRD_PERSON_START.match(name) and not _introduces_instances(item.text) \
        and not is_level_name(name)


#: The most words a name over nested bullets has ('Deployment, Performance and Scalability').
_NAME_WORDS = 8


def _groups_of_groups(items: list[Item]) -> list[tuple[Item | None, list[Item]]]:
    """Bullets in runs: a top-level title ('- **Technical**') over titles
    of their own, each over nested bullets ('  - **Code quality**' over '
    - Writes readable code'), with the bullets under it; and the bullets
    between such titles (None), whose titles name groups as ever."""
    runs: list[tuple[Item | None, list[Item]]] = []
    n = 0
    while n < len(items):
        item = items[n]
        under = list(itertools.takewhile(lambda after: after.depth > 0, blocks_after(items, n))) if item.depth == 0 else []
        titles = [(inner, after) for inner, after in zip(under, under[1:] + [None]) if inner.depth == 1]
        if titles and _names_a_group(item) and all(
                inner.bold and _names_a_group(inner) and after is not None and after.depth > 1
                for inner, after in titles):
            runs.append((item, under))
            n += 1 + len(under)
            continue
        if not runs or runs[-1][0] is not None:
            runs.append((None, []))
        runs[-1][1].append(item)
        n += 1
    return runs


def _group_names(blocks: list[Block], alone: bool = False) -> set[str]:
    """The names of bullets that name the bullets under them, level after
    level ('- Requirements:' at each): given twice or more in a document.
    A sentence its bullets finish ('- Writes well-tested code:') is said
    once. On a level's page alone, a title in bold ('- **Technical
    skills**') is one given once: nothing says it does not come back. So is
    a title in bold over nested bullets at one level of several, where two
    or more such titles come back level after level: the document writes
    its competencies so, and one only some level has is one still; and
    so is one that a labelled paragraph's label names."""
    groups = bullet_groups(blocks)
    titles = {name_key(_group_name(b)) for b in blocks
              if alone and isinstance(b, Item) and _in_bold(b) and _names_a_group(b)}
    items = [b for b in blocks if isinstance(b, Item)]
    bold = {name_key(_group_name(item)) for item, after in zip(items, items[1:])
            if item.depth == 0 and after.depth > 0 and _in_bold(item) and _names_a_group(item)}
    if sum(1 for name in bold if groups[name] >= 2) >= 2:
        titles |= bold
    # A title in bold that names a competency the document labels a paragraph with ('**Mentorship:** ...'
    # at the level, then '- **Mentorship**' over its examples) is that competency, as a bold sub-heading is.
    labels = {name_key(b.labelled.label) for b in blocks if isinstance(b, Paragraph) and b.labelled is not None}
    titles |= bold & labels
    return {name for name, count in groups.items() if count >= 2 or name in titles}


def _in_bold(item: Item) -> bool:
    """A bullet wholly in bold, its colon inside the bold or after it
    ('- **Impact:**', '- **Impact**:')."""
    return item.bold or item.lead is not None and item.lead.rest.strip() in ("", ":")


def _titles_over_bullets(items: list[Item], names: set[str]) -> bool:
    """Whether a section's bullets are all grouped under titles in bold, each
    over nested bullets, that name groups (``names``): '- **Impact:**' over
    '  - Delivers small tasks' under a dimension's heading ('### Results'),
    each title a competency of it."""
    tops = [(item, after) for item, after in zip(items, [*items[1:], None]) if item.depth == 0]
    titles = [item for item, after in tops if _in_bold(item) and _names_a_group(item)
              and name_key(_group_name(item)) in names and after is not None and after.depth > 0]
    # Beside them, a labelled bullet of one of those names says that competency in one line
    # ('- **Strategy:** *Not assessed:* ...', as `render` writes a cell with no statements).
    said = [item for item, _ in tops if item.labelled is not None and name_key(item.labelled.label) in names]
    return bool(titles) and len(titles) + len(said) == len(tops)


def bullet_groups(blocks: list[Block]) -> Counter[str]:
    """How often each name of a bullet over nested bullets ('- Requirements:')
    is given in the blocks, by name key."""
    items = [b for b in blocks if isinstance(b, Item)]
    return Counter(name_key(_group_name(item)) for item, after in zip(items, items[1:])
                   if item.depth == 0 and after.depth > 0 and _names_a_group(item))


def bullet_labels(blocks: list[Block]) -> set[str]:
    """The labels that start top-level bullets ('- **Learning:** reads a
    book'), by name key."""
    return {name_key(b.labelled.label) for b in blocks if isinstance(b, Item) and b.depth == 0 and b.labelled}


def _names_a_group(item: Item) -> bool:
    """A bullet that may name what the bullets under it are ('Requirements:',
    or a title wholly in bold: '**Technical skills**'), not one that starts
    a sentence they finish ('You will:', 'Helps the team by:')."""
    if item.labelled is not None and item.labelled.rest.strip():
        return False
    return _a_group_name(item.text) or item.bold and _a_title(item.text)


def _a_title(text: str) -> bool:
    """Whether a bullet's text in bold names something ('Technical skills',
    'Communication:') rather than saying it ('Always writes tests.')."""
    name = _group_text(text)
    return 0 < len(name.split()) <= 6 and name[-1:] not in ".!?;," and not reads_as_sentence(name)


def _a_group_name(text: str) -> bool:
    """Whether a lead-in ending in a colon names what follows it
    ('Requirements:', 'Responsibilities include:'), rather than starting a
    sentence it finishes ('You will:', 'Members are expected to:'): up to
    three words, or a name in title case ('Software Engineering & Design:')."""
    if not strip_markdown(text).strip().endswith(":"):
        return False
    name = _group_text(text)
    words = name.casefold().split()
    return 0 < len(words) and (len(words) <= 3 or is_title_like(strip_markdown(name).strip())) \
        and words[0] not in _PRONOUNS and words[-1] not in GOES_ON


#: Verbs a lead-in opens with where the bullets under it finish its sentence ('Demonstrates:',
#: 'Consistently shows:', 'Can:'): what the person does, said of every bullet, not a competency's name.
_SAYING_VERBS = frozenset("demonstrates shows exhibits displays embodies models can could should will must is are has"
                          .split())


def _a_verb_lead(text: str) -> bool:
    """Whether a lead-in is the start of a sentence its bullets finish,
    opening with a verb ('Demonstrates:', 'Regularly exhibits:', 'Is able
    to:') rather than a name ('Responsibilities:', 'Demonstrated skills:')."""
    said = [word for word in _group_text(text).casefold().split() if not word.endswith("ly")]
    return bool(said) and said[0] in _SAYING_VERBS


#: Saying verbs that take a noun after them ('Demonstrates ownership', 'Has deep knowledge'), not a verb
#: ('Can:' over 'ship features').
_TAKING_A_NOUN = _SAYING_VERBS - frozenset("can could should will must".split())
#: Adverbs before the verb of a lead-in that are no '-ly' word ('Always demonstrates:').
_HOW_OFTEN = frozenset("always often usually also".split())


def _verb_of_lead(text: str) -> str | None:
    """The words of a lead-in that a verb ends ('Demonstrates:',
    'Consistently shows:', 'Has:'), which each bullet after it that says no
    verb of its own finishes ('- ownership of a service': 'Demonstrates
    ownership of a service'); None for a lead-in that says more ('Is
    expected to:', 'Demonstrates the following skills:') or names the
    bullets ('Responsibilities:')."""
    plain = strip_markdown(text).strip()
    if not plain.endswith(":"):
        return None
    said = plain[:-1].split()
    if not said or said[-1].casefold() not in _TAKING_A_NOUN \
            or not all(w.casefold().endswith("ly") or w.casefold() in _HOW_OFTEN for w in said[:-1]):
        return None
    return " ".join(said)


#: Words that follow a noun heading a phrase, not a verb's object: 'Care
#: for the quality of their code', 'Care and attention to detail'.
_AFTER_A_NOUN = frozenset("of for to in on at by from with without into about across over under within and or as than".split())


def _says_no_verb(item: Item) -> bool:
    """Whether a bullet is a noun's words ('ownership of a service', 'Deep
    knowledge of SQL', 'Care for the quality of their code'), no sentence
    of its own: no label, no subject, and not opening with a verb in '-s'
    ('Owns a service') or with one in its base form before its object
    ('Take ownership of a service', 'Lead projects')."""
    said = strip_markdown(item.text).split()
    if not said or item.labelled is not None or item.bold:
        return False
    first = said[0].casefold()
    if first in SUBJECT_PRONOUNS or first.endswith("s") and verb_in_s(first):
        return False
    return not (english().verb(first) and (len(said) == 1 or said[1].casefold() not in _AFTER_A_NOUN))


def _after_verb(verb: str, text: str) -> str:
    """A bullet's words after the lead-in's verb, its capital dropped where
    it only opens the bullet ('Ownership' -> 'ownership'; 'API', 'GraphQL' kept)."""
    head, _, rest = text.strip().partition(" ")
    if head[:1].isupper() and head[1:] == head[1:].lower() and head != "I":
        head = head[:1].lower() + head[1:]
    return f"{verb} {head}" + (f" {rest}" if rest else "")


def _lead_ins(blocks: list[Block]) -> set[int]:
    """The plain paragraphs that lead in to the list right after them
    ('Responsibilities:', 'Members are expected to:'): one sentence, which a
    colon ends. A paragraph that says more first ('A designer I is embedded
    in a team. At this level, you are expected to:') is a summary."""
    before_lists = [block for block, after in zip(blocks, blocks[1:])
                    if isinstance(block, Paragraph) and block.labelled is None and isinstance(after, Item)
                    and after.depth == 0]
    titles = [block for block in before_lists if _title_line(block)]
    return {id(block) for block in before_lists if _ends_unfinished(strip_markdown(block.text).strip())
            and not _SENTENCE_END.search(strip_markdown(block.text))} | \
        ({id(block) for block in titles} if len(titles) >= 2 else set())


def _after_level_code(code: str, heading: str) -> tuple[str, str] | None:
    """The words that name a level by its code at the start of a heading
    ('Level 2' of 'Level 2 Attainment:', level L2) and what the heading
    names after them ('Attainment'); None where it starts otherwise, or
    where what follows names a level of its own."""
    if not code:
        return None
    said = normalise(strip_markdown(heading)).rstrip(":").split()
    for count in range(1, min(3, len(said) - 1) + 1):
        if level_code(" ".join(said[:count])) == code:
            rest = " ".join(said[count:]).strip(" -–—:")
            if any(ch.isalpha() for ch in rest) and not is_level_name(rest):
                return " ".join(said[:count]), rest
            return None
    return None


def _ends_unfinished(plain: str) -> bool:
    """Whether a line ends where its sentence cannot: on a colon, or on a
    word no sentence ends on, its colon left out ('An engineer who', 'The
    engineer needs to'), as the bullets after it finish it."""
    if plain.endswith(":"):
        return True
    said = words(plain)
    return plain[-1:].isalnum() and bool(said) and said[-1].casefold() in _GOES_ON_BELOW


def _title_line(block: Paragraph) -> bool:
    """A paragraph that is a name, not a sentence ('Execution & Results',
    in italics or plain, as a document typed without styles names the list
    after it)."""
    text = strip_markdown(block.text).strip()
    return is_title_like(text) and not is_level_name(normalise(text))


#: The end of a sentence inside a text: a stop, then more.
_SENTENCE_END = lazy(r"[.!?]\s+\S")


_PRONOUNS = frozenset("i you we they he she it this these".split())
#: What a bullet naming a group says after its name: '- Responsibilities include:'.
_GROUP_FILLER = lazy(r"\s+(?:include|includes|including|are|is|the following)?\s*:$", re.IGNORECASE)


def _group_name(item: Item) -> str:
    return _group_text(item.text)


def _group_text(text: str) -> str:
    return _GROUP_FILLER.sub("", strip_markdown(unwrap(text.strip()))).rstrip(":").strip()


def _aside(node: _Node) -> str | None:
    """What a heading with nothing under it but text adds to the competency
    it is under ('examples', 'note', 'description'), or None when it is a
    heading of its own."""
    return None if node.children else aside_name(node.heading.text)


def _what_a_section_holds(blocks: list[Block]) -> str | None:
    """'items' for a section's own text with bullets, 'table' for one with
    a table and no bullets, None for another."""
    if any(isinstance(b, Item) for b in blocks):
        return "items"
    if any(isinstance(b, Table) and not b.in_item for b in blocks):
        return "table"
    return None


def _first_statement_line(node: _Node) -> int:
    """The line of the first statement right under a node (a bullet, a
    table, a labelled paragraph), where its summary ends; past the end of
    any document when it has none."""
    return min((b.line for b in node.blocks if not isinstance(b, (Paragraph, Other)) or getattr(b, "labelled", None)),
               default=10**9)


def _continuations(blocks: list[Block]) -> set[int]:
    """The plain paragraphs right after a labelled one (or after one of
    these): they go on with its competency ('**Mentorship:** ...', then a
    second paragraph), where other paragraphs of a level are its summary."""
    found: set[int] = set()
    going_on = False
    for block in blocks:
        if isinstance(block, Paragraph) and block.labelled is not None:
            going_on = True
        elif isinstance(block, Paragraph) and going_on:
            found.add(id(block))
        else:
            going_on = False
    return found


def _written_as_a_list(paragraphs: Sequence[Paragraph | Other]) -> bool:
    """Paragraphs that are the items of a list written without bullets:
    three or more, and most not ending as a sentence does ('Acting as a
    technical lead or line manager'), where prose ends with a full stop."""
    if len(paragraphs) < 3 or not all(isinstance(p, Paragraph) for p in paragraphs):
        return False
    fragments = sum(1 for p in paragraphs if not p.text.rstrip().endswith((".", "!", "?", ":", '"', "”")))
    return fragments * 3 >= len(paragraphs) * 2


def _column_layout(rows: list) -> tuple | None:
    """A row of names followed by rows of bullets, one competency per column."""
    for index, row in enumerate(rows[:-1]):
        if len(row.cells) < 2:
            return None
        if all(not cell.bullets for cell in row.cells) and sum(1 for c in row.cells if not c.empty) >= 2:
            below = rows[index + 1 :]
            if below and all(row2.cells and row2.cells[0].bullets for row2 in below):
                return row, below
    return None


def _header_row(rows: list) -> Row | None:
    """The first row, when it only names the columns: exports often leave
    the table's own header empty and put the column names in the first row
    ('Responsibility | Key Behaviors' above rows whose cells hold bullets)."""
    if len(rows) < 2 or rows[0].header:
        return None
    first, below = rows[0], rows[1:]
    if any(cell.bullets for cell in first.cells):
        return None
    if all(any(cell.bullets for cell in row.cells[1:]) for row in below) or _names_the_columns(first):
        return first
    return None


def _names_the_columns(row: Row) -> bool:
    """Whether a row only names a table's columns, as a spreadsheet's first
    row does, though the table marks no header ('Competency | Expectations',
    'Area | What we expect' in a Word table): its first cell says the
    column holds the competencies, every other one the kind of text it
    holds (``TEXT_KIND_HEADERS``). A row wholly in bold, as a header typed
    by hand is, needs only one of the two ('Skill | Level expectations')."""
    texts = [normalise(unwrap(cell.joined())).casefold().rstrip(" :") for cell in row.cells if not cell.empty]
    if len(texts) < 2:
        return False
    said = set(words(texts[0]))
    names = bool(said & COMPETENCY_WORDS) and said <= COMPETENCY_WORDS | _NAME_FILLER
    kinds = all(text in TEXT_KIND_HEADERS for text in texts[1:])
    if names and kinds:
        return True
    short = all(len(words(text)) <= 4 and not text.endswith((".", "!", "?")) for text in texts)
    return row.bold and short and (names or kinds)


#: Words beside a competency word in a header over the competencies' names ('Competency name', 'Skill area').
_NAME_FILLER = frozenset("name names the focus key".split())


class LevelReader(Reader):
    """Reads the content of one level: its summary, dimensions, competencies and statements."""

    def __init__(self, document: ImportedDocument, outline: Outline, ledger: Ledger, level_option: str | None,
                 steering: Steering):
        super().__init__(document, outline, ledger, level_option, steering)
        #: The sections right under the level being read, which ``kind`` weighs a section beside;
        #: each reader's own, so that no reader sees another's.
        self.siblings: list[_Node] = []
        #: The titles of the levels the document describes, once its layout is known: a section's text
        #: that names one is where the level leads (``level_fact``).
        self.level_titles: list[str] = []
        #: Bullets that finish the verb of the lead-in before them ('Demonstrates:' over '- ownership
        #: of a service'), and that verb (``verb_lead``).
        self.led: dict[int, str] = {}
        #: The headings inside the level being read whose label named the level ('Level 2
        #: Attainment'), by id: a field of a form so named is the level's own (``forms``).
        self.named_for_level: set[int] = set()
        #: The sections of the level being read written as forms of fields, by id, with their
        #: fields (``forms``).
        self.forms: dict[int, list[_Field]] = {}

    def known_levels(self) -> list[str]:
        """The titles of the document's levels, as far as they are known."""
        return [*self.level_titles, *(normalise(level.title) for level in self.document.levels)]

    def levels_table_section(self, node: _Node) -> bool:
        """Whether a section inside a level holds tables that each name the
        levels, a row for each ('Levels at a glance' over 'Name | Level',
        a database's table view), and no bullets, in it or under it: an
        overview of the ladder, no part of the level it follows."""
        blocks = [*node.blocks, *(b for child in node.children for b in _section_blocks(child))]
        tables = [b for b in blocks if isinstance(b, Table)]
        return bool(tables) and not any(isinstance(b, Item) for b in blocks) \
            and all(self.names_the_levels(t) for t in tables)

    def names_the_levels(self, table: Table) -> bool:
        """Whether each row of a table but its header names a level of the
        document (by its title, its code, or its title without the code),
        two levels or more in all."""
        names: set[str] = set()
        for title in self.known_levels():
            code = level_code(title)
            names.update(name_key(n) for n in (title, code, title_without_code(title, code) if code else None) if n)
        rows = [r for r in table.rows if not r.header and not all(c.empty for c in r.cells)][int(not any(
            r.header for r in table.rows)):]
        named = [{name_key(normalise(strip_markdown(c.joined()))) for c in r.cells if not c.empty} & names
                 for r in rows]
        return len(rows) >= 2 and all(named) and len(set().union(*named)) >= 2

    def verb_lead(self, lead_in: Paragraph, blocks: list[Block]) -> bool:
        """Whether a lead-in that a verb ends ('Demonstrates:') is finished by
        the bullets right after it that say no verb of their own ('-
        ownership of a service'): each is read with it ('Demonstrates
        ownership of a service'), and the lead-in is placed so; bullets that
        open with a verb ('- Owns a service') are read as they are."""
        verb = _verb_of_lead(lead_in.text)
        at = next((n for n, block in enumerate(blocks) if block is lead_in), None)
        if verb is None or at is None:
            return False
        after = [b for b in itertools.takewhile(lambda b: isinstance(b, Item), blocks[at + 1:]) if isinstance(b, Item)]
        verbless = [item for item in after if item.depth == 0 and _says_no_verb(item)]
        if not verbless:
            return False
        self.led.update((id(item), verb) for item in verbless)
        self.use(lead_in)
        self.document.notice(lead_in.line, f"the lead-in '{normalise(lead_in.text)}' is read with each bullet after "
                             "it that says no verb of its own", _after_verb(verb, verbless[0].text))
        return True

    def with_lead(self, item: Item, statement: ImportedStatement) -> ImportedStatement:
        """A bullet's statement with the verb of the lead-in it finishes (``verb_lead``), if any."""
        verb = self.led.get(id(item))
        if verb is not None:
            statement.text = _after_verb(verb, statement.text)
        return statement

    def drop_section(self, node: _Node, reason: str, whole: Heading | None = None) -> None:
        """Report a section, its sub-sections and their text as not placed."""
        whole = whole or node.heading
        self.drop(node.heading, reason, whole)
        for block in node.blocks:
            self.drop(block, reason, whole)
        for child in node.children:
            self.drop_section(child, reason, whole)

    def describe(self, level: ImportedLevel, block: Block) -> None:
        """Put a paragraph said of the level as a whole (the experience it
        asks for, a note on who holds it) in the level's description: it is
        neither its summary nor what a competency expects."""
        if id(block) in self.placed:
            return
        level.describe(block.line, block_text(block))
        self.use(block)

    def one_level(self, heading: Heading | None, blocks: list[Block], named: str | None = None) -> None:
        title = named or (heading_text(heading) if heading else self.level_option or "")
        level = ImportedLevel(title=title, line=heading.line if heading else 1, id=self.level_option)
        self.document.levels.append(level)
        root = _Node(heading or Heading(0, title, 1, 1))
        stack = [(root, root.heading.depth)]  # each open node, and the depth it stands at
        for block in blocks:
            if isinstance(block, Heading) and heading is not None \
                    and (rest := after_level_title(heading.text, block.text)) is not None:
                # '#### Senior Backend Engineer Responsibilities' under '### Senior Backend Engineer':
                # the section is 'Responsibilities', as at every other level.
                self.document.unplaced(block.line, f"the title of the level before heading '{rest}' (its level "
                                                   "on this page)", normalise(heading.text))
                block.text = rest
                self.named_for_level.add(id(block))
            elif isinstance(block, Heading) and (coded := _after_level_code(level.id or level_code(title) or "",
                                                                            block.text)) is not None:
                # '**Level 2 Attainment:**' under each skill of the page of level 2: the skill's
                # 'Attainment', as on the page of every other level.
                code, rest = coded
                self.document.unplaced(block.line, f"the level before heading '{rest}' (its level on this page)",
                                       code)
                block.text = rest
                self.named_for_level.add(id(block))
            if isinstance(block, Heading):
                above = stack[-1][0].heading
                # 'Examples' right after a competency in bold (a Notion toggle under '**Delivery**') is
                # that competency's, though a toggle's heading is shallower than a line in bold.
                depth = above.depth + 1 if above.bold and block.depth < above.depth and aside_name(block.text) \
                    else block.depth
                while len(stack) > 1 and stack[-1][1] >= depth:
                    stack.pop()
                node = _Node(block)
                stack[-1][0].children.append(node)
                stack.append((node, depth))
            else:
                stack[-1][0].blocks.append(block)
        self.forms = self.find_forms(root, level.id or level_code(title) or "")
        self.closing_note(level, root)
        # A note at the level ('Note: this level is for new graduates.', '**Note:** ...') is set
        # apart from its text as a quoted note ('> **Note:** ...') is: never its summary or a
        # competency, but said of the level, in its description.
        for note in [b for b in root.blocks if isinstance(b, Paragraph) and _a_note(b)]:
            self.describe(level, note)
        # The level's own text: its summary, and what stands directly under it.
        # Paragraphs right after a labelled one go on with its competency.
        going_on = _continuations(root.blocks) | _lead_ins(root.blocks)  # a lead-in goes with its list
        summary: list[Paragraph | Other] = [
            b for b in root.blocks if isinstance(b, Paragraph) and not self.footnote(b)
            # '**Summary:** ...' is the summary its label names, not a competency so named.
            and (b.labelled is None or names_a_summary(b.labelled.label.rstrip(": ")))
            and id(b) not in going_on and id(b) not in self.placed and b.line < min((c.heading.line for c in root.children), default=10**9)]
        for said in [b for b in summary if SAME_AS.match(strip_markdown(b.text)) or only_says_cumulative(b.text)]:
            # '*Same as L1, L2, but also...*': how the level reads, not what it is.
            self.drop(said, "says that the level includes those below it (see `cumulative`), not what it is")
            summary.remove(said)
        for pointer in [b for b in summary if pointer_line(b.text)]:
            # '_Boundary: [Junior → Expert](...)_', 'Technical position → no management counterpart':
            # where the level stands among pages or roles, set apart as a note is.
            self.drop(pointer, f"{pointer_line(pointer.text)} on level '{normalise(title)}', not its summary; "
                               "add it to the summary if it says what the level is")
            summary.remove(pointer)
        for fact in [b for b in summary if no_behaviour(strip_markdown(b.text))]:
            # '_**Years of Experience:** 0-2_' under the level's title: a condition of the level, as
            # wherever else it is written, not what the level is: said of it, in its description
            # (a figure or an editor's note, reported).
            if of_the_level(no_behaviour(strip_markdown(fact.text))):
                self.describe(level, fact)
            else:
                self.drop(fact, no_behaviour(strip_markdown(fact.text)) or "")
            summary.remove(fact)
        # A summary opens a level: a paragraph after its first statement (a closing note, a call
        # to action, the ladder's last words) sums up nothing that follows it.
        first_statement = _first_statement_line(root)
        for after in [b for b in summary if b.line > first_statement]:
            # The years a level asks for go to its description, as wherever else they are written.
            if of_the_level(no_behaviour(strip_markdown(after.text))):
                self.describe(level, after)
            else:
                self.drop(after, no_behaviour(strip_markdown(after.text))
                          or "text after the level's statements, not its summary")
            summary.remove(after)
        quoted = self.quoted_summary(heading, root) if heading is not None else []
        if not summary:
            summary, quoted = quoted, []
        if not summary:
            summary = self._summary_bullets(root)
        if _written_as_a_list(summary[1:]):
            # A list whose bullets an export lost: the first paragraph sums up the level.
            summary, listed = summary[:1], summary[1:]
            self.document.notice(listed[0].line, "paragraphs, most without a full stop, read as the statements "
                                                 "of a list")
            cell = level.cell(self.document.dimension(None, level.line).competency(None, listed[0].line))
            for paragraph in listed:
                cell.statements.append(ImportedStatement(paragraph.text, paragraph.line))
                self.use(paragraph)
        self.summary(level, sorted(summary + quoted, key=lambda b: b.line))
        self.examples_led_in(level, root.blocks)
        self.content(level, self.document.dimension(None, level.line), root.blocks)
        opening = root.children[0] if root.children and self.opens_the_level(root) else None
        alike = len(root.children) > 1 and all(_prose(c) for c in root.children)
        self.siblings = root.children
        for child in root.children:
            if child is not opening and self.apart_from_competencies(level, child):
                continue
            self.node(level, child, None, opening=child is opening, alike=alike)

    def closing_note(self, level: ImportedLevel, root: _Node) -> None:
        """A paragraph wholly in italics that ends the level, after its last
        list ('_At this point, the career paths split into IC and
        manager._'), is set apart from the statements by its emphasis: a note
        on the level, in its description, never one more statement of the
        competency above it (a credit, '_Heavily inspired by ..._', or a
        pointer to another document is the page's, not the level's); a note that says the level includes those
        below it ('_These expectations build on the previous level._') is
        reported, which `cumulative` reads. It is taken out of the level's
        blocks."""
        node = root
        while node.children:
            node = node.children[-1]
        shown = [b for b in node.blocks if not isinstance(b, Other)]
        if len(shown) < 2 or not isinstance(shown[-1], Paragraph) or not shown[-1].italic \
                or not isinstance(shown[-2], Item) or id(shown[-1]) in self.placed:
            return
        note = shown[-1]
        if cited_in_words(note.text) or points_to_another_document(note.text):
            return  # '_Heavily inspired by the Open-Source Career Ladder_': the page's credit, not the level's
        if says_cumulative(note.text, self.known_levels()):
            self.drop(note, "says that the level includes those below it (see `cumulative`), not what it is")
        else:
            self.describe(level, note)
        node.blocks.remove(note)

    def _summary_bullets(self, root: _Node) -> list[Paragraph | Other]:
        """A level's bullet labelled as its summary ('*   **Summary:** A
        learner who adopts team practices ...', '- Overview: ...'), with
        nothing nested under it, before the level's sections: its summary,
        as the same words in a paragraph are, not a competency named
        'Summary' (read as a paragraph of its own, and used). Not 'Role: ...',
        which other pages write as a competency."""
        ahead = min((c.heading.line for c in root.children), default=10**9)
        blocks = [b for b in root.blocks if b.line < ahead]
        found: list[Item] = []
        for n, block in enumerate(blocks):
            if isinstance(block, Item) and block.depth == 0 and block.labelled is not None \
                    and id(block) not in self.placed and block.labelled.rest.strip() \
                    and normalise(unwrap(block.labelled.label)).rstrip(": ").casefold() in SUMMARY_HEADINGS \
                    and not (n + 1 < len(blocks) and isinstance(under := blocks[n + 1], Item) and under.depth > 0):
                found.append(block)
        if len(found) != 1:
            return []  # one summary a level: labels that repeat within it head its statements
        self.use(found[0])
        return [Paragraph(found[0].text, found[0].line, found[0].last, labelled=found[0].labelled)]

    def apart_from_competencies(self, level: ImportedLevel, child: _Node) -> bool:
        """A section of a level that is none of its competencies, wherever it
        stands: one headed 'Summary' (or 'Overview', 'TL;DR') over paragraphs
        alone sums the level up (its summary, or its description where it
        has one); one headed 'TODO / Questions' holds the authors' open
        points, reported. Whether it is read so is said."""
        name = normalise(heading_text(child.heading))
        if names_open_points(name):
            self.drop(child.heading, "section of the authors' open points, not a competency", child.heading)
            for block in _section_blocks(child):
                self.drop(block, f"in section '{name}', the authors' open points, not expectations", child.heading)
            return True
        if name.casefold() in SUMMARY_HEADINGS - {"description"} and not child.children and child.blocks \
                and all(isinstance(b, Paragraph) for b in child.blocks):
            self.use(child.heading)
            paragraphs = [b for b in child.blocks if isinstance(b, Paragraph)]
            if level.summary is None:
                self.summary(level, paragraphs)
                self.summary_notice(level, child.heading)
            else:
                for paragraph in paragraphs:
                    self.describe(level, paragraph)
                self.document.notice(child.heading.line, f"section '{name}' read as part of the description of "
                                                         f"level '{normalise(level.title)}' (it has a summary), "
                                                         "not a competency")
            return True
        return False

    def find_forms(self, root: _Node, code: str) -> dict[int, list[_Field]]:
        """The sections under a level written as forms, by id, with their
        fields: a template's page (a skill framework such as SFIA, an HR
        system's export, a Notion database page) gives each competency the
        same labelled fields ('**Reference:**', '**Category:**', '**Overall
        Description:**', '**Level 2 Attainment:**'), of which one alone is the
        level's own (its label names the level, or says it is what the level
        attains or is expected to do), beside a field that describes the
        competency, or named by the level. Two sections or more under one
        heading with the same labels are such forms; so is one alone with
        three fields or more, one of them its description. Sections of
        labelled statements ('**Technical Knowledge:** Knows ...', '**Scope:**
        ...') name no field the level's own, and are read as ever."""
        found: dict[int, list[_Field]] = {}
        shaped: list[tuple[_Node, list[_Field]]] = []
        for child in root.children:
            fields = _fields(child, code, self.named_for_level)
            # A template's mark: its level's field named by the level, or a field that describes the
            # competency beside it ('**Expectations:**' beside '**Signals:**' alone is no template).
            if fields is not None and sum(f.for_level for f in fields) == 1 \
                    and any(f.by_code or not f.for_level and _describes(f.label) for f in fields):
                shaped.append((child, fields))
            found.update(self.find_forms(child, code))
        labels = Counter(frozenset(name_key(f.label) for f in fields) for _, fields in shaped)
        for child, fields in shaped:
            if labels[frozenset(name_key(f.label) for f in fields)] >= 2 or len(shaped) == 1 and len(fields) >= 3 \
                    and any(_describes(f.label) for f in fields if not f.for_level):
                found[id(child)] = fields
        return found

    def form_section(self, level: ImportedLevel, node: _Node, fields: list[_Field],
                     dimension: ImportedDimension | None) -> None:
        """A competency written as a form (see ``find_forms``): its heading
        names it, the field that describes it ('Overall Description') is its
        description, the level's own field ('Level 2 Attainment') gives its
        statements, read as a competency's section is; the other fields, the
        same at every level (a reference code, a category, guidance notes),
        are reported: they say nothing the level expects."""
        heading = node.heading
        target = dimension or self.document.dimension(None, heading.line)
        own = next(f for f in fields if f.for_level)
        competency = self.competency_section(
            level, target, heading, [] if isinstance(own.named, Paragraph) else own.text)
        if isinstance(own.named, Paragraph) and own.named.labelled is not None:
            written = own.named.labelled
            level.cell(competency).statements.extend(
                ImportedStatement(text, own.named.line) for text in (written.parts or [written.rest]))
        self.use(own.named)
        name = normalise(heading_text(heading))
        for f in fields:
            if f is own:
                continue
            text = [b for b in f.text if isinstance(b, Paragraph)]
            if _describes(f.label) and text and len(text) == len(f.text) and competency.description is None:
                competency.description = competency_description(*(
                    b.labelled.rest if b.labelled is not None else b.text for b in text))
                self.use(f.named)
                for paragraph in text:
                    self.use(paragraph)
                continue
            # One entry per field, its text whole: the same fields come back under every competency.
            said = [block_text(b) for b in f.text if b is not f.named]
            if isinstance(f.named, Paragraph) and f.named.labelled is not None:
                said.insert(0, unwrap(f.named.labelled.rest))
            self.document.unplaced(f.named.line, f"field '{f.label}' of competency '{name}', a field of every "
                                                 f"competency's form: not what the level expects (its "
                                                 f"'{own.label}' is)", " ".join(said))
            for block in [f.named, *f.text]:
                self.use(block)

    @cached_property
    def held_among_others(self) -> set[str]:
        """The names (keys) of the headings that come after another at
        their depth under the same heading: sections among others, by
        name, wherever in the document."""
        held: set[str] = set()
        above: list[Heading] = []  # the headings open at each point, outermost first
        for heading in [b for b in self.outline.blocks if isinstance(b, Heading)]:
            while above and above[-1].depth > heading.depth:
                above.pop()
            if above and above[-1].depth == heading.depth:
                held.add(name_key(heading_text(heading)))
                above.pop()
            above.append(heading)
        return held

    def opens_the_level(self, root: _Node) -> bool:
        """Whether the level's first section, where its heading names a
        summary ('Purpose', 'Role description'), is the level's description
        rather than one of its competencies: it comes before any statement
        of the level, no level holds it after another section, and either
        its name says summary outright ('Overview') or the sections after it
        are not prose as it is (where they are, it reads as one of them)."""
        first = root.children[0]
        if not names_a_summary(first.heading.text) or any(isinstance(b, (Item, Table)) for b in root.blocks) \
                or name_key(heading_text(first.heading)) in self.held_among_others:
            return False
        if normalise(unwrap(first.heading.text)).casefold() in SUMMARY_HEADINGS - {"description"}:
            return True
        # A section that only leads in to a list it lacks is none of the level's sections.
        after = [c for c in root.children[1:] if not _leads_in_to_nothing(c)]
        return not (after and all(_prose(c) for c in after))

    def summary_notice(self, level: ImportedLevel, heading: Heading) -> None:
        """Say that a section gave the level's summary, not a competency."""
        name = normalise(heading.text)
        self.document.notice(heading.line, f"section '{name}' read as the summary of level "
                                           f"'{normalise(level.title)}', not a competency")

    def folded(self, node: _Node, competency: Heading) -> list[Block]:
        """The blocks under a node and under its sub-headings, in order; the
        sub-headings themselves reported."""
        blocks = list(node.blocks)
        for child in node.children:
            self.drop(child.heading, f"heading inside competency '{normalise(competency.text)}' "
                                     "(--competency-heading): its text is the competency's")
            blocks += self.folded(child, competency)
        return blocks

    def quoted_summary(self, heading: Heading, root: _Node) -> list[Paragraph | Other]:
        """The part of a level's (or a dimension's) summary written as block
        quotes ('> A Junior is at the beginning of their career') or as
        callouts ('<aside>', as Notion exports them; a panel of one paragraph, Confluence's), alone or among its
        paragraphs: those under its heading before its first sub-heading or
        statement (a bullet, a table, a labelled paragraph); a note ('>
        **Note:** ...') is no summary."""
        end = min([c.heading.line for c in root.children] + [_first_statement_line(root)])
        return [b for b in self.block_quotes if heading.line < b.line < end and b.text.strip()
                and id(b) not in self.placed and not _ASIDE.match(b.text)]

    @cached_property
    def block_quotes(self) -> list[Other]:
        """The document's block quotes and callouts, in order (looked up once per level)."""
        return [b for b in self.outline.blocks if isinstance(b, Other) and b.reason in ("block quote", PAGE_ASIDE, PAGE_PANEL)]

    def kind(self, node: _Node) -> str:
        """competency, dimension or group (a heading over dimensions)."""
        steering = self.steering
        depth = node.heading.depth
        if id(node) in self.forms:
            return "competency"  # a form of fields (see ``find_forms``)
        if steering.competency_heading is not None and depth == steering.competency_heading:
            return "competency"
        if steering.dimension_heading is not None and depth == steering.dimension_heading:
            return "dimension"
        if reads_as_sentence(node.heading.text):
            return "competency"  # 'I am adaptable', 'I write good code.': what is expected, not a group of it
        children = [c for c in node.children if _aside(c) is None]
        if not children:
            texts = [b for b in node.blocks if isinstance(b, (Paragraph, Item))]
            # Labels that name competencies: a labelled paragraph is one; labelled bullets where
            # most of their labels come back ('- **Adopts**: ...' at each level), not where each
            # level gives its own ('- **Tenacity**: ...', then '- **Astute**: ...').
            # Alone (one level's page), nothing says they do not come back.
            alone = self.level_count == 1 and self.steering.site_pages == 1
            labelled, recurring = self.recurring_labels(node)
            # A section whose labels are new at this level ('## Behavior' adding 'Influence') beside
            # sections whose labels come back is one of them: some of its labels come back too.
            beside = any(node is c for c in self.siblings) and self.some_labels_recur(node) and any(
                other is not node and self.recurring_labels(other) == (True, True) for other in self.siblings)
            labels_competencies = labelled and (alone or recurring or beside)
            # A table under the heading holds its competencies; but for one after the heading's own
            # bullets, which make it a competency and the table a detail of it.
            tables = [b for b in node.blocks if isinstance(b, Table) and not b.in_item]
            listed_first = bool(tables) and any(isinstance(b, Item) and b.line < tables[0].line for b in node.blocks)
            if tables and self.rows_as_statements(node):
                return "competency"
            # '### Results' over '- **Impact:**' over '  - Delivers small tasks': the titles are its competencies.
            titled = not tables and _titles_over_bullets([b for b in node.blocks if isinstance(b, Item)],
                                                         self.names_of_groups())
            return "dimension" if tables and not listed_first or labels_competencies or titled else "competency"
        if all(self.kind(c) == "competency" for c in children):
            return "dimension"
        return "group"

    @cached_property
    def headings_over(self) -> dict[str, Counter[str]]:
        """How often a heading of each name (by key) stands right over
        bullets ('items'), and how often over a table and no bullets
        ('table'), in the whole document."""
        found: dict[str, Counter[str]] = {}
        heading: Heading | None = None
        under: list[Block] = []
        for block in [*self.outline.blocks, None]:
            if block is None or isinstance(block, Heading):
                if heading is not None and (held := _what_a_section_holds(under)) is not None:
                    found.setdefault(name_key(heading_text(heading)), Counter())[held] += 1
                heading, under = (block, []) if block is not None else (None, [])
            else:
                under.append(block)
        return found

    def rows_as_statements(self, node: _Node) -> bool:
        """Whether a section that holds tables of two columns and no bullets
        is a competency whose tables' rows are its statements: a heading
        so named stands over bullets (a competency) at more levels than over
        such a table ('### Craft' over bullets at IC1 and IC2, over
        '| Area | Expectation |' at IC3)."""
        tables = [b for b in node.blocks if isinstance(b, Table) and not b.in_item]
        if not tables or node.children or any(isinstance(b, Item) for b in node.blocks) \
                or any(len(row.cells) != 2 for table in tables for row in table.rows):
            return False
        held = self.headings_over.get(name_key(heading_text(node.heading)), Counter())
        return held["items"] > held["table"]

    def recurring_labels(self, node: _Node) -> tuple[bool, bool]:
        """Whether a section with no sub-sections holds labelled lines only,
        and whether most of its bullets' labels come back (``labels_that_recur``)."""
        if any(_aside(c) is None for c in node.children):
            return False, False
        texts = [b for b in node.blocks if isinstance(b, (Paragraph, Item))]
        bullets = [b for b in texts if isinstance(b, Item)]
        recurring = sum(1 for b in bullets if b.labelled and name_key(b.labelled.label) in self.labels_that_recur)
        return bool(texts) and all(b.labelled for b in texts), recurring * 2 >= len(bullets)

    def some_labels_recur(self, node: _Node) -> bool:
        return any(isinstance(b, Item) and b.labelled and name_key(b.labelled.label) in self.labels_that_recur
                   for b in node.blocks)

    @cached_property
    def labels_that_recur(self) -> set[str]:
        """The labels of bullets given twice or more in the document, or on
        half the site's pages or more, by name key."""
        counted = Counter(name_key(b.labelled.label) for b in self.outline.blocks
                          if isinstance(b, Item) and b.labelled is not None)
        return {label for label, count in counted.items() if count >= 2} | set(self.steering.site_groups)

    def node(self, level: ImportedLevel, node: _Node, dimension: ImportedDimension | None,
             opening: bool = False, alike: bool = False) -> None:
        """Read a section of a level; ``opening``: it is the level's first
        and may be its description (see ``opens_the_level``); ``alike``:
        the level's sections are all prose."""
        heading = node.heading
        if (fields := self.forms.get(id(node))) is not None:
            self.form_section(level, node, fields, dimension)
            return
        if _leads_in_to_nothing(node):
            level.lists_nothing = True
            self.drop_section(node, f"section '{normalise(heading.text)}' only leads in to a list, and the list "
                                    "is not there: nothing at this level")
            return
        paragraphs = [b for b in node.blocks if isinstance(b, Paragraph) and b.labelled is None]
        # A heading naming a summary ('Description') among sections in prose as it is, not opening
        # the level, is one of the level's competencies.
        among_competencies = dimension is None and alike and not opening and names_a_summary(heading.text)
        if opening and not level.summary and not node.children and paragraphs \
                and all(isinstance(b, Paragraph) for b in node.blocks):
            # '### Overview' over a paragraph or two, opening the level: its summary; a
            # labelled line beside them ('**Typical Experience**: 2-4 years') is read as ever, but
            # for one whose label names a summary ('**Scope Summary:** ...'): the summary's too.
            summing = [b for b in node.blocks if isinstance(b, Paragraph) and b.labelled is not None
                       and names_a_summary(b.labelled.label.rstrip(": "))]
            level.summary = paragraphs_text(sorted([replace(b, text=b.labelled.rest) for b in summing if b.labelled]
                                                   + paragraphs, key=lambda b: b.line))
            self.summary_notice(level, heading)
            self.use(heading)
            for paragraph in [*paragraphs, *summing]:
                self.use(paragraph)
            labelled = [b for b in node.blocks if id(b) not in self.placed]
            if labelled:
                self.content(level, self.document.dimension(None, heading.line), labelled)
            return
        if (what := _aside(node)) is not None and self.steering.competency_heading != heading.depth \
                and not (among_competencies and what == "description"):
            # 'Examples', 'Notes', 'Description' right under a level (or a dimension) add to it:
            # they name no competency.
            self.level_aside(level, node, dimension, what)
            return
        if (fact := level_fact(normalise(heading.text), _section_text(node), self.known_levels())) is not None:
            said = [b for b in node.blocks if isinstance(b, (Item, Paragraph))]
            if dimension is None and said and not node.children and len(said) == len(node.blocks):
                # '### Typical experience' over '5+ years': said of the level, in its description.
                level.describe(heading.line, described_under(normalise(heading.text), [b.text for b in said]))
                for part in [heading, *said]:
                    self.use(part)
                return
            self.drop_section(node, f"section '{normalise(heading.text)}' {fact}, not what it expects")
            return
        if self.levels_table_section(node):
            self.drop_section(node, _LEVELS_TABLE)
            return
        if lists_what_to_avoid(heading.text):
            self.drop_section(node, f"section '{normalise(heading.text)}' lists what to avoid (counter-examples), "
                                    "not what the level expects")
            return
        if self.rendered and _WHAT_IS_NEW.match(heading.text):
            # `render` says there what changed from the level below: the statements say it already.
            self.drop_section(node, "what is new at the level compared with the level below, as `ladderlint "
                                    "render` sums it up: the level's statements say it already")
            return
        kind = self.kind(node)
        if kind == "competency":
            target = dimension or self.document.dimension(None, heading.line)
            if self.steering.competency_heading == heading.depth and node.children:
                # Told that these headings are the competencies: what is under their
                # sub-headings ('#### Adopts' under '### Expertise') is theirs.
                self.competency_section(level, target, heading, self.folded(node, heading))
                return
            competency = self.competency_section(level, target, heading, node.blocks,
                                                 rows=self.rows_as_statements(node))
            for child in node.children:
                if (what := _aside(child)) is not None:
                    self.aside(level, competency, child, what)
                else:
                    self.node(level, child, target)
            return
        if kind == "dimension":
            wraps = dimension is None and self.wraps_the_level(level, node)
            target = self.document.dimension(None if wraps else heading_text(heading), heading.line)
            self.use(heading)
            lead_ins = _lead_ins(node.blocks)
            intro: list[Paragraph | Other] = [
                b for b in node.blocks if isinstance(b, Paragraph) and b.labelled is None and id(b) not in lead_ins
                and b.line < min((c.heading.line for c in node.children), default=10**9) and not self.footnote(b)]
            going_on = _continuations(node.blocks)
            for after in [b for b in intro if b.line > _first_statement_line(node)]:
                intro.remove(after)  # a summary opens the dimension (see one_level)
                if id(after) not in going_on:
                    self.drop(after, f"text after the statements of '{normalise(heading.text)}', not its summary")
            intro = sorted(intro + self.quoted_summary(heading, node), key=lambda b: b.line)  # '> Solves tasks ...' (inDrive)
            if intro and (node.children or any(isinstance(b, (Table, Item)) or getattr(b, "labelled", None)
                                               for b in node.blocks)):
                level.dimension_summaries.append((target, paragraphs_text(intro)))
                for p in intro:
                    self.use(p)
            self.content(level, target, node.blocks)
            for child in node.children:
                self.node(level, child, target)
            return
        # A heading that groups dimensions ('Core Responsibilities').
        self.drop(heading, "heading that groups the dimensions below it, not a dimension itself")
        for block in node.blocks:
            if isinstance(block, Paragraph):
                self.drop(block, f"text under '{normalise(heading.text)}', which groups dimensions")
        self.content(level, dimension or self.document.dimension(None, heading.line),
                     [b for b in node.blocks if not isinstance(b, Paragraph)])
        for child in node.children:
            self.node(level, child, None)

    def wraps_the_level(self, level: ImportedLevel, node: _Node) -> bool:
        """Whether a heading over competencies' headings only wraps what the
        level asks ('### Senior engineer' > '#### Skills needed for this
        level' > '##### Research'): the one such heading under the level,
        with no text of its own, whose words speak of the level ('this
        level', 'the role', the level's title), not of a group of
        competencies; a layout line says so, once. Its competencies are in
        the default dimension, as where no heading groups them."""
        said = normalise(heading_text(node.heading))
        if any(isinstance(b, Paragraph) for b in node.blocks) or not node.children \
                or any(other is not node and other.children for other in self.siblings) \
                or not (_OF_THE_LEVEL.search(said) or name_key(level.title) in name_key(said)):
            return False
        if not any(e.reason.startswith(_WRAPS_THE_LEVEL) for e in self.document.report):
            self.document.notice(node.heading.line, f"{_WRAPS_THE_LEVEL}, not a group of its competencies: it names "
                                                    "no dimension", said, kind="layout")
        return True

    def content(self, level: ImportedLevel, dimension: ImportedDimension, blocks: list[Block]) -> None:
        """What stands directly under a level or a dimension: tables,
        bullets (one competency), labelled paragraphs (a competency each)."""
        items: list[Item] = []
        labelled: ImportedCompetency | None = None  # the competency of the labelled paragraph just read
        going_on = _continuations(blocks)
        lead_ins = _lead_ins(blocks)
        #: The lead-in of the run of bullets being read, when it names them ('Responsibilities:').
        lead_in: Paragraph | None = None
        #: The lead-in of the run of bullets being read, when they say what promotion takes.
        promotion: Paragraph | None = None
        for block in blocks:
            if id(block) in self.placed:
                continue
            if items and not isinstance(block, Item):  # a run of bullets, read where it stands
                self.promotion_or_items(items, level, dimension, lead_in, promotion)
                items, lead_in, promotion = [], None, None
            if id(block) in lead_ins and isinstance(block, Paragraph) and not self.footnote(block):
                # 'Responsibilities:' before a list names its competency, as '**Responsibilities:**'
                # would; a sentence the bullets finish ('Members are expected to:') names nothing.
                # A name never ends on a word such as 'who' or 'to' ('An engineer who').
                named = strip_markdown(block.text).rstrip().endswith(":") or not _ends_unfinished(
                    strip_markdown(block.text).strip())
                if asks_for_promotion(strip_markdown(block.text), self.known_levels()):
                    promotion = block  # what the next level asks: said of this level, not expected of it
                elif named and (_a_group_name(block.text) or _title_line(block)) \
                        and not is_level_name(_group_text(block.text)) and not _a_verb_lead(block.text):
                    lead_in = block  # placed where it names the bullets' competency (see ``items``)
                elif not self.verb_lead(block, blocks):
                    self.drop(block, "lead-in to the list after it, whose bullets are the statements")
                continue
            if isinstance(block, Table) and block.in_item:
                self.drop(block, _IN_ITEM)
            elif isinstance(block, Table) and self.names_the_levels(block):
                self.drop(block, _LEVELS_TABLE)
            elif isinstance(block, Table):
                self.table(block, level, dimension)
            elif isinstance(block, Item):
                items.append(block)
            elif isinstance(block, Paragraph) and block.labelled is not None \
                    and (why := no_behaviour(strip_markdown(block.text))) is not None:
                # '**Typical Experience**: ... 0-4 years experience.': a condition of the level, no competency:
                # said of the level, in its description (a figure, reported).
                if of_the_level(why):
                    self.describe(level, block)
                else:
                    self.drop(block, why)
                labelled = None
                continue
            elif isinstance(block, Paragraph) and block.labelled is not None \
                    and (why := page_fact(unwrap(block.labelled.label), strip_markdown(block.labelled.rest))) is not None:
                # '**Engineer Type:** Software' at the top of a template's page: no competency.
                self.drop(block, why)
                labelled = None
                continue
            elif isinstance(block, Paragraph) and block.labelled is not None \
                    and level_fact(unwrap(block.labelled.label), " ".join(block.labelled.parts or [block.labelled.rest]),
                                   self.known_levels()) is not None:
                # '**Hiring bar:** ...', '**Next level:** Senior': the level described, as its sections are.
                self.describe(level, block)
                labelled = None
                continue
            elif isinstance(block, Paragraph) and block.labelled is not None:
                label = block.labelled
                labelled = dimension.competency(unwrap(label.label), block.line)
                level.cell(labelled).statements.extend(
                    ImportedStatement(text, block.line) for text in (label.parts or [label.rest]))
                self.use(block)
                continue
            elif id(block) in going_on and labelled is not None and not self.footnote(block):
                # A paragraph that goes on from a labelled one ('**Mentorship:** ...', then more).
                level.cell(labelled).statements.append(ImportedStatement(block.text, block.line))
                self.use(block)
                continue
            labelled = None
        if items:
            self.promotion_or_items(items, level, dimension, lead_in, promotion)
        elif promotion is not None:
            self.drop(promotion, "lead-in with no list after it")

    def promotion_or_items(self, items: list[Item], level: ImportedLevel, dimension: ImportedDimension,
                           lead_in: Paragraph | None, promotion: Paragraph | None) -> None:
        """Bullets right under a level (see ``items``), or what promotion
        takes (see ``promotion_list``)."""
        if promotion is None:
            self.items(items, level, dimension, lead_in)
        else:
            self.promotion_list(level, promotion, items)

    def promotion_list(self, level: ImportedLevel, promotion: Paragraph, items: list[Item]) -> None:
        """The bullets after a lead-in that says they are what promotion
        takes ('Promotion to Level 2 requires:'), in the level's description
        under that lead-in: they are asked of the level promoted to, not of
        this one, and that level's own statements may say them already; a
        person decides where they go."""
        lead = normalise(promotion.text)
        level.describe(promotion.line, described_under(lead, [block_text(item) for item in items]))
        self.use(promotion)
        for item in items:
            self.use(item)
        self.document.notice(promotion.line, f"the list after '{lead}' says what promotion takes, not what this "
                             "level expects: kept in the level's description; if it is what the level it names "
                             "expects, move it to that level's statements")

    def promotion_lists(self, blocks: list[Block], lead_ins: set[int]) -> dict[int, list[Item]]:
        """The lead-ins among ``blocks`` that say what promotion takes, each
        with the bullets after it (by the lead-in's id)."""
        found: dict[int, list[Item]] = {}
        for i, block in enumerate(blocks):
            if id(block) in lead_ins and isinstance(block, Paragraph) \
                    and asks_for_promotion(strip_markdown(block.text), self.known_levels()):
                found[id(block)] = [b for b in itertools.takewhile(lambda b: isinstance(b, Item), blocks[i + 1:])
                                    if isinstance(b, Item)]
        return found

    def competency_section(
        self, level: ImportedLevel, dimension: ImportedDimension, heading: Heading, blocks: list[Block],
        rows: bool = False,
    ) -> ImportedCompetency:
        """A competency's section at a level; with ``rows``, the rows of its
        tables of two columns are its statements (see ``rows_as_statements``)."""
        name, description = competency_heading(heading)
        heading_says = None if heading.description is not None else description
        if heading_says is not None:
            # '### Impact: delivers tasks for their own team': the merge weighs it against what the
            # other levels' headings say, the competency's description or this level's own words.
            description = None
        competency = dimension.competency(name, heading.line, description)
        self.use(heading)
        cell = level.cell(competency)
        cell.headings.append((heading.line, len(cell.statements)))
        if heading_says is not None and cell.heading_says is None:
            cell.heading_says = (heading_says, heading.line)
        elif heading_says is not None:
            # The competency's second heading at the level: what it says is asked at this level alone.
            cell.statements.append(ImportedStatement(heading_says, heading.line))
        listed = any(isinstance(block, Item) for block in blocks)  # a summary sums up bullets
        first_bullet = next((block.line for block in blocks if isinstance(block, Item)), None)
        lead_ins = _lead_ins(blocks)
        promoted = self.promotion_lists(blocks, lead_ins)
        promoted_items = {id(item) for items in promoted.values() for item in items}
        topics = _topics([b for b in blocks if isinstance(b, Item) and id(b) not in promoted_items])
        shown: set[int] = set()  # the bullets a paragraph's lead-in opened as its examples
        for n, block in enumerate(blocks):
            if id(block) in promoted_items:
                continue
            if id(block) in shown:
                self.use(block)
                continue
            if id(block) in promoted and isinstance(block, Paragraph):
                self.promotion_list(level, block, promoted[id(block)])
            elif isinstance(block, Item):
                self.use(block)
                if (statement := topics.statement(block)) is not None:
                    cell.statements.append(self.with_lead(block, statement))
                    if (joined := topics.joined(block)) is not None:
                        self.document.notice(block.line, joined, statement.text)
            elif id(block) in lead_ins and isinstance(block, Paragraph) and not self.footnote(block) \
                    and after_reference(block.text, frozenset(map(name_key, self.known_levels()))) is None:
                # 'Concrete examples could include:' over the bullets: they are the statements, as under
                # a level ('All of Junior Developer, plus:' is a reference to a lower level, read as such);
                # 'Demonstrates:' over '- ownership of a service' is their verb.
                if not self.verb_lead(block, blocks):
                    self.drop(block, "lead-in to the list after it, whose bullets are the statements")
            elif isinstance(block, Paragraph) and first_bullet is not None and block.line < first_bullet \
                    and block.labelled is None and _defines(normalise(name), block.text):
                # 'Technical depth is about ...' over the bullets: what the competency is, at no one level;
                # after what its heading says of it ('### Communication: shares context early'), if anything.
                said = competency_description(description, block.text)
                if competency.description is None or competency.description == description:
                    competency.description = said
                if competency.description == said:
                    self.use(block)
                else:
                    self.drop(block, f"a second description of '{normalise(name)}'")
            elif isinstance(block, Paragraph) and listed and cell.note is None \
                    and (note := _summary(block)) is not None:
                cell.note = note  # '**tldr;** A Junior applies ...': the bullets in short
                self.use(block)
            elif isinstance(block, Paragraph) and block.labelled is not None:
                # '**Culture Leader** - I act ...' after the bullets: the next competency.
                self.content(level, dimension, [block])
            elif isinstance(block, Paragraph) and listed and block.emphasised \
                    and not any(isinstance(b, Item) and b.line > block.line for b in blocks):
                # '**Everyone progresses at their own pace ...**' after the last bullets: a note
                # set apart from them, not one more expectation.
                self.drop(block, f"a sentence in bold after the statements of '{normalise(name)}', not one of them")
            elif isinstance(block, Paragraph) and (_a_note(block) or points_to_another_document(block.text)) \
                    and (cell.statements or listed) \
                    and not any(isinstance(b, (Item, Paragraph)) and b.line > block.line for b in blocks):
                # 'Note: every role has 3 internal grades.', 'For more, see the full guide.' closing the
                # statements: a remark on the ladder, not one more expectation.
                self.drop(block, f"a {'note' if _a_note(block) else 'pointer to another document'} after the "
                                 f"statements of '{normalise(name)}', not one of them")
            elif (led := _sentences_leading_in(block, blocks[n + 1:])) is not None:
                # '... deliver on your tasks. This means:' over '- Writing code', '- With quality': the
                # sentences, and the bullets that show what they mean their examples, as under a bullet
                # that ends so (``_topics``); '... You are also expected to:' over what is asked: the
                # sentences, then the bullets, each a statement, the lead-in between them reported.
                said, lead_sentence, items = led
                self.use(block)
                if _only_opens_a_list(lead_sentence):
                    cell.statements.append(ImportedStatement(said, block.line, [item.text for item in items]))
                    shown.update(id(item) for item in items)
                else:
                    cell.statements.append(ImportedStatement(said, block.line))
                    self.document.unplaced(block.last, "lead-in to the list after it, whose bullets are the "
                                                       "statements", lead_sentence)
            elif isinstance(block, Paragraph):
                if not self.footnote(block):
                    # A run-in heading ('**Delivery.** You ship ...') labels it, as a bold label a
                    # bullet: where the labels come back level after level, they are the competencies.
                    head = block.run_in
                    cell.statements.append(ImportedStatement(block.text, block.line,
                                                             label=head.label if head else None,
                                                             rest=head.rest if head else None))
                    self.use(block)
            elif isinstance(block, Table) and rows and not block.in_item:
                self.labelled_rows(block, cell)
                self.document.notice(block.line, f"'{normalise(name)}' is a competency at other levels: the rows "
                                                 "of its table here are its statements, each labelled by its "
                                                 "first cell", normalise(level.title))
            elif isinstance(block, Table):
                self.drop(block, _IN_ITEM if block.in_item else f"table under competency '{normalise(name)}'")
            else:
                self.drop(block, block.reason if isinstance(block, Other) else "not recognised")
        return competency

    def labelled_rows(self, table: Table, cell: ImportedCell) -> None:
        """The rows of a table of two columns under a competency's heading,
        each a statement labelled by its first cell ('Design: Designs
        services'); the header row is reported."""
        self.use(table)
        rows = [row for row in table.rows if not all(c.empty for c in row.cells)]
        header = _header_row(rows)
        for row in table.rows:
            self.ledger.use(row.line)
            if all(c.empty for c in row.cells):
                continue
            if row.header or row is header:
                for each in row.cells:
                    if not each.empty:
                        self.document.unplaced(row.line, COLUMN_HEADER, each.joined())
                continue
            label = normalise(unwrap(row.cells[0].joined()))
            for statement in self.statements(row.cells[1]):
                said = statement.text
                statement.text, statement.label, statement.rest = (f"{label}: {said}", label, said) if label \
                    else (said, None, None)
                cell.statements.append(statement)

    def aside(self, level: ImportedLevel, competency: ImportedCompetency, node: _Node, what: str) -> None:
        """A heading under a competency that adds to it ('Examples', 'Notes',
        a Notion toggle so titled): its bullets and paragraphs are the
        examples of the competency's statement before them, the cell's note
        or the competency's description."""
        name, title = normalise(competency.name or ""), normalise(node.heading.text)
        self.use(node.heading)
        texts = [b for b in node.blocks if isinstance(b, (Item, Paragraph))]
        for block in node.blocks:
            if not isinstance(block, (Item, Paragraph)):
                self.drop(block, block.reason if isinstance(block, Other) else f"not text of '{title}'")
        said = [b.text for b in texts]
        cell = level.cell(competency)
        if what == "examples" and cell.statements:
            cell.statements[-1].examples.extend(said)
            if len(cell.statements) > 1:
                self.document.notice(node.heading.line, f"the examples under '{name}' are given to its statement "
                                                        "before them", cell.statements[-1].text)
        elif what == "examples" and said:
            # Examples of nothing said before them ('Example behaviours' alone): what the level expects.
            cell.statements.extend(ImportedStatement(b.text, b.line) for b in texts)
            self.document.notice(node.heading.line, f"'{name}' says nothing at this level but its "
                                                    f"{title.casefold()}: they are its statements")
        elif what == "note" and said:
            cell.note = "\n\n".join(([cell.note] if cell.note else []) + said)
        elif what == "description" and said and competency.description is None:
            competency.description = "\n\n".join(said)
        else:
            for block in texts:
                self.drop(block, f"a second description of '{name}'")
            return
        for block in texts:
            self.use(block)

    def examples_led_in(self, level: ImportedLevel, blocks: list[Block]) -> None:
        """A lead-in right under a level that names examples, in any language
        ladders are written in ('**Example tasks**:', '**Exemplo de
        Tarefas**:', 'Ejemplos:'), and the list after it: said of the level,
        as under a heading 'Examples' (``level_aside``), never a competency
        nor its expectations."""
        for n, block in enumerate(blocks):
            if not isinstance(block, Paragraph) or id(block) in self.placed or block.labelled is not None \
                    or not strip_markdown(block.text).rstrip().endswith(":") or aside_name(block.text) != "examples":
                continue
            listed = list(itertools.takewhile(lambda b: isinstance(b, Item), blocks[n + 1:]))
            if not listed:
                continue
            node = _Node(Heading(BOLD_DEPTH, _group_text(block.text), block.line, block.last, bold=True))
            node.blocks = list(listed)
            self.level_aside(level, node, None, "examples")
            self.use(block)

    def level_aside(self, level: ImportedLevel, node: _Node, dimension: ImportedDimension | None,
                    what: str) -> None:
        """A heading right under a level (or a dimension of it) that adds to
        it ('Examples', 'Notes', 'Description'): its text describes the
        level (its summary) or the dimension at the level. Examples, notes
        and a second description of the level as a whole are said of it, in
        its description, under their heading; of a dimension at a level the
        format keeps none (a statement has examples, a cell a note), so
        those are reported, never a competency."""
        title = normalise(node.heading.text)
        owner = f"the dimension '{normalise(dimension.name)}' at level '{normalise(level.title)}'" \
            if dimension is not None and dimension.name else f"level '{normalise(level.title)}'"
        self.use(node.heading)
        texts = [b for b in node.blocks if isinstance(b, (Item, Paragraph))]
        for block in node.blocks:
            if not isinstance(block, (Item, Paragraph)):
                self.drop(block, block.reason if isinstance(block, Other) else f"not text of '{title}'")
        said = paragraphs_text(texts)
        if what == "description" and said and dimension is None and not level.summary:
            level.summary = said
            self.summary_notice(level, node.heading)
            level.summary_paragraphs = [(b.line, b.text) for b in texts]
        elif what == "description" and said and dimension is not None \
                and all(d is not dimension for d, _ in level.dimension_summaries):
            level.dimension_summaries.append((dimension, said))
        elif texts and dimension is None:
            # 'Examples' (of the people at it, of its work), 'Notes', a second 'Description': said of the level.
            level.describe(node.heading.line, described_under(title if what != "description" else None,
                                                              [b.text for b in texts]))
        else:
            reason = {
                "examples": f"an example for {owner} as a whole, not a competency: a framework keeps examples "
                            "only under the statement they illustrate, so add it there",
                "note": f"a note on {owner}, not a competency: a framework keeps a note only beside one "
                        "competency at a level, so add it there if it belongs to one",
            }.get(what, f"a second description of {owner}, which has one already")
            for block in texts:
                self.drop(block, reason)
            return
        for block in texts:
            self.use(block)

    def items(self, items: list[Item], level: ImportedLevel, dimension: ImportedDimension,
              lead_in: Paragraph | None = None) -> None:
        """Bullets right under a level: one competency (named by the
        ``lead_in`` before them, if any), or one per bullet that names a
        group of the bullets nested under it ('- Requirements:')."""
        for task in (item for item in items if item.task):
            # With no competency's heading over it, a task is the page's editors' to-do.
            self.drop(task, f"{TASK_LIST}, not part of the ladder")
        items = [item for item in items if not item.task]
        if not items:
            return
        group_names = self.names_of_groups()
        self.item_runs(items, level, dimension, lead_in, group_names)
        if lead_in is not None:
            # Every bullet under a title that names its competency ('- **Mentorship**' over its
            # bullets): the lead-in names none of them, and is said, never lost.
            self.drop(lead_in, "lead-in to the list after it, whose titles name the competencies")

    def item_runs(self, items: list[Item], level: ImportedLevel, dimension: ImportedDimension,
                  lead_in: Paragraph | None, group_names: set[str]) -> None:
        for outer, run in _groups_of_groups(items):
            if outer is None:
                self.bullet_run(run, level, dimension, lead_in, group_names)
                continue
            # '- **Technical**' over '  - **Code quality**' over '    - Writes readable code': the outer
            # title names the dimension of the competencies nested under it, read as two-deep titles are.
            if dimension.name is None:
                target = self.document.dimension(_group_name(outer), outer.line)
                self.use(outer)
            else:
                target = dimension
                self.drop(outer, f"bullet that groups competencies of '{dimension.name}', not a competency itself")
            shifted = [replace(item, depth=item.depth - 1) for item in run]
            self.bullet_run(shifted, level, target, None,
                            group_names | {name_key(_group_name(item)) for item in shifted if item.depth == 0})
            for item in run:
                self.use(item)

    def names_of_groups(self) -> set[str]:
        """The names of bullets that name the bullets nested under them (see ``_group_names``)."""
        if self.group_names is None:
            alone = self.level_count == 1 and self.steering.site_pages == 1
            self.group_names = _group_names(self.outline.blocks, alone) | self.steering.site_groups
        return self.group_names

    def bullet_run(self, items: list[Item], level: ImportedLevel, dimension: ImportedDimension,
                   lead_in: Paragraph | None, group_names: set[str]) -> None:
        """Bullets of one dimension: one competency, or one per bullet that
        names a group of the bullets nested under it (one of ``group_names``)."""
        for label, members in _item_groups(items, group_names):
            if label is None and lead_in is not None:
                competency = dimension.competency(_group_text(lead_in.text), lead_in.line)
                self.use(lead_in)
            elif label is None:
                competency = dimension.competency(None, members[0].line)
            elif members == [label] and label.labelled is not None:  # a group said in one labelled bullet
                competency = dimension.competency(label.labelled.label, label.line)
                level.cell(competency).statements.append(ImportedStatement(label.labelled.rest, label.line))
                self.use(label)
                continue
            else:
                competency = dimension.competency(_group_name(label), label.line)
                self.use(label)
            cell = level.cell(competency)
            topics = _topics(members)
            placed = len(cell.statements)
            for item in members:
                self.use(item)
                if label is not None and item is members[-1] and item.depth > 0 and cell.note is None \
                        and (note := _note_text(item.text)) is not None:
                    # '  - *Note:* ...' closing a competency's bullets: the cell's note, as `render` writes it.
                    cell.note = note
                elif (statement := topics.statement(item)) is not None:
                    cell.statements.append(self.with_lead(item, statement))
                    if (joined := topics.joined(item)) is not None:
                        self.document.notice(item.line, joined, statement.text)
            if competency.name is None:
                # On the line of the run's first statement (a topic over it is none), where the
                # merge takes it back when the statements' labels turn out to be competencies.
                first = cell.statements[placed].line if len(cell.statements) > placed else members[0].line
                self.document.notice(first, NO_COMPETENCY_HEADING, normalise(level.title))

    # --- tables inside a level -------------------------------------------------

    def table(self, table: Table, level: ImportedLevel, dimension: ImportedDimension) -> None:
        self.use(table)  # every cell is placed below, or reported
        rows = [row for row in table.rows if not all(cell.empty for cell in row.cells)]
        for row in table.rows:
            if all(cell.empty for cell in row.cells):
                self.ledger.use(row.line)
        columns = _column_layout(rows)
        if columns is not None:
            names, bullet_rows = columns
            for index, name_cell in enumerate(names.cells):
                if name_cell.empty:
                    continue
                name, description = name_and_description(name_cell)
                competency = dimension.competency(name, name_cell.line, description)
                for row in bullet_rows:
                    if index < len(row.cells):
                        level.cell(competency).statements.extend(self.statements(row.cells[index]))
                self.ledger.use(name_cell.line)
            for row in bullet_rows:
                self.ledger.use(row.line)
            return
        header = _header_row(rows)
        # A column whose header says it holds examples ('Competency | Expectation | Example'): those
        # of the row's statement, not statements of their own.
        headers = next((row for row in rows if row.header or row is header), None)
        examples = {i for i, cell in enumerate(headers.cells) if not cell.empty
                    and column_role(normalise(unwrap(cell.joined()))) == "examples"} if headers is not None else set()
        named: ImportedCompetency | None = None  # the competency of the row above, whose name may span this one
        for row in rows:
            first, rest = row.cells[0], row.cells[1:]
            if row.header or row is header:
                for cell in row.cells:
                    if not cell.empty:
                        self.document.unplaced(row.line, COLUMN_HEADER, cell.joined())
                self.ledger.use(row.line)
                continue
            if (first.covered or (table.sheet and first.empty and any(not c.empty for c in rest))) \
                    and named is not None:
                # Its name cell spans down from a row above (rowspan, a merged cell), or, in a
                # spreadsheet, the name is written once over its rows and left blank below.
                competency, cells = named, rest
            elif first.bullets or first.empty:
                named = None
                competency = dimension.competency(None, row.line)
                self.document.notice(row.line, "table row with no competency name")
                cells = row.cells
            elif lists_what_to_avoid(first.joined()):
                # A row of 'Red flags' beside the level's competencies: counter-examples.
                named = None
                for cell in rest:
                    if not cell.empty:
                        self.document.unplaced(row.line, AVOIDED.format(normalise(unwrap(first.joined()))),
                                               cell.joined())
                self.ledger.use(row.line)
                continue
            else:
                name, description = name_and_description(first)
                competency = named = dimension.competency(name, row.line, description)
                cells = rest
            offset = len(row.cells) - len(cells)
            for index, cell in enumerate(cells, start=offset):
                if index in examples and not cell.empty:
                    self.examples(level.cell(competency), cell)
                else:
                    level.cell(competency).statements.extend(self.statements(cell))
            self.ledger.use(row.line)
