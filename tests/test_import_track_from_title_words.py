"""`ladderlint import`: the track is taken from a title's words only where
they name a role or a discipline ('Backend Engineering'); a word that says
what the document is ('Templates', 'Pillars') leaves the default track,
said in the report."""

from __future__ import annotations

import pytest

from import_helpers import imported

_TABLE = ("\n\n| Area | Junior | Senior |\n|---|---|---|\n| Coding | Writes tested code | Designs services |\n"
          "| Teamwork | Shares progress | Mentors others |\n")


@pytest.mark.parametrize("title", ["Competency Matrix Templates", "Competencies and Progression Pillars"])
def test_a_title_word_naming_no_role_is_no_track(cli, write, title):
    data, run = imported(cli, write("ladder.md", f"# {title}{_TABLE}"), "--org", "Acme", "--report", "-")
    assert data["track"] == "Engineering"
    assert "names no role or discipline" in run.output


@pytest.mark.parametrize("title, track", [("Backend Engineering Competency Matrix", "Backend Engineering"),
                                          ("Data Science Career Ladder", "Data Science"),
                                          ("SRE Ladder", "SRE")])
def test_a_title_naming_a_discipline_gives_the_track(cli, write, title, track):
    # Near-miss: words of a field or a role still give the track, as before.
    data, run = imported(cli, write("ladder.md", f"# {title}{_TABLE}"), "--org", "Acme", "--report", "-")
    assert data["track"] == track
    assert "names no role or discipline" not in run.output


_LEVELS = ("\n\n## Graduate QA/QE Engineer\n\n- Tests each change before it ships.\n\n"
           "## Senior QA/QE Engineer\n\n- Designs the test strategy of a team.\n\n"
           "## Principal Automation Engineer\n\n- Sets the automation approach across teams.\n")


@pytest.mark.parametrize("title, track", [("QA/QE Roles", "QA/QE"), ("QA Roles", "QA")])
def test_a_title_naming_a_family_of_roles_gives_the_track_over_the_levels_role(cli, write, title, track):
    """The levels' titles share only 'Engineer'; the title names the family,
    joined by a slash or not."""
    data, _ = imported(cli, write("roles.md", f"# {title}{_LEVELS}"), "--org", "Acme")
    assert data["track"] == track


def test_a_title_naming_no_field_leaves_the_levels_role(cli, write):
    """Near miss: 'Hiring Roles' names no family: the role the levels name is the track."""
    data, _ = imported(cli, write("roles.md", f"# Hiring Roles{_LEVELS}"), "--org", "Acme")
    assert data["track"] == "Engineer"
