"""A small table of the levels ('Level | Title | Focus', a row per level,
each cell a short phrase) above a section per competency is an overview:
it gives the levels' titles and summaries, and the sections under it give
the competencies and their statements."""

from __future__ import annotations

from import_helpers import cells, imported

_OVERVIEW = ("## Career Levels\n\n"
             "| Level | Title | Focus |\n|---|---|---|\n"
             "| L1 | Junior Engineer | Learning & executing assigned work |\n"
             "| L2 | Mid-Level Engineer | Independent delivery & growing influence |\n"
             "| L3 | Senior Engineer | System-wide impact & mentorship |\n\n")

_SECTIONS = ("## Core Competency Domains\n\n"
             "### 1. Technical Skills\n\nKnowledge of languages and system design.\n\n"
             "- **L1** — Learns core technologies, writes functional code with guidance\n"
             "- **L2** — Writes clean and testable code on their own\n"
             "- **L3** — Designs systems end-to-end and makes trade-offs\n\n"
             "### 2. Leadership\n\nMentoring and communication.\n\n"
             "- **L1** — Actively seeks and applies feedback\n"
             "- **L2** — Shares knowledge and helps onboard teammates\n"
             "- **L3** — Mentors junior engineers and leads technical discussions\n")


def test_a_table_of_the_levels_over_competency_sections_names_the_levels(cli, write):
    page = write("ladder.md", "# Engineering Career Ladder\n\n" + _OVERVIEW + _SECTIONS)
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["id"], lv["title"], lv.get("summary")) for lv in data["levels"]] == [
        ("L1", "Junior Engineer", "Learning & executing assigned work"),
        ("L2", "Mid-Level Engineer", "Independent delivery & growing influence"),
        ("L3", "Senior Engineer", "System-wide impact & mentorship")]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Technical Skills", "Leadership"]
    assert cells(data)["L2"]["leadership"] == ["Shares knowledge and helps onboard teammates"]
    assert "focus" not in str(data["dimensions"])
    assert "not placed: outside the tables of the ladder" not in run.stderr
    assert "the table of the levels ('Level | Title | Focus')" in run.stderr


def test_the_same_table_alone_is_still_the_ladder(cli, write):
    """Near miss: with no competency's section under it, the table is what
    the page holds, read as levels as rows, as before."""
    page = write("ladder.md", "# Engineering Career Ladder\n\n" + _OVERVIEW)
    data, run = imported(cli, page, "--org", "Acme")
    assert "levels-as-rows" in run.stderr
    assert [lv["title"] for lv in data["levels"]] == ["Junior Engineer", "Mid-Level Engineer", "Senior Engineer"]
    assert cells(data)["L1"]["focus"] == ["Learning & executing assigned work"]
