"""A page of several tracks imported with --track: the report says what
was done. The text of a track not imported is "not placed" as another
track's, not a "review:" line saying it went into the framework (it ends
the description, it sums up levels); the chosen track's own notices stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import imported


def _columns(levels: list[str], dimension: str, rows: list[str]) -> str:
    """A table of one dimension, its levels as columns (the dimension's name over its competencies)."""
    header = f"### {dimension}\n\n| {dimension} | " + " | ".join(levels) + " |\n|---|" + "---|" * len(levels) + "\n"
    said = "Shows good {} in the work they do and explain it to the team at {}."
    return header + "".join(f"| {name} | " + " | ".join(said.format(name.lower(), lv) for lv in levels) + " |\n"
                            for name in rows) + "\n"


def _rows(levels: list[tuple[str, str]], dimensions: list[str]) -> str:
    """A table of levels as rows: each level's code, title and a cell per dimension."""
    header = "### The ladder\n\n| Level | Title | " + " | ".join(dimensions) + " |\n|---|---|" \
        + "---|" * len(dimensions) + "\n"
    said = "Leads the {} of the team and explains the plan to everyone as {}."
    return header + "".join(f"| {code} | {title} | " + " | ".join(said.format(d.lower(), title) for d in dimensions)
                            + " |\n" for code, title in levels) + "\n"


def _page(tables: bool) -> str:
    """A page of two tracks, each under its heading: a paragraph on the
    track, a list that sums up its levels, then its levels (tables, or a
    section per level)."""
    ic = ["Engineer 1", "Engineer 2", "Senior Engineer"]
    em = [("M2", "Engineering Manager 1"), ("M3", "Engineering Manager 2")]

    def track(name: str, about: str, levels: list[str], body: str) -> str:
        overview = "".join(f"- {lv}: Works well as {lv}.\n" for lv in levels)
        if not tables:
            body = "".join(f"### {lv}\n\n- Shows craft at {lv}.\n- Shows care at {lv}.\n\n" for lv in levels)
        return f"## {name}\n\n{about}\n\n{overview}\n{body}"

    return ("# Acme Engineering Ladder\n\nThis is how engineers grow at Acme, on two tracks.\n\n"
            + track("Individual Contributors", "Individual contributors write code and own systems.", ic,
                    _columns(ic, "Craft", ["Code", "Design"]) + _columns(ic, "Impact", ["Delivery", "Scope"]))
            + track("Engineering Management", "Managers grow people and teams.", [t for _, t in em],
                    _rows(em, ["People", "Delivery"])))


def _report(cli, path: Path, track: str) -> list[str]:
    report = path.parent / "report.txt"
    imported(cli, path, "--org", "Acme", "--track", track, "--report", str(report))
    return report.read_text(encoding="utf-8").splitlines()


def _line(page: str, text: str) -> int:
    return page.splitlines().index(text) + 1


@pytest.mark.parametrize("tables", [True, False], ids=["tables", "sections"])
def test_the_other_tracks_text_is_not_placed_not_checked(cli, write, tables):
    page = _page(tables)
    lines = _report(cli, write("ladder.md", page), "Individual Contributors")
    em_about, em_overview = _line(page, "Managers grow people and teams."), \
        _line(page, "- Engineering Manager 1: Works well as Engineering Manager 1.")
    for line in (em_about, em_overview):
        said = [entry for entry in lines if f"ladder.md:{line}: " in entry]
        assert said, lines
        assert all("review:" not in entry for entry in said), said
        assert all("another track ('Engineering Management')" in entry for entry in said), said


@pytest.mark.parametrize("tables", [True, False], ids=["tables", "sections"])
def test_the_chosen_tracks_notices_stay(cli, write, tables):
    """Near-miss: choosing the second track keeps its own notices, and
    says the first track's text is another track's."""
    page = _page(tables)
    lines = _report(cli, write("ladder.md", page), "Engineering Management")
    em_about = _line(page, "Managers grow people and teams.")
    ic_about = _line(page, "Individual contributors write code and own systems.")
    assert any(f"ladder.md:{em_about}: review:" in e for e in lines), lines
    assert not any(f"ladder.md:{ic_about}: review:" in e for e in lines), lines
    assert any(f"ladder.md:{ic_about}: not placed:" in e and "another track" in e for e in lines), lines
