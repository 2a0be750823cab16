"""Round-15 trial of `diff --fail-on lowers-bar`: comma lists made
alternatives, quantities lowered, an exception of cases ("except where"),
and how soon help is sought said in other words."""

from __future__ import annotations

import pytest

from ladderlint.diff import Impact
from ladderlint.diff.grade import grade


# An exception of cases: "where" names the cases the statement does not reach, so less is asked, and only less.
@pytest.mark.parametrize("new", [
    "Leads initiatives critical to the business or platform, except where another team owns the platform",
    "Leads initiatives critical to the business or platform except where another team owns the platform",
    "Leads initiatives critical to the business or platform, other than where another team owns the platform",
])
def test_an_exception_of_cases_lowers_the_bar_only(new):
    old = "Leads initiatives critical to the business or platform"
    g = grade(old, new)
    assert (g.impact, g.also, g.reasons) == (Impact.LOWERS_BAR, None, ("an exception added",)), g
    back = grade(new, old)  # taken out: all of it is asked again
    assert (back.impact, back.also) == (Impact.RAISES_BAR, None), back


@pytest.mark.parametrize("new", [
    "Deploys daily, except when the build is red",  # an event, which may call for a care: both ways
    "Deploys daily, except if the build is red",
    "Deploys daily unless the build is red",
])
def test_a_condition_of_an_event_is_still_read_both_ways(new):
    g = grade("Deploys daily", new)
    assert {g.impact, g.also} == {Impact.RAISES_BAR, Impact.LOWERS_BAR}, g


# How soon help is sought, written out: the same adverb, not a topic of the help.
@pytest.mark.parametrize("old, new", [
    ("Seeks help timely, strives for highest quality in work",
     "Seeks help in a timely manner, strives for highest quality in work"),
    ("Seeks help timely, strives for highest quality in work",
     "Seeks help in good time, strives for highest quality in work"),
    ("Seeks help promptly", "Seeks help in good time"),
    ("Asks for guidance in a timely manner", "Asks for guidance promptly"),
    ("Escalates risks promptly", "Escalates risks in good time"),
])
def test_how_soon_help_is_sought_said_in_other_words_is_editorial(old, new):
    for before, after in ((old, new), (new, old)):
        g = grade(before, after)
        assert g.impact is Impact.EDITORIAL, (before, after, g)


@pytest.mark.parametrize("old, new, impact", [
    # What help is sought with, after how soon, is still read as such: fewer topics ask more.
    ("Seeks help in a timely manner with complex tasks and estimates",
     "Seeks help in a timely manner with complex tasks", Impact.RAISES_BAR),
    ("Needs help with complex tasks and estimates", "Needs help with complex tasks", Impact.RAISES_BAR),
    ("Seeks help in good time", "Seeks help within a day", Impact.RAISES_BAR),  # a deadline put in
])
def test_what_help_is_sought_with_is_still_read(old, new, impact):
    assert grade(old, new).impact is impact


# A list written with commas asks for each item, as "and" does: made alternatives, one of them will do.
@pytest.mark.parametrize("old, new", [
    ("Writes blogposts, speaks at conferences", "Writes blogposts or speaks at conferences"),
    ("Writes blogposts, speaks at conferences", "Writes blogposts and/or speaks at conferences"),
    ("Writes blogposts, speaks at conferences", "Writes blogposts, or speaks at conferences"),
    ("Mentors junior staff, actively shapes team culture", "Mentors junior staff or actively shapes team culture"),
    ("Mastered interaction design, knowledgeable in research",
     "Mastered interaction design or knowledgeable in research"),
    ("Reviews designs, reviews code, writes RFCs", "Reviews designs, reviews code or writes RFCs"),
    ("Designs services; runs their migrations", "Designs services or runs their migrations"),
    ("Owns the roadmap, the budget", "Owns the roadmap or the budget"),
])
def test_a_comma_list_made_alternatives_lowers_the_bar(old, new):
    g = grade(old, new)
    assert (g.impact, g.reasons) == (Impact.LOWERS_BAR, ("one of them asked",)), g
    assert grade(new, old).impact is Impact.RAISES_BAR  # the other way, each is asked again


@pytest.mark.parametrize("old, new", [
    ("Inspires team, attracts top talent", "Inspires team and attracts top talent"),  # the list said with "and"
    ("Inspires team, attracts top talent", "Inspires team, and attracts top talent"),
    # Its items were alternatives already: the comma was an "or".
    ("Writes blogposts, speaks at conferences or runs workshops",
     "Writes blogposts or speaks at conferences or runs workshops"),
])
def test_a_comma_list_said_another_way_is_editorial(old, new):
    assert grade(old, new).impact is Impact.EDITORIAL


# An "or" inside the last item of a list joined by "and" offers that item's things, not the list's items: a
# comma of the list made "or" is one of them asked all the same.
@pytest.mark.parametrize("old, new", [
    ("Writes design docs, reviews code, and mentors juniors or interns",
     "Writes design docs or reviews code, and mentors juniors or interns"),
    ("Writes design docs, reviews code or pull requests, and mentors juniors",
     "Writes design docs or reviews code or pull requests, and mentors juniors"),
    ("Plans, builds and ships features or fixes", "Plans or builds and ships features or fixes"),
])
def test_a_comma_made_or_beside_an_item_with_its_own_or_lowers_the_bar(old, new):
    g = grade(old, new)
    assert (g.impact, g.reasons) == (Impact.LOWERS_BAR, ("one of them asked",)), g
    assert grade(new, old).impact is Impact.RAISES_BAR


# The last item's own "or" kept, the list edited elsewhere: read by what was edited, never as the list's items
# made alternatives.
@pytest.mark.parametrize("old, new, impact", [
    ("Plans, builds and ships features or fixes", "Plans, builds, and ships features or fixes", Impact.EDITORIAL),
    ("Plans, builds and ships features or fixes", "Builds, plans and ships features or fixes", Impact.EDITORIAL),
    ("Plans, builds and ships features or fixes", "Plans, designs, builds and ships features or fixes",
     Impact.RAISES_BAR),
    ("Plans, builds and ships features or fixes", "Plans and ships features or fixes", Impact.LOWERS_BAR),
    ("Writes design docs, reviews code, and mentors juniors or interns",
     "Writes design docs, reviews code and mentors juniors or interns", Impact.EDITORIAL),
    ("Writes design docs, reviews code, and mentors juniors or interns",
     "Writes design docs; reviews code; mentors juniors or interns", Impact.EDITORIAL),
    ("Writes design docs, reviews code, and mentors juniors or interns",
     "Writes design docs, reviews code, and coaches juniors or interns", Impact.EDITORIAL),
    ("Writes design docs, reviews code, and mentors juniors or interns",
     "Writes design docs, reviews code, mentors juniors or interns, and runs retros", Impact.RAISES_BAR),
    # Near misses: the list's own joining word made "or", and its comma where the list was one of alternatives.
    ("Writes design docs, reviews code, and mentors juniors or interns",
     "Writes design docs, reviews code, or mentors juniors or interns", Impact.LOWERS_BAR),
    ("Writes blogposts, speaks at conferences or runs workshops",
     "Writes blogposts or speaks at conferences or runs workshops", Impact.EDITORIAL),
    ("Selects, integrates, and/or improves the tools the team relies on",
     "Selects or integrates, and/or improves the tools the team relies on", Impact.EDITORIAL),
])
def test_a_list_whose_last_item_has_its_own_or_is_read_by_its_edit(old, new, impact):
    g = grade(old, new)
    assert g.impact is impact, g
    assert impact is Impact.LOWERS_BAR or "one of them asked" not in g.reasons, g


# Quantities lowered: "more than one" is two at least; "all", "full" of a set lowered to most, key or part.
@pytest.mark.parametrize("old, new, reason", [
    ("Deep understanding in more than one component or technology",
     "Deep understanding in one component or technology", "number lowered"),
    ("Deep understanding in more than one component or technology",
     "Deep understanding in at least one component or technology", "number lowered"),
    ("Mentors more than two engineers", "Mentors two engineers", "number lowered"),
    ("Significant familiarity across all aspects of the product",
     "Significant familiarity across most aspects of the product", "quantity lowered"),
    ("Significant familiarity across all aspects of the product",
     "Significant familiarity across key aspects of the product", "quantity lowered"),
    ("Significant familiarity across all aspects of the product",
     "Significant familiarity across many aspects of the product", "quantity lowered"),
    ("Significant familiarity across all aspects of the product",
     "Significant familiarity across several aspects of the product", "quantity lowered"),
    ("Reviews all pull requests", "Reviews many pull requests", "quantity lowered"),
    ("Owns architecture across teams and domains", "Owns architecture across most teams and domains",
     "quantity lowered"),
    ("Writes reliable code across full SSDLC", "Writes reliable code across most of the SSDLC", "quantity lowered"),
    ("Writes reliable code across full SSDLC", "Writes reliable code across part of the SSDLC", "allowance lowered"),
    ("Owns the roadmap", "Owns part of the roadmap", "allowance lowered"),
])
def test_a_quantity_lowered_lowers_the_bar(old, new, reason):
    g = grade(old, new)
    assert g.impact is Impact.LOWERS_BAR and g.also is None and reason in g.reasons, g
    assert grade(new, old).impact is Impact.RAISES_BAR


# "full", "whole", "entire" and "all of the" before what the work reaches are one reach.
@pytest.mark.parametrize("old, new", [
    ("Drives direction across the whole team", "Drives direction across the entire team"),
    ("Drives direction across the entire organisation", "Drives direction across all of the organisation"),
    ("Leads full product teams", "Leads entire product teams"),
    ("Owns the whole system", "Owns all the system"),
])
def test_the_whole_of_a_scope_said_another_way_is_editorial(old, new):
    assert grade(old, new).impact is Impact.EDITORIAL, grade(old, new)
    assert grade(new, old).impact is Impact.EDITORIAL, grade(new, old)


@pytest.mark.parametrize("old, new, impact, reason", [
    # A part of it, the whole of it no longer said, or one counted: read as ever.
    ("Drives technical direction across full product areas",
     "Drives technical direction across part of the product area", Impact.LOWERS_BAR, "allowance lowered"),
    ("Drives direction across the whole organisation", "Drives direction across part of the organisation",
     Impact.LOWERS_BAR, "allowance lowered"),
    ("Owns full systems", "Owns systems", Impact.LOWERS_BAR, "words taken out"),
    ("Drives technical direction across full product areas",
     "Drives technical direction across an entire product area", Impact.LOWERS_BAR, "quantity lowered"),
    ("Drives technical direction across teams", "Drives technical direction across the whole team",
     Impact.LOWERS_BAR, "scope lowered"),
    # Several of it, each whole, for one whole: fewer of them, as "across teams" -> "the whole team" is.
    ("Drives technical direction across entire teams", "Drives technical direction across the whole team",
     Impact.LOWERS_BAR, "scope lowered"),
    ("Leads entire teams", "Leads the entire team", Impact.LOWERS_BAR, "scope lowered"),
    ("Owns full features", "Owns the whole feature", Impact.LOWERS_BAR, "words taken out"),
    # Each of several is more than the whole of one, and another scope is read on its scale.
    ("Owns the whole system", "Owns all of the systems", Impact.RAISES_BAR, "quantity raised"),
    ("Drives direction across entire teams", "Drives direction across the whole organisation",
     Impact.RAISES_BAR, "scope raised"),
    ("Owns full features", "Owns entire features and their tests", Impact.RAISES_BAR, "words added"),
])
def test_the_whole_of_a_scope_near_misses_keep_their_grade(old, new, impact, reason):
    g = grade(old, new)
    assert g.impact is impact and reason in g.reasons, g


def test_an_alternative_taken_out_with_the_number_lowered_reads_both_ways():
    g = grade("Deep understanding in more than one component or technology", "Deep understanding in one component")
    assert (g.impact, g.also) == (Impact.RAISES_BAR, Impact.LOWERS_BAR) and "number lowered" in g.reasons, g


@pytest.mark.parametrize("old, new, impact", [
    ("Mentors more than two engineers", "Mentors three engineers", Impact.EDITORIAL),  # three at least, both
    ("Mentors at least three engineers", "Mentors three engineers", Impact.EDITORIAL),
    ("Deep understanding in more than one component", "Deep understanding in multiple components", Impact.EDITORIAL),
    ("Keeps availability over 99.9%", "Keeps availability at least 99.9%", Impact.EDITORIAL),  # a measure: no next number
    ("Reviews designs", "Reviews key designs", Impact.RAISES_BAR),  # a word put in, no quantity replaced
    ("Is on the on-call rotation", "Is part of the on-call rotation", Impact.EDITORIAL),  # a membership
    ("Takes part in design reviews", "Takes part in all design reviews", Impact.RAISES_BAR),
    ("Significant familiarity across most aspects of the product",
     "Significant familiarity across all aspects of the product", Impact.RAISES_BAR),
])
def test_near_misses_of_quantities_keep_their_grade(old, new, impact):
    assert grade(old, new).impact is impact
