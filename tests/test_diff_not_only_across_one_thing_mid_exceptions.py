"""Scope read the way a reader of the ladder reads it: "not only" widens
what follows rather than bounding it, "across" spans one thing named
("across the architecture") without reaching past the team, and an
exception cut from the middle of its clause asks more, as one cut from its
end does."""

from __future__ import annotations

import pytest

from diffkit import reworded


@pytest.mark.parametrize(("old", "new", "impact", "reason"), [
    # "not only" reaches past what follows: no narrowing.
    ("Reviews code for all services", "Reviews code for all services, but not only internal ones",
     "raises-bar", "scope raised"),
    ("Reviews code for internal services", "Reviews code not only for internal services",
     "raises-bar", "scope raised"),
    ("Reviews code only for internal services", "Reviews code not only for internal services",
     "raises-bar", "scope raised"),
    ("Reviews code not only for internal services", "Reviews code only for internal services",
     "lowers-bar", "scope lowered"),
    # Near-misses: "only" with no negation before it still bounds.
    ("Reviews code for services", "Reviews code only for internal services", "lowers-bar", "scope lowered"),
    ("Reviews code for all services", "Reviews code for all services, but only internal ones",
     "lowers-bar", "scope lowered"),
    ("Reviews code for all services", "Reviews code for all services, but not internal ones",
     "lowers-bar", "an exception added"),
])
def test_not_only_widens(old: str, new: str, impact: str, reason: str) -> None:
    got, _also, reasons = reworded(old, new)
    assert (got, reasons) == (impact, [reason])


@pytest.mark.parametrize(("old", "new", "impact", "reason"), [
    # "not only ... but" joins two things, both asked, as "and" does: no reach, no bound.
    ("Designs systems that are scalable", "Designs systems that are not only functional but scalable",
     "raises-bar", "words added"),
    ("Writes code", "Writes not only code but tests", "raises-bar", "words added"),
])
def test_not_only_with_but_joins_what_both_ask(old: str, new: str, impact: str, reason: str) -> None:
    got, _also, reasons = reworded(old, new)
    assert (got, reasons) == (impact, [reason])


def test_not_only_with_but_said_with_and_is_wording() -> None:
    assert reworded("Designs systems that are not only functional but scalable",
                    "Designs systems that are functional and scalable")[0] == "editorial"


@pytest.mark.parametrize(("old", "new"), [
    ("Weighs tradeoffs across the architecture", "Weighs tradeoffs of the architecture"),
    ("Weighs tradeoffs of the architecture", "Weighs tradeoffs across the architecture"),
    ("Fixes bugs in the codebase", "Fixes bugs throughout the codebase"),
])
def test_across_one_thing_is_no_reach(old: str, new: str) -> None:
    assert reworded(old, new) == ("editorial", None, [])


@pytest.mark.parametrize(("old", "new"), [
    # A group of people, a unit of the organisation, several places, one's own unit: a reach still.
    ("Shares knowledge across teams", "Shares knowledge within the team"),
    ("Shares knowledge across the team", "Shares knowledge within the team"),
    ("Shares knowledge across the engineering organisation", "Shares knowledge in the team"),
    ("Fixes bugs across their area", "Fixes bugs in their team"),
    ("Fixes bugs across several projects", "Fixes bugs in a project"),
])
def test_across_people_still_reaches(old: str, new: str) -> None:
    got, _also, reasons = reworded(old, new)
    assert got == "lowers-bar" and "scope lowered" in reasons


@pytest.mark.parametrize(("old", "new", "impact", "reason"), [
    ("Reviews all designs except proposals before they ship", "Reviews all designs before they ship",
     "raises-bar", "an exception taken out"),
    ("Reviews all designs excluding drafts within a day", "Reviews all designs within a day",
     "raises-bar", "an exception taken out"),
    ("Reviews all designs before they ship", "Reviews all designs except proposals before they ship",
     "lowers-bar", "an exception added"),
    # At the end of its clause, as before.
    ("Reviews all designs before they ship, except proposals", "Reviews all designs before they ship",
     "raises-bar", "an exception taken out"),
    # Near-miss: words that are no exception, cut from the middle, are words taken out.
    ("Reviews designs and proposals before they ship", "Reviews designs before they ship",
     "lowers-bar", "words taken out"),
])
def test_exception_in_the_middle_of_its_clause(old: str, new: str, impact: str, reason: str) -> None:
    got, _also, reasons = reworded(old, new)
    assert (got, reasons) == (impact, [reason])
