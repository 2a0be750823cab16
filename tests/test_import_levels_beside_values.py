"""Tables of levels whose columns (or rows) of codes, pay bands and years
outnumber the one column (or row) of statements, the re-import of a page
that says its levels are cumulative, and the paragraph under a track's
heading over its tables: each test writes a short document of that shape."""

from __future__ import annotations

import pytest
import yaml

from import_helpers import cells, imported

LEVELS = [
    ("Engineer I", "IC1", "$90,000 - $110,000", "0-2",
     "Delivers well-scoped tasks with guidance from the team and asks for help early."),
    ("Engineer II", "IC2", "$110,000 - $140,000", "2-4",
     "Delivers features of the team's projects on their own and reviews code of peers."),
    ("Senior Engineer", "IC3", "$140,000 - $180,000", "4-7",
     "Leads projects across the team and mentors engineers on design and delivery."),
    ("Staff Engineer", "IC4", "$180,000 - $230,000", "7+",
     "Sets technical direction for several teams and resolves ambiguous problems."),
]
HEADER = ["Level", "Code", "Salary band", "Years of experience", "What we expect"]


def _pipe_table(columns: list[int]) -> str:
    rows = [[HEADER[i] for i in columns], ["---"] * len(columns)] + [[level[i] for i in columns] for level in LEVELS]
    return "# Acme Engineering Ladder\n\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def _html_table(columns: list[int]) -> str:
    head = "".join(f"<th>{HEADER[i]}</th>" for i in columns)
    body = "".join("<tr>" + "".join(f"<td>{level[i]}</td>" for i in columns) + "</tr>" for level in LEVELS)
    return (f"<html><body><h1>Acme Engineering Ladder</h1><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></body></html>")


def _statements(data) -> dict[str, list[str]]:
    return {level: [s for held in by.values() if isinstance(held, list) for s in held] for level, by in cells(data).items()}


def test_code_pay_and_years_columns_beside_the_statements(cli, write):
    for name, text in [("ladder.md", _pipe_table([0, 1, 2, 3, 4])), ("ladder.html", _html_table([0, 1, 2, 3, 4]))]:
        data, run = imported(cli, write(name, text), "--report", "-")
        assert [level["id"] for level in data["levels"]] == ["IC1", "IC2", "IC3", "IC4"]
        assert _statements(data) == {code: [said] for _, code, _, _, said in LEVELS}
        assert "column 'Code' gives the levels' codes, their ids" in run.output
        for level, (_, _, pay, years, _) in zip(data["levels"], LEVELS):
            assert f": {pay}\n" in run.output  # what is left out is said
            assert level["description"] == f"Years of experience: {years}"  # what is said of the level is kept
        # The column whose text went, under its name, to the descriptions is no heading with nothing under it;
        # the pay column's heading, whose figures are left out, is reported as the name over them.
        assert "heading with no statements under it: Years of experience" not in run.output
        assert "not placed: the name over figures (reported), not a competency: Salary band" in run.output


def test_pay_and_years_columns_without_codes(cli, write):
    data, run = imported(cli, write("ladder.md", _pipe_table([0, 2, 3, 4])))
    assert [level["title"] for level in data["levels"]] == [level[0] for level in LEVELS]
    assert list(_statements(data).values()) == [[said] for *_, said in LEVELS]
    assert "$90,000 - $110,000" in run.stderr


def test_rows_of_codes_pay_and_years_over_a_row_of_statements(cli, write):
    header = "| | " + " | ".join(level[0] for level in LEVELS) + " |\n|" + " --- |" * (len(LEVELS) + 1) + "\n"
    rows = "".join(f"| {HEADER[i]} | " + " | ".join(level[i] for level in LEVELS) + " |\n" for i in (1, 2, 3, 4))
    data, run = imported(cli, write("ladder.md", "# Acme Engineering Ladder\n\n" + header + rows))
    assert [level["id"] for level in data["levels"]] == ["IC1", "IC2", "IC3", "IC4"]
    assert _statements(data) == {code: [said] for _, code, _, _, said in LEVELS}
    assert "$180,000 - $230,000" in run.stderr  # pay is left out, and said
    assert [level["description"] for level in data["levels"]] == [f"Years of experience: {level[3]}" for level in LEVELS]


def test_a_table_of_codes_and_figures_alone_is_still_refused(cli, write):
    # Near miss: no column holds statements, so there is no ladder to import.
    path = write("pay.md", _pipe_table([0, 1, 2, 3]))
    run = cli("import", str(path), "-o", str(path.with_suffix(".yaml")), "--no-check")
    assert run.exit_code == 2
    assert not path.with_suffix(".yaml").exists()


def test_a_column_of_short_titles_is_not_read_as_codes(cli, write):
    # Near miss: a column of the levels' titles beside codes keeps the codes as ids, the titles as titles.
    text = "# Acme\n\n| Level | Title | What we expect |\n| --- | --- | --- |\n" + "".join(
        f"| {code} | {title} | {said} |\n" for title, code, _, _, said in LEVELS)
    data, _ = imported(cli, write("ladder.md", text))
    assert [(level["id"], level["title"]) for level in data["levels"]] == [(code, title) for title, code, *_ in LEVELS]


CUMULATIVE = """# Acme Engineering Ladder

## IC1 Engineer

### Delivery

- Delivers well-scoped tasks with guidance from the team.

## IC2 Engineer

Each level includes what the levels below it expect: what IC1 Engineer asks for still holds here.

### Delivery

- Delivers features of the team's projects on their own.
"""


def test_the_cumulative_sentence_is_reported_once(cli, write):
    data, run = imported(cli, write("ladder.md", CUMULATIVE))
    assert data["cumulative"] is True
    said = [line for line in run.stderr.splitlines() if "what IC1 Engineer asks for still holds here" in line]
    assert len(said) == 1 and "`cumulative: true`" in said[0]


TRACK_TABLES = """# Widgetco Engineering Levels

## Backend track

Backend engineers build and run the services and data stores behind our products.

| Competency | IC1 | IC2 | IC3 |
| --- | --- | --- | --- |
| Delivery | Delivers well-scoped tasks with guidance. | Delivers features on their own. | Leads projects across the team. |
| Craft | Writes tests for the code they change. | Reviews code of peers with care. | Sets standards for the team's code. |

## Frontend track

Frontend engineers build the web and mobile interfaces our customers use.

| Competency | IC1 | IC2 | IC3 |
| --- | --- | --- | --- |
| Delivery | Builds components from designs with guidance. | Owns features of the interface end to end. | Leads interface projects across teams. |
| Craft | Writes accessible markup. | Reviews code of peers with care. | Sets standards for the interface code. |
"""


def test_split_tracks_the_paragraph_under_a_tracks_heading_describes_its_tables(cli, write, tmp_path):
    path = write("tracks.md", TRACK_TABLES)
    out = tmp_path / "out"
    run = cli("import", str(path), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    described = {yaml.safe_load(f.read_text())["track"]: yaml.safe_load(f.read_text()).get("description")
                 for f in sorted(out.glob("*.yaml"))}
    assert sorted(described.values()) == [
        "Backend engineers build and run the services and data stores behind our products.",
        "Frontend engineers build the web and mobile interfaces our customers use."]
    assert not [line for line in run.stderr.splitlines() if "not placed" in line and "engineers build" in line]


SECTION_TRACKS = """# Widgetco Engineering Levels

## Backend track

Backend engineers build and run the services and data stores behind our products.

### IC1 Engineer

- Delivers well-scoped tasks with guidance from the team.

### IC2 Engineer

- Delivers features of the team's projects on their own.

## Frontend track

Frontend engineers build the web and mobile interfaces our customers use.

### IC1 Engineer

- Builds components from designs with guidance from the team.

### IC2 Engineer

- Owns features of the interface end to end.
"""
INTRO = "This page sets out what we expect of engineers at Widgetco at each level."


@pytest.mark.parametrize("page", [SECTION_TRACKS, TRACK_TABLES], ids=["sections", "tables"])
@pytest.mark.parametrize("introduced", [False, True])
def test_split_tracks_each_track_is_described_by_the_page_and_its_heading(cli, write, tmp_path, page, introduced):
    text = page.replace("\n\n## Backend", f"\n\n{INTRO}\n\n## Backend", 1) if introduced else page
    out = tmp_path / "out"
    run = cli("import", str(write("tracks.md", text)), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    described = sorted(yaml.safe_load(f.read_text()).get("description") for f in out.glob("*.yaml"))
    prefix = f"{INTRO}\n\n" if introduced else ""
    assert described == [prefix + "Backend engineers build and run the services and data stores behind our products.",
                         prefix + "Frontend engineers build the web and mobile interfaces our customers use."]
    assert "not placed: text before" not in run.stderr and "outside the tables" not in run.stderr


def _site(write, overviews: list[str]):
    write("site/ic1.md", "# IC1 Engineer\n\n## Delivery\n\n- Ships small changes with guidance.\n")
    write("site/ic2.md", "# IC2 Engineer\n\n## Delivery\n\n- Leads projects across the team.\n")
    for n, intro in enumerate(overviews):
        write(f"site/overview{n}.md", f"# Globex Engineering Ladder\n\n{intro}\n\nHow to read it: find your level, "
                                      "then read the level above.\n")


def test_an_overview_the_framework_takes_reports_the_rest_of_its_text(cli, write, tmp_path):
    _site(write, ["How engineers grow at Globex."])
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Globex", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert yaml.safe_load(out.read_text())["description"] == "How engineers grow at Globex."
    assert "overview0.md:3: layout: the overview's first paragraph describes the framework" in run.stderr
    # Its other paragraph is in no YAML: said, and counted.
    assert ("overview0.md:5: not placed: in the overview, not part of the framework: How to read it: find your "
            "level, then read the level above.") in run.stderr
    assert "1 piece of text not placed" in run.stderr


def test_overviews_the_framework_does_not_take_are_reported_left_out(cli, write, tmp_path):
    _site(write, ["How engineers grow at Globex.", "What Globex expects of engineers."])
    out = tmp_path / "out.yaml"
    run = cli("import", str(tmp_path / "site"), "--org", "Globex", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    said = [line for line in run.stderr.splitlines() if "an overview of the framework" in line]
    assert len(said) == 2 and all("not placed:" in line and "not imported" in line for line in said)


def test_a_paragraph_that_says_more_than_the_levels_are_cumulative_is_still_reported_left_out(cli, write):
    # Near miss: the note goes on after its cumulative sentence, so it is reported as text left out, too.
    note = "Levels are cumulative. Ask your manager about the next level."
    page = CUMULATIVE.replace("Each level includes what the levels below it expect: what IC1 Engineer asks for "
                              "still holds here.\n\n", "").replace("## IC1 Engineer", f"> {note}\n\n## IC1 Engineer", 1)
    data, run = imported(cli, write("ladder.md", page))
    assert data["cumulative"] is True
    said = [line for line in run.stderr.splitlines() if note in line]
    assert len(said) == 2 and any("layout:" in line for line in said) and any("not placed" in line for line in said)
    # The same note without its second sentence is said once, where it went.
    data, run = imported(cli, write("once.md", page.replace(" Ask your manager about the next level.", "")))
    assert data["cumulative"] is True and run.stderr.count("Levels are cumulative.") == 1


@pytest.mark.parametrize("page", [SECTION_TRACKS, TRACK_TABLES], ids=["sections", "tables"])
def test_split_tracks_names_each_track_alike_whether_its_levels_are_sections_or_tables(cli, write, tmp_path, page):
    # '## Backend track' names the track 'Backend', whichever layout the levels under it have.
    out = tmp_path / "out"
    run = cli("import", str(write("tracks.md", page)), "--split-tracks", "-o", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert sorted(yaml.safe_load(f.read_text())["track"] for f in out.glob("*.yaml")) == ["Backend", "Frontend"]
