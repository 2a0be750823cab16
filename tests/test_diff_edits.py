"""Edits a framework's owner really makes, read as an engineer on the ladder
reads them: idioms for idioms, hedges, help, ranges, respellings, moves
between levels that stand alone, and the release notes they make."""

from __future__ import annotations

import copy

import pytest
import yaml
from click.testing import CliRunner

from diffkit import cell, data, framework
from ladderlint.cli import main
from ladderlint.diff import Impact, Kind, compare
from ladderlint.diff.grade import grade


# Idioms that say the same thing are wording, not a new expectation.
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("I speak up when I disagree with a decision", "I voice my opinion when I disagree with a decision"),
        ("Speaks up in design reviews", "Voices their opinions in design reviews"),
        ("I keep abreast of industry trends", "I stay up to date with industry trends"),
        ("Keeps up with changes to the platform", "Keeps abreast of changes to the platform"),
        ("I take care of the tests for my code", "I look after the tests for my code"),
        ("Takes care of the on-call rota", "Looks after the on-call rota"),
        ("I own features end to end", "I own features end-to-end"),
        ("I keep my manager informed of risks", "I keep my manager up to date on risks"),
        ("My designs are reviewed by peers", "My designs are peer-reviewed"),
        ("Our decisions are data-driven", "Our decisions are driven by data"),
        # The compound and its words in other places of the text.
        ("I own the delivery of features end to end", "I own end-to-end delivery of features"),
        ("I write code that is reviewed by peers", "I write peer-reviewed code"),
        ("I build customer-facing features", "I build features that face customers"),
        # "less experienced" people are junior ones.
        ("Mentors junior engineers", "Mentors less experienced engineers"),
        ("Learns from more experienced engineers", "Learns from senior engineers"),
        # One idiom of keeping up for another, whatever its verb.
        ("I stay abreast of new technologies", "I keep up to date with new technologies"),
    ],
)
def test_idioms_that_say_the_same_are_editorial(old, new):
    assert grade(old, new).impact.value == "editorial"
    assert grade(new, old).impact.value == "editorial"


@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        ("Mentors engineers", "Mentors less experienced engineers", "lowers-bar"),
        ("Mentors less experienced engineers", "Mentors more experienced engineers", "raises-bar"),
    ],
)
def test_words_of_audience_still_read_on_their_scale(old, new, impact):
    assert grade(old, new).impact.value == impact


def test_an_idiom_with_more_asked_beside_it_still_raises():
    assert grade("I take care of the tests for my code",
                 "I look after the tests and the docs for my code").impact.value == "raises-bar"
    assert grade("My designs are reviewed by peers",
                 "My designs are reviewed by peers and security").impact.value == "raises-bar"


# Help, ability and hedges on help, as an engineer on the level reads them.
@pytest.mark.parametrize(
    ("old", "new", "impact"),
    [
        # Working with others is no help had: independence traded for collaboration reads both ways.
        ("I work alone on well-defined tasks", "I work with others on well-defined tasks", "raises-bar"),
        ("I work with others on well-defined tasks", "I work alone on well-defined tasks", "raises-bar"),
        # A phrase of independence is one thing said, as "alone" is.
        ("Works on their own on tasks", "Works with teammates on tasks", "raises-bar"),
        # Able to do it alone, then only with help: less is asked.
        ("I can write clear design docs", "I write clear design docs with help", "lowers-bar"),
        ("I am able to run deploys", "I run deploys with guidance from my lead", "lowers-bar"),
        ("I write docs with help", "I can write docs", "raises-bar"),
        # The hedge on help taken out: help every time, less autonomy.
        ("I deliver features, typically with guidance", "I deliver features with guidance", "lowers-bar"),
        ("I deliver features often with guidance", "I deliver features with guidance", "lowers-bar"),
        ("I deliver features with guidance", "I deliver features, usually with guidance", "raises-bar"),
        # How often work is shared, taken out: shared every time.
        ("Prioritises technical work for the team (usually with others)",
         "Prioritises technical work for the team with others", "lowers-bar"),
        # A wider range of sizes reaches larger work.
        ("I break down projects for teams of 3-5 engineers", "I break down projects for teams of 3-10 engineers",
         "raises-bar"),
        ("I lead teams of 3 to 5 engineers", "I lead teams of 3 to 10 engineers", "raises-bar"),
        ("I lead teams of 3-10 engineers", "I lead teams of 3-5 engineers", "lowers-bar"),
    ],
)
def test_help_ability_hedges_and_ranges(old, new, impact):
    assert grade(old, new).impact.value == impact, grade(old, new).reasons


# A statement moved to another level and respelt on the way (British for American) is still one statement.
@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("I organise my work and prioritise the tasks that matter", "I organize my work and prioritize the tasks that matter"),
        ("I model positive behaviour in the centre",
         "I model positive behavior in the center"),
    ],
)
def test_a_statement_moved_and_respelt_is_matched(british, american):
    assert _moved_from_ic1_to_ic2(british, american) == [(Kind.STATEMENT_MOVED, "IC2", "IC1")]


def _moved_from_ic1_to_ic2(before: str, after: str) -> list[tuple[Kind, str | None, str | None]]:
    """The changes read when ``before``, added at IC1, leaves it for IC2 written as ``after``."""
    old = data()
    cell(old, "IC1", "impact").append(before)
    new = copy.deepcopy(old)
    cell(new, "IC1", "impact").remove(before)
    cell(new, "IC2", "impact").append(after)
    return [(c.kind, c.level, c.old_level) for c in compare(framework(old), framework(new))]


@pytest.mark.parametrize(("cumulative", "impacts"), [
    # Levels that stand alone: the level it reached gains it, the level it left loses it.
    (False, (Impact.RAISES_BAR, Impact.LOWERS_BAR)),
    # Cumulative: IC2 asked for it already through IC1; only IC1 loses it.
    (True, (Impact.LOWERS_BAR, None)),
])
def test_a_statement_moved_up_one_level(cumulative, impacts):
    old = dict(data(), cumulative=cumulative)
    new = copy.deepcopy(old)
    moved = cell(new, "IC1", "impact").pop(0)
    cell(new, "IC2", "impact").append(moved)
    (change,) = compare(framework(old), framework(new))
    assert change.kind is Kind.STATEMENT_MOVED
    assert (change.impact, change.old_level_impact) == impacts


@pytest.mark.parametrize(("cumulative", "impacts"), [
    (False, (Impact.RAISES_BAR, Impact.LOWERS_BAR)),
    (True, (Impact.RAISES_BAR, None)),  # IC3 still has it, through IC2
])
def test_a_statement_moved_down_one_level(cumulative, impacts):
    old = dict(data(), cumulative=cumulative)
    new = copy.deepcopy(old)
    moved = cell(new, "IC3", "impact").pop(0)
    cell(new, "IC2", "impact").append(moved)
    (change,) = compare(framework(old), framework(new))
    assert (change.impact, change.old_level_impact) == impacts


def test_a_standalone_move_up_fails_a_gate_on_raised_bars(tmp_path):
    old = dict(data(), cumulative=False)
    new = copy.deepcopy(old)
    cell(new, "IC2", "impact").append(cell(new, "IC1", "impact").pop(0))
    files = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        (tmp_path / name).write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        files.append(str(tmp_path / name))
    result = CliRunner().invoke(main, ["diff", "--fail-on", "raises-bar", *files])
    assert result.exit_code == 1, result.output


def _write(tmp_path, name, document):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def _titled(titles):
    document = data()
    for level, title in zip(document["levels"], titles):
        level["title"] = title
    return document


def test_levels_are_named_by_their_titles_for_people(tmp_path):
    file = _write(tmp_path, "ladder.yaml", _titled(["Software Engineer 1", "Software Engineer 2", "IC3 Senior Engineer"]))
    notes = CliRunner().invoke(main, ["diff", "--levels", "IC1", "IC2", "--format", "markdown", file]).output
    assert notes.startswith("# What is new at Software Engineer 2 compared with Software Engineer 1\n")
    assert "### New or higher at Software Engineer 2" in notes
    text = CliRunner().invoke(main, ["diff", "--levels", "IC2", "IC3", file]).output
    assert text.startswith("What changes from Software Engineer 2 to IC3 Senior Engineer in ")
    assert "IC3 (IC3 Senior Engineer)" not in text


def test_a_title_that_names_its_id_is_not_said_twice(tmp_path):
    old = _titled(["Software Engineer 1", "Software Engineer 2", "IC3 Senior Engineer"])
    new = copy.deepcopy(old)
    cell(new, "IC3", "impact").append("I set the direction of my group's work")
    files = [_write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)]
    notes = CliRunner().invoke(main, ["diff", "--format", "markdown", *files]).output
    assert "## What changes for IC3 Senior Engineer\n" in notes
    text = CliRunner().invoke(main, ["diff", *files]).output
    assert "\nIC3 Senior Engineer\n" in text and "IC3 (IC3" not in text


def test_an_id_written_from_its_title_is_not_said_beside_it(tmp_path):
    # Ids are often the title made into a slug ('mid-to-senior1' for 'Mid to
    # Senior 1'): the reader is told the title, once, in headings and in short.
    old = data()
    for level, (level_id, title) in zip(old["levels"], [("junior", "Junior"), ("mid-to-senior1", "Mid to Senior 1"),
                                                         ("senior_2", "Senior 2")]):
        level["id"], level["title"] = level_id, title
    new = copy.deepcopy(old)
    cell(new, "mid-to-senior1", "impact").append("I set the direction of my group's work")
    files = [_write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)]
    notes = CliRunner().invoke(main, ["diff", "--format", "markdown", *files]).output
    # Quoted, as "to" would read as part of the sentence.
    assert "## What changes for “Mid to Senior 1”\n" in notes
    assert "(at “Mid to Senior 1” and Senior 2)" in notes
    assert "mid-to-senior1" not in notes
    text = CliRunner().invoke(main, ["diff", *files]).output
    assert "\nMid to Senior 1\n" in text


def test_an_id_written_with_a_number_for_the_titles_numeral_is_not_said_beside_it(tmp_path):
    old = data()
    for level, (level_id, title) in zip(old["levels"], [("engineer-1", "Engineer 1"), ("engineer-2", "Engineer 2"),
                                                         ("senior-engineer-1", "Senior Engineer 1")]):
        level["id"], level["title"] = level_id, title
    new = copy.deepcopy(old)
    for level in new["levels"]:
        level["title"] = level["title"].replace(" 1", " I").replace(" 2", " II")
    text = CliRunner().invoke(main, ["diff", _write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)]).output
    assert "\nSenior Engineer I\n  structural  level-renamed           title: Senior Engineer [-1-]{+I+}" in text
    assert "engineer-2 (" not in text


def test_a_move_names_the_other_level_as_the_headings_do(tmp_path):
    old = data()
    for number, level in enumerate(old["levels"], start=1):
        level["id"], level["title"] = f"L{number}", f"Level {number}"
    new = copy.deepcopy(old)
    cell(new, "L2", "code")["statements"].append(cell(new, "L3", "code")["statements"].pop())
    cell(new, "L2", "impact").append(cell(new, "L1", "impact").pop(0))
    files = [_write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)]
    notes = CliRunner().invoke(main, ["diff", "--format", "markdown", *files]).output
    assert "## What changes for Level 2\n" in notes
    assert "- **Code Fluency:** moved here from Level 3: I design components that other teams can build on safely" \
        in notes
    assert "- **Impact:** no longer expected here, moved up to Level 2: I deliver my tasks on time and to a high standard" in notes


def test_a_new_level_titled_level_n_is_not_called_level_twice(tmp_path):
    old = data()
    for number, level in enumerate(old["levels"], start=1):
        level["id"], level["title"] = f"L{number}", f"Level {number}"
    new = copy.deepcopy(old)
    new["levels"].append({"id": "L4", "title": "Level 4", "competencies": {"impact": ["I set my group's direction"]}})
    notes = CliRunner().invoke(main, ["diff", "--format", "markdown", _write(tmp_path, "old.yaml", old),
                                      _write(tmp_path, "new.yaml", new)]).output
    assert "- New Level 4." in notes
    assert "## The new Level 4: what is new compared with Level 3" in notes
    assert "level Level" not in notes


def test_levels_sharing_a_title_keep_their_ids(tmp_path):
    file = _write(tmp_path, "ladder.yaml", _titled(["Engineer", "Engineer", "Senior Engineer"]))
    notes = CliRunner().invoke(main, ["diff", "--levels", "IC1", "IC2", "--format", "markdown", file]).output
    assert notes.startswith("# What is new at IC2 (Engineer) compared with IC1 (Engineer)\n")


def test_a_statement_moved_to_another_competency_names_it(tmp_path):
    old = data()
    new = copy.deepcopy(old)
    cell(new, "IC1", "ownership").append(cell(new, "IC1", "impact").pop(0))
    text = CliRunner().invoke(main, ["diff", _write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)])
    assert "Ownership: (from Impact) " in text.output, text.output


@pytest.mark.parametrize("removed", [True, False])
def test_the_reason_for_statements_of_a_level_removed_or_added_below_is_said_once(tmp_path, removed):
    full = data()  # cumulative: IC3 includes IC2
    without = copy.deepcopy(full)
    without["levels"] = [level for level in without["levels"] if level["id"] != "IC2"]
    old, new = (full, without) if removed else (without, full)
    files = [_write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)]
    notes = CliRunner().invoke(main, ["diff", "--format", "markdown", *files]).output
    reason = ("No longer expected, with the level IC2 (Engineer II) below removed, which IC3 (Engineer III) included:"
              if removed else
              "Now expected here, from the new level IC2 (Engineer II) below, which IC3 (Engineer III) includes:")
    assert notes.count(reason) == 1, notes
    assert "- **Impact:** I deliver features that my team agreed on without close guidance" in notes
    assert notes.count("below removed") + notes.count("from the new level") == 1


def test_a_competency_moved_to_another_dimension_names_both(tmp_path):
    old = data()
    new = copy.deepcopy(old)
    results, craft = new["dimensions"]
    craft["competencies"].append(results["competencies"].pop())  # Ownership, from Results to Craft
    text = CliRunner().invoke(main, ["diff", _write(tmp_path, "old.yaml", old), _write(tmp_path, "new.yaml", new)])
    assert "Ownership: dimension: 'Results' -> 'Craft'" in text.output, text.output


# A statement moved to another level and reworded with an idiom of the vocabulary on the way is one statement.
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("I keep up with industry trends", "I stay up to date with industry trends"),
        ("I learn and improve independently", "I learn and improve on my own"),
    ],
)
def test_a_statement_moved_and_reworded_with_an_idiom_is_matched(before, after):
    assert _moved_from_ic1_to_ic2(before, after) == [(Kind.STATEMENT_MOVED, "IC2", "IC1")]
