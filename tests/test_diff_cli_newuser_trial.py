"""What the new-user trial found unclear in `ladderlint diff` and its
hook: advice that names a file the repository does not have, a warning
said twice, the command to run buried in a paragraph, a name repeated."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from conftest import MINIMAL
from diffkit import FIXTURES

V1 = (FIXTURES / "acme-v1.yaml").read_text()
V2 = (FIXTURES / "acme-v2.yaml").read_text()


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-01T00:00:00", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00"}
    return subprocess.run(
        ["git", "-c", "user.name=Ladder", "-c", "user.email=ladder@example.com", "-c", "init.defaultBranch=main",
         *args], cwd=repo, check=True, capture_output=True, text=True, env=env,
    ).stdout


@pytest.fixture
def ladders(tmp_path, monkeypatch):
    """A repository with two frameworks under ladders/ (no `frameworks/`
    directory), the second changed by the last commit."""
    root = tmp_path / "repo"
    (root / "ladders").mkdir(parents=True)
    (root / "notes.yaml").write_text("title: not a framework\n")
    (root / "ladders" / "a-backend.yaml").write_text(MINIMAL.replace("id: acme-backend", "id: other-backend", 1))
    (root / "ladders" / "b-data.yaml").write_text(V1)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    (root / "ladders" / "b-data.yaml").write_text(V2)
    git(root, "commit", "-qam", "v2")
    monkeypatch.chdir(root)
    return root


def test_two_revisions_without_paths_are_told_the_forms_with_a_framework_of_the_repository(cli, ladders):
    run = cli("diff", "HEAD~1", "HEAD")
    assert run.exit_code == 2
    assert "frameworks/ladder.yaml" not in run.stderr
    # The framework the revisions changed, and its directory: both commands work as written.
    assert "`ladderlint diff HEAD~1:ladders HEAD:ladders`" in run.stderr
    assert "`ladderlint diff HEAD~1:ladders/b-data.yaml HEAD:ladders/b-data.yaml`" in run.stderr
    for command in ("HEAD~1:ladders HEAD:ladders", "HEAD~1:ladders/b-data.yaml HEAD:ladders/b-data.yaml"):
        worked = cli("diff", *command.split())
        assert worked.exit_code == 0, worked.stderr
        assert "raises-bar" in worked.output


def test_from_a_subdirectory_the_paths_at_revisions_stay_as_git_names_them(cli, ladders, monkeypatch):
    monkeypatch.chdir(ladders / "ladders")
    run = cli("diff", "HEAD~1", "b-data.yaml")
    assert run.exit_code == 2
    assert "`ladderlint diff HEAD~1:ladders/b-data.yaml b-data.yaml`" in run.stderr
    assert cli("diff", "HEAD~1:ladders/b-data.yaml", "b-data.yaml").exit_code == 0


def test_without_a_change_the_first_framework_found_is_the_example(cli, ladders):
    run = cli("diff", "HEAD", "HEAD")
    assert "`ladderlint diff HEAD:ladders/a-backend.yaml HEAD:ladders/a-backend.yaml`" in run.stderr


def test_with_no_framework_in_the_repository_the_example_says_path(cli, tmp_path, monkeypatch):
    (tmp_path / "notes.yaml").write_text("title: not a framework\n")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "one")
    monkeypatch.chdir(tmp_path)
    run = cli("diff", "HEAD", "HEAD")
    assert run.exit_code == 2
    assert "`ladderlint diff HEAD:DIRECTORY HEAD:DIRECTORY`" in run.stderr
    assert "`ladderlint diff HEAD:PATH HEAD:PATH`" in run.stderr


@pytest.fixture
def repaired(tmp_path, monkeypatch):
    """A framework committed broken past the hooks (`communication:` left
    empty), and repaired in the working tree: what the hook compares."""
    root = tmp_path / "repo"
    (root / "frameworks").mkdir(parents=True)
    (root / "frameworks" / "acme.yaml").write_text(V1)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    broken = V1.replace('version: "1.0.0"', "version: 1.1")
    assert broken != V1
    (root / "frameworks" / "acme.yaml").write_text(broken)
    git(root, "commit", "-qam", "broken", "--no-verify")
    (root / "frameworks" / "acme.yaml").write_text(V1.replace('version: "1.0.0"', 'version: "1.1.0"'))
    monkeypatch.chdir(root)
    return root


def test_a_broken_earlier_revision_is_said_once_where_and_what_first(cli, repaired):
    run = cli("diff", "--base", "HEAD", "--deleted", "--force-exclude", "--fail-on", "raises-bar",
              "frameworks/acme.yaml")
    assert run.exit_code == 0, run.stderr
    said = [line for line in run.output.splitlines() + run.stderr.splitlines() if "valid framework" in line]
    assert len(said) == 1, said
    [warning] = said
    # Where and the problem first; then, in a sentence of its own, what it means for the comparison.
    assert warning.startswith("warning: HEAD:frameworks/acme.yaml:6:10: LL103 'version' must be text, not a number. "
                              "Not a valid framework, so compared with "), warning
    assert len(warning) < 300 and "((" not in warning and ")):" not in warning


@pytest.mark.parametrize("output_format", ["json", "markdown"])
def test_with_another_format_the_warning_stays_on_stderr(cli, repaired, output_format):
    run = cli("diff", "--base", "HEAD", "--format", output_format, "frameworks/acme.yaml")
    assert run.exit_code == 0
    assert run.stderr.startswith("ladderlint: warning: HEAD:frameworks/acme.yaml:6:10: LL103 ")


@pytest.fixture
def raised(tmp_path, monkeypatch):
    """A repository whose staged change raises the bar, beside a draft the
    configuration excludes and a framework deleted: what the hook sees."""
    root = tmp_path / "repo"
    (root / "frameworks").mkdir(parents=True)
    (root / "drafts").mkdir()
    (root / ".ladderlint.yaml").write_text('exclude: ["drafts"]\n')
    (root / "frameworks" / "acme.yaml").write_text(V1)
    (root / "frameworks" / "other.yaml").write_text(V1.replace("id: acme-backend", "id: acme-frontend", 1))
    (root / "drafts" / "draft.yaml").write_text("ladderlint: 1\nid: draft\n")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    (root / "frameworks" / "acme.yaml").write_text(V2)
    (root / "drafts" / "draft.yaml").write_text("ladderlint: 1\nid: draft-2\n")
    git(root, "rm", "-q", "frameworks/other.yaml")
    git(root, "add", ".")
    monkeypatch.chdir(root)
    return root


HOOK = ("diff", "--base", "HEAD", "--deleted", "--force-exclude", "--fail-on", "raises-bar",
        "frameworks/acme.yaml", "drafts/draft.yaml")


def test_a_failing_hook_puts_the_commands_to_run_first_each_on_its_line(cli, raised, monkeypatch):
    monkeypatch.setenv("PRE_COMMIT", "1")
    monkeypatch.delenv("CI", raising=False)
    run = cli(*HOOK)
    assert run.exit_code == 1
    lines = run.output.splitlines()
    at = next(i for i, line in enumerate(lines) if "not approved with --fail-on raises-bar" in line)
    assert lines[at].endswith("To accept them, run:")
    assert lines[at + 1:at + 3] == [
        '    ladderlint approve --base HEAD --reason "what was agreed, and by whom"',
        "    git add .ladderlint-approvals",
    ]
    # The remark on pull requests comes after, on a line of its own.
    assert lines[at + 4].startswith("A pull request's gate compares the whole branch with its base")


def test_the_short_approve_command_accepts_what_the_hook_failed_on(cli, raised):
    """`--base HEAD` alone: the staged change, the deleted framework, and not
    the draft the configuration excludes (which is no valid framework)."""
    run = cli(*HOOK)
    [command] = [line.strip() for line in run.output.splitlines() if line.startswith("    ladderlint approve ")]
    words = shlex.split(command.replace("what was agreed, and by whom", "agreed in review"))
    approved = cli(*words[1:])
    assert approved.exit_code == 0, approved.stderr
    assert "framework-removed" in approved.stderr
    git(raised, "add", ".ladderlint-approvals")
    assert cli(*HOOK).exit_code == 0


def test_a_dimension_or_competency_added_or_removed_is_named_once(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    old = MINIMAL.replace("      - id: impact\n        name: Impact\n",
                          "      - id: impact\n        name: Impact\n      - id: speed\n        name: Speed\n")
    old = old.replace("        - I deliver my tasks on time\n",
                      "        - I deliver my tasks on time\n      speed:\n        - I ship quickly\n")
    new = MINIMAL.replace("levels:\n", "  - id: craft\n    name: Craft\n    competencies:\n"
                                       "      - id: testing\n        name: Testing\n"
                                       "      - id: design\n        name: Design\nlevels:\n")
    new = new.replace("        - I deliver my tasks on time\n",
                      "        - I deliver my tasks on time\n      testing:\n        - I write tests\n"
                      "      design:\n        - I sketch a design first\n")
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(new)
    run = cli("diff", "--no-color", "old.yaml", "new.yaml")
    lines = [" ".join(line.split()[:4]) for line in run.output.splitlines() if "-added" in line or "-removed" in line]
    assert "structural dimension-added + Craft" in lines
    assert "structural competency-added + Testing" in lines
    assert "structural competency-removed - Speed" in lines
    # A statement keeps the competency it is in before it: that is where it goes.
    assert "raises-bar statement-added Testing: +" in lines


def test_the_annotation_of_a_reason_reworded_says_whose_reason(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = MINIMAL.replace("        - I deliver my tasks on time\n", "        not_applicable: Impact starts at IC2\n")
    (tmp_path / "old.yaml").write_text(text)
    (tmp_path / "new.yaml").write_text(text.replace("Impact starts at IC2", "Impact is first assessed at IC2"))
    run = cli("diff", "--format", "github", "old.yaml", "new.yaml")
    [notice] = [line for line in run.output.splitlines() if "not-applicable-changed" in line]
    assert "::the reason why 'Impact' does not apply at level 'Engineer I' changed: " in notice \
        or "::the reason why 'Impact' does not apply at level 'IC1' changed: " in notice, notice
