"""A level added by copying the bullets of the level below, in the revision
that also reworded one of them where it stands (a rung added and the one
below tightened, in one branch): the rewording is in place, and the copy of
its old words is the new level's own, not the statement moved up."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from diffkit import two_competency_ladder

from ladderlint.diff import Impact, Kind, compare
from ladderlint.model import build_framework

ON_CALL = "You actively participate in your team's on-call rotation."
ON_CALL_TIGHTER = "You actively participate in your team's on-call rotation and respond to pages within 15 minutes."

LADDER: dict[str, Any] = two_competency_ladder([
    {"id": "se", "title": "Software Engineer", "competencies": {
        "delivery": ["You deliver small tasks with guidance.", ON_CALL],
        "craft": ["You write readable code with tests."]}},
    {"id": "se2", "title": "Software Engineer II", "competencies": {
        "delivery": ["You deliver features that the team agreed on.", "You estimate your own tasks."],
        "craft": ["You review the code of your teammates."]}},
    {"id": "senior", "title": "Senior Engineer", "competencies": {
        "delivery": ["You lead projects that span several quarters."],
        "craft": ["You design services that other teams build on."]}},
], cumulative=False)


def _with_a_new_rung() -> dict[str, Any]:
    new = copy.deepcopy(LADDER)
    new["levels"][0]["competencies"]["delivery"][1] = ON_CALL_TIGHTER
    new["levels"].insert(2, {"id": "se3", "title": "Software Engineer III", "competencies": {
        "delivery": ["You deliver features that the team agreed on.", "You estimate your own tasks.", ON_CALL],
        "craft": ["You review the code of your teammates and of other teams."]}})
    return new


def _changes(document: dict[str, Any]) -> list[Any]:
    return compare(build_framework("acme.yaml", LADDER), build_framework("acme.yaml", document))


def test_a_statement_reworded_in_place_is_not_moved_to_a_new_level_that_copied_its_old_words():
    changes = _changes(_with_a_new_rung())
    at_se = [(c.kind, c.impact, c.old, c.new) for c in changes if c.level == "se"]
    assert at_se == [(Kind.STATEMENT_REWORDED, Impact.RAISES_BAR, ON_CALL, ON_CALL_TIGHTER)]
    assert not [c for c in changes if c.kind is Kind.STATEMENT_MOVED or Impact.LOWERS_BAR in c.impacts]
    assert [c.kind for c in changes if c.level == "se3"] == [Kind.LEVEL_ADDED]


def test_a_statement_moved_to_a_new_level_and_gone_from_its_own_is_still_a_move():
    new = _with_a_new_rung()
    del new["levels"][0]["competencies"]["delivery"][1]
    moved = [c for c in _changes(new) if c.kind is Kind.STATEMENT_MOVED]
    assert [(c.old_level, c.level, c.impact) for c in moved] == [("se", "se3", Impact.LOWERS_BAR)]


def test_the_cli_tells_the_rewording_in_place(cli, tmp_path):
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(LADDER))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(_with_a_new_rung()))
    run = cli("diff", "--no-color", "--fail-on", "lowers-bar", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert run.exit_code == 0, run.output
    assert "statement-reworded" in run.output and "moved up" not in run.output
