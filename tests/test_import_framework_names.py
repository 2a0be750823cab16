"""`ladderlint import`: what names the framework, its organisation and its
track, from the titles people give their documents."""

from __future__ import annotations

import pytest

from import_helpers import imported

_TABLE = """<table><tbody>
<tr><th>Level</th><th>People</th><th>Delivery</th></tr>
<tr><th>EM1</th><td><p>Manages a team of up to 7 engineers.</p></td><td><p>Owns the team's delivery.</p></td></tr>
<tr><th>EM2</th><td><p>Manages managers.</p></td><td><p>Owns delivery across several teams.</p></td></tr>
</tbody></table>"""


@pytest.mark.parametrize("title, heading, name, track", [
    ("Engineering Management Levels - Ravenwood - Confluence", "Overview", "Engineering Management Levels",
     "Engineering Management"),
    ("Engineering Management Levels | Notion", "Introduction", "Engineering Management Levels",
     "Engineering Management"),
    ("Engineering Management Levels - Google Docs", "About", "Engineering Management Levels",
     "Engineering Management"),
    ("Engineering Management Levels - Ravenwood - Confluence", "Background", "Engineering Management Levels",
     "Engineering Management"),
])
def test_a_heading_over_a_part_of_the_page_yields_to_the_page_title(cli, write, title, heading, name, track):
    page = (f"<html><head><title>{title}</title></head><body>\n<h2>{heading}</h2>\n"
            f"<p>Managers at Ravenwood are assessed on two areas.</p>\n{_TABLE}\n</body></html>\n")
    data, run = imported(cli, write("levels.html", page))
    # Where nothing names the organisation, its placeholder goes before the name.
    assert data["name"].removeprefix("⟨organisation⟩ ") == name
    assert data["track"] == track
    assert data["description"] == "Managers at Ravenwood are assessed on two areas."
    assert "named after its first heading" not in run.stderr


def test_a_heading_that_names_the_framework_still_names_it(cli, write):
    page = ("<html><head><title>Levels - Ravenwood - Confluence</title></head><body>\n"
            f"<h2>Engineering Management Levels</h2>\n{_TABLE}\n</body></html>\n")
    data, run = imported(cli, write("levels.html", page))
    assert data["name"] == "Engineering Management Levels"
    assert "page title, not used (the framework is named after its first heading, 'Engineering Management " \
        "Levels'): Levels - Ravenwood - Confluence" in run.stderr


_LEVELS = """
## L1 - Engineer

### Testing
- Writes test cases

## L2 - Senior Engineer

### Testing
- Designs test plans
"""


@pytest.mark.parametrize("title, organisation", [
    ("Harbor Labs QA Career Path", "Harbor Labs"),
    ("Saltmarsh Labs Engineering Career Framework", "Saltmarsh Labs"),
    ("Northwind Technologies Engineering Ladder", "Northwind Technologies"),
    ("Globex Inc Product Design Career Path", "Globex Inc"),
    ("Saltmarsh Analytics — Engineering Career Framework", "Saltmarsh Analytics"),
    ("Dropbox Engineering Career Framework", "Dropbox"),
])
def test_the_organisation_is_every_word_before_the_field(cli, write, title, organisation):
    data, _ = imported(cli, write("ladder.md", f"# {title}\n{_LEVELS}"))
    assert data["organisation"]["name"] == organisation
    assert data["name"] == title


@pytest.mark.parametrize("title, organisation", [
    ("Ashgrove Engineering Expectations", "Ashgrove"),
    ("🚀 Marlow & Finch Engineering Competencies", "Marlow & Finch"),
    ("Willowby Engineering Grades", "Willowby"),
    ("Tarn Data Platform Engineering Rubric", "Tarn"),
    ("Osprey Engineering Career Paths", "Osprey"),
    ("Ashgrove Engineering Levelling Guide", "Ashgrove"),
    ("Quokka Engineering Ladders", "Quokka"),  # a page of several ladders (tracks), as 'Ladder' names one
    ("Quokka Career Ladders", "Quokka"),
])
def test_a_title_that_names_its_organisation_gets_no_placeholder(cli, write, title, organisation):
    data, run = imported(cli, write("ladder.md", f"# {title}\n{_LEVELS}"))
    assert data["organisation"]["name"] == organisation
    assert data["name"] == title.removeprefix("🚀 ")
    assert "nothing in the documents says whose framework this is" not in run.stderr


@pytest.mark.parametrize("title, organisation", [
    ("Technical Writer Mindee Career Ladder", "Mindee"),
    ("Customer Success Manager Zentoro Levels", "Zentoro"),
    ("Senior Data Analyst Quorvia Engineering Competencies", "Quorvia"),
    ("Developer Relations Acme Career Ladder", "Acme"),  # a name the dictionary holds only as a rarity
    # No name between the role and the ending: words of English, a rung, a tool after a field alone.
    ("Technical Writer Promotion Career Ladder", None),
    ("Software Engineer Salary Levels", None),
    ("Software Engineer II Career Path", None),
    ("Backend Golang Career Path", None),
])
def test_the_organisation_named_between_the_role_and_the_ending(cli, write, title, organisation):
    """'Technical Writer Mindee Career Ladder' is Mindee's, as 'Mindee
    Career Ladder' and 'Career Ladder at Mindee' are."""
    data, run = imported(cli, write("ladder.md", f"# {title}\n{_LEVELS}"))
    assert data["organisation"]["name"] == (organisation or "⟨organisation⟩")
    assert data["name"].removeprefix("⟨organisation⟩ ") == title
    assert ("nothing in the documents says whose framework this is" in run.stderr) == (organisation is None)


@pytest.mark.parametrize("title, track", [
    ("Willowby Engineering Grades", "Engineering"),
    ("Tarn Data Platform Engineering Rubric", "Data Platform Engineering"),
    ("Frontend Guild Expectations", "Frontend Guild"),
])
def test_the_words_that_say_a_title_is_a_framework_name_no_track(cli, write, title, track):
    levels = "\n## Junior\n\n### Testing\n- Writes test cases\n\n## Senior\n\n### Testing\n- Designs test plans\n"
    data, _ = imported(cli, write("ladder.md", f"# {title}\n{levels}"))
    assert data["track"] == track


_SPREADSHEET_LEVELS = "\n| Level | Delivery |\n| - | - |\n| Level 1 | Ships small tasks. |\n| Level 2 | Ships projects. |\n"


@pytest.mark.parametrize("title, organisation", [
    ("Rent the Runway Engineering Ladder", "Rent the Runway"),
    ("Rent The Runway Engineering Ladder", "Rent The Runway"),
    ("Bank of Springfield Engineering Ladder", "Bank of Springfield"),
    ("Marks and Spencer Engineering Ladder", "Marks and Spencer"),
    ("Marks and Spencer Data Engineering Career Framework", "Marks and Spencer"),
])
def test_small_words_that_join_a_name_are_the_organisations(cli, write, title, organisation):
    """'Rent the Runway', 'Bank of Springfield': a small word inside a name
    is part of it, as an ampersand is ('Marlow & Finch')."""
    data, run = imported(cli, write("ladder.md", f"# {title}\n{_SPREADSHEET_LEVELS}"))
    assert data["organisation"]["name"] == organisation
    assert data["track"] == ("Data Engineering" if "Data" in title else "Engineering")
    assert "nothing in the documents says whose framework this is" not in run.stderr


@pytest.mark.parametrize("title, track", [
    ("Acme Engineering and Product Career Framework", "Engineering and Product"),
    ("Acme Platform and Data Career Ladder", "Platform and Data"),
    ("Acme Data and ML Career Ladder", "Data and ML"),
    ("Acme Sales and Marketing Career Ladder", "Sales and Marketing"),
    ("Acme Mobile and Web Career Framework", "Mobile and Web"),
    ("Acme Engineering & Product Career Framework", "Engineering & Product"),
])
def test_a_small_word_beside_a_field_joins_the_fields_not_a_name(cli, write, title, track):
    """'Engineering and Product' is the track's, not part of Acme's name."""
    data, run = imported(cli, write("ladder.md", f"# {title}\n{_SPREADSHEET_LEVELS}"))
    assert data["organisation"]["name"] == "Acme"
    assert data["track"] == track
    assert data["name"] == title


def test_a_track_taken_from_the_name_keeps_the_words_that_join_it(cli, write):
    """Where the organisation is given apart from the title, the track the
    title implies keeps 'the' of 'Rent the Runway'."""
    data, _ = imported(cli, write("ladder.md", f"# Rent the Runway Engineering Ladder\n{_SPREADSHEET_LEVELS}"),
                       "--org", "RTR")
    assert data["track"] == "Rent the Runway Engineering"


@pytest.mark.parametrize("key", ["org", "organisation", "organization", "company", "Company"])
def test_front_matter_names_the_organisation(cli, write, key):
    """'org: Globex Corporation' in a page's front matter says whose the
    framework is, as 'title:' and 'track:' say its name and track: before
    the name a title gives, and no key left unread."""
    page = (f"---\ntitle: Globex Data Engineering Ladder\n{key}: Globex Corporation\ntrack: Data Engineering\n---\n"
            f"\n# Globex Data Engineering Ladder\n{_LEVELS}")
    data, run = imported(cli, write("ladder.md", page))
    assert (data["organisation"]["name"], data["track"]) == ("Globex Corporation", "Data Engineering")
    assert "front matter key that is not part of the framework" not in run.stderr


_LEVELS = "".join(f"## {level}\n\n### Delivery\n\n- {said}\n\n" for level, said in [
    ("Security Engineer", "Fixes the findings of a review."), ("Senior Security Engineer", "Leads threat models.")])


@pytest.mark.parametrize("title, version", [("Security Engineering Ladder (v2.1)", "2.1.0"),
                                            ("Security Engineering Ladder v3", "3.0.0"),
                                            ("Security Engineering Ladder [Version 2.0.1]", "2.0.1")])
def test_a_version_in_the_title_is_the_frameworks_version_not_its_name(cli, write, title, version):
    data, run = imported(cli, write("ladder.md", f"# {title}\n\n{_LEVELS}"), "--org", "Acme")
    assert (data["name"], data["version"]) == ("Security Engineering Ladder", version)
    assert f"the title gives the framework's version (set it with --version): {version}" in run.stderr
    given, _ = imported(cli, write("given.md", f"# {title}\n\n{_LEVELS}"), "--org", "Acme", "--version", "4.0.0")
    assert (given["name"], given["version"]) == ("Security Engineering Ladder", "4.0.0")


def test_a_wiki_page_is_named_by_the_subject_its_first_sentence_sets_in_bold(cli, write):
    """A wiki page's first sentence names what it is about in bold; its
    first heading is a level's role, which names no framework."""
    page = ("'''Platform Engineering Ladder''' describes the expectations for engineers.\n\n"
            "== Platform Engineer ==\n* Writes Terraform modules.\n\n"
            "== Senior Platform Engineer ==\n* Designs reusable modules.\n")
    data, _ = imported(cli, write("ladder.wiki", page), "--org", "Acme")
    assert data["name"] == "Platform Engineering Ladder"


_RECORDS = ["Possum Networks · Internal · Last reviewed 12/02/2025", "Confidential | Owner: Platform team | Version 2.1",
            "Internal use only · Updated 3 March 2025"]


@pytest.mark.parametrize("record", _RECORDS)
def test_a_record_line_at_the_top_is_never_the_description(cli, write, record):
    """A document's record line (its classification, review date, owner,
    parted by middle dots or bars), as a policy template's header has it, is
    reported, never the framework's description."""
    data, run = imported(cli, write("ladder.md", f"# Security Engineering Ladder\n\n{record}\n\n{_LEVELS}"),
                         "--org", "Acme")
    assert "description" not in data
    assert "record line (classification, review date, owner), not its description" in run.stderr


def test_a_record_line_under_a_word_documents_title_is_never_the_description(cli, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Security Engineering Ladder", 0)
    document.add_paragraph(_RECORDS[0])
    for level, said in [("Security Engineer", "Fixes the findings."), ("Senior Security Engineer", "Leads models.")]:
        document.add_heading(level, 1)
        document.add_heading("Delivery", 2)
        document.add_paragraph(said, style="List Bullet")
    document.save(tmp_path / "ladder.docx")
    data, run = imported(cli, tmp_path / "ladder.docx", "--org", "Acme")
    assert "description" not in data


def test_a_sentence_with_a_middle_dot_stays_the_description(cli, write):
    said = "Public · our ladder for every engineer at Acme, reviewed each year."
    data, _ = imported(cli, write("ladder.md", f"# Security Engineering Ladder\n\n{said}\n\n{_LEVELS}"), "--org", "Acme")
    assert data["description"] == said


@pytest.mark.parametrize("line, version", [("Version 3.0 – Approved by the Leadership Team, January 2025", "3.0.0"),
                                           ("v2.1 | Draft", "2.1.0"), ("**Version 4 - March 2025**", "4.0.0")])
def test_a_version_line_under_the_title_gives_the_frameworks_version(cli, write, tmp_path, line, version):
    """'Version 3.0 – Approved by ...' under the title gives the framework's
    version, as a title's '(v3.0)' does: reported, never the description."""
    data, run = imported(cli, write("ladder.md", f"# Security Engineering Ladder\n\n{line}\n\n{_LEVELS}"), "--org", "Acme")
    assert data["version"] == version and "description" not in data
    assert f"ladder.md:3: review: the document's record line gives the framework's version (set it with --version): " \
           f"{version}" in run.stderr
    given, _ = imported(cli, write("given.md", f"# Security Engineering Ladder\n\n{line}\n\n{_LEVELS}"), "--org", "Acme",
                        "--version", "5.0.0")
    assert given["version"] == "5.0.0"


@pytest.mark.parametrize("record, version", [("Confidential | Owner: Platform team | v 2.1", "2.1.0"),
                                             ("Internal · ver. 2.1", "2.1.0"), ("Ver 2.1 | Confidential", "2.1.0"),
                                             ("Internal | Version 3.0", "3.0.0"),
                                             ("Version 3.0 – Approved by the Leadership Team", "3.0.0"),
                                             ("ver. 2.1 – Draft", "2.1.0")])
def test_every_way_a_record_line_writes_the_version_gives_it(cli, write, record, version):
    """A version the record line holds, however written ('v 2.1', 'ver.
    2.1', 'Ver 2.1'), is the framework's version, never set aside unread."""
    data, run = imported(cli, write("ladder.md", f"# Security Engineering Ladder\n\n{record}\n\n{_LEVELS}"),
                         "--org", "Acme")
    assert data["version"] == version and "description" not in data
    assert f"gives the framework's version (set it with --version): {version}" in run.stderr


@pytest.mark.parametrize("title, name, version", [
    ("Security Engineering Ladder (ver. 2.1)", "Security Engineering Ladder", "2.1.0"),
    ("Security Engineering Ladder v 2.1", "Security Engineering Ladder", "2.1.0"),
    ("Storage Engineering Ladder KV2", "Storage Engineering Ladder KV2", "1.0.0")])
def test_a_titles_version_is_read_as_a_record_lines_is(cli, write, title, name, version):
    """A title's version is written as a record line's ('(ver. 2.1)'); a
    name that ends in a v and a number ('KV2') is no version."""
    data, _ = imported(cli, write("ladder.md", f"# {title}\n\n{_LEVELS}"), "--org", "Acme")
    assert (data["name"], data["version"]) == (name, version)


def test_a_version_line_under_a_word_documents_title_gives_the_frameworks_version(cli, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Security Engineering Ladder")
    document.add_paragraph("Version 3.0 – Approved by the Leadership Team, January 2025")
    for level, said in [("Security Engineer", "Fixes the findings."), ("Senior Security Engineer", "Leads models.")]:
        document.add_heading(level, 1)
        document.add_heading("Delivery", 2)
        document.add_paragraph(said, style="List Bullet")
    document.save(tmp_path / "ladder.docx")
    data, _ = imported(cli, tmp_path / "ladder.docx", "--org", "Acme")
    assert data["version"] == "3.0.0"


@pytest.mark.parametrize("heading", ["How to use this framework", "About this framework", "Introduction", "Overview"])
def test_an_introduction_that_says_what_the_framework_is_describes_it(cli, write, heading):
    """With no paragraph under the title, the first paragraph of a section
    before the levels that introduces the framework describes it, when it
    says what the framework is; an instruction for using it describes nothing."""
    said = "This framework sets out what we expect of engineers at each level."
    page = f"# Security Engineering Ladder\n\n## {heading}\n\n{said}\n\nLevels are cumulative.\n\n{_LEVELS}"
    data, run = imported(cli, write("ladder.md", page), "--org", "Acme")
    assert data["description"] == said
    assert f"ladder.md:5: review: nothing before section '{heading}' describes the framework" in run.stderr
    # The section's other paragraph is the framework's `cumulative: true`, said once, where it went.
    assert "layout: the document says each level includes those below it, so the framework says `cumulative: " \
           "true`: Levels are cumulative." in run.stderr and run.stderr.count("Levels are cumulative.") == 1
    told = page.replace(said, "Read the level you are at and the one above it.")
    data, _ = imported(cli, write("told.md", told), "--org", "Acme")
    assert "description" not in data
    first = page.replace("## ", "Our ladder for every security engineer.\n\n## ", 1)
    data, _ = imported(cli, write("first.md", first), "--org", "Acme")
    assert data["description"] == "Our ladder for every security engineer."


_LEVELS_AFTER = ("\n\n## Engineer I\n\n### Delivery\n\n- Ships small tasks\n\n"
                 "## Engineer II\n\n### Delivery\n\n- Ships features\n")


@pytest.mark.parametrize("description, organisation", [
    ("This ladder describes how engineers grow at Dingo Software.", "Dingo Software"),
    ("Our SRE ladder at Pelican Cloud. Levels are cumulative.", "Pelican Cloud"),
    # Where the people learn, whom they sell to, or where the ladder comes from: no one's own.
    ("This ladder describes how our engineers take courses at Coursera.", "\u27e8organisation\u27e9"),
    ("Our team builds payroll software for customers at Qantas.", "\u27e8organisation\u27e9"),
])
def test_the_organisation_the_description_says_its_people_work_at(cli, write, description, organisation):
    """Where nothing else names it, the organisation the framework's own
    description says its people work at is the framework's, with a notice;
    `check` then no longer asks whether that name is the organisation's."""
    path = write("ladder.md", "# Engineering Ladder\n\n" + description + _LEVELS_AFTER)
    data, run = imported(cli, path)
    assert data["organisation"]["name"] == organisation
    if organisation != "\u27e8organisation\u27e9":
        assert f"the organisation is '{organisation}', from the framework's description" in run.stderr
        checked = cli("check", str(path.parent / f"{path.stem}-out.yaml"), "--format", "concise")
        assert "LL302" not in checked.output + checked.stderr
