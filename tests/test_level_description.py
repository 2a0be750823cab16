"""A level's `description`: what else is said of a level that is neither
its one-line summary nor what a competency expects ("Usually at least 5
years of experience", "Examples: Javan, Pratik", a note on who holds it).
Published ladders say such things (Basecamp's titles for programmers end
each level with the years it usually takes); the format keeps them, `check`
reads them as it reads any text, `import` puts them there instead of
reporting them not placed, `diff` reports their edits and `render` shows
them under the level's summary."""

from __future__ import annotations

import json

import pytest

from conftest import MINIMAL
from import_helpers import imported

SUMMARY = "    summary: Delivers well-scoped tasks\n"
DESCRIBED = "Usually at least 2 years of experience in the current domain."


def described(text: str = DESCRIBED, yaml_value: str | None = None) -> str:
    """MINIMAL with a description of its level IC1."""
    value = yaml_value if yaml_value is not None else text
    return MINIMAL.replace(SUMMARY, f"{SUMMARY}    description: {value}\n", 1)


def findings(cli, write, text: str) -> list[dict]:
    run = cli("check", "--format", "json", "--no-config", str(write("f.yaml", text)))
    return run.json()["findings"]


# --- the format -----------------------------------------------------------------------------

def test_a_level_may_have_a_description(cli, write):
    assert findings(cli, write, described()) == []


#: The line of IC1's description in ``described()``.
LINE = 18


@pytest.mark.parametrize("value, code", [("5", "LL103"), ("[Usually, 2 years]", "LL103"), ('""', "LL105"),
                                         ('"  "', "LL105")])
def test_a_level_description_is_text(cli, write, value, code):
    found = [(f["code"], f["message"], f["line"]) for f in findings(cli, write, described(yaml_value=value))]
    assert [(c, line) for c, _m, line in found if c != "LL108"] == [(code, LINE)], found
    assert all(message.startswith("'description' of level 'IC1'") for c, message, _line in found if c == code)


def test_the_schema_says_what_a_level_description_is_for(cli):
    schema = json.loads(cli("schema").output)
    level = schema["$defs"]["level"]["properties"]
    assert level["description"]["$ref"] == "#/$defs/text"
    assert "summary" in level["description"]["description"] and "experience" in level["description"]["description"]


# --- check ------------------------------------------------------------------------------------

def test_check_reads_a_level_description_as_it_reads_a_competency_description(cli, write):
    text = described("Usually at least 2 years of experience, as at Spotify.")
    found = [(f["code"], f["line"]) for f in findings(cli, write, text)]
    assert ("LL301", LINE) in found
    # The same words in a competency's description are found alike.
    elsewhere = MINIMAL.replace("        name: Impact\n",
                                "        name: Impact\n        description: Usually at least 2 years, as at Spotify.\n")
    assert ("LL301", 14) in [(f["code"], f["line"]) for f in findings(cli, write, elsewhere)]


def test_a_placeholder_in_a_level_description_is_found(cli, write):
    found = [(f["code"], f["line"]) for f in findings(cli, write, described("Usually TODO years of experience."))]
    assert ("LL406", LINE) in found


# --- import -----------------------------------------------------------------------------------

LADDER = """# Acme Titles

## Junior Programmer

* Works on tightly scoped problems.
* Up to 2 years ahead, plans the work of the sprint.
* Usually less than 2 years of experience being a professional programmer in current domain.

## Programmer

* Works on clearly defined features.
* Usually at least 5 years of experience being a professional programmer in current domain.
"""


def test_import_puts_the_years_a_level_asks_for_in_its_description(cli, write):
    data, run = imported(cli, write("titles.md", LADDER), "--org", "Acme")
    levels = {level["title"]: level for level in data["levels"]}
    assert levels["Programmer"]["description"] == \
        "Usually at least 5 years of experience being a professional programmer in current domain."
    assert levels["Junior Programmer"]["description"] == \
        "Usually less than 2 years of experience being a professional programmer in current domain."
    # A horizon in years is what the level does: a statement, as ever.
    assert levels["Junior Programmer"]["competencies"] == {"expectations": [
        "Works on tightly scoped problems.", "Up to 2 years ahead, plans the work of the sprint."]}
    assert ": not placed: " not in run.stderr


def test_import_puts_what_a_level_section_says_of_the_level_in_its_description(cli, write):
    page = ("# Acme Ladder\n\n## Engineer I\n\nNew to the industry.\n\nNote: this level is for new graduates.\n\n"
            "### Delivery\n\n- Ships small changes.\n\n### Examples\n\n- Javan\n- Pratik\n\n"
            "## Engineer II\n\nOwns features.\n\n### Delivery\n\n- Ships features.\n\n"
            "**Typical Experience:** 2-4 years.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    first, second = data["levels"]
    assert first["summary"] == "New to the industry."
    assert first["description"] == "Note: this level is for new graduates.\n\nExamples:\n- Javan\n- Pratik"
    assert second["description"] == "Typical Experience: 2-4 years."
    assert [level["competencies"] for level in data["levels"]] == [
        {"delivery": ["Ships small changes."]}, {"delivery": ["Ships features."]}]
    assert ": not placed: " not in run.stderr


def test_import_keeps_reporting_what_is_not_said_of_the_level(cli, write):
    """A figure alone and a closing line after the statements are no
    description: reported as before."""
    page = ("# Acme Ladder\n\n## Engineer I\n\n### Delivery\n\n- Ships small changes.\n- 25 %\n\n"
            "Ask your manager for more.\n\n## Engineer II\n\n### Delivery\n\n- Ships features.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert "description" not in data["levels"][0]
    assert "not placed: a figure" in run.stderr and "25 %" in run.stderr


# --- diff -------------------------------------------------------------------------------------

def test_diff_reports_a_reworded_level_description(cli, write):
    old = write("old.yaml", described())
    new = write("new.yaml", described(DESCRIBED.replace("the current domain", "the specific domain")))
    run = cli("diff", "--format", "json", str(old), str(new))
    changes = [c for f in run.json()["frameworks"] for c in f["changes"]]
    assert [(c["kind"], c["impact"], c["level"], c["field"]) for c in changes] == [
        ("summary-changed", "editorial", "IC1", "description")]
    text = cli("diff", str(old), str(new)).output
    assert "description: Usually at least 2 years of experience in the [-current-]{+specific+} domain." in text
    notes = cli("diff", "--format", "markdown", str(old), str(new)).output
    assert "The description changed: Usually at least 2 years of experience in the ~~current~~ **specific** domain." \
        in notes


def test_what_is_new_at_a_level_says_its_own_description_apart_from_changes_of_structure(cli, write):
    # Two levels each say their own experience: comparing them, the description is the level's own text, as its
    # summary is, not "a change of structure or names".
    two = described("Usually 0-2 years of experience.") + (
        "  - id: IC2\n    title: Engineer II\n    summary: Delivers well-scoped tasks\n"
        "    description: Usually 2-4 years of experience.\n"
        "    competencies:\n      impact:\n        - I deliver my tasks on time\n")
    notes = cli("diff", "--levels", "IC1", "IC2", "--format", "markdown", str(write("f.yaml", two))).output
    assert "**In short:** a new description." in notes
    assert "### Other differences between Engineer I and Engineer II" in notes
    assert "structure or names" not in notes and "Changes of structure and names" not in notes
    # Between two revisions, a level whose description changed is told among the notes and explanations (a hedge
    # swapped: another range of years would move the level's bar, as in its summary).
    old, new = write("old.yaml", two), write("new.yaml", two.replace("Usually 2-4 years", "Often 2-4 years"))
    notes = cli("diff", "--format", "markdown", str(old), str(new)).output
    assert "### Notes and explanations" in notes and "**In short:** 1 change to a note or explanation." in notes
    assert "Changes of structure and names" not in notes


def test_diff_grades_a_demand_put_in_a_level_description_as_raising_the_bar(cli, write):
    """As a competency's description is read: a sentence put in that asks
    something raises the bar; one that only describes does not."""
    old = write("old.yaml", described())
    demand = write("demand.yaml", described(DESCRIBED + " Engineers at this level must be on call every week."))
    remark = write("remark.yaml", described(DESCRIBED + " Most engineers join the company at this level."))
    graded = {}
    for new in (demand, remark):
        run = cli("diff", "--format", "json", str(old), str(new))
        graded[new.stem] = [c["impact"] for f in run.json()["frameworks"] for c in f["changes"]]
    assert graded == {"demand": ["raises-bar"], "remark": ["structural"]}


# --- render -----------------------------------------------------------------------------------

def test_render_shows_a_level_description_under_its_summary(cli, write, tmp_path):
    framework = write("f.yaml", described())
    run = cli("render", str(framework), "-o", str(tmp_path / "site"))
    assert run.exit_code == 0, run.stderr
    page = next((tmp_path / "site").glob("*/levels/IC1.html")).read_text(encoding="utf-8")
    assert page.index("Delivers well-scoped tasks") < page.index(f'<p class="level-description">{DESCRIBED}')
    run = cli("render", "--format", "markdown", str(framework), "-o", str(tmp_path / "md"))
    markdown = next((tmp_path / "md").glob("*.md")).read_text(encoding="utf-8")
    assert markdown.index("Delivers well-scoped tasks\n\n" + DESCRIBED) > 0


def test_a_row_of_experience_gives_its_figures_to_the_descriptions_a_row_of_time_does_not(cli, write):
    """'Experience | 0-2 years | 5+ years': the years each level asks for;
    'Time | Core: ~80%': how a level splits its time, a figure, reported."""
    page = ("# Ladder\n\n| Competency | Junior | Senior |\n| --- | --- | --- |\n"
            "| Testing | Writes unit tests. | Sets the testing strategy. |\n"
            "| Experience | 0-2 years | 5+ years |\n| Time | Core: ~80% | Core: ~60% |\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == ["Experience: 0-2 years", "Experience: 5+ years"]
    assert "not placed: a figure, not a behaviour the level expects (how much, not what it does): Core: ~80%" \
        in run.stderr


#: A table with a row per level and a column of the years each asks for.
ROWS = ("# Acme Ladder\n\n| Level | {header} | Execution |\n| --- | --- | --- |\n"
        "| Engineer I | {0} | I deliver small tasks. |\n| Engineer II | {1} | I deliver features. |\n"
        "| Senior Engineer | {2} | I lead projects. |\n")


@pytest.mark.parametrize("header, years", [
    ("Years of experience", ("0-2 years", "2-4 years", "5+ years")),
    ("Experience", ("5+ years", "7+ years", "10+ years")),
    ("Experience", ("0-2 years", "3 or more years", "5 years+")),
    ("Experience", ("0+", "2-4", "5+")),
])
def test_a_column_of_years_at_least_goes_to_the_descriptions_as_its_ranges_do(cli, write, header, years):
    """'5+ years', '5 or more years', '5 years+' are the years a level asks
    for as '2-4 years' is: each level's description, under the column's
    name; no competency 'Years of experience'."""
    data, run = imported(cli, write("ladder.md", ROWS.format(*years, header=header)), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == [f"{header}: {y}" for y in years]
    assert [list(level["competencies"]) for level in data["levels"]] == [["execution"]] * 3
    assert ": not placed: table column header" in run.stderr and run.stderr.count(": not placed: ") == 1


def test_a_bare_line_of_years_on_the_level_goes_to_its_description(cli, write):
    """'- 0-2 years', '- 5+ years' alone on a level's own list, beside its
    behaviours, are the experience it asks, as 'Usually 5 or more years of
    experience' is: the level's description, not a line dropped."""
    page = ("# Acme\n\n## Engineer I\n\n- 0-2 years\n- I deliver small tasks.\n\n"
            "## Engineer II\n\n- 5+ years\n- I deliver features.\n\n"
            "## Engineer III\n\n- Usually 5 or more years of experience\n- I lead projects.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [list(level["competencies"].values()) for level in data["levels"]] == [
        [["I deliver small tasks."]], [["I deliver features."]], [["I lead projects."]]]
    assert [level.get("description") for level in data["levels"]] == [
        "0-2 years", "5+ years", "Usually 5 or more years of experience"]
    assert ": not placed: " not in run.stderr


def test_years_beside_competency_labels_go_to_the_description(cli, write):
    """A level's list of labelled bullets ('Technical skills' over its
    statements) with the years first: the years are the level's."""
    page = ("# Acme\n\n## Engineer I\n\n- 0-2 years\n- Technical skills\n  - I write code with guidance\n"
            "- Communication\n  - I ask for help\n\n"
            "## Engineer II\n\n- 2-5 yrs\n- Technical skills\n  - I write tested code\n"
            "- Communication\n  - I explain trade-offs\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == ["0-2 years", "2-5 yrs"]
    assert [sorted(level["competencies"]) for level in data["levels"]] == [["communication", "technical-skills"]] * 2


@pytest.mark.parametrize("line", ["25 %", "~3 months", "$5"])
def test_a_bare_figure_that_is_no_years_stays_reported(cli, write, line):
    """A figure of another kind alone on a level ('25 %', '~3 months') says
    how much of something: reported, not made the level's description."""
    page = (f"# Acme\n\n## Engineer I\n\n- {line}\n- I deliver small tasks.\n\n"
            "## Engineer II\n\n- I deliver features.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == [None, None]
    assert f"not placed: a figure, not a behaviour the level expects (how much, not what it does): {line}" \
        in run.stderr


def test_years_under_a_competency_stay_a_figure(cli, write):
    """Under a competency other than experience ('Delivery: - 2 years'),
    a number of years says how long of something: reported, not said of
    the level."""
    page = ("# Acme\n\n## Engineer I\n\n### Delivery\n\n- 2 years\n- I deliver small tasks.\n\n"
            "## Engineer II\n\n### Delivery\n\n- I deliver features.\n")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == [None, None]
    assert "not placed: a figure, not a behaviour the level expects (how much, not what it does): 2 years" \
        in run.stderr


def test_a_count_at_least_that_says_what_the_level_does_stays_a_statement(cli, write):
    """Near-miss: 'Ships 5+ features a quarter', '5 or more reviews a week'
    say what the level does: statements, as before."""
    page = ROWS.format("Ships 5+ features a quarter.", "Gives 5 or more reviews a week.", "Leads 3+ projects.",
                       header="Delivery")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert all("description" not in level for level in data["levels"])
    assert [level["competencies"]["delivery"] for level in data["levels"]] == [
        ["Ships 5+ features a quarter."], ["Gives 5 or more reviews a week."], ["Leads 3+ projects."]]


#: A list before the levels, a line per level by name, under a lead.
LISTED = ("# Acme Engineering Ladder\n\n{lead}\n\n- Engineer I: {0}\n- Engineer II: {1}\n- Senior Engineer: {2}\n\n"
          "## Engineer I\n\n{summary}- I deliver small tasks.\n\n## Engineer II\n\n{summary}- I deliver features.\n\n"
          "## Senior Engineer\n\n{summary}- I lead projects.\n")
YEARS = ("Usually less than 2 years of relevant professional experience.",
         "Usually 2-5 years of relevant professional experience.",
         "Usually at least 5-8 years of relevant professional experience.")


@pytest.mark.parametrize("summary", ["", "> Sums the level up.\n\n"])
def test_a_list_of_the_experience_of_each_level_goes_to_their_descriptions(cli, write, summary):
    """'Relevant experience:' over a line per level ('Engineer I: Usually
    less than 2 years ...'): each level's description, under the lead; not
    its summary, and not reported as not placed, whether the level sums
    itself up or not."""
    page = LISTED.format(*YEARS, lead="Relevant experience:", summary=summary)
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == [f"Relevant experience: {y}" for y in YEARS]
    assert [level.get("summary") for level in data["levels"]] == [("Sums the level up." if summary else None)] * 3
    assert ": not placed: " not in run.stderr
    assert "a list before the levels gives the experience of 3 of them in a line each: their descriptions" \
        in run.stderr


def test_a_list_of_years_under_a_heading_of_experience_is_labelled_by_it(cli, write):
    page = LISTED.format("0-2 years", "2-5 years", "5+ years", lead="### Experience", summary="")
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert [level.get("description") for level in data["levels"]] == [
        "Experience: 0-2 years", "Experience: 2-5 years", "Experience: 5+ years"]
    assert ": not placed: " not in run.stderr


def test_a_list_that_sums_up_the_levels_stays_their_summaries(cli, write):
    """Near-miss: 'Engineer I: learns the codebase' sums the level up, and
    under 'Experience:' a line that gives no time says what the level does:
    summaries, as before."""
    for lead in ("Our levels:", "Experience:"):
        page = LISTED.format("Learns the codebase.", "Owns features.", "Leads projects.", lead=lead, summary="")
        data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
        assert [level.get("summary") for level in data["levels"]] == [
            "Learns the codebase.", "Owns features.", "Leads projects."], lead
        assert all("description" not in level for level in data["levels"]), lead
        assert "a list before the levels sums up 3 of them in a line each: their summaries" in run.stderr
