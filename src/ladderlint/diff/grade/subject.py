"""Whom a text is about, and what in it asks nothing.

Examples and lists in brackets or after "e.g." or "such as", taken out
before a text is graded unless they set a bar (``without_examples``); the
bars a text sets (``bars``); whether a sentence asks something of the
people on the ladder as a statement does (``demand``: its subject is them
and its verb what they do now, not what they are given or which group
they are in); and whether it asks nothing at all (``asks_nothing``: it
explains, points elsewhere or illustrates).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Callable, Iterable, Iterator

from ... import vocabulary as vocab
from ...dictionary import hyphenated_prefix, verb_form
from ...text import BULLET, BULLET_SYMBOLS, strip_markdown
from ...text import words as text_words
from ..wording import stem, synonyms
from .scales import read
from .scope import one_of_two_ways
from .words import (
    AUXILIARIES, BE, BrandNames, CLAUSE_STARTS, DETERMINERS, FUNCTION_WORDS, FUTURE, LADDER_PEOPLE, POSSESSIVES,
    SUBJECTS, Word, count_of, ladder_subject, negating,
)
from ...patterns import lazy


#: The markers that say what follows is an example, wherever examples are
#: read (in brackets, after a clause, opening a statement): "e.g." however it
#: is written ("e.g", "eg", "e. g."), "for example", "for instance", and
#: "say," with its comma ("(say, a native app)", not "(say no to scope creep)"),
#: and the Scandinavian short forms of "for example" that ladders written in
#: Denmark or Norway keep in English ("fx", "f.x.", "f.eks.", "f.ex."), in
#: lower case: "FX" is foreign exchange or effects ("builds FX pricing").
_SCANDINAVIAN_MARKERS = r"(?-i:fx\b\.?|f\.\s?(?:x|ex|eks)\.)"
EXAMPLE_MARKERS = rf"(?:e\.?\s?g\b\.?|for\s+example|for\s+instance|say(?=,)|{_SCANDINAVIAN_MARKERS})"
# In brackets, also the markers that lead examples only after what they are
# examples of: "(i.e. ...)", "(such as ...)", "(like ...)". Opening a statement
# they are no marker: "Like my peers, I ...".
_MARKERS = rf"(?:{EXAMPLE_MARKERS}|i\.?\s?e\b\.?|such as|like)"
# Brackets that give examples, which illustrate an expectation without being one. Not "including", which
# is read as it is outside brackets: what it lists is asked unless it only names things.
_EXAMPLES = lazy(r"\(\s*" + _MARKERS + r"[^()]*\)", re.IGNORECASE)
# Examples after a marker without brackets, to the end of the sentence: ", e.g. READMEs and ADRs".
_EXAMPLES_AFTER = lazy(
    r"(?<![^\s,;:(\u2013\u2014-])(?:e\.?\s?g\.?|eg\.?|for example|for instance|(?:(?<=,\s)|^)say(?=,)|"
    + _SCANDINAVIAN_MARKERS + r")(?=[\s,:])"
    r".*?(?=[;.!?](?:\s|$)|$)",
    re.IGNORECASE,
)
# A sentence of examples, labelled so at its start, to its end: "Examples: billing; the ledger." "Typical
# examples at our scale: ...". A full stop inside a name ("three.js") does not end it.
_EXAMPLES_SENTENCE = lazy(
    r"(?:^|(?<=[.!?]\s))\s*(?:(?:some|typical|other)\s+)?examples?\b[^.:;!?]{0,40}:\s.*?(?=[.!?](?:\s|$)|$)",
    re.IGNORECASE,
)
# The words that leave a list open: "etc.", "and so on", "or similar" ("ADRs, RFCs or similar": any such record).
_OPEN_END = (r",?\s+(?:etc\b\.?|and\s+so\s+on\b|among\s+others\b|and\s+the\s+like\b|or\s+the\s+like\b"
             r"|(?:or|and)\s+similar\b|or\s+equivalents?\b)")
# The items of a list left open after its first ("code quality, coding standards, testing etc.", "demos, brown
# bags and so on"), each of a few words, and the words that leave it open.
_OPEN_LIST = lazy(r"(?:,\s*(?:(?:and|or)\s+)?[^\s,;:.!?()][^,;:.!?()]{0,50}?){1,12}" + _OPEN_END, re.IGNORECASE)
_OPEN_ENDING = lazy(_OPEN_END + r"\s*$", re.IGNORECASE)
_ITEM_SEPARATOR = lazy(r"\s*,\s*(?:(?:and|or)\s+)?", re.IGNORECASE)
# Words after which a list names things, not actions: prepositions and determiners ("opinion on code quality,
# ...", "through demos, ..."); after a subject or at a clause's start ("You review code, write docs etc.") it
# lists duties, each asked.
_BEFORE_THINGS = POSSESSIVES | frozenset(
    "of to in on at by for with from into about over per via during among like through across around this that "
    "these those".split()
)
#: The most words of a list's first item, which names the kind its other items illustrate.
_FIRST_ITEM = 4


def _opening(match: re.Match[str]) -> tuple[list[str], list[str]] | None:
    """The words of a list left open (``_OPEN_LIST``) before its other
    items, where its first item names things after a preposition or a
    determiner: the words that govern it ("Is accountable") and the
    preposition with the first item ("for uptime"). None where it lists
    duties after a subject ("You lead projects, mentor juniors etc.").
    A list opened by a bracket after what it names ("decisions (ADRs,
    RFCs or similar)") names things: its first item is the bracket's first
    words, the words before the bracket govern it."""
    head = match.string[: match.start()]
    cut = max(head.rfind(mark) for mark in ",;:.!?()\n")
    if cut >= 0 and head[cut] == "(" and 0 < len(head[cut + 1 :].split()) <= _FIRST_ITEM:
        governing = re.split(r"[,;:.!?()\n]", head[:cut])[-1].split()
        return governing, [w.lower() for w in head[cut + 1 :].split()]
    before = re.split(r"[,;:.!?()\n]", head)[-1].split()
    for k in range(len(before) - 1, max(len(before) - 2 - _FIRST_ITEM, -1), -1):
        if before[k].lower() in _BEFORE_THINGS:
            return (before[:k], [w.lower() for w in before[k:]]) if k < len(before) - 1 else None
    return None


def _open_items(listed: str) -> list[str]:
    """The items of a list left open after its first (", coding standards, testing etc."), in lower case."""
    return [" ".join(item.lower().split()) for item in _ITEM_SEPARATOR.split(_OPEN_ENDING.sub("", listed))
            if item.strip()]


def _left_open(listed: str) -> str:
    """The words that leave a list open (``_OPEN_END``) at its end: " or similar" of ", RFCs or similar"."""
    found = _OPEN_ENDING.search(listed)
    return found.group(0) if found else " "


def _still_open(text: str, first: list[str]) -> list[str] | None:
    """The other items of the list a text leaves open after the same first
    item (``first``, its preposition with it): none for "on code quality
    etc."; None where the text has no such list, or closes it ("on code
    quality.")."""
    found = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, first))
                      + rf"(?P<rest>{_OPEN_LIST.pattern}|{_OPEN_END})", text, re.IGNORECASE)
    return None if found is None else _open_items(found.group("rest"))


def _names_a_kind(match: re.Match[str], against: str | None, names: BrandNames) -> bool:
    """Whether the items of a list left open (``_OPEN_LIST``) illustrate
    its first, which names things after a preposition or a determiner ("on
    code quality, coding standards etc."): where the text it is compared
    with (``against``) leaves the same list open after the same first item
    ("on code quality etc."), and the items one has and not the other say
    nothing of how often, how soon or how many, of whose or how wide
    (``_says_whose_or_how_much``), and the words that govern the list own
    or lead nothing ("accountable for uptime, security etc." lists what is
    owned, each asked). A list whose "etc." goes, or that the other text
    closes, is read item by item."""
    opening = _opening(match)
    if opening is None or not _says_no_scale(match.group(0), names):
        return False
    governing, first = opening
    # With its preposition: "accountable" owns only as "accountable for".
    if _takes_duties(governing + first[:1], names):
        return False
    kept = _open_items(match.group(0)) if against is None else _still_open(against, first)
    if kept is None:
        return False
    items = _open_items(match.group(0))
    # A discipline after "with" or "to" is a part of the business ("works with product, design etc."); after
    # "on" or "about" a topic ("feedback on code quality, security etc.").
    preposition = first[0] if first[0] not in POSSESSIVES | _DEMONSTRATIVES else (
        governing[-1].lower() if governing else "")
    # "familiar with", "proficient with": what one knows is a topic, whatever the preposition.
    knowing = vocab.KNOWING | vocab.MASTERY_WORDS | frozenset(vocab.DEGREE)
    departments = preposition in _TO_PEOPLE and not any(w.lower() in knowing for w in governing)
    return not any(_says_whose_or_how_much(item, names, departments=departments)
                   for item in items if item not in kept or against is None)


#: Words that point at what a list names, as an article does ("these services, ...").
_DEMONSTRATIVES = frozenset("this that these those".split())
#: Prepositions after which a list names whom one works with or speaks to.
_TO_PEOPLE = frozenset("with to across between among alongside".split())
# Being on call for something: what is listed after it is each a duty ("on call for the API, the database etc.").
_ON_CALL = lazy(r"\bon[-\s]call\b", re.IGNORECASE)


def _takes_duties(governing: list[str], names: BrandNames) -> bool:
    """Whether the words before a list left open make its items duties, not
    topics: they own, lead or are accountable for them ("owns", "is
    accountable for"), run them ("runs the standup, the retro etc.") or are
    on call for them; not "gives feedback on", "works on" or "knows"."""
    found = read(" ".join(governing), names)
    return _owns_or_leads(found) or any(w.text in vocab.RUNNING for w in found) or bool(
        _ON_CALL.search(" ".join(governing)))


#: The roles of the words that say whose, how wide or how much: "the whole company", "all incident reviews",
#: "senior engineers", "at least two".
_WHOSE_OR_HOW_MUCH = frozenset({"scope", "bound", "owner", "audience", "count", "quantity"})


#: Taking charge of a thing: deciding or defining it oneself, or more, owning or leading it.
_IN_CHARGE = vocab.INVOLVEMENT["decides"]


def _owns_or_leads(found: list[Word]) -> bool:
    """Whether words own, lead, decide or are accountable for what they name ("owns", "leads", "defines",
    "accountable for")."""
    return any(w.role == "involvement" and w.rank >= _IN_CHARGE for w in found)


def _says_whose_or_how_much(text: str, names: BrandNames, departments: bool = True) -> bool:
    """Whether an item of a list says a duty no example stands for: whose
    or how wide ("the whole company", "for all teams"), how much ("all
    incident reviews"), the people ("senior engineers", "their manager")
    or, where ``departments``, a part of the business, its people
    ("finance", "legal"), or owning or leading something ("owns the
    incident review"). Not ``departments``, a discipline is a topic
    ("security", "infrastructure") unless it names people ("designers")."""
    found = read(text, names)
    meaning = [w for w in found if w.role != "function" and w.text not in FUNCTION_WORDS]
    fields = vocab.DISCIPLINES if departments else vocab.ROLE_NOUNS
    return _owns_or_leads(found) or any(
        w.role in _WHOSE_OR_HOW_MUCH or w.text in vocab.PEOPLE or w.text in LADDER_PEOPLE
        or w.text in vocab.GUIDING_ROLES for w in found) or bool(meaning) and all(
        w.text in fields for w in meaning)


# Items each led by a bullet after a label's colon, on its line or the next ones.
_BULLETED = rf"[ \t]*(?=\n?[ \t]*(?:[-{BULLET_SYMBOLS}\u2013\u2014+*]|\d{{1,2}}[.)])[ \t])"
_BULLETED_AFTER = lazy(_BULLETED)
# A label that opens a list of examples, its items each led by a bullet: "Examples:", "Examples include:" at a
# sentence's start (not "Writes examples for the SDK:"), "For example:", "e.g.:", "such as:". The items follow
# on lines of their own or on the label's line.
_EXAMPLES_LABEL = lazy(
    r"(?:(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s))(?:(?:some|typical|other)\s+)?examples?\b[^.:;!?\n]{0,40}"
    r"|\bfor\s+(?:example|instance)"
    rf"|(?<!\w)e\.?\s?g\.?|\bsuch\s+as|\bincluding):{_BULLETED}",
    re.IGNORECASE,
)
# Words in a label that make what it lists asked, examples or not: "Examples of the duties you must perform:".
_ASKING_LABEL = lazy(
    r"\b(?:must|shall|required|requirements?|mandatory|expected|expectations?|dut(?:y|ies)|responsibilit(?:y|ies)"
    r"|need\s+to|have\s+to)\b",
    re.IGNORECASE,
)
# Items of a list written on one line, each after a dash: "Examples: - billing - the ledger".
_INLINE_ITEMS = lazy(rf"[ \t]+(?=[-{BULLET_SYMBOLS}\u2013\u2014][ \t])")


def _labelled_lists(text: str) -> Iterator[tuple[re.Match[str], list[str], int]]:
    """The lists of examples of a text after a label (``_EXAMPLES_LABEL``;
    not one that says they are asked, ``_ASKING_LABEL``): the label, the
    text of each item without its bullet or Markdown, and where the list
    ends."""
    at = 0
    for label in _EXAMPLES_LABEL.finditer(text):
        if label.start() < at or _ASKING_LABEL.search(label.group(0)):
            continue
        lines = text[label.end() :].split("\n")
        at = label.end() + len(lines[0])
        if lines[0].strip():  # items on the label's line: "Examples: - billing - the ledger"
            items = _INLINE_ITEMS.split(" " + lines[0].strip())
        else:
            items = []
            for line in lines[1:]:
                if not BULLET.match(line):
                    break
                items.append(line)
                at += 1 + len(line)
        texts = [strip_markdown(bullet.group("text") if (bullet := BULLET.match(item.strip())) else item)
                 for item in items]
        yield label, [item for item in texts if item.strip()], at


def _without_listed_examples(text: str, against: str | None, names: BrandNames) -> str:
    """A text without the items of its lists of examples that only
    illustrate ("Examples:\n- runs the postmortem\n- writes the timeline",
    "For example: - billing - the ledger"): each item is read alone, and one
    that says how often, how soon, how many or without help stays, as an
    example in brackets does. So does an item the text it is compared with
    (``against``) has changed ("- owns the incident review" / "- helps with
    the incident review": it shares most of its words with one the other
    has alone), which is read as words, and an item one has and not the
    other that says a duty (``_says_whose_or_how_much``: "- owns the incident
    review for all teams"). The label goes with the last of its items.
    After "such as" or "including", only things named illustrate. A list
    with no label ("Leads incidents:\n- runs the postmortem") is what the
    statement asks, item by item, and stays; so does one whose label says
    it is asked ("Examples of the duties you must perform:")."""
    theirs = [item for _, items, _ in _labelled_lists(against or "") for item in items]
    mine = [item for _, items, _ in _labelled_lists(text) for item in items]
    alone = [item for item in theirs if item not in mine]
    out: list[str] = []
    at = 0
    for label, items, end in _labelled_lists(text):
        # After "such as" or "including" only things named illustrate ("- billing"): a clause ("- runs
        # the release") is a part of what is asked, as it is after "such as" in a sentence.
        listing = label.group(0).lower().startswith(("such", "including"))

        def illustrates(item: str) -> bool:
            if not _says_no_scale(item, names) or listing and not (
                    len(text_words(item)) <= 4 and _only_names(item, names)):
                return False
            if item in theirs:
                return True
            return not _says_whose_or_how_much(item, names) and not any(_same_item(item, other) for other in alone)

        kept = [item for item in items if not illustrates(item)]
        out.append(text[at : label.start()] + (label.group(0) + "\n- " + "\n- ".join(kept) if kept else " "))
        at = end
    out.append(text[at:])
    return "".join(out)


def _same_item(one: str, other: str) -> bool:
    """Whether two items of a list are one changed ("owns the incident
    review" / "helps with the incident review"), not one example put for
    another ("writes the timeline" / "updates the status page"): they share
    at least half the words of meaning of the shorter."""
    said = [{stem(w) for w in text_words(item.lower()) if w not in FUNCTION_WORDS} for item in (one, other)]
    shared = len(said[0] & said[1])
    return shared > 0 and 2 * shared >= min(len(said[0]), len(said[1]))


# Things listed after "such as" or "including" to the end of the sentence: "tools such as Grafana and Honeycomb".
_LISTED_AFTER = lazy(r"\b(?:such as|including)\s+([^;.!?()]*?)(?=[;.!?](?:\s|$)|$)", re.IGNORECASE)
# Brackets after a word, and what parts the things a list in them names.
_BRACKETS = lazy(r"(?<=[^\s(])(\s*)\(([^()]*)\)")
_INCLUDING = lazy(r"\s*including\s+", re.IGNORECASE)
_LIST_SEPARATORS = lazy(r"\s*(?:[,/;]|\band\b|\bor\b|\betc\b\.?)\s*", re.IGNORECASE)


def without_examples(text: str, names: BrandNames, against: str | None = None) -> str:
    """A text, its Markdown taken out, without the examples it gives: in a
    labelled list ("Examples:\n- billing\n- the ledger"), in brackets after a marker
    ("(e.g. PGP, training)"), after a marker to the end of the sentence
    (", for example READMEs and ADRs"), or in a sentence labelled so
    ("Examples: billing; the ledger.", "Typical examples at our scale:
    ...") where they say nothing of how
    often, how many or without help, or that only list things, after
    the first item of a list left open ("code quality, coding standards
    etc."), after "such as" or "including" to the end of the sentence ("tools such as
    Grafana and Honeycomb"), in brackets after "including", or named in
    brackets after what they illustrate ("observability tools (Grafana,
    Honeycomb)", ``_illustrates``), or the members of a unit named after it
    ("for the services (billing, payments)", ``_members_named``), unless
    ``against`` lists members of the same unit too, where which are named is
    graded; and an abbreviation in brackets (``_restates``). A bracket that says how, how often or how far ("(at
    least weekly)", "(with guidance)", "(team-wide)"), adds a clause ("(and
    keep it up to date)") or lists kinds ("(unit, integration and
    end-to-end)") is part of the expectation.

    ``against``: the text this one is compared with, which says which
    items of a list one has and not the other (``_without_listed_examples``,
    ``_names_a_kind``); None to read the text alone."""
    text = _before_open_lists(text, against, names)
    other = None if against is None else _before_open_lists(against, text, names)
    # "code quality, coding standards, testing etc.": a list left open names examples of a kind, which its
    # first item stands for; the others illustrate it, unless one says how often, how soon or how many.
    # Its items go, the words that leave it open stay: "(ADRs, Confluence or similar)" reads as "(ADRs or
    # similar)", the same list, open.
    text = _OPEN_LIST.sub(lambda m: _left_open(m.group(0)) if _names_a_kind(m, other, names) else m.group(0), text)
    # "for the services (billing, payments)" -> "(billing, payments, ledger)": the members of a unit
    # listed on both sides say which are meant, and a member put in or taken out is graded.
    listed_too = set() if other is None else _units_with_members(other, names)

    def kept(m: re.Match[str]) -> str:
        inside = m.group(2)
        before = m.string[: m.start()]
        if _unit_of_members(before) in listed_too and _names_members(inside, names):
            return m.group(0)
        return " " if _illustrates(inside, names) or _restates(before, inside) or _members_named(before, inside, names) \
            else m.group(0)

    return _BRACKETS.sub(kept, text)


#: The words that say examples follow ("such as", "for example", "e.g.",
#: "for instance", "like", "including"), with the comma after one and the
#: "by" that leads a deed ("for instance by being a coach"); a whole word
#: only ("likely", "likes" lead no examples).
_ANY_MARKER = lazy(
    r"(?<!\w)(?:such\s+as|including|like|e\.\s?g\.|e\.?g\b|for\s+example|for\s+instance|"
    + _SCANDINAVIAN_MARKERS + r")(?!\w)(?:\s*,)?"
    r"(?:\s+by(?!\w))?",
    re.IGNORECASE)
_LAST_WORD = lazy(r"(\w+)\W*$")


def examples_marked_alike(old: str, new: str) -> str:
    """``new`` with each marker of examples that stands where ``old`` has
    another ("..., such as pairing" -> "..., for example pairing", "e.g."
    -> "such as") written as ``old`` writes it: one marker of examples for
    another, the items kept, gives the same examples, whichever way each
    marker is read. Markers stand at the same place where both texts have
    as many and each follows the same word; the items after them are read
    as they are ("such as A and B" -> "for example A, B and C" adds C)."""
    found = [list(_ANY_MARKER.finditer(text)) for text in (old, new)]
    if not found[0] or len(found[0]) != len(found[1]):
        return new
    out, end = [], 0
    for was, now in zip(*found):
        before = [_LAST_WORD.search(m.string[: m.start()]) for m in (was, now)]
        if before[0] and before[1] and before[0].group(1).lower() == before[1].group(1).lower():
            out += [new[end : now.start()], was.group(0)]
            end = now.end()
    return "".join(out) + new[end:]


def _before_open_lists(text: str, against: str | None, names: BrandNames) -> str:
    """A text without its Markdown and the examples ``without_examples``
    takes out before it reads its lists left open."""
    # An example that says how often, how many or without help ("e.g.
    # always with tests", "(e.g. within a day)") sets a bar as the
    # statement does: it stays, and is read with it.
    theirs = set(_example_items(against)) if against is not None else set()

    def illustrates(m: re.Match[str]) -> str:
        if not _says_no_scale(m.group(0), names):
            return m.group(0)
        # An example put in that has them own, lead or run what the statement only asks them to do or help
        # with ("Contributes to hiring (e.g. leads calls, runs hiring committees)") is a duty written in: its
        # words are read with the statement's, as an item of a list of examples that says a duty is.
        statement = m.string[: m.start()] + m.string[m.end() :]
        duties = [item for item in _example_items(m.group(0)) if item not in theirs
                  and takes_charge_beyond(item, statement, names)] if against is not None else []
        return " " + ", ".join(duties) + " " if duties else " "

    # Before the Markdown goes, which takes a list's stars with it.
    text = strip_markdown(_without_listed_examples(text, against, names))
    # A label that says what follows is asked ("Examples of what you must do:") labels no examples.
    # A label over bulleted items ("Examples:\n- owns the incident review") is a list
    # ``_without_listed_examples`` has read item by item: what it kept stays.
    labelled = lambda m: (  # noqa: E731
        m.group(0) if _ASKING_LABEL.search(m.group(0).split(":", 1)[0])
        or _BULLETED_AFTER.match(m.string, m.start() + m.group(0).index(":") + 1) else illustrates(m))
    text = _EXAMPLES_AFTER.sub(illustrates, _EXAMPLES.sub(illustrates, _EXAMPLES_SENTENCE.sub(labelled, text)))
    return _LISTED_AFTER.sub(lambda m: " " if _names_things(m.group(1), names) else m.group(0), text)


#: What an example may not say and still only illustrate: how often or how
#: soon, how many, or without whose help, or with whose: "I independently
#: identify solutions, e.g. with help from my manager" takes back the
#: independence the statement asks.
_BARS_IN_EXAMPLES = frozenset({"frequency", "deadline", "count", "independent", "guidance"})
#: Of them, what sets a bar where a text says it alone (``bars``): help had asks less, no bar.
_SETTING_A_BAR = _BARS_IN_EXAMPLES - {"guidance"}


def _says_no_scale(text: str, names: BrandNames) -> bool:
    """Whether an example says nothing of how often or how soon, how many,
    or with or without whose help ("e.g. always with tests", "(e.g. within a
    day)", "e.g. with help from my manager")."""
    # A name with a dot in it ("three.js", "lib.money") is one name, not a number and a word.
    text = _DOTTED_NAME.sub("name", text)
    return not any(w.role in _BARS_IN_EXAMPLES and not w.neutral for w in read(text, names))


def takes_charge_beyond(example: str, statement: str, brands: "BrandNames | Iterable[str]" = ()) -> bool:
    """Whether an example has the people own, lead or run something ("Owns
    the on-call rota for the handlers they write", "runs hiring
    committees") where the statement it illustrates asks less of them
    ("Implements simple RPC handlers", "Contributes to hiring"): a duty
    its statement does not ask, written in as an example. Not one that
    takes no more charge than its statement ("runs the postmortem" of
    "Leads incident response")."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    wanted = _involvement(read(example, names))
    return wanted >= _IN_CHARGE and wanted > _involvement(read(statement, names))


def _involvement(found: list[Word]) -> float:
    """How much a text has the people take part in what it names: its word of
    involvement that asks the most, running something as much as leading it;
    where it says none, doing it, as a plain verb does ("implements"),
    between helping and leading (``vocab.INVOLVEMENT``)."""
    ranks = [w.rank for w in found if w.role == "involvement"]
    ranks += [vocab.INVOLVEMENT["leads"] for w in found if w.text in vocab.RUNNING]
    return max(ranks, default=_DOING)


#: The involvement of a plain verb: doing the work, more than helping with it, less than leading it.
_DOING = 2


def _example_items(text: str) -> list[str]:
    """The items of the examples a text gives in brackets or after a marker
    ("(e.g. leads calls, does onsite interviews)": "leads calls", "does
    onsite interviews"), each in its words."""
    found = []
    for m in (*_EXAMPLES.finditer(text), *_EXAMPLES_AFTER.finditer(text)):
        inside = _MARKER.sub("", m.group(0).strip("() "), count=1)
        found += [" ".join(text_words(item)) for item in _ITEM_SEPARATOR.split(inside) if text_words(item)]
    return found


#: The marker at the start of examples, and what follows it before the first: "e.g. ", "for example, ".
_MARKER = lazy(r"^\s*" + _MARKERS + r"[\s,:]*", re.IGNORECASE)


#: A name written with dots between its letters: a package, a file or a domain ("three.js", "calc.js").
_DOTTED_NAME = lazy(r"\b[A-Za-z]+(?:\.[A-Za-z]+)+\b")


def bars(text: str, brands: "BrandNames | Iterable[str]" = ()) -> frozenset[str]:
    """The words with which a text that is not itself an expectation (an
    example, a cell's note, a competency's description) sets a bar all the
    same: what an example may not say and still only illustrate (how often,
    how soon, how many, without whose help), where it asks at least what a
    plain statement asks, and an obligation.

    - how often: "always", "consistently", "regularly", "every sprint",
      "weekly", and what is to be avoided, "never", "rarely"; not a hedge
      ("usually", "typically": in most cases), "often" or "frequently"
      (``vocabulary.USUAL_FREQUENCY``) nor "sometimes", which ask
      less than a plain statement does, nor how often after a concession
      ("not always, but often", "not necessarily every week"): it says
      what is usual, not what is asked;
    - how soon: "within a day", "by the end of the sprint"; not "in two
      years" or "after two years", as often the time something takes as
      the time allowed;
    - how many, as a minimum: "at least two" (not a number alone, which
      a text names years, levels and the situation with: "Level 3", "in
      2024", "data written in two or more services");
    - without help: "independently", "on my own";
    - an obligation: "must", "shall", "is expected to", "are required to".

    So "I always write a design document before any change" sets a bar
    ({"always"}), and "For example, the migration of the billing service"
    or "Area of ownership and level of autonomy" do not. Empty where the
    text only explains or illustrates."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    found = read(strip_markdown(without_debris(text)), names)
    texts = [w.text for w in found]
    out = set()
    conceded = -2  # the clause of the last concession read ("not always"), none yet
    for i, w in enumerate(found):
        if negating(w) and texts[i + 1:i + 2] and texts[i + 1] in vocab.CONCEDED:
            conceded = w.clause
        if w.neutral or w.text in FUNCTION_WORDS:
            continue
        if w.role == "frequency" and (w.clause == conceded or w.clause == conceded + 1 and _opens_with(
                found, w.clause, CLAUSE_STARTS)):
            continue  # "not always, but often", "not necessarily every week": how often it is done, conceded
        if any(negating(x) for x in found[max(0, i - 2):i]) or w.role == "independent" and one_of_two_ways(found, i):
            continue  # "not expected to", "not always"; "independently or with a pair": no bar set
        if w.role == "frequency" and w.phrase >= 0 and w.says is None \
                and any(x.phrase == w.phrase and x.role == "frequency" for x in found[i + 1 : i + 5]):
            continue  # "every day", "twice a week": one bar, named by the phrase's last word
        if (w.text in vocab.PERIODIC or w.text in vocab.FREQUENCY_ADJECTIVES) and i and texts[i - 1] in DETERMINERS:
            continue  # "the daily standup", "a weekly release", "the regular sync": a thing named, not how often
        if w.role == "frequency":
            asks = w.text in vocab.AVOIDING_FREQUENCY or (
                w.text not in vocab.USUAL_FREQUENCY and w.rank >= vocab.FREQUENCY["often"])
        elif w.role == "count":
            asks = texts[max(0, i - 2):i] in (["at", "least"], ["minimum", "of"])  # "a minimum of two"
        elif w.role == "certainty":
            asks = w.rank >= vocab.CERTAINTY["must"]
        elif w.role == "deadline":
            # "within a day", not "(most engineers) reach this level in two years": the time it takes, described.
            start = next(k for k in range(i, -1, -1) if k == 0 or found[k - 1].role != "deadline")
            asks = texts[start] not in vocab.COUNTED_DEADLINE_WORDS
        elif w.role == "content":
            asks = w.text in vocab.OBLIGED and texts[i + 1:i + 2] == ["to"]
        else:
            asks = w.role in _SETTING_A_BAR
        if asks:
            out.add(w.text)
    return frozenset(out)


def demand(text: str, brands: "BrandNames | Iterable[str]" = (), competency: str | None = None) -> str | None:
    """What a sentence of a text that is not itself an expectation (a note,
    an example, a description) asks of the people on the ladder where it
    says what they do as a statement does, with no word of a bar
    (``bars``): its subject is those people ("I", "you", "Engineers at this
    level", "Every engineer", "Someone in this role"), and its verb
    says what they do, now ("Engineers at this level present their work at
    the quarterly all-hands": "present their work at the quarterly
    all-hands"). None where it does not: another subject ("Templates live
    in the design repository", "We use the architecture guide"), none ("The
    billing migration", "Uses locking where appropriate": an illustration);
    what may be ("You can find the templates in the wiki"), what is usual
    ("Engineers here typically own one service", "... often have 2-4 years
    of experience", "Most engineers reach this
    level in two years"), what was ("I decided to X instead of Y"), what is
    done to them ("Engineers at this level are assessed on their impact"),
    what they are not to do or need not do (the negation is read by
    ``bars`` where it asks: "never"), who they are ("Engineers at this
    level are senior ICs"), what they think (a comment quoted: "I think
    this code could be improved"), or a question.

    ``competency``: the name of the competency the text describes, whose
    description holds at every level that has it: an activity said to be
    part of it ("On-call duty is part of ownership", "Ownership includes
    running the on-call rota") is asked of everyone who has it."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    plain = strip_markdown(without_debris(text)).strip()
    found = read(plain, names)
    if not found or plain.endswith("?"):
        return None
    expected = _expected_of_them(found) or (_part_of(found, text_words(competency)) if competency else None)
    if expected is not None:
        return expected
    subject = ladder_subject(found)
    if subject is None:
        return None
    k, verb_said = subject
    verb, rest = found[k], found[k:]
    said = [verb_said, *(w.text for w in rest)] if verb_said else [w.text for w in rest]
    if said[0] in FUTURE and said[1:2] == ["be"]:
        said = said[1:]  # "You will be assessed": what is done to them, read as "are assessed" is
    if said[0] in vocab.POSSIBILITY or said[0] in _PAST or said[0] in _IRREGULAR_PAST or _past(said[0]) \
            or said[0] in _OPINION \
            or said[0] in _RECEIVING or any(word in _LADDER_STEPS for word in said[1:4]) \
            or said[0] in _REPORTING and said[1:2] == ["to"] \
            or said[0] in BE and len(said) > 1 and _participle(said[1]) and said[1] not in vocab.OBLIGED \
            and said[1] not in _FOCUSED:
        return None
    after = rest if verb_said else rest[1:]
    if _time_at_the_level(found) and not any(
            w.text in _JOINING_WORDS and verb_form(then.text) and then.text not in FUNCTION_WORDS
            for w, then in zip(found, found[1:])):
        # "Engineers spend around 3 years on this level": how long they have been at it, no duty; not with
        # a verb joined to it ("... on this level and lead two projects").
        return None
    if _a_stage_of_them(said[0], after):
        return None  # "are still learning the codebase", "are early in their career": where they are, not a duty
    named = after[1:2] if after[:1] and after[0].text in ("a", "an") else after[:1]
    if said[0] in BE and any(w.role == "audience" or w.text in LADDER_PEOPLE for w in named):
        return None  # "Engineers at this level are senior ICs", "You are a senior engineer": who, not what they do
    verb_of_place, place = said[0], after
    if place and place[0].text == verb_of_place:
        place = place[1:]  # "will be part of": read from "be", "will" passed already
    elif verb_of_place in FUTURE and place and (place[0].text in _POSSESSING or place[0].text == "be"):
        verb_of_place, place = place[0].text, place[1:]  # "You'll have a mentor", "will have a budget"
    if _describes_their_place(verb_of_place, place):
        return None  # "are part of a squad", "have a mentor": where they are and what they have, not what they do
    # A negation in another clause says something else: "..., which is not required at lower levels".
    if any(negating(w) and w.clause == verb.clause for w in found) \
            or any(w.text in vocab.USUAL_FREQUENCY or w.text in _DESCRIBING for w in found) \
            or any(w.text in vocab.FREQUENCY and w.rank < vocab.FREQUENCY["often"] for w in found):
        return None
    return " ".join(w.text for w in rest)


def _a_stage_of_them(verb: str, after: list[Word]) -> bool:
    """Whether the subject's verb and what follows say where the people are
    in their career rather than what they do: still learning ("are still
    learning the codebase", read as mastery below the level's statements,
    which ask what they do), early or new ("are early in their career",
    "are new to the company"), or joining the organisation ("join the
    company", "join from university"; not "join the on-call rotation")."""
    rest = [w for w in after if not (w.text.endswith("ly") and w.text not in _EARLY or w.text in _NOT_YET_THE_VERB)]
    if verb in BE and rest and rest[0].text in _FOCUSED:
        verb, rest = rest[0].text, rest[1:]  # "are focused on learning": "focus on learning"
    if verb in _FOCUSED or verb in _FOCUSING:
        # "focus on learning the basics", "is focused on learning": what they are still learning, their stage.
        named = [w for w in rest[1:] if w.text not in DETERMINERS and w.text not in POSSESSIVES][:1]
        return rest[:1] != [] and rest[0].text == "on" and bool(named) and (
            named[0].role == "learning" or named[0].text in _LEARNT)
    if verb in BE:
        return bool(rest) and (rest[0].role == "learning" or rest[0].text in _EARLY)
    if verb in _JOINING:
        named = [w for w in rest if w.text not in DETERMINERS and w.text not in POSSESSIVES][:1]
        return bool(named) and (named[0].text in _JOINED_FROM or named[0].text in _ORGANISATION
                                or named[0].role == "brand")
    return False


def _their_stage(found: list[Word]) -> bool:
    """Whether a sentence's subject is the people on the ladder and its
    verb says where they are in their career (``_a_stage_of_them``), past
    words of how often or how certainly it is so ("L4 engineers are usually
    new to the company", "Engineers here often come from a bootcamp")."""
    subject = ladder_subject(found)
    if subject is None or subject[1] is not None:
        return False
    k = subject[0]
    while k < len(found) and (found[k].role in ("frequency", "certainty") or found[k].text.endswith("ly")):
        k += 1
    return k < len(found) and _a_stage_of_them(found[k].text, found[k + 1 :])


def _asked_after(found: list[Word], names: BrandNames) -> bool:
    """Whether what follows a sentence's first clause asks, read as a
    sentence put in (``asked_in_summary``): a clause after it ("..., and
    must lead a project"), or an action joined to it ("... new to the
    company and lead a project", "... but should own a service"; not "new
    to the company and the codebase")."""
    first = found[0].clause
    for k, w in enumerate(found[:-1]):
        then = found[k + 1]
        if w.text in _JOINING_WORDS and (w.clause != first or then.role in ("certainty", "frequency")
                                         or verb_form(then.text) and then.text not in FUNCTION_WORDS):
            return asked_in_summary(" ".join(x.text for x in found[k + 1 :]), names)
    return False


#: Verbs of where the people put their attention ("focuses on learning the basics"), and their participle said
#: after "is", which says the same of them ("is focused on learning"), not something done to them.
_FOCUSING = frozenset("focus focuses focusing concentrate concentrates concentrating".split())
_FOCUSED = frozenset("focused focussed concentrated".split())
#: What such attention is on where it says the people are still learning: "focuses on learning the basics".
_LEARNT = frozenset("learning mastering acquiring gaining".split())


def _time_at_the_level(found: list[Word]) -> bool:
    """Whether a sentence says how long the people have been on the level or
    at work, a length of time in years or months on it ("spend 2 years on
    this level", "around one year here", "in this role") or of experience
    ("have around 6 years of experience when reaching this level", "with a
    median of 10 years of experience"): a fact of the level, as its years
    of experience are (``vocab.no_behaviour``), not a duty. Whether it
    sets a bar all the same ("at least 2 years", "must spend") is for
    ``bars`` to say."""
    texts = [w.text for w in found]
    for k, word in enumerate(texts):
        if word not in _YEARS_OR_MONTHS or not any(
                count_of(t) is not None or t in ("a", "an") or t in vocab.VAGUE_COUNT for t in texts[max(0, k - 3) : k]):
            continue
        after = texts[k + 1 : k + 5]
        if after[:1] == ["here"] or after[:1] == ["of"] and "experience" in after[1:4] \
                or after[:1] and after[0] in _ON_A_LEVEL and after[1:2] and after[1] in _THIS_OR_THEIR \
                and after[2:3] and after[2] in _LEVEL_NOUNS:
            return True
    return False


#: Lengths of time a tenure is given in: "2 years", "18 months".
_YEARS_OR_MONTHS = frozenset("year years yr yrs month months".split())
#: What a time is spent on: "on this level", "at the level", "in their role".
_ON_A_LEVEL = frozenset("on at in".split())
_THIS_OR_THEIR = frozenset("this the their your my that each".split())
_LEVEL_NOUNS = frozenset("level levels role roles grade band position rung step stage title".split())


#: Words after "are" that say how far into their career the people are: "are early in their career".
_EARLY = frozenset("early new".split())
#: Verbs of joining: joining the organisation (or coming from elsewhere) describes who is at a level, joining a rota asks it.
_JOINING = frozenset("join joins come comes".split())
#: Words after "join" that say how or from where they join, or that they join the organisation.
_JOINED_FROM = frozenset("from as us straight directly after".split())


def asked_in_summary(text: str, brands: "BrandNames | Iterable[str]" = ()) -> bool:
    """Whether a sentence put in a level's summary (or a dimension's
    introduction at a level) asks something of the people on the level: it
    sets a bar (``bars``), says what they do as a statement does
    (``demand``: "I lead the design of my team's services"), or opens with
    what they do, as a summary's sentences are often written, without a
    subject ("Delivers well-scoped tasks with guidance", "Trusted to lead
    projects across teams"). Not one that only describes: who is at the
    level or where they join ("This level is where most engineers join
    the company", "Engineers at this level are early in their career",
    with how often it is so: "L4 engineers are usually new to the
    company", "... often come from a bootcamp"),
    what the level is ("The first level of the ladder"), or a label
    ("Entry-level engineer"). A clause after the first that says what
    they do asks, whatever the first says ("We do not hire at this level,
    and engineers here lead two projects")."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    plain = strip_markdown(without_debris(text)).strip()
    said = past_a_reading_note(plain)
    if said != plain:
        return bool(said) and asked_in_summary(said, names)  # "It should be noted that ...": what follows asks
    if about_the_ladder(plain, names):
        return False  # "These criteria chiefly examine ...": how to read the framework
    found = read(plain, names)
    if found and _their_stage(found):
        # "L4 engineers are usually new to the company", "... often come from a bootcamp": how often is said of
        # who holds the level, no bar; only what follows it may ask ("..., and must lead a project").
        return _asked_after(found, names)
    if bars(text, names) or demand(text, names) is not None:
        return True
    if not found:
        return False
    if _time_at_the_level(found):
        # "Highly experienced engineers form this level with a median of 10 years of experience": how long they
        # have been at it, which no bar above says is asked; only what follows may ask ("..., and lead ...").
        return _asked_after(found, names)
    if _a_later_clause_asks(found, names):
        return True  # "We do not hire at this level, and engineers here lead two projects"
    texts = [w.text for w in found]
    if any((w.text in LADDER_PEOPLE or w.role == "audience") and "to" in texts[k + 1 : k + 6]
           for k, w in enumerate(found)):
        return True  # "Acme trusts its Juniors to run the weekly release": asked of them (``asks_nothing``)
    if any(w.role == "certainty" and w.rank >= vocab.CERTAINTY["should"] and w.text not in FUTURE
           and not any(negating(x) for x in found[i + 1 : i + 3]) for i, w in enumerate(found)):
        return True  # "They should take responsibility for their work": what the level expects
    if any(w.text in _AIMS and texts[i + 1 : i + 2] and texts[i + 1] in BE and not any(
            x.role == "learning" for x in found[i + 2 : i + 4]) for i, w in enumerate(found)):
        return True  # "At this level the priority is unblocking others"; not "the focus is learning"
    k = 0
    while k < len(found) and (found[k].role == "brand" or texts[k] in ("we", "they") and k == 0):
        k += 1
    if k and k < len(found):
        # "Acme engineers at this level present ...", "We own the services of our team": the people, the
        # organisation's, read as a sentence of theirs (``asks_nothing`` has said it is not the organisation).
        people = texts[k:] if texts[k] in LADDER_PEOPLE or found[k].role == "audience" else ["i", *texts[k:]]
        return demand(" ".join(people), names) is not None
    if ladder_subject(found) is not None:
        return False  # said of the people, and read by ``demand`` as asking nothing
    while k < len(found) and (found[k].text.endswith("ly") and found[k].role != "learning"
                              or found[k].role in ("frequency", "certainty")):
        k += 1
    if k < len(found) and found[k].text == "being" and k + 1 < len(found):
        return True  # "Being available to teams": a duty listed, as a verb in "-ing" lists it
    if k >= len(found) or found[k].role == "learning" or found[k].text in FUNCTION_WORDS \
            or not verb_form(found[k].text):
        return False
    # "Work at this level is well-scoped": the first word is the subject where a verb "to be" follows it in
    # its clause, not after "that" or "which" ("Owns features that are critical").
    for w in found[k + 1 :]:
        if w.clause != found[k].clause or w.text in _WHO_DO:
            break
        if w.text in BE:
            return False
    return True


#: Words that name what a level is to put first: "At this level the priority is unblocking others".
_AIMS = frozenset("priority priorities focus emphasis goal aim".split())


def actions_put_in(old: str, new: str, brands: "BrandNames | Iterable[str]" = ()) -> list[str]:
    """The clauses of ``new`` that ``old`` does not have and that open with
    an action ``old`` does not name: "Delivers tasks with guidance" ->
    "Delivers tasks with guidance, and leads the on-call rotation" puts in
    "leads the on-call rotation". Each from its verb to its clause's end;
    a clause opens past a conjunction, a subject, an adverb or a word of
    how often or how certainly ("and they regularly lead ..."). Not a
    clause that says how or where the rest is done ("mostly on the
    backend", "typically in one team"): no verb opens it. Nor a verb that
    takes the place of one of ``old``, one word for one ("Delivers projects"
    -> "Ships projects", "Builds" -> "Develops"): the same activity
    reworded, read as a statement's rewording is (by the grader: "Ships"
    -> "Leads" asks more involvement). Swap the texts for the clauses taken
    out."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    before, after = read(old, names), read(new, names)
    had = {w.stem for w in before}
    swapped = _verbs_swapped(before, after)
    had_clauses = {tuple(w.text for w in before if w.clause == c) for c in {w.clause for w in before}}
    found: list[str] = []

    def a_new_verb(w: Word) -> bool:
        return w.role in ("content", "involvement") and w.stem not in had and id(w) not in swapped and _a_verb(w)

    for clause in dict.fromkeys(w.clause for w in after):
        words = [w for w in after if w.clause == clause]
        if tuple(w.text for w in words) in had_clauses:
            continue
        k = 0
        while k < len(words) and (words[k].text in _CLAUSE_OPENERS or words[k].text.endswith("ly")
                                  or words[k].role in ("frequency", "certainty")):
            k += 1
        if k < len(words) and (a_new_verb(words[k]) or _obliged_to(words, k, had)):
            found.append(" ".join(w.text for w in words[k:]))
            continue
        # A verb joined by "and" or "or" with what it is done to after it ("... with guidance and leads the
        # rotation", "... and owns them in production"), or said as an obligation ("... and must own them",
        # "Delivers and is accountable for features"); not a noun listed ("features and tests").
        found += [" ".join(w.text for w in words[i:]) for i in range(k + 1, len(words) - 1)
                  if words[i - 1].text in ("and", "or") and _joined_duty(words, i, had, a_new_verb, k)][:1]
    return found


def _verbs_swapped(before: list[Word], after: list[Word]) -> set[int]:
    """The words of ``after`` (by id) that take the place of a verb of
    ``before``, the words around them kept, and that the grader reads as
    the same activity: a word known to say the same ("Delivers projects" ->
    "Ships projects"), or a degree of involvement in it, which the grader
    reads on its scale, with its preposition ("Delivers" -> "Leads",
    "Contributes to", "Helps with"), or put before the verb kept ("Delivers"
    -> "Helps deliver"). Not a verb of another activity put in its place
    ("Delivers" -> "Co-leads", "Builds" -> "Develops": a new action, as a
    statement's rewording reads words replaced), nor a verb put in beside
    another ("Delivers and maintains projects"), nor a clause rewritten whole
    ("Delivers features" -> "Mentors engineers": two words for two)."""
    matcher = SequenceMatcher(None, [w.stem for w in before], [w.stem for w in after], autojunk=False)
    swapped: set[int] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 <= 2 and j2 - j1 <= 2 and _a_verb(before[i1]):
            put = after[j1:j2]
            if all(w.role in ("involvement", "function") or synonyms(w.text, before[i1].text) for w in put) \
                    and any(w.role != "function" for w in put):
                swapped |= {id(w) for w in put}
        elif tag == "insert" and i1 < len(before) and j2 < len(after) and before[i1].stem == after[j2].stem \
                and _a_verb(before[i1]) and all(w.role == "involvement" for w in after[j1:j2]):
            swapped |= {id(w) for w in after[j1:j2]}
    return swapped


def _a_verb(word: Word) -> bool:
    """Whether a word is a verb, in one of its forms; one written with a
    prefix ("co-leads", "re-architects") by the verb after it."""
    prefix, _, rest = word.text.rpartition("-")
    return verb_form(rest if prefix and hyphenated_prefix(prefix) else word.text)


def _joined_duty(words: list[Word], i: int, had: set[str], a_new_verb: Callable[[Word], bool],
                 verb: int = -1) -> bool:
    """Whether the words from ``i``, right after an "and" or "or", open a
    duty of their own: an obligation ("must own them", "is expected to
    own them", "is accountable for features") where the old text
    (``had``, its stems) had none of its words, or a verb it did not name
    with what it is done to after it ("leads the rotation", "owns them
    in production", "mentors others"; not a noun listed, "features and
    tests"), or joined to the clause's own verb (at ``verb``) before what
    both are done to ("Delivers and maintains projects")."""
    while i < len(words) - 1 and (words[i].text.endswith("ly") or words[i].text in SUBJECTS):
        i += 1  # "and they regularly lead ..."
    if _obliged_to(words, i, had):
        return True
    if words[i].role == "certainty" and words[i].rank >= vocab.CERTAINTY["must"] and i + 1 < len(words):
        return a_new_verb(words[i + 1]) or words[i].stem not in had  # "and must own": a verb, whatever follows
    if i + 1 >= len(words) or not a_new_verb(words[i]):
        return False
    return words[i + 1].text in DETERMINERS | POSSESSIVES | _OBJECTS | vocab.PEOPLE or i - 2 == verb


def _obliged_to(words: list[Word], i: int, had: set[str]) -> bool:
    """Whether the words from ``i`` say the people are obliged to do
    something ("is expected to", "is accountable for", "are responsible
    for") with a word of obligation the old text did not have."""
    said = [w.text for w in words[i : i + 3]]
    return len(said) == 3 and said[0] in BE and (said[1] in vocab.OBLIGED or said[1] in _ANSWERABLE) \
        and said[2] in ("to", "for") and words[i + 1].stem not in had and i + 3 < len(words)


#: Words that make what follows a duty of the people, after "is": "is accountable for", "is responsible for".
_ANSWERABLE = frozenset("accountable responsible".split())
#: Words that stand for what a verb is done to, after it: "and owns them in production".
_OBJECTS = frozenset("them it this these those".split())


#: Words a clause may open with before its verb: a conjunction, a subject.
_CLAUSE_OPENERS = SUBJECTS | frozenset("and or but then also so".split())


#: Verbs that say what someone thinks, as a comment quoted in an example does ("I think this could be ...").
_OPINION = frozenset("think thinks believe believes guess reckon suppose wonder".split())
#: Verbs that say what was, not what is asked.
_PAST = frozenset("was were had did used".split())
#: Words that say a sentence describes how many do what, not what each is to do: "Most engineers ...".
_DESCRIBING = frozenset("most some many few sometimes".split())


def asks_nothing(text: str, brands: "BrandNames | Iterable[str]" = ()) -> bool:
    """Whether a sentence of a level's summary asks nothing of the people on
    the ladder, whatever it says: it states what the organisation does
    ("Roomle does not currently hire Juniors", "We are not hiring at this
    level"), what the document does ("This level is documented for
    completeness"), points elsewhere ("See the boundaries page for
    context"), or is the label of a note ("Current organisational note.").
    Not where it sets a bar (``bars``), where the organisation asks them
    something ("We expect engineers at this level to ...", "Acme trusts its
    seniors to ..."), nor where the subject is the people, the organisation's
    ("Acme engineers own their services"), nor where a clause after the
    first says what the people do ("We do not hire at this level, and
    engineers here lead two projects"; not "..., also all current employees
    already grew out of the role": what was)."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    plain = strip_markdown(without_debris(text)).strip()
    said = past_a_reading_note(plain)
    if said != plain:
        return not said or asks_nothing(said, names)  # "Note that we do not hire at this level"
    if about_the_ladder(plain, names):
        return True
    found = read(plain, names)
    if not found or bars(text, names) or _a_later_clause_asks(found, names):
        return False
    texts = [w.text for w in found]
    if texts[0] in _POINTING or len(texts) <= _LABEL_WORDS and texts[-1] in _NOTE_NAMES:
        return True
    if any((w.text in LADDER_PEOPLE or w.role == "audience") and "to" in texts[k + 1 : k + 6]
           for k, w in enumerate(found)):
        return False  # "We want engineers at this level to ...", "Acme trusts its seniors to ...": asked of them
    k = 0
    while k < len(found) and (found[k].role == "brand" or texts[k] == "we" and k == 0):
        k += 1  # "Roomle", "We": the organisation
    if not k and texts[:1] in (["the"], ["our"]) and texts[1:2] and texts[1] in _ORGANISATION:
        k = 2  # "The company", "Our organisation"
    if k:
        rest = [w for w in found[k:] if not (w.text.endswith("ly") or w.text in _NOT_YET_THE_VERB)]
        if not rest or rest[0].text in LADDER_PEOPLE or rest[0].role == "audience":
            return False  # "Acme engineers own their services": the people, the organisation's
        verb = rest[0].text
        if texts[0] == "we":
            # "We" may be the people on the ladder ("We own our services"): the organisation where it
            # hires, promotes or pays them.
            acts = [w.text for w in rest if not (w.text in BE or w.text in AUXILIARIES or w.text in FUTURE)]
            return bool(acts) and acts[0] in _ORGANISATION_ACTS
        # Its verb agrees with it: "Roomle hires", "Roomle does not" (not "Roomle Script literacy").
        agrees = verb in BE or verb in AUXILIARIES or verb in FUTURE or verb in vocab.POSSIBILITY or \
            verb.endswith("s") and verb_form(verb)
        return agrees and not any(w.text in _ASKING for w in rest[:3])
    # "This level is documented for completeness": what is done with the document, not asked of anyone.
    return texts[0] == "this" and len(texts) > 3 and texts[1] in _DOCUMENT_PARTS and texts[2] in BE \
        and _participle(texts[3]) and texts[3] not in vocab.OBLIGED


#: How a sentence may open by saying how to read the rest: "It should (also) be noted that", "Note that",
#: "Keep in mind that", "It is worth noting that".
_READING_NOTE = lazy(
    r"^(?:(?:please\s+)?(?:also\s+)?(?:note|remember|keep\s+in\s+mind|bear\s+in\s+mind)"
    r"|it\s+(?:should|must|can|is\s+to|needs\s+to)\s+(?:also\s+)?be\s+(?:noted|said|remembered|stressed|understood"
    r"|emphasi[sz]ed|pointed\s+out|mentioned)"
    r"|it\s+is\s+(?:also\s+)?(?:worth|important\s+to|good\s+to)\s+(?:noting|note|remember(?:ing)?|mention(?:ing)?))"
    r"\s*,?\s+that\s+",
    re.IGNORECASE,
)


def past_a_reading_note(text: str) -> str:
    """A sentence past an opening that only says how to read what follows
    ("It should also be noted that these criteria ...", "Note that we do
    not hire at this level"): what follows, which is what it says; the
    sentence as it is where it has no such opening."""
    found = _READING_NOTE.search(text)
    return text[found.end():].strip() if found else text


def about_the_ladder(text: str, brands: "BrandNames | Iterable[str]" = ()) -> bool:
    """Whether a sentence is about the framework itself, and so asks
    nothing of the people on it, whatever words of a bar it quotes: its
    subject is the framework, its criteria, its levels or titles, or this
    document ("These criteria chiefly examine the scope of work someone is
    capable of tackling independently", "The titles are meant as a guide",
    "This ladder describes how engineers grow", "Levels are not promotion
    checklists", "Each level builds on the one below"), past an opening
    that says how to read it ("It should be noted that ...",
    ``past_a_reading_note``). Not where the framework asks something with
    its verb ("This ladder expects engineers to write tests", "Every level
    requires on-call duty"), nor where a clause after the first asks
    ("..., but we expect the execution to be excellent", "..., and engineers
    must review code"), nor a level's own summary of itself ("This level is
    where engineers work independently"): that is what the level asks."""
    names = brands if isinstance(brands, BrandNames) else BrandNames(brands)
    from ...rules.ll504_export_debris import without_debris

    found = read(past_a_reading_note(strip_markdown(without_debris(text)).strip()), names)
    k = 0
    while k < len(found) and (found[k].text in _BEFORE_THE_LADDER or found[k].role == "brand"):
        k += 1
    if k >= len(found):
        return False
    noun = found[k].text
    one = noun in _ONE_PART_OF_IT and k > 0 and found[k - 1].text in _ANY_ONE
    if noun not in _THE_LADDER_ITSELF and not one:
        return False
    # Its verb, before what it says of anyone ("examine the scope of work someone ...", "describes what
    # engineers do"): one of asking is the framework's demand.
    for w in found[k + 1 :]:
        if w.clause != found[k].clause or w.text in _WHO_DO or w.text in _SAYING_WHAT \
                or w.text in LADDER_PEOPLE or w.role == "audience":
            break
        if w.text in _LADDER_ASKS:
            return False
    later = [w for w in found if w.clause != found[0].clause]
    return not any(w.text in _LADDER_ASKS for w in later) and not _a_later_clause_asks(found, names) \
        and not any(bars(" ".join(w.text for w in later if w.clause == c), names)
                    for c in dict.fromkeys(w.clause for w in later))


#: What a sentence about the framework names as its subject: "These criteria ...", "The titles ...", "This
#: ladder ...", "Levels are not ...", "This document ...".
_THE_LADDER_ITSELF = frozenset(
    "framework frameworks ladder ladders criteria criterion heuristics rubric rubrics matrix guide guidelines "
    "document page levels titles tracks competencies".split())
#: ... or one of its parts, said of any of them ("Each level builds on the one below", "No title is forever");
#: not "This level ...", a level's own summary, which says what the level asks.
_ONE_PART_OF_IT = frozenset("level title track".split())
_ANY_ONE = frozenset("each every a an no any".split())
#: Words before that subject: "these criteria", "a lot of the heuristics", "all of our levels".
_BEFORE_THE_LADDER = DETERMINERS | _DEMONSTRATIVES | _ANY_ONE | frozenset("all both some many most lot of".split())
#: Words after which the framework's verb says what it says of someone: "describes what engineers do".
_SAYING_WHAT = frozenset("what whether how when where why".split())
#: Verbs with which the framework, or the organisation in a later clause, asks of the people: "This ladder
#: expects engineers to ...", "Every level requires ...", "..., but we expect ...".
_LADDER_ASKS = frozenset(
    "expect expects expected ask asks require requires demand demands need needs want wants include includes "
    "involve involves entail entails assume assumes".split())


def _a_later_clause_asks(found: list[Word], names: BrandNames) -> bool:
    """Whether a clause of a sentence after its first says what the people
    on the ladder do, as a statement does (``demand``), past the word that
    joins it ("and engineers here lead two projects")."""
    first = found[0].clause
    for clause in dict.fromkeys(w.clause for w in found if w.clause != first):
        said = [w.text for w in found if w.clause == clause]
        while said and said[0] in _JOINING_WORDS:
            said = said[1:]
        if said and demand(" ".join(said), names) is not None:
            return True
    return False


#: Words that join a clause to the one before it: "..., and engineers here lead ...".
_JOINING_WORDS = frozenset("and or but then also so while whereas".split())
#: Words a pointer to another place opens with: "See the boundaries page", "Refer to ...", "cf. ...".
_POINTING = frozenset("see refer cf".split())
#: What the label of a note names itself ("Current organisational note."), of at most this many words.
_NOTE_NAMES = frozenset("note notes nb disclaimer".split())
_LABEL_WORDS = 4
#: What an organisation calls itself after "the" or "our": "The company does not ...".
_ORGANISATION = frozenset("company organisation organization business".split())
#: Words between a subject and its verb that are not the verb: "Roomle does not currently hire".
_NOT_YET_THE_VERB = frozenset("not also currently still now no longer".split())
#: What an organisation does to the people on its ladder: "We do not hire Juniors", "We promote twice a year".
_ORGANISATION_ACTS = frozenset(
    "hire hires hiring hired recruit recruits recruiting promote promotes promoting employ employs pay pays".split())
#: The parts of the document a sentence may be about: "This level is documented for completeness".
_DOCUMENT_PARTS = frozenset("level framework document page section ladder track".split())


def _expected_of_them(found: list[Word]) -> str | None:
    """What "We expect engineers at this level to ..." asks of them: the
    organisation as the subject, a verb of asking, the people of the ladder
    and what they are to do ("present at the all-hands"); None for any
    other sentence, or one that asks nothing ("We expect to hire")."""
    if len(found) < 4 or found[0].text != "we" or found[1].text not in _ASKING:
        return None
    people = next((k for k in range(2, min(len(found), 5)) if found[k].text in LADDER_PEOPLE), None)
    if people is None:
        return None
    to = next((k for k in range(people + 1, min(len(found), people + 6)) if found[k].text == "to"), None)
    if to is None or to + 1 >= len(found) or any(negating(w) and w.clause == found[to].clause for w in found):
        return None
    return " ".join(w.text for w in found[to + 1 :])


def _part_of(found: list[Word], competency: list[str]) -> str | None:
    """The activity a sentence makes part of a competency (its name's words
    ``competency``): "<activity> is part of <competency>", "<competency>
    includes <activity>"; None for any other sentence, or where it is
    negated ("Design is not part of ownership")."""
    texts = [w.text for w in found]
    if any(negating(w) for w in found) or not competency:
        return None
    n = len(competency)
    if texts[:n] == competency and texts[n : n + 1] and texts[n] in _TAKING_IN and len(texts) > n + 1:
        return " ".join(texts[n + 1 :])
    for k in range(1, len(texts) - n - 1):
        if texts[k] in BE and texts[k + 1 : k + 3] == ["part", "of"] and texts[k + 3 : k + 3 + n] == competency:
            return " ".join(texts[:k])
    return None


#: Verbs that make an activity part of what a competency names: "Ownership includes running the rota".
_TAKING_IN = frozenset("include includes involve involves".split())


#: Verbs with which an organisation says what it asks: "We expect engineers at this level to ...".
_ASKING = frozenset("expect expects ask asks require requires".split())


#: Verbs of whom someone answers to: "Engineers at this level report to a director".
_REPORTING = frozenset("report reports".split())
#: Verbs of the group someone is in, as "are part of" says it: "Engineers at this level belong to a guild".
_BELONGING = frozenset("belong belongs".split())
#: Verbs of having: what follows is what the subject has, given or earned.
_POSSESSING = frozenset("have has".split())


def _describes_their_place(verb: str, after: list[Word]) -> bool:
    """Whether what follows the subject's verb (``verb``, then ``after``)
    says which group they are in or what they are given, and so does each
    verb joined to it ("are part of a product squad and have a dedicated
    manager"); not where another joined verb says what they do ("are part
    of a squad and lead its design reviews")."""
    predicates: list[tuple[str, list[Word]]] = [(verb, [])]
    k = 0
    while k < len(after):
        w = after[k]
        following = after[k + 1] if k + 1 < len(after) else None
        if w.text in ("and", "or") and following is not None and following.clause == w.clause \
                and following.text not in POSSESSIVES and (following.text in BE or following.text in _POSSESSING
                                                            or verb_form(following.text)):
            predicates.append((following.text, []))  # "and lead ...", "and have ...": another verb of the subject
            k += 2
            continue
        predicates[-1][1].append(w)
        k += 1
    return all(v in BE and _member_of_a_group(rest) or v in _POSSESSING and _given_to_them(rest)
               or v in _BELONGING and [w.text for w in rest[:1]] == ["to"] and _a_group(rest[1:])
               for v, rest in predicates)


def _member_of_a_group(after: list[Word]) -> bool:
    """Whether the words after "are" say which group of people the subject
    is in ("part of a product squad", "members of the platform guild", "a
    member of a cross-functional team"): where they sit, not what they do.
    Not part of an activity ("part of the on-call rotation", "part of the
    hiring panel"), which asks them to take part in it (``_a_group``)."""
    texts = [w.text for w in after]
    k = 1 if texts[:1] in (["a"], ["an"]) else 0
    if texts[k : k + 2] not in (["part", "of"], ["member", "of"], ["members", "of"]):
        return False
    return _a_group(after[k + 2 :])


#: After a group's name, the words that say what it does: "the team that runs the on-call rotation".
_WHO_DO = frozenset("that who which whose".split())


def _a_group(phrase: list[Word]) -> bool:
    """Whether a phrase names a group of people by where it sits, and no
    more ("a product squad", "the platform guild", "a team of five
    engineers", "a squad in the payments tribe"): to be in it describes
    someone. Not a group named by what it does, which asks them to do it:
    a duty ("the on-call rotation", "the team on call rotation", "the
    incident roster"), what follows it ("the team that runs the on-call
    rotation") or the people it is of ("the team of incident commanders")."""
    head = _head_noun(phrase)
    if head is None or not (vocab.scope_rank(head.text) >= vocab.SCOPE_RANK["team"] or head.text in vocab.UNITS):
        return False
    texts = [w.text for w in phrase]
    if any(t in vocab.DUTIES or t == "call" and texts[k - 1 : k] == ["on"] for k, t in enumerate(texts)):
        return False
    rest = phrase[phrase.index(head) + 1 :]
    if rest and rest[0].text in _WHO_DO:
        return False
    if rest and rest[0].text == "of":
        of = _head_noun(rest[1:])  # "a team of (five) engineers", not "the team of incident commanders"
        return of is not None and (of.text in vocab.PEOPLE or of.text in LADDER_PEOPLE
                                   or vocab.scope_rank(of.text) >= vocab.SCOPE_RANK["team"])
    return True


def _given_to_them(after: list[Word]) -> bool:
    """Whether what the subject is said to have (the words after "have") is
    what they are given, not what they have shown or hold: someone who
    guides them ("a mentor", "a manager and a tech lead", "a dedicated
    buddy"), help from someone ("support from their lead", "the support of
    their manager"), or a provision ("a learning budget", "access to
    production"). "A track record of shipping", "ownership of a service",
    "deep knowledge of SQL" and "oversight of the architecture" are what
    they are asked to have; so are people in their care ("two mentees",
    "direct reports")."""
    phrases: list[list[Word]] = [[]]
    for w in after:
        if w.clause != after[0].clause:
            break
        if w.text in ("and", "or"):
            phrases.append([])
        else:
            phrases[-1].append(w)
    if not all(phrases):
        return False
    for phrase in phrases:
        head = _head_noun(phrase)
        if head is None:
            return False
        rest = [w.text for w in phrase[phrase.index(head) + 1 :]]
        if head.text in vocab.TIME_GIVEN and "to" in rest[:3]:
            return False  # "time to mentor two engineers", "time set aside to mentor": the activity asked
        if head.text in vocab.GUIDING_ROLES or head.text in vocab.PROVISIONS:
            continue  # "a mentor who ...", "a budget for conferences", "access to production"
        if (head.text in vocab.GUIDANCE_NOUNS or head.text in vocab.HELP_EITHER_WAY) and (
                not rest or rest[0] in vocab.SOURCE_WORDS or rest[0] == "of" and any(
                    t in vocab.GUIDING_ROLES or t in vocab.PEOPLE for t in rest[1:4])):
            continue  # "support from their lead", "the support of their manager"; not "oversight of the architecture"
        return False
    return True


def _head_noun(phrase: list[Word]) -> Word | None:
    """The noun a phrase names, at the end of its first words before a word
    of grammar ("a dedicated mentor" who ..., "a learning budget" for ...):
    the last word of meaning before the first small word after them."""
    head = None
    for w in phrase:
        if w.text in FUNCTION_WORDS and w.text not in POSSESSIVES:
            if head is not None:
                break
            continue
        if w.text not in POSSESSIVES:
            head = w
    return head


#: Verbs in the past that do not end in -ed: "I led the kickoff", "I wrote down the questions".
_IRREGULAR_PAST = frozenset(
    "led wrote built ran took made gave saw went found brought taught thought met won began chose drove spoke "
    "left kept held sent told knew grew drew fought caught sold bought paid rose stood understood became came "
    "got felt heard lost meant spent".split()
)
#: Verbs that say what someone is given, not what they do: "Engineers at this level get a conference budget".
_RECEIVING = frozenset("get gets receive receives earn earns".split())
#: Words of the ladder itself after the verb: "Engineers move to this level after a review", "reach this grade".
_LADDER_STEPS = frozenset("level levels grade grades band bands rung rungs ladder promotion promotions promoted".split())


#: Participles not made with -ed: "Engineers are paid on band B", "You are given a mentor".
_IRREGULAR_PARTICIPLES = frozenset(
    "paid given taken seen made known held told sent shown chosen written put set led kept brought found "
    "taught thought sought met heard won".split()
)


def _participle(word: str) -> bool:
    """Whether a word after "are" reads as a participle: what is done to the subject."""
    return _past(word) or word in _IRREGULAR_PARTICIPLES


def _past(word: str) -> bool:
    """Whether a word reads as a verb in the past ("decided", "presented"), not "need" or "embed"."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _opens_with(found: list[Word], clause: int, opening: frozenset[str]) -> bool:
    """Whether a clause's first word is one of ``opening`` ("but often")."""
    return next((w.text for w in found if w.clause == clause), None) in opening


def _illustrates(inside: str, names: BrandNames) -> bool:
    """Whether a bracket after what it illustrates only names things: after
    "including", as it does outside brackets (``_LISTED_AFTER``: "(including
    billing and payments)", not "(including outside working hours)"); with no
    marker, where it names them by their names ("(Grafana, Honeycomb)",
    "(SLO)"). A bare list of kinds ("(unit, integration and end-to-end)",
    "(SEV1 and SEV2)") says which are asked, as the same words before the noun
    would ("unit and integration tests"): it is part of the expectation."""
    including = _INCLUDING.match(inside)
    if including:
        return _names_things(inside[including.end() :], names)
    items = [item for item in _LIST_SEPARATORS.split(inside) if item.strip()]
    return _names_things(inside, names) and all(_a_name(item) for item in items)


#: The prepositions after which a noun says where or with whom the work is done ("in squads", "with other
#: disciplines"), not what is asked: the words of ``_BEFORE_THINGS`` that are no determiner.
_SETTING_WORDS = _BEFORE_THINGS - POSSESSIVES - frozenset("this that these those".split())


def _members_named(before: str, inside: str, names: BrandNames) -> bool:
    """Whether a bracket enumerates the members of the units (teams, squads,
    services: ``_a_unit``) that a preposition governs just before it
    ("collaboration in multi-disciplinary squads (backend, mobile, data,
    design, web)", "for the services (billing, payments)"): where the work
    is done, named member by member, which illustrates it as "(e.g. ...)"
    would. Not a bracket after what is asked ("Writes tests (unit,
    integration and end-to-end)",
    "Handles incidents (SEV1 and SEV2)": which kinds are asked), nor one
    item ("in the squad (backend)"), nor one that says how often, how many
    or on what condition (``_names_things``)."""
    items = [item for item in _LIST_SEPARATORS.split(inside) if item.strip()]
    return len(items) >= 2 and _names_things(inside, names) and _unit_of_members(before) is not None


def _unit_of_members(before: str) -> str | None:
    """The unit (``_a_unit``, singular and lower-case: "squad") that a
    preposition of setting governs at the end of ``before`` ("collaboration
    in multi-disciplinary squads", "for the services"), whose members a
    bracket after it may name; None where ``before`` ends otherwise."""
    governed = re.split(r"[,;:.!?()\n]", before)[-1].split()
    if not governed or not _a_unit(governed[-1]):
        return None
    # The preposition, then the few words of the noun it governs ("in" "multi-disciplinary squads").
    if not any(w.lower() in _SETTING_WORDS for w in governed[-1 - _FIRST_ITEM : -1]):
        return None
    return governed[-1].lower().removesuffix("s")


def _units_with_members(text: str, names: BrandNames) -> set[str]:
    """The units of a text (``_unit_of_members``) whose members a bracket
    after them names, one or more ("the services (billing)")."""
    return {unit for m in _BRACKETS.finditer(text)
            if (unit := _unit_of_members(text[: m.start()])) is not None and _names_members(m.group(2), names)}


def _a_unit(word: str) -> bool:
    """Whether a noun names units that have members to name: teams, squads,
    groups, departments, projects, services (the nouns of the scale of
    scope, ``vocabulary.SCOPE_OF`` and ``PLACED_SCOPES``)."""
    word = word.lower()
    return word in vocab.SCOPE_OF or (word,) in vocab.PLACED_SCOPES or (word.removesuffix("s"),) in vocab.PLACED_SCOPES


def _restates(before: str, inside: str) -> bool:
    """Whether a bracket spells out the abbreviation before it ("SLO
    (service level objective)") or abbreviates the words before it
    ("service level objective (SLO)"), which names the same thing twice."""
    said, within = re.findall(r"\w+", before), re.findall(r"\w+", inside)  # in their case: "SLO" is upper
    if len(within) == 1 and within[0].isupper() and 1 < len(within[0]) <= len(said):
        spelled, initials = said[-len(within[0]) :], within[0]
    elif len(said) >= 1 and said[-1].isupper() and len(within) == len(said[-1]) > 1:
        spelled, initials = within, said[-1]
    else:
        return False
    return "".join(w[0] for w in spelled).lower() == initials.lower()


def _a_name(item: str) -> bool:
    """Whether an item of a list is a name ("Grafana", "DNS", "Honeycomb
    Cloud"), not a kind ("unit", "data structures") or a grade numbered
    ("SEV1", "P2")."""
    return item.strip()[:1].isupper() and not any(c.isdigit() for c in item)


def _names_things(inside: str, names: BrandNames) -> bool:
    """Whether a bracket's text is a list of things named (each of a few
    words, none of scale, help, negation or condition), or one name ("(Grafana)",
    not "(optional)")."""
    if len([item for item in _LIST_SEPARATORS.split(inside) if item.strip()]) == 1 and inside.islower():
        return False
    return _names_members(inside, names)


def _names_members(inside: str, names: BrandNames) -> bool:
    """Whether a bracket's text is a list of things named, one or more, each of
    a few words, none of scale, help, negation or condition ("(billing)",
    "(billing, payments)"; not "(at least two)")."""
    items = [item for item in _LIST_SEPARATORS.split(inside) if item.strip()]
    if not items or any(len(text_words(item)) > 4 for item in items):
        return False
    return _only_names(" , ".join(items), names)


def _only_names(text: str, names: BrandNames) -> bool:
    """Whether a text only names things: no word of scale, help, negation or condition."""
    return all(w.role in ("content", "qualifier", "brand") or w.text in POSSESSIVES for w in read(text, names))
