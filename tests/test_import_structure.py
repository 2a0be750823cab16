"""`ladderlint import` reads how a document is built as its author wrote
it: a heading written twice at one level keeps its place (or the report says
it was joined), a line that says a level starts a track starts one, and the
headings of steps (Adopts, Specializes ...) under each competency are not
competencies."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_helpers import by_name, imported
from ladderlint.loader import load_document

#: Levels whose headings are their expectations, written as sentences, the first person.
_SENTENCE_LADDER = """# QA Roles

## Graduate QA Engineer

#### I test every change before it ships.

- I write test cases for my team's stories.

#### I am an egoless, team oriented engineer.

- I ask for help when I am stuck.

## QA Engineer

#### I make sure every change is tested before it ships.

- I plan the tests of my team's stories.

#### I am an egoless, team oriented engineer.

- I share what I learn with the team.

## Senior QA Engineer

#### I am focussed on the success of the team.

- I take part in test planning.

#### I am a technical mentor.

- I coach people and pass on my knowledge.

#### I am focussed on the success of the team.

- I find the test cases to automate.

## Principal QA Engineer

> 🔀 This role starts the Domain Expert track.

#### I take a concept all the way to reality.

- I architect test frameworks across products.

## Lead QA Engineer

> 🔀 This role is the start of the Management track.

#### I am a trusted leader of people.

- I hold one-to-ones with my reports.

## QA Manager

#### I am a deeply respected leader of people.

- I grow the leads of my teams.
"""


def test_a_sentence_heading_written_twice_at_a_level_is_kept_twice_in_its_place(cli, write):
    data, run = imported(cli, write("qa.md", _SENTENCE_LADDER), "--org", "Acme")
    senior = by_name(data)["Senior QA Engineer"]["Expectations"]
    assert [s["text"] for s in senior] == ["I am focussed on the success of the team.", "I am a technical mentor.",
                                           "I am focussed on the success of the team."]
    assert [s["examples"] for s in senior] == [["I take part in test planning."],
                                               ["I coach people and pass on my knowledge."],
                                               ["I find the test cases to automate."]]
    assert "qa.md:33: review: heading 'I am focussed on the success of the team.' comes again at level " \
           "'Senior QA Engineer' (first on line 25): both are kept" in run.stderr


def test_a_competency_heading_written_twice_at_a_level_is_joined_and_reported(cli, write):
    text = ("# Acme Ladder\n\n## Engineer\n\n### Delivery\n\n- Ships small features.\n\n### Craft\n\n- Writes tests.\n\n"
            "### Delivery\n\n- Estimates their work.\n\n## Senior Engineer\n\n### Delivery\n\n- Ships large features.\n\n"
            "### Craft\n\n- Reviews designs.\n")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert by_name(data)["Engineer"]["Delivery"] == ["Ships small features.", "Estimates their work."]
    assert "ladder.md:13: review: heading 'Delivery' comes again at level 'Engineer': its statements join those " \
           "under the first one (line 5), after them" in run.stderr


def _frameworks(directory: Path) -> dict[str, dict]:
    return {path.name: load_document(str(path), path.read_bytes()).data for path in sorted(directory.glob("*.yaml"))}


def test_a_line_that_says_a_level_starts_a_track_starts_one(cli, write, tmp_path):
    page = write("qa.md", _SENTENCE_LADDER)
    out = tmp_path / "out"
    run = cli("import", str(page), "--org", "Acme", "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    found = _frameworks(out)
    assert {data["track"]: [lv["title"] for lv in data["levels"]] for data in found.values()} == {
        "Domain Expert": ["Graduate QA Engineer", "QA Engineer", "Senior QA Engineer", "Principal QA Engineer"],
        # The rungs below the fork are both tracks', as a dual-track ladder is read.
        "Management": ["Graduate QA Engineer", "QA Engineer", "Senior QA Engineer", "Lead QA Engineer", "QA Manager"]}
    # The line is where the track starts, not the level's summary.
    assert all("summary" not in lv for data in found.values() for lv in data["levels"])
    shared = [by_name(data)["Senior QA Engineer"] for data in found.values()]
    assert shared[0] == shared[1]


_FORKING_LADDER = """# Roles

## Engineer
> Builds features with guidance.

- Writes tested code.
- Reviews peers' changes.

## Senior Engineer
> Owns features end to end.

- Designs features end to end.
- Mentors engineers.

## Principal Engineer
> Sets technical direction.
>
> This role starts the Domain Expert track.

- Sets architecture across teams.

## Lead Engineer
> Leads a team.
>
> This role is the start of the Management track.

- Runs the team's planning.
"""


def test_every_track_repeats_the_levels_below_a_fork_in_full(cli, write, tmp_path):
    out = tmp_path / "out"
    run = cli("import", str(write("ladder.md", _FORKING_LADDER)), "--org", "Acme", "--split-tracks", "-o", str(out),
              "--no-check")
    assert run.exit_code == 0, run.stderr
    found = {data["track"]: data for data in _frameworks(out).values()}
    assert [lv["title"] for lv in found["Management"]["levels"]] == ["Engineer", "Senior Engineer", "Lead Engineer"]
    for shared in ("engineer", "senior-engineer"):
        # The second track's file has the shared levels' summaries, statements and examples too.
        levels = [next(lv for lv in data["levels"] if lv["id"] == shared) for data in found.values()]
        assert levels[0] == levels[1]
        assert levels[0]["summary"] and levels[0]["competencies"]
    engineer = found["Management"]["levels"][0]
    assert engineer["summary"] == "Builds features with guidance."
    assert engineer["competencies"]["expectations"] == ["Writes tested code.", "Reviews peers' changes."]
    assert "1 competency and 5 statements from 1 file into" in run.stderr.split("management.yaml")[0].splitlines()[-1]


def test_without_split_tracks_the_tracks_a_page_starts_are_said(cli, write):
    data, run = imported(cli, write("qa.md", _SENTENCE_LADDER), "--org", "Acme")
    assert len(data["levels"]) == 6
    assert "2 tracks ('Domain Expert', 'Management'): read as one ladder; to import each as a track of its own, " \
           "pass --split-tracks -o DIR" in run.stderr


_LEVEL_PAGE = """---
title: "{title}"
description: "The Engineering career ladder used at Globex - {title} role"
weight: {weight}
---

## Core Competencies

* {core}

## Functional Competencies

### Management
  * {management}
### Delighting People
  * You seek feedback and act on it.

## Behavioral Competencies
### Enabling Traits

{traits}
"""


def _site(write, pages: list[tuple[str, str, str, list[str]]]) -> Path:
    for weight, (name, title, core, traits) in enumerate(pages, 1):
        path = write(f"site/{name}.md", _LEVEL_PAGE.format(title=title, weight=weight, core=core,
                                                          management=f"You manage the {core.split()[-1]}",
                                                          traits="\n".join(f"* **{t}**: You show {t.lower()}."
                                                                           for t in traits)))
    return path.parent


def test_pages_of_a_site_nest_their_sections_alike_and_their_description_is_the_sites(cli, write, tmp_path):
    site = _site(write, [
        ("associate-engineer", "Associate Engineer", "You own small tasks", ["Questions", "Bias for action",
                                                                         "Core values"]),
        ("engineer", "Engineer", "You own features", ["Tenacity", "Love for technology", "Maker and breaker",
                                                      "Core values"]),
        ("senior-engineer", "Senior Engineer", "You own systems", ["Tenacity", "Astute", "Problem solver",
                                                                   "Core values"])])
    out = tmp_path / "out.yaml"
    run = cli("import", str(site), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    nesting = {d["name"]: [c["name"] for c in d["competencies"]] for d in data["dimensions"]}
    assert nesting["Functional Competencies"] == ["Management", "Delighting People"]
    assert nesting["Behavioral Competencies"] == ["Enabling Traits"]
    assert "Enabling Traits" not in nesting
    # The description every page gives, but for its level's title, is the site's.
    assert all("summary" not in level for level in data["levels"])
    assert "engineer.md:1: not placed: the page's description, the same on every page but for its level's title" \
        in run.stderr
    # ... and it names the organisation.
    assert data["organisation"]["name"] == "Globex"
    assert "the organisation is 'Globex', from the page's description" in run.stderr


def test_pages_that_each_describe_their_level_keep_it_as_its_summary(cli, write, tmp_path):
    for name, description in (("junior", "Learns the codebase with guidance."),
                              ("senior", "Leads the design of systems.")):
        write(f"site/{name}.md", f"---\ntitle: {name.title()} Engineer\ndescription: {description}\n---\n\n"
                                 "## Craft\n\n- Writes code.\n")
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [level.get("summary") for level in data["levels"]] == ["Learns the codebase with guidance.",
                                                                  "Leads the design of systems."]


_AXES = ["Technology", "System", "People"]


def _step_page(level: str, steps: list[str]) -> str:
    text = f"# {level}\n\n"
    for axis, step in zip(_AXES, steps):
        text += f"### {axis}\n\n#### {step}\n\n* Works with {axis.lower()} as one who {step.lower()}.\n\n"
    return text


def test_headings_of_the_steps_a_level_reaches_are_not_competencies(cli, write, tmp_path):
    write("pm/Product Manager 3.md", _step_page("Product Manager 3", ["Adopts", "Designs", "Learns"]))
    write("pm/Product Manager 4.md", _step_page("Product Manager 4", ["Specializes", "Designs", "Supports"]))
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "pm"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == _AXES
    assert by_name(data)["Product Manager 4"]["Technology"] == ["Works with technology as one who specializes."]
    assert "Product Manager 4.md:5: not placed: the step that level 'Product Manager 4' reaches on 'Technology'" \
        in run.stderr


def test_a_sub_heading_that_each_level_repeats_stays_a_competency(cli, write, tmp_path):
    write("pm/Product Manager 3.md", _step_page("Product Manager 3", ["Delivery", "Design", "Mentoring"]))
    write("pm/Product Manager 4.md", _step_page("Product Manager 4", ["Delivery", "Design", "Mentoring"]))
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "pm"), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert {d["name"]: [c["name"] for c in d["competencies"]] for d in data["dimensions"]} == {
        "Technology": ["Delivery"], "System": ["Design"], "People": ["Mentoring"]}


def test_a_summary_written_a_sentence_a_line_is_one_paragraph(cli, write):
    """Lines of one Markdown paragraph, a sentence each, are one summary
    (a soft line break joins them), not a paragraph each."""
    sentences = ["As an Engineer I, you learn the practices your team uses.",
                 "Your work is made of small, well-defined tasks.",
                 "This role is where you gain the skills to add more value later."]
    page = ("# Acme Engineering Ladder\n\nThe levels of engineers at Acme.\nWhat each level expects.\n"
            "How to grow from one to the next.\n\n## Engineer I\n\n" + "\n".join(sentences) +
            "\n\n### Impact\n\n- Ships small tasks.\n\n## Engineer II\n\n" + "\n".join(sentences[1:]) +
            "\n\n### Impact\n\n- Ships features.\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["levels"][0]["summary"] == " ".join(sentences)
    assert data["levels"][1]["summary"] == " ".join(sentences[1:])
    assert data["description"] == "The levels of engineers at Acme. What each level expects. How to grow from one to the next."


@pytest.mark.parametrize("heading", ["Role description", "Description & objective of the role", "Purpose",
                                     "About the role", "Descripción & objetivo del cargo", "Objectif du poste"])
def test_a_heading_that_names_what_the_level_is_for_gives_its_summary(cli, write, heading):
    """'### Role description' over a paragraph, right under the level, is
    its summary as '### Summary' is, not a competency of one statement."""
    page = "# Acme Ladder\n\n" + "".join(
        f"## {level} Developer\n\n### {heading}\n\n{summary}\n\n### Skills\n\n- {skill}\n\n"
        for level, summary, skill in [("Junior", "Builds small features with help.", "Writes tests."),
                                      ("Senior", "Leads projects.", "Designs systems.")])
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [(lv["summary"], list(lv["competencies"])) for lv in data["levels"]] == [
        ("Builds small features with help.", ["skills"]), ("Leads projects.", ["skills"])]


@pytest.mark.parametrize("label", ["Summary:", "**Summary:**", "Overview:", "**Role description:**", "Summary -"])
def test_a_label_that_names_the_summary_is_not_part_of_it(cli, write, label):
    """'Summary: Learns our stack ...' under a level, as a Google Docs
    export writes it: the label names the field, it is not the summary's
    first word; in bold, it is still the summary, not a competency."""
    page = "# Acme Ladder\n\n" + "".join(
        f"## {level} Developer\n\n{label} {summary}\n\n### Skills\n\n- {skill}\n\n"
        for level, summary, skill in [("Junior", "Builds small features with help.", "Writes tests."),
                                      ("Senior", "Leads projects.", "Designs systems.")])
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [(lv["summary"], list(lv["competencies"])) for lv in data["levels"]] == [
        ("Builds small features with help.", ["skills"]), ("Leads projects.", ["skills"])]
    assert ": not placed:" not in run.stderr


def test_a_summary_that_opens_with_another_label_keeps_it(cli, write):
    page = ("# Acme Ladder\n\n## Junior Developer\n\nScope: a task at a time, with help.\n\n### Skills\n\n"
            "- Writes tests.\n\n## Senior Developer\n\nScope: a project of the team.\n\n### Skills\n\n"
            "- Designs systems.\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [lv["summary"] for lv in data["levels"]] == ["Scope: a task at a time, with help.",
                                                         "Scope: a project of the team."]


def test_a_heading_over_what_the_level_does_is_no_summary(cli, write):
    page = ("# Acme Ladder\n\n## Junior Developer\n\n### Responsibilities\n\nBuilds small features with help.\n\n"
            "### Skills\n\n- Writes tests.\n\n## Senior Developer\n\n### Responsibilities\n\nLeads projects.\n\n"
            "### Skills\n\n- Designs systems.\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert all("summary" not in lv and set(lv["competencies"]) == {"responsibilities", "skills"}
               for lv in data["levels"])


@pytest.mark.parametrize("order", ["first", "after"])
@pytest.mark.parametrize("heading", ["Purpose", "Description"])
def test_a_purpose_heading_among_competencies_written_alike_stays_a_competency(cli, write, order, heading):
    """'### Purpose' in prose beside competencies in prose, at every level,
    is one of them: no level loses it to its summary."""
    def sections(purpose: str, craft: str) -> str:
        said = [f"### {heading}\n\n{purpose}\n\n", f"### Craft\n\n{craft}\n\n"]
        return "".join(said if order == "first" else said[::-1])

    page = ("# Acme Ladder\n\n## Senior Engineer\n\n" + sections("Leads the design of features.", "Writes clear code.")
            + "## Staff Engineer\n\n" + sections("Sets direction for teams.", "Shapes the architecture."))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    key = heading.casefold()
    assert all("summary" not in lv and set(lv["competencies"]) == {key, "craft"} for lv in data["levels"])
    assert data["levels"][1]["competencies"][key] == ["Sets direction for teams."]
    assert "read as the summary of level" not in run.stderr


def test_a_heading_taken_as_a_levels_summary_is_reported(cli, write):
    """'### Purpose' opening each level, before competencies in bullets."""
    page = ("# Acme Ladder\n\n## Junior Developer\n\n### Purpose\n\nBuilds small features with help.\n\n"
            "### Skills\n\n- Writes tests.\n\n## Senior Developer\n\n### Purpose\n\nLeads projects.\n\n"
            "### Skills\n\n- Designs systems.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [lv["summary"] for lv in data["levels"]] == ["Builds small features with help.", "Leads projects."]
    assert "ladder.md:5: review: section 'Purpose' read as the summary of level 'Junior Developer', not a " \
           "competency" in run.stderr
    assert run.stderr.count("read as the summary of level") == 2


@pytest.mark.parametrize("seniority", ["Senior ", ""])
def test_groups_of_competencies_on_a_level_page_are_no_levels(cli, write, seniority):
    """A level's page that heads its groups '<Senior> Leadership
    Competencies' and '<Senior> Technical Competencies', the same
    competencies under each, describes one level in two dimensions."""
    page = (f"# Senior Backend Engineer\n\n## {seniority}Leadership Competencies\n\n### Engineering\n\n"
            "- Communicates clearly when advising.\n\n### Development\n\n- Leads architecture discussions.\n\n"
            f"## {seniority}Technical Competencies\n\n### Engineering\n\n- Takes on large issues.\n\n"
            "### Development\n\n- Coaches others on their tests.\n")
    data, _run = imported(cli, write("senior.md", page), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Senior Backend Engineer"]
    assert [d["name"] for d in data["dimensions"]] == [f"{seniority}Leadership Competencies",
                                                       f"{seniority}Technical Competencies"]
    assert data["levels"][0]["competencies"]["engineering-2"] == ["Takes on large issues."]


def test_a_first_rung_that_names_no_role_leaves_the_track_to_the_other_levels(cli, write):
    """'Trainee/Intern' below 'Junior Engineer' and 'Senior Engineer' names
    a rung and no role: the levels' track is still 'Engineer'."""
    page = "# Career ladder\n\n" + "".join(
        f"## {title}\n\nYou {verb} under close supervision.\n\n"
        for title, verb in (("Trainee/Intern", "learn"), ("Junior Engineer", "ship"), ("Senior Engineer", "lead")))
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["track"] == "Engineer"
    assert "do not name the track" not in run.stderr
