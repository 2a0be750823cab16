"""`ladderlint approve --as-wording`: the approver judges a rewording the
grader read as a raised bar (words it has no synonyms for) to be wording
only. It still approves the change, and every reader-facing output then
lists it as a wording fix, with the approver's reason; JSON keeps the
grader's impact beside ``approved_as``. An approvals file written before
reads as it did."""

from __future__ import annotations

import json
import shutil

import pytest
from test_diff_git import git, ladder_at_v1

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

GATE = ("diff", "--base", "HEAD", "--fail-on", "raises-bar")
REASON = "same meaning, plainer words"
#: Two rewordings with words the grader has no synonyms for: each read as raises-bar.
REWORDINGS = {
    "I own my failures and learn from them": "I own my failures and grow from them",
    "I follow through on my commitments and keep my team informed":
        "I follow through on my commitments and keep my team in the loop",
}
ADDED = "        - I ask for help when I am stuck on a task\n"


@pytest.fixture
def root(tmp_path, monkeypatch):
    """acme.yaml at v1 committed, and the two rewordings in the working tree."""
    root = ladder_at_v1(tmp_path)
    monkeypatch.chdir(root)
    _edit(root, REWORDINGS)
    return root


def _edit(root, replacements):
    framework = root / "frameworks" / "acme.yaml"
    text = framework.read_text()
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new)
    framework.write_text(text)


def _entries(root):
    return [line for line in (root / ".ladderlint-approvals").read_text().splitlines() if not line.startswith("#")]


def _json_changes(cli):
    run = cli(*GATE, "--format", "json")
    return json.loads(run.output)["frameworks"][0]


def test_a_rewording_approved_as_wording_is_a_wording_fix_to_every_reader(cli, root):
    failed = cli(*GATE)
    assert failed.exit_code == 1 and failed.output.count("raises-bar  statement-reworded") == 2
    # The failing gate says what an approver who reads them as wording only can do.
    assert "Where a rewording read as 'words replaced' asks nothing else, add --as-wording" in failed.output
    run = cli("approve", "--base", "HEAD", "--as-wording", "--reason", REASON)
    assert run.exit_code == 0, run.stderr
    entries = _entries(root)
    assert len(entries) == 2 and all(f" editorial  # {REASON} (statement-reworded at " in line for line in entries)
    git(root, "add", ".ladderlint-approvals")

    text = cli(*GATE)
    assert text.exit_code == 0, text.output  # still approved for the gate
    assert text.output.count(f"editorial   statement-reworded") == 2
    assert f"(approved as wording only: {REASON}; graded raises-bar)" in text.output
    assert "raises-bar  " not in text.output and "major release" not in text.output
    assert "call for a patch release" in text.output

    notes = cli(*GATE, "--format", "markdown").output
    assert "New or higher expectations" not in notes
    assert notes.count("### Wording fixes") == 2
    assert f"grow** from them (approved as wording only: {REASON})." in notes

    framework = _json_changes(cli)
    assert [(c["impact"], c["approved_as"], c["approval_reason"], c["approved"]) for c in framework["changes"]] == \
        [("raises-bar", "editorial", REASON, True)] * 2  # the grader's reading kept
    assert framework["changes"][0]["reasons"]
    assert framework["summary"]["editorial"] == 2 and framework["summary"]["raises-bar"] == 0
    assert framework["version_advice"]["required"] == "patch"

    github = cli(*GATE, "--format", "github").output
    assert github.count(f"(approved as wording only: {REASON}; graded raises-bar)") == 2
    assert "title=editorial statement-reworded" in github


def test_a_plain_approval_keeps_the_raised_bar_and_can_be_judged_wording_later(cli, root):
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    git(root, "add", ".ladderlint-approvals")
    assert cli(*GATE).exit_code == 0
    assert "New or higher expectations" in cli(*GATE, "--format", "markdown").output
    assert [c["approved_as"] for c in _json_changes(cli)["changes"]] == [None, None]
    # Judged wording only afterwards: the approvals are marked in place, with the new reason.
    run = cli("approve", "--base", "HEAD", "--as-wording", "--reason", REASON)
    assert run.exit_code == 0, run.stderr
    assert "approved 2 changes" in run.stderr and "(as wording only)" in run.stderr
    entries = _entries(root)
    assert len(entries) == 2 and all(" editorial  # " + REASON in line for line in entries)
    git(root, "add", ".ladderlint-approvals")
    assert "New or higher expectations" not in cli(*GATE, "--format", "markdown").output
    # Run again, nothing is marked twice.
    assert cli("approve", "--base", "HEAD", "--as-wording", "--reason", "again").exit_code == 0
    assert _entries(root) == entries


def test_an_addition_is_no_rewording(cli, root):
    _edit(root, {ADDED: ADDED + "        - I write the yearly architecture review\n"})
    run = cli("approve", "--base", "HEAD", "--as-wording", "--reason", REASON)
    assert run.exit_code == 2
    assert "--as-wording: statement-added [" in run.stderr and "approve these without --as-wording" in run.stderr
    assert not (root / ".ladderlint-approvals").exists()  # nothing approved
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    git(root, "add", ".ladderlint-approvals")  # as the message says: the gate reads only what git tracks
    assert cli("approve", "--base", "HEAD", "--as-wording", "--reason", REASON).exit_code == 0
    git(root, "add", ".ladderlint-approvals")
    assert sum(" editorial  # " in line for line in _entries(root)) == 2
    changes = _json_changes(cli)["changes"]
    assert sorted((c["kind"], c["approved_as"]) for c in changes) == [
        ("statement-added", None), ("statement-reworded", "editorial"), ("statement-reworded", "editorial")]
    notes = cli(*GATE, "--format", "markdown").output
    assert "New or higher expectations" in notes and "yearly architecture review" in notes
    assert "major release" in cli(*GATE).output  # the addition still calls for one


def test_an_approvals_file_of_before_still_reads(cli, root):
    fingerprints = sorted(c["fingerprint"] for c in _json_changes(cli)["changes"])
    # As written before: fingerprints, in any case, with comments or without.
    (root / ".ladderlint-approvals").write_text(
        f"# Approvals\n{fingerprints[0].upper()}  # agreed (statement-reworded at acme-backend)\n{fingerprints[1]}\n")
    git(root, "add", ".ladderlint-approvals")
    run = cli(*GATE)
    assert run.exit_code == 0 and run.output.count("(approved)") == 2 and "wording only" not in run.output
    # Marked by hand, without a reason: a wording fix all the same.
    (root / ".ladderlint-approvals").write_text(f"{fingerprints[0]} editorial\n{fingerprints[1]}  EDITORIAL  # ok\n")
    run = cli(*GATE)
    assert run.exit_code == 0
    assert "(approved as wording only; graded raises-bar)" in run.output
    assert "(approved as wording only: ok; graded raises-bar)" in run.output
    # A word there that is no marker is an error, as before: no approval is read into it.
    (root / ".ladderlint-approvals").write_text(f"{fingerprints[0]} wording\n")
    run = cli(*GATE)
    assert run.exit_code == 2 and "is not a fingerprint" in run.stderr


def test_the_rendered_changelog_follows_the_approval(cli, root, tmp_path):
    assert cli("approve", "--base", "HEAD", "--as-wording", "--reason", REASON).exit_code == 0
    _edit(root, {'version: "1.0.0"': 'version: "1.0.1"'})
    git(root, "add", ".")
    git(root, "commit", "-qm", "reworded")
    assert cli("render", "-o", str(tmp_path / "site"), "frameworks/acme.yaml").exit_code == 0
    changelog = (tmp_path / "site" / "acme-backend" / "changelog.html").read_text()
    assert f"approved as wording only: {REASON}" in changelog
    assert "New or higher expectations" not in changelog and "Wording fixes" in changelog


def test_the_hint_is_for_words_replaced_only(cli, root):
    # A statement added is no rewording the grader could not read: the failing gate offers --as-wording
    # for the rewordings beside it, and not for it alone.
    _edit(root, {ADDED: ADDED + "        - I write the yearly architecture review\n"})
    failed = cli(*GATE)
    assert failed.exit_code == 1 and "--as-wording" in failed.output
    _edit(root, {new: old for old, new in REWORDINGS.items()})
    failed = cli(*GATE)
    assert failed.exit_code == 1 and "statement-added" in failed.output and "--as-wording" not in failed.output


def _released(root):
    """The rewordings committed as release 1.0.1: the changelog has their notes."""
    _edit(root, {'version: "1.0.0"': 'version: "1.0.1"'})
    git(root, "add", ".")
    git(root, "commit", "-qm", "reworded")


def test_a_malformed_approvals_file_does_not_stop_the_site(cli, root, tmp_path):
    _released(root)
    (root / ".ladderlint-approvals").write_text("# approvals\nzzz not a fingerprint\n")
    git(root, "add", ".ladderlint-approvals")
    run = cli("render", "-o", str(tmp_path / "site"), "frameworks/acme.yaml", "frameworks/acme.yaml")
    assert run.exit_code == 0, run.stderr
    # Told once, with the file and the line; the notes are the grader's.
    assert run.stderr.count(".ladderlint-approvals:2: 'zzz not a fingerprint' is not a fingerprint") == 1
    changelog = (tmp_path / "site" / "acme-backend" / "changelog.html").read_text()
    assert "New or higher expectations" in changelog and "approved as wording only" not in changelog
    # The gate still says the file is wrong: it is the gate's file.
    assert cli(*GATE).exit_code == 2


def test_the_site_reads_the_approvals_the_gate_reads(cli, root, tmp_path):
    fingerprints = sorted(c["fingerprint"] for c in _json_changes(cli)["changes"])
    _released(root)
    (root / ".ladderlint-approvals").write_text("".join(f"{f} editorial  # {REASON}\n" for f in fingerprints))
    # Not tracked by git: a clone in CI would not have it, and the gate with --base counts none of it.
    run = cli("render", "-o", str(tmp_path / "site"), "frameworks/acme.yaml")
    assert run.exit_code == 0, run.stderr
    assert ".ladderlint-approvals is not tracked by git, and approves nothing" in run.stderr
    changelog = (tmp_path / "site" / "acme-backend" / "changelog.html").read_text()
    assert "New or higher expectations" in changelog and "approved as wording only" not in changelog
    git(root, "add", ".ladderlint-approvals")
    run = cli("render", "-o", str(tmp_path / "site"), "frameworks/acme.yaml")
    assert run.exit_code == 0 and "approvals" not in run.stderr
    changelog = (tmp_path / "site" / "acme-backend" / "changelog.html").read_text()
    assert f"approved as wording only: {REASON}" in changelog


def test_a_plain_approval_keeps_a_marker_listed_beside_it(cli, root):
    fingerprints = sorted(c["fingerprint"] for c in _json_changes(cli)["changes"])
    # Two branches approved one change, one of them as wording only, and were merged.
    (root / ".ladderlint-approvals").write_text(
        f"{fingerprints[0]}  # plain first\n{fingerprints[0]} editorial  # {REASON}\n")
    git(root, "add", ".ladderlint-approvals")
    assert f"(approved as wording only: {REASON}; graded raises-bar)" in cli(*GATE).output
    run = cli("approve", "--base", "HEAD", "--reason", "agreed")  # approves the other rewording
    assert run.exit_code == 0, run.stderr
    entries = _entries(root)
    assert entries[0] == f"{fingerprints[0]} editorial  # {REASON}" and len(entries) == 2
    git(root, "add", ".ladderlint-approvals")
    assert cli(*GATE).output.count(f"(approved as wording only: {REASON}; graded raises-bar)") == 1
    # Near miss: two plain lines stay one plain approval, the first.
    (root / ".ladderlint-approvals").write_text(f"{fingerprints[0]}  # first\n{fingerprints[0]}  # second\n")
    assert cli("approve", "--base", "HEAD", "--reason", "agreed").exit_code == 0
    assert _entries(root)[0] == f"{fingerprints[0]}  # first"


@pytest.mark.parametrize("comment, reason", [
    ("agreed (statement-reworded by jane)", "agreed (statement-reworded by jane)"),
    ("agreed (statement-reworded by jane) (statement-reworded at acme-backend, IC2 (Engineer II), Ownership)",
     "agreed (statement-reworded by jane)"),
    ("agreed (statement-reworded (raises-bar and lowers-bar) at acme-backend)", "agreed"),
    ("agreed (statement-reworded)", "agreed"),
    ("agreed (see statement-reworded at acme-backend) by jane", "agreed (see statement-reworded at acme-backend) by jane"),
])
def test_a_reason_keeps_its_own_brackets(cli, root, comment, reason):
    fingerprints = sorted(c["fingerprint"] for c in _json_changes(cli)["changes"])
    (root / ".ladderlint-approvals").write_text("".join(f"{f} editorial  # {comment}\n" for f in fingerprints))
    git(root, "add", ".ladderlint-approvals")
    assert cli(*GATE).output.count(f"(approved as wording only: {reason}; graded raises-bar)") == 2


def test_where_the_reason_is_given_it_says_that_engineers_read_it(cli, root):
    """The reason given to `approve --as-wording` is printed in the release
    notes engineers read: the gate's message that suggests it, and the help
    of --reason, say so where the reason is written (the fifteenth new-user
    trial found it said only in docs/diff.md)."""
    failed = cli(*GATE)
    assert "with the --reason you give, which everyone on the ladder reads" in failed.output
    help_text = " ".join(cli("approve", "--help").output.split())
    assert "With --as-wording it is also printed in the release notes and the rendered changelog, which " \
           "everyone on the ladder reads" in help_text


def test_only_marks_the_one_rewording_the_approver_judged_and_leaves_the_other_failing(cli, root):
    changes = _json_changes(cli)["changes"]
    judged = next(c for c in changes if "grow from them" in (c["new"] or ""))["fingerprint"]
    other = next(c for c in changes if "in the loop" in (c["new"] or ""))["fingerprint"]
    run = cli("approve", "--base", "HEAD", "--as-wording", "--only", judged, "--reason", REASON)
    assert run.exit_code == 0, run.stderr
    entries = _entries(root)
    assert len(entries) == 1 and entries[0].startswith(f"{judged} editorial  # {REASON}")
    git(root, "add", ".ladderlint-approvals")
    failed = cli(*GATE)
    assert failed.exit_code == 1  # the rewording nobody judged still waits for its own approval
    assert f"[{other}]" in failed.output and "with --only FINGERPRINT" in failed.output
    notes = cli(*GATE, "--format", "markdown").output
    assert notes.count("### Wording fixes") == 1


def test_only_without_as_wording_approves_just_that_change(cli, root):
    other = next(c for c in _json_changes(cli)["changes"] if "in the loop" in (c["new"] or ""))["fingerprint"]
    run = cli("approve", "--base", "HEAD", "--only", f"[{other.upper()}]", "--reason", "agreed at the review")
    assert run.exit_code == 0, run.stderr
    assert [line.split()[0] for line in _entries(root)] == [other]


def test_only_a_fingerprint_of_no_change_to_approve_is_an_error_and_writes_nothing(cli, root):
    fingerprints = sorted(c["fingerprint"] for c in _json_changes(cli)["changes"])
    run = cli("approve", "--base", "HEAD", "--as-wording", "--only", "0123456789ab", "--reason", REASON)
    assert run.exit_code == 2
    assert "--only: no change to mark as wording only has the fingerprint 0123456789ab" in run.stderr
    assert ", ".join(fingerprints) in run.stderr
    assert not (root / ".ladderlint-approvals").exists()
