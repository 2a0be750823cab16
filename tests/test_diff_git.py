"""`ladderlint diff` against git revisions: REV:path, --base, and what goes wrong."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import MINIMAL
from diffkit import FIXTURES

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

V1 = (FIXTURES / "acme-v1.yaml").read_text()
V2 = (FIXTURES / "acme-v2.yaml").read_text()


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-01T00:00:00", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00"}
    result = subprocess.run(
        ["git", "-c", "user.name=Ladder", "-c", "user.email=ladder@example.com", "-c", "init.defaultBranch=main",
         *args],
        cwd=repo, check=True, capture_output=True, text=True, env=env,
    )
    return result.stdout


def ladder_at_v1(tmp_path: Path) -> Path:
    """A repository with frameworks/acme.yaml at v1 committed."""
    root = tmp_path / "ladder"
    (root / "frameworks").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "frameworks" / "acme.yaml").write_text(V1)
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    return root


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository with frameworks/acme.yaml at v1 committed, and v2 (which raises the bar) in the working tree."""
    root = ladder_at_v1(tmp_path)
    (root / "frameworks" / "acme.yaml").write_text(V2)
    monkeypatch.chdir(root)
    return root


def test_file_at_a_revision_against_the_working_tree(cli, repo):
    run = cli("diff", "HEAD:frameworks/acme.yaml", "frameworks/acme.yaml")
    assert run.exit_code == 0
    assert run.lines[0] == "HEAD:frameworks/acme.yaml -> frameworks/acme.yaml"
    assert "6 changes: 2 raises-bar, 1 lowers-bar, 2 structural, 1 editorial." in run.output


def test_two_revisions(cli, repo):
    git(repo, "commit", "-qam", "v2")
    run = cli("diff", "--format", "json", "HEAD~1:frameworks/acme.yaml", "HEAD:frameworks/acme.yaml")
    assert run.exit_code == 0
    [framework] = run.json()["frameworks"]
    assert framework["old"]["revision"] == "HEAD~1" and framework["new"]["revision"] == "HEAD"
    assert framework["new"]["file"] == os.path.join("frameworks", "acme.yaml")
    assert len(framework["changes"]) == 7


def test_path_relative_to_the_current_directory(cli, repo, monkeypatch):
    monkeypatch.chdir(repo / "frameworks")
    top = cli("diff", "HEAD:frameworks/acme.yaml", "acme.yaml")
    here = cli("diff", "HEAD:./acme.yaml", "acme.yaml")
    assert top.exit_code == here.exit_code == 0
    assert top.lines[1:] == here.lines[1:]


def test_base_compares_the_working_tree_with_a_revision(cli, repo):
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", "frameworks/acme.yaml")
    assert run.exit_code == 1
    assert run.lines[0] == "HEAD:frameworks/acme.yaml -> frameworks/acme.yaml"


def test_base_with_a_directory_and_the_default_path(cli, repo):
    (repo / "frameworks" / "new.yaml").write_text(MINIMAL.replace("id: acme-backend", "id: brand-new"))
    (repo / "frameworks" / "ci.yml").write_text("on: push\n")
    from_dir = cli("diff", "--base", "HEAD", "--format", "json", "frameworks")
    from_top = cli("diff", "--base", "HEAD", "--format", "json")
    assert from_dir.exit_code == from_top.exit_code == 0
    files = [((f["old"] or {}).get("label"), (f["new"] or {}).get("label")) for f in from_dir.json()["frameworks"]]
    assert files == [
        ("HEAD:frameworks/acme.yaml", "frameworks/acme.yaml"),
        (None, "frameworks/new.yaml"),
    ]
    labels = [os.path.normpath(f["new"]["label"]) for f in from_top.json()["frameworks"]]
    assert labels == [os.path.join("frameworks", "acme.yaml"), os.path.join("frameworks", "new.yaml")]


def test_base_new_file_is_all_added_and_raises_no_bar(cli, repo):
    (repo / "frameworks" / "new.yaml").write_text(MINIMAL.replace("id: acme-backend", "id: brand-new"))
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", "--format", "json", "frameworks/new.yaml")
    assert run.exit_code == 0
    [framework] = run.json()["frameworks"]
    assert framework["old"] is None and framework["version_advice"] is None
    assert sorted(c["kind"] for c in framework["changes"]) == ["competency-added", "dimension-added", "level-added"]


def test_base_deleted_file_is_one_framework_removed(cli, repo):
    (repo / "frameworks" / "acme.yaml").unlink()
    run = cli("diff", "--base", "HEAD", "--format", "json", "frameworks/acme.yaml")
    assert run.exit_code == 0
    [framework] = run.json()["frameworks"]
    assert framework["new"] is None
    assert [(c["kind"], c["impact"]) for c in framework["changes"]] == [("framework-removed", "raises-bar")]
    assert cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", "frameworks/acme.yaml").exit_code == 1


def test_a_removed_framework_is_named_by_its_track_too(cli, repo):
    # Two tracks of one organisation sharing a name: the one removed is told apart, as the release notes do.
    frontend = V1.replace("id: acme-backend", "id: acme-frontend").replace("track: Backend", "track: Frontend")
    (repo / "frameworks" / "frontend.yaml").write_text(frontend)
    git(repo, "add", "frameworks/frontend.yaml")
    git(repo, "commit", "-qm", "a frontend track")
    git(repo, "rm", "-q", "frameworks/frontend.yaml")
    run = cli("diff", "--base", "HEAD", "--deleted", "--no-color")
    assert "framework-removed       - Acme Engineering Career Framework (Frontend Engineer) " \
           "(the people on its levels lose them)" in run.output


def test_base_skips_other_yaml_and_unchanged_files(cli, repo):
    (repo / "ci.yml").write_text("on: push\n")
    git(repo, "add", "ci.yml")
    git(repo, "commit", "-qm", "ci")
    git(repo, "checkout", "-q", "--", "frameworks/acme.yaml")  # back to v1: unchanged
    run = cli("diff", "--base", "HEAD", "ci.yml", "frameworks/acme.yaml")
    # The unchanged framework was compared, and is said to be unchanged, as in a directory.
    expected = ["HEAD:frameworks/acme.yaml -> frameworks/acme.yaml", "", "No changes."]
    assert (run.exit_code, run.lines) == (0, expected)
    assert cli("diff", "--base", "HEAD", "frameworks").lines == expected
    assert cli("diff", "--base", "HEAD", "ci.yml").output == "0 changes in 0 frameworks (0 frameworks compared).\n"


def test_base_unchanged_among_changed_files_is_counted_as_compared(cli, repo):
    (repo / "frameworks" / "same.yaml").write_text(MINIMAL)
    git(repo, "add", "frameworks/same.yaml")
    git(repo, "commit", "-qm", "second framework")
    run = cli("diff", "--base", "HEAD", "frameworks/acme.yaml", "frameworks/same.yaml")
    assert run.lines[-1] == "6 changes in 1 framework (2 frameworks compared)."
    assert "frameworks/same.yaml" not in run.output  # no block for a framework without changes


def test_base_output_does_not_depend_on_the_order_of_paths(cli, repo):
    (repo / "frameworks" / "new.yaml").write_text(MINIMAL.replace("id: acme-backend", "id: brand-new"))
    one = cli("diff", "--base", "HEAD", "frameworks/acme.yaml", "frameworks/new.yaml")
    other = cli("diff", "--base", "HEAD", "frameworks/new.yaml", "frameworks/acme.yaml", "frameworks/acme.yaml")
    assert one.output == other.output and one.exit_code == other.exit_code


def test_first_commit_has_every_framework_new(cli, tmp_path, monkeypatch):
    root = tmp_path / "empty"
    root.mkdir()
    git(root, "init", "-q")
    (root / "acme.yaml").write_text(V1)
    monkeypatch.chdir(root)
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", "acme.yaml")
    assert run.exit_code == 0
    assert "level-added" in run.output


def test_missing_revision_is_exit_two_with_a_plain_message(cli, repo):
    run = cli("diff", "--base", "origin/main", "frameworks/acme.yaml")
    assert run.exit_code == 2
    # Not a shallow clone: the history is all there, and the name is most likely misspelt.
    said = ("revision origin/main does not exist in this repository; check the name "
            "(a branch fetched from GitHub is origin/NAME)\n")
    assert run.stderr == f"ladderlint: error: {said}"
    pair = cli("diff", "origin/main:frameworks/acme.yaml", "frameworks/acme.yaml")
    assert pair.exit_code == 2 and said in pair.stderr and "fetch" not in pair.stderr.replace("fetched", "")


@pytest.mark.parametrize("before", ["HEAD~1", "HEAD^", "HEAD~2", "main~1"])
def test_a_revision_before_the_first_commit_says_so(cli, tmp_path, monkeypatch, before):
    """`diff HEAD~1:f.yaml HEAD:f.yaml` in a repository of one commit: the
    first commit has no parent; a hint about branches fetched from GitHub
    has nothing to do with it (the fifteenth new-user trial)."""
    root = ladder_at_v1(tmp_path)
    monkeypatch.chdir(root)
    said = (f"revision {before} goes back past the first commit: {before.rstrip('~^12')} has 1 commit in its "
            "history, and a first commit has no parent to compare with")
    for run in (cli("diff", f"{before}:frameworks/acme.yaml", "HEAD:frameworks/acme.yaml"),
                cli("diff", "--base", before)):
        assert run.exit_code == 2 and said in run.stderr and "GitHub" not in run.stderr, run.stderr


def test_a_revision_back_within_the_history_is_compared(cli, tmp_path, monkeypatch):
    """Near misses: with two commits, HEAD~1 is the first; a merge's second parent, where there is none,
    and a misspelt name keep the hint about names."""
    root = ladder_at_v1(tmp_path)
    git(root, "commit", "-q", "--allow-empty", "-m", "second")
    monkeypatch.chdir(root)
    assert cli("diff", "--base", "HEAD~1").exit_code == 0
    for missing in ("HEAD^2", "mian~1"):
        run = cli("diff", "--base", missing)
        assert run.exit_code == 2 and f"revision {missing} does not exist in this repository" in run.stderr


@pytest.mark.parametrize("command", [("diff", "--base"), ("approve", "--reason", "agreed", "--base")])
@pytest.mark.parametrize("given, start, end", [("HEAD~1..HEAD", "HEAD~1", "HEAD"), ("main...", "main", "HEAD")])
def test_a_range_of_commits_is_refused_saying_what_to_write_instead(cli, repo, command, given, start, end):
    git(repo, "commit", "-qam", "v2")
    run = cli(*command, given, "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert run.stderr == (
        f"ladderlint: error: {given} is a range of commits, and ranges are not supported: write `--base {start}` "
        f"to compare the working tree with {start}, or name a file at each revision as REV:path "
        f"(`ladderlint diff {start}:frameworks/ladder.yaml {end}:frameworks/ladder.yaml`)\n"
    )
    assert "fetch" not in run.stderr


def test_a_revision_with_two_dots_that_is_no_range_is_compared(cli, repo):
    """`HEAD^{/v2..a}` (the newest commit whose message matches) holds `..` and names one commit."""
    git(repo, "commit", "-qam", "v2: a higher bar")
    named = "HEAD^{/v2..a}"
    as_base = cli("diff", "--base", named, "frameworks/acme.yaml")
    assert as_base.exit_code == 0, as_base.stderr
    assert as_base.lines[0] == f"{named}:frameworks/acme.yaml -> frameworks/acme.yaml"
    as_operand = cli("diff", "HEAD~1:frameworks/acme.yaml", f"{named}:frameworks/acme.yaml")
    assert as_operand.exit_code == 0, as_operand.stderr
    assert "raises-bar" in as_operand.output


def test_a_range_from_a_revision_to_itself_is_refused_without_a_pair_of_files(cli, repo):
    git(repo, "commit", "-qam", "v2")
    run = cli("diff", "--base", "..HEAD", "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert run.stderr == ("ladderlint: error: ..HEAD is a range of commits, and ranges are not supported: "
                          "write `--base HEAD` to compare the working tree with HEAD\n")


def test_a_range_of_commits_is_refused_with_advice_for_where_it_was_given(cli, repo, tmp_path):
    git(repo, "commit", "-qam", "v2")
    operand = cli("diff", "HEAD~1..HEAD:frameworks/acme.yaml", "frameworks/acme.yaml")
    assert operand.exit_code == 2
    assert operand.stderr == ("ladderlint: error: HEAD~1..HEAD is a range of commits, and ranges are not supported: "
                              "name one revision, as in HEAD~1:path\n")
    since = cli("render", "frameworks/acme.yaml", "-o", str(tmp_path / "site"), "--since", "HEAD~1..HEAD")
    assert since.exit_code == 2
    assert "ranges are not supported: write `--since HEAD~1` for the changes since HEAD~1" in since.stderr
    assert "--base" not in since.stderr


def test_shallow_clone_says_so(cli, repo, tmp_path, monkeypatch):
    git(repo, "commit", "-qam", "v2")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    monkeypatch.chdir(clone)
    run = cli("diff", "--base", "HEAD~1", "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert run.stderr == (
        "ladderlint: error: revision HEAD~1 not found; fetch full history (this is a shallow clone: "
        "run `git fetch --unshallow`, or check out with fetch-depth: 0)\n"
    )


def test_path_missing_at_the_revision(cli, repo):
    run = cli("diff", "HEAD:frameworks/other.yaml", "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert "frameworks/other.yaml does not exist at revision HEAD" in run.stderr


def test_outside_a_repository(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "acme.yaml").write_text(V1)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    run = cli("diff", "--base", "HEAD", "acme.yaml")
    assert run.exit_code == 2
    assert "not a git repository" in run.stderr


def test_invalid_framework_at_a_revision_named_explicitly_names_the_revision(cli, repo):
    (repo / "frameworks" / "acme.yaml").write_text(MINIMAL.replace("    title: Engineer I\n", ""))
    git(repo, "commit", "-qam", "broken")
    (repo / "frameworks" / "acme.yaml").write_text(MINIMAL)
    run = cli("diff", "HEAD:frameworks/acme.yaml", "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert run.stderr.startswith("ladderlint: error: HEAD:frameworks/acme.yaml is not a valid framework\n")
    assert "HEAD:frameworks/acme.yaml" in run.stderr.splitlines()[1]  # the findings name the revision
    assert "15:5" in run.stderr and "level 'IC1' has no 'title'" in run.stderr


def test_directories_at_two_revisions(cli, repo):
    git(repo, "commit", "-qam", "v2")
    run = cli("diff", "--format", "json", "HEAD~1:frameworks", "HEAD:frameworks")
    assert run.exit_code == 0
    [framework] = run.json()["frameworks"]
    assert framework["old"]["label"] == "HEAD~1:frameworks/acme.yaml"
    assert len(framework["changes"]) == 7


def test_approving_a_deleted_framework_whose_folder_went_with_it(cli, repo):
    # `git rm` of a folder's last file removes the folder: the approvals go
    # to the top of the repository, where the gate finds them.
    git(repo, "rm", "-q", "-f", "frameworks/acme.yaml")
    assert not (repo / "frameworks").exists()
    gate = ("diff", "--base", "HEAD", "--deleted", "--fail-on", "raises-bar")
    assert cli(*gate).exit_code == 1
    approve = cli("approve", "--base", "HEAD", "--deleted", "--reason", "the track is retired")
    assert approve.exit_code == 0, approve.stderr
    assert (repo / ".ladderlint-approvals").is_file()
    git(repo, "add", ".ladderlint-approvals")
    assert cli(*gate).exit_code == 0


def commit_broken(repo: Path, text: str) -> str:
    """Commit ``text`` as frameworks/acme.yaml, as `git commit --no-verify`
    does past the hooks; the commit before it, abbreviated as labels are."""
    before = git(repo, "rev-parse", "HEAD").strip()[:12]
    (repo / "frameworks" / "acme.yaml").write_text(text)
    git(repo, "commit", "-qam", "broken", "--no-verify")
    return before


@pytest.mark.parametrize("broken, problem", [
    (V1.replace('version: "1.0.0"', "version: 1.1"),
     "HEAD:frameworks/acme.yaml:6:10: LL103 'version' must be text, not a number. Not a valid framework"),
    (V1.replace("name: Acme Engineering", "\tname: Acme Engineering"), "HEAD:frameworks/acme.yaml:4:1: LL003"),
    # A byte order mark is a warning (LL009), listed first: the error is the problem named.
    ("\ufeff" + V1.replace('version: "1.0.0"', "version: 1.1"), "HEAD:frameworks/acme.yaml:6:10: LL103 'version' must"),
])
@pytest.mark.parametrize("paths", [["--deleted", "frameworks/acme.yaml"], ["frameworks"], []])  # the hook's, CI's
def test_a_broken_last_commit_does_not_block_the_commit_that_repairs_it(cli, repo, broken, problem, paths):
    git(repo, "checkout", "-q", "--", "frameworks/acme.yaml")
    before = commit_broken(repo, broken)
    (repo / "frameworks" / "acme.yaml").write_text(V1.replace('version: "1.0.0"', 'version: "1.1.0"'))
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", *paths)
    assert run.exit_code == 0, run.stderr
    assert run.lines[0] == f"{before}:frameworks/acme.yaml -> frameworks/acme.yaml"
    assert run.lines[1].startswith(f"warning: {problem}")
    assert "version: [-1.0.0-]{+1.1.0+}" in run.output
    instead = f"Not a valid framework, so compared with {before}:frameworks/acme.yaml, the last earlier revision"
    assert instead in run.lines[1]
    assert "not a valid framework" not in run.stderr.lower()  # said once, in the report


@pytest.mark.parametrize("paths", [["frameworks/acme.yaml"], ["frameworks"]])
def test_a_bar_raised_past_a_broken_commit_still_fails_the_gate(cli, repo, paths):
    commit_broken(repo, V2.replace('version: "', "version: 1.1 #"))  # the bar raised, and the file broken
    (repo / "frameworks" / "acme.yaml").write_text(V2)
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", *paths)
    assert run.exit_code == 1
    assert "6 changes: 2 raises-bar" in run.output  # against v1, the last readable revision
    [framework] = cli("diff", "--base", "HEAD", "--format", "json", *paths).json()["frameworks"]
    assert framework["old"]["revision"] == git(repo, "rev-parse", "HEAD~1").strip()
    assert "Not a valid framework, so compared with" in framework["warnings"][0]


def test_a_framework_broken_since_it_was_added_is_compared_as_added(cli, repo):
    (repo / "frameworks" / "new.yaml").write_text(MINIMAL.replace("ladderlint: 1", "ladderlint: 1\n\tid: x"))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "added broken", "--no-verify")
    (repo / "frameworks" / "new.yaml").write_text(MINIMAL)
    run = cli("diff", "--base", "HEAD", "--fail-on", "raises-bar", "frameworks/new.yaml")
    assert run.exit_code == 0
    assert run.lines[0] == "(no framework) -> frameworks/new.yaml"
    assert "no earlier revision of the file is one: what it holds now is compared as added" in run.output
    as_json = cli("diff", "--base", "HEAD", "--format", "json", "frameworks/new.yaml").json()
    [warning] = as_json["frameworks"][0]["warnings"]
    assert warning.startswith("HEAD:frameworks/new.yaml:2:1: LL003")


def test_a_new_revision_that_is_not_valid_is_still_an_input_error(cli, repo):
    commit_broken(repo, V1.replace('version: "1.0.0"', "version: 1.1"))
    (repo / "frameworks" / "acme.yaml").write_text(V1.replace('version: "1.0.0"', "version: 1.2"))
    run = cli("diff", "--base", "HEAD", "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert "ladderlint: error: frameworks/acme.yaml is not a valid framework" in run.stderr


def test_two_revisions_named_without_a_path_are_told_how_to_name_a_file_at_a_revision(cli, repo):
    # As one compares revisions with git: `diff HEAD~1 HEAD` names no file.
    git(repo, "commit", "-qam", "v2")
    run = cli("diff", "HEAD~1", "HEAD")
    assert run.exit_code == 2
    assert run.stderr == (
        "ladderlint: error: HEAD~1: no such file or directory; HEAD~1 and HEAD are git revisions: compare a "
        "directory of frameworks at each, `ladderlint diff HEAD~1:frameworks HEAD:frameworks`, or one framework "
        "file at each, `ladderlint diff HEAD~1:frameworks/acme.yaml HEAD:frameworks/acme.yaml`; or compare every "
        "framework changed since HEAD~1 with the working tree: `ladderlint diff --base HEAD~1`\n"
    )


def test_a_missing_path_that_names_no_revision_is_only_missing(cli, repo):
    run = cli("diff", "frameworks/gone.yaml", "frameworks/acme.yaml")
    assert run.exit_code == 2
    assert run.stderr == "ladderlint: error: frameworks/gone.yaml: no such file or directory\n"


def test_a_missing_file_is_said_to_be_missing_where_git_is_not_installed(cli, tmp_path, monkeypatch):
    """Whether a missing operand names a revision is asked of git; with no
    git to ask, the missing file is what to say, not that git is missing."""
    (tmp_path / "new.yaml").write_text(MINIMAL)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    run = cli("diff", "nofile.yaml", "new.yaml")
    assert run.exit_code == 2
    assert "nofile.yaml: no such file or directory" in run.stderr
    assert "git is not installed" not in run.stderr


def test_a_document_at_a_revision_is_written_out_before_it_is_imported(cli, repo):
    """`diff HEAD:ladder.md ladder.md`: the advice says how to import that
    revision (written out with `git show`), not the working tree's copy."""
    (repo / "ladder.md").write_text("# Acme\n\n## L1 Engineer\n\n- Ships small changes\n")
    git(repo, "add", "ladder.md")
    git(repo, "commit", "-qm", "the document")
    run = cli("diff", "HEAD:ladder.md", "ladder.md")
    assert run.exit_code == 2
    assert ("HEAD:ladder.md is not a ladderlint framework (it does not declare `ladderlint: 1`); to compare "
            "versions of a document, import each first (`git show HEAD:ladder.md > OLD.md`, then `ladderlint "
            "import OLD.md -o FILE.yaml`) and compare the frameworks") in run.stderr
