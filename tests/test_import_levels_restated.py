"""A ladder whose levels stand on their own says again, at each level, what
the level below asks, reworded or in fuller form (the UK government's DDaT
skills: 'champion accessibility to internal stakeholders' at Practitioner,
'... to internal and external stakeholders' at Expert). The import reads
it so and writes `cumulative: false`, saying why in its report, so that
`check` does not advise removing every restatement. A ladder whose levels
add to those below (a statement now and then growing from 'with guidance'
to 'on my own', most saying something new) is left to the default."""

from __future__ import annotations

from pathlib import Path

from import_helpers import imported

DDAT = Path(__file__).parent / "fixtures" / "ddat" / "skills-excerpt.md"


def _ladder(levels: dict[str, dict[str, list[str]]]) -> str:
    text = "# Acme Engineering Ladder\n"
    for level, competencies in levels.items():
        text += f"\n## {level}\n"
        for competency, statements in competencies.items():
            text += f"\n### {competency}\n\n" + "".join(f"- {s}\n" for s in statements)
    return text


STANDING_ALONE = {
    "Junior Engineer": {
        "Testing": ["Writes unit tests for the code they change", "Fixes failing builds when asked by the team"],
        "Delivery": ["Ships small changes to production with a reviewer", "Keeps their tickets up to date"],
    },
    "Engineer": {
        "Testing": ["Writes unit and integration tests for the code they change",
                    "Fixes failing builds and flaky tests without being asked"],
        "Delivery": ["Ships features to production with a reviewer from another team",
                     "Keeps their tickets and the team's board up to date"],
    },
    "Senior Engineer": {
        "Testing": ["Writes unit, integration and load tests for the services they own",
                    "Fixes failing builds and flaky tests, and removes their causes"],
        "Delivery": ["Plans and ships projects to production with several teams",
                     "Keeps their tickets, the team's board and the roadmap up to date"],
    },
}

CUMULATIVE = {
    "Junior Engineer": {
        "Testing": ["Writes unit tests for the code they change", "Fixes failing builds when asked by the team"],
        "Delivery": ["Ships small changes to production with a reviewer", "Keeps their tickets up to date"],
    },
    "Engineer": {
        "Testing": ["Designs the test plan for a feature before building it",
                    "Fixes failing builds and flaky tests without being asked"],
        "Delivery": ["Breaks a feature into tickets that others can pick up", "Estimates work for the sprint"],
    },
    "Senior Engineer": {
        "Testing": ["Chooses the testing tools the team adopts", "Teaches the team how to test legacy services"],
        "Delivery": ["Leads projects that span several teams", "Runs the team's planning each quarter"],
    },
}


def test_levels_that_restate_those_below_in_fuller_form_stand_alone(cli, write):
    data, run = imported(cli, write("ladder.md", _ladder(STANDING_ALONE)), "--org", "Acme")
    assert data["cumulative"] is False
    assert "said again there, reworded or in fuller form" in run.stderr
    assert "so the framework says `cumulative: false`" in run.stderr


def test_the_ddat_skills_stand_alone_and_check_asks_nothing_of_their_repeats(cli, write):
    page = write("skills.md", DDAT.read_text(encoding="utf-8"))
    data, run = imported(cli, page, "--org", "Government Digital and Data")
    assert data["cumulative"] is False
    assert "at Awareness: 'understand accessibility and that users" in run.stderr
    checked = cli("check", str(page.parent / "skills-out.yaml"), "--select", "LL205")
    assert "LL205" not in checked.output


def test_levels_that_add_to_those_below_are_left_to_the_default(cli, write):
    data, run = imported(cli, write("ladder.md", _ladder(CUMULATIVE)), "--org", "Acme")
    assert "cumulative" not in data
    assert "said again there" not in run.stderr


def test_one_competency_growing_level_after_level_is_no_evidence(cli, write):
    """Every statement of Testing restated in fuller form, but Delivery's new
    at each level: one competency's wording, not the ladder's way."""
    levels = {level: {"Testing": STANDING_ALONE[level]["Testing"], "Delivery": CUMULATIVE[level]["Delivery"]}
              for level in STANDING_ALONE}
    data, _ = imported(cli, write("ladder.md", _ladder(levels)), "--org", "Acme")
    assert "cumulative" not in data


def test_a_document_that_says_its_levels_build_up_keeps_it(cli, write):
    text = _ladder(STANDING_ALONE).replace("# Acme Engineering Ladder\n",
                                           "# Acme Engineering Ladder\n\nEach level builds on the previous one.\n")
    data, _ = imported(cli, write("ladder.md", text), "--org", "Acme")
    assert data.get("cumulative", True) is True


#: A cumulative ladder written by growth: each level's statements grow from
#: the level below by putting other words in their place (another act, a
#: wider scope, another object), and each level adds new ones. Most of each
#: statement's words stay, but none is said again.
GROWING = {
    "Engineer I": {
        "Delivery": ["Delivers well-scoped tasks with guidance from their team",
                     "Writes tests for the code they change", "Participates in code reviews for their team"],
        "Communication": ["Communicates progress on their tasks to their team",
                          "Asks questions in the team channel when blocked"],
    },
    "Engineer II": {
        "Delivery": ["Delivers features with little guidance from their team",
                     "Writes tests for the code they change and improves coverage",
                     "Participates in design reviews for their team"],
        "Communication": ["Communicates progress on their features to their team and stakeholders",
                          "Writes design documents for their features"],
    },
    "Senior Engineer": {
        "Delivery": ["Delivers projects across several teams", "Sets the testing strategy for their team",
                     "Leads design reviews for their team"],
        "Communication": ["Communicates progress on their projects to the organisation",
                          "Presents at the engineering all-hands"],
    },
}


def test_statements_that_grow_from_those_below_are_not_said_again(cli, write):
    """'Participates in design reviews' -> 'Leads design reviews' (another
    act), 'on their tasks' -> 'on their features' (a wider scope): growth,
    the way a cumulative ladder is written; the ladder keeps the default."""
    data, run = imported(cli, write("ladder.md", _ladder(GROWING)), "--org", "Acme")
    assert "cumulative" not in data
    assert "said again there" not in run.stderr


def test_statements_held_whole_at_the_next_level_are_said_again_however_they_grow(cli, write):
    """The near miss: the same ladder's shape, but each higher statement
    holds the lower one whole (its act too) and adds to it, as a ladder
    whose levels stand alone writes; one word left out of a long statement
    is still the statement said again."""
    restating = {
        "Engineer I": {
            "Delivery": ["Delivers well-scoped tasks with guidance from their team",
                         "Reviews code for their team when asked"],
            "Communication": ["Communicates progress on their tasks to their team",
                              "Asks questions in the team channel when blocked"],
        },
        "Engineer II": {
            "Delivery": ["Delivers well-scoped tasks and features with little guidance from their team",
                         "Reviews code and designs for their team without being asked"],
            "Communication": ["Communicates progress on their tasks and features to their team",
                              "Asks questions in the team channel and in design reviews"],
        },
        "Senior Engineer": {
            "Delivery": ["Delivers well-scoped tasks, features and projects on their own for their team",
                         "Reviews code and designs for their team and others"],
            "Communication": ["Communicates progress on their tasks, features and projects to their team",
                              "Asks questions in the team channel and in design reviews of other teams"],
        },
    }
    data, run = imported(cli, write("ladder.md", _ladder(restating)), "--org", "Acme")
    assert data["cumulative"] is False
    assert "said again there, reworded or in fuller form" in run.stderr
