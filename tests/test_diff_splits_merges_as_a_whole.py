"""Splits and merges are read as a whole, separate statements as all asked:
the alternatives of an "or" put in statements of their own are all asked
(and statements joined by an "or" ask one of them); a statement merged with
another, a qualifier taken out on the way, is merged, not removed."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from diffkit import one_cell_ladder

from ladderlint.cli import main
from ladderlint.diff import Change, compare
from ladderlint.model import build_framework


def changes(old: list[str], new: list[str]) -> list[tuple[str, str, Any, Any]]:
    found: list[Change] = compare(build_framework("old.yaml", one_cell_ladder(old)), build_framework("new.yaml", one_cell_ladder(new)))
    return [(c.kind.value, c.impact.value, c.old, c.new) for c in found]


@pytest.mark.parametrize("whole, parts", [
    ("Fixes bugs or writes tests", ["Fixes bugs", "Writes tests"]),
    ("Reviews code or designs", ["Reviews code", "Reviews designs"]),
    ("Mentors an intern or a new joiner", ["Mentors an intern", "Mentors a new joiner"]),
    ("Presents at team meetings or guild meetings", ["Presents at team meetings", "Presents at guild meetings"]),
    ("Uses user research or data to inform decisions",
     ["Uses user research to inform decisions", "Uses data to inform decisions"]),
    ("Writes unit or integration tests for their changes",
     ["Writes unit tests for their changes", "Writes integration tests for their changes"]),
])
def test_alternatives_split_into_statements_are_all_asked(whole, parts):
    assert changes([whole], parts) == [("statement-split", "raises-bar", whole, parts)]
    # Merged back into an "or": one of them is asked.
    assert changes(parts, [whole]) == [("statement-merged", "lowers-bar", parts, whole)]


def test_a_split_of_what_is_all_asked_stays_editorial():
    whole, parts = "Reviews code and designs", ["Reviews code", "Reviews designs"]
    assert changes([whole], parts) == [("statement-split", "editorial", whole, parts)]
    assert changes(parts, [whole]) == [("statement-merged", "editorial", parts, whole)]


@pytest.mark.parametrize("olds, new", [
    # Under a negation, "or" asks neither; "little or no" is one amount of help.
    (["Does not break the build", "Does not ship untested code"], "Does not break the build or ship untested code"),
    (["Works with little guidance", "Writes tests"], "Works with little or no guidance and writes tests"),
])
def test_an_or_that_offers_no_choice_is_not_one_of_them_asked(olds, new):
    merged = compare(build_framework("old.yaml", one_cell_ladder(olds)), build_framework("new.yaml", one_cell_ladder([new])))
    assert [c.kind.value for c in merged] == ["statement-merged"]
    assert "one of them asked" not in merged[0].reasons and merged[0].also_impact is None


@pytest.mark.parametrize("olds, new, impact", [
    (["Fixes bugs with guidance", "Writes tests"], "Fixes bugs and writes tests", "raises-bar"),
    (["Fixes bugs with guidance", "Writes tests when asked"], "Writes tests and fixes bugs", "raises-bar"),
])
def test_a_merge_that_takes_out_a_qualifier_is_a_merge(olds, new, impact):
    assert changes(olds, [new]) == [("statement-merged", impact, olds, new)]


# -- a clause moved from one statement to another -------------------------------------------------

def _two_levels(l1: dict[str, list[str]], l2: dict[str, list[str]], **more: Any) -> Any:
    from diffkit import two_competency_ladder

    return build_framework("f.yaml", two_competency_ladder([
        {"id": "L1", "title": "Engineer", "competencies": l1},
        {"id": "L2", "title": "Senior Engineer", "competencies": l2},
    ], **more))


def _moved(old: Any, new: Any) -> list[tuple[str, str, str | None, str | None, str]]:
    return sorted((c.kind.value, c.impact.value, c.also_impact and c.also_impact.value, c.level, c.message)
                  for c in compare(old, new))


@pytest.mark.parametrize("joined", [
    "Breaks down large problems into smaller steps and solves small ambiguous problems",
    "Breaks down large problems into smaller steps, and solves small ambiguous problems",
    "Breaks down large problems into smaller steps, solves small ambiguous problems.",
])
def test_a_clause_moved_to_another_statement_of_its_cell_is_editorial(joined):
    old = _two_levels({"delivery": ["Delivers large well-defined tasks and solves small ambiguous problems",
                                    "Breaks down large problems into smaller steps"]},
                      {"delivery": ["Delivers features for their team"]})
    new = _two_levels({"delivery": ["Delivers large well-defined tasks", joined]},
                      {"delivery": ["Delivers features for their team"]})
    found = _moved(old, new)
    assert [(k, i, a, lv) for k, i, a, lv, _m in found] == [("statement-reworded", "editorial", None, "L1")] * 2
    # Each says where the clause went, or came from.
    assert 'its clause "solves small ambiguous problems" moved to "' + joined + '"' in found[0][4] + found[1][4]
    assert 'moved from "Delivers large well-defined tasks and solves small ambiguous problems"' \
        in found[0][4] + found[1][4]


def test_a_clause_moved_to_another_competency_of_the_level_is_structural():
    old = _two_levels({"delivery": ["Fixes bugs involving several services and can investigate production issues"],
                       "craft": ["Follows runbooks when on call"]},
                      {"delivery": ["Delivers features for their team"]})
    new = _two_levels({"delivery": ["Fixes bugs involving several services"],
                       "craft": ["Follows runbooks when on call and can investigate production issues"]},
                      {"delivery": ["Delivers features for their team"]})
    found = _moved(old, new)
    assert [(k, i, a, lv) for k, i, a, lv, _m in found] == [("statement-reworded", "structural", None, "L1")] * 2
    assert any("moved to \"Follows runbooks when on call and can investigate production issues\" in 'craft'" in m
               for *_rest, m in found)


def test_a_clause_moved_and_reworded_is_graded_on_its_rewording():
    old = _two_levels({"delivery": ["Delivers large well-defined tasks and solves small ambiguous problems",
                                    "Breaks down large problems into smaller steps"]},
                      {"delivery": ["Delivers features for their team"]})
    raised = _two_levels({"delivery": ["Delivers large well-defined tasks",
                                       "Breaks down large problems into smaller steps and always solves "
                                       "small ambiguous problems"]},
                         {"delivery": ["Delivers features for their team"]})
    assert [(k, i) for k, i, *_rest in _moved(old, raised)] == [
        ("statement-reworded", "editorial"), ("statement-reworded", "raises-bar")]
    # The statement it was cut from reworded besides: that rewording is graded.
    lowered = _two_levels({"delivery": ["Sometimes delivers large well-defined tasks",
                                        "Breaks down large problems into smaller steps and solves small "
                                        "ambiguous problems"]},
                          {"delivery": ["Delivers features for their team"]})
    assert sorted(i for _k, i, *_rest in _moved(old, lowered)) == ["editorial", "lowers-bar"]


@pytest.mark.parametrize("cumulative", [True, False])
def test_a_clause_moved_to_another_level_moves_the_bar_where_it_went(cumulative):
    lower = ["Delivers assigned tasks that meet expected criteria",
             "Delivers assigned tasks that meet expected criteria and solves small ambiguous problems"]
    higher = ["Delivers large well-defined tasks and solves small ambiguous problems",
              "Delivers large well-defined tasks"]
    old = _two_levels({"delivery": [lower[0]]}, {"delivery": [higher[0]]}, cumulative=cumulative)
    new = _two_levels({"delivery": [lower[1]]}, {"delivery": [higher[1]]}, cumulative=cumulative)
    down, up = ({lv: i for _k, i, _a, lv, _m in _moved(a, b)} for a, b in ((old, new), (new, old)))
    if cumulative:
        # Down to L1: L1 asks for it now; L2 includes L1 and still asks for it.
        assert down == {"L1": "raises-bar", "L2": "editorial"}
        # Up to L2: L1 no longer asks for it; L2 asked for it through L1.
        assert up == {"L1": "lowers-bar", "L2": "editorial"}
    else:
        # Where levels stand alone, the level it reached gains it and the one it left loses it.
        assert down == {"L1": "raises-bar", "L2": "lowers-bar"}
        assert up == {"L1": "lowers-bar", "L2": "raises-bar"}


def test_a_clause_moved_within_a_level_passes_the_gate_on_raised_bars(tmp_path):
    old = ["Delivers large well-defined tasks and solves small ambiguous problems",
           "Breaks down large problems into smaller steps"]
    new = ["Delivers large well-defined tasks",
           "Breaks down large problems into smaller steps and solves small ambiguous problems"]
    for name, statements in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(one_cell_ladder(statements)), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", "--no-color", "--fail-on", "raises-bar",
                                       str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")])
    assert result.exit_code == 0, result.output
    assert '(its clause "solves small ambiguous problems" moved to "Breaks down large problems into smaller ' \
        'steps and solves small ambiguous problems" in the same competency)' in result.output
