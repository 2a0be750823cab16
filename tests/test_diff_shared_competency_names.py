"""Competencies that share a name (one "Capabilities" list under each
dimension, as imported ladders often have them) are told apart by their ids
wherever the diff's formats name them, as levels that share a title are;
names that are their own read as they always did."""

from __future__ import annotations

import copy
import json

import yaml
from click.testing import CliRunner

from ladderlint.cli import main

MENTORS = "Mentors other developers via pairing and code review"
DECIDES = "Makes independent decisions for the team"


def _ladder(craft: str, people: str) -> dict:
    """Two dimensions, each with one competency (named ``craft`` and ``people``)."""
    return {
        "ladderlint": 1, "id": "eng", "name": "Engineering", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [
            {"id": "craft", "name": "Craft", "competencies": [{"id": "craft-skills", "name": craft}]},
            {"id": "people", "name": "People", "competencies": [{"id": "people-skills", "name": people}]},
        ],
        "levels": [
            {"id": "E1", "title": "Engineer", "competencies": {
                "craft-skills": ["Writes tested code for well-defined tasks"],
                "people-skills": ["Asks for help when blocked"]}},
            {"id": "E2", "title": "Senior Engineer", "competencies": {
                "craft-skills": ["Designs services with the team", MENTORS],
                "people-skills": ["Runs meetings that end on time", DECIDES]}},
        ],
    }


def _revised(old: dict) -> dict:
    """The competencies renamed after their dimensions, and a statement moved from one to the other."""
    new = copy.deepcopy(old)
    new["dimensions"][0]["competencies"][0]["name"] = "Software Development"
    new["dimensions"][1]["competencies"][0]["name"] = "Leadership"
    cells = new["levels"][1]["competencies"]
    cells["craft-skills"].remove(MENTORS)
    cells["people-skills"].append(MENTORS)
    return new


def _diff(tmp_path, old: dict, new: dict, form: str) -> str:
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(str(path))
    run = CliRunner().invoke(main, ["diff", "--format", form, *paths])
    assert run.exit_code == 0, run.output
    return run.output


def test_competencies_of_one_name_are_told_apart_by_their_ids(tmp_path):
    old = _ladder("Capabilities", "Capabilities")
    new = _revised(old)
    notes = _diff(tmp_path, old, new, "markdown")
    assert "moved here from the competency “Capabilities” (craft-skills)" in notes
    assert "The competency “Capabilities” (craft-skills) is now called “Software Development”." in notes
    assert "The competency “Capabilities” (people-skills) is now called “Leadership”." in notes
    assert "“Capabilities”:" not in notes and "“Capabilities” is" not in notes
    text = _diff(tmp_path, old, new, "text")
    assert "(from Capabilities (craft-skills))" in text
    messages = [c["message"] for f in json.loads(_diff(tmp_path, old, new, "json"))["frameworks"]
                for c in f["changes"] if c["kind"] == "statement-moved"]
    assert messages and all("'Capabilities (craft-skills)'" in m for m in messages), messages


def test_a_name_another_competency_had_in_the_old_revision_is_told_apart(tmp_path):
    # "Leadership" is what people-skills is called now, and what craft-skills was called:
    # "moved here from the competency “Leadership”" would read as the competency it is in.
    old = _ladder("Leadership", "Teamwork")
    new = _revised(old)
    notes = _diff(tmp_path, old, new, "markdown")
    assert "moved here from the competency “Leadership” (craft-skills)" in notes
    assert "The competency “Leadership” (craft-skills) is now called “Software Development”." in notes


def test_names_of_their_own_read_as_they_are(tmp_path):
    old = _ladder("Craft skills", "People skills")
    new = _revised(old)
    notes = _diff(tmp_path, old, new, "markdown")
    assert "moved here from the competency “Craft skills”: " in notes
    assert "The competency “Craft skills” is now called “Software Development”." in notes
    assert "The competency “People skills” is now called “Leadership”." in notes
    assert "(craft-skills)" not in notes and "(people-skills)" not in notes
    text = _diff(tmp_path, old, new, "text")
    assert "(from Craft skills) " in text and "(craft-skills)" not in text


def test_dimensions_of_one_name_are_told_apart_by_their_ids(tmp_path):
    old = _ladder("Craft skills", "People skills")
    for dimension in old["dimensions"]:
        dimension["name"] = "Core"
    old["dimensions"][0]["competencies"].append({"id": "testing", "name": "Testing"})
    for level in old["levels"]:
        level["competencies"]["testing"] = ["Writes tests for the code they change"]
    new = copy.deepcopy(old)
    new["dimensions"][1]["competencies"].append(new["dimensions"][0]["competencies"].pop())
    assert "Testing:** moves from Core (craft) to Core (people)." in _diff(tmp_path, old, new, "markdown")
    assert "dimension: 'Core (craft)' -> 'Core (people)'" in _diff(tmp_path, old, new, "text")
