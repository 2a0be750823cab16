"""Edits that a gate on `diff --fail-on lowers-bar` must hold:
fewer things asked by a noun's number alone, independence weakened by a
prefix, watching or being told of work for taking part in it, and
characters that show nothing (or show otherwise) inside the words read."""
from __future__ import annotations

import pytest

from diffkit import reworded
from ladderlint.diff.grade import grade
from ladderlint.text import as_seen


# --- fewer things asked by a noun's number -----------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new"), [
    ("Debugs and fixes complex bugs efficiently", "Debugs and fixes a complex bug efficiently"),
    ("Regularly gives actionable feedback to colleagues", "Regularly gives actionable feedback to a colleague"),
    ("Helps resolve disagreements healthily", "Helps resolve a disagreement healthily"),
    ("Moves blockers to enable more junior engineers to work",
     "Moves a blocker to enable a more junior engineer to work"),
    ("Keeps up with industry trends", "Keeps up with an industry trend"),
    ("Tackles complex cross-team technical issues", "Tackles a complex cross-team technical issue"),
])
def test_a_plural_made_one_thing_asks_for_fewer(old: str, new: str) -> None:
    got = grade(old, new)
    assert got.impact.value == "lowers-bar" and "quantity lowered" in got.reasons, got.reasons
    assert grade(new, old).impact.value == "raises-bar", grade(new, old).reasons


def test_a_plural_made_one_thing_is_read_through_the_differ() -> None:
    assert reworded("I fix complex bugs", "I fix a complex bug")[0] == "lowers-bar"


@pytest.mark.parametrize(("old", "new"), [
    ("Follows best practices", "Follows best practice"),  # no one thing named: generic
    ("Writes tests", "Writes a test suite"),  # "test" describes the suite
    ("Uses a variety of tools", "Uses a variety of tool sets"),  # "a variety of" counts no one thing
    ("Fixes bugs", "Fixes the bug"),  # "the": not read as one of them
])
def test_a_noun_number_not_read_as_fewer_things(old: str, new: str) -> None:
    assert "quantity lowered" not in grade(old, new).reasons


def test_fewer_of_one_thing_and_more_of_another_needs_a_reviewer() -> None:
    got = grade("Fixes bugs and writes a test for each", "Fixes a bug and writes tests for each")
    assert got.impact.value == "raises-bar" and got.also is not None and got.also.value == "lowers-bar"


# --- independence weakened by a prefix -----------------------------------------------------------------------------

@pytest.mark.parametrize("weakened", ["semi-independently", "quasi-independently", "near-independently",
                                      "semi-autonomously", "mostly-independently", "more independently",
                                      "increasingly independently", "interdependently", "co-dependently"])
def test_independence_weakened_by_a_prefix_lowers_the_bar(weakened: str) -> None:
    got = grade("Learns and improves independently", f"Learns and improves {weakened}")
    assert got.impact.value == "lowers-bar", got.reasons


def test_one_thing_counted_is_read_as_fewer_too() -> None:
    got = grade("Tackles complex technical issues", "Tackles one complex technical issue")
    assert "quantity lowered" in got.reasons and (got.impact.value == "lowers-bar" or got.also is not None)


@pytest.mark.parametrize(("old", "new"), [
    ("Works with independent teams", "Works with more independent teams"),  # teams that are more so
    ("Learns and improves independently", "Learns and improves independently and more"),
])
def test_more_beside_independence_is_not_a_weakening(old: str, new: str) -> None:
    assert "degree lowered" not in grade(old, new).reasons


# --- watching or being told of the work --------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new"), [
    ("Participates in delivery process", "Observes delivery process"),
    ("Attends sprint planning", "Watches sprint planning"),
    ("Shapes roadmap or priorities", "Is informed of roadmap or priorities"),
    ("Leads on fixing live incidents in production", "Is kept informed of live incidents in production"),
    ("Shapes the roadmap", "Is kept aware of the roadmap"),
])
def test_being_told_of_or_watching_the_work_is_less_involvement(old: str, new: str) -> None:
    got = grade(old, new)
    assert got.impact.value == "lowers-bar" and "involvement lowered" in got.reasons, got.reasons


def test_informed_as_a_qualifier_is_no_involvement() -> None:
    assert "involvement raised" not in grade("Makes informed decisions", "Makes decisions").reasons


# --- characters that show nothing, or show otherwise -------------------------------------------------------------

@pytest.mark.parametrize("hidden", ["no\ufe0ft", "no\U000e0020t", "n\u0335ot", "no\u2060t", "no\u200dt"])
def test_a_hidden_character_inside_not_reads_as_not(hidden: str) -> None:
    old = "Leads on fixing live incidents"
    assert grade(old, f"Does {hidden} lead on fixing live incidents") \
        == grade(old, "Does not lead on fixing live incidents")


def test_a_dotless_i_reads_as_i() -> None:
    got = grade("Leads on fixing live incidents", "Opt\u0131onally leads on fixing live incidents")
    assert got.impact.value == "lowers-bar", got.reasons


def test_text_set_right_to_left_reads_as_shown() -> None:
    old = "Leads on fixing live incidents"
    got = grade(old, old + " \u202e)deriuqer ton(\u202c")
    assert got.impact.value == "lowers-bar", got.reasons
    assert as_seen("a \u202e)deriuqer ton(\u202c b") == "a (not required) b"


@pytest.mark.parametrize("text", ["Café au lait", "Leads ✔️ reviews", "Écrit des tests", "plain text"])
def test_as_seen_keeps_what_shows(text: str) -> None:
    import unicodedata
    seen = as_seen(unicodedata.normalize("NFC", text))
    assert seen.replace("\ufe0f", "") == unicodedata.normalize("NFC", text).replace("\ufe0f", "")


# --- ways out, exemptions and fewer, read as asking less -----------------------------------------------------------

_INCIDENTS = "Leads on fixing live incidents in production"


@pytest.mark.parametrize("new", [
    _INCIDENTS + " unless the team is busy", _INCIDENTS + ", time permitting", _INCIDENTS + ", in theory",
    _INCIDENTS + " on a voluntary basis", "Voluntarily leads on fixing live incidents in production",
    "Is exempt from leading on fixing live incidents in production",
    "Is excused from leading on fixing live incidents in production",
    "Is free from leading on fixing live incidents in production",
    "No longer leads on fixing live incidents in production",
    "Leads on fixing live incidents in production less often",
    "Leads on fixing fewer live incidents in production",
])
def test_a_way_out_an_exemption_or_fewer_asks_less(new: str) -> None:
    got = grade(_INCIDENTS, new)
    assert got.impact.value == "lowers-bar" or got.also is not None, got.reasons


def test_no_longer_said_of_the_subject_with_an_adverb_withdraws_the_deed() -> None:
    got = grade("I independently identify risks", "I no longer independently identify risks")
    assert got.impact.value == "lowers-bar", got.reasons


@pytest.mark.parametrize(("old", "new"), [
    ("Writes code", "Writes code free from bugs"),  # what is to be absent, no exemption
    ("Fixes incidents in no longer than a day", "Fixes incidents in no longer than two days"),  # a deadline
    ("Holds retros quarterly", "Holds retros quarterly or less often"),  # at most
])
def test_near_misses_of_a_way_out(old: str, new: str) -> None:
    got = grade(old, new)
    assert "expectation withdrawn" not in got.reasons and "quantity raised" not in got.reasons


# --- a tech lead is a role that guides, as "TL" is ----------------------------------------------------------------

@pytest.mark.parametrize("new", ["my manager or tech lead", "my manager or team lead", "my manager/tech lead"])
def test_tl_spelt_out_is_the_same_help(new: str) -> None:
    old = "I deliver with specific guidance from my manager/TL"
    assert grade(old, old.replace("my manager/TL", new)).impact.value == "editorial"


@pytest.mark.parametrize(("old", "new"), [
    ("I deliver with guidance from a peer", "I deliver with guidance from my tech lead"),
    ("I deliver with guidance from my tech lead", "I deliver with guidance from a principal engineer"),
])
def test_a_tech_lead_is_still_read_as_one_who_guides(old: str, new: str) -> None:
    assert grade(old, new).impact.value == "lowers-bar"
