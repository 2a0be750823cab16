"""A level or a framework removed takes away what it asked of its people:
it is raises-bar (they lose their level) and lowers-bar too, so a gate on
either impact stops it; it is still counted and said once."""

from __future__ import annotations

import re
import shutil

import pytest
from test_diff_git import V1, git, ladder_at_v1

_LEVELS = re.compile(r"(?m)^(?=  - id: )")


def _without_level(text: str, level_id: str) -> str:
    return "".join(part for part in _LEVELS.split(text) if not part.startswith(f"  - id: {level_id}\n"))


@pytest.mark.parametrize("level_id", ["IC3", "IC2", "IC1"])
def test_a_level_removed_fails_a_gate_on_lowered_bars_alone(cli, write, level_id):
    files = write("old.yaml", V1), write("new.yaml", _without_level(V1, level_id))
    run = cli("diff", "--fail-on", "lowers-bar", *map(str, files))
    assert run.exit_code == 1, run.output
    assert "level-removed" in run.output
    assert "(also lowers-bar: what it asked of its people is no longer asked)" in run.output


def test_a_level_removed_is_counted_once_and_said_to_its_people(cli, write):
    files = tuple(map(str, (write("old.yaml", V1), write("new.yaml", _without_level(V1, "IC3")))))
    [change] = cli("diff", "--format", "json", *files).json()["frameworks"][0]["changes"]
    assert (change["kind"], change["impact"], change["also_impact"]) == ("level-removed", "raises-bar", "lowers-bar")
    summary = cli("diff", "--format", "json", *files).json()["summary"]
    assert (summary["levels_removed"], summary["lowers-bar"], summary["counted_twice"]) == (1, 0, 0)
    assert "1 change: 1 level removed." in cli("diff", *files).output
    notes = cli("diff", "--format", "markdown", *files).output
    assert "**In short:** 1 level removed." in notes
    assert "lower expectation" not in notes


def test_a_level_renamed_only_passes_a_gate_on_lowered_bars(cli, write):
    """Near miss: the level is still there, called otherwise."""
    files = write("old.yaml", V1), write("new.yaml", V1.replace("title: Engineer III", "title: Tech Lead"))
    assert cli("diff", "--fail-on", "lowers-bar", *map(str, files)).exit_code == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
@pytest.mark.parametrize("how", ["deleted", "renamed-off", "marker-removed"])
def test_a_framework_removed_fails_a_gate_on_lowered_bars_alone(cli, tmp_path, monkeypatch, how):
    root = ladder_at_v1(tmp_path)
    acme = root / "frameworks" / "acme.yaml"
    (root / "frameworks" / "README.md").write_text("The ladders.\n")  # the directory stays when acme.yaml goes
    git(root, "add", ".")
    git(root, "commit", "-qm", "readme")
    if how == "deleted":
        git(root, "rm", "-q", "frameworks/acme.yaml")
    elif how == "renamed-off":
        git(root, "mv", "frameworks/acme.yaml", "frameworks/acme.yaml.off")
    else:
        acme.write_text(V1.replace("ladderlint: 1\n", ""))
        git(root, "add", ".")
    monkeypatch.chdir(root)
    run = cli("diff", "--base", "HEAD", "--fail-on", "lowers-bar", "frameworks/")
    assert run.exit_code == 1, run.output
    assert "framework-removed" in run.output and "what it asked of its people is no longer asked" in run.output
    assert "1 change: 1 raises-bar." in run.output  # counted once
