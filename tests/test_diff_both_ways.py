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
    assert "(also lowers-bar: it asks more in one way and less in another)" in text
    assert "1 change: 1 raises-bar, 1 lowers-bar (1 change counted under both, asking more in one way and less " \
           "in another)." in text
    assert "move" not in text
    notes = cli("diff", "--format", "markdown", old, new).output
    assert "**Attends all of** the team's planning meetings (it asks more in one way and less in another)" in notes
    github = cli("diff", "--format", "github", old, new).output
    assert "title=raises-bar%2C lowers-bar statement-reworded::" in github  # a comma is escaped in a title


def test_one_approval_lets_it_through_a_gate_on_either(cli, pair, tmp_path):
    old, new = pair(BOTH_WAYS)
    approved = cli("approve", old, new, "--fail-on", "lowers-bar", "--reason", "agreed with the team leads",
                   cwd=tmp_path)
    assert approved.exit_code == 0, approved.output
    for impact in ("lowers-bar", "raises-bar"):
        run = cli("diff", "--fail-on", impact, old, new, cwd=tmp_path)
        assert run.exit_code == 0, (impact, run.output)
