"""Statements merged or split across the competencies of one level, and
moves down a cumulative ladder, as the differ reads and says them."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from click.testing import CliRunner

from ladderlint.cli import main


def _write(tmp_path, name, document) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


def _run(tmp_path, old, new, *options: str):
    return CliRunner().invoke(main, ["diff", *options, _write(tmp_path, "old.yaml", old),
                                     _write(tmp_path, "new.yaml", new)])


def _changes(tmp_path, old, new):
    run = _run(tmp_path, old, new, "--format", "json")
    assert run.exit_code == 0, run.output
    return [c for f in json.loads(run.output)["frameworks"] for c in f["changes"]]


VOICE = "Voice disagreement clearly and early. Once a decision is made, commit to it fully."
ASK = "Ask why even in challenging situations, and recognize and call out assumptions and risks."


def _ladder():
    return {
        "ladderlint": 1, "id": "eng", "name": "Engineering", "track": "Engineer", "version": "1.0.0",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "people", "name": "People", "competencies": [
            {"id": "communication", "name": "Communication"}, {"id": "leadership", "name": "Leadership"}]}],
        "levels": [
            {"id": "E1", "title": "Engineer", "competencies": {
                "communication": ["Writes clear pull request descriptions", "Asks for help when blocked"],
                "leadership": ["Pairs with teammates on tickets"]}},
            {"id": "E2", "title": "Senior Engineer", "competencies": {
                "communication": ["Shows empathy toward peers before defending their own view", VOICE,
                                  "Runs meetings that end on time with clear outcomes"],
                "leadership": ["Mentors more junior engineers through pairing and guidance", ASK,
                               "Joins interview panels and gives feedback on candidates"]}},
        ],
    }


def test_two_statements_of_different_competencies_merged_into_one_are_one_merge(tmp_path):
    old = _ladder()
    new = copy.deepcopy(old)
    cells = new["levels"][1]["competencies"]
    cells["leadership"].remove(ASK)
    cells["communication"][1] = ("Voice disagreement clearly and early, and ask why even in challenging situations, "
                                 "and recognize and call out assumptions and risks. Once a decision is made, "
                                 "commit to it fully.")
    changes = _changes(tmp_path, old, new)
    assert [(c["kind"], c["impact"], c["competency"]) for c in changes] == \
        [("statement-merged", "editorial", "communication")]
    assert changes[0]["old"] == [VOICE, ASK]
    assert "Leadership" in changes[0]["message"]  # the other competency, by its name
    # Nothing new is asked for: the gate passes.
    assert _run(tmp_path, old, new, "--fail-on", "raises-bar").exit_code == 0


OWNS = "Owns the rollout of their changes"
WINS = "Can win support from senior stakeholders for bold technical proposals"


def _restructured(rollout_above: bool):
    """A ladder whose E2 is rewritten as a company folds Influence into
    Delivery: OWNS (Delivery) and WINS (Influence) become one statement,
    two others are replaced by new ones. ``rollout_above``: E3 asks for
    rollouts too, which makes OWNS's words common in the framework."""
    old = _ladder()
    old["dimensions"][0]["competencies"] = [{"id": "delivery", "name": "Delivery"},
                                            {"id": "influence", "name": "Influence"}]
    old["levels"] = [
        {"id": "E1", "title": "Engineer", "competencies": {
            "delivery": ["Ships small changes with guidance", "Asks for help when blocked"],
            "influence": ["Shares progress in stand-up"]}},
        {"id": "E2", "title": "Senior Engineer", "competencies": {
            "delivery": ["Notices problems worth fixing", OWNS],
            "influence": ["Keeps stakeholders informed throughout delivery", WINS]}},
        {"id": "E3", "title": "Staff Engineer", "competencies": {
            "delivery": ["Leads delivery of work across several teams"]
            + (["Takes ownership of the rollout of platform changes"] if rollout_above else []),
            "influence": ["Explains the long-term technical vision to the company"]}},
    ]
    new = copy.deepcopy(old)
    new["levels"][1]["competencies"] = {
        "delivery": [f"{OWNS} and c{WINS[1:]}", "Suggests new ideas for improving how the team works",
                     "Gives praise and recognition to others"],
        "influence": ["Keeps stakeholders informed throughout delivery"]}
    return old, new


@pytest.mark.parametrize("rollout_above", [False, True], ids=["alone", "words-common-above"])
def test_a_merge_across_competencies_holding_both_whole_is_a_merge_whatever_other_levels_say(tmp_path, rollout_above):
    """The merged statement says both old ones word for word: the one of its
    own competency grew, the other joined it. Read as the other moved and
    grown, the release notes said owning the rollout was no longer expected
    at E2 (rewritten into "Gives praise ..."), and the reading turned on how
    common the words were at other levels."""
    old, new = _restructured(rollout_above)
    changes = [c for c in _changes(tmp_path, old, new) if c["level"] == "E2"]
    assert sorted((c["kind"], c["competency"]) for c in changes) == [
        ("statement-added", "delivery"), ("statement-added", "delivery"),
        ("statement-merged", "delivery"), ("statement-removed", "delivery")]
    merged = next(c for c in changes if c["kind"] == "statement-merged")
    assert merged["old"] == [OWNS, WINS]
    assert "Influence" in merged["message"]
    removed = next(c for c in changes if c["kind"] == "statement-removed")
    assert removed["old"] == "Notices problems worth fixing"


def test_a_statement_split_into_two_competencies_of_its_level_is_one_split(tmp_path):
    old = _ladder()
    old["levels"][1]["competencies"]["leadership"].remove(ASK)
    new = copy.deepcopy(old)
    old["levels"][1]["competencies"]["communication"][1] = (
        "Voice disagreement clearly and early, and ask why even in challenging situations, and recognize and call "
        "out assumptions and risks. Once a decision is made, commit to it fully.")
    new["levels"][1]["competencies"]["communication"][1] = VOICE
    new["levels"][1]["competencies"]["leadership"].insert(1, ASK)
    changes = _changes(tmp_path, old, new)
    assert [(c["kind"], c["impact"], c["competency"]) for c in changes] == \
        [("statement-split", "editorial", "communication")]
    assert changes[0]["new"] == [VOICE, ASK]


def test_unrelated_statements_of_two_competencies_do_not_merge(tmp_path):
    old = _ladder()
    new = copy.deepcopy(old)
    cells = new["levels"][1]["competencies"]
    cells["leadership"].remove(ASK)
    # Reworded, and sharing a theme with the statement removed next door, but not its words.
    cells["communication"][1] = ("Voice disagreement clearly and early, and call out risks. Once a decision is made, "
                                 "commit to it fully.")
    kinds = sorted((c["kind"], c["competency"]) for c in _changes(tmp_path, old, new))
    assert kinds == [("statement-removed", "leadership"), ("statement-reworded", "communication")]


# -- moves down a cumulative ladder ----------------------------------------------------------

HIRING = "Improve the candidate experience for new team members."
SOFTER = "Help improve the candidate experience for new team members."


def _three_levels():
    ladder = _ladder()
    ladder["levels"].append({"id": "E3", "title": "Staff Engineer", "competencies": {
        "communication": ["Writes the technical strategy of their area"],
        "leadership": ["Grows the leaders of several teams", "Sponsors engineers across the department"]}})
    ladder["levels"][1]["competencies"]["leadership"].append(HIRING)
    return ladder


def _moved_down_softer():
    old = _three_levels()
    new = copy.deepcopy(old)
    new["levels"][1]["competencies"]["leadership"].remove(HIRING)
    new["levels"][0]["competencies"]["leadership"].append(SOFTER)
    return old, new


def test_a_move_down_a_cumulative_ladder_is_asked_earlier_not_lost_above(tmp_path):
    old, new = _moved_down_softer()
    run = _run(tmp_path, old, new, "--format", "markdown")
    assert run.exit_code == 0, run.output
    assert "now expected from E1, earlier in the ladder, in softer words for E2 and E3" in run.output
    assert "no longer expected" not in run.output
    text = _run(tmp_path, old, new).output
    assert "now asked from E1, earlier; in softer words for E2 and E3" in text
    assert "no longer asked for" not in text


def test_a_move_from_a_level_the_range_removes_is_said_once_with_the_level(tmp_path):
    old, new = _moved_down_softer()
    new["levels"].pop(1)  # the level it left is removed too
    changes = _changes(tmp_path, old, new)
    moved = [c for c in changes if c["kind"] == "statement-moved"]
    assert [(c["level"], c["old_level"], c["old_level_impact"]) for c in moved] == [("E1", "E2", None)]
    # Staff Engineer asked for it before, through the level removed below it: not new there.
    assert moved[0]["levels_reached"] == ["E1"]


# -- a competency renamed in its place ---------------------------------------------------------


def _renamed_in_place(statements):
    old = _ladder()
    new = copy.deepcopy(old)
    new["dimensions"][0]["competencies"][1] = {"id": "guidance", "name": "Guidance"}
    for level in new["levels"]:
        level["competencies"]["guidance"] = level["competencies"].pop("leadership")
    new["levels"][1]["competencies"]["guidance"] = statements
    # The competency next to it gave its place to another that asks for other things.
    new["dimensions"][0]["competencies"][0] = {"id": "operations", "name": "Operations"}
    new["levels"][0]["competencies"]["operations"] = ["Keeps the dashboards of their services up to date"]
    new["levels"][1]["competencies"]["operations"] = ["Owns the on-call rotation of the team"]
    for level in new["levels"]:
        del level["competencies"]["communication"]
        level["competencies"] = dict(sorted(level["competencies"].items(), key=lambda kv: kv[0] != "operations"))
    return old, new


def test_a_competency_renamed_in_its_place_while_its_statements_were_reworded_is_renamed(tmp_path):
    old, new = _renamed_in_place([
        "Mentors more junior engineers by pairing with them", "Owns the hiring loop of the team",
        "Sets goals with each of their reports",
    ])
    new["levels"][0]["competencies"]["guidance"] = ["Pairs up with newer teammates on their first tickets"]
    kinds = sorted((c["kind"], c.get("field") or "") for c in _changes(tmp_path, old, new))
    assert ("competency-renamed", "name") in kinds
    # Followed into the renamed competency, not removed from one and added to another.
    assert {kind for kind, _field in kinds} - {"competency-removed", "competency-added", "statement-removed",
                                               "statement-added"} == {"competency-renamed", "statement-reworded"}
    removed = [c for c in _changes(tmp_path, old, new) if c["kind"] == "competency-removed"]
    assert [c["competency"] for c in removed] == ["communication"]


def test_a_competency_that_only_took_another_s_place_is_removed_and_added(tmp_path):
    old, new = _renamed_in_place(["Owns the on-call rotation of the team", "Writes runbooks for every alert"])
    new["levels"][0]["competencies"]["guidance"] = ["Keeps dashboards for their services up to date"]
    kinds = {c["kind"] for c in _changes(tmp_path, old, new)}
    assert {"competency-removed", "competency-added"} <= kinds and "competency-renamed" not in kinds


def test_a_move_up_to_another_competency_is_named_by_the_competency_it_left_at_that_level(tmp_path):
    """At the level it left, a statement moved to another competency and
    level is under the competency it was in there; where it went, under the
    one it is in now."""
    old = _ladder()
    old["cumulative"] = False
    new = copy.deepcopy(old)
    new["levels"][0]["competencies"]["communication"].remove("Asks for help when blocked")
    new["levels"][1]["competencies"]["leadership"].append("Asks for help when blocked")
    notes = _run(tmp_path, old, new, "--format", "markdown").output
    at_e1 = notes.split("## What changes for E1", 1)[1].split("## What changes for E2", 1)[0]
    assert "- **Communication:** no longer expected here, moved up to E2 (Leadership)" in at_e1
    at_e2 = notes.split("## What changes for E2", 1)[1]
    assert "- **Leadership:** moved here from E1 (Communication)" in at_e2
    text = _run(tmp_path, old, new).output
    assert "Communication: (moved up to E2, Leadership) Asks for help when blocked" in text
