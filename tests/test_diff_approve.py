"""`ladderlint approve` writes what the gate fails on into the approvals
file the gate reads; --levels refuses levels given upside down."""

from __future__ import annotations

import shlex
import shutil

import pytest
from test_diff_gate_bypasses import GATE, repo  # noqa: F401  (a fixture)
from test_diff_git import git, ladder_at_v1

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def test_approve_writes_what_the_gate_fails_on(cli, repo):  # noqa: F811
    assert cli(*GATE).exit_code == 1
    run = cli("approve", "--base", "HEAD", "--reason", "agreed at the May review", cwd=repo / "frameworks")
    assert run.exit_code == 0, run.stderr
    approvals = (repo / ".ladderlint-approvals").read_text().splitlines()  # the top of the repository
    entries = [line for line in approvals if not line.startswith("#")]
    assert len(entries) == 2 and entries == sorted(entries)
    assert all("# agreed at the May review (" in line for line in entries)
    git(repo, "add", ".ladderlint-approvals")  # an approvals file git does not track approves nothing
    assert cli(*GATE).exit_code == 0 and cli(*GATE, cwd=repo / "frameworks").exit_code == 0
    # Nothing is added twice, and a later approval keeps the file sorted.
    assert cli("approve", "--base", "HEAD", "--reason", "again").exit_code == 0
    assert (repo / ".ladderlint-approvals").read_text().splitlines() == approvals


def test_approve_says_to_stage_the_approvals_file(cli, repo):  # noqa: F811
    # A pre-commit hook sees only what is staged: an unstaged approval is set
    # aside while it runs, and the gate fails again.
    import shlex
    import subprocess

    run = cli("approve", "--base", "HEAD", "--reason", "agreed", cwd=repo / "frameworks")
    assert run.exit_code == 0, run.stderr
    advice = run.stderr.splitlines()[-1]
    assert advice.startswith("ladderlint: stage it to commit it with the change: git add ")
    command = shlex.split(advice.split(": ", 2)[2])
    subprocess.run(command, cwd=repo / "frameworks", check=True)
    staged = subprocess.run(["git", "diff", "--cached", "--name-only"], cwd=repo, capture_output=True, text=True)
    assert staged.stdout.split() == [".ladderlint-approvals"]


def test_approve_again_says_the_changes_are_approved_and_to_stage_them(cli, repo):  # noqa: F811
    """Run again (the hook failed because the approval was not staged), it
    does not say that no change fails the gate."""
    (repo / ".ladderlint-approvals").write_text("# Approvals\n")
    git(repo, "add", ".ladderlint-approvals")  # tracked, and the approvals written to it not staged
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    again = cli("approve", "--base", "HEAD", "--reason", "agreed")
    assert again.exit_code == 0
    assert again.stderr == (
        "ladderlint: nothing to approve: 2 changes that would fail the gate are approved in .ladderlint-approvals "
        "already; a pre-commit hook sees only staged files: if it still fails, stage that file: "
        "git add .ladderlint-approvals\n")


def test_approve_adds_to_the_file_the_gate_reads(cli, repo):  # noqa: F811
    existing = repo / "frameworks" / ".ladderlint-approvals"
    existing.write_text("# Our approvals\nffffffffffff  # an old one\n")
    assert cli("approve", "--base", "HEAD", "--reason", "ok").exit_code == 0
    lines = existing.read_text().splitlines()
    assert lines[0] == "# Our approvals" and len(lines) == 4
    assert lines[1:] == sorted(lines[1:]) and "ffffffffffff  # an old one" in lines
    assert not (repo / ".ladderlint-approvals").exists()


def test_two_levels_are_no_change_to_gate_or_approve(cli, repo):  # noqa: F811
    # What is new at IC3 compared with IC2 is what IC3 is: nothing a gate or an approval is for.
    run = cli("diff", "--levels", "IC2", "IC3", "--fail-on", "raises-bar", "frameworks/acme.yaml")
    assert run.exit_code == 2 and "--fail-on applies to two revisions" in run.stderr
    assert cli("diff", "--levels", "IC2", "IC3", "frameworks/acme.yaml").exit_code == 0
    approve = cli("approve", "--levels", "IC2", "IC3", "frameworks/acme.yaml", "--reason", "r")
    assert approve.exit_code == 2 and "no such option '--levels'" in approve.stderr
    assert "--levels" not in cli("approve", "--help").output
    assert not (repo / ".ladderlint-approvals").exists()


def test_approvals_at_each_commit_and_the_branch_gate(cli, tmp_path, monkeypatch):
    """A statement edited in two commits of a branch is two changes to the
    hook and a third, from the first text to the last, to a pull request's
    gate: the hook's advice names the approval that gate needs."""
    root = ladder_at_v1(tmp_path)
    monkeypatch.chdir(root)
    git(root, "update-ref", "refs/remotes/origin/main", "main")  # as a clone has it
    git(root, "checkout", "-qb", "feature")
    framework = root / "frameworks" / "acme.yaml"
    statement = "I deliver features that my team agreed on without close guidance"
    for words in (" and write their design", " and present it"):
        framework.write_text(framework.read_text().replace(statement, statement + words))
        statement += words
        hook = cli(*GATE)
        assert hook.exit_code == 1
        branch = hook.output.split("approve it too before you push: `")[1].split("`")[0]
        assert branch == 'ladderlint approve --base origin/main --reason "what was agreed, and by whom"'
        assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
        git(root, "add", ".")
        git(root, "commit", "-qm", "a higher bar")
    branch_gate = ("diff", "--base", "origin/main", "--fail-on", "raises-bar")
    assert cli(*branch_gate).exit_code == 1  # neither commit's approval is the branch's change
    assert cli(*shlex.split(branch)[1:]).exit_code == 0
    assert cli(*branch_gate).exit_code == 0


def test_the_hook_does_not_take_ladderlint_for_installed_where_the_shell_finds_it(cli, repo, monkeypatch):  # noqa: F811
    # With a pinned rev, pre-commit installs ladderlint in its own environment, which no shell finds.
    install = 'install it to run approve: README, "pre-commit"'
    assert install not in cli(*GATE).output
    monkeypatch.setenv("PRE_COMMIT", "1")  # as pre-commit runs a hook
    monkeypatch.delenv("CI", raising=False)
    hook = cli(*GATE)
    assert hook.exit_code == 1
    assert 'run:\n    ladderlint approve --base HEAD --reason "what was agreed, and by whom"\n' in hook.output
    assert f".ladderlint-approvals (where pre-commit alone installed ladderlint, {install}), and git add" in hook.output


def test_approve_without_operands_offers_only_what_approve_takes(cli, repo):  # noqa: F811
    run = cli("approve", "--reason", "agreed")
    assert run.exit_code == 2 and "--levels" not in run.stderr
    assert "give two files or directories (OLD NEW), or --base REV [PATHS...]\n" in run.stderr
    # diff, which takes --levels, offers it.
    assert "or --levels LOWER HIGHER FILE" in cli("diff").stderr


def test_approve_needs_a_reason(cli, repo):  # noqa: F811
    assert cli("approve", "--base", "HEAD").exit_code == 2
    assert cli("approve", "--base", "HEAD", "--reason", "  ").exit_code == 2
    assert not (repo / ".ladderlint-approvals").exists()


@pytest.mark.parametrize(("lower", "higher", "message"), [
    ("IC3", "IC2", "--levels names 'IC3' before 'IC2', but 'IC2' is the lower level in frameworks/acme.yaml; "
                   "name the lower level first: --levels IC2 IC3"),
    ("IC2", "IC2", "--levels names level 'IC2' twice; name two levels, the lower first"),
])
def test_levels_out_of_order_or_twice(cli, repo, lower, higher, message):  # noqa: F811
    run = cli("diff", "--format", "markdown", "--levels", lower, higher, "frameworks/acme.yaml")
    assert run.exit_code == 2 and run.output == ""
    assert run.stderr == f"ladderlint: error: {message}\n"


def test_approvals_name_the_level_a_change_is_listed_at_as_the_diff_does(cli, tmp_path):
    """A statement of a level inserted below others is listed under the level
    above it, which now asks for it: the approvals file names that level so."""
    import copy

    import yaml
    from diffkit import data

    old = data()
    new = copy.deepcopy(old)
    new["levels"].insert(1, {"id": "IC1S", "title": "Engineer I+", "competencies": {
        "ownership": ["I write the postmortem of every incident I cause"]}})
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old, sort_keys=False), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    files = [str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]
    listed = cli("diff", *files).output
    assert "\nIC2 (Engineer II)\n  raises-bar  statement-added         Ownership: + I write the postmortem" in listed
    approvals = tmp_path / "approvals"
    approvals.write_text("")
    assert cli("approve", "--approvals", str(approvals), "--reason", "agreed", *files).exit_code == 0
    [entry] = [line for line in approvals.read_text().splitlines() if not line.startswith("#")]
    assert entry.endswith("# agreed (statement-added at acme-backend, IC2 (Engineer II), Ownership)")


def test_approvals_name_a_change_at_its_own_level_by_its_title(cli, repo):  # noqa: F811
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    entries = [line for line in (repo / ".ladderlint-approvals").read_text().splitlines() if not line.startswith("#")]
    assert all(" at acme-backend, IC" in line and " (Engineer " in line for line in entries), entries


NOTE = "        - I write a design note before I change a shared service\n"
IC2_IMPACT = "        - I deliver features that my team agreed on without close guidance\n"


def test_an_approval_does_not_follow_a_level_id_to_the_level_renumbered_into_it(cli, repo):  # noqa: F811
    from test_diff_git import V1, git

    framework = repo / "frameworks" / "acme.yaml"
    framework.write_text(V1.replace(IC2_IMPACT, IC2_IMPACT + NOTE))  # agreed for Engineer II
    assert cli("approve", *GATE[1:], "--reason", "agreed for Engineer II").exit_code == 0
    git(repo, "add", ".ladderlint-approvals")
    # An unrelated edit since does not undo the approval.
    framework.write_text(framework.read_text().replace("I own my failures", "I own my mistakes"))
    assert cli(*GATE).exit_code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "design notes at IC2")
    # A level inserted below Engineer II: it is IC3 now, and the new level is IC2.
    text = framework.read_text().replace("id: IC3\n    title: Engineer III", "id: IC4\n    title: Engineer III")
    text = text.replace("  - id: IC2\n    title: Engineer II\n", "  - id: IC2\n    title: Engineer I+\n"
                        "    summary: I deliver small features with some guidance\n    competencies:\n"
                        "      impact:\n        - I deliver small features with some guidance\n"
                        "      ownership:\n        - I keep my team informed of my progress\n"
                        "      code:\n        proficiency: working\n        statements:\n"
                        "          - I write code that needs few review comments\n"
                        "  - id: IC3\n    title: Engineer II\n")
    framework.write_text(text)
    git(repo, "commit", "-qam", "insert a level")
    # The statement agreed for Engineer II, added now to the new IC2 (Engineer I+), is not agreed.
    framework.write_text(text.replace("        - I deliver small features with some guidance\n",
                                      "        - I deliver small features with some guidance\n" + NOTE))
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "(approved)" not in run.output and "1 change not approved" in run.output


@pytest.mark.parametrize(("written", "spelt"), [("Sr. Engineer", "Senior Engineer"), ("Eng. II", "Engineer II")])
def test_an_approval_holds_after_the_level_title_is_spelt_out(cli, repo, written, spelt):  # noqa: F811
    """A title's short forms spelt out ("Sr." -> "Senior") is the same
    title: the change keeps its fingerprint, and the retitle is editorial.
    A short form not known as one ("Eng.") is another title, of the same
    level (its id kept): the approval given under the title before holds
    all the same, listed under the fingerprint of then."""
    from test_diff_git import V1, git

    framework = repo / "frameworks" / "acme.yaml"
    framework.write_text(V1.replace("title: Engineer II\n", f"title: {written}\n"))
    git(repo, "commit", "-qam", "retitled")
    base = git(repo, "rev-parse", "HEAD").strip()
    framework.write_text(framework.read_text().replace(IC2_IMPACT, IC2_IMPACT + NOTE))
    assert cli("approve", *GATE[1:], "--reason", "agreed").exit_code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "design notes at IC2")
    framework.write_text(framework.read_text().replace(f"title: {written}\n", f"title: {spelt}\n"))
    git(repo, "commit", "-qam", "title spelt out")
    run = cli("diff", "--base", base, "--fail-on", "raises-bar")
    assert run.exit_code == 0, run.output
    same = written.startswith("Sr.")
    assert ("editorial   level-renamed" in run.output) is same, run.output
    [added] = [line for line in run.lines if "statement-added" in line]
    assert added.endswith("(approved)") is same, added
    assert ("(approved as " in added) is not same, added
