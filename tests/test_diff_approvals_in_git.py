"""Which approvals count against a revision, as git holds them: tracked in
the repository the diff reads (also where GIT_DIR is set, as git sets it
for the hooks of a linked worktree), and not through a symbolic link to a
file outside the repository or one git does not track."""

from __future__ import annotations

import os
import shutil

import pytest
from test_diff_git import V2, git, ladder_at_v1

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

GATE = ("diff", "--base", "HEAD", "--fail-on", "raises-bar")


@pytest.fixture
def worktree(tmp_path, monkeypatch):
    """A linked worktree of a repository at v1, with v2 (which raises the bar) in its working tree."""
    main = ladder_at_v1(tmp_path)
    linked = tmp_path / "linked"
    git(main, "worktree", "add", "-q", "-b", "change", str(linked))
    (linked / "frameworks" / "acme.yaml").write_text(V2)
    monkeypatch.chdir(linked)
    return linked


def _approving(cli) -> str:
    report = cli("diff", "--format", "json", *GATE[1:]).json()
    return "".join(f"{change['fingerprint']}  # agreed\n" for framework in report["frameworks"]
                   for change in framework["changes"] if change["impact"] == "raises-bar")


def _hook_environment(monkeypatch, worktree) -> None:
    """GIT_DIR as git sets it for a hook of a linked worktree, without GIT_WORK_TREE."""
    git_dir = git(worktree, "rev-parse", "--absolute-git-dir").strip()
    monkeypatch.setenv("GIT_DIR", git_dir)
    monkeypatch.delenv("GIT_WORK_TREE", raising=False)


def test_tracked_approvals_at_the_top_are_found_with_git_dir_set(cli, worktree, monkeypatch):
    (worktree / ".ladderlint-approvals").write_text(_approving(cli))
    git(worktree, "add", ".ladderlint-approvals")
    assert cli(*GATE).exit_code == 0
    _hook_environment(monkeypatch, worktree)
    run = cli(*GATE)
    assert run.exit_code == 0, run.output


def test_untracked_approvals_beside_the_framework_approve_nothing_with_git_dir_set(cli, worktree, monkeypatch):
    approving = _approving(cli)
    (worktree / ".ladderlint-approvals").write_text("# nothing agreed yet\n")
    git(worktree, "add", ".ladderlint-approvals")
    (worktree / "frameworks" / ".ladderlint-approvals").write_text(approving)  # never `git add`ed
    _hook_environment(monkeypatch, worktree)
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "frameworks/.ladderlint-approvals is not tracked by git" in run.stderr


@pytest.mark.skipif(os.name == "nt", reason="symbolic links are needed")
def test_a_tracked_link_to_approvals_outside_the_repository_approves_nothing(cli, tmp_path, worktree):
    outside = tmp_path / "outside-approvals"
    outside.write_text(_approving(cli))
    os.symlink(outside, worktree / ".ladderlint-approvals")
    git(worktree, "add", ".ladderlint-approvals")
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "(approved)" not in run.output
    assert ".ladderlint-approvals is a symbolic link to" in run.stderr and "outside the repository" in run.stderr


@pytest.mark.skipif(os.name == "nt", reason="symbolic links are needed")
def test_a_tracked_link_to_untracked_approvals_approves_nothing(cli, worktree):
    (worktree / "local.txt").write_text(_approving(cli))
    os.symlink("local.txt", worktree / ".ladderlint-approvals")
    git(worktree, "add", ".ladderlint-approvals")
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "local.txt, which git does not track" in run.stderr
    # Once git tracks what it points to, a clone has it: it approves.
    git(worktree, "add", "local.txt")
    assert cli(*GATE).exit_code == 0
