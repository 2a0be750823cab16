"""Findings of `check` judged false by a trial on real published frameworks:
a phrase named again in a clause of its own, "the organization" read as
narrower than the company, and a verb of more involvement read as no
growth."""

from __future__ import annotations

import json
import subprocess

import pytest

from rule_helpers import findings, framework_yaml


def two_levels(lower: list[str], higher: list[str], org: str = "Skylight") -> str:
    """A framework of two levels, each with its statements in competency 'a'."""
    def cell(statements: list[str]) -> str:
        return "".join(f"        - {json.dumps(s)}\n" for s in statements)
    return (
        'ladderlint: 1\nid: oak\nname: Oak Engineering\ntrack: Engineer\nversion: "1.0.0"\n'
        f"organisation: {{name: {org}}}\nvoice: second-person\n"
        "dimensions:\n  - {id: d, name: People, competencies: [{id: a, name: Relationships}]}\n"
        "levels:\n"
        "  - id: L1\n    title: Engineer\n    summary: You build.\n    competencies:\n      a:\n" + cell(lower)
        + "  - id: L2\n    title: Senior Engineer\n    summary: You build more.\n    competencies:\n      a:\n"
        + cell(higher)
    )


# --- LL511: a subordinating conjunction parts two clauses, as "and" does --------------

@pytest.mark.parametrize("statement", [
    "I can answer questions like: should e2e tests be run in multiple browsers if we support multiple "
    "browsers with the product?",
    "I page the on-call engineer when the on-call engineer is needed.",
    "I update the release notes because the release notes are what customers read.",
    "I leave feature flags on unless feature flags slow the service.",
])
def test_ll511_a_phrase_named_again_after_a_subordinating_conjunction_is_quiet(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    assert findings(cli, path, select="LL511") == []


@pytest.mark.parametrize("statement", [
    "If needed I use meeting practices inclusive meeting practices.",
    "When asked I run e2e tests in multiple browsers on multiple browsers.",
])
def test_ll511_a_repeated_phrase_in_one_clause_is_still_reported(cli, write, statement):
    path = write("f.yaml", framework_yaml([statement]))
    found = findings(cli, path, select="LL511")
    assert len(found) == 1 and "said twice" in found[0], found


# --- LL207: "the organization" alone is the whole company -----------------------------

@pytest.mark.parametrize(("lower", "higher"), [
    ("You use your relationships across Skylight to get your reports the help they need.",
     "You use your relationships across the organization to get your reports the help they need."),
    ("You use your relationships across the company to get your reports the help they need.",
     "You use your relationships across the whole organisation to get your reports the help they need."),
])
def test_ll207_the_organisation_is_no_smaller_than_the_company(cli, write, lower, higher):
    path = write("f.yaml", two_levels([lower], [higher]))
    assert findings(cli, path, select="LL207") == []


@pytest.mark.parametrize("higher", [
    "You use your relationships across my organisation to get your reports the help they need.",
    "You use your relationships across the engineering organization to get your reports the help they need.",
    "You use your relationships across the team to get your reports the help they need.",
])
def test_ll207_ones_own_organisation_or_a_part_is_still_smaller_than_the_company(cli, write, higher):
    path = write("f.yaml", two_levels(
        ["You use your relationships across the company to get your reports the help they need."], [higher]))
    found = findings(cli, path, select="LL207")
    assert len(found) == 1 and "names a smaller scope" in found[0], found


# --- LL205: a verb of more involvement is growth ---------------------------------------

@pytest.mark.parametrize(("lower", "higher"), [
    ("Understands established conventions in project (architecture, git flow, deploy flow etc.)",
     "Influences established conventions in project (architecture, git flow, deploy flow etc.)"),
    ("Follows the coding standards of the team", "Defines the coding standards of the team"),
    ("Helps the planning of each release", "Leads the planning of each release"),
])
def test_ll205_a_verb_of_more_involvement_is_growth(cli, write, lower, higher):
    path = write("f.yaml", two_levels([lower], [higher]))
    assert findings(cli, path, select="LL205") == []


@pytest.mark.parametrize(("lower", "higher", "said"), [
    ("Influences established conventions in project (architecture, git flow, deploy flow etc.)",
     "Understands established conventions in project (architecture, git flow, deploy flow etc.)",
     "only 'Influences' -> 'Understands' changed"),
    ("Follows established conventions in project (architecture, git flow, deploy flow etc.)",
     "Understands established conventions in project (architecture, git flow, deploy flow etc.)",
     "only 'Follows' -> 'Understands' changed"),
])
def test_ll205_a_verb_of_no_more_involvement_is_still_reported(cli, write, lower, higher, said):
    path = write("f.yaml", two_levels([lower], [higher]))
    found = findings(cli, path, select="LL205")
    assert len(found) == 1 and said in found[0], found


# --- the differ reads "the organisation" on the same scale -----------------------------

@pytest.mark.parametrize(("before", "after", "graded"), [
    ("across the organisation", "across the company", "editorial"),
    ("across my organisation", "across the company", "raises-bar"),
])
def test_diff_reads_the_organisation_as_the_company(cli, write, tmp_path, before, after, graded):
    text = two_levels([f"You share what you learn {before}."], ["You build more."])
    path = write("f.yaml", text)
    git = ["git", "-C", str(tmp_path), "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)
    write("f.yaml", text.replace(before, after))
    run = cli("diff", "--base", "HEAD", "--no-color", str(path), cwd=tmp_path)
    assert f"1 change: 1 {graded}." in run.output, run.output
