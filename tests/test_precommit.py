"""The published pre-commit hook works on a framework repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import MINIMAL, ROOT, own_framework

PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="try-repo needs ladderlint's own git checkout")
def test_try_repo_on_a_framework_repository(tmp_path):
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    (repo / "frameworks" / "acme.yaml").write_text(MINIMAL)
    (repo / ".github").mkdir()
    (repo / ".github" / "ci.yml").write_text("on: push\njobs: {}\n")  # other YAML: skipped
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    command = [PRE_COMMIT, "try-repo", str(ROOT), "ladderlint", "--all-files", "--color", "never"]

    passing = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "ladderlint check" in passing.stdout and "Passed" in passing.stdout

    (repo / "frameworks" / "acme.yaml").write_text(MINIMAL.replace("    title: Engineer I\n", ""))
    _git(repo, "add", ".")
    failing = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "frameworks/acme.yaml\n  15:5  error    LL101  level 'IC1' has no 'title'\n" in failing.stdout


def test_every_published_hook_runs_once_over_all_its_files():
    """pre-commit splits a hook's files among processes unless it is
    `require_serial`: the rules that compare frameworks would miss what is
    in two batches, and each batch would print a report of its own."""
    published = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert [(hook["id"], hook.get("require_serial")) for hook in published] == [
        ("ladderlint", True), ("ladderlint-diff", True)]
    own = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    assert all(hook.get("require_serial") for repo in own["repos"] for hook in repo["hooks"])


def _run_published_hooks(repo: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The hooks as .pre-commit-hooks.yaml declares them, run by pre-commit
    with the ladderlint under test, in a repository with two CPUs' worth of
    concurrency (pre-commit reads TRAVIS as two), whatever this machine has."""
    bin_dir = os.path.dirname(sys.executable)
    hooks = [{**hook, "language": "system", "entry": os.path.join(bin_dir, hook["entry"])}
             for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())]
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}))
    _git(repo, "add", ".pre-commit-config.yaml")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PRE_COMMIT") and key not in ("CI", "PRE_COMMIT_NO_CONCURRENCY")}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "cache"), NO_COLOR="1", TRAVIS="1")
    return subprocess.run([PRE_COMMIT or "pre-commit", "run", "--color", "never", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
def test_the_check_hook_compares_every_framework_in_one_report(tmp_path):
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    names = ["a", "b", "c", "d", "e", "f"]
    for name in names:
        (repo / "frameworks" / f"{name}.yaml").write_text(own_framework(MINIMAL, name))
    (repo / "frameworks" / "f.yaml").write_text(own_framework(MINIMAL, "a"))  # a's id, in another file
    _git(repo, "init", "-q")
    _git(repo, "add", ".")

    run = _run_published_hooks(repo, tmp_path, "ladderlint", "--all-files")
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.count("LL306") == 2, run.stdout  # in a.yaml and in f.yaml, wherever pre-commit put them
    assert run.stdout.count("frameworks checked") == 1, run.stdout
    assert "6 frameworks checked" in run.stdout


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
def test_the_diff_hook_reports_a_deleted_framework_once(tmp_path):
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    names = ["a", "b", "c", "d", "e", "f", "gone"]
    for name in names:
        (repo / "frameworks" / f"{name}.yaml").write_text(own_framework(MINIMAL, name))
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=L", "-c", "user.email=l@example.com", "commit", "-qm", "v1")
    _git(repo, "rm", "-q", "frameworks/gone.yaml")
    for name in names[:-1]:  # six files staged, which pre-commit would split in two
        path = repo / "frameworks" / f"{name}.yaml"
        path.write_text(path.read_text().replace("I deliver my tasks on time", "I deliver my tasks on time, always"))
    _git(repo, "add", ".")

    run = _run_published_hooks(repo, tmp_path, "ladderlint-diff")
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.count("HEAD:frameworks/gone.yaml -> (removed)") == 1, run.stdout


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
def test_both_hooks_let_a_draft_the_configuration_excludes_be_committed(tmp_path):
    repo = tmp_path / "ladder"
    (repo / "frameworks").mkdir(parents=True)
    (repo / "frameworks" / "acme.yaml").write_text(MINIMAL)
    (repo / ".ladderlint.yaml").write_text('exclude: ["drafts"]\n')
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=L", "-c", "user.email=l@example.com", "commit", "-qm", "v1")
    (repo / "drafts").mkdir()
    (repo / "drafts" / "wip.yaml").write_text("ladderlint: 1\nid: [\n")  # not yet YAML
    _git(repo, "add", ".")

    run = _run_published_hooks(repo, tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^ladderlint check\.+Passed$", run.stdout, re.M), run.stdout
    assert re.search(r"^ladderlint diff\.+Passed$", run.stdout, re.M), run.stdout
