"""A statement rewritten in its place as another one, and a statement
sharpened in its place as a softer copy goes a level down.

An owner who deletes an expectation and writes an unrelated one in its slot
("I read PRs from my peers, and provide detailed feedback." -> "I write clean
code.") still reworded one statement, as real histories count it; but what
the old one asked is no longer expected: both the raise and the drop are
said, and both gates see them. A statement that keeps (most of) its words is
reworded as before.

A statement made stricter where it stands while a softer copy is written a
level below is that statement reworded in its place, and the copy added: not
a move down, which would say the bar dropped where it was sharpened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LADDER = """\
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
      - {id: craft, name: Craft}
      - {id: team, name: Team}
levels:
  - id: L1
    title: Engineer
    competencies:
      craft:
        - Fixes simple bugs in the services of the team
      team:
        - Asks for help when blocked
  - id: L2
    title: Senior Engineer
    competencies:
      craft:
        - Designs services that other teams depend on
        - SLOT
        - Keeps the runbooks of the team up to date
      team:
        - Mentors new joiners through their first month
  - id: L3
    title: Staff Engineer
    competencies:
      craft:
        - Sets the technical direction of a product area
      team:
        - UPPER
        - Considers the opinions of others before defending their own
"""

UPPER = "Transparent about mistakes they've made, early"


def _files(tmp_path: Path, old: str, new: str, *, upper_old: str = UPPER, upper_new: str = UPPER,
           below: str | None = None) -> tuple[str, str]:
    before, after = tmp_path / "old.yaml", tmp_path / "new.yaml"
    before.write_text(LADDER.replace("SLOT", old).replace("UPPER", upper_old))
    text = LADDER.replace("SLOT", new).replace("UPPER", upper_new)
    if below is not None:  # a statement written at L2 under Team, after the one there
        text = text.replace("        - Mentors new joiners through their first month\n",
                            f"        - Mentors new joiners through their first month\n        - {below}\n")
    if upper_new == "":
        text = text.replace("        - \n", "")
    after.write_text(text)
    return str(before), str(after)


def _changes(cli, old: str, new: str) -> list[dict]:
    result = cli("diff", "--format", "json", old, new)
    return [c for c in json.loads(result.output)["frameworks"][0]["changes"] if c["kind"].startswith("statement-")]


@pytest.mark.parametrize(("old", "new"), [
    ("I read PRs from my peers, and provide detailed feedback.", "I write clean code."),
    ("Allocate Service issues to wider team", "Owns the on-call rota for the QA guild"),
    ("Runs show and tells to stake holders", "Writes the quarterly testing strategy for the department"),
    # One word of seven kept is nearly none.
    ("Breaks down large complex problems into discrete steps",
     "Takes a stakeholder problem, investigates to understand it and proposes a solution"),
])
def test_an_unrelated_statement_in_its_place_raises_and_lowers(cli, tmp_path, old, new):
    before, after = _files(tmp_path, old, new)
    [change] = _changes(cli, before, after)
    assert change["kind"] == "statement-reworded"  # still one statement reworded, as real histories count it
    assert (change["impact"], change["also_impact"]) == ("raises-bar", "lowers-bar")
    assert change["reasons"] == ["rewritten"]
    assert cli("diff", "--fail-on", "lowers-bar", before, after).exit_code == 1
    assert cli("diff", "--fail-on", "raises-bar", before, after).exit_code == 1
    text = cli("diff", before, after).output
    assert "also lowers-bar: what it said is no longer expected" in text
    assert "1 statement rewritten as another, counted under both" in text
    assert "major release" in text
    notes = cli("diff", "--format", "markdown", before, after).output
    said = f"rewritten, for L2 and L3: no longer expected: “{old}”; now expected: “{new}”"
    lower = notes.split("### Lower expectations", 1)[1]
    assert said in lower.split("###", 1)[0]
    assert said in notes.split("### New or higher expectations", 1)[1].split("###", 1)[0]
    github = cli("diff", "--format", "github", before, after).output
    assert "title=raises-bar%2C lowers-bar statement-reworded" in github
    assert "(what it said is no longer expected)" in github


@pytest.mark.parametrize(("old", "new", "impact"), [
    # Light rewordings, which keep some of the words of meaning, are graded as they were.
    ("Keeps the runbooks of the service current", "Keeps the runbooks of the service up to date", "editorial"),
    ("Delivers assigned tasks that meet expected criteria", "Completes assigned tasks that meet the expected criteria",
     "editorial"),  # synonyms
    ("Colloborates with the design team", "Collaborates with the design team", "editorial"),
    ("Reviews code", "Reviews code daily", "raises-bar"),
    ("Writes tests", "Authors tests", "editorial"),
    # Words the grader knows to say the same are words kept ("bugs" / "issues", "ships" / "delivers"):
    # graded as the rewording they are, never "no longer expected" (review 12, M3): word for word, wording.
    ("Fixes bugs", "Resolves issues", "editorial"),
    ("Ships features", "Delivers functionality", "editorial"),
    # "makes decisions" is the idiom "decides", and still about decisions.
    ("Makes decisions", "Leads decisions", "raises-bar"),
    # Heavy rewordings that keep a quarter or more of the old words of meaning (FT's history).
    ("Is the go-to person for a technology or system",
     "Has a deep understanding and willingness to help others for a particular technology or product", None),
])
def test_a_rewording_that_keeps_words_is_graded_as_before(cli, tmp_path, old, new, impact):
    before, after = _files(tmp_path, old, new)
    [change] = _changes(cli, before, after)
    assert change["kind"] == "statement-reworded"
    assert "rewritten" not in change["reasons"]
    assert change["also_impact"] is None
    if impact is not None:
        assert change["impact"] == impact


def test_a_heavy_rewording_with_a_verb_for_a_verb_is_read_both_ways(cli, tmp_path):
    # FT's history: reworded in place, not rewritten; "promotes" -> "presents" is a verb for a verb of no known rank
    # (and "reports" is taken out), which may ask less as well as more.
    before, after = _files(tmp_path, "Promotes the work of team and reports to a broad audience",
                           "Presents the teams work beyond their immediate team to stakeholders. Clearly communicates "
                           "technical concepts to non-technical colleagues.")
    [change] = _changes(cli, before, after)
    assert change["kind"] == "statement-reworded"
    assert "rewritten" not in change["reasons"]
    assert (change["impact"], change["also_impact"]) == ("raises-bar", "lowers-bar")


SHARPENED = "Transparent about mistakes they've made, informs relevant people as soon as possible."
SOFTER = "Transparent about mistakes they've made"


def test_sharpened_in_place_as_a_softer_copy_goes_down_is_no_move(cli, tmp_path):
    slot = "Keeps the build green"
    before, after = _files(tmp_path, slot, slot, upper_new=SHARPENED, below=SOFTER)
    found = {(c["kind"], c["level"], c["impact"], c["old_level_impact"]) for c in _changes(cli, before, after)}
    assert found == {("statement-reworded", "L3", "raises-bar", None), ("statement-added", "L2", "raises-bar", None)}
    assert cli("diff", "--fail-on", "lowers-bar", before, after).exit_code == 0
    notes = cli("diff", "--format", "markdown", before, after).output
    assert "Lower expectations" not in notes and "softer words" not in notes


@pytest.mark.parametrize("upper_new", [
    "",  # its place left empty
    "Runs the incident review of every outage in the product area",  # filled by an unrelated statement
])
def test_a_real_move_down_stays_a_move(cli, tmp_path, upper_new):
    slot = "Keeps the build green"
    before, after = _files(tmp_path, slot, slot, upper_new=upper_new, below=SOFTER)
    kinds = {(c["kind"], c["level"]) for c in _changes(cli, before, after)}
    assert ("statement-moved", "L2") in kinds
    assert ("statement-reworded", "L3") not in kinds
