"""Approvals given commit by commit, against the branch's gate: a change
approved at one commit is the same change to a gate that compares the whole
branch where another commit only retitled its level (its id kept), and
another one where a commit gave its level another id, took its level's id
for a level inserted, or renamed its competency; the gate's message says
which approvals do not serve, and how to renew them."""

from __future__ import annotations

import json
import shutil

import pytest
from test_diff_git import V1, V2, git, ladder_at_v1

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

GATE = ("--fail-on", "raises-bar,lowers-bar")
RETITLED = {"title: Engineer I\n": "title: Associate Engineer\n", "title: Engineer II\n": "title: Engineer\n",
            "title: Engineer III\n": "title: Senior Engineer\n"}


def retitled(text: str, titles: dict[str, str] = RETITLED) -> str:
    for old, new in titles.items():
        text = text.replace(old, new)
    return text


def commit_approved(cli, repo, text: str, message: str) -> None:
    """Commit ``text`` as the framework, with the approval the hook asks for."""
    (repo / "frameworks" / "acme.yaml").write_text(text)
    assert cli("diff", "--base", "HEAD", *GATE).exit_code == 1
    assert cli("approve", "--base", "HEAD", *GATE, "--reason", "agreed").exit_code == 0
    git(repo, "add", ".")
    git(repo, "commit", "-qm", message)


def commit(repo, text: str, message: str) -> None:
    (repo / "frameworks" / "acme.yaml").write_text(text)
    git(repo, "commit", "-qam", message)


def entries(repo) -> list[str]:
    return [line.split()[0] for line in (repo / ".ladderlint-approvals").read_text().splitlines()
            if line and not line.startswith("#")]


@pytest.mark.parametrize("retitled_first", [False, True])
def test_a_level_only_retitled_keeps_its_approvals_on_the_branch(cli, tmp_path, monkeypatch, retitled_first):
    """A bar raised and one lowered at IC1 and IC2, approved at their commit;
    the levels retitled (their ids kept) in another commit of the branch,
    before or after: the branch's gate, which sees the changes under the
    new titles, takes the approvals given under the old ones."""
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "HEAD").strip()
    if retitled_first:
        commit(repo, retitled(V1), "levels retitled")
        commit_approved(cli, repo, retitled(V2), "v2, approved")
    else:
        commit_approved(cli, repo, V2, "v2, approved")
        commit(repo, retitled(V2), "levels retitled")
        assert cli("diff", "--base", "HEAD~1", *GATE).exit_code == 0  # the retitling commit, as the hook sees it
    run = cli("diff", "--base", first, *GATE)
    assert run.exit_code == 0, run.output
    assert "IC2 (Engineer)\n  structural  level-renamed" in run.output
    # The move from IC3 to IC2, both retitled, is shown under its fingerprint with the titles of the
    # revisions compared (IC3's at the base, IC2's now), and said to be approved under the one the
    # approvals file lists: given with both titles as they were, or with both new.
    moved = next(line for line in run.lines if "statement-moved" in line)
    listed = set(entries(repo))
    shown, under = moved.rsplit("[", 1)[1].split("] (approved as ")
    assert under.rstrip(")") in listed and shown not in listed, moved
    report = json.loads(cli("diff", "--base", first, *GATE, "--format", "json").output)
    changes = [change for framework in report["frameworks"] for change in framework["changes"]]
    blocking_before = [c for c in changes if c["impact"] in ("raises-bar", "lowers-bar")]
    assert len(blocking_before) == 3
    assert all(c["approved"] and c["approved_under"] in listed for c in blocking_before)


def test_a_level_retitled_twice_says_which_approvals_no_longer_serve(cli, tmp_path, monkeypatch):
    """Approved under a title the level had only between the two revisions
    compared: the gate says which level, its two titles, and the command
    that renews the approvals."""
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "--short", "HEAD").strip()
    middle = {"title: Engineer II\n": "title: Software Engineer II\n"}
    commit(repo, retitled(V1, middle), "IC2 retitled")
    commit_approved(cli, repo, retitled(V2, middle), "v2, approved")
    commit(repo, V2.replace("title: Engineer II\n", "title: Developer II\n"), "IC2 retitled again")
    run = cli("diff", "--base", first, *GATE)
    assert run.exit_code == 1, run.output
    # The changes at IC1 keep their approval; the move to IC2 was approved as "Software Engineer II".
    assert "1 change not approved" in run.output
    assert (f"Retitled since {first}, with changes not approved: IC2 ('Engineer II' -> 'Developer II'). An approval "
            "given while it had another title than these two (retitled twice, or the branch rebased onto its "
            "retitling) does not serve here: approve its changes here again (`ladderlint approve --base "
            f"{first} --fail-on lowers-bar,raises-bar --reason \"what was agreed, and by whom\"`).") in run.output
    assert cli("approve", "--base", first, *GATE, "--reason", "renewed").exit_code == 0
    git(repo, "add", ".ladderlint-approvals")
    assert cli("diff", "--base", first, *GATE).exit_code == 0


def test_an_approval_does_not_follow_a_level_id_taken_by_a_level_inserted_on_the_branch(cli, tmp_path, monkeypatch):
    """A statement approved at IC2 (Engineer II); a level inserted below it
    in a later commit takes the id IC2, and the same statement is added
    there: to the branch's gate, the new IC2 is a level added, not IC2
    retitled, and the statement needs its own approval."""
    note = "        - I write a design note before I change a shared service\n"
    impact = "        - I deliver features that my team agreed on without close guidance\n"
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "HEAD").strip()
    commit_approved(cli, repo, V1.replace(impact, impact + note), "design notes at IC2")
    inserted = (V1.replace(impact, impact + note)
                .replace("id: IC3\n    title: Engineer III", "id: IC4\n    title: Engineer III")
                .replace("  - id: IC2\n    title: Engineer II\n",
                         "  - id: IC2\n    title: Engineer I+\n"
                         "    summary: I deliver small features with some guidance\n    competencies:\n"
                         "      impact:\n        - I deliver small features with some guidance\n" + note +
                         "      ownership:\n        - I keep my team informed of my progress\n"
                         "      code:\n        proficiency: working\n        statements:\n"
                         "          - I write code that needs few review comments\n"
                         "  - id: IC3\n    title: Engineer II\n"))
    commit(repo, inserted, "a level inserted below Engineer II, with design notes")
    report = json.loads(cli("diff", "--base", first, *GATE, "--format", "json").output)
    changes = [change for framework in report["frameworks"] for change in framework["changes"]]
    [added] = [c for c in changes if c["kind"] == "statement-added" and c["level"] == "IC2"
               and c["new"] == note.strip(" -\n")]
    assert added["blocking"] and not added["approved"] and added["approved_under"] is None
    assert not any(c["kind"] == "level-renamed" and c["level"] == "IC2" for c in changes)


def test_the_branch_gate_says_when_an_approval_of_one_commit_does_not_serve(cli, tmp_path, monkeypatch):
    """A competency given another id in a later commit: an approval of a change in it does not serve."""
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "--short", "HEAD").strip()
    (repo / "frameworks" / "acme.yaml").write_text(V2)
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "v2, approved")
    assert cli("diff", "--base", first, "--fail-on", "raises-bar").exit_code == 0  # one commit: one change to both
    commit(repo, V2.replace("id: code\n", "id: coding\n").replace("      code:\n", "      coding:\n"),
           "competency id changed")
    run = cli("diff", "--base", first, "--fail-on", "raises-bar")
    assert run.exit_code == 1, run.output
    assert (f"An approval given at one commit of the branch serves here where no other commit since {first} "
            "changed the same statement, gave its level another id, or renamed, merged or split its "
            "competency; approve such a change here again. A level only retitled keeps its approvals, given "
            f"under its title at {first} or under its title now.") in run.output
    assert "Retitled since" not in run.output


def test_approving_as_wording_replaces_an_approval_given_under_the_former_title(cli, tmp_path, monkeypatch):
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "HEAD").strip()
    polished = V1.replace("to a high standard", "to a high polish")
    commit_approved(cli, repo, polished, "polish, approved")
    [given] = entries(repo)
    commit(repo, polished.replace("title: Engineer I\n", "title: Associate Engineer\n"), "IC1 retitled")
    assert cli("diff", "--base", first, *GATE).exit_code == 0
    run = cli("approve", "--base", first, *GATE, "--as-wording", "--reason", "same meaning")
    assert run.exit_code == 0, run.stderr
    [marked] = [line for line in (repo / ".ladderlint-approvals").read_text().splitlines()
                if line and not line.startswith("#")]
    assert marked.split()[1] == "editorial" and marked.split()[0] != given  # one entry: the change's, as it is now
    git(repo, "add", ".ladderlint-approvals")
    report = json.loads(cli("diff", "--base", first, *GATE, "--format", "json").output)
    [reworded] = [c for f in report["frameworks"] for c in f["changes"] if c["kind"] == "statement-reworded"]
    assert reworded["approved_as"] == "editorial" and reworded["approval_reason"] == "same meaning"


#: The fingerprints of acme v1 -> v2, and of v1 -> v2 with IC2 and IC3 retitled, as approvals files in
#: framework repositories list them: a change whose level was not retitled keeps its fingerprint.
V2_FINGERPRINTS = [
    ("framework-changed", None, None, "30270b9fefa7"), ("competency-renamed", None, None, "e6b75f4b1168"),
    ("competency-renamed", None, None, "5516d19c685d"), ("statement-added", "IC1", None, "c9e2f865009e"),
    ("statement-removed", "IC1", None, "c11a4d6aac59"), ("statement-reworded", "IC1", None, "39ddf9990612"),
    ("statement-moved", "IC2", "IC3", "a9c56e4c1aa6"),
]
V2_RETITLED_FINGERPRINTS = [
    *V2_FINGERPRINTS[:6], ("level-renamed", "IC2", None, "75507ca7e138"),
    ("statement-moved", "IC2", "IC3", "c7c4ac581604"), ("level-renamed", "IC3", None, "9ff2f0f21ffc"),
]


def test_fingerprints_stay_as_approvals_files_list_them(cli, tmp_path):
    old = tmp_path / "v1.yaml"
    old.write_text(V1)
    for text, expected in ((V2, V2_FINGERPRINTS), (retitled(V2, {"title: Engineer II\n": "title: Software Engineer II\n",
                                                                  "title: Engineer III\n": "title: Software Engineer III\n"}),
                                                   V2_RETITLED_FINGERPRINTS)):
        new = tmp_path / "v2.yaml"
        new.write_text(text)
        report = json.loads(cli("diff", str(old), str(new), "--format", "json").output)
        found = [(c["kind"], c["level"], c["old_level"], c["fingerprint"]) for f in report["frameworks"]
                 for c in f["changes"]]
        assert found == expected
    # The move, both of its levels retitled, is approved by the approval given before.
    approvals = tmp_path / "approvals"
    approvals.write_text("a9c56e4c1aa6  # design at IC2\nc9e2f865009e  # plan first\n")
    run = cli("diff", str(old), str(new), "--fail-on", "raises-bar", "--approvals", str(approvals))
    assert run.exit_code == 0, run.output
    assert "[c7c4ac581604] (approved as a9c56e4c1aa6)" in run.output


def test_a_retitling_alone_failing_a_structural_gate_is_not_said_to_void_approvals(cli, tmp_path, monkeypatch):
    repo = ladder_at_v1(tmp_path)
    monkeypatch.chdir(repo)
    first = git(repo, "rev-parse", "--short", "HEAD").strip()
    commit(repo, V1.replace("title: Engineer II\n", "title: Developer II\n"), "IC2 retitled")
    run = cli("diff", "--base", first, "--fail-on", "structural")
    assert run.exit_code == 1, run.output
    assert "level-renamed" in run.output and "Retitled since" not in run.output
