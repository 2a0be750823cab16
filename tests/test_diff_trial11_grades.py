"""Regressions from the eleventh trial of `diff --fail-on raises-bar`: a
deadline made shorter without a number, a scope widened by taking out whose
the work is, "limited" and "minimal" guidance, and the words a reading
quotes as taken out."""
from __future__ import annotations

import pytest

from diffkit import reworded
from ladderlint.diff.grade import grade, words_read
from model_rules_helpers import findings
from test_rules_progression import lower_and_higher


# --- a deadline made shorter without a number ------------------------------------------------------------------

@pytest.mark.parametrize("at_once", ["immediately", "right away", "at once", "straight away", "instantly"])
@pytest.mark.parametrize("deadline", ["within a day", "within a couple of days", "within 4 hours",
                                      "by the end of the day", "the same day"])
def test_acting_at_once_is_sooner_than_any_deadline(deadline: str, at_once: str) -> None:
    old, new = f"Fixes broken builds {deadline}", f"Fixes broken builds {at_once}"
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons
    assert grade(new, old).impact.value == "lowers-bar", grade(new, old).reasons


@pytest.mark.parametrize(("old", "new"), [
    ("Fixes broken builds immediately", "Fixes broken builds right away"),
    ("Fixes broken builds at once", "Fixes broken builds straight away"),
])
def test_one_word_for_acting_at_once_for_another_is_wording(old: str, new: str) -> None:
    assert grade(old, new).impact.value == "editorial"


def test_at_once_after_many_things_says_together_not_now() -> None:
    # "several incidents at once" is about how many, not how soon: no deadline put in.
    got = grade("Handles several incidents", "Handles several incidents at once")
    assert "deadline put in" not in got.reasons and "deadline raised" not in got.reasons


@pytest.mark.parametrize("vague", ["promptly", "quickly", "in a timely manner", "as soon as possible",
                                   "without delay"])
@pytest.mark.parametrize("deadline", ["within a day", "within a couple of days", "by the end of the week"])
def test_a_vague_time_for_a_deadline_is_held_for_a_reviewer(deadline: str, vague: str) -> None:
    got = grade(f"Escalates blockers {deadline}", f"Escalates blockers {vague}")
    assert (got.impact.value, got.also and got.also.value) == ("raises-bar", "lowers-bar"), got.reasons
    assert "more words taken out than added" not in got.reasons


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("within 24 hours", "the same day", "raises-bar"),
    ("within a day", "on the same day", "raises-bar"),
    ("within a day", "within the same day", "raises-bar"),
    ("within a day", "same-day", "raises-bar"),
    ("within a week", "the same week", "raises-bar"),
    ("within a week", "same-week", "raises-bar"),
    ("within 2 days", "the same day", "raises-bar"),
    ("the same day", "within a day", "lowers-bar"),
    ("the same day", "the same week", "lowers-bar"),
    ("within 4 hours", "the same day", "lowers-bar"),
    ("the same day", "same-day", "editorial"),
    ("within the same day", "the same day", "editorial"),
])
def test_the_same_period_ends_with_it(old: str, new: str, expected: str) -> None:
    got = grade(f"Fixes broken builds {old}", f"Fixes broken builds {new}")
    assert got.impact.value == expected, got.reasons


def test_the_same_day_against_half_a_day_needs_a_reviewer() -> None:
    got = grade("Fixes broken builds within half a day", "Fixes broken builds the same day")
    assert (got.impact.value, got.also and got.also.value) == ("raises-bar", "lowers-bar")


def test_a_deadline_shortened_to_at_once_fails_the_gate() -> None:
    assert reworded("Fixes broken builds within a day", "Fixes broken builds immediately") \
        == ("raises-bar", None, ["deadline tightened"])


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "same-day" before the noun, a deadline after it: one deadline lowered, not one taken out and one put in.
    ("I ship same-day fixes for outages", "I ship fixes for outages within a week", "lowers-bar"),
    ("I ship fixes for outages within a week", "I ship same-day fixes for outages", "raises-bar"),
    ("I deliver same-day turnaround on reviews", "I deliver turnaround on reviews within the same week", "lowers-bar"),
    ("I ship fixes for outages the same day", "I ship fixes for outages within a week", "lowers-bar"),
])
def test_a_same_period_deadline_moved_in_the_sentence_is_read_once(old: str, new: str, expected: str) -> None:
    got = grade(old, new)
    assert got.impact.value == expected, got.reasons
    assert not {"deadline lowered", "deadline raised"} <= set(got.reasons)


@pytest.mark.parametrize(("old", "new"), [
    ("I was not immediately effective", "I was effective"),  # no deadline was asked
    ("I never act immediately on rumours", "I act on rumours"),
])
def test_a_negated_at_once_is_no_deadline(old: str, new: str) -> None:
    assert not any("deadline" in r for r in grade(old, new).reasons), grade(old, new).reasons


def test_at_once_after_a_count_of_another_action_is_a_deadline() -> None:
    got = grade("I own several services and fix their outages at once",
                "I own several services and fix their outages within a day")
    assert (got.impact.value, got.reasons) == ("lowers-bar", ("deadline lowered",))
    # Near-miss: a count right before it says together, no deadline.
    assert not any("deadline" in r for r in grade("I handle several incidents at once",
                                                   "I handle several incidents").reasons)


# --- whose the work is, taken out ------------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new"), [
    ("Fixes bugs in the parts of the code they wrote themselves", "Fixes any bug"),
    ("Fixes bugs in the parts of the code they wrote themselves", "Fixes bugs"),
    ("Fixes bugs in the code they own", "Fixes any bug"),
    ("Fixes bugs that they own", "Fixes any bug"),
    ("Fixes bugs that they own", "Fixes bugs"),
    ("Fixes bugs on their team", "Fixes any bug"),
    ("Reviews code written by their own squad", "Reviews any code"),
    ("Writes tests for the code they write", "Writes tests"),
    ("Owns the services their team runs", "Owns every service"),
    ("Fixes the bugs they introduce", "Fixes all bugs"),
])
def test_whose_the_work_is_taken_out_widens_it(old: str, new: str) -> None:
    got = grade(old, new)
    assert got.impact.value == "raises-bar", got.reasons
    assert not any(r.startswith("more words taken out") for r in got.reasons)
    assert grade(new, old).impact.value == "lowers-bar", grade(new, old).reasons


@pytest.mark.parametrize(("old", "new"), [
    ("Designs and builds services", "Builds services"),  # an action taken out
    ("Designs and builds services that they own", "Builds services that they own"),
    ("Fixes bugs in the payment service", "Fixes bugs"),  # a place, not whose
])
def test_an_action_or_a_place_taken_out_still_asks_less(old: str, new: str) -> None:
    assert grade(old, new).impact.value == "lowers-bar", grade(old, new).reasons


@pytest.mark.parametrize(("old", "new"), [
    # A clause after the thing that asks something of it, not whose it is: a demand put in.
    ("I write code", "I write code my team can maintain"),
    ("I build tools", "I build tools that my team relies on"),
    ("I build tools", "I build tools my team uses every day"),
    ("I write documentation", "I write documentation that my team relies on"),
    ("I ship features", "I ship features that my team is proud of"),
    ("I automate processes", "I automate processes my team runs by hand"),
    ("I build services", "I build services that my team owns end to end"),
    # A negation: the thing is not theirs.
    ("I fix bugs", "I fix bugs in code I never wrote"),
    ("I fix bugs", "I fix bugs in code I did not write"),
    ("I fix bugs", "I fix bugs in services I don't own"),
])
def test_a_clause_that_asks_of_the_thing_is_words_added(old: str, new: str) -> None:
    assert grade(old, new).impact.value == "raises-bar", grade(old, new).reasons
    assert grade(new, old).impact.value == "lowers-bar", grade(new, old).reasons
    assert reworded(old, new)[0] == "raises-bar"


@pytest.mark.parametrize(("old", "new"), [
    ("I fix bugs", "I fix bugs in the code I wrote"),
    ("I build tools", "I build tools that my team owns"),
    ("I run services", "I run the services my team maintains"),
    ("I fix bugs", "I fix bugs on my team"),
    ("I review code", "I review code my team wrote"),
])
def test_whose_the_work_is_put_in_still_narrows_it(old: str, new: str) -> None:
    assert grade(old, new).impact.value == "lowers-bar", grade(old, new).reasons


def test_the_scope_widened_fails_the_gate() -> None:
    assert reworded("Fixes bugs in the parts of the code they wrote themselves", "Fixes any bug")[0] == "raises-bar"


# --- limited and minimal guidance ------------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "expected"), [
    ("with limited guidance", "with minimal guidance", "raises-bar"),
    ("with minimal guidance", "with limited guidance", "lowers-bar"),
    ("with some guidance", "with limited guidance", "raises-bar"),
    ("with limited guidance", "independently", "raises-bar"),
    ("with little guidance", "with minimal guidance", "editorial"),  # one rung, two words
])
def test_limited_guidance_is_more_than_minimal(old: str, new: str, expected: str) -> None:
    got = grade(f"Designs services {old}", f"Designs services {new}")
    assert got.impact.value == expected, got.reasons


def test_ll207_reads_limited_guidance_above_minimal(cli, write) -> None:
    minimal, limited = "Writes design documents with minimal guidance", "Writes design documents with limited guidance"
    assert [f.split(": ", 1)[1] for f in findings(cli, write, lower_and_higher(minimal, limited), "LL207")] == [
        "competency 'impact' at level 'L3' asks for 'with limited guidance' what level 'L2' asks for "
        "'with minimal guidance'; a higher level should need less guidance: swap the two, or say what this level adds"]
    assert findings(cli, write, lower_and_higher(limited, minimal), "LL207") == []


# --- the words a reading quotes --------------------------------------------------------------------------------

@pytest.mark.parametrize("new", ["communicating technical decisions (e.g. ADRs)",
                                 "Communicates technical decisions (ADR)"])
def test_a_word_still_said_is_not_quoted_as_taken_out(new: str) -> None:
    got = grade("Communicates technical decisions (ADRs, issues, wiki, ...)", new)
    quoted = [w for reason in got.reasons for pair in words_read(reason) for w in pair]
    assert quoted == ["issues, wiki", ""], quoted
