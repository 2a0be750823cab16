"""`ladderlint import` reads the ladder of a page whose competencies'
sections label each statement with its level ('- **E3**: Ships small
features'), though sections about the levels follow it and head each level
again ('### For E3 (Learning)' under 'Key Questions', '### E3' under
'Common Pitfalls'): a ladder never heads one level twice, so those are
notes about the levels, reported, not the levels' sections. A heading that
opens with 'For' names no role."""

from __future__ import annotations

from import_helpers import imported

_LADDER = ("# Engineering Expectations\n\n## Levels\n\n| Level | Title | Scope |\n|---|---|---|\n"
           "| **E3** | Engineer | Learning |\n| **E4** | Engineer II | Contributing |\n"
           "| **E5** | Senior Engineer | Leading |\n\n## Impact Areas by Level\n\n"
           "### 1. Project Impact\n\n**What**: delivery of projects.\n\n"
           "- **E3**: Executes on defined tasks\n- **E4**: Owns features end to end\n- **E5**: Leads projects\n\n"
           "### 2. People Impact\n\n**What**: mentoring and collaboration.\n\n"
           "- **E3**: Collaborates with the team\n- **E4**: Mentors new engineers\n"
           "- **E5**: Builds the team's capability\n\n")
_NOTES = ("## Key Questions by Level\n\n### For E3 (Learning)\n\n- Are they executing tasks independently?\n\n"
          "### For E4 (Contributing)\n\n- Do they own features end to end?\n\n"
          "### For E5 (Leading)\n\n- Do they lead projects?\n\n"
          "## Common Pitfalls by Level\n\n### E3\n\n- Waiting too long to ask for help\n\n"
          "### E4\n\n- Staying in their comfort zone\n\n### E5\n\n- Doing everything themselves\n")


def _check_ladder(data: dict) -> None:
    assert [lv["id"] for lv in data["levels"]] == ["E3", "E4", "E5"]
    competencies = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert competencies == ["Project Impact", "People Impact"]
    assert data["levels"][1]["competencies"]["project-impact"] == ["Owns features end to end"]
    assert data["levels"][2]["competencies"]["people-impact"] == ["Builds the team's capability"]


def test_the_labelled_ladder_wins_over_later_sections_that_head_the_levels_again(cli, write):
    data, run = imported(cli, write("expectations.md", _LADDER + _NOTES), "--org", "Acme", "--report", "-")
    _check_ladder(data)
    assert "layout: competency-per-section: 2 headings" in run.output
    assert "not placed: outside the competencies' levels: Are they executing tasks independently?" in run.output
    assert "track is 'For'" not in run.output and data["track"] != "For"


def test_layout_competency_per_section_finds_the_labelled_ladder(cli, write):
    data, _ = imported(cli, write("expectations.md", _LADDER + _NOTES), "--org", "Acme",
                       "--layout", "competency-per-section")
    _check_ladder(data)


def test_the_ladder_alone_reads_as_before(cli, write):
    data, _ = imported(cli, write("expectations.md", _LADDER), "--org", "Acme")
    _check_ladder(data)


def test_levels_headed_once_are_still_the_levels_sections(cli, write):
    # Near-miss: each level headed once, after a summary that labels its lines: the level sections are the ladder.
    text = ("# Ladder\n\n## At a glance\n\n### Delivery\n\n- **E3**: ships tasks\n- **E4**: ships features\n\n"
            "### People\n\n- **E3**: pairs\n- **E4**: mentors\n\n## Levels\n\n### E3\n\n- Ships tasks with support\n"
            "- Pairs with the team\n\n### E4\n\n- Ships features alone\n- Mentors new engineers\n")
    _, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert "layout: level-per-section: 2 headings at depth 3 name levels (E3, E4)" in run.stderr


def test_a_heading_that_opens_with_for_names_no_track(cli, write):
    text = ("# Growth guide\n\n## What we ask\n\n### For E3 (Learning)\n\n- Executes tasks independently\n"
            "- Learns from feedback\n\n### For E4 (Contributor)\n\n- Owns features end to end\n- Handles ambiguity\n")
    data, run = imported(cli, write("guide.md", text), "--org", "Acme")
    assert data["track"] != "For" and "the role 'For'" not in run.stderr
