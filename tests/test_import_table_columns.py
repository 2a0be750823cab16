"""`ladderlint import` on tables whose columns say what they hold beside the
levels, competencies and statements: a statement's examples, a value of
each row (a weight, whether it is required, a target proficiency), as HR
tools and people lay them out."""

from __future__ import annotations

import html

from import_helpers import cells, imported, word_package, workbook_file

STATEMENT_ROWS = (
    "Level,Competency,Expectation,Weight,Required?,Examples\n"
    "Engineer I,Craft,Writes tested code for small tasks.,30%,Yes,Fixed the login bug with tests\n"
    "Engineer I,Craft,Learns the codebase.,30%,Yes,\n"
    "Engineer I,Teamwork,Shares progress every day.,20%,No,\n"
    "Engineer II,Craft,Designs features on their own.,30%,Yes,Built the export\n"
    "Engineer II,Teamwork,Reviews code for the team.,20%,Yes,—\n"
)


def test_a_statement_per_row_with_columns_of_values_and_examples(cli, write):
    """Levels from the Level column, a competency per name, the
    expectations as statements, the Examples column as their examples (a
    blank cell: none), the Weight and Required? columns reported as not
    placed, never levels, competencies, dimensions or an organisation."""
    data, run = imported(cli, write("ladder.csv", STATEMENT_ROWS), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II"]
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Craft", "Teamwork"]
    assert data["organisation"]["name"] == "Acme"
    assert cells(data)["engineer-i"] == {
        "craft": [{"text": "Writes tested code for small tasks.", "examples": ["Fixed the login bug with tests"]},
                  "Learns the codebase."],
        "teamwork": ["Shares progress every day."],
    }
    assert cells(data)["engineer-ii"]["craft"] == [{"text": "Designs features on their own.",
                                                    "examples": ["Built the export"]}]
    assert cells(data)["engineer-ii"]["teamwork"] == ["Reviews code for the team."]  # '—': no examples
    assert "not placed: column 'Weight', a value for each row's statement" in run.stderr
    assert "30% | 30% | 20% | 30% | 20%" in run.stderr
    assert "not placed: column 'Required?', a value for each row's statement" in run.stderr
    assert all(isinstance(statements, list) for level in cells(data).values() for statements in level.values())


def test_a_column_of_target_proficiencies_beside_behaviour_indicators(cli, write):
    """'Target Proficiency' holds a value of each row ('Developing'), reported;
    'Behavioral Indicators' holds the statements."""
    table = ("Job Profile,Competency Category,Competency,Target Proficiency,Behavioral Indicators\n"
             "Analyst I,Technical,SQL,Developing,Writes queries that join several tables.\n"
             "Analyst I,Business,Stakeholders,Foundational,Answers requests with clear numbers.\n"
             "Analyst II,Technical,SQL,Proficient,Designs data models for a domain.\n"
             "Analyst II,Business,Stakeholders,Developing,Sets expectations with a stakeholder group.\n")
    data, run = imported(cli, write("profiles.csv", table), "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Analyst I", "Analyst II"]
    assert {d["name"]: [c["name"] for c in d["competencies"]] for d in data["dimensions"]} == {
        "Technical": ["SQL"], "Business": ["Stakeholders"]}
    assert cells(data)["analyst-ii"]["sql"] == ["Designs data models for a domain."]
    assert "not placed: column 'Target Proficiency', a value for each row's statement" in run.stderr


def test_an_html_statement_per_row_with_an_evidence_column_and_blank_cells(cli, write):
    """A level's cell spanning its rows, 'Evidence examples' beside the
    expectations: a blank cell there is no examples, not a competency that
    ends (no not_applicable)."""
    page = ("<html><body><h1>QA Matrix</h1><table>"
            "<tr><th>Level</th><th>Competency</th><th>Expectations</th><th>Evidence examples</th></tr>"
            "<tr><td rowspan='2'>QA Engineer I</td><td>Test design</td><td>Writes test cases from criteria.</td>"
            "<td>Test plan for the login flow</td></tr>"
            "<tr><td>Automation</td><td>Maintains the automated tests.</td><td></td></tr>"
            "<tr><td rowspan='2'>QA Engineer II</td><td>Test design</td><td>Designs test strategies.</td><td></td></tr>"
            "<tr><td>Automation</td><td>Writes new automated suites.</td><td>Checkout suite</td></tr>"
            "</table></body></html>")
    data, run = imported(cli, write("qa.html", page), "--org", "Acme")
    assert cells(data) == {
        "qa-engineer-i": {"test-design": [{"text": "Writes test cases from criteria.",
                                           "examples": ["Test plan for the login flow"]}],
                          "automation": ["Maintains the automated tests."]},
        "qa-engineer-ii": {"test-design": ["Designs test strategies."],
                           "automation": [{"text": "Writes new automated suites.", "examples": ["Checkout suite"]}]},
    }


def _word_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'


def test_an_example_column_in_a_word_table_per_level_gives_the_rows_examples(cli, write):
    """'Competency | Expectation | Example' under each level's heading: the
    Example cell holds the examples of its row's statement, not a second
    statement; a blank one holds none."""
    levels = [("SRE I", [("Incident response", "Joins the on-call rotation.", "Shadowed 3 on-call weeks"),
                         ("Automation", "Automates repetitive tasks.", "")]),
              ("SRE II", [("Incident response", "Leads minor incidents.", "Led the DNS incident"),
                          ("Automation", "Builds self-service tooling.", "")])]
    body = ""
    for title, rows in levels:
        body += f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_word_run(title)}</w:p><w:tbl>'
        for row in [("Competency", "Expectation", "Example")] + rows:
            body += "<w:tr>" + "".join(f"<w:tc><w:p>{_word_run(text) if text else ''}</w:p></w:tc>"
                                       for text in row) + "</w:tr>"
        body += "</w:tbl>"
    document = word_package(body, styles='<w:style w:type="paragraph" w:styleId="Heading1">'
                                         '<w:name w:val="heading 1"/></w:style>')
    data, run = imported(cli, write("sre.docx", document), "--org", "Acme")
    assert cells(data) == {
        "sre-i": {"incident-response": [{"text": "Joins the on-call rotation.", "examples": ["Shadowed 3 on-call weeks"]}],
                  "automation": ["Automates repetitive tasks."]},
        "sre-ii": {"incident-response": [{"text": "Leads minor incidents.", "examples": ["Led the DNS incident"]}],
                   "automation": ["Builds self-service tooling."]},
    }


def test_a_formula_with_no_saved_value_is_no_blank_before_a_rows_statements(cli, tmp_path):
    """A cell the import cannot read (a formula a program wrote, no value
    saved) is reported and left out; it says nothing about where the
    competency starts: no not_applicable for it, in either table layout."""
    by_columns = workbook_file(tmp_path / "columns.xlsx", ("Ladder", [
        ("Competency", "L1", "L2"), ("Code", '=CONCAT("Writes ","code")', "Designs code"),
        ("Delivery", "Ships tasks", "Ships features")]))
    data, run = imported(cli, by_columns, "--org", "Acme")
    assert "code" not in cells(data)["L1"] and cells(data)["L2"]["code"] == ["Designs code"]
    assert "a formula with no saved value, left out" in run.stderr and "not_applicable" not in run.stderr
    by_rows = workbook_file(tmp_path / "rows.xlsx", ("Ladder", [
        ("Level", "Code", "Delivery"), ("L1", '=CONCAT("Writes ","code")', "Ships tasks"),
        ("L2", "Designs code", "Ships features")]))
    data, run = imported(cli, by_rows, "--org", "Acme")
    assert "code" not in cells(data)["L1"] and cells(data)["L2"]["code"] == ["Designs code"]
    assert "a formula with no saved value, left out" in run.stderr and "not_applicable" not in run.stderr


def test_header_codes_before_titles_in_brackets_and_ranges_of_codes(cli, write, tmp_path):
    """'P1–P2 (Engineer) | P3 (Senior Engineer) | P4/P5 (Staff & Principal)':
    each column's code (or range of codes, written as an id) is the level's
    id and the words in brackets its title, alike for every column; no
    level gap for the codes a range spans."""
    page = write("bands.md", "# Bands\n\n| Area | P1–P2 (Engineer) | P3 (Senior Engineer) | P4/P5 (Staff & Principal) |\n"
                             "|---|---|---|---|\n| Scope | Ships tasks for one team. | Leads projects for a team. "
                             "| Leads work across teams. |\n| People | Asks for feedback. | Mentors engineers. "
                             "| Grows senior engineers. |\n")
    data, _ = imported(cli, page, "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("P1-P2", "Engineer"), ("P3", "Senior Engineer"), ("P4-P5", "Staff & Principal")]
    run = cli("check", str(tmp_path / "bands-out.yaml"))
    assert "LL203" not in run.output and "LL104" not in run.output


# --- a cell's lines and bullets -----------------------------------------------------


def test_a_sentence_wrapped_at_a_break_in_a_cell_is_one_statement(cli, write):
    """'... with data;<br>coaches others ...': the text after the break goes
    on in lower case, one statement; lines that each open in upper case, or
    with a bullet, stay items of their own. In Markdown and in HTML."""
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n|---|---|---|\n"
            "| Communication | Presents findings<br>Writes clear notes | Influences decisions with data;<br>coaches "
            "others on storytelling |\n| Delivery | Ships small tasks,<br>asking for help early | - Ships features<br>"
            "- Plans work |\n")
    data, _ = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert cells(data) == {
        "L1": {"communication": ["Presents findings", "Writes clear notes"],
               "delivery": ["Ships small tasks, asking for help early"]},
        "L2": {"communication": ["Influences decisions with data; coaches others on storytelling"],
               "delivery": ["Ships features", "Plans work"]},
    }
    html_page = ("<html><body><h1>Ladder</h1><table><tr><th>Competency</th><th>L1</th><th>L2</th></tr>"
                 "<tr><td>Communication</td><td>Presents findings<br>Writes clear notes</td>"
                 "<td>Influences decisions with data;<br>coaches others on storytelling</td></tr>"
                 "<tr><td>Delivery</td><td>Ships small tasks</td><td>Ships features</td></tr></table></body></html>")
    data, _ = imported(cli, write("ladder.html", html_page), "--org", "Acme")
    assert cells(data)["L2"]["communication"] == ["Influences decisions with data; coaches others on storytelling"]
    assert cells(data)["L1"]["communication"] == ["Presents findings", "Writes clear notes"]


def test_bullet_marks_in_cells_are_stripped_and_split_on_with_or_without_a_space(cli, write, tmp_path):
    """'•Reviews small PRs •Asks questions' is two statements; ticks and
    arrows ('✔ ', '✓ ', '☑ ', '➤ ', '▪ ') are bullet marks as '•' is, never
    kept in the statement (which check would then report, LL504); a mark
    inside a word is no bullet."""
    page = ("# Ladder\n\n| Competency | L1 | L2 |\n|---|---|---|\n"
            "| Review | •Reviews small PRs •Asks clarifying questions | ✔ Reviews PRs across the team<br>✓ Gives "
            "actionable feedback |\n| Impact | ☑ Answers scoped questions | ➤ Owns a metric area<br>▪ Finds "
            "opportunities |\n| Tooling | Uses the A•B testing tool | Sets tooling standards |\n")
    path = write("ladder.md", page)
    data, _ = imported(cli, path, "--org", "Acme")
    assert cells(data) == {
        "L1": {"review": ["Reviews small PRs", "Asks clarifying questions"], "impact": ["Answers scoped questions"],
               "tooling": ["Uses the A•B testing tool"]},
        "L2": {"review": ["Reviews PRs across the team", "Gives actionable feedback"],
               "impact": ["Owns a metric area", "Finds opportunities"], "tooling": ["Sets tooling standards"]},
    }
    checked = cli("check", "--select", "LL504", str(tmp_path / "ladder-out.yaml"))
    assert "LL504" not in checked.output


def test_a_column_of_yes_and_no_names_no_organisation(cli, write):
    """'Required?' over 'Yes' on every row: the answers are reported with
    their column, never the organisation's name ('Yes Engineering')."""
    rows = [("Engineer I", "Craft", "Writes tested code for small tasks.", "Yes"),
            ("Engineer I", "Teamwork", "Shares progress every day.", "Yes"),
            ("Engineer II", "Craft", "Designs features on their own.", "Yes"),
            ("Engineer II", "Teamwork", "Reviews code for the team.", "No"),
            ("Senior Engineer", "Craft", "Designs systems other teams use.", "Yes"),
            ("Senior Engineer", "Teamwork", "Mentors engineers on the team.", "Yes")]
    table = "Track,Level,Competency,Expectation,Required?\n" + "".join(f"Engineering,{','.join(r)}\n" for r in rows)
    data, run = imported(cli, write("ladder.csv", table))
    assert data["organisation"]["name"] != "Yes" and "Yes" not in data["name"]
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II", "Senior Engineer"]
    assert "not placed: column 'Required?'" in run.stderr
