"""A rewording that asks more in one way and less in another has both
impacts: a gate on `lowers-bar` alone cannot be walked around by raising
something else in the same edit."""

from __future__ import annotations

import json

import pytest

from ladderlint.diff.grade import grade
from ladderlint.diff.changes import Impact

LADDER = """\
ladderlint: 1
id: acme
name: Acme Ladder
track: Engineering
version: "1.0.0"
organisation: {name: Acme}
dimensions:
  - id: results
    name: Results
    competencies:
      - {id: delivery, name: Delivery}
levels:
  - id: IC1
    title: Engineer
    competencies:
      delivery:
        - STATEMENT
        - Writes tests for their changes
  - id: IC2
    title: Senior Engineer
    competencies:
      delivery:
        - Ships features
"""

BEFORE = "Runs the team's planning meetings"
# More meetings, a smaller part in them.
BOTH_WAYS = "Attends all of the team's planning meetings"
# More meetings, the same part.
RAISED = "Runs all of the team's planning meetings"


@pytest.fixture
def pair(tmp_path):
    def write(after: str) -> tuple[str, str]:
        old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
        old.write_text(LADDER.replace("STATEMENT", BEFORE))
        new.write_text(LADDER.replace("STATEMENT", after))
        return str(old), str(new)
    return write


def test_grade_says_a_rewording_pulls_both_ways():
    both = grade("Runs meetings", "Attends all meetings")
    assert (both.impact, both.also) == (Impact.RAISES_BAR, Impact.LOWERS_BAR)
    raised = grade("Runs meetings", "Runs all meetings")
    assert (raised.impact, raised.also) == (Impact.RAISES_BAR, None)
    lowered = grade("Runs all meetings", "Runs meetings")
    assert (lowered.impact, lowered.also) == (Impact.LOWERS_BAR, None)


def test_a_gate_on_lowers_bar_stops_a_rewording_that_also_raises(cli, pair):
    old, new = pair(BOTH_WAYS)
    run = cli("diff", "--fail-on", "lowers-bar", old, new)
    assert run.exit_code == 1, run.output
    assert "1 change not approved with --fail-on lowers-bar" in run.output
    assert cli("diff", "--fail-on", "raises-bar", old, new).exit_code == 1


def test_a_plain_raise_passes_a_gate_on_lowers_bar(cli, pair):
    old, new = pair(RAISED)
    run = cli("diff", "--fail-on", "lowers-bar", old, new)
    assert run.exit_code == 0, run.output
    assert "less in another" not in run.output


def test_every_format_says_both_and_counts_the_change_under_both(cli, pair):
    old, new = pair(BOTH_WAYS)
    data = json.loads(cli("diff", "--format", "json", old, new).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["impact"], change["also_impact"], change["old_level_impact"]) == ("raises-bar", "lowers-bar", None)
    summary = data["summary"]
    assert (summary["changes"], summary["raises-bar"], summary["lowers-bar"], summary["counted_twice"]) == (1, 1, 1, 1)
    text = cli("diff", old, new).output
    assert "(also lowers-bar: it may ask more in one way and less in another)" in text
    assert "1 change: 1 raises-bar, 1 lowers-bar; 1 change counted under both, asking more in one way and less " \
           "in another or in a way that cannot be told." in text
    assert "move" not in text
    notes = cli("diff", "--format", "markdown", old, new).output
    entry = "**Attends all of** the team's planning meetings (it may ask more in one way and less in another: listed " \
            "under both)"
    # Counted under both, and listed under both, as it is counted.
    assert "**In short:** 1 new or higher expectation (at IC1 and IC2) and 1 lower expectation (at IC1 and IC2; it " \
           "is also among the new or higher)." in notes
    assert notes.count(entry) == 2
    assert notes.index("### New or higher expectations") < notes.index(entry) < notes.index("### Lower expectations") \
        < notes.rindex(entry)
    # The line names the levels it reaches: IC2, with no change of its own, gets no section only to repeat it.
    assert "reworded, for IC1 and IC2:" in notes and "What changes for IC2" not in notes
    github = cli("diff", "--format", "github", old, new).output
    assert "title=raises-bar%2C lowers-bar statement-reworded::" in github  # a comma is escaped in a title
    assert "planning meetings (it may ask more in one way and less in another) (read as: " in github


def test_one_approval_lets_it_through_a_gate_on_either(cli, pair, tmp_path):
    old, new = pair(BOTH_WAYS)
    approved = cli("approve", old, new, "--fail-on", "lowers-bar", "--reason", "agreed with the team leads",
                   cwd=tmp_path)
    assert approved.exit_code == 0, approved.output
    assert "raises-bar, lowers-bar  statement-reworded" in approved.stderr  # what was approved: both
    recorded = (tmp_path / ".ladderlint-approvals").read_text()
    assert "# agreed with the team leads (statement-reworded (raises-bar and lowers-bar) at acme" in recorded
    for impact in ("lowers-bar", "raises-bar"):
        run = cli("diff", "--fail-on", impact, old, new, cwd=tmp_path)
        assert run.exit_code == 0, (impact, run.output)


def _moved(ladder: str) -> str:
    """The first statement of IC1's Delivery written under a second competency of IC1, Process."""
    return ladder.replace("      - {id: delivery, name: Delivery}",
                          "      - {id: delivery, name: Delivery}\n      - {id: process, name: Process}")


@pytest.mark.parametrize("where", ["another competency", "a level below"])
def test_a_move_keeps_the_lowering_of_its_words(cli, tmp_path, where):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    # Long enough to be found as one statement moved and reworded.
    was = "Runs the team's weekly planning meetings and writes up the notes afterwards"
    now = "Attends all of the team's weekly planning meetings and writes up the notes afterwards"
    if where == "another competency":
        before = _moved(LADDER).replace("STATEMENT", was)
        after = _moved(LADDER).replace("        - STATEMENT\n", "").replace(
            "        - Writes tests for their changes\n",
            "        - Writes tests for their changes\n      process:\n        - " + now + "\n")
    else:  # from IC2 down to IC1
        ladder = LADDER.replace("        - STATEMENT\n", "")
        before = ladder.replace("        - Ships features", "        - Ships features\n        - " + was)
        after = ladder.replace("        - Writes tests", "        - " + now + "\n        - Writes tests")
    old.write_text(before)
    new.write_text(after)
    data = json.loads(cli("diff", "--format", "json", str(old), str(new)).output)
    [change] = [c for c in data["frameworks"][0]["changes"] if c["kind"] == "statement-moved"]
    assert Impact.LOWERS_BAR.value in (change["old_level_impact"], change["also_impact"]), change
    assert cli("diff", "--fail-on", "lowers-bar", str(old), str(new)).exit_code == 1


@pytest.mark.parametrize("field", ["summary", "examples"])
def test_a_summary_or_examples_reworded_both_ways_have_both(cli, tmp_path, field):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    if field == "summary":
        ladder = LADDER.replace("STATEMENT", "Ships small features").replace(
            "    title: Engineer\n", "    title: Engineer\n    summary: TEXT and ships features.\n")
    else:
        ladder = LADDER.replace("        - STATEMENT\n", "        - text: Ships small features\n"
                                "          examples: [\"Engineers at this level TEXT\"]\n")
    old.write_text(ladder.replace("TEXT", BEFORE[0].lower() + BEFORE[1:]).replace("runs", "run"))
    new.write_text(ladder.replace("TEXT", BOTH_WAYS[0].lower() + BOTH_WAYS[1:]).replace("attends", "attend"))
    data = json.loads(cli("diff", "--format", "json", str(old), str(new)).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["impact"], change["also_impact"]) == ("raises-bar", "lowers-bar"), change
    assert cli("diff", "--fail-on", "lowers-bar", str(old), str(new)).exit_code == 1


def test_a_reading_that_cannot_be_told_is_held_by_either_gate():
    # "a few" may be fewer or more than "2-3": a reviewer says, whichever bar the gate guards.
    graded = grade("Reviews 2-3 designs a month", "Reviews a few designs a month")
    assert (graded.impact, graded.also) == (Impact.RAISES_BAR, Impact.LOWERS_BAR)


def test_two_levels_compared_have_one_impact_each(cli, pair):
    # A higher level is no revision of a lower one: it asks what the lower one asks besides its own.
    old, _new = pair(BOTH_WAYS)
    text = open(old).read().replace("        - Ships features", "        - " + BOTH_WAYS)
    with open(old, "w") as handle:
        handle.write(text.replace("        - " + BEFORE + "\n", "        - " + BEFORE + "\n"))
    data = json.loads(cli("diff", "--levels", "IC1", "IC2", "--format", "json", old).output)
    assert all(c["also_impact"] is None for c in data["frameworks"][0]["changes"])


@pytest.mark.parametrize("where", ["a level below", "another competency"])
def test_a_statement_moved_with_a_condition_put_in_is_no_copy_of_itself(cli, tmp_path, where):
    # Too short to be found as one statement moved: taken out at IC2 and put in elsewhere, with a condition.
    ladder = _moved(LADDER).replace("        - STATEMENT\n", "")
    before = ladder.replace("        - Ships features", "        - Ships features\n        - Designs services")
    if where == "a level below":
        after = ladder.replace("        - Writes tests", "        - Designs services when asked by their manager\n"
                               "        - Writes tests").replace("        - Ships features", "        - Ships features")
    else:
        after = ladder.replace("        - Ships features", "        - Ships features\n      process:\n"
                               "        - Designs services when asked by their manager")
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(before)
    new.write_text(after)
    run = cli("diff", "--fail-on", "lowers-bar", str(old), str(new))
    assert run.exit_code == 1, run.output
    assert "- Designs services  [" in run.output and "still asked for" not in run.output


@pytest.mark.parametrize(("new", "also"), [
    # A condition on what the edit adds asks nothing less of what was there.
    ("Reviews code from teammates within a day and teaches others when asked", None),
    ("Reviews code from teammates within a day, and when asked by their manager, mentors new joiners", None),
    # Before the "and", it qualifies what was there.
    ("Reviews code from teammates within a day when asked, and mentors new joiners", Impact.LOWERS_BAR),
])
def test_a_condition_qualifies_what_it_is_put_in_with(new, also):
    graded = grade("Reviews code from teammates within a day", new)
    assert (graded.impact, graded.also) == (Impact.RAISES_BAR, also), graded.reasons


def test_a_scope_widened_beside_help_asked_for_raises_the_bar_too():
    # "across several teams" asks more while "with guidance" asks less: a gate on either stops it.
    graded = grade("I deliver features on my own", "I deliver features across several teams, with guidance from my lead")
    assert (graded.impact, graded.also) == (Impact.RAISES_BAR, Impact.LOWERS_BAR), graded.reasons
    alone = grade("I deliver features on my own", "I deliver features with guidance from my lead")
    assert (alone.impact, alone.also) == (Impact.LOWERS_BAR, None), alone.reasons


def test_the_json_of_a_move_names_both_levels_whose_bar_it_moves(cli, tmp_path):
    # Where levels stand alone, a statement moved from IC2 to IC1 is new at IC1 and gone from IC2.
    ladder = LADDER.replace("levels:", "cumulative: false\nlevels:").replace("        - STATEMENT\n", "")
    moving = "Runs the team's weekly planning meetings and writes up the notes afterwards"
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(ladder.replace("        - Ships features", "        - Ships features\n        - " + moving))
    new.write_text(ladder.replace("        - Writes tests", "        - " + moving + "\n        - Writes tests"))
    data = json.loads(cli("diff", "--format", "json", str(old), str(new)).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["impact"], change["old_level_impact"]) == ("raises-bar", "lowers-bar")
    assert change["levels_reached"] == ["IC1", "IC2"]


def test_the_short_count_says_how_many_lower_expectations_are_also_new_or_higher(cli, tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(LADDER.replace("STATEMENT", BEFORE).replace("Writes tests for their changes",
                                                               "Writes tests for all of their changes"))
    # One change both ways, one that only lowers the bar.
    new.write_text(LADDER.replace("STATEMENT", BOTH_WAYS).replace("Writes tests for their changes",
                                                                  "Writes tests for some of their changes"))
    notes = cli("diff", "--format", "markdown", str(old), str(new)).output
    assert "2 lower expectations (reaching IC1 and IC2; 1 of them also among the new or higher)" in notes, notes
