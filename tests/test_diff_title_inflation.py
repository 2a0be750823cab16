"""A level's title moved along the scale of level names (seniority words,
a number in a sequence) while the level asks what it asked: the higher
title for the same bar lowers it ("Junior" -> "Mid"), the lower title raises
it. A renumbering that follows the ladder (a level inserted below, the ones
above renumbered with their statements), a title along no scale and a
respelling are not bars moved."""

from __future__ import annotations

import copy

import yaml
from test_diff_git import V1

BASE = yaml.safe_load(V1)


def _files(write, old, new):
    return str(write("old.yaml", yaml.safe_dump(old, sort_keys=False))), \
        str(write("new.yaml", yaml.safe_dump(new, sort_keys=False)))


def _titled(*titles):
    new = copy.deepcopy(BASE)
    for level, title in zip(new["levels"], titles):
        level["title"] = title
    return new


def test_every_title_moved_up_one_lowers_the_bar(cli, write):
    old = _titled("Junior", "Mid", "Senior")
    files = _files(write, old, _titled("Mid", "Senior", "Staff"))
    run = cli("diff", "--fail-on", "lowers-bar", *files)
    assert run.exit_code == 1, run.output
    assert run.output.count("lowers-bar  level-renamed") == 3
    assert "(read as: title raised over the same expectations)" in run.output
    notes = cli("diff", "--format", "markdown", *files).output
    assert "the title “Mid” now asks what “Junior” asked (less than before)" in notes


def test_a_title_moved_down_raises_the_bar(cli, write):
    files = _files(write, _titled("Junior", "Mid", "Senior"), _titled("Junior", "Junior", "Senior"))
    run = cli("diff", "--format", "json", *files)
    [change] = run.json()["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"]) == ("level-renamed", "raises-bar")
    assert change["reasons"] == ["title lowered over the same expectations"]


def test_a_renumbering_that_follows_the_ladder_moves_no_bar(cli, write):
    """A level inserted at the bottom: each level above takes the next id and title with its statements."""
    new = copy.deepcopy(BASE)
    for level, number in zip(new["levels"], ("2", "3", "4")):
        level["id"] = f"IC{number}"
        level["title"] = f"Engineer {'I' * int(number) if number != '4' else 'IV'}"
    new["levels"].insert(0, {"id": "IC1", "title": "Engineer I", "competencies": {
        "impact": ["I finish small tasks that my mentor sets"]}})
    run = cli("diff", "--fail-on", "lowers-bar", "--format", "json", *_files(write, BASE, new))
    renamed = [c for c in run.json()["frameworks"][0]["changes"] if c["kind"] == "level-renamed"]
    assert renamed and all(c["impact"] == "structural" for c in renamed), renamed


def test_a_title_along_no_scale_stays_structural_and_a_respelling_editorial(cli, write):
    old = _titled("Backend Engineer", "Senior Engineer", "Staff Engineer")
    run = cli("diff", "--fail-on", "lowers-bar", *_files(write, old, _titled(
        "Platform Engineer", "Senior Engineer", "Staff Engineer")))
    assert run.exit_code == 0 and "structural  level-renamed" in run.output, run.output
    run = cli("diff", "--fail-on", "lowers-bar", *_files(write, old, _titled(
        "Backend Engineer", "Sr. Engineer", "Staff Engineer")))
    assert run.exit_code == 0 and "editorial   level-renamed" in run.output, run.output


def test_a_title_raised_as_the_statements_are_replaced_is_read_on_the_statements(cli, write):
    """Not over the same expectations: the statements' own changes say what moved."""
    new = _titled("Engineer I", "Engineer III", "Engineer III")
    new["levels"][1]["competencies"] = copy.deepcopy(BASE["levels"][2]["competencies"])
    new["levels"].pop()
    run = cli("diff", "--format", "json", *_files(write, BASE, new))
    renamed = [c for c in run.json()["frameworks"][0]["changes"] if c["kind"] == "level-renamed"]
    assert all("title raised over the same expectations" not in c["reasons"] for c in renamed), renamed
