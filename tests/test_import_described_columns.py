"""`ladderlint import` on tables of one statement per row whose columns
describe what another column names, as HR tools export them (Lattice,
Culture Amp): 'Competency description' beside 'Competency', 'Level
description' beside 'Level', 'Framework description' beside 'Framework'."""

from __future__ import annotations

from import_helpers import cells, imported


def test_a_competency_description_column_describes_the_competency(cli, write):
    page = ("Level,Competency,Competency Description,Expectation\n"
            '1,Technical Skills,"Writing code that works, is tested and can be maintained.",'
            "Writes tested code for well-scoped tasks.\n"
            "1,Collaboration,Working well with others.,Asks for help when blocked.\n"
            '2,Technical Skills,"Writing code that works, is tested and can be maintained.",'
            "Designs small features independently.\n"
            "2,Collaboration,Working well with others.,Gives useful code review feedback.\n")
    data, run = imported(cli, write("lattice.csv", page), "--org", "A")
    assert cells(data) == {
        "L1": {"technical-skills": ["Writes tested code for well-scoped tasks."],
               "collaboration": ["Asks for help when blocked."]},
        "L2": {"technical-skills": ["Designs small features independently."],
               "collaboration": ["Gives useful code review feedback."]},
    }
    described = {c["id"]: c["description"] for d in data["dimensions"] for c in d["competencies"]}
    assert described == {"technical-skills": "Writing code that works, is tested and can be maintained.",
                         "collaboration": "Working well with others."}
    assert "a second section" not in run.stderr


def test_a_culture_amp_export_with_descriptions_of_each_column(cli, write):
    head = ("Framework,Framework description,Competency group,Competency,Competency description,Level,"
            "Level description,Behaviour\n")
    rows = [("Craft", "Code quality", "How good the code is", "1 - Developing", "Learning the basics",
             "Writes readable code with guidance."),
            ("Craft", "Code quality", "How good the code is", "2 - Proficient", "Works independently",
             "Writes readable code without guidance."),
            ("Impact", "Delivery", "Shipping work", "1 - Developing", "Learning the basics",
             "Finishes tasks they start."),
            ("Impact", "Delivery", "Shipping work", "2 - Proficient", "Works independently",
             "Plans their own work for a sprint.")]
    page = head + "".join(f"Engineering,Our engineering framework,{g},{c},{d},Level {lv},{s},{b}\n"
                          for g, c, d, lv, s, b in rows)
    data, _ = imported(cli, write("cultureamp.csv", page), "--org", "A")
    assert [(lv["title"], lv["summary"]) for lv in data["levels"]] == [
        ("Developing", "Learning the basics"), ("Proficient", "Works independently")]
    assert cells(data)["L1"] == {"code-quality": ["Writes readable code with guidance."],
                                 "delivery": ["Finishes tasks they start."]}
    assert {d["name"]: [(c["name"], c["description"]) for c in d["competencies"]] for d in data["dimensions"]} == {
        "Craft": [("Code quality", "How good the code is")], "Impact": [("Delivery", "Shipping work")]}
    assert data["description"] == "Our engineering framework"


def test_a_description_column_before_the_level_column(cli, write):
    page = ("Competency,Competency description,Level,Behaviour\n"
            "Code quality,How good the code is,Level 1 - Developing,Writes readable code with guidance.\n"
            "Code quality,How good the code is,Level 2 - Proficient,Writes readable code without guidance.\n"
            "Delivery,Shipping work,Level 1 - Developing,Finishes tasks they start.\n"
            "Delivery,Shipping work,Level 2 - Proficient,Plans their own work for a sprint.\n")
    data, _ = imported(cli, write("cultureamp.csv", page), "--org", "A")
    assert [lv["title"] for lv in data["levels"]] == ["Developing", "Proficient"]
    assert cells(data)["L2"] == {"code-quality": ["Writes readable code without guidance."],
                                 "delivery": ["Plans their own work for a sprint."]}
    assert [c["description"] for d in data["dimensions"] for c in d["competencies"]] == [
        "How good the code is", "Shipping work"]


# --- a table of levels as rows (Pave's level table) ----------------------------------------

PAVE = ("Job Family,Job Function,Job Level,Level Name,Level Description,Years of Experience,Scope,Technical Skills\n"
        "Software Engineering,Engineering,P1,Software Engineer I,Learns the codebase and ships small tasks.,0-2,"
        "Task,Writes tested code for small tasks.\n"
        "Software Engineering,Engineering,P2,Software Engineer II,Owns features end to end.,2-4,Feature,"
        "Designs features with tests.\n"
        "Software Engineering,Engineering,P3,Senior Software Engineer,Leads projects of several engineers.,4-7,"
        "Project,Designs systems across a team.\n")


def test_a_level_description_column_is_each_levels_summary(cli, write):
    data, run = imported(cli, write("pave.csv", PAVE), "--org", "A")
    assert [(lv["id"], lv["summary"]) for lv in data["levels"]] == [
        ("P1", "Learns the codebase and ships small tasks."), ("P2", "Owns features end to end."),
        ("P3", "Leads projects of several engineers.")]
    assert cells(data)["P1"] == {"technical-skills": ["Writes tested code for small tasks."]}


def test_a_column_of_one_word_values_and_the_column_before_the_levels_are_reported(cli, write, tmp_path):
    report = tmp_path / "pave.report"
    data, _ = imported(cli, write("pave.csv", PAVE), "--org", "A", "--report", str(report))
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Technical Skills"]
    said = report.read_text(encoding="utf-8")
    for value in ("Task", "Feature", "Project"):
        assert f"in column 'Scope', a value of the level's row (one word), not a behaviour the level expects: " \
               f"{value}" in said
    assert "column 'Job Function', which names something else of each level's row than the level: Engineering" \
        in said


def test_a_table_of_levels_with_summaries_alone_says_it_has_no_competencies(cli, write):
    page = "\n".join(",".join(row.split(",")[:7]) for row in PAVE.splitlines()) + "\n"
    run = cli("import", str(write("pave.csv", page)), "--org", "A", "--no-check")
    assert run.exit_code == 2
    assert "the levels have a summary each but no competencies" in run.stderr
