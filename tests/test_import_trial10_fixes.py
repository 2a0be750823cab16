"""Import of published frameworks the tenth trial read: table captions, a
skills matrix in the framework's own scale words, superscripts, a role word
taken for the organisation, a hint for a notes column, an unsupported file."""

from __future__ import annotations

from import_helpers import cells, imported

_ROW = "<tr><td>{name}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"


def _table(caption: str, *rows: tuple[str, str, str, str]) -> str:
    head = f"<caption>{caption}</caption>" if caption else ""
    body = "".join(_ROW.format(name=n, a=a, b=b, c=c) for n, a, b, c in rows)
    return (f"<table>{head}<tr><th>Competency</th><th>Junior Engineer</th><th>Engineer</th>"
            f"<th>Senior Engineer</th></tr>{body}</table>")


def test_each_table_caption_names_its_dimension(cli, write):
    """Three tables, each captioned with what it holds: a dimension each,
    as headings over the tables would give; no caption's words lost."""
    page = write("matrix.html", "<html><body><h1>Engineering Ladder</h1>" + _table(
        "Computer Science", ("Algorithms", "Knows sorting.", "Knows graphs.", "Designs new algorithms."))
        + _table("Software Engineering", ("Testing", "Writes unit tests.", "Writes integration tests.",
                                          "Designs the test strategy."))
        + "</body></html>")
    data, _ = imported(cli, page, "--org", "Acme")
    assert [(d["name"], [c["name"] for c in d["competencies"]]) for d in data["dimensions"]] == [
        ("Computer Science", ["Algorithms"]), ("Software Engineering", ["Testing"])]


def test_tables_without_captions_keep_one_dimension(cli, write):
    """The near miss: the same tables with no caption are one dimension, as before."""
    page = write("matrix.html", "<html><body><h1>Engineering Ladder</h1>" + _table(
        "", ("Algorithms", "Knows sorting.", "Knows graphs.", "Designs new algorithms."))
        + _table("", ("Testing", "Writes unit tests.", "Writes integration tests.", "Designs the test strategy."))
        + "</body></html>")
    data, _ = imported(cli, page, "--org", "Acme")
    assert len(data["dimensions"]) == 1
    assert sorted(c["name"] for c in data["dimensions"][0]["competencies"]) == ["Algorithms", "Testing"]


_OWN_SCALE = """Skill,Associate,Engineer 1,Engineer 2,Lead Engineer,Architect
Agile Practices,Developing,Supporting,Applying,Leading,Leading
Programming,Developing,Supporting,Applying,Leading,Applying
Architecture,,Developing,Supporting,Applying,Shaping
Communication,Developing,Developing,Supporting,Leading,Shaping
"""


def test_a_grid_of_the_frameworks_own_scale_words_is_a_skills_matrix(cli, write):
    """Cells that are one of a few words, said again and again and rising
    along each row, are the proficiencies of the framework's own scale, in
    the order the rows rise through them (a row that goes down, a real
    decrease, does not change it); every column is a level."""
    data, run = imported(cli, write("grid.csv", _OWN_SCALE), "--org", "Acme")
    assert data["proficiency_scale"] == ["developing", "supporting", "applying", "leading", "shaping"]
    assert [lv["title"] for lv in data["levels"]] == ["Associate", "Engineer 1", "Engineer 2", "Lead Engineer",
                                                      "Architect"]
    grid = cells(data)
    assert grid["architect"]["programming"] == {"proficiency": "applying"}
    assert grid["associate"]["agile-practices"] == {"proficiency": "developing"}
    assert "Developing < Supporting < Applying < Leading < Shaping" in run.stderr


def test_a_grid_of_few_words_in_no_order_is_reported_not_guessed(cli, write):
    """The near miss: the same few words in no order the rows agree on are
    no scale to guess; they stay statements, and the report says why."""
    text = ("Skill,Level 1,Level 2,Level 3,Level 4\nTesting,Alpha,Beta,Gamma,Alpha\n"
            "Design,Gamma,Beta,Alpha,Beta\nOps,Beta,Alpha,Gamma,Gamma\nCoding,Alpha,Gamma,Beta,Alpha\n")
    data, run = imported(cli, write("grid.csv", text), "--org", "Acme")
    assert "proficiency_scale" not in data
    assert cells(data)[data["levels"][0]["id"]]["testing"] == ["Alpha"]
    assert "the rows do not rise through them in one order" in run.stderr
    assert "Alpha, Beta, Gamma" in run.stderr


def test_a_grid_of_sentences_is_no_scale(cli, write):
    """The near miss: short statements repeated along a row are statements."""
    text = ("Skill,Junior,Mid,Senior\nTesting,Writes unit tests.,Writes unit tests.,Owns the test plan.\n"
            "Design,Follows designs.,Designs features.,Designs systems.\n")
    data, run = imported(cli, write("grid.csv", text), "--org", "Acme")
    assert "proficiency_scale" not in data
    assert cells(data)["senior"]["testing"] == ["Owns the test plan."]


def test_superscripts_and_subscripts_keep_their_meaning(cli, write):
    """'2<sup>n</sup>' is 2ⁿ, not the number 2n; a script Unicode has no
    character for keeps a mark ('^')."""
    page = write("m.html", "<html><body><h1>Engineering Ladder</h1><table><tr><th>Skill</th>"
                           "<th>2<sup>n</sup> (level 0)</th><th>n<sup>2</sup> (level 1)</th>"
                           "<th>log(n) (level 2)</th></tr><tr><td>Data</td><td>Uses arrays.</td>"
                           "<td>Uses x<sub>1</sub> trees.</td><td>Uses 10<sup>-3k</sup> heaps.</td></tr>"
                           "</table></body></html>")
    data, _ = imported(cli, page, "--org", "Acme", "--layout", "levels-as-columns")
    assert [lv["title"] for lv in data["levels"]] == ["2ⁿ (level 0)", "n² (level 1)", "log(n) (level 2)"]
    grid = cells(data)
    assert grid[data["levels"][1]["id"]]["data"] == ["Uses x₁ trees."]
    assert grid[data["levels"][2]["id"]]["data"] == ["Uses 10^(-3k) heaps."]


def test_a_role_word_starting_the_title_is_no_organisation(cli, write):
    """'Programmer Competency Matrix' is for programmers; the title names no
    one's: the placeholder, and the report says nothing names one."""
    page = write("m.md", "# Programmer Competency Matrix\n\n## Junior\n\n* Fixes small bugs.\n\n"
                         "## Senior\n\n* Leads projects.\n")
    data, run = imported(cli, page)
    assert data["organisation"]["name"] == "⟨organisation⟩"
    assert "nothing in the documents says whose framework this is" in run.stderr


def test_an_organisation_starting_the_title_is_still_found(cli, write):
    """The near miss: 'Globex Competency Matrix' names Globex's."""
    page = write("m.md", "# Globex Engineering Competency Matrix\n\n## Junior\n\n* Fixes small bugs.\n\n"
                         "## Senior\n\n* Leads projects.\n")
    data, _ = imported(cli, page)
    assert data["organisation"]["name"] == "Globex"


_WITH_COLUMN = ("Competency,Junior Engineer,Senior Engineer,{column}\n"
                "Testing,Writes unit tests.,Owns the test plan.,Something said about the row.\n"
                "Design,Follows designs.,Designs systems.,More said about the row.\n")


def test_a_comments_column_gets_no_hint_to_read_it_as_a_level(cli, write):
    """'Comments', 'Remarks': notes on the row, never a level; the cells are
    reported, with no hint to import them as one."""
    for column in ("Comments", "Remarks"):
        _, run = imported(cli, write(f"{column}.csv", _WITH_COLUMN.format(column=column)), "--org", "Acme")
        assert "--layout levels-as-columns" not in run.stderr
        assert f"in column '{column}', which names no level" in run.stderr


def test_a_column_of_unknown_name_still_gets_the_hint(cli, write):
    """The near miss: a column whose name may be a level's ('Trailblazer')."""
    text = ("Competency,Junior Engineer,Senior Engineer,Trailblazer\n"
            "Testing,Writes unit tests.,Owns the test plan.,Yes\nDesign,Follows designs.,Designs systems.,No\n")
    _, run = imported(cli, write("t.csv", text), "--org", "Acme")
    assert "if they are levels too, import with --layout levels-as-columns" in run.stderr


def test_a_file_of_an_unsupported_kind_says_so(cli, write):
    """'job-data.js' is no format the import reads: the refusal says so, and
    which it reads, not only why plain text failed."""
    path = write("job-data.js", "export const jobTitles = [\n  'Software Engineer 1',\n];\n")
    run = cli("import", str(path), "-o", str(path.parent / "out.yaml"))
    assert run.exit_code == 2
    assert "'.js' is not a format `ladderlint import` reads" in run.stderr
    assert "Markdown, HTML" in run.stderr


def test_a_text_file_keeps_the_plain_text_refusal(cli, write):
    """The near miss: a '.txt' file is plain text, a format the import reads."""
    path = write("notes.txt", "export const jobTitles = [\n  'Software Engineer 1',\n];\n")
    run = cli("import", str(path), "-o", str(path.parent / "out.yaml"))
    assert run.exit_code == 2
    assert "is not a format" not in run.stderr
    assert "plain text is read as" in run.stderr


def test_the_organisation_where_the_text_says_its_people_work(cli, write):
    """'Chez Acme, nous utilisons ...' (French), '... des développeurs chez
    Globex ?', 'Bei Initech arbeiten wir ...': the name after 'at' in a
    sentence about 'we' or the ladder's people, said once, and the report
    says where it came from."""
    levels = "\n\n## Développeur junior\n\n* Corrige des bugs.\n\n## Développeur senior\n\n* Mène des projets.\n"
    for text, name in (
            ("# Titres\n\nChez [Acme-Labs.coop](https://acme.example), nous utilisons ces critères.", "Acme-Labs.coop"),
            ("# Comment sont formalisés les niveaux des développeurs chez Globex ?", "Globex"),
            ("# Stufen\n\nBei Initech arbeiten wir mit diesen Stufen.", "Initech")):
        data, run = imported(cli, write("levels.md", text + levels))
        assert data["organisation"]["name"] == name, text
        assert f"the text, which says its people work at '{name}'" in run.stderr


def test_at_a_place_to_learn_or_a_level_is_no_organisation(cli, write):
    """The near misses: 'engineers at Level 3', courses at a school, a name
    in a sentence about no one's work are no organisation's."""
    levels = "\n\n## Junior Engineer\n\n* Fixes bugs.\n\n## Senior Engineer\n\n* Leads projects.\n"
    for text in ("# Ladder\n\nEngineers at Level 3 lead projects.",
                 "# Ladder\n\nWe recommend courses at Coursera.",
                 "# Ladder\n\nThe conference at Berlin was fun."):
        data, _ = imported(cli, write("levels.md", text + levels))
        assert data["organisation"]["name"] == "⟨organisation⟩", text


def test_a_question_or_a_heading_of_no_field_is_no_track(cli, write):
    """'Comment sont formalisés les niveaux ... ?', 'Titres de développeurs':
    the track is the role every level's title names."""
    levels = "\n\n## Développeur junior\n\n* Corrige des bugs.\n\n## Lead développeur\n\n* Mène des projets.\n"
    for title in ("Comment sont formalisés les niveaux des développeurs ?", "Titres de développeurs"):
        data, _ = imported(cli, write("levels.md", f"# {title}{levels}"), "--org", "Acme")
        assert data["track"] == "Développeur", title


def test_a_heading_naming_a_field_keeps_its_track(cli, write):
    """The near miss: a heading that names a field ('Data Engineering')
    is the track, whatever role the levels' titles name."""
    page = write("levels.md", "# Data Engineering\n\n## Développeur junior\n\n* Corrige des bugs.\n\n"
                              "## Lead développeur\n\n* Mène des projets.\n")
    data, _ = imported(cli, page, "--org", "Acme")
    assert data["track"] == "Data Engineering"
