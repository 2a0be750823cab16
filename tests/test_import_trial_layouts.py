"""Layouts met importing published frameworks the import had not seen: each
test writes its own short text in the shape of such a document."""

from __future__ import annotations

import pytest

from import_helpers import by_name, imported
from ladderlint.loader import load_document


def test_a_page_titled_with_the_role_and_its_abbreviation_is_the_rung_below_senior(cli, write, tmp_path):
    """A wiki exported by GitBook titles each level's page with its
    abbreviation in brackets, escaped: the page of the role alone
    ('Software Engineer (SE)') is a level as the page 'Software Engineer' is."""
    pages = [write("site/juniorsoftwareengineer.md", "# Junior Software Engineer \\(JSE\\)\n\n"
                                                     "## Craft\n\n* Learns the codebase.\n"),
             write("site/seniorsoftwareengineer.md", "# Senior Software Engineer \\(SSE\\)\n\n"
                                                     "## Craft\n\n* Owns large features.\n"),
             write("site/softwareengineer.md", "# Software Engineer \\(SE\\)\n\n## Craft\n\n* Owns small features.\n")]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["title"], lv["competencies"]["craft"]) for lv in data["levels"]] == [
        ("Junior Software Engineer (JSE)", ["Learns the codebase."]),
        ("Software Engineer (SE)", ["Owns small features."]),
        ("Senior Software Engineer (SSE)", ["Owns large features."])]
    assert "no ladder in this file" not in run.stderr


def test_a_title_of_generic_words_joined_by_and_leaves_no_and_in_the_track(cli, write, tmp_path):
    """'Engineering Levels and Titles' names the engineering track: the 'and'
    that joined two generic words joins nothing once they are gone."""
    page = write("levels.md", "# Engineering Levels and Titles\n\n## Junior\n\n* Fixes small bugs.\n\n"
                              "## Senior\n\n* Leads projects.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert data["track"] == "Engineering"
    assert "it is taken to be: Engineering\n" in run.stderr


def test_a_lead_in_that_the_bullets_finish_without_its_colon_is_no_summary_nor_competency(cli, write, tmp_path):
    """'An engineer who' over bullets that finish the sentence leads in to
    them as 'An engineer who:' does: reported, neither the level's summary
    nor a competency's name."""
    page = write("levels.md", "# Levels\n\n## Junior\n\nAn engineer who:\n- fixes small bugs\n- asks for help\n\n"
                              "## Senior\n\nAn engineer who\n- helps others grow\n- leads projects\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["title"], lv.get("summary"), lv["competencies"]) for lv in data["levels"]] == [
        ("Junior", None, {"expectations": ["fixes small bugs", "asks for help"]}),
        ("Senior", None, {"expectations": ["helps others grow", "leads projects"]})]
    assert "levels.md:11: not placed: lead-in to the list after it, whose bullets are the statements: " \
           "An engineer who\n" in run.stderr


def test_the_years_of_experience_under_a_levels_title_are_no_summary_nor_competency(cli, write, tmp_path):
    """A level's page that opens with the years it asks for, in italics
    ('_**Years of Experience:** 0-2_'), or labels them in bold before its
    sections ('**Typical Experience**: A degree. 0-4 years experience.'):
    a condition of the level, said of it in its description as it is from
    a bullet, neither the level's summary nor a competency."""
    pages = [write("site/junior.md", "# Junior Engineer\n\n_**Years of Experience:** 0-2_\n\n"
                                     "## Craft\n\n* Fixes small bugs.\n"),
             write("site/senior.md", "# Senior Engineer\n\n**Typical Experience**: A degree in computing or "
                                     "equivalent. 5+ years experience.\n\n## Craft\n\n* Leads projects.\n")]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["title"], lv.get("summary"), lv["competencies"]) for lv in data["levels"]] == [
        ("Junior Engineer", None, {"craft": ["Fixes small bugs."]}),
        ("Senior Engineer", None, {"craft": ["Leads projects."]})]
    assert [lv["description"] for lv in data["levels"]] == [
        "Years of Experience: 0-2", "Typical Experience: A degree in computing or equivalent. 5+ years experience."]
    assert "not placed" not in run.stderr.replace("0 pieces of text not placed", "")


def test_pages_of_levels_that_each_name_the_organisation_once_name_it_together(cli, write, tmp_path):
    """A page per level, each saying whose it is once ('Quillmark's values'
    on one, 'talks for Quillmark' on another): the framework is Quillmark's,
    as a page naming it twice would say; alone, one page names no one."""
    pages = [write("site/junior.md", "# Junior Engineer\n\n## Culture\n\n* Follows Quillmark's values.\n"),
             write("site/senior.md", "# Senior Engineer\n\n## Culture\n\n"
                                     "* Grows Quillmark's presence in the community.\n")]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert data["organisation"]["name"] == "Quillmark"
    assert "the pages' name for an organisation ('Quillmark', on 2 pages)" in run.stderr
    alone = cli("import", str(pages[0]), "-o", str(tmp_path / "alone.yaml"), "--no-check")
    assert alone.exit_code == 0 and "nothing in the documents says whose framework this is" in alone.stderr


def test_lines_naming_levels_in_a_section_after_the_levels_are_no_levels(cli, write, tmp_path):
    """A guide after the levels ('## Using this matrix') that speaks of them
    again in bold lines ('**For senior candidates:**') holds no sub-levels
    of the last level: it is reported as the section it is."""
    page = write("matrix.md", "# Matrix\n\n## Junior Engineer\n\n### Craft\n- Fixes bugs\n\n"
                              "## Senior Engineer\n\n### Craft\n- Leads work\n\n## Using this matrix\n\n"
                              "### Screening\n\n**For junior candidates:**\n- Has fixed bugs before\n\n"
                              "**For senior candidates:**\n- Has led projects\n")
    data, run = imported(cli, page, "--org", "Acme", "--report", "-")
    assert [(lv["title"], lv["competencies"]) for lv in data["levels"]] == [
        ("Junior Engineer", {"craft": ["Fixes bugs"]}), ("Senior Engineer", {"craft": ["Leads work"]})]
    assert "matrix.md:20: not placed: in section 'Using this matrix', which is not a level: For senior candidates" \
        in run.output


def test_a_section_named_after_the_pages_level_code_is_the_same_section_at_every_level(cli, write, tmp_path):
    """A page per level that labels each skill's part with its own level
    ('**Level 2 Attainment:**' on the page of level 2, '**Level 3
    Attainment:**' on level 3's): the skill's 'Attainment' at each level, as
    '#### Senior Engineer Responsibilities' is 'Responsibilities'."""
    pages = [write(f"site/level-{n}.md", f"# {title}\n\n**Level {n}** | **Career Path:** Engineering\n\n"
                                         f"## Delivery\n\n**Level {n} Attainment:**\n\n- {said}\n")
             for n, title, said in ((2, "Engineer", "Ships small features."),
                                    (3, "Senior Engineer", "Ships large features."))]
    out = tmp_path / "out.yaml"
    run = cli("import", *map(str, pages), "--org", "Acme", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    data = load_document(str(out), out.read_bytes()).data
    assert [(lv["id"], lv["competencies"]) for lv in data["levels"]] == [
        ("L2", {"attainment": ["Ships small features."]}), ("L3", {"attainment": ["Ships large features."]})]
    assert "level-3.md:7: not placed: the level before heading 'Attainment' (its level on this page): Level 3" \
        in run.stderr


def test_a_line_naming_the_level_a_level_leads_to_is_no_statement(cli, write, tmp_path):
    """A ladder written in paragraphs that ends each level with the level it
    leads to ('_Career advancement: Senior Engineer_') points up the ladder:
    reported, not one more paragraph of the level's statements."""
    page = write("ladder.md", "# Career ladder\n\n## Junior Engineer\n\nYou fix small bugs with help.\n\n"
                              "You ask for reviews early.\n\n_Career advancement: Senior Engineer_\n\n"
                              "## Senior Engineer\n\nYou lead projects.\n\nYou mentor others.\n\n"
                              "_Next level: Staff Engineer or Engineering Manager_\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["title"], lv["competencies"]) for lv in data["levels"]] == [
        ("Junior Engineer", {"expectations": ["You fix small bugs with help.", "You ask for reviews early."]}),
        ("Senior Engineer", {"expectations": ["You lead projects.", "You mentor others."]})]
    assert "ladder.md:9: not placed: the level it leads to on level 'Junior Engineer'" in run.stderr
    assert "Next level: Staff Engineer or Engineering Manager" in run.stderr


def test_a_levels_heading_numbered_with_a_dash_is_titled_without_its_number(cli, write, tmp_path):
    """'## 3 - Principal Engineer' numbers the heading as '## 3. Principal
    Engineer' does: the level is the Principal Engineer."""
    page = write("ladder.md", "# Ladder\n\n## 1 - Junior Engineer\n\n- Fixes bugs\n\n"
                              "## 2 – Senior Engineer\n\n- Leads work\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("junior-engineer", "Junior Engineer"), ("senior-engineer", "Senior Engineer")]


#: A skills matrix rated by the numbers of a scale the document defines before it.
_MATRIX = ("## Matrix\n\n### Engineering\n\n| Skill | Junior | Mid | Senior |\n|---|---|---|---|\n"
           "| Testing | 1 | 2 | 3 |\n| Mentoring | 0 | 2 | 4 |\n")


@pytest.mark.parametrize("scale", [
    # Headings: '### 2 - Intermediate'.
    "### 1 - Beginner\n- Learns the basics\n\n### 2 - Intermediate\n- Works alone\n\n### 3 - Advanced\n"
    "- Guides others\n\n### 4 - Expert\n- Sets standards\n\n",
    # An ordered list: its numbers are the list's, which the text of its items no longer holds.
    "1. Beginner\n   - Learns the basics\n2. Intermediate\n3. Advanced\n4. Expert\n\n",
])
def test_a_skills_matrix_rated_by_the_numbers_of_the_scale_it_defines(cli, write, tmp_path, scale):
    """A skills matrix whose cells are numbers ('2') of the scale the
    document defines ('### 2 - Intermediate', or '2. Intermediate' in an
    ordered list): each cell the proficiency its number stands for, the
    scale the framework's; a number below the scale ('0') rates nothing
    there. The scale's sections are no levels; what a step means is
    reported as the step's."""
    page = write("matrix.md", f"# Skills Matrix\n\n## Scale\n\n{scale}{_MATRIX}")
    data, run = imported(cli, page, "--org", "Acme")
    assert data["proficiency_scale"] == ["beginner", "intermediate", "advanced", "expert"]
    rated = {lv["title"]: {k: v.get("proficiency", "n/a") for k, v in lv["competencies"].items()}
             for lv in data["levels"]}
    assert rated == {"Junior": {"testing": "beginner", "mentoring": "n/a"},
                     "Mid": {"testing": "intermediate", "mentoring": "intermediate"},
                     "Senior": {"testing": "advanced", "mentoring": "expert"}}
    assert "levels-as-columns" in run.stderr
    assert "matrix.md:5: not placed: a step of the proficiency scale the tables' numbers stand for" in run.stderr
    assert "matrix.md:6: not placed: what step 'Beginner' of the proficiency scale means: Learns the basics" \
        in run.stderr


@pytest.mark.parametrize("scale", [
    "<ol><li>Beginner</li><li>Intermediate</li><li>Advanced</li><li>Expert</li></ol>",
    # Numbered from where the list says: '<ol start>', '<li value>'.
    '<ol start="0"><li>Unaware</li></ol><ol start="1"><li>Beginner</li><li>Intermediate</li>'
    '<li value="3">Advanced</li><li>Expert</li></ol>',
])
def test_a_skills_matrix_rated_by_the_numbers_of_a_scale_an_html_ordered_list_defines(cli, write, tmp_path, scale):
    """A page, or a Word document, that numbers its scale with an ordered
    list ('<ol><li>Beginner</li>...'): the numbers the browser shows are
    the steps' as '1. Beginner' in Markdown are."""
    table = "".join(f"<tr><td>{skill}</td>{''.join(f'<td>{n}</td>' for n in rated)}</tr>"
                    for skill, rated in (("Testing", "123"), ("Mentoring", "024")))
    page = write("matrix.html", f"<html><body><h1>Skills Matrix</h1>\n<h2>Scale</h2>\n{scale}\n<h2>Matrix</h2>\n"
                                "<h3>Engineering</h3>\n<table><tr><th>Skill</th><th>Junior</th><th>Mid</th>"
                                f"<th>Senior</th></tr>\n{table}</table></body></html>\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert data["proficiency_scale"] == ["beginner", "intermediate", "advanced", "expert"]
    rated = {lv["title"]: {k: v.get("proficiency", "n/a") for k, v in lv["competencies"].items()}
             for lv in data["levels"]}
    assert rated == {"Junior": {"testing": "beginner", "mentoring": "n/a"},
                     "Mid": {"testing": "intermediate", "mentoring": "intermediate"},
                     "Senior": {"testing": "advanced", "mentoring": "expert"}}
    assert "matrix.html:3: not placed: a step of the proficiency scale the tables' numbers stand for" in run.stderr


def test_a_line_of_wiki_links_is_navigation_as_a_line_of_markdown_links_is(cli, write, tmp_path):
    """'[[Overview]] · [[Senior|Next level]]' under a level's title points
    to other pages of the wiki, as '[Overview](overview.md) · [Next
    level](senior.md)' does: navigation, not the level's summary. A wiki
    link inside a sentence is still its words."""
    pages = []
    for level, after in (("Junior", "Senior"), ("Senior", "Staff")):
        pages.append(write(f"wiki/{level.lower()}.md",
                           f"# {level}\n\n[[Overview]] · [[{after}|Next level]]\n\n"
                           f"A {level} grows with [[Mentoring|a mentor's]] guidance.\n\n"
                           "## Delivery\n\n- Ships small changes\n\n## Learning\n\n- Asks good questions\n"))
    data, run = imported(cli, tmp_path / "wiki", "--org", "Acme")
    assert [lv["summary"] for lv in data["levels"]] == [
        "A Junior grows with a mentor's guidance.", "A Senior grows with a mentor's guidance."]
    assert f"{pages[0]}:3: not placed: line of links (navigation)" in run.stderr


def test_a_name_the_text_gives_an_organisation_once_and_names_again_where_a_sentence_names_one(cli, write, tmp_path):
    """A ladder that says whose it is once ('Brindleway's product owners')
    and names it again where a sentence names an organisation it deals
    with ('alongside Brindleway.', 'the community and Brindleway.') is
    Brindleway's. A tool said so once ('Kubernetes's scheduler') is said
    otherwise elsewhere ('deploys to Kubernetes', 'Kubernetes clusters'):
    no organisation."""
    page = write("ladder.md", "# Advocate I\n\nWrites posts that show the technology, mentioning Brindleway.\n\n"
                              "# Advocate II\n\nActs as a liaison between the community and Brindleway.\n\n"
                              "Works on proposals alongside Brindleway.\n\n"
                              "# Senior Advocate\n\nShares rough edges with Brindleway's product owners.\n")
    data, run = imported(cli, page)
    assert data["organisation"]["name"] == "Brindleway"
    assert "the organisation is 'Brindleway', from the text's name for an organisation ('Brindleway', 1 time as " \
           "one and 3 more where a sentence names one, first on line 13)" in run.stderr
    tool = write("tool.md", "# Engineer I\n\nKnows Kubernetes's scheduler.\n\nDeploys services to Kubernetes.\n\n"
                            "# Engineer II\n\nRuns Kubernetes clusters.\n\nUpgrades Kubernetes.\n")
    run = cli("import", str(tool), "-o", str(tmp_path / "tool.yaml"), "--no-check")
    assert run.exit_code == 0 and "nothing in the documents says whose framework this is" in run.stderr
    # Nor a tool that ends lists of tools ('Terraform and Kubernetes.', 'Helm, Kustomize and Kubernetes.').
    listed = write("listed.md", "# Engineer I\n\nLearns Kubernetes's scheduler.\n\nWorks with Terraform and "
                                "Kubernetes.\n\n# Engineer II\n\nDebugs issues across Docker and Kubernetes.\n\n"
                                "Knows Helm, Kustomize and Kubernetes.\n")
    run = cli("import", str(listed), "-o", str(tmp_path / "listed.yaml"), "--no-check")
    assert run.exit_code == 0 and "nothing in the documents says whose framework this is" in run.stderr


def test_the_organisation_an_overview_page_of_the_import_names_where_the_levels_pages_name_none(cli, write, tmp_path):
    """The pages of the levels need not say whose they are where the site's
    overview does ('At Tarnview, ...', 'Tarnview's values'): that page has
    no ladder of its own, and names the organisation all the same. Where
    the other pages name two organisations, none is taken."""
    write("site/overview.md", "# Career Ladder\n\nAt Tarnview, engineers grow by level.\n\n"
                              "The ladder follows Tarnview's values.\n")
    for level in ("Junior", "Senior"):
        write(f"site/{level.lower()}.md", f"# {level} Engineer\n\n## Delivery\n\n- Ships changes\n")
    data, run = imported(cli, tmp_path / "site")
    assert data["organisation"]["name"] == "Tarnview"
    assert "from overview.md, a page of this import with no ladder, which names it" in run.stderr
    write("site/partners.md", "# Partners\n\nEngineers at Oxbright teach us.\n\nWe share Oxbright's values.\n")
    run = cli("import", str(tmp_path / "site"), "-o", str(tmp_path / "two.yaml"), "--no-check")
    assert run.exit_code == 0 and "nothing in the documents says whose framework this is" in run.stderr


def test_levels_in_paragraphs_under_run_in_headings_that_come_back_name_the_competencies(cli, write, tmp_path):
    """Levels written in paragraphs, each headed in the run-in style
    ('**Delivery.** You ship ...'), the same heads level after level: the
    heads are the competencies, as bold labels on bullets are, and the
    paragraphs before them the level's summary; not all in one competency
    named 'Expectations'. Heads that do not come back, and paragraphs with
    none, stay as they are written."""
    page = write("ladder.md", "# Ladder\n\n## Engineer I\n\nAn Engineer I learns the craft.\n\n"
                              "**Delivery.** You ship small changes with help.\n\n**People.** You ask for help early.\n\n"
                              "## Engineer II\n\nAn Engineer II works alone.\n\n"
                              "**Delivery.** You ship features alone.\n\n**People.** You help your peers.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["summary"], lv["competencies"]) for lv in data["levels"]] == [
        ("An Engineer I learns the craft.", {"delivery": ["You ship small changes with help."],
                                             "people": ["You ask for help early."]}),
        ("An Engineer II works alone.", {"delivery": ["You ship features alone."],
                                         "people": ["You help your peers."]})]
    assert "paragraphs carry the same labels at level after level" in run.stderr
    once = write("once.md", "# Ladder\n\n## Engineer I\n\n**Be kind.** You help others.\n\nYou ship changes.\n\n"
                            "## Engineer II\n\n**Be bold.** You take on hard work.\n\nYou ship features.\n")
    data, run = imported(cli, once, "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"expectations": ["Be kind. You help others.", "You ship changes."]},
        {"expectations": ["Be bold. You take on hard work.", "You ship features."]}]


def test_run_in_heads_that_name_no_competency_are_read_as_written(cli, write, tmp_path):
    """'**Summary.**' heads the level's summary, not a competency named
    'summary'; a numeral ('**II.**') and a sentence in bold ('**You ship
    it.**') name none either."""
    page = write("ladder.md", "# Ladder\n\n## Engineer I\n\n**Summary.** An Engineer I learns the craft.\n\n"
                              "**Delivery.** You ship small changes.\n\n**People.** You ask for help early.\n\n"
                              "## Engineer II\n\n**Summary.** An Engineer II works alone.\n\n"
                              "**Delivery.** You ship features alone.\n\n**People.** You help your peers.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [sorted(lv["competencies"]) for lv in data["levels"]] == [["delivery", "people"], ["delivery", "people"]]
    assert [lv["summary"] for lv in data["levels"]] == ["Summary. An Engineer I learns the craft.",
                                                        "Summary. An Engineer II works alone."]
    numerals = write("numerals.md", "# Ladder\n\n## Engineer I\n\n**I.** You learn.\n\n**II.** You ship.\n\n"
                                    "## Engineer II\n\n**I.** You teach.\n\n**II.** You lead.\n")
    data, run = imported(cli, numerals, "--org", "Acme")
    assert not {"i", "ii"} & {key for lv in data["levels"] for key in lv["competencies"]}


@pytest.mark.parametrize("head", ["### {}\n\n- {}\n", "**{}:** {}\n"])
def test_sections_that_describe_a_level_are_no_competencies(cli, write, tmp_path, head):
    """'Hiring target', 'Hiring bar', 'Typical experience', 'Time in role',
    'Next level', 'Archetypes' under a level, as a section or a bold label,
    say whom the level hires, what it asks before it, where it leads and
    the kinds of the role it has: said of the level, in its description
    under their names, as its years of experience are, not read as
    competencies. 'Progression' alone may be one (growing in the craft)."""
    sections = [("Hiring target", "Has shipped a product."), ("Hiring bar", "Writes a small program unaided."),
                ("Typical experience", "A degree in computing, or equivalent."),
                ("Time in role", "Usually a year or two."), ("Next level", "Engineer II"),
                ("Archetypes", "Tech Lead guides the team's direction."),
                ("Progression", "Seeks feedback on their work.")]
    text = "# Ladder\n\n" + "".join(
        f"## Engineer {rung}\n\nAn Engineer {rung} ships.\n\n" + head.format("Delivery", "Ships changes.") + "\n"
        + "\n".join(head.format(*section) for section in sections) + "\n" for rung in ("I", "II"))
    page = write("ladder.md", text)
    data, run = imported(cli, page, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Delivery", "Progression"]
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships changes."], "progression": ["Seeks feedback on their work."]}] * 2
    assert [lv["description"] for lv in data["levels"]] == [
        "\n\n".join(f"{name}: {said}" for name, said in sections[:-1])] * 2
    assert "not placed:" not in run.stderr


def test_possessives_alone_name_no_organisation_a_tool_has_them_too(cli, write, tmp_path):
    """'Kubernetes's scheduler' and 'Kubernetes's API' say what of a tool is
    meant, as an organisation's possessives would: no organisation. One
    mention that names an organisation ('at Zentoro', 'Zentoro's
    engineering ladder') beside them makes the name the organisation's."""
    ladder = "# Engineer I\n\nKnows {0}'s scheduler.\n\n# Engineer II\n\nExtends {0}'s API.\n"
    run = cli("import", str(write("tool.md", ladder.format("Kubernetes"))), "-o", str(tmp_path / "tool.yaml"),
              "--no-check")
    assert run.exit_code == 0 and "nothing in the documents says whose framework this is" in run.stderr
    for evidence in ("Engineers at Zentoro grow by level.", "This is Zentoro's engineering ladder."):
        data, run = imported(cli, write("own.md", f"{evidence}\n\n{ladder.format('Zentoro')}"))
        assert data["organisation"]["name"] == "Zentoro", run.stderr


@pytest.mark.parametrize("engineer_i, delivery", [
    # A head alone over the paragraph it heads.
    ("**Delivery.**\n\nYou ship small changes.\n\n**People.** You ask for help early.\n", ["You ship small changes."]),
    # A second paragraph under a head, with no head of its own.
    ("**Delivery.** You ship small changes.\n\nYou write tests.\n\n**People.** You ask for help early.\n",
     ["You ship small changes.", "You write tests."]),
    # A bold head with no stop, before a sentence.
    ("**Delivery** You ship small changes.\n\n**People** You ask for help early.\n", ["You ship small changes."]),
])
def test_run_in_heads_alone_or_over_two_paragraphs_name_the_competencies(cli, write, tmp_path, engineer_i, delivery):
    """Run-in heads written alone ('**Delivery.**' over its paragraph), over
    two paragraphs, or without a stop ('**Delivery** You ship'): each
    paragraph is its head's competency's, and the paragraph before the
    heads the level's summary, at that level as at the others."""
    page = write("ladder.md", f"# Ladder\n\n## Engineer I\n\nAn Engineer I learns the craft.\n\n{engineer_i}\n"
                              "## Engineer II\n\nAn Engineer II works alone.\n\n"
                              "**Delivery.** You ship features alone.\n\n**People.** You help your peers.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["summary"], lv["competencies"]) for lv in data["levels"]] == [
        ("An Engineer I learns the craft.", {"delivery": delivery, "people": ["You ask for help early."]}),
        ("An Engineer II works alone.", {"delivery": ["You ship features alone."], "people": ["You help your peers."]})]


def test_a_level_that_spans_codes_is_named_by_the_range_not_its_first_code(cli, write, tmp_path):
    """A matrix whose columns each span codes ('Junior (L1-L2)', 'Mid
    (L3-L4)', 'Staff+ (L7+)'): no one code is the level's, and the first
    would make L2, L4 and L6 look missing. The ids are the ranges written
    as ids, the titles the words beside them, as a single code's are."""
    page = write("matrix.md", "# Matrix\n\n| Competency | Junior (L1-L2) | Mid (L3-L4) | Senior (L5 – L6) | Staff+ (L7+) |\n"
                              "|---|---|---|---|---|\n| **Coding** | Basic syntax | Optimisation | Algorithm design "
                              "| Novel approaches |\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1-L2", "Junior"), ("L3-L4", "Mid"), ("L5-L6", "Senior"), ("L7-plus", "Staff+")]
    run = cli("check", str(tmp_path / "matrix-out.yaml"))
    assert "LL203" not in run.output


@pytest.mark.parametrize("years", ["(0-2 years)", "(5+ years of experience)", "[8 - 12 yrs]"])
def test_the_years_a_levels_title_gives_in_brackets_are_no_part_of_its_title(cli, write, tmp_path, years):
    """'### Level 1: Software Engineer (0-2 years)': the level is 'Software
    Engineer'; the years it asks are in its description, as any line that
    asks them is, not kept in its title."""
    page = write("ladder.md", f"# Ladder\n\n## Level 1: Software Engineer {years}\n\n- Ships small changes.\n\n"
                              "## Level 2: Senior Software Engineer\n\n- Leads projects.\n")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("L1", "Software Engineer"), ("L2", "Senior Software Engineer")]
    assert data["levels"][0]["description"] == years.strip("()[]")
    assert "ladder.md:3: not placed" not in run.stderr


def test_a_heading_over_the_competencies_that_names_their_levels_is_no_dimension(cli, write, tmp_path):
    """'## Target Level: Senior Engineer (L3-L4)' over competency sections,
    each with the levels in bold: it says which levels the page describes;
    reported, not a dimension named after it. A heading of a group of
    competencies ('## Craft') stays their dimension."""
    sections = "".join(f"### {name}\n\n**L3 (Intermediate):**\n- Does {name.lower()} alone\n\n"
                       f"**L4 (Advanced):**\n- Leads {name.lower()}\n\n" for name in ("Delivery", "Communication"))
    page = write("culture.md", f"# Standards\n\n## Target Level: Senior Engineer (L3-L4)\n\n{sections}")
    data, run = imported(cli, page, "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Competencies", ["Delivery", "Communication"])]
    assert "culture.md:3: not placed: heading over the competencies that names the levels they describe, not a " \
           "dimension: Target Level: Senior Engineer (L3-L4)" in run.stderr
    data, run = imported(cli, write("craft.md", f"# Standards\n\n## Craft\n\n{sections}"), "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Craft"]


def test_a_section_of_labels_new_at_a_level_beside_sections_of_labels_that_come_back_is_one_of_them(cli, write,
                                                                                                   tmp_path):
    """A page per level, each section a group of labelled bullets ('## Craft
    (C2)' over '- **Design**: ...'): a group that adds labels at a higher
    level ('## Behaviour (B1)' with 'Influence' beside 'Listening') is a
    group at that level too, as at the level below, not a competency
    named after it; its description is the group's."""
    write("site/junior.md", "# Junior Engineer\n\n## Craft (C1)\n\n* **Design**: Follows designs.\n"
                            "* **Testing**: Writes unit tests.\n\n## Behaviour (B0)\n\n* **Listening**: Listens well.\n")
    write("site/middle.md", "# Middle Engineer\n\n## Craft (C2)\n\n* **Design**: Designs small parts.\n"
                            "* **Testing**: Tests whole features.\n\n## Behaviour (B1)\n\n> Influences the team.\n\n"
                            "* **Listening**: Asks open questions.\n* **Influence**: Persuades with facts.\n"
                            "* **Growth**: Develops their skills.\n")
    data, run = imported(cli, tmp_path / "site", "--org", "Acme")
    assert [d["name"] for d in data["dimensions"]] == ["Craft", "Behaviour"]
    middle = data["levels"][1]
    assert middle["dimensions"] == {"behaviour": "Influences the team."}
    assert "behaviour-b1" not in middle["competencies"]


@pytest.mark.parametrize("title", ["Change history", "Revision history", "Changelog"])
def test_an_expand_macro_holding_the_pages_change_history_is_reported_not_a_competency(cli, write, title):
    """Confluence's storage format: an expand macro after the last level
    that folds away the page's change history is the page's record, as a
    'Last modified by' line is: reported, never a heading under the last
    competency (which would make that competency a dimension)."""
    def level(name: str, design: str, advocacy: str) -> str:
        return (f"<h1>{name}</h1><h2>Test design</h2><ul><li><p>{design}</p></li></ul>"
                f"<h2>Quality advocacy</h2><ul><li><p>{advocacy}</p></li></ul>")
    page = ('<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>\n'
            + level("QA Engineer I", "Writes test cases.", "Reports bugs clearly.") + "\n"
            + level("Senior QA Engineer", "Owns the test architecture.", "Sets quality goals.") + "\n"
            + '<ac:structured-macro ac:name="expand" ac:schema-version="1"><ac:parameter ac:name="title">'
            + title + '</ac:parameter><ac:rich-text-body><p>2024-05: added Senior QA Engineer.</p>'
            '</ac:rich-text-body></ac:structured-macro>\n</ac:layout-cell></ac:layout-section></ac:layout>\n')
    data, run = imported(cli, write("qa.html", page), "--org", "Acme")
    assert [c["id"] for d in data["dimensions"] for c in d["competencies"]] == ["test-design", "quality-advocacy"]
    assert [level["competencies"] for level in data["levels"]] == [
        {"test-design": ["Writes test cases."], "quality-advocacy": ["Reports bugs clearly."]},
        {"test-design": ["Owns the test architecture."], "quality-advocacy": ["Sets quality goals."]}]
    assert (f"not placed: the page's record of its changes, not part of the ladder: {title} "
            "2024-05: added Senior QA Engineer.") in run.stderr


#: A level's panel of statements under two competencies' headings, as Docusaurus renders a tab's content.
TAB_PANELS = [
    ("Data Engineer I", "Builds batch pipelines.", "Extends existing models."),
    ("Data Engineer II", "Designs streaming pipelines.", "Designs models for a domain."),
    ("Senior Data Engineer", "Sets pipeline standards.", "Owns the semantic layer."),
]


def tabs_page(tab: str, panel: str, tablist: str = "ul", element: str = "li") -> str:
    """A page of levels as ARIA tabs: ``tab`` and ``panel`` format each
    tab's and panel's attributes from its index; each tab an ``element``."""
    tabs = "".join(f'<{element} role="tab" {tab.format(n=n)}>{title}</{element}>\n'
                   for n, (title, _, _) in enumerate(TAB_PANELS))
    panels = "".join(f'<div role="tabpanel" {panel.format(n=n)}>\n<h3>Pipelines</h3>\n<ul><li>{pipelines}</li></ul>\n'
                     f'<h3>Data modelling</h3>\n<ul><li>{models}</li></ul>\n</div>\n'
                     for n, (_, pipelines, models) in enumerate(TAB_PANELS))
    return ('<!DOCTYPE html>\n<html><body>\n'
            '<h1>Data Engineering Career Ladder</h1>\n<p>What we expect from data engineers at each level.</p>\n'
            f'<{tablist} role="tablist">\n{tabs}</{tablist}>\n{panels}</body></html>\n')


@pytest.mark.parametrize("tab, panel, tablist, element", [
    ("", "", "ul", "li"),  # tabs and panels in the same order (Docusaurus)
    ('id="tab-{n}" aria-controls="panel-{n}"', 'id="panel-{n}" aria-labelledby="tab-{n}"', "div", "button"),
    ('href="#p{n}" aria-controls="p{n}"', 'id="p{n}"', "div", "a"),  # Bootstrap's links
])
def test_levels_laid_out_as_aria_tabs_are_named_by_their_tabs(cli, write, tab, panel, tablist, element):
    """Levels drawn as tabs (``role="tablist"`` over ``role="tabpanel"``):
    each tab's label names the level its panel holds, the panels matched to
    the tabs by aria-controls or aria-labelledby, else in order."""
    data, run = imported(cli, write("tabs.html", tabs_page(tab, panel, tablist, element)), "--org", "Orbital")
    assert [(level["title"], level["competencies"]) for level in data["levels"]] == [
        (title, {"pipelines": [pipelines], "data-modelling": [models]}) for title, pipelines, models in TAB_PANELS]
    assert data["description"] == "What we expect from data engineers at each level."
    assert "not placed:" not in run.stderr


def test_headings_that_repeat_under_no_level_say_so_when_refused(cli, write):
    """A page whose competencies' headings repeat with nothing to name each
    repeat's level is refused with a message that says they repeat."""
    page = tabs_page("", "").replace(' role="tablist"', "").replace(' role="tabpanel"', "")
    run = cli("import", str(write("tabs.html", page)), "-o", str(write("out.yaml", "").parent / "o.yaml"))
    assert run.exit_code == 2
    assert "the headings that repeat ('Pipelines', 'Data modelling') have no heading above each repeat to name " \
           "its level" in run.stderr
    assert "nor do they repeat" not in run.stderr


@pytest.mark.parametrize("meta", ["Last updated 14 March 2025 · 6 min read", "Updated 2025-03-14 · 6 min read",
                                  "Updated 2025-03-14", "Last updated 14 March 2025"])
@pytest.mark.parametrize("kind", ["html", "md"])
def test_a_line_of_when_the_page_was_updated_is_no_description(cli, write, meta, kind):
    """A page's line of when it was last updated and how long it reads is
    its byline, never the framework's description: the paragraph after it is."""
    intro = "This page describes what we expect from engineers at each level."
    levels = [("P1 – Associate Engineer", "Writes clear, tested code."), ("P2 – Engineer", "Designs features.")]
    if kind == "html":
        text = (f'<html><body><article>\n<h1>Engineering Levels</h1>\n<p class="meta">{meta}</p>\n<p>{intro}</p>\n'
                + "".join(f"<h2>{title}</h2>\n<h3>Craft</h3>\n<ul><li>{said}</li></ul>\n" for title, said in levels)
                + "</article></body></html>\n")
    else:
        text = f"# Engineering Levels\n\n{meta}\n\n{intro}\n\n" + "".join(
            f"## {title}\n\n### Craft\n\n- {said}\n\n" for title, said in levels)
    data, run = imported(cli, write(f"levels.{kind}", text), "--org", "Lumenworks")
    assert data["description"] == intro
    assert f"not placed: the page's byline (author, reading time, date), not part of the ladder: {meta}" in run.stderr


@pytest.mark.parametrize("instruction", ["Click a level to expand it.", "Select a level to see its expectations."])
def test_an_instruction_to_click_a_level_is_no_description(cli, write, instruction):
    """A line that tells the reader how to use the page ('Click a level to
    expand it.') is reported, never the framework's description."""
    page = (f"<html><body>\n<h1>Product Design Levels</h1>\n<p>{instruction}</p>\n"
            + "".join(f"<details>\n<summary>{title}</summary>\n<h4>Craft</h4>\n<ul><li>{said}</li></ul>\n</details>\n"
                      for title, said in (("Designer", "Produces mocks."), ("Senior Designer", "Adds components.")))
            + "</body></html>\n")
    data, run = imported(cli, write("design.html", page), "--org", "Acme")
    assert "description" not in data
    assert f"not placed: an instruction for using the page, not its description: {instruction}" in run.stderr
    assert [level["title"] for level in data["levels"]] == ["Designer", "Senior Designer"]


def _storage_level(code: str, summary: str, statement: str) -> str:
    return (f'<h2>{code}</h2>\n<ac:structured-macro ac:name="panel"><ac:parameter ac:name="bgColor">#DEEBFF'
            f"</ac:parameter><ac:rich-text-body><p>{summary}</p></ac:rich-text-body></ac:structured-macro>\n"
            f"<h3>Pipelines</h3>\n<ul><li>{statement}</li></ul>\n")


def test_confluence_storage_panels_tasks_mentions_and_dates(cli, write):
    """Confluence's storage format: a panel of one paragraph right under a
    level's heading is the level's summary; a task list of the page's
    editors is reported, never a statement; a user mention and a date read
    as the page shows them, not as nothing."""
    page = ('<p>This page is our data ladder. Owner: <ac:link><ri:user ri:account-id="5b10ac" /></ac:link>, '
            'last reviewed <time datetime="2025-01-14" />.</p>\n'
            + _storage_level("DE1 Data Engineer I", "Builds pipelines with guidance.", "Fixes failing jobs")
            + _storage_level("DE2 Data Engineer II", "Owns the team's pipelines.", "Designs pipelines")
            + '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>'
              '<ac:task-body>Add DE3 by Q3 <ac:link><ri:user ri:account-id="5b10ac" /></ac:link></ac:task-body>'
              '</ac:task></ac:task-list>')
    data, run = imported(cli, write("ladder.html", page), "--org", "Quokka")
    assert [level.get("summary") for level in data["levels"]] == ["Builds pipelines with guidance.",
                                                                  "Owns the team's pipelines."]
    assert data["description"] == "This page is our data ladder. Owner: @user, last reviewed 14 Jan 2025."
    assert all("Add DE3" not in str(level["competencies"]) for level in data["levels"])
    assert "not placed: the page's task list (its editors' to-dos), not part of the ladder: Add DE3 by Q3 @user" \
           in run.stderr


def _task(body: str) -> str:
    return (f"<ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
            f"<ac:task-body>{body}</ac:task-body></ac:task>")


def test_confluence_storage_tasks_under_a_competency_stay_statements_but_a_to_do(cli, write):
    """A task list under a competency's heading holds its statements (the
    boxes dropped), but a task in it for someone or by a date is the page's
    editors' to-do; a task list with no competency's heading over it (after
    the last level's table) is theirs too, reported, never a statement."""
    page = ("<h2>Engineer I</h2>\n<h3>Delivery</h3>\n<ac:task-list>" + _task("Ships small tasks")
            + _task('Ask <ac:link><ri:user ri:account-id="5b10ac" /></ac:link> to review this')
            + _task('Reword by <time datetime="2025-03-01" />') + "</ac:task-list>\n"
            "<h3>Craft</h3>\n<ul><li>Writes tests</li></ul>\n"
            "<h2>Engineer II</h2>\n<table><tr><th>Delivery</th><td>Ships projects</td></tr>"
            "<tr><th>Craft</th><td>Reviews designs</td></tr></table>\n"
            "<ac:task-list>" + _task("Add the Staff level") + "</ac:task-list>\n")
    data, run = imported(cli, write("ladder.html", page), "--org", "Quokka")
    assert by_name(data) == {"Engineer I": {"Delivery": ["Ships small tasks"], "Craft": ["Writes tests"]},
                             "Engineer II": {"Delivery": ["Ships projects"], "Craft": ["Reviews designs"]}}
    for task in ("Ask @user to review this", "Reword by 1 Mar 2025", "Add the Staff level"):
        assert f"not placed: the page's task list (its editors' to-dos), not part of the ladder: {task}" in run.stderr
