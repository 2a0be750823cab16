"""What the text output says of moves: a framework file moved among several
compared is said to have been followed there, changed or not; a statement
moved to another competency and reworded says what the grader read, as a
rewording in place does."""

from __future__ import annotations

import copy
import shutil

import pytest
import yaml
from diffkit import two_competency_ladder
from test_diff_git import V1, git

from ladderlint.diff import Impact, Kind, compare
from ladderlint.model import build_framework

LADDER = two_competency_ladder([
    {"id": "L1", "title": "Engineer", "competencies": {
        "delivery": ["Delivers small features"], "craft": ["Raises issues they spot in retrospectives"]}},
    {"id": "L2", "title": "Senior", "competencies": {
        "delivery": ["Delivers projects"], "craft": ["Designs services"]}},
])


def test_a_statement_moved_to_another_competency_and_reworded_says_what_was_read(cli, tmp_path):
    new = copy.deepcopy(LADDER)
    del new["levels"][0]["competencies"]["craft"][0]
    new["levels"][0]["competencies"]["delivery"].append("Raises and fixes issues they spot in every retrospective")
    changes = compare(build_framework("acme.yaml", LADDER), build_framework("acme.yaml", new))
    moved = [c for c in changes if c.kind is Kind.STATEMENT_MOVED]
    assert [(c.impact, c.reasons) for c in moved] == [(Impact.RAISES_BAR, ("quantity raised", "words added"))]
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(LADDER))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    run = cli("diff", "--no-color", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert "(from Craft) Raises {+and fixes+} issues they spot in [-retrospectives-]{+every retrospective+} " \
           "(at L1 and L2) (read as: quantity raised, words added: 'fixes')" in run.output


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
def test_a_framework_file_moved_without_change_is_said_to_be_followed(cli, tmp_path, monkeypatch):
    root = tmp_path / "ladder"
    (root / "frameworks").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "frameworks" / "acme.yaml").write_text(V1)
    (root / "frameworks" / "other.yaml").write_text(yaml.safe_dump({**LADDER, "id": "other"}))
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    (root / "ladders").mkdir()
    git(root, "mv", "frameworks/acme.yaml", "ladders/acme.yaml")
    monkeypatch.chdir(root)
    run = cli("diff", "--no-color", "--base", "HEAD")
    assert run.exit_code == 0
    assert run.output == ("HEAD:frameworks/acme.yaml -> ladders/acme.yaml\n\nNo changes.\n\n"
                          "0 changes in 0 frameworks (2 frameworks compared).\n")
