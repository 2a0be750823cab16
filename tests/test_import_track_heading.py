"""The heading right above a ladder's levels that names a discipline
('## Product Design' under '# Building Design Careers') is the track; a
section's heading there ('## Career Levels') is not. And a template whose
statements are all Latin filler is said to be one, once."""

from __future__ import annotations

from pathlib import Path

from import_helpers import imported

_LADDER = """# Building Design Careers

Job descriptions and paths for growth.

## Using this document

Read the level you are at.

## {over}

### Designer I

#### Craft

- {first}

### Senior Designer

#### Craft

- {second}

### Design Director

#### Craft

- {third}
"""

_WORDS = {"first": "I design screens that match our patterns.",
          "second": "I design whole flows and review others' work.",
          "third": "I set the direction of the design team."}


def _report(run_dir: Path, cli, path: Path) -> str:
    out = run_dir / "report.txt"
    run = cli("import", str(path), "--org", "Acme", "-o", str(run_dir / "out.yaml"), "--report", str(out), "--no-check")
    assert run.exit_code == 0, run.stderr
    return out.read_text(encoding="utf-8")


def test_the_heading_over_the_levels_that_names_a_discipline_is_the_track(cli, write):
    data, _ = imported(cli, write("careers.md", _LADDER.format(over="Product Design", **_WORDS)), "--org", "Acme")
    assert data["track"] == "Product Design"
    assert data["name"] == "Building Design Careers"
    assert [level["title"] for level in data["levels"]] == ["Designer I", "Senior Designer", "Design Director"]


def test_a_section_heading_over_the_levels_names_no_track(cli, write):
    data, _ = imported(cli, write("careers.md", _LADDER.format(over="Career Levels", **_WORDS)), "--org", "Acme")
    assert data["track"] != "Career Levels"
    assert [level["title"] for level in data["levels"]] == ["Designer I", "Senior Designer", "Design Director"]


def test_a_template_of_latin_filler_is_said_to_be_one(cli, write, tmp_path):
    filler = {"first": "Cras mattis consectetur purus sit amet fermentum.",
              "second": "Donec ullamcorper nulla non metus auctor fringilla.",
              "third": "Maecenas faucibus mollis interdum, vestibulum at eros."}
    report = _report(tmp_path, cli, write("careers.md", _LADDER.format(over="Product Design", **filler)))
    assert report.count("template with filler text") == 1
    assert "every statement (3) is Latin filler" in report


def test_a_ladder_with_a_line_of_filler_is_not_a_template(cli, write, tmp_path):
    words = dict(_WORDS, third="Maecenas faucibus mollis interdum, vestibulum at eros.")
    report = _report(tmp_path, cli, write("careers.md", _LADDER.format(over="Product Design", **words)))
    assert "template" not in report


def test_a_track_chosen_with_the_option_is_the_one_the_report_says(cli, write, tmp_path):
    path = write("careers.md", _LADDER.format(over="Product Design", **_WORDS))
    out = tmp_path / "report.txt"
    data, _ = imported(cli, path, "--org", "Acme", "--track", "Brand Design", "--report", str(out))
    report = out.read_text(encoding="utf-8")
    assert data["track"] == "Brand Design"
    assert "the track is 'Product Design'" not in report
    assert "not placed: heading above the levels, not a level itself; the track is 'Brand Design': Product Design" \
        in report


def test_a_departments_heading_over_levels_of_another_role_names_no_track(cli, write):
    page = _LADDER.format(over="Engineering", **_WORDS)
    data, run = imported(cli, write("careers.md", page), "--org", "Acme")
    assert data["track"] != "Engineering"  # the levels are designers'
    assert "heading above the levels, not a level itself: Engineering" in run.stderr
    # A heading of the levels' field stays their track.
    data, _ = imported(cli, write("careers.md", _LADDER.format(over="Design", **_WORDS)), "--org", "Acme")
    assert data["track"] == "Design"


def test_a_heading_that_names_the_role_in_the_plural_gives_it_as_the_titles_do(cli, write):
    data, _ = imported(cli, write("careers.md", _LADDER.format(over="Product Designers", **_WORDS)), "--org", "Acme")
    assert data["track"] == "Product Designer"
