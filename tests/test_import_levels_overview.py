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


_PROFILED = ("## Career Levels\n\n"
             "| Level | Title | Years | Scope | Focus |\n|---|---|---|---|---|\n"
             "| L1 | Junior Engineer | 0-2 | A task | Learning & executing assigned work |\n"
             "| L2 | Mid-Level Engineer | 2-5 | A feature | Independent delivery & growing influence |\n"
             "| L3 | Senior Engineer | 5+ | Several teams | System-wide impact & mentorship |\n\n")


def test_an_overview_with_columns_of_facts_of_each_level(cli, write):
    """'Years' and 'Scope' beside 'Focus' are facts of each level: its
    description says them, under their headers; 'Focus' sums it up."""
    page = write("ladder.md", "# Engineering Career Ladder\n\n" + _PROFILED + _SECTIONS)
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["id"], lv["title"], lv.get("summary"), lv.get("description")) for lv in data["levels"]] == [
        ("L1", "Junior Engineer", "Learning & executing assigned work", "Years: 0-2\n\nScope: A task"),
        ("L2", "Mid-Level Engineer", "Independent delivery & growing influence", "Years: 2-5\n\nScope: A feature"),
        ("L3", "Senior Engineer", "System-wide impact & mentorship", "Years: 5+\n\nScope: Several teams")]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Technical Skills", "Leadership"]
    assert cells(data)["L3"]["technical-skills"] == ["Designs systems end-to-end and makes trade-offs"]
    assert "not placed: outside the tables of the ladder" not in run.stderr
    assert "in their descriptions, Years, Scope" in run.stderr


def test_a_table_of_competencies_by_level_is_no_overview(cli, write):
    """Near miss: two columns or more that name no fact of a level
    ('Delivery', 'Mentoring') are competencies, short as their cells are: the
    table is the ladder's, not an overview, and its cells are statements."""
    table = ("| Level | Title | Delivery | Mentoring |\n|---|---|---|---|\n"
             "| L1 | Junior Engineer | Ships small tasks | Asks for feedback |\n"
             "| L2 | Mid-Level Engineer | Ships features | Onboards new teammates |\n"
             "| L3 | Senior Engineer | Ships projects | Mentors engineers |\n\n")
    page = write("ladder.md", "# Engineering Career Ladder\n\n" + table + _SECTIONS)
    _, run = imported(cli, page, "--org", "Acme")
    assert "the table of the levels (" not in run.stderr


_MATRIX = ("| Level | Title | Scope | Autonomy |\n|---|---|---|---|\n"
           "| L1 | Junior Engineer | Delivers tasks within a feature of their team | Works with guidance from a senior |\n"
           "| L2 | Mid-Level Engineer | Delivers features that span a service | Works on their own, asks when blocked |\n"
           "| L3 | Senior Engineer | Leads projects that span several services | Sets the direction of the team's work |\n\n")


def test_a_matrix_whose_columns_are_named_scope_and_autonomy_stays_the_ladder(cli, write):
    """'Scope' and 'Autonomy' name competencies of many ladders: where their
    cells are statements, not short facts, the table is a competency matrix,
    its cells the levels' statements, never their descriptions."""
    page = write("ladder.md", "# Engineering Career Ladder\n\n" + _MATRIX + _SECTIONS)
    data, run = imported(cli, page, "--org", "Acme")
    assert "the table of the levels (" not in run.stderr
    assert cells(data)["L2"]["scope"] == ["Delivers features that span a service"]
    assert all("description" not in level for level in data["levels"])


def test_an_overview_whose_autonomy_is_a_short_phrase_is_still_one(cli, write):
    """The near-miss: short phrases under 'Scope' and 'Autonomy' are facts of each level."""
    table = ("| Level | Title | Scope | Autonomy | Focus |\n|---|---|---|---|---|\n"
             "| L1 | Junior Engineer | A task | Close guidance | Learning & executing assigned work |\n"
             "| L2 | Mid-Level Engineer | A feature | Some guidance | Independent delivery & growing influence |\n"
             "| L3 | Senior Engineer | Several teams | Sets own goals | System-wide impact & mentorship |\n\n")
    page = write("ladder.md", "# Engineering Career Ladder\n\n" + table + _SECTIONS)
    data, run = imported(cli, page, "--org", "Acme")
    assert data["levels"][0]["description"] == "Scope: A task\n\nAutonomy: Close guidance"
    assert "in their descriptions, Scope, Autonomy" in run.stderr
