"""Regressions of the diff-grading changes found by review: "likely" after
a subject hedges the verb (it names a kind only after a verb or a
preposition that takes the thing); an owner said again by a relative clause
or an "of" phrase is no owner taken out; an owner above team level, or a
thing left indefinite, taken out is no widening; a wide scope put in with
"in"/"within" is read on the scale, not as a bound; defining and
establishing take charge as leading and championing do."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from ladderlint.cli import main

from diffkit import data, level, reworded


graded = reworded


def impact(old: str, new: str) -> str:
    return graded(old, new)[0]


# --- "likely" after a subject is a hedge --------------------------------------

@pytest.mark.parametrize("old, new", [
    # A subject that may be a verb too, before "likely" and its verb.
    ("Senior engineers likely own a service", "Senior engineers own a service"),
    ("Junior engineers likely need more guidance", "Junior engineers need more guidance"),
    ("Engineers likely need more guidance", "Engineers need more guidance"),
    ("Engineers at this level likely lead design reviews", "Engineers at this level lead design reviews"),
    ("The engineer likely mentors one or two people", "The engineer mentors one or two people"),
    ("Teams likely rely on you for reviews", "Teams rely on you for reviews"),
    ("Your work likely spans several teams", "Your work spans several teams"),
    ("Their designs likely shape the roadmap", "Their designs shape the roadmap"),
    # "likely" opening its clause.
    ("At this level, likely leads the incident review", "At this level, leads the incident review"),
    ("When asked, likely steps in as incident commander", "When asked, steps in as incident commander"),
])
def test_likely_after_a_subject_is_a_hedge(old: str, new: str) -> None:
    assert graded(old, new)[0] == "raises-bar"
    assert graded(old, new)[2] == ["certainty raised"]
    assert impact(new, old) == "lowers-bar"


@pytest.mark.parametrize("old, new", [
    # Near misses: after a verb or a preposition that takes the thing, "likely" names a kind of it.
    ("Identifies likely risks", "Identifies risks"),
    ("I identify likely risks", "I identify risks"),
    ("Identify and mitigate likely risks", "Identify and mitigate risks"),
    ("Handles likely edge cases", "Handles edge cases"),
    ("Prepares for likely questions from stakeholders", "Prepares for questions from stakeholders"),
    ("Spots likely issues early", "Spots issues early"),
])
def test_likely_after_a_verb_names_a_kind(old: str, new: str) -> None:
    impact_, _, reasons = graded(old, new)
    assert impact_ == "lowers-bar" and "certainty raised" not in reasons


# --- an owner said again another way, or wider than a team ---------------------

@pytest.mark.parametrize("mine, the_teams", [
    # Whose it is said after the thing, by a relative clause or an "of" phrase: no owner simply taken out.
    ("Fixes the bugs I introduce", "Fixes my team's bugs"),
    ("Reviews the pull requests assigned to me", "Reviews my team's pull requests"),
    ("Keeps the services I built healthy", "Keeps my team's services healthy"),
    ("Writes the documentation for features I ship", "Writes my team's documentation"),
    ("Improves the processes of the platform", "Improves my team's processes"),
])
def test_an_owner_said_after_the_thing_is_no_owner_taken_out(mine: str, the_teams: str) -> None:
    # Mine to my team's asks more: raised, with what else changed for a reviewer to see; never lowered alone.
    impact_, also, reasons = graded(mine, the_teams)
    assert impact_ == "raises-bar" and also == "lowers-bar", (impact_, also, reasons)
    assert "scope lowered" not in reasons and "owner put in" not in reasons, reasons


@pytest.mark.parametrize("old, new", [
    # An owner wider than a team: the whole of it already, taken out nothing wider is asked.
    ("Sets the company's technical direction", "Sets the technical direction"),
    ("Follows the industry's best practices", "Follows best practices"),
    ("Sets the org's engineering standards", "Sets engineering standards"),
    ("Shapes the department's hiring plan", "Shapes the hiring plan"),
])
def test_an_owner_wider_than_a_team_taken_out_raises_nothing(old: str, new: str) -> None:
    assert impact(old, new) != "raises-bar"


@pytest.mark.parametrize("old, new", [
    # The thing left indefinite is one of a kind, not all of it.
    ("Owns my team's roadmap", "Owns a roadmap"),
    ("Contributes to the team's goals", "Contributes to goals"),
])
def test_an_owner_taken_out_leaving_the_thing_indefinite_is_editorial(old: str, new: str) -> None:
    assert impact(old, new) == "editorial"
    assert impact(new, old) == "editorial"


@pytest.mark.parametrize("old, new", [
    # Near misses: a team's owner taken out, all of it left, still widens; said so.
    ("Keeps my team's services healthy", "Keeps the services healthy"),
    ("Keeps the squad's services healthy", "Keeps the services healthy"),
    ("Owns my team's roadmap", "Owns the roadmap"),
    ("Keeps the code they own healthy", "Keeps the code healthy"),
])
def test_an_owner_taken_out_is_said_so(old: str, new: str) -> None:
    assert graded(old, new) == ("raises-bar", None, ["owner taken out"])
    assert graded(new, old) == ("lowers-bar", None, ["owner put in"])


# --- a wide scope put in with "in" or "within" ----------------------------------

@pytest.mark.parametrize("old, new", [
    ("Is recognised as the expert", "Is recognised as an expert in the industry"),
    ("Speaks at the events", "Speaks at events in the industry"),
    ("Mentors the engineers", "Mentors engineers in the industry"),
    ("Reviews the designs", "Reviews designs within the org"),
    ("Improves the processes", "Improves processes within the company"),
])
def test_a_wide_scope_put_in_with_in_is_no_narrowing_only(old: str, new: str) -> None:
    assert impact(old, new) == "raises-bar"


@pytest.mark.parametrize("old, new", [
    # Near misses: a team-level scope put in bounds the work.
    ("Mentors the engineers", "Mentors engineers in the team"),
    ("Improves the processes", "Improves processes within the team"),
])
def test_a_team_scope_put_in_with_in_narrows(old: str, new: str) -> None:
    assert impact(old, new) == "lowers-bar"
    assert impact(new, old) == "raises-bar"


# --- defining and establishing take charge ---------------------------------------

@pytest.mark.parametrize("old, new", [
    ("Defines the technical strategy", "Drives the technical strategy"),
    ("Defines the technical vision for the team", "Champions the technical vision for the team"),
    ("Establishes coding standards", "Spearheads coding standards"),
    ("Establishes best practices", "Drives best practices"),
    ("Defines the release process", "Leads the release process"),
])
def test_defining_is_taking_charge(old: str, new: str) -> None:
    assert impact(old, new) == "editorial"
    assert impact(new, old) == "editorial"


@pytest.mark.parametrize("old, new", [
    # Near misses: a plain act of deciding is less than leading others in it.
    ("Makes decisions", "Leads decisions"),
    ("Decides what to build next", "Leads what to build next"),
    ("Shapes the strategy", "Defines the strategy"),
])
def test_deciding_is_below_leading(old: str, new: str) -> None:
    assert impact(old, new) == "raises-bar"
    assert impact(new, old) == "lowers-bar"


@pytest.mark.parametrize("lower, higher, reported", [
    ("Establishes coding standards for the team and keeps them up to date",
     "Champions coding standards for the team and keeps them up to date", True),
    # Near miss: deciding to leading is growth.
    ("Decides what the team builds next with the product manager",
     "Leads what the team builds next with the product manager", False),
])
def test_ll205_ranks_defining_with_championing(tmp_path, lower: str, higher: str, reported: bool) -> None:
    document = {
        "ladderlint": 1, "id": "acme", "name": "Acme Engineering", "version": "1.0.0",
        "organisation": {"name": "Acme"}, "cumulative": False,
        "dimensions": [{"id": "work", "name": "Work", "competencies": [{"id": "c0", "name": "Comp 0"}]}],
        "levels": [{"id": "L1", "title": "Level One", "competencies": {"c0": [lower]}},
                   {"id": "L2", "title": "Level Two", "competencies": {"c0": [higher]}}],
    }
    path = tmp_path / "ladder.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(path)]).output
    assert ("LL205" in out) == reported, out


# --- a level added: every format names it alike ----------------------------------

def _with_a_level_added(tmp_path, edit) -> tuple[str, str]:
    import copy
    old = data()
    old["cumulative"] = True
    new = copy.deepcopy(old)
    new["version"] = "2.0.0"
    edit(level(new, "IC1")["competencies"]["impact"])
    new["levels"].append({"id": "IC4", "title": "Engineer Four", "summary": "I lead more",
                          "competencies": {"impact": ["I set technical direction across several teams"]}})
    paths = []
    for name, document in (("old.yaml", old), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(str(path))
    return paths[0], paths[1]


def _json_reached(old: str, new: str) -> dict[str, list[str]]:
    import json
    out = json.loads(CliRunner().invoke(main, ["diff", old, new, "--format", "json"]).output)
    frameworks = out.get("frameworks", [out])
    return {c["kind"]: c["levels_reached"] for f in frameworks for c in f["changes"]
            if c["kind"].startswith("statement-")}


def test_a_raise_reaches_a_level_added_in_every_format(tmp_path) -> None:
    old, new = _with_a_level_added(tmp_path, lambda cell: cell.append("I write a design doc for every feature"))
    assert _json_reached(old, new) == {"statement-added": ["IC1", "IC2", "IC3", "IC4"]}
    notes = CliRunner().invoke(main, ["diff", old, new, "--format", "markdown"]).output
    assert "(at IC1, IC2, IC3 and IC4)" in notes
    section = notes[notes.index("## The new level IC4"):]
    assert "1 new or higher expectation at IC1 applies here too" in section, section


def test_a_lowered_bar_leaves_the_level_added_out_in_every_format(tmp_path) -> None:
    """Near miss: what is taken out was never asked at the level added."""
    old, new = _with_a_level_added(tmp_path, lambda cell: cell.pop())
    assert _json_reached(old, new) == {"statement-removed": ["IC1", "IC2", "IC3"]}
    notes = CliRunner().invoke(main, ["diff", old, new, "--format", "markdown"]).output
    section = notes[notes.index("## The new level IC4"):]
    assert "applies here too" not in section and "apply here too" not in section, section
