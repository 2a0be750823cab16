"""`ladderlint import` of public ladders found by a trial (GeekHunter,
tiagonpsilva/tech-roles): an 'Experience' section of behaviours one of which
gives a time stays a competency; a column headed 'General description' (in
the languages the importer reads) is each level's summary, as 'Description'
is; and a 'Specialist' or an 'Architect' rung is a level, ordered as ladders
usually have it. Near-misses keep their old reading."""

from __future__ import annotations

import pytest

from import_helpers import imported
from ladderlint.rules.ll201_level_order import LevelOrder
from ladderlint.model import build_framework
from ladderlint.vocabulary import LevelName, ladder_order


# --- an Experience section of behaviours ---------------------------------------------------

def _experience_ladder(junior_experience: list[str]) -> str:
    bullets = "".join(f"- {line}\n" for line in junior_experience)
    return ("# Ladder\n\n## Junior Engineer\n\n### Experience\n\n" + bullets +
            "\n### Hard Skills\n\n- Writes tests with help from another developer.\n\n"
            "## Senior Engineer\n\n### Experience\n\n- Has shipped several large features to production.\n"
            "- Unblocks others on the team.\n\n### Hard Skills\n\n- Designs services end to end.\n")


@pytest.mark.parametrize("bullets", [
    ["Knows a bit about software development (a few months to one year), preferably in production.",
     "Asks for help when blocked."],
    ["Has worked on a production codebase for 6 months or more.", "Asks for help when blocked.",
     "Reviews code for others.", "Is proactive with new tasks."],
])
def test_an_experience_section_of_behaviours_with_a_time_in_one_is_a_competency(cli, write, bullets):
    data, run = imported(cli, write("ladder.md", _experience_ladder(bullets)), "--org", "Acme")
    junior, senior = data["levels"]
    assert junior["competencies"]["experience"] == bullets
    assert "description" not in junior
    assert "experience" in senior["competencies"]
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Experience", "Hard Skills"]  # the document's order


@pytest.mark.parametrize("bullets", [
    ["2-4 years of professional experience."],
    ["1-2 years in software development.", "A degree in computing, or equivalent."],
    ["Typically 3+ years of industry experience.", "Has shipped code to production.",
     "Some exposure to on-call, 6 months or more."],
])
def test_an_experience_section_that_gives_the_levels_times_still_describes_it(cli, write, bullets):
    # Near-miss: most lines say a time or a condition: the level's facts, in its description.
    data, _ = imported(cli, write("ladder.md", _experience_ladder(bullets)), "--org", "Acme")
    junior = data["levels"][0]
    assert "experience" not in junior["competencies"]
    assert junior["description"].startswith("Experience:")


def test_an_experience_section_half_of_whose_lines_give_a_time_is_split_and_said(cli, write):
    """Exactly half its lines say a time: a competency (not most), its line of
    years the level's description, the other its statement, and a notice says
    so, as docs/import.md does; near miss: a section none of whose lines gives
    a time says nothing of the kind."""
    bullets = ["0-2 years of experience in software development.", "Knows one programming language well."]
    data, run = imported(cli, write("ladder.md", _experience_ladder(bullets)), "--org", "Acme")
    junior = data["levels"][0]
    assert junior["competencies"]["experience"] == ["Knows one programming language well."]
    assert junior["description"].startswith("Experience: 0-2 years")
    assert "'Experience' is a competency, as at most half its lines at a level say a time" in run.stderr
    _, run = imported(cli, write("other.md", _experience_ladder(["Asks for help when blocked."])), "--org", "Acme")
    assert "is a competency, as at most half its lines" not in run.stderr


# --- a column that describes each level --------------------------------------------------

_TABLE = """# Seniority levels

| Level | {header} | Autonomy | Responsibility |
|---|---|---|---|
| Junior | Early-career professional, focused on learning | Works with guidance | Follows guidance |
| Mid | Already experienced, does tasks autonomously | Works alone on tasks | Owns their own deliveries |
| Senior | Technical reference, solves complex problems | Sets direction for a team | Owns solutions and teams |
"""


@pytest.mark.parametrize("header", ["General description", "Descrição Geral", "Descripción general",
                                    "Overall description", "Description générale", "Overview", "Summary",
                                    "Description", "Level description"])
def test_a_column_describing_each_level_is_its_summary(cli, write, header):
    data, _ = imported(cli, write("levels.md", _TABLE.format(header=header)), "--org", "Acme")
    assert [level["summary"] for level in data["levels"]] == [
        "Early-career professional, focused on learning", "Already experienced, does tasks autonomously",
        "Technical reference, solves complex problems"]
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert names == ["Autonomy", "Responsibility"]


@pytest.mark.parametrize("header", ["Purpose", "General knowledge", "Technical description skills"])
def test_a_column_that_is_not_a_description_stays_a_competency(cli, write, header):
    # Near-misses: what a level is for, or a competency that has a word of a description's.
    data, _ = imported(cli, write("levels.md", _TABLE.format(header=header)), "--org", "Acme")
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert header in names
    assert not any("summary" in level for level in data["levels"])


# --- Specialist and Architect rungs ---------------------------------------------------------

def _ladder(headings: list[str]) -> str:
    return "# Titles\n\n" + "".join(f"## {h}\n\n- Statement {n} of the ladder.\n\n" for n, h in enumerate(headings))


_SPECIALIST_TABLE = """# Seniority levels

| Level | Autonomy | Mentoring |
|---|---|---|
| Junior | Follows guidance on tasks | Receives mentoring from peers |
| Mid | Does tasks autonomously | Can support juniors on tasks |
| Senior | Owns solutions and teams | Acts as a mentor to the team |
| {top} | Influences strategy and standards | Mentoring and technical leadership |
"""


@pytest.mark.parametrize("top", ["Specialist", "Architect", "Expert", "Senior Specialist"])
def test_a_specialist_or_architect_top_rung_is_a_level(cli, write, top):
    headings = ["Junior", "Mid", "Senior", top]
    data, run = imported(cli, write("ladder.md", _ladder(headings)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == headings
    assert "is not a level" not in run.stderr
    data, run = imported(cli, write("table.md", _SPECIALIST_TABLE.format(top=top)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == headings
    assert "names no level" not in run.stderr


def test_an_architect_listed_first_is_imported_above_senior(cli, write):
    data, _ = imported(cli, write("ladder.md", _ladder(["Architect", "Senior Engineer", "Engineer",
                                                         "Junior Engineer"])), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Engineer", "Senior Engineer",
                                                              "Architect"]


def test_a_role_named_specialist_or_architect_with_a_seniority_keeps_its_reading():
    # Near-misses: a Senior Architect is a Senior; within one role the bare title is its
    # middle rung (Architect < Senior Architect < Principal Architect), as before.
    read = LevelName.read
    assert read("Senior Architect").seniority == read("Senior Engineer").seniority
    assert read("Architect").before(read("Senior Architect")) is True
    assert read("Specialist").before(read("Senior Specialist")) is True
    assert read("Principal Architect").before(read("Architect")) is False
    assert not read("Architecture").known and not read("Specialist knowledge of the domain").known
    assert not read("Platform Specialist").known and not read("Solutions Architect").known


def _ll201(titles: list[str]) -> list:
    data = {
        "ladderlint": 1, "id": "acme", "name": "Acme", "track": "Engineer", "version": "1",
        "organisation": {"name": "Acme"},
        "dimensions": [{"id": "d", "name": "D", "competencies": [{"id": "c", "name": "C"}]}],
        "levels": [{"id": f"x{chr(97 + i)}", "title": title, "competencies": {"c": ["I deliver"]}}
                   for i, title in enumerate(titles)],
    }
    return LevelOrder().check_frameworks([build_framework("f.yaml", data)])


@pytest.mark.parametrize("titles", [
    ["Junior", "Mid", "Senior", "Specialist"],
    ["Specialist", "Senior", "Mid", "Junior"],
    ["Junior Engineer", "Senior Engineer", "Architect"],
    ["Architect", "Staff Engineer", "Senior Engineer"],
    ["Senior Architect", "Architect", "Senior Engineer", "Principal Architect"],
    ["Senior Specialist", "Specialist", "Junior"],
])
def test_the_importers_order_of_specialists_and_architects_is_one_ll201_accepts(titles):
    order = ladder_order([LevelName.read(t) for t in titles])
    assert _ll201([titles[i] for i in order]) == []


def test_ll201_still_reports_an_architect_above_its_senior():
    # Near-miss: within the Architect's own role, the order is judged as before.
    assert _ll201(["Senior Architect", "Architect"])
    assert _ll201(["Senior Specialist", "Specialist"])


_COLUMNS = ("# Acme Developer Ladder\n\n| Competency | {header} |\n| --- | --- | --- | --- | --- |\n"
            "| Delivery | {cells} |\n| Quality | {tests} |\n")


def _columns(levels: list[str]) -> str:
    return _COLUMNS.format(header=" | ".join(levels),
                           cells=" | ".join(f"Delivers work of scope {n}" for n in range(len(levels))),
                           tests=" | ".join(f"Writes tests for work of scope {n}" for n in range(len(levels))))


@pytest.mark.parametrize("written, imported_as", [
    (["Architect", "Junior", "Mid", "Senior"], ["Architect", "Junior", "Mid", "Senior"]),
    (["Junior", "Architect", "Mid", "Senior"], ["Junior", "Architect", "Mid", "Senior"]),
    # Highest first, the Architect out of place: read lowest first, as the other names tell.
    (["Senior", "Architect", "Mid", "Junior"], ["Junior", "Mid", "Architect", "Senior"]),
])
def test_an_architect_out_of_its_usual_place_is_reported(cli, write, written, imported_as):
    """The document's order is kept where the names do not tell it certainly,
    but an Architect below Senior is not where ladders have it: a notice says so."""
    data, run = imported(cli, write("ladder.md", _columns(written)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == imported_as
    assert "'Architect' keeps the place the document gives it" in run.stderr
    assert "check the order of 'levels'" in run.stderr


@pytest.mark.parametrize("written, imported_as", [
    (["Junior", "Mid", "Senior", "Architect"], ["Junior", "Mid", "Senior", "Architect"]),
    (["Architect", "Senior", "Mid", "Junior"], ["Junior", "Mid", "Senior", "Architect"]),
    (["Junior", "Mid", "Senior", "Specialist"], ["Junior", "Mid", "Senior", "Specialist"]),
])
def test_an_architect_in_its_usual_place_is_not_reported(cli, write, written, imported_as):
    """Near misses: above Senior, written lowest or highest first."""
    data, run = imported(cli, write("ladder.md", _columns(written)), "--org", "Acme")
    assert [level["title"] for level in data["levels"]] == imported_as
    assert "keeps the place the document gives it" not in run.stderr
