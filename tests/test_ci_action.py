"""The GitHub Action: action.yml and the script it runs (`python -m ladderlint.ci`),
run here with GitHub's environment variables in a temporary repository."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import MINIMAL, ROOT
from diffkit import FIXTURES
from ladderlint.ci import INPUTS, MARKER
from test_diff_git import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")

V1 = (FIXTURES / "acme-v1.yaml").read_text()
V2 = (FIXTURES / "acme-v2.yaml").read_text()  # raises the bar at two levels


@pytest.fixture
def pull_request(tmp_path):
    """main has frameworks/acme.yaml at v1; the branch `change` (checked out) has v2."""
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "frameworks" / "acme.yaml").write_text(V1)
    (repo / "frameworks" / "other.yaml").write_text(MINIMAL.replace("id: acme-backend", "id: acme-frontend"))
    (repo / ".github").mkdir()
    (repo / ".github" / "ci.yml").write_text("on: push\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "v1")
    git(repo, "checkout", "-qb", "change")
    (repo / "frameworks" / "acme.yaml").write_text(V2)
    git(repo, "commit", "-qam", "v2")
    return repo


class Run:
    def __init__(self, process: subprocess.CompletedProcess[str], tmp: Path) -> None:
        self.exit_code = process.returncode
        self.stdout = process.stdout
        self.stderr = process.stderr
        self.summary = (tmp / "summary.md").read_text() if (tmp / "summary.md").exists() else ""
        self.outputs = dict(
            line.split("=", 1) for line in (tmp / "output.txt").read_text().splitlines()
        ) if (tmp / "output.txt").exists() else {}
        notes = self.outputs.get("notes-file")
        self.notes = Path(notes).read_text() if notes and Path(notes).exists() else ""


def action(repo: Path, tmp_path: Path, **inputs: str) -> Run:
    runner = tmp_path / "runner"
    runner.mkdir(exist_ok=True)
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("GITHUB_", "LADDERLINT_", "RUNNER_"))
    }
    env.update({
        "GITHUB_ACTIONS": "true",
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_BASE_REF": "main",
        "GITHUB_HEAD_REF": "change",
        "GITHUB_WORKSPACE": str(repo),
        "GITHUB_STEP_SUMMARY": str(runner / "summary.md"),
        "GITHUB_OUTPUT": str(runner / "output.txt"),
        "RUNNER_TEMP": str(runner),
        "NO_COLOR": "1",
    })
    for name, value in inputs.items():
        env[name] = value
    process = subprocess.run(
        [sys.executable, "-m", "ladderlint.ci"], cwd=repo, env=env, capture_output=True, text=True, timeout=120,
    )
    return Run(process, runner)


def test_a_raised_bar_fails_with_notes_in_the_summary_and_a_file(pull_request, tmp_path):
    run = action(pull_request, tmp_path)
    assert run.exit_code == 1, run.stderr
    # Annotations for the changes, in the log.
    assert re.search(r"^::error file=frameworks/acme\.yaml,line=\d+", run.stdout, re.M)
    assert "ladderlint diff: 6 changes, 2 failing --fail-on." in run.stdout
    assert re.search(r"^ladderlint: 1 YAML file changed since [0-9a-f]{12}$", run.stdout, re.M)
    # The release notes, in the job summary and in the file a later step posts.
    assert run.notes.startswith(MARKER + "\n")
    assert run.summary == run.notes
    assert "\n### What changes in Acme Career Ladder (Backend Engineer)\n" in run.notes
    assert "\n#### What changes for IC1 (Engineer I)\n" in run.notes
    assert "**Check:** All checks passed (1 framework checked)." in run.notes
    assert "**Not approved:** 2 changes of impact raises-bar fail this check" in run.notes
    # Each line to approve says what it approves as the annotations say it: competencies by their names.
    assert re.search(r"^[0-9a-f]{12}  # statement added to 'Impact' at level 'IC1'$", run.notes, re.M)
    assert "approve them with `ladderlint approve --base " in run.notes
    assert run.outputs == {"notes-file": str(tmp_path / "runner" / "ladderlint-release-notes.md"), "changed": "1"}


def test_approved_changes_pass(pull_request, tmp_path):
    failing = action(pull_request, tmp_path)
    fingerprints = re.findall(r"^([0-9a-f]{12})  # ", failing.notes, re.M)
    assert len(fingerprints) == 2
    (pull_request / ".ladderlint-approvals").write_text("\n".join(fingerprints) + "\n")
    git(pull_request, "add", ".ladderlint-approvals")  # a clone in CI has only what git tracks
    run = action(pull_request, tmp_path)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Not approved" not in run.notes
    assert "What changes" in run.notes


def test_fail_on_never_and_a_notes_file_of_ones_own(pull_request, tmp_path):
    notes = tmp_path / "notes.md"
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never", LADDERLINT_NOTES_FILE=str(notes))
    assert run.exit_code == 0
    assert run.outputs["notes-file"] == str(notes)
    assert notes.read_text().startswith(MARKER)


def test_check_findings_are_annotated_and_fail(pull_request, tmp_path):
    broken = V2.replace("- id: code\n", "- id: impact\n", 1)  # a duplicate competency id: LL110
    assert broken != V2
    (pull_request / "frameworks" / "acme.yaml").write_text(broken)
    git(pull_request, "commit", "-qam", "duplicate id")
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never")
    assert run.exit_code == 1
    assert re.search(r"^::error file=frameworks/acme\.yaml,line=\d+,col=\d+.*title=LL110", run.stdout, re.M)
    assert "**Check:** Found" in run.notes


def test_an_unreadable_framework_exits_2_and_says_why(pull_request, tmp_path):
    (pull_request / "frameworks" / "acme.yaml").write_text("ladderlint: 1\nid: [\n")
    git(pull_request, "commit", "-qam", "broken")
    run = action(pull_request, tmp_path)
    assert run.exit_code == 2
    assert "cannot be compared" in run.notes


def test_the_findings_of_a_framework_that_cannot_be_compared_follow_the_configuration(pull_request, tmp_path):
    (pull_request / ".ladderlint.yaml").write_text("severity:\n  LL103: warning\n")
    framework = pull_request / "frameworks" / "acme.yaml"
    framework.write_text(re.sub(r"(?m)^name: .*$", "name: 5", framework.read_text(), count=1))  # a number: LL103
    git(pull_request, "add", ".")
    git(pull_request, "commit", "-qm", "a name YAML reads as a number")
    run = action(pull_request, tmp_path, LADDERLINT_CHECK_FAIL_ON="never")
    assert run.exit_code == 2  # the diff cannot compare it
    annotations = [line for line in run.stdout.splitlines() if "title=LL103" in line]
    assert annotations and all(line.startswith("::warning ") for line in annotations), run.stdout


def test_a_framework_replaced_by_an_unrelated_one_is_said(pull_request, tmp_path):
    from conftest import ROOT

    (pull_request / "frameworks" / "acme.yaml").write_text((ROOT / "frameworks" / "dropbox-mle.yaml").read_text())
    git(pull_request, "commit", "-qam", "another framework in its place")
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never", LADDERLINT_CHECK_FAIL_ON="never")
    said = "look like two different frameworks, not two revisions of one"
    assert said in run.stderr
    assert any(line.startswith("::warning title=ladderlint diff::") and said in line for line in run.stdout.splitlines())
    assert said in run.notes


def test_only_changed_frameworks_are_looked_at(pull_request, tmp_path):
    git(pull_request, "checkout", "-q", "main")
    git(pull_request, "checkout", "-qb", "docs")
    (pull_request / ".github" / "ci.yml").write_text("on: [push, pull_request]\n")
    git(pull_request, "commit", "-qam", "ci only")
    run = action(pull_request, tmp_path)
    assert run.exit_code == 0, run.stdout + run.stderr
    skipped = "(.github/ci.yml skipped: does not declare `ladderlint: 1`)"
    assert f"**Check:** No framework found; nothing checked {skipped}." in run.notes
    assert "No framework changed" in run.notes
    run = action(pull_request, tmp_path, LADDERLINT_PATHS="frameworks")
    assert run.outputs["changed"] == "0"
    assert "**Check:** no framework changed." in run.notes


def test_a_removed_framework_is_in_the_notes(pull_request, tmp_path):
    git(pull_request, "rm", "-q", "frameworks/other.yaml")
    git(pull_request, "commit", "-qm", "remove other")
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "is removed" in run.notes


def test_a_push_compares_with_the_commit_before(pull_request, tmp_path):
    before = git(pull_request, "rev-parse", "HEAD~1").strip()
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"before": before, "after": "HEAD"}))
    run = action(pull_request, tmp_path, GITHUB_EVENT_NAME="push", GITHUB_BASE_REF="", GITHUB_EVENT_PATH=str(event))
    assert run.exit_code == 1
    assert f"Compared with `{before[:12]}`." in run.notes


def test_without_a_base_every_framework_is_checked(pull_request, tmp_path):
    run = action(pull_request, tmp_path, GITHUB_EVENT_NAME="workflow_dispatch", GITHUB_BASE_REF="")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "No base revision to compare with" in run.notes
    assert "**Check:** All checks passed (2 frameworks checked)." in run.notes
    # Said in the log too: whoever reads the job's output learns the diff did not run.
    assert "ladderlint: no base revision to compare with: every framework is checked" in run.stdout


def test_a_base_that_is_not_there_exits_2_and_says_how_to_fix_it(pull_request, tmp_path):
    run = action(pull_request, tmp_path, GITHUB_BASE_REF="release")
    assert run.exit_code == 2
    assert run.stderr.startswith("ladderlint: error: revision origin/release not found")  # as every command says it
    assert "fetch-depth: 0" in run.stderr
    assert "fetch-depth: 0" in run.notes


@pytest.mark.parametrize("base, said", [
    ("0" * 40, "names no commit: it is GitHub's `before` of a push that created a branch"),
    ("relase", "revision relase does not exist in this repository; check the name"),
    ("main..change", "main..change is a range of commits, and ranges are not supported: write `base: main`"),
])
def test_a_base_named_that_does_not_exist_is_said_not_to_exist(pull_request, tmp_path, base, said):
    # The history is all there: fetching more of it would not help.
    run = action(pull_request, tmp_path, LADDERLINT_BASE=base)
    assert run.exit_code == 2
    assert run.stderr.startswith("ladderlint: error: base: ")
    assert said in run.stderr and said in run.notes
    assert "fetch-depth" not in run.stderr + run.notes
    assert "YAML file" not in run.stdout  # nothing was checked


def test_a_base_with_two_dots_that_names_one_commit_is_compared_with(pull_request, tmp_path):
    # `main^{/v..}`: the newest commit of main whose message matches "v" and two characters ("v1").
    run = action(pull_request, tmp_path, LADDERLINT_BASE="main^{/v..}")
    assert "range" not in run.stderr + run.notes
    assert run.exit_code == 1, run.stdout + run.stderr  # v2 raises the bar, as against `base: main`
    assert run.exit_code == action(pull_request, tmp_path, LADDERLINT_BASE="main").exit_code


@pytest.mark.parametrize("event", ["pull_request", "workflow_dispatch"])
@pytest.mark.parametrize("paths", ["framework", "frameworks/acme.yml", "frameworks framework"])
def test_a_path_that_is_neither_in_the_working_tree_nor_at_the_base_fails_naming_it(pull_request, tmp_path, event,
                                                                                      paths):
    base_ref = "main" if event == "pull_request" else ""
    run = action(pull_request, tmp_path, LADDERLINT_PATHS=paths, GITHUB_EVENT_NAME=event, GITHUB_BASE_REF=base_ref)
    assert run.exit_code == 2, run.stdout + run.stderr
    typo = paths.split()[-1]
    where = r", in the working tree or at [0-9a-f]{12}" if base_ref else ""
    assert re.fullmatch(f"ladderlint: error: {re.escape(typo)}: no such file or directory{where}\n", run.stderr)
    assert f"The input paths cannot be used: {typo}: no such file" in run.notes
    assert "ladderlint: failed: the input paths cannot be used" in run.stdout
    assert "changed since" not in run.stdout and "**Check:**" not in run.notes


def test_a_path_deleted_since_the_base_is_compared(pull_request, tmp_path):
    git(pull_request, "rm", "-q", "frameworks/other.yaml")
    git(pull_request, "commit", "-qm", "remove other")
    run = action(pull_request, tmp_path, LADDERLINT_PATHS="frameworks/other.yaml", LADDERLINT_FAIL_ON="never")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "is removed" in run.notes


def test_every_input_is_judged_before_anything_runs(pull_request, tmp_path):
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="raises-bars", LADDERLINT_CHECK_FAIL_ON="warnings",
                 LADDERLINT_APPROVALS="approvals.txt")
    assert run.exit_code == 2, run.stdout + run.stderr
    assert run.stderr == (
        "ladderlint: error: fail-on: 'raises-bars' is not one of raises-bar, lowers-bar, structural, editorial, "
        "any, never\n"
        "ladderlint: error: check-fail-on: 'warnings' is not one of error, warning, info, never\n"
        "ladderlint: error: approvals.txt: cannot read the approvals file: No such file or directory\n"
    )
    assert "changed since" not in run.stdout and "::error file=" not in run.stdout  # neither check nor diff ran
    assert run.stdout.endswith("ladderlint: failed: the input fail-on cannot be used; the input check-fail-on "
                               "cannot be used; the input approvals cannot be used\n")
    # Spelt in capitals, a severity is still one.
    assert action(pull_request, tmp_path, LADDERLINT_CHECK_FAIL_ON="Never", LADDERLINT_FAIL_ON="never").exit_code == 0


@pytest.mark.parametrize("event", ["pull_request", "workflow_dispatch"])
def test_the_files_the_configuration_excludes_are_skipped_as_the_hooks_skip_them(pull_request, tmp_path, event):
    (pull_request / ".ladderlint.yaml").write_text('exclude: ["drafts"]\n')
    (pull_request / "drafts").mkdir()
    (pull_request / "drafts" / "wip.yaml").write_text("ladderlint: 1\nid: [\n")  # not yet YAML
    git(pull_request, "add", ".")
    git(pull_request, "commit", "-qm", "a draft")
    base_ref = "main" if event == "pull_request" else ""
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never", GITHUB_EVENT_NAME=event, GITHUB_BASE_REF=base_ref)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.stderr.startswith("ladderlint: note: drafts/wip.yaml skipped: excluded by the configuration "
                                 "(`exclude: drafts` in .ladderlint.yaml)\n")
    assert "wip.yaml" not in run.stdout + run.notes


def test_action_yml_passes_every_input_to_the_script():
    spec = yaml.safe_load((ROOT / "action.yml").read_text())
    assert spec["runs"]["using"] == "composite"
    steps = spec["runs"]["steps"]
    [step] = [s for s in steps if s.get("id") == "ladderlint"]
    assert "-m ladderlint.ci" in step["run"]
    assert step["env"] == {variable: "${{ inputs.%s }}" % name for name, variable in INPUTS.items()}
    assert set(spec["inputs"]) == set(INPUTS) | {"python"}
    assert set(spec["outputs"]) == {"notes-file", "changed"}
    for name, output in spec["outputs"].items():
        assert output["value"] == "${{ steps.ladderlint.outputs.%s }}" % name
    install = steps[0]["run"]
    assert "pip install" in install and "$LADDERLINT_SOURCE" in install


def test_the_readme_workflow_uses_the_action_as_it_is():
    readme = (ROOT / "README.md").read_text()
    [block] = re.findall(r"```yaml\n(# \.github/workflows/ladderlint\.yml\n.*?)```", readme, re.S)
    workflow = yaml.safe_load(block)
    spec = yaml.safe_load((ROOT / "action.yml").read_text())
    steps = workflow["jobs"]["ladder"]["steps"]
    [checkout] = [s for s in steps if s.get("uses", "").startswith("actions/checkout")]
    assert checkout["with"]["fetch-depth"] == 0  # the base must be there to compare with
    [step] = [s for s in steps if s.get("uses", "").startswith("ladderlint/ladderlint@")]
    assert set(step["with"]) <= set(spec["inputs"])
    used = set(re.findall(r"steps\.ladderlint\.outputs\.([\w-]+)", block))
    assert used and used <= set(spec["outputs"])
    assert MARKER in block
    assert workflow["permissions"]["pull-requests"] == "write"


def test_changes_that_keep_the_meaning_say_so(pull_request, tmp_path):
    framework = pull_request / "frameworks" / "other.yaml"
    framework.write_text("# a comment changes nothing\n" + framework.read_text())
    git(pull_request, "commit", "-qam", "comment")
    run = action(pull_request, tmp_path, LADDERLINT_PATHS="frameworks/other.yaml")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.outputs["changed"] == "1"
    assert "no change to the frameworks" in run.notes


def test_a_failing_run_ends_saying_why(pull_request, tmp_path):
    raised = action(pull_request, tmp_path)
    assert raised.exit_code == 1
    assert raised.stdout.splitlines()[-1] == "ladderlint: failed: diff: 2 unapproved raises-bar changes"
    assert raised.notes.endswith("\n\n**Failed:** diff: 2 unapproved raises-bar changes.\n")
    assert "::error title=ladderlint::failed: diff: 2 unapproved raises-bar changes\n" in raised.stdout
    # Another organisation named (LL301), and every change approved: the diff's last word is no reason.
    foreign = V2.replace("build on safely", "build on safely, as Dropbox does")
    (pull_request / "frameworks" / "acme.yaml").write_text(foreign)
    git(pull_request, "commit", "-qam", "a foreign brand")
    first = action(pull_request, tmp_path, LADDERLINT_PATHS="frameworks")
    assert first.stdout.splitlines()[-1].startswith("ladderlint: failed: check found 1 error (LL301); diff: ")
    (pull_request / ".ladderlint-approvals").write_text(
        "".join(f"{fingerprint}\n" for fingerprint in re.findall(r"^([0-9a-f]{12})  # ", first.notes, re.M)))
    git(pull_request, "add", ".")
    git(pull_request, "commit", "-qm", "approved")
    run = action(pull_request, tmp_path, LADDERLINT_PATHS="frameworks", LADDERLINT_BASE="HEAD~3")
    assert run.exit_code == 1, run.stdout
    assert run.stdout.splitlines()[-1] == "ladderlint: failed: check found 1 error (LL301)"
    assert run.summary.endswith("\n\n**Failed:** check found 1 error (LL301).\n")
    assert "unapproved" not in run.summary.split(MARKER)[-1]  # the summary file holds every run of the job


def test_a_passing_run_says_no_failure(pull_request, tmp_path):
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never")
    assert run.exit_code == 0
    assert "failed" not in run.stdout and "**Failed:**" not in run.notes


def test_an_unreadable_framework_is_named_as_the_reason(pull_request, tmp_path):
    (pull_request / "frameworks" / "acme.yaml").write_text("ladderlint: 1\nid: [\n")
    git(pull_request, "commit", "-qam", "broken")
    run = action(pull_request, tmp_path)
    assert run.exit_code == 2
    last = run.stdout.splitlines()[-1]
    assert last.startswith("ladderlint: failed: check could not read 1 file (LL003); diff: the frameworks cannot be "
                           "compared with "), last
    assert "**Failed:** check could not read 1 file (LL003); diff:" in run.notes


def test_a_base_committed_broken_is_compared_through_its_last_valid_revision(pull_request, tmp_path):
    git(pull_request, "checkout", "-q", "main")
    (pull_request / "frameworks" / "acme.yaml").write_text(V1.replace('version: "1.0.0"', "version: 1.1"))
    git(pull_request, "commit", "-qam", "broken on main, past the hooks")
    git(pull_request, "checkout", "-qb", "repair")
    (pull_request / "frameworks" / "acme.yaml").write_text(V1.replace('version: "1.0.0"', 'version: "1.1.0"'))
    git(pull_request, "commit", "-qam", "repair")
    run = action(pull_request, tmp_path)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert re.search(r"[0-9a-f]+:frameworks/acme\.yaml:6:10: LL103 .*\. Not a valid framework", run.stderr)
    assert "the last earlier revision that is one" in run.stderr
    assert re.search(r"^::warning title=ladderlint diff::[0-9a-f]+:frameworks/acme\.yaml:6:10: LL103 ", run.stdout,
                     re.M)
    assert "**Note:** " in run.notes and "the last earlier revision that is one" in run.notes


def test_help_runs_nothing_and_a_local_run_leaves_no_file_in_the_repository(pull_request, tmp_path):
    """`--help` prints the inputs and runs no job; an argument is refused;
    off GitHub (no RUNNER_TEMP) the notes go to the temporary folder."""
    helped = subprocess.run([sys.executable, "-m", "ladderlint.ci", "--help"], cwd=pull_request,
                            capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "LADDERLINT_FAIL_ON" in helped.stdout
    refused = subprocess.run([sys.executable, "-m", "ladderlint.ci", "frameworks"], cwd=pull_request,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "takes no arguments (given: frameworks)" in refused.stderr
    env = {key: value for key, value in os.environ.items() if key != "RUNNER_TEMP" and not key.startswith("GITHUB_")}
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    subprocess.run([sys.executable, "-m", "ladderlint.ci"], cwd=pull_request, env=env, capture_output=True,
                   text=True, timeout=120)
    assert not (pull_request / "ladderlint-release-notes.md").exists()
    assert (tmp_path / "tmp" / "ladderlint-release-notes.md").read_text(encoding="utf-8").startswith(MARKER)
    assert not subprocess.run(["git", "status", "--porcelain"], cwd=pull_request, capture_output=True,
                              text=True).stdout.strip()


def test_a_revision_that_does_not_read_as_yaml_is_counted_as_check_counts_it(pull_request, tmp_path):
    (pull_request / "frameworks" / "acme.yaml").write_text("ladderlint: 1\nid: [\n")
    git(pull_request, "commit", "-qam", "broken")
    run = action(pull_request, tmp_path)
    assert run.exit_code == 2
    assert "1 framework checked" not in run.stderr
    assert "0 frameworks checked, 1 file could not be read as a framework." in run.stderr


@pytest.mark.parametrize("config, text", [
    (".ladderlint.yaml", 'exclude: ["frameworks/acme.yaml"]\n'),
    ("frameworks/.ladderlint.yaml", 'exclude: ["acme.yaml"]\nforce-exclude: true\n'),
    ("pyproject.toml", '[tool.ladderlint]\nexclude = ["frameworks/acme.yaml"]\nforce-exclude = true\n'),
])
@pytest.mark.parametrize("paths", [".", "frameworks"])
def test_a_framework_excluded_by_the_change_that_raises_its_bar_is_still_gated(pull_request, tmp_path, config, text,
                                                                               paths):
    # As the hook and `ladderlint diff --base` gate it: the configuration of the base did not exclude it.
    (pull_request / config).write_text(text)
    git(pull_request, "add", ".")
    git(pull_request, "commit", "-qm", "exclude the raised framework")
    run = action(pull_request, tmp_path, LADDERLINT_PATHS=paths)
    assert run.exit_code == 1, run.stdout + run.stderr
    assert "unapproved raises-bar change" in run.stdout
    assert "statement-added" in run.stdout
    assert "frameworks/acme.yaml is excluded by the configuration now, but not by the configuration at" in run.notes


def test_only_frameworks_compared_are_said_to_be_compared_where_excluded_now(pull_request, tmp_path):
    """A change that excludes a framework and the YAML beside it: the
    framework, compared at the base, is compared still, and said to be; the
    other YAML, no framework, was compared nowhere, and is not said to be."""
    (pull_request / "ops").mkdir()
    (pull_request / "ops" / "deploy.yaml").write_text("replicas: 1\n")
    git(pull_request, "add", ".")
    git(pull_request, "commit", "-qm", "deploy")
    git(pull_request, "branch", "-f", "main")
    (pull_request / ".ladderlint.yaml").write_text('exclude: ["ops", "frameworks/acme.yaml"]\n')
    (pull_request / "ops" / "deploy.yaml").write_text("replicas: 2\n")
    (pull_request / "frameworks" / "acme.yaml").write_text(V1.replace("Acme", "Acme Corp", 1))
    git(pull_request, "add", ".")
    git(pull_request, "commit", "-qm", "exclude ops and acme")
    run = action(pull_request, tmp_path, LADDERLINT_FAIL_ON="never")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "frameworks/acme.yaml is excluded by the configuration now" in run.stderr
    assert "ops/deploy.yaml is excluded by the configuration now" not in run.stderr + run.notes + run.stdout
    assert "ops/deploy.yaml skipped: excluded by the configuration" in run.stderr
