"""LL205 repeated-statement."""

from __future__ import annotations

import math
import zlib
from collections import Counter
from typing import Callable, Iterable, NamedTuple

from ..model import CUMULATIVE, Cell, Framework, Level, Restatements, Statement
from ..patterns import lazy
from ..text import FUNCTION_WORDS, and_list, name_key, plain, plural, statement_label, strip_markdown, words
from ..vocabulary import (
    ARTICLE_COUNTS, ARTICLES, FREQUENCY, GUIDANCE_NOUNS, INDEPENDENT, PEOPLE, SCOPE_OF, asked_by_name, attempting, is_growth_word,
    more_involved, not_applicable, only_a_level_reference, scope_rank, yields_more,
)
from .analysis import Analysis, WordsByText
from .base import BOOLEAN, NUMBER, Option, Rule, Severity, Violation
from .ll403_empty_cell import level_names
from .ll406_placeholder import only_placeholder
from .messages import quoted_list, shorten


class _Item(NamedTuple):
    order: int  # the level's place in the list
    level_id: str
    cell: Cell
    statement: Statement
    words: list[str]  # shared with the framework's memo: read only


# A statement filed for comparison: an _Item's fields in a plain tuple,
# (order, level id, cell, statement, words). Making an _Item runs Python
# code, and most statements are never reported.
_Entry = tuple[int, str, Cell, Statement, list[str]]


class RepeatedStatement(Rule):
    """The same statement, or a nearly identical one, at two levels: the
    expectation does not grow from the lower level to the higher one.

    A level summary said word for word at a lower level is reported too,
    whether or not levels are cumulative: two levels summed up alike do
    not say how they differ.

    Reported at the higher level, naming the lower one; a level whose
    statements (two or more) are all those of the level below, word for
    word in the same competencies (a level's block copied and only its id
    and title edited, or its summary too: the message then says that only
    the summary differs), is reported once, at the level, naming the level
    it copies and how many statements, not once a statement; a statement
    repeated under several competencies of the higher level (a sentence
    said of every competency), word for word or nearly with the same words
    changed, is reported once there, at the first, naming them all (and
    one said twice in a cell there once: the copy is LL507's).
    A statement under a competency named as a choice at one level ("Nice-to-have
    skills", "Bonus", "Optional", "Desirable") and under one named as asked at a
    higher level ("Essential skills", "Must have", "Required") grows: it is
    asked from there on, and a repeat at the levels above that one is
    reported. Words
    are compared
    with "&" read as "and" and a hyphenated compound as its words apart
    ("early & often" is "early and often", "design-system" is "design
    system"). Word-for-word repeats
    (ignoring case, spacing, quote style and punctuation, and a label one of
    the two opens with and the other does not: "Continuous improvement: I
    know my strengths ..." and "I know my strengths ...", when six words or
    more follow it; not a label that says how the expectation grows, by a
    word of autonomy, help, frequency or scope alone: "Independently:",
    "Guidance needed:", "Consistently -", "Organisation level:") are found
    across all competencies. Near repeats are
    compared within one competency (competencies whose names differ only in
    case or spacing count as one):
    statements with the same number of words, at least `similarity` alike
    (shared words over all words), where the words that changed are not
    words of size, scope, frequency, degree, autonomy or level (`simple` ->
    `complex`, `team` -> `organisation`, `L4` -> `L6`, and a group or role
    named by its letters, `People` -> `ExCo`, is growth, whatever else
    changed; the words are those of `ladderlint.vocabulary`, and the modal
    words of French, Spanish, Portuguese and German: `Essaye d'améliorer`
    -> `Doit améliorer`, `Puede revisar` -> `Debe revisar`), nor an attempt
    put in place of the deed or the deed for an attempt (`Tente de` ->
    `Réussit à`, `Intenta` -> `Logra`, `Versucht` -> `Schafft`), nor a verb
    of more involvement in place of one of less (`Understands` ->
    `Influences`, `Follows` -> `Defines`, `Helps` -> `Leads`, and in those
    languages `Aide` -> `Dirige`, `Ayuda` -> `Lidera`, `Hilft` -> `Leitet`: the
    ranking of involvement the differ reads, helping, following, using or
    knowing < influencing or shaping < deciding < leading, owning, driving,
    championing, defining or establishing; `Establishes` -> `Champions` is
    the same step, a near repeat), nor a noun of what the work yields in
    place of a lesser one after a verb that gives or makes it (`offers
    design feedback` -> `offers design solutions`, `proposes ideas` ->
    `proposes plans`: what is wrong, found < a say on the work < its
    answer, delivered; offers, gives, provides, proposes, suggests,
    delivers, makes, produces, brings, presents, shares, creates, ...;
    after another verb the swap is reported: `reports bugs` -> `reports
    fixes`, `documents issues` -> `documents decisions`). Any other swap is
    reported (`remove` -> `cut`, `mentor` -> `coach`, `experts` ->
    `leaders`): ladderlint cannot tell a word chosen to raise the bar from
    one changed in passing, so the finding is a warning. A
    statement that gains or drops words is not a near repeat: added words
    usually raise the bar; but for an article, which asks nothing more
    ("knowledge of client" -> "knowledge of the client" is a near repeat;
    "few" -> "a few" is a count, and grows).

    In a framework with `cumulative: false` each level stands on its own and
    repeats carried over on purpose are expected, so only near repeats (a
    changed word, usually an editing slip) are reported there, unless
    `standalone-repeats` is on; but a level whose statements are all those
    of the level below, word for word, is reported once, at the level: the
    two levels read alike (a table's row copied into the next), unless the
    level's summary, its own, says what sets it apart; and so is a
    statement said word for word again two levels up or more, where the
    levels between do not say it, in any competency, nor say it in other
    words (none of their statements has half its words of meaning), though
    the level below fills that competency: a statement carried over is said
    at each level, so one that comes back after levels that dropped it
    reads as pasted at the wrong level (Junior's "Needs guidance to deliver
    outcomes at a project level." at Staff). A framework that does not say `cumulative`
    but carries more than one statement word for word through three levels
    or more is written that way too (a slip is copied once, not twice): one
    finding says so, at `levels`, and then only its near repeats are
    reported. A warning: a repeat can be deliberate.

    A statement with examples is the statement with its examples: said
    again at a higher level with an example no lower level gives it (the
    statement a theme, its examples what each level asks), it grows, and is
    not reported; with only examples the lower levels give it, or none, it
    is. The advice to keep a statement at the lower level says whether the
    framework declares its levels cumulative or leaves `cumulative` to its
    default (true).

    Why this matters:
        A statement repeated at a higher level either asks for nothing new
        (in a cumulative framework it is already expected) or was copied and
        never rewritten to say what grows; a near repeat with one word
        changed is usually an unfinished edit. People reading for the next
        level look for what changes.

    Example:
        ```yaml
        cumulative: true
        levels:
          - id: IC1
            competencies:
              organizational-health:
                - I listen to different perspectives and I remove biases from my words and actions
          - id: IC3
            competencies:
              organizational-health:
                - I listen to different perspectives and I cut biases from my words and actions
        ```
        Fix: keep the statement at IC1 only (levels are cumulative), or say
        at IC3 what more is expected. In a framework whose levels stand on
        their own, keep the wording identical, or move a shared expectation
        into the competency's description.
    """

    code = "LL205"
    name = "repeated-statement"
    severity = Severity.WARNING
    needs = frozenset({CUMULATIVE})
    options = (
        Option("similarity", NUMBER, 0.8, "how alike two statements must be to be near repeats; raise it to report "
               "fewer", minimum=0, maximum=1),
        Option("standalone-repeats", BOOLEAN, False, "also report word-for-word repeats in frameworks with "
               "`cumulative: false`", old_names=("standalone_repeats",)),
    )

    def check(self, framework: Framework, analysis: Analysis) -> Iterable[Violation]:
        threshold = self.option("similarity")
        exact_repeats = framework.cumulative or self.option("standalone-repeats")
        cumulative = framework.cumulative
        if exact_repeats and not framework.cumulative_declared and not self.option("standalone-repeats"):
            carried = _carried_over(framework, analysis)
            if carried is not None:
                yield carried
                exact_repeats = cumulative = False
        # How the levels add up, as the advice says it: None where they stand alone.
        declared = None if not cumulative else framework.cumulative_declared
        group = {c.id: name_key(c.name) for c in framework.competencies}
        # Competencies named as a choice ("Nice-to-have skills") or as asked ("Essential skills").
        asked = {c.id: asked_by_name(c.name) for c in framework.competencies}
        own = {word for name in (framework.organisation.name, *framework.organisation.aliases) for word in name.split()}
        brands = analysis.run.brands

        def organisations(word: str) -> bool:
            return word in own or brands.knows(word)

        yield from _repeated_summaries(framework, analysis)
        # Levels copied whole from the level below: one finding at the level.
        # Where each repeat is reported, it stands for the level's statements
        # (of more than one: one statement is best said where it is).
        copied: set[int] = set()
        if exact_repeats or not framework.cumulative:
            # Where each repeat would be reported, a copy that keeps its own
            # summary (a block copied, its title and summary edited) is one
            # finding too; where levels stand alone, the summary sets it apart.
            for order, count, own_summary in _copied_levels(framework, analysis, summary_sets_apart=not exact_repeats):
                if not exact_repeats or count > 1:
                    copied.add(order)
                    yield _level_copy(framework, order, count, asks_more=framework.cumulative,
                                      own_summary=own_summary, by_default=declared is False)
        names = level_names(framework)
        first_seen: dict[str, _Entry] = {}
        # Where levels stand alone: each statement's words, with the last
        # level that says them (a statement carried over is said at each).
        last_said: dict[str, _Entry] = {}
        # Where levels stand alone, the statements said again after a level
        # that dropped them, each with the last level below that says it.
        skipped: list[tuple[_Entry, _Entry]] = []
        # The statements that may open with a label ('Continuous improvement:
        # I know ...'), and those reported: read after the others.
        may_be_labelled: list[tuple[_Entry, str]] = []
        reported: set[int] = set()
        # The word-for-word repeats, by level and words: (the first said, those repeating it there).
        repeats: dict[tuple[int, str], tuple[_Entry, list[_Entry]]] = {}
        # The near repeats, by level, words, the lower statement's level and words, and the words changed.
        nears: dict[tuple[int, str, str, str, tuple[str, ...]], list[tuple[_Item, _Item]]] = {}
        # The statements with examples, by their words: a repeat whose
        # examples the lower levels did not give grows.
        with_examples: dict[str, list[_Entry]] = {}
        # Near repeats have as many words as each other: statements are
        # filed by competency, then by their number of words, in plain
        # lists: a list so long that reading it all costs more than filing
        # it gets an index (by competency and number of words, as the list).
        buckets: dict[str, dict[int, list[_Entry]]] = {}
        indexes: dict[tuple[str, int], _Bucket] = {}
        # The first statement of each competency with words that are the same
        # once the articles are set aside: one that gains or drops an article
        # has other words, and another number of them.
        first_bare: dict[tuple[str, str], _Entry] = {}
        words_of = analysis.words
        rarity = _Rarity(framework, words_of)
        for order, level in enumerate(framework.levels):
            for cell in level.cells:
                competency = group.get(cell.competency_id, cell.competency_id)
                by_length = buckets.setdefault(competency, {})
                for statement in cell.statements:
                    tokens = words_of[statement.text]
                    if not tokens or (len(tokens) <= 5 and (
                        only_placeholder(statement.text) or only_a_level_reference(statement.text, names)
                    )) or not_applicable(statement.text) is not None:
                        # Nothing to compare: punctuation, a placeholder ("TBD."), which is LL406's,
                        # or a reference ("see E3") or what says the competency does not apply
                        # ("N/A", "Nothing at this grade"), LL403's.
                        continue
                    entry = (order, level.id, cell, statement, _compared(statement.text, tokens))
                    tokens = entry[4]
                    key = " ".join(tokens)
                    earlier = first_seen.setdefault(key, entry)
                    bucket = by_length.get(len(tokens))
                    if bucket is None:
                        bucket = by_length[len(tokens)] = []
                    if len(tokens) > _LEAST_LABELLED_WORDS and (":" in statement.text or " -" in statement.text):
                        may_be_labelled.append((entry, key))
                    if earlier[0] < order and asked.get(earlier[2].competency_id) is False \
                            and asked.get(cell.competency_id):
                        # A choice at a lower level ("Nice-to-have skills") asked here ("Essential
                        # skills"): it grows, and is asked from here on.
                        earlier = first_seen[key] = entry
                    if earlier[0] < order:  # said word for word at a lower level
                        if exact_repeats:
                            lower = [e[3] for e in with_examples.get(key, ()) if e[0] < order]
                            if not _new_examples(statement, lower, words_of):
                                reported.add(id(statement))
                                # Reported once per level: the competencies that say it there are named together.
                                repeats.setdefault((order, key), (earlier, []))[1].append(entry)
                        else:
                            below = last_said[key]
                            if below[0] < order - 1 and _asked_below(framework.levels[order - 1], competency, group) \
                                    and not _said_between(framework, below[0], order, tokens, words_of):
                                skipped.append((entry, below))
                    elif bucket and bucket[0][0] < order:  # a lower level's statement to compare with
                        if len(bucket) >= _FILED_FROM:
                            index = indexes.get((competency, len(tokens)))
                            if index is None:
                                index = indexes[competency, len(tokens)] = _Bucket(bucket, threshold, rarity)
                            alike = index.alike(entry)
                        else:
                            alike = bucket
                        near = _nearest(entry, alike, threshold, organisations)
                        if near is not None and not _new_examples(statement, [near[0].statement], words_of):
                            reported.add(id(statement))
                            earlier_item, changes = near
                            # Reported once per level, as word-for-word repeats are.
                            nears.setdefault((order, key, earlier_item.level_id, " ".join(earlier_item.words),
                                              tuple(changes)), []).append((_Item(*entry), earlier_item))
                    # The words without their articles: a filter, which _articles_changed makes sure of
                    # (str.replace, a tenth of the time of a list of words joined).
                    bare = f" {key} ".replace(" the ", " ").replace(" a ", " ").replace(" an ", " ")
                    lower_bare = first_bare.setdefault((competency, bare), entry)
                    if earlier[0] == order and lower_bare[0] < order and id(statement) not in reported:
                        # "knowledge of client" -> "knowledge of the client": only an article gained or dropped.
                        changes = _articles_changed(lower_bare, entry)
                        if changes and not _new_examples(statement, [lower_bare[3]], words_of):
                            reported.add(id(statement))
                            nears.setdefault((order, key, lower_bare[1], " ".join(lower_bare[4]), tuple(changes)),
                                             []).append((_Item(*entry), _Item(*lower_bare)))
                    if statement.examples:
                        with_examples.setdefault(key, []).append(entry)
                    bucket.append(entry)
                    if not exact_repeats and (key not in last_said or last_said[key][0] < order):
                        last_said[key] = entry
        for (order, key), (earlier, entries) in repeats.items():
            if order in copied:
                continue
            if len({entry[2].competency_id for entry in entries}) == 1:  # twice in one cell too: LL507's
                yield self._repeat(declared, _Item(*entries[0]), _Item(*earlier))
            else:
                yield self._repeats(declared, [_Item(*entry) for entry in entries], _Item(*earlier),
                                    _competencies_saying(framework.levels[earlier[0]], key, words_of))
        for entry, below in skipped:
            if entry[0] not in copied:
                yield self._said_again(framework, _Item(*entry), _Item(*below))
        for near_repeat, pairs in nears.items():
            if near_repeat[0] in copied:
                continue
            yield self._near(declared, pairs, list(near_repeat[-1]))
        if exact_repeats:
            for higher, below, label in _relabelled(may_be_labelled, first_seen):
                if id(higher[3]) not in reported and higher[0] not in copied:
                    reported.add(id(higher[3]))
                    yield self._repeat(declared, _Item(*higher), _Item(*below), label=label)

    def _repeat(self, declared: bool | None, item: _Item, earlier: _Item, label: str | None = None) -> Violation:
        where = _where(item, earlier)
        # Examples the lower levels gave already: say so, or the reader looks for what is new in them.
        examples = ", its examples all given at lower levels" if item.statement.examples else ""
        # A label one of the two opens with and the other does not: the same expectation.
        labelled = f", but for the label '{label}'" if label is not None else ""
        return Violation(
            item.statement.text_path,
            f"statement repeated word for word from level '{earlier.level_id}'{where}{labelled}{examples}: "
            f"the expectation does not grow; {_advice(declared, earlier)}",
        )

    def _said_again(self, framework: Framework, item: _Item, below: _Item) -> Violation:
        """A statement said again where levels stand alone, after levels
        between that do not say it: no carry-over, which a level restates
        from the level below it, but a statement pasted levels too high."""
        between = [f"'{level.id}'" for level in framework.levels[below.order + 1 : item.order]]
        named = and_list(between if len(between) <= 3 else [*between[:2], f"{len(between) - 2} more"])
        return Violation(
            item.statement.text_path,
            f"statement repeated word for word from level '{below.level_id}'{_where(item, below)}, "
            f"{len(between) + 1} levels down, and not said at {named} between: where levels stand on their own, "
            f"a statement carried over is said at each level, so this one reads as pasted at the wrong level; "
            f"say what level '{item.level_id}' expects instead, or, if it carries over, say it at the "
            f"{'level' if len(between) == 1 else 'levels'} between too",
        )

    def _repeats(self, declared: bool | None, items: list[_Item], earlier: _Item, there: list[str]) -> Violation:
        """One statement repeated under several competencies of a level (a
        sentence said of every competency): one finding, at the first, naming
        them all, not one a competency."""
        where = _where_all([item.cell.competency_id for item in items], there)
        examples = ", its examples all given at lower levels" if items[0].statement.examples else ""
        return Violation(
            items[0].statement.text_path,
            f"statement repeated word for word from level '{earlier.level_id}'{where}{examples}: "
            f"the expectation does not grow; {_advice(declared, earlier)}",
        )

    def _near(self, declared: bool | None, pairs: list[tuple[_Item, _Item]], changes: list[str]) -> Violation:
        """A near repeat, or the same one under several competencies of a
        level (each near its own competency's statement below): one finding,
        at the first, naming them all."""
        item, earlier = pairs[0]
        if len({i.cell.competency_id for i, _ in pairs}) == 1:
            where = _where(item, earlier)
        else:
            where = _where_all([i.cell.competency_id for i, _ in pairs], [e.cell.competency_id for _, e in pairs])
        return Violation(
            item.statement.text_path,
            f"statement nearly the same as at level '{earlier.level_id}'{where}, "
            f"only {', '.join(changes)} changed: the expectation does not grow; "
            f"{_advice(declared, earlier)}",
        )


# The words after a label must say enough to be the same expectation, not a
# short phrase two topics share ('Testing: high bar', 'Reviews: high bar').
_LEAST_LABELLED_WORDS = 6
# A label is a name of a few words, as statement_label reads it.
_LONGEST_LABEL = 5


# Words of a label that says how far the work reaches, with a scope word:
# "Organisation level:", "Team scope:".
_OF_A_SCOPE = frozenset("level levels scope wide".split())
# Words that say how an expectation grows wherever they are in a label:
# autonomy ("Independently:"), help had ("Guidance needed:"), frequency
# ("Consistently -").
_GROWTH_IN_A_LABEL = INDEPENDENT | GUIDANCE_NOUNS | frozenset(FREQUENCY)


# An ampersand between words: "early & often", "Roadmap & prioritisation".
_AMPERSAND = lazy(r"(?<=\s)&(?=\s)")


def _compared(text: str, tokens: list[str], *, keep_case: bool = False) -> list[str]:
    """The words of a statement as repeats are compared: its ``tokens``
    (``words(text, keep_case=keep_case)``) with "&" read as "and" and a
    compound's parts parted ("design-system" is "design system"), so that
    neither hides a repeat. The same list where there is neither (most
    statements)."""
    if "&" in text:
        tokens = words(_AMPERSAND.sub("and", text), keep_case=keep_case)
    if "-" not in text:  # one search of the text, not of each word: most have no hyphen
        return tokens
    # No word holds a space: the words joined, their hyphens made spaces, split again.
    return " ".join(tokens).replace("-", " ").split()


def _says_how_it_grows(label: str) -> bool:
    """Whether a label says how the statement after it grows, rather than
    what it is about: a word of autonomy, help or frequency
    ("Independently: breaks down projects ..."), or a scope and nothing
    else ("Organisation level: ..."; not "Project management: ...", a
    topic)."""
    tokens = [part for word in words(label) for part in word.split("-") if part]
    if any(t in _GROWTH_IN_A_LABEL for t in tokens):
        return True
    return any(t in SCOPE_OF for t in tokens) and all(t in SCOPE_OF or t in _OF_A_SCOPE for t in tokens)


def _asked_below(level: Level, competency: str, group: dict[str, str]) -> bool:
    """Whether ``level`` has statements under the competency (as grouped by
    name: ``group``): a statement dropped there was dropped from a cell
    the level fills, not from one the competency skips."""
    return any(cell.statements and group.get(cell.competency_id, cell.competency_id) == competency
               for cell in level.cells)


#: A statement at a level between says in other words what one repeated
#: says when it has at least this share of the repeated one's words of
#: meaning (not words of grammar).
_SAID_IN_OTHER_WORDS = 0.5


def _said_between(framework: Framework, lower: int, higher: int, tokens: list[str], words_of: WordsByText) -> bool:
    """Whether a level between ``lower`` and ``higher`` (places in the
    list) says in other words what a statement said at both does (its
    words, as compared: ``tokens``): a statement there, under any
    competency, has half its words of meaning or more ("I connect with
    others with empathy and understanding" at IC3 and IC5, "I have
    self-awareness and connect with others with empathy" at IC4). The
    expectation is carried over, reworded on the way, not dropped."""
    meaning = set(tokens).difference(FUNCTION_WORDS)
    if not meaning:
        return True  # nothing to tell it by: not reported
    for level in framework.levels[lower + 1 : higher]:
        for cell in level.cells:
            for statement in cell.statements:
                other = set(_compared(statement.text, words_of[statement.text]))
                if len(meaning & other) >= _SAID_IN_OTHER_WORDS * len(meaning):
                    return True
    return False


def _relabelled(
    candidates: list[tuple[_Entry, str]], first_seen: dict[str, _Entry]
) -> Iterable[tuple[_Entry, _Entry, str]]:
    """Each statement that opens with a label and another, at another level,
    that says the words after the label alone ('Continuous improvement: I
    know ...' and 'I know ...'), as (the higher, the lower, the label as
    written), each statement with its words joined. The words after a label
    are a tail of the statement's words: looked up as such first, read with
    ``statement_label`` only on a hit."""
    for entry, key in candidates:
        tokens = entry[4]
        start = 0
        for count in range(1, min(_LONGEST_LABEL, len(tokens) - _LEAST_LABELLED_WORDS) + 1):
            start += len(tokens[count - 1]) + 1
            other = first_seen.get(key[start:])
            if other is None or other[0] == entry[0] or entry[3].examples or other[3].examples:
                continue
            found = statement_label(entry[3].text)
            if found is None or " ".join(_compared(found[1], words(found[1]))) != key[start:]:
                break
            shown = strip_markdown(plain(entry[3].text))  # as statement_label reads it, the rest at its end
            label = shown[: len(shown) - len(found[1])].strip().rstrip(":-").strip()
            if _says_how_it_grows(label):
                break
            yield (entry, other, label) if other[0] < entry[0] else (other, entry, label)
            break


def _new_examples(statement: Statement, lower: list[Statement], words_of: WordsByText) -> bool:
    """Whether the statement gives an example that none of the ``lower``
    statements (the same statement at lower levels) gives: a statement said
    at each level as a theme, its examples what the level asks, grows. A
    placeholder ("TBD") asks nothing."""
    if not statement.examples:
        return False
    given = {" ".join(words_of[example]) for other in lower for example in other.examples}
    for example in statement.examples:
        key = " ".join(words_of[example])
        if key and key not in given and not only_placeholder(example):
            return True
    return False


def _repeated_summaries(framework: Framework, analysis: Analysis) -> Iterable[Violation]:
    """A level summary said word for word at a lower level: whether or not
    levels are cumulative, two levels summed up alike do not say how they
    differ (a summary is where a reader looks first)."""
    first_seen: dict[str, str] = {}
    for level in framework.levels:
        if not level.summary:
            continue
        tokens = analysis.words[level.summary]
        if not tokens or only_placeholder(level.summary):
            continue  # a placeholder ("TBD") is LL406's
        earlier = first_seen.setdefault(" ".join(tokens), level.id)
        if earlier != level.id:
            yield Violation(
                level.path + ("summary",),
                f"level summary repeated word for word from level '{earlier}': the two levels read alike; "
                f"say what sets level '{level.id}' apart",
            )


def _copied_levels(
    framework: Framework, analysis: Analysis, *, summary_sets_apart: bool
) -> Iterable[tuple[int, int, bool]]:
    """The levels whose statements are, every one, the level below's, word
    for word in the same competencies (a table's row copied into the next,
    a level's block copied and only its id, title and summary edited), as
    (the level's place in the list, its number of statements, whether its
    summary is its own). With ``summary_sets_apart``, not a level whose
    summary is its own: where levels stand alone, it says how the two
    differ."""
    words_of = analysis.words

    known: dict[int, frozenset[tuple[str, str]]] = {}

    def said(order: int) -> frozenset[tuple[str, str]]:
        # Each level's once: it is compared as the level and as the one below.
        if order not in known:
            known[order] = frozenset((cell.competency_id, _restated_key(statement, words_of))
                                     for cell in framework.levels[order].cells for statement in cell.statements)
        return known[order]

    def opens_as_below(level: Level, lower: Level) -> bool:
        # A copy's first statement is in the level below, under its competency: read before all the others.
        cell = next((cell for cell in level.cells if cell.statements), None)
        if cell is None:
            return False
        first = words_of[cell.statements[0].text]
        return any(words_of[statement.text] == first for below in lower.cells
                   if below.competency_id == cell.competency_id for statement in below.statements)

    def summed_up(level: Level) -> tuple[str, ...]:
        return tuple(words_of[level.summary]) if level.summary else ()

    for order in range(1, len(framework.levels)):
        lower, level = framework.levels[order - 1], framework.levels[order]
        own_summary = bool(summed_up(level)) and summed_up(level) != summed_up(lower)
        if own_summary and summary_sets_apart:
            continue  # its summary says what sets it apart ('A permanent hire who ...' over an intern's)
        if not opens_as_below(level, lower):
            continue  # most levels, at once
        statements = said(order)
        if statements and all(key for _competency, key in statements) and statements == said(order - 1):
            yield order, len(statements), own_summary


def _level_copy(framework: Framework, order: int, count: int, *, asks_more: bool, own_summary: bool,
                by_default: bool = False) -> Violation:
    """One finding for a level copied whole from the level below, at its id;
    where levels are cumulative, the copy asks nothing more (``by_default``:
    cumulative only as `cumulative` is left unset, which the advice says, as
    each repeat's would); a copy with a summary of its own differs in
    nothing else."""
    level, lower = framework.levels[order], framework.levels[order - 1]
    more = f" and level '{level.id}' asks nothing more" if asks_more else ""
    if asks_more and by_default:
        more += " (levels are cumulative by default; set `cumulative: false` if each level stands on its own)"
    only = "; only its summary differs" if own_summary else ""
    return Violation(level.path + ("id",),
                     f"level '{level.id}' says word for word what level '{lower.id}' says "
                     f"({plural(count, 'statement')}{only}): the two levels read alike{more}; say what "
                     f"sets level '{level.id}' apart")


def _carried_over(framework: Framework, analysis: Analysis) -> Violation | None:
    """One finding for a framework that leaves `cumulative` to its default
    but restates its statements level after level: more than one statement
    carried word for word through three levels or more (a slip is copied
    once, not twice). Either its levels stand on their own, and reporting
    every repeat would bury the one thing to change, or a level was copied
    into the next by mistake; the finding names the levels that repeat the
    most, and where most of a level is the one below it, which reads as a
    copy, it says first to remove or rewrite the copies (declaring
    `cumulative: false` would hide them)."""
    words_of = analysis.words
    levels = [
        [(_restated_key(statement, words_of), statement.text) for cell in level.cells for statement in cell.statements]
        for level in framework.levels
    ]
    restated = Restatements.of((key for key, _text in statements) for statements in levels)
    if not restated.levels_stand_alone:
        return None
    # Each level's statements said at the level below it, the most first.
    copies = []
    for order in range(1, len(levels)):
        below = {key for key, _text in levels[order - 1] if key}
        repeated = [text for key, text in levels[order] if key in below]
        if repeated:
            copies.append((-len(repeated), order, repeated))
    copies.sort(key=lambda copy: copy[:2])
    named: list[str] = []
    for _count, order, repeated in copies[:2]:
        level, lower = framework.levels[order], framework.levels[order - 1]
        quoted = "" if named else " (" + ", ".join(f"'{shorten(text, 50)}'" for text in repeated[:2]) + (
            ", ...)" if len(repeated) > 2 else ")")
        named.append(f"level '{level.id}' repeats {len(repeated)} of its {len(levels[order])} statements from "
                     f"level '{lower.id}'{quoted}")
    _count, order, repeated = copies[0]
    said = f"{restated.repeats} statements are repeated word for word at higher levels, {restated.through_three} of " \
           f"them through three levels or more: {', '.join(named)}"
    if 2 * len(repeated) > len(levels[order]):
        # Most of a level is the one below it: a copy left unedited reads so, and `cumulative: false` would hide it.
        advice = ("; if a level was copied from the one below, remove or rewrite the copies; if the levels restate "
                  "their statements on purpose, declare `cumulative: false` (near repeats are still reported)")
    else:
        advice = ("; the levels read as standing on their own, but `cumulative` is left to its default (true): "
                  "declare `cumulative: false` (near repeats are still reported), or keep each statement at the "
                  "lowest level it applies to")
    return Violation(("levels",), said + advice, on_key=True)


def _restated_key(statement: Statement, words_of: WordsByText) -> str:
    """A statement's words, and its examples' when it has some: a statement
    said at each level with the level's own examples is not carried over."""
    key = " ".join(words_of[statement.text])
    if not key or not statement.examples:
        return key
    return "\n".join([key, *sorted({" ".join(words_of[example]) for example in statement.examples})])


class _Rarity:
    """How many statements of the framework each word is in: the rarer a
    word, the fewer statements filed under it by ``_Bucket``. Counted when
    first asked: most frameworks file no statement."""

    def __init__(self, framework: Framework, words_of: WordsByText) -> None:
        self.framework = framework
        self.words_of = words_of
        self.statements_with: Counter[str] | None = None

    def rarest(self, words: frozenset[str], count: int) -> list[str]:
        """The ``count`` rarest of ``words``, in one order for every statement."""
        if self.statements_with is None:
            self.statements_with = Counter(word for level in self.framework.levels for cell in level.cells
                                           for statement in cell.statements
                                           for word in set(self.words_of[statement.text]))
        statements_with = self.statements_with
        return sorted(words, key=lambda word: (statements_with[word], word))[:count]


# The statements in a bucket from which they are filed (see _Bucket): a
# statement is filed in about the time it takes to compare it with a
# hundred others.
_FILED_FROM = 100


class _Bucket:
    """An index of a bucket: the statements of one competency with one
    number of words, in the order read (a list the reader goes on adding
    to), filed to find those that may be near repeats of another
    without comparing it with them all. Two statements at least
    ``threshold`` alike (shared words over all words) are found by two
    filters of set-similarity joins, either of which misses none:

    - they share at least that share of the words of each; so, the words
      of every statement put in one order (the rarest first), the first
      word they share is among the first ``len(words) - shared + 1`` of
      each (the prefix filter). Few statements share a rare word, as most
      statements have one.
    - the words one has and the other does not are few, ``differ`` at most;
      so, the words dealt into ``differ + 1`` parts (by a hash), the two
      have the same words in one part at least (the partition filter).
      Statements made of a few common words have no rare word, and rarely
      the same words in a part.

    A statement is filed under both, and meets those filed under its own
    prefix or under its own parts, whichever are fewer. A bucket is
    indexed once it holds ``_FILED_FROM``: until then, reading it all
    costs less than filing it (and most buckets hold a statement or two)."""

    def __init__(self, entries: list[_Entry], threshold: float, rarity: _Rarity) -> None:
        self.entries = entries
        length = len(entries[0][4])  # every statement's
        self.threshold = threshold
        self.rarity = rarity
        self.by_word: dict[str, list[int]] = {}
        # Of two sets of at most ``length`` words, shared / (all - shared)
        # >= threshold leaves at most this many words in one only (a hair
        # added for rounding: a part more never misses a pair).
        self.differ = math.floor(2 * length * (1 - threshold) / (1 + threshold) + 1e-9)
        self.by_part: dict[tuple[int, frozenset[str]], list[int]] = {}
        self.filed = 0  # entries[:filed] are filed

    def _shared(self, words: frozenset[str]) -> int:
        """The fewest words a statement that alike shares with one of these
        ``words`` (rounded down: never more than it shares)."""
        return math.floor(self.threshold * len(words))

    def _prefix(self, words: frozenset[str]) -> list[str]:
        # Two statements that share none may be alike only where the other
        # one's share is none, and then it is not filtered by its prefix.
        return self.rarity.rarest(words, len(words) - max(self._shared(words), 1) + 1)

    def _parts(self, words: frozenset[str]) -> list[tuple[int, frozenset[str]]]:
        parts: list[set[str]] = [set() for _ in range(self.differ + 1)]
        for word in words:
            parts[zlib.crc32(word.encode()) % len(parts)].add(word)
        return [(number, frozenset(part)) for number, part in enumerate(parts)]

    def _file(self) -> None:
        for index in range(self.filed, len(self.entries)):
            words = frozenset(self.entries[index][4])
            for word in self._prefix(words):
                self.by_word.setdefault(word, []).append(index)
            for part in self._parts(words):
                self.by_part.setdefault(part, []).append(index)
        self.filed = len(self.entries)

    def alike(self, entry: _Entry) -> list[_Entry]:
        """The statements added that may be at least ``threshold`` alike
        ``entry``, in the order read."""
        self._file()
        words = frozenset(entry[4])
        by_parts = [self.by_part.get(part, []) for part in self._parts(words)]
        by_prefix = [self.by_word.get(word, []) for word in self._prefix(words)] if self._shared(words) else None
        if by_prefix is None or sum(map(len, by_parts)) < sum(map(len, by_prefix)):
            filed = by_parts
        else:
            filed = by_prefix
        return [self.entries[index] for index in sorted(set().union(*filed))]


def _nearest(
    entry: _Entry, bucket: list[_Entry], threshold: float, organisations: Callable[[str], bool],
) -> tuple[_Item, list[str]] | None:
    """The most alike lower-level statement in the competency, if near:
    of ``bucket``, its statements that may be, in the order read. Of
    copies alike (a statement said word for word at two levels below),
    the nearest level's: the one a reader compares with."""
    best: tuple[float, _Item, list[str]] | None = None
    order, words = entry[0], frozenset(entry[4])
    for other in bucket:
        other_order, _, _, _, other_words = other
        if other_order == order:
            continue
        # Shared words over all words is at most shared over this
        # statement's words: that tells most statements apart, without a
        # set of the other's words.
        shared = len(words.intersection(other_words))
        if shared / len(words) < threshold:
            continue
        alike = shared / (len(words) + len(set(other_words)) - shared)
        if alike < threshold or alike == 1.0 or (best is not None and alike < best[0]):
            continue
        earlier = _Item(*other)
        changes = _swaps(earlier, _Item(*entry), organisations)
        if changes:
            best = (alike, earlier, changes)
    return (best[1], best[2]) if best else None


def _swaps(before: _Item, after: _Item, organisations: Callable[[str], bool]) -> list[str]:
    """The words swapped one for one (`'remove' -> 'cut'`), or [] when the
    change adds or drops words, or swaps a word of scale (which is growth)."""
    swaps = []
    import difflib  # imported when needed: a clean run never is

    matcher = difflib.SequenceMatcher(None, before.words, after.words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag != "replace" or i2 - i1 != j2 - j1:
            return []
        if any(is_growth_word(w) for w in before.words[i1:i2] + after.words[j1:j2]) \
                or any(map(more_involved, before.words[i1:i2], after.words[j1:j2])) \
                or any(yields_more(old, new, after.words[:j1 + k])
                       for k, (old, new) in enumerate(zip(before.words[i1:i2], after.words[j1:j2]))) \
                or any(attempting(old) != attempting(new) for old, new in zip(before.words[i1:i2], after.words[j1:j2])):
            # "Understands conventions" -> "Influences conventions" grows too, and so do a greater
            # yield of the work given ("offers feedback" -> "offers solutions") and the deed for an
            # attempt ("Tente de réduire" -> "Réduit").
            return []
        # Quote the words as written, not lower-cased.
        old_words = _compared(before.statement.text, words(before.statement.text, keep_case=True), keep_case=True)[i1:i2]
        new_words = _compared(after.statement.text, words(after.statement.text, keep_case=True), keep_case=True)[j1:j2]
        if _audience_named(old_words, new_words, organisations) or _audience_named(new_words, old_words, organisations):
            return []  # 'People' -> 'ExCo', 'teams' -> 'the SLT': a wider audience
        old, new = " ".join(old_words), " ".join(new_words)
        swaps.append(f"'{old}' -> '{new}'")
    return swaps


def _articles_changed(before: _Entry, after: _Entry) -> list[str]:
    """The articles a statement gains or drops from a lower one whose words
    are otherwise the same, each quoted with the word after it as written
    ("'client' -> 'the client'"); [] where "a" makes a count of the word
    after it ("few" -> "a few" asks more) or ends the statement."""
    import difflib  # imported when needed: a clean run never is

    old, new = before[4], after[4]
    shown_old = _compared(before[3].text, words(before[3].text, keep_case=True), keep_case=True)
    shown_new = _compared(after[3].text, words(after[3].text, keep_case=True), keep_case=True)
    if len(shown_old) != len(old) or len(shown_new) != len(new):
        return []
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert":
            articles, following, shown, end = new[j1:j2], new[j2 : j2 + 1], shown_new, j2
            start = j1
        elif tag == "delete":
            articles, following, shown, end = old[i1:i2], old[i2 : i2 + 1], shown_old, i2
            start = i1
        else:
            return []
        if not following or not ARTICLES.issuperset(articles) or following[0] in ARTICLE_COUNTS:
            return []
        with_article, without = " ".join(shown[start : end + 1]), shown[end]
        changes.append(f"'{without}' -> '{with_article}'" if tag == "insert" else f"'{with_article}' -> '{without}'")
    return changes


def _audience_named(people: list[str], named: list[str], organisations: Callable[[str], bool]) -> bool:
    """Whether people ('People', 'teams') are swapped for a group or a role
    named by its letters ('ExCo', 'SLT', 'CTO'): whom the work reaches grows.
    Not a technology for another ('REST' -> 'GraphQL'), nor an organisation."""
    return any(w.casefold() in PEOPLE or scope_rank(w.casefold()) for w in people) and any(
        any(ch.isupper() for ch in w[1:]) and not organisations(w) for w in named)


def _competencies_saying(level: Level, key: str, words_of: WordsByText) -> list[str]:
    """The competencies whose statements at ``level`` have the words ``key``
    (joined as compared), in the order read."""
    return list(dict.fromkeys(
        cell.competency_id for cell in level.cells for statement in cell.statements
        if " ".join(_compared(statement.text, words_of[statement.text])) == key))


def _where_all(here: list[str], there: list[str]) -> str:
    """Where a statement said under several competencies of a level is, and
    where it is at the lower level: the competencies named, each once."""
    here, there = list(dict.fromkeys(here)), list(dict.fromkeys(there))
    if here == there:
        return f" (under {len(here)} competencies here and there: {quoted_list(here)})"
    named = [("competency " if len(ids) == 1 else "competencies ") + quoted_list(ids) for ids in (there, here)]
    return f" ({named[0]} there, {named[1]} here)"


def _where(item: _Item, earlier: _Item) -> str:
    if earlier.cell.competency_id == item.cell.competency_id:
        return f" (competency '{item.cell.competency_id}')"
    return f" (competency '{earlier.cell.competency_id}' there, '{item.cell.competency_id}' here)"


def _advice(declared: bool | None, earlier: _Item) -> str:
    """What to do, saying where "cumulative" comes from: a framework that
    never wrote `cumulative` has it from the default."""
    if declared is not None:
        why = "levels are cumulative" if declared else (
            "levels are cumulative by default; set `cumulative: false` if each level stands on its own")
        return f"keep it at level '{earlier.level_id}' only ({why}), or say what more is expected here"
    return "say what more is expected here, or keep the wording identical if it carries over on purpose"
