"""A level added or removed beside a statement moved into or out of it, a
statement moved to another competency and reworded, and how far a removal
reaches where a level above still says it as part of a longer statement."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import yaml

from diffkit import framework

from ladderlint.diff import Impact, Kind, compare

INCIDENTS = "Leads the response to incidents in their team's services"
ALERTS = "Improves the alerts of their team's services"

LADDER: dict[str, Any] = {
    "ladderlint": 1,
    "id": "acme",
    "name": "Acme Engineering",
    "track": "Engineering",
    "version": "1.0.0",
    "organisation": {"name": "Acme"},
    "dimensions": [{"id": "work", "name": "Work", "competencies": [
        {"id": "delivery", "name": "Delivery"}, {"id": "operations", "name": "Operations"}]}],
    "levels": [
        {"id": "L1", "title": "Associate", "competencies": {
            "delivery": ["Delivers small tasks with guidance"],
            "operations": ["Joins the on-call rotation with a buddy"]}},
        {"id": "L3", "title": "Senior", "competencies": {
            "delivery": ["Leads projects that span several quarters"],
            "operations": [INCIDENTS, "Runs blameless postmortems and follows up on actions"]}},
        {"id": "L4", "title": "Staff", "competencies": {
            "delivery": ["Sets the technical direction of several teams"],
            "operations": ["Defines service level objectives for their group"]}},
    ],
}


def _with_engineer(document: dict[str, Any]) -> dict[str, Any]:
    """A level L2 inserted below Senior, which takes Senior's incidents
    statement and asks for a new one beside it."""
    new = copy.deepcopy(document)
    new["levels"].insert(1, {"id": "L2", "title": "Engineer", "competencies": {
        "delivery": ["Delivers features that the team agreed on"],
        "operations": [INCIDENTS, ALERTS]}})
    new["levels"][2]["competencies"]["operations"].remove(INCIDENTS)
    return new


def test_a_statement_new_beside_one_moved_into_an_added_level_raises_the_bar_above_it():
    changes = compare(framework(LADDER), framework(_with_engineer(LADDER)))
    added = [c for c in changes if c.kind is Kind.STATEMENT_ADDED and c.new == ALERTS]
    # The incidents statement moved into L2 is that statement, not an older wording of this one.
    assert [(c.impact, c.level, c.reaches) for c in added] == [(Impact.RAISES_BAR, "L2", "L3")]
    assert [c.kind for c in changes if c.new == INCIDENTS] == [Kind.STATEMENT_MOVED]


def test_a_statement_gone_beside_one_moved_out_of_a_removed_level_lowers_the_bar_above_it():
    changes = compare(framework(_with_engineer(LADDER)), framework(LADDER))
    removed = [c for c in changes if c.kind is Kind.STATEMENT_REMOVED and c.old == ALERTS]
    assert [(c.impact, c.level, c.reaches) for c in removed] == [(Impact.LOWERS_BAR, "L2", "L3")]


def test_a_statement_moved_to_another_competency_and_reworded_is_one_move():
    runbooks = "Writes runbooks for the services they build"
    reworded = "Writes and tests runbooks for every service they build"
    old, new = copy.deepcopy(LADDER), copy.deepcopy(LADDER)
    old["levels"][1]["competencies"]["operations"].append(runbooks)
    new["levels"][1]["competencies"]["delivery"].append(reworded)
    changes = compare(framework(old), framework(new))
    # "the services" said as "every service" keeps the word: six of its seven words are kept.
    assert [(c.kind, c.impact, c.level, c.competency, c.old_competency, c.old, c.new) for c in changes] == [
        (Kind.STATEMENT_MOVED, Impact.RAISES_BAR, "L3", "delivery", "operations", runbooks, reworded)]


COORDINATES = "Sometimes coordinates work with other teams to unblock delivery"
MERGED = "Sets the technical direction of several teams, coordinating work with other teams to unblock delivery"


def _write(tmp_path, old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str]:
    paths = tmp_path / "old.yaml", tmp_path / "new.yaml"
    for path, document in zip(paths, (old, new)):
        path.write_text(yaml.safe_dump(document, sort_keys=False))
    return str(paths[0]), str(paths[1])


def test_a_removal_reaches_no_level_that_still_says_it_within_a_longer_statement(cli, tmp_path):
    old, new = copy.deepcopy(LADDER), copy.deepcopy(LADDER)
    old["levels"][0]["competencies"]["delivery"].append(COORDINATES)
    new["levels"][2]["competencies"]["delivery"] = [MERGED]
    data = json.loads(cli("diff", "--format", "json", *_write(tmp_path, old, new)).output)
    [removed] = [c for c in data["frameworks"][0]["changes"] if c["kind"] == "statement-removed"]
    # L4 still asks for it, more often ("Sometimes" left out), as part of its statement: L4 and above keep it.
    assert (removed["impact"], removed["levels_reached"]) == ("lowers-bar", ["L1", "L3"])


def test_a_removal_reaches_a_level_whose_longer_statement_asks_less(cli, tmp_path):
    old, new = copy.deepcopy(LADDER), copy.deepcopy(LADDER)
    old["levels"][0]["competencies"]["delivery"].append(COORDINATES.replace("Sometimes coordinates", "Coordinates"))
    # L4 says it "sometimes" only: less than L1 asked.
    new["levels"][2]["competencies"]["delivery"] = [MERGED.replace("coordinating", "sometimes coordinating")]
    data = json.loads(cli("diff", "--format", "json", *_write(tmp_path, old, new)).output)
    [removed] = [c for c in data["frameworks"][0]["changes"] if c["kind"] == "statement-removed"]
    assert (removed["impact"], removed["levels_reached"]) == ("lowers-bar", ["L1", "L3", "L4"])


#: A statement, and a longer one at a level above that has its words in
#: order but asks something else of that level: to review, teach or approve
#: what others do. The level above does not ask for the statement itself.
SAID_OF_OTHERS = [
    ("Coordinates work with other teams", "Reviews the plans others make to coordinate work with other teams"),
    ("Writes tests for their code", "Reviews whether others write tests for their code"),
    ("Fixes bugs in production", "Teaches others how to find and fix bugs in production"),
    ("Attends design reviews", "Runs design reviews and decides who attends design reviews"),
    ("Answers questions in the team channel", "Makes sure others answer questions in the team channel"),
    ("Deploys changes to production", "Approves deploys of changes to production"),
    ("Writes runbooks for their services", "Asks new joiners to write runbooks for their services"),
    ("Pairs with junior engineers", "Coaches senior engineers to pair with junior engineers"),
    ("Estimates their own tasks", "Challenges estimates of their own tasks made by others"),
    ("Follows the team's coding standards",
     "Defines the team's coding standards and ensures others follow the team's coding standards"),
    ("Learns the codebase", "Helps new hires learn the codebase"),
]


@pytest.mark.parametrize("kind", ["statement-removed", "statement-added"])
@pytest.mark.parametrize(("statement", "above"), SAID_OF_OTHERS)
def test_a_change_reaches_a_level_whose_longer_statement_asks_it_of_others(cli, tmp_path, kind, statement, above):
    old, new = copy.deepcopy(LADDER), copy.deepcopy(LADDER)
    for document in (old, new):
        document["levels"][1]["competencies"]["delivery"] = [above]
    (old if kind == "statement-removed" else new)["levels"][0]["competencies"]["delivery"].append(statement)
    data = json.loads(cli("diff", "--format", "json", *_write(tmp_path, old, new)).output)
    [change] = [c for c in data["frameworks"][0]["changes"] if c["kind"] == kind]
    # L3 says the words, but as what it asks of others: its own bar moves too.
    assert change["levels_reached"] == ["L1", "L3", "L4"]


def test_an_addition_reaches_no_level_that_already_says_it_within_a_longer_statement(cli, tmp_path):
    old, new = copy.deepcopy(LADDER), copy.deepcopy(LADDER)
    for document in (old, new):
        document["levels"][2]["competencies"]["delivery"] = [MERGED]
    new["levels"][0]["competencies"]["delivery"].append(COORDINATES)
    data = json.loads(cli("diff", "--format", "json", *_write(tmp_path, old, new)).output)
    [added] = [c for c in data["frameworks"][0]["changes"] if c["kind"] == "statement-added"]
    assert (added["impact"], added["levels_reached"]) == ("raises-bar", ["L1", "L3"])


def test_a_merge_that_lowers_the_bar_marks_the_words_it_took_out_in_the_release_notes(cli, tmp_path):
    parts = ["Leads projects that span several quarters", "Identifies and removes recurring blockers"]
    old, new = copy.deepcopy(LADDER), copy.deepcopy(LADDER)
    old["levels"][1]["competencies"]["delivery"] = parts
    new["levels"][1]["competencies"]["delivery"] = [
        "Leads projects that span several quarters, removing recurring blockers"]
    files = _write(tmp_path, old, new)
    [merged] = json.loads(cli("diff", "--format", "json", *files).output)["frameworks"][0]["changes"]
    assert (merged["kind"], merged["impact"]) == ("statement-merged", "lowers-bar")
    notes = cli("diff", "--format", "markdown", *files).output
    # Why it asks less: "Identifies" is taken out, as a rewording's notes mark it.
    assert ("two statements merged into one: Leads projects that span several quarters ~~Identifies and "
            "removes~~**, removing** recurring blockers (was “Leads projects that span several quarters” and "
            "“Identifies and removes recurring blockers”)") in notes
