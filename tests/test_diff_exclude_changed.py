"""The gate cannot be walked around by excluding a framework's path in the
configuration in the commit that raises its bar: a framework that was
compared at the base revision is compared still, as one moved into an
excluded directory is. Each case in a real git repository."""

from __future__ import annotations

import shutil

import pytest
from test_diff_git import V1, git, ladder_at_v1

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

HOOK = ("diff", "--base", "HEAD", "--deleted", "--force-exclude", "--fail-on", "raises-bar")  # the hook's entry
RAISED = V1.replace("I own my failures and learn from them",
                    "I own my failures and those of every team, and learn from them every week")


@pytest.fixture
def ladder(tmp_path, monkeypatch):
    root = ladder_at_v1(tmp_path)
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("configuration", [None, 'exclude: ["drafts"]\n'])
def test_excluding_a_framework_in_the_commit_that_raises_its_bar_fails_the_gate(cli, ladder, configuration):
    if configuration is not None:  # a configuration there already, which the commit changes
        (ladder / ".ladderlint.yaml").write_text(configuration)
        git(ladder, "add", ".")
        git(ladder, "commit", "-qm", "configuration")
    (ladder / ".ladderlint.yaml").write_text('exclude: ["drafts", "frameworks/acme.yaml"]\n')
    (ladder / "frameworks" / "acme.yaml").write_text(RAISED)
    git(ladder, "add", ".")
    hook = cli(*HOOK, "frameworks/acme.yaml", ".ladderlint.yaml")  # what pre-commit passes: the files staged
    assert hook.exit_code == 1, hook.output + hook.stderr
    assert "HEAD:frameworks/acme.yaml -> frameworks/acme.yaml" in hook.output
    git(ladder, "commit", "-qm", "raise, and exclude")
    for operands in (("frameworks/",), (), ("frameworks/acme.yaml",)):
        run = cli("diff", "--base", "HEAD~1", "--fail-on", "raises-bar", *operands)
        assert run.exit_code == 1, (operands, run.output + run.stderr)
        assert "0 frameworks compared" not in run.output


def test_a_framework_deleted_as_its_path_is_excluded_is_removed(cli, ladder):
    (ladder / ".ladderlint.yaml").write_text('exclude: ["frameworks/acme.yaml"]\n')
    git(ladder, "rm", "-q", "frameworks/acme.yaml")
    git(ladder, "add", ".")
    run = cli(*HOOK, ".ladderlint.yaml")
    assert run.exit_code == 1, run.output + run.stderr
    assert "framework-removed" in run.output


def test_a_framework_excluded_since_before_the_base_stays_skipped(cli, ladder):
    (ladder / ".ladderlint.yaml").write_text('exclude: ["frameworks/acme.yaml"]\n')
    git(ladder, "add", ".")
    git(ladder, "commit", "-qm", "exclude it")
    (ladder / "frameworks" / "acme.yaml").write_text(RAISED)
    git(ladder, "add", ".")
    run = cli(*HOOK, "frameworks/acme.yaml")
    assert run.exit_code == 0, run.output + run.stderr
    assert "frameworks/acme.yaml skipped" in run.stderr
    assert cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", "frameworks/").exit_code == 0
