"""Rules that compare items with one another do work in proportion to the
items, not to their pairs: a generated framework of thousands of levels or
statements is checked in seconds. Counted, not timed: the comparisons a
rule makes are counted through the public methods it compares with, so a
slow machine cannot fail the test nor a fast one hide a regression."""

from __future__ import annotations

import pytest

from ladderlint.model import Framework, Level
from ladderlint.rules.ll201_level_order import out_of_order
from ladderlint.vocabulary import LevelName, ladder_order
from model_rules_helpers import HEADER

TITLES = ("Senior Engineer", "Junior Engineer", "Staff Engineer", "Engineer", "Expert", "Novice")


def _ladder(count: int) -> list[Level]:
    """Levels out of order every way LL201 reads: ranks going down, numbers
    going down in two sequences, seniority words, and ids with no number."""
    levels = []
    for i in range(count):
        level_id = (f"IC{count - i}", f"E{count - i}", f"x{i}x", f"y{i}y")[i % 4]
        rank = count - i if i % 3 == 0 else None
        levels.append(Level(id=level_id, title=TITLES[i % len(TITLES)], rank=rank, path=("levels", i), cells=()))
    return levels


def test_level_order_compares_each_level_with_a_few_others(monkeypatch: pytest.MonkeyPatch) -> None:
    comparisons = 0

    def counted(method):
        def compare(self, other, *args, **kwargs):
            nonlocal comparisons
            comparisons += 1
            return method(self, other, *args, **kwargs)
        return compare

    monkeypatch.setattr(LevelName, "below_by_number", counted(LevelName.below_by_number))
    monkeypatch.setattr(LevelName, "below_by_words", counted(LevelName.below_by_words))
    count = 3000
    found = out_of_order(_ladder(count))
    assert len(found) > count // 2  # most levels are out of order: each found its clash
    # Comparing each level with all those before it is count**2 / 2 (4.5 million here).
    assert comparisons <= 20 * count


def test_wrong_voice_reads_the_competency_names_once(cli, write, monkeypatch: pytest.MonkeyPatch) -> None:
    """LL506 sets aside a competency's name that opens a statement: it
    files the names once, rather than reading them all for each statement
    (a framework of thousands of competencies took minutes)."""
    reads = 0
    names = Framework.competencies

    def counted(framework: Framework) -> tuple:
        nonlocal reads
        reads += 1
        return names.fget(framework)

    count = 200
    competencies = "".join(f"      - {{id: c{i}, name: Competency {i}}}\n" for i in range(count))
    cells = "".join(f"      c{i}:\n        - I deliver the work of competency {i}\n" for i in range(count))
    path = write("f.yaml", f"{HEADER}voice: third-person\ndimensions:\n  - id: d\n    name: D\n    competencies:\n"
                           f"{competencies}levels:\n  - id: L1\n    title: Engineer\n    competencies:\n{cells}")
    monkeypatch.setattr(Framework, "competencies", property(counted))
    run = cli("check", "--format", "concise", "--select", "LL506", "--fail-on", "never", str(path))
    assert run.exit_code == 0, run.output
    [finding, _summary] = run.lines  # one finding for the framework, counting the statements
    assert " LL506 " in finding and f" {count} " in finding, finding
    # Reading the names for each statement is a read per statement (200 here).
    assert reads <= 10


def test_ordering_levels_asks_each_pair_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An import (or LL201's suggested order) places each level after those
    its name says are below it, asking `before` of each pair once: asked
    again for each level placed, 300 levels took 4.5 million questions."""
    asked = 0
    before = LevelName.before

    def counted(self: LevelName, other: LevelName) -> bool | None:
        nonlocal asked
        asked += 1
        return before(self, other)

    monkeypatch.setattr(LevelName, "before", counted)
    count = 300
    names = [LevelName.read(f"Engineer {count - i}", f"L{count - i}") for i in range(count)]
    order = ladder_order(names)
    assert order == list(reversed(range(count)))  # "Engineer 1" first
    assert asked <= count * count
