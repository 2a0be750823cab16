"""The published pre-commit hook works on a framework repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT

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
