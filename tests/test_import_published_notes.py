"""What published ladders say beside their levels' text: a note that starts a
track with a list of its branches, a line that points at another level's
expectations, a level not written yet, a notes column, a group named twice,
an introduction that leads into a list, and input of another format."""

from __future__ import annotations

from pathlib import Path

from import_helpers import cells, imported
from ladderlint.loader import load_document


def _frameworks(directory: Path) -> dict[str, dict]:
    return {path.name: load_document(str(path), path.read_bytes()).data for path in sorted(directory.glob("*.yaml"))}


_BRANCHING_LADDER = """# Engineering Roles

## Engineer
> I am a valuable member of the team.

#### I write code.

- I write tests.

## Senior Engineer
> I am sought after.

#### I design systems.

- I review designs.

## Principal Engineer
> I am a leader of people.
>
> 🔀 This role starts the Domain Expert track. The sub-branches of Principal Engineer are:
>
> - Architect: Engineering and software architecture excellence
> - Business Analysis: Business solution design

#### I lead a team.

- I lead projects.

## Lead Engineer
> I lead teams.
>
> 🔀 This role is the start of the Management track.

#### I am a leader of people.

- I hire people.

## Principal Architect
> I embody engineering excellence.

#### I am a trusted leader.

- I guide teams.

## Engineering Manager
> I lead people.

#### I grow leaders.

- I coach leads.
"""


def test_a_note_that_starts_a_track_among_other_words_starts_it_and_is_no_summary(cli, write, tmp_path):
    page = write("roles.md", _BRANCHING_LADDER)
    data, run = imported(cli, page, "--org", "Acme")
    principal = next(lv for lv in data["levels"] if lv["title"] == "Principal Engineer")
    assert principal["summary"] == "I am a leader of people."
    assert "'Domain Expert', 'Management'" in run.stderr
    assert "roles.md:20: not placed: what the line that starts a track says besides (a note, not the level's " \
           "summary): The sub-branches of Principal Engineer are:" in run.stderr
    assert "roles.md:22: not placed: a branch that the line that starts a track lists (a note, not the level's " \
           "summary): Architect: Engineering and software architecture excellence" in run.stderr


def test_a_level_named_after_a_branch_a_fork_lists_is_on_the_forks_track(cli, write, tmp_path):
    out = tmp_path / "out"
    run = cli("import", str(write("roles.md", _BRANCHING_LADDER)), "--org", "Acme", "--split-tracks", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    found = {data["track"]: [lv["title"] for lv in data["levels"]] for data in _frameworks(out).values()}
    assert found == {
        "Domain Expert": ["Engineer", "Senior Engineer", "Principal Engineer", "Principal Architect"],
        "Management": ["Engineer", "Senior Engineer", "Lead Engineer", "Engineering Manager"]}


_PLUS_REFERENCE = """<table>
<thead><tr><th>Level</th><th>Proficiency</th><th>Teamwork</th></tr></thead>
<tbody>
<tr><th>IC4</th><td><ul><li>Leads team-sized tasks.</li></ul></td><td><ul><li>Seeks dissenting opinions.</li></ul></td></tr>
<tr><th>M3</th><td><ul><li>Has IC4 equivalent technical knowledge.</li></ul></td><td><ul><li>Resolves conflicts.</li>
plus IC 4 teamwork expectations
<li>plus IC5 teamwork expectations</li></ul></td></tr>
</tbody></table>
"""


def test_a_line_that_only_points_at_another_levels_expectations_is_a_reference_not_a_statement(cli, write):
    data, run = imported(cli, write("levels.html", _PLUS_REFERENCE), "--org", "Acme")
    assert cells(data)["M3"]["teamwork"] == ["Resolves conflicts."]
    assert data["cumulative"] is True
    for said in ("plus IC 4 teamwork expectations", "plus IC5 teamwork expectations"):
        assert f"not placed: a reference to a lower level (levels are cumulative: each includes those below), " \
               f"adding nothing to it: {said}" in run.stderr


_UNWRITTEN_LEVEL = """<table>
<thead><tr><th>Level</th><th>Proficiency</th><th>Execution</th></tr></thead>
<tbody>
<tr><th>IC4</th><td>Leads team-sized tasks.</td><td>Scopes complex problems.</td></tr>
<tr><th>IC5</th><td>Sets the technical vision.</td><td>Delivers large challenges.</td></tr>
<tr><th>IC6</th><td colspan="2">Senior Staff Engineer. We haven't yet finalized the description of this level.</td></tr>
</tbody></table>
"""


def test_a_level_the_document_has_not_described_yet_gets_no_invented_reason(cli, write):
    data, run = imported(cli, write("levels.html", _UNWRITTEN_LEVEL), "--org", "Acme")
    assert cells(data)["IC6"] == {}
    assert "ends at" not in run.output
    assert "levels.html:6: review: level IC6 says it is not described yet ('Senior Staff Engineer. We haven't yet " \
           "finalized the description of this level.'): its cells are left empty, not marked not applicable" \
           in run.stderr


_NOTES_COLUMN = """<table>
<thead><tr><th>Level</th><th>Proficiency</th><th>Execution</th><th>Additional Notes/Key Points/Examples</th></tr></thead>
<tbody>
<tr><th>IC1</th><td>Learns the codebase.</td><td>Ships small tasks.</td><td>Entry level. Still learning the role.</td></tr>
<tr><th>IC2</th><td>Knows the codebase.</td><td>Ships features.</td><td>Analogy: rode in a boat once.</td></tr>
</tbody></table>
"""


def test_a_column_of_notes_beside_the_competencies_is_reported_when_read_as_one(cli, write):
    data, run = imported(cli, write("levels.html", _NOTES_COLUMN), "--org", "Acme")
    assert "levels.html:2: review: column 'Additional Notes/Key Points/Examples' is read as a competency, but its " \
           "header says it holds examples of each level, not a competency" in run.stderr


_GROUP_TWICE = """# Titles for QA

| Category | QA Tester L3 | QA Tester L4 |
| ----- | ----- | ----- |
| **Engagement** |  |  |
| *Trust* | Work is reviewed with some back and forth. | Is sought by colleagues for QA decisions. |
| **Engagement** |  |  |
| *Feedback* | Receives feedback with a growth mindset. | Provides oversight to junior QA testers. |
"""


def test_a_group_row_named_twice_in_a_table_is_joined_aloud(cli, write):
    data, run = imported(cli, write("titles.md", _GROUP_TWICE), "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Engagement"]
    assert "titles.md:7: review: group 'Engagement' is named again (first on line 5): its competencies are joined " \
           "into one dimension; if it is another group, rename it" in run.stderr


_LEAD_IN = """# Engineering Ladder

The purpose of the Acme Engineering Ladder is to help resolve issues such as:

- “I’m not growing here professionally.”
- “I don’t know what I need to do to grow in my role.”

## Junior Developer

### Delivery

- Writes tests first.

## Senior Developer

### Delivery

- Reviews code for others.
"""


def test_a_description_that_leads_into_a_list_of_sentences_keeps_it(cli, write):
    data, run = imported(cli, write("ladder.md", _LEAD_IN), "--org", "Acme")
    assert data["description"] == ("The purpose of the Acme Engineering Ladder is to help resolve issues such as:\n\n"
                                   "- “I’m not growing here professionally.”\n"
                                   "- “I don’t know what I need to do to grow in my role.”")
    assert "not placed:" not in run.stderr


def test_a_markdown_file_given_as_csv_is_refused_as_not_csv(cli, write):
    page = write("titles.md", _GROUP_TWICE)
    run = cli("import", str(page), "--format", "csv", "-o", str(page.parent / "out.yaml"))
    assert run.exit_code == 2
    assert "titles.md:1:1: this is not CSV: it has a Markdown heading on line 1 and a Markdown table's header line " \
           "on line 4; it reads as Markdown: drop --format csv (the format is detected) or pass --format markdown" \
           in run.stderr
    assert "Traceback" not in run.stderr


_RST_PAGE = """How someone is promoted to a senior engineering role
====================================================

Expectations of a Senior Software Engineer
------------------------------------------

* Key contributor on complex projects
* Documents processes and systems [#hn]_


Attributes of a Senior Software Engineer
----------------------------------------

* Seeks out constructive criticism of their designs [#allspaw]_
* Makes their trade-offs explicit when making judgements and decisions
  [#allspaw]_

References
-----------

.. [#allspaw] `On Being A Senior Engineer <http://www.kitchensoap.com/>`_

.. [#hn] `Ask HN <https://news.ycombinator.com/item?id=7493290>`_
"""


def test_restructuredtexts_footnotes_are_no_words_of_the_statements(cli, write):
    page = write("senior.rst", _RST_PAGE)
    refused = cli("import", str(page), "-o", str(page.parent / "x.yaml"))
    assert refused.exit_code == 2 and "(or pass --format markdown, which reads its underlined titles" in refused.stderr
    for format in ("markdown", "text"):
        data, run = imported(cli, page, "--format", format, "--org", "Acme")
        statements = [s for level in data["levels"] for cell in level["competencies"].values() for s in cell]
        assert "Documents processes and systems" in statements
        assert "Makes their trade-offs explicit when making judgements and decisions" in statements
        assert not any("[#" in s for s in statements)
        assert "senior.rst:21: not placed: a footnote: `On Being A Senior Engineer <http://www.kitchensoap.com/>`_" \
            in run.stderr
        assert "[#allspaw]_" not in run.stderr


def test_sections_that_each_name_the_same_level_are_one_level_and_its_competencies(cli, write):
    data, run = imported(cli, write("senior.md", _RST_PAGE), "--format", "markdown", "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Senior Software Engineer"]
    assert list(cells(data)["senior-software-engineer"]) == ["expectations", "attributes"]
    assert "layout: level-per-section: 2 headings name one level, 'Senior Software Engineer' (Expectations of a " \
           "Senior Software Engineer, Attributes of a Senior Software Engineer)" in run.stderr
    assert "not recognised" not in run.stderr


def _with_note(note: str) -> str:
    """The branching ladder with a line under Engineering Manager's summary, over the branches it lists."""
    return _BRANCHING_LADDER.replace("> I lead people.\n", f"> I lead people.\n>\n> {note}\n>\n"
                                     "> - Architect: Engineering excellence.\n> - Leadership: Operational excellence.\n")


def test_a_note_led_by_the_pictograph_that_starts_tracks_is_no_summary(cli, write):
    # Like the line that starts a track, the page's other '🔀' line and its branches are notes, reported.
    data, run = imported(cli, write("roles.md", _with_note("🔀 The sub-branches of Engineering Manager are:")),
                         "--org", "Acme")
    manager = next(lv for lv in data["levels"] if lv["title"] == "Engineering Manager")
    assert manager["summary"] == "I lead people."
    assert "not placed: a note on the tracks, led by '🔀' as the lines that start them are (not the level's " \
           "summary): 🔀 The sub-branches of Engineering Manager are:" in run.stderr
    assert "not placed: a branch that a note on the tracks lists (not the level's summary): Leadership: " \
           "Operational excellence." in run.stderr


def test_a_line_led_by_another_pictograph_stays_in_the_summary(cli, write):
    # Near-miss: '💡' leads no line that starts a track: the summary's words, as before.
    data, _ = imported(cli, write("roles.md", _with_note("💡 People managers grow leaders.")), "--org", "Acme")
    manager = next(lv for lv in data["levels"] if lv["title"] == "Engineering Manager")
    assert "People managers grow leaders." in manager["summary"]
