"""Which approvals count: the file nearest to each framework, inside its
repository, tracked by git when the gate compares with a revision, and
only for the frameworks of its directory and below it."""

from __future__ import annotations

import shutil

import pytest
from test_diff_gate_bypasses import GATE, repo  # noqa: F401  (a fixture)
from test_diff_git import V1, V2, git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def _blocking(cli) -> list[str]:
    report = cli("diff", "--format", "json", *GATE[1:]).json()
    return [change["fingerprint"] for framework in report["frameworks"] for change in framework["changes"]
            if change["impact"] == "raises-bar"]


def _approving(fingerprints: list[str]) -> str:
    return "".join(f"{fingerprint}  # agreed\n" for fingerprint in fingerprints)


def test_approvals_above_the_repository_approve_nothing(cli, repo):  # noqa: F811
    outside = repo.parent / ".ladderlint-approvals"  # no pull request shows it
    outside.write_text(_approving(_blocking(cli)))
    for where in (repo, repo / "frameworks"):
        run = cli(*GATE, cwd=where)
        assert run.exit_code == 1, run.output
        assert "(approved)" not in run.output and "2 changes not approved" in run.output
    # `approve` writes where the gate reads: the top of the repository, not the file above it.
    before = outside.read_text()
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    assert outside.read_text() == before
    assert (repo / ".ladderlint-approvals").is_file()
    git(repo, "add", ".ladderlint-approvals")
    assert cli(*GATE).exit_code == 0


def test_approvals_above_the_directories_compared_outside_git_approve_nothing(cli, tmp_path, monkeypatch):
    work = tmp_path / "outer" / "work"
    for side, text in (("old", V1), ("new", V2)):
        (work / side).mkdir(parents=True)
        (work / side / "acme.yaml").write_text(text)
    monkeypatch.chdir(work)
    gate = ("diff", "--fail-on", "raises-bar", "old", "new")
    fingerprints = [change["fingerprint"] for change in cli(*gate, "--format", "json").json()["frameworks"][0]["changes"]
                    if change["impact"] == "raises-bar"]
    (tmp_path / "outer" / ".ladderlint-approvals").write_text(_approving(fingerprints))  # above where it runs
    assert cli(*gate).exit_code == 1
    (work / ".ladderlint-approvals").write_text(_approving(fingerprints))  # where it runs: read
    assert cli(*gate).exit_code == 0


def test_an_untracked_approvals_file_approves_nothing_against_a_revision(cli, repo):  # noqa: F811
    approvals = repo / ".ladderlint-approvals"
    approvals.write_text(_approving(_blocking(cli)))  # never `git add`ed: a clone in CI would not have it
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "2 changes not approved" in run.output
    assert run.stderr.startswith("ladderlint: warning: .ladderlint-approvals is not tracked by git, and approves "
                                 "nothing: a clone in CI would not have it; stage it to commit it with the change "
                                 "(git add .ladderlint-approvals)\n")
    git(repo, "add", ".ladderlint-approvals")  # staged: the hook and the clone see it
    run = cli(*GATE)
    assert run.exit_code == 0, run.output
    assert "not tracked" not in run.stderr
    # Two files given by name (no revision) are compared as they are.
    assert cli("diff", "--fail-on", "raises-bar", "HEAD:frameworks/acme.yaml", "frameworks/acme.yaml").exit_code == 0


def test_an_untracked_approvals_file_nearer_leaves_the_tracked_one_above_it_in_force(cli, repo):  # noqa: F811
    fingerprints = _blocking(cli)
    (repo / ".ladderlint-approvals").write_text(_approving(fingerprints[:1]))
    git(repo, "add", ".ladderlint-approvals")
    (repo / "frameworks" / ".ladderlint-approvals").write_text(_approving(fingerprints))  # untracked
    run = cli(*GATE)
    assert run.exit_code == 1 and "1 change not approved" in run.output, run.output
    assert "frameworks/.ladderlint-approvals is not tracked by git" in run.stderr


def test_approvals_apply_to_the_frameworks_of_their_directory_only(cli, repo):  # noqa: F811
    fingerprints = _blocking(cli)
    sandbox = repo / "frameworks" / "sandbox"
    sandbox.mkdir()
    (sandbox / "play.yaml").write_text(V1.replace("id: acme-backend", "id: sandbox"))
    (sandbox / ".ladderlint-approvals").write_text(_approving(fingerprints).replace("agreed", "sandbox tweak"))
    git(repo, "add", ".")
    run = cli(*GATE)
    assert run.exit_code == 1, run.output
    assert "(approved)" not in run.output and "2 changes not approved" in run.output
    # `approve` writes to the file the gate reads for acme.yaml: not the sandbox's.
    before = (sandbox / ".ladderlint-approvals").read_text()
    approved = cli("approve", "--base", "HEAD", "--reason", "agreed")
    assert approved.exit_code == 0, approved.stderr
    assert (sandbox / ".ladderlint-approvals").read_text() == before
    assert "in .ladderlint-approvals" in approved.stderr
    git(repo, "add", ".ladderlint-approvals")
    assert cli(*GATE).exit_code == 0
    # A file in the framework's own directory approves it, and a nested framework too.
    git(repo, "rm", "-q", "--cached", ".ladderlint-approvals")
    (repo / ".ladderlint-approvals").unlink()
    (repo / "frameworks" / ".ladderlint-approvals").write_text(_approving(fingerprints))
    git(repo, "add", ".")
    assert cli(*GATE).exit_code == 0


@pytest.mark.parametrize("operands", [(), (".",)])
def test_a_framework_moved_into_a_directory_excluded_in_the_same_commit_is_followed(cli, repo, operands):  # noqa: F811
    # Its bar raised, moved into drafts/ and drafts/ excluded at once: not a framework removed, which an
    # approval of the "removal" would wave through.
    (repo / "drafts").mkdir()
    git(repo, "mv", "frameworks/acme.yaml", "drafts/acme.yaml")
    (repo / ".ladderlint.yaml").write_text('exclude: ["drafts"]\n')
    git(repo, "add", "-A")
    run = cli(*GATE, *operands)
    assert run.exit_code == 1, run.output + run.stderr
    assert "HEAD:frameworks/acme.yaml -> drafts/acme.yaml" in run.output
    assert "framework-removed" not in run.output and "2 changes not approved" in run.output
    assert run.output.count("HEAD:frameworks/acme.yaml") == 1
    assert ("ladderlint: warning: HEAD:frameworks/acme.yaml moved into what the configuration excludes to "
            "drafts/acme.yaml; compared with it there") in run.stderr


def test_a_framework_whose_file_no_longer_declares_itself_one_says_so(cli, repo):  # noqa: F811
    framework = repo / "frameworks" / "acme.yaml"
    framework.write_text(V2.replace("ladderlint: 1\n", ""))
    said = ("frameworks/acme.yaml no longer declares itself a framework (`ladderlint: 1` is gone from it): the "
            "framework is compared as removed, and `ladderlint check` no longer checks the file (LL013); put "
            "`ladderlint: 1` back as its first line to keep it a framework")
    for operands in (("frameworks/acme.yaml",), ("frameworks",), ()):
        run = cli(*GATE, *operands)
        assert run.exit_code == 1, run.output  # the gate still fails: a framework removed raises the bar
        assert f"warning: {said}." in run.output and "framework-removed" in run.output
        json_run = cli("diff", "--format", "json", *GATE[1:], *operands)
        assert json_run.json()["frameworks"][0]["warnings"] == [said]
    # A file removed is removed, with no such warning.
    framework.unlink()
    assert "no longer declares" not in cli(*GATE).output


def test_approve_again_before_the_file_is_staged_says_it_is_listed_not_approved(cli, repo):  # noqa: F811
    """The gate's advice is to run `approve`; run twice before `git add`,
    it must not claim to approve what the file lists already, nor drop the
    second reason silently: it says the file waits to be tracked."""
    assert cli("approve", "--base", "HEAD", "--reason", "agreed in review").exit_code == 0
    approvals = repo / ".ladderlint-approvals"
    before = approvals.read_bytes()
    again = cli("approve", "--base", "HEAD", "--reason", "again")
    assert again.exit_code == 0, again.output
    assert approvals.read_bytes() == before
    assert "approved 2 changes" not in again.stderr and "ladderlint: approved" not in again.stderr
    assert ("2 changes that would fail the gate are listed in .ladderlint-approvals already, but the gate does "
            "not count that file until git tracks it: git add .ladderlint-approvals") in again.stderr
    git(repo, "add", ".ladderlint-approvals")
    assert cli(*GATE).exit_code == 0
