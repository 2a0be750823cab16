"""Levels written as bold lines, no headings: a line that names its level
and says more of it ('**Lead level. Years in role: 3-5.**') is a level's
heading, whatever punctuation ends it, as its sibling lines are."""

from __future__ import annotations

from import_helpers import imported

_LEVEL = ("**{name}**\n\nThe role {summary}.\n\n- **Collaboration**: {collaboration}\n"
          "- **Execution**: {execution}\n\n")


def _page(last_line: str, between: str = "") -> str:
    return ("# BizOps career path\n\n"
            + _LEVEL.format(name="Entry level. Years in role: 0-1.5", summary="is the entry point",
                            collaboration="Asks questions in meetings.", execution="Executes by plan.")
            + _LEVEL.format(name="Senior level. Years in role: 2-4", summary="connects the dots",
                            collaboration="Partners with teammates.", execution="Estimates methodically.")
            + between
            + _LEVEL.format(name=last_line, summary="applies principles to new problems",
                            collaboration="Works with key stakeholders.", execution="Plans projects with many teams."))


def test_a_bold_level_line_ending_in_a_full_stop_is_a_level_as_its_siblings_are(cli, write):
    """The last level's line ends in a full stop: still a level, with its
    own summary and statements, none of them joined to the level above."""
    page = write("ladder.md", _page("Professional lead level. Years in role: 3-5."))
    data, _ = imported(cli, page, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == ["Entry level", "Senior level", "Professional lead level"]
    assert data["levels"][1]["competencies"] == {"collaboration": ["Partners with teammates."],
                                                 "execution": ["Estimates methodically."]}
    assert data["levels"][2]["summary"] == "The role applies principles to new problems."
    assert data["levels"][2]["competencies"] == {"collaboration": ["Works with key stakeholders."],
                                                 "execution": ["Plans projects with many teams."]}


def test_a_bold_sentence_that_names_no_level_stays_what_it_was(cli, write):
    """A bold sentence between a level's bullets ('Always writes tests.
    Every day.') names no level: it heads nothing, and the levels stay
    three, as with a level line that ends without a full stop."""
    page = write("ladder.md", _page("Professional lead level. Years in role: 3-5",
                                    between="**Always writes tests. Every day.**\n\n"))
    data, _ = imported(cli, page, "--org", "Acme")
    plain = write("plain.md", _page("Professional lead level. Years in role: 3-5"))
    unbolded, _ = imported(cli, plain, "--org", "Acme")
    assert [lv["title"] for lv in data["levels"]] == [lv["title"] for lv in unbolded["levels"]]
    assert len(data["levels"]) == 3
    assert "always-writes-tests-every-day" not in str(data)
