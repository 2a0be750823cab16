"""The public ladders a new user imported: Artsy's page of two tracks
(tables) with --track, and Engineering Ladders' README of axes beside a
page of levels. What the report says is what was done, and the page's own
words (introduction, what each dimension means, level codes) are kept."""

from __future__ import annotations

import pytest

from conftest import CORPORA
from import_helpers import imported

ARTSY = CORPORA / "artsy-engineering-ladder" / "ladder.md"
LADDERS = CORPORA / "engineering-ladders"

pytestmark = pytest.mark.skipif(not ARTSY.is_file() or not (LADDERS / "README.md").is_file(),
                                reason="the corpora are not next to the repository")


def test_artsy_individual_contributors(cli, tmp_path):
    page = tmp_path / "ladder.md"
    page.write_text(ARTSY.read_text(encoding="utf-8"), encoding="utf-8")
    report = tmp_path / "report.txt"
    data, _ = imported(cli, page, "--track", "Individual Contributors", "--report", str(report))
    lines = report.read_text(encoding="utf-8").splitlines()
    text = page.read_text(encoding="utf-8").splitlines()
    em = text.index("## Engineering Management") + 1
    assert not [line for line in lines if "review:" in line and int(line.split(":")[1]) > em]
    assert "This documents Artsy's Engineering Ladder" in data["description"]
    assert "This document is open and evolving" in data["description"]
    assert {d["name"]: d.get("description", "").splitlines()[0] for d in data["dimensions"]} == {
        "Knowledge Leadership": "- Level of knowledge in a specific business area",
        "Impact": "- Nature and impact of problems solved and decisions made",
        "Influence": "- Nature and level of influence on projects, strategy, and internal and external contacts",
        "Discretion": "- Nature of guidance received"}
    assert [(lv["id"], lv["title"]) for lv in data["levels"]][:2] == [("IC2", "Engineer 1"), ("IC3", "Engineer 2")]


def test_engineering_ladders_readme_gives_the_axes_and_is_counted(cli, tmp_path):
    out = tmp_path / "el.yaml"
    run = cli("import", str(LADDERS / "README.md"), str(LADDERS / "Developer.md"), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert "from 2 files into" in run.stderr + run.output
    readme = [line for line in run.stderr.splitlines() if "README.md:" in line]
    assert not any("no ladder in this file" in line for line in readme), readme
