"""A statement moved to another competency of its level: lightly reworded
on the way (it keeps most of its words of meaning, whatever small words of
grammar it traded), it is one statement moved, not one removed and another
added; moved into a competency that did not apply at the level, it makes
the competency apply without asking the level anything new."""

from __future__ import annotations

import copy
import json

import yaml
from click.testing import CliRunner

from ladderlint.cli import main

COMMUNITY = ("Participates in the improvement of the community through open-source projects, training, meetups, "
             "presentations, blogs")
CONTRIBUTING = ("contributing to the community through initiatives such as open-source projects, training, meetups, "
                "presentations and blogs")
CREATIVE = "I find new and creative ways to accomplish my work, and share my ideas with the team"


def _ladder():
    return {
        "ladderlint": 1, "id": "eng", "name": "Engineering", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "all", "name": "All", "competencies": [
            {"id": "development", "name": "Development"}, {"id": "leadership", "name": "Leadership"},
            {"id": "management", "name": "Management"}, {"id": "agility", "name": "Agility"},
            {"id": "innovation", "name": "Innovation"}]}],
        "levels": [
            {"id": "E1", "title": "Engineer", "competencies": {
                "development": ["writing tests first", "submitting small pull requests"],
                "leadership": ["communicating with their team", "sharing ownership of the codebase"],
                "management": ["learning the delivery method", "participating in the hiring process"],
                "agility": ["I can adapt my work when circumstances change", CREATIVE],
                "innovation": {"not_applicable": "Innovation is first assessed at E2"}}},
            {"id": "E2", "title": "Senior Engineer", "competencies": {
                "development": ["reviewing code", "identifying refactorings in the code they own"],
                "leadership": ["collaborating effectively with team members",
                               "offering timely and actionable feedback to peers"],
                "management": ["prioritizing work appropriately", "delivering work with less supervision", COMMUNITY],
                "agility": ["I adapt the team's plans when circumstances change"],
                "innovation": ["I propose new approaches to the problems of my team"]}},
        ],
    }


def _changes(tmp_path, old, new, *options):
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(str(path))
    run = CliRunner().invoke(main, ["diff", *options, *paths])
    return run


def _json(tmp_path, old, new):
    run = _changes(tmp_path, old, new, "--format", "json")
    assert run.exit_code == 0, run.output
    return [c for f in json.loads(run.output)["frameworks"] for c in f["changes"]]


def _cells(document, level):
    return next(lv for lv in document["levels"] if lv["id"] == level)["competencies"]


# -- moved and lightly reworded --------------------------------------------------------------------


def _move_community(replacement: str):
    old = _ladder()
    new = copy.deepcopy(old)
    _cells(new, "E2")["management"].remove(COMMUNITY)
    _cells(new, "E2")["leadership"].append(replacement)
    return old, new


def test_moved_to_another_competency_keeping_its_words_of_meaning_is_a_move(tmp_path):
    # 8 of its 10 words of meaning kept; "in the ... of the" traded for "to the ... such as".
    changes = _json(tmp_path, *_move_community(CONTRIBUTING))
    kinds = [c["kind"] for c in changes if c["kind"].startswith("statement-")]
    assert kinds == ["statement-moved"], changes
    moved = changes[[c["kind"] for c in changes].index("statement-moved")]
    assert (moved["old"], moved["new"], moved["old_competency"], moved["competency"]) == \
        (COMMUNITY, CONTRIBUTING, "management", "leadership")


def test_moved_to_another_competency_word_for_word_is_structural(tmp_path):
    old, new = _move_community(COMMUNITY)
    run = _changes(tmp_path, old, new, "--fail-on", "raises-bar")
    assert run.exit_code == 0, run.output
    assert "statement-moved" in run.output and "statement-added" not in run.output


def test_another_statement_on_the_same_theme_elsewhere_at_the_level_is_not_a_move(tmp_path):
    # Shares "the community", "open-source" and "through" with it, but most of what it asks is new.
    changes = _json(tmp_path, *_move_community(
        "growing the community of our users through open-source libraries and documentation"))
    kinds = sorted(c["kind"] for c in changes if c["kind"].startswith("statement-"))
    assert kinds == ["statement-added", "statement-removed"], changes


def test_a_statement_that_keeps_only_some_of_its_words_of_meaning_is_not_a_move(tmp_path):
    # Keeps 6 of its 10 words of meaning (not most), and asks for hackathons for new hires.
    changes = _json(tmp_path, *_move_community(
        "contributing to the community through open-source projects, training, meetups and hackathons for new hires"))
    kinds = sorted(c["kind"] for c in changes if c["kind"].startswith("statement-"))
    assert kinds == ["statement-added", "statement-removed"], changes


# -- moved into a competency that did not apply ----------------------------------------------------


def _into_innovation(extra: str | None = None, *, from_level: str = "E1"):
    old = _ladder()
    new = copy.deepcopy(old)
    if from_level == "E1":
        _cells(new, "E1")["agility"].remove(CREATIVE)
        moved = CREATIVE
    else:
        moved = _cells(new, from_level)["innovation"].pop()
    _cells(new, "E1")["innovation"] = [moved] + ([extra] if extra else [])
    return old, new


def test_a_statement_moved_into_a_competency_that_did_not_apply_at_its_level_raises_no_bar(tmp_path):
    old, new = _into_innovation()
    run = _changes(tmp_path, old, new, "--fail-on", "raises-bar")
    assert run.exit_code == 0, run.output
    changes = _json(tmp_path, old, new)
    applies = [c for c in changes if c["kind"] == "not-applicable-changed"]
    assert [(c["impact"], c["level"], c["competency"]) for c in applies] == [("structural", "E1", "innovation")]
    assert applies[0]["message"].endswith("with the statement moved there from 'Agility'"), applies[0]["message"]
    notes = _changes(tmp_path, old, new, "--format", "markdown").output
    assert "New or higher expectations" not in notes
    assert "now applies at this level, with what moved here from the competency “Agility”" in notes


def test_a_competency_that_starts_to_apply_with_a_new_statement_still_raises_the_bar(tmp_path):
    old = _ladder()
    new = copy.deepcopy(old)
    _cells(new, "E1")["innovation"] = ["I suggest small improvements to our tools"]
    run = _changes(tmp_path, old, new, "--fail-on", "raises-bar")
    assert run.exit_code == 1
    applies = [c for c in _json(tmp_path, old, new) if c["kind"] == "not-applicable-changed"]
    assert [c["impact"] for c in applies] == ["raises-bar"]


def test_moved_in_beside_a_new_statement_of_its_own_still_raises_the_bar(tmp_path):
    old, new = _into_innovation("I suggest small improvements to our tools")
    applies = [c for c in _json(tmp_path, old, new) if c["kind"] == "not-applicable-changed"]
    assert [c["impact"] for c in applies] == ["raises-bar"]


def test_moved_in_from_another_level_still_raises_the_bar(tmp_path):
    # What E2 asked is now asked of E1 too: something new for E1.
    old, new = _into_innovation(from_level="E2")
    applies = [c for c in _json(tmp_path, old, new) if c["kind"] == "not-applicable-changed" and c["level"] == "E1"]
    assert [c["impact"] for c in applies] == ["raises-bar"]


def test_a_competency_whose_statements_all_moved_to_another_at_the_level_lowers_no_bar(tmp_path):
    old = _ladder()
    new = copy.deepcopy(old)
    statements = _cells(new, "E2")["innovation"]
    _cells(new, "E2")["agility"].extend(statements)
    _cells(new, "E2")["innovation"] = {"not_applicable": "Innovation is first assessed at E3"}
    changes = _json(tmp_path, old, new)
    applies = [c for c in changes if c["kind"] == "not-applicable-changed"]
    assert [(c["impact"], c["level"]) for c in applies] == [("structural", "E2")]
    assert "lowers-bar" not in {c["impact"] for c in changes}, changes
    notes = _changes(tmp_path, old, new, "--format", "markdown").output
    assert "what it asked here moved to the competency “Agility”" in notes, notes
