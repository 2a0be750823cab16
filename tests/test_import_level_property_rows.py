"""`ladderlint import`: rows of a levels-as-columns table, before its
competencies, that say what each level is rather than what it asks: a
portrait of each level ('Role', 'Who you are'), its summary; a tag of a few
words ('Guideline | Foundational Learning'), and cells that each open with
one label ('Scale: Features'), its description. As Notion, Coda and Google
Sheets ladders open their matrices."""

from __future__ import annotations

from import_helpers import imported, workbook_file

_HEADER = "| | PD1 | PD2 | PD3 |\n|---|---|---|---|\n"
_TITLES = "| Title | Product Designer 1 | Product Designer 2 | Senior Product Designer |\n"
_TAGS = "| Guideline | Foundational Learning | Emerging Independence | Confident Execution |\n"
_PORTRAIT = ("| {label} | A developing designer focused on core skills and learning to work on a team. "
             "| A self-directed contributor who manages small projects on their own. "
             "| A reliable and trusted designer known for high-quality work on complex problems. |\n")
_COMPETENCIES = ("| Craft | Produces clean layouts for small features. | Designs whole features end to end. "
                 "| Sets the visual standard for a product area. |\n"
                 "| Collaboration | Shares work early with the trio. | Runs critiques for the squad. "
                 "| Aligns several teams on one design direction. |\n")


def _page(*rows: str) -> str:
    return "# Product Design Career Framework\n\n" + _HEADER + "".join(rows)


def test_a_role_row_of_portraits_is_each_levels_summary(cli, write):
    data, run = imported(cli, write("pd.md", _page(_TITLES, _TAGS, _PORTRAIT.format(label="Role"), _COMPETENCIES)))
    assert [c["id"] for d in data["dimensions"] for c in d["competencies"]] == ["craft", "collaboration"]
    assert data["levels"][0]["summary"].startswith("A developing designer focused on core skills")
    assert data["levels"][2]["summary"].startswith("A reliable and trusted designer")
    assert "the row 'Role' draws each level in a sentence or a few: the levels' summaries" in run.stderr


def test_a_row_of_short_tags_goes_to_each_levels_description(cli, write):
    data, run = imported(cli, write("pd.md", _page(_TITLES, _TAGS, _PORTRAIT.format(label="Role"), _COMPETENCIES)))
    assert [lv.get("description") for lv in data["levels"]] == [
        "Guideline: Foundational Learning", "Guideline: Emerging Independence", "Guideline: Confident Execution"]
    assert "the row 'Guideline' gives each level a tag of a few words" in run.stderr


def test_who_you_are_in_a_workbook_is_the_summary_too(cli, tmp_path):
    path = workbook_file(tmp_path / "matrix.xlsx", ("Matrix", [
        ["Name", "L1", "L2", "L3"],
        ["WHO YOU ARE", "You are a designer early in your career supporting projects with direction.",
         "You are a mid level designer supporting projects with minimal direction.",
         "You are a senior designer, who can direct your own projects."],
        ["Craft", "Produces clean layouts for small features.", "Designs whole features end to end.",
         "Sets the visual standard for a product area."],
        ["Collaboration", "Shares work early with the trio.", "Runs critiques for the squad.",
         "Aligns several teams on one design direction."],
    ]))
    data, _ = imported(cli, path)
    assert [c["id"] for d in data["dimensions"] for c in d["competencies"]] == ["craft", "collaboration"]
    assert data["levels"][1]["summary"] == "You are a mid level designer supporting projects with minimal direction."


def test_labelled_facts_in_unnamed_rows_are_the_levels_descriptions(cli, write):
    page = ("| Competency | Associate | Senior | Principal |\n|---|---|---|---|\n"
            "| | Scale: Features | Scale: End-to-End | Scale: Ecosystem |\n"
            "| | Role: Support | Role: Partner, Lead | Role: Lead, Evangelize |\n"
            "| Product thinking | Frames small problems with help. | Frames a product area's problems. "
            "| Frames the company's product problems. |\n"
            "| Interaction design | Uses our patterns well. | Extends our patterns. | Owns the pattern library. |\n")
    data, run = imported(cli, write("design.md", "# Design Competencies\n\n" + page))
    assert [c["id"] for d in data["dimensions"] for c in d["competencies"]] == [
        "product-thinking", "interaction-design"]
    assert data["levels"][1]["description"] == "Scale: End-to-End\n\nRole: Partner, Lead"
    assert "the row's cells each say 'Scale: ...' of their level" in run.stderr


def test_a_levels_table_of_portraits_alone_is_refused_saying_why(cli, write):
    path = write("pd.md", _page(_TITLES, _TAGS, _PORTRAIT.format(label="Role")))
    run = cli("import", str(path), "-o", str(path.parent / "out.yaml"), "--no-check")
    assert run.exit_code != 0
    assert "the levels have a summary each but no competencies" in run.stderr


def test_near_misses_stay_competencies(cli, write):
    # A 'Role' row of short words, a row of tags after a competency, cells with different labels,
    # and a row of sentences under another label: competencies, as before.
    short_role = "| Role | Support | Partner | Lead |\n"
    late_tags = "| Focus | Foundational Learning | Emerging Independence | Confident Execution |\n"
    mixed = "| | Scale: Features | Role: Partner | Scope: Company |\n"
    data, _ = imported(cli, write("pd.md", _page(_TITLES, short_role, mixed, _COMPETENCIES, late_tags,
                                                 _PORTRAIT.format(label="Mindset"))))
    names = [c["name"] for d in data["dimensions"] for c in d["competencies"]]
    assert {"Role", "Focus", "Mindset", "Craft", "Collaboration"} <= set(names)
    assert all("summary" not in lv and "description" not in lv for lv in data["levels"])
