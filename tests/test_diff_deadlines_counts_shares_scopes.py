"""A user trial's edits the differ read the wrong way, each a class of edit:
a deadline said as "the same day" or "in up to N weeks"; "a" and "at least
one"; a share of the best or of those who reach a level; a hedged bound
("typically in one team"); "the wider team"; initiatives and programmes as
pieces of work. Near-misses that must keep their reading beside each."""

from __future__ import annotations

from pathlib import Path

import pytest
from diffkit import level_text_reworded, reworded, statement_revisions


def impact(old: str, new: str) -> tuple[str, str | None]:
    grade, also, _reasons = reworded(old, new)
    return grade, also


@pytest.mark.parametrize(("old", "new", "expected"), [
    # A deadline of the period it started in: "the same day" ends with that day, never later than "within a day"
    # and most often sooner (trial 11: it was read as a day, and "within a day" -> "the same day" passed the gate).
    ("I respond to incidents within 2 days", "I respond to incidents the same day", "raises-bar"),
    ("I respond to incidents within 2 days", "I respond to incidents on the same day", "raises-bar"),
    ("I respond to incidents within a week", "I respond to incidents the same day", "raises-bar"),
    ("I respond to incidents the same day", "I respond to incidents within 2 days", "lowers-bar"),
    ("I respond to incidents the same day", "I respond to incidents within a day", "lowers-bar"),
    ("I respond to incidents within a week", "I respond to incidents the same week", "raises-bar"),
    # "up to" a deadline is the deadline: a most, as any deadline is.
    ("I deliver projects in up to 6 months", "I deliver projects in up to 3 months", "raises-bar"),
    ("I deliver projects within up to 6 months", "I deliver projects within 3 months", "raises-bar"),
    ("I fix bugs in up to 2 weeks", "I fix bugs within a week", "raises-bar"),
    ("I fix bugs in up to 2 weeks", "I fix bugs in two weeks", "editorial"),
    ("I meet an SLA of up to 2 days", "I meet an SLA of 1 day", "raises-bar"),
    ("I take up to 2 days to review a design", "I take up to 3 days to review a design", "lowers-bar"),
])
def test_deadlines_said_as_the_same_period_or_up_to_a_length(old: str, new: str, expected: str) -> None:
    assert impact(old, new) == (expected, None)


def test_the_same_of_no_period_and_up_to_of_a_reach_keep_their_reading() -> None:
    assert impact("I work on the same team as my mentor", "I work on the same squad as my mentor") \
        == ("editorial", None)
    # "up to" a reach still says a most as often as a reach: a reader must say.
    assert impact("I handle up to 10k rps", "I handle up to 20k rps") == ("raises-bar", "lowers-bar")
    assert impact("I review up to 3 designs", "I review up to 5 designs") == ("raises-bar", None)


@pytest.mark.parametrize(("old", "new"), [
    ("I mentor a member of my team", "I mentor at least one member of my team"),
    ("I mentor a member of my team", "I mentor one or more members of my team"),
    ("I mentor an intern", "I mentor at least one intern"),
    ("I mentor at least one intern", "I mentor an intern"),
])
def test_at_least_one_for_an_article_is_the_same_number(old: str, new: str) -> None:
    assert reworded(old, new) == ("editorial", None, [])


@pytest.mark.parametrize(("old", "new"), [
    ("I mentor an intern", "I mentor at least two interns"),
    ("I mentor one intern", "I mentor at least two interns"),
])
def test_at_least_two_for_one_still_raises(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["number raised"])


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("About 5% of engineers reach this level", "About 10% of engineers reach this level", "lowers-bar"),
    ("About 10% of engineers reach this level", "About 5% of engineers reach this level", "raises-bar"),
    ("About 5% reach this level", "About 10% reach this level", "lowers-bar"),
    ("Only 5 percent of engineers in the company reach this level",
     "Only 10 percent of engineers in the company reach this level", "lowers-bar"),
    ("I am among the top 5% of engineers", "I am among the best 10% of engineers", "lowers-bar"),
    ("I am in the best 10% of engineers", "I am in the best 5% of engineers", "raises-bar"),
    ("I am among the highest 5% of performers", "I am among the highest 10% of performers", "lowers-bar"),
    ("I am among the top 5% of engineers", "I am among the best 5% of engineers", "editorial"),
])
def test_a_larger_share_of_the_best_is_a_lower_bar(old: str, new: str, expected: str) -> None:
    assert impact(old, new) == (expected, None)


@pytest.mark.parametrize(("old", "new"), [
    ("I reduce latency by 10%", "I reduce latency by 20%"),
    ("I keep 90% of tickets on time", "I keep 95% of tickets on time"),
    ("I mentor 50% of new hires", "I mentor 60% of new hires"),
    ("90% of my tickets reach done within a sprint", "95% of my tickets reach done within a sprint"),
])
def test_a_share_that_is_a_target_is_still_more_the_larger(old: str, new: str) -> None:
    assert reworded(old, new) == ("raises-bar", None, ["number raised"])


def test_a_share_reaching_a_level_in_a_level_description() -> None:
    assert level_text_reworded("description", "About 5% of engineers reach this level.",
                               "About 10% of engineers reach this level.")[0] == "lowers-bar"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("I lead projects", "I lead projects, typically in one team", "lowers-bar"),
    ("I lead projects, typically in one team", "I lead projects", "raises-bar"),
    ("I lead projects", "I lead projects in one team", "lowers-bar"),
    ("I lead projects in one team", "I lead projects", "raises-bar"),
    ("I lead projects", "I lead projects, usually within my team", "lowers-bar"),
])
def test_a_hedged_bound_narrows_put_in_and_widens_taken_out(old: str, new: str, expected: str) -> None:
    assert reworded(old, new) == (expected, None, ["scope " + ("lowered" if expected == "lowers-bar" else "raised")])


@pytest.mark.parametrize("field", ["summary", "description"])
def test_a_hedged_bound_in_a_levels_own_text_reads_one_way(field: str) -> None:
    plain, hedged = "Delivers well-scoped tasks with guidance.", \
        "Delivers well-scoped tasks with guidance, typically in one team."
    assert level_text_reworded(field, plain, hedged) == ("lowers-bar", ["scope lowered"])
    assert level_text_reworded(field, hedged, plain) == ("raises-bar", ["scope raised"])


def test_a_hedge_of_the_work_itself_is_still_read_as_how_often() -> None:
    assert reworded("I work primarily within my team", "I work within my team") \
        == ("raises-bar", None, ["frequency raised"])
    assert reworded("I lead projects across several teams", "I lead projects, typically across several teams") \
        == ("lowers-bar", None, ["frequency lowered"])


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("I share my designs within the team", "I share my designs within the wider team", "raises-bar"),
    ("I share my designs within the wider team", "I share my designs within the team", "lowers-bar"),
    ("I share my designs within my team", "I share my designs within my extended team", "raises-bar"),
    ("I share my designs in the team", "I share my designs in the wider team", "raises-bar"),
    ("I share my designs", "I share my designs within the wider team", "raises-bar"),
    ("I share my designs within the wider team", "I share my designs", "lowers-bar"),
    ("I share my designs within the immediate team", "I share my designs within the team", "raises-bar"),
    ("I share my designs within the wider team", "I share my designs within the organisation", "raises-bar"),
])
def test_a_wider_team_inside_a_bound_widens_it(old: str, new: str, expected: str) -> None:
    assert impact(old, new) == (expected, None)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("I lead a feature", "I lead an initiative", "raises-bar"),
    ("I lead a feature", "I lead a programme", "raises-bar"),
    ("I lead features", "I lead programmes", "raises-bar"),
    ("I lead features", "I lead programs", "raises-bar"),
    ("I lead a project", "I lead a cross-team initiative", "raises-bar"),
    ("I lead an initiative", "I lead a project", "lowers-bar"),
    ("I lead the migration programme", "I lead the migration project", "lowers-bar"),
    ("I lead a programme", "I lead an initiative", "editorial"),
])
def test_initiatives_and_programmes_are_a_groups_pieces_of_work(old: str, new: str, expected: str) -> None:
    assert impact(old, new) == (expected, None)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # Initiative the quality, the code one writes and a programme one joins are no pieces of work: the scope read is the other one's.
    ("I deliver features on my own initiative", "I deliver projects on my own initiative",
     ("raises-bar", None, ["scope raised"])),
    ("I write programs", "I write small programs", ("lowers-bar", None, ["size of work lowered"])),
    ("I take the initiative", "I take the initiative every day", ("raises-bar", None, ["frequency raised"])),
    ("I lead a feature and join the mentoring programme", "I lead a feature and join the mentoring scheme",
     ("raises-bar", None, ["words replaced"])),
])
def test_initiative_shown_and_programs_written_are_no_scope(
        old: str, new: str, expected: tuple[str, str | None, list[str]]) -> None:
    assert reworded(old, new) == expected


def test_the_gate_fails_on_the_same_day_and_passes_at_least_one(tmp_path: Path, cli) -> None:
    raised = cli("diff", "--fail-on", "raises-bar", "--format", "json", *statement_revisions(
        tmp_path, "I respond to incidents within 2 days", "I respond to incidents the same day"))
    assert raised.exit_code == 1, raised.output
    assert [c["impact"] for c in raised.json()["frameworks"][0]["changes"]] == ["raises-bar"]
    same = cli("diff", "--fail-on", "raises-bar", *statement_revisions(
        tmp_path, "I mentor a member of my team", "I mentor at least one member of my team"))
    assert same.exit_code == 0, same.output
