"""A YAML file that is a symbolic link out of the repository and no
framework (a CI file linked from elsewhere, an ignored local file) is left
out of `diff --base`, as other YAML is; a framework read through such a
link, or paired with one, is still refused. Each case in a real git
repository."""

from __future__ import annotations

import os
import shutil

import pytest
from test_diff_git import V1, V2, git

pytestmark = pytest.mark.skipif(shutil.which("git") is None or os.name == "nt", reason="git and symlinks are needed")

GATE = ("diff", "--base", "HEAD", "--fail-on", "raises-bar")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """HEAD has frameworks/acme.yaml (v1); the working tree has v2."""
    root = tmp_path / "ladder"
    (root / "frameworks").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "frameworks" / "acme.yaml").write_text(V1)
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    (root / "frameworks" / "acme.yaml").write_text(V2)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def outside(tmp_path):
    """A YAML file out of the repository that is no framework."""
    path = tmp_path / "shared-ci.yaml"
    path.write_text("on: push\n")
    return path


@pytest.mark.parametrize("configuration", [None, 'exclude: ["ops"]\n'])
def test_a_committed_link_out_that_is_no_framework_is_left_out(cli, repo, outside, configuration):
    (repo / "ops").mkdir()
    os.symlink(outside, repo / "ops" / "ci.yaml")
    if configuration is not None:
        (repo / ".ladderlint.yaml").write_text(configuration)
    git(repo, "add", "ops", *([".ladderlint.yaml"] if configuration else []))
    git(repo, "commit", "-qm", "a shared CI file")
    for operands in ((), (".",), ("ops",), ("ops/ci.yaml", "frameworks/acme.yaml")):
        run = cli(*GATE, *operands)
        assert "symbolic link" not in run.stderr, (operands, run.stderr)
        assert run.exit_code == (0 if operands == ("ops",) else 1), (operands, run.output)


def test_an_ignored_link_out_in_the_working_tree_is_left_out(cli, repo, outside):
    (repo / ".gitignore").write_text("local/\n")
    (repo / "local").mkdir()
    os.symlink(outside, repo / "local" / "x.yaml")
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "symbolic link" not in run.stderr
    assert run.lines[0] == "HEAD:frameworks/acme.yaml -> frameworks/acme.yaml"


def test_a_framework_paired_with_a_committed_link_out_is_refused(cli, repo, tmp_path):
    """At HEAD the framework's path was a link out: what the framework said
    there is in no commit, so the framework here is not taken as new."""
    elsewhere = tmp_path / "acme.yaml"
    elsewhere.write_text(V1)
    (repo / "frameworks" / "acme.yaml").unlink()
    os.symlink(elsewhere, repo / "frameworks" / "acme.yaml")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "linked out")
    (repo / "frameworks" / "acme.yaml").unlink()
    (repo / "frameworks" / "acme.yaml").write_text(V2)
    for operands in ((), ("frameworks",), ("frameworks/acme.yaml",)):
        run = cli(*GATE, *operands)
        assert run.exit_code == 2, (operands, run.output)
        assert "HEAD:frameworks/acme.yaml is a symbolic link to" in run.stderr


def test_a_link_out_here_where_a_framework_was_is_refused(cli, repo, outside):
    (repo / "frameworks" / "acme.yaml").unlink()
    os.symlink(outside, repo / "frameworks" / "acme.yaml")
    for operands in ((), ("frameworks/acme.yaml",)):
        run = cli(*GATE, *operands)
        assert run.exit_code == 2, (operands, run.output)
        assert "frameworks/acme.yaml is a symbolic link to" in run.stderr


def test_a_link_out_deleted_is_no_framework_removed(cli, repo, outside):
    (repo / "ops").mkdir()
    os.symlink(outside, repo / "ops" / "ci.yaml")
    git(repo, "add", "ops")
    git(repo, "commit", "-qm", "a shared CI file")
    git(repo, "rm", "-q", "ops/ci.yaml")
    for operands in (("--deleted",), ("--deleted", "frameworks/acme.yaml"), ("ops/ci.yaml", "frameworks/acme.yaml")):
        run = cli(*GATE, *operands)
        assert run.exit_code == (0 if operands == ("--deleted",) else 1), (operands, run.output)
        assert "symbolic link" not in run.stderr and "HEAD:ops/ci.yaml" not in run.output
