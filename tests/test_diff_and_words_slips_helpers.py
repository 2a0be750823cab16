"""Rewordings a report-only trial of the diff gate walked around, each read
by a general reading: a word for "and" in place of "or" asks for both, as
"and" does; a misspelt word of help, a condition or a frequency is read as
the word meant; help qualified by a word of no known amount, or had from
someone less senior, changes the help; "does not always" says how often."""

from __future__ import annotations

import json

import pytest
import yaml
from diffkit import BASE

from ladderlint.diff.grade import grade


def _impact(old: str, new: str) -> str:
    return grade(old, new).impact.value


# -- "or" for a word that means "and" ------------------------------------------------------------------


@pytest.mark.parametrize("joined", [
    "&", "+", "plus", "as well as", "and also", "and then", "along with", "together with", "in addition to",
    "alongside",
])
def test_or_replaced_by_a_word_for_and_asks_for_both(joined):
    graded = grade("Writes unit or integration tests for every change",
                   f"Writes unit {joined} integration tests for every change")
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("alternatives all asked",))


@pytest.mark.parametrize("joined", ["&", "as well as", "together with"])
def test_a_word_for_and_replaced_by_or_asks_for_one(joined):
    graded = grade(f"Designs {joined} reviews services", "Designs or reviews services")
    assert (graded.impact.value, graded.reasons) == ("lowers-bar", ("one of them asked",))


@pytest.mark.parametrize(("old", "new"), [
    ("Designs and reviews services", "Designs & reviews services"),
    ("Designs and reviews services", "Designs as well as reviews services"),
    ("Designs and reviews services", "Designs along with reviews services"),
    ("Designs plus reviews services", "Designs and also reviews services"),
    ("Works with the team", "Works alongside the team"),
    ("Runs R&D projects", "Runs R & D projects"),
])
def test_one_word_for_and_for_another_is_editorial(old, new):
    assert _impact(old, new) == "editorial", grade(old, new).reasons


def test_a_sign_inside_a_word_is_no_and():
    assert _impact("Writes C++ code", "Writes C code") == "editorial"
    assert _impact("Mentors 2+ engineers", "Mentors 3+ engineers") == "raises-bar"


# -- a misspelt word of help, a condition or a frequency ------------------------------------------------


@pytest.mark.parametrize(("old", "new", "reason"), [
    ("Delivers small tasks on time with guidence from a senior engineer", "Delivers small tasks on time",
     "autonomy raised"),
    ("May be on call for their team's services when aksed", "May be on call for their team's services",
     "unconditional ask raised"),
    ("Reviews code from their team, ocasionally", "Reviews code from their team", "frequency raised"),
    # A Cyrillic "і" that looks like the Latin one.
    ("Delivers small tasks on time with gu\u0456dance from a senior engineer", "Delivers small tasks on time",
     "autonomy raised"),
    # A Cyrillic "а" in a short word: the letter typed again, not the likeliest word one edit away ("my").
    ("M\u0430y be on call for their team's services", "Is on call for their team's services", "certainty raised"),
])
def test_a_misspelt_word_of_a_scale_taken_out_is_read_as_the_word_meant(old, new, reason):
    graded = grade(old, new)
    assert (graded.impact.value, graded.reasons) == ("raises-bar", (reason,))


@pytest.mark.parametrize(("old", "new"), [
    ("Delivers small tasks with guidence from a senior engineer", "Delivers small tasks with guidance from a "
     "senior engineer"),
    ("Delivers small tasks with guidance", "Delivers small tasks with gu\u0456dance"),
    ("Reviews code, ocasionally", "Reviews code, occasionally"),
    ("Writes unit tests for every chnage", "Writes unit tests for every change"),
    ("Writes unit tests", "Writes unti tests"),
])
def test_a_typo_fixed_or_made_stays_editorial(old, new):
    assert _impact(old, new) == "editorial", grade(old, new).reasons


# -- help qualified, and who helps ----------------------------------------------------------------------


HELPED = "Delivers small tasks on time with guidance from a senior engineer"


@pytest.mark.parametrize("qualifier", ["as-needed", "loose", "brief", "initial", "light-touch", "hands-off"])
def test_help_qualified_by_a_word_of_no_known_amount_is_for_a_reviewer(qualifier):
    graded = grade(HELPED, HELPED.replace("with guidance", f"with {qualifier} guidance"))
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("help changed unclear",))


@pytest.mark.parametrize("qualifier", ["light", "limited", "infrequent"])
def test_help_qualified_by_a_known_amount_is_still_read_on_its_scale(qualifier):
    graded = grade(HELPED, HELPED.replace("with guidance", f"with {qualifier} guidance"))
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("autonomy raised",))


@pytest.mark.parametrize("helper", ["a junior engineer", "a teammate", "a peer"])
def test_help_from_someone_less_senior_raises_the_bar(helper):
    graded = grade(HELPED, HELPED.replace("a senior engineer", helper))
    assert (graded.impact.value, graded.reasons) == ("raises-bar", ("autonomy raised",))


def test_help_from_someone_more_senior_lowers_it():
    graded = grade(HELPED.replace("a senior engineer", "a junior engineer"), HELPED)
    assert (graded.impact.value, graded.reasons) == ("lowers-bar", ("autonomy lowered",))


@pytest.mark.parametrize(("old", "new"), [
    ("Ships with guidance from their manager", "Ships with guidance from their mentor"),
    ("Ships with guidance from my manager", "Ships with guidance from my direct manager"),
    ("Ships with guidance from a senior engineer", "Ships with guidance from an engineer"),
    ("Ships with guidance", "Ships with the guidance"),
    ("Tries to unblock themselves before seeking help", "Tries to unblock themselves before asking for help"),
])
def test_who_helps_said_another_way_stays_editorial(old, new):
    assert _impact(old, new) == "editorial", grade(old, new).reasons


# -- "does not always" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "impact", "reason"), [
    ("Occasionally suggests improvements", "Does not always suggest improvements", "raises-bar",
     "frequency raised"),
    ("Always suggests improvements", "Doesn't always suggest improvements", "lowers-bar", "frequency lowered"),
    ("Does not always suggest improvements", "Always suggests improvements", "raises-bar", "frequency raised"),
])
def test_not_always_is_a_frequency(old, new, impact, reason):
    graded = grade(old, new)
    assert (graded.impact.value, graded.reasons) == (impact, (reason,))


def test_not_always_and_usually_say_the_same():
    assert _impact("Usually suggests improvements", "Does not always suggest improvements") == "editorial"


@pytest.mark.parametrize("conceded", ["Writes tests, though not necessarily for every change",
                                      "Writes tests for every change, though not always"])
def test_a_concession_is_still_a_concession(conceded):
    graded = grade("Writes tests for every change", conceded)
    assert (graded.impact.value, graded.reasons) == ("lowers-bar", ("a concession added",))


# -- through the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), [
    # A typo'd phrase of help taken out: more autonomy asked, not words taken out.
    ("I deliver my tasks on time with guidence from a senior engineer", "I deliver my tasks on time"),
    # "or" for "as well as": both asked.
    ("I ask for help or escalate when I am stuck on a task", "I ask for help as well as escalate when I am stuck "
     "on a task"),
])
def test_the_gate_fails_on_the_readings(cli, write, old, new):
    document = yaml.safe_load(BASE)
    statements = document["levels"][0]["competencies"]["impact"]
    statements[0] = old
    before = write("old.yaml", yaml.safe_dump(document, sort_keys=False))
    statements[0] = new
    after = write("new.yaml", yaml.safe_dump(document, sort_keys=False))
    run = cli("diff", str(before), str(after), "--format", "json", "--fail-on", "raises-bar")
    changes = json.loads(run.output)["frameworks"][0]["changes"]
    assert [c["impact"] for c in changes] == ["raises-bar"], changes
    assert run.exit_code == 1
