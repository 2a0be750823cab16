"""Edits that keep every word of a statement and still ask less: an
exception put after it ("..., except for production ones"), a bound put in
beside the words it rewrites ("only small single-tenant"), a negation put in
(however its letters are written), the statement made an example ("For
example, I ..."). Each is held by a gate on `lowers-bar`; what widens it
instead is not."""

from __future__ import annotations

import pytest

from ladderlint.diff.changes import Impact
from ladderlint.diff.grade import grade


def lowers(old: str, new: str) -> bool:
    """Whether a gate on lowers-bar holds the change: it lowers the bar, or reads both ways."""
    g = grade(old, new)
    return g.impact is Impact.LOWERS_BAR or g.also is Impact.LOWERS_BAR


@pytest.mark.parametrize("new", [
    "Architects multi-tenant ML platforms, except for production ones; designs abstractions",
    "Architects multi-tenant ML platforms, excluding production ones; designs abstractions",
    "Architects multi-tenant ML platforms other than production ones; designs abstractions",
    "Architects multi-tenant ML platforms, apart from production ones; designs abstractions",
    "Architects multi-tenant ML platforms, but not production ones; designs abstractions",
    "Architects multi-tenant ML platforms, with the exception of production ones; designs abstractions",
    "Architects multi-tenant ML platforms limited to internal tools; designs abstractions",
    "Architects multi-tenant ML platforms, but not for production services; designs abstractions",
])
def test_an_exception_put_after_a_statement_lowers_the_bar(new):
    old = "Architects multi-tenant ML platforms; designs abstractions"
    g = grade(old, new)
    assert g.impact is Impact.LOWERS_BAR and g.reasons == ("an exception added",), g
    assert grade(new, old).impact is Impact.RAISES_BAR  # taken out: all of it is asked again


@pytest.mark.parametrize("old, new", [
    ("Merges pull requests", "Merges pull requests unless CI is red"),  # a care asked
    ("Reviews code", "Reviews code unless the team is busy"),  # a case left out
    ("Deploys daily", "Deploys daily, except when the build is red"),
    ("Writes tests", "Writes tests, except that trivial changes need none"),
])
def test_a_condition_put_after_a_statement_is_read_both_ways(old, new):
    # Which it is, a case left out or a care asked, only a reader can say: neither gate lets it by.
    for before, after in ((old, new), (new, old)):
        g = grade(before, after)
        assert {g.impact, g.also} == {Impact.RAISES_BAR, Impact.LOWERS_BAR}, (before, after, g)


@pytest.mark.parametrize("new", [
    "Ships changes, but not before they are reviewed",
    "Ships changes, but not at the expense of quality",
    "Ships changes, but not without tests",
])
def test_a_bound_on_how_the_whole_is_done_is_no_exception(new):
    g = grade("Ships changes", new)
    assert g.impact is Impact.RAISES_BAR and g.also is None, g


@pytest.mark.parametrize("new", [
    "Architects multi-tenant ML platforms, including production ones",
    "Architects multi-tenant ML platforms and also data platforms",
    "Architects multi-tenant ML platforms, including but not limited to production ones",
])
def test_what_widens_a_statement_is_no_exception(new):
    g = grade("Architects multi-tenant ML platforms", new)
    assert g.impact is Impact.RAISES_BAR and g.also is None, g


def test_other_than_ones_own_reaches_past_it():
    # "teams other than their own" are other teams: a reach, not an exception.
    assert grade("Works with teams", "Works with teams other than their own").impact is Impact.RAISES_BAR


def test_only_put_in_beside_the_words_it_rewrites_narrows():
    g = grade("Architects multi-tenant ML platforms", "Architects only small single-tenant ML platforms")
    assert lowers("Architects multi-tenant ML platforms", "Architects only small single-tenant ML platforms"), g
    assert "scope lowered" in g.reasons
    # Without "only", another kind of platform: words replaced, as before.
    plain = grade("Architects multi-tenant ML platforms", "Architects single-tenant ML platforms")
    assert plain.impact is Impact.RAISES_BAR and plain.also is None


@pytest.mark.parametrize("new", [
    "I do not independently identify the right solutions",
    "I do n\u043et independently identify the right solutions",  # a Cyrillic "о"
    "I d\u043e n\u043et independently identify the right solutions",
])
def test_a_negation_put_in_is_held_by_a_gate_on_lowers_bar(new):
    g = grade("I independently identify the right solutions", new)
    assert g.impact is Impact.RAISES_BAR and g.also is Impact.LOWERS_BAR, g
    assert g.reasons == ("negation added",)


@pytest.mark.parametrize("old, new", [
    ("Escalates risks early", "Does not escalate risks early"),  # no subject, as most frameworks write
    ("Leads design reviews", "Doesn't lead design reviews"),
    ("They lead design reviews", "They do not lead design reviews"),
    ("Leads cross-functional initiatives", "Does not yet lead cross-functional initiatives"),
])
def test_a_negation_put_in_with_the_verb_respelt_is_held_both_ways(old, new):
    for before, after in ((old, new), (new, old)):
        g = grade(before, after)
        assert {g.impact, g.also} == {Impact.RAISES_BAR, Impact.LOWERS_BAR}, (before, after, g)


def test_one_negation_for_another_stays_wording():
    assert grade("I do not make assumptions", "I never make assumptions").impact is Impact.EDITORIAL


@pytest.mark.parametrize("marker", ["For example, ", "For example, i", "E.g. ", "For instance: ",
                                    # "e.g." and "say," as examples in brackets and after a clause are led.
                                    "Eg, ", "Eg ", "eg: ", "E. g. ", "Say, "])
def test_a_statement_made_an_example_is_no_longer_asked(marker):
    old = "I independently identify the right solutions"
    new = marker + old[1:] if marker.endswith("i") else marker + old
    g = grade(old, new)
    assert g.impact is Impact.LOWERS_BAR and g.reasons == ("made an example",), g
    assert grade(new, old).impact is Impact.RAISES_BAR


@pytest.mark.parametrize("opening", ["Like my peers, ", "I.e. ", "Say no to scope creep: "])
def test_a_statement_opened_by_no_marker_of_examples_is_not_made_an_example(opening):
    # "like" and "i.e." lead examples only after what they are examples of; "say" without its comma is the verb.
    g = grade("I independently identify the right solutions", opening + "I independently identify the right solutions")
    assert "made an example" not in g.reasons, g


def test_examples_inside_a_statement_are_still_examples():
    assert grade("I identify solutions, for example in billing",
                 "I identify solutions, e.g. in billing").impact is Impact.EDITORIAL
