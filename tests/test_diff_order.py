"""The same statements, competencies or dimensions listed in a new order:
one editorial change each, naming the fewest items that moved."""

from __future__ import annotations

import copy

import yaml

from diffkit import cell, compare, data, diff, edited, framework
from ladderlint.diff import Impact, Kind, compare_levels
from ladderlint.diff.changes import moved_in_order


def _swap(items: list, i: int, j: int) -> None:
    items[i], items[j] = items[j], items[i]


def test_statements_swapped_in_a_cell_are_one_editorial_reordering():
    changes = diff(lambda d: _swap(cell(d, "IC1", "impact"), 0, 1))
    assert [(c.kind, c.impact, c.level, c.competency, c.field) for c in changes] == [
        (Kind.STATEMENT_REORDERED, Impact.EDITORIAL, "IC1", "impact", "order")
    ]
    (change,) = changes
    assert change.old == ["I deliver my tasks on time and to a high standard", "I ask for help when I am stuck on a task"]
    assert change.new == change.old[::-1]
    assert "moved" in change.message and ("'I ask for help" in change.message or "'I deliver" in change.message)


def test_only_the_statements_that_moved_are_named():
    statements = ["I plan my work", "I write tests", "I review code", "I fix bugs", "I write docs"]
    before = edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), statements))
    # "I write docs" goes to the top; the other four keep their order.
    after = edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), statements[-1:] + statements[:-1]))
    (change,) = compare(before, after)
    assert change.kind is Kind.STATEMENT_REORDERED
    assert change.message.endswith("in a new order: 'I write docs' moved up")


def test_a_statement_added_or_removed_is_no_reordering():
    changes = diff(lambda d: cell(d, "IC1", "impact").insert(0, "I write a short plan before I start a task"))
    assert [c.kind for c in changes] == [Kind.STATEMENT_ADDED]
    changes = diff(lambda d: cell(d, "IC1", "impact").pop(0))
    assert [c.kind for c in changes] == [Kind.STATEMENT_REMOVED]


def test_a_statement_moved_to_another_cell_is_no_reordering():
    def edit(d):
        cell(d, "IC2", "impact").append(cell(d, "IC1", "impact").pop(0))

    assert Kind.STATEMENT_REORDERED not in {c.kind for c in diff(edit)}


def test_a_reordering_is_found_by_words_whatever_the_spacing():
    before = edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), ["I plan my work", "I write tests"]))
    after = edited(lambda d: cell(d, "IC1", "impact").__setitem__(slice(None), ["I write  tests", "I plan my work"]))
    kinds = [c.kind for c in compare(before, after)]
    assert Kind.STATEMENT_REORDERED in kinds


def test_a_reordering_has_a_stable_fingerprint():
    def edit(d):
        _swap(cell(d, "IC1", "impact"), 0, 1)

    first = diff(edit)[0].fingerprint
    assert diff(edit)[0].fingerprint == first
    other = diff(lambda d: _swap(d["dimensions"][0]["competencies"], 0, 1))[0].fingerprint
    assert other != first


def test_competencies_listed_in_a_new_order():
    changes = diff(lambda d: _swap(d["dimensions"][0]["competencies"], 0, 1))
    assert [(c.kind, c.impact, c.dimension, c.old, c.new) for c in changes] == [
        (Kind.COMPETENCY_REORDERED, Impact.EDITORIAL, "results", ["impact", "ownership"], ["ownership", "impact"])
    ]


def test_dimensions_listed_in_a_new_order():
    changes = diff(lambda d: _swap(d["dimensions"], 0, 1))
    assert [(c.kind, c.impact, c.old, c.new) for c in changes] == [
        (Kind.DIMENSION_REORDERED, Impact.EDITORIAL, ["results", "craft"], ["craft", "results"])
    ]


def test_a_competency_moved_to_another_dimension_is_not_a_reordering():
    def edit(d):
        d["dimensions"][1]["competencies"].insert(0, d["dimensions"][0]["competencies"].pop(0))

    assert [c.kind for c in diff(edit)] == [Kind.COMPETENCY_MOVED]


def test_two_levels_compared_have_no_order():
    document = copy.deepcopy(data())
    cell(document, "IC2", "impact")[:] = ["I ask for help when I am stuck on a task", "I deliver my tasks on time and to a high standard"]
    changes = compare_levels(framework(document), "IC1", "IC2")
    assert Kind.STATEMENT_REORDERED not in {c.kind for c in changes}


def test_moved_in_order_follows_repeated_items_in_order():
    assert moved_in_order(["a", "b", "c"], ["a", "b", "c"]) == []
    assert moved_in_order(["a", "b", "c"], ["c", "a", "b"]) == [("c", 3, 1)]
    # One of three moved, either "y" up or the first "x" down; a repeated
    # item is followed copy by copy, so both copies are never named.
    assert moved_in_order(["x", "y", "x"], ["y", "x", "x"]) in ([("y", 2, 1)], [("x", 1, 2)])
    assert moved_in_order(["x", "x"], ["x", "x"]) == []


def _write(tmp_path, name, document):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return str(path)


def test_the_outputs_say_what_moved(cli, tmp_path):
    old = data()
    new = copy.deepcopy(old)
    _swap(cell(new, "IC1", "impact"), 0, 1)
    _swap(new["dimensions"], 0, 1)
    a, b = _write(tmp_path, "a.yaml", old), _write(tmp_path, "b.yaml", new)
    text = cli("diff", a, b)
    assert text.exit_code == 0
    assert "statement-reordered" in text.output and "Impact: in a new order: “I" in text.output
    assert "dimension-reordered" in text.output and "moved" in text.output
    notes = cli("diff", "--format", "markdown", a, b).output
    assert "**In short:** 2 changes of order." in notes
    assert "### Order (what is expected does not change)" in notes
    assert "- **Impact:** the statements are listed in a new order: “I" in notes
    assert "- The dimensions are listed in a new order: Results moved down." in notes
    annotations = cli("diff", "--format", "github", a, b).output
    assert "title=editorial statement-reordered::" in annotations
    gate = cli("diff", "--fail-on", "editorial", a, b)
    assert gate.exit_code == 1
    assert cli("diff", "--fail-on", "structural", a, b).exit_code == 0
