#!/usr/bin/env python3
"""How well `ladderlint diff` follows statements in frameworks written in other styles.

    python bench/diff_heldout.py [--imports DIR] [--cases N] [--seed S]
                                 [--edit NAME]... [--framework TEXT]... [--show] [--json]

bench/diff_accuracy.py scores the differ on one company's real history. This
script scores it on frameworks written by others, in other voices and
layouts, with edits whose truth is known because they are made here:

- Monzo's engineering frameworks (third person, "Delivers ...") and
  Codecademy's competencies (second person, "You ..."), as
  tests/corpora_frameworks.py converts them;
- the Dropbox (first person, "I ...") and Artsy (third person) documents,
  imported with ``ladderlint import --split-tracks`` as
  bench/corpora_findings.py does (``--imports DIR``: the ``dropbox/`` and
  ``artsy/`` folders that ``corpora_findings.py --keep DIR`` wrote; without
  it they are imported into a temporary directory);
- the frameworks in frameworks/.

Each case takes one framework and applies one kind of owner edit (``--edit``
picks kinds), at places and with words chosen by a seeded random generator
(``--seed``; ``--cases`` cases per kind and framework):

``light``        one word changed for a synonym, the words of "A and B"
                 swapped, "can" added, or the voice changed ("I" to
                 "Engineers", "Delivers" to "I deliver"): reworded;
``heavy``        several of those at once, the meaning kept: reworded;
``typo``         a slip of the keys fixed (two letters swapped): reworded;
``scope``        "team" widened to "organisation" (or the like): reworded;
``short``        a statement of at most five words reworded lightly: reworded;
``rewrite``      a statement replaced in its place by one of another
                 framework, on another subject: reworded, as the FT history's
                 truth counts a statement rewritten in its place (by its
                 words alone, no reader can tell a rewrite from a
                 replacement);
``voice``        every statement of a cell put in another voice: reworded;
``reword-two``   two neighbours reworded, one lightly and one heavily;
``move-up``, ``move-down``  to the level above or below, same competency:
                 moved; ``move-competency``: to another competency of its
                 level; ``move-reworded``: one of those, reworded lightly;
                 ``move-heavy``: up or down, reworded heavily;
                 ``scope-move``: up or down, with a scope word changed;
                 ``short-move``: a short statement up or down, perhaps
                 reworded lightly; ``near-move``: up or down from a cell of
                 statements that open alike, perhaps reworded lightly;
``split``        a statement of two clauses (or sentences) made two: split;
``merge``        two neighbours made one ("A and b"): merged;
``split-reworded``, ``merge-reworded``  the same, a part (the whole)
                 reworded lightly too;
``delete-near``, ``insert-near``, ``reword-near``  a statement deleted,
                 inserted, or reworded lightly in a cell where statements
                 open with the same words ("I proactively ...");
``twin``         a near copy of a statement (a scope word changed) stands
                 next to it in both revisions, and one of the two is
                 reworded; ``twin-move``: one of the two moves up or down;
``twin-both``    the same, one of the two moved up or down and reworded
                 lightly, the other reworded lightly in place;
``split-near``   a split in a cell of statements that open alike, a
                 neighbour reworded lightly too;
``swap``         two statements of one competency trade levels (each
                 perhaps reworded lightly): two moves;
``voice-competency``  every statement of a competency, at every level, put
                 in another voice, and one of them moved up or down too;
``delete-add-levels``  a statement deleted at one level and one of another
                 framework written at the level next to it: removed, added;
``move-replaced``  moved (perhaps reworded lightly) to a neighbouring
                 level, and a new statement written in its place;
``reorder``      a cell's statements shuffled: no statement change;
``reorder-reworded``, ``reorder-two``  shuffled, and one (two) of them
                 reworded lightly;
``multi``        in one cell at once: one reworded, one deleted, one
                 inserted, with a statement left as it was between any two
                 of them (a statement deleted where another is inserted is a
                 ``rewrite``).

A voice is changed, a statement of another framework put in this one's, with
plain rules of English ("Delivers" -> "I deliver"), which now and then make
a clumsy sentence, as a hurried owner would.

The changes ``compare()`` reports are turned into the truth's terms and
counted exactly as bench/diff_accuracy.py counts them (added, removed,
reworded, moved, split, merged: a change is right when its kind, old and new
level, competency and words agree with the truth). Printed: precision and
recall per kind, and per edit the cases exactly right; ``--show`` lists each
case that is not, with what was missed and what was wrongly reported. Also
printed: of the rewordings whose impact is known (a slip fixed is editorial;
a scope word changed, "team" to "organisation", is not), how many were
reported as rewordings with that impact.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

import diff_accuracy  # noqa: E402  (the same counting as on the FT history)

MONZO = ("monzo/engineering/backend", "monzo/engineering/web", "monzo/engineering/data", "monzo/engineering/mobile")
CODECADEMY = ("codecademy/engineering",)
IMPORTED = (
    "dropbox/dropbox-software-engineer.yaml",
    "dropbox/dropbox-engineering-manager.yaml",
    "dropbox/dropbox-data-engineer.yaml",
    "artsy/artsy-individual-contributors.yaml",
    "artsy/artsy-engineering-management.yaml",
)

# --- the frameworks -----------------------------------------------------------------


def load_frameworks(imports: Path | None) -> dict[str, dict[str, Any]]:
    """Every framework to edit, as document data, by a short name."""
    import corpora_frameworks

    converted = corpora_frameworks.corpus_frameworks()
    out = {name: converted[name] for name in MONZO + CODECADEMY}
    with tempfile.TemporaryDirectory() as scratch:
        folder = imports if imports is not None else _import_documents(Path(scratch))
        for rel in IMPORTED:
            path = folder / rel
            if path.exists():
                out[rel.removesuffix(".yaml")] = yaml.safe_load(path.read_text(encoding="utf-8"))
            else:
                print(f"note: {path} not found, left out", file=sys.stderr)
    for path in sorted((ROOT / "frameworks").glob("*.yaml")):
        out[f"frameworks/{path.stem}"] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return out


def _import_documents(folder: Path) -> Path:
    import corpora_findings

    corpora = corpora_findings.CORPORA
    pages = sorted(str(p) for p in (corpora / "dropbox-career-framework" / "docs").glob("*.html"))
    for name, args in (
        ("dropbox", pages),
        ("artsy", [str(corpora / "artsy-engineering-ladder" / "ladder.md")]),
    ):
        error = corpora_findings._import(folder / name, *args, "--split-tracks", "-o", str(folder / name))
        if error:
            print(f"note: {name} not imported: {error}", file=sys.stderr)
    return folder


# --- reading and writing statements of document data --------------------------------


def _statements(document: dict[str, Any], level: str, competency: str) -> list[Any] | None:
    """The list of statements of a cell (to edit in place), or None."""
    for lv in document.get("levels", []):
        if lv.get("id") != level:
            continue
        value = (lv.get("competencies") or {}).get(competency)
        if isinstance(value, list):
            return value
        if isinstance(value, dict) and isinstance(value.get("statements"), list):
            return value["statements"]
    return None


def text_of(item: Any) -> str:
    return item if isinstance(item, str) else str(item.get("text", ""))


def with_text(item: Any, text: str) -> Any:
    if isinstance(item, str):
        return text
    out = dict(item)
    out["text"] = text
    return out


def cells(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(level, competency) of every cell with statements, in document order."""
    out = []
    for lv in document.get("levels", []):
        for competency in lv.get("competencies") or {}:
            found = _statements(document, lv["id"], competency)
            if found:
                out.append((lv["id"], competency))
    return out


def level_ids(document: dict[str, Any]) -> list[str]:
    return [lv["id"] for lv in document.get("levels", [])]


def key(text: str) -> str:
    return diff_accuracy._words(text)


def place(level: str, competency: str, text: str) -> dict[str, str]:
    return {"level": level, "competency": competency, "text": text}


# --- rewording ------------------------------------------------------------------------

#: Words an owner swaps for another that means the same, with their forms.
SYNONYMS = {
    "helps": "assists", "help": "assist", "helping": "assisting",
    "ensures": "makes sure", "ensure": "make sure",
    "identifies": "spots", "identify": "spot",
    "builds": "creates", "build": "create", "building": "creating",
    "improves": "enhances", "improve": "enhance", "improving": "enhancing",
    "projects": "initiatives", "project": "initiative",
    "problems": "issues", "problem": "issue",
    "peers": "colleagues", "colleagues": "peers",
    "regularly": "frequently", "proactively": "actively",
    "provides": "gives", "provide": "give",
    "delivers": "ships", "deliver": "ship",
    "leads": "drives", "lead": "drive",
    "demonstrates": "shows", "demonstrate": "show",
    "uses": "applies", "use": "apply",
    "knowledge": "understanding",
    "goals": "objectives", "goal": "objective",
    "decisions": "choices",
    "complex": "complicated", "large": "big", "small": "minor",
    "effectively": "well", "clearly": "plainly", "quickly": "rapidly",
    "appropriate": "suitable", "able": "capable",
    "stakeholders": "partners", "works": "collaborates", "work": "collaborate",
    "understands": "grasps", "understand": "grasp",
    "shares": "spreads", "share": "spread",
    "across": "throughout", "within": "inside",
    "others": "other people", "contributes": "adds", "contribute": "add",
    "writes": "authors", "write": "author",
    "creates": "builds", "create": "build",
    "supports": "backs", "support": "back",
    "drives": "leads", "drive": "lead",
    "ideas": "proposals", "issues": "problems", "tasks": "pieces of work",
    "code": "source code", "mentors": "coaches", "mentor": "coach",
}
#: Scope words whose change widens (or narrows) what is asked: another step
#: of the scale of ladderlint.vocabulary.SCOPES.
SCOPES = {
    "team": "organisation", "teams": "organisations", "organisation": "team", "organization": "team",
    "company": "team", "org": "team", "group": "company", "task": "project", "tasks": "projects",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_FUNCTION = frozenset("a an the of to in on for and or with by as at from that this their its your my our".split())


def _cased(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def voice_of(text: str) -> str:
    first = text.split()[0].lower() if text.split() else ""
    if first in ("i", "i'm", "i’m"):
        return "first"
    if first in ("you", "you're", "you’re"):
        return "second"
    return "third"


def _base(verb: str) -> str:
    """A third-person verb's base form, crudely ("delivers" -> "deliver")."""
    low = verb.lower()
    special = {"is": "am", "are": "am", "has": "have", "does": "do", "goes": "go"}
    if low in special:
        return special[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def _inflected(verb: str) -> str:
    low = verb.lower()
    special = {"am": "is", "are": "is", "have": "has", "do": "does", "go": "goes", "can": "can", "will": "will"}
    if low in special:
        return special[low]
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return low[:-1] + "ies"
    if low.endswith(("ch", "sh", "ss", "x", "z")):
        return low + "es"
    return low + "s"


_PRONOUNS = {
    ("first", "third"): {"my": "their", "me": "them", "myself": "themselves", "i'm": "they're", "i’m": "they're"},
    ("second", "third"): {"your": "their", "you": "them", "yourself": "themselves"},
    ("third", "first"): {"their": "my", "them": "me", "themselves": "myself"},
    ("second", "first"): {"your": "my", "you": "me", "yourself": "myself", "you're": "I'm", "you’re": "I’m"},
    ("first", "second"): {"my": "your", "me": "you", "myself": "yourself"},
}


def _swap_words(text: str, table: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        found = table.get(word.lower())
        return _cased(word, found) if found else word

    return _WORD.sub(one, text)


def in_voice(text: str, voice: str) -> str:
    """``text`` said in another voice: "I deliver", "You deliver", "Delivers",
    or "Engineers deliver" (``voice`` "engineers")."""
    have = voice_of(text)
    parts = text.split(" ", 1)
    rest = parts[1] if len(parts) > 1 else ""
    if voice == have:
        return text
    if have == "third":
        verb, _, tail = text.partition(" ")
        adverb = ""
        if verb.lower().endswith("ly") and " " in tail:  # "Proactively improves ..."
            adverb = verb.lower() + " "
            verb, _, tail = tail.partition(" ")
        base = adverb + _base(verb)
        tail = _swap_words(tail, _PRONOUNS[("third", "first")])
        if voice == "first":
            return f"I {base} {tail}".strip()
        if voice == "second":
            return f"You {base} {_swap_words(tail, _PRONOUNS[('first', 'second')])}".strip()
        return f"Engineers {base} {_swap_words(tail, {'my': 'their', 'me': 'them', 'myself': 'themselves'})}".strip()
    # first or second person: "I deliver ..." / "You deliver ..."
    if parts[0].lower() in ("i'm", "i’m", "you're", "you’re"):
        verb, tail = "am", rest
    else:
        verb, _, tail = rest.partition(" ")
    if voice == "engineers":
        tail = _swap_words(tail, _PRONOUNS[(have, "third")])
        return f"Engineers {'are' if verb.lower() in ('am', 'is') else verb} {tail}".strip()
    if voice == "third":
        tail = _swap_words(tail, _PRONOUNS[(have, "third")])
        return f"{_cased('X', _inflected(verb))} {tail}".strip()
    if voice == "first":
        tail = re.sub(r"\byou are\b", "I am", tail)
        tail = _swap_words(tail, _PRONOUNS[("second", "first")])
        return f"I {'am' if verb.lower() == 'are' else verb} {tail}".strip()
    tail = _swap_words(tail, _PRONOUNS[("first", "second")])
    return f"You {'are' if verb.lower() == 'am' else verb} {tail}".strip()


def _synonym(text: str, rng: random.Random, count: int = 1) -> str | None:
    spots = [m for m in _WORD.finditer(text) if m.group(0).lower() in SYNONYMS]
    if not spots:
        return None
    chosen = sorted(rng.sample(spots, min(count, len(spots))), key=lambda m: m.start(), reverse=True)
    for m in chosen:
        word = m.group(0)
        text = text[: m.start()] + _cased(word, SYNONYMS[word.lower()]) + text[m.end():]
    return text


def _swap_pair(text: str, rng: random.Random) -> str | None:
    # Two single words, "A and B" ending a clause: not parts of compounds
    # ("interview-trained and share"), of a noun phrase ("data structures")
    # or of two clauses ("tasks and contribute to").
    spots = [m for m in re.finditer(r"(?<![\w'’-])([a-z]{3,}) and ([a-z]{3,})(?=[.,;:)]|$)", text)
             if m.group(1) not in _FUNCTION and m.group(2) not in _FUNCTION and m.group(1) != m.group(2)]
    if not spots:
        return None
    m = rng.choice(spots)
    return text[: m.start()] + f"{m.group(2)} and {m.group(1)}" + text[m.end():]


def _can(text: str, rng: random.Random) -> str | None:
    voice = voice_of(text)
    words = text.split(" ")
    if len(words) < 3 or words[1].lower() in ("can", "am", "are", "is", "will", "have", "has"):
        return None
    if voice == "third":
        if words[0].lower() in ("is", "has", "can", "will"):
            return None
        return " ".join(["Can", _base(words[0]), *words[1:]])
    if words[0] in ("I", "You"):
        return " ".join([words[0], "can", *words[1:]])
    return None


def _voice_change(text: str, rng: random.Random) -> str | None:
    have = voice_of(text)
    if have == "third" and text.split(" ")[0].lower() in ("is", "has", "can", "will", "was"):
        return None
    target = "engineers" if have == "first" else rng.choice(["first", "engineers"]) if have == "second" else "first"
    out = in_voice(text, target)
    return out if out != text else None


LIGHT: tuple[Callable[[str, random.Random], str | None], ...] = (
    lambda t, r: _synonym(t, r), _swap_pair, _can, _voice_change,
)


def light(text: str, rng: random.Random) -> str | None:
    ways = list(LIGHT)
    rng.shuffle(ways)
    for way in ways:
        out = way(text, rng)
        if out and key(out) != key(text):
            return out
    return None


def heavy(text: str, rng: random.Random) -> str | None:
    """Several changes that keep the meaning, at least three words changed."""
    if len(text.split()) < 6:
        return None
    out = _swap_pair(text, rng) or text
    out = _synonym(out, rng, count=3) or out
    for way in (_voice_change,):
        changed = way(out, rng)
        if changed:
            out = changed
    if sum(1 for a, b in zip(key(text).split(), key(out).split()) if a != b) < 3:
        return None
    return out


def typo(text: str, rng: random.Random) -> str | None:
    spots = [m for m in _WORD.finditer(text) if len(m.group(0)) >= 6 and m.group(0).isalpha()]
    if not spots:
        return None
    m = rng.choice(spots)
    word = m.group(0)
    k = rng.randrange(1, len(word) - 2)
    if word[k] == word[k + 1]:
        return None
    slipped = word[:k] + word[k + 1] + word[k] + word[k + 2:]
    return text[: m.start()] + slipped + text[m.end():]


def scoped(text: str, rng: random.Random) -> str | None:
    spots = [m for m in _WORD.finditer(text) if m.group(0).lower() in SCOPES]
    if not spots:
        return None
    m = rng.choice(spots)
    return text[: m.start()] + _cased(m.group(0), SCOPES[m.group(0).lower()]) + text[m.end():]


_SPLIT_AT = re.compile(r"(?<=[a-z)])(?:\.|;)\s+(?=[A-Z])|,? and (?=[a-z])|;\s+")


def split_text(text: str, rng: random.Random) -> list[str] | None:
    """A statement of two parts as two statements ("X and does Y": "X", "Does Y")."""
    voice = voice_of(text)
    options = []
    for m in _SPLIT_AT.finditer(text):
        first, second = text[: m.start()].strip(" ,"), text[m.end():].strip()
        if len(first.split()) < 3 or len(second.split()) < 3:
            continue
        if voice in ("first", "second") and voice_of(second) == "third" and not second[:1].isupper():
            second = f"{'I' if voice == 'first' else 'You'} {second}"
        second = second[:1].upper() + second[1:]
        first = first.rstrip(".;,")
        options.append([first, second])
    return rng.choice(options) if options else None


def merged_text(first: str, second: str) -> str:
    a = first.rstrip(" .;")
    b = second.strip()
    if voice_of(a) == voice_of(b) != "third":
        b = b.split(" ", 1)[1] if " " in b else b
    elif b[:2] != "I " and not b[:2].isupper():
        b = b[:1].lower() + b[1:]
    return f"{a} and {b}"


# --- the edits ------------------------------------------------------------------------


@dataclass
class Case:
    framework: str
    edit: str
    number: int
    old: dict[str, Any]
    new: dict[str, Any]
    changes: list[dict[str, Any]]
    note: str = ""


class Unfit(Exception):
    """The framework (or the place drawn) does not allow this edit."""


class Editor:
    """The edits of one case on copies of a framework's data."""

    def __init__(self, base: dict[str, Any], rng: random.Random, foreign: list[str]):
        self.old = copy.deepcopy(base)
        self.new = copy.deepcopy(base)
        self.rng = rng
        self.foreign = foreign
        self.changes: list[dict[str, Any]] = []
        self.notes: list[str] = []
        self.everything = {key(text_of(item)) for lv, c in cells(base) for item in _statements(base, lv, c) or []}
        self.touched: set[tuple[str, str]] = set()

    # places
    def cell(self, at_least: int = 1, where: Callable[[str, str], bool] | None = None) -> tuple[str, str]:
        options = [c for c in cells(self.new) if len(_statements(self.new, *c) or []) >= at_least
                   and (where is None or where(*c))]
        if not options:
            raise Unfit("no such cell")
        return self.rng.choice(options)

    def statement(self, fit: Callable[[str], bool] = lambda t: True, at_least: int = 1,
                  cell: tuple[str, str] | None = None) -> tuple[str, str, int]:
        options = []
        for c in [cell] if cell else cells(self.new):
            items = _statements(self.new, *c) or []
            if len(items) < at_least:
                continue
            options += [(c[0], c[1], k) for k, item in enumerate(items) if fit(text_of(item))
                        and not self._repeated(c, text_of(item))]
        if not options:
            raise Unfit("no such statement")
        return self.rng.choice(options)

    def _repeated(self, cell: tuple[str, str], text: str) -> bool:
        """A statement whose words are another's of the same cell: which one changed is anyone's guess."""
        items = _statements(self.new, *cell) or []
        return sum(1 for item in items if key(text_of(item)) == key(text)) > 1

    def fresh(self, text: str) -> bool:
        return bool(key(text)) and key(text) not in self.everything

    # edits
    def twin(self) -> tuple[str, str, int]:
        """A statement that names a scope, and its near copy at another
        scope put right after it in both revisions (frameworks repeat a
        phrase across statements): the place of the first."""
        level, competency, k = self.statement(lambda t: any(w.lower() in SCOPES for w in _WORD.findall(t)))
        text = text_of((_statements(self.new, level, competency) or [])[k])
        twin = scoped(text, self.rng)
        if not twin or not self.fresh(twin):
            raise Unfit("no twin")
        for side in (self.old, self.new):
            (_statements(side, level, competency) or []).insert(k + 1, twin)
        self.everything.add(key(twin))
        return level, competency, k

    def reword(self, level: str, competency: str, k: int, how: Callable[[str, random.Random], str | None],
               side: str = "new", editorial: bool | None = None) -> None:
        items = _statements(self.new, level, competency)
        assert items is not None
        before = text_of(items[k])
        after = how(before, self.rng)
        if not after or not self.fresh(after):
            raise Unfit("no rewording")
        if side == "old":  # the old revision had the slip; the new one fixes it
            _statements(self.old, level, competency)[k] = with_text(items[k], after)  # type: ignore[index]
            self.everything.add(key(after))
            self.changes.append({"kind": "reworded", "old": place(level, competency, after),
                                 "new": place(level, competency, before)})
        else:
            items[k] = with_text(items[k], after)
            self.everything.add(key(after))
            self.changes.append({"kind": "reworded", "old": place(level, competency, before),
                                 "new": place(level, competency, after)})
        if editorial is not None:
            self.changes[-1]["editorial"] = editorial
        self.touched.add((level, competency))

    def delete(self, level: str, competency: str, k: int) -> None:
        items = _statements(self.new, level, competency)
        assert items is not None
        gone = items.pop(k)
        self.changes.append({"kind": "removed", "old": place(level, competency, text_of(gone)), "new": None})
        self.touched.add((level, competency))

    def insert(self, level: str, competency: str, k: int, text: str) -> None:
        items = _statements(self.new, level, competency)
        assert items is not None
        if not self.fresh(text):
            raise Unfit("not new")
        items.insert(k, text)
        self.everything.add(key(text))
        self.changes.append({"kind": "added", "old": None, "new": place(level, competency, text)})
        self.touched.add((level, competency))

    def foreign_text(self, voice: str, avoid: list[str]) -> str:
        """A statement of another framework, in this one's voice, on another subject."""
        avoided = [set(key(t).split()) - _FUNCTION for t in avoid]
        for _ in range(200):
            text = in_voice(self.rng.choice(self.foreign), voice)
            mine = set(key(text).split()) - _FUNCTION
            if mine and self.fresh(text) and all(len(mine & a) <= 1 for a in avoided) and len(text.split()) <= 25:
                return text
        raise Unfit("no foreign statement")

    def move(self, level: str, competency: str, k: int, to: tuple[str, str],
             how: Callable[[str, random.Random], str | None] | None = None) -> None:
        items = _statements(self.new, level, competency)
        target = _statements(self.new, *to)
        assert items is not None
        if target is None or not target:
            raise Unfit("no target cell")
        item = items[k]
        before = text_of(item)
        if any(key(text_of(t)) == key(before) for t in target):
            raise Unfit("already there")
        after = before
        if how is not None:
            changed = how(before, self.rng)
            if not changed or not self.fresh(changed):
                raise Unfit("no rewording")
            after = changed
            self.everything.add(key(after))
        items.pop(k)
        target.insert(self.rng.randrange(len(target) + 1), with_text(item, after))
        self.changes.append({"kind": "moved", "old": place(level, competency, before), "new": place(*to, after)})
        self.touched.update({(level, competency), to})


def _levels_around(document: dict[str, Any], level: str, step: int) -> str | None:
    ids = level_ids(document)
    at = ids.index(level) + step
    return ids[at] if 0 <= at < len(ids) else None


def _framework_voice(document: dict[str, Any]) -> str:
    counts = Counter(voice_of(text_of(item)) for lv, c in cells(document) for item in _statements(document, lv, c) or [])
    return counts.most_common(1)[0][0] if counts else "third"


def _opening(text: str, size: int = 2) -> tuple[str, ...]:
    return tuple(key(text).split()[:size])


def _near_cells(ed: Editor) -> list[tuple[str, str]]:
    """Cells where two statements open with the same two words."""
    out = []
    for c in cells(ed.new):
        openings = Counter(_opening(text_of(item)) for item in _statements(ed.new, *c) or [])
        if any(n > 1 and len(o) == 2 for o, n in openings.items()):
            out.append(c)
    return out


def edit_case(edit: str, ed: Editor) -> None:
    rng = ed.rng
    voice = _framework_voice(ed.new)
    if edit == "light":
        ed.reword(*ed.statement(), light)
    elif edit == "heavy":
        ed.reword(*ed.statement(lambda t: len(t.split()) >= 6), heavy)
    elif edit == "typo":
        ed.reword(*ed.statement(), typo, side="old", editorial=True)
    elif edit == "scope":
        ed.reword(*ed.statement(lambda t: any(w.lower() in SCOPES for w in _WORD.findall(t))), scoped,
                  editorial=False)
    elif edit == "short":
        ed.reword(*ed.statement(lambda t: 1 < len(t.split()) <= 5), light)
    elif edit == "rewrite":
        level, competency, k = ed.statement()
        items = _statements(ed.new, level, competency) or []
        before = text_of(items[k])
        text = ed.foreign_text(voice, [text_of(i) for i in items])
        items[k] = with_text(items[k], text)
        ed.changes.append({"kind": "reworded", "old": place(level, competency, before),
                           "new": place(level, competency, text)})
    elif edit in ("move-up", "move-down", "move-competency", "move-reworded"):
        level, competency, k = ed.statement()
        kind = edit if edit != "move-reworded" else rng.choice(["move-up", "move-down", "move-competency"])
        if kind == "move-competency":
            others = [c for lv, c in cells(ed.new) if lv == level and c != competency]
            if not others:
                raise Unfit("one competency")
            to = (level, rng.choice(others))
        else:
            other = _levels_around(ed.new, level, 1 if kind == "move-up" else -1)
            if other is None:
                raise Unfit("no level there")
            to = (other, competency)
        ed.move(level, competency, k, to, light if edit == "move-reworded" else None)
    elif edit == "split":
        level, competency, k = ed.statement(lambda t: split_text(t, random.Random(0)) is not None)
        items = _statements(ed.new, level, competency) or []
        before = text_of(items[k])
        parts = split_text(before, rng)
        assert parts
        if not all(ed.fresh(p) for p in parts) or key(parts[0]) == key(parts[1]):
            raise Unfit("parts not new")
        items[k : k + 1] = [with_text(items[k], parts[0]), parts[1]]
        ed.changes.append({"kind": "split", "old": place(level, competency, before),
                           "new": [place(level, competency, p) for p in parts]})
    elif edit == "merge":
        level, competency = ed.cell(at_least=2)
        items = _statements(ed.new, level, competency) or []
        k = rng.randrange(len(items) - 1)
        first, second = text_of(items[k]), text_of(items[k + 1])
        if len((first + second).split()) > 45 or key(first) == key(second):
            raise Unfit("too long")
        whole = merged_text(first, second)
        if not ed.fresh(whole):
            raise Unfit("not new")
        items[k : k + 2] = [with_text(items[k], whole)]
        ed.changes.append({"kind": "merged", "old": [place(level, competency, first), place(level, competency, second)],
                           "new": place(level, competency, whole)})
    elif edit in ("delete-near", "insert-near", "reword-near"):
        near = _near_cells(ed)
        if not near:
            raise Unfit("no cell of near duplicates")
        cell = rng.choice(near)
        items = _statements(ed.new, *cell) or []
        openings = Counter(_opening(text_of(i)) for i in items)
        alike = [k for k, i in enumerate(items) if openings[_opening(text_of(i))] > 1]
        k = rng.choice(alike)
        if edit == "delete-near":
            ed.delete(*cell, k)
        elif edit == "reword-near":
            ed.reword(*cell, k, light)
        else:
            head = " ".join(text_of(items[k]).split()[:2])
            body = ed.foreign_text(voice, [text_of(i) for i in items]).split(" ", 2)
            if len(body) < 3:
                raise Unfit("too short")
            ed.insert(*cell, rng.randrange(len(items) + 1), f"{head} {body[2]}")
    elif edit == "twin":
        level, competency, k = ed.twin()
        ed.reword(level, competency, k + rng.randrange(2), light)
    elif edit == "twin-both":
        # A statement and its near copy both changed: one moved up or down
        # and reworded lightly, the other reworded in place.
        level, competency, k = ed.twin()
        other = _levels_around(ed.new, level, rng.choice([1, -1]))
        if other is None:
            raise Unfit("no level there")
        moved = rng.randrange(2)
        ed.reword(level, competency, k + 1 - moved, light)
        ed.move(level, competency, k + moved, (other, competency), light)
    elif edit == "split-near":
        # A split in a cell of statements that open alike, a neighbour reworded too.
        near = _near_cells(ed)
        if not near:
            raise Unfit("no cell of near duplicates")
        cell = rng.choice(near)
        items = _statements(ed.new, *cell) or []
        fit = [k for k, i in enumerate(items) if split_text(text_of(i), random.Random(0))]
        if not fit or len(items) < 2:
            raise Unfit("nothing to split")
        k = rng.choice(fit)
        before = text_of(items[k])
        parts = split_text(before, rng)
        assert parts
        if not all(ed.fresh(p) for p in parts) or key(parts[0]) == key(parts[1]):
            raise Unfit("parts not new")
        neighbour = rng.choice([j for j in range(len(items)) if j != k])
        ed.reword(*cell, neighbour, light)
        items[k : k + 1] = [with_text(items[k], parts[0]), parts[1]]
        ed.changes.append({"kind": "split", "old": place(*cell, before), "new": [place(*cell, p) for p in parts]})
    elif edit == "swap":
        # Two statements of one competency trade levels.
        level, competency, k = ed.statement()
        other = _levels_around(ed.new, level, 1)
        target = _statements(ed.new, other, competency) if other else None
        if not other or not target:
            raise Unfit("no level above")
        j = rng.randrange(len(target))
        if ed._repeated((other, competency), text_of(target[j])):
            raise Unfit("repeated")
        theirs = text_of(target[j])
        ed.move(level, competency, k, (other, competency), rng.choice([None, light]))
        target = _statements(ed.new, other, competency) or []
        j = next(i for i, t in enumerate(target) if text_of(t) == theirs)
        ed.move(other, competency, j, (level, competency), rng.choice([None, light]))
    elif edit == "voice-competency":
        # A competency rewritten in another voice at every level, one of its statements moved a level too.
        competency = rng.choice(sorted({c for _lv, c in cells(ed.new)}))
        where = [(lv, c) for lv, c in cells(ed.new) if c == competency]
        if len(where) < 2:
            raise Unfit("one level")
        for lv, c in where:
            for k in range(len(_statements(ed.new, lv, c) or [])):
                try:
                    ed.reword(lv, c, k, _voice_change)
                except Unfit:
                    pass
        # Not a statement said word for word at another level too: which of the two moved is anyone's guess.
        said = Counter(key(text_of(i)) for c in cells(ed.old) for i in _statements(ed.old, *c) or [])
        gone = [ch for ch in ed.changes if ch["kind"] == "reworded" and said[key(ch["old"]["text"])] == 1]
        if not gone:
            raise Unfit("no voice to change")
        change = rng.choice(gone)
        lv, c = change["new"]["level"], change["new"]["competency"]
        next_level = _levels_around(ed.new, lv, rng.choice([1, -1]))
        target = _statements(ed.new, next_level, c) if next_level else None
        if not next_level or not target:
            raise Unfit("no level there")
        items = _statements(ed.new, lv, c) or []
        k = next(i for i, t in enumerate(items) if text_of(t) == change["new"]["text"])
        target.insert(rng.randrange(len(target) + 1), items.pop(k))
        change["kind"] = "moved"
        change["new"] = place(next_level, c, change["new"]["text"])
    elif edit == "delete-add-levels":
        # A statement deleted at one level and another written at the level next to it: no move.
        level, competency, k = ed.statement()
        other = _levels_around(ed.new, level, rng.choice([1, -1]))
        target = _statements(ed.new, other, competency) if other else None
        if not other or not target:
            raise Unfit("no level there")
        items = _statements(ed.new, level, competency) or []
        text = ed.foreign_text(voice, [text_of(i) for i in items + target])
        ed.delete(level, competency, k)
        ed.insert(other, competency, rng.randrange(len(target) + 1), text)
    elif edit == "move-replaced":
        # Moved (perhaps reworded) to a neighbouring level, a new statement in its place.
        level, competency, k = ed.statement()
        other = _levels_around(ed.new, level, rng.choice([1, -1]))
        if other is None:
            raise Unfit("no level there")
        items = _statements(ed.new, level, competency) or []
        text = ed.foreign_text(voice, [text_of(i) for i in items])
        ed.move(level, competency, k, (other, competency), rng.choice([None, light]))
        ed.insert(level, competency, k, text)
    elif edit in ("reorder", "reorder-reworded", "reorder-two"):
        level, competency = ed.cell(at_least=3)
        items = _statements(ed.new, level, competency) or []
        if len({key(text_of(i)) for i in items}) < len(items):
            raise Unfit("repeated statements")
        order = list(range(len(items)))
        while order == sorted(order):
            rng.shuffle(order)
        items[:] = [items[k] for k in order]
        if edit == "reorder-reworded":
            ed.reword(level, competency, rng.randrange(len(items)), light)
        elif edit == "reorder-two":
            for k in rng.sample(range(len(items)), 2):
                ed.reword(level, competency, k, light)
    elif edit == "multi":
        # One reworded, one deleted, one inserted, each with a statement left
        # as it was between it and the others: three places, three changes.
        level, competency = ed.cell(at_least=5)
        items = _statements(ed.new, level, competency) or []
        n = len(items)
        reworded, deleted = rng.sample(range(n), 2)
        spots = [i for i in range(1, n) if not {i - 1, i} & {reworded, deleted}]
        if abs(reworded - deleted) < 2 or not spots:
            raise Unfit("no places apart")
        at = rng.choice(spots)  # before the statement at this index, after the one before it
        text = ed.foreign_text(voice, [text_of(i) for i in items])
        ed.reword(level, competency, reworded, light)
        ed.insert(level, competency, at, text)
        ed.delete(level, competency, deleted + (1 if deleted >= at else 0))
    elif edit == "reword-two":
        # Two neighbours reworded at once, one lightly, one heavily.
        level, competency = ed.cell(at_least=2)
        items = _statements(ed.new, level, competency) or []
        k = rng.randrange(len(items) - 1)
        if len(text_of(items[k]).split()) < 6 and len(text_of(items[k + 1]).split()) < 6:
            raise Unfit("too short for a heavy rewording")
        a, b = (k, k + 1) if len(text_of(items[k]).split()) >= 6 else (k + 1, k)
        ed.reword(level, competency, a, heavy)
        ed.reword(level, competency, b, light)
    elif edit == "voice":
        # The owner changed the voice of a whole cell: every statement reworded.
        level, competency = ed.cell(at_least=2)
        items = _statements(ed.new, level, competency) or []
        for k in range(len(items)):
            ed.reword(level, competency, k, _voice_change)
    elif edit in ("twin-move", "scope-move", "move-heavy", "near-move", "short-move"):
        if edit == "twin-move":
            level, competency, k = ed.twin()
            k += rng.randrange(2)
            how: Callable[[str, random.Random], str | None] | None = rng.choice([None, light])
        elif edit == "scope-move":
            level, competency, k = ed.statement(lambda t: any(w.lower() in SCOPES for w in _WORD.findall(t)))
            how = scoped
        elif edit == "move-heavy":
            level, competency, k = ed.statement(lambda t: len(t.split()) >= 6)
            how = heavy
        elif edit == "short-move":
            level, competency, k = ed.statement(lambda t: 1 < len(t.split()) <= 5)
            how = rng.choice([None, light])
        else:
            near = _near_cells(ed)
            if not near:
                raise Unfit("no cell of near duplicates")
            level, competency = rng.choice(near)
            items = _statements(ed.new, level, competency) or []
            openings = Counter(_opening(text_of(i)) for i in items)
            k = rng.choice([k for k, i in enumerate(items) if openings[_opening(text_of(i))] > 1])
            how = rng.choice([None, light])
        other = _levels_around(ed.new, level, rng.choice([1, -1]))
        if other is None:
            raise Unfit("no level there")
        ed.move(level, competency, k, (other, competency), how)
    elif edit in ("split-reworded", "merge-reworded"):
        edit_case(edit.split("-")[0], ed)
        change = ed.changes[-1]
        whole = change["old"] if edit == "split-reworded" else change["new"]
        found = _statements(ed.new, whole["level"], whole["competency"])
        assert found is not None
        parts = change["new"] if edit == "split-reworded" else [change["new"]]
        part = rng.choice(parts)
        k = next(k for k, i in enumerate(found) if text_of(i) == part["text"])
        changed = light(part["text"], rng)
        if not changed or not ed.fresh(changed):
            raise Unfit("no rewording")
        found[k] = with_text(found[k], changed)
        part["text"] = changed
    else:
        raise ValueError(edit)


EDITS = (
    "light", "heavy", "typo", "scope", "short", "rewrite", "voice", "reword-two", "move-up", "move-down",
    "move-competency", "move-reworded", "move-heavy", "scope-move", "short-move", "split", "split-reworded",
    "merge", "merge-reworded", "delete-near", "insert-near", "reword-near", "near-move", "twin", "twin-move",
    "twin-both", "split-near", "swap", "voice-competency", "delete-add-levels", "move-replaced", "reorder", "reorder-reworded",
    "reorder-two", "multi",
)


def make_cases(frameworks: dict[str, dict[str, Any]], edits: list[str], per: int, seed: int) -> list[Case]:
    pools: dict[str, list[str]] = {}
    for name, document in frameworks.items():
        pools[name] = [text_of(item) for c in cells(document) for item in _statements(document, *c) or []]
    out = []
    for name, document in frameworks.items():
        family = name.split("/")[0]
        foreign = [t for other, texts in pools.items() if other.split("/")[0] != family for t in texts
                   if 4 <= len(t.split()) <= 20]
        for edit in edits:
            made = 0
            for attempt in range(per * 8):
                if made == per:
                    break
                rng = random.Random(f"{seed}:{name}:{edit}:{attempt}")
                ed = Editor(document, rng, foreign)
                try:
                    edit_case(edit, ed)
                except Unfit:
                    continue
                out.append(Case(name, edit, made, ed.old, ed.new, ed.changes))
                made += 1
    return out


# --- scoring --------------------------------------------------------------------------


def score(cases: list[Case]) -> tuple[diff_accuracy.Score, Counter[str]]:
    """The cases scored as bench/diff_accuracy.py scores pairs; and, of the
    rewordings whose impact is known (a slip fixed is editorial, a scope
    widened or narrowed is not), how many were reported and graded so."""
    from ladderlint.diff import Impact, Kind, compare
    from ladderlint.model import build_framework

    result = diff_accuracy.Score()
    impacts: Counter[str] = Counter()
    for case in cases:
        old = build_framework(f"{case.framework}.yaml", case.old)
        new = build_framework(f"{case.framework}.yaml", case.new)
        expected = diff_accuracy.truth_keys({"changes": case.changes})
        changes = compare(old, new)
        found = diff_accuracy.found_keys(changes, old, new, expected)
        result.pairs.append(diff_accuracy.PairScore(f"{case.framework} {case.edit} #{case.number}", expected, found))
        graded = {(key(c.old), key(c.new)): c.impact is Impact.EDITORIAL for c in changes
                  if c.kind is Kind.STATEMENT_REWORDED and c.field == "text"}
        for change in case.changes:
            if "editorial" in change:
                wanted = "editorial" if change["editorial"] else "not editorial"
                impacts[f"{wanted} expected"] += 1
                got = graded.get((key(change["old"]["text"]), key(change["new"]["text"])))
                impacts[f"{wanted} right"] += got is change["editorial"]
    return result, impacts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--imports", type=Path, help="the folder `bench/corpora_findings.py --keep DIR` wrote")
    parser.add_argument("--cases", type=int, default=3, help="cases per edit and framework (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edit", action="append", choices=EDITS, help="only these edits")
    parser.add_argument("--framework", action="append", help="only frameworks whose name has this text")
    parser.add_argument("--show", action="store_true", help="list each case not exactly right")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    frameworks = load_frameworks(args.imports)
    if args.framework:
        frameworks = {k: v for k, v in frameworks.items() if any(f in k for f in args.framework)}
    cases = make_cases(frameworks, args.edit or list(EDITS), args.cases, args.seed)
    result, impacts = score(cases)
    summary = diff_accuracy.report(result)
    summary["impact"] = {wanted: {"right": impacts[f"{wanted} right"], "expected": impacts[f"{wanted} expected"]}
                         for wanted in ("editorial", "not editorial")}
    by_edit: dict[str, list[bool]] = defaultdict(list)
    for case, pair in zip(cases, result.pairs):
        by_edit[case.edit].append(pair.exact)
    summary["edits"] = {edit: {"cases": len(v), "exact": sum(v)} for edit, v in by_edit.items()}
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    if args.show:
        diff_accuracy.show_misses(result, "")
    print(f"held-out edits on {len(frameworks)} frameworks (seed {args.seed}): "
          f"{summary['exact']} of {summary['pairs']} cases exactly right")
    print(f"{'kind':<10} {'precision':>9} {'recall':>7}  right / reported / expected")
    for kind, numbers in summary["kinds"].items():
        print(f"{kind:<10} {numbers['precision']:>9.3f} {numbers['recall']:>7.3f}  "
              f"{numbers['right']} / {numbers['reported']} / {numbers['expected']}")
    for wanted, numbers in summary["impact"].items():
        print(f"rewordings graded {wanted}: {numbers['right']} of {numbers['expected']}")
    print(f"{'edit':<18} exact / cases")
    for edit, numbers in summary["edits"].items():
        print(f"{edit:<18} {numbers['exact']} / {numbers['cases']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
