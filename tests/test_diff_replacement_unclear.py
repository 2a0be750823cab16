"""Words replaced by fewer words, but more than a third as many, with no new
action among them, may say less of the same or ask another thing: which way
the bar moves cannot be told from the words, and a reviewer says ("replacement
unclear": raises-bar with lowers-bar beside it, as other readings whose way
cannot be told)."""

from __future__ import annotations

import json

import pytest

from ladderlint.diff.changes import Impact
from ladderlint.diff.grade import grade


@pytest.mark.parametrize(("old", "new"), [
    ("Uses a programming language to make something", "Uses code to make something"),
    ("Writes clear and thorough design documents", "Writes concise design documents"),
    ("Reviews pull requests from teammates", "Reviews code from teammates"),
])
def test_fewer_words_for_more_cannot_be_told(old, new):
    graded = grade(old, new)
    assert (graded.impact, graded.also) == (Impact.RAISES_BAR, Impact.LOWERS_BAR), graded.reasons
    assert "replacement unclear" in graded.reasons


@pytest.mark.parametrize(("old", "new", "impact"), [
    # A third as many or fewer: less of the same.
    ("I write clear, well-structured design documents", "I produce design documents", Impact.LOWERS_BAR),
    # As many or more: another thing asked, as one plain word for another is.
    ("Debugs and fixes complex bugs at speed", "Debugs and fixes complex bugs efficiently", Impact.RAISES_BAR),
    ("Gets involved in fixing production issues", "Gets involved in fixing live incidents in production",
     Impact.RAISES_BAR),
    # A new action put in asks for it.
    ("I ask questions to clarify expectations", "I set expectations", Impact.RAISES_BAR),
])
def test_other_replacements_keep_their_way(old, new, impact):
    graded = grade(old, new)
    assert (graded.impact, graded.also) == (impact, None), graded.reasons


def test_the_json_and_the_gate_on_lowered_bars_see_both(cli, tmp_path):
    ladder = """\
ladderlint: 1
id: globex
name: Globex Ladder
track: Engineer
version: "1.0.0"
organisation: {name: Globex}
dimensions:
  - id: work
    name: Work
    competencies:
      - {id: technical, name: Technical}
levels:
  - id: L1
    title: Engineer
    competencies:
      technical:
        - STATEMENT
"""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(ladder.replace("STATEMENT", "Uses a programming language to make something"))
    new.write_text(ladder.replace("STATEMENT", "Uses code to make something"))
    data = json.loads(cli("diff", "--format", "json", str(old), str(new)).output)
    [change] = data["frameworks"][0]["changes"]
    assert (change["impact"], change["also_impact"]) == ("raises-bar", "lowers-bar")
    assert cli("diff", "--fail-on", "lowers-bar", str(old), str(new)).exit_code == 1
