"""How `ladderlint import` reads lines of plain text and Markdown whose
structure is only in their indentation, their markers and their words:
labels indented under a level, lettered grades, lists written without
bullets, footnotes after the last level."""

from __future__ import annotations

from typing import Any

import pytest

from ladderlint.loader import load_document
from ladderlint.vocabulary import LevelName, ladder_order


def imported(cli, write, name: str, content: str, *args: str) -> tuple[dict[str, Any], Any]:
    path = write(name, content)
    out = path.parent / "out.yaml"
    run = cli("import", str(path), *args, "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return load_document(str(out), out.read_bytes()).data, run


INDENTED_LABELS = """\
ACME ENGINEERING GRADES

Level 1 - Graduate Engineer

  Technical:
    * Learns the codebase and tooling
    * Fixes small bugs

  Teamwork:
    * Participates in ceremonies

Level 2 - Engineer

  Technical:
    * Builds features independently
      and reviews changes
  Teamwork:
    * Helps graduates get unblocked
"""


def test_a_label_indented_under_a_level_names_a_competency_after_a_bullet(cli, write):
    data, run = imported(cli, write, "grades.txt", INDENTED_LABELS, "--org", "Acme")
    assert [c["name"] for d in data["dimensions"] for c in d["competencies"]] == ["Technical", "Teamwork"]
    first, second = data["levels"]
    assert first["competencies"] == {
        "technical": ["Learns the codebase and tooling", "Fixes small bugs"],
        "teamwork": ["Participates in ceremonies"],
    }
    # A line indented as the bullet's text is wraps it; a label less indented, right under it, does not.
    assert second["competencies"] == {
        "technical": ["Builds features independently and reviews changes"],
        "teamwork": ["Helps graduates get unblocked"],
    }
    assert "0 pieces of text not placed" in run.stderr


def test_a_level_page_label_indented_after_a_blank_line_names_a_competency(cli, write):
    page = ("Acme Engineering\nIC2 Backend Engineer\nI deliver features with some guidance\n\n"
            "Delivery\n  • I ship my work on time\n\n  Quality\n  • I test what I ship\n")
    data, _ = imported(cli, write, "ic2.txt", page, "--org", "Acme")
    assert data["levels"][0]["competencies"] == {
        "delivery": ["I ship my work on time"], "quality": ["I test what I ship"]}


LETTERED_GRADES = """\
WILLOWBY ENGINEERING GRADES
===========================

Grade A - Graduate Engineer

Technical:
* Fixes small bugs

Grade B - Engineer

Technical:
* Builds features independently

Grade C - Senior Engineer

Technical:
* Leads technical design for a team
"""


def test_lettered_grades_are_levels_as_numbered_ones_are(cli, write):
    data, run = imported(cli, write, "grades.txt", LETTERED_GRADES, "--org", "Willowby")
    assert [(lv["id"], lv["title"]) for lv in data["levels"]] == [
        ("GA", "Graduate Engineer"), ("GB", "Engineer"), ("GC", "Senior Engineer")]
    assert [d["id"] for d in data["dimensions"]] == ["competencies"]
    assert data["name"] == "Willowby Engineering Grades"
    # The '===' under the title underlines it: no text of its own.
    assert "0 pieces of text not placed" in run.stderr and "====" not in run.stderr


def test_lettered_grades_are_ordered_as_their_letters_say():
    # One vocabulary for the importer's order and LL201's: "Grade B" is a rung, after "Grade A".
    titles = ["Grade C", "Grade B - Engineer", "Grade A - Engineer"]
    assert [titles[i] for i in ladder_order([LevelName.read(t) for t in titles])] == [
        "Grade A - Engineer", "Grade B - Engineer", "Grade C"]


def _statements(data: dict[str, Any]) -> list[list[str]]:
    return [said for level in data["levels"] for said in level["competencies"].values()]


def test_lines_opened_by_an_emoji_are_bullets(cli, write):
    page = ("# Q Ladder\n\n## Junior Engineer\n\n### Craft\n✅ Writes code with guidance\n"
            "✅ Prioritises tasks with their lead\n\n## Senior Engineer\n\n### Craft\n✅ Designs systems\n\n"
            "### Impact\n→ Leads projects\n→ Sets standards\n→ Mentors engineers\n")
    data, _ = imported(cli, write, "ladder.md", page, "--org", "Q")
    assert _statements(data) == [
        ["Writes code with guidance", "Prioritises tasks with their lead"],
        ["Designs systems"],
        ["Leads projects", "Sets standards", "Mentors engineers"],
    ]


def test_two_capitalised_lines_are_two_statements_but_a_wrapped_name_is_one(cli, write):
    page = ("# Q Ladder\n\n## Junior Engineer\n\n### Craft\nDesigns systems\nLeads projects\n\n"
            "### Impact\nWorks with the\nPlatform team\n\n## Senior Engineer\n\n### Craft\n"
            "Partners with Google Cloud\nPlatform engineers\n\n### Impact\nSets standards.\nMentors engineers.\n")
    data, _ = imported(cli, write, "ladder.md", page, "--org", "Q")
    assert _statements(data) == [
        ["Designs systems", "Leads projects"],
        ["Works with the Platform team"],
        ["Partners with Google Cloud Platform engineers"],
        ["Sets standards. Mentors engineers."],  # two sentences: a paragraph of prose
    ]


FOOTNOTED = """\
# K Ladder

## Engineer I

### Reliability
- Joins the on-call rotation[1]
- Reads the [guide][2] and [runbooks](runbooks.md)

## Engineer II

### Reliability
- Leads incidents [1]

---
[1] On-call is paid according to the on-call policy.

[1]: Said twice, the second time as a definition.
[2]: https://example.com/guide
"""


def test_a_numbered_footnote_the_text_cites_is_no_statement(cli, write):
    data, run = imported(cli, write, "ladder.md", FOOTNOTED, "--org", "K")
    assert _statements(data) == [
        ["Joins the on-call rotation", "Reads the guide (https://example.com/guide) and runbooks"],
        ["Leads incidents"],
    ]
    assert "not placed: a footnote: [1] On-call is paid according to the on-call policy." in run.stderr
    assert "not placed: a footnote: [1]: Said twice" in run.stderr


def test_a_numbered_line_no_sentence_cites_stays_a_statement(cli, write):
    page = "# K Ladder\n\n## Engineer I\n\n### Reliability\n[1] Joins on-call\n\n## Engineer II\n\n### Reliability\n- Leads\n"
    data, _ = imported(cli, write, "ladder.md", page, "--org", "K")
    assert _statements(data)[0] == ["[1] Joins on-call"]


def test_a_number_in_brackets_in_code_is_the_codes_own(cli, write):
    page = ("# K Ladder\n\n## Engineer I\n\n### Delivery\n- Is on call during business hours[1]\n"
            "- Parses `argv[1]` and `sys.argv[2]` safely in scripts\n- Knows that `items[1]` is the second element\n\n"
            "```\nvalues = data[1]\n[1] not a footnote in code\n```\n\n## Engineer II\n\n### Delivery\n- Leads\n\n"
            "[1] On-call is paid.\n")
    data, run = imported(cli, write, "ladder.md", page, "--org", "K")
    assert _statements(data)[0] == [
        "Is on call during business hours",
        "Parses `argv[1]` and `sys.argv[2]` safely in scripts",
        "Knows that `items[1]` is the second element",
    ]
    assert "code block: values = data[1]" in run.stderr
    assert "not placed: a footnote: [1] On-call is paid." in run.stderr


def test_a_footnote_mark_in_a_code_block_is_the_codes_own(cli, write):
    # '[^1]' in a fenced block is code (a regular expression's class), not a mark of the footnote '[^1]'.
    page = ("# K Ladder\n\n## Engineer I\n\n### Delivery\n- Is on call during business hours[^1]\n\n"
            "```\nre.sub(r'[^1]', '', text)\n```\n\n## Engineer II\n\n### Delivery\n- Leads\n\n"
            "[^1]: On-call is paid.\n")
    data, run = imported(cli, write, "ladder.md", page, "--org", "K")
    assert _statements(data)[0] == ["Is on call during business hours"]
    assert "re.sub(r'[^1]', '', text)" in run.stderr


def test_a_number_cited_only_in_code_makes_no_footnote(cli, write):
    page = ("# K Ladder\n\n## Engineer I\n\n### Delivery\n- Reads `argv[1]` safely\n\n```\nvalues = data[2]\n```\n\n"
            "## Engineer II\n\n### Delivery\n- Leads projects\n\n[1] Writes runbooks\n\n[2] Reviews code\n")
    data, _ = imported(cli, write, "ladder.md", page, "--org", "K")
    assert _statements(data)[1] == ["Leads projects", "[1] Writes runbooks", "[2] Reviews code"]


def test_a_sentence_wrapped_before_a_name_is_one_statement(cli, write):
    # Two lines are two statements only where the second opens one as the first does.
    page = ("# Q Ladder\n\n## Junior Engineer\n\n### Craft\nShips small features using\nKubernetes and Terraform\n\n"
            "### Impact\nWorks across teams including\nProduct and Design\n\n## Senior Engineer\n\n### Craft\n"
            "Leads projects across\nPlatform and Data teams\n\n### Impact\nMentors junior engineers\n"
            "Reviews code for peers\n")
    data, _ = imported(cli, write, "ladder.md", page, "--org", "Q")
    assert _statements(data) == [
        ["Ships small features using Kubernetes and Terraform"],
        ["Works across teams including Product and Design"],
        ["Leads projects across Platform and Data teams"],
        ["Mentors junior engineers", "Reviews code for peers"],
    ]


def test_two_lines_opening_alike_are_two_statements(cli, write):
    page = ("# Q Ladder\n\n## Junior Engineer\n\n### Craft\nDesign systems\nLead projects\n\n"
            "### Impact\nI write code\nI review changes\n\n## Senior Engineer\n\n### Craft\n"
            "Standardises practices across the team\nAnalyses trade-offs and records decisions\n\n"
            "### Impact\nLead projects across\nPlatform and Data teams\n")
    data, _ = imported(cli, write, "ladder.md", page, "--org", "Q")
    assert _statements(data) == [
        ["Design systems", "Lead projects"],
        ["I write code", "I review changes"],
        ["Standardises practices across the team", "Analyses trade-offs and records decisions"],
        ["Lead projects across Platform and Data teams"],
    ]


SUPERSCRIPT_FOOTNOTES = """\
# K Competencies

What we expect at each level.¹ A guide, not a checklist.

## Junior engineer

### Technical
- Uses version control
- Writes tests for the area of 10 m²

## Senior engineer

### Technical
- Recognises the organisation's security concerns²
- Writes `x²` in code

---

¹ See the progression guide.
² Including GDPR.
³ Reviewed yearly.
"""


def test_superscript_footnotes_after_a_rule_are_reported_not_joined_to_the_last_competency(cli, write):
    data, run = imported(cli, write, "ladder.md", SUPERSCRIPT_FOOTNOTES, "--org", "K", "--report", "-")
    assert _statements(data) == [
        ["Uses version control", "Writes tests for the area of 10 m²"],
        ["Recognises the organisation's security concerns", "Writes `x²` in code"],
    ]
    assert data["description"] == "What we expect at each level. A guide, not a checklist."
    for footnote in ("¹ See the progression guide.", "² Including GDPR.", "³ Reviewed yearly."):
        assert f"not placed: a footnote: {footnote}" in run.output


WORD_PLAIN_TEXT = """\
Acme Engineering Ladder

Engineer I

Technical skills
\u2022\tFixes bugs with tests.
\u2022\tLearns the release process.

Engineer II

Technical skills
\u2022\tDesigns services used by several teams.
o{gap}e.g. the payments gateway
o{gap}e.g. the audit log service
\u2022\tReviews designs for security.
"""


@pytest.mark.parametrize("gap", ["\t", " "])
def test_word_plain_text_sub_bullets_are_the_examples_of_the_bullet_above(cli, write, gap):
    """Word's "Plain Text" export marks a list's second level 'o' and its
    third '§' (then a tab), at the margin as its first level's '•': nested
    items, here the examples of the statement above them; no tab is kept."""
    data, run = imported(cli, write, "ladder.txt", WORD_PLAIN_TEXT.format(gap=gap), "--org", "Acme")
    senior = next(level for level in data["levels"] if level["id"] == "engineer-ii")
    said = senior["competencies"]["technical-skills"]
    assert said[0]["text"] == "Designs services used by several teams."
    assert said == [{"text": "Designs services used by several teams.",
                     "examples": ["the payments gateway", "the audit log service"]}, "Reviews designs for security."]


def test_word_plain_text_third_level_loses_its_mark(cli, write):
    """'§' then a tab under an 'o' item: an item one deeper, its mark gone."""
    page = WORD_PLAIN_TEXT.format(gap="\t").replace("o\te.g. the audit log service\n",
                                                     "o\te.g. the audit log service\n\u00a7\tits ledger\n")
    data, _ = imported(cli, write, "ladder.txt", page, "--org", "Acme")
    assert "\t" not in str(data) and "\u00a7" not in str(data) and "its ledger" in str(data)


def test_word_plain_text_sub_bullets_on_a_level_page_are_statements_without_their_marks(cli, write):
    page = ("Acme Engineering Ladder\nIC2 Engineer II\n\nTechnical skills\n\u2022\tDesigns services.\n"
            "o\tPays attention to the payments gateway.\n\u2022\tReviews designs.\n")
    data, run = imported(cli, write, "ic2.txt", page, "--org", "Acme")
    assert data["levels"][0]["competencies"] == {"technical-skills": [
        "Designs services.", "Pays attention to the payments gateway.", "Reviews designs."]}


#: pdftotext's plain output of a two-page PDF: each page's footer, a form feed between the pages,
#: words the typesetter broke with a hyphen at a line's end.
PDF_TEXT = """\
Acme Engineering Career Framework

Engineer I
Delivery
\u2022 Ships small changes with guid-
ance.
\u2022 Applies well-
known patterns.

Acme Inc. - Confidential
Page 1 of 2
\fEngineer II
Delivery
\u2022 Delivers features end to end.

Acme Inc. - Confidential
Page 2 of 2
\f"""


def test_a_pdfs_running_footer_is_page_chrome_and_its_broken_words_are_whole(cli, write):
    """The footer pdftotext keeps at each page's end ('Acme Inc. -
    Confidential' over 'Page 1 of 2') is reported as page chrome, never a
    statement of the level above it; a word broken at a line's end ('guid-',
    then 'ance.') is the word again, a compound ('well-', 'known') keeps its hyphen."""
    data, run = imported(cli, write, "ladder.txt", PDF_TEXT, "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships small changes with guidance.", "Applies well-known patterns."]},
        {"delivery": ["Delivers features end to end."]}]
    for line, text in ((10, "Acme Inc. - Confidential"), (11, "Page 1 of 2"), (16, "Acme Inc. - Confidential"),
                       (17, "Page 2 of 2")):
        assert f"ladder.txt:{line}: not placed: page chrome: a page's number, or a header or footer repeated on " \
               f"each page, not part of the ladder: {text}\n" in run.stderr


def test_a_header_repeated_at_the_top_of_each_page_is_page_chrome(cli, write):
    """Pages parted by form feeds alone, each opening with the same
    header: the header's copies are page chrome, the first the document's
    title, which names the framework; a level page (one level) too."""
    text = ("Acme Engineering Framework - Internal\n\nIC3 Engineer\nOwns features.\n\nDelivery\n"
            "\u2022 Ships small changes.\n\f"
            "Acme Engineering Framework - Internal\n\n\u2022 Writes tests.\n")
    data, run = imported(cli, write, "ic3.txt", text, "--org", "Acme")
    assert data["levels"][0]["competencies"] == {"delivery": ["Ships small changes.", "Writes tests."]}
    assert "ic3.txt:8: not placed: page chrome: a page's number, or a header or footer repeated on each page, not " \
           "part of the ladder: Acme Engineering Framework - Internal\n" in run.stderr
    assert data["name"] == "Acme Engineering Framework - Internal" and "ic3.txt:1:" not in run.stderr


def test_a_level_named_atop_each_page_is_no_running_header(cli, write):
    """Pages that each open with their level ('Level 2', then 'Level 3':
    alike but for the number) are the levels, not a header repeated."""
    text = ("Acme Engineering Career Framework\n\nLevel 1\n\nDelivery\n\u2022 Ships small changes.\n\n"
            "\fLevel 2\n\nDelivery\n\u2022 Delivers features end to end.\n\n"
            "\fLevel 3\n\nDelivery\n\u2022 Leads projects.\n\f")
    data, run = imported(cli, write, "ladder.txt", text, "--org", "Acme")
    assert [lv["competencies"] for lv in data["levels"]] == [
        {"delivery": ["Ships small changes."]}, {"delivery": ["Delivers features end to end."]},
        {"delivery": ["Leads projects."]}]
    assert "page chrome" not in run.stderr


#: pdftotext -layout's text of a PDF's table: the levels as columns of spaces, each cell wrapped
#: on the lines below in its column, the header again atop the second page.
PDF_LAYOUT = """\
                      Acme Engineering Career Framework

  Competency        Engineer I                  Engineer II                 Senior Engineer

  Delivery          Ships small changes with    Delivers features end to    Leads projects of several
                    guidance.                   end with little guidance.   engineers to completion.

  Code quality      Writes tests for the code   Refactors code they touch   Sets code quality standards
                    they change.                to keep it maintainable.    for the team.


  Acme Inc. - Confidential                                                            Page 1 of 2
\f
  Competency        Engineer I                  Engineer II                 Senior Engineer

  Collaboration     Asks for help when          Reviews teammates' code     Mentors other engineers.
                    blocked.                    thoroughly and kindly.


  Acme Inc. - Confidential                                                            Page 2 of 2
\f"""


def test_a_pdfs_table_laid_out_in_columns_of_spaces_is_a_table(cli, write):
    """A header line whose fields name the levels gives the columns by
    where they start; each row's wrapped lines keep them, and are one
    cell's text; the header again atop a page and the footers are not rows."""
    data, run = imported(cli, write, "ladder.txt", PDF_LAYOUT, "--org", "Acme")
    assert data["name"] == "Acme Engineering Career Framework"
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II", "Senior Engineer"]
    assert data["levels"][1]["competencies"] == {
        "delivery": ["Delivers features end to end with little guidance."],
        "code-quality": ["Refactors code they touch to keep it maintainable."],
        "collaboration": ["Reviews teammates' code thoroughly and kindly."]}
    assert "ladder.txt:12: not placed: page chrome: a page's number, or a header or footer repeated on each page, " \
           "not part of the ladder: Acme Inc. - Confidential Page 1 of 2\n" in run.stderr
    assert "Competency" not in str(data["levels"]) and "Page" not in str(data["levels"])


def test_columns_of_spaces_that_cannot_be_read_say_so(cli, write):
    """Where a line of such a table runs a word across a column's start,
    the message says text laid out in columns cannot be read, and how to
    convert the PDF instead."""
    broken = PDF_LAYOUT.replace("Ships small changes with    ", "Ships small changes with cross")
    path = write("ladder.txt", broken)
    run = cli("import", str(path), "-o", str(path.parent / "out.yaml"), "--no-check")
    assert run.exit_code == 2
    assert "text laid out in columns of spaces (as `pdftotext -layout` writes a table)" in run.stderr
    assert "export the table to CSV, or run pdftotext without -layout" in run.stderr
    assert "level page export" not in run.stderr and "Traceback" not in run.stderr


def test_the_layout_line_quotes_the_lines_that_name_levels(cli, write):
    """Paragraphs that open with a level's code and title are the levels;
    the report quotes the document's lines, not an example of the form."""
    text = ("# Ladder\n\nLevel 1 — Engineer I\nLearns the stack.\n\n- Ships small changes\n\n"
            "Level 2 — Engineer II\nOwns features.\n\n- Ships features\n")
    data, run = imported(cli, write, "ladder.md", text, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Engineer I", "Engineer II"]
    assert "ladder.md:3: layout: level-per-section: 2 lines name levels (Level 1 — Engineer I, Level 2 — " \
           "Engineer II), each opening its level's section\n" in run.stderr
    assert "'L2 — Engineer'" not in run.stderr
