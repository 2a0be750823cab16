"""--level-heading hN takes the hN headings as the levels; those among them
that are clearly no level (they name no level, and name competencies or
come again, as 'Delivery' under each level does) are not, where others
name levels, and are reported; where none names a level, the report says
so and where the levels' names are."""

from __future__ import annotations

from import_helpers import imported

MIXED = """\
# Acme ladder

### Junior Engineer

- Ships small tasks with help
- Writes tests for their code

### Technical Skills

- Writes code others can read

### Senior Engineer

- Leads projects across teams
- Mentors other engineers
"""

ONE_TOO_DEEP = """\
# Acme ladder

## Junior Engineer

### Delivery

- Ships small tasks with help

### Craft

- Writes tests for their code

## Senior Engineer

### Delivery

- Leads projects across teams

### Craft

- Designs the test strategy of a service
"""


def test_a_heading_of_competencies_at_the_levels_depth_is_no_level(cli, write):
    data, run = imported(cli, write("ladder.md", MIXED), "--org", "Acme", "--level-heading", "h3")
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Senior Engineer"]
    assert "name no level and read as competencies (Technical Skills): not levels" in run.stderr
    assert "in section 'Technical Skills', which is not a level: Writes code others can read" in run.stderr


def test_headings_that_come_again_under_each_level_say_the_option_names_the_wrong_depth(cli, write):
    _, run = imported(cli, write("ladder.md", ONE_TOO_DEEP), "--org", "Acme", "--level-heading", "h3")
    assert "--level-heading h3: no h3 heading names a level" in run.stderr
    assert "the h2 headings over them name levels (Junior Engineer, Senior Engineer): is it --level-heading h2?" \
        in run.stderr
    data, run = imported(cli, write("ladder.md", ONE_TOO_DEEP), "--org", "Acme", "--level-heading", "h2")
    assert [level["title"] for level in data["levels"]] == ["Junior Engineer", "Senior Engineer"]
    assert "no h2 heading names a level" not in run.stderr


def test_levels_the_vocabulary_does_not_know_are_levels_as_the_option_says(cli, write):
    """Near-miss: names the import does not know ('Explorer', 'Builder') are
    what the option is for; they come once each and name no competencies."""
    text = MIXED.replace("Junior Engineer", "Explorer").replace("Senior Engineer", "Builder") \
        .replace("Technical Skills", "Voyager")
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--level-heading", "h3")
    assert [level["title"] for level in data["levels"]] == ["Explorer", "Voyager", "Builder"]
    assert "read as competencies" not in run.stderr


def test_levels_under_each_competency_come_again_by_design(cli, write):
    """Near-miss: levels under each competency's heading (--competency-heading
    h2) come again under each, known names or not."""
    text = "# Acme ladder\n\n" + "".join(
        f"## {competency}\n\n" + "".join(f"### {level}\n\n- {competency} statement at {level}.\n\n"
                                          for level in ("Junior", "Explorer", "Senior"))
        for competency in ("Testing", "Security"))
    data, run = imported(cli, write("ladder.md", text), "--org", "Acme", "--level-heading", "h3",
                         "--competency-heading", "h2")
    assert [level["title"] for level in data["levels"]] == ["Junior", "Explorer", "Senior"]
    assert "read as competencies" not in run.stderr


COMPETENCY_BETWEEN_LEVELS = """\
# Acme ladder

## Engineer I

- Writes tested code.

## {name}

- Ships on time.

## Engineer II

- Leads a project.
"""


def test_a_competency_named_once_at_the_levels_depth_is_no_level(cli, write):
    """'Delivery' (or 'Communication & Collaboration') between levels, once: a competency's name, no level."""
    for name in ("Delivery", "Communication & Collaboration", "Technical Leadership"):
        data, run = imported(cli, write("ladder.md", COMPETENCY_BETWEEN_LEVELS.format(name=name)),
                             "--org", "Acme", "--level-heading", "h2")
        assert [level["title"] for level in data["levels"]] == ["Engineer I", "Engineer II"], name
        assert f"read as competencies ({name}): not levels" in run.stderr
        assert f"in section '{name}', which is not a level: Ships on time." in run.stderr


def test_a_level_of_a_name_no_ladder_gives_a_competency_stays_a_level(cli, write):
    """'Trailblazer' between levels names no level the import knows, nor a competency: as asked, a level."""
    data, _ = imported(cli, write("ladder.md", COMPETENCY_BETWEEN_LEVELS.format(name="Trailblazer")),
                       "--org", "Acme", "--level-heading", "h2")
    assert [level["title"] for level in data["levels"]] == ["Engineer I", "Trailblazer", "Engineer II"]
