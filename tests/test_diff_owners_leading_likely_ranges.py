"""Gate leftovers found on real data: an owner's possessive taken out widens
the scope, verbs of leading ask more than verbs of doing (deciding
included), "likely" before a noun is a kind of it, a change and its reverse
are not both raises (an owner taken out, a bound taken out with its scope
in two runs), and the release notes' summary counts a level added
among the levels it names for what is now asked."""

from __future__ import annotations

import copy

import pytest
import yaml
from click.testing import CliRunner

from ladderlint.cli import main

from diffkit import data, level, reworded


def impact(old: str, new: str) -> str:
    """How a statement reworded in place at IC1 is graded."""
    return reworded(old, new)[0]


@pytest.mark.parametrize("old, new", [
    # Whose the thing is, said by a group's possessive, taken out: all of it is asked, as "the code they own"
    # -> "the code" asks.
    ("Keeps my team's services healthy", "Keeps the services healthy"),
    ("Keeps the team's services healthy", "Keeps the services healthy"),
    ("Keeps my team's services healthy", "Keeps all services healthy"),
    ("Keeps the code they own healthy", "Keeps the code healthy"),
    # A bound taken out with its scope, where the words line up in two runs ("the" kept beside "within the"):
    # read by the bound alone, not also as a scope named (which made both directions raise).
    ("I improve processes within the team", "I improve the processes"),
    ("Improves processes in the team", "Improves the processes"),
    # A verb of leading for a verb of doing or deciding.
    ("Makes decisions", "Leads decisions"),
    ("Makes technical decisions", "Leads technical decisions"),
    ("Decides on the architecture", "Leads the architecture"),
    ("Makes decisions", "Drives decisions"),
])
def test_raised_and_its_reverse_lowered(old: str, new: str) -> None:
    assert impact(old, new) == "raises-bar"
    assert impact(new, old) == "lowers-bar"


@pytest.mark.parametrize("old, new", [
    # A scope named in the owner's place is read on its scale.
    ("Keeps my team's services healthy", "Keeps my org's services healthy"),
    ("Improves processes within the team", "Improves processes within the org"),
    ("Improves the processes", "Improves processes across the company"),
    ("Follows the team's processes", "Defines the team's processes"),
    ("Implements the design", "Defines the design"),
])
def test_near_misses_still_raise(old: str, new: str) -> None:
    assert impact(old, new) == "raises-bar"
    assert impact(new, old) == "lowers-bar"


@pytest.mark.parametrize("old, new", [
    # The thing stays someone's: mine is no more than my team's.
    ("Keeps my team's services healthy", "Keeps my services healthy"),
])
def test_still_someones_is_not_widened(old: str, new: str) -> None:
    assert impact(old, new) == "lowers-bar"


@pytest.mark.parametrize("old, new", [
    # "likely" before a noun (that may be a verb too) names a kind of it, as "potential" does.
    ("Identifies potential risks", "Identifies likely risks"),
    ("Identifies possible risks", "Identifies likely risks"),
    ("Plans for potential bottlenecks", "Plans for likely bottlenecks"),
    ("Spots potential issues early", "Spots likely issues early"),
    # The same owner said another way, one word of deciding for another, one of leading for another.
    ("Keeps my team's services healthy", "Keeps the team's services healthy"),
    # Left bare, the thing is services of no one's, not all of them: the owner taken out is no widening.
    ("Keeps their team's services healthy", "Keeps services healthy"),
    ("Defines the team's processes", "Establishes the team's processes"),
    # Setting the direction is taking charge, as leading is.
    ("Defines the release process", "Leads the release process"),
    ("Drives decisions", "Leads decisions"),
    ("Takes the lead on decisions", "Leads decisions"),
    ("Makes decisions", "Decides"),
])
def test_editorial_both_ways(old: str, new: str) -> None:
    assert impact(old, new) == "editorial"
    assert impact(new, old) == "editorial"


@pytest.mark.parametrize("old, new", [
    # A hedge on the deed is still one: "likely" before a verb, after a modal, or before "to".
    ("Likely leads the incident review", "Leads the incident review"),
    ("Will likely lead the incident review", "Will lead the incident review"),
    ("Is likely to lead the incident review", "Leads the incident review"),
    ("They likely review designs", "They review designs"),
])
def test_hedges_still_read(old: str, new: str) -> None:
    assert impact(old, new) == "raises-bar"
    assert impact(new, old) == "lowers-bar"


def _cumulative_pair(tmp_path, position: int, added_id: str) -> tuple[str, str]:
    old = data()
    old["cumulative"] = True
    new = copy.deepcopy(old)
    new["version"] = "2.0.0"
    level(new, "IC1")["competencies"]["impact"].append("I write a design doc for every feature")
    added = {"id": added_id, "title": "Engineer Nine", "summary": "I lead more",
             "competencies": {"impact": ["I set technical direction across several teams"]}}
    new["levels"].insert(position, added)
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    return paths[0], paths[1]


@pytest.mark.parametrize("position, added, levels", [
    (3, "IC4", "(at IC1, IC2, IC3 and IC4)"),  # a level added on top: "IC1 and above" reaches it
    # A level added among them (two expectations, counted by where they reach between them): in the range.
    (2, "IC2b", "(reaching IC1 and above)"),
])
def test_summary_counts_a_level_added_among_those_raised(tmp_path, position: int, added: str, levels: str) -> None:
    old, new = _cumulative_pair(tmp_path, position, added)
    out = CliRunner().invoke(main, ["diff", old, new, "--format", "markdown"]).output
    summary = next(line for line in out.splitlines() if line.startswith("**In short:**"))
    assert levels in summary, summary
    assert "IC1 and above" in out


def test_summary_of_a_lowered_bar_leaves_the_added_level_out(tmp_path) -> None:
    """What is taken out was never asked at the level added: near-miss, unchanged."""
    old = data()
    old["cumulative"] = True
    new = copy.deepcopy(old)
    new["version"] = "2.0.0"
    level(new, "IC1")["competencies"]["impact"].pop()
    new["levels"].append({"id": "IC9", "title": "Engineer Nine", "summary": "I lead more",
                          "competencies": {"impact": ["I set technical direction across several teams"]}})
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old, sort_keys=False), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
    out = CliRunner().invoke(main, ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"),
                                    "--format", "markdown"]).output
    summary = next(line for line in out.splitlines() if line.startswith("**In short:**"))
    assert "lower expectation" in summary and "IC9" not in summary, summary
