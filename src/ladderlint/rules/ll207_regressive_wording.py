"""LL207 regressive-wording."""

from __future__ import annotations

import enum
import re
from typing import Iterable, Iterator, Sequence

from ..model import DocPath, Framework
from ..text import words
from ..vocabulary import (
    CONDITION_OPENERS,
    CONDITIONS,
    COUNT,
    DETERMINERS,
    DURATION_HOURS,
    FREQUENCY,
    GIVING,
    GUIDANCE_AMOUNT,
    GUIDANCE_NOUNS,
    GUIDED_BY,
    HELP_EITHER_WAY,
    GUIDING_ROLES,
    guide_named,
    QUANTITY_WORDS,
    REACH_VERBS,
    INDEPENDENT,
    PEOPLE,
    PLACED_SCOPE_WORDS,
    PIECES_OF_WORK,
    THE_WHOLE_ORGANISATION,
    COMMUNITIES,
    PERIOD,
    PERIODIC,
    QUANTITY,
    REACH,
    SCOPE_OF,
    SOURCE_WORDS,
    scope_rank,
    scope_words,
    help_had,
    placed_scopes,
    scopes_in,
)
from .analysis import Analysis
from .base import NUMBER, Option, Rule, Severity, Violation
from .messages import shorten
from ..patterns import lazy

# "own" for "on my own", "on their own": work done without guidance.
_AUTONOMY_WORDS = GUIDANCE_NOUNS | HELP_EITHER_WAY | INDEPENDENT | {"guided", "own"}
_ONES = frozenset("my your their his her our its".split())
# Less the pieces of work a tracker names, as scope_words reads them ("feedback on product features").
_SCOPE_WORDS = frozenset(SCOPE_OF).difference(PIECES_OF_WORK)
_MARKER_WORDS = _SCOPE_WORDS | _AUTONOMY_WORDS
# scope_rank of each scope word, looked up once rather than for each statement.
_SCOPE_RANKS = {word: scope_rank(word) for word in SCOPE_OF}
_TEAM_RANK = scope_rank("team")
# A scope word in the possessive ("my team's projects", "the department's
# roadmap"): words() writes a curly apostrophe straight.
_POSSESSED = {f"{word}'s": word for word in SCOPE_OF}
# The same words as a set: a set's isdisjoint() given a dict looks each of
# the dict's keys up, for every statement.
_POSSESSIVES = frozenset(_POSSESSED)
# Words after which a scope word owns the one before it: "every project in
# the company's portfolio", "the tasks of my team".
_OWNED_BY = frozenset({"of", "in"})
_BEFORE_AN_OWNER = DETERMINERS | frozenset("whole entire every all each".split())
# Words that say how far the work reaches or over how many units, before a scope word.
_REACH_MARKS = frozenset(REACH) | REACH_VERBS | frozenset(COUNT) | QUANTITY_WORDS
# Words that may ask for guidance ("with guidance", "guided by"; "with mentoring from their lead", read by
# help_had).
_HELP_NOUNS = GUIDANCE_NOUNS | HELP_EITHER_WAY
_GUIDANCE_WORDS = _HELP_NOUNS | {"guided"}
# Words that say nothing about what the statement is about.
_FILLER = frozenset(
    """
    i me my you your they them their we our us he she his her it its the a an and or but of to in on for
    with without from by at as into within across between is are be been am can will may some any all
    this that these those which who what when where how more most other others own several multiple
    many under needs requires following guided
    """.split()
)
# How many and how far are of the scope, not of the topic ("projects that span 2-3 teams").
_NOT_TOPIC = _FILLER | _SCOPE_WORDS | GUIDANCE_NOUNS | INDEPENDENT | frozenset(COUNT) | QUANTITY_WORDS \
    | frozenset(REACH) | REACH_VERBS
# Of a clause, the people are who guides ("from my manager") or whom the
# work is for: the clauses of two statements are compared on what is done.
_NOT_SAID = _NOT_TOPIC | GUIDING_ROLES | PEOPLE
# Words that open a phrase qualifying the clause it follows rather than a
# clause of its own (", with guidance from my lead", ", within the team").
_QUALIFYING = GUIDED_BY | INDEPENDENT | frozenset(REACH) | frozenset({"guided", "without", "for", "in", "at", "on"})
# Words that open a clause after a comma; after other words, a comma parts
# the items of a list ("plans, estimates and delivers projects").
_OPENERS = _QUALIFYING | CONDITION_OPENERS | frozenset(
    """and or but nor yet so then while whereas although though because since unless until which who whom whose
    that including such i we you they he she it""".split()
)
# Where a sentence parts into clauses: a semicolon, a colon, a bracket or a
# dash, a comma before a word that opens a clause or a verb in -ing
# (", keeping stakeholders informed"), and the end of a sentence.
_CLAUSE_BREAK = lazy(
    r"[;:()\u2013\u2014]|[.!?](?=\s|$)|,(?=\s*(?:(?:" + "|".join(sorted(_OPENERS)) + r")\b|[A-Za-z]+ing\b))",
    re.IGNORECASE,
)


#: What a finding of more guidance at a higher level says of it, and how to fix it.
_MORE_GUIDANCE = "; a higher level should need less guidance: swap the two, or say what this level adds"


class _Says(enum.Enum):
    """What a clause of a statement says: it asks for guidance, it says the
    work is done without it, or it names a scope."""

    GUIDED = enum.auto()
    INDEPENDENT = enum.auto()
    SCOPE = enum.auto()


class _Statement:
    """A statement (or level summary) that names a scope or an autonomy."""

    # A plain class with slots: one is built for most statements of a large
    # run, and its topic is worked out only if another statement meets it.
    __slots__ = ("order", "level_id", "path", "text", "tokens", "size", "smallest", "guided", "independent",
                 "amount", "_topic", "_clauses", "_said")

    def __init__(
        self, order: int, level_id: str, path: DocPath, text: str, tokens: list[str], size: int, smallest: int,
        guided: str | None, independent: str | None, amount: tuple[float, str] | None = None,
    ) -> None:
        self.order = order
        self.level_id = level_id
        self.path = path
        self.text = text
        self.tokens = tokens
        self.size = size  # the largest scope it names, 0 if none
        self.smallest = smallest  # the smallest scope it names, 0 if none
        self.guided = guided
        self.independent = independent
        # How much guidance it asks for, and the phrase: (1, "with minimal
        # guidance"), (4, "with close guidance"); None if it says no amount.
        self.amount = amount
        self._topic: frozenset[str] | None = None
        self._clauses: list[list[str]] | None = None
        self._said: dict[_Says, frozenset[str]] = {}

    @property
    def topic(self) -> frozenset[str]:
        """What it is about: its words without scope, autonomy or filler words."""
        if self._topic is None:
            self._topic = frozenset(word for word in self.tokens if not word[0].isdigit()).difference(_NOT_TOPIC)
        return self._topic

    def said(self, what: _Says) -> frozenset[str]:
        """The topic of the clauses that say ``what`` (ask for guidance, say
        the work is done without it, or name the scope): in a sentence of
        several clauses, what the guidance or the scope is about, and not
        what the other clauses add.
        A phrase that qualifies the main clause (", with guidance from my
        lead", ", working with guidance") brings the main clause along."""
        if what not in self._said:
            if self._clauses is None:  # asked of two or three kinds: the sentence is parted once
                self._clauses = [_owners(clause) for part in _CLAUSE_BREAK.split(self.text)
                                 for clause in _joined_clauses(words(part)) if clause]
            clauses = self._clauses
            said: set[str] = set()
            for i, clause in enumerate(clauses):
                if what is _Says.SCOPE:
                    says = bool(scope_words(clause))
                else:
                    says = (_guided(clause) if what is _Says.GUIDED else _independent(clause)) is not None
                if says:
                    said.update(clause)
                    opener = next((word for word in clause if word not in FREQUENCY), "")
                    if i and (opener in _QUALIFYING or opener.endswith("ing")):  # ", working with guidance"
                        said.update(clauses[0])
            self._said[what] = frozenset(said).difference(_NOT_SAID)
        return self._said[what]

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes it names, in the order it names them."""
        return scopes_in(self.tokens)


# Words that open the object of a verb: "and handle most incidents", "and
# make the reasoning visible" (not "data pipelines and model training jobs"):
# a determiner, a word of how much ("most", "each") or "any". Not "few",
# left out as it always was: the clauses are parted as before.
_OBJECT_OPENERS = DETERMINERS | frozenset(QUANTITY).difference({"few"}) | {"any"}


def _joined_clauses(tokens: list[str]) -> list[list[str]]:
    """The clauses "and" joins without a comma: a verb follows it, with its
    object, after a word that is no verb ("join the on-call rotation and
    handle most incidents independently" is two clauses; "plans, estimates
    and delivers the project" one)."""
    breaks = [i for i in range(1, len(tokens) - 2) if tokens[i] == "and" and tokens[i + 2] in _OBJECT_OPENERS
              and _verb(tokens[i + 1]) and not _verb(tokens[i - 1])]
    if not breaks:
        return [tokens]
    starts = [0, *(i + 1 for i in breaks)]
    ends = [*breaks, len(tokens)]
    return [tokens[start:end] for start, end in zip(starts, ends)]


def _verb(word: str) -> bool:
    """Whether a word is a verb, in its base form or in "-s"."""
    from ..dictionary import english, verb_in_s  # read only for the few statements compared clause by clause

    return english().verb(word) or (word.endswith("s") and not word.endswith("ss") and verb_in_s(word))


class RegressiveWording(Rule):
    """Wording that goes backwards: a higher level asks for the same work as
    a lower one with more guidance, within a smaller scope, or less of it.

    Reported: a statement at a higher level that says the same thing as one
    at a lower level of the same competency (or level summary), but asks for
    work "with guidance" (direction, supervision, instruction) where the
    lower one says "independently" ("without guidance", "on their own", but
    not "on their own projects") or says nothing of guidance at all, or
    asks for more of it where both say how much ("with close guidance"
    where the lower one says "with minimal guidance"; the amounts of
    `ladderlint.vocabulary`), for work over no wider scope (more guidance
    for work over a wider scope is growth: "Makes architecture decisions
    for the team independently" -> "... for the whole company, with
    guidance from the CTO"), or
    names only smaller scopes than the lower one, on the scale task <
    project < team < group (several teams) < organisation < company <
    industry (the words of `ladderlint.vocabulary`; also words that name a
    scope only where they stand as one: "across the firm", "across the
    bank", "for the business unit", "across the programme", "for the whole
    platform", "for one component", "within one service", "firm-wide",
    a unit of people wider than a team after a possessive, "my area",
    "their domain", "our pillar", "my function", and the organisation's
    own name, "across Acme", but not "for the business", "the platform
    team" or "a feature flag"; "the organisation" or "the organization"
    alone, as many ladders call the whole company, is the company: "across
    Acme" -> "across the organization" is no smaller, "across the company"
    -> "across my organisation" or "the engineering organisation" is). The owner of the
    work sets its scope, not the noun it owns: "my team's projects", "the
    department's roadmap", "every project in the company's portfolio" and
    "the tasks of my project" are the team's, the department's, the
    company's and the project's work ("for my team" -> "for all of my
    team's projects" is no smaller; "for the department's projects" -> "for
    one team" is). Two statements say the
    same thing when at least `overlap` of the words that remain, once scope,
    autonomy and filler words are set aside, are shared. In a sentence of
    several clauses (parted by punctuation, or by "and" before a verb and
    its object: "join the on-call rotation and handle most incidents
    independently"), the clauses that ask for guidance, say "independently"
    or name the scope are compared too (with the main clause, when they only
    qualify it: "..., with guidance from my lead", "..., working under
    supervision"), without the people in them: two statements also say the
    same thing when these clauses share two words or more, and most of those
    of the shorter side (halfway from `overlap` to all). Against a lower
    statement that says nothing of guidance, the bar is higher: the two
    share that many of all their words, who guides aside ("I run the team's
    rituals" -> "I run the team's rituals with support from my manager",
    "... from a senior manager"), or share them with one clause of the
    lower one, parted from the rest by a semicolon, a dash or a full stop
    ("I make sure my team delivers on the sprint goals; I remove blockers
    for them" -> "I make sure my team delivers on the sprint goals with
    guidance from my manager"; not a colon: "...: interviews and hiring
    decisions" names what the clause before is about), or by a comma
    between two phrases of their own, as ladders written as lists of
    phrases part them ("Owns features end-to-end, handles ambiguity" ->
    "Owns features end-to-end with guidance"; "Mentors junior engineers,
    strong collaborator" -> "Mentors junior engineers under supervision"),
    two words of a topic or more on each side: not a comma after a verb
    of a list that shares its object ("plans, estimates and delivers
    projects" is one piece of work), and the higher one names no wider
    scope. Guidance given is not asked for ("provides teams
    with guidance"), but guidance from someone who guides is, whatever the
    work ("gives feedback with guidance from a senior manager"). Who guides
    may be named by a role or by a job title, whatever the framework calls
    its people ("from my manager", "from their tech lead", "from a senior
    programmer", "from a staff engineer", "from a more experienced
    colleague"): the person is no part of the work compared, while "from
    more complex projects" names work, not a person. Clauses about something else do
    not count: "designs systems with guidance, and fixes bugs" is not "fixes
    bugs independently". Conservative on purpose: statements about different
    things are never compared.

    Also reported: a statement (or level summary) that says what one of a
    lower level of the same competency says, with other words of how many,
    how often, by when or on what condition, and that the differ's grading
    (`ladderlint diff`) reads as asking for less along one of these scales
    and for nothing else: "I review at least five pull requests a week" ->
    "... at least two", "Mentors engineers every week" -> "... occasionally",
    "within one working day" -> "within three working days", "... when
    asked", "beyond L4" -> "beyond L3". The two say the same words besides
    those and filler (a plural for its singular) and are at least half alike
    word for word, each amount read as one word and a plural as its singular
    ("Mentors 3 scientists" -> "Mentors 1 scientist", "two to three
    engineers" -> "one engineer"); of several, the most alike is graded. A
    band, grade or level with a letter after its number (the NHS's and the
    civil service's "band 8a") is read by its number, then its letter:
    "band 7" -> "band 8a" asks more, "band 8b" -> "band 8a" less. The finding quotes
    what changed.

    Each finding names the level of the lower statement it goes backwards
    from, "a similar statement" (or summary): the two are alike, not the
    same.

    Why this matters:
        Scope and autonomy are how most ladders grow from level to level,
        with how much and how often; a higher level that asks for the same
        work with more guidance, within a smaller scope, or less of it
        ("two pull requests a week" above "five") is usually a statement
        pasted into the wrong level. A warning: words can mislead out of
        context.

    Example:
        ```yaml
        levels:
          - id: IC2
            competencies: {delivery: ["I deliver features independently"]}
          - id: IC3
            competencies: {delivery: ["I deliver features with guidance from my lead"]}
        ```
        Fix: swap the two statements, or say what IC3 adds: "I deliver
        features independently across several teams".
    """

    code = "LL207"
    name = "regressive-wording"
    severity = Severity.WARNING
    options = (
        Option("overlap", NUMBER, 0.5, "how much two statements must share to be compared; raise it to report "
               "fewer", minimum=0, maximum=1),
    )

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        overlap = self.option("overlap")
        prose = analysis.prose
        organisation = framework.organisation
        tracks = _Tracks(frozenset(prose.fields[i].text for i in analysis.numbered),
                         [words(name) for name in (organisation.name, *organisation.aliases)])
        words_of = analysis.words
        reported: set[DocPath] = set()
        for order, level in enumerate(framework.levels):
            if level.summary:
                tracks.add("", order, level.id, level.path + ("summary",), level.summary, words_of[level.summary])
            for cell in level.cells:
                for statement in cell.statements:
                    tracks.add(cell.competency_id, order, level.id, statement.text_path, statement.text,
                               words_of[statement.text])
        for competency_id, statements in tracks.statements.items():
            what = f"competency '{competency_id}'" if competency_id else "the level summary"
            lower = _Lower()
            for higher in statements:  # in level order
                if higher.order != lower.order:
                    lower.reach(higher.order)
                pairs = lower.candidates(higher)
                found = _backwards(higher, pairs, overlap, "statement" if competency_id else "summary") \
                    if pairs else None
                if not found and higher.guided and higher.order:
                    found = _guided_above_unguided(higher, _below(framework, analysis, competency_id, higher.order),
                                                   overlap)
                if found:
                    reported.add(higher.path)
                    yield Violation(higher.path, f"{what} at level '{higher.level_id}' {found}")
                lower.pending.append(higher)
        yield from _lowered(framework, tracks, reported)


class _Lower:
    """The statements of the levels below the one being read, filed so that a
    statement meets only those it could go backwards from: the independent
    ones, and the scoped ones by their smallest scope."""

    def __init__(self) -> None:
        self.order = -1
        self.pending: list[_Statement] = []  # the current level's, not yet "below"
        self.independent: list[_Statement] = []
        self.amounted: list[_Statement] = []  # those that say how much guidance
        self.by_smallest: dict[int, list[_Statement]] = {}
        self.widest = 0  # the largest of the smallest scopes below

    def reach(self, order: int) -> None:
        for statement in self.pending:
            if statement.independent:
                self.independent.append(statement)
            if statement.amount:
                self.amounted.append(statement)
            if statement.smallest:
                self.by_smallest.setdefault(statement.smallest, []).append(statement)
                self.widest = max(self.widest, statement.smallest)
        self.pending, self.order = [], order

    def candidates(self, higher: _Statement) -> list[tuple[_Statement, bool]]:
        """(lower statement, True for autonomy / False for scope), in level order."""
        guided = higher.guided and self.independent
        more = higher.guided and higher.amount and self.amounted
        smaller = 0 < higher.size < self.widest  # most statements name a scope no lower one outgrows
        if not (guided or more or smaller):
            return []
        found = []
        # More guidance for work over a wider scope is growth still.
        if guided:
            found += [(lower, True) for lower in self.independent if higher.size <= lower.size]
        if more and higher.amount:
            found += [(lower, True) for lower in self.amounted
                      if lower.amount and lower.amount[0] < higher.amount[0] and not lower.independent
                      and higher.size <= lower.size]
        if smaller:
            found += [(lower, False) for size, items in self.by_smallest.items() if size > higher.size
                      for lower in items]
        found.sort(key=lambda pair: pair[0].order)
        return found


class _Tracks:
    """The statements that name a scope or an autonomy, by competency ("" for
    the level summaries), in level order."""

    def __init__(self, numbered: frozenset[str], names: list[list[str]]) -> None:
        self.statements: dict[str, list[_Statement]] = {}
        # Those that say how many, how often, by when or on what condition, for _lowered.
        self.scaled: dict[str, list[_Said]] = {}
        self.numbered = numbered  # the texts in which a number starts (Analysis.numbered)
        self.names = [name for name in names if name]  # the words of the organisation's names
        # The words with which a scope named by where it stands begins, or its noun ("the tech community"):
        # most statements have none.
        self.placeable = (PLACED_SCOPE_WORDS | THE_WHOLE_ORGANISATION | COMMUNITIES).union(
            name[0] for name in self.names)

    def scoped(self, tokens: list[str]) -> list[str]:
        """The words, with each that names a scope by where it stands ("across
        the firm", "for one component", "across Ostara Labs") as the scope it
        names ("company", "project"), which the rule ranks."""
        if self.placeable.isdisjoint(tokens):
            return tokens
        scoped = list(tokens)
        for start, end, scope in reversed(placed_scopes(tokens, self.names)):
            scoped[start:end] = [scope]
        return scoped

    def add(self, key: str, order: int, level_id: str, path: DocPath, text: str, tokens: list[str]) -> None:
        # One set operation, rather than a loop over the words, finds the scope
        # and autonomy words (most statements name a scope, few an autonomy)
        # and the words of scale _lowered reads.
        marked = _MARKED_OR_SCALE.intersection(tokens)
        if (marked and not marked.isdisjoint(_SCALE_MARKS)) or text in self.numbered:
            self.scaled.setdefault(key, []).append((order, level_id, path, text, tokens))
        scoped = self.scoped(tokens)
        if scoped is not tokens:
            marked = _MARKED_OR_SCALE.intersection(scoped)
        # The owner of the work sets its scope: read only where a scope word is
        # in the possessive or another may own it, as few statements have.
        if not marked.isdisjoint(_POSSESSIVES) or (len(marked & _SCOPE_WORDS) > 1 and not _OWNED_BY.isdisjoint(scoped)):
            scoped = _owners(scoped)
        if scoped is not tokens:
            tokens = scoped
            marked = _MARKED_OR_SCALE.intersection(tokens)
        if not marked or marked.isdisjoint(_MARKER_WORDS):
            return  # nothing to compare, and the pairs stay few
        marked &= _MARKER_WORDS
        named = marked & _SCOPE_WORDS
        independent = guided = amount = None
        if not _AUTONOMY_WORDS.isdisjoint(marked):
            if not INDEPENDENT.isdisjoint(marked) or "own" in marked or (
                "without" in tokens and not _HELP_NOUNS.isdisjoint(marked)
            ):
                independent = _independent(tokens)
            # Asking for guidance goes backwards from a statement done without
            # it, from the same work asked for without a word of guidance, or
            # with less of it.
            if not _GUIDANCE_WORDS.isdisjoint(marked):
                phrase = _guided(tokens)
                if order:  # nothing is below the first level
                    guided = phrase
                amount = _amount(phrase)
        size, smallest = _span(tokens, named) if named else (0, 0)
        if size or guided or independent or amount:
            self.statements.setdefault(key, []).append(
                _Statement(order, level_id, path, text, tokens, size, smallest, guided, independent, amount)
            )


def _owners(tokens: list[str]) -> list[str]:
    """The words with the owner of the work read as its scope: a scope word
    in the possessive as the scope word ("my team's projects" -> "my team"),
    and a scope word that a wider one owns left out, as the owner sets the
    scope: a project of the team's ("my team's projects"), of or in one
    ("every project in the company's portfolio", "the tasks of my
    project"). "For the whole company" -> "for one project" is still a
    smaller scope."""
    read = [_POSSESSED.get(word, word) for word in tokens]
    owned = set()
    for i, word in enumerate(tokens):
        if word in _POSSESSED:
            # The noun it owns, past a word or two that say which ("my team's open projects").
            j = i + 1
            while j < min(len(tokens), i + 3) and tokens[j] not in SCOPE_OF and tokens[j] not in _FILLER:
                j += 1
            if j < len(tokens) and tokens[j] in SCOPE_OF and _SCOPE_RANKS[tokens[j]] <= _SCOPE_RANKS[read[i]]:
                owned.add(j)
        elif word in SCOPE_OF and i + 1 < len(tokens) and tokens[i + 1] in _OWNED_BY:
            j = i + 2
            while j < len(tokens) and tokens[j] in _BEFORE_AN_OWNER:
                j += 1
            if j < len(tokens) and read[j] in SCOPE_OF and _SCOPE_RANKS[read[j]] > _SCOPE_RANKS[word]:
                owned.add(i)
    if owned:
        return [word for i, word in enumerate(read) if i not in owned]
    return read if read != tokens else tokens  # the same list where nothing is read otherwise


def _span(tokens: list[str], named: frozenset[str]) -> tuple[int, int]:
    """The ranks of the largest and the smallest scope a statement names as
    the scope of its work, of the scope words it has (``named``); 0, 0 if none."""
    # Without "from" or "by", every scope word names the scope of the work
    # (scope_words leaves out only those saying where help comes from): the
    # few found are ranked without reading the statement again.
    scoped = named if SOURCE_WORDS.isdisjoint(tokens) else scope_words(tokens)
    ranks = [_SCOPE_RANKS[word] for word in scoped]
    if ranks and min(ranks) < _TEAM_RANK <= max(ranks) and any(
            _SCOPE_RANKS[word] >= _TEAM_RANK and _reaches(tokens[max(0, i - 3) : i])
            for i, word in enumerate(tokens) if word in scoped):
        # Where the work reaches a team or a wider unit ("projects that span
        # 2-3 teams", "projects within my team"), a task or a project is
        # what the work is, not how far it reaches ("projects, and team
        # processes" says no reach: both stay).
        ranks = [rank for rank in ranks if rank >= _TEAM_RANK]
    return (max(ranks), min(ranks)) if ranks else (0, 0)


def _reaches(before: list[str]) -> bool:
    """Whether the words before a scope word say how far the work reaches,
    or over how many ("within", "across", "span", "several", "2-3")."""
    return any(word in _REACH_MARKS or word[:1].isdigit() for word in before)


def _guided(tokens: list[str]) -> str | None:
    """The first phrase asking for guidance ("with guidance", "guided by")."""
    for i, word in enumerate(tokens):
        if word in _HELP_NOUNS and help_had(tokens, i):
            qualifier, phrase = _qualified(tokens, i)
            # Not "provides teams with help", but "gives feedback with guidance from a senior manager".
            if qualifier in GUIDED_BY and (GIVING.isdisjoint(tokens[max(0, i - 6) : i]) or _from_a_guide(tokens, i)):
                return phrase
        elif word == "guided" and tokens[i + 1 : i + 2] == ["by"]:
            return "guided by"
    return None


def _from_a_guide(tokens: list[str], i: int) -> bool:
    """Whether the guidance noun at ``i`` comes from someone who guides:
    "with guidance from a senior manager", "supervised by my lead"."""
    return tokens[i + 1 : i + 2] != [] and tokens[i + 1] in SOURCE_WORDS and guide_named(tokens, i + 2) > 0


def _amount(phrase: str | None) -> tuple[float, str] | None:
    """How much guidance a phrase asking for it says, on the scale of
    GUIDANCE_AMOUNT, with the phrase ("with minimal guidance": 1, "with
    close guidance": 4); None where it says no amount ("with guidance")."""
    if not phrase:
        return None
    amounts = [GUIDANCE_AMOUNT[word] for word in phrase.split() if word in GUIDANCE_AMOUNT]
    return (max(amounts), phrase) if amounts else None


def _independent(tokens: list[str]) -> str | None:
    """The first phrase saying work is done without guidance ("independently",
    "without guidance", "on their own", but not "on their own projects")."""
    for i, word in enumerate(tokens):
        if word in _HELP_NOUNS and help_had(tokens, i):
            qualifier, phrase = _qualified(tokens, i)
            if qualifier == "without":
                return phrase
        elif word in INDEPENDENT:
            return word
        elif word == "own" and i >= 2 and tokens[i - 2] == "on" and tokens[i - 1] in _ONES and (
            i + 1 == len(tokens) or tokens[i + 1] in _FILLER
        ):
            return " ".join(tokens[i - 2 : i + 1])
    return None


def _qualified(tokens: list[str], i: int) -> tuple[str | None, str]:
    """What qualifies the guidance noun at ``i``, of the three words before
    it: "without" ("without needing guidance"), or else the nearest word of
    being guided ("with (some) guidance", "under the supervision"; "with
    close guidance" in "what they need, with close guidance"); and the
    phrase from it."""
    before = tokens[max(0, i - 3) : i]
    found = None
    for j, qualifier in enumerate(before):
        if qualifier == "without":
            found = j
            break
        if qualifier in GUIDED_BY:
            found = j
    if found is None:
        return None, ""
    return before[found], " ".join(before[found:] + [tokens[i]])


def _backwards(higher: _Statement, pairs: list[tuple[_Statement, bool]], overlap: float, noun: str) -> str | None:
    """What goes backwards from a lower statement of ``pairs`` (a ``noun``,
    "statement" or "summary"), if anything: the two are alike, not the same."""
    for lower, autonomy in pairs:
        if not higher.topic:
            return None
        if not lower.topic:
            continue
        shared = len(higher.topic & lower.topic)
        # The clauses' words are of the topics: without two words shared, theirs share fewer.
        # Against a lower statement that asks for less guidance, its clauses that ask for it.
        lower_says = _Says.SCOPE if not autonomy else _Says.INDEPENDENT if lower.independent else _Says.GUIDED
        if shared / len(higher.topic | lower.topic) < overlap and (shared < 2 or not _contained(
            higher.said(_Says.GUIDED if autonomy else _Says.SCOPE), lower.said(lower_says), overlap,
        )):
            continue
        if autonomy and lower.independent:
            return f"asks for '{higher.guided}' what level '{lower.level_id}' does '{lower.independent}'{_MORE_GUIDANCE}"
        if autonomy and lower.amount:
            return f"asks for '{higher.guided}' what level '{lower.level_id}' asks for '{lower.amount[1]}'{_MORE_GUIDANCE}"
        return (
            f"names a smaller scope ({', '.join(higher.scopes)}) than a similar {noun} at level "
            f"'{lower.level_id}' ({', '.join(lower.scopes)})"
        )
    return None


def _below(framework: Framework, analysis: Analysis, competency_id: str, order: int
           ) -> Iterator[tuple[str, str, list[str]]]:
    """The statements of a competency ("" for the level summaries) at the
    levels below ``order``, as (level id, text, words): read only for a
    statement that asks for guidance, which few do."""
    for level in framework.levels[:order]:
        if not competency_id:
            if level.summary:
                yield level.id, level.summary, analysis.words[level.summary]
            continue
        cell = level.cell(competency_id)
        for statement in cell.statements if cell is not None else ():
            yield level.id, statement.text, analysis.words[statement.text]


def _guided_above_unguided(higher: _Statement, plain: Iterable[tuple[str, str, list[str]]], overlap: float
                           ) -> str | None:
    """Whether a statement asking for guidance is the same work a lower
    level asks for with no word of guidance ("I run the team's rituals" ->
    "I run the team's rituals with support from my manager"): nearly all
    the words of the two shared, halfway from ``overlap`` to all, who
    guides aside, of the lower statement or of one of its clauses ("I make
    sure my team delivers on the sprint goals; I remove blockers for
    them"); not where the higher one names a wider scope."""
    # The guidance asked for ("with close guidance") and who gives it are not the work.
    topic = higher.topic - GUIDING_ROLES - _who_guides(higher.tokens) - frozenset((higher.guided or "").split())
    if not topic:
        return None
    bar = (1 + overlap) / 2
    fewest = bar * len(topic)  # of the words of the higher one, those the lower one must have at least
    for level_id, text, tokens in plain:
        if len(topic.intersection(tokens)) < fewest:
            continue  # most statements: looked at without a set made of their words
        if not any(len(topic & other) >= bar * len(topic | other) for other in _topics(text, tokens)) \
                or _guided(tokens) is not None:
            continue
        tokens = _owners(tokens)  # "my team's rituals" are the team's
        named = _SCOPE_WORDS.intersection(tokens)
        if higher.size > (_span(tokens, named)[0] if named else 0):
            continue  # the same work over a wider scope: growth
        return f"asks for '{higher.guided}' the work that level '{level_id}' asks for without guidance{_MORE_GUIDANCE}"
    return None


def _who_guides(tokens: list[str]) -> frozenset[str]:
    """The words that say who gives the guidance, after "from" or "by" ("from
    a senior manager", "by an experienced lead", "from a senior programmer",
    whatever the framework calls its people): of the guidance, not of the
    work."""
    found: set[str] = set()
    for i, word in enumerate(tokens):
        if word in SOURCE_WORDS:
            found.update(tokens[i + 1 : i + 1 + guide_named(tokens, i + 1)])
    return frozenset(found)


# Where a statement parts into clauses that each say work of their own: a
# semicolon, a dash, the end of a sentence. Not a colon or a bracket, which
# open what the clause before names ("...: interviews and hiring decisions").
_SENTENCES_APART = lazy(r"[;\u2013\u2014]|\s-\s|[.!?](?=\s|$)")


def _topics(text: str, tokens: list[str]) -> Iterator[frozenset[str]]:
    """The words of a statement, who guides and words of no topic aside;
    then, in a sentence of several clauses, those of each clause: one of
    them may be the work another statement asks for."""
    yield frozenset(tokens).difference(_NOT_TOPIC, GUIDING_ROLES)
    clauses = [clause for part in _SENTENCES_APART.split(text) for phrase in _phrases(part)
               for clause in _joined_clauses(phrase) if clause]
    if len(clauses) > 1:
        for clause in clauses:
            yield frozenset(clause).difference(_NOT_TOPIC, GUIDING_ROLES)


# A comma before a space: not one inside a number ("1,000 users").
_COMMA = lazy(r",(?=\s)")


def _topic_words(phrase: list[str]) -> int:
    """How many words of a phrase say what it is about."""
    return sum(1 for word in phrase if word not in _NOT_TOPIC)


def _phrases(part: str) -> list[list[str]]:
    """The words of a sentence, parted at each comma that sets two phrases of
    their own apart ("Owns features end-to-end, handles ambiguity"; "Mentors
    junior engineers, strong collaborator"), as ladders written as lists of
    phrases do: two words of a topic or more on each side, so that the words
    before it say work with its object, not a verb of a list sharing the
    object after it ("plans, estimates and delivers projects", "I design,
    build and run services" stay whole), and those after it are more than a
    word qualifying them (", independently")."""
    pieces = [words(piece) for piece in _COMMA.split(part)]
    phrases = pieces[:1]
    for piece in pieces[1:]:
        if _topic_words(phrases[-1]) >= 2 and _topic_words(piece) >= 2:
            phrases.append(piece)
        else:
            phrases[-1] = phrases[-1] + piece
    return phrases


def _contained(one: frozenset[str], other: frozenset[str], overlap: float) -> bool:
    """Whether most of the words of the shorter of two topics, two or more,
    are in the other: halfway from ``overlap`` to all of them. A sentence
    that adds clauses to another says the same thing, though most of its
    words are new; measured against the shorter, the bar is higher."""
    shared = len(one & other)
    return shared >= 2 and shared >= (1 + overlap) / 2 * min(len(one), len(other))


# Two statements of one competency are one statement reworded along a
# scale when they say the same besides words of scale and filler, two such
# words or more ("I deliver tasks" -> "I deliver features" is other work),
# and are this alike word by word (twice the words kept, in order, over all
# the words of both: "Mentors engineers every week" -> "Mentors engineers
# occasionally" is 0.57).
_REWORDED = 0.5
_SHARED = 2
# The differ's readings of a rewording that asks for less, reported where
# they are all it reads: the scope and the autonomy are read above, and
# words taken out or replaced say other work rather than less of it.
_LOWERED = frozenset({"number lowered", "limit lowered", "quantity lowered", "frequency lowered", "deadline lowered",
                      "frequency of what is avoided raised", "unconditional ask lowered", "level named lowered"})
# The changes quoted in a finding, at most.
_QUOTED = 3

# The words the readings above are made of: how many, how often, by when,
# on what condition; a word with a digit ("3-5", "L4") is one too (not
# "whole" or "entire", which qualify a scope, read by the rule itself). Only
# two statements that differ in one of them are graded.
_SCALE_MARKS = frozenset(FREQUENCY) | frozenset(COUNT) | frozenset(PERIOD) | frozenset(PERIODIC) \
    | frozenset(DURATION_HOURS) | frozenset(QUANTITY) | CONDITIONS | {"once", "twice"}
_DIGIT = lazy(r"\d")
_NOT_KEY = _SCALE_MARKS | _FILLER
# With the scope words in the possessive, which _owners reads ("my team's projects").
_MARKED_OR_SCALE = _MARKER_WORDS | _SCALE_MARKS | _POSSESSIVES

_Said = tuple[int, str, DocPath, str, list[str]]  # (level order, level id, path, text, words)


def _lowered(framework: Framework, tracks: _Tracks, reported: set[DocPath]) -> Iterator[Violation]:
    """Statements (and level summaries) that reword the closest statement of
    the same competency at a lower level to ask for less, as the differ
    grades a rewording: a smaller number, less often, a looser deadline
    ("at least five pull requests a week" -> "at least two"). Both say how
    many, how often, by when or on what condition (``tracks``, by
    competency, in level order, in ``tracks.scaled``), and the same besides: the few pairs found
    are graded, most statements cost a set look-up."""
    grader: _Grader | None = None
    for competency_id, said in tracks.scaled.items():
        if said[0][0] == said[-1][0]:
            continue  # all at one level
        below = _Below(said, tracks.numbered)
        for index, (order, level_id, path, text, tokens) in enumerate(said):
            below.reach(order)
            if not below.filed or path in reported:
                continue
            closest = below.closest(index)
            if closest is None:
                continue
            if grader is None:
                grader = _Grader(framework)
            lowered = grader.lowered(closest[3], text)
            if lowered:
                what = f"competency '{competency_id}'" if competency_id else "the level summary"
                yield Violation(path, f"{what} at level '{level_id}' asks for less than a similar "
                                      f"{'statement' if competency_id else 'summary'} at level '{closest[1]}' "
                                      f"({lowered})")


class _Below:
    """The statements of one competency that say how many, how often, by
    when or on what condition, at the levels below the one being read,
    filed by what they say besides (words of scale and filler aside, a
    plural as its singular): a statement meets only those that say the same
    but for those words, the one statement reworded along a scale."""

    def __init__(self, said: list[_Said], numbered: frozenset[str]) -> None:
        self.said = said
        self.filed = 0  # said[:filed] are filed
        self.keys = [_key(tokens, text in numbered) for _o, _l, _p, text, tokens in said]
        self.by_key: dict[frozenset[str], list[int]] = {}

    def reach(self, order: int) -> None:
        while self.said[self.filed][0] < order:
            self.by_key.setdefault(self.keys[self.filed], []).append(self.filed)
            self.filed += 1

    def closest(self, index: int) -> _Said | None:
        """Of the statements filed that say what ``said[index]`` says with
        other words of how many, how often, by when or on what condition,
        the one most alike it word by word, if alike enough to be it
        reworded (the nearest level's on a tie); None if none is."""
        key = self.keys[index]
        if len(key) < _SHARED:
            return None  # too little said to tell one statement from another
        same = self.by_key.get(key)
        if not same:
            return None
        marks = _marks(self.said[index])
        candidates = [other for other in same if _marks(self.said[other]) != marks]
        if not candidates:
            return None
        from ..diff.wording import word_similarity  # imported when needed: most runs have no pair

        tokens = _compared(self.said[index][4])
        best: tuple[float, int] | None = None
        for other in candidates:
            alike = word_similarity(_compared(self.said[other][4]), tokens, _REWORDED)
            if alike >= _REWORDED and (best is None or alike >= best[0]):
                best = (alike, other)
        return self.said[best[1]] if best else None


def _compared(tokens: list[str]) -> tuple[str, ...]:
    """A statement's words as two statements are compared word by word to
    tell one reworded along a scale: each amount as one word, read as the
    differ reads it ("3", "2-3", "two to three", "one or two"), each other
    word as its stem ("scientists" as "scientist"). "Mentors 3 scientists"
    and "Mentors 1 scientist" differ in the number only."""
    from ..diff.grade.counts import amounts_of
    from ..diff.grade.words import count_of
    from ..diff.wording import stem

    compared = [stem(word) for word in tokens]
    for amount in reversed(amounts_of(tokens, [k for k, word in enumerate(tokens) if count_of(word) is not None])):
        compared[amount[0] : amount[-1] + 1] = [_AMOUNT]
    return tuple(compared)


# An amount, as _compared gives it: no word is written so.
_AMOUNT = "#"


def _key(tokens: list[str], numbered: bool) -> frozenset[str]:
    """What a statement says besides words of scale and filler (and, in a
    text where a number starts, its numbers: "3-5", "L4"), a plural as its
    singular ("a pull request a week" / "two pull requests a week")."""
    return frozenset([word[:-1] if word[-1] == "s" else word for word in tokens
                      if word not in _NOT_KEY and not (numbered and not word.isalpha() and _DIGIT.search(word))])


def _marks(said: _Said) -> frozenset[str]:
    """The words of a statement of how many, how often, by when or on what condition."""
    _order, _level, _path, text, tokens = said
    found = _SCALE_MARKS.intersection(tokens)
    return found.union(word for word in tokens if _DIGIT.search(word)) if _DIGIT.search(text) else found


class _Grader:
    """The differ's reading of a rewording, with the framework's names: an
    organisation's name is no expectation, a level's id ("beyond L4") is one."""

    def __init__(self, framework: Framework) -> None:
        from ..diff.grade import BrandNames

        organisation = framework.organisation
        self.brands = BrandNames([organisation.name, *organisation.aliases])
        self.levels = [level.id for level in framework.levels]

    def lowered(self, old: str, new: str) -> str | None:
        """What lowers the bar from ``old`` to ``new`` and the words that
        changed ("number lowered: 'five' -> 'two'", "limit loosened: '80' ->
        '250'", in the differ's words), if ``new`` asks for less
        along a scale of growth; None otherwise, and for words only taken out
        or replaced, which say other work rather than less of it."""
        from ..diff.changes import Impact
        from ..diff.grade import grade
        from ..diff.grade.words import reasons_as_read
        from ..diff.wording import word_diff

        graded = grade(old, new, self.brands, self.levels)
        if graded.impact is not Impact.LOWERS_BAR or not _LOWERED.issuperset(graded.reasons):
            return None
        changes = _changes(word_diff(old, new))
        quoted = ", ".join(changes[:_QUOTED]) + (", ..." if len(changes) > _QUOTED else "")
        # In the words the differ gives its readings: a deadline relaxed, a limit loosened.
        return f"{', '.join(reasons_as_read(graded.reasons))}: {quoted}"


def _changes(diff: Sequence[tuple[str, str]]) -> list[str]:
    """The changed runs of a word diff, quoted: "'five' -> 'two'", "'x'
    added", "'y' taken out"; two changes a word apart are one phrase
    changed ("'one working day' -> 'three working days'")."""
    spans: list[tuple[list[str], list[str]]] = []  # (old words, new words) of each change
    kept: list[str] = []  # the words kept since the last change
    for op, run in diff:
        if op == "=":
            kept = run.split()
            continue
        if spans and len(kept) <= 1:
            old, new = spans[-1]
            if kept:
                old.extend(kept)
                new.extend(kept)
        else:
            spans.append(([], []))
        (spans[-1][0] if op == "-" else spans[-1][1]).extend(run.split())
        kept = []
    quoted = []
    for old, new in spans:
        before, after = " ".join(old), " ".join(new)
        if words(before) == words(after):
            continue  # punctuation only: "area)" -> "area)."
        before, after = shorten(before), shorten(after)
        quoted.append(f"'{before}' -> '{after}'" if old and new else f"'{after}' added" if new
                      else f"'{before}' taken out")
    return quoted
