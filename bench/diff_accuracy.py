#!/usr/bin/env python3
"""How well `ladderlint diff` follows statements by their text, on a real history.

    python bench/diff_accuracy.py [CORPUS] [--pairs even|odd|all] [--show] [--json]

CORPUS (default: tests/fixtures/corpora/ft-history-dev) holds revision
pairs ``NN-old.yaml`` / ``NN-new.yaml`` and ``truth.jsonl``: for each pair,
the statements that were added, removed, reworded (same level and
competency) or moved (another level or competency, perhaps reworded), as a
careful reader sees them. The statement ids of the files were removed, so
the differ has to follow statements by their text.

Each pair is diffed with the library (the same reading and comparison as
``ladderlint diff OLD NEW``); the statement changes it reports are turned
into the truth's four kinds and compared with the truth:

- ``statement-added``, ``statement-removed``: added, removed;
- ``statement-reworded`` (of the text): reworded; ``statement-moved``: moved;
- ``statement-split`` (one statement became several) and
  ``statement-merged`` (several became one): as such where the truth has
  these kinds (``split``: ``old`` one place, ``new`` a list; ``merged``: the
  reverse). The FT truth has no such kinds (a UUID follows one statement), so
  there a split counts as one of its parts taking the old statement's place
  (reworded in the same cell, moved in another) and the other parts added;
  a merge, as one of the old statements becoming the new one and the others
  removed. Which part takes the old statement's place is the one the truth
  names, if it names one of them (the truth cannot say which part "is" the
  old statement), else the first part;
- statements of a level that was added (or removed) and that did not come
  from (or go to) another level count as added (removed): the differ reports
  the level once, the truth each of its statements.

A change is right when its kind, its old and new level, competency and
words all agree with a truth entry. A pair is exactly right when the
changes reported and the truth are the same. Printed: pairs exactly right,
and precision and recall of each kind.

``--pairs even`` or ``odd`` scores half of the pairs (to hold some out when
deciding a design); ``--show`` lists what was missed and what was wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "corpora" / "ft-history-dev"
KINDS = ("added", "removed", "reworded", "moved")

#: One statement change in the truth's terms: kind, then (level, competency, words) old and new.
Key = tuple[str, Any, Any]


@dataclass
class PairScore:
    pair: str
    expected: Counter[Key]
    found: Counter[Key]

    @property
    def exact(self) -> bool:
        return self.expected == self.found

    @property
    def missed(self) -> Counter[Key]:
        return self.expected - self.found

    @property
    def wrong(self) -> Counter[Key]:
        return self.found - self.expected


@dataclass
class Score:
    pairs: list[PairScore] = field(default_factory=list)

    @property
    def exact(self) -> int:
        return sum(1 for pair in self.pairs if pair.exact)

    def kind(self, kind: str) -> tuple[int, int, int]:
        """(right, reported, expected) changes of one kind."""
        right = reported = expected = 0
        for pair in self.pairs:
            found = Counter({k: v for k, v in pair.found.items() if k[0] == kind})
            truth = Counter({k: v for k, v in pair.expected.items() if k[0] == kind})
            right += sum((found & truth).values())
            reported += sum(found.values())
            expected += sum(truth.values())
        return right, reported, expected


def _words(text: str) -> str:
    from ladderlint.diff.wording import words

    return " ".join(words(text))


def _place(level: str | None, competency: str | None, text: str) -> tuple[Any, Any, str]:
    return (level, competency, _words(text))


def truth_keys(entry: dict[str, Any]) -> Counter[Key]:
    renamed: dict[str, str] = entry.get("levels_renamed") or {}

    def place(side: Any, old: bool) -> Any:
        if side is None:
            return None
        if isinstance(side, list):  # the parts of a split or a merge
            return tuple(sorted(place(part, old) for part in side))
        level = renamed.get(side["level"], side["level"]) if old else side["level"]
        return _place(level, side["competency"], side["text"])

    out: Counter[Key] = Counter()
    for change in entry["changes"]:
        out[(change["kind"], place(change["old"], True), place(change["new"], False))] += 1
    return out


def _statements_of_level(framework: Any, level_id: str) -> list[tuple[str, str]]:
    for level in framework.levels:
        if level.id == level_id:
            return [(cell.competency_id, s.text) for cell in level.cells for s in cell.statements]
    return []


def found_keys(changes: Iterable[Any], old: Any, new: Any, truth: Counter[Key]) -> Counter[Key]:
    """The statement changes of a diff in the truth's terms (see the module's docstring)."""
    from ladderlint.diff.changes import Kind

    out: Counter[Key] = Counter()
    changes = list(changes)
    moved_in: Counter[tuple[str, str, str]] = Counter()  # statements that reached an added level
    moved_out: Counter[tuple[str, str, str]] = Counter()  # statements that left a removed level
    for change in changes:
        kind = change.kind
        level, competency = change.level, change.competency
        old_level = change.old_level or level
        old_competency = change.old_competency or competency
        if kind is Kind.STATEMENT_ADDED:
            out[("added", None, _place(level, competency, change.new))] += 1
            # A statement of an added level reported on its own (it raises the bar above it): counted once.
            moved_in[_place(level, competency, change.new)] += 1
        elif kind is Kind.STATEMENT_REMOVED:
            out[("removed", _place(level, competency, change.old), None)] += 1
            moved_out[_place(level, competency, change.old)] += 1
        elif kind is Kind.STATEMENT_REWORDED and change.field == "text":
            out[("reworded", _place(level, competency, change.old), _place(level, competency, change.new))] += 1
        elif kind is Kind.STATEMENT_MOVED:
            out[("moved", _place(old_level, old_competency, change.old), _place(level, competency, change.new))] += 1
        elif kind.value in ("statement-split", "statement-merged"):  # by value: older versions lack the kinds
            out.update(_parts(change, truth, old, new))
        else:
            continue
        if kind is not Kind.STATEMENT_ADDED and kind is not Kind.STATEMENT_REMOVED:
            for part in _part_places(change, old, new):
                moved_in[part[1]] += 1
                moved_out[part[0]] += 1
    for change in changes:
        if change.kind is Kind.LEVEL_ADDED:
            for place in _left_with_level(new, change.level, moved_in):
                out[("added", None, place)] += 1
        elif change.kind is Kind.LEVEL_REMOVED:
            for place in _left_with_level(old, change.level, moved_out):
                out[("removed", place, None)] += 1
    return out


def _left_with_level(framework: Any, level: str, moved: Counter[Any]) -> list[Any]:
    """The statements of an added (removed) level that did not move there (from there)."""
    out = []
    for competency, text in _statements_of_level(framework, level):
        place = _place(level, competency, text)
        if moved[place]:
            moved[place] -= 1
        else:
            out.append(place)
    return out


def _part_place(framework: Any, level: str | None, competency: str | None, text: str) -> tuple[Any, Any, str]:
    """Where a part of a split or a merge is: the change's competency, or,
    for a part in another competency of the level (a statement merged into
    one of another competency), the competency of the level that has its
    text. A change names one competency; its parts may be in several."""
    here = _place(level, competency, text)
    if framework is None or level is None or (competency, text) in _statements_of_level(framework, level):
        return here
    return next((_place(level, other, text) for other, said in _statements_of_level(framework, level)
                 if said == text), here)


def _texts(side: Any) -> list[str]:
    return side if isinstance(side, list) else [side]


def _part_places(change: Any, old: Any, new: Any) -> list[tuple[Any, Any]]:
    """(old place, new place) of each statement a change links."""
    old_level = change.old_level or change.level
    old_competency = change.old_competency or change.competency
    return [
        (_part_place(old, old_level, old_competency, o), _part_place(new, change.level, change.competency, n))
        for o in _texts(change.old)
        for n in _texts(change.new)
    ]


def _parts(change: Any, truth: Counter[Key], old: Any, new: Any) -> Counter[Key]:
    """A split or a merge: as such where the truth has one, else in the
    truth's four kinds: one part takes the old place, the others are added or removed."""
    from ladderlint.diff.changes import Kind

    old_level = change.old_level or change.level
    old_competency = change.old_competency or change.competency
    olds = [_part_place(old, old_level, old_competency, t) for t in _texts(change.old)]
    news = [_part_place(new, change.level, change.competency, t) for t in _texts(change.new)]
    if change.kind is Kind.STATEMENT_SPLIT and truth[("split", olds[0], tuple(sorted(news)))]:
        return Counter({("split", olds[0], tuple(sorted(news))): 1})
    if change.kind is Kind.STATEMENT_MERGED and truth[("merged", tuple(sorted(olds)), news[0])]:
        return Counter({("merged", tuple(sorted(olds)), news[0]): 1})
    options = [("reworded" if o[:2] == n[:2] else "moved", o, n) for o in olds for n in news]
    kind, *chosen = next((option for option in options if truth[option]), options[0])
    out: Counter[Key] = Counter({(kind, chosen[0], chosen[1]): 1})
    if change.kind is Kind.STATEMENT_SPLIT:
        for n in news:
            if n != chosen[1]:
                out[("added", None, n)] += 1
    else:
        for o in olds:
            if o != chosen[0]:
                out[("removed", o, None)] += 1
    return out


def score(corpus: Path, which: str = "all") -> Score:
    from ladderlint.diff.engine import compare
    from ladderlint.diff.inputs import Loader, Source

    loader = Loader()
    result = Score()
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        pair = entry["pair"]
        if which != "all" and int(pair) % 2 != (0 if which == "even" else 1):
            continue
        sides = []
        for side in ("old", "new"):
            path = corpus / f"{pair}-{side}.yaml"
            sides.append(loader.load(Source(str(path), str(path), path.read_bytes())).framework)
        expected = truth_keys(entry)
        changes = compare(sides[0], sides[1])
        result.pairs.append(PairScore(pair, expected, found_keys(changes, sides[0], sides[1], expected)))
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def report(result: Score) -> dict[str, Any]:
    kinds = {}
    seen = {key[0] for pair in result.pairs for key in (*pair.expected, *pair.found)}
    for kind in KINDS + tuple(sorted(seen - set(KINDS))):
        right, reported, expected = result.kind(kind)
        kinds[kind] = {
            "right": right,
            "reported": reported,
            "expected": expected,
            "precision": round(_ratio(right, reported), 3),
            "recall": round(_ratio(right, expected), 3),
        }
    return {"pairs": len(result.pairs), "exact": result.exact, "kinds": kinds}


def _show_key(key: Key) -> str:
    kind, old, new = key
    parts = [kind]
    for sign, side in (("-", old), ("+", new)):
        for place in (side if side and isinstance(side[0], tuple) else [side] if side else []):
            parts.append(f"{sign} {place[0]}/{place[1]}: {place[2]}")
    return "\n      ".join(parts)


def show_misses(result: Any, label: str) -> None:
    """Print, for each pair not exactly right (``label`` before its name),
    the changes missed and the ones wrongly reported."""
    for pair in result.pairs:
        if pair.exact:
            continue
        print(f"{label}{pair.pair}:")
        for key in sorted(pair.missed.elements(), key=str):
            print("  missed   " + _show_key(key))
        for key in sorted(pair.wrong.elements(), key=str):
            print("  wrong    " + _show_key(key))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pairs", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--show", action="store_true", help="list the changes missed and the ones wrongly reported")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    result = score(args.corpus, args.pairs)
    summary = report(result)
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    if args.show:
        show_misses(result, "pair ")
    print(f"{args.corpus.name} ({args.pairs} pairs): {summary['exact']} of {summary['pairs']} pairs exactly right")
    print(f"{'kind':<10} {'precision':>9} {'recall':>7}  right / reported / expected")
    for kind, numbers in summary["kinds"].items():
        print(
            f"{kind:<10} {numbers['precision']:>9.3f} {numbers['recall']:>7.3f}  "
            f"{numbers['right']} / {numbers['reported']} / {numbers['expected']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
