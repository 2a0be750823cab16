"""Approvals given commit by commit, against the branch's gate: a change
approved at one commit is another change to a gate that compares the whole
branch where another commit renamed its level; the gate's message says so."""

from __future__ import annotations

import shutil

import pytest
from test_diff_git import V2, git, ladder_at_v1

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def test_the_branch_gate_says_when_an_approval_of_one_commit_does_not_serve(cli, tmp_path, monkeypatch):
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "--short", "HEAD").strip()
    (repo / "frameworks" / "acme.yaml").write_text(V2)
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "v2, approved")
    assert cli("diff", "--base", first, "--fail-on", "raises-bar").exit_code == 0  # one commit: one change to both
    renamed = V2.replace("title: Engineer I\n", "title: Associate Engineer\n").replace(
        "title: Engineer II\n", "title: Engineer\n").replace("title: Engineer III\n", "title: Senior Engineer\n")
    (repo / "frameworks" / "acme.yaml").write_text(renamed)
    git(repo, "commit", "-qam", "levels retitled")
    run = cli("diff", "--base", first, "--fail-on", "raises-bar")
    assert run.exit_code == 1
    assert (f"An approval given at one commit of the branch serves here where no other commit since {first} "
            "changed the same statement, renamed its level (id or title), or renamed, merged or split its "
            "competency; approve such a change here again.") in run.output
