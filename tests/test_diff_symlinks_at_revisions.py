"""A framework path that is a symbolic link: read at a git revision as the
working tree reads it (the link followed within that revision's tree), and
one that leaves the repository refused, since what it says is in no commit.
Each case in a real git repository."""

from __future__ import annotations

import os
import shutil

import pytest
from test_diff_git import V1, V2, git

pytestmark = pytest.mark.skipif(shutil.which("git") is None or os.name == "nt", reason="git and symlinks are needed")

GATE = ("diff", "--base", "main", "--fail-on", "raises-bar")


@pytest.fixture
def linked(tmp_path, monkeypatch):
    """main has ladders/acme.yaml (v1) and frameworks/acme.yaml -> ../ladders/acme.yaml."""
    root = tmp_path / "ladder"
    (root / "ladders").mkdir(parents=True)
    (root / "frameworks").mkdir()
    git(root, "init", "-q")
    (root / "ladders" / "acme.yaml").write_text(V1)
    os.symlink("../ladders/acme.yaml", root / "frameworks" / "acme.yaml")
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1 behind a link")
    git(root, "checkout", "-qb", "change")
    monkeypatch.chdir(root)
    return root


def test_a_link_re_pointed_at_a_raised_copy_is_gated(cli, linked):
    (linked / "ladders" / "acme2.yaml").write_text(V2)
    (linked / "frameworks" / "acme.yaml").unlink()
    os.symlink("../ladders/acme2.yaml", linked / "frameworks" / "acme.yaml")
    git(linked, "add", ".")
    for operands in (("frameworks/",), ("frameworks/acme.yaml",), ("frameworks/acme.yaml", "ladders/acme2.yaml")):
        run = cli(*GATE, *operands)
        assert run.exit_code == 1, (operands, run.output)
        assert "main:frameworks/acme.yaml -> frameworks/acme.yaml" in run.output
        assert "(no framework) -> frameworks/acme.yaml" not in run.output


def test_a_link_named_is_compared_with_the_file_it_pointed_to(cli, linked):
    (linked / "ladders" / "acme.yaml").write_text(V2)
    run = cli(*GATE, "frameworks/acme.yaml")
    assert run.exit_code == 1, run.output
    assert run.lines[0] == "main:frameworks/acme.yaml -> frameworks/acme.yaml"


def test_a_link_and_its_target_in_one_tree_are_one_framework(cli, linked):
    (linked / "ladders" / "acme.yaml").write_text(V2)
    run = cli(*GATE, ".")
    assert run.exit_code == 1, run.output
    assert "main:ladders/acme.yaml -> ladders/acme.yaml" in run.output


def test_a_chain_of_links_is_followed_at_a_revision(cli, linked):
    os.symlink("frameworks/acme.yaml", linked / "current.yaml")
    git(linked, "add", ".")
    git(linked, "commit", "-qm", "a link to the link")
    git(linked, "branch", "-f", "main")
    (linked / "ladders" / "acme.yaml").write_text(V2)
    run = cli(*GATE, "current.yaml")
    assert run.exit_code == 1, run.output
    assert run.lines[0] == "main:current.yaml -> current.yaml"


def test_a_link_out_of_the_repository_cannot_be_compared(cli, tmp_path, linked):
    outside = tmp_path / "outside.yaml"
    outside.write_text(V1)  # says what main says, but is in no commit
    (linked / "frameworks" / "acme.yaml").unlink()
    os.symlink(outside, linked / "frameworks" / "acme.yaml")
    git(linked, "add", ".")
    for operands in (("frameworks/",), ("frameworks/acme.yaml",)):
        run = cli(*GATE, *operands)
        assert run.exit_code == 2, (operands, run.output)
        assert "frameworks/acme.yaml is a symbolic link to" in run.stderr
        assert "outside the repository" in run.stderr
    # Committed so, the link cannot be read at the revision either.
    git(linked, "commit", "-qm", "outside")
    run = cli("diff", "change:frameworks/acme.yaml", "main:frameworks/acme.yaml")
    assert run.exit_code == 2, run.output
    assert "change:frameworks/acme.yaml is a symbolic link to" in run.stderr
