"""Two revisions of a directory (`diff REV:frameworks HEAD:frameworks`)
follow a framework moved out of the directory, or into it, as `--base`
does: it is compared where it went, not removed (or added)."""

from __future__ import annotations

import shutil

import pytest
from test_diff_git import V1, V2, git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def _repository(tmp_path, monkeypatch, start: str, end: str):
    root = tmp_path / "ladder"
    for directory in ("frameworks", "ladders"):
        (root / directory).mkdir(parents=True)
        (root / directory / "notes.yaml").write_text("notes: not a framework\n")
    git(root, "init", "-q")
    (root / start).write_text(V1)
    git(root, "add", ".")
    git(root, "commit", "-qm", "v1")
    git(root, "mv", start, end)
    (root / end).write_text(V2)
    git(root, "commit", "-qam", "moved, and v2")
    monkeypatch.chdir(root)


def test_a_framework_moved_out_of_the_directory_is_compared_where_it_went(cli, tmp_path, monkeypatch):
    _repository(tmp_path, monkeypatch, "frameworks/acme.yaml", "ladders/acme.yaml")
    run = cli("diff", "--no-color", "HEAD~1:frameworks", "HEAD:frameworks")
    based = cli("diff", "--no-color", "--base", "HEAD~1", "frameworks")
    assert ("ladderlint: warning: HEAD~1:frameworks/acme.yaml moved out of the directory compared (HEAD:frameworks) "
            "to HEAD:ladders/acme.yaml; compared with it there") in run.stderr
    assert "HEAD~1:frameworks/acme.yaml -> HEAD:ladders/acme.yaml" in run.output
    assert "framework-removed" not in run.output
    fingerprints = [line.rsplit("[", 1)[1] for line in run.output.splitlines() if line.endswith("]")]
    assert fingerprints and fingerprints == [line.rsplit("[", 1)[1] for line in based.output.splitlines()
                                             if line.endswith("]")]


def test_a_framework_moved_into_the_directory_is_compared_with_where_it_was(cli, tmp_path, monkeypatch):
    _repository(tmp_path, monkeypatch, "ladders/acme.yaml", "frameworks/acme.yaml")
    run = cli("diff", "--no-color", "HEAD~1:frameworks", "HEAD:frameworks")
    assert ("ladderlint: warning: HEAD:frameworks/acme.yaml moved into the directory compared (HEAD:frameworks) "
            "from HEAD~1:ladders/acme.yaml; compared with it there") in run.stderr
    assert "HEAD~1:ladders/acme.yaml -> HEAD:frameworks/acme.yaml" in run.output
    assert "framework-added" not in run.output
