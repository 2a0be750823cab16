"""The published `ladderlint-diff` pre-commit hook on a framework repository."""

from __future__ import annotations

import os
import subprocess

import pytest

from conftest import ROOT
from diffkit import FIXTURES
from test_precommit import PRE_COMMIT, _git


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="try-repo needs ladderlint's own git checkout")
def test_diff_hook_gates_raised_bars_until_approved(tmp_path):
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    framework = repo / "frameworks" / "acme.yaml"
    framework.write_text((FIXTURES / "acme-v1.yaml").read_text())
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=L", "-c", "user.email=l@example.com", "commit", "-qm", "v1")
    framework.write_text((FIXTURES / "acme-v2.yaml").read_text())
    (repo / "notes.yml").write_text("other: yaml\n")  # staged too: skipped by the hook
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    command = [PRE_COMMIT, "try-repo", str(ROOT), "ladderlint-diff", "--color", "never"]

    failing = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "raises-bar  statement-added         Impact: + I write a short plan" in failing.stdout
    assert "2 changes not approved with --fail-on raises-bar." in failing.stdout

    (repo / ".ladderlint-approvals").write_text("c9e2f865009e  # plan first\na9c56e4c1aa6  # design at IC2\n")
    # Not yet staged: the hook does not pass what a clone in CI would not have.
    untracked = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert untracked.returncode == 1, untracked.stdout + untracked.stderr
    assert ".ladderlint-approvals is not tracked by git, and approves nothing" in untracked.stdout
    _git(repo, "add", ".ladderlint-approvals")
    passing = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="try-repo needs ladderlint's own git checkout")
def test_diff_hook_stops_a_deleted_framework_which_pre_commit_never_passes(tmp_path):
    # pre-commit passes no deleted file, and skips a hook with no file to
    # check: the hook asks git for the frameworks deleted since HEAD.
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    (repo / "frameworks" / "acme.yaml").write_text((FIXTURES / "acme-v1.yaml").read_text())
    (repo / "frameworks" / "other.yaml").write_text(
        (FIXTURES / "acme-v1.yaml").read_text().replace("id: acme-backend", "id: acme-frontend"))
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=L", "-c", "user.email=l@example.com", "commit", "-qm", "v1")
    _git(repo, "rm", "-q", "frameworks/other.yaml")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    command = [PRE_COMMIT, "try-repo", str(ROOT), "ladderlint-diff", "--color", "never"]

    failing = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "HEAD:frameworks/other.yaml -> (removed)" in failing.stdout
    assert "raises-bar  framework-removed       - Acme Engineering Career Framework (Backend Engineer) " \
           "(the people on its levels lose them)" in failing.stdout
    assert "\n    ladderlint approve --base HEAD --reason" in failing.stdout  # as it is to type
    assert "acme.yaml" not in failing.stdout.replace("other.yaml", "")  # unchanged: not compared

    approve = subprocess.run([os.path.join(os.path.dirname(PRE_COMMIT), "ladderlint"), "approve", "--base", "HEAD",
                              "--deleted", "--reason", "the frontend track is retired"],
                             cwd=repo, env=env, capture_output=True, text=True)
    assert approve.returncode == 0, approve.stderr
    _git(repo, "add", ".ladderlint-approvals")
    passing = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
