"""`ladderlint import`: a table before the levels that sums each up
('Level | Title | Summary'), as a Notion page opens its ladder."""

from __future__ import annotations

from import_helpers import imported

_SECTIONS = """
## E1 — Associate Engineer

### Craft
- Writes clear, tested code for well-defined tasks
- Asks for help when blocked for more than a day

### Collaboration
- Gives thoughtful code review comments
- Shares what they learn with the team

## E2 — Engineer

### Craft
- Designs features with their team
- Keeps the services they own healthy

### Collaboration
- Reviews the designs of others
- Helps new joiners find their way

## E3 — Senior Engineer

### Craft
- Leads the design of projects
- Sets the team's standards for testing

### Collaboration
- Mentors engineers in the team
- Works with product on the roadmap
"""


def test_a_table_of_the_levels_summaries_gives_each_its_summary(cli, write):
    table = ("| Level | Title | Summary |\n| --- | --- | --- |\n"
             "| E1 | Associate Engineer | Learns our stack with support |\n"
             "| E2 | Engineer | Delivers features on their own |\n"
             "| E3 | Senior Engineer | Leads projects for the team |\n")
    data, run = imported(cli, write("levels.md", f"# Engineering Levels\n\n{table}{_SECTIONS}"))
    assert [lv.get("summary") for lv in data["levels"]] == [
        "Learns our stack with support", "Delivers features on their own", "Leads projects for the team"]
    assert ":3: review: a table before the levels sums up 3 of them in its column 'Summary': their summaries" \
        in run.stderr
    assert "text before the first level" not in run.stderr


def test_a_table_whose_rows_name_other_things_is_no_summaries_table(cli, write):
    table = ("| Level | Title | Summary |\n| --- | --- | --- |\n"
             "| E1 | Associate Engineer | Learns our stack with support |\n"
             "| E9 | Fellow | Sets the direction of the company |\n")
    data, run = imported(cli, write("levels.md", f"# Engineering Levels\n\n{table}{_SECTIONS}"))
    assert all("summary" not in lv for lv in data["levels"])
    assert "text before the first level" in run.stderr
