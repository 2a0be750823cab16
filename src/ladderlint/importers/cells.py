"""What a level's cell says beside its statements, in any reader's document.

Two ways of writing a cell are marks, not expectations:

- a reference to the level below, in front of what the level adds ("Same as
  L1, plus: Writes design docs", "As L2, and ...", "Everything in L3, plus
  ...", "All of Junior Developer, plus:"), or alone on its line ("Junior
  Developer +", "And everything in L2"): the format's levels are
  cumulative already (the framework says so: ``cumulative: true``), so the
  statement is what follows it;
- a mark that the competency does not apply there ("N/A", "—", "Not
  applicable: no on-call at this level", "N/A – first expected at L3"): the
  cell is the format's ``not_applicable``, its reason the words after the
  mark.

Two more state no behaviour at all, and are reported, never statements
(:func:`read_figures`): a figure alone ('25 %', 'Core: ~80%', '$5', '~1
year'), and the years of experience a level asks for ('Experience:
Typically requires a minimum of 2 years', 'No professional experience
required'), which ``diff`` would otherwise read as a bar raised where the
years change. So is an editor's note in brackets that says text is still
to be written ('(More sections to be added. See follow-ups.)').

The merge reads every document's cells through :func:`read_marks` and
:func:`read_figures`, so tables, bullets and plain text are read alike.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..text import name_key, strip_markdown
from .document import ImportedCompetency, ImportedDocument, ImportedLevel, ImportedStatement, ReportEntry, described_under
from ..vocabulary import (NO_BEHAVIOUR, NOT_TICKED, TICKED, LevelName, labels_experience, level_code, of_the_level,
                          no_behaviour, not_applicable, role, years_alone)
from .textutil import is_level_name, is_title_like
from ..patterns import lazy

_REFERENCES = (r"same as|as for|everything (?:expected )?(?:in|from|of|at|for)|all (?:of )?the expectations (?:of|for|at|in)|"
               r"all expectations (?:of|for|at|in)|includes everything (?:in|from|of)")
#: A sentence that opens by saying a level includes another's expectations ('and everything in L2' too,
#: a list's line going on from its heading's words).
SAME_AS = lazy(rf"\s*(?:and\s+)?(?:{_REFERENCES})\b", re.IGNORECASE)
#: What a document says when its levels are cumulative, in so many words: 'Notes: levels are
#: cumulative.', 'The expectations of each level are additive', 'Each level builds additively on
#: previous expectations', 'you are also expected to meet the criteria for <the level below>',
#: 'Each level includes the expectations of the levels below it', 'each level
#: encompasses the previous levels', 'Every level builds on the previous one', 'Each level inherits
#: the expectations of the level below it', 'Higher levels include the expectations of lower levels',
#: 'All expectations of lower levels apply', '... are in addition to the level below', 'each row adds
#: to the rows above it', and the sentence `render` writes under each level ('Each level includes what
#: the levels below it expect'). The one place that recognises it: the merge makes it the framework's
#: `cumulative: true`, and a level's paragraph that only says it is no summary.
_LOWER = r"(?:below|previous|lower|before|prior|preceding|earlier|above)"
SAYS_CUMULATIVE = lazy(r"\b(?:levels?|expectations?|rungs?|grades?)(?: (?:of|for|at|in) (?:each|every|all|the|our)"
                       r" (?:levels?|rungs?|grades?))? (?:are|is) (?:all )?(?:cumulative|additive)\b(?! manufactur)"
                       r"|\b(?:each|every|a|any) (?:level|rung|grade|row|role) (?:also )?(?:includes|builds"
                       r" (?:additively |cumulatively )?(?:up)?on"
                       r"|contains|assumes|encompasses|incorporates|subsumes|is built on|inherits|adds to|extends"
                       rf"|carries)\b.{{0,60}}?\b{_LOWER}\b"
                       r"|\b(?:higher|senior|upper) (?:levels|rungs|grades) (?:also )?(?:include|contain|encompass"
                       rf"|inherit|build on|assume)\b.{{0,60}}?\b(?:lower|junior|{_LOWER})\b"
                       rf"|\bexpectations (?:of|for|at|from) (?:the |all )?(?:{_LOWER}|junior) (?:levels?|rungs?|grades?)"
                       r" (?:still |also |continue to )?(?:apply|carry (?:over|forward|up)|hold)\b"
                       rf"|\bin addition to (?:those of |the expectations of |what is expected at )?(?:the |all )?"
                       rf"(?:level|levels|ones?|rungs?|grades?) {_LOWER}\b"
                       rf"|\bbuilds? (?:up)?on (?:the |all )?(?:{_LOWER} (?:one|ones|level|levels)|(?:one|ones|level|levels)"
                       rf" {_LOWER})\b", re.IGNORECASE)
#: 'As a Product Designer, you are also expected to meet the criteria for Associate Designer': cumulative
#: only where what it names is a level (``_names_a_level``), not 'the requirements of our code of conduct'.
_ALSO_EXPECTED = lazy(r"\b(?:you|they|engineers|designers|people|everyone) (?:are|is) also expected to (?:meet|fulfil"
                      r"|fulfill|show|demonstrate) (?:all )?(?:the )?(?:criteria|expectations|requirements|competencies)"
                      r" (?:of|for|at) (?P<named>[^.;!?]+?)\s*(?:[.;!?]|$)", re.IGNORECASE)
#: Words around a level's name that are no part of it: 'the', 'all', 'the Designer level', 'L2 expectations'.
_AROUND_A_LEVEL = lazy(r"^(?:(?:the|all|each|every|both|your|their)\s+)*|\s+(?:levels?|rungs?|grades?|roles?"
                       r"|expectations|criteria|requirements)$", re.IGNORECASE)
#: Levels named by where they stand: 'the level below', 'previous levels', 'lower levels', 'the levels before'.
_LEVELS_BELOW = lazy(rf"^(?:(?:all|each|every)\s+)?(?:the\s+)?(?:(?:{_LOWER}|junior)\s+(?:levels?|rungs?|grades?|ones?|roles?)"
                     rf"|(?:levels?|rungs?|grades?|ones?|roles?)\s+{_LOWER}(?:\s+(?:it|yours|this one))?)$", re.IGNORECASE)


def _names_a_level(named: str, titles: Sequence[str]) -> bool:
    """Whether what a sentence says to meet the criteria of names a level:
    one of ``titles`` (the document's levels), a level's name or code
    ('Associate Designer', 'Engineer II', 'L2'), or the levels below ('the
    level below', 'previous levels'); one or several ('L1 and L2')."""
    named = " ".join(named.split())
    if _LEVELS_BELOW.match(named):
        return True
    keys = {name_key(title) for title in titles}
    parts = [p for p in re.split(r"\s*(?:,|/|&|\band\b|\bor\b)\s*", named) if p]
    return bool(parts) and all(name_key(_AROUND_A_LEVEL.sub("", p)) in keys or is_level_name(_AROUND_A_LEVEL.sub("", p))
                               for p in parts)


def _cumulative_said(text: str, titles: Sequence[str] = (), at_start: bool = False) -> int | None:
    """Where a sentence that says each level includes those below it ends in
    ``text`` (None: none does); ``at_start``: one that opens it."""
    said = SAYS_CUMULATIVE.match(text) if at_start else SAYS_CUMULATIVE.search(text)
    if said is not None:
        return said.end()
    also = _ALSO_EXPECTED.match(text) if at_start else _ALSO_EXPECTED.search(text)
    if also is not None and _names_a_level(also["named"], titles):
        return also.end("named")
    return None


def says_cumulative(text: str, titles: Sequence[str] = ()) -> bool:
    """Whether a text says that each level includes those below it (see
    ``SAYS_CUMULATIVE``), its lines run together; ``titles``: the
    document's levels, which 'also expected to meet the criteria for ...'
    may name."""
    return _cumulative_said(" ".join(text.split()), titles) is not None


def only_says_cumulative(text: str) -> bool:
    """Whether a text only says that each level includes the levels below
    it ('Each level includes what the levels below it expect: ...', as
    `render` opens each level after the first; 'Every level builds on the
    previous one.'; 'Notes: levels are cumulative.' under a label): one
    sentence, which says nothing else."""
    plain = strip_markdown(text).strip()
    if _cumulative_said(plain, at_start=True) is None:
        plain = _LABEL.sub("", plain, count=1)
    said = _cumulative_said(plain, at_start=True)
    return said is not None and _ANOTHER_SENTENCE.search(plain, said) is None


#: A label before a sentence ('Notes: ', 'Note - ').
_LABEL = lazy(r"\A\w+(?: \w+)?\s*[:–—-]\s+")
#: A sentence after another in a paragraph.
_ANOTHER_SENTENCE = lazy(r"[.!?]\s+\S")


#: The same, or words that open other sentences too ('In addition to shipping, ...'), which only a
#: level after them makes a reference ('In addition to L1, ...'; 'As L2, and ...').
_OPENING = lazy(rf"\s*(?:and\s+)?(?:{_REFERENCES}|in addition to|on top of|builds on|building on|extends|extending|all of|as|"
                rf"plus|and also)\b",
                      re.IGNORECASE)
#: A level's name and a plus, alone or before what the level adds: 'Junior Developer +', 'L2+:', 'IC3 + ...'.
_PLUS = lazy(r"\s*(?P<named>[^+:;,.]{1,60}?)\s*\+\s*(?:(?P<mark>[:,—–-])\s*(?P<added>.*))?", re.DOTALL)
#: Levels a reference names without naming one ('the previous level', 'the levels below').
_RELATIVE = lazy(r"(?:the\s+)?(?:(?:previous|prior|last|lower|earlier)\s+(?:levels?|rungs?|grades?|ones?)|"
                       r"(?:levels?|rungs?|grades?|ones?)\s+below|above|before|previous|prior)", re.IGNORECASE)
#: Where the reference ends and what the level adds begins: a stop mark, then
#: a word that adds ('plus', 'and also'), or a colon.
_ADDS = lazy(r"\s*(?:[,;.]\s*|\s+|\s*[—–-]\s*|(?=[:]))(?:\+|plus|and(?:\s+also)?|as\s+well\s+as|"
                   r"in\s+addition(?:\s+to\s+(?:that|this))?|additionally|but\s+also|also)?\s*[:,—–-]?\s*",
                   re.IGNORECASE)
#: One more level named after the first ('L1, L2', 'L1 and L2').
_MORE_LEVELS = lazy(r"\s*(?:,|/|&|\band\b|\bor\b)\s*([^,;:.—–]+?)(?=\s*[,;:.—–]|\s+(?:plus|and|but|also|as\s+well)\b|\s*$)",
                          re.IGNORECASE)
#: A reference that ends where what it adds would start ('Same as P1, plus:'), over the statements that follow.
_LEADS_IN = lazy(r"(?:\b(?:plus|and|also|as\s+well\s+as|in\s+addition)|:)\s*[:.…]*\s*$", re.IGNORECASE)
#: A level's code and one competency's expectations: 'IC 4 teamwork expectations', 'L2's delivery criteria'.
_IN_ONE_COMPETENCY = lazy(r"(?P<level>\S+(?:\s\d+)?)(?:['’]s)?(?:\s+[A-Za-z&-]+){1,3}\s+(?:expectations|"
                          r"behaviou?rs|responsibilities|skills|requirements|criteria)", re.IGNORECASE)
_CONNECTED = lazy(r"[,;.:—–+-]|\b(?:plus|and|also|addition|additionally)\b", re.IGNORECASE)

def tick(text: str) -> bool | None:
    """Whether a checkmark matrix's cell ticks its level (True), says it does
    not (False: '❌', '-', 'No', or blank), or says something else (None)."""
    said = " ".join(strip_markdown(text).split()).casefold().rstrip(".")
    if not said:
        return False
    # Whole cells only: text that merely holds an 'x' ('Fix flaky tests') is neither.
    return True if said in TICKED else False if said in NOT_TICKED else None


def after_reference(text: str, levels: frozenset[str] = frozenset()) -> str | None:
    """What a statement adds after a reference to a lower level ('Same as
    L1, plus: Writes design docs' -> 'Writes design docs'); '' when it is
    only the reference ('Same as L2.', 'Junior Developer +'); None when it
    makes none. ``levels``: the document's level titles and ids (their
    ``name_key``), which a reference may name whatever words open it ('All
    of Junior Developer, plus ...')."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # '(Same as L1)'
    plus = _PLUS.fullmatch(text)
    # A level of the document named before the plus ('Advanced +') is a reference before any verb test: a
    # level's name may read as a verb's form ('Advanced', 'Established').
    if plus is not None and (_names_a_level_of(plus["named"], levels) or _names_levels(plus["named"], levels=levels)
                             and not _says_what_someone_does(plus["named"])):
        # A level's name and a plus ('Jr Developer +'), said nowhere but where a level includes another.
        added = (plus["added"] or "").strip()
        return _sentence_case(added) if added.strip(" .…") else ""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    rest = text[opening.end():]
    # Words that open other sentences too name a level only by its code ('In addition to L1'), and
    # a bare 'as' only before a word that adds ('As L2, and ...', never 'As a senior engineer, ...').
    by_code = not SAME_AS.match(text)
    bare_as = by_code and opening.group().strip().casefold() == "as"
    # The reference: the shortest run of words that names levels, up to what the level adds.
    for end in range(1, min(len(rest), 60) + 1):
        if end < len(rest) and not re.match(r"[\s,;.:—–-]", rest[end]):
            continue
        if re.match(r"\w[-.]\w", rest[end - 1:end + 2]):
            continue  # inside a word ('mid-level', 'v1.2')
        named = rest[:end].strip()
        if not named or not _names_levels(named, by_code=by_code, levels=levels):
            continue
        after = rest[end:]
        while True:  # more levels named with it ('Same as L1, L2, but also ...')
            more = _MORE_LEVELS.match(after)
            if more is None or not _names_levels(more.group(1), by_code=by_code, levels=levels):
                break
            after = after[more.end():]
        adds = _ADDS.match(after)
        if not after.strip(" .…"):
            return ""
        if adds is None or not _CONNECTED.search(after[:adds.end()]):
            continue
        if bare_as and not re.search(r"[:]|\b(?:plus|and|also|addition|additionally)\b", after[:adds.end()], re.I):
            continue  # 'As a senior engineer, drives ...' is a sentence
        added = after[adds.end():].strip()
        if added.strip(" .…"):
            return _sentence_case(added)
        return ""
    return None


def _names_a_level_of(words: str, levels: frozenset[str]) -> bool:
    """Whether the words are one of the document's level titles or ids ('Advanced', 'the Established')."""
    return name_key(re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.IGNORECASE)) in levels


def _says_what_someone_does(words: str) -> bool:
    """Whether the words before a plus open with what someone does
    ('Develops Staff', 'Trusted by Staff', 'Supports L5'): a statement
    about those at that level and above ('Develops Staff+'), never a
    level's name ('Junior Developer', 'Tech Lead', 'Staff')."""
    said = role(words).split()  # the words that are no seniority and no code
    if not said:
        return False
    from ..dictionary import verb_form, verb_in_s  # lazily: a name and a plus is rare

    first = said[0].casefold()
    return verb_in_s(first) or first.endswith("ed") and verb_form(first)


def _names_levels(words: str, by_code: bool = False, levels: frozenset[str] = frozenset()) -> bool:
    """'L1', 'L1, L2', 'Level 2', 'IC3 and IC4', 'Senior', 'the previous level'
    (``by_code``: 'L1', 'Level 2', not 'Senior', but for one of ``levels``)."""
    words = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.IGNORECASE)
    if name_key(words) in levels:
        return True
    within = _IN_ONE_COMPETENCY.fullmatch(words) if by_code else None
    if within is not None and level_code(within.group("level")) is not None:
        words = within.group("level")  # 'IC4 teamwork expectations': the level's, in one competency
    # 'L2's expectations', 'the L1 behaviours': the level's, named by it.
    words = re.sub(r"(?:['’]s)?\s+(?:expectations|behaviou?rs|responsibilities|skills|requirements|criteria)$", "",
                   words, flags=re.IGNORECASE)
    if name_key(words) in levels:
        return True  # 'the Junior Backend Engineer responsibilities'
    if _RELATIVE.fullmatch(words):
        return True
    parts = [p for p in re.split(r"\s*(?:,|/|&|\band\b|\bor\b)\s*", words) if p]
    if by_code:
        return bool(parts) and all(len(p.split()) <= 2 and level_code(p) is not None for p in parts)
    # A name, as titles are written ('Senior Engineer'), not a code and the words after it ('L1 + writes docs').
    return bool(parts) and all(len(p.split()) <= 4 and is_level_name(p) and
                               (len(p.split()) == 1 or level_code(p) is not None and len(p.split()) <= 2
                                or is_title_like(p)) for p in parts)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def read_marks(document: ImportedDocument, report: list[ReportEntry]) -> bool:
    """Read the marks in the cells of a document's levels: a reference to a
    lower level is dropped from the statement it opens (reported); a cell
    whose one statement marks the competency not applicable becomes its
    ``not_applicable`` (with no reason given, reported to check). Whether
    a level referred to another, so saying the levels are cumulative."""
    levels = frozenset(name_key(name) for level in document.levels for name in (level.title, level.id) if name)
    referred = False
    for level in document.levels:
        # The cells that are only a reference ('Same as L4'): the level has no entry there, which check reports.
        only_references: list[tuple[str, ImportedStatement]] = []
        for cell in level.cells:
            kept = []
            references: list[ReportEntry] = []
            said: set[str] = set()  # a reference that opens each of several nested bullets is reported once
            for statement in cell.statements:
                added = after_reference(statement.text, levels)
                if added == "" and _and_above(statement.text, level, document.levels):
                    # 'Staff+' where no lower level is Staff: that level and above, as ladders
                    # write it, not a reference to a level below; said to check where it is all.
                    added = None
                    if len(cell.statements) == 1 and not statement.examples:
                        report.append(ReportEntry(document.path, statement.line, "notice",
                                                  f"'{cell.competency.name}' at {level.title} says only "
                                                  f"'{statement.text}' (that level and above): kept as its "
                                                  f"statement; write what {level.title} expects there"))
                if added is None:
                    kept.append(statement)
                    continue
                reference = statement.text[:len(statement.text) - len(added)].strip() if added else statement.text
                if reference in said:
                    statement.text = added
                    kept.append(statement)
                    continue
                said.add(reference)
                referred = True
                if added:
                    why = "left out of the statement after it"
                elif _LEADS_IN.search(statement.text):
                    why = "leading into the statements after it"  # 'Same as P1, plus:' over bullets
                else:
                    why = "adding nothing to it"
                references.append(ReportEntry(document.path, statement.line, "unplaced",
                                          f"a reference to a lower level (levels are cumulative: each includes "
                                          f"those below), {why}", reference))
                if added:
                    statement.text = added
                    kept.append(statement)
            if kept or not cell.statements:
                report.extend(references)  # a cell of references alone is said once, below, with what it became
            if cell.statements and not kept:
                only_references.append((cell.competency.name or "", cell.statements[0]))
                # The level adds nothing here, in the document's words: what LL401 asks of a level
                # with no entry in a cumulative framework, so the import writes it.
                cell.not_applicable = _sentence_case(" ".join(cell.statements[0].text.split()).strip(" ()").rstrip(".:"))
            cell.statements = kept
            marked = not_applicable(cell.statements[0].text) if len(cell.statements) == 1 else None
            if marked is None or cell.statements[0].examples:
                continue
            line = cell.statements[0].line
            cell.statements = []
            cell.not_applicable = marked.text
            if marked.reason is None:
                report.append(ReportEntry(document.path, line, "notice",
                                          f"'{cell.competency.name}' at {level.title} is marked not applicable "
                                          f"({marked.mark}) without a reason: the YAML says "
                                          f"`not_applicable: {marked.text}`; write why"))
        if only_references:
            report.append(_only_references(document.path, level, only_references))
    return referred


def _and_above(text: str, level: ImportedLevel, levels: list[ImportedLevel]) -> bool:
    """Whether a level's name and a plus alone ('Staff+', 'L5+') name no
    level below ``level`` (``levels`` lowest first): the shorthand for that
    level and those above it, a statement of who or what ('Scope: Staff+'),
    where 'Junior Developer +' over a Senior Developer's bullets, or 'L2+'
    at L3, says the level includes the one below."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    plus = _PLUS.fullmatch(text)
    if plus is None or plus["mark"] is not None:
        return False
    named = name_key(plus["named"])
    at = next((n for n, other in enumerate(levels) if other is level), len(levels))
    if any(named in (name_key(other.title), name_key(other.id or "")) for other in levels[:at]):
        return False
    if any(named in (name_key(other.title), name_key(other.id or "")) for other in levels[at:]):
        return True
    return LevelName.read(plus["named"]).before(LevelName.read(level.title, level.id or "")) is not True


def _only_references(path: str, level: ImportedLevel, cells: list[tuple[str, ImportedStatement]]) -> ReportEntry:
    """What the import wrote for a level's cells that were only a reference
    ('Same as L1.'): the level adds nothing there, which the YAML says in
    the document's words (``not_applicable``), for a person to confirm."""
    names = [f"'{name}'" for name, _ in cells]
    named = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    said = ", ".join(dict.fromkeys(f"'{statement.text}'" for _, statement in cells))
    verb = "says" if len(cells) == 1 else "say"
    return ReportEntry(path, cells[0][1].line, "notice",
                       f"{named} at {level.title} {verb} only {said}: the level adds nothing there to the statements "
                       f"below it, which it refers to, so the YAML says so in the document's words "
                       f"(`not_applicable: ...`); write what {level.title} adds instead, if it adds something")


def read_figures(document: ImportedDocument, report: list[ReportEntry]) -> list[ReportEntry]:
    """Take out of a document's cells the statements that state no behaviour
    (``vocabulary.no_behaviour``): the experience a level asks for ('Usually
    at least 5 years of experience') is said of the level, and goes to its
    description; the others (a figure, an editor's note) are reported, with
    their examples. A competency left with no statements anywhere is
    dropped as a heading with nothing under it is. Returns the lines that
    went to a description, as the report would have said them."""
    taken = False
    described: list[ReportEntry] = []
    noted: set[int] = set()  # the experience labels whose own words are reported
    figured: dict[int, ImportedCompetency] = {}  # the competencies some of whose lines are reported as figures
    split: set[int] = set()  # the experience competencies some of whose lines went to a description
    for level in document.levels:
        for cell in level.cells:
            whys = [no_behaviour(strip_markdown(statement.text)) for statement in cell.statements]
            figures = sum(why == NO_BEHAVIOUR[1] for why in whys)  # a figure alone, not the experience asked
            if figures >= 2 and 2 * figures > len(whys):
                # A table of figures ('Core: ~70%', 'Management: ~30%') is the page's summary, not behaviours:
                # its other lines ('Enabling Traits: We expect...') are no statement either.
                whys = [why or f"a line among figures ({figures} of the {len(whys)} lines there are figures): "
                               "a table of how much, not of what the level does" for why in whys]
            kept = []
            # A row or heading of experience ('Experience | 0-2 years | Minimum of 5 years'): its figures are
            # years too (not under 'Time' alone, which heads how a level splits its time).
            name = strip_markdown(cell.competency.name or "")
            headed = bool(name) and labels_experience(name)
            for statement, why in zip(cell.statements, whys):
                if why is None:
                    kept.append(statement)
                    continue
                taken = True
                # A number of years alone on the level's own line ('- 5+ years' beside its competencies)
                # is the experience it asks, as under an 'Experience' heading.
                if of_the_level(why) or why == NO_BEHAVIOUR[1] and (
                        headed or not name and years_alone(strip_markdown(statement.text))):
                    texts = [statement.text, *statement.examples]
                    said = described_under(name, texts) if headed else "\n".join(texts)
                    note = cell.competency.description if headed else None
                    if note and len(document.levels) == 1:
                        # What the label's cell says under it ('Approximate tenure <br> (not meant to be
                        # exact ...)') goes with the figure; never lost.
                        said += " " + (note if note.startswith("(") else f"({note})")
                    elif note and id(cell.competency) not in noted:
                        noted.add(id(cell.competency))  # said of every level: reported, once
                        report.append(ReportEntry(document.path, cell.competency.line, "unplaced",
                                                  f"what '{name}' says under it, of every level's figure", note))
                    level.describe(statement.line, said)
                    cell.competency.said_of_levels = cell.competency.said_of_levels or headed
                    described.append(ReportEntry(document.path, statement.line, "unplaced", why, statement.text))
                    continue
                for said in [statement.text, *statement.examples]:
                    report.append(ReportEntry(document.path, statement.line, "unplaced", why, said))
                figured.setdefault(id(cell.competency), cell.competency)
            if headed and kept and len(kept) < len(cell.statements) and id(cell.competency) not in split:
                # '### Experience' over '0-2 years ...' and 'Knows one language well': half its lines or
                # fewer give a time, so it is a competency, its times the level's (docs/import.md).
                split.add(id(cell.competency))
                report.append(ReportEntry(document.path, cell.competency.line, "notice",
                                          f"'{name}' is a competency, as at most half its lines at a level say a "
                                          "time or a condition: those lines go to the level's description, the "
                                          "others stay its statements"))
            cell.statements = kept
    if taken:
        left = {id(cell.competency) for level in document.levels for cell in level.cells if cell.statements}
        for competency in figured.values():
            if id(competency) not in left and competency.name and not competency.said_of_levels:
                # 'Split of responsibilities in the role' over 'Core: ~80%', 'Management: ~5%' (a table's
                # row, a heading, a label): what it names is reported above; it names no competency.
                report.append(ReportEntry(document.path, competency.line, "unplaced", "the name over figures "
                                          "(reported), not a competency", competency.name))
                competency.said_of_levels = True
        document.prune()
    return described

