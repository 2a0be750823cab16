"""A framework named `.YAML` (or `.Yml`) is a YAML file to `check`, to
`diff` and to the gate alike: renamed so, it is followed, not removed."""

from __future__ import annotations

import shutil

import pytest
from test_diff_git import V2, git, repo  # noqa: F401  (repo: a fixture the tests here use)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


@pytest.mark.parametrize("operands", [("frameworks/",), (".",), ("frameworks/acme.YAML",)])
def test_a_framework_renamed_to_upper_case_yaml_is_followed_by_the_gate(cli, repo, operands):
    git(repo, "mv", "frameworks/acme.yaml", "frameworks/acme.YAML")
    (repo / "frameworks" / "acme.YAML").write_text(V2)
    git(repo, "add", ".")
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", *operands)
    assert run.exit_code == 1, run.output
    assert run.lines[0] == "HEAD:frameworks/acme.yaml -> frameworks/acme.YAML"
    assert "framework-removed" not in run.output


def test_check_finds_an_upper_case_yaml_framework_in_a_directory(cli, repo):
    (repo / "frameworks" / "acme.yaml").rename(repo / "frameworks" / "acme.Yml")
    run = cli("check", "frameworks/")
    assert "1 framework checked" in run.output, run.output
